//! The library index: each briefing file's items in full-text and lookup tables, refreshed
//! incrementally by file size and modification time, so a warm start reads only what changed.
//!
//! A refresh parses changed files on every core and writes them from one thread, a batch per
//! transaction, while the next batch is gathered: at most two batches of parsed files are
//! held at once, never the whole library.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use rusqlite::{OptionalExtension, Transaction, params};

use super::cell::MAX_KEY_CHARS;
use super::checkpoint::Checkpointer;
use super::fold::fold;
use super::reads::Stamp;
use super::rows::{Doc, Indexed, ItemRow, MAX_ITEMS_PER_FILE, day, full_text};
use super::{Store, StoreError};
use crate::briefing::bundled::BUNDLED;
use crate::briefing::library::{Entry, LARGE_FILE_BYTES, Origin, Summary};
use crate::briefing::model::PartialDate;
use crate::text::{SafeText, thousands};

/// Most files a library can index (file numbers are packed into item row ids).
pub const MAX_FILES: i64 = (1 << 20) - 1;

/// How long a refresh gathers parsed files (when they come slowly) before writing them in one
/// transaction.
const BATCH: Duration = Duration::from_secs(2);

/// Most item text written in one transaction: the parsed files held at once, and what the
/// full-text index keeps in memory until the commit (its `hashsize`, set by the schema).
/// Another process's write waits at most for one such transaction.
const MAX_BATCH_BYTES: usize = 16 << 20;

/// Most files written in one transaction.
const MAX_BATCH_FILES: usize = 1024;

/// Pages of cache (negative: KiB) while a refresh writes, so that the index's pages are read
/// from the file less often; the connection's own size is put back after.
const WRITE_CACHE_KIB: i64 = 32 << 10;

/// What the library knows of one briefing without loading it.
#[derive(Clone, Debug)]
pub struct BriefingInfo {
    /// Where it comes from (the path as the caller gave it).
    pub origin: Origin,
    /// Its id, when it loads.
    pub id: Option<SafeText>,
    /// What the picker shows, or why it does not load.
    pub summary: Result<Summary, String>,
    /// The file's stamp when indexed.
    pub stamp: Stamp,
    /// The [`digest`](super::reads::digest) of the file's bytes when indexed.
    pub digest: Option<i64>,
    /// True when another briefing of the library has the same id (its marks and reads are
    /// shared, so a list names the file).
    pub shares_id: bool,
    /// Row of the file in the index (`-1` when not indexed).
    pub(crate) file: i64,
}

impl BriefingInfo {
    /// The briefing's title, or its file name when it does not load.
    pub fn title(&self) -> SafeText {
        self.summary
            .as_ref()
            .map_or_else(|_| self.origin.name(), |s| s.title.clone())
    }
}

/// The briefings of one refresh, in the order they were asked for: the scope of searches.
#[derive(Clone, Debug, Default)]
pub struct Library {
    briefings: Vec<Arc<BriefingInfo>>,
    by_file: HashMap<i64, usize>,
}

impl Library {
    /// Every briefing, in the order of the origins refreshed.
    pub fn briefings(&self) -> &[Arc<BriefingInfo>] {
        &self.briefings
    }

    /// The picker's entries, without loading any file.
    pub fn entries(&self) -> Vec<Entry> {
        self.briefings
            .iter()
            .map(|info| Entry {
                origin: info.origin.clone(),
                summary: info.summary.clone(),
            })
            .collect()
    }

    /// The briefing indexed as `file`, if it is in this library.
    pub(crate) fn by_file(&self, file: i64) -> Option<&Arc<BriefingInfo>> {
        self.by_file.get(&file).map(|&ix| &self.briefings[ix])
    }

    fn push(&mut self, info: BriefingInfo) {
        if info.file >= 0 {
            self.by_file
                .entry(info.file)
                .or_insert(self.briefings.len());
        }
        self.briefings.push(Arc::new(info));
    }
}

