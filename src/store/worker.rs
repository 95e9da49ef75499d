//! The store on its own thread, so the thread that handles keys never waits on the disk.
//!
//! How the reader uses it:
//!
//! 1. At start, [`Worker::spawn`] with a function that opens the store (usually
//!    `|| Store::open(&path)`) and a `deliver` callback that forwards each [`Reply`] to the
//!    event loop (for example by sending it on the loop's input channel, which wakes it).
//! 2. Send [`Request::Refresh`] with the library's origins first: its [`Answer::Refreshed`]
//!    carries the [`Library`] (the picker's entries, without loading any file), and every
//!    later query searches that library.
//! 3. Each [`Worker::send`] returns a [`Ticket`]; replies carry it. Keep the ticket of the
//!    latest query of each kind and ignore replies to older ones. When several queries of
//!    one kind wait in the queue (keystrokes typed faster than answered), only the last is
//!    run; the others get no reply. Writes are never dropped and run in the order sent.
//! 4. An [`Answer`] is `Err(StoreError)` when the store cannot be used: show "marks
//!    unavailable" with the error's message and keep reading. After a [`Problem::Locked`]
//!    the worker tries to open the store again at the next request.
//! 5. On quit, [`Worker::finish`]: a refresh in progress stops at the next file, queued
//!    writes are done, then the thread ends. (Dropping the worker instead leaves the
//!    thread to finish on its own.)

use std::mem::discriminant;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::{
    ActorIdentity, Appearance, Flag, Freshness, Hit, ItemKey, ItemKeys, Library, Mark, MarkKey,
    Note, Problem, RefreshReport, Stamp, Store, StoreError, TimelineRow, TimelineScope,
};
use crate::briefing::library::Origin;

/// Numbers requests in the order sent.
pub type Ticket = u64;

/// What the reader asks of the store.
#[derive(Clone, Debug)]
pub enum Request {
    /// Bring the index up to date for these briefings; they become the library searched.
    Refresh(Vec<Origin>),
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
        /// The items.
        items: Vec<ItemKey>,
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
}

/// A thread owning one connection to the store.
pub struct Worker {
    requests: Option<Sender<(Ticket, Request)>>,
    next: Ticket,
    stop: Arc<AtomicBool>,
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
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("brief-store".into())
            .spawn(move || serve(open, deliver, &rx, &flag))
            .ok();
        Worker {
            requests: Some(tx),
            next: 0,
            stop,
            thread,
        }
    }

    /// Queues `request`; returns its ticket (replies come through `deliver`).
    pub fn send(&mut self, request: Request) -> Ticket {
        self.next += 1;
        if let Some(requests) = &self.requests {
            // A worker whose thread is gone has nothing to answer with: the request is lost,
            // as the store would be unusable anyway.
            let _ = requests.send((self.next, request));
        }
        self.next
    }

    /// Stops a refresh in progress at the next file, lets queued writes finish, and waits
    /// for the thread to end.
    pub fn finish(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The worker's loop: take every waiting request, drop stale queries, answer the rest.
fn serve(
    open: impl Fn() -> Result<Store, StoreError>,
    mut deliver: impl FnMut(Reply),
    requests: &Receiver<(Ticket, Request)>,
    stop: &AtomicBool,
) {
    let mut store = open();
    let mut library = Arc::new(Library::default());
    while let Ok(first) = requests.recv() {
        let batch: Vec<(Ticket, Request)> =
            std::iter::once(first).chain(requests.try_iter()).collect();
        let kinds: Vec<_> = batch.iter().map(|(_, r)| discriminant(r)).collect();
        for (ix, (ticket, request)) in batch.into_iter().enumerate() {
            if request.is_query() && kinds[ix + 1..].contains(&kinds[ix]) {
                continue;
            }
            if matches!(&store, Err(e) if e.problem == Problem::Locked) {
                store = open();
            }
            let answer = match &mut store {
                Ok(store) => answer(store, &mut library, request, stop),
                Err(error) => Err(error.clone()),
            };
            deliver(Reply { ticket, answer });
        }
    }
}

/// Runs one request.
fn answer(
    store: &mut Store,
    library: &mut Arc<Library>,
    request: Request,
    stop: &AtomicBool,
) -> Result<Answer, StoreError> {
    Ok(match request {
        Request::Refresh(origins) => {
            let (refreshed, report) = store.refresh_until(&origins, stop)?;
            *library = Arc::new(refreshed);
            Answer::Refreshed {
                library: Arc::clone(library),
                report,
            }
        }
        Request::Search { query, limit } => Answer::Hits(store.search(library, &query, limit)?),
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
    })
}
