//! Briefings as documents to send and data for other tools: a report in briefing order (bottom
//! line up front) as Markdown or wrapped text, or the versioned JSON model; of a whole briefing
//! or of a selection (one implication, an actor's dossier, a filtered view).
//!
//! Every field comes from a [`SafeText`], so no output holds a control character or escape
//! sequence, on a terminal or in a file; Markdown escapes its own syntax in every field too.

pub mod json;
mod markdown;
mod plan;
mod text;

use std::fs::OpenOptions;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::briefing::Briefing;
use crate::briefing::bundled::BUNDLED;
use crate::briefing::grade::Admiralty;
use crate::briefing::library::Origin;
use crate::briefing::model::{ActorIx, ImplicationIx, Named};
use crate::pane::Pane;
use crate::text::{SafeText, counted};

/// What a report is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown (CommonMark): headings, block quotes, escaped text.
    Markdown,
    /// Plain text wrapped to a width, for a terminal or an email.
    Text,
    /// The JSON export model (docs/json.md).
    Json,
    /// A picture of the briefing as SVG: the timeline chart or the actor network
    /// (see [`Options::chart`]).
    Svg,
}

/// Which picture an SVG export draws.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Chart {
    /// The timeline on a time axis.
    #[default]
    Timeline,
    /// The actors as a network.
    Network,
}

/// One of the analyst's marks, as an export made with `--with-notes` carries it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AnalystNote {
    /// What the item is: `quote`, `actor`, `event`, `implication` or `summary`.
    pub kind: String,
    /// The item's id (or an event's key).
    pub id: String,
    /// The item in words, or a note that it is no longer in the briefing.
    pub item: String,
    /// Its flags: `key`, `doubtful`, `follow-up`.
    pub flags: Vec<String>,
    /// The analyst's note.
    pub note: String,
}

impl Format {
    /// The file name extension for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Json => "json",
            Format::Svg => "svg",
        }
    }
}

/// How to write a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The format.
    pub format: Format,
    /// Columns text is wrapped to; 0 leaves it unwrapped. Only the text format wraps.
    pub width: usize,
    /// The briefing's file name (no folders) for the "prepared with brief ... from FILE" line.
    pub file: Option<SafeText>,
    /// The picture an SVG export draws.
    pub chart: Chart,
    /// The analyst's marks, in their own section (only when asked: an export may leave the
    /// analyst's hands).
    pub notes: Vec<AnalystNote>,
}

impl Options {
    /// `format` at the default width of 80, naming the file `origin` was read from.
    pub fn new(format: Format, origin: &Origin) -> Options {
        let file = match origin {
            Origin::Bundled(ix) => BUNDLED
                .get(*ix)
                .map(|(name, _)| SafeText::excerpt(name, 200)),
            Origin::File(path) => path
                .file_name()
                .map(|name| SafeText::excerpt(&name.to_string_lossy(), 200)),
            Origin::Problem(_) => None,
        };
        Options {
            format,
            width: 80,
            file,
            chart: Chart::default(),
            notes: Vec::new(),
        }
    }
}

/// What part of a briefing a report covers. Indexes must be in range of the briefing's lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// Everything, in briefing order.
    Briefing,
    /// One implication with its reasoning, its quotes and their speakers, and its actors.
    Implication(ImplicationIx),
    /// An actor's dossier: implications naming them, events they are in, quotes by them and
    /// quotes about them.
    Actor(ActorIx),
    /// What the panes show: the briefing in briefing order, restricted to these items.
    View(View),
}

/// Items chosen in each pane, as indexes into the briefing's lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Indexes into `timeline`.
    pub timeline: Vec<usize>,
    /// Indexes into `actors`.
    pub actors: Vec<usize>,
    /// Indexes into `quotes`.
    pub quotes: Vec<usize>,
    /// Indexes into `implications`.
    pub implications: Vec<usize>,
}

impl View {
    /// Every item of `b`.
    pub fn all(b: &Briefing) -> View {
        View {
            timeline: (0..b.timeline.len()).collect(),
            actors: (0..b.actors.len()).collect(),
            quotes: (0..b.quotes.len()).collect(),
            implications: (0..b.implications.len()).collect(),
        }
    }

