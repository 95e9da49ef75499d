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
//! ([`events`] finds it, [`proposal`] writes it), one the article only recalls from the
//! event's own backers is left out, the rest appended (a possible match named in a note);
//! implication skeletons appended under the new source. Edits go through [`edit`]; the
//! report's lines are [`summary`]'s. [`files`] runs the merge on files, as the CLI does.

mod actors;
mod edit;
mod events;
pub mod files;
mod proposal;
mod sources;
mod summary;

use toml_edit::{DocumentMut, Item, Value};

use super::outline::model::Outline;
use super::write::toml::{self as writer};
use super::write::toml_out::TomlOut;
use super::{Drafted, Options, Weights, drafted, outline::ids::Ids};
use crate::briefing::model::Briefing;
use crate::text::SafeText;
use actors::Identity;
use events::Match;
use proposal::Proposed;
use sources::Sources;
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

/// Drafts `input.article` and merges it into `input.briefing`. Fails when the original is
/// written in a layout the merge cannot edit (an entry kind written as an inline array, a
/// list written as something else), or when the article is already one of its sources.
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
    edit::check_layout(&doc, briefing)?;
    let sources = sources::prepare(
        &mut doc,
        briefing,
        &outline.title,
        input.source_file,
        input.relocate,
        input.is_article,
    )?;
    sources::add_new(&mut doc, &outline, &sources.new)?;
    let mut summary = Summary::default();
    let identities = actors::merge(&mut doc, &mut outline.actors, briefing, &sources.new)?;
    fresh_ids(&mut outline, briefing);
    let matches = merge_events(
        &mut doc,
        &mut outline,
        input.briefing,
        &sources,
        &mut summary,
    )?;

    // What is new, after the last entry of its kind, under the new source.
    let mut out = TomlOut::default();
    let new = Some(sources.new.as_str());
    for (actor, identity) in outline.actors.iter().zip(&identities) {
        match identity {
            Identity::New(_) => {
                writer::write_actor(&mut out, actor);
                summary.actors_new += 1;
            }
            Identity::Known(..) => summary.actors_known.push(actor.id.clone()),
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

    // The drafter's report counts the timeline candidates left to review: those appended.
    let mut found = matches.iter();
    outline
        .events
        .retain(|_| matches!(found.next(), Some(Match::New | Match::Maybe(_))));
    let mut report = super::write::report::render(
        &outline,
        article,
        paragraphs,
        super::write::report::Destination::Existing,
    );
    summary.write(&mut report, &outline, &sources);
    let toml = edit::line_ends_like(input.text, doc.to_string());
    Ok(Merged { toml, report })
}

/// Gives the drafted quotes and implications ids the briefing does not use yet.
fn fresh_ids(outline: &mut Outline, briefing: &Briefing) {
    let mut quote_ids = Ids::taken(briefing.quotes.iter().map(|q| q.id.as_str()));
    for quote in &mut outline.quotes {
        quote.id = quote_ids.unique(&quote.id, "quote");
    }
    let mut implication_ids = Ids::taken(briefing.implications.iter().map(|i| i.id.as_str()));
    for implication in &mut outline.implications {
        implication.id = implication_ids.unique(&implication.id, "implication");
    }
}

/// Events: one told again is proposed on the existing entry; one recalled from its own
/// backers is left out; the others are to be appended, a possible match named in their note.
fn merge_events(
    doc: &mut DocumentMut,
    outline: &mut Outline,
    briefing: &Briefing,
    sources: &Sources,
    summary: &mut Summary,
) -> Result<Vec<Match>, String> {
    let matches = events::find(&outline.events, briefing, outline.date.as_deref());
    for (drafted, found) in outline.events.iter_mut().zip(&matches) {
        match *found {
            Match::Same(ix) => {
                let proposal = proposal::Proposal {
                    event: &briefing.timeline[ix],
                    drafted,
                    briefing,
                    sources,
                    date: outline.date.as_deref(),
                };
                match proposal::propose(edit::entry(doc, "timeline", ix)?, &proposal)? {
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
    Ok(matches)
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
