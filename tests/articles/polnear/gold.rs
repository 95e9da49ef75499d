//! The gold direct quotations of an annotated article, and the form of each one's Source.
//!
//! A gold quotation is a quotation by its marks ([`super::marks`]) that lies within the
//! Content of an attribution: at least nine in ten of its non-space characters are inside
//! the content's fragments (annotators often cut a long content into one fragment per
//! sentence, and sometimes stop a fragment a word short of the closing mark). When several
//! contents hold it (`X said that Y told him "..."`), the one covering most of it wins, then
//! the shortest: the innermost speaker. Its speaker is that attribution's Source mention.

use std::ops::Range;

use super::brat::{Annotation, Attribution, Span};
use super::marks::{Marks, quotations};
use super::names::{Name, name_in, pieces};

/// Least share of a quotation's characters inside a content for the quotation to be gold.
const COVERED: f64 = 0.9;

/// What kind of phrase a Source mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// It names the speaker (`Newt Gingrich`, `Mr. Garin, a pollster`, `CNN`).
    Name,
    /// Only pronouns (`he`, `who`, `We've`).
    Pronoun,
    /// A written or recorded thing speaks (`the statement`, `a memo`, `her Twitter account`).
    Document,
    /// A description of the speaker without their name (`the Republican lawmaker`, `a
    /// spokesman for Bernie Sanders`).
    Description,
    /// Anything else (`said`: an annotation slip).
    Other,
}

impl Form {
    /// Every form, in report order.
    pub const ALL: [Form; 5] = [
        Form::Name,
        Form::Pronoun,
        Form::Description,
        Form::Document,
        Form::Other,
    ];

    /// The form in a report.
    pub fn label(self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Pronoun => "pronoun",
            Form::Description => "description",
            Form::Document => "document",
            Form::Other => "other",
        }
    }
}

/// An annotated mention: a Source or a Cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range from its first fragment's start to its last one's end.
    pub range: Range<usize>,
    /// Its fragments' text, joined by a space.
    pub text: String,
}

impl Mention {
    fn new(span: &Span, article: &str) -> Self {
        Mention {
            range: span.hull(),
            text: span.text(article),
        }
    }
}

/// A Source mention with its form and, for a name, the name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The mention as annotated.
    pub mention: Mention,
    /// Its form.
    pub form: Form,
    /// The name it holds, when its form is [`Form::Name`].
    pub name: Option<Name>,
}

impl Source {
    /// The Source of `attribution`, classified.
    pub fn of(attribution: &Attribution, article: &str) -> Option<Source> {
        let mention = Mention::new(attribution.source.as_ref()?, article);
        let (form, name) = classify(&mention.text);
        Some(Source {
            mention,
            form,
            name,
        })
    }
}

/// One gold direct quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldQuote {
    /// Byte range of the words between the marks.
    pub range: Range<usize>,
    /// Those words.
    pub text: String,
    /// How many words it has (see [`word_ranges`]).
    pub words: usize,
    /// Its marks.
    pub marks: Marks,
    /// True when its paragraph ends before a mark closes it.
    pub continued: bool,
    /// True when it continues a quotation of the paragraph before.
    pub continuation: bool,
    /// The attribution's Source, when annotated.
    pub source: Option<Source>,
    /// The attribution's Cue, when annotated.
    pub cue: Option<Mention>,
}

/// The gold quotations of `article`, of any length, in reading order.
pub fn gold_quotes(article: &str, annotation: &Annotation) -> Vec<GoldQuote> {
    quotations(article)
        .into_iter()
        .filter_map(|q| {
            let attribution = annotation
                .attributions
                .iter()
                .map(|a| (a, covered(article, &q.range, &a.content)))
                .filter(|(_, share)| *share >= COVERED)
                .max_by(|(a, x), (b, y)| {
                    x.total_cmp(y)
                        .then_with(|| extent(&b.content).cmp(&extent(&a.content)))
                })
                .map(|(a, _)| a)?;
            Some(GoldQuote {
                words: word_ranges(article, &q.range).len(),
                text: article[q.range.clone()].to_owned(),
                range: q.range,
                marks: q.marks,
                continued: q.continued,
                continuation: q.continuation,
                source: Source::of(attribution, article),
                cue: attribution.cue.as_ref().map(|c| Mention::new(c, article)),
            })
        })
        .collect()
}

