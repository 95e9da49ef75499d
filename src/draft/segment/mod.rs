//! Stage 1, segmenting: reads the text into paragraphs, page furniture, quotations, word
//! tokens and sentences (the [`Doc`] layer of [`crate::draft::article`]).
//!
//! A quotation is one opaque token, so the words inside it never look like an attribution,
//! and a sentence never ends inside one.

pub mod furniture;
pub mod quotes;
pub mod turns;

use std::collections::HashSet;
use std::ops::Range;

use crate::draft::article::{Doc, Kind, Para, Quote, Span, Tok};
use crate::draft::lexicon;

/// A line longer than this is a whole paragraph, not a hard-wrapped line.
const WRAPPED_LINE_MAX: usize = 120;
/// Most tokens of a sentence: a longer run is read in parts of this many tokens, so the work
/// of every stage that looks across a sentence stays linear in the article. The longest
/// sentence of the development articles has 220.
pub const MAX_SENTENCE_TOKENS: usize = 400;

impl<'a> Doc<'a> {
    /// Parses `text` into paragraphs, quotations, tokens and sentences.
    pub fn parse(text: &'a str) -> Doc<'a> {
        let mut paras: Vec<Para> = Vec::new();
        let mut unbalanced = Vec::new();
        let ranges = paragraphs(text);
        let turns = turns::find(text, &ranges);
        for (range, turn) in ranges.into_iter().zip(turns) {
            let is_turn = turn.is_some();
            // A turn's label is no dateline (`HAYASHI: We will ...`).
            let dateline = match turn {
                Some(_) => 0,
                None => furniture::dateline_len(&text[range.clone()]),
            };
            let range = range.start + dateline..range.end;
            // The paragraph after a bare `Photo` line is its caption.
            let after_marker = paras.last().is_some_and(|p: &Para| {
                matches!(
                    text[p.range.clone()].trim().to_lowercase().as_str(),
                    "photo" | "photos" | "image" | "video"
                )
            });
            let furniture = after_marker || furniture::is_furniture(&text[range.clone()]);
            // A named speaker's turn is one quotation, whatever marks it holds.
            let found = match turn {
                Some(words) => quotes::Found {
                    spans: vec![Span {
                        outer: words.clone(),
                        inner: words,
                        closed: true,
                    }],
                    stray: Vec::new(),
                },
                None => quotes::find(text, range.clone()),
            };
            unbalanced.extend(found.stray);
            let quotes = found
                .spans
                .into_iter()
                .map(|span| Quote {
                    span,
                    continues: false,
                    turn: is_turn,
                })
                .collect();
            paras.push(Para {
                range,
                furniture,
                quotes,
                toks: Vec::new(),
                sentences: Vec::new(),
            });
        }
        link_continuations(text, &mut paras, &mut unbalanced);
        let mut lowercase = HashSet::new();
        let mut long_sentences = 0;
        for para in &mut paras {
            para.toks = tokenize(text, para);
            para.sentences = sentences(text, para, &mut long_sentences);
            for tok in para.toks.iter().filter(|t| t.kind == Kind::Word) {
                let word = &text[tok.range.clone()];
                if lexicon::is_lower(word) {
                    lowercase.insert(word.to_owned());
                }
            }
        }
        Doc {
            text,
            paras,
            unbalanced,
            long_sentences,
            lowercase,
        }
    }
}

/// Paragraph ranges: blocks between blank lines; a block whose lines are long (not
/// hard-wrapped) holds one paragraph per line. Ranges are trimmed and never empty.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let range = offset..offset + body.len();
        offset += line.len();
        if body.trim().is_empty() {
            flush(text, &mut block, &mut out);
        } else {
            block.push(range);
        }
    }
    flush(text, &mut block, &mut out);
    out
}

/// Turns the lines of one block into paragraphs.
fn flush(text: &str, block: &mut Vec<Range<usize>>, out: &mut Vec<Range<usize>>) {
    let wrapped = block
        .iter()
        .all(|line| text[line.clone()].chars().count() <= WRAPPED_LINE_MAX);
    match (block.first(), block.last()) {
        (Some(first), Some(last)) if wrapped => out.extend(trim(text, first.start..last.end)),
        _ => out.extend(block.iter().filter_map(|r| trim(text, r.clone()))),
    }
    block.clear();
}