/// What a refresh did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Files read and indexed (new or changed).
    pub read: usize,
    /// Files found unchanged and not read.
    pub unchanged: usize,
    /// Files dropped from the index because they no longer exist.
    pub removed: usize,
    /// False when the refresh was stopped before it read every changed file.
    pub complete: bool,
}

/// How far a refresh has written the files it reads, for a progress line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indexing {
    /// Files written so far.
    pub written: usize,
    /// Files to write in all.
    pub total: usize,
}

impl Indexing {
    /// What a progress line says: `indexing 3,072 of 10,001 briefings`, then, every file
    /// written, `finishing the index` (its one merge: a few seconds for a large library).
    pub fn words(&self) -> String {
        if self.written >= self.total {
            return "finishing the index".to_owned();
        }
        format!(
            "indexing {} of {} briefings",
            thousands(self.written),
            thousands(self.total)
        )
    }
}

/// Counts the files a refresh writes and reports each batch committed, from the thread that
/// writes.
struct Progress<'a> {
    written: AtomicUsize,
    total: usize,
    report: &'a (dyn Fn(Indexing) + Sync),
}

impl Progress<'_> {
    /// `files` more were committed.
    fn committed(&self, files: usize) {
        let written = self.written.fetch_add(files, Ordering::Relaxed) + files;
        (self.report)(Indexing {
            written,
            total: self.total,
        });
    }
}

/// A file row as stored, its text made safe.
struct Known {
    file: i64,
    stamp: Stamp,
    digest: Option<i64>,
    briefing: Option<SafeText>,
    title: SafeText,
    date: Option<SafeText>,
    tags: SafeText,
    counts: SafeText,
    error: Option<SafeText>,
}

/// A file to read: which origin, under which source key, with which stamp.
struct Pending {
    slot: usize,
    source: String,
    stamp: Stamp,
}

impl Store {
    /// Brings the index up to date for `origins` (reading only files whose size or
    /// modification time changed, and dropping files that no longer exist) and returns them
    /// as a [`Library`].
    pub fn refresh(&mut self, origins: &[Origin]) -> Result<(Library, RefreshReport), StoreError> {
        self.refresh_until(origins, &AtomicBool::new(false), &|_| {})
    }

