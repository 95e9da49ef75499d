//! The update function alone: focus, movement, follow and back, speaker jumps, search, Esc.

mod common;

use brief::action::Action;
use brief::app::{Filter, Msg, Overlay, Pane};
use common::*;
use ratatui::crossterm::event::KeyCode;

#[test]
fn tab_and_numbers_move_focus_and_wrap() {
    let mut app = app(bundled(), 120, 40);
    assert_eq!(app.nav.focus, Pane::Timeline);
    act(&mut app, Action::NextPane);
    assert_eq!(app.nav.focus, Pane::Actors);
    act(&mut app, Action::PrevPane);
    act(&mut app, Action::PrevPane);
    assert_eq!(app.nav.focus, Pane::Implications);
    type_keys(&mut app, "3");
    assert_eq!(app.nav.focus, Pane::Quotes);
}

#[test]
fn movement_stops_at_the_ends_of_lists() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Previous);
    assert_eq!(selected(&app, Pane::Timeline), 0);
    act(&mut app, Action::Last);
    let last = app.briefing.timeline.len() - 1;
    assert_eq!(selected(&app, Pane::Timeline), last);
    act(&mut app, Action::Next);
    assert_eq!(selected(&app, Pane::Timeline), last);
    act(&mut app, Action::First);
    assert_eq!(selected(&app, Pane::Timeline), 0);
}

#[test]
fn half_page_moves_by_half_the_visible_items_and_scrolls() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "3");
    act(&mut app, Action::HalfPageDown);
    let step = selected(&app, Pane::Quotes);
    assert!(step >= 1);
    for _ in 0..10 {
        act(&mut app, Action::HalfPageDown);
    }
    assert_eq!(selected(&app, Pane::Quotes), app.briefing.quotes.len() - 1);
    assert!(
        app.nav.pane(Pane::Quotes).offset > 0,
        "the selection scrolled into view"
    );
    act(&mut app, Action::HalfPageUp);
    assert_eq!(
        selected(&app, Pane::Quotes),
        app.briefing.quotes.len() - 1 - step
    );
}

#[test]
fn follow_actor_shows_only_their_quotes() {
    let mut app = app(bundled(), 120, 40);
    let stoltenberg = select_actor(&mut app, "Jens Stoltenberg");
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert_eq!(
        app.nav.pane(Pane::Quotes).filter,
        Some(Filter::Speaker(stoltenberg))
    );
    let rows = app.rows(Pane::Quotes);
    assert_eq!(rows.len(), 3);
    for position in 0..rows.len() {
        assert_eq!(
            app.briefing.quotes[rows.get(position).unwrap()].speaker,
            stoltenberg
        );
    }
}

#[test]
fn follow_quote_selects_its_speaker() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3");
    act(&mut app, Action::Last);
    let speaker = app.briefing.quotes[selected(&app, Pane::Quotes)].speaker;
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Actors);
    assert_eq!(selected(&app, Pane::Actors), speaker);
}

#[test]
fn follow_event_and_implication_filter_to_their_links() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Actors);
    assert_eq!(
        app.nav.pane(Pane::Actors).filter,
        Some(Filter::EventActors(0))
    );
    assert_eq!(
        app.rows(Pane::Actors).len(),
        app.briefing.timeline[0].actors.len()
    );

    type_keys(&mut app, "4");
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert_eq!(
        app.nav.pane(Pane::Quotes).filter,
        Some(Filter::ImplicationQuotes(0))
    );
    assert_eq!(
        app.rows(Pane::Quotes).len(),
        app.briefing.implications[0].quotes.len()
    );
}

#[test]
fn back_restores_focus_selection_filter_and_scroll_over_several_steps() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "3");
    act(&mut app, Action::Last);
    let start = app.nav;
    act(&mut app, Action::Follow); // quote -> speaker
    let at_speaker = app.nav;
    act(&mut app, Action::Follow); // speaker -> their quotes
    act(&mut app, Action::Next);
    act(&mut app, Action::Follow); // quote -> speaker again
    assert_eq!(app.history_len(), 3);
    act(&mut app, Action::Back);
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert!(app.nav.pane(Pane::Quotes).filter.is_some());
    act(&mut app, Action::Back);
    assert_eq!(app.nav, at_speaker);
    act(&mut app, Action::Back);
    assert_eq!(app.nav, start);
    act(&mut app, Action::Back);
    assert_eq!(app.nav, start);
    assert_eq!(app.notice.as_deref(), Some("Nothing to go back to"));
}

#[test]
fn brackets_jump_between_quotes_by_the_same_speaker() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3");
    act(&mut app, Action::Next); // Hayashi's first quote
    let hayashi = actor(&app, "Yoshimasa Hayashi");
    let spoken = app.briefing.actors[hayashi].quotes.clone();
    assert_eq!(selected(&app, Pane::Quotes), spoken[0]);
    type_keys(&mut app, "]");
    assert_eq!(selected(&app, Pane::Quotes), spoken[1]);
    type_keys(&mut app, "[[");
    assert_eq!(
        selected(&app, Pane::Quotes),
        *spoken.last().unwrap(),
        "wraps to the last"
    );
    assert!(app.notice.as_deref().unwrap().starts_with("Wrapped"));
    act(&mut app, Action::Back);
    assert_eq!(selected(&app, Pane::Quotes), spoken[0]);
}

