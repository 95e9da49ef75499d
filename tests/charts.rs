//! The timeline chart and the actor network: what a user sees in the terminal at several sizes,
//! movement between events and actors, a large network, the `until` span, and the SVG export.

mod common;

use brief::briefing::model::Status;
use brief::briefing::{Briefing, load_bytes};
use brief::chart::Direction;
use brief::chart::network::{GLYPH_WIDTH, LinkKinds, NetworkLayout};
use brief::chart::svg::{network_svg, timeline_svg};
use brief::chart::timeline::{AxisCell, Lane, TimelineLayout};
use brief::synthetic::{self, Size};
use brief::text::toml_basic_string;
use brief::ui::{Theme, network, timeline_chart};
use common::{bundled, screen};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// The timeline chart of `briefing` drawn at `width` x `height` with `selected`.
fn timeline(
    briefing: &Briefing,
    width: u16,
    height: u16,
    selected: usize,
    theme: &Theme,
) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let layout = brief::chart::timeline::TimelineLayout::new(briefing, area.width);
    let mut buf = Buffer::empty(area);
    timeline_chart::draw(&mut buf, area, briefing, &layout, Some(selected), theme);
    buf
}

/// The network of `briefing` drawn at `width` x `height` with its default selection.
fn network(briefing: &Briefing, width: u16, height: u16, theme: &Theme) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let layout = brief::chart::network::NetworkLayout::for_area(briefing, area);
    draw_network(briefing, &layout, area, LinkKinds::ALL, theme)
}

/// `layout` drawn into `area` with its most connected actor selected.
fn draw_network(
    briefing: &Briefing,
    layout: &NetworkLayout,
    area: Rect,
    kinds: LinkKinds,
    theme: &Theme,
) -> Buffer {
    let mut buf = Buffer::empty(area);
    network::draw(
        &mut buf,
        area,
        briefing,
        layout,
        layout.first(),
        kinds,
        theme,
    );
    buf
}

/// How many cells of the screen hold Braille dots (edges).
fn braille(lines: &[String]) -> usize {
    lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| ('\u{2801}'..='\u{28ff}').contains(c))
        .count()
}

fn event(briefing: &Briefing, when: &str) -> usize {
    briefing
        .timeline
        .iter()
        .position(|e| e.when.as_str() == when)
        .expect(when)
}

fn actor(briefing: &Briefing, name: &str) -> usize {
    briefing
        .actors
        .iter()
        .position(|a| a.name.as_str() == name)
        .expect(name)
}

fn row_of(lines: &[String], needle: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not on screen:\n{}", lines.join("\n")))
}

const GLYPHS: &[char] = &['●', '◆', '▲', '◇', '○', '•'];

fn markers(line: &str) -> usize {
    line.chars().filter(|c| GLYPHS.contains(c)).count()
}

#[test]
fn timeline_chart_shows_both_years_on_the_axis_and_the_undated_lane() {
    let b = bundled();
    let crimea = event(&b, "2014");
    for (width, height) in [(120, 40), (80, 24)] {
        let lines = screen(&timeline(&b, width, height, crimea, &Theme::default()));
        let labels = &lines[row_of(&lines, "2014")];
        assert!(labels.contains("2022"), "{labels}");
        let axis = &lines[row_of(&lines, "2014") - 1];
        assert!(axis.contains("┬────"), "{axis}");
        assert_eq!(markers(&lines[row_of(&lines, "2014") - 2]), 2);
        // The ten undated events, in their list under the axis.
        let lane = row_of(&lines, "10 undated events, in the author's order");
        assert!(
            lines[lane + 1].starts_with("● Cold War era"),
            "{}",
            lines.join("\n")
        );
        assert!(lines.iter().any(|l| l.starts_with("2014 · confirmed")));
        assert!(lines.iter().any(|l| l.starts_with("Russia annexes Crimea")));
        assert!(lines.last().unwrap().starts_with("● confirmed ◆ reported"));
    }
}

