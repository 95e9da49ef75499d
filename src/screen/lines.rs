//! The lines of one list item, as plain text with roles, and the window of items a pane shows:
//! the model counts lines to scroll and to place clicks, the view styles and draws the same
//! lines, so the two can never disagree. Only the items on screen are ever built.

use std::sync::Arc;

use super::flow::{Field, flow};
pub use super::piece::{Piece, Role, TextLine, piece};
use super::row_cache::{RowCache, RowKey};
use super::row_shape::FULL_LINES;
pub use super::row_shape::{Badge, Extent};
use super::wrap::{fit, wrap};
use crate::briefing::Briefing;
use crate::briefing::model::Named;
use crate::chart::timeline::status_glyph;
use crate::fold::{find_ranges, fold};
use crate::pane::Pane;
use crate::text::SafeText;
use crate::text::counted;

/// `text` wrapped to `width` in lines of one role, at most `max_lines`.
pub fn wrapped(text: &str, role: Role, width: usize, max_lines: usize) -> Vec<TextLine> {
    wrap(text, width, max_lines)
        .into_iter()
        .map(|line| vec![piece(role, line)])
        .collect()
}

/// Lines of a title in a compact row.
const COMPACT_TITLE_LINES: usize = 3;
/// Lines of a quote's words in a compact row.
const COMPACT_QUOTE_LINES: usize = 4;
/// Lines of a row's fields (a status and grade, a role, an attribution) in a compact row.
const COMPACT_FIELD_LINES: usize = 1;

/// Where rows get their badges from.
pub trait Badges {
    /// The badge of item `item` of `pane`.
    fn badge(&self, pane: Pane, item: usize) -> Badge;
}

/// What rows need besides the briefing: the search, which quotes are misquotes, and the
/// analyst's marks.
#[derive(Clone, Copy, Default)]
pub struct Marks<'a> {
    /// The folded search query ("" when there is none).
    pub folded_query: &'a str,
    /// The items matching the search, per pane, ascending.
    pub matches: [&'a [usize]; 4],
    /// Quotes not verbatim in the source text, ascending.
    pub misquotes: &'a [usize],
    /// The analyst's marks, when the store is in use.
    pub badges: Option<&'a dyn Badges>,
}

impl Marks<'_> {
    fn is_match(&self, pane: Pane, item: usize) -> bool {
        !self.folded_query.is_empty() && self.matches[pane.index()].binary_search(&item).is_ok()
    }

    /// Everything of these marks that shapes the row of `item` of `pane`.
    fn row_key(&self, pane: Pane, item: usize, width: usize, extent: Extent) -> RowKey {
        RowKey {
            pane,
            item,
            width: width.max(1),
            extent,
            badge: self.badges.map(|b| b.badge(pane, item)),
            is_match: self.is_match(pane, item),
            misquote: pane == Pane::Quotes && self.misquotes.binary_search(&item).is_ok(),
        }
    }
}

