//! Report order: what a report holds and in which order (bottom line up front), as blocks that
//! the Markdown and text renderers draw. Each quote is printed once, numbered, and referred to
//! by its number after that.

use std::cmp::Reverse;

use super::{Options, Selection, View};
use crate::briefing::Briefing;
use crate::briefing::grade::{self, Reliability, Scale};
use crate::briefing::model::{
    Actor, ActorIx, EventIx, Implication, ImplicationIx, Named, Quote, QuoteIx,
};
use crate::text::SafeText;
use crate::text::counted;

/// One line of a block: spans of text.
pub(super) type Line = Vec<Span>;

/// A piece of text and what it is, so that each format can escape or mark it up.
#[derive(Clone, Debug)]
pub(super) enum Span {
    /// Text from the briefing (or built from it): escaped by every format that has syntax.
    Text(String),
    /// Text from the briefing shown with emphasis.
    Strong(String),
    /// A fixed marker of our own, such as `[HIGH]`: never holds text from a file.
    Mark(&'static str),
    /// A URL from the briefing: a link only when it is a plain http(s) URL.
    Url(String),
    /// A grade on one of our scales (`F2`, `reliability B`, `likely (55-80%)`): text, and
    /// the reason the report ends with the legend of those scales.
    Grade(Scales, String),
}

/// The scales a grade is on, and so the part of the legend it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scales {
    /// Reliability and credibility: codes like `B2`, and reliabilities alone.
    Admiralty,
    /// Likelihood and confidence of implications.
    Estimate,
}

/// How a list entry is marked.
#[derive(Clone, Copy, Debug)]
pub(super) enum Marker {
    /// `-`.
    Bullet,
    /// `1.`, `2.`, ...
    Number(usize),
}

/// A unit of a report, in reading order.
#[derive(Clone, Debug)]
pub(super) enum Block {
    /// A heading; level 1 is the title.
    Heading(u8, Line),
    /// Running text; a line break in a span starts a new line, a blank line a new paragraph.
    Text(Line),
    /// A list entry: its first line, then more text under it.
    Entry {
        marker: Marker,
        lead: Line,
        body: Vec<Line>,
    },
    /// A quotation, numbered so that later mentions can refer to it.
    Quote {
        number: usize,
        text: String,
        attribution: Line,
    },
}

impl Block {
    /// Every line of spans the block holds.
    fn lines(&self) -> Vec<&Line> {
        match self {
            Block::Heading(_, line) | Block::Text(line) => vec![line],
            Block::Entry { lead, body, .. } => std::iter::once(lead).chain(body).collect(),
            Block::Quote { attribution, .. } => vec![attribution],
        }
    }
}

/// The blocks of the report on `selection`.
pub(super) fn blocks(b: &Briefing, selection: &Selection, options: &Options) -> Vec<Block> {
    let scope = Scope::of(b, selection);
    let mut writer = Writer::new(b);
    writer.push(Block::Heading(1, scope.title));
    writer.push(paragraph(prepared_line(b, options)));
    writer.blocks.extend(scope.intro);

    if !scope.implications.is_empty() {
        writer.heading("Implications");
        for i in scope.implications {
            writer.implication(i, &scope.inline);
        }
    }
    if !scope.timeline.is_empty() {
        writer.heading("Timeline");
        for e in scope.timeline {
            writer.event(e);
        }
    }
    for (title, quotes) in scope.quotes {
        writer.quote_section(title, &quotes);
    }
    if !scope.actors.is_empty() {
        writer.heading("Actors");
        for a in scope.actors {
            writer.actor(a);
        }
    }
    if !b.meta.sources.is_empty() {
        writer.heading("Sources");
        writer.sources();
    }
    if !options.notes.is_empty() {
        writer.heading("Analyst's notes");
        writer.notes(&options.notes);
    }
    writer.legend();
    writer.blocks
}

