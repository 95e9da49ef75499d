//! What a user sees: the reader drawn into a TestBackend at several sizes.

mod common;

use brief::action::Action;
use brief::app::{Msg, Pane};
use brief::ui::Theme;
use common::*;
use ratatui::style::Modifier;

fn find(lines: &[String], needle: &str) -> Option<(usize, usize)> {
    lines
        .iter()
        .enumerate()
        .find_map(|(y, line)| line.find(needle).map(|x| (y, line[..x].chars().count())))
}

#[test]
fn wide_terminal_shows_header_all_four_panes_and_status() {
    let app = app(bundled(), 120, 40);
    let lines = screen(&render(&app, &Theme::default()));
    assert!(lines[0].starts_with("Japan alarmed as North Korean troops"));
    assert!(lines[1].contains("Tags: north-korea, russia"));
    for title in [
        " Timeline (12) ",
        " Actors (16) ",
        " Quotes (16) ",
        " Implications (5) ",
    ] {
        assert!(
            find(&lines, title).is_some(),
            "{title} missing:\n{}",
            lines.join("\n")
        );
    }
    assert!(lines[39].starts_with("Timeline 1/12"));
    assert!(lines[39].contains("? help"));
    assert!(find(&lines, "▶ Cold War era · ● confirmed").is_some());
    assert!(find(&lines, "— Yoshimasa Hayashi, Statement on Friday").is_some());
    assert!(find(&lines, "East Asia [HIGH]").is_some());
}

#[test]
fn follow_names_the_filter_in_the_quotes_title() {
    let mut app = app(bundled(), 120, 40);
    select_actor(&mut app, "Jens Stoltenberg");
    app.update(Msg::Action(Action::Follow));
    let lines = screen(&render(&app, &Theme::default()));
    assert!(
        find(&lines, "Quotes: Jens Stoltenberg (3)").is_some(),
        "{}",
        lines.join("\n")
    );
    assert!(lines[39].starts_with("Quotes 1/3  filter: Jens Stoltenberg"));
}

#[test]
fn medium_terminal_shows_one_pane_with_a_tab_bar() {
    let mut app = app(bundled(), 80, 24);
    type_keys(&mut app, "3");
    let lines = screen(&render(&app, &Theme::default()));
    assert!(
        lines[2].contains("0 Over")
            && lines[2].contains("1 Time")
            && lines[2].contains("4 Impl")
            && lines[2].contains("6 Net"),
        "{}",
        lines[2]
    );
    assert!(find(&lines, " Quotes (16) ").is_some());
    assert!(find(&lines, " Actors (16) ").is_none());
    assert!(lines[23].starts_with("Quotes 1/16"));
}

#[test]
fn small_terminal_still_reaches_every_pane() {
    let mut app = app(bundled(), 30, 10);
    for (key, title) in [
        ("1", "Timeline"),
        ("2", "Actors"),
        ("3", "Quotes"),
        ("4", "Implications"),
    ] {
        type_keys(&mut app, key);
        let lines = screen(&render(&app, &Theme::default()));
        assert!(
            lines.iter().any(|l| l.contains(title)),
            "{title}:\n{}",
            lines.join("\n")
        );
        assert!(
            lines.iter().any(|l| l.contains("▶ ")),
            "a selected row is visible"
        );
    }
}

#[test]
fn tiny_terminal_says_too_small_and_recovers() {
    let mut app = app(bundled(), 20, 5);
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.starts_with("terminal too small"), "{text}");
    assert!(text.contains("need 24x8"), "{text}");
    app.update(Msg::Resize(120, 40));
    let lines = screen(&render(&app, &Theme::default()));
    assert!(find(&lines, " Timeline (12) ").is_some());
    for (w, h) in [(0, 0), (1, 1), (2, 2), (1, 40), (300, 1)] {
        app.update(Msg::Resize(w, h));
        render(&app, &Theme::default());
    }
}