#[test]
fn the_selected_event_is_highlighted_and_described_whole() {
    let b = bundled();
    let possible = event(&b, "If North Korean soldiers were to join the fight");
    let buf = timeline(&b, 80, 24, possible, &Theme::monochrome());
    let lines = screen(&buf);
    let head = lines
        .iter()
        .position(|l| l.starts_with("If North Korean soldiers were to join the fight · possible"))
        .unwrap_or_else(|| panic!("{}", lines.join("\n")));
    assert_eq!(
        lines[head + 1].trim_end(),
        "Possible North Korean combat deployment in Ukraine"
    );
    // Its row is the last of the undated list, in reverse video even without colour.
    let row = row_of(&lines, "○ If North Korean soldiers");
    assert!(buf[(0, row as u16)].modifier.contains(Modifier::REVERSED));
    assert!(buf[(10, row as u16)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn a_long_title_wraps_whole_under_the_chart() {
    let text = briefing_with_events(&[(
        "A day in October that the source describes at some length",
        Some("2024-10-25"),
        None,
    )]);
    let b = load_bytes("long.toml", text.as_bytes()).unwrap();
    let lines = screen(&timeline(&b, 40, 12, 0, &Theme::default()));
    let joined: String = lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined.contains("A day in October that the source describes at some length"),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn movement_follows_time_order_then_the_undated_list_in_the_authors_order() {
    let b = bundled();
    let layout = TimelineLayout::new(&b, 120);
    let (crimea, invasion) = (event(&b, "2014"), event(&b, "2022"));
    assert_eq!(layout.next(crimea), Some(invasion));
    assert_eq!(layout.previous(invasion), Some(crimea));
    // The dated events first, as drawn on the axis; then the undated list as drawn.
    assert_eq!(layout.first(), Some(crimea));
    assert_eq!(layout.previous(crimea), None);
    let cold_war = event(&b, "Cold War era");
    assert_eq!(layout.next(invasion), Some(cold_war));
    assert_eq!(layout.previous(cold_war), Some(invasion));
    let order = layout.order();
    assert_eq!(order.len(), b.timeline.len());
    let undated: Vec<usize> = (0..b.timeline.len())
        .filter(|&e| b.timeline[e].date.is_none())
        .collect();
    assert_eq!(&order[2..], undated.as_slice());
    let last = *order.last().unwrap();
    assert_eq!(layout.next(last), None);
    let place = |e| layout.place(e).unwrap();
    assert_eq!(place(crimea).lane, Lane::Dated);
    assert_eq!(place(0).lane, Lane::Undated);
    // Undated events are a list of their own, one a row in the author's order.
    assert_eq!((place(0).row, place(0).start), (0, 0));
    assert_eq!((place(3).row, place(3).start), (1, 0));
}

/// A briefing with one actor and these events: (when, date, until).
fn briefing_with_events(events: &[(&str, Option<&str>, Option<&str>)]) -> String {
    let mut text = String::from(
        "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\n\n[[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"state\"\n",
    );
    for (when, date, until) in events {
        text.push_str(&format!(
            "\n[[timeline]]\nwhen = \"{when}\"\ntitle = \"{when}\"\nstatus = \"reported\"\n"
        ));
        if let Some(date) = date {
            text.push_str(&format!("date = \"{date}\"\n"));
        }
        if let Some(until) = until {
            text.push_str(&format!("until = \"{until}\"\n"));
        }
    }
    text
}

#[test]
fn a_long_span_with_a_dense_recent_end_gets_a_broken_axis_labelled_at_each_segment() {
    let text = briefing_with_events(&[
        ("1950", Some("1950"), None),
        ("Crimea", Some("2014"), None),
        ("War", Some("2022-02-24"), Some("2024-06")),
        ("October 1", Some("2024-10-01"), None),
        ("October 18", Some("2024-10-18"), None),
        ("Friday", Some("2024-10-25"), None),
        ("Recently", None, None),
    ]);
    let b = load_bytes("dense.toml", text.as_bytes()).unwrap();
    let layout = TimelineLayout::new(&b, 120);
    let labels: Vec<&str> = layout.ticks().iter().map(|t| t.label.as_str()).collect();
    // The last October day is labelled short, after a label of the same year.
    for label in [
        "1950",
        "2014",
        "2022-02-24",
        "2024-06",
        "2024-10-01",
        "2024-10-18",
        "10-25",
    ] {
        assert!(labels.contains(&label), "{labels:?}");
    }
    let breaks = layout
        .axis()
        .windows(2)
        .filter(|w| w[0] != AxisCell::Break && w[1] == AxisCell::Break)
        .count();
    assert!(breaks >= 3, "{:?}", layout.axis());
    // The October days stand apart, and no two events share a cell.
    let places: Vec<_> = (0..b.timeline.len())
        .map(|e| layout.place(e).unwrap())
        .collect();
    assert!(places[4].start >= places[3].start + 2 && places[5].start >= places[4].start + 2);
    for (i, a) in places.iter().enumerate() {
        for b in &places[i + 1..] {
            let apart = a.lane != b.lane || a.row != b.row || a.end < b.start || b.end < a.start;
            assert!(apart, "{a:?} {b:?}");
        }
    }
    // The span is a solid bar in the chart.
    let lines = screen(&timeline(&b, 120, 20, 2, &Theme::default()));
    assert!(
        lines.iter().any(|l| l.contains("━━━")),
        "{}",
        lines.join("\n")
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("War · reported · 2022-02-24 to 2024-06"))
    );
}

#[test]
fn until_must_follow_a_date_and_not_end_before_it() {
    let ok = briefing_with_events(&[("Within 2014", Some("2014-06"), Some("2014"))]);
    let b = load_bytes("ok.toml", ok.as_bytes()).unwrap();
    assert_eq!(b.timeline[0].until.unwrap().to_string(), "2014");

    let before = briefing_with_events(&[("Backwards", Some("2014-06"), Some("2014-05-31"))]);
    let error = load_bytes("before.toml", before.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string().lines().next().unwrap(),
        "before.toml:17:9: until '2014-05-31' is before date '2014-06'; a span ends on or after its start"
    );

    let alone = briefing_with_events(&[("Open", None, Some("2014"))]);
    let error = load_bytes("alone.toml", alone.as_bytes()).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("alone.toml:16:9: until needs a start: add `date = \"YYYY\"`"),
        "{error}"
    );

    let malformed = briefing_with_events(&[("Bad", Some("2014"), Some("2014-13"))]);
    let error = load_bytes("bad.toml", malformed.as_bytes()).unwrap_err();
    assert!(
        error.to_string().contains("until '2014-13' is not a date"),
        "{error}"
    );
}

#[test]
fn network_labels_the_actors_of_the_bundled_briefing_with_edges_between_them() {
    let b = bundled();
    for (width, height) in [(120, 40), (80, 24)] {
        let buf = network(&b, width, height, &Theme::default());
        let lines = screen(&buf);
        for name in [
            "Yoshimasa Hayashi",
            "Jens Stoltenberg",
            "Japan",
            "North Korea",
            "Russia",
        ] {
            assert!(
                lines.iter().any(|l| l.contains(name)),
                "{name} at {width}x{height}:\n{}",
                lines.join("\n")
            );
        }
        assert!(braille(&lines) > 100, "{}", lines.join("\n"));
        let footer = &lines[usize::from(height) - 1];
        assert!(footer.starts_with("16 of 16 actors shown · links: quotes, events, implications"));
        // Russia has the most links and is selected first.
        assert!(
            lines[usize::from(height) - 2].starts_with("Russia · state · 0 quotes · 10 events")
        );
    }
}

#[test]
fn the_selected_actor_is_in_reverse_video_without_colour() {
    let b = bundled();
    let buf = network(&b, 120, 40, &Theme::monochrome());
    let lines = screen(&buf);
    let y = row_of(&lines, "◉ Russia");
    let x = lines[y][..lines[y].find("◉ Russia").unwrap()]
        .chars()
        .count() as u16;
    assert!(buf[(x, y as u16)].modifier.contains(Modifier::REVERSED));
    assert!(buf[(x + 2, y as u16)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn arrow_movement_reaches_stoltenberg_and_every_other_actor() {
    let b = bundled();
    let layout = brief::chart::network::NetworkLayout::for_area(&b, Rect::new(0, 0, 120, 40));
    let start = layout.first().unwrap();
    let mut seen = vec![start];
    let mut next = 0;
    while next < seen.len() {
        let from = seen[next];
        next += 1;
        for direction in [
            Direction::Left,
            Direction::Right,
            Direction::Up,
            Direction::Down,
        ] {
            if let Some(to) = layout.nearest(from, direction)
                && !seen.contains(&to)
            {
                seen.push(to);
            }
        }
    }
    assert!(seen.contains(&actor(&b, "Jens Stoltenberg")));
    assert_eq!(seen.len(), b.actors.len());
    // Each move goes the way it says.
    let node = |a| *layout.node(a).unwrap();
    for &a in &seen {
        if let Some(to) = layout.nearest(a, Direction::Right) {
            assert!(node(to).x > node(a).x);
        }
        if let Some(to) = layout.nearest(a, Direction::Up) {
            assert!(node(to).y < node(a).y);
        }
    }
}

#[test]
fn the_same_briefing_draws_the_same_network() {
    let b = bundled();
    let one = NetworkLayout::new(&b, 100, 30);
    let two = NetworkLayout::new(&b, 100, 30);
    assert_eq!(one.nodes(), two.nodes());
    assert_eq!(one.edges(), two.edges());
}

#[test]
fn five_hundred_actors_show_the_most_connected_that_fit_and_count_the_rest() {
    let b = load_bytes(
        "large.toml",
        synthetic::briefing(Size { quotes: 5000 }).as_bytes(),
    )
    .unwrap();
    assert_eq!(b.actors.len(), 500);
    let area = Rect::new(0, 0, 120, 40);
    let layout = brief::chart::network::NetworkLayout::for_area(&b, area);
    let shown = layout.nodes().len();
    assert!(shown > 20, "{shown}");
    assert_eq!(shown + layout.hidden(), 500);
    // Most connected first, and none shown is less connected than one hidden.
    let least_shown = layout
        .nodes()
        .iter()
        .map(|n| n.links(LinkKinds::ALL))
        .min()
        .unwrap();
    let nodes = layout.nodes();
    assert!(
        nodes
            .windows(2)
            .all(|w| w[0].links(LinkKinds::ALL) >= w[1].links(LinkKinds::ALL))
    );
    assert!(least_shown > 0);
    // Labels never overlap.
    for (i, a) in nodes.iter().enumerate() {
        for b in &nodes[i + 1..] {
            let (a_end, b_end) = (
                a.x + GLYPH_WIDTH + a.label_width,
                b.x + GLYPH_WIDTH + b.label_width,
            );
            let apart = a.y != b.y || a_end < b.x || b_end < a.x;
            assert!(apart, "{a:?} {b:?}");
        }
    }
    let lines = screen(&draw_network(
        &b,
        &layout,
        area,
        LinkKinds::ALL,
        &Theme::default(),
    ));
    let footer = format!(
        "{shown} of 500 actors shown ({} less connected hidden)",
        layout.hidden()
    );
    assert!(lines[39].starts_with(&footer), "{}", lines[39]);
}

#[test]
fn link_kinds_choose_which_edges_are_drawn() {
    let b = bundled();
    let area = Rect::new(0, 0, 120, 40);
    let layout = brief::chart::network::NetworkLayout::for_area(&b, area);
    let edges = |kinds: LinkKinds| {
        let lines = screen(&draw_network(&b, &layout, area, kinds, &Theme::default()));
        (braille(&lines), lines[39].clone())
    };
    let (all, _) = edges(LinkKinds::ALL);
    let (quotes, footer) = edges(LinkKinds::ALL.cycle());
    assert!(quotes < all, "{quotes} {all}");
    assert!(footer.contains("links: quotes ·"), "{footer}");
}

#[test]
fn below_their_size_the_charts_say_what_they_need_and_nothing_panics() {
    let b = bundled();
    let said = |buf: Buffer| {
        let lines: Vec<String> = screen(&buf).iter().map(|l| l.trim().to_owned()).collect();
        lines.join(" ")
    };
    let message = said(timeline(&b, 30, 10, 0, &Theme::default()));
    assert!(message.contains("The timeline chart needs at least 40 x 12 (now 30 x 10)"));
    let message = said(network(&b, 20, 5, &Theme::default()));
    assert!(
        message.contains("The network needs at least 30 x 8 (now 20 x 5)"),
        "{message}"
    );
    for (width, height) in [(0, 0), (2, 2), (60, 20), (10_000, 40)] {
        let t = timeline(&b, width, height, 0, &Theme::default());
        let n = network(&b, width, height, &Theme::monochrome());
        if (width, height) == (60, 20) {
            assert!(screen(&t).iter().any(|l| l.contains("2022")));
            assert!(screen(&n).iter().any(|l| l.contains("Jens Stoltenberg")));
        }
    }
    // A layout made for another size is clipped, not trusted.
    let area = Rect::new(0, 0, 50, 15);
    let stale = TimelineLayout::new(&b, 300);
    let mut buf = Buffer::empty(area);
    timeline_chart::draw(&mut buf, area, &b, &stale, Some(11), &Theme::default());
    let stale = NetworkLayout::new(&b, 300, 100);
    network::draw(
        &mut buf,
        area,
        &b,
        &stale,
        stale.first(),
        LinkKinds::ALL,
        &Theme::default(),
    );
}

#[test]
fn svg_of_the_bundled_briefing_parses_and_names_every_actor_and_event() {
    let b = bundled();
    let network = network_svg(&b);
    let texts = svg_texts(&network);
    for actor in &b.actors {
        assert!(texts.contains(&actor.name.to_string()), "{}", actor.name);
    }
    let timeline = timeline_svg(&b);
    let texts = svg_texts(&timeline).join("\n");
    for event in &b.timeline {
        assert!(texts.contains(event.title.as_str()), "{}", event.title);
    }
    assert!(texts.contains("2014") && texts.contains("2022"));
}

/// Parses `svg` as XML, checks it is inert, and returns its texts.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(
            ![
                "script",
                "foreignObject",
                "image",
                "use",
                "a",
                "style",
                "iframe"
            ]
            .contains(&name),
            "{name}"
        );
        for attribute in node.attributes() {
            assert!(!attribute.name().contains("href"), "{}", attribute.name());
            assert!(!attribute.name().starts_with("on"), "{}", attribute.name());
            assert!(!attribute.value().contains("url("), "{}", attribute.value());
        }
    }
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .map(str::to_owned)
        .collect()
}

#[test]
fn hostile_names_are_escaped_in_svg_and_inert_on_screen() {
    let hostile = r#"<script>alert("x") & 'y'</script>"#;
    let quoted = toml_basic_string(hostile);
    let text = format!(
        "format = 1\n[briefing]\nid = \"h\"\ntitle = \"H & <b>\"\nsummary = \"S\"\n\n\
         [[actors]]\nid = \"a\"\nname = {quoted}\nkind = \"person\"\n\n\
         [[actors]]\nid = \"b\"\nname = \"Esc \\u001b]0;pwned\\u0007 \\u202e\"\nkind = \"state\"\n\n\
         [[timeline]]\nwhen = \"]]> <!--\"\ndate = \"2024\"\ntitle = {quoted}\nactors = [\"a\", \"b\"]\n"
    );
    let b = load_bytes("hostile.toml", text.as_bytes()).unwrap();
    let escaped = b.actors[1].name.to_string();
    assert!(
        escaped.starts_with("Esc ␛") && escaped.contains("<U+202E>"),
        "{escaped}"
    );
    for (svg, named) in [
        (network_svg(&b), &escaped),
        (timeline_svg(&b), &b.timeline[0].when.to_string()),
    ] {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;")
        );
        assert!(!svg.contains('\u{1b}'));
        let texts = svg_texts(&svg).join("\n");
        assert!(texts.contains(hostile), "{texts}");
        assert!(texts.contains(named.as_str()), "{texts}");
    }
    let lines = screen(&network(&b, 80, 20, &Theme::default()));
    assert!(
        lines.iter().any(|l| l.contains("Esc ␛")),
        "{}",
        lines.join("\n")
    );
    assert!(lines.iter().any(|l| l.contains("<script>alert(\"x\")")));
}

/// The columns of the axis's ticks and of every glyph on `lines` under the axis row `axis`.
fn undated_columns_right_of_last_tick(buf: &Buffer, axis: usize) -> Vec<(usize, u16)> {
    let width = buf.area.width;
    let last_tick = (0..width)
        .rev()
        .find(|&x| buf[(x, axis as u16)].symbol() == "┬")
        .expect("a tick on the axis");
    let mut found = Vec::new();
    for y in axis + 2..usize::from(buf.area.height) {
        for x in last_tick + 1..width {
            if GLYPHS
                .iter()
                .any(|g| buf[(x, y as u16)].symbol() == g.to_string())
            {
                found.push((y, x));
            }
        }
    }
    found
}

#[test]
fn the_time_charts_headings_and_legend_too_long_for_the_width_end_in_an_ellipsis() {
    let b = bundled();
    let buf = timeline(&b, 60, 20, event(&b, "Friday"), &Theme::default());
    let lines = screen(&buf);
    let text = lines.join("\n");
    let heading = &lines[row_of(&lines, "10 undated events")];
    assert!(heading.trim_end().ends_with('…'), "{text}");
    let legend = lines.last().unwrap();
    assert!(legend.starts_with("● confirmed"), "{text}");
    assert!(legend.trim_end().ends_with('…'), "{text}");
}

#[test]
fn undated_events_are_listed_apart_from_the_axis_in_their_status_colours() {
    let b = bundled();
    let theme = Theme::default();
    let hayashi = event(&b, "Friday");
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let buf = timeline(&b, width, height, hayashi, &theme);
        let lines = screen(&buf);
        let text = lines.join("\n");
        let axis = lines
            .iter()
            .position(|l| l.contains('┬'))
            .unwrap_or_else(|| panic!("{text}"));
        // Nothing undated is drawn right of the axis's last tick, as if it had a later date.
        assert_eq!(
            undated_columns_right_of_last_tick(&buf, axis),
            vec![],
            "{width}x{height}\n{text}"
        );
        assert!(text.contains("10 undated events"), "{text}");
        // The undated list names each event: its when and title, in the author's order.
        let list = row_of(&lines, "10 undated events") + 1;
        assert!(lines[list].starts_with("● Cold War era"), "{text}");
        // Every glyph drawn takes its status's colour, as in the panes.
        for y in 0..height {
            for x in 0..width {
                let cell = &buf[(x, y)];
                if Some(cell.bg) == theme.selection.bg {
                    continue;
                }
                let status = match cell.symbol() {
                    "●" => Status::Confirmed,
                    "◆" => Status::Reported,
                    "▲" => Status::Claimed,
                    "◇" => Status::Expected,
                    "○" => Status::Possible,
                    _ => continue,
                };
                assert_eq!(
                    cell.fg,
                    theme.status(status).fg.unwrap(),
                    "{} at {x},{y} ({width}x{height})\n{text}",
                    cell.symbol()
                );
            }
        }
    }
}

