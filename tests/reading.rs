//! Reading in place: the overview, the preview, zoom, rows as tall as their text, the detail
//! view you can work in, the dossier, narrowing, search that shows what it found, and the keys
//! users already know. Update tests on the model and render tests at 200x60, 120x40, 80x24
//! and 30x10.

mod common;

use brief::action::Action;
use brief::app::{Effect, Msg, Overlay, Pane, View};
use brief::ui::Theme;
use common::*;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

const SIZES: [(u16, u16); 4] = [(200, 60), (120, 40), (80, 24), (30, 10)];

/// Hayashi's first quote, the second of the Quotes pane.
const HAYASHI_END: &str = "aggression against Ukraine";

fn text(app: &brief::app::App) -> String {
    screen_text(&render(app, &Theme::default()))
}

/// The screen with line breaks removed, so a wrapped sentence can be found whole.
fn flowing(app: &brief::app::App) -> String {
    screen(&render(app, &Theme::default()))
        .iter()
        .map(|l| {
            l.trim_matches(|c: char| c == '│' || c == '┃' || c == ' ')
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_overview_shows_the_whole_summary_and_search_finds_words_only_in_it() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Overview);
    assert_eq!(app.nav.view, View::Overview);
    let shown = flowing(&app);
    assert!(
        shown.contains("puts the number at about 3,000 troops"),
        "{}",
        text(&app)
    );
    assert!(shown.contains("[HIGH] East Asia"));
    assert!(shown.contains("Sources"));
    act(&mut app, Action::Timeline);
    type_keys(&mut app, "/step up");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.nav.view, View::Overview, "the match is in the summary");
    assert_eq!(app.match_status(), "match 1/1");
    let buffer = render(&app, &Theme::default());
    let lines = screen(&buffer);
    let (y, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains("step up"))
        .expect("the matched words are on screen");
    let x = line[..line.find("step up").unwrap()].chars().count() as u16;
    assert_eq!(buffer[(x, y as u16)].bg, Theme::default().hit.bg.unwrap());
}

#[test]
fn at_200_by_60_the_preview_shows_the_selected_quote_whole() {
    let mut app = app(bundled(), 200, 60);
    type_keys(&mut app, "3j");
    let shown = flowing(&app);
    assert!(shown.contains(HAYASHI_END), "{}", text(&app));
    assert!(text(&app).contains(" Preview "));
}

#[test]
fn at_80_by_24_zoom_shows_the_quote_whole_and_again_undoes_it() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "3j");
    assert!(!flowing(&app).contains(HAYASHI_END) || !text(&app).contains("zoom"));
    act(&mut app, Action::Zoom);
    assert!(app.nav.zoom);
    assert!(flowing(&app).contains(HAYASHI_END), "{}", text(&app));
    assert!(text(&app).contains("Quotes (16) · zoom"));
    act(&mut app, Action::Zoom);
    assert!(!app.nav.zoom);
}

#[test]
fn a_short_quote_takes_no_blank_row_and_actors_spend_no_row_on_their_kind() {
    let app = app(bundled(), 120, 40);
    let lines = screen(&render(&app, &Theme::default()));
    let quote = lines
        .iter()
        .position(|l| l.contains("“serious concern”"))
        .unwrap();
    assert!(lines[quote + 1].contains("— Japan"), "{}", lines[quote + 1]);
    let japan = lines
        .iter()
        .position(|l| l.contains("Japan · 1 quote"))
        .unwrap();
    assert!(!lines[japan + 1].contains("state"), "{}", lines[japan + 1]);
}

#[test]
fn every_view_draws_at_every_size() {
    for (width, height) in SIZES {
        let mut app = app(bundled(), width, height);
        for action in [
            Action::Overview,
            Action::Quotes,
            Action::Zoom,
            Action::Dossier,
            Action::Cancel,
            Action::TimelineChart,
            Action::Network,
        ] {
            act(&mut app, action);
            let shown = text(&app);
            let expected = match action {
                Action::Overview => "[HIGH] East Asia",
                Action::Quotes => "Quotes",
                Action::Zoom => "zoom",
                Action::Dossier => "Japan",
                Action::Cancel => "Actors",
                _ => "",
            };
            assert!(
                shown.contains(expected),
                "{width}x{height} after {action:?}:\n{shown}"
            );
        }
    }
}

