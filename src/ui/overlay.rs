//! The two overlays: the detail view of one item (all its text and every linked item) and
//! help (built from the live keymap, so it always shows the keys that work).

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::text::{fit, wrap, wrap_marked};
use super::{Theme, layout};
use crate::app::{App, Overlay, Pane};
use crate::briefing::model::Named;
use crate::provenance::SourceState;
use crate::text::{SafeText, floor_char_boundary};
use crate::verify::Finding;

/// Bytes of the source paragraph shown on each side of a quote in its detail view.
const CONTEXT_BYTES: usize = 1500;

/// Most linked items listed in a detail view; the rest are counted.
const MAX_LINKS: usize = 200;

/// Draws `overlay` over the panes.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, overlay: Overlay) {
    let area = layout::overlay(frame.area());
    let (title, scroll) = match overlay {
        Overlay::Help { scroll } => (" Keys (Esc closes) ".to_owned(), scroll),
        Overlay::Detail { pane, scroll, .. } => {
            (format!(" {} · detail (Esc closes) ", pane.title()), scroll)
        }
    };
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focus)
        .title(Span::styled(
            fit(&title, usize::from(area.width.saturating_sub(2))),
            theme.focus,
        ));
    let inner = block.inner(area);
    let lines = lines(app, theme, overlay, usize::from(inner.width));
    let total = lines.len();
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .collect();
    let more = total.saturating_sub(scroll + shown.len());
    let block = if more > 0 {
        block.title_bottom(Line::from(format!(" ↓ {more} more lines ")).right_aligned())
    } else {
        block
    };
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(shown).block(block), area);
}

/// How many lines `overlay` has at the current terminal size (for scrolling limits).
pub fn line_count(app: &App, overlay: Overlay) -> usize {
    let inner_width = layout::overlay(app.area).width.saturating_sub(2);
    lines(app, &Theme::monochrome(), overlay, usize::from(inner_width)).len()
}

fn lines(app: &App, theme: &Theme, overlay: Overlay, width: usize) -> Vec<Line<'static>> {
    match overlay {
        Overlay::Help { .. } => help(app, theme, width),
        Overlay::Detail { pane, item, .. } => Detail {
            app,
            theme,
            width,
            lines: Vec::new(),
        }
        .build(pane, item),
    }
}

fn help(app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let key_width = app
        .keymap
        .bindings()
        .iter()
        .map(|(action, _)| app.keymap.keys_label(*action).chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let mut lines = vec![
        Line::styled(
            "Enter follows links: an actor to their quotes, a quote to its speaker,",
            theme.muted,
        ),
        Line::styled(
            "an event to its actors, an implication to its quotes. Back returns.",
            theme.muted,
        ),
        Line::default(),
    ];
    for (action, _) in app.keymap.bindings() {
        let keys = format!("{:key_width$}", app.keymap.keys_label(*action));
        lines.push(Line::from(vec![
            Span::styled(fit(&keys, key_width), theme.strong),
            Span::raw("  "),
            Span::raw(fit(
                action.description(),
                width.saturating_sub(key_width + 2),
            )),
        ]));
    }
    lines
}

/// Builds the lines of one item's detail view.
struct Detail<'a> {
    app: &'a App,
    theme: &'a Theme,
    width: usize,
    lines: Vec<Line<'static>>,
}