/// The text fields of an item that search looks in, each with a label, in the order the
/// item shows them.
pub fn fields(b: &Briefing, pane: Pane, item: usize) -> Vec<(&'static str, &str)> {
    match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            [
                Some(("when", e.when.as_str())),
                Some(("title", e.title.as_str())),
                opt("detail", &e.detail),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        Pane::Actors => {
            let a = &b.actors[item];
            let mut fields: Vec<(&str, &str)> = [
                Some(("name", a.name.as_str())),
                opt("role", &a.role),
                opt("affiliation", &a.affiliation),
                opt("country", &a.country),
            ]
            .into_iter()
            .flatten()
            .collect();
            fields.extend(a.aliases.iter().map(|alias| ("also", alias.as_str())));
            fields.extend(opt("notes", &a.notes));
            fields
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            [
                Some(("quote", q.text.as_str())),
                Some(("speaker", b.actors[q.speaker].name.as_str())),
                opt("context", &q.context),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        Pane::Implications => {
            let i = &b.implications[item];
            [
                Some(("region", i.region.as_str())),
                Some(("title", i.title.as_str())),
                opt("detail", &i.detail),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
    }
}

fn opt<'a>(label: &'static str, text: &'a Option<SafeText>) -> Option<(&'static str, &'a str)> {
    text.as_ref().map(|t| (label, t.as_str()))
}

/// Importance of a row's fields, for [`Field::cut`] and [`Field::drop`]: when the lines run
/// out, the lowest gives way first.
mod rank {
    /// Running text of a compact row: a title, a quote's words.
    pub const TEXT: u8 = 0;
    /// What adds to the main field: a quote's context, an event's exact dates, a count, a
    /// country.
    pub const ASIDE: u8 = 1;
    /// A grade or an estimate, an affiliation.
    pub const GRADE: u8 = 2;
    /// The name of the row: a speaker, a region, an actor's name or role, an event's date. It
    /// loses its last words before a status or severity leaves, and keeps its first.
    pub const NAME: u8 = 3;
    /// A status, a severity.
    pub const STATUS: u8 = 4;
}

/// One part of a row (its fields line, its title, its quote): fields laid out together, at
/// most `lines` lines.
struct Part {
    lines: usize,
    fields: Vec<Field>,
}

/// The parts of the row `key`.
fn parts(b: &Briefing, key: &RowKey) -> Vec<Part> {
    let RowKey {
        pane, item, extent, ..
    } = *key;
    let full = extent == Extent::Full;
    let fields_lines = extent.lines(COMPACT_FIELD_LINES);
    let text = |role, text: &str, lines| Part {
        lines,
        fields: vec![Field::text(role, "", text).cut(rank::TEXT)],
    };
    let mut parts = Vec::new();
    match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            let mut head = vec![Field::text(Role::Strong, "", e.when.as_str()).cut(rank::NAME)];
            if let Some(dates) = e.dates().filter(|d| !e.when.as_str().contains(d.as_str())) {
                head.push(Field::unit(Role::Muted, " ", format!("({dates})")).drop(rank::ASIDE));
            }
            if let Some(status) = e.status {
                let shown = format!("{} {}", status_glyph(Some(status)), status.name());
                head.push(Field::unit(Role::Status(status), " · ", shown).drop(rank::STATUS));
            }
            if let Some(grade) = b.event_grade(item) {
                head.push(Field::unit(Role::Grade, " · ", grade.to_string()).drop(rank::GRADE));
            }
            head.extend(source_field(b.source_tag(&b.event_sources(item))));
            parts.push(Part {
                lines: fields_lines,
                fields: head,
            });
            let title_lines = extent.lines(COMPACT_TITLE_LINES);
            parts.push(text(Role::Plain, e.title.as_str(), title_lines));
            if full {
                if let Some(detail) = &e.detail {
                    parts.push(text(Role::Plain, detail.as_str(), FULL_LINES));
                }
                if !e.actors.is_empty() {
                    let actors = format!("Actors: {}", b.actor_names(&e.actors));
                    parts.push(text(Role::Muted, &actors, FULL_LINES));
                }
            }
        }
        Pane::Actors => {
            let a = &b.actors[item];
            let count = counted(a.quotes.len(), "quote");
            parts.push(Part {
                lines: fields_lines,
                fields: vec![
                    Field::text(Role::Strong, "", a.name.as_str()).cut(rank::NAME),
                    Field::unit(Role::Muted, " · ", count).drop(rank::ASIDE),
                ],
            });
            let about: Vec<Field> = [
                (&a.role, rank::NAME),
                (&a.affiliation, rank::GRADE),
                (&a.country, rank::ASIDE),
            ]
            .into_iter()
            .filter_map(|(text, rank)| Some((text.as_ref()?.as_str(), rank)))
            .enumerate()
            .map(|(n, (text, rank))| match n {
                0 => Field::text(Role::Muted, "", text).cut(rank),
                _ if rank == rank::ASIDE => Field::unit(Role::Muted, " · ", text).drop(rank),
                _ => Field::unit(Role::Muted, " · ", text).cut(rank),
            })
            .collect();
            if !about.is_empty() {
                parts.push(Part {
                    lines: fields_lines,
                    fields: about,
                });
            }
            if full {
                if !a.aliases.is_empty() {
                    let aliases: Vec<&str> = a.aliases.iter().map(|t| t.as_str()).collect();
                    let also = format!("Also: {}", aliases.join(", "));
                    parts.push(text(Role::Muted, &also, FULL_LINES));
                }
                if let Some(notes) = &a.notes {
                    parts.push(text(Role::Plain, notes.as_str(), FULL_LINES));
                }
            }
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            let words = format!("“{}”", q.text);
            parts.push(text(Role::Plain, &words, extent.lines(COMPACT_QUOTE_LINES)));
            let mut by = Vec::new();
            if key.misquote {
                by.push(Field::unit(Role::Alarm, "", "✗ not in source"));
            }
            let speaker = format!("— {}", b.actors[q.speaker].name);
            by.push(Field::text(Role::Muted, " ", speaker).cut(rank::NAME));
            if let Some(context) = &q.context {
                by.push(Field::text(Role::Muted, ", ", context.as_str()).cut(rank::ASIDE));
            }
            if let Some(grade) = b.quote_grade(item) {
                by.push(Field::unit(Role::Grade, " · ", grade.to_string()).drop(rank::GRADE));
            }
            by.extend(source_field(b.source_tag(b.quote_source(item).as_slice())));
            parts.push(Part {
                lines: fields_lines,
                fields: by,
            });
        }
        Pane::Implications => {
            let i = &b.implications[item];
            let mut head = vec![Field::text(Role::Strong, "", i.region.as_str()).cut(rank::NAME)];
            if let Some(severity) = i.severity {
                head.push(
                    Field::unit(Role::Severity(severity), " ", severity.tag()).drop(rank::STATUS),
                );
            }
            if let Some(estimate) = i.estimate() {
                head.push(Field::unit(Role::Grade, " · ", estimate.compact()).drop(rank::GRADE));
            }
            head.extend(source_field(b.source_tag(&b.implication_sources(item))));
            parts.push(Part {
                lines: fields_lines,
                fields: head,
            });
            parts.push(text(
                Role::Plain,
                i.title.as_str(),
                extent.lines(COMPACT_TITLE_LINES),
            ));
            if full && let Some(detail) = &i.detail {
                parts.push(text(Role::Plain, detail.as_str(), FULL_LINES));
            }
        }
    }
    parts
}

/// The field of a row's source tag (`[nato-confirms]`), which gives way like a grade.
fn source_field(tag: Option<String>) -> Option<Field> {
    Some(Field::unit(Role::Muted, " · ", tag?).drop(rank::GRADE))
}

/// The lines of item `item` of `pane`, `width` columns wide. The analyst's badges are placed
/// before the first part is laid out, so they take room from its lines and never a word.
pub fn item_lines(
    b: &Briefing,
    marks: &Marks,
    pane: Pane,
    item: usize,
    width: usize,
    extent: Extent,
) -> Vec<TextLine> {
    row_lines(
        b,
        marks.folded_query,
        &marks.row_key(pane, item, width, extent),
    )
}

/// The lines of the row `key`, under the search `folded_query`.
fn row_lines(b: &Briefing, folded_query: &str, key: &RowKey) -> Vec<TextLine> {
    let RowKey {
        pane, item, width, ..
    } = *key;
    let mut parts = parts(b, key);
    if let Some(badge) = &key.badge
        && let Some(first) = parts.first_mut()
    {
        let mut lead = badge.flags.clone();
        if badge.note {
            lead.push('✎');
        }
        if !lead.is_empty() {
            if let Some(after) = first.fields.first_mut()
                && after.lead.is_empty()
            {
                after.lead = " ";
            }
            first.fields.insert(0, Field::unit(Role::Badge, "", lead));
        }
        if badge.new {
            first.fields.push(Field::unit(Role::Badge, " · ", "new"));
        }
    }
    let mut lines: Vec<TextLine> = parts
        .iter()
        .flat_map(|part| flow(&part.fields, width, part.lines))
        .collect();
    if key.is_match && !shows(&lines, folded_query) {
        lines.extend(snippet(b, pane, item, folded_query, width));
    }
    lines
}

/// True when the lines show `folded_query` somewhere.
fn shows(lines: &[TextLine], folded_query: &str) -> bool {
    lines
        .iter()
        .flatten()
        .any(|p| fold(&p.text).contains(folded_query))
}

/// Most columns of context shown on each side of a match in a snippet.
const SNIPPET_CONTEXT: usize = 30;

/// A line showing where in a field the item matches, for a match the row does not show: the
/// field's label and the words from a little before the match.
fn snippet(
    b: &Briefing,
    pane: Pane,
    item: usize,
    folded_query: &str,
    width: usize,
) -> Option<TextLine> {
    use unicode_width::UnicodeWidthStr;
    fields(b, pane, item).into_iter().find_map(|(label, text)| {
        let flat = text.replace('\n', " ");
        let range = find_ranges(&flat, folded_query).into_iter().next()?;
        let before: Vec<char> = flat[..range.start].chars().collect();
        let skip = before.len().saturating_sub(SNIPPET_CONTEXT);
        let lead = if skip > 0 { "…" } else { "" };
        let before: String = before[skip..].iter().collect();
        let label = format!("↳ {label}: ");
        let room = width.saturating_sub(label.width());
        let body = format!("{lead}{before}{}", &flat[range.start..]);
        Some(vec![
            piece(Role::Muted, label),
            piece(Role::Plain, fit(&body, room)),
        ])
    })
}

/// One item on screen: its row position in the pane, the item, and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Position in the pane's rows.
    pub position: usize,
    /// The item index in its list.
    pub item: usize,
    /// Its lines (the last row may have more than fit: the view cuts them).
    pub lines: Arc<Vec<TextLine>>,
}

