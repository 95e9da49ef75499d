//! `brief draft --into`: a new article drafted against an existing briefing and merged into a
//! copy of its text. The original's text is edited, never regenerated, so its comments, order
//! and layout survive; what is added is written as `brief draft` writes it, and every
//! proposal about an existing entry carries a `# review:` comment that `brief check --strict`
//! lists.
//!
//! The merge: the new source ([`sources`]); each drafted actor that is an existing one takes
//! its id, new names going to its aliases, the rest appended ([`actors`]); every drafted
//! quote appended under the new source; each drafted event that tells an existing event again
//! adds the new source to it, with a status change and a history step when it says more
//! ([`events`] finds it, [`proposal`] writes it), the rest appended; implication skeletons
//! appended under the new source. Edits go through [`edit`]; the report's lines are
//! [`summary`]'s.

mod actors;
mod edit;
mod events;
mod files;
mod proposal;
mod sources;
mod summary;

pub use files::merge_files;

use toml_edit::{DocumentMut, Item, Table, Value};

use super::write::toml::{self as writer, NO_RELIABILITY};
use super::write::toml_out::TomlOut;
use super::{Drafted, Options, Weights, drafted, outline::ids::Ids};
use crate::briefing::model::Briefing;
use crate::text::SafeText;
use actors::Identity;
use events::Match;
use proposal::Proposed;
use summary::Summary;

/// Most characters of an existing event's title quoted in a new event's note.
const MAYBE_TITLE_CHARS: usize = 60;

/// What `brief draft --into` is given.
pub struct Inputs<'a> {
    /// The original briefing's text (as read, without a byte order mark).
    pub text: &'a str,
    /// The original, loaded from that text.
    pub briefing: &'a Briefing,
    /// The new article.
    pub article: &'a str,
    /// The article's path relative to where the merged briefing is written.
    pub source_file: Option<&'a str>,
    /// An existing source's `file` as the merged briefing must name it (None keeps it).
    pub relocate: &'a dyn Fn(&str) -> Option<String>,
    /// True when an existing source's `file` is the new article.
    pub is_article: &'a dyn Fn(&str) -> bool,
}

/// The merged briefing and the report for its author.
#[derive(Debug)]
pub struct Merged {
    /// The original's text with the additions and the proposals.
    pub toml: String,
    /// The drafter's report and what the merge did, safe to print on a terminal.
    pub report: String,
}

