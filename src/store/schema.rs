//! The store's tables and their migrations: the schema version lives in SQLite's
//! `user_version`, and each migration moves a store one version forward inside a transaction.

use rusqlite::{Connection, TransactionBehavior};

/// Migrations in order: applying the first `n` gives schema version `n`.
const MIGRATIONS: &[&str] = &[V1];

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

/// The schema version stored in the file (0 for a new, empty store).
pub fn stored(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
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