#[test]
fn the_dossier_lists_everything_about_the_actor_and_follows_its_links() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3j");
    act(&mut app, Action::Dossier);
    let Some(Overlay::Detail { pane, item, .. }) = app.overlay else {
        panic!("a dossier opens");
    };
    assert_eq!(
        (pane, item),
        (Pane::Actors, actor(&app, "Yoshimasa Hayashi"))
    );
    let shown = text(&app);
    for section in ["Timeline (1)", "Quotes by them (4)", "Implications"] {
        assert!(shown.contains(section), "{section}:\n{shown}");
    }
    // Tab chooses the first link; Enter follows it into that item's detail.
    act(&mut app, Action::NextPane);
    let Some(Overlay::Detail { link: Some(0), .. }) = app.overlay else {
        panic!("{:?}", app.overlay)
    };
    act(&mut app, Action::Follow);
    let Some(Overlay::Detail { pane, .. }) = app.overlay else {
        panic!("following a link opens its detail")
    };
    assert_eq!(pane, Pane::Timeline);
    // Back returns into the dossier.
    act(&mut app, Action::Back);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Detail {
            pane: Pane::Actors,
            ..
        })
    ));
}

#[test]
fn the_detail_view_follows_j_and_k_through_the_pane() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3 ");
    let first = selected(&app, Pane::Quotes);
    type_keys(&mut app, "j");
    let Some(Overlay::Detail { item, .. }) = app.overlay else {
        panic!("still open")
    };
    assert_eq!(item, first + 1);
    let whole: String = app
        .detail_of(Pane::Quotes, item)
        .lines
        .iter()
        .flatten()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(whole.contains(HAYASHI_END), "{whole}");
    assert!(text(&app).contains("Other quotes by Yoshimasa Hayashi"));
    // `]` moves to the speaker's next quote, in the detail too.
    type_keys(&mut app, "]");
    let Some(Overlay::Detail { item: next, .. }) = app.overlay else {
        panic!("] keeps the detail open")
    };
    assert_eq!(
        app.briefing.quotes[next].speaker,
        app.briefing.quotes[item].speaker
    );
    // Link lines keep the speaker whole.
    assert!(text(&app).contains("• Yoshimasa Hayashi: “"));
}

#[test]
fn q_and_esc_close_an_overlay_before_they_quit() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "?");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    assert_eq!(act(&mut app, Action::Quit), None, "q closes help");
    assert_eq!(app.overlay, None);
    type_keys(&mut app, " ");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    assert_eq!(act(&mut app, Action::Quit), Some(Effect::Leave));
}

#[test]
fn h_l_and_arrows_move_between_panes_and_forward_pairs_with_back() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "l");
    assert_eq!(app.nav.focus, Pane::Actors);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.nav.focus, Pane::Quotes);
    type_keys(&mut app, "h");
    press(&mut app, KeyCode::Left);
    assert_eq!(app.nav.focus, Pane::Timeline);

    select_actor(&mut app, "Jens Stoltenberg");
    act(&mut app, Action::Follow);
    let followed = app.nav;
    act(&mut app, Action::Back);
    assert_ne!(app.nav, followed);
    act(&mut app, Action::Forward);
    assert_eq!(app.nav, followed);
    assert!(app.notice.is_none());
    act(&mut app, Action::Forward);
    assert_eq!(app.notice.as_deref(), Some("Nothing to go forward to"));
}

