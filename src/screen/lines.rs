//! The lines of one list item, as plain text with roles, and the window of items a pane shows:
//! the model counts lines to scroll and to place clicks, the view styles and draws the same
//! lines, so the two can never disagree. Only the items on screen are ever built.

use super::wrap::{fit, wrap};
use crate::briefing::Briefing;
use crate::briefing::model::{Named, Severity, Status};
use crate::chart::timeline::status_glyph;
use crate::fold::{find_ranges, fold};
use crate::pane::Pane;
use crate::text::SafeText;
use crate::text::counted;

/// What a piece of text is, for the view to style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Body text.
    Plain,
    /// Names and headings.
    Strong,
    /// Secondary text: roles, contexts, counts.
    Muted,
    /// A timeline status, with its glyph.
    Status(Status),
    /// An implication's severity.
    Severity(Severity),
    /// A warning (a quote not found in its source).
    Alarm,
    /// Words marked in a passage (a quote inside its source paragraph).
    Marked,
    /// The analyst's own marks and "new" on a row.
    Badge,
    /// An analytic grade: `B2`, `likely · moderate`.
    Grade,
}

/// A run of text in one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// How the text is shown.
    pub role: Role,
    /// The text (already safe: it comes from `SafeText`).
    pub text: String,
}

/// One line on screen.
pub type TextLine = Vec<Piece>;

/// A piece of `text` in `role`.
pub fn piece(role: Role, text: impl Into<String>) -> Piece {
    Piece {
        role,
        text: text.into(),
    }
}

/// `text` wrapped to `width` in lines of one role, at most `max_lines`.
pub fn wrapped(text: &str, role: Role, width: usize, max_lines: usize) -> Vec<TextLine> {
    wrap(text, width, max_lines)
        .into_iter()
        .map(|line| vec![piece(role, line)])
        .collect()
}

/// How much of an item a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    /// The list: titles up to three lines, quotes up to four, one line of details.
    Compact,
    /// A zoomed pane: every field, whole.
    Full,
}

/// Lines of a title in a compact row.
const COMPACT_TITLE_LINES: usize = 3;
/// Lines of a quote's words in a compact row.
const COMPACT_QUOTE_LINES: usize = 4;
/// Lines of one field in a full row (a field is at most 50,000 characters).
const FULL_LINES: usize = 2000;

/// What the analyst's store says of one item: its flags (as glyphs), whether it has a note,
/// and whether it is new since the briefing was last read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Badge {
    /// Flag glyphs: `★` key, `?` doubtful, `⚑` follow-up.
    pub flags: String,
    /// The item has a note.
    pub note: bool,
    /// The item was added since the briefing was last read and has not been seen.
    pub new: bool,
}

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

