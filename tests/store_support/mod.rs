//! Helpers for the store tests: a library of fixture copies in a temporary folder, stores
//! made unusable in each way a user can meet, and child processes that write marks.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use brief::briefing::library::Origin;
use brief::store::{Flag, ItemKey, ItemKind, MarkKey, Store};
use rusqlite::Connection;
use tempfile::TempDir;

/// The shared-actor fixtures, in `tests/fixtures/library`.
pub const FIXTURES: [&str; 2] = ["sea-of-japan-launch.toml", "trilateral-hotline.toml"];

/// A temporary folder holding copies of the library fixtures and a store path.
pub struct Scratch {
    pub dir: TempDir,
}

impl Scratch {
    /// A folder with both fixtures copied in.
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("library")).unwrap();
        for name in FIXTURES {
            std::fs::copy(fixture(name), dir.path().join("library").join(name)).unwrap();
        }
        Scratch { dir }
    }

    /// The copied library folder.
    pub fn library(&self) -> PathBuf {
        self.dir.path().join("library")
    }

    /// The copy of fixture `name`.
    pub fn file(&self, name: &str) -> PathBuf {
        self.library().join(name)
    }

    /// Where the store lives.
    pub fn store_path(&self) -> PathBuf {
        self.dir.path().join("data").join("store.sqlite3")
    }

    /// The store, opened.
    pub fn store(&self) -> Store {
        Store::open(&self.store_path()).unwrap()
    }

    /// A config whose library is the copied folder (and not the data folder); returns its path.
    pub fn config(&self) -> PathBuf {
        let config = self.dir.path().join("config.toml");
        let folder = self.library().display().to_string();
        std::fs::write(
            &config,
            format!("data_dir = false\nlibrary = [{folder:?}]\n"),
        )
        .unwrap();
        config
    }

    /// The bundled briefing and both copies, as the reader's library lists them.
    pub fn origins(&self) -> Vec<Origin> {
        brief::briefing::library::origins(&[], &[self.library()])
    }

    /// Rewrites fixture copy `name` with `edit` applied to its text.
    pub fn edit(&self, name: &str, edit: impl FnOnce(String) -> String) {
        let path = self.file(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, edit(text)).unwrap();
        // Make the change visible to a stamp even on a filesystem with coarse times.
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(2);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
    }
}

/// The path of library fixture `name`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/library")
        .join(name)
}

/// The mark key of `kind` item `id` in briefing `briefing`.
pub fn key(briefing: &str, kind: ItemKind, id: &str) -> MarkKey {
    MarkKey {
        briefing: briefing.to_owned(),
        item: ItemKey::new(kind, id),
    }
}

/// A file that cannot be written, even by root; undone when dropped.
pub struct ReadOnly {
    path: PathBuf,
    immutable: bool,
}

impl ReadOnly {
    /// Makes `path` read-only by its mode, or where that does not bind (root) with
    /// `chattr +i`; `None` when neither works here.
    pub fn make(path: &Path) -> Option<ReadOnly> {
        let mut permissions = std::fs::metadata(path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(path, permissions).unwrap();
        let mut guard = ReadOnly {
            path: path.to_path_buf(),
            immutable: false,
        };
        if !writable(path) {
            return Some(guard);
        }
        guard.immutable = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        (!writable(path)).then_some(guard)
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        }
        if let Ok(metadata) = std::fs::metadata(&self.path) {
            let mut permissions = metadata.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            permissions.set_readonly(false);
            let _ = std::fs::set_permissions(&self.path, permissions);
        }
    }
}

fn writable(path: &Path) -> bool {
    std::fs::File::options().append(true).open(path).is_ok()
}

/// Holds an exclusive lock on the store at `path` until dropped, as another program could.
pub fn lock(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; \
         CREATE TABLE IF NOT EXISTS held(x); INSERT INTO held VALUES (1);",
    )
    .unwrap();
    conn
}

/// Marks the store at `path` as written by a far newer `brief`.
pub fn make_newer(path: &Path) {
    Store::open(path).unwrap();
    Connection::open(path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
}

/// Fills `path` with bytes that are not a database.
pub fn make_garbage(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(path, garbage).unwrap();
}

/// The environment variable that makes a test process a mark-writing child.
pub const CHILD: &str = "BRIEF_STORE_TEST_CHILD";

/// Starts this test binary again as a child that writes marks to the store at `store`:
/// `marks` marks on quotes `PREFIX-0`, `PREFIX-1`, ... of briefing `b` (forever when
/// `marks` is 0), first toggling `flag` on the shared quote `shared`, printing
/// `committed N` after each commit. The test named `child_process_entry_point` does it.
pub fn spawn_child(store: &Path, prefix: &str, marks: usize, flag: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["child_process_entry_point", "--exact", "--nocapture"])
        .env(CHILD, format!("{prefix}:{marks}:{flag}"))
        .env("BRIEF_STORE", store)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// What a child does (see [`spawn_child`]); nothing unless the variable is set.
pub fn child_main() {
    let Ok(task) = std::env::var(CHILD) else {
        return;
    };
    let mut parts = task.split(':');
    let (Some(prefix), Some(count), Some(flag)) = (parts.next(), parts.next(), parts.next()) else {
        panic!("bad child task {task}");
    };
    let count: usize = count.parse().unwrap();
    let mut store = Store::open(&brief::store::default_path().unwrap()).unwrap();
    let flag = match flag {
        "key" => Flag::Key,
        _ => Flag::Doubtful,
    };
    store
        .toggle_flag(&key("b", ItemKind::Quote, "shared"), flag)
        .unwrap();
    let mut n = 0;
    while count == 0 || n < count {
        store
            .set_note(
                &key("b", ItemKind::Quote, &format!("{prefix}-{n}")),
                &format!("note {n}"),
            )
            .unwrap();
        println!("committed {n}");
        n += 1;
    }
}