/// Drafts `input.article` and merges it into `input.briefing`. Fails only when the original
/// is written in a layout the merge cannot edit (an entry kind written as an inline array).
pub fn into(input: &Inputs) -> Result<Merged, String> {
    let options = Options {
        source_file: input.source_file,
        ..Options::default()
    };
    let Drafted {
        mut outline,
        article,
        paragraphs,
    } = drafted(input.article, &options, Weights::builtin());
    let briefing = input.briefing;
    let mut doc: DocumentMut = input
        .text
        .parse()
        .map_err(|_| "the briefing could not be read for editing".to_owned())?;
    check_layout(&doc, briefing)?;
    let sources = sources::prepare(
        &mut doc,
        briefing,
        &outline.title,
        input.source_file,
        input.relocate,
        input.is_article,
    )?;
    let mut summary = Summary::default();

    // The new source, after the original's.
    let mut added = TomlOut::default();
    added.header("[[briefing.sources]]");
    if outline.grades() > 0 {
        added.comment(NO_RELIABILITY);
    }
    added.string("id", &sources.new);
    added.string("title", &outline.title);
    added.optional("published", outline.date.as_deref());
    added.optional("file", outline.source_file.as_deref());
    edit::append(&mut doc, &added.finish())?;

    // Actors: the existing ones take their ids and new names; the others get fresh ids.
    let identities = actors::identify(&outline.actors, &briefing.actors);
    let mut actor_ids = Ids::taken(briefing.actors.iter().map(|a| a.id.as_str()));
    for (actor, identity) in outline.actors.iter_mut().zip(&identities) {
        match identity {
            Identity::Known(ix, names) => {
                actor.id = briefing.actors[*ix].id.as_str().to_owned();
                summary.actors_known.push(actor.id.clone());
                if !names.is_empty() {
                    let table = entry(&mut doc, "actors", *ix)?;
                    for name in names {
                        edit::push(table, "aliases", edit::string(name))?;
                    }
                    let shown: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
                    edit::review(
                        table,
                        "aliases",
                        &format!(
                            "{} added: the name source '{}' uses",
                            shown.join(", "),
                            sources.new
                        ),
                    );
                }
            }
            Identity::New(note) => {
                actor.id = actor_ids.unique(&actor.id, "actor");
                if let Some(note) = note {
                    actor.review = Some(match actor.review.take() {
                        Some(before) => format!("{before}; {note}"),
                        None => note.clone(),
                    });
                }
            }
        }
    }
    let mut quote_ids = Ids::taken(briefing.quotes.iter().map(|q| q.id.as_str()));
    for quote in &mut outline.quotes {
        quote.id = quote_ids.unique(&quote.id, "quote");
    }
    let mut implication_ids = Ids::taken(briefing.implications.iter().map(|i| i.id.as_str()));
    for implication in &mut outline.implications {
        implication.id = implication_ids.unique(&implication.id, "implication");
    }

    // Events: one told again is proposed on the existing entry; one recalled from its own
    // backers is dropped; the others are appended, a possible match named in their note.
    let matches = events::find(&outline.events, briefing, outline.date.as_deref());
    for (drafted, found) in outline.events.iter_mut().zip(&matches) {
        match *found {
            Match::Same(ix) => {
                let proposal = proposal::Proposal {
                    event: &briefing.timeline[ix],
                    drafted,
                    briefing,
                    sources: &sources,
                    date: outline.date.as_deref(),
                };
                match proposal::propose(entry(&mut doc, "timeline", ix)?, &proposal)? {
                    Proposed::Corroboration => summary.corroborated += 1,
                    Proposed::StatusChange => summary.changed += 1,
                }
            }
            Match::Recalled(_) => summary.recalled += 1,
            Match::Maybe(ix) => {
                let event = &briefing.timeline[ix];
                drafted.review = format!(
                    "may be the existing event “{}”: if so, merge the two by hand; {}",
                    SafeText::excerpt(event.title.as_str(), MAYBE_TITLE_CHARS),
                    drafted.review,
                );
                summary.maybe += 1;
            }
            Match::New => {}
        }
    }

    let mut out = TomlOut::default();
    let new = Some(sources.new.as_str());
    for (actor, identity) in outline.actors.iter().zip(&identities) {
        if matches!(identity, Identity::New(_)) {
            writer::write_actor(&mut out, actor);
            summary.actors_new += 1;
        }
    }
    for (event, found) in outline.events.iter().zip(&matches) {
        if matches!(found, Match::New | Match::Maybe(_)) {
            writer::write_event(&mut out, &outline, event, new);
            summary.events_new += 1;
        }
    }
    for quote in &outline.quotes {
        writer::write_quote(&mut out, &outline, quote, article, new);
    }
    for implication in &outline.implications {
        writer::write_implication(&mut out, &outline, implication, new);
    }
    edit::append(&mut doc, &out.finish())?;
    if let Some(meta) = doc.get_mut("briefing").and_then(Item::as_table_mut)
        && meta.get("draft").and_then(Item::as_bool) != Some(true)
    {
        edit::set(meta, "draft", Value::from(true));
    }

    let mut report = super::write::report::render(
        &outline,
        article,
        paragraphs,
        super::write::report::Destination::Existing,
    );
    summary.write(&mut report, &outline, &sources);
    // toml_edit ends the lines it writes with `\n`: a file written with `\r\n` stays so.
    let mut toml = doc.to_string();
    if input
        .text
        .split('\n')
        .next()
        .is_some_and(|l| l.ends_with('\r'))
    {
        toml = toml.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    Ok(Merged { toml, report })
}

/// The `[[key]]` table at `ix` of `doc`.
fn entry<'d>(doc: &'d mut DocumentMut, key: &str, ix: usize) -> Result<&'d mut Table, String> {
    doc.get_mut(key)
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|tables| tables.get_mut(ix))
        .ok_or_else(|| layout_error(key))
}

/// Fails unless every kind of entry the briefing has is written as `[[kind]]` tables, one
/// per entry the loader read, so the loader's entries and the tables line up.
fn check_layout(doc: &DocumentMut, briefing: &Briefing) -> Result<(), String> {
    let counts = [
        ("actors", briefing.actors.len()),
        ("timeline", briefing.timeline.len()),
        ("quotes", briefing.quotes.len()),
        ("implications", briefing.implications.len()),
    ];
    for (key, count) in counts {
        let written = match doc.get(key) {
            None => 0,
            Some(item) => item
                .as_array_of_tables()
                .map(|tables| tables.len())
                .ok_or_else(|| layout_error(key))?,
        };
        if written != count {
            return Err(layout_error(key));
        }
    }
    let sources = doc
        .get("briefing")
        .and_then(Item::as_table)
        .and_then(|b| b.get("sources"));
    match sources {
        None if briefing.meta.sources.is_empty() => Ok(()),
        Some(item)
            if item.as_array_of_tables().map(|s| s.len()) == Some(briefing.meta.sources.len()) =>
        {
            Ok(())
        }
        _ => Err(layout_error("briefing.sources")),
    }
}

