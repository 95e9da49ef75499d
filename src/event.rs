//! The event loop: block until something happens (a key, a resize, a signal, a change to the
//! open file), drain whatever else is pending, update, then draw once if anything changed.
//! Nothing ticks, so an idle reader uses no CPU.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::layout::Rect;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use crate::app::picker::{Picker, PickerEffect};
use crate::app::{App, Effect, Msg};
use crate::briefing::library::{self, Origin};
use crate::config::Config;
use crate::ui::{self, Theme};
use crate::{effects, terminal};

/// How long to wait for an editor to finish writing before reloading.
const RELOAD_SETTLE: Duration = Duration::from_millis(150);

/// Something the loop wakes up for.
enum Input {
    /// A key, mouse or resize event from the terminal.
    Terminal(Event),
    /// A signal was delivered.
    Signal(i32),
    /// The open file changed on disk.
    FileChanged,
    /// Reading the terminal failed (it went away).
    Closed(String),
}

/// What is on screen.
pub enum Screen {
    /// Choosing a briefing.
    Picker(Picker),
    /// Reading one, loaded from `origin`.
    Reader(Box<App>, Origin),
}

impl Screen {
    /// The reader on a briefing loaded from `origin`, with its source text when it names one.
    pub fn reader(
        briefing: crate::briefing::Briefing,
        origin: Origin,
        config: &Config,
        area: Rect,
    ) -> Screen {
        let mut app = App::new(briefing, config.keymap.clone(), area);
        app.provenance = crate::provenance::of(&app.briefing, origin.path().map(PathBuf::as_path));
        Screen::Reader(Box::new(app), origin)
    }
}

/// Everything the loop keeps between events.
pub struct Session {
    /// What is on screen.
    pub screen: Screen,
    /// The picker to return to with `b`, while reading.
    picker: Option<Picker>,
    config: Config,
    theme: Theme,
    watcher: Option<RecommendedWatcher>,
}

impl Session {
    /// A session showing `screen`.
    pub fn new(screen: Screen, config: Config, theme: Theme) -> Session {
        Session {
            screen,
            picker: None,
            config,
            theme,
            watcher: None,
        }
    }
}

/// Runs until the user quits or a signal ends it; returns the exit status (0 for quit,
/// 128 + the signal number for a signal). The terminal is restored on every path.
pub fn run(mut session: Session) -> std::io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    let signals = watch_signals(tx.clone())?;
    let mut terminal = terminal::enter(session.config.mouse)?;
    spawn_input(tx.clone());
    let result = event_loop(&mut terminal, &mut session, &tx, &rx);
    terminal::leave();
    signals.close();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    session: &mut Session,
    tx: &Sender<Input>,
    rx: &Receiver<Input>,
) -> std::io::Result<u8> {
    let size = terminal.size()?;
    dispatch(session, Msg::Resize(size.width, size.height), tx);
    session.watch(tx);
    draw(terminal, session)?;
    let mut reload_due: Option<Instant> = None;
    loop {
        let first = match reload_due {
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
                Input::Terminal(Event::Mouse(mouse)) => dispatch(session, Msg::Mouse(mouse), tx),
                Input::Terminal(Event::Resize(w, h)) => dispatch(session, Msg::Resize(w, h), tx),
                Input::Terminal(_) => continue,
                Input::FileChanged => {
                    reload_due.get_or_insert(Instant::now() + RELOAD_SETTLE);
                    continue;
                }
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
            session.reload();
            changed = true;
        }
        if repaint {
            // `Terminal::clear` asks the terminal for the cursor position, which would race
            // the input thread for stdin; `resize` clears and forces a full redraw without it.
            let size = terminal.size()?;
            terminal.resize(Rect::new(0, 0, size.width, size.height))?;
            dispatch(session, Msg::Resize(size.width, size.height), tx);
        }
        if changed || repaint {
            draw(terminal, session)?;
        }
    }
}

/// What the loop does after a message.
enum Step {
    Continue,
    Quit,
    Repaint,
    Suspend,
}

/// Sends a message to whatever is on screen and carries out the effect it asks for.
fn dispatch(session: &mut Session, msg: Msg, tx: &Sender<Input>) -> Step {
    let effect = match &mut session.screen {
        Screen::Picker(picker) => {
            match picker.update(&msg) {
                Some(PickerEffect::Quit) => return Step::Quit,
                Some(PickerEffect::Suspend) => return Step::Suspend,
                Some(PickerEffect::Redraw) => return Step::Repaint,
                Some(PickerEffect::Open(entry)) => session.open(entry, tx),
                None => {}
            }
            return Step::Continue;
        }
        Screen::Reader(app, _) => app.update(msg),
    };
    match effect {
        None => {}
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
        Some(Effect::Open(url)) => {
            if let Err(error) = effects::open_url(&url) {
                session.notify(format!("Cannot open the link: {error}"));
            }
        }
        Some(Effect::Reload) => session.reload(),
        Some(Effect::Library) => session.show_library(tx),
    }
    Step::Continue
}

