//! The store's tables and their migrations: the schema version lives in SQLite's
//! `user_version`, and each migration moves a store one version forward inside a transaction.

use rusqlite::{Connection, TransactionBehavior};

/// Migrations in order: applying the first `n` gives schema version `n`.
const MIGRATIONS: &[&str] = &[V1, V2, V3];

/// The newest schema version this build knows.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Version 1: read state, marks and the library index.
///
/// Item kinds are [`super::ItemKind`] codes; an item's `id` (also its full-text row id)
/// orders items newest briefing first (see `index::item_rowid`). An item's text is in three
/// columns: `head` (titles, names, aliases, tags, regions: ranked first; its first line is the item's label), `body` (the main
/// text, from which snippets come) and `extra` (roles, contexts, speakers, `when`), all three
/// in the full-text index `fts`; `head` alone is also in `heads`, so that title and name hits
/// are found without reading through body text.
const V1: &str = r#"
CREATE TABLE reads(
    briefing TEXT PRIMARY KEY,
    opened_at INTEGER NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE seen(
    briefing TEXT NOT NULL,
    kind INTEGER NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (briefing, kind, item)
) WITHOUT ROWID;

CREATE TABLE marks(
    briefing TEXT NOT NULL,
    kind INTEGER NOT NULL,
    item TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (briefing, kind, item)
) WITHOUT ROWID;

CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    briefing TEXT,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    tags TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '',
    error TEXT
);
CREATE INDEX files_briefing ON files(briefing);

CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    item TEXT NOT NULL,
    line INTEGER NOT NULL,
    day INTEGER NOT NULL,
    head TEXT NOT NULL,
    body TEXT NOT NULL,
    extra TEXT NOT NULL
);
CREATE INDEX items_file ON items(file, kind, item);
CREATE INDEX items_dated_events ON items(day) WHERE kind = 2 AND day > 0;

CREATE TABLE actors(
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    wikidata TEXT,
    PRIMARY KEY (file, actor)
) WITHOUT ROWID;
CREATE INDEX actors_id ON actors(actor);
CREATE INDEX actors_wikidata ON actors(wikidata) WHERE wikidata IS NOT NULL;

CREATE TABLE actor_names(
    folded TEXT NOT NULL,
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (folded, file, actor)
) WITHOUT ROWID;
CREATE INDEX actor_names_file ON actor_names(file);

CREATE TABLE links(
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    item INTEGER NOT NULL,
    PRIMARY KEY (file, actor, item)
) WITHOUT ROWID;

CREATE TABLE tags(
    tag TEXT NOT NULL,
    file INTEGER NOT NULL,
    PRIMARY KEY (tag, file)
) WITHOUT ROWID;
CREATE INDEX tags_file ON tags(file);

CREATE VIRTUAL TABLE fts USING fts5(
    head, body, extra,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1'
);

CREATE VIRTUAL TABLE heads USING fts5(
    head,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1'
);
"#;

/// Version 2: the library index made smaller and quicker to write. The index is derived from
/// the files, so its tables are dropped and made anew, and the next refresh reads every file
/// again; read state and marks are kept as they are.
///
/// - An item's file is no longer a column with an index of its own: a file's items are the
///   row id range of its `day` and `id` (see `index::item_rowid`), and `files.day` keeps the
///   day its items were written with.
/// - One full-text table: `heads` is gone. `fts` indexes an item's `head` as title terms of
///   its own (`query::head_terms`: each word marked, and its first letter), so title and name
///   hits are still found without reading through body text. Only search reads `fts`, by row
///   id; its `head` column, read back, would be the item's plain `head`.
/// - The full-text table keeps no per-row token counts (`columnsize = 0`: only ranking
///   functions read them, and search orders by row id).
/// - It holds up to 16 MiB of new terms in memory before writing them (`hashsize`, 1 MiB by
///   default), so a refresh writes fewer, larger segments and merges less.
const V2: &str = r#"
DROP TABLE fts;
DROP TABLE heads;
DROP TABLE items;
DROP TABLE files;
DROP TABLE actors;
DROP TABLE actor_names;
DROP TABLE links;
DROP TABLE tags;

CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    day INTEGER NOT NULL DEFAULT 0,
    briefing TEXT,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    tags TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '',
    error TEXT
);
CREATE INDEX files_briefing ON files(briefing);

CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    item TEXT NOT NULL,
    line INTEGER NOT NULL,
    day INTEGER NOT NULL,
    head TEXT NOT NULL,
    body TEXT NOT NULL,
    extra TEXT NOT NULL
);
CREATE INDEX items_dated_events ON items(day) WHERE kind = 2 AND day > 0;

CREATE TABLE actors(
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    wikidata TEXT,
    PRIMARY KEY (file, actor)
) WITHOUT ROWID;
CREATE INDEX actors_id ON actors(actor);
CREATE INDEX actors_wikidata ON actors(wikidata) WHERE wikidata IS NOT NULL;

CREATE TABLE actor_names(
    folded TEXT NOT NULL,
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (folded, file, actor)
) WITHOUT ROWID;
CREATE INDEX actor_names_file ON actor_names(file);

CREATE TABLE links(
    file INTEGER NOT NULL,
    actor TEXT NOT NULL,
    item INTEGER NOT NULL,
    PRIMARY KEY (file, actor, item)
) WITHOUT ROWID;

CREATE TABLE tags(
    tag TEXT NOT NULL,
    file INTEGER NOT NULL,
    PRIMARY KEY (tag, file)
) WITHOUT ROWID;
CREATE INDEX tags_file ON tags(file);

CREATE VIRTUAL TABLE fts USING fts5(
    head, body, extra,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1', columnsize = 0
);
INSERT INTO fts(fts, rank) VALUES ('hashsize', 16777216);
"#;

/// Version 3: what the reader shows of the library and how "changed" is told. The index is
/// derived from the files, so it is emptied (the next refresh reads every file again); read
/// state, seen items and marks are kept.
///
/// - A file's `digest` hashes its bytes, and a read keeps the digest of what was read, so a
///   file copied or saved again without a change of content is not "changed".
/// - An event's `status` (its name) and an event's or a quote's `grade` (`B2`) are columns of
///   its item, for the merged timeline, and a quote's speaker is its `who`; undated events
///   have an index of their own, in file order.
/// - Numbers are indexed without their group separators (`3,000` as `3000`), and an item's
///   `extra` holds every name of each actor with aliases that it names (see
///   `rows::full_text` and `synonyms`): `3000` finds `3,000`, and `NIS` the text that says
///   National Intelligence Service. The full-text index is emptied with its own `delete-all`,
///   as rows indexed the old way cannot be deleted the new way.
const V3: &str = r#"
ALTER TABLE reads ADD COLUMN digest INTEGER;

INSERT INTO fts(fts) VALUES ('delete-all');
DELETE FROM items;
DELETE FROM files;
DELETE FROM actors;
DELETE FROM actor_names;
DELETE FROM links;
DELETE FROM tags;

ALTER TABLE files ADD COLUMN digest INTEGER;
ALTER TABLE items ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN grade TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN who TEXT NOT NULL DEFAULT '';
CREATE INDEX items_undated_events ON items(id) WHERE kind = 2 AND day = 0;
"#;

