//! The event loop: block until something happens (a key, a resize, a signal, a change to the
//! open file), drain whatever else is pending, update, then draw once if anything changed.
//! Nothing ticks, so an idle reader uses no CPU.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::layout::Rect;
use signal_hook::consts::{
    SIGABRT, SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGQUIT, SIGSYS, SIGTERM, SIGTRAP,
    SIGTSTP, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU, SIGXFSZ,
};
use signal_hook::iterator::SignalsInfo;
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::low_level::siginfo::Cause;

use crate::action::Action;
use crate::app::picker::{Picker, PickerEffect};
use crate::app::{App, Effect, Msg};
use crate::briefing::Briefing;
use crate::briefing::library::{self, Entry, Origin};
use crate::config::Config;
use crate::provenance::{SourceRoots, SourceState};
use crate::ui::{self, Theme};
use crate::{effects, terminal};

/// The longest pause between two clicks on one cell that makes them a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// How long to wait for an editor to finish writing before reloading.
const RELOAD_SETTLE: Duration = Duration::from_millis(150);

/// Something the loop wakes up for.
enum Input {
    /// A key, mouse, paste or resize event from the terminal.
    Terminal(Event),
    /// A signal was delivered (by another process, or one that stops or resumes the reader).
    Signal(i32),
    /// Ctrl-c, which the terminal driver delivers as SIGINT so that no input can swallow it.
    Interrupt,
    /// The open file changed on disk.
    FileChanged,
    /// Reading the terminal failed (it went away).
    Closed(String),
    /// A briefing read on a worker thread, for request `generation`.
    Loaded {
        generation: u64,
        origin: Origin,
        result: Result<Briefing, String>,
    },
    /// A source text read and matched on a worker thread, for request `generation`.
    Source { generation: u64, state: SourceState },
    /// The library read on a worker thread, for request `generation`.
    Library {
        generation: u64,
        entries: Vec<Entry>,
    },
}

/// What is on screen.
pub enum Screen {
    /// Choosing a briefing.
    Picker(Picker),
    /// Reading one, loaded from `origin`.
    Reader(Box<App>, Origin),
}

impl Screen {
    /// The reader on a briefing loaded from `origin` (its source text, if it names one, is
    /// read once the loop runs).
    pub fn reader(briefing: Briefing, origin: Origin, config: &Config, area: Rect) -> Screen {
        let app = App::new(briefing, config.keymap.clone(), area).with_view(config.start);
        Screen::Reader(Box::new(app), origin)
    }
}

/// Everything the loop keeps between events.
pub struct Session {
    /// What is on screen.
    pub screen: Screen,
    /// The picker to return to with `b`, while reading.
    picker: Option<Picker>,
    /// The reader to return to with Esc, while picking.
    reader: Option<(Box<App>, Origin)>,
    config: Config,
    theme: Theme,
    /// Folders source texts may be read from, besides each briefing's own.
    roots: SourceRoots,
    watcher: Option<RecommendedWatcher>,
    /// Numbers requests for work done on other threads; a result for an older request than
    /// the latest is dropped.
    generation: u64,
}