impl Session {
    /// Shows a message in the reader's status line.
    fn notify(&mut self, message: String) {
        if let Screen::Reader(app, _) = &mut self.screen {
            app.notice = Some(message);
        }
    }

    fn area(&self) -> Rect {
        match &self.screen {
            Screen::Picker(picker) => picker.area,
            Screen::Reader(app, _) => app.area,
        }
    }

    /// Opens picker entry `entry` in the reader, keeping the picker for `b`.
    fn open(&mut self, entry: usize, tx: &Sender<Input>) {
        let Screen::Picker(picker) = &mut self.screen else {
            return;
        };
        let origin = picker.entries[entry].origin.clone();
        match origin.load() {
            Ok(briefing) => {
                let reader = Screen::reader(briefing, origin, &self.config, self.area());
                let Screen::Picker(picker) = std::mem::replace(&mut self.screen, reader) else {
                    return;
                };
                self.picker = Some(picker);
                self.watch(tx);
            }
            Err(error) => {
                picker.notice = Some(format!("Cannot open: {}", crate::diag::headline(&error)));
            }
        }
    }

    /// Returns to the picker (building one from the library when the briefing was opened
    /// directly).
    fn show_library(&mut self, tx: &Sender<Input>) {
        let area = self.area();
        let mut picker = match self.picker.take() {
            Some(picker) => picker,
            None => {
                let mut origins = library::origins(&[], &library_folders(&self.config));
                if let Screen::Reader(_, origin @ Origin::File(_)) = &self.screen
                    && !origins.contains(origin)
                {
                    origins.push(origin.clone());
                }
                Picker::new(library::entries(library::load_all(origins)), area)
            }
        };
        picker.update(&Msg::Resize(area.width, area.height));
        self.screen = Screen::Picker(picker);
        self.watch(tx);
    }

    /// Reads the open file again; a broken version leaves the old one on screen.
    fn reload(&mut self) {
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        if origin.path().is_none() {
            app.notice = Some("The bundled briefing has no file to reload".into());
            return;
        }
        match origin.load() {
            Ok(briefing) => {
                app.provenance =
                    crate::provenance::of(&briefing, origin.path().map(PathBuf::as_path));
                app.replace_briefing(briefing);
                app.notice = Some("Reloaded".into());
            }
            Err(error) => {
                app.notice = None;
                app.reload_error = Some(crate::diag::headline(&error).to_owned());
            }
        }
    }

    /// Watches the open file (through its folder, so editors that save by renaming are seen).
    fn watch(&mut self, tx: &Sender<Input>) {
        self.watcher = None;
        let Screen::Reader(_, Origin::File(path)) = &self.screen else {
            return;
        };
        self.watcher = watch_file(path, tx.clone());
    }
}

/// The library folders of a config: its `library` list plus the data folder when enabled and
/// present.
pub fn library_folders(config: &Config) -> Vec<PathBuf> {
    let mut folders = config.library.clone();
    if config.data_dir
        && let Some(data) = crate::config::data_briefings()
        && data.is_dir()
    {
        folders.push(data);
    }
    folders
}

fn watch_file(path: &Path, tx: Sender<Input>) -> Option<RecommendedWatcher> {
    let path = std::fs::canonicalize(path).ok()?;
    let folder = path.parent()?.to_path_buf();
    let name = path.file_name()?.to_owned();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && event.paths.iter().any(|p| p.file_name() == Some(&name))
            && (event.kind.is_modify() || event.kind.is_create() || event.kind.is_remove())
        {
            let _ = tx.send(Input::FileChanged);
        }
    })
    .ok()?;
    watcher.watch(&folder, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// Draws one frame inside a synchronized update, so terminals that support it never show
/// half a frame.
fn draw(terminal: &mut DefaultTerminal, session: &Session) -> std::io::Result<()> {
    execute!(std::io::stdout(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| match &session.screen {
        Screen::Picker(picker) => ui::picker::draw(frame, picker, &session.theme),
        Screen::Reader(app, _) => ui::draw(frame, app, &session.theme),
    })?;
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
