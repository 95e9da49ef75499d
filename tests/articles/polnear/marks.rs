//! Quotations by their marks: every stretch of an article between double quotation marks.
//!
//! The marks are `“ ”`, straight `"` and two apostrophes `''` (as some newspaper archives
//! store them), mixed freely because articles mix them (`“Yes," she said`): `“` opens, `”`
//! closes, `"` and `''` open when no quotation is open and close one otherwise. Single marks
//! (`‘no’`) are quotations inside quotations and stay part of the outer one. A quotation
//! never crosses a paragraph (text between blank lines): one left open at a paragraph's end
//! ends there, and is `continued` (news writes a quotation over several paragraphs by
//! reopening the mark in each). A line break inside a paragraph ends an open quotation the
//! same way when the next line opens a mark, since some articles put one paragraph per line.

use std::ops::Range;

/// Which marks enclose a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marks {
    /// `“...”` (or a curly mark paired with a straight one).
    Curly,
    /// `"..."`.
    Straight,
    /// `''...''`.
    Apostrophes,
}

/// One quotation: the words between its marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// Byte range of the words between the marks, without spaces at either end.
    pub range: Range<usize>,
    /// The mark that opened it.
    pub marks: Marks,
    /// True when no mark closes it before its paragraph ends.
    pub continued: bool,
    /// True when the paragraph before it left a quotation open: this one continues it.
    pub continuation: bool,
}

/// Every quotation of `text`, in reading order (empty ones left out).
pub fn quotations(text: &str) -> Vec<Quotation> {
    let mut out = Vec::new();
    // True when the last paragraph or line left a quotation open.
    let mut carry = false;
    for paragraph in paragraphs(text) {
        let mut line_start = paragraph.start;
        // Where the open quotation's words start, its mark, and whether it continues one.
        let mut open: Option<(usize, Marks, bool)> = None;
        let mut i = paragraph.start;
        while i < paragraph.end {
            let rest = &text[i..paragraph.end];
            let ch = rest.chars().next().unwrap_or(' ');
            let mut next = i + ch.len_utf8();
            let mark = match ch {
                '“' => Some((Some(true), Marks::Curly)),
                '”' => Some((Some(false), Marks::Curly)),
                '"' => Some((None, Marks::Straight)),
                '\'' => {
                    let run = rest.bytes().take_while(|&b| b == b'\'').count();
                    next = i + run;
                    (run >= 2).then_some((None, Marks::Apostrophes))
                }
                '\n' => {
                    if line_opens_mark(&text[next..paragraph.end])
                        && let Some((start, marks, continuation)) = open.take()
                    {
                        push(&mut out, text, start..i, marks, true, continuation);
                        carry = true;
                    }
                    line_start = next;
                    None
                }
                _ => None,
            };
            let Some((opens, marks)) = mark else {
                i = next;
                continue;
            };
            match open {
                None if opens != Some(false) => {
                    // In `'''`, the double mark is the outer one and the single one is
                    // part of the quotation.
                    let start = if marks == Marks::Apostrophes {
                        i + 2
                    } else {
                        next
                    };
                    let continuation = carry && text[line_start..i].trim().is_empty();
                    carry = false;
                    open = Some((start, marks, continuation));
                }
                Some((start, opened, continuation)) if opens != Some(true) => {
                    let end = if marks == Marks::Apostrophes {
                        next - 2
                    } else {
                        i
                    };
                    push(&mut out, text, start..end, opened, false, continuation);
                    open = None;
                }
                // A second opening mark or a stray closing one: left as text.
                _ => {}
            }
            i = next;
        }
        carry = false;
        if let Some((start, marks, continuation)) = open {
            push(
                &mut out,
                text,
                start..paragraph.end,
                marks,
                true,
                continuation,
            );
            carry = true;
        }
    }
    out
}

/// The byte ranges of `text`'s paragraphs: runs of lines between blank lines, without the
/// final line break.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut in_paragraph = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            in_paragraph = false;
        } else {
            let end = at + content.len();
            match out.last_mut() {
                Some(last) if in_paragraph => last.end = end,
                _ => out.push(at..end),
            }
            in_paragraph = true;
        }
        at += line.len();
    }
    out
}

/// True when `rest` (what follows a line break) starts, after spaces, with an opening mark.
fn line_opens_mark(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    rest.starts_with(['“', '"']) || rest.starts_with("''")
}

/// Adds the quotation `range` trimmed of spaces, unless nothing is left.
fn push(
    out: &mut Vec<Quotation>,
    text: &str,
    range: Range<usize>,
    marks: Marks,
    continued: bool,
    continuation: bool,
) {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    if start < end {
        out.push(Quotation {
            range: start..end,
            marks,
            continued,
            continuation,
        });
    }
}
