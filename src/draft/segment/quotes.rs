//! Where quotations stand in a paragraph: spans between quotation marks of the shapes news
//! text uses: curly or straight double marks (closed by `’’` as typed on some wires), two
//! apostrophes `''…''` (as some newspaper archives store double marks), German `„…“`,
//! guillemets `«…»`, and British single marks `‘…’` when they stand outside a double
//! quotation. A lone apostrophe is never a mark, so `Japan’s`, `don't` and `voters'` stay
//! words.

use std::ops::Range;

use crate::draft::article::Span;

/// The quotations of one paragraph, and the opening marks left unmatched.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Quotations in order; the last may be open.
    pub spans: Vec<Span>,
    /// Byte offsets of opening marks that a later opening mark replaced.
    pub stray: Vec<usize>,
}

/// True when `text` starts with a mark that opens a quotation (a paragraph that continues
/// the quotation of the one before, a headline that is a quotation).
pub fn starts_with_opening_mark(text: &str) -> bool {
    text.starts_with(['“', '"', '„', '«', '‘']) || text.starts_with("''")
}

/// The mark that opened the quotation being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// `“` or a straight `"`: closed by `”`, `"` or `’’`.
    Double,
    /// `„`: closed by `“` or `”`.
    Low,
    /// `«`: closed by `»`.
    Guillemet,
    /// `‘` outside a double quotation: closed by `’` that ends a word.
    Single,
    /// Two apostrophes: closed by the last two of a run of two or more (a longer run ends
    /// with the quotation's own apostrophe: `the voters'`), or by `”`.
    Apostrophes,
}

/// Finds the quotations of the paragraph `text[range]`.
pub fn find(text: &str, range: Range<usize>) -> Found {
    let found = scan(text, range.clone(), true);
    // A single mark that never closes was an apostrophe or a typo: read again without them.
    let open_single = found
        .spans
        .last()
        .is_some_and(|s| !s.closed && text[s.outer.clone()].starts_with('‘'));
    if open_single {
        scan(text, range, false)
    } else {
        found
    }
}

/// One pass over the paragraph; `singles` says whether `‘` may open a quotation.
fn scan(text: &str, range: Range<usize>, singles: bool) -> Found {
    let para = &text[range.clone()];
    let mut found = Found::default();
    let mut open: Option<(usize, Mark)> = None;
    let mut prev: Option<char> = None;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = range.start + i;
        // The bytes of a closing mark, and where the quoted words end (before the mark).
        let mut close: Option<(usize, usize)> = None;
        // A run of straight apostrophes starting here.
        let run = if c == '\'' {
            para[i..].bytes().take_while(|&b| b == b'\'').count()
        } else {
            0
        };
        match (open.map(|(_, m)| m), c) {
            (Some(Mark::Double), '”' | '"')
            | (Some(Mark::Low), '“' | '”')
            | (Some(Mark::Guillemet), '»')
            | (Some(Mark::Apostrophes), '”') => close = Some((at, c.len_utf8())),
            (Some(Mark::Double), '’' | '\'') if next == Some(c) => {
                chars.next();
                close = Some((at, 2 * c.len_utf8()));
            }
            (Some(Mark::Apostrophes), '\'') if run >= 2 => {
                for _ in 1..run {
                    chars.next();
                }
                close = Some((at + run - 2, 2));
            }
            (Some(Mark::Single), '’') if closes_single(prev, next, &para[i..]) => {
                close = Some((at, c.len_utf8()));
            }
            (Some(Mark::Single | Mark::Apostrophes), _) => {}
            (_, '“' | '„' | '«') => {
                let mark = match c {
                    '“' => Mark::Double,
                    '„' => Mark::Low,
                    _ => Mark::Guillemet,
                };
                if let Some((stray, _)) = open.replace((at, mark)) {
                    found.stray.push(stray);
                }
            }
            (None, '"') if opens(prev, next) => open = Some((at, Mark::Double)),
            // `'''`: the two first open, the third is the quotation's own.
            (None, '\'') if run >= 2 && opens(prev, para[i + 2..].chars().next()) => {
                chars.next();
                open = Some((at, Mark::Apostrophes));
            }
            (None, '‘') if singles && opens(prev, next) => open = Some((at, Mark::Single)),
            _ => {}
        }
        if let Some((content_end, len)) = close
            && let Some((start, _)) = open.take()
        {
            found
                .spans
                .extend(span(text, start, content_end, content_end + len));
        }
        prev = Some(c);
    }
    if let Some((start, _)) = open {
        found.spans.extend(span(text, start, range.end, range.end));
    }
    found
}