    /// [`Store::refresh`] that stops between files once `stop` is set (the files written so
    /// far stay indexed, the others are left for the next refresh), and tells `progress` how
    /// many files are written each time a batch of them is committed (on the thread that
    /// writes; never when no file is to be read).
    pub fn refresh_until(
        &mut self,
        origins: &[Origin],
        stop: &AtomicBool,
        progress: &(dyn Fn(Indexing) + Sync),
    ) -> Result<(Library, RefreshReport), StoreError> {
        let known = self.known()?;
        let mut report = RefreshReport {
            complete: true,
            ..RefreshReport::default()
        };
        let mut slots: Vec<Option<BriefingInfo>> = Vec::with_capacity(origins.len());
        let mut pending = Vec::new();
        let mut wanted = std::collections::HashSet::new();
        for origin in origins {
            let Some(source) = source_key(origin) else {
                slots.push(Some(unindexed(origin, Stamp::default())));
                continue;
            };
            wanted.insert(source.clone());
            let Some(stamp) = Stamp::of_origin(origin) else {
                slots.push(Some(unindexed(origin, Stamp::default())));
                continue;
            };
            match known.get(&source) {
                Some(row) if row.stamp == stamp => {
                    report.unchanged += 1;
                    slots.push(Some(from_row(origin, row)));
                }
                _ => {
                    pending.push(Pending {
                        slot: slots.len(),
                        source,
                        stamp,
                    });
                    slots.push(None);
                }
            }
        }
        let gone: Vec<i64> = known
            .iter()
            .filter(|(source, _)| !wanted.contains(*source) && vanished(source))
            .map(|(_, row)| row.file)
            .collect();
        if !gone.is_empty() {
            self.write(|tx| gone.iter().try_for_each(|&file| forget(tx, file)))?;
            report.removed = gone.len();
        }
        // A build (or a rewrite of a quarter of the library or more) writes its full-text
        // segments (one per transaction) unmerged and merges them all once at the end
        // ('optimize'): one segment, smaller and quicker to search, without merging the same
        // terms again and again on the way. A few changed files are left to the index's own
        // incremental merging. Set by every refresh that writes, so a build stopped or
        // killed half way is left unmerged only until the next refresh that writes.
        let rebuild = !pending.is_empty() && pending.len() * 4 >= pending.len() + report.unchanged;
        if !pending.is_empty() {
            let merging = if rebuild {
                Merging::AtTheEnd
            } else {
                Merging::Incremental
            };
            self.write(|tx| merging.set(tx))?;
        }
        let written = if pending.is_empty() {
            Ok(Vec::new())
        } else {
            let cache: i64 = self
                .conn
                .pragma_query_value(None, "cache_size", |row| row.get(0))
                .map_err(|error| self.fail(error))?;
            let set = |store: &Store, size: i64| {
                store
                    .conn
                    .pragma_update(None, "cache_size", size)
                    .map_err(|error| store.fail(error))
            };
            set(self, -WRITE_CACHE_KIB)?;
            let progress = Progress {
                written: AtomicUsize::new(0),
                total: pending.len(),
                report: progress,
            };
            let written = self.index(origins, &pending, stop, &progress);
            set(self, cache)?;
            written
        };
        let read = written
            .as_ref()
            .map_or(0, |written| written.iter().filter(|w| w.is_some()).count());
        if rebuild {
            self.write(|tx| {
                if read > 0 && !stop.load(Ordering::Relaxed) {
                    tx.execute("INSERT INTO fts(fts) VALUES ('optimize')", [])?;
                }
                Merging::Incremental.set(tx)
            })?;
        }
        let written = written?;
        if read > 0 {
            super::schema::release_free_pages(&self.conn).map_err(|error| self.fail(error))?;
        }
        for (job, written) in pending.iter().zip(written) {
            let origin = &origins[job.slot];
            slots[job.slot] = Some(match written {
                Some((file, doc)) => {
                    report.read += 1;
                    BriefingInfo {
                        origin: origin.clone(),
                        id: doc.as_ref().ok().map(|d| d.id.clone()),
                        digest: doc.as_ref().ok().and_then(|d| d.digest),
                        summary: doc.map(|d| d.summary),
                        stamp: job.stamp,
                        shares_id: false,
                        file,
                    }
                }
                None => {
                    report.complete = false;
                    BriefingInfo {
                        origin: origin.clone(),
                        id: None,
                        summary: Err("not indexed yet: the refresh was stopped".to_owned()),
                        stamp: job.stamp,
                        digest: None,
                        shares_id: false,
                        file: -1,
                    }
                }
            });
        }
        let mut infos: Vec<BriefingInfo> = slots.into_iter().flatten().collect();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for id in infos.iter().filter_map(|info| info.id.as_ref()) {
            *ids.entry(id.as_str()).or_default() += 1;
        }
        let shared: Vec<bool> = infos
            .iter()
            .map(|info| info.id.as_ref().is_some_and(|id| ids[id.as_str()] > 1))
            .collect();
        let mut library = Library::default();
        for (mut info, shares_id) in infos.drain(..).zip(shared) {
            info.shares_id = shares_id;
            library.push(info);
        }
        Ok((library, report))
    }

