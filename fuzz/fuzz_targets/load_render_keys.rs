//! Load a briefing, then drive the reader with keys and resizes, rendering after each, and
//! check that no cell ever holds an unsafe character.
//!
//! Input: the briefing text, then a 0xFF byte, then key bytes (each picks a key or a size).
#![no_main]

use brief::app::{App, Msg};
use brief::keymap::Keymap;
use brief::ui::{self, Theme};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const KEYS: &[KeyCode] = &[
    KeyCode::Char('j'),
    KeyCode::Char('k'),
    KeyCode::Char('g'),
    KeyCode::Char('G'),
    KeyCode::Char('1'),
    KeyCode::Char('2'),
    KeyCode::Char('3'),
    KeyCode::Char('4'),
    KeyCode::Char('['),
    KeyCode::Char(']'),
    KeyCode::Char('/'),
    KeyCode::Char('n'),
    KeyCode::Char('N'),
    KeyCode::Char(' '),
    KeyCode::Char('?'),
    KeyCode::Char('a'),
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::PageDown,
    KeyCode::PageUp,
];

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0xff).unwrap_or(data.len());
    let Ok(briefing) = brief::briefing::load_bytes("fuzz.toml", &data[..split]) else { return };
    let mut app = App::new(briefing, Keymap::defaults(), Rect::new(0, 0, 80, 24));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for &byte in data.get(split + 1..).unwrap_or_default().iter().take(64) {
        let msg = if byte >= 0xf0 {
            let size = u16::from(byte - 0xf0);
            Msg::Resize(size * 13 % 200, size * 7 % 70)
        } else {
            Msg::Key(KeyEvent::new(KEYS[usize::from(byte) % KEYS.len()], KeyModifiers::NONE))
        };
        app.update(msg);
        terminal.backend_mut().resize(app.area.width, app.area.height);
        terminal.resize(app.area).unwrap();
        terminal.draw(|frame| ui::draw(frame, &app, &Theme::default())).unwrap();
        for cell in terminal.backend().buffer().content() {
            assert!(!cell.symbol().chars().any(brief::text::is_unsafe_char));
        }
    }
});
