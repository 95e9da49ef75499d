//! What the loop keeps between events and how it moves between screens: opening briefings
//! (read on worker threads), the picker, the library list, reloads, source texts, reports,
//! links, and the store's answers handed to the screen each is for.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use ratatui::layout::Rect;

use super::input::{Input, Purpose, Step};
use super::jobs::Jobs;
use super::store::{Ask, Delivery, StoreLink};
use crate::app::library::{LibraryView, Mode};
use crate::app::picker::Picker;
use crate::app::search::SearchIndex;
use crate::app::{App, Msg};
use crate::briefing::library::{self, Entry, Origin, Summary, Unchosen};
use crate::briefing::{Briefing, LoadError};
use crate::chart::network::NetworkLayout;
use crate::config::{Config, library_folders};
use crate::provenance::{SourceRoots, SourceTexts};
use crate::store::{Indexing, ItemKey, Listing, Reply, Stamp, TimelineScope, Unsaved};
use crate::text::SafeText;
use crate::ui::Theme;

/// What is on screen.
pub enum Screen {
    /// Choosing a briefing.
    Picker(Box<Picker>),
    /// Reading one, loaded from `origin`.
    Reader(Box<App>, Origin),
    /// Looking across the library: a search or a merged timeline.
    Library(Box<LibraryView>),
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
    pub(super) picker: Option<Box<Picker>>,
    /// The reader chosen in the picker, whose level up (`q`) is the picker.
    chosen: Option<u64>,
    /// The files and folders the library was given as on the command line (`brief DIR`),
    /// or none for the config's library: the picker, the library search, the merged timeline,
    /// the dossiers and the badges all cover what these name.
    listed: Vec<PathBuf>,
    /// Briefings the first picker lists, read on a worker once the first frame is drawn.
    to_read: Option<FirstRead>,
    /// Screens to return to, most recent last: the reader behind the picker or the library
    /// list, the list behind a briefing opened from it.
    pub(super) back: Vec<Screen>,
    pub(super) config: Config,
    pub(super) theme: Theme,
    /// Folders source texts may be read from, besides each briefing's own.
    roots: SourceRoots,
    watcher: Option<RecommendedWatcher>,
    /// Numbers requests for work done on other threads; a result for an older request than
    /// the latest is dropped.
    generation: u64,
    /// The item to select in the briefing being opened, when it was asked for by key.
    opening: Option<ItemKey>,
    /// The analyst's store, when it could be started.
    store: Option<StoreLink>,
    /// How far the store is building the library's index, while it is: shown by the pickers
    /// and the library list.
    indexing: Option<Indexing>,
    /// The serial of the latest reader made.
    next_serial: u64,
    /// The terminal's drawn area.
    pub(super) size: Rect,
    /// Briefings read to open or reload, one at a time: the latest request to open one and
    /// the latest reload of each reader.
    loads: Jobs<Load>,
    /// Source texts read and matched, the latest for each reader.
    sources: Jobs<u64>,
    /// Library reads for the picker, one at a time.
    scans: Jobs<()>,
    /// Network layouts, the latest for each reader.
    layouts: Jobs<u64>,
    /// Search indexes, the latest for each reader.
    indexes: Jobs<u64>,
    /// Reports written, each its own job (numbered), one at a time.
    exports: Jobs<u64>,
    /// Reports asked for so far: they number the jobs.
    exports_asked: u64,
    /// Links opened, each its own job (numbered), one at a time: every `o` opens.
    openers: Jobs<u64>,
    /// Links asked to open so far: they number the jobs.
    opens_asked: u64,
    /// The request the library read in flight answers (a later `b` waits for the same read
    /// rather than starting another).
    scan: Option<u64>,
    /// A reader asked for the library (`b`) while a read was in flight: when that read is
    /// the first picker's, it shows the library over the reader too.
    reader_waits: bool,
    /// Set by the file watcher when it reports a change, cleared when the loop takes the
    /// report: a burst of file events is one input.
    change_reported: Arc<AtomicBool>,
}

/// What the first picker lists, read on a worker.
enum FirstRead {
    /// These briefings (the files and folders named on the command line).
    Origins(Vec<Origin>),
    /// The folders named on the command line (`brief DIR`), or with none the config's library
    /// and the bundled briefing (`brief`): listed on the worker; a briefing found alone opens
    /// in the reader.
    Library,
    /// The config's library, in which the briefing with this id (`brief ID`) is found on the
    /// worker: it opens in the reader; else the picker lists the library and says why.
    Find(String),
}

/// What a library read does with the briefings it lists.
enum Wanted {
    /// Every entry, for the picker.
    Entries,
    /// A briefing found alone, loaded whole to open in the reader; else every entry.
    Alone,
    /// The briefing with this id, loaded whole to open in the reader; else every entry, with
    /// why it could not be opened.
    Id(String),
}

/// What a briefing is read for, as a key of the loads worker.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Load {
    /// To open it.
    Open,
    /// To reload the reader with this serial.
    Reload(u64),
    /// Not a read: memory freed by replaced briefings is given back.
    GiveBack,
}

/// Briefings a library read loads at once before keeping only their summaries (and checking
/// whether it is still wanted).
const SCAN_CHUNK: usize = 64;

/// Most characters of an id named on the command line that the picker shows.
const ID_SHOWN_CHARS: usize = 80;

impl Session {
    /// The first picker lists `origins`, read on a worker: it shows at once, and its entries
    /// once they are read.
    pub fn reading(mut self, origins: Vec<Origin>) -> Session {
        self.to_read = Some(FirstRead::Origins(origins));
        self
    }

