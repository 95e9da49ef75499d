//! The event loop: block until something happens (a key, a resize, a signal, a change to the
//! open file), drain whatever else is pending, update, then draw once if anything changed.
//! Nothing ticks, so an idle reader uses no CPU.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::layout::Rect;
use signal_hook::consts::{SIGCONT, SIGTSTP};
use signals::watch_signals;

mod input;
mod jobs;
mod session;
mod signals;
mod store;

pub use crate::config::library_folders;
pub use session::{Screen, Session};

use crate::action::Action;
use crate::app::library::{LibraryEffect, Mode};
use crate::app::picker::PickerEffect;
use crate::app::{Effect, Msg};
use crate::{effects, terminal};
use input::{Input, Purpose, Step};

/// The longest pause between two clicks on one cell that makes them a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// Longest the first frame waits for the library `brief` was started on to be listed.
const FIRST_FRAME_WAIT: Duration = Duration::from_millis(100);

/// How long to wait for an editor to finish writing before reloading: each change waits
/// this long again.
const RELOAD_SETTLE: Duration = Duration::from_millis(150);

/// Longest a reload waits for changes to settle: a file written without pause is read about
/// once a second, never once per write.
const RELOAD_MOST_WAIT: Duration = Duration::from_secs(1);

/// Runs until the user quits or a signal ends it; returns the exit status (0 for quit,
/// 128 + the signal number for a signal). The terminal is restored on every path.
pub fn run(mut session: Session) -> std::io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    let signals = watch_signals(tx.clone())?;
    let mut terminal = terminal::enter(session.config.mouse)?;
    spawn_input(tx.clone());
    session.start_store(&tx);
    let result = event_loop(&mut terminal, &mut session, &tx, &rx);
    terminal::leave();
    signals.close();
    if let Some(unsaved) = session.finish_store() {
        eprintln!("brief: {unsaved}");
    }
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    session: &mut Session,
    tx: &Sender<Input>,
    rx: &Receiver<Input>,
) -> std::io::Result<u8> {
    let area = terminal.get_frame().area();
    dispatch(session, Msg::Resize(area.width, area.height), tx);
    session.watch(tx);
    session.read_first_picker(tx);
    // The reader a session starts with (if it starts on one) is serial 1.
    session.read_source(1, tx);
    session.connect(1, None);
    // The config's library being listed gets a moment, so that the first frame is the screen
    // it leads to (the reader, when there is nothing but the bundled briefing) and not a
    // flash of the picker; a slow folder delays the first frame by that moment at most.
    let mut first_frame_due = session
        .waits_for_library()
        .then(|| Instant::now() + FIRST_FRAME_WAIT);
    if first_frame_due.is_none() {
        draw(terminal, session)?;
    }
    // When the file first changed since the last reload, and when to reload.
    let mut changed_since: Option<Instant> = None;
    let mut reload_due: Option<Instant> = None;
    let mut last_click: Option<(u16, u16, Instant)> = None;
    loop {
        let wake = reload_due.into_iter().chain(first_frame_due).min();
        let first = match wake {
            Some(due) => match rx.recv_timeout(due.saturating_duration_since(Instant::now())) {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(1),
            },
            None => Some(
                rx.recv()
                    .map_err(|_| std::io::Error::other("event channel closed"))?,
            ),
        };
        let mut repaint = false;
        let mut resized = None;
        // Whether anything that could change the screen happened: pointer motion, focus
        // events and file events that only schedule a reload draw nothing.
        let mut changed = false;
        for input in first.into_iter().chain(rx.try_iter()) {
            let step = match input {
                Input::Terminal(Event::Mouse(mouse))
                    if matches!(mouse.kind, MouseEventKind::Moved | MouseEventKind::Drag(_)) =>
                {
                    continue;
                }
                Input::Terminal(Event::Key(key)) => dispatch(session, Msg::Key(key), tx),
                Input::Interrupt => Step::Quit,
                Input::Terminal(Event::Mouse(mouse)) => {
                    // A double click follows the item clicked; only a click on an item counts.
                    let on_item = matches!(&session.screen,
                        Screen::Reader(app, _) if app.is_on_item(mouse.column, mouse.row));
                    let step = dispatch(session, Msg::Mouse(mouse), tx);
                    if mouse.kind == MouseEventKind::Down(MouseButton::Left) {
                        let now = Instant::now();
                        let double = on_item
                            && last_click.is_some_and(|(column, row, at)| {
                                (column, row) == (mouse.column, mouse.row)
                                    && now.duration_since(at) <= DOUBLE_CLICK
                            });
                        last_click = (!double).then_some((mouse.column, mouse.row, now));
                        if double {
                            dispatch(session, Msg::Action(Action::Follow), tx);
                        }
                    }
                    step
                }
                Input::Terminal(Event::Paste(text)) => dispatch(session, Msg::Paste(text), tx),
                Input::Terminal(Event::Resize(w, h)) => {
                    // A storm of resizes is drawn once, at the last size.
                    resized = Some(terminal::drawn_area(w, h));
                    Step::Continue
                }
                Input::Terminal(_) => continue,
                Input::FileChanged => {
                    session.change_taken();
                    let now = Instant::now();
                    let first = *changed_since.get_or_insert(now);
                    reload_due = Some((now + RELOAD_SETTLE).min(first + RELOAD_MOST_WAIT));
                    continue;
                }
                Input::Loaded {
                    purpose: Purpose::Open(generation),
                    origin,
                    stamp,
                    result,
                } => session.opened(generation, origin, stamp, result, tx),
                Input::Loaded {
                    purpose: Purpose::Reload(serial),
                    stamp,
                    result,
                    ..
                } => session.reloaded(serial, stamp, result, tx),
                Input::Store(reply) => session.store_reply(reply),
                Input::Source { serial, state } => session.source_read(serial, state),
                Input::SearchIndex {
                    serial,
                    briefing,
                    index,
                } => session.search_indexed(serial, &briefing, *index),
                Input::Listed { count } => session.library_listed(count),
                Input::Library { entries, notice } => session.library_read(entries, notice, tx),
                Input::Alone {
                    origin,
                    stamp,
                    result,
                } => session.alone_read(origin, stamp, result, tx),
                Input::Network {
                    serial,
                    number,
                    layout,
                } => session.network_laid_out(serial, number, *layout),
                Input::Exported {
                    serial,
                    message,
                    path,
                } => session.exported(serial, message, path),
                Input::OpenFailed { serial, url, error } => session.open_failed(serial, url, error),
                Input::Signal(SIGTSTP) => Step::Suspend,
                Input::Signal(SIGCONT) => Step::Repaint,
                Input::Signal(signal) => return Ok(128u8.saturating_add(signal as u8)),
                Input::Closed(error) => return Err(std::io::Error::other(error)),
            };
            changed = true;
            match step {
                Step::Continue => {}
                Step::Quit => return Ok(0),
                Step::Repaint => repaint = true,
                Step::Suspend => {
                    terminal::leave();
                    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    terminal::resume(session.config.mouse)?;
                    repaint = true;
                }
            }
        }
        if reload_due.is_some_and(|due| due <= Instant::now()) {
            reload_due = None;
            changed_since = None;
            session.reload(tx);
            changed = true;
        }
        if repaint {
            let (width, height) = ratatui::crossterm::terminal::size()?;
            resized = Some(terminal::drawn_area(width, height));
        }
        if let Some(area) = resized {
            // `Terminal::clear` asks the terminal for the cursor position, which would race
            // the input thread for stdin; `resize` clears and forces a full redraw without it.
            terminal.resize(area)?;
            dispatch(session, Msg::Resize(area.width, area.height), tx);
        }
        if let Some(due) = first_frame_due {
            if session.lists_library() && Instant::now() < due {
                continue;
            }
            first_frame_due = None;
            changed = true;
        }
        if changed || resized.is_some() {
            session.lay_out(tx);
            draw(terminal, session)?;
            session.after_draw(tx);
        }
    }
}