#[test]
fn a_search_is_one_back_step_however_many_matches_are_walked() {
    let mut app = app(bundled(), 120, 40);
    select_actor(&mut app, "Jens Stoltenberg");
    act(&mut app, Action::Follow);
    // Where the reader is: focus and each pane's filter and selected item (scroll offsets
    // may differ, since matches add snippet lines to rows).
    let place = |app: &brief::app::App| {
        (
            app.nav.focus,
            Pane::ALL.map(|p| (app.nav.pane(p).filter, app.selected(p))),
        )
    };
    let start = place(&app);
    type_keys(&mut app, "/north");
    press(&mut app, KeyCode::Enter);
    for _ in 0..5 {
        act(&mut app, Action::NextMatch);
    }
    assert_ne!(place(&app), start);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(
        place(&app),
        start,
        "Back returns to where the search started"
    );
}

#[test]
fn search_starts_in_the_focused_pane_and_counts_its_matches() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3/hayashi");
    assert_eq!(app.nav.focus, Pane::Quotes, "the first match is in Quotes");
    press(&mut app, KeyCode::Enter);
    assert!(
        app.match_status().starts_with("match "),
        "{}",
        app.match_status()
    );
    let lines = screen(&render(&app, &Theme::default()));
    assert!(lines[39].contains("/hayashi: match "), "{}", lines[39]);
}

#[test]
fn each_match_of_3000_is_visible_and_highlighted_where_it_lands() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "/3,000");
    press(&mut app, KeyCode::Enter);
    let total = app.search.match_count();
    assert!(total > 1);
    let theme = Theme::default();
    for n in 1..=total {
        assert_eq!(app.match_status(), format!("match {n}/{total}"));
        let buffer = render(&app, &theme);
        let lines = screen(&buffer);
        let highlighted = lines.iter().enumerate().any(|(y, line)| {
            line.match_indices("3,000").any(|(at, _)| {
                let x = line[..at].chars().count() as u16;
                buffer[(x, y as u16)].bg == theme.hit.bg.unwrap()
            })
        });
        assert!(highlighted, "match {n}:\n{}", lines.join("\n"));
        act(&mut app, Action::NextMatch);
    }
    assert_eq!(
        app.notice.as_deref(),
        Some("Search wrapped to the first match")
    );
}

#[test]
fn narrowing_by_region_narrows_every_pane_and_esc_clears_it_last() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Narrow);
    let region = brief::app::facets::choices(&app.briefing, &app.regions, &app.search)
        .iter()
        .position(|c| *c == brief::app::Choice::Region(0))
        .unwrap();
    for _ in 0..region {
        act(&mut app, Action::Next);
    }
    act(&mut app, Action::Follow);
    let region = app.regions[0].to_string();
    assert!(app.rows(Pane::Implications).len() < app.briefing.implications.len());
    for position in 0..app.rows(Pane::Implications).len() {
        let item = app.rows(Pane::Implications).get(position).unwrap();
        assert_eq!(app.briefing.implications[item].region.as_str(), region);
    }
    assert!(app.rows(Pane::Quotes).len() < app.briefing.quotes.len());
    let lines = screen(&render(&app, &Theme::default()));
    assert!(
        lines[39].contains(&format!("narrowed: region {region}")),
        "{}",
        lines[39]
    );
    // Esc: the search first (none), then the pane filter (none), then the narrowing.
    act(&mut app, Action::Cancel);
    assert!(app.nav.narrow.is_empty());
    assert_eq!(app.rows(Pane::Quotes).len(), app.briefing.quotes.len());
}

#[test]
fn narrowing_to_an_actor_keeps_what_is_about_them() {
    let mut app = app(bundled(), 120, 40);
    let stoltenberg = actor(&app, "Jens Stoltenberg");
    act(&mut app, Action::Narrow);
    let choices = brief::app::facets::choices(&app.briefing, &app.regions, &app.search);
    let at = choices
        .iter()
        .position(|c| *c == brief::app::Choice::Actor(stoltenberg))
        .unwrap();
    for _ in 0..at {
        act(&mut app, Action::Next);
    }
    act(&mut app, Action::Follow);
    let quotes = app.rows(Pane::Quotes);
    assert!(quotes.len() >= 3);
    for position in 0..quotes.len() {
        let q = &app.briefing.quotes[quotes.get(position).unwrap()];
        assert!(q.speaker == stoltenberg || q.about.contains(&stoltenberg));
    }
}

