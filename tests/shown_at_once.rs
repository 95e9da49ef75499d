//! Rows and the preview are kept between frames: every change to what they show appears in
//! the very next frame (a flag, a note, "new" going, the search, the width, a reload), never
//! a row of the frame before. TestBackend screens at 160x50 and 80x24, each drawn once before
//! the change so that there is something kept.

mod common;

use brief::action::Action;
use brief::app::{App, Msg, Pane};
use brief::store::{Answer, ItemKeys, Mark, Request};
use brief::text::SafeText;
use brief::ui::Theme;
use common::*;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(160, 50), (80, 24)];

/// The bundled briefing at `width` x `height`, its marks read (none yet), `new` on `new`
/// quotes, drawn once.
fn drawn(width: u16, height: u16, new: &[usize]) -> App {
    let mut app = app(bundled(), width, height);
    let keys = ItemKeys::of(&app.briefing);
    let new = new
        .iter()
        .map(|&q| keys.key(Pane::Quotes, q).unwrap())
        .collect();
    app.store_answer(
        Ok(Answer::Opened {
            new,
            marks: Vec::new(),
        }),
        None,
    );
    text(&app);
    app
}

fn text(app: &App) -> String {
    screen_text(&render(app, &Theme::default()))
}

/// The row of the Quotes pane whose first line holds `words`, to its attribution line.
fn quote_row(app: &App, words: &str) -> String {
    let lines = pane_lines(app, Pane::Quotes);
    let start = lines
        .iter()
        .position(|l| l.contains(words))
        .unwrap_or_else(|| panic!("{words:?} in the Quotes pane:\n{}", lines.join("\n")));
    let end = (start..lines.len())
        .find(|&n| lines[n].trim_start().starts_with("— "))
        .unwrap_or(lines.len() - 1);
    lines[start..=end].join("\n")
}

#[test]
fn each_flag_shows_on_the_row_and_in_the_preview_at_once() {
    for (width, height) in SIZES {
        let mut app = drawn(width, height, &[]);
        type_keys(&mut app, "3j");
        text(&app);
        act(&mut app, Action::Flag);
        assert!(quote_row(&app, "“The Japanese").contains('★'));
        if width >= 120 {
            assert!(text(&app).contains("Your flags: key"), "{width}x{height}");
        }
        act(&mut app, Action::Flag);
        let row = quote_row(&app, "“The Japanese");
        assert!(!row.contains('★') && row.contains('?'), "{row}");
        if width >= 120 {
            assert!(
                text(&app).contains("Your flags: doubtful"),
                "{width}x{height}"
            );
        }
    }
}

#[test]
fn a_note_shows_on_the_row_and_in_the_preview_at_once() {
    for (width, height) in SIZES {
        let mut app = drawn(width, height, &[]);
        type_keys(&mut app, "3j");
        text(&app);
        act(&mut app, Action::Note);
        type_keys(&mut app, "ask Tokyo");
        press(&mut app, KeyCode::Enter);
        // The store says the note is saved.
        let key = app
            .take_requests()
            .into_iter()
            .find_map(|r| match r {
                Request::SetNote { key, .. } => Some(key),
                _ => None,
            })
            .expect("the note is written to the store");
        let mark = Mark {
            key: key.clone(),
            flags: Default::default(),
            note: SafeText::message("ask Tokyo", 100),
            updated_at: 0,
        };
        app.store_answer(Ok(Answer::Marked(key, Some(mark))), None);
        assert!(quote_row(&app, "“The Japanese").contains('✎'));
        if width >= 120 {
            assert!(
                text(&app).contains("Your note: ask Tokyo"),
                "{width}x{height}"
            );
        }
    }
}

#[test]
fn new_leaves_the_row_once_the_store_says_it_was_seen() {
    for (width, height) in SIZES {
        let mut app = drawn(width, height, &[1]);
        type_keys(&mut app, "3");
        assert!(quote_row(&app, "“The Japanese").contains("new"));
        // The briefing read again by the store with nothing new: the badge goes at once.
        app.store_answer(
            Ok(Answer::Opened {
                new: Vec::new(),
                marks: Vec::new(),
            }),
            None,
        );
        let row = quote_row(&app, "“The Japanese");
        assert!(!row.contains("new"), "{width}x{height}: {row}");
    }
}

/// The snippet line under the row of the actor whose notes hold both queries.
fn snippet(app: &App) -> String {
    let lines = pane_lines(app, Pane::Actors);
    lines
        .iter()
        .find(|l| l.contains("↳ notes"))
        .unwrap_or_else(|| panic!("a snippet in the Actors pane:\n{}", lines.join("\n")))
        .clone()
}

#[test]
fn each_letter_of_a_query_shows_its_own_snippet_at_once() {
    for (width, height) in SIZES {
        let mut app = drawn(width, height, &[]);
        type_keys(&mut app, "2");
        // Drawn after every letter, as the reader does: "tr" is first in "troops" of North
        // Korea's notes, "trai" in "training" further on (shown from a little before).
        for letter in "/trai".chars() {
            type_keys(&mut app, &letter.to_string());
            text(&app);
        }
        let line = snippet(&app);
        assert!(line.contains("undergoing tra"), "{width}x{height}: {line}");
    }
}

#[test]
fn a_resized_terminal_shows_rows_wrapped_to_the_new_width_at_once() {
    // At 130x50 the panes are 65 columns wide; at 160x50, beside the preview, 48.
    let mut app = drawn(130, 50, &[]);
    type_keys(&mut app, "3");
    text(&app);
    app.update(Msg::Resize(160, 50));
    let mut fresh = drawn(160, 50, &[]);
    type_keys(&mut fresh, "3");
    assert_eq!(text(&app), text(&fresh));
}

#[test]
fn a_reloaded_briefing_shows_its_new_words_at_once() {
    // No store: the rows have no badge before the reload nor after it.
    let mut app = app(bundled(), 160, 50);
    type_keys(&mut app, "3");
    text(&app);
    let (name, bundled) = brief::briefing::bundled::BUNDLED[0];
    let old = app.briefing.quotes[0].text.to_string();
    let changed = bundled.replacen(&format!("\"{old}\""), "\"Words changed on disk\"", 1);
    assert_ne!(
        changed, bundled,
        "the first quote's words are in the file as they show"
    );
    let briefing = brief::briefing::load_bytes(name, changed.as_bytes()).unwrap();
    app.replace_briefing(briefing);
    // In its row, not only in the preview.
    quote_row(&app, "“Words changed on disk”");
}