/// `2024-10 · 1 source · prepared with brief 0.1.0 from FILE`.
fn prepared_line(b: &Briefing, options: &Options) -> String {
    let mut parts = Vec::new();
    if let Some(date) = b.meta.date {
        parts.push(date.to_string());
    }
    parts.push(match b.meta.sources.len() {
        0 => "no sources".to_owned(),
        n => counted(n, "source"),
    });
    let mut prepared = format!("prepared with brief {}", env!("CARGO_PKG_VERSION"));
    if let Some(file) = &options.file {
        prepared.push_str(&format!(" from {file}"));
    }
    parts.push(prepared);
    parts.join(" · ")
}

/// What a report covers, section by section.
struct Scope {
    /// The level-1 heading.
    title: Line,
    /// Blocks between the prepared line and the first section.
    intro: Vec<Block>,
    /// Implications, ranked by severity.
    implications: Vec<ImplicationIx>,
    /// Per quote: may it be printed under the implications it supports?
    inline: Vec<bool>,
    /// Timeline events, in file order.
    timeline: Vec<EventIx>,
    /// Sections of quotes: heading and quotes; quotes printed above are not printed again.
    quotes: Vec<(Line, Vec<QuoteIx>)>,
    /// The appendix of actors.
    actors: Vec<ActorIx>,
}

impl Scope {
    fn of(b: &Briefing, selection: &Selection) -> Scope {
        match selection {
            Selection::Briefing => Scope::view(b, &View::all(b), None),
            Selection::View(view) => {
                let note = format!(
                    "Filtered view: {} of {} implications, {} of {} events, {} of {} quotes, {} of {} actors.",
                    view.implications.len(),
                    b.implications.len(),
                    view.timeline.len(),
                    b.timeline.len(),
                    view.quotes.len(),
                    b.quotes.len(),
                    view.actors.len(),
                    b.actors.len()
                );
                Scope::view(b, view, Some(note))
            }
            Selection::Implication(i) => Scope::implication(b, *i),
            Selection::Actor(a) => Scope::dossier(b, *a),
        }
    }

    /// The briefing restricted to `view`: summary, implications with their quotes inline,
    /// timeline, the other quotes, actors.
    fn view(b: &Briefing, view: &View, note: Option<String>) -> Scope {
        let mut intro: Vec<Block> = note.into_iter().map(paragraph).collect();
        intro.push(paragraph(b.meta.summary.to_string()));
        if !b.meta.tags.is_empty() {
            let tags = join(b.meta.tags.iter().map(|t| t.as_str()));
            intro.push(paragraph(format!("Tags: {tags}")));
        }
        let mut inline = vec![false; b.quotes.len()];
        for &q in &view.quotes {
            inline[q] = true;
        }
        Scope {
            title: vec![Span::Text(b.meta.title.to_string())],
            intro,
            implications: ranked(b, &view.implications),
            inline,
            timeline: view.timeline.clone(),
            quotes: vec![(text_line("Quotes"), view.quotes.clone())],
            actors: view.actors.clone(),
        }
    }

    /// One implication: its reasoning, the quotes that support it with their speakers, and
    /// the actors involved.
    fn implication(b: &Briefing, i: ImplicationIx) -> Scope {
        let imp = &b.implications[i];
        let mut intro = vec![from_briefing(b)];
        intro.extend(estimate(imp));
        if let Some(detail) = &imp.detail {
            intro.push(paragraph(detail.to_string()));
        }
        let mut actors = imp.actors.clone();
        for &q in &imp.quotes {
            if !actors.contains(&b.quotes[q].speaker) {
                actors.push(b.quotes[q].speaker);
            }
        }
        Scope {
            title: implication_line(b, i),
            intro,
            implications: Vec::new(),
            inline: Vec::new(),
            timeline: Vec::new(),
            quotes: vec![(text_line("Supporting quotes"), imp.quotes.clone())],
            actors,
        }
    }