    /// The first picker lists what [`Session::listing`] names (with nothing named, the
    /// config's library and the bundled briefing), listed on a worker; a briefing found alone
    /// opens in the reader instead.
    pub fn listing_library(mut self) -> Session {
        self.to_read = Some(FirstRead::Library);
        self
    }

    /// The first picker (an empty one) finds the briefing with id `id` in the config's
    /// library, on a worker, saying so: the briefing opens in the reader once found; else the
    /// picker lists the library and says why.
    pub fn finding(mut self, id: String) -> Session {
        if let Screen::Picker(picker) = &mut self.screen {
            picker.finding = Some(SafeText::excerpt(&id, ID_SHOWN_CHARS));
        }
        self.to_read = Some(FirstRead::Find(id));
        self
    }

    /// True while the library `brief` was started on is being listed: the loop waits a
    /// moment for it before the first frame, so that frame is the screen it leads to.
    pub(super) fn lists_library(&self) -> bool {
        matches!(&self.screen, Screen::Picker(picker) if picker.listing)
    }

    /// The first picker while it waits for its briefings to be listed or read, on screen or
    /// behind a screen opened from it.
    fn waiting_picker(&mut self) -> Option<&mut Screen> {
        std::iter::once(&mut self.screen)
            .chain(self.back.iter_mut())
            .find(|screen| matches!(screen, Screen::Picker(picker) if picker.waits()))
    }

    /// True when the first frame waits a moment for the library being listed: the config's
    /// (which usually holds the bundled briefing alone, shown in the reader without a flash of
    /// the picker), not folders named on the command line, whose picker is drawn at once and
    /// says it is reading them.
    pub(super) fn waits_for_library(&self) -> bool {
        self.lists_library() && self.listed.is_empty()
    }

    /// The library is what `paths` name (the files and folders a picker was opened on), not
    /// the config's folders.
    pub fn listing(mut self, paths: Vec<PathBuf>) -> Session {
        self.listed = paths;
        self
    }

