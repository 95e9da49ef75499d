//! The store on its own thread, so the thread that handles keys never waits on the disk.
//!
//! How the reader uses it:
//!
//! 1. At start, [`Worker::spawn`] with a function that opens the store (for the reader
//!    `|| Store::open_patient(&path, Access::ReadWrite, LOCK_PATIENCE)`) and a `deliver`
//!    callback that forwards each [`Reply`] to the event loop (for example by sending it on
//!    the loop's input channel, which wakes it).
//! 2. Send [`Request::Refresh`] with the library's origins first: its [`Answer::Refreshed`]
//!    carries the [`Library`] (the picker's entries, without loading any file), and every
//!    later query searches that library. While it writes files to the index, interim
//!    [`Answer::Indexing`] replies to its ticket say how far it is (at most every
//!    [`INDEXING_EVERY`]).
//! 3. Each [`Worker::send`] returns a [`Ticket`]; replies carry it. Keep the ticket of the
//!    latest query of each kind and ignore replies to older ones. When several queries of
//!    one kind wait in the queue (keystrokes typed faster than answered), only the last is
//!    run; the others get no reply. A search under way when another is sent stops at its
//!    next row, also without a reply. Writes are never dropped and run in the order sent.
//! 4. An [`Answer`] is `Err(StoreError)` when the store cannot be used: show "marks
//!    unavailable" with the error's message and keep reading. A write that finds the store
//!    locked by another process (after [`LOCK_PATIENCE`]) is kept and tried again every
//!    [`RETRY`], with the writes sent after it, in order: its first reply says so
//!    ([`Reply::retrying`]) and a final reply follows once it is done.
//! 5. Items seen ([`Request::Seen`]) are written together once the reader pauses for
//!    [`SEEN_PAUSE`] (or at most [`SEEN_BATCH`] after the first), in one transaction: moving
//!    through a list costs one write per pause, not one per key. A process killed meanwhile
//!    shows that last batch as new again, nothing else.
//! 6. On quit, [`Worker::finish`]: a refresh in progress stops at the next file, queued
//!    writes are tried once more, and after at most [`QUIT_WAIT`] it returns what was never
//!    saved ([`Unsaved`]), to be named once the terminal is restored. (Dropping the worker
//!    instead leaves the thread to finish on its own.)

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;
use std::mem::discriminant;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{
    ActorIdentity, Appearance, BUSY_TIMEOUT, Flag, Freshness, Hit, Indexing, ItemKey, ItemKeys,
    Library, Mark, MarkKey, Note, Problem, RefreshReport, Sighting, Stamp, Store, StoreError,
    TimelineRow, TimelineScope,
};
use crate::briefing::library::Origin;

/// How long a request of the reader waits for another process's lock before it is reported
/// (and, for a write, kept to try again): the status line names the lock within a moment.
/// A library refresh, which nobody waits for, waits [`BUSY_TIMEOUT`].
pub const LOCK_PATIENCE: Duration = Duration::from_millis(500);

/// How often writes kept while the store is locked are tried again.
pub const RETRY: Duration = Duration::from_secs(1);

/// Longest [`Worker::finish`] waits for the writes still queued: quitting never waits on
/// the store longer.
pub const QUIT_WAIT: Duration = Duration::from_secs(1);

/// How long the worker waits for more items seen before writing those it has.
pub const SEEN_PAUSE: Duration = Duration::from_millis(300);

/// Longest the items seen wait to be written while the reader keeps moving.
pub const SEEN_BATCH: Duration = Duration::from_secs(2);

/// Least time between two [`Answer::Indexing`] replies of a refresh.
pub const INDEXING_EVERY: Duration = Duration::from_millis(250);

/// The briefings a refresh covers: given, or found by the worker, so that the thread asking
/// never walks a folder.
#[derive(Clone, Debug)]
pub enum Listing {
    /// These briefings.
    Origins(Vec<Origin>),
    /// The briefings of these files and folders, or when there are none, the bundled ones
    /// and those in the library's `folders`.
    Find {
        /// Files and folders named on the command line.
        paths: Vec<PathBuf>,
        /// The library's folders.
        folders: Vec<PathBuf>,
    },
}

