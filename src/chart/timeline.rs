//! The timeline on a time axis: dated events placed by their dates on an axis broken where
//! empty time is left out (each segment with its own linear scale, every break marked), spans
//! drawn as bars, undated events in a list of their own apart from the axis (one a row, in
//! the author's order, never at a column that would read as a date), and the order that
//! event-to-event movement follows: the dated events in time order, then the undated list.

use crate::briefing::calendar;
use crate::briefing::model::{Briefing, Event, EventIx, Named, PartialDate, Status};

/// Fewest columns of a break in the axis, where empty time is left out.
const BREAK_WIDTH: u16 = 3;
/// Most rows one lane of the chart stacks events in.
const MAX_LANE_ROWS: usize = 200;

/// Fewest columns a segment gets: room for a full date label.
const MIN_SEGMENT_WIDTH: u16 = 11;
/// A segment is broken at its longest stretch without events when that stretch is this many
/// times longer than the typical stretch between its events.
const SPLIT_FACTOR: f64 = 4.0;

/// The glyph that marks an event of `status` (`NO_COLOR` relies on it).
pub fn status_glyph(status: Option<Status>) -> char {
    match status {
        Some(Status::Confirmed) => '●',
        Some(Status::Reported) => '◆',
        Some(Status::Claimed) => '▲',
        Some(Status::Expected) => '◇',
        Some(Status::Possible) => '○',
        None => '•',
    }
}

/// An event's time in a line: its `when`, status and date (or span), the date left out when
/// `when` already says it: `Recently · confirmed`, `War · reported · 2022-02-24 to 2024-06`.
pub fn heading(event: &Event) -> String {
    let mut head = event.when.to_string();
    if let Some(status) = event.status {
        head.push_str(&format!(" · {}", status.name()));
    }
    match (event.date, event.until) {
        (Some(date), Some(until)) => head.push_str(&format!(" · {date} to {until}")),
        (Some(date), None) if date.to_string() != event.when.as_str() => {
            head.push_str(&format!(" · {date}"))
        }
        _ => {}
    }
    head
}

/// Which lane an event is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// Above the axis, at its date.
    Dated,
    /// A list under the axis, one event a row in the author's order, apart from the dates.
    Undated,
}

/// Where an event is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The lane.
    pub lane: Lane,
    /// Row within the lane, 0 nearest the axis, so that events never share a cell (in the
    /// undated list: its place in the list).
    pub row: u16,
    /// Column of the event's marker (its first day; 0 in the undated list).
    pub start: u16,
    /// Last column the event covers: its `until`, or the end of an imprecise date (`2014`
    /// covers the whole year); equal to `start` for a day.
    pub end: u16,
    /// True when the event has an `until`: a span, drawn as a solid bar.
    pub span: bool,
}

/// What one column of the axis line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisCell {
    /// No axis here (a width too small for the dated time).
    Blank,
    /// The axis line.
    Line,
    /// The axis line with a tick under a label.
    Tick,
    /// A break: empty time left out.
    Break,
}

/// A labelled tick on the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Column of the tick.
    pub column: u16,
    /// Column where the label starts: the tick's own, or the label ends on the tick when it
    /// would not fit to its right.
    pub label_column: u16,
    /// The date, at the precision the axis shows there: `2014`, `2024-10` or `2024-10-25`.
    pub label: String,
}

/// The timeline chart laid out for a width: compute once per briefing and width, then draw it
/// for any selection.
#[derive(Clone, Debug)]
pub struct TimelineLayout {
    width: u16,
    places: Vec<Place>,
    order: Vec<EventIx>,
    rank: Vec<usize>,
    axis: Vec<AxisCell>,
    ticks: Vec<Tick>,
    dated_rows: u16,
    undated_rows: u16,
    /// How many events are dated: the undated list, in the author's order, is the rest of
    /// `order` (the event of undated row `r` is `order[dated + r]`).
    dated: usize,
    /// Each row of the dated lane as drawn, its events painted in time order (a later one
    /// over an earlier where they meet): what a frame draws, whatever the number of events.
    dated_cells: Vec<Vec<LaneCell>>,
}

/// One cell of the dated lane as drawn: the event on top there, and whether the cell holds
/// its glyph (its first column) or its bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneCell {
    /// The column.
    pub column: u16,
    /// The event drawn there.
    pub event: EventIx,
    /// The event's glyph; else a piece of its bar.
    pub glyph: bool,
}