    /// A session showing `screen`, reading source texts from each briefing's folder and
    /// `roots`.
    pub fn new(mut screen: Screen, config: Config, theme: Theme, roots: SourceRoots) -> Session {
        if let Screen::Reader(app, _) = &mut screen {
            app.serial = 1;
        }
        Session {
            screen,
            picker: None,
            chosen: None,
            listed: Vec::new(),
            to_read: None,
            back: Vec::new(),
            config,
            theme,
            roots,
            watcher: None,
            generation: 0,
            opening: None,
            store: None,
            indexing: None,
            next_serial: 1,
            size: Rect::default(),
            loads: Jobs::new("brief-loads"),
            sources: Jobs::new("brief-sources"),
            scans: Jobs::new("brief-library"),
            layouts: Jobs::new("brief-layouts"),
            indexes: Jobs::new("brief-search"),
            exports: Jobs::new("brief-exports"),
            exports_asked: 0,
            openers: Jobs::new("brief-opener"),
            opens_asked: 0,
            scan: None,
            reader_waits: false,
            change_reported: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Draws what is on screen.
    pub fn view(&self, frame: &mut ratatui::Frame) {
        match &self.screen {
            Screen::Picker(picker) => crate::ui::picker::draw(frame, picker, &self.theme),
            Screen::Library(view) => crate::ui::library::draw(frame, view, &self.theme),
            Screen::Reader(app, _) => crate::ui::draw(frame, app, &self.theme),
        }
    }

    /// Shows a message in the reader's status line.
    pub(super) fn notify(&mut self, message: String) {
        if let Screen::Reader(app, _) = &mut self.screen {
            app.notice = Some(message);
        }
    }

    /// Shows `screen` in place of the current one, which is kept to return to.
    fn push(&mut self, screen: Screen, tx: &Sender<Input>) {
        let previous = std::mem::replace(&mut self.screen, screen);
        self.back.push(previous);
        self.generation += 1;
        self.resize_screen();
        self.watch(tx);
    }

    /// Back to the screen the current one was opened from.
    pub(super) fn pop(&mut self, tx: &Sender<Input>) {
        let Some(previous) = self.back.pop() else {
            return;
        };
        if let Screen::Picker(picker) = std::mem::replace(&mut self.screen, previous) {
            self.picker = Some(picker);
        }
        self.generation += 1;
        self.resize_screen();
        self.watch(tx);
        // Its file was not watched while another screen was shown.
        if let Screen::Reader(app, _) = &self.screen {
            self.spawn_reload(tx, app.file_stamp);
        }
    }

    /// Work that may take a moment, asked of a worker once the screen shows the key that
    /// asked for it: the search index, when the search prompt has just opened.
    pub(super) fn after_draw(&mut self, tx: &Sender<Input>) {
        let Screen::Reader(app, _) = &mut self.screen else {
            return;
        };
        if !app.search.wants_index() {
            return;
        }
        let (serial, briefing, tx) = (app.serial, Arc::clone(&app.briefing), tx.clone());
        self.indexes.submit(serial, move |stale| {
            let index = Box::new(crate::app::search::index_of(&briefing));
            if !stale.is_stale() {
                let _ = tx.send(Input::SearchIndex {
                    serial,
                    briefing,
                    index,
                });
            }
        });
    }

    /// A search index built on a worker for the reader `serial`: installed when that reader
    /// still shows the briefing it was built for.
    pub(super) fn search_indexed(
        &mut self,
        serial: u64,
        briefing: &Arc<Briefing>,
        index: SearchIndex,
    ) -> Step {
        if let Some((app, _)) = self.reader_mut(serial)
            && Arc::ptr_eq(&app.briefing, briefing)
        {
            app.search.install(index);
        }
        Step::Continue
    }

    /// Tells the screen shown the terminal's size (it may have changed while it was away).
    fn resize_screen(&mut self) {
        let msg = Msg::Resize(self.size.width, self.size.height);
        match &mut self.screen {
            Screen::Picker(picker) => {
                picker.can_return = self.back.iter().any(|s| matches!(s, Screen::Reader(..)));
                picker.update(&msg);
            }
            Screen::Reader(app, _) => {
                app.update(msg);
            }
            Screen::Library(view) => {
                view.update(&msg);
            }
        }
    }

    /// Opens picker entry `entry` in the reader (once it is read), keeping the picker for `b`.
    pub(super) fn open(&mut self, entry: usize, tx: &Sender<Input>) {
        let Screen::Picker(picker) = &mut self.screen else {
            return;
        };
        let origin = picker.entries[entry].origin.clone();
        picker.notice = Some(format!("Opening {}…", origin.name()));
        self.opening = None;
        self.load(origin, tx);
    }

    /// Opens `origin` at the item `key`, keeping the current screen to return to.
    pub(super) fn open_at(&mut self, origin: Origin, key: ItemKey, tx: &Sender<Input>) {
        self.opening = Some(key);
        self.load(origin, tx);
    }

    /// Reads `origin` (and its file's stamp) on the loads worker, to open it; a later
    /// request to open one makes this one stale.
    fn load(&mut self, origin: Origin, tx: &Sender<Input>) {
        self.generation += 1;
        let generation = self.generation;
        let tx = tx.clone();
        self.loads.submit(Load::Open, move |stale| {
            let stamp = Stamp::of_origin(&origin);
            let result = origin.load_counted();
            if !stale.is_stale() {
                let _ = tx.send(Input::Loaded {
                    purpose: Purpose::Open(generation),
                    stamp,
                    result,
                    origin,
                });
            }
        });
    }

    /// Memory of the briefings just replaced goes back to the system, on the loads worker.
    fn give_back_memory(&mut self) {
        self.loads.submit(Load::GiveBack, |_| give_back_memory());
    }

    /// Gives `screen`, a new reader, its serial.
    fn adopt(&mut self, screen: &mut Screen) -> Option<u64> {
        let Screen::Reader(app, _) = screen else {
            return None;
        };
        self.next_serial += 1;
        app.serial = self.next_serial;
        Some(app.serial)
    }

    /// The reader `serial`, whether on screen or kept to return to.
    pub(super) fn reader_mut(&mut self, serial: u64) -> Option<(&mut App, &Origin)> {
        std::iter::once(&mut self.screen)
            .chain(self.back.iter_mut())
            .find_map(|screen| match screen {
                Screen::Reader(app, origin) if app.serial == serial => Some((&mut **app, &*origin)),
                _ => None,
            })
    }

    /// A briefing read for the latest request to open one: from the picker, the library list
    /// or another briefing.
    pub(super) fn opened(
        &mut self,
        generation: u64,
        origin: Origin,
        stamp: Option<Stamp>,
        result: Result<Briefing, LoadError>,
        tx: &Sender<Input>,
    ) -> Step {
        if generation != self.generation {
            return Step::Continue;
        }
        let briefing = match result {
            Ok(briefing) => briefing,
            Err(error) => {
                self.opening = None;
                let message = format!("Cannot open: {}", crate::diag::headline(&error.message));
                match &mut self.screen {
                    Screen::Picker(picker) => picker.notice = Some(message),
                    Screen::Library(view) => view.status = Some(message),
                    Screen::Reader(app, _) => app.notice = Some(message),
                }
                return Step::Continue;
            }
        };
        let mut reader = Screen::reader(briefing, origin, &self.config, self.size);
        let Some(serial) = self.adopt(&mut reader) else {
            return Step::Continue;
        };
        let key = self.opening.take();
        if let (Screen::Reader(app, _), Some(key)) = (&mut reader, &key) {
            app.opened_from_elsewhere = true;
            app.open_at(key);
        }
        if let Screen::Reader(app, _) = &mut reader {
            // `q` goes up to the screen it is opened from (see `leave`).
            app.leave_to = match &self.screen {
                Screen::Picker(_) => "picker",
                Screen::Library(_) => "list",
                Screen::Reader(..) => "back",
            };
        }
        match (&self.screen, key) {
            // From the picker: the picker is kept for `b` and `q`, not stacked.
            (Screen::Picker(_), None) => {
                self.back.clear();
                self.chosen = Some(serial);
                if let Screen::Picker(mut picker) = std::mem::replace(&mut self.screen, reader) {
                    // "Opening …" is done: back in the picker, its keys show again.
                    picker.notice = None;
                    self.picker = Some(picker);
                }
                self.generation += 1;
                self.resize_screen();
                self.watch(tx);
            }
            _ => self.push(reader, tx),
        }
        self.connect(serial, stamp);
        self.read_source(serial, tx);
        self.give_back_memory();
        Step::Continue
    }

    /// A new version of the reader `serial`'s file: shown in it (wherever it is), or its
    /// error noted while the last good version stays.
    pub(super) fn reloaded(
        &mut self,
        serial: u64,
        stamp: Option<Stamp>,
        result: Result<Briefing, LoadError>,
        tx: &Sender<Input>,
    ) -> Step {
        let Some((app, _)) = self.reader_mut(serial) else {
            return Step::Continue;
        };
        match result {
            Ok(briefing) => {
                app.replace_briefing(briefing);
                app.notice = Some("Reloaded".into());
                self.connect(serial, stamp);
                self.read_source(serial, tx);
                self.give_back_memory();
            }
            Err(error) => {
                app.notice = None;
                app.reload_error = Some(error);
            }
        }
        Step::Continue
    }

    /// Writes a Markdown report of `selection` into the config's export folder on the
    /// exports worker, never over an existing file: the status line says "Writing…", then
    /// what was written and where, the path whole.
    pub(super) fn export(&mut self, selection: crate::export::Selection, tx: &Sender<Input>) {
        use crate::export::{Format, Options, write_report};
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        let Some(folder) = self.config.export_dir.clone() else {
            app.notice = Some(
                "No folder for reports: this system names no documents or data folder; \
                 set export_dir in the config"
                    .into(),
            );
            return;
        };
        app.notice = Some("Writing…".into());
        let options = Options::new(Format::Markdown, origin);
        let (serial, briefing) = (app.serial, Arc::clone(&app.briefing));
        self.exports_asked += 1;
        let tx = tx.clone();
        self.exports.submit(self.exports_asked, move |_| {
            let what = selection.describe(&briefing);
            let (message, path) = match write_report(&folder, &briefing, &selection, &options) {
                Ok(path) => (format!("Wrote {what} to "), full_path(&path)),
                Err(error) => (
                    format!("Cannot write {what} ({}) in ", error.kind()),
                    full_path(&folder),
                ),
            };
            let _ = tx.send(Input::Exported {
                serial,
                message: format!("{message}{path}"),
                path: Some(path),
            });
        });
    }

    /// A report written on the exports worker for the reader `serial`, wherever it is now.
    pub(super) fn exported(&mut self, serial: u64, message: String, path: Option<String>) -> Step {
        if let Some((app, _)) = self.reader_mut(serial) {
            app.notice = Some(message);
            app.notice_tail = path;
        }
        Step::Continue
    }

    /// Opens `url` with the platform's opener on the openers worker; if that cannot be done,
    /// the reader says so, shows the link and offers it to copy.
    pub(super) fn open_link(&mut self, url: String, tx: &Sender<Input>) {
        let Screen::Reader(app, _) = &self.screen else {
            return;
        };
        let serial = app.serial;
        let tx = tx.clone();
        self.opens_asked += 1;
        self.openers.submit(self.opens_asked, move |_| {
            if let Err(error) = crate::effects::open_url(&url) {
                let _ = tx.send(Input::OpenFailed { serial, url, error });
            }
        });
    }

    /// The link `url` could not be opened for the reader `serial`: it is shown whole where
    /// the status line can, and `y` copies it.
    pub(super) fn open_failed(&mut self, serial: u64, url: String, error: String) -> Step {
        if let Some((app, _)) = self.reader_mut(serial) {
            app.offer_link(url, &error);
        }
        Step::Continue
    }

    /// `q` in a reader: up a level, as newsboat and mutt do: back to the screen it was opened
    /// from, else to the picker it was chosen in; quits only from a briefing opened directly.
    pub(super) fn leave(&mut self, tx: &Sender<Input>) -> Step {
        let chosen = matches!(&self.screen,
            Screen::Reader(app, _) if Some(app.serial) == self.chosen);
        if !self.back.is_empty() {
            self.pop(tx);
        } else if chosen && self.picker.is_some() {
            self.show_library(tx);
        } else {
            return Step::Quit;
        }
        Step::Continue
    }

    /// Reads the reader `serial`'s source texts on the sources worker, when a source of its
    /// briefing names a file; a later read for the same reader makes this one stale.
    pub(super) fn read_source(&mut self, serial: u64, tx: &Sender<Input>) {
        let roots = self.roots.clone();
        let Some((app, origin)) = self.reader_mut(serial) else {
            return;
        };
        let Some(path) = origin.path().cloned() else {
            return;
        };
        let reading = SourceTexts::reading(&app.briefing);
        let reads = reading.is_some();
        app.set_source(reading);
        if !reads {
            return;
        }
        let briefing = Arc::clone(&app.briefing);
        let tx = tx.clone();
        self.sources.submit(serial, move |stale| {
            let state = crate::provenance::of(&briefing, Some(&path), &roots);
            if !stale.is_stale() {
                let _ = tx.send(Input::Source { serial, state });
            }
        });
    }

    /// Takes each reader's request for a network layout to the layouts worker, with the
    /// reader's briefing (shared, not copied); a later request of the same reader (a resize)
    /// makes the one in flight stale.
    pub(super) fn lay_out(&mut self, tx: &Sender<Input>) {
        let requests: Vec<_> = std::iter::once(&mut self.screen)
            .chain(self.back.iter_mut())
            .filter_map(|screen| match screen {
                Screen::Reader(app, _) => {
                    let request = app.charts.take_request()?;
                    Some((app.serial, request, Arc::clone(&app.briefing)))
                }
                _ => None,
            })
            .collect();
        for (serial, request, briefing) in requests {
            let tx = tx.clone();
            self.layouts.submit(serial, move |stale| {
                let layout = NetworkLayout::new(&briefing, request.width, request.height);
                if stale.is_stale() {
                    return;
                }
                layout.draw_every_kind();
                if !stale.is_stale() {
                    let _ = tx.send(Input::Network {
                        serial,
                        number: request.number,
                        layout: Box::new(layout),
                    });
                }
            });
        }
    }

    /// A network laid out for the reader `serial`, wherever it is now.
    pub(super) fn network_laid_out(
        &mut self,
        serial: u64,
        number: u64,
        layout: NetworkLayout,
    ) -> Step {
        if let Some((app, _)) = self.reader_mut(serial) {
            app.charts.arrived(number, layout);
        }
        Step::Continue
    }

    /// A source text read for the reader `serial`, wherever it is now.
    pub(super) fn source_read(&mut self, serial: u64, state: Option<SourceTexts>) -> Step {
        if let Some((app, _)) = self.reader_mut(serial) {
            app.set_source(state);
        }
        Step::Continue
    }

    /// Returns to the picker (reading the library on a worker when the briefing was opened
    /// directly), keeping the reader behind it for Esc. While a read is in flight, a new
    /// request waits for it instead of starting another.
    pub(super) fn show_library(&mut self, tx: &Sender<Input>) {
        if let Some(picker) = self.picker.take() {
            self.push(Screen::Picker(picker), tx);
            // The briefing just read is no longer new or changed: the store, which answers in
            // order, says so after recording the read.
            self.ask_freshness();
            return;
        }
        if let Screen::Reader(app, _) = &mut self.screen {
            app.notice = Some("Reading the library…".into());
            self.reader_waits = true;
        }
        self.generation += 1;
        if self.scan.replace(self.generation).is_some() {
            return;
        }
        // The folders are listed on the worker too: no file system work on this thread.
        let (listed, folders) = (self.listed.clone(), library_folders(&self.config));
        self.read_library(tx, Wanted::Entries, move || {
            library::origins(&listed, &folders)
        });
    }

    /// Reads the first picker's briefings on a worker, when it was opened on several.
    pub(super) fn read_first_picker(&mut self, tx: &Sender<Input>) {
        let Some(first) = self.to_read.take() else {
            return;
        };
        self.generation += 1;
        self.scan = Some(self.generation);
        let wanted = match first {
            FirstRead::Origins(origins) => {
                return self.read_library(tx, Wanted::Entries, move || origins);
            }
            FirstRead::Library => Wanted::Alone,
            FirstRead::Find(id) => Wanted::Id(id),
        };
        let (listed, folders) = (self.listed.clone(), library_folders(&self.config));
        self.read_library(tx, wanted, move || library::origins(&listed, &folders));
    }

    /// Summarizes the briefings `origins` finds on the library worker, a few at a time, and
    /// sends them to the loop unless a later read made this one stale; the briefing `wanted`
    /// (found alone, or by its id) is loaded whole instead, to be opened in the reader.
    fn read_library(
        &mut self,
        tx: &Sender<Input>,
        wanted: Wanted,
        origins: impl FnOnce() -> Vec<Origin> + Send + 'static,
    ) {
        let tx = tx.clone();
        self.scans.submit((), move |stale| {
            let origins = origins();
            let _ = tx.send(Input::Listed {
                count: origins.len(),
            });
            if let (Wanted::Alone, [only @ (Origin::File(_) | Origin::Bundled(_))]) =
                (&wanted, &origins[..])
            {
                let _ = tx.send(Input::Alone {
                    stamp: Stamp::of_origin(only),
                    result: only.load(),
                    origin: only.clone(),
                });
                return;
            }
            let mut entries = Vec::with_capacity(origins.len());
            // A few files at a time: only their summaries are kept.
            for chunk in origins.chunks(SCAN_CHUNK) {
                if stale.is_stale() {
                    return;
                }
                entries.extend(library::scan(chunk.to_vec()));
            }
            let notice = match &wanted {
                Wanted::Id(id) => match found(id, &mut entries) {
                    Ok((origin, briefing)) => {
                        let _ = tx.send(Input::Alone {
                            stamp: Stamp::of_origin(&origin),
                            result: Ok(briefing),
                            origin,
                        });
                        return;
                    }
                    Err(notice) => Some(notice),
                },
                _ => None,
            };
            let _ = tx.send(Input::Library { entries, notice });
        });
    }

    /// The library read: shown in the picker if it is still the latest request, with the
    /// briefing being read listed even when it lies outside the library; `notice` is for the
    /// first picker's status line.
    pub(super) fn library_read(
        &mut self,
        mut entries: Vec<Entry>,
        notice: Option<String>,
        tx: &Sender<Input>,
    ) -> Step {
        // One read runs at a time: this is the one asked for last, done.
        let latest = self.scan.take() == Some(self.generation);
        // A reader that asked waits for the latest read, not for one made stale.
        let reader_waits = latest && std::mem::take(&mut self.reader_waits);
        let size = self.size;
        let mut shown = false;
        if let Some(Screen::Picker(picker)) = self.waiting_picker() {
            // The first picker, drawn before its briefings were read: filled even behind a
            // screen opened from it meanwhile (the library search).
            let can_return = picker.can_return;
            let first = if reader_waits {
                entries.clone()
            } else {
                std::mem::take(&mut entries)
            };
            **picker = Picker::new(first, size);
            picker.can_return = can_return;
            picker.notice = notice;
            shown = true;
        }
        if latest
            && (reader_waits || !shown)
            && let Screen::Reader(app, origin) = &mut self.screen
        {
            if matches!(origin, Origin::File(_)) && !entries.iter().any(|e| e.origin == *origin) {
                entries.push(Entry {
                    origin: origin.clone(),
                    summary: Ok(Summary::of(&app.briefing)),
                });
            }
            app.notice = None;
            let mut picker = Picker::new(entries, self.size);
            picker.select_origin(origin);
            self.push(Screen::Picker(Box::new(picker)), tx);
            shown = true;
        }
        if shown {
            self.ask_freshness();
            self.show_indexing();
        }
        Step::Continue
    }

    /// The library `brief` was started on is listed: with more than the bundled briefing, the
    /// first picker shows how many it is reading (and is drawn at once); the picker of
    /// `brief ID`, how many it is finding the id among.
    pub(super) fn library_listed(&mut self, count: usize) -> Step {
        if let Some(Screen::Picker(picker)) = self.waiting_picker()
            && (picker.listing && count != 1 || picker.finding.is_some())
        {
            picker.listing = false;
            picker.reading = Some(count);
        }
        Step::Continue
    }

    /// The one briefing the first picker's library holds (or the one `brief ID` named), loaded
    /// on the library worker: shown in the reader in place of the picker (wherever it is), as
    /// `brief` with no library (or `brief DIR` with one file) always has; one that does not
    /// load is listed in the picker with its error.
    pub(super) fn alone_read(
        &mut self,
        origin: Origin,
        stamp: Option<Stamp>,
        result: Result<Briefing, String>,
        tx: &Sender<Input>,
    ) -> Step {
        let briefing = match result {
            Ok(briefing) => briefing,
            Err(error) => {
                let entry = Entry {
                    origin,
                    summary: Err(error),
                };
                return self.library_read(vec![entry], None, tx);
            }
        };
        self.scan = None;
        let mut reader = Screen::reader(briefing, origin, &self.config, self.size);
        if let Screen::Reader(app, _) = &mut reader {
            // The reader a session starts with is serial 1.
            app.serial = 1;
        }
        let Some(first) = self.waiting_picker() else {
            return Step::Continue;
        };
        *first = reader;
        self.watch(tx);
        self.read_source(1, tx);
        self.connect(1, stamp);
        Step::Continue
    }

    /// Shows the library list in `mode`, keeping the current screen to return to.
    pub(super) fn show_list(&mut self, mode: Mode, tx: &Sender<Input>) {
        let mut view = LibraryView::new(mode, self.size);
        view.indexing = self.indexing;
        self.push(Screen::Library(Box::new(view)), tx);
    }

    /// Reads the open file again on a worker; a broken version leaves the old one on screen.
    pub(super) fn reload(&mut self, tx: &Sender<Input>) {
        let Screen::Reader(app, origin) = &mut self.screen else {
            return;
        };
        if origin.path().is_none() {
            app.notice = Some("The bundled briefing has no file to reload".into());
            return;
        }
        self.spawn_reload(tx, None);
    }

    /// Reads the open reader's file again on the loads worker, unless its stamp is still
    /// `unless`; a later reload of the same reader makes this one stale, so a storm of
    /// reloads reads the file once or twice, one read at a time.
    fn spawn_reload(&mut self, tx: &Sender<Input>, unless: Option<Stamp>) {
        let Screen::Reader(app, origin @ Origin::File(_)) = &self.screen else {
            return;
        };
        let (origin, serial) = (origin.clone(), app.serial);
        let tx = tx.clone();
        self.loads.submit(Load::Reload(serial), move |stale| {
            let stamp = Stamp::of_origin(&origin);
            if unless.is_some() && stamp == unless {
                return;
            }
            let result = origin.load_counted();
            if !stale.is_stale() {
                let _ = tx.send(Input::Loaded {
                    purpose: Purpose::Reload(serial),
                    stamp,
                    result,
                    origin,
                });
            }
        });
    }

    /// Watches the open file (through its folder, so editors that save by renaming are seen).
    pub(super) fn watch(&mut self, tx: &Sender<Input>) {
        self.watcher = None;
        let Screen::Reader(_, Origin::File(path)) = &self.screen else {
            return;
        };
        self.watcher = watch_file(path, tx.clone(), Arc::clone(&self.change_reported));
    }

    /// The loop has taken the watcher's report of a change: the next change is reported.
    pub(super) fn change_taken(&self) {
        self.change_reported.store(false, Ordering::Release);
    }

    /// Starts the analyst's store on a worker, indexing the library; without a data folder
    /// there is no store, and marks say so.
    pub(super) fn start_store(&mut self, tx: &Sender<Input>) {
        // The folders are listed on the store's worker: the first frame never waits for them.
        let listing = Listing::Find {
            paths: self.listed.clone(),
            folders: library_folders(&self.config),
        };
        let tx = tx.clone();
        self.store = StoreLink::start(listing, move |reply| {
            let _ = tx.send(Input::Store(reply));
        });
    }

    /// Lets the store finish what it was asked to write, waiting a moment at most; returns
    /// what it could not save.
    pub(super) fn finish_store(&mut self) -> Option<Unsaved> {
        self.store.take()?.finish()
    }

    /// Notes that the reader `serial`'s file was at `stamp` when read (else stats it now) and
    /// asks the store about its briefing.
    pub(super) fn connect(&mut self, serial: u64, stamp: Option<Stamp>) {
        let has_store = self.store.is_some();
        if let Some((app, origin)) = self.reader_mut(serial) {
            app.file_stamp = stamp.or_else(|| Stamp::of_origin(origin));
            if let (true, Some(stamp)) = (has_store, app.file_stamp) {
                app.connect_store(stamp);
            }
        }
        self.flush();
    }

    /// Carries every reader's requests to the store.
    pub(super) fn flush(&mut self) {
        let Some(link) = &mut self.store else {
            return;
        };
        let readers = std::iter::once(&mut self.screen)
            .chain(self.back.iter_mut())
            .filter_map(|screen| match screen {
                Screen::Reader(app, _) => Some(app),
                _ => None,
            });
        for app in readers {
            for request in app.take_requests() {
                link.send_for_reader(app.serial, request);
            }
        }
    }

    /// Asks the library's matches of `query`, for the list.
    pub(super) fn search_library(&mut self, query: String) {
        match &mut self.store {
            Some(link) => link.search(query),
            None => self.list_unavailable("no store is open"),
        }
    }

    /// Asks the dated events of `scope` across the library, for the list.
    pub(super) fn merged_timeline(&mut self, scope: TimelineScope) {
        match &mut self.store {
            Some(link) => link.timeline(scope),
            None => self.list_unavailable("no store is open"),
        }
    }

    fn list_unavailable(&mut self, message: &str) {
        if let Screen::Library(view) = &mut self.screen {
            view.unavailable(message);
        }
    }

    /// A reply from the store, handed to the screen it is for while that is still there.
    pub(super) fn store_reply(&mut self, reply: Reply) -> Step {
        let Some(delivery) = self.store.as_mut().and_then(|link| link.receive(reply)) else {
            return Step::Continue;
        };
        match delivery {
            Delivery::Waiting { serial, error } => {
                if let Some((app, _)) = self.reader_mut(serial) {
                    app.store_waiting(&error);
                }
            }
            Delivery::Reader {
                serial,
                about,
                answer,
            } => {
                if let Some((app, _)) = self.reader_mut(serial) {
                    app.store_answer(answer, about.as_ref());
                    self.flush();
                }
            }
            Delivery::List { ask, answer } => {
                if let Screen::Library(view) = &mut self.screen
                    && still_asks(view, &ask)
                {
                    match answer {
                        Ok(crate::store::Answer::Hits(hits)) => view.set_hits(hits),
                        Ok(crate::store::Answer::Timeline(rows)) => view.set_timeline(rows),
                        Ok(_) => {}
                        Err(error) => view.unavailable(&error.short()),
                    }
                }
            }
            Delivery::Indexing(indexing) => {
                self.indexing = indexing;
                self.show_indexing();
            }
            Delivery::Freshness(fresh) => {
                let pickers = std::iter::once(&mut self.screen)
                    .chain(self.back.iter_mut())
                    .filter_map(|s| match s {
                        Screen::Picker(p) => Some(p),
                        _ => None,
                    })
                    .chain(self.picker.as_mut());
                for picker in pickers {
                    picker.fresh = picker
                        .entries
                        .iter()
                        .map(|e| fresh.get(&e.origin).copied())
                        .collect();
                }
            }
        }
        Step::Continue
    }

    /// Shows how far the library's index is built (or that it is) in every picker and
    /// library list, on screen or behind.
    fn show_indexing(&mut self) {
        let indexing = self.indexing;
        let screens = std::iter::once(&mut self.screen).chain(self.back.iter_mut());
        for screen in screens {
            match screen {
                Screen::Picker(picker) => picker.indexing = indexing,
                Screen::Library(view) => view.indexing = indexing,
                Screen::Reader(..) => {}
            }
        }
        if let Some(picker) = &mut self.picker {
            picker.indexing = indexing;
        }
    }

    /// Asks which briefings are new or changed, for the picker.
    fn ask_freshness(&mut self) {
        if let Some(link) = &mut self.store {
            link.ask_freshness();
        }
    }
}

/// The briefing with id `id` among the library's `entries`, loaded whole; else what the
/// picker's status line says instead (an entry found that does not load then shows its error).
fn found(id: &str, entries: &mut [Entry]) -> Result<(Origin, Briefing), String> {
    let shown = SafeText::excerpt(id, ID_SHOWN_CHARS);
    let origin = match library::choose(Some(id), entries) {
        Ok(origin) => origin,
        Err(Unchosen::Shared(files)) => {
            // Their paths would not fit the status line: each entry names the other.
            return Err(format!(
                "{} briefings have the id \"{shown}\", each marked ⚠ same id: choose one",
                files.len(),
            ));
        }
        Err(_) => return Err(format!("no briefing with id \"{shown}\" in the library")),
    };
    match origin.load() {
        Ok(briefing) => Ok((origin, briefing)),
        Err(error) => {
            let notice = format!("Cannot open: {}", crate::diag::headline(&error));
            if let Some(entry) = entries.iter_mut().find(|entry| entry.origin == origin) {
                entry.summary = Err(error);
            }
            Err(notice)
        }
    }
}

/// Whether the library list `view` still asks `ask` (its query or scope is unchanged).
fn still_asks(view: &LibraryView, ask: &Ask) -> bool {
    match ask {
        Ask::Search(query) => view.mode == Mode::Search && view.query == *query,
        Ask::Timeline(scope) => view.mode.scope().is_some_and(|(s, _)| s == scope),
    }
}

/// Watches `path` and sends one [`Input::FileChanged`] per burst of changes: none while
/// `reported` is set (the loop has not taken the last report yet).
fn watch_file(
    path: &Path,
    tx: Sender<Input>,
    reported: Arc<AtomicBool>,
) -> Option<RecommendedWatcher> {
    let path = std::fs::canonicalize(path).ok()?;
    let folder: PathBuf = path.parent()?.to_path_buf();
    let name = path.file_name()?.to_owned();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && event.paths.iter().any(|p| p.file_name() == Some(&name))
            && (event.kind.is_modify() || event.kind.is_create() || event.kind.is_remove())
            && !reported.swap(true, Ordering::AcqRel)
        {
            let _ = tx.send(Input::FileChanged);
        }
    })
    .ok()?;
    watcher.watch(&folder, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// Gives the memory the allocator keeps after freeing back to the system: glibc keeps freed
/// memory in each thread's arena, so after a storm of reloads the process would stay at its
/// peak. Elsewhere, nothing to do.
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's own arenas to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A path as a message shows it: sanitized and whole (a status line cuts it in the middle,
/// never at the file name).
fn full_path(path: &Path) -> String {
    crate::text::SafeText::excerpt(&path.display().to_string(), usize::MAX).to_string()
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::store::Answer;

    /// The first two lines `session` draws, the first of the screen behind it (a picker)
    /// too, on 100 columns.
    fn top_lines(session: &mut Session) -> [String; 3] {
        let mut shown = Vec::new();
        for _ in 0..2 {
            let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
            terminal.draw(|frame| session.view(frame)).unwrap();
            let buffer = terminal.backend().buffer();
            shown.extend((0..2).map(|y| {
                let line: String = (0..100).map(|x| buffer[(x, y)].symbol()).collect();
                line.trim_end().to_owned()
            }));
            std::mem::swap(&mut session.screen, &mut session.back[0]);
        }
        [shown[0].clone(), shown[1].clone(), shown[2].clone()]
    }

    #[test]
    fn the_picker_and_the_library_search_say_how_far_the_index_is_built_until_it_is() {
        // More files than the store writes at once (1,024): its progress comes between.
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("library");
        crate::synthetic::write_small_library(&folder, 1_100).unwrap();
        let area = Rect::new(0, 0, 100, 20);
        let picker = Picker::new(Vec::new(), area);
        let mut view = LibraryView::new(Mode::Search, area);
        view.update(&Msg::Key(KeyEvent::new(
            KeyCode::Char('q'),
            KeyModifiers::NONE,
        )));
        let mut session = Session::new(
            Screen::Library(Box::new(view)),
            Config::default(),
            Theme::default(),
            SourceRoots::default(),
        );
        session.back.push(Screen::Picker(Box::new(picker)));
        let (tx, replies) = mpsc::channel();
        let listing = Listing::Origins(library::origins(&[folder], &[]));
        let store = dir.path().join("store.sqlite3");
        session.store = Some(StoreLink::start_at(store, listing, move |reply| {
            let _ = tx.send(reply);
        }));

        let mut shown = Vec::new();
        loop {
            let reply = replies
                .recv_timeout(Duration::from_secs(600))
                .expect("the refresh answers");
            let refreshed = matches!(reply.answer, Ok(Answer::Refreshed { .. }));
            session.store_reply(reply);
            shown.push(top_lines(&mut session));
            if refreshed {
                break;
            }
        }
        let (last, building) = shown.split_last().unwrap();
        // While files are written, how many; once all are, the merge that follows.
        let (finishing, writing) = building.split_last().unwrap();
        assert!(!writing.is_empty(), "{shown:#?}");
        for [_, search, picker] in writing {
            let (written, total) = picker
                .strip_prefix("brief: 0 briefings · indexing ")
                .and_then(|rest| rest.strip_suffix(" briefings…"))
                .and_then(|rest| rest.split_once(" of "))
                .unwrap_or_else(|| panic!("{shown:#?}"));
            assert_eq!(total, "1,100");
            assert_eq!(
                *search,
                format!("Searching… (indexing {written} of 1,100 briefings)")
            );
        }
        assert_eq!(finishing[2], "brief: 0 briefings · finishing the index…");
        assert_eq!(finishing[1], "Searching… (finishing the index)");
        // Built: both say what they said before.
        assert_eq!(last[2], "brief: 0 briefings");
        assert_eq!(last[1], "Searching…");
    }

    #[test]
    fn b_in_a_reader_opened_while_the_first_picker_reads_shows_the_library_once_it_is_read() {
        // The first picker waits for its briefings; a briefing was opened over it meanwhile
        // (from the library search), and its reader asks for the library (`b`).
        let area = Rect::new(0, 0, 100, 20);
        let mut first = Picker::new(Vec::new(), area);
        first.reading = Some(1);
        let (name, text) = crate::briefing::bundled::BUNDLED[0];
        let briefing = crate::briefing::load_bytes(name, text.as_bytes()).unwrap();
        let summary = Summary::of(&briefing);
        let config = Config::default();
        let reader = Screen::reader(briefing, Origin::Bundled(0), &config, area);
        let mut session = Session::new(reader, config, Theme::default(), SourceRoots::default());
        session.back.push(Screen::Picker(Box::new(first)));
        session.generation = 1;
        session.scan = Some(1);
        let (tx, _inputs) = mpsc::channel();
        session.show_library(&tx);

        // The first picker's read comes back: it fills that picker, and the library shows.
        let entries = vec![Entry {
            origin: Origin::Bundled(0),
            summary: Ok(summary),
        }];
        session.library_read(entries, None, &tx);
        let Screen::Picker(shown) = &session.screen else {
            panic!("the reader still waits for the library");
        };
        assert_eq!(shown.entries.len(), 1);
        assert!(
            matches!(&session.back[..], [Screen::Picker(first), Screen::Reader(app, _)]
            if !first.waits() && app.notice.is_none())
        );
    }
}
