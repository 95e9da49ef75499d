//! Untrusted text made inert: the one sanitizing step between a file and the screen.
//!
//! Every string read from a briefing or a config becomes a [`SafeText`] at load time. Its
//! constructor replaces whole escape sequences, control characters, bidi controls and invisible
//! formatting characters with visible stand-ins, so no later code path (a widget, `set_symbol`,
//! stderr) can put a byte of a file on the terminal as a control sequence.

use std::fmt::{self, Write as _};

use unicode_width::UnicodeWidthChar;

/// Most characters one field may hold; longer fields are refused at load time.
pub const MAX_FIELD_CHARS: usize = 50_000;

/// Most zero-width characters (combining marks, joiners) one visible character may carry.
pub const MAX_MARKS_PER_CHAR: usize = 32;

/// Stand-in for a whole escape sequence (ESC or a C1 introducer with its parameters).
const ESCAPE_STAND_IN: char = '␛';

/// How a field treats line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// Titles, names, labels: a line break is shown as `␤`.
    Single,
    /// Summaries, details, quote texts: line breaks are kept.
    Multi,
}

/// Why a string was refused instead of being made safe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// More than [`MAX_FIELD_CHARS`] characters.
    TooLong { chars: usize },
    /// A character carrying more than [`MAX_MARKS_PER_CHAR`] combining marks: the base
    /// character (if the text starts with marks, none), the first mark, and the byte offset
    /// of the mark past the limit.
    TooManyMarks {
        base: Option<char>,
        mark: char,
        offset: usize,
    },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::TooLong { chars } => write!(
                f,
                "text is {chars} characters long; the limit is {MAX_FIELD_CHARS}: shorten it or split it"
            ),
            TextError::TooManyMarks { base, mark, .. } => {
                let base = base.map_or("the start of the text".to_owned(), |c| {
                    let shown = if is_unsafe_char(c) { ' ' } else { c };
                    format!("the character '{shown}' (U+{:04X})", c as u32)
                });
                write!(
                    f,
                    "{base} carries more than {MAX_MARKS_PER_CHAR} zero-width marks (U+{:04X}, ...); remove the extra marks",
                    *mark as u32
                )
            }
        }
    }
}

/// Text that is safe to draw or print: no control characters, escape sequences, bidi controls
/// or invisible formatting characters, at most [`MAX_FIELD_CHARS`] long.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SafeText(Box<str>);

impl SafeText {
    /// Sanitizes `raw`, refusing text over the caps.
    pub fn new(raw: &str, lines: Lines) -> Result<SafeText, TextError> {
        // A string of at most MAX_FIELD_CHARS bytes has at most that many characters.
        if raw.len() > MAX_FIELD_CHARS {
            let chars = raw.chars().count();
            if chars > MAX_FIELD_CHARS {
                return Err(TextError::TooLong { chars });
            }
        }
        check_marks(raw)?;
        Ok(SafeText(sanitize(raw, lines).into_boxed_str()))
    }

    /// Sanitizes `raw` and cuts it to at most `max_chars` characters (with `…`): for echoing
    /// untrusted keys, values and file names in messages.
    pub fn excerpt(raw: &str, max_chars: usize) -> SafeText {
        let mut cut: String = raw.chars().take(max_chars).collect();
        if cut.len() < raw.len() {
            cut.push('…');
        }
        SafeText(sanitize(&cut, Lines::Single).into_boxed_str())
    }

    /// Sanitizes `raw` keeping its line breaks and cuts it to at most `max_chars` characters
    /// (with `…`): for multi-line messages that echo untrusted text (usage errors, panics).
    pub fn message(raw: &str, max_chars: usize) -> SafeText {
        let mut cut: String = raw.chars().take(max_chars).collect();
        if cut.len() < raw.len() {
            cut.push('…');
        }
        SafeText(sanitize(&cut, Lines::Multi).into_boxed_str())
    }