#[test]
fn the_timeline_svg_colours_statuses_and_keeps_undated_events_off_the_axis() {
    let b = bundled();
    let svg = timeline_svg(&b);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    // The confirmed and reported glyphs are filled in different colours.
    let fill_of = |glyph: &str| {
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .find(|n| n.text() == Some(glyph))
            .and_then(|n| n.attribute("fill"))
            .map(str::to_owned)
    };
    let (confirmed, reported) = (fill_of("●"), fill_of("◆"));
    assert!(confirmed.is_some() && reported.is_some(), "{svg}");
    assert_ne!(confirmed, reported);
    // The last tick's x: no undated event's glyph lies right of it.
    let ticks: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter(|n| n.text().is_some_and(|t| t == "2014" || t == "2022"))
        .filter_map(|n| n.attribute("x")?.parse().ok())
        .collect();
    let last_tick = ticks.iter().copied().fold(f64::MIN, f64::max);
    let undated_titles: Vec<String> = b
        .timeline
        .iter()
        .filter(|e| e.date.is_none())
        .map(|e| e.when.to_string())
        .collect();
    for node in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let Some(title) = node.children().find(|c| c.has_tag_name("title")) else {
            continue;
        };
        let named = title.text().unwrap_or("");
        if undated_titles
            .iter()
            .any(|w| named.starts_with(&format!("{w}:")))
        {
            let x: f64 = node.attribute("x").unwrap().parse().unwrap();
            assert!(x <= last_tick, "{named} at {x} right of {last_tick}");
        }
    }
    let texts = svg_texts(&svg).join("\n");
    assert!(texts.contains("10 undated events"), "{texts}");
}