#[test]
fn statuses_have_three_or_more_colours_and_distinct_glyphs_without_colour() {
    let app = app(bundled(), 120, 40);
    let theme = Theme::default();
    let buffer = render(&app, &theme);
    let lines = screen(&buffer);
    let mut colours = std::collections::BTreeSet::new();
    for (y, line) in lines.iter().enumerate() {
        for glyph in ["●", "◆", "▲", "◇", "○"] {
            if let Some(at) = line.find(glyph) {
                let x = line[..at].chars().count() as u16;
                colours.insert(format!("{:?}", buffer[(x, y as u16)].fg));
            }
        }
    }
    assert!(colours.len() >= 3, "{colours:?}");
    assert!(!colours.contains(&format!("{:?}", Color::Reset)));
    let plain = screen_text(&render(&app, &Theme::monochrome()));
    for glyph in ["● confirmed", "◆ reported", "▲ claimed"] {
        assert!(plain.contains(glyph), "{glyph}");
    }
}

#[test]
fn colours_on_the_selected_row_are_replaced_by_the_selection_s() {
    let app = app(bundled(), 120, 40);
    let theme = Theme::default();
    let buffer = render(&app, &theme);
    let lines = screen(&buffer);
    let (y, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains("▶ Cold War era"))
        .unwrap();
    let x = line[..line.find('●').unwrap()].chars().count() as u16;
    assert_eq!(buffer[(x, y as u16)].fg, theme.selection.fg.unwrap());
}

#[test]
fn copy_says_what_it_copied() {
    let mut app = app(bundled(), 120, 40);
    for (key, kind) in [
        ("1", "event"),
        ("2", "actor"),
        ("3", "quote"),
        ("4", "implication"),
    ] {
        type_keys(&mut app, key);
        let Some(Effect::Copy(text)) = act(&mut app, Action::Copy) else {
            panic!()
        };
        assert!(text.contains("Source: "), "{text}");
        assert_eq!(
            app.notice.as_deref(),
            Some(format!("Copied the {kind} with its citation").as_str())
        );
    }
}

#[test]
fn help_wraps_at_80_columns_and_a_reload_error_can_be_read_whole() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "?");
    let lines = screen(&render(&app, &Theme::default()));
    assert!(
        lines.iter().any(|l| l.contains("Back (and Forward)")),
        "{}",
        lines.join("\n")
    );
    act(&mut app, Action::Cancel);
    let error = format!(
        "x.toml:3:9: {} did you mean 'confirmed'?",
        "a long message ".repeat(8)
    );
    app.reload_error = Some(brief::briefing::LoadError {
        message: error,
        count: 1,
    });
    act(&mut app, Action::Messages);
    assert!(flowing(&app).contains("did you mean 'confirmed'?"));
}

#[test]
fn a_reload_error_longer_than_the_overlay_scrolls_to_its_last_line() {
    for (width, height) in [(80, 24), (60, 20), (120, 40)] {
        let mut app = app(bundled(), width, height);
        let error = format!(
            "x.toml:3:9: {} ENDOFERROR",
            "a long message that needs many lines ".repeat(40)
        );
        app.reload_error = Some(brief::briefing::LoadError {
            message: error,
            count: 1,
        });
        act(&mut app, Action::Messages);
        act(&mut app, Action::Last);
        let shown = screen(&render(&app, &Theme::default())).join("\n");
        assert!(shown.contains("ENDOFERROR"), "{width}x{height}\n{shown}");
    }
}

#[test]
fn the_export_key_asks_for_the_selection_s_report() {
    use brief::export::Selection;
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "4");
    assert_eq!(
        act(&mut app, Action::Export),
        Some(Effect::Export(Selection::Implication(0)))
    );
    type_keys(&mut app, "2");
    assert_eq!(
        act(&mut app, Action::Export),
        Some(Effect::Export(Selection::Actor(0)))
    );
}