/// The byte ranges of the words of `article[range]`: whitespace-separated pieces holding a
/// letter or a digit.
pub fn word_ranges(article: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let text = &article[range.clone()];
    pieces(text)
        .filter(|piece| text[piece.clone()].chars().any(char::is_alphanumeric))
        .map(|piece| range.start + piece.start..range.start + piece.end)
        .collect()
}

/// The share of the non-space characters of `range` inside `fragments`.
fn covered(article: &str, range: &Range<usize>, fragments: &[Range<usize>]) -> f64 {
    let (mut inside, mut all) = (0usize, 0usize);
    for (i, c) in article[range.clone()].char_indices() {
        if c.is_whitespace() {
            continue;
        }
        all += 1;
        let at = range.start + i;
        if fragments.iter().any(|f| f.contains(&at)) {
            inside += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        inside as f64 / all as f64
    }
}

/// Bytes from the first fragment's start to the last one's end.
fn extent(fragments: &[Range<usize>]) -> usize {
    let start = fragments.iter().map(|f| f.start).min().unwrap_or(0);
    let end = fragments.iter().map(|f| f.end).max().unwrap_or(0);
    end.saturating_sub(start)
}

/// The form of a Source mention, and its name when it is one. In order: only pronouns
/// (contractions such as `We've` cut) is a pronoun; a phrase that names someone by
/// [`name_in`] is a name; one holding a document word (`statement`, `email`, `account`) is a
/// document; one holding another lowercase word is a description; anything else is other.
pub fn classify(mention: &str) -> (Form, Option<Name>) {
    const PRONOUNS: &[&str] = &[
        "he",
        "her",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "i",
        "it",
        "its",
        "itself",
        "me",
        "my",
        "our",
        "she",
        "that",
        "their",
        "them",
        "themselves",
        "these",
        "they",
        "this",
        "those",
        "us",
        "we",
        "which",
        "who",
        "whom",
        "whose",
        "you",
    ];
    const DOCUMENTS: &[&str] = &[
        "account",
        "ad",
        "ads",
        "advertisement",
        "affidavit",
        "analysis",
        "announcement",
        "article",
        "audio",
        "bill",
        "blog",
        "book",
        "brochure",
        "caption",
        "column",
        "commercial",
        "complaint",
        "data",
        "document",
        "documents",
        "e-mail",
        "editorial",
        "email",
        "emails",
        "feed",
        "filing",
        "flier",
        "footage",
        "headline",
        "indictment",
        "law",
        "lawsuit",
        "letter",
        "mailer",
        "memo",
        "memoir",
        "memorandum",
        "message",
        "motion",
        "newsletter",
        "note",
        "op-ed",
        "order",
        "page",
        "petition",
        "platform",
        "poll",
        "post",
        "posts",
        "proposal",
        "recording",
        "records",
        "release",
        "report",
        "reports",
        "resolution",
        "ruling",
        "script",
        "sign",
        "site",
        "statement",
        "statements",
        "study",
        "survey",
        "transcript",
        "tweet",
        "tweets",
        "video",
        "website",
    ];
    const NOT_SPEAKERS: &[&str] = &["according", "added", "said", "says", "told", "wrote"];
    let words: Vec<String> = mention
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let w = w.replace('’', "'").to_lowercase();
            for suffix in ["'ve", "'re", "'ll", "'d", "'m", "'s"] {
                if let Some(stem) = w.strip_suffix(suffix) {
                    return stem.to_owned();
                }
            }
            w
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return (Form::Other, None);
    }
    if words.iter().all(|w| PRONOUNS.contains(&w.as_str())) {
        return (Form::Pronoun, None);
    }
    if let Some(name) = name_in(mention) {
        return (Form::Name, Some(name));
    }
    if words.iter().any(|w| DOCUMENTS.contains(&w.as_str())) {
        return (Form::Document, None);
    }
    let lowercase = mention
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    if lowercase && !(words.len() == 1 && NOT_SPEAKERS.contains(&words[0].as_str())) {
        return (Form::Description, None);
    }
    (Form::Other, None)
}