    /// The sanitized text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for SafeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SafeText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Refuses a run of zero-width characters long enough to make one cell hold a huge string.
/// Invisible characters [`sanitize`] shows by code point do not count: they become visible.
/// Blocks of pure ASCII are skipped whole; only non-ASCII characters are decoded.
fn check_marks(raw: &str) -> Result<(), TextError> {
    let bytes = raw.as_bytes();
    let mut run = 0;
    let mut base = None;
    let mut first_mark = '\0';
    let mut offset = 0;
    while offset < bytes.len() {
        let block_end = (offset + BLOCK).min(bytes.len());
        if bytes[offset..block_end].is_ascii() {
            run = 0;
            base = Some(char::from(bytes[block_end - 1]));
            offset = block_end;
            continue;
        }
        while offset < block_end {
            if bytes[offset].is_ascii() {
                run = 0;
                base = Some(char::from(bytes[offset]));
                offset += 1;
                continue;
            }
            let c = raw[offset..].chars().next().unwrap_or_default();
            // Every zero-width character is at or above U+0300 (combining marks start there).
            if c >= '\u{300}' && c.width() == Some(0) && !is_hidden(c) {
                if run == 0 {
                    first_mark = c;
                }
                run += 1;
                if run > MAX_MARKS_PER_CHAR {
                    return Err(TextError::TooManyMarks {
                        base,
                        mark: first_mark,
                        offset,
                    });
                }
            } else {
                run = 0;
                base = Some(c);
            }
            offset += c.len_utf8();
        }
    }
    Ok(())
}

/// Most characters one grapheme cluster (what a terminal draws in one or two cells) may hold
/// on screen: room for a base with [`MAX_MARKS_PER_CHAR`] marks and for long emoji sequences.
pub const MAX_CLUSTER_CHARS: usize = MAX_MARKS_PER_CHAR + 8;

/// Stand-in for a grapheme cluster longer than [`MAX_CLUSTER_CHARS`] (a chain of joined
/// emoji, say), which would otherwise put kilobytes into one cell on every repaint.
pub const LONG_CLUSTER_STAND_IN: &str = "<long cluster>";

/// `text` with every grapheme cluster over [`MAX_CLUSTER_CHARS`] characters replaced by
/// [`LONG_CLUSTER_STAND_IN`]. Such a cluster needs a long run of non-ASCII characters, so
/// text without one is returned as it is, unscanned.
fn cap_clusters(text: String) -> String {
    // A run of MAX_CLUSTER_CHARS non-ASCII characters is at least twice as many bytes, so it
    // fills at least one whole block: text without a block of only non-ASCII bytes has none.
    const _: () = assert!(2 * MAX_CLUSTER_CHARS >= 2 * BLOCK - 1);
    let may_hold_run = text
        .as_bytes()
        .chunks_exact(BLOCK)
        .any(|block| block.iter().fold(true, |all, &b| all & !b.is_ascii()));
    if !may_hold_run {
        return text;
    }
    let mut run = 0;
    let long_run = text.chars().any(|c| {
        run = if c.is_ascii() { 0 } else { run + 1 };
        run >= MAX_CLUSTER_CHARS
    });
    if !long_run {
        return text;
    }
    use unicode_segmentation::UnicodeSegmentation;
    let mut out = String::with_capacity(text.len());
    for cluster in text.graphemes(true) {
        if cluster.len() > MAX_CLUSTER_CHARS && cluster.chars().count() > MAX_CLUSTER_CHARS {
            out.push_str(LONG_CLUSTER_STAND_IN);
        } else {
            out.push_str(cluster);
        }
    }
    out
}

/// Bytes per block in the scans below: the test over a whole block has no branches, so the
/// compiler vectorizes it, and only blocks that need a closer look are walked byte by byte.
const BLOCK: usize = 32;

/// True when every byte is printable ASCII (0x20-0x7E), the common case that needs no work.
fn printable_ascii(bytes: &[u8]) -> bool {
    bytes.chunks(BLOCK).all(|block| {
        block
            .iter()
            .fold(true, |ok, &b| ok & (0x20..0x7f).contains(&b))
    })
}

/// True for a byte that is a C0 control or DEL, or the UTF-8 lead byte of a range holding a
/// character [`is_hidden`] names.
fn suspicious(b: u8) -> bool {
    (b < 0x20)
        | (b == 0x7f)
        | (b == 0xc2)
        | (b == 0xcd)
        | (b == 0xd8)
        | (b == 0xe1)
        | (b == 0xe2)
        | (b == 0xe3)
        | (b == 0xef)
        | (b == 0xf0)
        | (b == 0xf3)
}

/// Replaces everything a terminal could act on with a visible stand-in, and over-long
/// grapheme clusters with [`LONG_CLUSTER_STAND_IN`].
fn sanitize(raw: &str, lines: Lines) -> String {
    if printable_ascii(raw.as_bytes()) {
        return raw.to_owned();
    }
    cap_clusters(replace_controls(raw, lines))
}

/// Replaces whole escape sequences, control and invisible characters with visible stand-ins.
fn replace_controls(raw: &str, lines: Lines) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    loop {
        // Copy the run of ordinary characters in one go.
        let ordinary = first_needing_care(rest);
        out.push_str(&rest[..ordinary]);
        rest = &rest[ordinary..];
        let Some(c) = rest.chars().next() else { break };
        if let Some(len) = escape_sequence_len(rest) {
            out.push(ESCAPE_STAND_IN);
            rest = &rest[len..];
            continue;
        }
        let after = &rest[c.len_utf8()..];
        match c {
            '\n' if lines == Lines::Multi => out.push('\n'),
            '\n' => out.push('␤'),
            '\r' if after.starts_with('\n') => {}
            '\t' => out.push_str("    "),
            '\u{2028}' | '\u{2029}' if lines == Lines::Multi => out.push('\n'),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            c => out.push_str(&format!("<U+{:04X}>", c as u32)),
        }
        rest = after;
    }
    out
}

