//! Wrapping and cutting text by display width (CJK and emoji count double).

use std::borrow::Cow;
use std::ops::Range;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` at word boundaries to `width` columns, keeping its line breaks; at most
/// `max_lines` lines, the last ending in `…` when text was left out.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut cut = false;
    for paragraph in text.split('\n') {
        if lines.len() >= max_lines {
            cut = true;
            break;
        }
        // Wrapping costs time in the length of the input: give textwrap only what can show.
        let budget = width.saturating_mul((max_lines - lines.len()).saturating_add(1));
        let (head, rest) = split_at_width(paragraph, budget);
        cut |= !rest.is_empty();
        if head.is_empty() {
            lines.push(String::new());
            continue;
        }
        for line in wrap_paragraph(head, width) {
            if lines.len() == max_lines {
                cut = true;
                break;
            }
            lines.push(line.into_owned());
        }
    }
    if cut && let Some(last) = lines.last_mut() {
        *last = ending_in_ellipsis(last, width);
    }
    lines
}

/// `text` (one paragraph) wrapped as textwrap wraps it with [`options`]; text of characters
/// one column wide (most of a briefing's) without textwrap's work per word: a preview wraps
/// every link it shows on every key that selects another item.
fn wrap_paragraph(text: &str, width: usize) -> Vec<Cow<'_, str>> {
    // `wrap` clamps to 1 already; zero would never advance `narrow_pieces`.
    let width = width.max(1);
    let narrow = |c: char| (' '..='~').contains(&c) || !c.is_ascii() && c.width() == Some(1);
    if !text.chars().all(narrow) {
        return textwrap::wrap(text, options(width));
    }
    if text.len() < width {
        return vec![Cow::from(text.trim_end_matches(' '))];
    }
    let mut lines = Vec::new();
    let (mut start, mut end, mut used, mut first) = (0, 0, 0, true);
    // First fit: a piece goes on the line unless it would pass the width (the first piece
    // always goes on the first line); the spaces after a line's last piece are dropped.
    narrow_pieces(text, width, |piece, columns, spaces| {
        if used + columns > width && !first {
            lines.push(Cow::from(&text[start..end]));
            (start, used) = (piece.start, 0);
        }
        first = false;
        used += columns + spaces.len();
        end = piece.end;
    });
    lines.push(Cow::from(&text[start..end]));
    lines
}

/// The pieces textwrap wraps `text` (of characters one column wide) by, each as the byte
/// range of its text, its width and the byte range of the spaces after it: words ended by
/// runs of spaces (leading spaces an empty word of their own), split after each hyphen
/// between two letters or digits, each part wider than `width` cut into parts of `width`
/// columns.
fn narrow_pieces(
    text: &str,
    width: usize,
    mut piece: impl FnMut(Range<usize>, usize, Range<usize>),
) {
    let bytes = text.as_bytes();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut part = |from: usize, to: usize, spaces: Range<usize>| {
        let mut at = from;
        let mut columns = text[from..to].chars().count();
        while columns > width {
            let cut = text[at..to]
                .char_indices()
                .nth(width)
                .map_or(to, |(offset, _)| at + offset);
            piece(at..cut, width, cut..cut);
            (at, columns) = (cut, columns - width);
        }
        piece(at..to, columns, spaces);
    };
    let mut at = 0;
    while at < bytes.len() {
        let mut end = at;
        while end < bytes.len() && bytes[end] != b' ' {
            end += 1;
        }
        let mut after = end;
        while after < bytes.len() && bytes[after] == b' ' {
            after += 1;
        }
        let mut from = at;
        for hyphen in at..end {
            if bytes[hyphen] == b'-'
                && alnum(text[at..hyphen].chars().next_back())
                && alnum(text[hyphen + 1..end].chars().next())
            {
                part(from, hyphen + 1, hyphen + 1..hyphen + 1);
                from = hyphen + 1;
            }
        }
        part(from, end, end..after);
        at = after;
    }
}

/// `line` followed by ` …` within `width` columns, losing its last words (not part of one)
/// to make room.
fn ending_in_ellipsis(line: &str, width: usize) -> String {
    let mut kept = line.trim_end();
    loop {
        let ended = if kept.is_empty() {
            "…".to_owned()
        } else {
            format!("{kept} …")
        };
        if ended.width() <= width {
            return ended;
        }
        match kept.rfind(' ') {
            Some(space) => kept = kept[..space].trim_end(),
            None => return fit(&ended, width),
        }
    }
}

/// How text wraps on screen: at spaces, a word wider than the line broken, each line as
/// full as it can be (first fit: it costs time in the length of the text, and a screen
/// redraws often).
pub fn options(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width)
        .break_words(true)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
}

/// The longest prefix of `text` at most `width` columns wide, and the rest.
pub fn split_at_width(text: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    for (offset, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return text.split_at(offset);
        }
    }
    (text, "")
}

/// `text` cut to `width` columns, ending in `…` when it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let (head, _) = split_at_width(text, width - 1);
    format!("{head}…")
}

/// `text` cut to `width` columns in the middle, keeping its start and its longer end (a
/// path keeps its file name: `/home/ana…/briefings/japan.toml`).
pub fn fit_middle(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width < 3 {
        return fit(text, width);
    }
    let head_width = (width - 1) / 3;
    let (head, _) = split_at_width(text, head_width);
    let mut tail_start = text.len();
    let mut tail_width = 0;
    for (offset, c) in text.char_indices().rev() {
        let w = c.width().unwrap_or(0);
        if head.width() + 1 + tail_width + w > width {
            break;
        }
        tail_width += w;
        tail_start = offset;
    }
    format!("{head}…{}", &text[tail_start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_middle_keeps_the_end_of_a_long_path_and_fills_the_width() {
        let path = "/home/analyst/archive/2026/november/briefings/japan-serious-concern.toml";
        let cut = fit_middle(path, 40);
        assert_eq!(cut.width(), 40, "{cut}");
        assert!(cut.starts_with("/home/analy"), "{cut}");
        assert!(cut.ends_with("…japan-serious-concern.toml"), "{cut}");
        assert_eq!(fit_middle("short.toml", 40), "short.toml");
        let wide = fit_middle("日本政府は深刻な懸念をもって注視している", 11);
        assert!(wide.width() <= 11 && wide.contains('…'), "{wide}");
    }

    #[test]
    fn wrap_counts_wide_characters_as_two_columns() {
        let lines = wrap("日本政府は深刻な懸念をもって注視", 10, 5);
        assert!(lines.iter().all(|l| l.width() <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "日本政府は深刻な懸念をもって注視");
    }

    #[test]
    fn wrap_stops_at_max_lines_with_an_ellipsis() {
        let lines = wrap("one two three four five six seven eight nine ten", 10, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn a_cut_ends_at_a_word() {
        let lines = wrap(
            "they may join in Russia’s aggression against Ukraine",
            14,
            2,
        );
        assert_eq!(lines, ["they may join", "in Russia’s …"]);
    }

    #[test]
    fn wrap_of_a_huge_word_is_bounded() {
        let word = "x".repeat(1_000_000);
        let lines = wrap(&word, 40, 3);
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn text_one_column_wide_wraps_as_textwrap_wraps_it() {
        // Every text of up to 4 characters from this alphabet, at widths 1 to 12, then longer
        // texts of its first eight (one column wide) made by a simple generator.
        let alphabet = ['a', 'B', '7', '-', ' ', '.', 'é', '’', '日', '\u{301}'];
        let mut texts = vec![String::new()];
        let mut level = vec![String::new()];
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            texts.extend(level.iter().cloned());
        }
        let mut seed = 7u64;
        for _ in 0..3000 {
            let len = usize::try_from(seed % 90).unwrap();
            let text: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[usize::try_from(seed >> 58).unwrap() % 8]
                })
                .collect();
            texts.push(text);
        }
        for text in &texts {
            for width in 1..=12 {
                let expected: Vec<String> = textwrap::wrap(text, options(width))
                    .into_iter()
                    .map(Cow::into_owned)
                    .collect();
                let got: Vec<String> = wrap_paragraph(text, width)
                    .into_iter()
                    .map(Cow::into_owned)
                    .collect();
                assert_eq!(got, expected, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn fit_cuts_by_width() {
        assert_eq!(fit("Hayashi", 10), "Hayashi");
        assert_eq!(fit("林芳正官房長官", 7), "林芳正…");
        assert_eq!(fit("abc", 0), "");
    }
}
