//! What an analyst feels: loading, one frame, one keypress and one search keystroke, at a
//! small and a large briefing. Run with `cargo bench --bench reader`.

use brief::action::Action;
use brief::app::{App, Msg};
use brief::briefing::{Briefing, load_bytes};
use brief::keymap::Keymap;
use brief::synthetic::{self, Size};
use brief::ui::{self, Theme};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn main() {
    divan::main();
}

/// The screen size the targets are stated for.
const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;

fn briefing(quotes: usize) -> Briefing {
    load_bytes(
        "bench.toml",
        synthetic::briefing(Size { quotes }).as_bytes(),
    )
    .unwrap()
}

fn app(quotes: usize) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(
        briefing(quotes),
        Keymap::defaults(),
        Rect::new(0, 0, WIDTH, HEIGHT),
    );
    app.update(Msg::Action(Action::Quotes));
    let terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    (app, terminal)
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>, theme: &Theme) {
    terminal.draw(|frame| ui::draw(frame, app, theme)).unwrap();
}

/// Load and validate a briefing (parse, check every field, resolve every reference).
#[divan::bench(args = [1_000, 100_000], sample_count = 10)]
fn load(bencher: Bencher, quotes: usize) {
    let text = synthetic::briefing(Size { quotes });
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| load_bytes("bench.toml", black_box(text.as_bytes())).unwrap());
}

/// The floor: parse the same text into a generic `toml::Table`, nothing checked.
#[divan::bench(args = [1_000, 100_000], sample_count = 10)]
fn parse_generic_table(bencher: Bencher, quotes: usize) {
    let text = synthetic::briefing(Size { quotes });
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| black_box(&text).parse::<toml::Table>().unwrap());
}

/// One full frame of the reader at 160x50.
#[divan::bench(args = [100, 100_000])]
fn frame(bencher: Bencher, quotes: usize) {
    let (app, mut terminal) = app(quotes);
    let theme = Theme::default();
    bencher.bench_local(|| draw(&app, &mut terminal, &theme));
}

/// One keypress that moves the selection, then the redraw.
#[divan::bench(args = [100, 100_000])]
fn keypress_move(bencher: Bencher, quotes: usize) {
    let (mut app, mut terminal) = app(quotes);
    let theme = Theme::default();
    let mut down = true;
    bencher.bench_local(|| {
        app.update(key(KeyCode::Char(if down { 'j' } else { 'k' })));
        down = !down;
        draw(&app, &mut terminal, &theme);
    });
}

/// Follow (quote to speaker) or back, then the redraw.
#[divan::bench(args = [100, 100_000])]
fn keypress_follow_back(bencher: Bencher, quotes: usize) {
    let (mut app, mut terminal) = app(quotes);
    for _ in 0..quotes / 2 {
        app.update(Msg::Action(Action::Next));
    }
    let theme = Theme::default();
    let mut follow = true;
    bencher.bench_local(|| {
        app.update(Msg::Action(if follow {
            Action::Follow
        } else {
            Action::Back
        }));
        follow = !follow;
        draw(&app, &mut terminal, &theme);
    });
}

/// Typing one more letter of a search over every pane (the match lists are refined), then
/// the redraw. The letter is deleted again, untimed, before the next sample.
#[divan::bench(args = [100_000])]
fn search_keystroke(bencher: Bencher, quotes: usize) {
    let (mut app, mut terminal) = app(quotes);
    let theme = Theme::default();
    for c in "/pyongyan".chars() {
        app.update(key(KeyCode::Char(c)));
    }
    let app = std::cell::RefCell::new(app);
    bencher
        .with_inputs(|| app.borrow_mut().update(key(KeyCode::Backspace)))
        .bench_local_values(|_| {
            let mut app = app.borrow_mut();
            app.update(key(KeyCode::Char('n')));
            draw(&app, &mut terminal, &theme);
        });
}

/// Deleting a letter of the search: the whole briefing is scanned again.
#[divan::bench(args = [100_000])]
fn search_backspace(bencher: Bencher, quotes: usize) {
    let (mut app, _terminal) = app(quotes);
    for c in "/pyongyan".chars() {
        app.update(key(KeyCode::Char(c)));
    }
    let app = std::cell::RefCell::new(app);
    bencher
        .with_inputs(|| app.borrow_mut().update(key(KeyCode::Char('g'))))
        .bench_local_values(|_| app.borrow_mut().update(key(KeyCode::Backspace)));
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Opening a folder of 500 briefings (each the size of the bundled one) to the picker: every
/// file is read and validated, in parallel on all cores.
#[divan::bench(sample_count = 5)]
fn library_of_500(bencher: Bencher) {
    let dir = std::env::temp_dir().join(format!("brief-bench-library-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (_, text) = brief::briefing::bundled::BUNDLED[0];
    for n in 0..500 {
        std::fs::write(dir.join(format!("briefing-{n:03}.toml")), text).unwrap();
    }
    let folders = [dir.clone()];
    bencher
        .bench(|| brief::briefing::library::scan(brief::briefing::library::origins(&folders, &[])));
    std::fs::remove_dir_all(&dir).unwrap();
}