    /// Every file row of the index, by source key (a damaged row is left out, so its file
    /// is read and written again).
    fn known(&self) -> Result<HashMap<String, Known>, StoreError> {
        let rows = self.read_rows(
            "SELECT id, source, size, mtime_ns, briefing, title, date, tags, counts, error, digest
             FROM files",
            [],
            "files",
            &[1],
            |cells| {
                let field = crate::text::MAX_FIELD_CHARS;
                let known = Known {
                    file: cells.int(0)?,
                    stamp: Stamp::from_cells(cells, 2)?,
                    digest: cells.optional_int(10)?,
                    briefing: cells.optional_text(4, MAX_KEY_CHARS)?,
                    title: cells.text(5, field)?,
                    date: cells.optional_text(6, 40)?,
                    tags: cells.optional_lines(7, field)?.unwrap_or_default(),
                    counts: cells.text(8, 200)?,
                    error: cells.optional_lines(9, field)?,
                };
                Ok(Some((cells.lookup(1)?, known)))
            },
        )?;
        Ok(rows.into_iter().collect())
    }

    /// Reads and writes the pending files: parsed on every core, written in batches by one
    /// thread while the next batch is gathered.
    /// A full load takes several times its file's size in memory, so files over
    /// [`LARGE_FILE_BYTES`] are read last, one at a time, each written before the next is
    /// read. Returns, per pending file, its row and what it holds (`None` when stopped
    /// first).
    fn index(
        &mut self,
        origins: &[Origin],
        pending: &[Pending],
        stop: &AtomicBool,
        progress: &Progress,
    ) -> Result<Vec<Option<Written>>, StoreError> {
        let mut written: Vec<Option<Written>> = vec![None; pending.len()];
        let (large, small): (Vec<usize>, Vec<usize>) =
            (0..pending.len()).partition(|&ix| pending[ix].stamp.size > LARGE_FILE_BYTES);
        let load = |ix: usize| {
            let mut digest = None;
            origins[pending[ix].slot]
                .load_seeing(|bytes| digest = Some(super::digest::digest(bytes)))
                .map(|b| Doc::of(&b, digest))
        };
        if !small.is_empty() {
            let threads = std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(small.len());
            let next = AtomicUsize::new(0);
            let (store, written) = (&mut *self, &mut written);
            std::thread::scope(|scope| {
                let (tx, rx) = mpsc::sync_channel::<(usize, Result<Doc, String>)>(threads * 4);
                for _ in 0..threads {
                    let (tx, next, small, load) = (tx.clone(), &next, &small, &load);
                    scope.spawn(move || {
                        while let Some(&ix) = small.get(next.fetch_add(1, Ordering::Relaxed))
                            && !stop.load(Ordering::Relaxed)
                            && tx.send((ix, load(ix))).is_ok()
                        {}
                    });
                }
                drop(tx);
                // One thread writes a batch while this one gathers the next (and the workers
                // parse on): parsing and writing overlap, and at most two batches are held.
                let (batches, to_write) = mpsc::sync_channel::<Batch>(0);
                let writer =
                    scope.spawn(move || store.write_batches(pending, to_write, written, progress));
                let mut received = rx.into_iter();
                while let Some(first) = received.next() {
                    let started = Instant::now();
                    let mut batch = vec![first];
                    let mut bytes = text_bytes(&batch[0].1);
                    while started.elapsed() < BATCH
                        && batch.len() < MAX_BATCH_FILES
                        && bytes < MAX_BATCH_BYTES
                    {
                        match received.next() {
                            Some(doc) => {
                                bytes += text_bytes(&doc.1);
                                batch.push(doc);
                            }
                            None => break,
                        }
                    }
                    if batches.send(batch).is_err() {
                        break; // the writer failed: its error is returned below
                    }
                }
                drop((batches, received));
                writer
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })?;
        }
        for ix in large {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            self.write_batch(pending, vec![(ix, load(ix))], &mut written, progress)?;
        }
        Ok(written)
    }