/// A dated event as days: its first and last day.
#[derive(Clone, Copy, Debug)]
struct Dated {
    event: EventIx,
    first: i64,
    last: i64,
}

/// A run of dated events (in time order) sharing one linear scale.
#[derive(Clone, Debug)]
struct Segment {
    /// Range into the time-ordered dated events.
    events: std::ops::Range<usize>,
    first: i64,
    last: i64,
    column: u16,
    width: u16,
}

impl Segment {
    fn new(dated: &[Dated], events: std::ops::Range<usize>) -> Segment {
        let slice = &dated[events.clone()];
        Segment {
            first: slice.iter().map(|d| d.first).min().unwrap_or(0),
            last: slice.iter().map(|d| d.last).max().unwrap_or(0),
            events,
            column: 0,
            width: 0,
        }
    }

    /// Days the segment covers.
    fn days(&self) -> i64 {
        self.last - self.first + 1
    }

    /// Where to break this segment, if anywhere: at its longest stretch without any event,
    /// when that stretch is at least [`SPLIT_FACTOR`] times the typical (lower median)
    /// stretch between its events. Returns how far past that threshold it is and the index of
    /// the first event after the stretch.
    fn split_point(&self, dated: &[Dated]) -> Option<(f64, usize)> {
        let mut covered = dated.get(self.events.start)?.last;
        let mut gaps = Vec::new();
        for (i, d) in dated
            .iter()
            .enumerate()
            .take(self.events.end)
            .skip(self.events.start + 1)
        {
            let gap = d.first - covered - 1;
            if gap > 0 {
                gaps.push((gap, i));
            }
            covered = covered.max(d.last);
        }
        let &(longest, at) = gaps
            .iter()
            .max_by_key(|(gap, i)| (*gap, std::cmp::Reverse(*i)))?;
        let mut lengths: Vec<i64> = gaps.iter().map(|(gap, _)| *gap).collect();
        lengths.sort_unstable();
        // With one stretch there is nothing to compare it with: two events keep one scale.
        let typical = *lengths
            .get((lengths.len() - 1) / 2)
            .filter(|_| lengths.len() > 1)?;
        let ratio = longest as f64 / (SPLIT_FACTOR * typical as f64);
        (ratio >= 1.0).then_some((ratio, at))
    }

    /// Column of `day` on this segment's scale (a segment squeezed out by a tiny width puts
    /// everything on its first column).
    fn column_of(&self, day: i64) -> u16 {
        let offset = (day - self.first).clamp(0, self.days() - 1);
        let cols = i64::from(self.width.max(1));
        self.column
            .saturating_add((offset * cols / self.days()) as u16)
    }
}