/// Byte offset of the first character [`sanitize`] replaces (a C0 control, DEL or an
/// [`is_hidden`] one), or the length. Blocks without a [`suspicious`] byte are skipped whole;
/// only suspicious lead bytes are decoded.
fn first_needing_care(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let block_end = (i + BLOCK).min(bytes.len());
        if !bytes[i..block_end]
            .iter()
            .fold(false, |any, &b| any | suspicious(b))
        {
            i = block_end;
            continue;
        }
        // Continuation bytes are never suspicious, so every byte decoded here starts a char.
        while i < block_end {
            if !suspicious(bytes[i]) {
                i += 1;
                continue;
            }
            if bytes[i] < 0x80 {
                return i;
            }
            let c = text[i..].chars().next().unwrap_or_default();
            if is_hidden(c) {
                return i;
            }
            i += c.len_utf8();
        }
    }
    bytes.len()
}

/// Characters that are invisible, reorder text, or are C1 controls; shown as `<U+XXXX>`.
fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{9f}'
        | '\u{ad}'
        | '\u{34f}'
        | '\u{61c}'
        | '\u{115f}' | '\u{1160}'
        | '\u{17b4}' | '\u{17b5}'
        | '\u{180e}'
        | '\u{200b}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{3164}'
        | '\u{feff}'
        | '\u{ffa0}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{13430}'..='\u{1343f}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e007f}')
}

/// The byte length of the escape sequence `s` starts with, or None when it starts with none.
///
/// Covers ESC- and C1-led CSI, OSC, DCS, SOS, PM and APC with their parameters and terminators,
/// and the short ESC forms (`ESC 7`, `ESC ( B`). A string sequence without a terminator counts
/// only its introducer, so the text after it stays readable.
fn escape_sequence_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let (kind, body_start) = match first {
        '\u{1b}' => match chars.next() {
            Some((i, '[')) => (Kind::Csi, i + 1),
            Some((i, ']')) => (Kind::Str { bel_ends: true }, i + 1),
            Some((i, 'P' | 'X' | '^' | '_')) => (Kind::Str { bel_ends: false }, i + 1),
            Some((i, ' '..='/')) => return Some(nf_sequence_len(s, i)),
            Some((i, c @ '0'..='~')) => return Some(i + c.len_utf8()),
            _ => return Some(1),
        },
        '\u{9b}' => (Kind::Csi, first.len_utf8()),
        '\u{9d}' => (Kind::Str { bel_ends: true }, first.len_utf8()),
        '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
            (Kind::Str { bel_ends: false }, first.len_utf8())
        }
        _ => return None,
    };
    let body = &s[body_start..];
    match kind {
        Kind::Csi => {
            for (i, c) in body.char_indices() {
                match c {
                    '0'..='?' | ' '..='/' => {}
                    '@'..='~' => return Some(body_start + i + 1),
                    _ => return Some(body_start + i),
                }
            }
            Some(s.len())
        }
        Kind::Str { bel_ends } => {
            let mut iter = body.char_indices().peekable();
            while let Some((i, c)) = iter.next() {
                match c {
                    '\u{7}' if bel_ends => return Some(body_start + i + 1),
                    '\u{9c}' => return Some(body_start + i + c.len_utf8()),
                    '\u{1b}' if matches!(iter.peek(), Some((_, '\\'))) => {
                        return Some(body_start + i + 2);
                    }
                    '\u{0}'..='\u{1f}' | '\u{7f}' => break,
                    _ => {}
                }
            }
            Some(body_start)
        }
    }
}

