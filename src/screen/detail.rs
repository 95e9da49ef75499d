//! Everything about one item: its whole text, its fields, where a quote stands in the source
//! text, and every item it links to, as lines with the links marked so that the detail view
//! can move through them and follow one. The preview shows the same lines.

use std::ops::Range;

use super::lines::{Role, TextLine, piece, wrapped};
use super::wrap::wrap;
use crate::briefing::Briefing;
use crate::briefing::model::Named;
use crate::pane::Pane;
use crate::provenance::{SourceState, SourceTexts};
use crate::store::{Appearance, ItemKind, Mark};
use crate::text::{SafeText, floor_char_boundary};
use crate::verify::Finding;

/// Bytes of the source paragraph shown on each side of a quote.
const CONTEXT_BYTES: usize = 1500;

/// Most linked items listed in one section; the rest are counted.
pub const MAX_LINKS: usize = 200;

/// Where a link leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An item of this briefing.
    Here(Pane, usize),
    /// Row `.0` of [`Extras::elsewhere`]: an item of another briefing.
    Elsewhere(usize),
}

/// What the detail shows besides the briefing: the analyst's mark on the item, whether it is
/// new, and (for an actor) their quotes and events in other briefings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Extras<'a> {
    /// The analyst's mark on the item.
    pub mark: Option<&'a Mark>,
    /// The item is new since the briefing was last read.
    pub new: bool,
    /// For an actor: their quotes and events across the library (None: not known yet).
    pub elsewhere: Option<&'a [Appearance]>,
    /// Why the analyst's store cannot be used, if it cannot.
    pub store_problem: Option<&'a str>,
}

/// One link: the lines it takes and where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Its lines in [`Detail::lines`].
    pub lines: Range<usize>,
    /// The item it leads to.
    pub target: Target,
}

/// The lines of one item's detail, and its links in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Detail {
    /// Every line.
    pub lines: Vec<TextLine>,
    /// Every link, top to bottom.
    pub links: Vec<Link>,
}

/// The detail of item `item` of `pane`, `width` columns wide, its first `max_lines` lines (a
/// preview builds only what it shows); `source` holds the texts of the briefing's sources
/// when one names a file.
pub fn detail(
    b: &Briefing,
    source: Option<&SourceTexts>,
    pane: Pane,
    item: usize,
    width: usize,
    max_lines: usize,
    extras: &Extras,
) -> Detail {
    let mut d = Builder {
        b,
        width: width.max(1),
        limit: max_lines,
        out: Detail::default(),
    };
    d.extras_head(extras);
    match pane {
        Pane::Timeline => {
            let event = &b.timeline[item];
            let mut when = event.when.to_string();
            if let Some(dates) = event.dates() {
                when.push_str(&format!(" ({dates})"));
            }
            if let Some(status) = event.status {
                when.push_str(&format!(
                    " · {} {}",
                    crate::chart::timeline::status_glyph(Some(status)),
                    status.name()
                ));
            }
            d.text(&when, Role::Strong);
            if let Some(history) = b.history_text(item) {
                d.text(&format!("Status over time: {history}"), Role::Muted);
            }
            if let Some(grade) = b.event_grade(item) {
                d.text(&format!("Grade {grade}: {}", grade.meaning()), Role::Grade);
            }
            if let Some(basis) = &event.basis {
                d.text(&format!("Basis: {basis}"), Role::Muted);
            }
            d.text(event.title.as_str(), Role::Plain);
            d.optional(&event.detail);
            d.sources(&b.event_sources(item));
            if b.has_several_sources() || !event.corroborated_by.is_empty() {
                let backing = b.independent_sources(item);
                d.text(
                    &format!(
                        "Backed by {}",
                        crate::text::counted(backing, "independent source")
                    ),
                    Role::Muted,
                );
            }
            d.list(
                "Corroborated by",
                &event.corroborated_by,
                None,
                Pane::Timeline,
            );
            d.list("Actors", &event.actors, None, Pane::Actors);
        }
        Pane::Actors => {
            let actor = &b.actors[item];
            d.text(
                &format!("{} ({})", actor.name, actor.kind.name()),
                Role::Strong,
            );
            d.field("Role", &actor.role);
            d.field("Affiliation", &actor.affiliation);
            d.field("Country", &actor.country);
            if let Some(reliability) = actor.reliability {
                d.text(
                    &format!(
                        "Reliability as a source: {reliability} {}",
                        reliability.meaning()
                    ),
                    Role::Grade,
                );
            }
            if !actor.aliases.is_empty() {
                let aliases: Vec<&str> = actor.aliases.iter().map(|a| a.as_str()).collect();
                d.text(
                    &format!("Also known as: {}", aliases.join(", ")),
                    Role::Muted,
                );
            }
            d.optional(&actor.notes);
            d.list("Timeline", &actor.events, None, Pane::Timeline);
            d.list("Quotes by them", &actor.quotes, None, Pane::Quotes);
            d.list("Quotes about them", &actor.mentioned_in, None, Pane::Quotes);
            d.list(
                "Implications",
                &actor.implications,
                None,
                Pane::Implications,
            );
            d.elsewhere(extras);
        }
        Pane::Quotes => {
            let quote = &b.quotes[item];
            let speaker = &b.actors[quote.speaker];
            d.text(&format!("“{}”", quote.text), Role::Plain);
            let role = speaker
                .role
                .as_ref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            d.link(
                &format!("— {}{role}", speaker.name),
                Role::Strong,
                Target::Here(Pane::Actors, quote.speaker),
                "",
            );
            d.field("Context", &quote.context);
            if let Some(grade) = b.quote_grade(item) {
                d.text(&format!("Grade {grade}: {}", grade.meaning()), Role::Grade);
            }
            d.sources(b.quote_source(item).as_slice());
            d.provenance(source.and_then(|texts| texts.of_quote(b, item)), item);
            d.list("About", &quote.about, None, Pane::Actors);
            d.list("Supports", &quote.implications, None, Pane::Implications);
            let label = format!("Other quotes by {}", speaker.name);
            d.list(&label, &speaker.quotes, Some(item), Pane::Quotes);
        }
        Pane::Implications => {
            let implication = &b.implications[item];
            let severity = implication
                .severity
                .map(|s| format!(" · {}", s.name()))
                .unwrap_or_default();
            d.text(&format!("{}{severity}", implication.region), Role::Strong);
            d.text(implication.title.as_str(), Role::Plain);
            if let Some(estimate) = implication.estimate() {
                d.text(&format!("Estimate: {}", estimate.meaning()), Role::Grade);
            }
            if let Some(basis) = &implication.basis {
                d.text(&format!("Basis: {basis}"), Role::Muted);
            }
            d.optional(&implication.detail);
            d.sources(&b.implication_sources(item));
            d.list("Actors", &implication.actors, None, Pane::Actors);
            d.list("Supporting quotes", &implication.quotes, None, Pane::Quotes);
        }
    }
    d.out
}