    /// Writes each batch received in a transaction of its own (see [`Store::write_batch`]).
    /// When there are several, the log is checkpointed beside the writer ([`Checkpointer`]).
    fn write_batches(
        &mut self,
        pending: &[Pending],
        batches: mpsc::Receiver<Batch>,
        written: &mut [Option<Written>],
        progress: &Progress,
    ) -> Result<(), StoreError> {
        // From the first batch when the files to read hold more than a batch of text, else
        // from a second batch if one comes.
        let files: u64 = pending.iter().map(|job| job.stamp.size).sum();
        let first = usize::from(files <= MAX_BATCH_BYTES as u64);
        let mut checkpoints = None;
        let result = batches.into_iter().enumerate().try_for_each(|(n, batch)| {
            if n == first {
                checkpoints = Checkpointer::start(&self.conn, &self.path);
            }
            self.write_batch(pending, batch, written, progress)?;
            checkpoints.iter().for_each(Checkpointer::committed);
            Ok(())
        });
        if let Some(checkpoints) = checkpoints {
            checkpoints.finish(&self.conn);
        }
        result
    }

    /// Writes parsed files in one transaction, recording each in `written`. Every row but the
    /// full-text ones goes first; then the full-text rows, in ascending row id order, with no
    /// other statement between them: the full-text index keeps its pending terms in memory
    /// until the commit (or a size limit) instead of flushing a small segment whenever
    /// another statement opens a savepoint, or a row id goes down. Once committed, the batch
    /// counts in `progress`.
    fn write_batch(
        &mut self,
        pending: &[Pending],
        mut batch: Batch,
        written: &mut [Option<Written>],
        progress: &Progress,
    ) -> Result<(), StoreError> {
        // In order of date, so the items' row ids mostly ascend too.
        batch.sort_by_key(|(_, doc)| doc.as_ref().map_or(0, |d| day(d.summary.date)));
        let files = self.write(|tx| {
            let mut files = Vec::with_capacity(batch.len());
            let mut texts = Vec::new();
            for (ix, doc) in &batch {
                let job = &pending[*ix];
                files.push(write_doc(tx, &job.source, job.stamp, doc, &mut texts)?);
            }
            texts.sort_unstable_by_key(|(id, _)| *id);
            write_texts(tx, &texts)?;
            Ok(files)
        })?;
        progress.committed(files.len());
        for ((ix, doc), file) in batch.into_iter().zip(files) {
            written[ix] = Some((file, doc.map(Doc::into_indexed)));
        }
        Ok(())
    }
}

/// How the full-text index merges its segments (one is written per transaction) while a
/// refresh writes.
#[derive(Clone, Copy)]
enum Merging {
    /// FTS5's own: a little merging after each write once 4 segments of a level gather,
    /// and all of them at once at 16 (`automerge` and `crisismerge` at their defaults).
    Incremental,
    /// None until the refresh merges every segment once at its end ('optimize'). Without
    /// this a build of 16 transactions or more merged its whole index on the way (FTS5's
    /// "crisis" merge at the 16th segment), then again at the end.
    AtTheEnd,
}

impl Merging {
    /// Stores the setting in the index (it persists between connections).
    fn set(self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
        // 1999: FTS5's largest crisis merge, one less than the most segments a level holds.
        let (automerge, crisismerge) = match self {
            Merging::Incremental => (4, 16),
            Merging::AtTheEnd => (0, 1999),
        };
        let mut config = tx.prepare_cached("INSERT INTO fts(fts, rank) VALUES (?1, ?2)")?;
        config.execute(params!["automerge", automerge])?;
        config.execute(params!["crisismerge", crisismerge])?;
        Ok(())
    }
}

/// The bytes of item text a parsed file adds to a batch.
fn text_bytes(doc: &Result<Doc, String>) -> usize {
    doc.as_ref().map_or(0, |doc| {
        doc.items
            .iter()
            .map(|row| row.head.len() + row.body.len() + row.extra.len() + row.full_text.head.len())
            .sum()
    })
}