#[test]
fn search_is_incremental_case_insensitive_and_n_moves_across_panes() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "2/");
    assert!(app.search.editing);
    type_keys(&mut app, "STOLT");
    assert!(app.search.match_count() >= 4, "actor and quotes match");
    let first = (app.nav.focus, app.selected(app.nav.focus));
    assert_eq!(
        first,
        (Pane::Actors, Some(actor(&app, "Jens Stoltenberg"))),
        "jumps as you type"
    );
    press(&mut app, KeyCode::Enter);
    assert!(!app.search.editing);
    let mut visited = vec![first];
    for _ in 0..app.search.match_count() {
        type_keys(&mut app, "n");
        let here = (app.nav.focus, app.selected(app.nav.focus));
        assert!(app.search.is_match(here.0, here.1.unwrap()));
        visited.push(here);
    }
    assert_eq!(
        visited.last(),
        Some(&first),
        "n visits every match and wraps"
    );
    assert!(visited.iter().any(|(pane, _)| *pane == Pane::Quotes));
    assert!(
        visited.iter().any(|(pane, _)| *pane == Pane::Timeline),
        "wrapped past the last pane"
    );
    type_keys(&mut app, "N");
    assert_eq!(
        Some(&(app.nav.focus, app.selected(app.nav.focus))),
        visited.iter().rev().nth(1)
    );
}

#[test]
fn cancelling_a_search_restores_where_it_started() {
    let mut app = app(bundled(), 120, 40);
    let start = app.nav;
    type_keys(&mut app, "/petrova");
    assert_ne!(app.nav, start);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.nav, start);
    assert!(!app.search.is_active());
}

#[test]
fn escape_closes_overlay_then_clears_search_then_clears_filter() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "2");
    act(&mut app, Action::Follow);
    type_keys(&mut app, "/monitoring");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.nav.focus,
        Pane::Quotes,
        "the selected quote matches, so search stays on it"
    );
    act(&mut app, Action::Detail);
    assert!(matches!(app.overlay, Some(Overlay::Detail { .. })));
    act(&mut app, Action::Cancel);
    assert_eq!(app.overlay, None);
    assert!(app.search.is_active());
    act(&mut app, Action::Cancel);
    assert!(!app.search.is_active());
    let focus = app.nav.focus;
    assert!(app.nav.pane(focus).filter.is_some());
    let item = app.selected(focus);
    act(&mut app, Action::Cancel);
    assert_eq!(app.nav.pane(focus).filter, None);
    assert_eq!(
        app.selected(focus),
        item,
        "the selected item stays selected"
    );
}

#[test]
fn actor_without_quotes_says_so_instead_of_an_empty_pane() {
    let mut app = app(bundled(), 120, 40);
    select_actor(&mut app, "NATO");
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Actors);
    assert!(
        app.notice
            .as_deref()
            .unwrap()
            .starts_with("No quotes by NATO")
    );
}

#[test]
fn detail_scrolls_and_is_clamped() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "2");
    act(&mut app, Action::Detail);
    act(&mut app, Action::Last);
    let Some(Overlay::Detail { scroll, .. }) = app.overlay else {
        panic!()
    };
    assert!(scroll > 0, "Hayashi's detail is longer than the screen");
    act(&mut app, Action::HalfPageDown);
    let Some(Overlay::Detail { scroll: after, .. }) = app.overlay else {
        panic!()
    };
    assert_eq!(after, scroll, "cannot scroll past the end");
}

#[test]
fn copy_and_quit_are_effects_not_io() {
    use brief::app::Effect;
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3");
    act(&mut app, Action::Next);
    let effect = app.update(Msg::Action(Action::Copy));
    let Some(Effect::Copy(text)) = effect else {
        panic!("{effect:?}")
    };
    assert!(text.starts_with("\"The Japanese government is … monitoring"));
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("\" - Yoshimasa Hayashi, Chief Cabinet Secretary (Statement on Friday)")
    );
    assert_eq!(app.update(Msg::Action(Action::Quit)), Some(Effect::Leave));
}

