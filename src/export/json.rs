//! The JSON export model, version [`VERSION`]: a briefing as other tools read it (schema in
//! `docs/json.md`). Entries keep their ids, references are ids, dates and enum values are
//! typed strings checked when read back. Derived links (quotes by speaker and the like) are
//! left out: a reader rebuilds them from the references.

use std::collections::BTreeSet;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::View;
use crate::briefing::Briefing;
use crate::briefing::grade::{Confidence, Credibility, Likelihood, Reliability};
use crate::briefing::model::{self, ActorKind, Named, PartialDate, Severity, Status};
use crate::text::SafeText;

/// What every document says it is, in its `schema` field.
pub const SCHEMA: &str = "brief-briefing";

/// The version of this model, in every document's `version` field. Adding an optional field
/// keeps it; removing, renaming or retyping one raises it.
pub const VERSION: u32 = 1;

/// A whole briefing, or the part of one a selection covers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// The `[briefing]` table.
    pub briefing: Meta,
    /// Actors in file order.
    pub actors: Vec<Actor>,
    /// Timeline events in the author's order.
    pub timeline: Vec<Event>,
    /// Quotes in file order.
    pub quotes: Vec<Quote>,
    /// Implications in file order.
    pub implications: Vec<Implication>,
    /// The analyst's marks, only in an export made with `--with-notes`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<super::AnalystNote>,
}

/// What the briefing is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The briefing's id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// When the briefing is about.
    pub date: Option<Date>,
    /// The story in the author's words; paragraphs separated by blank lines.
    pub summary: String,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// Where the briefing comes from.
    pub sources: Vec<Source>,
    /// True for a draft that an editor has not finished reviewing (absent reads as false).
    #[serde(default)]
    pub draft: bool,
}

/// One source of the briefing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The id items name the source by, when it has one.
    #[serde(default)]
    pub id: Option<String>,
    /// Title of the source.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Where it can be read, as written in the briefing (not checked to be a web URL).
    pub url: Option<String>,
    /// When it was published.
    pub published: Option<Date>,
    /// The source text's path, relative to the briefing file.
    pub file: Option<String>,
    /// `A` to `F`: how reliable the source is.
    pub reliability: Option<Enum<Reliability>>,
}

/// A person, state or organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Unique among actors.
    pub id: String,
    /// Display name.
    pub name: String,
    /// `person`, `state`, `organization`, `agency`, `military` or `group`.
    pub kind: Enum<ActorKind>,
    /// Role or title.
    pub role: Option<String>,
    /// Who the actor belongs to.
    pub affiliation: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// A Wikidata item id (`Q` and digits) naming the same actor in any briefing.
    pub wikidata: Option<String>,
    /// `A` to `F`: how reliable the actor is as a source.
    pub reliability: Option<Enum<Reliability>>,
}

/// A timeline event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The event's id, when the briefing gives one.
    pub id: Option<String>,
    /// The time as the source puts it.
    pub when: String,
    /// A machine date, when known.
    pub date: Option<Date>,
    /// The end of a span that starts at `date`.
    pub until: Option<Date>,
    /// What happened.
    pub title: String,
    /// More about it.
    pub detail: Option<String>,
    /// Ids of the actors who took part.
    pub actors: Vec<String>,
    /// `confirmed`, `reported`, `claimed`, `expected` or `possible`.
    pub status: Option<Enum<Status>>,
    /// 1 to 6: how credible the information is.
    pub credibility: Option<Grade>,
    /// Why the event is graded as it is.
    #[serde(default)]
    pub basis: Option<String>,
    /// Ids of the sources the event names.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Ids of the events that bear it out.
    #[serde(default)]
    pub corroborated_by: Vec<String>,
    /// How its status changed, oldest first.
    #[serde(default)]
    pub history: Vec<Step>,
}

/// One step of an event's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The status from this step on.
    pub status: Enum<Status>,
    /// Id of the source that gave it.
    pub source: Option<String>,
    /// When.
    pub date: Option<Date>,
}

/// What was said, by whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Unique among quotes.
    pub id: String,
    /// Id of the actor who said it.
    pub speaker: String,
    /// The words, verbatim, without quotation marks.
    pub text: String,
    /// Where and when it was said.
    pub context: Option<String>,
    /// Ids of the actors it concerns.
    pub about: Vec<String>,
    /// 1 to 6: how credible what it says is.
    pub credibility: Option<Grade>,
    /// Id of the source the quote names.
    #[serde(default)]
    pub source: Option<String>,
}