/// The key a file is indexed under: its absolute path, or `bundled:NAME`.
fn source_key(origin: &Origin) -> Option<String> {
    match origin {
        Origin::Bundled(ix) => Some(format!("bundled:{}", BUNDLED.get(*ix)?.0)),
        Origin::File(path) => Some(
            std::path::absolute(path)
                .unwrap_or_else(|_| path.clone())
                .to_string_lossy()
                .into_owned(),
        ),
        Origin::Problem(_) => None,
    }
}

/// True when the indexed source no longer exists.
fn vanished(source: &str) -> bool {
    match source.strip_prefix("bundled:") {
        Some(name) => !BUNDLED.iter().any(|(bundled, _)| *bundled == name),
        None => !std::path::Path::new(source).exists(),
    }
}

/// A briefing not in the index: a problem, or a file that cannot be read now.
fn unindexed(origin: &Origin, stamp: Stamp) -> BriefingInfo {
    BriefingInfo {
        origin: origin.clone(),
        id: None,
        summary: origin.load().map(|b| Summary::of(&b)),
        stamp,
        digest: None,
        shares_id: false,
        file: -1,
    }
}

/// A briefing as the index remembers it (its text made safe as read: the store is a file too).
fn from_row(origin: &Origin, row: &Known) -> BriefingInfo {
    let summary = match (&row.error, &row.briefing) {
        (Some(error), _) => Err(error.to_string()),
        (None, None) => Err("not indexed".to_owned()),
        (None, Some(id)) => Ok(Summary {
            id: id.clone(),
            title: row.title.clone(),
            date: row
                .date
                .as_ref()
                .and_then(|d| PartialDate::parse(d.as_str())),
            tags: row
                .tags
                .as_str()
                .lines()
                .map(|tag| SafeText::excerpt(tag, crate::text::MAX_FIELD_CHARS))
                .collect(),
            counts: row.counts.to_string(),
        }),
    };
    BriefingInfo {
        origin: origin.clone(),
        id: row.briefing.clone(),
        summary,
        stamp: row.stamp,
        digest: row.digest,
        shares_id: false,
        file: row.file,
    }
}

/// Parsed files written in one transaction: each with its place among the pending files.
type Batch = Vec<(usize, Result<Doc, String>)>;

/// A file written to the index: its row, and what it holds or why it does not load.
type Written = (i64, Result<Indexed, String>);

/// SQL for an item's label (of items aliased `i`): the first line of its `head` (a name or a
/// title), or for a quote, whose head is empty, its text.
pub(crate) const LABEL: &str = "CASE WHEN i.head = '' THEN i.body ELSE substr(i.head, 1, instr(i.head || char(10), char(10)) - 1) END";

/// An item's row id: the briefing's date ordinal, then the file, then the item's position
/// counted down, so that descending row ids list newer briefings first and, within one,
/// items in file order. Full-text queries walk this order and stop at their limit.
fn item_rowid(day: i64, file: i64, ordinal: usize) -> i64 {
    (day << 40) | (file << 20) | (MAX_ITEMS_PER_FILE - ordinal) as i64
}

/// SQL for the lowest item row id of the file row aliased `f`: its items' ids ([`item_rowid`]
/// of the day and file they were written with) run from there to that `| MAX_ITEMS_PER_FILE`.
const FIRST_ITEM: &str = "((f.day << 40) | (f.id << 20))";

/// SQL condition: the item row id `id` is of the file row aliased `f`.
pub(crate) fn of_file(id: &str) -> String {
    format!("{id} BETWEEN {FIRST_ITEM} AND {FIRST_ITEM} | {MAX_ITEMS_PER_FILE}")
}

/// The file's row within the id.
pub(crate) fn file_of(rowid: i64) -> i64 {
    (rowid >> 20) & MAX_FILES
}

/// The briefing's date ordinal within the id.
pub(crate) fn day_of(rowid: i64) -> i64 {
    rowid >> 40
}