/// `range` without surrounding whitespace, or None when nothing is left.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

/// Marks quotations that re-open one left open by the previous paragraph; an open quotation
/// that is not continued is dropped and recorded as unbalanced.
fn link_continuations(text: &str, paras: &mut [Para], unbalanced: &mut Vec<usize>) {
    for i in 0..paras.len() {
        let open_at_end = paras[i].quotes.last().is_some_and(|q| !q.span.closed);
        if !open_at_end {
            continue;
        }
        let next_opens = paras.get(i + 1).is_some_and(|next| {
            next.quotes
                .first()
                .is_some_and(|q| q.span.outer.start == next.range.start)
                && quotes::starts_with_opening_mark(&text[next.range.clone()])
        });
        if next_opens {
            paras[i + 1].quotes[0].continues = true;
        } else if let Some(dropped) = paras[i].quotes.pop() {
            unbalanced.push(dropped.span.outer.start);
        }
    }
}

/// Splits a paragraph into tokens; each quotation becomes one token.
fn tokenize(text: &str, para: &Para) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut quotes = para.quotes.iter().enumerate().peekable();
    let mut pos = para.range.start;
    while pos < para.range.end {
        if let Some((ix, quote)) = quotes.next_if(|(_, q)| q.span.outer.start <= pos) {
            toks.push(Tok {
                kind: Kind::Quote(ix),
                range: quote.span.outer.clone(),
            });
            pos = quote.span.outer.end;
            continue;
        }
        let limit = quotes
            .peek()
            .map_or(para.range.end, |(_, q)| q.span.outer.start);
        let rest = &text[pos..limit];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let (kind, len) = if c.is_alphanumeric() {
            (Kind::Word, word_len(rest))
        } else if let Some(len) = possessive_len(rest, toks.last(), pos) {
            (Kind::Possessive, len)
        } else {
            (Kind::Punct, c.len_utf8())
        };
        toks.push(Tok {
            kind,
            range: pos..pos + len,
        });
        pos += len;
    }
    toks
}

/// Byte length of the word `s` starts with: letters and digits joined by inner hyphens,
/// apostrophes (not a possessive `’s`), digit separators and abbreviation periods.
fn word_len(s: &str) -> usize {
    let mut end = 0;
    // Letters and digits since the word's start or its last period, for acronyms like U.S.
    let mut since_period = 0;
    for (i, c) in s.char_indices() {
        let rest = &s[i + c.len_utf8()..];
        let mut ahead = rest.chars();
        let next = ahead.next();
        let joins = c.is_alphanumeric()
            || match c {
                '-' | '‑' => next.is_some_and(char::is_alphanumeric),
                '’' | '\'' => next.is_some_and(char::is_alphanumeric) && !is_possessive_s(rest),
                ',' | '.' if s[..i].ends_with(|p: char| p.is_ascii_digit()) => {
                    next.is_some_and(|n| n.is_ascii_digit())
                }
                '.' => {
                    since_period == 1
                        && next.is_some_and(char::is_alphabetic)
                        && ahead.next() == Some('.')
                }
                _ => false,
            };
        if !joins {
            break;
        }
        since_period = if c.is_alphanumeric() {
            since_period + 1
        } else {
            0
        };
        end = i + c.len_utf8();
    }
    let word = &s[..end];
    let takes_period = s[end..].starts_with('.')
        && (lexicon::is_abbreviation(word)
            || word.contains('.')
            || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)));
    end + usize::from(takes_period)
}

/// True when `s` starts with `s` or `S` that ends the word (a possessive after an apostrophe).
fn is_possessive_s(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(char::is_alphanumeric)
}