impl Listing {
    /// The briefings, found now when they are to be found.
    fn origins(self) -> Vec<Origin> {
        match self {
            Listing::Origins(origins) => origins,
            Listing::Find { paths, folders } => crate::briefing::library::origins(&paths, &folders),
        }
    }
}

/// Numbers requests in the order sent.
pub type Ticket = u64;

/// What the reader asks of the store.
#[derive(Clone, Debug)]
pub enum Request {
    /// Bring the index up to date for these briefings; they become the library searched.
    Refresh(Listing),
    /// Search the library ([`Store::search`]).
    Search {
        /// As typed.
        query: String,
        /// Most hits.
        limit: usize,
    },
    /// An actor's quotes and events across the library ([`Store::appearances`]).
    Appearances {
        /// Who.
        actor: ActorIdentity,
        /// Most rows.
        limit: usize,
    },
    /// A merged timeline ([`Store::timeline`]).
    Timeline {
        /// Which events.
        scope: TimelineScope,
        /// Most rows.
        limit: usize,
    },
    /// Never opened / changed since opened, for every briefing of the library.
    Freshness,
    /// Every mark with where its item is ([`Store::notes`]).
    Notes,
    /// A briefing was opened: record it, and answer its new items and its marks.
    Open {
        /// The briefing's id.
        briefing: String,
        /// Its file's stamp now ([`Stamp::of_origin`]).
        stamp: Stamp,
        /// Its items' keys ([`ItemKeys::of`]).
        keys: Arc<ItemKeys>,
    },
    /// These items were seen: they are no longer new.
    Seen {
        /// The briefing's id.
        briefing: String,
        /// The items, with their parts ([`ItemKeys::sighting`]).
        items: Vec<Sighting>,
    },
    /// Turn a flag on or off.
    ToggleFlag {
        /// Which item.
        key: MarkKey,
        /// Which flag.
        flag: Flag,
    },
    /// Set (or with blank text, remove) a note.
    SetNote {
        /// Which item.
        key: MarkKey,
        /// The note.
        note: String,
    },
}

impl Request {
    /// True for a query whose answer a later query of the same kind makes stale.
    fn is_query(&self) -> bool {
        matches!(
            self,
            Request::Refresh(_)
                | Request::Search { .. }
                | Request::Appearances { .. }
                | Request::Timeline { .. }
                | Request::Freshness
                | Request::Notes
        )
    }
}

/// The store's answer to one request.
#[derive(Clone, Debug)]
pub enum Answer {
    /// To [`Request::Refresh`].
    Refreshed {
        /// The library now searched.
        library: Arc<Library>,
        /// What the refresh read.
        report: RefreshReport,
    },
    /// To [`Request::Refresh`], while it writes the files it read: how far it is. The
    /// refresh's answer follows.
    Indexing(Indexing),
    /// To [`Request::Search`].
    Hits(Vec<Hit>),
    /// To [`Request::Appearances`].
    Appearances(Vec<Appearance>),
    /// To [`Request::Timeline`].
    Timeline(Vec<TimelineRow>),
    /// To [`Request::Freshness`], in the library's order.
    Freshness(Vec<Option<Freshness>>),
    /// To [`Request::Notes`].
    Notes(Vec<Note>),
    /// To [`Request::Open`].
    Opened {
        /// Items added since the briefing was last read and not seen yet.
        new: Vec<ItemKey>,
        /// The briefing's marks (sort them with [`super::BriefingMarks::of`]).
        marks: Vec<Mark>,
    },
    /// To [`Request::Seen`].
    Seen,
    /// To [`Request::ToggleFlag`] and [`Request::SetNote`]: the mark as it now is.
    Marked(MarkKey, Option<Mark>),
}

/// An answer with the ticket of its request.
#[derive(Clone, Debug)]
pub struct Reply {
    /// The request's ticket.
    pub ticket: Ticket,
    /// The answer, or why the store cannot give one.
    pub answer: Result<Answer, StoreError>,
    /// True when `answer` is the error of a write that is kept and tried again (the store
    /// is locked by another process): another reply to the same ticket follows.
    pub retrying: bool,
}

