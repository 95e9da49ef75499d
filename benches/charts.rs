//! The timeline chart and the actor network: laying them out (on load and resize) and drawing
//! them again after a selection move. Run with `cargo bench --bench charts`.

use brief::briefing::model::PartialDate;
use brief::briefing::{Briefing, load_bytes};
use brief::chart::network::{LinkKinds, NetworkLayout};
use brief::chart::svg::network_svg;
use brief::chart::timeline::TimelineLayout;
use brief::synthetic::{self, Size};
use brief::ui::{Theme, network, timeline_chart};
use divan::{Bencher, black_box};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn main() {
    divan::main();
}

/// The screen size the reader's own benchmarks use.
const AREA: Rect = Rect::new(0, 0, 160, 50);

/// 500 actors and 500 events linked by 5,000 quotes (with the events and implications, about
/// 6,500 linked pairs); every other event dated, from 1950 to a dense last month.
fn large() -> Briefing {
    let text = synthetic::briefing(Size { quotes: 5000 });
    let mut briefing = load_bytes("bench.toml", text.as_bytes()).unwrap();
    for (i, event) in briefing
        .timeline
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
    {
        let i = i as u16;
        event.date = Some(PartialDate {
            year: if i < 400 { 1950 + i / 6 } else { 2024 },
            month: (i >= 200).then_some(if i < 400 { 1 + (i % 12) as u8 } else { 10 }),
            day: (i >= 400).then_some(1 + (i % 28) as u8),
        });
    }
    briefing
}

/// Laying out the network of 500 actors in a 160x50 terminal (the most connected that fit)
/// and in an area where all 500 fit.
#[divan::bench(args = [(160, 48), (480, 160)], sample_count = 20)]
fn network_layout(bencher: Bencher, (width, height): (u16, u16)) {
    let briefing = large();
    bencher.bench(|| NetworkLayout::new(black_box(&briefing), width, height));
}

/// Laying out networks of 5,000 and 20,000 actors in the largest area the reader draws (1000 x
/// 500): the layout is bounded by its work budget and the area, so 20,000 cost little more
/// than 5,000.
#[divan::bench(args = [5_000, 20_000], sample_count = 5)]
fn network_layout_large(bencher: Bencher, actors: usize) {
    let briefing = network_of(actors);
    let area = Rect::new(
        0,
        0,
        brief::terminal::MAX_COLUMNS,
        brief::terminal::MAX_ROWS,
    );
    bencher.bench(|| NetworkLayout::for_area(black_box(&briefing), area));
}

/// A briefing that is mostly a network of `actors` actors.
fn network_of(actors: usize) -> Briefing {
    load_bytes("network.toml", synthetic::network(actors).as_bytes()).unwrap()
}

/// Laying out the timeline of 500 events, half of them dated.
#[divan::bench(sample_count = 20)]
fn timeline_layout(bencher: Bencher) {
    let briefing = large();
    bencher.bench(|| TimelineLayout::new(black_box(&briefing), AREA.width));
}

/// Drawing the network after a selection move: the cached layout, a new selection.
#[divan::bench]
fn network_redraw(bencher: Bencher) {
    let briefing = large();
    let layout = brief::chart::network::NetworkLayout::for_area(&briefing, AREA);
    let theme = Theme::default();
    let mut buf = Buffer::empty(AREA);
    let actors: Vec<usize> = layout.nodes().iter().map(|n| n.actor).collect();
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % actors.len();
        network::draw(
            &mut buf,
            AREA,
            &briefing,
            &layout,
            Some(actors[next]),
            LinkKinds::ALL,
            &theme,
        );
    });
}

/// Drawing the timeline chart after a selection move.
#[divan::bench]
fn timeline_redraw(bencher: Bencher) {
    redraw_after_moves(bencher, &large());
}

/// Drawing the timeline chart after a selection move, with 10,000 and 100,000 events (every
/// other one dated, over 70 years): only the rows on screen are drawn, whatever the count.
#[divan::bench(args = [10_000, 100_000], sample_count = 20)]
fn timeline_redraw_large(bencher: Bencher, events: usize) {
    redraw_after_moves(bencher, &timeline_of(events));
}

/// Times drawing `briefing`'s timeline chart, the selection moved one event each time.
fn redraw_after_moves(bencher: Bencher, briefing: &Briefing) {
    let layout = TimelineLayout::new(briefing, AREA.width);
    let theme = Theme::default();
    let mut buf = Buffer::empty(AREA);
    let mut selected = layout.first().unwrap();
    bencher.bench_local(|| {
        selected = layout.next(selected).unwrap_or(0);
        timeline_chart::draw(&mut buf, AREA, briefing, &layout, Some(selected), &theme);
    });
}

/// The events of [`large`] repeated to `events`, every other one dated over 70 years.
fn timeline_of(events: usize) -> Briefing {
    let mut briefing = large();
    let base = std::mem::take(&mut briefing.timeline);
    briefing.timeline = (0..events)
        .map(|i| {
            let mut event = base[i % base.len()].clone();
            event.date = (i % 2 == 0).then(|| PartialDate {
                year: 1950 + (i * 70 / events) as u16,
                month: Some(1 + (i % 12) as u8),
                day: None,
            });
            event.until = None;
            event
        })
        .collect();
    briefing
}

/// Writing the network of 500 actors as SVG (laid out until every actor fits).
#[divan::bench(sample_count = 5)]
fn network_svg_export(bencher: Bencher) {
    let briefing = large();
    bencher.bench(|| network_svg(black_box(&briefing)));
}

/// Writing networks of 5,000 and 20,000 actors as SVG (as tall as every actor needs, up to
/// 2,560 rows).
#[divan::bench(args = [5_000, 20_000], sample_count = 5)]
fn network_svg_export_large(bencher: Bencher, actors: usize) {
    let briefing = network_of(actors);
    bencher.bench(|| network_svg(black_box(&briefing)));
}
