//! `brief draft`: a format-1 briefing drafted from a plain-text article.
//!
//! A pipeline of stages, each reading only what earlier ones wrote into the layers of
//! [`article`]: paragraphs, quotations, tokens and sentences ([`segment`]); verbs of saying
//! with their subjects and what a noun phrase names ([`syntax`]); the people, states and
//! institutions named, in reading order ([`mentions`]), so a pronoun or a surname finds the
//! actor introduced before it; the speaker of each quotation, candidates by rules
//! ([`candidates`]) and the choice among them learned ([`choose`]); then the
//! outline ([`outline`]), written both as TOML that always loads and as a report of
//! everything an editor should check ([`write`]), or merged into an existing briefing as a new
//! source ([`merge`], `brief draft --into`). Word lists live in [`lexicon`], small text
//! helpers in [`words`].

pub(crate) mod article;
mod candidates;
mod choose;
mod lexicon;
mod mentions;
pub mod merge;
mod outline;
pub(crate) mod segment;
mod syntax;
mod terms;
mod words;
mod write;

use std::ops::Range;

use crate::text::floor_char_boundary;
use article::Doc;
use outline::ids;
use segment::quotes::starts_with_opening_mark;
use words::fit;

pub use choose::{Example, Gold, Weights};
pub use outline::UNATTRIBUTED;

/// Most bytes of an article read; the rest is left out (and the report says so).
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;
/// Most characters of a drafted briefing title.
const TITLE_CHARS: usize = 100;
/// Most words of a headline.
const HEADLINE_WORDS: usize = 20;
/// How many quotation marks that are never closed the report shows with an excerpt.
const UNCLOSED_SHOWN: usize = 3;
/// Most bytes of the line after an unclosed mark kept for its note: more than the report's
/// line shows, so the excerpt is cut by the report as before.
const UNCLOSED_EXCERPT_BYTES: usize = 1024;
/// The title of a draft from an article with no first sentence.
const DEFAULT_TITLE: &str = "Draft briefing";

/// A drafted briefing and the report for its author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// A format-1 briefing that loads; entries needing review carry `# review:` comments.
    pub toml: String,
    /// What was found and what needs review, safe to print on a terminal.
    pub report: String,
    /// The drafted quotes, in the briefing's order, where each stands in the article.
    pub quotes: Vec<DraftedQuote>,
}

/// Where a drafted quote and its speaker stand in the article, for measuring the drafter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftedQuote {
    /// Byte range of the quoted words.
    pub text: Range<usize>,
    /// Byte range of the mention of the speaker chosen (`he`, `Mr. Garin`); none for a
    /// quote drafted under the placeholder [`UNATTRIBUTED`].
    pub mention: Option<Range<usize>>,
    /// The speaker's display name.
    pub speaker: String,
    /// The speaker's other names.
    pub aliases: Vec<String>,
}

/// What the author gives besides the article.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// The briefing id, instead of one made from the title.
    pub id: Option<&'a str>,
    /// The briefing title, instead of the article's headline.
    pub title: Option<&'a str>,
    /// The article's path relative to where the briefing is written, for the source's `file`
    /// (so `brief check` verifies every quote at once).
    pub source_file: Option<&'a str>,
}

/// Drafts a briefing from `article`.
pub fn draft(article: &str, options: &Options) -> Draft {
    draft_with(article, options, Weights::builtin())
}

/// Drafts a briefing from `article`, choosing speakers with `weights` (to measure weights
/// trained elsewhere, such as on four folds of five).
pub fn draft_with(article: &str, options: &Options, weights: &Weights) -> Draft {
    let Drafted {
        outline,
        article,
        paragraphs,
    } = drafted(article, options, weights);
    Draft {
        toml: write::toml::write(&outline, article),
        report: write::report::render(
            &outline,
            article,
            paragraphs,
            write::report::Destination::New,
        ),
        quotes: outline
            .quotes
            .iter()
            .map(|q| {
                let actor = &outline.actors[q.speaker];
                DraftedQuote {
                    text: q.text.clone(),
                    mention: q.mention.clone(),
                    speaker: actor.name.clone(),
                    aliases: actor.aliases.clone(),
                }
            })
            .collect(),
    }
}

/// An article read through every stage up to the outline, before anything is written.
struct Drafted<'a> {
    /// What was drafted.
    outline: outline::model::Outline,
    /// The article as read (cut to [`MAX_ARTICLE_BYTES`]): the quotes are byte ranges of it.
    article: &'a str,
    /// How many paragraphs the article has, for the report.
    paragraphs: usize,
}

