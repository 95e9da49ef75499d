//! The outline written as a format-1 briefing, with a `# review:` comment on every entry that
//! needs an editor and on every credibility proposed. Each kind of entry is written by a
//! function of its own, so `brief draft --into` appends entries written the same way.

use super::toml_out::TomlOut;
use crate::briefing::load::FORMAT_VERSION;
use crate::briefing::model::Named as _;
use crate::draft::outline::model::{Actor, Event, Grade, Implication, Outline, Quote};

/// The summary placeholder: required by the loader, to be written by the author.
pub const SUMMARY: &str = "TODO: summarise in your own words.";

/// The comment on a drafted source when credibility is proposed but no reliability is.
pub const NO_RELIABILITY: &str =
    "No reliability is proposed: grade the source A-F yourself; until then its codes read F.";

/// Writes `outline` as TOML; quote texts are cut from `article`.
pub fn write(outline: &Outline, article: &str) -> String {
    let mut out = TomlOut::default();
    out.comment("Drafted by `brief draft`: review every entry before publishing.");
    out.integer("format", FORMAT_VERSION);

    out.header("[briefing]");
    out.string("id", &outline.id);
    out.string("title", &outline.title);
    out.string("summary", SUMMARY);
    out.boolean("draft", true);
    out.header("[[briefing.sources]]");
    if outline.grades() > 0 {
        out.comment(NO_RELIABILITY);
    }
    out.string("title", "Source article");
    out.optional("file", outline.source_file.as_deref());

    for actor in &outline.actors {
        write_actor(&mut out, actor);
    }
    for event in &outline.events {
        write_event(&mut out, outline, event, None);
    }
    for quote in &outline.quotes {
        write_quote(&mut out, outline, quote, article, None);
    }
    for implication in &outline.implications {
        write_implication(&mut out, outline, implication, None);
    }
    out.finish()
}

/// One `[[actors]]` entry.
pub fn write_actor(out: &mut TomlOut, actor: &Actor) {
    out.header("[[actors]]");
    review(out, actor.review.as_deref());
    out.string("id", &actor.id);
    out.string("name", &actor.name);
    out.string("kind", actor.kind.name());
    out.optional("role", actor.role.as_deref());
    out.optional("affiliation", actor.affiliation.as_deref());
    out.optional("country", actor.country.as_deref());
    out.list("aliases", &actor.aliases);
}

/// One `[[timeline]]` entry, with `sources = [source]` when it names one.
pub fn write_event(out: &mut TomlOut, outline: &Outline, event: &Event, source: Option<&str>) {
    out.header("[[timeline]]");
    review(out, Some(&event.review));
    out.string("when", &event.when);
    out.optional("date", event.date.as_deref());
    out.string("title", &event.title);
    out.list("actors", &actor_ids(outline, &event.actors));
    out.optional("status", event.status.map(|s| s.name()));
    review(out, event.refused.as_deref());
    credibility(out, event.grade.as_ref());
    out.list("sources", source.as_slice());
}

/// One `[[quotes]]` entry, cut from `article`, with `source = ...` when it names one.
pub fn write_quote(
    out: &mut TomlOut,
    outline: &Outline,
    quote: &Quote,
    article: &str,
    source: Option<&str>,
) {
    out.header("[[quotes]]");
    review(out, quote.review.as_deref());
    if quote.continued {
        out.comment("continues the quotation of the previous paragraph");
    }
    out.string("id", &quote.id);
    out.string("speaker", &outline.actors[quote.speaker].id);
    out.string("text", &article[quote.text.clone()]);
    out.list("about", &actor_ids(outline, &quote.about));
    credibility(out, quote.grade.as_ref());
    out.optional("source", source);
}

/// One `[[implications]]` skeleton, with `sources = [source]` when it names one.
pub fn write_implication(
    out: &mut TomlOut,
    outline: &Outline,
    implication: &Implication,
    source: Option<&str>,
) {
    out.header("[[implications]]");
    review(out, Some(&implication.review));
    out.string("id", &implication.id);
    out.string("region", &implication.region);
    out.string("title", &implication.title);
    out.list("actors", &actor_ids(outline, &implication.actors));
    let quotes: Vec<&str> = implication
        .quotes
        .iter()
        .map(|q| outline.quotes[*q].id.as_str())
        .collect();
    out.list("quotes", &quotes);
    out.list("sources", source.as_slice());
}

/// The ids of the actors at `actors` in the outline.
fn actor_ids<'o>(outline: &'o Outline, actors: &[usize]) -> Vec<&'o str> {
    actors
        .iter()
        .map(|a| outline.actors[*a].id.as_str())
        .collect()
}

/// `credibility = N` with a review comment saying what it was read from, when one is proposed.
fn credibility(out: &mut TomlOut, grade: Option<&Grade>) {
    if let Some(grade) = grade {
        review(out, Some(&grade.review()));
        out.integer("credibility", i64::from(grade.credibility.number()));
    }
}

/// A `# review: ...` comment when there is a note.
fn review(out: &mut TomlOut, note: Option<&str>) {
    if let Some(note) = note {
        out.comment(&format!("review: {note}"));
    }
}