/// The length of a possessive (`’s`, or `'` after a plural) right after a word, if `s`
/// starts with one.
fn possessive_len(s: &str, prev: Option<&Tok>, pos: usize) -> Option<usize> {
    let prev = prev.filter(|t| t.kind == Kind::Word && t.range.end == pos)?;
    let mark = s.chars().next().filter(|c| matches!(c, '’' | '\''))?;
    let after = &s[mark.len_utf8()..];
    if is_possessive_s(after) {
        return Some(mark.len_utf8() + 1);
    }
    let plural = prev.range.len() > 1 && after.starts_with(char::is_whitespace);
    plural.then_some(mark.len_utf8())
}

/// Sentences of a paragraph as token index ranges. A sentence ends at `.`, `?` or `!` (or a
/// quotation ending with one) when the next token starts a sentence, or after
/// [`MAX_SENTENCE_TOKENS`] tokens (counted in `long`).
fn sentences(text: &str, para: &Para, long: &mut usize) -> Vec<Range<usize>> {
    let toks = &para.toks;
    let mut out = Vec::new();
    let mut start = 0;
    // True while reading the parts of a sentence that was cut.
    let mut cut = false;
    for i in 0..toks.len() {
        let ends = match toks[i].kind {
            Kind::Punct => matches!(&text[toks[i].range.clone()], "." | "?" | "!"),
            Kind::Quote(q) => text[para.quotes[q].span.inner.clone()].ends_with(['.', '?', '!']),
            _ => false,
        };
        let next_starts = toks.get(i + 1).is_none_or(|next| match next.kind {
            Kind::Word => text[next.range.clone()]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
            Kind::Quote(_) => true,
            _ => false,
        });
        if ends && next_starts {
            out.push(start..i + 1);
            start = i + 1;
            cut = false;
        } else if i + 1 - start == MAX_SENTENCE_TOKENS {
            *long += usize::from(!cut);
            cut = true;
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Doc::parse(text);
        doc.paras[0].toks.iter().map(|t| doc.word(t)).collect()
    }

    #[test]
    fn paragraphs_by_line_or_by_blank_line() {
        assert_eq!(
            paragraphs("a\nb\n").len(),
            1,
            "short lines are wrapped text"
        );
        let long = "x".repeat(130);
        assert_eq!(paragraphs(&format!("{long}\n{long}\n")).len(), 2);
        assert_eq!(paragraphs("a\nb\n\n\r\nc").len(), 2);
        assert!(paragraphs(" \n\n").is_empty());
    }

    #[test]
    fn words_keep_abbreviations_acronyms_and_possessives_apart() {
        assert_eq!(
            words("Dr. Kim of the U.S. said Japan’s don't 3,000 Nations' S. Rajaratnam."),
            [
                "Dr.",
                "Kim",
                "of",
                "the",
                "U.S.",
                "said",
                "Japan",
                "’s",
                "don't",
                "3,000",
                "Nations",
                "'",
                "S.",
                "Rajaratnam",
                "."
            ]
        );
    }

    #[test]
    fn sentences_end_after_quotations_but_not_inside_them() {
        let text = "“A. B,” he said. “C.” Then Dr. Li left.";
        let doc = Doc::parse(text);
        let shown: Vec<&str> = (0..doc.paras[0].sentences.len())
            .map(|s| &text[doc.sentence_range(0, s)])
            .collect();
        assert_eq!(shown, ["“A. B,” he said.", "“C.”", "Then Dr. Li left."]);
    }

    #[test]
    fn a_run_on_sentence_is_read_in_parts_and_counted_once() {
        let text = format!(
            "{}. Then it ended.",
            "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 10)
        );
        let doc = Doc::parse(&text);
        let lengths: Vec<usize> = doc.paras[0].sentences.iter().map(|s| s.len()).collect();
        assert_eq!(
            lengths,
            [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 11, 4],
            "three parts, then the next sentence whole"
        );
        assert_eq!(doc.long_sentences, 1);
    }

    #[test]
    fn quotations_continued_in_the_next_paragraph_are_linked() {
        let text = "“One,” he said. “Two\n\n“Three.”\n\nNo “open";
        let doc = Doc::parse(text);
        assert!(doc.paras[1].quotes[0].continues);
        assert!(doc.paras[2].quotes.is_empty());
        assert_eq!(doc.unbalanced.len(), 1);
    }
}