#[test]
fn reload_keeps_focus_selection_and_filter_by_id() {
    let mut app = app(bundled(), 120, 40);
    select_actor(&mut app, "Jens Stoltenberg");
    act(&mut app, Action::Follow);
    act(&mut app, Action::Last);
    let quote_id = app.briefing.quotes[selected(&app, Pane::Quotes)].id.clone();

    // A new version with an actor added at the top: every index shifts by one.
    let (_, text) = brief::briefing::bundled::BUNDLED[0];
    let edited = text.replacen(
        "[[actors]]",
        "[[actors]]\nid = \"newcomer\"\nname = \"Newcomer\"\nkind = \"person\"\n\n[[actors]]",
        1,
    );
    let new = brief::briefing::load_bytes("edited.toml", edited.as_bytes()).unwrap();
    app.replace_briefing(new);
    assert_eq!(app.nav.focus, Pane::Quotes);
    let speaker = actor(&app, "Jens Stoltenberg");
    assert_eq!(
        app.nav.pane(Pane::Quotes).filter,
        Some(Filter::Speaker(speaker))
    );
    assert_eq!(
        app.briefing.quotes[selected(&app, Pane::Quotes)].id,
        quote_id
    );
    act(&mut app, Action::Back);
    assert_eq!(
        selected(&app, Pane::Actors),
        speaker,
        "history was carried over too"
    );
}

#[test]
fn mouse_click_focuses_and_selects_and_wheel_scrolls_the_pane_under_it() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| {
        Msg::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    let mut app = app(bundled(), 120, 40);
    // Actors is the top-right pane: inner rows start at y = 3; each actor takes 2 lines.
    app.update(mouse(
        MouseEventKind::Down(MouseButton::Left),
        80,
        3 + 2 * 2,
    ));
    assert_eq!(app.nav.focus, Pane::Actors);
    assert_eq!(selected(&app, Pane::Actors), 2);
    app.update(mouse(MouseEventKind::ScrollDown, 10, 25));
    assert_eq!(app.nav.focus, Pane::Actors, "the wheel does not move focus");
    assert_eq!(selected(&app, Pane::Quotes), 3);
}

#[test]
fn a_jump_that_goes_nowhere_leaves_no_step_for_back() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3/very foundations");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.search.match_count(), 1);
    let steps = app.history_len();
    type_keys(&mut app, "nnN");
    assert_eq!(
        app.history_len(),
        steps,
        "n on the only match moves nowhere and adds no step"
    );
}

#[test]
fn reload_drops_a_filter_on_an_event_that_is_gone() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Follow);
    assert_eq!(
        app.nav.pane(Pane::Actors).filter,
        Some(Filter::EventActors(0))
    );
    let (_, text) = brief::briefing::bundled::BUNDLED[0];
    let without_first = text.replacen("when = \"Cold War era\"", "when = \"Long ago\"", 1);
    let new = brief::briefing::load_bytes("edited.toml", without_first.as_bytes()).unwrap();
    app.replace_briefing(new);
    assert_eq!(
        app.nav.pane(Pane::Actors).filter,
        Some(Filter::EventActors(0)),
        "same count: kept by position"
    );
    let fewer = text.replacen(
        "[[timeline]]\nwhen = \"Cold War era\"",
        "[[timeline]]\nwhen = \"Gone\"",
        1,
    );
    let trimmed = match fewer.find("[[timeline]]\nwhen = \"Gone\"") {
        Some(start) => {
            let end = start + fewer[start + 1..].find("[[timeline]]").unwrap() + 1;
            format!("{}{}", &fewer[..start], &fewer[end..])
        }
        None => unreachable!(),
    };
    let new = brief::briefing::load_bytes("trimmed.toml", trimmed.as_bytes()).unwrap();
    assert_eq!(new.timeline.len(), 11);
    app.replace_briefing(new);
    assert_eq!(
        app.nav.pane(Pane::Actors).filter,
        None,
        "a deleted event's filter is dropped"
    );
}

#[test]
fn an_overlay_owns_the_keyboard_until_it_closes() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3j");
    let before = app.nav;
    // Help: its keys scroll it; a pane key, search or zoom does nothing behind it.
    type_keys(&mut app, "?");
    type_keys(&mut app, "j");
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 1 })));
    type_keys(&mut app, "1z/l");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    assert_eq!(app.nav, before);
    assert!(!app.search.editing);
    assert_eq!(app.notice.as_deref(), Some("q or Esc closes help"));
    type_keys(&mut app, "q");
    assert_eq!(app.overlay, None);
    // The detail view: its own keys work, the panes' do nothing behind it.
    type_keys(&mut app, " 4/f");
    assert!(matches!(
        app.overlay,
        Some(Overlay::Detail {
            pane: Pane::Quotes,
            ..
        })
    ));
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert!(!app.search.editing);
    assert_eq!(app.notice.as_deref(), Some("Esc closes the detail first"));
    type_keys(&mut app, "j");
    assert_eq!(selected(&app, Pane::Quotes), 2, "j moves to the next item");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    // The last reload error: the same.
    app.reload_error = Some(brief::briefing::LoadError {
        message: "x.toml:1:1: broken".into(),
        count: 1,
    });
    type_keys(&mut app, "!2");
    assert!(matches!(app.overlay, Some(Overlay::Message { .. })));
    assert_eq!(app.nav.focus, Pane::Quotes);
}