/// Length of `ESC`, intermediate bytes (from byte `first_intermediate`), and one final byte.
fn nf_sequence_len(s: &str, first_intermediate: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = first_intermediate;
    while end < bytes.len() && (0x20..=0x2f).contains(&bytes[end]) {
        end += 1;
    }
    if end < bytes.len() && (0x30..=0x7e).contains(&bytes[end]) {
        end += 1;
    }
    end
}

/// The two families of escape sequences that carry a body.
enum Kind {
    /// Control Sequence Introducer: parameters, intermediates, one final byte.
    Csi,
    /// A string (OSC, DCS, SOS, PM, APC) that runs to ST, or BEL for OSC.
    Str { bel_ends: bool },
}

/// The largest char boundary of `text` at or below `index` (clamped to the length); the
/// stable stand-in for `str::floor_char_boundary`.
pub fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// True when `c` could act on a terminal or hide itself; what [`SafeText`] never contains.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || is_hidden(c)
}

/// `text` as a TOML basic string: `\\`, `\"`, `\n`, and `\uXXXX` / `\UXXXXXXXX` for every
/// character a terminal could act on or that hides itself.
pub fn toml_basic_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if is_unsafe_char(c) => {
                let code = c as u32;
                if code > 0xFFFF {
                    let _ = write!(out, "\\U{code:08X}");
                } else {
                    let _ = write!(out, "\\u{code:04X}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A count with its noun, which takes an `s` unless there is one: `1 quote`, `4 quotes`.
pub fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// A number with its thousands grouped: `10,001`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (ix, digit) in digits.chars().enumerate() {
        if ix > 0 && (digits.len() - ix).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn single(raw: &str) -> String {
        SafeText::new(raw, Lines::Single).unwrap().to_string()
    }

    fn multi(raw: &str) -> String {
        SafeText::new(raw, Lines::Multi).unwrap().to_string()
    }

    #[test]
    fn thousands_are_grouped_by_commas() {
        let grouped: Vec<String> = [0, 999, 1_000, 10_001, 1_234_567]
            .into_iter()
            .map(thousands)
            .collect();
        assert_eq!(grouped, ["0", "999", "1,000", "10,001", "1,234,567"]);
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(
            single("Japan’s “serious concern” … 日本 🇯🇵"),
            "Japan’s “serious concern” … 日本 🇯🇵"
        );
    }

    #[test]
    fn whole_csi_sequences_become_one_stand_in() {
        assert_eq!(single("a\u{1b}[2Jb"), "a␛b");
        assert_eq!(single("a\u{1b}[38;5;196mred\u{1b}[0m"), "a␛red␛");
        assert_eq!(single("x\u{9b}31my"), "x␛y");
    }

    #[test]
    fn osc_title_clipboard_and_hyperlink_are_removed_with_their_payload() {
        assert_eq!(single("a\u{1b}]0;PWNED\u{7}b"), "a␛b");
        assert_eq!(single("a\u{1b}]52;c;SGVsbG8=\u{1b}\\b"), "a␛b");
        assert_eq!(
            single("\u{1b}]8;;http://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            "␛link␛"
        );
        assert_eq!(single("a\u{9d}0;t\u{9c}b"), "a␛b");
    }

    #[test]
    fn dcs_and_apc_run_to_string_terminator() {
        assert_eq!(single("a\u{1b}Pq#0;2\u{1b}\\b"), "a␛b");
        assert_eq!(single("a\u{1b}_payload\u{1b}\\b"), "a␛b");
    }

    #[test]
    fn unterminated_string_sequence_keeps_following_text_readable() {
        assert_eq!(single("a\u{1b}]0;title"), "a␛0;title");
        assert_eq!(multi("a\u{1b}]0;x\nnext"), "a␛0;x\nnext");
    }

    #[test]
    fn short_escape_forms() {
        assert_eq!(single("a\u{1b}7b\u{1b}(Bc\u{1b}"), "a␛b␛c␛");
    }

    #[test]
    fn control_characters_become_control_pictures() {
        assert_eq!(
            single("bell\u{7}bs\u{8}cr\rnul\u{0}del\u{7f}"),
            "bell␇bs␈cr␍nul␀del␡"
        );
    }

    #[test]
    fn tabs_become_spaces_and_crlf_becomes_newline() {
        assert_eq!(multi("a\tb\r\nc"), "a    b\nc");
        assert_eq!(single("a\nb"), "a␤b");
    }

    #[test]
    fn bidi_and_invisible_characters_are_shown_by_code_point() {
        assert_eq!(single("a\u{202e}b"), "a<U+202E>b");
        assert_eq!(single("a\u{2066}b\u{2069}"), "a<U+2066>b<U+2069>");
        assert_eq!(
            single("zero\u{200b}width\u{ad}\u{e0041}"),
            "zero<U+200B>width<U+00AD><U+E0041>"
        );
        assert_eq!(single("c1\u{85}"), "c1<U+0085>");
    }

    #[test]
    fn joiners_needed_by_emoji_and_scripts_are_kept() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(single(family), family);
        assert_eq!(single("e\u{301}"), "e\u{301}");
    }

    #[test]
    fn caps_refuse_huge_fields_and_mark_piles() {
        let long = "a".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            SafeText::new(&long, Lines::Multi),
            Err(TextError::TooLong {
                chars: MAX_FIELD_CHARS + 1
            })
        );
        let zalgo = format!("Z{}", "\u{301}".repeat(MAX_MARKS_PER_CHAR + 1));
        let error = SafeText::new(&zalgo, Lines::Single).unwrap_err();
        assert!(matches!(
            error,
            TextError::TooManyMarks {
                base: Some('Z'),
                mark: '\u{301}',
                ..
            }
        ));
        assert!(
            error.to_string().starts_with(
                "the character 'Z' (U+005A) carries more than 32 zero-width marks (U+0301"
            ),
            "{error}"
        );
    }

    #[test]
    fn invisible_characters_shown_by_code_point_are_not_counted_as_marks() {
        let spaces = "\u{200b}".repeat(MAX_MARKS_PER_CHAR + 1);
        let text = SafeText::new(&spaces, Lines::Single).unwrap();
        assert_eq!(text.as_str(), "<U+200B>".repeat(MAX_MARKS_PER_CHAR + 1));
    }

    #[test]
    fn an_over_long_grapheme_cluster_becomes_one_stand_in() {
        // One cluster of 32,000 characters: a man and a joiner, over and over.
        let chain = "👨\u{200d}".repeat(16_000);
        let text = SafeText::new(&format!("a{chain}b"), Lines::Single).unwrap();
        assert_eq!(text.as_str(), format!("a{LONG_CLUSTER_STAND_IN}b"));
        // Real emoji sequences and accented text are kept.
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦 é\u{301}";
        assert_eq!(
            SafeText::new(family, Lines::Single).unwrap().as_str(),
            family
        );
        let japanese = "日本政府は北朝鮮兵士のロシアへの派遣を注視している".repeat(4);
        assert_eq!(
            SafeText::new(&japanese, Lines::Single).unwrap().as_str(),
            japanese
        );
    }

    #[test]
    fn excerpt_cuts_and_escapes() {
        assert_eq!(
            SafeText::excerpt("\u{1b}]0;PWNED\u{7}key", 40).as_str(),
            "␛key"
        );
        assert_eq!(SafeText::excerpt("abcdef", 3).as_str(), "abc…");
    }

    #[test]
    fn the_byte_scan_agrees_with_the_character_rules() {
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            let text = format!("ab{c}");
            let expected = if c.is_control() || is_hidden(c) {
                2
            } else {
                text.len()
            };
            assert_eq!(first_needing_care(&text), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn output_never_holds_an_unsafe_character() {
        let hostile: String = (0u32..0x250)
            .chain(0x2000..0x2070)
            .filter_map(char::from_u32)
            .collect();
        let safe = SafeText::new(&hostile, Lines::Multi).unwrap();
        assert!(
            !safe
                .as_str()
                .chars()
                .any(|c| c != '\n' && is_unsafe_char(c))
        );
    }
    #[test]
    fn strings_escape_quotes_controls_bidi_and_invisibles() {
        assert_eq!(toml_basic_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(toml_basic_string("x\ny\r"), r#""x\ny\u000D""#);
        assert_eq!(
            toml_basic_string(
                "\u{1b}[2J\u{7f}\u{85}\u{202e}\u{200b}\u{ad}\u{feff}\u{2028}\u{e0041}"
            ),
            r#""\u001B[2J\u007F\u0085\u202E\u200B\u00AD\uFEFF\u2028\U000E0041""#
        );
        assert_eq!(
            toml_basic_string("Japan’s “concern” 日本"),
            "\"Japan’s “concern” 日本\""
        );
    }
}
