//! What the actor network costs at size: laying it out for the reader's largest drawn area
//! (1000 x 500) and writing it as SVG, for synthetic networks of 5,000 and 20,000 actors
//! (or the actor counts given): `cargo run --release --example network_cost [-- 5000 20000]`.

use std::time::Instant;

use brief::chart::network::NetworkLayout;
use brief::chart::svg::network_svg;
use brief::synthetic::network;
use ratatui::layout::Rect;

fn main() {
    let mut counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if counts.is_empty() {
        counts = vec![5_000, 20_000];
    }
    for actors in counts {
        let text = network(actors);
        let b = brief::briefing::load_bytes("synthetic.toml", text.as_bytes())
            .expect("a valid briefing");
        drop(text);
        let area = Rect::new(
            0,
            0,
            brief::terminal::MAX_COLUMNS,
            brief::terminal::MAX_ROWS,
        );
        let start = Instant::now();
        let layout = NetworkLayout::for_area(&b, area);
        let laid_out = start.elapsed();
        let start = Instant::now();
        layout.edge_dots(brief::chart::network::LinkKinds::ALL);
        let dotted = start.elapsed();
        let start = Instant::now();
        let svg = network_svg(&b);
        let written = start.elapsed();
        println!(
            "{actors} actors: layout at {}x{} {:.2} s ({} of them drawn, {} edges drawn in {:.2} s); SVG {:.2} s ({} KB)",
            area.width,
            area.height,
            laid_out.as_secs_f64(),
            layout.nodes().len(),
            layout.edges().len(),
            dotted.as_secs_f64(),
            written.as_secs_f64(),
            svg.len() / 1000
        );
    }
}