/// Writes one file's rows, replacing what was indexed for it, all but its full-text rows,
/// which it adds to `texts` with their row ids; returns the file's row id.
fn write_doc<'d>(
    tx: &Transaction<'_>,
    source: &str,
    stamp: Stamp,
    doc: &'d Result<Doc, String>,
    texts: &mut Vec<(i64, &'d ItemRow)>,
) -> rusqlite::Result<i64> {
    let digest = doc.as_ref().ok().and_then(|doc| doc.digest);
    let (briefing, title, date, tags, counts, error) = match doc {
        Ok(doc) => (
            Some(doc.id.as_str()),
            doc.summary.title.as_str(),
            doc.summary.date.map(|d| d.to_string()),
            doc.summary
                .tags
                .iter()
                .map(SafeText::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            doc.summary.counts.as_str(),
            None,
        ),
        Err(error) => (None, "", None, String::new(), "", Some(error.as_str())),
    };
    // A file indexed before has its old rows removed first (a new one has none to remove).
    let known: Option<i64> = tx
        .prepare_cached("SELECT id FROM files WHERE source = ?1")?
        .query_row([source], |row| row.get(0))
        .optional()?;
    if let Some(file) = known {
        clear(tx, file)?;
    }
    let briefing_day = doc.as_ref().map_or(0, |doc| day(doc.summary.date));
    let file: i64 = tx
        .prepare_cached(
            "INSERT INTO files(source, size, mtime_ns, day, briefing, title, date, tags, counts, error, digest)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT(source) DO UPDATE SET size = ?2, mtime_ns = ?3, day = ?4,
                 briefing = ?5, title = ?6, date = ?7, tags = ?8, counts = ?9, error = ?10,
                 digest = ?11
             RETURNING id",
        )?
        .query_row(
            params![
                source,
                stamp.size as i64,
                stamp.mtime_ns,
                briefing_day,
                briefing,
                title,
                date,
                tags,
                counts,
                error,
                digest
            ],
            |row| row.get(0),
        )?;
    if file > MAX_FILES {
        return Err(rusqlite::Error::ToSqlConversionFailure(
            format!("the library index holds more than {MAX_FILES} files").into(),
        ));
    }
    let Ok(doc) = doc else {
        return Ok(file);
    };
    // A read of this briefing at this stamp was of these bytes.
    tx.prepare_cached(
        "UPDATE reads SET digest = ?1 WHERE briefing = ?2 AND size = ?3 AND mtime_ns = ?4",
    )?
    .execute(params![
        digest,
        doc.id.as_str(),
        stamp.size as i64,
        stamp.mtime_ns
    ])?;
    let mut item = tx.prepare_cached(
        "INSERT INTO items(id, kind, item, line, day, head, body, extra, status, grade, who)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut link =
        tx.prepare_cached("INSERT OR IGNORE INTO links(file, actor, item) VALUES (?1, ?2, ?3)")?;
    for (ordinal, row) in doc.items.iter().enumerate().rev() {
        let id = item_rowid(briefing_day, file, ordinal);
        item.execute(params![
            id,
            row.kind.code(),
            row.key,
            row.line as i64,
            row.day,
            row.head,
            row.body,
            row.extra,
            row.status,
            row.grade,
            row.who
        ])?;
        texts.push((id, row));
        for actor in &row.actors {
            link.execute(params![file, actor, id])?;
        }
    }
    let mut actor = tx.prepare_cached(
        "INSERT OR IGNORE INTO actors(file, actor, wikidata) VALUES (?1, ?2, ?3)",
    )?;
    let mut name = tx.prepare_cached(
        "INSERT OR IGNORE INTO actor_names(folded, file, actor) VALUES (?1, ?2, ?3)",
    )?;
    for row in &doc.actors {
        actor.execute(params![file, row.id, row.wikidata])?;
        for folded in &row.names {
            name.execute(params![folded, file, row.id])?;
        }
    }
    let mut tag = tx.prepare_cached("INSERT OR IGNORE INTO tags(tag, file) VALUES (?1, ?2)")?;
    for t in &doc.summary.tags {
        tag.execute(params![fold(t.as_str()), file])?;
    }
    Ok(file)
}

/// Adds the full-text rows of `texts` (in ascending row id order).
fn write_texts(tx: &Transaction<'_>, texts: &[(i64, &ItemRow)]) -> rusqlite::Result<()> {
    let mut fts =
        tx.prepare_cached("INSERT INTO fts(rowid, head, body, extra) VALUES (?1, ?2, ?3, ?4)")?;
    for (id, row) in texts {
        let indexed = &row.full_text;
        let body = indexed.body.as_deref().unwrap_or(&row.body);
        let extra = indexed.extra.as_deref().unwrap_or(&row.extra);
        fts.execute(params![id, indexed.head, body, extra])?;
    }
    Ok(())
}

/// Removes everything indexed for `file` except its row in `files`.
fn clear(tx: &Transaction<'_>, file: i64) -> rusqlite::Result<()> {
    let first: Option<i64> = tx
        .prepare_cached(&format!("SELECT {FIRST_ITEM} FROM files f WHERE f.id = ?1"))?
        .query_row([file], |row| row.get(0))
        .optional()?;
    if let Some(first) = first {
        let last = first | MAX_ITEMS_PER_FILE as i64;
        // An external-content index forgets a row only when told the text it indexed.
        let mut forget = tx.prepare_cached(
            "INSERT INTO fts(fts, rowid, head, body, extra) VALUES ('delete', ?1, ?2, ?3, ?4)",
        )?;
        let mut rows = tx
            .prepare_cached("SELECT id, head, body, extra FROM items WHERE id BETWEEN ?1 AND ?2")?;
        let mut rows = rows.query([first, last])?;
        while let Some(row) = rows.next()? {
            // A damaged row's text as SQLite would give it, never an error.
            let text = |ix: usize| -> rusqlite::Result<String> {
                Ok(match row.get_ref(ix)? {
                    rusqlite::types::ValueRef::Text(text) => {
                        String::from_utf8_lossy(text).into_owned()
                    }
                    _ => String::new(),
                })
            };
            let (body, extra) = (text(2)?, text(3)?);
            let (head, body, extra) = full_text(&text(1)?, &body, &extra);
            forget.execute(params![row.get::<_, i64>(0)?, head, body, extra])?;
        }
        tx.prepare_cached("DELETE FROM items WHERE id BETWEEN ?1 AND ?2")?
            .execute([first, last])?;
    }
    for table in ["links", "actors", "actor_names", "tags"] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE file = ?1"))?
            .execute([file])?;
    }
    Ok(())
}

/// Removes `file` from the index.
fn forget(tx: &Transaction<'_>, file: i64) -> rusqlite::Result<()> {
    clear(tx, file)?;
    tx.prepare_cached("DELETE FROM files WHERE id = ?1")?
        .execute([file])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_ids_order_newer_briefings_first_and_items_in_file_order() {
        let older = item_rowid(day(PartialDate::parse("2023-05")), 7, 0);
        let newer_first = item_rowid(day(PartialDate::parse("2024-01-02")), 3, 0);
        let newer_second = item_rowid(day(PartialDate::parse("2024-01-02")), 3, 1);
        assert!(newer_first > newer_second && newer_second > older);
        assert_eq!(file_of(newer_second), 3);
        assert_eq!(day_of(older), day(PartialDate::parse("2023-05")));
    }

    #[test]
    fn a_year_sorts_before_its_months() {
        let year = day(PartialDate::parse("2014"));
        let month = day(PartialDate::parse("2014-01"));
        let next_year = day(PartialDate::parse("2015"));
        assert!(year < month && month < next_year);
    }
}
