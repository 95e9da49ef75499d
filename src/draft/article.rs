//! The article as the drafting stages see it: its text and the layers read from it, every
//! position a byte range of the text, so whatever is drafted from it can be cut verbatim.
//! Data and getters only; each stage that writes a layer says so in its own doc comment.

use std::collections::HashSet;
use std::ops::Range;

/// A parsed article.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The article text.
    pub text: &'a str,
    /// Paragraphs in order.
    pub paras: Vec<Para>,
    /// Opening marks with no closing mark and no continuation, as byte offsets.
    pub unbalanced: Vec<usize>,
    /// How many sentences were longer than [`MAX_SENTENCE_TOKENS`](super::segment::MAX_SENTENCE_TOKENS) and read in parts.
    pub long_sentences: usize,
    /// Words written in lowercase somewhere outside quotations.
    pub(super) lowercase: HashSet<String>,
}

/// One paragraph.
#[derive(Debug)]
pub struct Para {
    /// Byte range in the article, after a dateline (`CAIRO — `).
    pub range: Range<usize>,
    /// Page furniture, not the story: a byline, a caption, a link line.
    pub furniture: bool,
    /// Quotations in order.
    pub quotes: Vec<Quote>,
    /// Tokens in order; a quotation is one token.
    pub toks: Vec<Tok>,
    /// Sentences as ranges of token indices.
    pub sentences: Vec<Range<usize>>,
}

/// A quotation and how it relates to the paragraphs around it.
#[derive(Clone, Debug)]
pub struct Quote {
    /// Where it stands.
    pub span: Span,
    /// True when it re-opens a quotation left open at the end of the previous paragraph.
    pub continues: bool,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner hyphens, apostrophes and abbreviation periods.
    Word,
    /// `’s` or `'s` after a word.
    Possessive,
    /// Any other single character.
    Punct,
    /// A whole quotation, by index into [`Para::quotes`].
    Quote(usize),
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok {
    /// What it is.
    pub kind: Kind,
    /// Byte range in the article.
    pub range: Range<usize>,
}

impl<'a> Doc<'a> {
    /// True when `word` is a common word: written in lowercase elsewhere in the article, so
    /// capitalised only because it starts a sentence.
    pub fn is_common(&self, word: &str) -> bool {
        self.lowercase.contains(&word.to_lowercase())
    }

    /// The text of a token.
    pub fn word(&self, tok: &Tok) -> &'a str {
        &self.text[tok.range.clone()]
    }

    /// The byte range of sentence `s` of paragraph `p`.
    pub fn sentence_range(&self, p: usize, s: usize) -> Range<usize> {
        let para = &self.paras[p];
        let toks = &para.toks[para.sentences[s].clone()];
        match (toks.first(), toks.last()) {
            (Some(first), Some(last)) => first.range.start..last.range.end,
            _ => para.range.start..para.range.start,
        }
    }
}

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