impl TimelineLayout {
    /// Lays out `briefing`'s timeline in `width` columns.
    pub fn new(briefing: &Briefing, width: u16) -> TimelineLayout {
        let events = &briefing.timeline;
        let mut dated: Vec<Dated> = events
            .iter()
            .enumerate()
            .filter_map(|(event, e)| {
                let date = e.date?;
                Some(Dated {
                    event,
                    first: day_number(date.first_day()),
                    last: day_number(e.until.unwrap_or(date).last_day()),
                })
            })
            .collect();
        dated.sort_by_key(|d| (d.first, d.last, d.event));

        // Movement follows what is drawn: the dated events in time order, then the undated
        // list in its drawn (the author's) order.
        let mut order: Vec<EventIx> = dated.iter().map(|d| d.event).collect();
        order.extend((0..events.len()).filter(|&ix| events[ix].date.is_none()));
        let mut rank = vec![0; events.len()];
        for (position, &event) in order.iter().enumerate() {
            rank[event] = position;
        }
        // The undated list, one a row in the author's order, whatever the dates around them.
        let mut places = vec![
            Place {
                lane: Lane::Undated,
                row: 0,
                start: 0,
                end: 0,
                span: false,
            };
            events.len()
        ];
        let mut undated_rows = 0u16;
        for (ix, event) in events.iter().enumerate() {
            if event.date.is_none() {
                places[ix].row = undated_rows;
                places[ix].end = width.saturating_sub(1);
                undated_rows = undated_rows.saturating_add(1);
            }
        }

        let mut layout = TimelineLayout {
            width,
            places,
            order,
            rank,
            axis: vec![AxisCell::Blank; usize::from(width)],
            ticks: Vec::new(),
            dated_rows: 0,
            undated_rows,
            dated: dated.len(),
            dated_cells: Vec::new(),
        };
        if width == 0 || dated.is_empty() {
            layout.paint_rows();
            return layout;
        }

        let mut segments = split(&dated, width);
        // The dated time has the whole width: a break between segments, and a margin at the
        // right for the last date's label.
        let gap_widths: Vec<u16> = (0..=segments.len())
            .map(|i| if i == 0 { 0 } else { BREAK_WIDTH })
            .collect();
        let segment_room = width.saturating_sub(gap_widths.iter().sum());
        let widths = share(
            &segments
                .iter()
                .map(|s| s.events.len() as u64)
                .collect::<Vec<_>>(),
            segment_room,
            MIN_SEGMENT_WIDTH,
        );
        let mut column = gap_widths[0];
        for (i, segment) in segments.iter_mut().enumerate() {
            segment.column = column;
            segment.width = widths[i];
            column = column.saturating_add(widths[i] + gap_widths[i + 1]);
        }

        for segment in &segments {
            for d in &dated[segment.events.clone()] {
                layout.places[d.event] = Place {
                    lane: Lane::Dated,
                    row: 0,
                    start: segment.column_of(d.first),
                    end: segment.column_of(d.last),
                    span: events[d.event].until.is_some(),
                };
            }
        }
        for (i, segment) in segments.iter().enumerate() {
            let is_break = i + 1 < segments.len();
            layout.draw_axis(segment, is_break.then_some(gap_widths[i + 1]));
        }
        let last = width - 1;
        for place in &mut layout.places {
            place.start = place.start.min(last);
            place.end = place.end.clamp(place.start, last);
        }
        layout.ticks = ticks(&segments, &dated, events, width);
        for tick in &layout.ticks {
            if let Some(cell) = layout.axis.get_mut(usize::from(tick.column))
                && *cell == AxisCell::Line
            {
                *cell = AxisCell::Tick;
            }
        }
        layout.pack();
        layout.paint_rows();
        layout
    }

    /// Paints each dated row as a frame draws it.
    fn paint_rows(&mut self) {
        let width = usize::from(self.width);
        let mut rows = vec![vec![None; width]; usize::from(self.dated_rows)];
        for &event in &self.order {
            let place = self.places[event];
            let Some(row) = rows.get_mut(usize::from(place.row)) else {
                continue;
            };
            if place.lane != Lane::Dated {
                continue;
            }
            let (start, end) = (usize::from(place.start), usize::from(place.end));
            for cell in row.iter_mut().take(end + 1).skip(start + 1) {
                *cell = Some((event, false));
            }
            if let Some(cell) = row.get_mut(start) {
                *cell = Some((event, true));
            }
        }
        self.dated_cells = rows
            .into_iter()
            .map(|row| {
                (0u16..)
                    .zip(row)
                    .filter_map(|(column, cell)| {
                        let (event, glyph) = cell?;
                        Some(LaneCell {
                            column,
                            event,
                            glyph,
                        })
                    })
                    .collect()
            })
            .collect();
    }

    /// The axis line over a segment, and the break after it (`Some(width)`) when another
    /// segment follows.
    fn draw_axis(&mut self, segment: &Segment, break_after: Option<u16>) {
        let start = usize::from(segment.column).min(self.axis.len());
        let end = (start + usize::from(segment.width)).min(self.axis.len());
        self.axis[start..end].fill(AxisCell::Line);
        if let Some(width) = break_after {
            let inner = if width >= BREAK_WIDTH {
                end + 1..end + usize::from(width) - 1
            } else {
                end..end + usize::from(width)
            };
            let inner = inner.start.min(self.axis.len())..inner.end.min(self.axis.len());
            self.axis[inner].fill(AxisCell::Break);
        }
    }

