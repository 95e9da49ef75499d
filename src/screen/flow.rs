//! Laying out the fields of a row over lines: running text flows word by word from wherever
//! the line is (so a badge before a quote takes room from its first line, never a word),
//! short fields (a status, a grade, a count) stay whole and move to the next line when the
//! rest of this one cannot hold them, and when the lines run out the least important field
//! gives way first: it loses its last words, or leaves whole.

use unicode_width::UnicodeWidthStr;

use super::piece::{Role, TextLine, piece};
use super::wrap::split_at_width;

/// How a field takes its place on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Running text: flows word by word from where the line is.
    Text,
    /// Kept on one line: moves to the next line when the rest of this one cannot hold it.
    Unit,
}

/// What a field does when the lines run out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Give {
    /// Stays whole (a badge, a warning).
    Never,
    /// Loses its last words, ending in `…`.
    Cut,
    /// Stays whole or leaves (a grade or a count, which a cut would falsify).
    Drop,
}

/// One field of a row: its text in one role, the separator shown before it when it does not
/// start a line, and how it gives way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// How the text is shown.
    pub role: Role,
    /// Shown before the field when it follows another on the same line (` · `).
    pub lead: &'static str,
    /// The text.
    pub text: String,
    /// Whether it flows or stays on one line.
    pub kind: Kind,
    /// What it does when the lines run out.
    pub give: Give,
    /// Among the fields that give way, the lowest rank gives way first.
    pub rank: u8,
}

impl Field {
    /// Running text that stays whole.
    pub fn text(role: Role, lead: &'static str, text: impl Into<String>) -> Field {
        Field {
            role,
            lead,
            text: text.into(),
            kind: Kind::Text,
            give: Give::Never,
            rank: u8::MAX,
        }
    }

    /// A short field kept on one line, that stays whole.
    pub fn unit(role: Role, lead: &'static str, text: impl Into<String>) -> Field {
        Field {
            kind: Kind::Unit,
            ..Field::text(role, lead, text)
        }
    }

    /// The same field, losing its last words when the lines run out (lowest `rank` first).
    pub fn cut(self, rank: u8) -> Field {
        Field {
            give: Give::Cut,
            rank,
            ..self
        }
    }

    /// The same field, leaving whole when the lines run out (lowest `rank` first).
    pub fn drop(self, rank: u8) -> Field {
        Field {
            give: Give::Drop,
            rank,
            ..self
        }
    }
}

/// One piece of a field's text: a word, or a line break in it.
#[derive(Clone, Copy, Debug)]
enum Token<'a> {
    Word(&'a str, usize),
    Break,
}

/// A field's tokens, at most `budget` columns of them, and whether more were left out.
fn tokens(text: &str, budget: usize) -> (Vec<Token<'_>>, bool) {
    let mut out = Vec::new();
    let mut used = 0;
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push(Token::Break);
        }
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if used >= budget {
                return (out, true);
            }
            let width = word.width();
            if used + width > budget {
                // A word longer than all that can show (a run without spaces).
                let (head, _) = split_at_width(word, budget - used);
                out.push(Token::Word(head, head.width()));
                return (out, true);
            }
            used += width + 1;
            out.push(Token::Word(word, width));
        }
    }
    (out, false)
}

/// What a field shows: its first `words` tokens, then `…` when `cut`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shown {
    words: usize,
    cut: bool,
}

/// The field gives way entirely.
const GONE: Shown = Shown {
    words: 0,
    cut: false,
};

/// Where the next text goes, and (when drawing) the lines so far. Measuring keeps only the
/// position, so trying a layout costs no allocation.
#[derive(Clone, Debug)]
struct Writer {
    width: usize,
    /// Lines started so far, less one.
    line: usize,
    /// Columns used on the current line.
    col: usize,
    /// The lines, when drawing.
    lines: Option<Vec<TextLine>>,
}

impl Writer {
    fn measure(width: usize) -> Writer {
        Writer {
            width,
            line: 0,
            col: 0,
            lines: None,
        }
    }

    fn draw(width: usize) -> Writer {
        Writer {
            lines: Some(vec![Vec::new()]),
            ..Writer::measure(width)
        }
    }

    fn count(&self) -> usize {
        self.line + 1
    }

    fn newline(&mut self) {
        self.line += 1;
        self.col = 0;
        if let Some(lines) = &mut self.lines {
            lines.push(Vec::new());
        }
    }

    fn put(&mut self, role: Role, text: &str, width: usize) {
        self.col += width;
        let Some(line) = self.lines.as_mut().and_then(|l| l.last_mut()) else {
            return;
        };
        match line.last_mut() {
            Some(last) if last.role == role => last.text.push_str(text),
            _ => line.push(piece(role, text)),
        }
    }