struct Builder<'a> {
    b: &'a Briefing,
    width: usize,
    /// Most lines built.
    limit: usize,
    out: Detail,
}

impl Builder<'_> {
    /// Lines left to build.
    fn room(&self) -> usize {
        self.limit.saturating_sub(self.out.lines.len())
    }

    fn text(&mut self, text: &str, role: Role) {
        let room = self.room();
        if room > 0 {
            self.out.lines.extend(wrapped(text, role, self.width, room));
        }
    }

    fn blank(&mut self) {
        if self.room() > 0 {
            self.out.lines.push(Vec::new());
        }
    }

    fn optional(&mut self, text: &Option<SafeText>) {
        if let Some(text) = text {
            self.blank();
            self.text(text.as_str(), Role::Plain);
        }
    }

    fn field(&mut self, label: &str, value: &Option<SafeText>) {
        if let Some(value) = value {
            self.text(&format!("{label}: {value}"), Role::Muted);
        }
    }

    /// A link of `text` in `role` to `target`, wrapped whole with `indent` before its first
    /// line and room for it after.
    fn link(&mut self, text: &str, role: Role, target: Target, indent: &str) {
        if self.room() == 0 {
            return;
        }
        let hang = " ".repeat(indent.chars().count() + 2);
        let lines = self.hanging(text, role, &format!("{indent}• "), &hang);
        self.out.links.push(Link { lines, target });
    }

    /// `text` wrapped under its own start, as far as there is room: `lead` before its first
    /// line, `hang` (as wide) before the others. Returns the lines added.
    fn hanging(&mut self, text: &str, role: Role, lead: &str, hang: &str) -> Range<usize> {
        let start = self.out.lines.len();
        let width = self.width.saturating_sub(hang.chars().count()).max(1);
        let mut lead = Some(lead);
        for line in wrap(text, width, self.room()) {
            let before = lead.take().unwrap_or(hang);
            self.out
                .lines
                .push(vec![piece(Role::Muted, before), piece(role, line)]);
        }
        start..self.out.lines.len()
    }

    /// A heading with the count, then one link per item (at most [`MAX_LINKS`]), leaving out
    /// `exclude` (`items` must be sorted when `exclude` is given).
    fn list(&mut self, label: &str, items: &[usize], exclude: Option<usize>, pane: Pane) {
        let total =
            items.len() - exclude.map_or(0, |x| usize::from(items.binary_search(&x).is_ok()));
        if total == 0 {
            return;
        }
        self.blank();
        self.text(&format!("{label} ({total})"), Role::Strong);
        for &item in items
            .iter()
            .filter(|&&i| Some(i) != exclude)
            .take(MAX_LINKS)
        {
            // A preview is built only as far as it shows: no text for links past it.
            if self.room() == 0 {
                break;
            }
            let text = whole(self.b, pane, item);
            self.link(&text, Role::Plain, Target::Here(pane, item), "  ");
        }
        if total > MAX_LINKS {
            self.text(&format!("  … and {} more", total - MAX_LINKS), Role::Muted);
        }
    }

    /// The sources an item belongs to, each whole, in a briefing of several sources (in one
    /// of one source, everything is that source's).
    fn sources(&mut self, sources: &[usize]) {
        if !self.b.has_several_sources() {
            return;
        }
        self.blank();
        if sources.is_empty() {
            self.text("Sources: none named", Role::Muted);
            return;
        }
        self.text(&format!("Sources ({})", sources.len()), Role::Strong);
        for &source in sources {
            // A preview is built only as far as it shows.
            if self.room() == 0 {
                return;
            }
            let source = &self.b.meta.sources[source];
            let text = format!("[{}] {}", source.label(), source.describe());
            // Wrapped under its own start, so each source reads as one entry.
            self.hanging(&text, Role::Plain, "  ", "    ");
        }
    }

    /// The analyst's mark and "new", at the top.
    fn extras_head(&mut self, extras: &Extras) {
        if extras.new {
            self.text("New since you last read this briefing", Role::Badge);
        }
        if let Some(mark) = extras.mark {
            if !mark.flags.is_empty() {
                self.text(&format!("Your flags: {}", mark.flags), Role::Badge);
            }
            if !mark.note.is_empty() {
                self.text(&format!("Your note: {}", mark.note), Role::Badge);
            }
        }
        if extras.new || extras.mark.is_some() {
            self.blank();
        }
    }

    /// An actor's quotes and events in other briefings, each a link into its briefing.
    fn elsewhere(&mut self, extras: &Extras) {
        if let Some(problem) = extras.store_problem {
            self.blank();
            self.text(
                &format!("In other briefings: unavailable ({problem})"),
                Role::Muted,
            );
            return;
        }
        let Some(rows) = extras.elsewhere else {
            return;
        };
        self.blank();
        if rows.is_empty() {
            self.text("In other briefings: none", Role::Muted);
            return;
        }
        self.text(
            &format!("In other briefings ({})", rows.len()),
            Role::Strong,
        );
        for (n, row) in rows.iter().enumerate().take(MAX_LINKS) {
            let title = row.briefing.title();
            let date = row.date.map(|d| format!("{d} · ")).unwrap_or_default();
            let what = match row.kind {
                ItemKind::Quote => format!("“{}”", row.text),
                _ => row.text.to_string(),
            };
            self.link(
                &format!("{date}{title}: {what}"),
                Role::Plain,
                Target::Elsewhere(n),
                "  ",
            );
        }
    }

    /// Where the quote stands in its own source's text (`source`): its paragraph with the
    /// quote marked, or a warning that it is not there.
    fn provenance(&mut self, source: Option<&SourceState>, quote: usize) {
        let Some(source) = source else {
            return;
        };
        self.blank();
        let provenance = match source {
            SourceState::Ready(provenance) => provenance,
            SourceState::Reading => {
                self.text("Reading the source text…", Role::Muted);
                return;
            }
            SourceState::Unavailable(error) => {
                self.text(&format!("Source text unavailable: {error}"), Role::Muted);
                return;
            }
        };
        let name = crate::briefing::files::shown(&provenance.path);
        let text = provenance.source.as_str();
        match provenance.finding(quote) {
            Some(Finding::Verbatim { at, paragraph, .. }) => {
                let line = provenance.line(paragraph.start);
                self.text(
                    &format!("In the source ({name}, line {line})"),
                    Role::Strong,
                );
                // Around the quote, at most CONTEXT_BYTES of its paragraph each side. The
                // bounds are clamped so that they nest whatever the finding says.
                let at = at.start.min(text.len())..at.end.min(text.len()).max(at.start);
                let from = floor_char_boundary(
                    text,
                    at.start
                        .saturating_sub(CONTEXT_BYTES)
                        .max(paragraph.start.min(at.start)),
                );
                let to = floor_char_boundary(
                    text,
                    (at.end + CONTEXT_BYTES).min(paragraph.end.max(at.end)),
                );
                let (start, end) = (
                    floor_char_boundary(text, at.start),
                    floor_char_boundary(text, at.end),
                );
                let lead = if from > paragraph.start { "…" } else { "" };
                let tail = if to < paragraph.end { "…" } else { "" };
                // A paragraph of a hard-wrapped article spans lines: they flow as spaces.
                let flowing =
                    |raw: &str| SafeText::excerpt(&raw.replace(['\r', '\n'], " "), usize::MAX);
                let before = format!("{lead}{}", flowing(&text[from..start]));
                let words = flowing(&text[start..end]);
                let after = flowing(&text[end..to]);
                let passage = format!("{before}{words}{after}{tail}");
                let marked = before.len()..before.len() + words.as_str().len();
                let room = self.room();
                self.out.lines.extend(
                    marked_lines(&passage, marked, self.width)
                        .into_iter()
                        .take(room),
                );
            }
            Some(Finding::Misquote { .. }) => {
                self.text(
                    &format!("✗ Not verbatim in the source text ({name})"),
                    Role::Alarm,
                );
                self.text(
                    "`brief check` shows the closest passage and what differs.",
                    Role::Muted,
                );
            }
            None => {}
        }
    }
}

