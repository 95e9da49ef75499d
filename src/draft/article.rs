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
    /// True when it is a named speaker's turn of a transcript (`HAYASHI: We will ...`): the
    /// label before its colon names its speaker.
    pub turn: bool,
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

/// Index into the registry of entities (the people, states and institutions named).
pub type EntityIx = usize;

/// What kind of phrase a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// A full name or an alias (`Dr. Min-seok Kim`, `the Foreign Ministry`, `NATO`).
    Name,
    /// A person's surname alone, resolved to the full name introduced before (`Kim`).
    Surname,
    /// A pronoun (`he`, `they`).
    Pronoun,
    /// A description without a name (`the ministry`, `a company spokesperson`).
    Description,
    /// A text that speaks for whoever issued it (`the statement`, `an email`).
    Document,
}

/// What a mention is in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The subject of the verb `cues[i]` of the reading.
    Subject(usize),
    /// The phrase after `according to`.
    AccordingTo,
    /// The owner of a noun of saying before a quotation (`Mr. Trump’s announcement`).
    Owner,
    /// The noun phrase that opens a sentence whose quotation follows a colon (`Ivo Marek, on
    /// the vote: “...”`).
    Colon,
    /// A name the sentence holds, in no role the reading knows.
    Name,
}

/// A mention of an entity, outside quotations, and what it resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Paragraph index.
    pub para: usize,
    /// Sentence index in the paragraph.
    pub sentence: usize,
    /// Token range in the paragraph.
    pub toks: Range<usize>,
    /// Byte range in the article.
    pub range: Range<usize>,
    /// The entity it refers to.
    pub entity: EntityIx,
    /// Its form.
    pub form: Form,
    /// Its role.
    pub role: Role,
    /// True when the mention owns what follows it (`Carlineo’s attorney`).
    pub owner: bool,
}

/// A verb of saying or acting, with its subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Paragraph index.
    pub para: usize,
    /// Sentence index in the paragraph.
    pub sentence: usize,
    /// Token index in the paragraph.
    pub tok: usize,
    /// A verb of saying (`said`, `told`, or a participle: `saying`).
    pub speech: bool,
    /// A participle (`saying`, `warning`): its subject is another verb's.
    pub participle: bool,
    /// Inside an introductory phrase (`Asked whether ..., she said`): not the main verb.
    pub intro: bool,
    /// In a relative clause about its subject (`X, which has imposed`): not a main
    /// attribution.
    pub relative: bool,
    /// The first token of its subject's head phrase, when it has one.
    pub subject_tok: Option<usize>,
    /// Its subject, resolved: an index into the reading's mentions.
    pub subject: Option<usize>,
}
