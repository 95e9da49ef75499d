//! The sources of a merged briefing: the new article's, and the original's made nameable.
//!
//! A briefing of one source (or none) says nothing of where its items come from; once a
//! second source is added, an item that names none would belong to no source in particular.
//! So the original's items keep their own: its one source is given an `id` when it has none
//! (a briefing with no source gets one standing for it, titled as the briefing), and every
//! quote that names no source gets `source = "<that id>"`, every event and implication that
//! names none `sources = ["<that id>"]`. A briefing of several sources is left as it is.

use toml_edit::{DocumentMut, Item};

use super::edit;
use crate::briefing::model::Briefing;
use crate::draft::outline::ids::{self, Ids};
use crate::draft::outline::model::Outline;
use crate::draft::write::toml::NO_RELIABILITY;
use crate::draft::write::toml_out::TomlOut;

/// The ids the merge names sources by.
#[derive(Debug)]
pub struct Sources {
    /// The original's source, when it had one (or none): what its items now name.
    pub old: Option<String>,
    /// The new article's source.
    pub new: String,
    /// What was done to the original's sources, for the report.
    pub notes: Vec<String>,
}

/// Gives the original's items a source to name when it needs one, and picks the new source's
/// id from `title` (the article's headline) or else `file` (its path); `relocate` gives each
/// existing `file` as the merged briefing must name it; `is_article` tells an existing `file`
/// that is the article itself.
pub fn prepare(
    doc: &mut DocumentMut,
    briefing: &Briefing,
    title: &str,
    file: Option<&str>,
    relocate: &dyn Fn(&str) -> Option<String>,
    is_article: &dyn Fn(&str) -> bool,
) -> Result<Sources, String> {
    let existing = &briefing.meta.sources;
    // The same article merged twice would add every quote twice.
    for source in existing {
        if let Some(named) = source.file.as_ref().map(|f| f.as_str())
            && is_article(named)
        {
            let id = source
                .id
                .as_ref()
                .map_or(String::new(), |id| format!(" '{}'", id.as_str()));
            return Err(format!(
                "the article is already the briefing's source{id} (file = {}): merging it again would add its quotes twice",
                crate::text::toml_basic_string(named)
            ));
        }
    }
    let mut taken = Ids::taken(
        existing
            .iter()
            .filter_map(|s| s.id.as_ref().map(|i| i.as_str())),
    );
    let mut notes = Vec::new();
    let old = match &existing[..] {
        [] => {
            let id = taken.unique(&ids::short(briefing.meta.title.as_str()), "original");
            let mut out = TomlOut::default();
            out.header("[[briefing.sources]]");
            out.comment(
                "review: added by `brief draft --into`: the briefing named no source, and this one stands for it, so its items stay apart from the new article's; give its title, publisher and reliability",
            );
            out.string("id", &id);
            out.string("title", briefing.meta.title.as_str());
            edit::append(doc, &out.finish())?;
            notes.push(format!(
                "the briefing named no source: source '{id}' stands for it"
            ));
            Some(id)
        }
        [one] => match &one.id {
            Some(id) => Some(id.as_str().to_owned()),
            None => {
                let id = taken.unique(&ids::short(one.title.as_str()), "original");
                let table = edit::source_table(doc, 0)?;
                table.insert("id", Item::Value(edit::string(&id)?));
                edit::review(
                    table,
                    "id",
                    "id given by `brief draft --into` so that each quote names its own source; rename it if you like (and every `source` naming it)",
                );
                notes.push(format!("the briefing's source is now named '{id}'"));
                Some(id)
            }
        },
        _ => None,
    };
    if let Some(old) = &old {
        let tagged = tag(doc, briefing, old)?;
        if tagged > 0 {
            notes.push(format!("{tagged} existing items now name source '{old}'"));
        }
    }
    for ix in 0..existing.len() {
        let table = edit::source_table(doc, ix)?;
        let Some(file) = table.get("file").and_then(Item::as_str).map(str::to_owned) else {
            continue;
        };
        if let Some(moved) = relocate(&file).filter(|m| *m != file) {
            edit::set(table, "file", edit::string(&moved)?);
            notes.push(format!(
                "a source's file is now named from the new briefing's folder: {moved}"
            ));
        }
    }
    let stem = file.map(|f| f.rsplit('/').next().unwrap_or(f).trim_end_matches(".txt"));
    let base = match ids::short(title) {
        id if id.is_empty() => stem.unwrap_or_default().to_owned(),
        id => id,
    };
    let new = taken.unique(&base, "source");
    Ok(Sources { old, new, notes })
}

/// Appends the new article's source, `id`, after the original's.
pub fn add_new(doc: &mut DocumentMut, outline: &Outline, id: &str) -> Result<(), String> {
    let mut added = TomlOut::default();
    added.header("[[briefing.sources]]");
    if outline.grades() > 0 {
        added.comment(NO_RELIABILITY);
    }
    added.string("id", id);
    added.string("title", &outline.title);
    added.optional("published", outline.date.as_deref());
    added.optional("file", outline.source_file.as_deref());
    edit::append(doc, &added.finish())
}

/// Names `old` on every quote, event and implication of the original that names no source;
/// how many were named.
fn tag(doc: &mut DocumentMut, briefing: &Briefing, old: &str) -> Result<usize, String> {
    let mut tagged = 0;
    for (ix, quote) in briefing.quotes.iter().enumerate() {
        if quote.source.is_none() {
            let table = edit::entry(doc, "quotes", ix)?;
            table.insert("source", Item::Value(edit::string(old)?));
            tagged += 1;
        }
    }
    for (ix, event) in briefing.timeline.iter().enumerate() {
        if event.sources.is_empty() && event.history.iter().all(|c| c.source.is_none()) {
            let table = edit::entry(doc, "timeline", ix)?;
            table.insert("sources", Item::Value(edit::strings(&[old])?));
            tagged += 1;
        }
    }
    for (ix, implication) in briefing.implications.iter().enumerate() {
        if implication.sources.is_empty() {
            let table = edit::entry(doc, "implications", ix)?;
            table.insert("sources", Item::Value(edit::strings(&[old])?));
            tagged += 1;
        }
    }
    Ok(tagged)
}