    /// An actor's dossier: who they are, the implications naming them, the events they are
    /// in, what they said and what was said about them.
    fn dossier(b: &Briefing, a: ActorIx) -> Scope {
        let actor = &b.actors[a];
        let mut details = vec![Span::Text(actor_details(actor))];
        details.extend(reliability_spans("; ", actor.reliability));
        let mut intro = vec![from_briefing(b), Block::Text(details)];
        if let Some(notes) = &actor.notes {
            intro.push(paragraph(notes.to_string()));
        }
        let about: Vec<QuoteIx> = actor
            .mentioned_in
            .iter()
            .copied()
            .filter(|q| !actor.quotes.contains(q))
            .collect();
        let section = |what: &str| vec![Span::Text(format!("{what} {}", actor.name))];
        Scope {
            title: vec![Span::Text(actor.name.to_string())],
            intro,
            implications: ranked(b, &actor.implications),
            inline: Vec::new(),
            timeline: actor.events.clone(),
            quotes: vec![
                (section("Quotes by"), actor.quotes.clone()),
                (section("Quotes about"), about),
            ],
            actors: Vec::new(),
        }
    }
}

/// `From the briefing “TITLE”.`: where a selection comes from.
fn from_briefing(b: &Briefing) -> Block {
    paragraph(format!("From the briefing “{}”.", b.meta.title))
}

/// Implications ranked by severity (high first, then medium, low, none), file order within.
fn ranked(b: &Briefing, implications: &[ImplicationIx]) -> Vec<ImplicationIx> {
    let mut ranked = implications.to_vec();
    ranked.sort_by_key(|&i| Reverse(b.implications[i].severity));
    ranked
}

/// `[HIGH] Region: title`.
fn implication_line(b: &Briefing, i: ImplicationIx) -> Line {
    let imp = &b.implications[i];
    let mut line = Vec::new();
    if let Some(severity) = imp.severity {
        line.push(Span::Mark(severity.tag()));
        line.push(Span::Mark(" "));
    }
    line.push(Span::Text(format!("{}: {}", imp.region, imp.title)));
    line
}

/// `Estimate: likely (55-80%), moderate confidence. Basis: …` of a graded implication.
fn estimate(imp: &Implication) -> Option<Block> {
    let estimate = imp.estimate()?;
    let mut line = vec![
        Span::Mark("Estimate: "),
        Span::Grade(Scales::Estimate, estimate.meaning()),
        Span::Mark("."),
    ];
    if let Some(basis) = &imp.basis {
        line.push(Span::Mark(" Basis: "));
        line.push(Span::Text(basis.to_string()));
    }
    Some(Block::Text(line))
}

/// `SEPARATOR` and `reliability B`, or nothing for an ungraded source.
fn reliability_spans(separator: &'static str, reliability: Option<Reliability>) -> Vec<Span> {
    grade_spans(
        separator,
        Scales::Admiralty,
        reliability.map(|r| format!("reliability {r}")),
    )
}

/// `SEPARATOR` and a grade on `scales`, or nothing for an ungraded item.
fn grade_spans(separator: &'static str, scales: Scales, grade: Option<String>) -> Vec<Span> {
    grade
        .map(|grade| vec![Span::Mark(separator), Span::Grade(scales, grade)])
        .unwrap_or_default()
}

fn text_line(text: &str) -> Line {
    vec![Span::Text(text.to_owned())]
}

/// A paragraph of text from the briefing (or built from it).
fn paragraph(text: impl Into<String>) -> Block {
    Block::Text(vec![Span::Text(text.into())])
}

/// The lines of an optional multi-line field: none, or one.
fn field_lines(field: Option<&SafeText>) -> Vec<Line> {
    field
        .map(|text| vec![Span::Text(text.to_string())])
        .into_iter()
        .collect()
}

/// Builds the blocks, numbering quotes as they are printed.
struct Writer<'a> {
    b: &'a Briefing,
    blocks: Vec<Block>,
    /// Per quote, its number once printed.
    numbers: Vec<Option<usize>>,
    printed: usize,
    /// The citation of a quote that names no source in a briefing of several: every source
    /// (` [1–3]`).
    cite: String,
}

