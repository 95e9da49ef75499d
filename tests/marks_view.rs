//! The analyst's marks on screen: a flag, a note or `new` takes room from a row's first line,
//! never a word of the quote; and `m` under an overlay marks nothing. TestBackend screens at
//! 200x60, 120x40, 80x24 and 60x20, with the store's answer given by hand.

mod common;

use brief::action::Action;
use brief::app::{App, Overlay, Pane};
use brief::store::{Answer, ItemKeys};
use brief::ui::Theme;
use common::*;

const SIZES: [(u16, u16); 4] = [(200, 60), (120, 40), (80, 24), (60, 20)];

/// The bundled briefing at `width` x `height`, its marks read (none yet), `new` on `new`
/// quotes.
fn marked(width: u16, height: u16, new: &[usize]) -> App {
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
    app
}

/// The words of the Quotes pane's row that starts on the line holding `first` and ends at the
/// line starting with its attribution `— `, markers and badges left out.
fn row_words(app: &App, first: &str) -> Vec<String> {
    let lines = pane_lines(app, Pane::Quotes);
    let start = lines
        .iter()
        .position(|l| l.contains(first))
        .unwrap_or_else(|| panic!("{first:?} on screen:\n{}", lines.join("\n")));
    lines[start..]
        .iter()
        .map(|l| l.trim())
        .take_while(|l| !l.starts_with("— "))
        .flat_map(|l| l.split_whitespace())
        .filter(|w| !["▶", "★", "✎", "·", "new"].contains(w))
        .map(str::to_owned)
        .collect()
}

/// The words of quote `q` as the row shows them, in its quotation marks.
fn quote_words(app: &App, q: usize) -> Vec<String> {
    format!("“{}”", app.briefing.quotes[q].text)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_flag_takes_room_from_the_first_line_and_no_word_of_the_quote() {
    for (width, height) in SIZES {
        let mut app = marked(width, height, &[]);
        type_keys(&mut app, "3j");
        act(&mut app, Action::Flag);
        assert_eq!(app.notice.as_deref(), Some("Flagged key"));
        let q = selected(&app, Pane::Quotes);
        let shown = row_words(&app, "★ “The Japanese");
        assert_eq!(shown, quote_words(&app, q), "{width}x{height}");
    }
}

#[test]
fn the_new_badge_takes_room_and_no_word_of_the_quote() {
    for (width, height) in SIZES {
        // Quote 1, not selected (selecting it would mark it seen).
        let mut app = marked(width, height, &[1]);
        type_keys(&mut app, "3");
        let lines = screen_text(&render(&app, &Theme::default()));
        assert!(lines.contains("· new"), "{width}x{height}:\n{lines}");
        let shown = row_words(&app, "“The Japanese");
        assert_eq!(shown, quote_words(&app, 1), "{width}x{height}");
    }
}

#[test]
fn m_under_help_marks_nothing_and_help_stays() {
    let mut app = marked(120, 40, &[]);
    type_keys(&mut app, "3j?m");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    assert!(
        app.mark(Pane::Quotes, selected(&app, Pane::Quotes))
            .is_none()
    );
    assert!(app.take_requests().is_empty(), "nothing asked of the store");
    let text = screen_text(&render(&app, &Theme::default()));
    assert!(text.contains("q or Esc closes help"), "{text}");
    assert!(!text.contains('★'), "{text}");
}