/// The message of a briefing whose entries of `key` are not written as `[[key]]` tables.
fn layout_error(key: &str) -> String {
    format!(
        "`brief draft --into` edits entries written as [[{key}]] tables; this briefing writes `{key}` another way (an inline array): write each entry as a [[{key}]] table first"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load::load_str;
    use crate::briefing::model::Named as _;

    const ARTICLE: &str = "Ministry confirms grain deal\n\n\
        ROME, May 2 (Example Wire) - The ministry on Friday confirmed that the grain deal with Egypt was signed.\n\n\
        \"The grain deal is signed and it will hold,\" Minister Clara Neri told reporters.\n";

    /// `ARTICLE`, at `a.txt`, merged into `original`.
    fn try_merge(original: &str) -> Result<Merged, String> {
        let briefing = load_str("b", original).unwrap();
        let keep = |_: &str| None;
        let is_article = |file: &str| file == "a.txt";
        into(&Inputs {
            text: original,
            briefing: &briefing,
            article: ARTICLE,
            source_file: Some("a.txt"),
            relocate: &keep,
            is_article: &is_article,
        })
    }

    /// `original` with `ARTICLE` merged into it, and the result loaded.
    fn merge(original: &str) -> (String, Briefing) {
        let merged = try_merge(original).unwrap();
        let loaded = load_str("new", &merged.toml).unwrap();
        (merged.toml, loaded)
    }

    const HEAD: &str =
        "format = 1\n[briefing]\nid = \"b\"\ntitle = \"Grain talks\"\nsummary = \"s\"\n";
    const ITEMS: &str = "[[actors]]\nid = \"neri\"\nname = \"Clara Neri\"\nkind = \"person\"\n\
        [[timeline]]\nwhen = \"April\"\ntitle = \"Talks on a grain deal with Egypt\"\n\
        [[quotes]]\nid = \"q\"\nspeaker = \"neri\"\ntext = \"We are close\"\n";

    #[test]
    fn a_briefing_without_sources_gets_one_standing_for_it() {
        let (text, merged) = merge(&format!("{HEAD}{ITEMS}"));
        let ids: Vec<&str> = merged
            .meta
            .sources
            .iter()
            .map(|s| s.id.as_ref().unwrap().as_str())
            .collect();
        assert_eq!(ids, ["grain-talks", "ministry-confirms-grain-deal"]);
        assert_eq!(merged.meta.sources[0].title.as_str(), "Grain talks");
        assert_eq!(merged.quotes[0].source, Some(0));
        // The talks are the deal's event, now confirmed by the new source.
        assert_eq!(merged.timeline[0].sources, [0, 1]);
        assert_eq!(
            merged.timeline[0].status.map(|s| s.name()),
            Some("confirmed")
        );
        assert!(merged.quotes[1..].iter().all(|q| q.source == Some(1)));
        // Neri is the existing actor; the minister's quote is hers.
        assert_eq!(
            merged
                .actors
                .iter()
                .filter(|a| a.name.as_str() == "Clara Neri")
                .count(),
            1
        );
        assert!(
            text.contains("# review: added by `brief draft --into`"),
            "{text}"
        );
    }

    #[test]
    fn a_briefing_of_several_sources_keeps_its_items_as_they_are() {
        let sources = "[[briefing.sources]]\nid = \"one\"\ntitle = \"One\"\n\
            [[briefing.sources]]\nid = \"two\"\ntitle = \"Two\"\n";
        let original = format!("{HEAD}{sources}{ITEMS}");
        let (text, merged) = merge(&original);
        assert_eq!(merged.meta.sources.len(), 3);
        assert_eq!(merged.quotes[0].source, None);
        assert!(text.contains(sources), "{text}");
        assert!(
            text.contains("text = \"We are close\"\n\n[[quotes]]"),
            "{text}"
        );
    }

    #[test]
    fn a_file_with_crlf_line_ends_keeps_them() {
        let original = format!("{HEAD}{ITEMS}").replace('\n', "\r\n");
        let (text, _) = merge(&original);
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert!(text.starts_with(&original[..original.find("[[actors]]").unwrap()]));
    }

    #[test]
    fn the_same_article_is_not_merged_twice() {
        let original =
            format!("{HEAD}[[briefing.sources]]\ntitle = \"A\"\nfile = \"a.txt\"\n{ITEMS}");
        let refused = try_merge(&original);
        assert!(
            refused
                .unwrap_err()
                .contains("already the briefing's source")
        );
    }

    #[test]
    fn entries_written_inline_are_refused_with_a_message() {
        let original = format!(
            "quotes = [{{ id = \"q\", speaker = \"a\", text = \"t\" }}]\n{HEAD}[[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"person\"\n"
        );
        let refused = try_merge(&original);
        assert!(refused.unwrap_err().contains("[[quotes]] tables"));
    }
}