    /// One word, after `sep` when it stays on the current line; a word wider than a line is
    /// broken across lines.
    fn word(&mut self, role: Role, sep: &str, word: &str, width: usize) {
        let sep_width = sep.width();
        if self.col > 0 && self.col + sep_width + width <= self.width {
            self.put(role, sep, sep_width);
            self.put(role, word, width);
            return;
        }
        if self.col > 0 {
            self.newline();
        }
        if width <= self.width {
            self.put(role, word, width);
            return;
        }
        let mut rest = word;
        while !rest.is_empty() {
            let (head, tail) = split_at_width(rest, self.width.saturating_sub(self.col));
            if head.is_empty() {
                if self.col == 0 {
                    // A character wider than the whole line: it goes alone.
                    let c = rest.chars().next().map_or(0, char::len_utf8);
                    let (head, tail) = rest.split_at(c);
                    self.put(role, head, head.width());
                    rest = tail;
                    if !rest.is_empty() {
                        self.newline();
                    }
                } else {
                    self.newline();
                }
                continue;
            }
            self.put(role, head, head.width());
            rest = tail;
            if !rest.is_empty() {
                self.newline();
            }
        }
    }

    /// Places `shown` of `field`, whose tokens are `tokens`.
    fn field(&mut self, field: &Field, tokens: &[Token], shown: Shown) {
        if shown == GONE {
            return;
        }
        let tokens = &tokens[..shown.words.min(tokens.len())];
        if field.kind == Kind::Unit && self.col > 0 {
            // A unit with a line break in it flows like text.
            if let Some(width) = unit_width(tokens, shown.cut)
                && self.col + field.lead.width() + width > self.width
                && width <= self.width
            {
                self.newline();
            }
        }
        for (n, token) in tokens.iter().enumerate() {
            self.token(field, *token, n == 0);
        }
        if shown.cut {
            self.token(field, Token::Word("…", 1), tokens.is_empty());
        }
    }

    /// One token of `field`; the field's lead goes before its `first`.
    fn token(&mut self, field: &Field, token: Token, first: bool) {
        match token {
            Token::Break => self.newline(),
            Token::Word(word, width) => {
                let sep = if first { field.lead } else { " " };
                self.word(field.role, sep, word, width);
            }
        }
    }
}

/// The width of a unit on one line, or None when it holds a line break.
fn unit_width(tokens: &[Token], cut: bool) -> Option<usize> {
    let mut width = 0;
    for (n, token) in tokens.iter().enumerate() {
        match token {
            Token::Break => return None,
            Token::Word(_, w) => width += w + usize::from(n > 0),
        }
    }
    // ` …`, or `…` alone.
    Some(width + usize::from(cut) * (1 + usize::from(!tokens.is_empty())))
}

/// `fields` laid out in lines of `width` columns, at most `max_lines` of them.
pub fn flow(fields: &[Field], width: usize, max_lines: usize) -> Vec<TextLine> {
    let width = width.max(1);
    let max_lines = max_lines.max(1);
    // Laying out costs time in the length of the text: take only what can show.
    let budget = width.saturating_mul(max_lines.saturating_add(1));
    let tokens: Vec<(Vec<Token>, bool)> = fields.iter().map(|f| tokens(&f.text, budget)).collect();
    let mut shown: Vec<Shown> = tokens
        .iter()
        .map(|(t, cut)| Shown {
            words: t.len(),
            cut: *cut,
        })
        .collect();
    // Lays out fields from `from` on, stopping once past `max_lines`.
    let lay = |writer: &mut Writer, from: usize, shown: &[Shown]| {
        for (i, field) in fields.iter().enumerate().skip(from) {
            writer.field(field, &tokens[i].0, shown[i]);
            if writer.count() > max_lines {
                return;
            }
        }
    };
    let fits = |shown: &[Shown]| {
        let mut writer = Writer::measure(width);
        lay(&mut writer, 0, shown);
        writer.count() <= max_lines
    };
    // Most rows fit as they are: drawn once.
    let mut first = Writer::draw(width);
    lay(&mut first, 0, &shown);
    if first.count() <= max_lines {
        return first.lines.unwrap_or_default();
    }
    // Lowest rank first; of equal ranks, the later field.
    let mut order: Vec<usize> = (0..fields.len())
        .filter(|&i| fields[i].give != Give::Never)
        .collect();
    order.sort_by_key(|&i| (fields[i].rank, std::cmp::Reverse(i)));
    for i in order {
        shown[i] = match fields[i].give {
            Give::Cut => {
                let mut before = Writer::measure(width);
                for (j, field) in fields.iter().enumerate().take(i) {
                    before.field(field, &tokens[j].0, shown[j]);
                }
                longest_cut(
                    &before,
                    &fields[i],
                    &tokens[i].0,
                    shown[i].words,
                    |writer| {
                        lay(writer, i + 1, &shown);
                        writer.count() <= max_lines
                    },
                )
            }
            _ => GONE,
        };
        if fits(&shown) {
            break;
        }
    }
    let mut writer = Writer::draw(width);
    lay(&mut writer, 0, &shown);
    let mut lines = writer.lines.unwrap_or_default();
    if lines.len() > max_lines {
        // Only fields that never give way are left, and they are too long: the last line
        // says that more was left out.
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            end_with_ellipsis(last, width);
        }
    }
    lines
}

