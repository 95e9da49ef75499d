//! An approximate answer to "who is this Source?" for every gold quotation, so that
//! quotations whose Source is a pronoun, a description or a document can be scored too (the
//! all-sources score). A heuristic, checked by hand on a sample (see
//! `tests/articles/README.md`), not an annotation:
//!
//! - a name is itself, in its fullest form ([`NameIndex::fullest`]);
//! - `who`, `which`, `that` right after a name (`Trump, who said`) is that name;
//! - `I`, `me`, `my` is the article's author, when the metadata names a person;
//! - any other pronoun, and a definite description or document (`the senator`, `his
//!   statement`, `the email`), is the Source of the nearest earlier attribution whose Source
//!   is a name, skipping for `he` or `she` an organisation and a person whose sex disagrees
//!   (known from `Mr.` or `Ms.` before the surname in the article, else from a short list of
//!   given names);
//! - an indefinite description (`a spokesman`, `one source`, `critics`) and anything else is
//!   left unresolved, and not scored.

use std::ops::Range;

use super::brat::Annotation;
use super::gold::{Form, GoldQuote, Source};
use super::names::{Name, NameIndex, is_organisation, name_in};

/// How a Source was resolved to a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum How {
    /// The mention is a name.
    Named,
    /// A relative pronoun right after a name.
    Relative,
    /// A first-person pronoun: the author.
    Author,
    /// A pronoun: the nearest earlier named Source that agrees.
    Pronoun,
    /// A definite description or document: the nearest earlier named Source.
    Definite,
}

impl How {
    /// As written in a report.
    pub fn label(self) -> &'static str {
        match self {
            How::Named => "name",
            How::Relative => "relative pronoun",
            How::Author => "author",
            How::Pronoun => "pronoun",
            How::Definite => "definite description",
        }
    }
}

/// A Source resolved to a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The name.
    pub name: Name,
    /// How it was found.
    pub how: How,
}

/// Sex of a person as the article writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sex {
    Male,
    Female,
}

/// The resolution of each of `gold`'s Sources (`None` where the heuristic gives none).
pub fn resolve(
    article: &str,
    annotation: &Annotation,
    gold: &[GoldQuote],
    index: &NameIndex,
    author: Option<&str>,
) -> Vec<Option<Resolution>> {
    // Every named Source of the article, by position: (start, fullest name).
    let mut named: Vec<(usize, Name)> = annotation
        .attributions
        .iter()
        .filter_map(|a| Source::of(a, article))
        .filter_map(|s| {
            let name = s.name?;
            Some((
                s.mention.range.start,
                index.fullest(&name, s.mention.range.start),
            ))
        })
        .collect();
    named.sort_by_key(|(at, _)| *at);
    gold.iter()
        .map(|q| {
            let source = q.source.as_ref()?;
            let at = source.mention.range.start;
            if let Some(name) = &source.name {
                return Some(Resolution {
                    name: index.fullest(name, at),
                    how: How::Named,
                });
            }
            let first = first_word(&source.mention.text);
            let definite = matches!(
                first.as_str(),
                "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
            );
            match source.form {
                Form::Pronoun => {
                    if matches!(first.as_str(), "who" | "which" | "that")
                        && let Some(name) = name_before(article, index, &source.mention.range)
                    {
                        return Some(Resolution {
                            name,
                            how: How::Relative,
                        });
                    }
                    if matches!(first.as_str(), "i" | "me" | "my") {
                        let name = name_in(author?).filter(|n| !is_organisation(&n.words))?;
                        return Some(Resolution {
                            name,
                            how: How::Author,
                        });
                    }
                    let sex = match first.as_str() {
                        "he" | "him" | "his" | "himself" => Some(Sex::Male),
                        "she" | "her" | "hers" | "herself" => Some(Sex::Female),
                        _ => None,
                    };
                    let name = nearest(&named, at, |name| {
                        sex.is_none_or(|s| {
                            !is_organisation(&name.words)
                                && sex_of(article, name).is_none_or(|n| n == s)
                        })
                    })?;
                    Some(Resolution {
                        name,
                        how: How::Pronoun,
                    })
                }
                Form::Description | Form::Document if definite => Some(Resolution {
                    name: nearest(&named, at, |_| true)?,
                    how: How::Definite,
                }),
                _ => None,
            }
        })
        .collect()
}