/// What the news means for a region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Implication {
    /// Unique among implications.
    pub id: String,
    /// The region concerned.
    pub region: String,
    /// The implication in a line.
    pub title: String,
    /// The reasoning.
    pub detail: Option<String>,
    /// `high`, `medium` or `low`.
    pub severity: Option<Enum<Severity>>,
    /// Ids of the actors involved.
    pub actors: Vec<String>,
    /// Ids of the quotes that support it.
    pub quotes: Vec<String>,
    /// `almost no chance` to `almost certain` (US ICD 203).
    pub likelihood: Option<Enum<Likelihood>>,
    /// `low`, `moderate` or `high`.
    pub confidence: Option<Enum<Confidence>>,
    /// The grounds of the likelihood and confidence.
    pub basis: Option<String>,
    /// Ids of the sources the implication names.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the precision the author gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date(pub PartialDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text).map(Date).ok_or_else(|| {
            D::Error::custom(format!(
                "date {:?}: expected YYYY, YYYY-MM or YYYY-MM-DD",
                SafeText::excerpt(&text, 40).as_str()
            ))
        })
    }
}

/// An enum value by the name a briefing file gives it (`person`, `high`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enum<T>(pub T);

impl<T: Named + PartialEq> Serialize for Enum<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.name())
    }
}

impl<'de, T: Named> Deserialize<'de> for Enum<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        T::parse(&text).map(Enum).ok_or_else(|| {
            let names: Vec<&str> = T::ALL.iter().map(|(name, _)| *name).collect();
            D::Error::custom(format!(
                "{:?} is not one of {}",
                SafeText::excerpt(&text, 40).as_str(),
                names.join(", ")
            ))
        })
    }
}

/// A credibility grade as its number, 1 to 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grade(pub Credibility);

impl Serialize for Grade {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0.number())
    }
}

impl<'de> Deserialize<'de> for Grade {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = i64::deserialize(deserializer)?;
        Credibility::from_number(number)
            .map(Grade)
            .ok_or_else(|| D::Error::custom(format!("credibility {number} is not one of 1-6")))
    }
}

/// The document of the entries `view` names plus every entry they refer to (the quotes of its
/// implications, the actors of everything), so that every id in it resolves within it.
pub(super) fn document(b: &Briefing, view: &View) -> Document {
    let implications: BTreeSet<usize> = view.implications.iter().copied().collect();
    let mut timeline: BTreeSet<usize> = view.timeline.iter().copied().collect();
    let corroborating: Vec<usize> = timeline
        .iter()
        .flat_map(|&e| &b.timeline[e].corroborated_by)
        .copied()
        .collect();
    timeline.extend(corroborating);
    let mut quotes: BTreeSet<usize> = view.quotes.iter().copied().collect();
    quotes.extend(implications.iter().flat_map(|&i| &b.implications[i].quotes));
    let mut actors: BTreeSet<usize> = view.actors.iter().copied().collect();
    actors.extend(timeline.iter().flat_map(|&e| &b.timeline[e].actors));
    actors.extend(implications.iter().flat_map(|&i| &b.implications[i].actors));
    for &q in &quotes {
        actors.insert(b.quotes[q].speaker);
        actors.extend(&b.quotes[q].about);
    }
    Document {
        schema: SCHEMA.to_owned(),
        version: VERSION,
        briefing: meta(&b.meta),
        actors: actors.iter().map(|&a| actor(&b.actors[a])).collect(),
        timeline: timeline.iter().map(|&e| event(b, &b.timeline[e])).collect(),
        quotes: quotes.iter().map(|&q| quote(b, &b.quotes[q])).collect(),
        implications: implications
            .iter()
            .map(|&i| implication(b, &b.implications[i]))
            .collect(),
        notes: Vec::new(),
    }
}

// The conversions below take every model struct apart field by field, without `..`, so that
// a field added to the model does not compile until the export model carries it too.

fn meta(meta: &model::Meta) -> Meta {
    let model::Meta {
        id,
        title,
        date,
        summary,
        tags,
        sources,
        draft,
        line: _,
    } = meta;
    Meta {
        id: id.to_string(),
        title: title.to_string(),
        date: date.map(Date),
        summary: summary.to_string(),
        tags: strings(tags),
        sources: sources.iter().map(source).collect(),
        draft: *draft,
    }
}