/// The lines of item `item` of `pane`, `width` columns wide.
pub fn item_lines(
    b: &Briefing,
    marks: &Marks,
    pane: Pane,
    item: usize,
    width: usize,
    extent: Extent,
) -> Vec<TextLine> {
    let width = width.max(1);
    let full = extent == Extent::Full;
    let limit = |compact: usize| if full { FULL_LINES } else { compact };
    let mut lines: Vec<TextLine> = Vec::new();
    // Fits a line of pieces into the width, cutting the first piece when needed.
    let line = |pieces: Vec<Piece>| fit_line(pieces, width);
    match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            let mut first = vec![piece(Role::Strong, e.when.as_str())];
            if let Some(dates) = e.dates().filter(|d| !e.when.as_str().contains(d.as_str())) {
                first.push(piece(Role::Muted, format!(" ({dates})")));
            }
            if let Some(status) = e.status {
                first.push(piece(
                    Role::Status(status),
                    format!(" · {} {}", status_glyph(Some(status)), status.name()),
                ));
            }
            if let Some(grade) = b.event_grade(item) {
                first.push(piece(Role::Grade, format!(" · {grade}")));
            }
            lines.push(line(first));
            lines.extend(wrapped(
                e.title.as_str(),
                Role::Plain,
                width,
                limit(COMPACT_TITLE_LINES),
            ));
            if full {
                if let Some(detail) = &e.detail {
                    lines.extend(wrapped(detail.as_str(), Role::Plain, width, FULL_LINES));
                }
                if !e.actors.is_empty() {
                    lines.extend(wrapped(
                        &format!("Actors: {}", b.actor_names(&e.actors)),
                        Role::Muted,
                        width,
                        FULL_LINES,
                    ));
                }
            }
        }
        Pane::Actors => {
            let a = &b.actors[item];
            let count = format!(" · {}", counted(a.quotes.len(), "quote"));
            lines.push(line(vec![
                piece(Role::Strong, a.name.as_str()),
                piece(Role::Muted, count),
            ]));
            let about: Vec<&str> = [&a.role, &a.affiliation, &a.country]
                .into_iter()
                .flatten()
                .map(|t| t.as_str())
                .collect();
            if !about.is_empty() {
                lines.extend(wrapped(&about.join(" · "), Role::Muted, width, limit(1)));
            }
            if full {
                if !a.aliases.is_empty() {
                    let aliases: Vec<&str> = a.aliases.iter().map(|t| t.as_str()).collect();
                    lines.extend(wrapped(
                        &format!("Also: {}", aliases.join(", ")),
                        Role::Muted,
                        width,
                        FULL_LINES,
                    ));
                }
                if let Some(notes) = &a.notes {
                    lines.extend(wrapped(notes.as_str(), Role::Plain, width, FULL_LINES));
                }
            }
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            lines.extend(wrapped(
                &format!("“{}”", q.text),
                Role::Plain,
                width,
                limit(COMPACT_QUOTE_LINES),
            ));
            let context = q
                .context
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default();
            let by = format!("— {}{context}", b.actors[q.speaker].name);
            let grade = b
                .quote_grade(item)
                .map(|g| piece(Role::Grade, format!(" · {g}")));
            let mut last = Vec::new();
            if marks.misquotes.binary_search(&item).is_ok() {
                last.push(piece(Role::Alarm, "✗ not in source "));
            }
            if full {
                lines.extend(wrapped(&by, Role::Muted, width, FULL_LINES));
                last.extend(grade);
                if !last.is_empty() {
                    lines.push(last);
                }
            } else {
                // The attribution gives way to the flag and the grade.
                let give = last.len();
                last.push(piece(Role::Muted, by));
                last.extend(grade);
                lines.push(fit_line_at(last, width, give));
            }
        }
        Pane::Implications => {
            let i = &b.implications[item];
            let mut first = vec![piece(Role::Strong, i.region.as_str())];
            if let Some(severity) = i.severity {
                first.push(piece(
                    Role::Severity(severity),
                    format!(" {}", severity.tag()),
                ));
            }
            if let Some(estimate) = i.estimate() {
                first.push(piece(Role::Grade, format!(" · {}", estimate.compact())));
            }
            lines.push(line(first));
            lines.extend(wrapped(
                i.title.as_str(),
                Role::Plain,
                width,
                limit(COMPACT_TITLE_LINES),
            ));
            if full && let Some(detail) = &i.detail {
                lines.extend(wrapped(detail.as_str(), Role::Plain, width, FULL_LINES));
            }
        }
    }
    if marks.is_match(pane, item) && !shows(&lines, marks.folded_query) {
        lines.extend(snippet(b, pane, item, marks.folded_query, width));
    }
    if let Some(badge) = marks.badges.map(|b| b.badge(pane, item))
        && let Some(first) = lines.first_mut()
    {
        let mut lead = badge.flags.clone();
        if badge.note {
            lead.push('✎');
        }
        // The name or title gives way to the badges.
        let mut give = 0;
        if !lead.is_empty() {
            first.insert(0, piece(Role::Badge, format!("{lead} ")));
            give = 1;
        }
        if badge.new {
            first.push(piece(Role::Badge, " · new"));
        }
        *first = fit_line_at(std::mem::take(first), width, give);
    }
    lines
}

/// A line of pieces cut to `width`: the first piece gives way, so a tail (a count, a
/// severity) stays whole when it fits.
fn fit_line(pieces: Vec<Piece>, width: usize) -> TextLine {
    fit_line_at(pieces, width, 0)
}

/// A line of pieces cut to `width`, piece `give` giving way so the others stay whole.
fn fit_line_at(mut pieces: Vec<Piece>, width: usize, give: usize) -> TextLine {
    use unicode_width::UnicodeWidthStr;
    let others: usize = pieces
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != give)
        .map(|(_, p)| p.text.width())
        .sum();
    if let Some(giving) = pieces.get_mut(give) {
        giving.text = fit(&giving.text, width.saturating_sub(others).max(1));
    }
    let mut used = 0;
    for p in &mut pieces {
        p.text = fit(&p.text, width.saturating_sub(used));
        used += p.text.width();
    }
    pieces.retain(|p| !p.text.is_empty());
    pieces
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
    pub lines: Vec<TextLine>,
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
}

impl<R: RowList> PaneRows<'_, R> {
    fn lines(&self, position: usize) -> Option<(usize, Vec<TextLine>)> {
        let item = self.rows.item(position)?;
        let lines = item_lines(
            self.briefing,
            &self.marks,
            self.pane,
            item,
            self.width,
            self.extent,
        );
        Some((item, lines))
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

    fn text(lines: &[TextLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect()
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
            Extent::Compact,
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
            Extent::Compact,
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
            Extent::Compact,
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
        let lines = item_lines(&b, &marks, Pane::Actors, matches[0], 60, Extent::Compact);
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
            extent: Extent::Compact,
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