/// The first word of `text`, lowercase, without punctuation.
fn first_word(text: &str) -> String {
    text.split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The nearest name before byte `at` that `fits`.
fn nearest(named: &[(usize, Name)], at: usize, fits: impl Fn(&Name) -> bool) -> Option<Name> {
    named
        .iter()
        .rev()
        .filter(|(start, _)| *start < at)
        .find(|(_, name)| fits(name))
        .map(|(_, name)| name.clone())
}

/// The name ending right before `mention`, only spaces and a comma between.
fn name_before(article: &str, index: &NameIndex, mention: &Range<usize>) -> Option<Name> {
    let found = index
        .names()
        .iter()
        .rev()
        .find(|f| f.range.end <= mention.start)?;
    let between = article.get(found.range.end..mention.start)?;
    let between = between.trim_start_matches(['\'', '’', 's']);
    between
        .chars()
        .all(|c| c.is_whitespace() || c == ',')
        .then(|| index.fullest(&found.name, found.range.start))
}

/// The sex of `name` as the article writes it: `Mr.` or `Mrs.`, `Ms.`, `Miss` before the
/// surname or the whole name anywhere in the article, else a common given name; `None` when
/// unknown.
fn sex_of(article: &str, name: &Name) -> Option<Sex> {
    const WOMEN: &[&str] = &[
        "amy",
        "ann",
        "anna",
        "barbara",
        "betsy",
        "carly",
        "catherine",
        "cheryl",
        "christine",
        "claire",
        "debbie",
        "deborah",
        "diane",
        "donna",
        "elizabeth",
        "ellen",
        "emily",
        "hillary",
        "hope",
        "huma",
        "ivanka",
        "jane",
        "janet",
        "jennifer",
        "jessica",
        "jill",
        "joni",
        "julia",
        "julie",
        "karen",
        "katherine",
        "kathleen",
        "katie",
        "kelly",
        "kellyanne",
        "kirsten",
        "laura",
        "linda",
        "lisa",
        "loretta",
        "maria",
        "marie",
        "mary",
        "megyn",
        "melania",
        "michelle",
        "nancy",
        "nicole",
        "nikki",
        "patricia",
        "rachel",
        "rebecca",
        "sarah",
        "sharon",
        "stephanie",
        "susan",
        "tammy",
        "teresa",
    ];
    const MEN: &[&str] = &[
        "barack", "ben", "bernie", "bill", "bob", "bobby", "chris", "charles", "corey", "dan",
        "daniel", "david", "donald", "eric", "frank", "gary", "george", "harry", "jack", "james",
        "jeb", "jeff", "jim", "joe", "john", "joseph", "kevin", "marco", "mark", "michael", "mike",
        "mitch", "mitt", "newt", "paul", "peter", "reince", "richard", "rick", "robert", "ron",
        "scott", "steve", "ted", "thomas", "tim", "tom", "william",
    ];
    let surname = name.words.last()?;
    for (honorifics, sex) in [
        (&["Mr."][..], Sex::Male),
        (&["Mrs.", "Ms.", "Miss"][..], Sex::Female),
    ] {
        if honorifics.iter().any(|h| {
            article.contains(&format!("{h} {surname}"))
                || article.contains(&format!("{h} {}", name.text()))
        }) {
            return Some(sex);
        }
    }
    let given = name.words.first()?.to_lowercase();
    if name.words.len() < 2 {
        None
    } else if WOMEN.contains(&given.as_str()) {
        Some(Sex::Female)
    } else if MEN.contains(&given.as_str()) {
        Some(Sex::Male)
    } else {
        None
    }
}