impl Session {
    /// A session showing `screen`, reading source texts from each briefing's folder and
    /// `roots`.
    pub fn new(screen: Screen, config: Config, theme: Theme, roots: SourceRoots) -> Session {
        Session {
            screen,
            picker: None,
            reader: None,
            config,
            theme,
            roots,
            watcher: None,
            generation: 0,
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
    let area = terminal.get_frame().area();
    dispatch(session, Msg::Resize(area.width, area.height), tx);
    session.watch(tx);
    session.read_source(tx);
    draw(terminal, session)?;
    let mut reload_due: Option<Instant> = None;
    let mut last_click: Option<(u16, u16, Instant)> = None;
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
                Input::Interrupt => dispatch(session, Msg::Key(ctrl_c()), tx),
                Input::Terminal(Event::Mouse(mouse)) => {
                    let step = dispatch(session, Msg::Mouse(mouse), tx);
                    if mouse.kind == MouseEventKind::Down(MouseButton::Left) {
                        let now = Instant::now();
                        let double = last_click.is_some_and(|(column, row, at)| {
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
                    reload_due.get_or_insert(Instant::now() + RELOAD_SETTLE);
                    continue;
                }
                Input::Loaded {
                    generation,
                    origin,
                    result,
                } => session.loaded(generation, origin, result, tx),
                Input::Source { generation, state } => session.source_read(generation, state),
                Input::Library {
                    generation,
                    entries,
                } => session.library_read(generation, entries, tx),
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
        if changed || resized.is_some() {
            draw(terminal, session)?;
        }
    }
}

/// The key Ctrl-c, as the terminal would have sent it without signal generation.
fn ctrl_c() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
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
                Some(PickerEffect::Return) => session.return_to_reader(tx),
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
        Some(Effect::Reload) => session.reload(tx),
        Some(Effect::Export(selection)) => session.export(&selection),
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

    /// Starts `work` on a thread of its own for a new request; its result arrives as an
    /// input, and any result of an earlier request is dropped from then on.
    fn spawn(&mut self, tx: &Sender<Input>, work: impl FnOnce(u64) -> Input + Send + 'static) {
        self.generation += 1;
        let generation = self.generation;
        let tx = tx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(work(generation));
        });
    }

    /// Back from the picker to the briefing it was opened from.
    fn return_to_reader(&mut self, tx: &Sender<Input>) {
        let Some((mut app, origin)) = self.reader.take() else {
            return;
        };
        let area = self.area();
        app.update(Msg::Resize(area.width, area.height));
        if let Screen::Picker(picker) =
            std::mem::replace(&mut self.screen, Screen::Reader(app, origin))
        {
            self.picker = Some(picker);
        }
        self.watch(tx);
    }

    /// Opens picker entry `entry` in the reader (once it is read), keeping the picker for `b`.
    fn open(&mut self, entry: usize, tx: &Sender<Input>) {
        let Screen::Picker(picker) = &mut self.screen else {
            return;
        };
        let origin = picker.entries[entry].origin.clone();
        picker.notice = Some(format!("Opening {}…", origin.name()));
        self.spawn(tx, move |generation| Input::Loaded {
            generation,
            result: origin.load(),
            origin,
        });
    }

    /// A briefing read for the latest request: opened from the picker, or a reload.
    fn loaded(
        &mut self,
        generation: u64,
        origin: Origin,
        result: Result<Briefing, String>,
        tx: &Sender<Input>,
    ) -> Step {
        if generation != self.generation {
            return Step::Continue;
        }
        match (&mut self.screen, result) {
            (Screen::Picker(_), Ok(briefing)) => {
                self.reader = None;
                let reader = Screen::reader(briefing, origin, &self.config, self.area());
                let Screen::Picker(picker) = std::mem::replace(&mut self.screen, reader) else {
                    return Step::Continue;
                };
                self.picker = Some(picker);
                self.watch(tx);
                self.read_source(tx);
            }
            (Screen::Picker(picker), Err(error)) => {
                picker.notice = Some(format!("Cannot open: {}", crate::diag::headline(&error)));
            }
            (Screen::Reader(app, _), Ok(briefing)) => {
                app.replace_briefing(briefing);
                app.notice = Some("Reloaded".into());
                self.read_source(tx);
            }
            (Screen::Reader(app, _), Err(error)) => {
                app.notice = None;
                app.reload_error = Some(crate::diag::headline(&error).to_owned());
            }
        }
        Step::Continue
    }

    /// Writes a Markdown report of `selection` into the config's export folder, never over
    /// an existing file, and says where in the status line.
    fn export(&mut self, selection: &crate::export::Selection) {
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        let options = crate::export::Options::new(crate::export::Format::Markdown, origin);
        let folder = &self.config.export_dir;
        app.notice = Some(
            match crate::export::write_report(folder, &app.briefing, selection, &options) {
                Ok(path) => format!("Wrote {}", crate::briefing::files::shown(&path)),
                Err(error) => format!(
                    "Cannot write a report in {}: {}",
                    crate::briefing::files::shown(folder),
                    error.kind()
                ),
            },
        );
    }

    /// Reads the open briefing's source text on a worker, when it names one.
    fn read_source(&mut self, tx: &Sender<Input>) {
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        let Some(path) = origin.path().cloned() else {
            return;
        };
        if !app.briefing.meta.sources.iter().any(|s| s.file.is_some()) {
            app.set_source(None);
            return;
        }
        app.set_source(Some(SourceState::Reading));
        let briefing = app.briefing.clone();
        let roots = self.roots.clone();
        self.spawn(tx, move |generation| Input::Source {
            generation,
            state: crate::provenance::of(&briefing, Some(&path), &roots)
                .unwrap_or_else(|| SourceState::Unavailable("no source file named".into())),
        });
    }

    /// A source text read for the latest request.
    fn source_read(&mut self, generation: u64, state: SourceState) -> Step {
        if let Screen::Reader(app, _) = &mut self.screen
            && generation == self.generation
        {
            app.set_source(Some(state));
        }
        Step::Continue
    }

    /// Returns to the picker (reading the library on a worker when the briefing was opened
    /// directly).
    fn show_library(&mut self, tx: &Sender<Input>) {
        if let Some(picker) = self.picker.take() {
            self.show_picker(picker, tx);
            return;
        }
        let mut origins = library::origins(&[], &library_folders(&self.config));
        if let Screen::Reader(app, origin) = &mut self.screen {
            if let Origin::File(_) = origin
                && !origins.contains(origin)
            {
                origins.push(origin.clone());
            }
            app.notice = Some("Reading the library…".into());
        }
        self.spawn(tx, move |generation| Input::Library {
            generation,
            entries: library::entries(library::load_all(origins)),
        });
    }

    /// The library read for the latest request: shown in the picker.
    fn library_read(&mut self, generation: u64, entries: Vec<Entry>, tx: &Sender<Input>) -> Step {
        if generation == self.generation && matches!(self.screen, Screen::Reader(..)) {
            let picker = Picker::new(entries, self.area());
            self.show_picker(picker, tx);
        }
        Step::Continue
    }

    /// Shows `picker`, keeping the reader behind it for Esc.
    fn show_picker(&mut self, mut picker: Picker, tx: &Sender<Input>) {
        let area = self.area();
        picker.update(&Msg::Resize(area.width, area.height));
        picker.can_return = matches!(self.screen, Screen::Reader(..));
        if let Screen::Reader(app, origin) =
            std::mem::replace(&mut self.screen, Screen::Picker(picker))
        {
            self.reader = Some((app, origin));
        }
        // Whatever was still being read for the reader is of no use now.
        self.generation += 1;
        self.watch(tx);
    }

    /// Reads the open file again on a worker; a broken version leaves the old one on screen.
    fn reload(&mut self, tx: &Sender<Input>) {
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        if origin.path().is_none() {
            app.notice = Some("The bundled briefing has no file to reload".into());
            return;
        }
        let origin = origin.clone();
        self.spawn(tx, move |generation| Input::Loaded {
            generation,
            result: origin.load(),
            origin,
        });
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

/// Every signal whose default action ends the process and that a program may catch: each
/// ends the reader with the terminal restored.
const ENDING_SIGNALS: &[i32] = &[
    SIGHUP,
    SIGINT,
    SIGQUIT,
    SIGTERM,
    SIGUSR1,
    SIGUSR2,
    SIGALRM,
    SIGVTALRM,
    SIGPROF,
    SIGXCPU,
    SIGXFSZ,
    SIGIO,
    SIGSYS,
    SIGTRAP,
    SIGABRT,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGPWR,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGSTKFLT,
];

/// How long the loop has to end after an ending signal before the signal thread restores the
/// terminal and ends the process itself.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// Turns signals into inputs, so each is handled with the terminal restored: Ctrl-c from the
/// terminal becomes the key Ctrl-c, SIGTSTP and SIGCONT suspend and resume, and every ending
/// signal ends the reader (by itself after [`SIGNAL_GRACE`] if the loop does not answer).
fn watch_signals(tx: Sender<Input>) -> std::io::Result<signal_hook::iterator::Handle> {
    let mut wanted = ENDING_SIGNALS.to_vec();
    wanted.extend([SIGTSTP, SIGCONT]);
    let mut signals = SignalsInfo::<WithOrigin>::new(&wanted)?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        for origin in signals.forever() {
            let signal = origin.signal;
            let input = if signal == SIGINT && origin.cause == Cause::Kernel {
                Input::Interrupt
            } else {
                Input::Signal(signal)
            };
            let ending = matches!(input, Input::Signal(s) if ENDING_SIGNALS.contains(&s));
            if tx.send(input).is_err() {
                return;
            }
            if ending {
                std::thread::spawn(move || {
                    std::thread::sleep(SIGNAL_GRACE);
                    terminal::leave();
                    std::process::exit(128 + signal);
                });
            }
        }
    });
    Ok(handle)
}