/// True when a mark between `prev` and `next` opens a quotation (not `12"` or `" `).
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    let after_gap = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    after_gap && next.is_some_and(|n| !n.is_whitespace())
}

/// True when the `’` starting `rest` closes a single-mark quotation: it ends a word (not
/// `don’t`), and is not the possessive of a plural (`the students’ union`).
fn closes_single(prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    if prev.is_none_or(char::is_whitespace) || next.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let plural_possessive = prev == Some('s')
        && next == Some(' ')
        && rest['’'.len_utf8()..]
            .trim_start()
            .starts_with(char::is_lowercase);
    !plural_possessive
}

/// The span from the opening mark at `start` to `end`, its words ending at `content_end`
/// (before the closing mark, or at the paragraph's end for a quotation left open), or None
/// when nothing is quoted.
fn span(text: &str, start: usize, content_end: usize, end: usize) -> Option<Span> {
    let mark_len = if text[start..].starts_with("''") {
        2
    } else {
        text[start..].chars().next().map_or(1, char::len_utf8)
    };
    let content_start = start + mark_len;
    let content = &text[content_start..content_end];
    let lead = content.len() - content.trim_start().len();
    let trimmed = content.trim();
    let trimmed = trimmed.strip_suffix(',').map_or(trimmed, str::trim_end);
    if trimmed.is_empty() {
        return None;
    }
    let inner_start = content_start + lead;
    Some(Span {
        outer: start..end,
        inner: inner_start..inner_start + trimmed.len(),
        closed: content_end < end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inners(text: &str) -> Vec<&str> {
        find(text, 0..text.len())
            .spans
            .iter()
            .map(|s| &text[s.inner.clone()])
            .collect()
    }

    #[test]
    fn curly_and_straight_quotations_without_the_attribution_comma() {
        assert_eq!(
            inners("“A, b,” he said. “C.” And \"d\" or \"e,\" she said."),
            ["A, b", "C.", "d", "e"]
        );
    }

    #[test]
    fn apostrophes_and_inch_marks_are_not_quotation_marks() {
        assert_eq!(
            inners("Japan’s view, a 12\" gun, don't, the ’90s"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn an_open_quotation_runs_to_the_paragraph_end() {
        let text = "“We will go. And then";
        let found = find(text, 0..text.len());
        assert_eq!(found.spans.len(), 1);
        assert!(!found.spans[0].closed);
        assert_eq!(&text[found.spans[0].inner.clone()], "We will go. And then");
    }

    #[test]
    fn empty_quotations_are_dropped_and_stray_marks_recorded() {
        let text = "“” and “a “b”";
        let found = find(text, 0..text.len());
        assert_eq!(found.stray.len(), 1);
        assert_eq!(inners(text), ["b"]);
    }

    #[test]
    fn other_closing_and_opening_shapes() {
        assert_eq!(
            inners("“It was late,’’ he said. „Wir bleiben“, sagte sie. «Non», dit-il."),
            ["It was late", "Wir bleiben", "Non"]
        );
    }

    #[test]
    fn two_apostrophes_pair_as_double_marks() {
        assert_eq!(
            inners("''No,'' said the candidates' aide. ''We won't ask 'why.'''"),
            ["No", "We won't ask 'why.'"]
        );
        assert_eq!(
            inners("A 5'' pipe, rock 'n' roll, and ''the voters''' say."),
            ["the voters'"]
        );
        let text = "''We will go. And then";
        let found = find(text, 0..text.len());
        assert!(!found.spans[0].closed);
        assert_eq!(&text[found.spans[0].inner.clone()], "We will go. And then");
    }

    #[test]
    fn british_single_marks_outside_double_quotations() {
        assert_eq!(
            inners("‘We won’t go,’ she said of the students’ union. “A ‘b’ c.”"),
            ["We won’t go", "A ‘b’ c."]
        );
        assert_eq!(inners("The ‘90s were ‘hard for us"), Vec::<&str>::new());
    }
}
