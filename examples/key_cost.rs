//! What one `j`/`k` costs the reader, key handling and redraw at 160x50, with every item new
//! or none: `cargo run --release --example key_cost -- QUOTES [--new] [KEYS]`.
//! Prints the CPU time per key of the key thread's work (the store's writes of what was seen
//! are a worker's, measured in a real terminal by `tests/perf_e2e.rs`).

use std::time::Duration;

use brief::action::Action;
use brief::app::{App, Msg};
use brief::briefing::load_bytes;
use brief::keymap::Keymap;
use brief::pane::Pane;
use brief::store::{Answer, ItemKeys};
use brief::synthetic::{self, Size};
use brief::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quotes = args.first().and_then(|a| a.parse().ok()).unwrap_or(100);
    let all_new = args.iter().any(|a| a == "--new");
    let keys: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let text = synthetic::briefing(Size { quotes });
    let briefing = load_bytes("bench.toml", text.as_bytes()).expect("a synthetic briefing loads");
    let item_keys = ItemKeys::of(&briefing);
    let mut app = App::new(briefing, Keymap::defaults(), Rect::new(0, 0, WIDTH, HEIGHT));
    app.update(Msg::Action(Action::Quotes));
    let new = if all_new {
        Pane::ALL
            .iter()
            .flat_map(|&pane| {
                (0..)
                    .map_while(|ix| item_keys.key(pane, ix))
                    .collect::<Vec<_>>()
            })
            .collect()
    } else {
        Vec::new()
    };
    app.store_answer(
        Ok(Answer::Opened {
            new,
            marks: Vec::new(),
        }),
        None,
    );
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
    let theme = Theme::default();
    let before = cpu_time();
    for n in 0..keys {
        // Down most of the way, then back up: every key moves the selection.
        let code = if n % 400 < 300 { 'j' } else { 'k' };
        app.update(Msg::Key(KeyEvent::new(
            KeyCode::Char(code),
            KeyModifiers::NONE,
        )));
        let _ = app.take_requests();
        terminal
            .draw(|frame| ui::draw(frame, &app, &theme))
            .expect("a frame draws");
    }
    let spent = cpu_time().saturating_sub(before);
    println!(
        "{quotes} quotes, {}: {:.3} ms of CPU per key ({keys} keys)",
        if all_new {
            "every item new"
        } else {
            "none new"
        },
        spent.as_secs_f64() * 1000.0 / keys as f64
    );
}

/// CPU time of this process so far, user and system.
fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}