    /// The items `items` gives for each pane (say, the rows a pane shows under its filter).
    pub fn from_fn(mut items: impl FnMut(Pane) -> Vec<usize>) -> View {
        View {
            timeline: items(Pane::Timeline),
            actors: items(Pane::Actors),
            quotes: items(Pane::Quotes),
            implications: items(Pane::Implications),
        }
    }
}

impl Selection {
    /// The items the selection is about.
    fn view(&self, b: &Briefing) -> View {
        match self {
            Selection::Briefing => View::all(b),
            Selection::Implication(i) => {
                let imp = &b.implications[*i];
                View {
                    implications: vec![*i],
                    quotes: imp.quotes.clone(),
                    actors: imp.actors.clone(),
                    ..View::default()
                }
            }
            Selection::Actor(a) => {
                let actor = &b.actors[*a];
                View {
                    actors: vec![*a],
                    timeline: actor.events.clone(),
                    quotes: [actor.quotes.as_slice(), &actor.mentioned_in].concat(),
                    implications: actor.implications.clone(),
                }
            }
            Selection::View(view) => view.clone(),
        }
    }

    /// What a report on this selection holds, in words for a message: `the whole briefing`,
    /// `the implication “…” with 2 quotes`, `Yoshimasa Hayashi's dossier`, or `what the
    /// panes show (1 of 5 implications, …)`.
    pub fn describe(&self, b: &Briefing) -> String {
        match self {
            Selection::Briefing => "the whole briefing".to_owned(),
            Selection::Implication(i) => {
                let imp = &b.implications[*i];
                format!(
                    "the implication “{}” with {}",
                    imp.title,
                    counted(imp.quotes.len(), "quote")
                )
            }
            Selection::Actor(a) => format!("{}'s dossier", b.actors[*a].name),
            Selection::View(view) => {
                let of = |shown: usize, all: usize, noun: &str| {
                    format!("{shown} of {}", counted(all, noun))
                };
                format!(
                    "what the panes show ({}, {}, {}, {})",
                    of(view.implications.len(), b.implications.len(), "implication"),
                    of(view.timeline.len(), b.timeline.len(), "event"),
                    of(view.quotes.len(), b.quotes.len(), "quote"),
                    of(view.actors.len(), b.actors.len(), "actor"),
                )
            }
        }
    }

    /// The file name (without extension) of a report on this selection.
    fn file_stem(&self, b: &Briefing) -> String {
        let id = file_safe(b.meta.id.as_str());
        match self {
            Selection::Briefing => id,
            Selection::Implication(i) => {
                format!(
                    "{id}-implication-{}",
                    file_safe(b.implications[*i].id.as_str())
                )
            }
            Selection::Actor(a) => format!("{id}-actor-{}", file_safe(b.actors[*a].id.as_str())),
            Selection::View(_) => format!("{id}-filtered"),
        }
    }
}

/// The report on `selection` of `b`.
pub fn report(b: &Briefing, selection: &Selection, options: &Options) -> String {
    match options.format {
        Format::Markdown => markdown::render(&plan::blocks(b, selection, options)),
        Format::Text => text::render(&plan::blocks(b, selection, options), options.width),
        Format::Svg => match options.chart {
            Chart::Timeline => crate::chart::svg::timeline_svg(b),
            Chart::Network => crate::chart::svg::network_svg(b),
        },
        Format::Json => {
            let mut document = json::document(b, &selection.view(b));
            document.notes = options.notes.clone();
            // Structs of strings, numbers and lists: serde_json has nothing to refuse.
            let mut json = serde_json::to_string_pretty(&document)
                .expect("the export model always serializes");
            json.push('\n');
            json
        }
    }
}

/// Most numbered names [`write_report`] tries before giving up.
const MAX_NUMBERED: usize = 1000;

/// Writes the report on `selection` into `folder` (made when missing) as `ID[-SELECTION].EXT`,
/// adding `-2`, `-3`, ... rather than replacing an existing file, and returns the path written.
pub fn write_report(
    folder: &Path,
    b: &Briefing,
    selection: &Selection,
    options: &Options,
) -> io::Result<PathBuf> {
    let text = report(b, selection, options);
    std::fs::create_dir_all(folder)?;
    let stem = selection.file_stem(b);
    let extension = options.format.extension();
    for n in 1..=MAX_NUMBERED {
        let name = match n {
            1 => format!("{stem}.{extension}"),
            n => format!("{stem}-{n}.{extension}"),
        };
        let path = folder.join(name);
        // `create_new` fails on an existing name, even one created a moment ago by another
        // program, so no file is ever replaced.
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        };
        return match file.write_all(text.as_bytes()) {
            Ok(()) => Ok(path),
            Err(error) => {
                let _ = std::fs::remove_file(&path);
                Err(error)
            }
        };
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{stem}.{extension} and {MAX_NUMBERED} numbered copies exist already"),
    ))
}