fn source(source: &model::Source) -> Source {
    let model::Source {
        id,
        title,
        publisher,
        url,
        published,
        file,
        reliability,
        // The same URL, kept raw for the opener when it is a plain web link.
        link: _,
        line: _,
    } = source;
    Source {
        id: optional(id),
        title: title.to_string(),
        publisher: optional(publisher),
        url: optional(url),
        published: published.map(Date),
        file: optional(file),
        reliability: reliability.map(Enum),
    }
}

fn actor(actor: &model::Actor) -> Actor {
    let model::Actor {
        id,
        name,
        kind,
        role,
        affiliation,
        country,
        aliases,
        notes,
        wikidata,
        reliability,
        // Derived from the references of quotes, events and implications.
        quotes: _,
        mentioned_in: _,
        events: _,
        implications: _,
        // Where it stands in the file: not part of the data.
        line: _,
    } = actor;
    Actor {
        id: id.to_string(),
        name: name.to_string(),
        kind: Enum(*kind),
        role: optional(role),
        affiliation: optional(affiliation),
        country: optional(country),
        aliases: strings(aliases),
        notes: optional(notes),
        wikidata: optional(wikidata),
        reliability: reliability.map(Enum),
    }
}

fn event(b: &Briefing, event: &model::Event) -> Event {
    let model::Event {
        id,
        when,
        date,
        until,
        title,
        detail,
        actors,
        status,
        credibility,
        basis,
        sources,
        corroborated_by,
        history,
        line: _,
    } = event;
    Event {
        id: optional(id),
        when: when.to_string(),
        date: date.map(Date),
        until: until.map(Date),
        title: title.to_string(),
        detail: optional(detail),
        actors: actor_ids(b, actors),
        status: status.map(Enum),
        credibility: credibility.map(Grade),
        basis: optional(basis),
        sources: source_ids(b, sources),
        corroborated_by: corroborated_by
            .iter()
            .filter_map(|&e| optional(&b.timeline[e].id))
            .collect(),
        history: history
            .iter()
            .map(|change| Step {
                status: Enum(change.status),
                source: change.source.and_then(|s| source_id(b, s)),
                date: change.date.map(Date),
            })
            .collect(),
    }
}

fn quote(b: &Briefing, quote: &model::Quote) -> Quote {
    let model::Quote {
        id,
        speaker,
        text,
        context,
        about,
        credibility,
        source,
        // Derived from the implications' references.
        implications: _,
        line: _,
    } = quote;
    Quote {
        id: id.to_string(),
        speaker: b.actors[*speaker].id.to_string(),
        text: text.to_string(),
        context: optional(context),
        about: actor_ids(b, about),
        credibility: credibility.map(Grade),
        source: source.and_then(|s| source_id(b, s)),
    }
}

fn implication(b: &Briefing, implication: &model::Implication) -> Implication {
    let model::Implication {
        id,
        region,
        title,
        detail,
        severity,
        actors,
        quotes,
        likelihood,
        confidence,
        basis,
        sources,
        line: _,
    } = implication;
    Implication {
        id: id.to_string(),
        region: region.to_string(),
        title: title.to_string(),
        detail: optional(detail),
        severity: severity.map(Enum),
        actors: actor_ids(b, actors),
        quotes: quotes.iter().map(|&q| b.quotes[q].id.to_string()).collect(),
        likelihood: likelihood.map(Enum),
        confidence: confidence.map(Enum),
        basis: optional(basis),
        sources: source_ids(b, sources),
    }
}

/// The id of a source an item names (a named source always has one).
fn source_id(b: &Briefing, source: usize) -> Option<String> {
    optional(&b.meta.sources[source].id)
}

fn source_ids(b: &Briefing, sources: &[usize]) -> Vec<String> {
    sources.iter().filter_map(|&s| source_id(b, s)).collect()
}

fn actor_ids(b: &Briefing, actors: &[usize]) -> Vec<String> {
    actors.iter().map(|&a| b.actors[a].id.to_string()).collect()
}

fn strings(texts: &[SafeText]) -> Vec<String> {
    texts.iter().map(ToString::to_string).collect()
}

fn optional(text: &Option<SafeText>) -> Option<String> {
    text.as_ref().map(ToString::to_string)
}
