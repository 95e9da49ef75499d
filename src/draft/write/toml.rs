//! The outline written as a format-1 briefing, with a `# review:` comment on every entry that
//! needs an editor and on every credibility proposed.

use super::toml_out::TomlOut;
use crate::briefing::load::FORMAT_VERSION;
use crate::briefing::model::Named as _;
use crate::draft::outline::model::{Grade, Outline};

/// The summary placeholder: required by the loader, to be written by the author.
pub const SUMMARY: &str = "TODO: summarise in your own words.";

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
        out.comment(
            "No reliability is proposed: grade the source A-F yourself; until then its codes read F.",
        );
    }
    out.string("title", "Source article");
    out.optional("file", outline.source_file.as_deref());

    let actor_id = |ix: &usize| outline.actors[*ix].id.as_str();
    for actor in &outline.actors {
        out.header("[[actors]]");
        review(&mut out, actor.review.as_deref());
        out.string("id", &actor.id);
        out.string("name", &actor.name);
        out.string("kind", actor.kind.name());
        out.optional("role", actor.role.as_deref());
        out.optional("affiliation", actor.affiliation.as_deref());
        out.optional("country", actor.country.as_deref());
        out.list("aliases", &actor.aliases);
    }
    for event in &outline.events {
        out.header("[[timeline]]");
        review(&mut out, Some(&event.review));
        out.string("when", &event.when);
        out.optional("date", event.date.as_deref());
        out.string("title", &event.title);
        let actors: Vec<&str> = event.actors.iter().map(actor_id).collect();
        out.list("actors", &actors);
        out.optional("status", event.status.map(|s| s.name()));
        review(&mut out, event.refused.as_deref());
        credibility(&mut out, event.grade.as_ref());
    }
    for quote in &outline.quotes {
        out.header("[[quotes]]");
        review(&mut out, quote.review.as_deref());
        if quote.continued {
            out.comment("continues the quotation of the previous paragraph");
        }
        out.string("id", &quote.id);
        out.string("speaker", actor_id(&quote.speaker));
        out.string("text", &article[quote.text.clone()]);
        let about: Vec<&str> = quote.about.iter().map(actor_id).collect();
        out.list("about", &about);
        credibility(&mut out, quote.grade.as_ref());
    }
    for implication in &outline.implications {
        out.header("[[implications]]");
        review(&mut out, Some(&implication.review));
        out.string("id", &implication.id);
        out.string("region", &implication.region);
        out.string("title", &implication.title);
        let actors: Vec<&str> = implication.actors.iter().map(actor_id).collect();
        out.list("actors", &actors);
        let quotes: Vec<&str> = implication
            .quotes
            .iter()
            .map(|q| outline.quotes[*q].id.as_str())
            .collect();
        out.list("quotes", &quotes);
    }
    out.finish()
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
