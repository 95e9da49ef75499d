//! Helpers shared by the integration tests: the bundled briefing in an app, keys, screens.
#![allow(dead_code)]

pub mod cli;
pub mod pty;

use brief::app::{App, Msg, Pane};
use brief::briefing::{Briefing, bundled::BUNDLED, load_bytes, load_path};
use brief::keymap::Keymap;
use brief::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

/// A fresh, empty folder `name` of the tests `group`, in the build's folder for test files.
pub fn scratch(group: &str, name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The bundled briefing.
pub fn bundled() -> Briefing {
    let (name, text) = BUNDLED[0];
    load_bytes(name, text.as_bytes()).unwrap()
}

/// A fixture briefing from `tests/fixtures/valid`.
pub fn fixture(name: &str) -> Briefing {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    load_path(&path).unwrap()
}

/// The lines of the detail of `item` of `pane`, as text.
pub fn detail_text(app: &App, pane: Pane, item: usize) -> Vec<String> {
    app.detail_of(pane, item)
        .lines
        .iter()
        .map(|l| l.iter().map(|p| p.text.as_str()).collect())
        .collect()
}

/// The multi-source version of the bundled briefing (`tests/articles/living/`).
pub fn living() -> Briefing {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles/living/dprk-troops-russia.toml");
    load_path(&path).unwrap()
}

/// The index of the event whose id is `id`.
pub fn event_ix(b: &Briefing, id: &str) -> usize {
    b.timeline
        .iter()
        .position(|e| e.id.as_ref().is_some_and(|i| i.as_str() == id))
        .unwrap_or_else(|| panic!("no event {id}"))
}

/// The index of the quote whose id is `id`.
pub fn quote_ix(b: &Briefing, id: &str) -> usize {
    b.quotes
        .iter()
        .position(|q| q.id.as_str() == id)
        .unwrap_or_else(|| panic!("no quote {id}"))
}

/// An app on `briefing` in a terminal of `width` x `height`.
pub fn app(briefing: Briefing, width: u16, height: u16) -> App {
    App::new(briefing, Keymap::defaults(), Rect::new(0, 0, width, height))
}

/// Presses the keys of `keys`, one character each (see [`key`] for names).
pub fn type_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.update(Msg::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
}

/// Applies one action.
pub fn act(app: &mut App, action: brief::action::Action) -> Option<brief::app::Effect> {
    app.update(Msg::Action(action))
}

/// Presses one key.
pub fn press(app: &mut App, code: KeyCode) {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The item selected in `pane`.
pub fn selected(app: &App, pane: Pane) -> usize {
    app.selected(pane).expect("a selection")
}

/// Index of the actor named `name`.
pub fn actor(app: &App, name: &str) -> usize {
    app.briefing
        .actors
        .iter()
        .position(|a| a.name.as_str() == name)
        .expect(name)
}

/// Focuses Actors and selects the actor named `name`; returns its index.
pub fn select_actor(app: &mut App, name: &str) -> usize {
    let target = actor(app, name);
    app.update(Msg::Action(brief::action::Action::Actors));
    while app.selected(Pane::Actors) != Some(target) {
        app.update(Msg::Action(brief::action::Action::Next));
    }
    target
}

/// Renders the app and returns the buffer.
pub fn render(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as lines of text (wide characters appear once).
pub fn screen(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol();
                skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
                line.push_str(symbol);
            }
            line
        })
        .collect()
}

/// The screen joined into one string.
pub fn screen_text(buffer: &Buffer) -> String {
    screen(buffer).join("\n")
}

/// The lines inside the bordered box `rect` of a drawn `buffer`, as drawn.
pub fn inside(buffer: &Buffer, rect: Rect) -> Vec<String> {
    let inner = ui::layout::inner(rect);
    (inner.y..inner.bottom())
        .map(|y| {
            (inner.x..inner.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// The lines inside `pane`'s box, as drawn.
pub fn pane_lines(app: &App, pane: Pane) -> Vec<String> {
    let layout = ui::layout::layout(app.area, app.nav.shape()).expect("a layout");
    let rect = layout.panes[pane.index()].expect("the pane on screen");
    inside(&render(app, &Theme::default()), rect)
}