#[test]
fn focus_and_selection_are_visible_without_colour() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "2");
    let buffer = render(&app, &Theme::monochrome());
    let lines = screen(&buffer);
    let (y, x) = find(&lines, "┏ Actors").expect("focused pane has a thick border");
    assert!(
        buffer[(x as u16, y as u16)]
            .modifier
            .contains(Modifier::BOLD)
            || buffer[(x as u16 + 2, y as u16)]
                .modifier
                .contains(Modifier::BOLD)
    );
    let (y, x) = find(&lines, "▶ Yoshimasa Hayashi").unwrap();
    assert!(
        buffer[(x as u16 + 3, y as u16)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    let (y, x) = find(&lines, "┌ Timeline").expect("other panes have a thin border");
    assert!(
        !buffer[(x as u16 + 3, y as u16)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn search_matches_are_highlighted() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "/kursk");
    let theme = Theme::default();
    let buffer = render(&app, &theme);
    let lines = screen(&buffer);
    assert!(lines[39].starts_with("/kursk▏"), "{}", lines[39]);
    let (y, x) = find(&lines, "Kursk").expect("a match on screen");
    assert_eq!(buffer[(x as u16, y as u16)].bg, theme.hit.bg.unwrap());
}

#[test]
fn cjk_and_emoji_wrap_and_align_by_display_width() {
    let mut app = app(fixture("cjk-emoji.toml"), 100, 30);
    type_keys(&mut app, "3");
    let buffer = render(&app, &Theme::default());
    let lines = screen(&buffer);
    assert!(find(&lines, "日本政府は").is_some(), "{}", lines.join("\n"));
    assert!(find(&lines, "— 林芳正, 記者会見").is_some());
    assert!(find(&lines, "김민석 👨‍👩‍👧 · 1 quote").is_some());
    for line in &lines {
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(line.as_str()),
            100,
            "{line}"
        );
    }
}

#[test]
fn detail_shows_all_the_text_and_the_links() {
    let mut app = app(bundled(), 120, 40);
    type_keys(&mut app, "4 ");
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.contains("Implications · detail"));
    assert!(
        text.contains("Japan sits close to both North Korea and Russia"),
        "{text}"
    );
    assert!(text.contains("Supporting quotes (4)"));
    assert!(text.contains("• Japan: “serious concern”"), "{text}");
}

#[test]
fn help_lists_every_action_with_its_keys() {
    let mut app = app(bundled(), 120, 60);
    type_keys(&mut app, "?");
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(
        text.contains("else up a level (back to the picker"),
        "{text}"
    );
    assert!(
        text.contains("quit brief at once, not up a level"),
        "{text}"
    );
    assert!(text.contains("backspace, ctrl-o"));
    assert!(text.contains("next quote by the same speaker"));
}

#[test]
fn quotes_show_their_source_paragraph_and_misquotes_are_marked() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/provenance/story.toml");
    let briefing = brief::briefing::load_path(&path).unwrap();
    let mut app = app(briefing, 100, 30);
    let source = brief::provenance::of(&app.briefing, Some(&path), &Default::default());
    app.set_source(source);
    type_keys(&mut app, "3");
    let lines = screen(&render(&app, &Theme::default()));
    let misquote_line = lines
        .iter()
        .position(|l| l.contains("✗ not in source — Maria Lopez"))
        .expect("marked");
    assert!(lines[misquote_line - 1].contains("Trade must never stop."));
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.contains("✗ not in source"))
            .count(),
        1
    );

    type_keys(&mut app, " ");
    let theme = Theme::default();
    let buffer = render(&app, &theme);
    let lines = screen(&buffer);
    // The source's path is shown whole, so it wraps where the checkout's path is long: look
    // for it in the text with line breaks, borders and spaces left out.
    let unwrapped: String = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace() && !"│┃".contains(*c))
        .collect();
    assert!(
        unwrapped.contains("provenance/article.txt,line3)"),
        "{}",
        lines.join("\n")
    );
    let (y, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains("said Maria Lopez"))
        .unwrap();
    let x = line[..line.find("We will").unwrap()].chars().count() as u16;
    assert_eq!(
        buffer[(x, y as u16)].bg,
        theme.hit.bg.unwrap(),
        "the quoted words are highlighted"
    );
    let after = line[..line.find("said").unwrap()].chars().count() as u16;
    assert_ne!(
        buffer[(after, y as u16)].bg,
        theme.hit.bg.unwrap(),
        "the attribution is not"
    );
}