/// `id` with anything but `a-z`, `0-9` and `-` replaced (ids are checked at load; this keeps a
/// file name safe whatever the model holds).
fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => c,
            _ => '-',
        })
        .collect()
}

/// True when `url` may be written as a link (see [`crate::briefing::load::web_link`]).
fn web_url(url: &str) -> bool {
    crate::briefing::load::web_link(url).is_some()
}

/// One item with its citation, for the clipboard: a quote with its speaker, role and
/// context; an actor, event or implication with its detail; then where it comes from (each
/// source's title, publisher, date and URL).
pub fn citation(b: &Briefing, pane: Pane, item: usize) -> String {
    let mut lines = match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            let mut head = e.when.to_string();
            if let Some(dates) = e.dates().filter(|d| !e.when.as_str().contains(d.as_str())) {
                head.push_str(&format!(" ({dates})"));
            }
            let status = e
                .status
                .map(|s| format!(" ({})", s.name()))
                .unwrap_or_default();
            let mut lines = vec![format!("{head}: {}{status}", e.title)];
            lines.extend(grade_line(b.event_grade(item)));
            lines.extend(e.detail.iter().map(|d| d.to_string()));
            if !e.actors.is_empty() {
                lines.push(format!("Actors: {}", b.actor_names(&e.actors)));
            }
            lines
        }
        Pane::Actors => {
            let a = &b.actors[item];
            let details: String = plan::distinct_details(a)
                .into_iter()
                .map(|part| format!(", {part}"))
                .collect();
            let mut lines = vec![format!("{}{details}", a.name)];
            lines.extend(
                a.reliability
                    .map(|r| format!("Reliability {r}: {}", r.meaning())),
            );
            lines.extend(a.notes.iter().map(|n| n.to_string()));
            lines
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            let mut lines = vec![format!("\"{}\" - {}", q.text, plan::attribution(b, q))];
            lines.extend(grade_line(b.quote_grade(item)));
            lines
        }
        Pane::Implications => {
            let i = &b.implications[item];
            let severity = i
                .severity
                .map(|s| format!(" {}", s.tag()))
                .unwrap_or_default();
            let mut lines = vec![format!("{}{severity}: {}", i.region, i.title)];
            lines.extend(i.estimate().map(|e| format!("Estimate: {}.", e.meaning())));
            lines.extend(i.basis.iter().map(|basis| format!("Basis: {basis}")));
            lines.extend(i.detail.iter().map(|d| d.to_string()));
            for &q in &i.quotes {
                let quote = &b.quotes[q];
                lines.push(format!(
                    "\"{}\" - {}",
                    quote.text,
                    plan::attribution(b, quote)
                ));
            }
            lines
        }
    };
    for source in b.cited_sources(pane, item) {
        let source = &b.meta.sources[source];
        let mut cite = format!("Source: {}", source.title);
        for part in [
            source.publisher.as_ref().map(|p| p.to_string()),
            source.published.map(|d| d.to_string()),
            source.url.as_ref().map(|u| u.to_string()),
            source.reliability.map(|r| format!("reliability {r}")),
        ]
        .into_iter()
        .flatten()
        {
            cite.push_str(&format!(", {part}"));
        }
        lines.push(cite);
    }
    lines.join("\n")
}

/// `Grade F2: F reliability cannot be judged; 2 probably true` for a graded item.
fn grade_line(code: Option<Admiralty>) -> Option<String> {
    code.map(|code| format!("Grade {code}: {}", code.meaning()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_urls_are_links() {
        for url in ["https://example.org/a?b=c#d", "HTTP://EXAMPLE.ORG"] {
            assert!(web_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "https://",
            "https://example.org/a b",
            "https://example.org/<x>",
            "https://example.org/␛",
            "data:text/html,<script>",
            " https://example.org",
        ] {
            assert!(!web_url(url), "{url}");
        }
    }

    #[test]
    fn file_names_keep_only_id_characters() {
        assert_eq!(file_safe("a-1/../B\u{1b}"), "a-1------");
    }
}