/// Reads `article` through every stage and builds its outline.
fn drafted<'a>(article: &'a str, options: &Options, weights: &Weights) -> Drafted<'a> {
    let Options {
        id,
        title,
        source_file,
    } = *options;
    let mut notes = Vec::new();
    let article = if article.len() > MAX_ARTICLE_BYTES {
        notes.push(format!(
            "the article is longer than {} MiB: only its start was read",
            MAX_ARTICLE_BYTES / (1024 * 1024)
        ));
        &article[..floor_char_boundary(article, MAX_ARTICLE_BYTES)]
    } else {
        article
    };
    let doc = Doc::parse(article);
    let reading = mentions::read(&doc);
    let quotations = candidates::quotations(&doc, &reading);
    let attributed = choose::choose(&doc, &reading, &quotations, weights);
    let mut outline = outline::build(&doc, &reading, &attributed);
    let title = match title {
        Some(title) => Some(fit(title, TITLE_CHARS * 2, DEFAULT_TITLE)),
        None => guess_title(&doc),
    };
    outline.id = briefing_id(id, title.as_deref(), &mut notes);
    outline.title = title.unwrap_or_else(|| DEFAULT_TITLE.into());
    outline.source_file = source_file.map(str::to_owned);
    let max = segment::MAX_SENTENCE_TOKENS;
    match doc.long_sentences {
        0 => {}
        1 => notes.push(format!(
            "a sentence runs past {max} words and marks without a full stop: it was read in parts of {max}, so an attribution across a cut may be missed"
        )),
        n => notes.push(format!(
            "{n} sentences run past {max} words and marks without a full stop: each was read in parts of {max}, so an attribution across a cut may be missed"
        )),
    }
    notes.extend(unclosed_notes(article, &doc.unbalanced));
    outline.notes.extend(notes);
    Drafted {
        outline,
        article,
        paragraphs: doc.paras.len(),
    }
}

/// The training examples of the speaker choice in `article`: each quotation that `gold`
/// knows (it gives, for the byte range of a quotation's words, `Some(source)` with the
/// byte range of the annotated Source mention when there is one, None for a quotation it
/// does not know) with the features of its candidates, read by the same stages as
/// drafting, and which candidates overlap the Source.
pub fn examples(article: &str, gold: &Gold) -> Vec<Example> {
    let article = &article[..floor_char_boundary(article, MAX_ARTICLE_BYTES)];
    let doc = Doc::parse(article);
    let reading = mentions::read(&doc);
    let quotations = candidates::quotations(&doc, &reading);
    choose::examples(&doc, &reading, &quotations, gold)
}

/// The report's notes on opening marks that are never closed (byte offsets `unbalanced`):
/// one line with an excerpt for each of the first few, then how many more, so a page of stray
/// marks costs a few lines, not a line (and a copy of the rest of the line) per mark.
fn unclosed_notes(article: &str, unbalanced: &[usize]) -> Vec<String> {
    // A summary line stands for two marks or more: one more is shown as it is.
    let shown = if unbalanced.len() == UNCLOSED_SHOWN + 1 {
        unbalanced.len()
    } else {
        UNCLOSED_SHOWN
    };
    let mut notes: Vec<String> = unbalanced
        .iter()
        .take(shown)
        .map(|&offset| {
            let rest = &article[offset..];
            let rest = &rest[..floor_char_boundary(rest, UNCLOSED_EXCERPT_BYTES)];
            format!(
                "a quotation mark is never closed, so this was not drafted: {}",
                rest.lines().next().unwrap_or(rest)
            )
        })
        .collect();
    let more = unbalanced.len().saturating_sub(shown);
    if more > 0 {
        notes.push(format!(
            "and {more} more quotation marks are never closed, so what follows each was not drafted either"
        ));
    }
    notes
}

/// The article's headline: its first paragraph (page furniture aside) when that is a short
/// line that ends no sentence, else that paragraph's first sentence; cut at a word to about
/// [`TITLE_CHARS`] characters.
fn guess_title(doc: &Doc) -> Option<String> {
    let (p, para) = doc
        .paras
        .iter()
        .enumerate()
        .find(|(_, p)| !p.furniture && !p.sentences.is_empty())?;
    let text = doc.text[para.range.clone()].trim();
    let words = text.split_whitespace().count();
    let headline = (3..=HEADLINE_WORDS).contains(&words)
        && !text.ends_with(['.', '?', '!', ':', '”', '"', '’'])
        && !starts_with_opening_mark(text)
        && p + 1 < doc.paras.len();
    let first = if headline {
        text
    } else {
        &doc.text[doc.sentence_range(p, 0)]
    };
    Some(fit(first, TITLE_CHARS, DEFAULT_TITLE))
}

/// The briefing id: `--id` (made valid), else the title's slug, else `draft`.
fn briefing_id(id: Option<&str>, title: Option<&str>, notes: &mut Vec<String>) -> String {
    let given = id.map(|id| ids::slug(id, ids::MAX_ID));
    if let (Some(raw), Some(slug)) = (id, &given)
        && raw != slug
    {
        notes.push(format!(
            "the id “{raw}” is not 1-64 characters of a-z, 0-9 and -: used “{}”",
            if slug.is_empty() { "draft" } else { slug }
        ));
    }
    let id = given.unwrap_or_else(|| ids::short(title.unwrap_or("")));
    if id.is_empty() { "draft".into() } else { id }
}
