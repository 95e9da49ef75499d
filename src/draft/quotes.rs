//! Where quotations stand in a paragraph: spans between double quotation marks, curly or
//! straight. Apostrophes and single marks are never quotation marks here, so `Japan’s` and
//! `don't` stay words.

use std::ops::Range;

/// One quotation in a paragraph, as byte ranges of the whole article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The marks and what they enclose; for a quotation left open, up to the paragraph's end.
    pub outer: Range<usize>,
    /// The quoted words: trimmed, without the marks and without a trailing comma.
    pub inner: Range<usize>,
    /// False when the paragraph ends before a closing mark.
    pub closed: bool,
}

/// The quotations of one paragraph, and the opening marks left unmatched.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Quotations in order; the last may be open.
    pub spans: Vec<Span>,
    /// Byte offsets of opening marks that a later opening mark replaced.
    pub stray: Vec<usize>,
}

/// Finds the quotations of the paragraph `text[range]`.
pub fn find(text: &str, range: Range<usize>) -> Found {
    let para = &text[range.clone()];
    let mut found = Found::default();
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = range.start + i;
        match c {
            '“' => {
                if let Some(stray) = open.replace(at) {
                    found.stray.push(stray);
                }
            }
            '”' => {
                if let Some(start) = open.take() {
                    found
                        .spans
                        .extend(span(text, start, at + c.len_utf8(), true));
                }
            }
            '"' => match open {
                Some(start) => {
                    open = None;
                    found.spans.extend(span(text, start, at + 1, true));
                }
                None if opens(prev, next) => open = Some(at),
                None => {}
            },
            _ => {}
        }
        prev = Some(c);
    }
    if let Some(start) = open {
        found.spans.extend(span(text, start, range.end, false));
    }
    found
}

/// True when a straight mark between `prev` and `next` opens a quotation (not `12"` or `" `).
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    let after_gap = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    after_gap && next.is_some_and(|n| !n.is_whitespace())
}

/// The span from the opening mark at `start` to `end` (after the closing mark, or the
/// paragraph's end), or None when nothing is quoted.
fn span(text: &str, start: usize, end: usize, closed: bool) -> Option<Span> {
    let mark_len = text[start..].chars().next().map_or(1, char::len_utf8);
    let close_len = if closed {
        text[..end].chars().next_back().map_or(0, char::len_utf8)
    } else {
        0
    };
    let content_start = start + mark_len;
    let content_end = end - close_len;
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
        closed,
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
            inners("Japan’s view, a 12\" gun, don't"),
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
}
