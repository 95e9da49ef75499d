//! The session's side of the analyst's store: its worker, which screen each answer is for,
//! and the library it searches. The reader and the lists never wait on it.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::Sender;

use super::session::Session;
use super::{Input, Screen, Step, library_folders};
use crate::app::library::{LIMIT, LibraryView, Mode};
use crate::briefing::library::{self, Origin};
use crate::store::{
    Access, ActorIdentity, Answer, Freshness, LOCK_PATIENCE, Library, Reply, Request, Stamp, Store,
    Ticket, TimelineScope, Unsaved, Worker,
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
    /// The session: the library was refreshed.
    Refresh,
    /// The picker: which briefings are new or changed.
    Freshness,
}

/// The store's worker and what the session knows through it.
pub(super) struct StoreLink {
    worker: Worker,
    routes: HashMap<Ticket, Route>,
    /// The library as last refreshed.
    library: Option<Arc<Library>>,
}

/// What the library list asked: the answer is of use only while it still asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Ask {
    /// The matches of this query.
    Search(String),
    /// The merged timeline of this scope.
    Timeline(TimelineScope),
}

impl StoreLink {
    fn send(&mut self, request: Request, route: Route) {
        // The worker answers only the latest of a list's questions: forget the others.
        if matches!(route, Route::List(_)) {
            self.routes.retain(|_, r| !matches!(r, Route::List(_)));
        }
        let ticket = self.worker.send(request);
        self.routes.insert(ticket, route);
    }
}

impl Session {
    /// Starts the store's worker on the platform store (or `$BRIEF_STORE`) and has it index
    /// the library; without a data folder there is no store, and marks say so.
    pub(super) fn start_store(&mut self, tx: &Sender<Input>) {
        let Some(path) = crate::store::default_path() else {
            return;
        };
        let tx = tx.clone();
        let worker = Worker::spawn(
            move || Store::open_patient(&path, Access::ReadWrite, LOCK_PATIENCE),
            move |reply| {
                let _ = tx.send(Input::Store(reply));
            },
        );
        let mut link = StoreLink {
            worker,
            routes: HashMap::new(),
            library: None,
        };
        let origins = library::origins(&[], &library_folders(&self.config));
        link.send(Request::Refresh(origins), Route::Refresh);
        self.store = Some(link);
    }

    /// Lets the store finish what it was asked to write, waiting a moment at most, then
    /// stops it; returns what it could not save.
    pub(super) fn finish_store(&mut self) -> Option<Unsaved> {
        let unsaved = self.store.take()?.worker.finish();
        (!unsaved.is_empty()).then_some(unsaved)
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
                let about = match &request {
                    Request::Appearances { actor, .. } => Some(actor.clone()),
                    _ => None,
                };
                let route = Route::Reader {
                    serial: app.serial,
                    about,
                };
                link.send(request, route);
            }
        }
    }

    /// Asks which briefings are new or changed, for the picker.
    pub(super) fn ask_freshness(&mut self) {
        if let Some(link) = &mut self.store
            && link.library.is_some()
        {
            link.send(Request::Freshness, Route::Freshness);
        }
    }

    /// Asks for the library's matches of `query`.
    pub(super) fn search_library(&mut self, query: String) {
        match &mut self.store {
            Some(link) => link.send(
                Request::Search {
                    query: query.clone(),
                    limit: LIMIT,
                },
                Route::List(Ask::Search(query)),
            ),
            None => self.list_unavailable("no store is open"),
        }
    }

    /// Asks for the dated events of `scope` across the library.
    pub(super) fn merged_timeline(&mut self, scope: TimelineScope) {
        match &mut self.store {
            Some(link) => link.send(
                Request::Timeline {
                    scope: scope.clone(),
                    limit: LIMIT * 10,
                },
                Route::List(Ask::Timeline(scope)),
            ),
            None => self.list_unavailable("no store is open"),
        }
    }

    fn list_unavailable(&mut self, message: &str) {
        if let Screen::Library(view) = &mut self.screen {
            view.unavailable(message);
        }
    }

    /// An answer from the store: given to the screen it is for, if that is still on screen.
    pub(super) fn store_reply(&mut self, reply: Reply) -> Step {
        let Some(link) = &mut self.store else {
            return Step::Continue;
        };
        if reply.retrying {
            // A write waits for another process's lock: its reader says so, and the final
            // answer follows.
            if let (Some(Route::Reader { serial, .. }), Err(error)) =
                (link.routes.get(&reply.ticket).cloned(), &reply.answer)
                && let Some((app, _)) = self.reader_mut(serial)
            {
                app.store_waiting(error);
            }
            return Step::Continue;
        }
        let Some(route) = link.routes.remove(&reply.ticket) else {
            return Step::Continue;
        };
        match (route, reply.answer) {
            (Route::Refresh, Ok(Answer::Refreshed { library, .. })) => {
                link.library = Some(library);
                self.ask_freshness();
            }
            (Route::Refresh | Route::Freshness, Err(_)) => {}
            (Route::Freshness, Ok(Answer::Freshness(fresh))) => self.show_freshness(&fresh),
            (Route::List(ask), answer) => {
                if let Screen::Library(view) = &mut self.screen
                    && still_asks(view, &ask)
                {
                    match answer {
                        Ok(Answer::Hits(hits)) => view.set_hits(hits),
                        Ok(Answer::Timeline(rows)) => view.set_timeline(rows),
                        Ok(_) => {}
                        Err(error) => view.unavailable(&error.short()),
                    }
                }
            }
            (Route::Reader { serial, about }, answer) => {
                if let Some((app, _)) = self.reader_mut(serial) {
                    app.store_answer(answer, about.as_ref());
                    self.flush();
                }
            }
            _ => {}
        }
        Step::Continue
    }

    /// Marks the picker's briefings never opened or changed since last opened.
    fn show_freshness(&mut self, fresh: &[Option<Freshness>]) {
        let Some(library) = self.store.as_ref().and_then(|l| l.library.clone()) else {
            return;
        };
        let by_origin: HashMap<&Origin, Freshness> = library
            .briefings()
            .iter()
            .zip(fresh)
            .filter_map(|(b, f)| Some((&b.origin, (*f)?)))
            .collect();
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
                .map(|e| by_origin.get(&e.origin).copied())
                .collect();
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