/// The most words of `field` (whose tokens are `tokens`) that, ending in `…`, let the fields
/// after it fit (as `rest_fits` says) when placed from `before`; none when not even one word
/// does. Running text is placed a word at a time, so the cost is linear in its words.
fn longest_cut(
    before: &Writer,
    field: &Field,
    tokens: &[Token],
    words: usize,
    rest_fits: impl Fn(&mut Writer) -> bool,
) -> Shown {
    let ending = |writer: &Writer, words: usize| {
        let mut probe = writer.clone();
        probe.token(field, Token::Word("…", 1), false);
        rest_fits(&mut probe).then_some(Shown { words, cut: true })
    };
    let mut best = GONE;
    let mut running = before.clone();
    for words in 1..=words.min(tokens.len()) {
        let found = match field.kind {
            Kind::Text => {
                running.token(field, tokens[words - 1], words == 1);
                ending(&running, words)
            }
            // A unit's place depends on its whole width: laid out again for each length.
            Kind::Unit => {
                let mut writer = before.clone();
                let shown = Shown { words, cut: true };
                writer.field(field, tokens, shown);
                rest_fits(&mut writer).then_some(shown)
            }
        };
        match found {
            Some(shown) => best = shown,
            None => break,
        }
    }
    best
}

/// `line` cut so that ` …` ends it within `width` columns.
fn end_with_ellipsis(line: &mut TextLine, width: usize) {
    let room = width.saturating_sub(2);
    let mut used = 0;
    let mut kept = Vec::new();
    for mut p in std::mem::take(line) {
        let (head, _) = split_at_width(&p.text, room - used);
        used += head.width();
        let whole = head.len() == p.text.len();
        p.text = head.to_owned();
        if !p.text.is_empty() {
            kept.push(p);
        }
        if !whole {
            break;
        }
    }
    let role = kept.last().map_or(Role::Plain, |p| p.role);
    kept.push(piece(role, " …"));
    *line = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::piece::plain as text;

    #[test]
    fn a_badge_before_running_text_takes_room_not_words() {
        let fields = [
            Field::unit(Role::Badge, "", "★"),
            Field::text(
                Role::Plain,
                " ",
                "monitoring the deployment of soldiers by North Korea",
            )
            .cut(0),
        ];
        let lines = text(&flow(&fields, 20, 10));
        assert_eq!(
            lines,
            [
                "★ monitoring the",
                "deployment of",
                "soldiers by North",
                "Korea"
            ]
        );
    }

    #[test]
    fn a_unit_that_does_not_fit_moves_to_the_next_line_whole() {
        let fields = [
            Field::text(Role::Strong, "", "Ukraine and Eastern Europe").cut(3),
            Field::unit(Role::Plain, " ", "[HIGH]").drop(4),
            Field::unit(Role::Grade, " · ", "roughly even chance · low").drop(2),
        ];
        assert_eq!(
            text(&flow(&fields, 40, 2)),
            [
                "Ukraine and Eastern Europe [HIGH]",
                "roughly even chance · low"
            ]
        );
        // One line: the least important field leaves first, the region stays whole.
        assert_eq!(
            text(&flow(&fields, 40, 1)),
            ["Ukraine and Eastern Europe [HIGH]"]
        );
        // A line too short even for the region: it loses words, the tag stays.
        assert_eq!(text(&flow(&fields, 24, 1)), ["Ukraine and … [HIGH]"]);
    }

    #[test]
    fn running_text_gives_way_at_a_word_and_later_fields_stay() {
        let fields = [
            Field::text(Role::Plain, "", "one two three four five six seven eight").cut(0),
            Field::unit(Role::Badge, " · ", "new"),
        ];
        let lines = text(&flow(&fields, 14, 2));
        assert_eq!(lines, ["one two three", "four … · new"]);
        assert!(lines.iter().all(|l| l.width() <= 14));
    }

    #[test]
    fn line_breaks_are_kept_and_wide_characters_count_double() {
        let fields = [Field::text(
            Role::Plain,
            "",
            "日本政府は深刻な懸念\nをもって",
        )];
        let lines = text(&flow(&fields, 8, 10));
        assert!(lines.iter().all(|l| l.width() <= 8), "{lines:?}");
        assert_eq!(lines.concat(), "日本政府は深刻な懸念をもって");
        assert_eq!(lines.last().unwrap(), "をもって");
    }

    #[test]
    fn characters_wider_than_the_line_each_take_a_line_of_their_own() {
        let fields = [
            Field::text(Role::Plain, "", "！！x"),
            Field::unit(Role::Badge, " · ", "new"),
        ];
        let lines = text(&flow(&fields, 1, 10));
        assert_eq!(lines, ["！", "！", "x", "n", "e", "w"]);
    }

    #[test]
    fn a_huge_field_costs_only_what_shows() {
        let word = "x".repeat(1_000_000);
        let fields = [Field::text(Role::Plain, "", word.as_str())];
        let lines = flow(&fields, 40, 3);
        assert_eq!(lines.len(), 3);
        assert!(text(&lines)[2].ends_with('…'));
    }
}
