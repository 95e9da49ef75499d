//! The link to the analyst's store: its worker, the route of each request, and the library it
//! searches. A reply comes back as a [`Delivery`] naming whom it is for; the session hands it
//! to that screen. The link knows no screen, so the reader and the lists never wait on it.

use std::collections::HashMap;
use std::sync::Arc;

use crate::app::library::LIMIT;
use crate::briefing::library::Origin;
use crate::store::{
    Access, ActorIdentity, Answer, Freshness, Indexing, LOCK_PATIENCE, Library, Listing, Reply,
    Request, Store, StoreError, Ticket, TimelineScope, Unsaved, Worker,
};

/// Whom an answer is for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Route {
    /// The reader `serial`; for an appearances request, the actor it was about.
    Reader {
        serial: u64,
        about: Option<ActorIdentity>,
    },
    /// The library list, while it still asks this.
    List(Ask),
    /// The link itself: the library was refreshed.
    Refresh,
    /// The pickers: which briefings are new or changed.
    Freshness,
}

/// What the library list asked: the answer is of use only while it still asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Ask {
    /// The matches of this query.
    Search(String),
    /// The merged timeline of this scope.
    Timeline(TimelineScope),
}

/// A reply from the store with whom it is for.
pub(super) enum Delivery {
    /// A final answer for the reader `serial` (for an appearances request, about this actor).
    Reader {
        serial: u64,
        about: Option<ActorIdentity>,
        answer: Result<Answer, StoreError>,
    },
    /// The reader `serial`'s write waits for another program's lock; the final answer
    /// follows.
    Waiting { serial: u64, error: StoreError },
    /// For the library list, if it still asks `ask`.
    List {
        ask: Ask,
        answer: Result<Answer, StoreError>,
    },
    /// Which of the library's briefings are new or changed since last opened.
    Freshness(HashMap<Origin, Freshness>),
    /// How far the library's index is being built; `None` once the refresh answered.
    Indexing(Option<Indexing>),
}

/// The store's worker and what is known through it.
pub(super) struct StoreLink {
    worker: Worker,
    routes: HashMap<Ticket, Route>,
    /// The library as last refreshed.
    library: Option<Arc<Library>>,
}

impl StoreLink {
    /// Starts the store's worker on the platform store (or `$BRIEF_STORE`) and has it index
    /// the briefings of `listing` (found on the worker); each reply is given to `deliver` (on
    /// the worker's thread).
    /// Without a data folder there is no store.
    pub(super) fn start(
        listing: Listing,
        deliver: impl Fn(Reply) + Send + 'static,
    ) -> Option<StoreLink> {
        Some(StoreLink::start_at(
            crate::store::default_path()?,
            listing,
            deliver,
        ))
    }

    /// [`StoreLink::start`] on the store at `path`.
    pub(super) fn start_at(
        path: std::path::PathBuf,
        listing: Listing,
        deliver: impl Fn(Reply) + Send + 'static,
    ) -> StoreLink {
        let worker = Worker::spawn(
            move || Store::open_patient(&path, Access::ReadWrite, LOCK_PATIENCE),
            deliver,
        );
        let mut link = StoreLink {
            worker,
            routes: HashMap::new(),
            library: None,
        };
        link.send(Request::Refresh(listing), Route::Refresh);
        link
    }

    /// Lets the store finish what it was asked to write, waiting a moment at most, then stops
    /// it; returns what it could not save.
    pub(super) fn finish(self) -> Option<Unsaved> {
        let unsaved = self.worker.finish();
        (!unsaved.is_empty()).then_some(unsaved)
    }

    fn send(&mut self, request: Request, route: Route) {
        // The worker answers only the latest of a list's questions: forget the others.
        if matches!(route, Route::List(_)) {
            self.routes.retain(|_, r| !matches!(r, Route::List(_)));
        }
        let ticket = self.worker.send(request);
        self.routes.insert(ticket, route);
    }

    /// Sends a request of the reader `serial`.
    pub(super) fn send_for_reader(&mut self, serial: u64, request: Request) {
        let about = match &request {
            Request::Appearances { actor, .. } => Some(actor.clone()),
            _ => None,
        };
        self.send(request, Route::Reader { serial, about });
    }

    /// Asks which briefings are new or changed, once the library is known.
    pub(super) fn ask_freshness(&mut self) {
        if self.library.is_some() {
            self.send(Request::Freshness, Route::Freshness);
        }
    }

    /// Asks for the library's matches of `query`, for the list.
    pub(super) fn search(&mut self, query: String) {
        let request = Request::Search {
            query: query.clone(),
            limit: LIMIT,
        };
        self.send(request, Route::List(Ask::Search(query)));
    }

    /// Asks for the dated events of `scope` across the library, for the list.
    pub(super) fn timeline(&mut self, scope: TimelineScope) {
        let request = Request::Timeline {
            scope: scope.clone(),
            limit: LIMIT * 10,
        };
        self.send(request, Route::List(Ask::Timeline(scope)));
    }

    /// Whom `reply` is for, or `None` when it is for no one now (an answer to a question no
    /// longer asked) or for the link itself (a refreshed library, after which it asks which
    /// briefings are fresh). A refresh's progress, and its end, are for every screen.
    pub(super) fn receive(&mut self, reply: Reply) -> Option<Delivery> {
        if reply.is_interim() {
            return match (self.routes.get(&reply.ticket), reply.answer) {
                (Some(Route::Reader { serial, .. }), Err(error)) => Some(Delivery::Waiting {
                    serial: *serial,
                    error,
                }),
                (Some(Route::Refresh), Ok(Answer::Indexing(indexing))) => {
                    Some(Delivery::Indexing(Some(indexing)))
                }
                _ => None,
            };
        }
        match (self.routes.remove(&reply.ticket)?, reply.answer) {
            (Route::Refresh, Ok(Answer::Refreshed { library, .. })) => {
                self.library = Some(library);
                self.ask_freshness();
                Some(Delivery::Indexing(None))
            }
            (Route::Refresh, _) => Some(Delivery::Indexing(None)),
            (Route::Freshness, Ok(Answer::Freshness(fresh))) => {
                let library = self.library.as_ref()?;
                let by_origin = library
                    .briefings()
                    .iter()
                    .zip(fresh)
                    .filter_map(|(b, f)| Some((b.origin.clone(), f?)))
                    .collect();
                Some(Delivery::Freshness(by_origin))
            }
            (Route::Freshness, _) => None,
            (Route::List(ask), answer) => Some(Delivery::List { ask, answer }),
            (Route::Reader { serial, about }, answer) => Some(Delivery::Reader {
                serial,
                about,
                answer,
            }),
        }
    }
}