impl Reply {
    /// True when another reply to the same ticket follows: a write kept while the store is
    /// locked ([`Reply::retrying`]) or a refresh's progress ([`Answer::Indexing`]).
    pub fn is_interim(&self) -> bool {
        self.retrying || matches!(self.answer, Ok(Answer::Indexing(_)))
    }
}

/// Writes sent and not (yet) done: what a quit would lose, named once the terminal is
/// restored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unsaved {
    /// Items whose flags or note were changed.
    pub marks: usize,
    /// Items seen (no longer new).
    pub seen: usize,
    /// Briefings opened (what is new in them next time).
    pub opened: usize,
    /// Why, when the store said.
    pub error: Option<StoreError>,
}

impl Unsaved {
    /// True when every write was done.
    pub fn is_empty(&self) -> bool {
        self.marks + self.seen + self.opened == 0
    }
}

impl fmt::Display for Unsaved {
    /// `2 marks and 1 item seen not saved: PATH: is locked by another process; …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = [
            (self.marks, "mark", "marks"),
            (self.seen, "item seen", "items seen"),
            (self.opened, "briefing opened", "briefings opened"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
        let listed = match parts.as_slice() {
            [] => "nothing".to_owned(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        match &self.error {
            Some(error) => write!(f, "{listed} not saved: {error}"),
            None => write!(f, "{listed} not saved: the store did not answer in time"),
        }
    }
}

/// A write the worker was given and has not done, for [`Unsaved`].
#[derive(Clone, Debug)]
enum Write {
    Mark(MarkKey),
    Seen(usize),
    Opened,
}

impl Write {
    /// The write `request` makes, if it is one.
    fn of(request: &Request) -> Option<Write> {
        Some(match request {
            Request::ToggleFlag { key, .. } | Request::SetNote { key, .. } => {
                Write::Mark(key.clone())
            }
            Request::Seen { items, .. } => Write::Seen(items.len()),
            Request::Open { .. } => Write::Opened,
            _ => return None,
        })
    }
}

/// The writes sent and not done, shared by the sender and the worker's thread.
#[derive(Debug, Default)]
struct Ledger {
    pending: BTreeMap<Ticket, Write>,
    /// The last error a write met.
    error: Option<StoreError>,
}

impl Ledger {
    fn unsaved(&self) -> Unsaved {
        let mut marks = BTreeSet::new();
        let mut unsaved = Unsaved {
            error: self.error.clone(),
            ..Unsaved::default()
        };
        for write in self.pending.values() {
            match write {
                Write::Mark(key) => {
                    marks.insert((&key.briefing, &key.item.kind, &key.item.id));
                }
                Write::Seen(items) => unsaved.seen += items,
                Write::Opened => unsaved.opened += 1,
            }
        }
        unsaved.marks = marks.len();
        unsaved
    }
}

/// Locks the ledger; a thread that panicked while holding it left it usable.
fn ledger(shared: &Mutex<Ledger>) -> std::sync::MutexGuard<'_, Ledger> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A thread owning one connection to the store.
pub struct Worker {
    requests: Option<Sender<(Ticket, Request)>>,
    next: Ticket,
    stop: Arc<AtomicBool>,
    /// The ticket of the latest search sent: any other search under way is stale.
    latest_search: Arc<AtomicU64>,
    ledger: Arc<Mutex<Ledger>>,
    /// Closed when the thread ends.
    done: Receiver<()>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts the thread: it opens the store with `open`, then answers each request through
    /// `deliver` (called on the worker's thread).
    pub fn spawn<O, D>(open: O, deliver: D) -> Worker
    where
        O: Fn() -> Result<Store, StoreError> + Send + 'static,
        D: FnMut(Reply) + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel::<()>();
        let stop = Arc::new(AtomicBool::new(false));
        let latest_search = Arc::new(AtomicU64::new(0));
        let ledger = Arc::new(Mutex::new(Ledger::default()));
        let serving = Serving {
            open: Box::new(open),
            deliver: Mutex::new(Box::new(deliver)),
            stop: Arc::clone(&stop),
            latest_search: Arc::clone(&latest_search),
            ledger: Arc::clone(&ledger),
        };
        let thread = std::thread::Builder::new()
            .name("brief-store".into())
            .spawn(move || {
                let _done = done_tx;
                serving.serve(&rx);
            })
            .ok();
        Worker {
            requests: Some(tx),
            next: 0,
            stop,
            latest_search,
            ledger,
            done,
            thread,
        }
    }

    /// Queues `request`; returns its ticket (replies come through `deliver`).
    pub fn send(&mut self, request: Request) -> Ticket {
        self.next += 1;
        if let Some(write) = Write::of(&request) {
            ledger(&self.ledger).pending.insert(self.next, write);
        }
        if matches!(request, Request::Search { .. }) {
            self.latest_search.store(self.next, Ordering::Relaxed);
        }
        if let Some(requests) = &self.requests {
            // A worker whose thread is gone has nothing to answer with: the request is lost
            // (and a write stays in the ledger, to be named as unsaved).
            let _ = requests.send((self.next, request));
        }
        self.next
    }

    /// Stops a refresh in progress at the next file, lets the queued writes be tried once
    /// more, and waits for the thread at most [`QUIT_WAIT`]; returns what was not saved.
    pub fn finish(mut self) -> Unsaved {
        self.stop.store(true, Ordering::Relaxed);
        self.requests = None;
        // The thread closes `done` as it ends; a thread still waiting on a lock is left to
        // the end of the process, and its write counts as not saved.
        if let Err(RecvTimeoutError::Disconnected) = self.done.recv_timeout(QUIT_WAIT)
            && let Some(thread) = self.thread.take()
        {
            let _ = thread.join();
        }
        ledger(&self.ledger).unsaved()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Forwards replies to the reader; shared with the thread that writes a refresh's files.
type Deliver = Mutex<Box<dyn FnMut(Reply) + Send>>;

/// Hands `reply` to `deliver`; a thread that panicked while delivering left it usable.
fn deliver(deliver: &Deliver, reply: Reply) {
    (deliver.lock().unwrap_or_else(PoisonError::into_inner))(reply);
}

/// What the worker's thread holds.
struct Serving {
    open: Box<dyn Fn() -> Result<Store, StoreError> + Send>,
    deliver: Deliver,
    stop: Arc<AtomicBool>,
    latest_search: Arc<AtomicU64>,
    ledger: Arc<Mutex<Ledger>>,
}

/// The worker's state between requests.
struct State {
    store: Result<Store, StoreError>,
    library: Arc<Library>,
    /// When the store was last opened (or tried).
    opened: Instant,
    /// Writes that found the store locked, with those sent after them, in order.
    kept: VecDeque<Kept>,
}

/// A write waiting for the store.
struct Kept {
    ticket: Ticket,
    request: Request,
    /// Whether its sender was told it waits.
    told: bool,
}

impl Serving {
    /// The worker's loop: take every waiting request, drop stale queries, answer the rest;
    /// while writes are kept, try them again every [`RETRY`]. When the sender is gone (a
    /// quit), the kept writes are tried once more.
    fn serve(mut self, requests: &Receiver<(Ticket, Request)>) {
        let mut state = State {
            store: (self.open)(),
            library: Arc::new(Library::default()),
            opened: Instant::now(),
            kept: VecDeque::new(),
        };
        loop {
            let first = if state.kept.is_empty() {
                requests.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                requests.recv_timeout(RETRY)
            };
            let first = match first {
                Ok(first) => Some(first),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => {
                    self.write_kept(&mut state);
                    return;
                }
            };
            let mut batch: Vec<(Ticket, Request)> =
                first.into_iter().chain(requests.try_iter()).collect();
            self.gather_seen(requests, &mut batch);
            let batch = self.merge_seen(batch);
            self.run(&mut state, batch);
            self.write_kept(&mut state);
        }
    }

    /// While the batch ends in items seen, waits for the reader to pause ([`SEEN_PAUSE`],
    /// at most [`SEEN_BATCH`] in all) and takes what is sent meanwhile, up to the first
    /// request that is not an item seen.
    fn gather_seen(
        &self,
        requests: &Receiver<(Ticket, Request)>,
        batch: &mut Vec<(Ticket, Request)>,
    ) {
        let started = Instant::now();
        let ends_seen =
            |batch: &[(Ticket, Request)]| matches!(batch.last(), Some((_, Request::Seen { .. })));
        while ends_seen(batch) && !self.stop.load(Ordering::Relaxed) {
            let left = SEEN_BATCH.saturating_sub(started.elapsed());
            match requests.recv_timeout(SEEN_PAUSE.min(left)) {
                Ok(next) => {
                    batch.push(next);
                    batch.extend(requests.try_iter());
                }
                Err(_) => return,
            }
        }
    }

    /// Items seen sent one after another for one briefing become one write, under the first
    /// ticket: the ledger counts them there, and the other tickets are answered at once.
    fn merge_seen(&mut self, batch: Vec<(Ticket, Request)>) -> Vec<(Ticket, Request)> {
        let mut merged: Vec<(Ticket, Request)> = Vec::with_capacity(batch.len());
        for (ticket, request) in batch {
            if let (
                Some((first, Request::Seen { briefing, items })),
                Request::Seen {
                    briefing: next_briefing,
                    items: next_items,
                },
            ) = (merged.last_mut(), &request)
                && briefing == next_briefing
            {
                items.extend(next_items.iter().cloned());
                {
                    let mut ledger = ledger(&self.ledger);
                    ledger.pending.remove(&ticket);
                    ledger.pending.insert(*first, Write::Seen(items.len()));
                }
                deliver(
                    &self.deliver,
                    Reply {
                        ticket,
                        answer: Ok(Answer::Seen),
                        retrying: false,
                    },
                );
                continue;
            }
            merged.push((ticket, request));
        }
        merged
    }

    /// Answers a batch of requests in order; writes go behind any that are kept.
    fn run(&mut self, state: &mut State, batch: Vec<(Ticket, Request)>) {
        let stopping = self.stop.load(Ordering::Relaxed);
        let kinds: Vec<_> = batch.iter().map(|(_, r)| discriminant(r)).collect();
        for (ix, (ticket, request)) in batch.into_iter().enumerate() {
            if !request.is_query() {
                state.kept.push_back(Kept {
                    ticket,
                    request,
                    told: false,
                });
                self.write_kept(state);
                continue;
            }
            // A quit needs no answers; a later query of the same kind makes this one stale.
            if stopping || kinds[ix + 1..].contains(&kinds[ix]) {
                continue;
            }
            let latest_search = Arc::clone(&self.latest_search);
            let stale = move || latest_search.load(Ordering::Relaxed) != ticket;
            // A search made stale while under way gives up, unanswered.
            let Some(answer) = self.answer(state, ticket, request, &stale).transpose() else {
                continue;
            };
            deliver(
                &self.deliver,
                Reply {
                    ticket,
                    answer,
                    retrying: false,
                },
            );
        }
    }

    /// Does the kept writes in order until one finds the store locked: that one and those
    /// after it stay kept, and each is told so once. While quitting nothing is kept.
    fn write_kept(&mut self, state: &mut State) {
        while let Some(kept) = state.kept.pop_front() {
            // Only a search goes unanswered (a write stays in the ledger, as unsaved).
            let Some(answer) = self
                .answer(state, kept.ticket, kept.request.clone(), &|| false)
                .transpose()
            else {
                continue;
            };
            match &answer {
                Ok(_) => {
                    ledger(&self.ledger).pending.remove(&kept.ticket);
                }
                Err(error) => ledger(&self.ledger).error = Some(error.clone()),
            }
            if let Err(error) = &answer
                && error.problem == Problem::Locked
            {
                state.kept.push_front(kept);
                if !self.stop.load(Ordering::Relaxed) {
                    for kept in state.kept.iter_mut().filter(|k| !k.told) {
                        kept.told = true;
                        deliver(
                            &self.deliver,
                            Reply {
                                ticket: kept.ticket,
                                answer: Err(error.clone()),
                                retrying: true,
                            },
                        );
                    }
                }
                return;
            }
            deliver(
                &self.deliver,
                Reply {
                    ticket: kept.ticket,
                    answer,
                    retrying: false,
                },
            );
        }
    }

    /// Runs one request on the store, opening it again first if a lock stopped it before
    /// (at most every [`RETRY`]); `None` for a search given up as `stale`. A refresh's
    /// progress goes to the reader as it writes, under `ticket`, at most every
    /// [`INDEXING_EVERY`] (and once all is written).
    fn answer(
        &self,
        state: &mut State,
        ticket: Ticket,
        request: Request,
        stale: &dyn Fn() -> bool,
    ) -> Result<Option<Answer>, StoreError> {
        if matches!(&state.store, Err(e) if e.problem == Problem::Locked)
            && state.opened.elapsed() >= RETRY
        {
            state.store = (self.open)();
            state.opened = Instant::now();
        }
        let store = state.store.as_mut().map_err(|e| e.clone())?;
        // A refresh waits as long as any write of another process takes; the reader's
        // requests only a moment.
        let patience = match request {
            Request::Refresh(_) => BUSY_TIMEOUT,
            _ => LOCK_PATIENCE,
        };
        store
            .conn
            .busy_timeout(patience)
            .map_err(|error| store.fail(error))?;
        let (told, sink) = (Mutex::new(None::<Instant>), &self.deliver);
        let progress = |indexing: Indexing| {
            let mut told = told.lock().unwrap_or_else(PoisonError::into_inner);
            // The last is always told: the index's final merge follows it.
            let last = indexing.written >= indexing.total;
            if !last && told.is_some_and(|at| at.elapsed() < INDEXING_EVERY) {
                return;
            }
            *told = Some(Instant::now());
            let answer = Ok(Answer::Indexing(indexing));
            let retrying = false;
            deliver(
                sink,
                Reply {
                    ticket,
                    answer,
                    retrying,
                },
            );
        };
        answer(
            store,
            &mut state.library,
            request,
            &self.stop,
            stale,
            &progress,
        )
    }
}

/// Runs one request; `None` for a search given up as `stale`. A refresh tells `progress` how
/// far it is.
fn answer(
    store: &mut Store,
    library: &mut Arc<Library>,
    request: Request,
    stop: &AtomicBool,
    stale: &dyn Fn() -> bool,
    progress: &(dyn Fn(Indexing) + Sync),
) -> Result<Option<Answer>, StoreError> {
    Ok(Some(match request {
        Request::Refresh(listing) => {
            let (refreshed, report) = store.refresh_until(&listing.origins(), stop, progress)?;
            *library = Arc::new(refreshed);
            Answer::Refreshed {
                library: Arc::clone(library),
                report,
            }
        }
        Request::Search { query, limit } => {
            match store.search_unless(library, &query, limit, stale)? {
                Some(hits) => Answer::Hits(hits),
                None => return Ok(None),
            }
        }
        Request::Appearances { actor, limit } => {
            Answer::Appearances(store.appearances(library, &actor, limit)?)
        }
        Request::Timeline { scope, limit } => {
            Answer::Timeline(store.timeline(library, &scope, limit)?)
        }
        Request::Freshness => Answer::Freshness(store.freshness(library)?),
        Request::Notes => Answer::Notes(store.notes(library)?),
        Request::Open {
            briefing,
            stamp,
            keys,
        } => Answer::Opened {
            new: store.record_open(&briefing, stamp, &keys)?,
            marks: store.marks(&briefing)?,
        },
        Request::Seen { briefing, items } => {
            store.mark_seen(&briefing, &items)?;
            Answer::Seen
        }
        Request::ToggleFlag { key, flag } => {
            let mark = store.toggle_flag(&key, flag)?;
            Answer::Marked(key, mark)
        }
        Request::SetNote { key, note } => {
            let mark = store.set_note(&key, &note)?;
            Answer::Marked(key, mark)
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Access, ItemKind};
    use std::time::Duration;

    /// A worker on the store at `path`, and the channel its replies come on.
    fn spawn(path: &std::path::Path) -> (Worker, Receiver<Reply>) {
        let (tx, rx) = mpsc::channel();
        let path = path.to_owned();
        let worker = Worker::spawn(
            move || Store::open_patient(&path, Access::ReadWrite, LOCK_PATIENCE),
            move |reply| {
                let _ = tx.send(reply);
            },
        );
        (worker, rx)
    }

    fn flag(id: &str) -> Request {
        Request::ToggleFlag {
            key: MarkKey {
                briefing: "b".into(),
                item: ItemKey {
                    kind: ItemKind::Quote,
                    id: id.into(),
                },
            },
            flag: Flag::Key,
        }
    }

    #[test]
    fn a_write_the_store_is_locked_for_is_kept_said_so_and_named_at_quit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        drop(Store::open(&path).unwrap());
        let lock = rusqlite::Connection::open(&path).unwrap();
        lock.execute_batch("BEGIN EXCLUSIVE").unwrap();

        let (mut worker, rx) = spawn(&path);
        let first = worker.send(flag("q1"));
        let second = worker.send(flag("q2"));
        let wait = || rx.recv_timeout(Duration::from_secs(20)).expect("a reply");
        for ticket in [first, second] {
            let reply = wait();
            assert_eq!(reply.ticket, ticket);
            assert!(reply.retrying);
            assert_eq!(reply.answer.unwrap_err().problem, Problem::Locked);
        }

        // The lock goes: the first is done, then the second, in order.
        drop(lock);
        for ticket in [first, second] {
            let reply = wait();
            assert_eq!(reply.ticket, ticket);
            assert!(!reply.retrying);
            assert!(matches!(reply.answer, Ok(Answer::Marked(..))));
        }
        assert!(worker.finish().is_empty());

        // Locked again at quit: finish names the mark it could not save.
        let lock = rusqlite::Connection::open(&path).unwrap();
        lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let (mut worker, _rx) = spawn(&path);
        worker.send(flag("q3"));
        worker.send(flag("q3"));
        worker.send(Request::Seen {
            briefing: "b".into(),
            items: vec![Sighting {
                key: ItemKey::new(ItemKind::Actor, "a"),
                parts: Vec::new(),
            }],
        });
        let unsaved = worker.finish();
        assert_eq!((unsaved.marks, unsaved.seen, unsaved.opened), (1, 1, 0));
        let message = unsaved.to_string();
        assert!(
            message.starts_with("1 mark and 1 item seen not saved: ")
                && message.contains("is locked by another process"),
            "{message}"
        );
        drop(lock);
    }

    fn seen(id: &str) -> Request {
        Request::Seen {
            briefing: "b".into(),
            items: vec![Sighting {
                key: ItemKey::new(ItemKind::Quote, id),
                parts: Vec::new(),
            }],
        }
    }

    #[test]
    fn items_seen_in_a_run_of_keys_are_written_together_and_none_is_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        let (mut worker, rx) = spawn(&path);
        let tickets: Vec<Ticket> = (0..50)
            .map(|n| worker.send(seen(&format!("q{n}"))))
            .collect();
        let replies: Vec<Reply> = (0..50)
            .map(|_| rx.recv_timeout(Duration::from_secs(20)).expect("a reply"))
            .collect();
        // The first carries the one write, answered once it is done; the rest were merged
        // into it and answered at once.
        assert_eq!(replies.last().unwrap().ticket, tickets[0]);
        assert!(replies.iter().all(|r| matches!(r.answer, Ok(Answer::Seen))));
        assert!(worker.finish().is_empty());
        let conn = rusqlite::Connection::open(&path).unwrap();
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM seen WHERE briefing = 'b'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(rows, 50);

        // Locked: the merged batch is still counted item by item at quit.
        let lock = rusqlite::Connection::open(&path).unwrap();
        lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let (mut worker, _rx) = spawn(&path);
        for n in 0..7 {
            worker.send(seen(&format!("r{n}")));
        }
        assert_eq!(worker.finish().seen, 7);
        drop(lock);
    }
}