impl<'a> Writer<'a> {
    fn new(b: &'a Briefing) -> Writer<'a> {
        let cite = match b.meta.sources.len() {
            0 | 1 => String::new(),
            n => format!(" [1–{n}]"),
        };
        Writer {
            b,
            blocks: Vec::new(),
            numbers: vec![None; b.quotes.len()],
            printed: 0,
            cite,
        }
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// ` [1, 3]`: the numbers of `sources` in the report's list of sources, in a briefing of
    /// several sources (in one of one source, everything is that source's).
    fn cite(&self, sources: &[usize]) -> String {
        if !self.b.has_several_sources() || sources.is_empty() {
            return String::new();
        }
        let numbers = join(sources.iter().map(|s| (s + 1).to_string()));
        format!(" [{numbers}]")
    }

    fn heading(&mut self, text: &str) {
        self.push(Block::Heading(2, text_line(text)));
    }

    fn implication(&mut self, i: ImplicationIx, inline: &[bool]) {
        let b = self.b;
        let imp = &b.implications[i];
        self.push(Block::Heading(3, implication_line(b, i)));
        self.blocks.extend(estimate(imp));
        if let Some(detail) = &imp.detail {
            self.push(paragraph(detail.to_string()));
        }
        if !imp.actors.is_empty() {
            let names = join(imp.actors.iter().map(|&a| b.actors[a].name.as_str()));
            self.push(paragraph(format!("Actors: {names}")));
        }
        let cite = self.cite(&b.implication_sources(i));
        if !cite.is_empty() {
            self.push(paragraph(format!("Sources:{cite}.")));
        }
        let shown: Vec<QuoteIx> = imp
            .quotes
            .iter()
            .copied()
            .filter(|&q| inline.get(q) == Some(&true))
            .collect();
        let (mut earlier, new): (Vec<QuoteIx>, Vec<QuoteIx>) =
            shown.into_iter().partition(|&q| self.numbers[q].is_some());
        earlier.sort_by_key(|&q| self.numbers[q]);
        for q in new {
            self.quote(q);
        }
        if !earlier.is_empty() {
            let refs = join(earlier.iter().map(|&q| self.reference(q)));
            self.push(paragraph(format!(
                "Also supported by {refs}, quoted above."
            )));
        }
    }

    /// `Q2 (Yoshimasa Hayashi)`: a printed quote by its number and speaker.
    fn reference(&self, q: QuoteIx) -> String {
        let number = self.numbers[q].unwrap_or_default();
        format!(
            "Q{number} ({})",
            self.b.actors[self.b.quotes[q].speaker].name
        )
    }

    fn quote(&mut self, q: QuoteIx) {
        self.printed += 1;
        self.numbers[q] = Some(self.printed);
        let quote = &self.b.quotes[q];
        let cite = match self.b.quote_source(q) {
            Some(source) => self.cite(&[source]),
            None => self.cite.clone(),
        };
        let mut attribution = vec![Span::Text(format!(
            "— {}{cite}",
            attribution(self.b, quote),
        ))];
        let code = self.b.quote_grade(q).map(|code| code.to_string());
        attribution.extend(grade_spans(" · ", Scales::Admiralty, code));
        self.push(Block::Quote {
            number: self.printed,
            text: quote.text.to_string(),
            attribution,
        });
    }

    /// A section of quotes: those not printed yet, or a line saying where they are.
    fn quote_section(&mut self, title: Line, quotes: &[QuoteIx]) {
        if quotes.is_empty() {
            return;
        }
        self.push(Block::Heading(2, title));
        let rest: Vec<QuoteIx> = quotes
            .iter()
            .copied()
            .filter(|&q| self.numbers[q].is_none())
            .collect();
        if rest.is_empty() {
            let all = match quotes.len() {
                1 => "The quote appears".to_owned(),
                n => format!("All {n} quotes appear"),
            };
            self.push(paragraph(format!(
                "{all} above, with the implications they support."
            )));
        }
        for q in rest {
            self.quote(q);
        }
    }

    fn event(&mut self, e: EventIx) {
        let event = &self.b.timeline[e];
        let mut lead = vec![Span::Strong(event.when.to_string())];
        // `2014 (2014)` says nothing twice: the date only when `when` does not already hold it.
        if let Some(date) = event.dates()
            && !event.when.as_str().contains(&date)
        {
            lead.push(Span::Text(format!(" ({date})")));
        }
        let status = event
            .status
            .map(|s| format!(" ({})", s.name()))
            .unwrap_or_default();
        lead.push(Span::Text(format!(": {}{status}", event.title)));
        let code = self.b.event_grade(e).map(|code| code.to_string());
        lead.extend(grade_spans(" · ", Scales::Admiralty, code));
        let cite = self.cite(&self.b.event_sources(e));
        if !cite.is_empty() {
            lead.push(Span::Text(cite));
        }
        let mut body = Vec::new();
        if let Some(history) = self.b.history_text(e) {
            body.push(vec![Span::Text(format!("Status over time: {history}."))]);
        }
        if let Some(basis) = &event.basis {
            body.push(vec![Span::Mark("Basis: "), Span::Text(basis.to_string())]);
        }
        body.extend(field_lines(event.detail.as_ref()));
        self.push(Block::Entry {
            marker: Marker::Bullet,
            lead,
            body,
        });
    }

    fn actor(&mut self, a: ActorIx) {
        let actor = &self.b.actors[a];
        let details = actor_details(actor);
        // `Japan (state)`, but `Yoshimasa Hayashi, Chief Cabinet Secretary, ... (person)`.
        let separator = if details.starts_with('(') { " " } else { ", " };
        let mut lead = vec![
            Span::Strong(actor.name.to_string()),
            Span::Text(format!("{separator}{details}")),
        ];
        lead.extend(reliability_spans("; ", actor.reliability));
        let mut body = field_lines(actor.notes.as_ref());
        let mut quoted: Vec<usize> = actor
            .quotes
            .iter()
            .filter_map(|&q| self.numbers[q])
            .collect();
        quoted.sort_unstable();
        if !quoted.is_empty() {
            let quoted = join(quoted.iter().map(|n| format!("Q{n}")));
            body.push(vec![Span::Text(format!("Quoted: {quoted}."))]);
        }
        self.push(Block::Entry {
            marker: Marker::Bullet,
            lead,
            body,
        });
    }

    fn sources(&mut self) {
        for (n, source) in self.b.meta.sources.iter().enumerate() {
            let mut parts = vec![source.title.to_string()];
            parts.extend(source.publisher.iter().map(ToString::to_string));
            parts.extend(source.published.map(|d| d.to_string()));
            let body = source
                .url
                .iter()
                .map(|url| vec![Span::Url(url.to_string())])
                .collect();
            if self.b.has_several_sources()
                && let Some(id) = &source.id
            {
                parts.push(format!("id {id}"));
            }
            let mut lead = vec![Span::Text(parts.join(", "))];
            lead.extend(reliability_spans(", ", source.reliability));
            self.push(Block::Entry {
                marker: Marker::Number(n + 1),
                lead,
                body,
            });
        }
    }

    /// The analyst's marks: each item with its flags, then the note. A quote is named by its
    /// number in the report and given whole, with its speaker.
    fn notes(&mut self, notes: &[super::AnalystNote]) {
        for note in notes {
            let quote = (note.kind == "quote")
                .then(|| self.b.quotes.iter().position(|q| q.id.as_str() == note.id))
                .flatten();
            let item = match quote {
                Some(q) => {
                    let quote = &self.b.quotes[q];
                    let number = self.numbers[q]
                        .map(|n| format!("Q{n} "))
                        .unwrap_or_default();
                    format!(
                        "{number}{}: “{}”",
                        self.b.actors[quote.speaker].name,
                        quote.text.as_str().replace('\n', " ")
                    )
                }
                None => note.item.clone(),
            };
            let mut lead = vec![Span::Strong(format!("{} {item}", note.kind))];
            if !note.flags.is_empty() {
                lead.push(Span::Text(format!(" ({})", note.flags.join(", "))));
            }
            let body = (!note.note.is_empty())
                .then(|| vec![Span::Text(note.note.clone())])
                .into_iter()
                .collect();
            self.push(Block::Entry {
                marker: Marker::Bullet,
                lead,
                body,
            });
        }
    }

    /// The legend of the scales the report's grades are on, once at its end; nothing when
    /// it shows no grade.
    fn legend(&mut self) {
        let used = |scales: Scales| {
            self.blocks
                .iter()
                .flat_map(Block::lines)
                .flatten()
                .any(|span| matches!(span, Span::Grade(on, _) if *on == scales))
        };
        let (admiralty, estimate) = (used(Scales::Admiralty), used(Scales::Estimate));
        if !admiralty && !estimate {
            return;
        }
        self.heading("Grades");
        if admiralty {
            // Items can name a source only when one has an id: until then, the older rule
            // is the whole rule.
            let named = self.b.meta.sources.iter().any(|s| s.id.is_some());
            self.push(paragraph(match self.b.has_several_sources() && named {
                false => {
                    "A code such as B2 pairs the reliability of the source (the letter) with the \
                     credibility of the information (the number). An event takes the reliability of \
                     the briefing's first source; a quote, that of its speaker when the speaker is \
                     graded, else of the first source; an ungraded source counts as F."
                }
                true => {
                    "A code such as B2 pairs the reliability of the source (the letter) with the \
                     credibility of the information (the number). An event takes the best \
                     reliability among its own sources; a quote, that of its speaker when the \
                     speaker is graded, else of its own source; an item that names no source, \
                     that of the first source; an ungraded source counts as F."
                }
            }));
            self.scales(grade::admiralty_scales());
        }
        if estimate {
            self.scales(grade::estimate_scales());
        }
    }

    fn scales(&mut self, scales: [Scale; 2]) {
        for scale in scales {
            self.push(Block::Entry {
                marker: Marker::Bullet,
                lead: vec![
                    Span::Strong(scale.title.to_owned()),
                    Span::Text(format!(": {}.", scale.grades.join(", "))),
                ],
                body: Vec::new(),
            });
        }
    }
}

/// `Chief Cabinet Secretary, Government of Japan, Japan (person); also DPRK`: role,
/// affiliation and country, each once, the kind, and the aliases the name does not contain.
pub(super) fn actor_details(actor: &Actor) -> String {
    let mut details = distinct_details(actor).join(", ");
    if !details.is_empty() {
        details.push(' ');
    }
    details.push_str(&format!("({})", actor.kind.name()));
    let name = actor.name.as_str().to_lowercase();
    let aliases: Vec<&str> = actor
        .aliases
        .iter()
        .map(|a| a.as_str())
        .filter(|a| {
            let alias = a.to_lowercase();
            !name.contains(&alias) && !alias.contains(&name)
        })
        .collect();
    if !aliases.is_empty() {
        details.push_str(&format!("; also {}", aliases.join(", ")));
    }
    details
}

/// Role, affiliation and country without repeats (`South Korea, South Korea`) or the name.
pub(super) fn distinct_details(actor: &Actor) -> Vec<&str> {
    let mut seen = vec![actor.name.as_str().to_lowercase()];
    let mut details = Vec::new();
    for part in [&actor.role, &actor.affiliation, &actor.country]
        .into_iter()
        .flatten()
    {
        let key = part.as_str().to_lowercase();
        if !seen.contains(&key) {
            seen.push(key);
            details.push(part.as_str());
        }
    }
    details
}

/// Who said a quote and where: `Name, role (context)`.
pub(super) fn attribution(b: &Briefing, q: &Quote) -> String {
    let speaker = &b.actors[q.speaker];
    let role = speaker
        .role
        .as_ref()
        .map(|r| format!(", {r}"))
        .unwrap_or_default();
    let context = q
        .context
        .as_ref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    format!("{}{role}{context}", speaker.name)
}

fn join<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let items: Vec<I::Item> = items.into_iter().collect();
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    parts.join(", ")
}