    /// Gives each dated event a row, in time order, so that no two share a cell and
    /// neighbours on one row keep a blank column between them. The lane has at most
    /// [`MAX_LANE_ROWS`]: past that, an event goes on the row that frees up first, over
    /// what is there (thousands of events on one day cannot all be drawn apart anyway).
    fn pack(&mut self) {
        let mut rows: Vec<u16> = Vec::new();
        for &event in &self.order {
            let place = &mut self.places[event];
            if place.lane != Lane::Dated {
                continue;
            }
            let free = rows
                .iter()
                .position(|&end| place.start > end.saturating_add(1));
            let row = match free {
                Some(row) => row,
                None if rows.len() < MAX_LANE_ROWS => {
                    rows.push(0);
                    rows.len() - 1
                }
                None => (0..rows.len()).min_by_key(|&r| rows[r]).unwrap_or(0),
            };
            rows[row] = place.end;
            place.row = row as u16;
        }
        self.dated_rows = rows.len() as u16;
    }

    /// The width the layout was made for: lay out again when the chart's width changes.
    pub fn width(&self) -> u16 {
        self.width
    }

    /// Where `event` is drawn.
    pub fn place(&self, event: EventIx) -> Option<Place> {
        self.places.get(event).copied()
    }

    /// Every event in the order drawn: dated events by date, then the undated list in the
    /// author's order.
    pub fn order(&self) -> &[EventIx] {
        &self.order
    }

    /// The first event in the order drawn, to select when nothing is.
    pub fn first(&self) -> Option<EventIx> {
        self.order.first().copied()
    }

    /// The event after `from` in the order drawn, or `None` at the last.
    pub fn next(&self, from: EventIx) -> Option<EventIx> {
        let position = *self.rank.get(from)?;
        self.order.get(position + 1).copied()
    }

    /// The event before `from` in the order drawn, or `None` at the first.
    pub fn previous(&self, from: EventIx) -> Option<EventIx> {
        let position = *self.rank.get(from)?;
        position.checked_sub(1).map(|p| self.order[p])
    }

    /// The axis line, one cell per column.
    pub fn axis(&self) -> &[AxisCell] {
        &self.axis
    }

    /// The labelled ticks, left to right, labels never overlapping.
    pub fn ticks(&self) -> &[Tick] {
        &self.ticks
    }

    /// How many rows a lane needs so that no two events share a cell.
    pub fn rows(&self, lane: Lane) -> u16 {
        match lane {
            Lane::Dated => self.dated_rows,
            Lane::Undated => self.undated_rows,
        }
    }

    /// The undated events on `rows` of the undated list, one a row.
    pub fn undated_in(&self, rows: std::ops::Range<u16>) -> &[EventIx] {
        let undated = &self.order[self.dated..];
        let end = usize::from(rows.end).min(usize::from(self.undated_rows));
        &undated[usize::from(rows.start).min(end)..end]
    }

    /// Row `row` of the dated lane as drawn, left to right (empty past the last row).
    pub fn dated_row(&self, row: u16) -> &[LaneCell] {
        self.dated_cells
            .get(usize::from(row))
            .map_or(&[], Vec::as_slice)
    }
}

/// Splits the time-ordered dated events into segments: while the width holds another
/// segment, the segment whose [`Segment::split_point`] stands out most is broken there.
fn split(dated: &[Dated], width: u16) -> Vec<Segment> {
    let room = u32::from(width) * 2 / 3 + u32::from(BREAK_WIDTH);
    let most = (room / u32::from(MIN_SEGMENT_WIDTH + BREAK_WIDTH)).max(1) as usize;
    let mut segments = vec![Segment::new(dated, 0..dated.len())];
    let mut points = vec![segments[0].split_point(dated)];
    while segments.len() < most {
        let best = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.map(|(ratio, at)| (ratio, i, at)))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let Some((_, i, at)) = best else { break };
        let events = segments[i].events.clone();
        let (left, right) = (
            Segment::new(dated, events.start..at),
            Segment::new(dated, at..events.end),
        );
        points[i] = left.split_point(dated);
        points.insert(i + 1, right.split_point(dated));
        segments[i] = left;
        segments.insert(i + 1, right);
    }
    segments
}

/// Shares `total` columns among parts in proportion to `weights`, each getting at least `least`
/// when there is room for that (largest remainders get the spare columns, earlier parts first).
fn share(weights: &[u64], total: u16, least: u16) -> Vec<u16> {
    let parts = weights.len() as u16;
    if parts == 0 {
        return Vec::new();
    }
    let least = least.min(total / parts);
    let spare = u64::from(total - least * parts);
    let sum: u64 = weights.iter().sum::<u64>().max(1);
    let mut widths: Vec<u16> = weights
        .iter()
        .map(|&w| least + (spare * w / sum) as u16)
        .collect();
    let left = total - widths.iter().sum::<u16>();
    let mut by_remainder: Vec<usize> = (0..weights.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse((spare * weights[i]) % sum));
    for &i in by_remainder.iter().take(usize::from(left)) {
        widths[i] += 1;
    }
    widths
}