/// Sends a message to whatever is on screen and carries out the effect it asks for.
fn dispatch(session: &mut Session, msg: Msg, tx: &Sender<Input>) -> Step {
    if let Msg::Resize(width, height) = msg {
        session.size = Rect::new(0, 0, width, height);
    }
    let effect = match &mut session.screen {
        Screen::Picker(picker) => {
            match picker.update(&msg) {
                Some(PickerEffect::Quit) => return Step::Quit,
                Some(PickerEffect::Suspend) => return Step::Suspend,
                Some(PickerEffect::Redraw) => return Step::Repaint,
                Some(PickerEffect::Return) => session.pop(tx),
                Some(PickerEffect::LibrarySearch) => session.show_list(Mode::Search, tx),
                Some(PickerEffect::Open(entry)) => session.open(entry, tx),
                None => {}
            }
            return Step::Continue;
        }
        Screen::Library(view) => {
            match view.update(&msg) {
                Some(LibraryEffect::Quit) => return Step::Quit,
                Some(LibraryEffect::Suspend) => return Step::Suspend,
                Some(LibraryEffect::Redraw) => return Step::Repaint,
                Some(LibraryEffect::Close) => session.pop(tx),
                Some(LibraryEffect::Search(query)) => session.search_library(query),
                Some(LibraryEffect::Timeline(scope)) => session.merged_timeline(scope),
                Some(LibraryEffect::Open(origin, key)) => session.open_at(origin, key, tx),
                None => {}
            }
            return Step::Continue;
        }
        Screen::Reader(app, _) => app.update(msg),
    };
    let step = carry_out(session, effect, tx);
    session.flush();
    step
}

/// Does what the reader asked for.
fn carry_out(session: &mut Session, effect: Option<Effect>, tx: &Sender<Input>) -> Step {
    match effect {
        None => {}
        Some(Effect::Leave) => return session.leave(tx),
        Some(Effect::Quit) => return Step::Quit,
        Some(Effect::Redraw) => return Step::Repaint,
        Some(Effect::Suspend) => return Step::Suspend,
        Some(Effect::Copy(text)) => {
            let mut out = std::io::stdout();
            if out
                .write_all(effects::osc52(&text).as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                session.notify("Could not write to the terminal".into());
            }
        }
        Some(Effect::Open(url)) => session.open_link(url, tx),
        Some(Effect::Reload) => session.reload(tx),
        Some(Effect::Export(selection)) => session.export(selection, tx),
        Some(Effect::Library) => session.show_library(tx),
        Some(Effect::OpenElsewhere { origin, key }) => session.open_at(origin, key, tx),
        Some(Effect::Return) => session.pop(tx),
        Some(Effect::LibrarySearch) => session.show_list(Mode::Search, tx),
        Some(Effect::MergedTimeline(scopes)) => {
            let first = scopes.first().map(|(scope, _)| scope.clone());
            session.show_list(Mode::timeline(scopes), tx);
            if let Some(scope) = first {
                session.merged_timeline(scope);
            }
        }
    }
    Step::Continue
}

/// Draws one frame inside a synchronized update, so terminals that support it never show
/// half a frame.
fn draw(terminal: &mut DefaultTerminal, session: &Session) -> std::io::Result<()> {
    execute!(std::io::stdout(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| session.view(frame))?;
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