#[test]
fn a_double_click_is_a_click_then_follow() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = app(bundled(), 120, 40);
    let lines = screen(&render(&app, &Theme::default()));
    let y = lines
        .iter()
        .position(|l| l.contains("Jens Stoltenberg · 3 quotes"))
        .unwrap() as u16;
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 70,
        row: y,
        modifiers: KeyModifiers::NONE,
    };
    app.update(Msg::Mouse(click));
    assert_eq!(app.nav.focus, Pane::Actors);
    assert_eq!(
        selected(&app, Pane::Actors),
        actor(&app, "Jens Stoltenberg")
    );
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.focus, Pane::Quotes);
    assert_eq!(app.rows(Pane::Quotes).len(), 3);
}

#[test]
fn narrowing_to_search_matches_follows_a_new_search_and_esc_keeps_the_item() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "3/japan");
    press(&mut app, KeyCode::Enter);
    app.nav.narrow.search = true;
    act(&mut app, Action::Next);
    let japan: Vec<usize> = app.search.matches(Pane::Quotes).to_vec();
    assert_eq!(app.rows(Pane::Quotes).len(), japan.len());
    type_keys(&mut app, "/ukraine");
    press(&mut app, KeyCode::Enter);
    let ukraine = app.search.matches(Pane::Quotes).to_vec();
    assert_ne!(japan, ukraine);
    assert_eq!(
        app.rows(Pane::Quotes).len(),
        ukraine.len(),
        "the narrowing follows the search"
    );
    let item = selected(&app, Pane::Quotes);
    press(&mut app, KeyCode::Esc);
    assert!(!app.search.is_active());
    assert_eq!(
        selected(&app, Pane::Quotes),
        item,
        "Esc keeps the selected item"
    );
}

#[test]
fn ctrl_c_quits_from_a_prompt_and_an_overlay() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let ctrl_c = Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "/nat");
    assert_eq!(app.update(ctrl_c.clone()), Some(Effect::Quit));
    let mut app = common::app(bundled(), 120, 40);
    type_keys(&mut app, "?");
    assert_eq!(app.update(ctrl_c), Some(Effect::Quit));
}

