//! The timeline chart and the network as views of the reader: their keys move the Timeline's
//! and the Actors' selection, Enter follows as in the panes, and they draw at any size.

mod common;

use brief::action::Action;
use brief::app::{Msg, Pane, View};
use brief::ui::Theme;
use common::*;
use ratatui::crossterm::event::KeyCode;

#[test]
fn the_timeline_chart_moves_in_time_order_and_follows() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::TimelineChart);
    assert_eq!(app.nav.view, View::TimelineChart);
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.contains("2014") && text.contains("2022"), "{text}");
    assert!(
        text.contains("10 undated events, in the author's order"),
        "{text}"
    );
    let crimea = app
        .briefing
        .timeline
        .iter()
        .position(|e| e.when.as_str() == "2014")
        .unwrap();
    let invasion = app
        .briefing
        .timeline
        .iter()
        .position(|e| e.when.as_str() == "2022")
        .unwrap();
    // The first drawn in time order is the earliest dated event.
    type_keys(&mut app, "g");
    assert_eq!(selected(&app, Pane::Timeline), crimea);
    type_keys(&mut app, "l");
    assert_eq!(selected(&app, Pane::Timeline), invasion);
    assert_eq!(
        app.nav.view,
        View::TimelineChart,
        "moving stays on the chart"
    );
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.contains("Russia launches full-scale invasion of Ukraine"));
    assert!(text.contains("Time chart · Timeline"), "{text}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.nav.view, View::Panes);
    assert_eq!(app.nav.focus, Pane::Actors, "follow: the event's actors");
}

#[test]
fn the_network_labels_the_main_actors_and_arrows_reach_stoltenberg() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Network);
    let text = screen_text(&render(&app, &Theme::default()));
    for name in [
        "Yoshimasa Hayashi",
        "Jens Stoltenberg",
        "Japan",
        "North Korea",
        "Russia",
    ] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    let stoltenberg = actor(&app, "Jens Stoltenberg");
    // Breadth-first over arrow moves: some sequence of arrows reaches him.
    let keys = [KeyCode::Left, KeyCode::Right, KeyCode::Up, KeyCode::Down];
    let mut seen = vec![selected(&app, Pane::Actors)];
    let mut frontier = vec![app.nav];
    'search: while let Some(nav) = frontier.pop() {
        for key in keys {
            app.nav = nav;
            press(&mut app, key);
            let at = selected(&app, Pane::Actors);
            if at == stoltenberg {
                break 'search;
            }
            if !seen.contains(&at) {
                seen.push(at);
                frontier.push(app.nav);
            }
        }
    }
    assert_eq!(selected(&app, Pane::Actors), stoltenberg);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.nav.view, View::Panes);
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert_eq!(app.rows(Pane::Quotes).len(), 3, "his quotes");
}

#[test]
fn the_link_kinds_key_cycles_what_the_network_draws() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Network);
    act(&mut app, Action::LinkKinds);
    assert!(
        app.notice
            .as_deref()
            .unwrap()
            .starts_with("Drawing links: ")
    );
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.contains("links: quotes"), "{text}");
}

#[test]
fn charts_degrade_to_a_message_when_small_and_never_panic() {
    let mut app = app(bundled(), 60, 20);
    for view in [Action::TimelineChart, Action::Network] {
        act(&mut app, view);
        let text = screen_text(&render(&app, &Theme::default()));
        assert!(!text.trim().is_empty());
        for (w, h) in [(2, 2), (0, 0), (30, 10), (41, 13), (300, 5)] {
            app.update(Msg::Resize(w, h));
            render(&app, &Theme::default());
        }
        app.update(Msg::Resize(60, 20));
    }
    app.update(Msg::Resize(35, 12));
    act(&mut app, Action::TimelineChart);
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(
        text.contains("needs at least") && text.contains("40 x 12"),
        "{text}"
    );
}

#[test]
fn the_timeline_chart_says_how_the_selected_events_status_changed() {
    let b = living();
    let troops = event_ix(&b, "troops-in-russia");
    let mut app = app(b, 120, 40);
    type_keys(&mut app, &format!("1g{}", "j".repeat(troops)));
    assert_eq!(selected(&app, Pane::Timeline), troops);
    act(&mut app, Action::TimelineChart);
    assert_eq!(app.nav.view, View::TimelineChart);
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(
        text.contains("About 3,000 North Korean troops reported in Russia")
            && text.contains("Status over time: reported by publisher not stated in the article")
            && text.contains("confirmed by Example Wire, 28 Oct 2024"),
        "{text}"
    );
    // An event without a history has no such line.
    act(&mut app, Action::TimelineChart);
    type_keys(&mut app, "1g");
    assert_eq!(selected(&app, Pane::Timeline), 0);
    act(&mut app, Action::TimelineChart);
    assert_eq!(app.nav.view, View::TimelineChart);
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(!text.contains("Status over time"), "{text}");
}
