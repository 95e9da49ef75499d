//! The event loop: block until something happens (a key, a resize, a signal), drain whatever
//! else is pending, update, then draw once. Nothing ticks, so an idle reader uses no CPU.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use crate::app::{App, Effect, Msg};
use crate::ui::{self, Theme};
use crate::{effects, terminal};

/// Something the loop wakes up for.
enum Input {
    /// A key, mouse or resize event from the terminal.
    Terminal(Event),
    /// A signal was delivered.
    Signal(i32),
    /// Reading the terminal failed (it went away).
    Closed(String),
}

/// Runs the reader until the user quits or a signal ends it; returns the exit status
/// (0 for quit, 128 + the signal number for a signal). The terminal is restored on return.
pub fn run(app: &mut App, theme: &Theme, mouse: bool) -> std::io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    let signals = watch_signals(tx.clone())?;
    let mut terminal = terminal::enter(mouse)?;
    spawn_input(tx);
    let result = event_loop(&mut terminal, app, theme, mouse, &rx);
    terminal::leave();
    signals.close();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    mouse: bool,
    rx: &Receiver<Input>,
) -> std::io::Result<u8> {
    let size = terminal.size()?;
    app.update(Msg::Resize(size.width, size.height));
    draw(terminal, app, theme)?;
    loop {
        let Ok(first) = rx.recv() else { return Ok(1) };
        let mut repaint = false;
        for input in std::iter::once(first).chain(rx.try_iter()) {
            let effect = match input {
                Input::Terminal(Event::Key(key)) => app.update(Msg::Key(key)),
                Input::Terminal(Event::Mouse(mouse)) => app.update(Msg::Mouse(mouse)),
                Input::Terminal(Event::Resize(width, height)) => {
                    app.update(Msg::Resize(width, height))
                }
                Input::Terminal(_) => None,
                Input::Signal(SIGTSTP) => Some(Effect::Suspend),
                Input::Signal(SIGCONT) => Some(Effect::Redraw),
                Input::Signal(signal) => return Ok(128 + signal as u8),
                Input::Closed(error) => return Err(std::io::Error::other(error)),
            };
            match effect {
                None => {}
                Some(Effect::Quit) => return Ok(0),
                Some(Effect::Copy(text)) => {
                    let mut out = std::io::stdout();
                    out.write_all(effects::osc52(&text).as_bytes())?;
                    out.flush()?;
                }
                Some(Effect::Open(url)) => {
                    if let Err(error) = effects::open_url(&url) {
                        app.notice = Some(format!("Cannot open the link: {error}"));
                    }
                }
                Some(Effect::Redraw) => repaint = true,
                Some(Effect::Suspend) => {
                    terminal::leave();
                    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    terminal::resume(mouse)?;
                    repaint = true;
                }
                Some(Effect::Reload | Effect::Library) => {}
            }
        }
        if repaint {
            terminal.clear()?;
            let size = terminal.size()?;
            app.update(Msg::Resize(size.width, size.height));
        }
        draw(terminal, app, theme)?;
    }
}

/// Draws one frame inside a synchronized update, so terminals that support it never show
/// half a frame.
fn draw(terminal: &mut DefaultTerminal, app: &App, theme: &Theme) -> std::io::Result<()> {
    execute!(std::io::stdout(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| ui::draw(frame, app, theme))?;
    execute!(std::io::stdout(), EndSynchronizedUpdate)
}

/// Reads terminal events on a thread of its own, blocking, and forwards them.
fn spawn_input(tx: Sender<Input>) {
    std::thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(event) => Input::Terminal(event),
                Err(error) => Input::Closed(error.to_string()),
            };
            let closed = matches!(input, Input::Closed(_));
            if tx.send(input).is_err() || closed {
                return;
            }
        }
    });
}

/// Turns SIGTERM, SIGHUP, SIGINT, SIGTSTP and SIGCONT into inputs, so each is handled with
/// the terminal restored.
fn watch_signals(tx: Sender<Input>) -> std::io::Result<signal_hook::iterator::Handle> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT])?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if tx.send(Input::Signal(signal)).is_err() {
                return;
            }
        }
    });
    Ok(handle)
}