/// The whole detail of `item` of `pane` on one line, link bullets left out.
fn detail_text(app: &brief::app::App, pane: Pane, item: usize) -> String {
    app.detail_of(pane, item)
        .lines
        .iter()
        .map(|l| l.iter().map(|p| p.text.as_str()).collect::<String>())
        .map(|l| l.trim().trim_start_matches("• ").to_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_dossier_and_an_implication_s_detail_show_every_word_of_their_quotes() {
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let mut app = app(bundled(), width, height);
        let hayashi = select_actor(&mut app, "Yoshimasa Hayashi");
        act(&mut app, Action::Dossier);
        let quotes = app.briefing.actors[hayashi].quotes.clone();
        let whole = detail_text(&app, Pane::Actors, hayashi);
        for &q in &quotes {
            let quote = format!("Yoshimasa Hayashi: “{}”", app.briefing.quotes[q].text);
            assert!(whole.contains(&quote), "{width}x{height}: {quote}\n{whole}");
        }
        act(&mut app, Action::Cancel);
        type_keys(&mut app, "4 ");
        let east_asia = selected(&app, Pane::Implications);
        let whole = detail_text(&app, Pane::Implications, east_asia);
        for &q in &app.briefing.implications[east_asia].quotes {
            let quote = &app.briefing.quotes[q];
            let shown = format!(
                "{}: “{}”",
                app.briefing.actors[quote.speaker].name, quote.text
            );
            assert!(whole.contains(&shown), "{width}x{height}: {shown}\n{whole}");
        }
    }
}

#[test]
fn at_200_by_60_the_preview_shows_the_speaker_s_other_quotes_whole() {
    let mut app = app(bundled(), 200, 60);
    type_keys(&mut app, "3jjjj");
    let layout = brief::ui::layout::layout(app.area, app.nav.shape()).unwrap();
    let shown = inside(&render(&app, &Theme::default()), layout.preview.unwrap())
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let q = selected(&app, Pane::Quotes);
    let speaker = app.briefing.quotes[q].speaker;
    assert!(
        shown.contains("Other quotes by Yoshimasa Hayashi"),
        "{shown}"
    );
    for &other in app.briefing.actors[speaker]
        .quotes
        .iter()
        .filter(|&&o| o != q)
    {
        let quote = format!("Yoshimasa Hayashi: “{}”", app.briefing.quotes[other].text);
        assert!(shown.contains(&quote), "{quote}\n{shown}");
    }
}

#[test]
fn the_overview_puts_the_bottom_line_up_front_and_says_how_far_it_reaches() {
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let mut app = app(bundled(), width, height);
        act(&mut app, Action::Overview);
        let lines = screen(&render(&app, &Theme::default()));
        let title = app.briefing.meta.title.to_string();
        let head = lines[..2].join(" ");
        assert!(
            head.split_whitespace().collect::<Vec<_>>().join(" ") == title
                || lines[0].starts_with(&title),
            "{width}x{height}: the title whole, at the top\n{}",
            lines.join("\n")
        );
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.contains("Japan alarmed as North"))
                .count(),
            1,
            "{width}x{height}: the title once\n{}",
            lines.join("\n")
        );
        // Under the tab bar, the implications first, each with likelihood and confidence.
        let first_body = if height >= 16 { 3 } else { 2 };
        assert!(
            lines[first_body].starts_with("Implications"),
            "{width}x{height}\n{}",
            lines.join("\n")
        );
        let block: Vec<&String> = lines[first_body + 1..]
            .iter()
            .enumerate()
            .take_while(|(n, l)| *n == 0 || l.starts_with("  "))
            .map(|(_, l)| l)
            .collect();
        assert!(
            block[0].starts_with("• [HIGH] East Asia")
                && block.iter().any(|l| l.contains("likely · moderate")),
            "{width}x{height}\n{}",
            lines.join("\n")
        );
        let status = lines.last().unwrap();
        assert!(
            status.starts_with("Overview ") && status.contains('%'),
            "{width}x{height}: {status}"
        );
        act(&mut app, Action::Last);
        let status = screen(&render(&app, &Theme::default())).pop().unwrap();
        assert!(
            status.starts_with("Overview 100%"),
            "{width}x{height}: {status}"
        );
    }
}

#[test]
fn an_implication_in_the_overview_is_chosen_followed_and_back_returns() {
    let mut app = app(bundled(), 120, 40);
    act(&mut app, Action::Overview);
    // The most severe first, chosen; Tab chooses the next one.
    act(&mut app, Action::NextPane);
    assert_eq!(
        app.nav.view,
        View::Overview,
        "Tab chooses, it does not leave"
    );
    let buffer = render(&app, &Theme::default());
    let lines = screen(&buffer);
    let y = lines
        .iter()
        .position(|l| l.starts_with("• [HIGH] Ukraine and Eastern Europe"))
        .unwrap();
    assert_eq!(
        buffer[(3, y as u16)].bg,
        Theme::default().selection.bg.unwrap(),
        "the chosen implication is on the selection bar"
    );
    act(&mut app, Action::Follow);
    assert_eq!(app.nav.view, View::Panes);
    assert_eq!(app.nav.focus, Pane::Implications);
    let item = selected(&app, Pane::Implications);
    assert_eq!(
        app.briefing.implications[item].region.as_str(),
        "Ukraine and Eastern Europe"
    );
    act(&mut app, Action::Back);
    assert_eq!(app.nav.view, View::Overview);
    // Space shows the chosen implication's detail over the overview.
    act(&mut app, Action::Detail);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Detail {
            pane: Pane::Implications,
            ..
        })
    ));
    assert!(text(&app).contains("Possible escalation of the war in Ukraine"));
}

