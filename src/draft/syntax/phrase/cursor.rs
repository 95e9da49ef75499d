//! A token slice of one document with word helpers, and the trimming every phrase gets
//! before it is classified (punctuation at either end, a time at the end).

use crate::draft::article::{Doc, Kind, Tok};
use crate::draft::lexicon::{self, Gender};
use crate::draft::words::collapse;

/// A token slice of one document, with word helpers.
#[derive(Clone, Copy)]
pub struct Words<'d, 'a> {
    /// The document the tokens belong to.
    doc: &'d Doc<'a>,
    /// The tokens.
    toks: &'d [Tok],
}

impl<'d, 'a> Words<'d, 'a> {
    /// Wraps `toks` of `doc`.
    pub fn new(doc: &'d Doc<'a>, toks: &'d [Tok]) -> Self {
        Words { doc, toks }
    }

    /// How many tokens.
    pub(super) fn len(self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` when it is a word, else "".
    pub(super) fn word(self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.doc.word(t),
            _ => "",
        }
    }

    /// True when token `i` is a possessive `’s`.
    pub(super) fn is_possessive(self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Possessive)
    }

    /// True when token `i` is a comma.
    pub(super) fn is_comma(self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.doc.word(t) == ",")
    }

    /// Tokens `from..to`, clamped.
    pub(super) fn slice(self, from: usize, to: usize) -> Words<'d, 'a> {
        let to = to.min(self.toks.len());
        Words {
            doc: self.doc,
            toks: &self.toks[from.min(to)..to],
        }
    }

    /// Byte offset of the first token.
    pub fn start(self) -> usize {
        self.toks.first().map_or(0, |t| t.range.start)
    }

    /// The words as written, whitespace collapsed to single spaces.
    pub fn text(self) -> String {
        match (self.toks.first(), self.toks.last()) {
            (Some(first), Some(last)) => {
                collapse(&self.doc.text[first.range.start..last.range.end])
            }
            _ => String::new(),
        }
    }

    /// The index of the first token that is one of `words`.
    pub fn position(self, words: &[&str]) -> Option<usize> {
        (0..self.len()).find(|&i| words.contains(&self.word(i)))
    }
}

/// True for a token that can be part of a capitalised name.
pub(super) fn is_name_word(w: Words, i: usize) -> bool {
    let name = |word: &str| lexicon::is_capitalised(word) && !lexicon::is_not_name(word);
    // `He Jianxiong`: a family name that is also a pronoun, before another name word.
    name(w.word(i)) || (lexicon::is_family_name_first(w.word(i)) && name(w.word(i + 1)))
}

/// `w` without a time at its end: `Minister Park Min-jun on Monday`, `the ministry late on
/// Friday`, `Ortiz last week`, `officials earlier this month`.
pub(super) fn trim_time<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let is_day = |word: &str| {
        lexicon::WEEKDAYS.contains(&word) || matches!(word, "week" | "month" | "year" | "weekend")
    };
    let opens = |word: &str| matches!(word, "on" | "last" | "this" | "earlier" | "late" | "early");
    let part = |word: &str| matches!(word, "morning" | "afternoon" | "evening" | "night");
    let mut start = w.len();
    while start > 1 {
        let word = w.word(start - 1);
        if is_day(word) || part(word) || opens(word) {
            start -= 1;
        } else {
            break;
        }
    }
    let adjunct: Vec<&str> = (start..w.len()).map(|i| w.word(i)).collect();
    match adjunct.first() {
        Some(&first) if opens(first) && adjunct.iter().any(|&d| is_day(d)) => w.slice(0, start),
        _ => w,
    }
}

/// `w` without punctuation at either end.
pub(super) fn trim_punct<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let mut from = 0;
    let mut to = w.len();
    while from < to && w.toks[from].kind == Kind::Punct {
        from += 1;
    }
    while to > from && w.toks[to - 1].kind == Kind::Punct {
        to -= 1;
    }
    w.slice(from, to)
}

/// The gender the words of `w` show, if any (the first word that shows one).
pub(super) fn words_gender(w: Words) -> Option<Gender> {
    (0..w.len()).find_map(|i| lexicon::gender_of(w.word(i)))
}
