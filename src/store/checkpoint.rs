//! Checkpoints beside a long write: while a refresh writes batch after batch, copying each
//! committed batch from the write-ahead log into the store file (and the file syncs that go
//! with it) is done by a second connection on a thread of its own, not by the writer at its
//! next commit.

use std::path::Path;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

use rusqlite::Connection;

/// A thread that checkpoints the store's log each time it is told a batch was committed.
pub(super) struct Checkpointer {
    committed: SyncSender<()>,
    thread: JoinHandle<()>,
    /// The writer connection's own `wal_autocheckpoint`, put back by [`Checkpointer::finish`].
    pages: i64,
}

impl Checkpointer {
    /// Starts checkpointing the store at `path` beside `writer`, whose own checkpoints at
    /// commit are turned off until [`Checkpointer::finish`]. `None` (and nothing changed)
    /// when the second connection cannot be had: the writer then checkpoints as before.
    pub(super) fn start(writer: &Connection, path: &Path) -> Option<Checkpointer> {
        let reader = Connection::open(path).ok()?;
        let pages: i64 = writer
            .pragma_query_value(None, "wal_autocheckpoint", |row| row.get(0))
            .ok()?;
        writer.pragma_update(None, "wal_autocheckpoint", 0).ok()?;
        // One signal waits at most: commits made while a checkpoint runs need one more.
        let (committed, signals) = sync_channel::<()>(1);
        let thread = std::thread::spawn(move || {
            for () in signals {
                // PASSIVE: copies what no reader still needs, waits for no one; a busy log is
                // left to the next signal or to the writer's own checkpoint at the end.
                let _ = reader.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            }
        });
        Some(Checkpointer {
            committed,
            thread,
            pages,
        })
    }

    /// Says a batch was committed: it is checkpointed once the checkpoint under way ends.
    pub(super) fn committed(&self) {
        // Full: a checkpoint is already asked for; gone: the thread ended, the writer's
        // own checkpoint at the end does the rest.
        let _ = self.committed.try_send(());
    }

    /// Waits for the checkpoint under way and gives `writer` its own checkpoints back (the
    /// next commit checkpoints whatever is left).
    pub(super) fn finish(self, writer: &Connection) {
        drop(self.committed);
        let _ = self.thread.join();
        let _ = writer.pragma_update(None, "wal_autocheckpoint", self.pages);
    }
}