#[test]
fn the_narrow_menu_counts_each_choice_and_leaves_out_what_keeps_nothing() {
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let mut app = app(bundled(), width, height);
        act(&mut app, Action::Narrow);
        let lines = screen(&render(&app, &Theme::default()));
        let line = |needle: &str| {
            lines
                .iter()
                .find(|l| l.contains(needle))
                .cloned()
                .unwrap_or_default()
        };
        assert!(
            line("Region: East Asia").contains("1 implication"),
            "{width}x{height}\n{}",
            lines.join("\n")
        );
        assert!(
            line("Status: confirmed").contains("8 events"),
            "{width}x{height}\n{}",
            lines.join("\n")
        );
        // No event is expected and no implication is of low severity: not offered.
        assert!(!lines.iter().any(|l| l.contains("Status: expected")));
        assert!(!lines.iter().any(|l| l.contains("Severity: low")));
    }
}

#[test]
fn typing_in_the_narrow_menu_filters_it_and_enter_narrows_to_the_one_left() {
    let mut app = app(bundled(), 120, 40);
    let before = app.nav;
    type_keys(&mut app, "fhay");
    assert_eq!(app.nav, before, "no key reached the panes");
    assert!(app.note.is_none(), "a is not the note key in the menu");
    let shown = text(&app);
    assert!(shown.contains("Filter: hay"), "{shown}");
    assert!(shown.contains("Actor: Yoshimasa Hayashi"), "{shown}");
    assert!(!shown.contains("Region: East Asia"), "{shown}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, None);
    let hayashi = actor(&app, "Yoshimasa Hayashi");
    assert_eq!(app.rows(Pane::Actors).len(), 1);
    assert_eq!(selected(&app, Pane::Actors), hayashi);
    assert!(app.notice.as_deref().unwrap().contains("Yoshimasa Hayashi"));
    // Esc clears what was typed, then closes; q types.
    type_keys(&mut app, "fq");
    assert!(text(&app).contains("Filter: q"));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay, Some(Overlay::Narrow { .. })));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
}

#[test]
fn narrowing_by_region_keeps_what_its_implications_name_and_leaves_the_timeline() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "feast asia");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.nav.narrow.region, Some(0));
    let east_asia = &app.briefing.implications[0];
    assert_eq!(east_asia.region.as_str(), "East Asia");
    assert_eq!(app.rows(Pane::Implications).len(), 1);
    let quotes: Vec<usize> = (0..app.rows(Pane::Quotes).len())
        .filter_map(|p| app.rows(Pane::Quotes).get(p))
        .collect();
    let mut cited = east_asia.quotes.clone();
    cited.sort_unstable();
    assert_eq!(quotes, cited, "the quotes the implication cites, no more");
    assert_eq!(
        app.rows(Pane::Timeline).len(),
        app.briefing.timeline.len(),
        "a region names no events: the timeline is not narrowed"
    );
    let text = text(&app);
    assert!(text.contains(" Timeline (12) "), "{text}");
    assert!(text.contains("Implications (1) · narrowed"), "{text}");
}

#[test]
fn at_200_by_60_an_empty_pane_previews_nothing_selected_inside_the_preview_frame() {
    let empty = brief::briefing::load_bytes(
        "empty.toml",
        b"format = 1\n[briefing]\nid = \"e\"\ntitle = \"Empty\"\nsummary = \"Nothing yet.\"\n",
    )
    .unwrap();
    let app = app(empty, 200, 60);
    let lines = screen(&render(&app, &Theme::default()));
    let title = lines
        .iter()
        .position(|l| l.contains(" Preview "))
        .unwrap_or_else(|| panic!("{}", lines.join("\n")));
    let at = lines[title].find(" Preview ").unwrap();
    let x = lines[title][..at].chars().count();
    // The line under the frame's title: the frame's edge, then the words.
    let below: String = lines[title + 1].chars().skip(x - 1).take(18).collect();
    assert_eq!(below, "│Nothing selected ", "{}", lines.join("\n"));
}