/// The unit of a tick: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Day,
    Month,
    Year,
}

impl Unit {
    fn of(date: PartialDate) -> Unit {
        match (date.month, date.day) {
            (_, Some(_)) => Unit::Day,
            (Some(_), None) => Unit::Month,
            _ => Unit::Year,
        }
    }

    fn label_width(self) -> u16 {
        match self {
            Unit::Year => 4,
            Unit::Month => 7,
            Unit::Day => 10,
        }
    }

    /// Steps tried, finest first.
    fn steps(self) -> &'static [i64] {
        match self {
            Unit::Year => &[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
            Unit::Month => &[1, 2, 3, 6],
            Unit::Day => &[1, 2],
        }
    }

    fn coarser(self) -> Option<Unit> {
        match self {
            Unit::Day => Some(Unit::Month),
            Unit::Month => Some(Unit::Year),
            Unit::Year => None,
        }
    }

    /// The date of `day` at this unit's precision.
    fn date(self, day: i64) -> PartialDate {
        let (year, month, d) = civil(day);
        PartialDate {
            year,
            month: (self != Unit::Year).then_some(month),
            day: (self == Unit::Day).then_some(d),
        }
    }

    /// The `n`th boundary of this unit counted from year 0 (day `n` for days).
    fn boundary(self, n: i64) -> i64 {
        match self {
            Unit::Day => n,
            Unit::Month => day_number(((n / 12) as u16, (n % 12 + 1) as u8, 1)),
            Unit::Year => day_number((n as u16, 1, 1)),
        }
    }

    /// The count of boundaries of this unit up to and including `day`.
    fn index(self, day: i64) -> i64 {
        let (year, month, _) = civil(day);
        match self {
            Unit::Day => day,
            Unit::Month => i64::from(year) * 12 + i64::from(month) - 1,
            Unit::Year => i64::from(year),
        }
    }
}

/// Ticks of every segment, placed where their labels fit, in this order: where the segment
/// starts, the dates of its events (and the ends of spans) as the author wrote them, then
/// calendar boundaries for scale. So a dense segment never hides where the next one begins.
fn ticks(
    segments: &[Segment],
    dated: &[Dated],
    events: &[crate::briefing::model::Event],
    width: u16,
) -> Vec<Tick> {
    let mut starts = Vec::new();
    let mut inner = Vec::new();
    let mut calendar = Vec::new();
    for segment in segments {
        for (k, d) in dated[segment.events.clone()].iter().enumerate() {
            let event = &events[d.event];
            let ends = [(d.first, event.date), (d.last, event.until)];
            for (day, date) in ends {
                if let Some(date) = date {
                    let column = segment.column_of(day);
                    let tick = Tick {
                        column,
                        label_column: column,
                        label: date.to_string(),
                    };
                    if k == 0 && day == d.first {
                        starts.push(tick);
                    } else {
                        inner.push(tick);
                    }
                }
            }
        }
        let finest = dated[segment.events.clone()]
            .iter()
            .filter_map(|d| events[d.event].date.map(Unit::of))
            .min()
            .unwrap_or(Unit::Year);
        calendar.extend(segment_ticks(segment, finest));
    }
    let mut taken = vec![false; usize::from(width)];
    let mut placed: Vec<Tick> = Vec::new();
    for tick in starts.into_iter().chain(inner).chain(calendar) {
        if placed.iter().any(|p| p.column == tick.column) {
            continue;
        }
        let column = usize::from(tick.column);
        // Each label keeps a blank column on each side; it starts on its tick, or ends there.
        let free = |start: usize, len: usize| {
            let end = start + len;
            end <= taken.len()
                && !taken[start.saturating_sub(1)..(end + 1).min(taken.len())]
                    .iter()
                    .any(|&t| t)
        };
        // Where the full date does not fit, `10-25` will do after a label of the same year.
        let year = &tick.label[..tick.label.len().min(4)];
        let same_year = placed
            .iter()
            .filter(|p| p.column < tick.column)
            .max_by_key(|p| p.column)
            .is_some_and(|p| p.label.starts_with(year) || p.label.len() == 5);
        let short = tick
            .label
            .get(5..)
            .filter(|_| same_year && tick.label.len() == 10);
        let found = [Some(tick.label.as_str()), short]
            .into_iter()
            .flatten()
            .find_map(|label| {
                let len = label.chars().count();
                let right = column.checked_sub(len - 1);
                [Some(column), right]
                    .into_iter()
                    .flatten()
                    .find(|&start| free(start, len))
                    .map(|start| (start, label.to_owned()))
            });
        let Some((start, label)) = found else {
            continue;
        };
        taken[start..start + label.chars().count()].fill(true);
        placed.push(Tick {
            column: tick.column,
            label_column: start as u16,
            label,
        });
    }
    placed.sort_by_key(|t| t.column);
    placed
}