#[test]
fn network_labels_are_whole_or_cut_at_a_word_and_take_no_colour_from_the_edges() {
    let b = bundled();
    let theme = Theme::default();
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let buf = network(&b, width, height, &theme);
        let lines = screen(&buf);
        let text = lines.join("\n");
        let plot = &lines[..usize::from(height) - 2];
        // A cut label ends at a word: `National Intelligence …`, never `Intelligen…`.
        for line in plot {
            let chars: Vec<char> = line.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if c == '…' {
                    assert!(
                        i > 0 && chars[i - 1] == ' ',
                        "{width}x{height}: {line}\n{text}"
                    );
                }
            }
        }
        assert!(
            text.contains("National Intelligence Service")
                || text.contains("National Intelligence …"),
            "{width}x{height}\n{text}"
        );
        // A label's letters are drawn in the label's style, never in the edges' grey.
        for y in 0..height - 2 {
            for x in 0..width {
                let cell = &buf[(x, y)];
                if cell.symbol().chars().all(char::is_alphabetic) {
                    assert_ne!(
                        Some(cell.fg),
                        theme.muted.fg,
                        "{:?} at {x},{y} ({width}x{height})\n{text}",
                        cell.symbol()
                    );
                }
            }
        }
    }
}

#[test]
fn the_selected_actors_link_count_follows_the_kinds_drawn() {
    let b = bundled();
    let area = Rect::new(0, 0, 120, 40);
    let layout = NetworkLayout::for_area(&b, area);
    let russia = actor(&b, "Russia");
    assert_eq!(layout.first(), Some(russia));
    // Quotes by or about Russia, with someone else.
    let quote_links = b
        .quotes
        .iter()
        .flat_map(|q| q.about.iter().map(move |&about| (q.speaker, about)))
        .filter(|&(speaker, about)| speaker != about && (speaker == russia || about == russia))
        .count();
    let about = |kinds: LinkKinds| {
        screen(&draw_network(&b, &layout, area, kinds, &Theme::default()))[38]
            .trim_end()
            .to_owned()
    };
    let quotes = LinkKinds::ALL.cycle();
    assert_eq!(quotes.label(), "quotes");
    let only_quotes = about(quotes);
    let suffix = if quote_links == 1 { "link" } else { "links" };
    assert!(
        only_quotes.ends_with(&format!(" · {quote_links} {suffix}")),
        "{only_quotes}"
    );
    let all = about(LinkKinds::ALL);
    assert_ne!(all, only_quotes);
}