/// The schema version stored in the file (0 for a new, empty store).
pub fn stored(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Makes a new, empty store give back the pages it frees on request (see
/// [`release_free_pages`]); only possible before anything is written to the file, even its
/// journal mode.
pub fn free_pages_returnable(conn: &Connection) -> rusqlite::Result<()> {
    if stored(conn)? == 0 {
        conn.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
    }
    Ok(())
}

/// Applies every migration the store lacks, all in one transaction.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read again under the write lock: another process may have migrated meanwhile.
    let current = usize::try_from(stored(&tx)?).unwrap_or(0);
    if current >= MIGRATIONS.len() {
        return Ok(());
    }
    for migration in &MIGRATIONS[current..] {
        tx.execute_batch(migration)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()
}

/// Gives the file's free pages back to the file system, where the store was made to allow it
/// (a store made before version 2 keeps them for later writes).
pub fn release_free_pages(conn: &Connection) -> rusqlite::Result<()> {
    // The pragma frees one page per step.
    let mut stmt = conn.prepare("PRAGMA incremental_vacuum")?;
    let mut rows = stmt.query([])?;
    while rows.next()?.is_some() {}
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// A store as a build of schema version 1 left it: a read, a seen item, a mark, and one
    /// indexed file with its item in both full-text tables.
    fn version_one(path: &std::path::Path) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(V1).unwrap();
        conn.execute_batch(
            "INSERT INTO reads VALUES ('launch', 1700000000, 10, 20);
             INSERT INTO seen VALUES ('launch', 1, 'tanabe-pattern');
             INSERT INTO marks VALUES ('launch', 1, 'tanabe-pattern', 1, 'ask who saw it', 1700000001);
             INSERT INTO files(id, source, size, mtime_ns, briefing, title)
                 VALUES (1, '/gone/launch.toml', 10, 20, 'launch', 'Launch');
             INSERT INTO items VALUES (7, 1, 1, 'tanabe-pattern', 3, 0, 'Tanabe', 'A pattern.', '');
             INSERT INTO fts(rowid, head, body, extra) VALUES (7, 'Tanabe', 'A pattern.', '');
             INSERT INTO heads(rowid, head) VALUES (7, 'Tanabe');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }

    #[test]
    fn a_version_one_store_keeps_read_state_and_marks_and_indexes_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        version_one(&path);

        let store = Store::open(&path).unwrap();
        assert_eq!(stored(&store.conn).unwrap(), VERSION);
        let marks = store.marks("launch").unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].key.item.id, "tanabe-pattern");
        assert_eq!(marks[0].note.as_str(), "ask who saw it");
        assert_eq!(
            store.read_state("launch").unwrap().unwrap().opened_at,
            1700000000
        );
        let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |row| row.get(0)).unwrap() };
        assert_eq!(count("SELECT count(*) FROM seen"), 1);
        // The index is made anew: no file is known, so the next refresh reads them all.
        assert_eq!(count("SELECT count(*) FROM files"), 0);
        assert_eq!(
            count("SELECT count(*) FROM fts WHERE fts MATCH 'tanabe'"),
            0
        );
        assert_eq!(
            count("SELECT count(*) FROM sqlite_schema WHERE name = 'heads'"),
            0,
            "one full-text table"
        );
    }

    /// A store as a build of schema version 2 left it: a read, a mark, and one indexed file
    /// with its item in the full-text table.
    fn version_two(path: &std::path::Path) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(V1).unwrap();
        conn.execute_batch(V2).unwrap();
        conn.execute_batch(
            "INSERT INTO reads VALUES ('launch', 1700000000, 10, 20);
             INSERT INTO marks VALUES ('launch', 1, 'tanabe-pattern', 1, 'ask who saw it', 1700000001);
             INSERT INTO files(id, source, size, mtime_ns, briefing, title)
                 VALUES (1, '/gone/launch.toml', 10, 20, 'launch', 'Launch');
             INSERT INTO items VALUES (7, 1, 'tanabe-pattern', 3, 0, 'Tanabe', 'About 3,000.', '');
             INSERT INTO fts(rowid, head, body, extra) VALUES (7, 'Tanabe', 'About 3,000.', '');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
    }

    #[test]
    fn a_version_two_store_keeps_read_state_and_marks_and_indexes_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        version_two(&path);

        let store = Store::open(&path).unwrap();
        assert_eq!(stored(&store.conn).unwrap(), VERSION);
        assert_eq!(store.marks("launch").unwrap().len(), 1);
        let read = store.read_state("launch").unwrap().unwrap();
        assert_eq!((read.opened_at, read.digest), (1700000000, None));
        let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |row| row.get(0)).unwrap() };
        // The index is emptied, its full-text terms too: the next refresh reads every file.
        assert_eq!(count("SELECT count(*) FROM files"), 0);
        assert_eq!(count("SELECT count(*) FROM items"), 0);
        assert_eq!(count("SELECT count(*) FROM fts WHERE fts MATCH '000'"), 0);
        assert_eq!(
            count(
                "SELECT count(*) FROM pragma_table_info('items') WHERE name IN ('status', 'grade', 'who')"
            ),
            3
        );
    }
}