/// The rows a pane lists, as the model sees them: how many, and the item at each position.
pub trait RowList {
    /// Number of rows.
    fn count(&self) -> usize;
    /// The item at row `position`.
    fn item(&self, position: usize) -> Option<usize>;
}

/// Everything needed to build a pane's rows.
pub struct PaneRows<'a, R: RowList> {
    /// The briefing.
    pub briefing: &'a Briefing,
    /// Search and misquotes.
    pub marks: Marks<'a>,
    /// Which pane.
    pub pane: Pane,
    /// Its rows.
    pub rows: R,
    /// Text columns of a row.
    pub width: usize,
    /// Lines the pane has for rows.
    pub height: usize,
    /// How much of each item to show.
    pub extent: Extent,
    /// Rows laid out before, when they are kept.
    pub cache: Option<&'a RowCache>,
}

impl<R: RowList> PaneRows<'_, R> {
    /// The same rows, each whole when every row of the pane fits whole in its height (a
    /// short list spends its spare lines on whole rows rather than leave them empty).
    /// Only a list no longer than the pane is tried, so the cost is that of one screen.
    pub fn fitted(mut self) -> Self {
        let count = self.rows.count();
        if !matches!(self.extent, Extent::Compact { .. }) || count > self.height {
            return self;
        }
        // A part as tall as the pane is the most that can fit whole.
        let whole = Extent::Compact {
            scale: self.height.max(1),
        };
        let mut used = 0;
        for position in 0..count {
            let Some(item) = self.rows.item(position) else {
                break;
            };
            used += self.item_lines(item, whole).len();
            if used > self.height {
                return self;
            }
        }
        self.extent = whole;
        self
    }

    /// The lines of `item` at `extent`, from the cache when they are kept there.
    fn item_lines(&self, item: usize, extent: Extent) -> Arc<Vec<TextLine>> {
        let key = self.marks.row_key(self.pane, item, self.width, extent);
        let query = self.marks.folded_query;
        let lay_out = |key: &RowKey| row_lines(self.briefing, query, key);
        match self.cache {
            Some(cache) => cache.lines(self.briefing, query, key, lay_out),
            None => Arc::new(lay_out(&key)),
        }
    }

    fn lines(&self, position: usize) -> Option<(usize, Arc<Vec<TextLine>>)> {
        let item = self.rows.item(position)?;
        Some((item, self.item_lines(item, self.extent)))
    }

    /// The rows on screen from `offset`: as many as start within the pane's height.
    pub fn window(&self, offset: usize) -> Vec<Row> {
        let mut used = 0;
        let mut out = Vec::new();
        for position in offset..self.rows.count() {
            if used >= self.height {
                break;
            }
            let Some((item, lines)) = self.lines(position) else {
                break;
            };
            used += lines.len();
            out.push(Row {
                position,
                item,
                lines,
            });
        }
        out
    }

    /// The first row to show so that row `selected` is on screen, moving as little as
    /// possible from `offset`: the selection whole when it fits, else from its top. Builds
    /// only the rows between, so the cost is that of one screen.
    pub fn offset_showing(&self, selected: usize, offset: usize) -> usize {
        let height_of = |position| self.lines(position).map_or(1, |(_, l)| l.len().max(1));
        if selected < offset {
            return selected;
        }
        let mut used = 0;
        for position in offset..=selected {
            used += height_of(position);
            if used > self.height {
                break;
            }
        }
        if used <= self.height {
            return offset;
        }
        let mut start = selected;
        let mut used = height_of(selected);
        while start > 0 {
            let above = height_of(start - 1);
            if used + above > self.height {
                break;
            }
            used += above;
            start -= 1;
        }
        start
    }

    /// The row at line `line` of the pane (0 is its first line) when showing from `offset`.
    pub fn position_at_line(&self, offset: usize, line: usize) -> Option<usize> {
        let mut top = 0;
        for row in self.window(offset) {
            top += row.lines.len();
            if line < top {
                return Some(row.position);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;
    use crate::screen::piece::plain as text;

    struct All(usize);

    impl RowList for All {
        fn count(&self) -> usize {
            self.0
        }
        fn item(&self, position: usize) -> Option<usize> {
            (position < self.0).then_some(position)
        }
    }

    fn bundled() -> Briefing {
        crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap()
    }

    #[test]
    fn a_one_line_quote_takes_two_lines_and_a_long_one_up_to_five() {
        let b = bundled();
        let short = b
            .quotes
            .iter()
            .position(|q| q.text.as_str() == "serious concern")
            .unwrap();
        let lines = item_lines(
            &b,
            &Marks::default(),
            Pane::Quotes,
            short,
            60,
            Extent::Compact { scale: 1 },
        );
        let shown = text(&lines);
        assert_eq!(
            shown.len(),
            2,
            "no blank line under a short quote: {shown:?}"
        );
        assert_eq!(shown[0], "“serious concern”");
        assert!(shown[1].starts_with("— Japan"));
        let long = (0..b.quotes.len())
            .max_by_key(|&q| b.quotes[q].text.as_str().len())
            .unwrap();
        let lines = item_lines(
            &b,
            &Marks::default(),
            Pane::Quotes,
            long,
            40,
            Extent::Compact { scale: 1 },
        );
        assert_eq!(lines.len(), COMPACT_QUOTE_LINES + 1);
        let full = item_lines(&b, &Marks::default(), Pane::Quotes, long, 40, Extent::Full);
        assert!(full.len() > lines.len());
        assert!(
            text(&full)
                .concat()
                .contains(&b.quotes[long].text.as_str()[..20])
        );
    }

    #[test]
    fn an_actor_without_role_or_country_takes_one_line() {
        let b = bundled();
        let japan = b
            .actors
            .iter()
            .position(|a| a.name.as_str() == "Japan")
            .unwrap();
        let lines = item_lines(
            &b,
            &Marks::default(),
            Pane::Actors,
            japan,
            60,
            Extent::Compact { scale: 1 },
        );
        let shown = text(&lines);
        assert!(!shown.iter().any(|l| l == "state"), "{shown:?}");
    }

    #[test]
    fn a_match_the_row_does_not_show_gets_a_snippet_line() {
        let b = bundled();
        let folded = fold("3,000");
        let matches: Vec<usize> = (0..b.actors.len())
            .filter(|&a| {
                fields(&b, Pane::Actors, a)
                    .iter()
                    .any(|(_, t)| fold(t).contains(&folded))
            })
            .collect();
        assert!(!matches.is_empty());
        let marks = Marks {
            folded_query: &folded,
            matches: [&[], &matches, &[], &[]],
            misquotes: &[],
            badges: None,
        };
        let lines = item_lines(
            &b,
            &marks,
            Pane::Actors,
            matches[0],
            60,
            Extent::Compact { scale: 1 },
        );
        let last = text(&lines).pop().unwrap();
        assert!(last.starts_with("↳ ") && last.contains("3,000"), "{last}");
    }

    #[test]
    fn the_offset_moves_as_little_as_needed_to_show_the_selection() {
        let b = bundled();
        let rows = PaneRows {
            briefing: &b,
            marks: Marks::default(),
            pane: Pane::Quotes,
            rows: All(b.quotes.len()),
            width: 40,
            height: 12,
            extent: Extent::Compact { scale: 1 },
            cache: None,
        };
        assert_eq!(rows.offset_showing(0, 0), 0);
        let last = b.quotes.len() - 1;
        let offset = rows.offset_showing(last, 0);
        let window = rows.window(offset);
        assert_eq!(window.last().unwrap().position, last);
        let used: usize = window.iter().map(|r| r.lines.len()).sum();
        assert!(used <= 12, "the last quote is whole: {used}");
        assert_eq!(rows.offset_showing(offset, offset), offset);
        assert_eq!(rows.offset_showing(2, offset), 2);
    }
}
