//! Load a briefing with a source text, then open the detail view of every quote (where the
//! source paragraph is shown around the quote) and of every other item, at several sizes,
//! and check that nothing panics and no cell ever holds an unsafe character.
//!
//! Input: the briefing text, then a 0xFF byte, then the source text (any bytes; invalid UTF-8
//! is replaced, as a reader would see it after a lossy read).
#![no_main]

use brief::app::{App, Msg};
use brief::action::Action;
use brief::keymap::Keymap;
use brief::provenance::{Provenance, SourceState};
use brief::ui::{self, Theme};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const SIZES: &[(u16, u16)] = &[(80, 24), (30, 10), (200, 60)];

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0xff).unwrap_or(data.len());
    let Ok(briefing) = brief::briefing::load_bytes("fuzz.toml", &data[..split]) else { return };
    let source = String::from_utf8_lossy(data.get(split + 1..).unwrap_or_default()).into_owned();
    let provenance = Provenance::new(&briefing, "article.txt".into(), source, true);
    let mut app = App::new(briefing, Keymap::defaults(), Rect::new(0, 0, 80, 24));
    app.set_source(Some(SourceState::Ready(provenance)));
    for &(width, height) in SIZES {
        app.update(Msg::Resize(width, height));
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        for pane in [Action::Timeline, Action::Actors, Action::Quotes, Action::Implications] {
            app.update(Msg::Action(pane));
            app.update(Msg::Action(Action::First));
            for _ in 0..8 {
                app.update(Msg::Action(Action::Detail));
                app.update(Msg::Action(Action::Last));
                terminal.draw(|frame| ui::draw(frame, &app, &Theme::default())).unwrap();
                for cell in terminal.backend().buffer().content() {
                    assert!(!cell.symbol().chars().any(brief::text::is_unsafe_char));
                }
                app.update(Msg::Action(Action::Cancel));
                app.update(Msg::Action(Action::Next));
            }
        }
    }
});