/// Unit boundaries strictly inside `segment`, at the finest unit and step whose labels fit.
fn segment_ticks(segment: &Segment, finest: Unit) -> Vec<Tick> {
    let mut unit = Some(finest);
    while let Some(u) = unit {
        let span = u.index(segment.last) - u.index(segment.first);
        // Two blank columns between labels leave room for uneven months and years.
        let room = i64::from(segment.width / (u.label_width() + 2));
        if let Some(&step) = u.steps().iter().find(|&&step| span / step <= room) {
            let first = u.index(segment.first) / step * step + step;
            return (0..=span / step)
                .map(|k| u.boundary(first + k * step))
                .take_while(|&day| day <= segment.last)
                .map(|day| {
                    let column = segment.column_of(day);
                    Tick {
                        column,
                        label_column: column,
                        label: u.date(day).to_string(),
                    }
                })
                .collect();
        }
        unit = u.coarser();
    }
    Vec::new()
}

/// Days from 1970-01-01 to a civil date.
fn day_number((year, month, day): (u16, u8, u8)) -> i64 {
    calendar::day_number(i64::from(year), month, day)
}

/// The civil date of a day number (the inverse of [`day_number`]).
fn civil(day: i64) -> (u16, u8, u8) {
    let (year, month, day) = calendar::civil(day);
    (year.clamp(0, i64::from(u16::MAX)) as u16, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_drawn_from_what_the_layout_painted() {
        let (name, text) = crate::briefing::bundled::BUNDLED[0];
        let mut b = crate::briefing::load_bytes(name, text.as_bytes()).unwrap();
        // Every other event undated, and narrow widths where dated events meet.
        for event in b.timeline.iter_mut().skip(1).step_by(2) {
            event.date = None;
        }
        for width in [12, 40, 160] {
            let layout = TimelineLayout::new(&b, width);
            let undated: Vec<EventIx> = (0..b.timeline.len())
                .filter(|&e| b.timeline[e].date.is_none())
                .collect();
            let rows = layout.rows(Lane::Undated);
            for start in 0..=rows + 1 {
                for end in start..=rows + 1 {
                    let (from, to) = (usize::from(start.min(rows)), usize::from(end.min(rows)));
                    assert_eq!(layout.undated_in(start..end), &undated[from.min(to)..to]);
                }
            }
            // Each dated row as the events would paint it one over another in time order.
            for row in 0..=layout.rows(Lane::Dated) {
                let mut painted = vec![None; usize::from(width)];
                for &e in layout.order() {
                    let place = layout.place(e).unwrap();
                    if place.lane != Lane::Dated || place.row != row {
                        continue;
                    }
                    for x in place.start + 1..=place.end {
                        painted[usize::from(x)] = Some((e, false));
                    }
                    painted[usize::from(place.start)] = Some((e, true));
                }
                let drawn: Vec<Option<(EventIx, bool)>> = {
                    let mut cells = vec![None; usize::from(width)];
                    for cell in layout.dated_row(row) {
                        cells[usize::from(cell.column)] = Some((cell.event, cell.glyph));
                    }
                    cells
                };
                assert_eq!(drawn, painted, "row {row} at {width}");
            }
        }
    }

    #[test]
    fn shares_add_up_and_respect_the_least() {
        assert_eq!(share(&[1, 1], 10, 3), vec![5, 5]);
        assert_eq!(share(&[3, 1], 20, 4).iter().sum::<u16>(), 20);
        assert_eq!(share(&[1, 1, 1], 2, 11).iter().sum::<u16>(), 2);
    }
}