/// `pane`'s text with its line breaks left out, so wrapped text can be found whole.
fn flowing(app: &brief::app::App, pane: Pane) -> String {
    pane_lines(app, pane)
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn at_200_by_60_the_four_panes_show_the_region_and_hayashi_s_second_quote_whole() {
    let mut app = app(bundled(), 200, 60);
    type_keys(&mut app, "3");
    let lines = screen(&render(&app, &Theme::default()));
    assert!(
        find(&lines, "Ukraine and Eastern Europe [HIGH]").is_some(),
        "{}",
        lines.join("\n")
    );
    let second = &app.briefing.quotes[2];
    assert!(second.text.as_str().starts_with("The recent development"));
    let quotes = flowing(&app, Pane::Quotes);
    assert!(
        quotes.contains(&format!("“{}” — Yoshimasa Hayashi", second.text)),
        "{}",
        lines.join("\n")
    );
    // Roles too: nothing cut where a second line holds it.
    let actors = flowing(&app, Pane::Actors);
    assert!(
        actors.contains("State Department spokesperson · U.S. State Department"),
        "{}",
        lines.join("\n")
    );
    assert!(
        actors.contains("United States Min-seok Kim"),
        "the country on the line below: {}",
        lines.join("\n")
    );
    assert!(!actors.contains("·…"), "{}", lines.join("\n"));
}

#[test]
fn an_implication_s_region_is_whole_at_every_size() {
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let mut app = app(bundled(), width, height);
        type_keys(&mut app, "4");
        let lines = screen(&render(&app, &Theme::default()));
        assert!(
            find(&lines, "Ukraine and Eastern Europe [HIGH]").is_some(),
            "{width}x{height}:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn the_least_important_field_gives_way_first_and_whole() {
    // At 60x20 an actor's role, affiliation and country do not fit one line: the country
    // leaves whole, the role and affiliation stay whole.
    let mut app = app(bundled(), 60, 20);
    select_actor(&mut app, "Andrea Thomson");
    let lines = screen(&render(&app, &Theme::default()));
    let (y, _) = find(&lines, "State Department spokesperson").unwrap();
    let line = lines[y].trim_end_matches(['│', '┃', ' ']);
    assert!(
        line.ends_with("State Department spokesperson · U.S. State Department"),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn zoom_keeps_a_quote_s_grade_on_its_attribution_line() {
    for (width, height) in [(200, 60), (120, 40), (80, 24), (60, 20)] {
        let mut app = app(bundled(), width, height);
        type_keys(&mut app, "3z");
        let kim = app
            .briefing
            .quotes
            .iter()
            .position(|q| q.text.as_str().starts_with("The prospect of North Korean"))
            .unwrap();
        while selected(&app, Pane::Quotes) != kim {
            type_keys(&mut app, "j");
        }
        let lines = screen(&render(&app, &Theme::default()));
        assert!(
            find(&lines, "— Min-seok Kim, Quoted in the article · F3").is_some(),
            "{width}x{height}:\n{}",
            lines.join("\n")
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.trim_matches(['┃', ' ']).starts_with("· F3")),
            "{width}x{height}: a grade on a line of its own\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn a_short_list_spends_its_spare_lines_on_whole_rows() {
    // Hayashi's four quotes fit whole in the Quotes pane at 200x60: no quote or context is
    // cut above empty lines.
    let mut app = app(bundled(), 200, 60);
    select_actor(&mut app, "Yoshimasa Hayashi");
    app.update(Msg::Action(Action::Follow));
    let lines = screen(&render(&app, &Theme::default()));
    let shown = flowing(&app, Pane::Quotes);
    for q in app.briefing.actors[selected(&app, Pane::Actors)]
        .quotes
        .clone()
    {
        let quote = format!("“{}”", app.briefing.quotes[q].text);
        assert!(shown.contains(&quote), "{quote}\n{}", lines.join("\n"));
    }
    assert!(
        shown.contains(
            "— Yoshimasa Hayashi, Reiterating Japan's commitment to peace in Ukraine through \
             collective international efforts"
        ),
        "{}",
        lines.join("\n")
    );
    assert!(
        !pane_lines(&app, Pane::Quotes)
            .iter()
            .any(|l| l.trim_end().ends_with(" …")),
        "{}",
        lines.join("\n")
    );
}