/// An item as a link names it, every word of a quote kept: the detail view promises the
/// whole text.
fn whole(b: &Briefing, pane: Pane, item: usize) -> String {
    match pane {
        Pane::Quotes => {
            let q = &b.quotes[item];
            format!("{}: “{}”", b.actors[q.speaker].name, q.text)
        }
        _ => b.describe(pane, item),
    }
}

/// `text` (one paragraph) wrapped to `width`, with the bytes in `marked` in [`Role::Marked`].
fn marked_lines(text: &str, marked: Range<usize>, width: usize) -> Vec<TextLine> {
    let options = super::wrap::options(width);
    let mut out = Vec::new();
    for line in textwrap::wrap(text, options) {
        let std::borrow::Cow::Borrowed(line) = line else {
            out.push(vec![piece(Role::Plain, line.into_owned())]);
            continue;
        };
        // Lines borrow from `text`; their offset places them in it.
        let start = (line.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let end = start + line.len();
        let (lo, hi) = (marked.start.clamp(start, end), marked.end.clamp(start, end));
        let pieces = [
            (Role::Plain, &text[start..lo]),
            (Role::Marked, &text[lo..hi]),
            (Role::Plain, &text[hi..end]),
        ];
        out.push(
            pieces
                .into_iter()
                .filter(|(_, t)| !t.is_empty())
                .map(|(role, t)| piece(role, t))
                .collect(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;

    fn bundled() -> Briefing {
        crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap()
    }

    fn text(line: &TextLine) -> String {
        line.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn links_wrap_and_keep_the_speaker_whole() {
        let b = bundled();
        let hayashi = b
            .actors
            .iter()
            .position(|a| a.name.as_str() == "Yoshimasa Hayashi")
            .unwrap();
        let d = detail(
            &b,
            None,
            Pane::Actors,
            hayashi,
            50,
            usize::MAX,
            &Extras::default(),
        );
        assert_eq!(
            d.links.len(),
            b.actors[hayashi].quotes.len()
                + b.actors[hayashi].events.len()
                + b.actors[hayashi].mentioned_in.len()
                + b.actors[hayashi].implications.len()
        );
        for link in &d.links {
            let first = text(&d.lines[link.lines.start]);
            if let Target::Here(Pane::Quotes, _) = link.target {
                assert!(first.contains("Yoshimasa Hayashi:"), "{first}");
            }
            assert!(
                d.lines[link.lines.clone()]
                    .iter()
                    .all(|l| unicode_width::UnicodeWidthStr::width(text(l).as_str()) <= 50)
            );
        }
    }

    #[test]
    fn a_quote_links_to_its_speaker_first() {
        let b = bundled();
        let d = detail(
            &b,
            None,
            Pane::Quotes,
            0,
            80,
            usize::MAX,
            &Extras::default(),
        );
        assert_eq!(
            d.links[0].target,
            Target::Here(Pane::Actors, b.quotes[0].speaker)
        );
    }

    #[test]
    fn a_marked_passage_keeps_the_marked_words_in_their_role() {
        let lines = marked_lines("before the words after", 7..16, 12);
        let marked: Vec<&str> = lines
            .iter()
            .flatten()
            .filter(|p| p.role == Role::Marked)
            .map(|p| p.text.as_str())
            .collect();
        // "before the" fills the first line, "words after" the second.
        assert_eq!(marked, ["the", "words"]);
    }
}
