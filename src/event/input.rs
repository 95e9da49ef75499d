//! What wakes the loop and what the loop does next: the inputs that the terminal, signals, the
//! file watcher and the workers send, and the step a message leads to. A leaf: the session,
//! the store's link and the loop all speak it.

use ratatui::crossterm::event::Event;

use std::sync::Arc;

use crate::app::search::SearchIndex;
use crate::briefing::library::{Entry, Origin};
use crate::briefing::{Briefing, LoadError};
use crate::chart::network::NetworkLayout;
use crate::provenance::SourceTexts;
use crate::store::{Reply, Stamp};

/// Something the loop wakes up for.
pub(super) enum Input {
    /// A key, mouse, paste or resize event from the terminal.
    Terminal(Event),
    /// A signal was delivered (by another process, or one that stops or resumes the reader).
    Signal(i32),
    /// Ctrl-c, which the terminal driver delivers as SIGINT so that no input can swallow it:
    /// it quits from any screen, a prompt or an overlay included.
    Interrupt,
    /// The open file changed on disk.
    FileChanged,
    /// Reading the terminal failed (it went away).
    Closed(String),
    /// A briefing read on a worker thread, with its file's stamp.
    Loaded {
        purpose: Purpose,
        origin: Origin,
        stamp: Option<Stamp>,
        result: Result<Briefing, LoadError>,
    },
    /// The source texts read and matched on a worker thread for the reader `serial`.
    Source {
        serial: u64,
        state: Option<SourceTexts>,
    },
    /// How many briefings a library read found, before it reads them.
    Listed { count: usize },
    /// The library read on a worker thread, with what the first picker's status line says
    /// (why the briefing `brief ID` named was not opened).
    Library {
        entries: Vec<Entry>,
        notice: Option<String>,
    },
    /// The briefing a first library read found (alone, or by the id `brief ID` named), loaded
    /// on a worker thread, with its file's stamp.
    Alone {
        origin: Origin,
        stamp: Option<Stamp>,
        result: Result<Briefing, String>,
    },
    /// The network of the reader `serial` laid out on a worker thread, for its request
    /// `number`.
    Network {
        serial: u64,
        number: u64,
        layout: Box<NetworkLayout>,
    },
    /// A report written (or not) on a worker thread for the reader `serial`: what the status
    /// line says, and the path written, which it shows whole where it can.
    Exported {
        serial: u64,
        message: String,
        path: Option<String>,
    },
    /// The opener of a link for the reader `serial` could not be run or failed.
    OpenFailed {
        serial: u64,
        url: String,
        error: String,
    },
    /// The search index of the reader `serial`, built on a worker for `briefing` (a reload
    /// since makes it of no use).
    SearchIndex {
        serial: u64,
        briefing: Arc<Briefing>,
        index: Box<SearchIndex>,
    },
    /// An answer from the analyst's store.
    Store(Reply),
}

/// Why a briefing was read.
pub(super) enum Purpose {
    /// To open it, for request `generation` (a later request or screen makes it stale).
    Open(u64),
    /// To reload the reader `serial`, wherever it is.
    Reload(u64),
}

/// What the loop does after a message.
pub(super) enum Step {
    /// Wait for the next input.
    Continue,
    /// Leave `brief`.
    Quit,
    /// Repaint the whole screen.
    Repaint,
    /// Suspend to the shell.
    Suspend,
}