impl Detail<'_> {
    fn build(mut self, pane: Pane, item: usize) -> Vec<Line<'static>> {
        let b = &self.app.briefing;
        match pane {
            Pane::Timeline => {
                let event = &b.timeline[item];
                let mut when = event.when.to_string();
                if let Some(dates) = event.dates() {
                    when.push_str(&format!(" ({dates})"));
                }
                if let Some(status) = event.status {
                    when.push_str(&format!(" · {}", status.name()));
                }
                self.heading(&when);
                self.text(event.title.as_str(), Style::new());
                self.optional_text(&event.detail);
                self.list("Actors", &event.actors, None, |a| {
                    b.actors[a].name.to_string()
                });
            }
            Pane::Actors => {
                let actor = &b.actors[item];
                self.heading(&format!("{} ({})", actor.name, actor.kind.name()));
                self.field("Role", &actor.role);
                self.field("Affiliation", &actor.affiliation);
                self.field("Country", &actor.country);
                if !actor.aliases.is_empty() {
                    let aliases: Vec<&str> = actor.aliases.iter().map(|a| a.as_str()).collect();
                    self.text(
                        &format!("Also known as: {}", aliases.join(", ")),
                        self.theme.muted,
                    );
                }
                self.optional_text(&actor.notes);
                self.list("Quotes by them", &actor.quotes, None, |q| quote_line(b, q));
                self.list("Quotes about them", &actor.mentioned_in, None, |q| {
                    quote_line(b, q)
                });
                self.list("Timeline", &actor.events, None, |e| event_line(b, e));
                self.list("Implications", &actor.implications, None, |i| {
                    implication_line(b, i)
                });
            }
            Pane::Quotes => {
                let quote = &b.quotes[item];
                let speaker = &b.actors[quote.speaker];
                self.text(&format!("“{}”", quote.text), Style::new());
                let role = speaker
                    .role
                    .as_ref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                self.heading(&format!("— {}{role}", speaker.name));
                self.field("Context", &quote.context);
                self.provenance(item);
                self.list("About", &quote.about, None, |a| {
                    b.actors[a].name.to_string()
                });
                self.list("Supports", &quote.implications, None, |i| {
                    implication_line(b, i)
                });
                let label = format!("Other quotes by {}", speaker.name);
                self.list(&label, &speaker.quotes, Some(item), |q| quote_line(b, q));
            }
            Pane::Implications => {
                let implication = &b.implications[item];
                let severity = implication
                    .severity
                    .map(|s| format!(" · {}", s.name()))
                    .unwrap_or_default();
                self.heading(&format!("{}{severity}", implication.region));
                self.text(implication.title.as_str(), Style::new());
                self.optional_text(&implication.detail);
                self.list("Actors", &implication.actors, None, |a| {
                    b.actors[a].name.to_string()
                });
                self.list("Supporting quotes", &implication.quotes, None, |q| {
                    quote_line(b, q)
                });
            }
        }
        self.lines
    }

    /// Where the quote stands in the briefing's source text: its paragraph with the quote
    /// highlighted, or a warning that it is not there.
    fn provenance(&mut self, quote: usize) {
        let Some(provenance) = &self.app.provenance else {
            return;
        };
        self.lines.push(Line::default());
        let provenance = match provenance {
            SourceState::Ready(provenance) => provenance,
            SourceState::Reading => {
                self.text("Reading the source text…", self.theme.muted);
                return;
            }
            SourceState::Unavailable(error) => {
                self.text(
                    &format!("Source text unavailable: {error}"),
                    self.theme.muted,
                );
                return;
            }
        };
        let name = crate::briefing::files::shown(&provenance.path);
        let source = provenance.source.as_str();
        match provenance.finding(quote) {
            Some(Finding::Verbatim { at, paragraph, .. }) => {
                let line = provenance.line(paragraph.start);
                self.heading(&format!("In the source ({name}, line {line})"));
                // Around the quote, at most CONTEXT_BYTES of its paragraph each side. The
                // bounds are clamped so that they nest whatever the finding says.
                let at = at.start.min(source.len())..at.end.min(source.len()).max(at.start);
                let from = floor_char_boundary(
                    source,
                    at.start
                        .saturating_sub(CONTEXT_BYTES)
                        .max(paragraph.start.min(at.start)),
                );
                let to = floor_char_boundary(
                    source,
                    (at.end + CONTEXT_BYTES).min(paragraph.end.max(at.end)),
                );
                let (start, end) = (
                    floor_char_boundary(source, at.start),
                    floor_char_boundary(source, at.end),
                );
                let lead = if from > paragraph.start { "…" } else { "" };
                let tail = if to < paragraph.end { "…" } else { "" };
                // A paragraph of a hard-wrapped article spans lines: they flow as spaces.
                let flowing =
                    |raw: &str| SafeText::excerpt(&raw.replace(['\r', '\n'], " "), usize::MAX);
                let before = format!("{lead}{}", flowing(&source[from..start]));
                let words = flowing(&source[start..end]);
                let after = flowing(&source[end..to]);
                let text = format!("{before}{words}{after}{tail}");
                let marked = before.len()..before.len() + words.as_str().len();
                self.lines
                    .extend(wrap_marked(&text, marked, self.width, self.theme.hit));
            }
            Some(Finding::Misquote { .. }) => {
                let alarm = self.theme.severity(crate::briefing::model::Severity::High);
                self.text(
                    &format!("✗ Not verbatim in the source text ({name})"),
                    alarm,
                );
                self.text(
                    "`brief check` shows the closest passage and what differs.",
                    self.theme.muted,
                );
            }
            None => {}
        }
    }

    fn heading(&mut self, text: &str) {
        for line in wrap(text, self.width, usize::MAX) {
            self.lines.push(Line::styled(line, self.theme.strong));
        }
    }

    fn text(&mut self, text: &str, style: Style) {
        for line in wrap(text, self.width, usize::MAX) {
            self.lines.push(Line::styled(line, style));
        }
    }

    fn optional_text(&mut self, text: &Option<SafeText>) {
        if let Some(text) = text {
            self.lines.push(Line::default());
            self.text(text.as_str(), Style::new());
        }
    }

    fn field(&mut self, label: &str, value: &Option<SafeText>) {
        if let Some(value) = value {
            for line in wrap(&format!("{label}: {value}"), self.width, usize::MAX) {
                self.lines.push(Line::styled(line, self.theme.muted));
            }
        }
    }

    /// A heading with the count, then one line per linked item (at most [`MAX_LINKS`]),
    /// leaving out `exclude` (`items` must be sorted when `exclude` is given).
    fn list(
        &mut self,
        label: &str,
        items: &[usize],
        exclude: Option<usize>,
        describe: impl Fn(usize) -> String,
    ) {
        let total =
            items.len() - exclude.map_or(0, |x| usize::from(items.binary_search(&x).is_ok()));
        if total == 0 {
            return;
        }
        self.lines.push(Line::default());
        self.lines.push(Line::styled(
            format!("{label} ({total})"),
            self.theme.strong,
        ));
        for &item in items
            .iter()
            .filter(|&&i| Some(i) != exclude)
            .take(MAX_LINKS)
        {
            self.lines.push(Line::raw(fit(
                &format!("  • {}", describe(item)),
                self.width,
            )));
        }
        if total > MAX_LINKS {
            self.lines.push(Line::styled(
                format!("  … and {} more", total - MAX_LINKS),
                self.theme.muted,
            ));
        }
    }
}

fn quote_line(b: &crate::briefing::Briefing, quote: usize) -> String {
    let q = &b.quotes[quote];
    let first: String = q.text.as_str().chars().take(120).collect();
    format!(
        "“{}” — {}",
        first.replace('\n', " "),
        b.actors[q.speaker].name
    )
}

fn event_line(b: &crate::briefing::Briefing, event: usize) -> String {
    let e = &b.timeline[event];
    format!("{} — {}", e.when, e.title)
}

fn implication_line(b: &crate::briefing::Briefing, implication: usize) -> String {
    let i = &b.implications[implication];
    let severity = i
        .severity
        .map(|s| format!(" [{}]", s.name()))
        .unwrap_or_default();
    format!("{}{severity} — {}", i.region, i.title)
}
