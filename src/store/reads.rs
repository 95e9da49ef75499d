//! Read state: when each briefing was last opened, the file's stamp then, and the items seen,
//! from which the picker's "new" and "changed" marks and the reader's new items follow.

use std::collections::HashSet;
use std::path::Path;

use rusqlite::params;

use super::cell::{Cells, Damaged};
use super::digest::digest;
use super::keys::{ItemKey, ItemKeys, ItemKind, Sighting};
use super::{Library, Store, StoreError, now};
use crate::briefing::bundled::BUNDLED;
use crate::briefing::library::Origin;

/// A file's size and modification time: when either differs, the file changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (for a bundled briefing, a hash
    /// of its text).
    pub mtime_ns: i64,
}

impl Stamp {
    /// The stamp of the file at `path`.
    pub fn of_file(path: &Path) -> std::io::Result<Stamp> {
        let metadata = std::fs::metadata(path)?;
        let mtime_ns = metadata
            .modified()?
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
        Ok(Stamp {
            size: metadata.len(),
            mtime_ns,
        })
    }

    /// The stamp of a text compiled into the binary: its length and its [`digest`].
    pub fn of_text(text: &str) -> Stamp {
        Stamp {
            size: text.len() as u64,
            mtime_ns: digest(text.as_bytes()),
        }
    }

    /// The stamp stored in columns `size` and `size + 1` of a row.
    pub(crate) fn from_cells(cells: &Cells<'_, '_>, size: usize) -> Result<Stamp, Damaged> {
        Ok(Stamp {
            size: cells.int(size)? as u64,
            mtime_ns: cells.int(size + 1)?,
        })
    }

    /// The stamp of a briefing's origin now (`None` when it has no readable file).
    pub fn of_origin(origin: &Origin) -> Option<Stamp> {
        match origin {
            Origin::Bundled(ix) => Some(Stamp::of_text(BUNDLED.get(*ix)?.1)),
            Origin::File(path) => Stamp::of_file(path).ok(),
            Origin::Problem(_) => None,
        }
    }
}

/// What the store remembers of the last time a briefing was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadState {
    /// When, in seconds since the Unix epoch.
    pub opened_at: i64,
    /// The file's stamp then.
    pub stamp: Stamp,
    /// The [`digest`] of what was read, once the library index has read the file at that
    /// stamp.
    pub digest: Option<i64>,
}

/// How a briefing in the library stands against the analyst's reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// Never opened.
    NeverOpened,
    /// Opened before, and the file changed since.
    Changed,
    /// Opened before, unchanged since.
    Unchanged,
}

impl Freshness {
    /// How a briefing whose file has `now` and `digest` stands, given its last read state:
    /// changed when its content differs from what was read (when either digest is unknown,
    /// when its stamp differs).
    pub fn of(last: Option<&ReadState>, now: Stamp, digest: Option<i64>) -> Freshness {
        match last {
            None => Freshness::NeverOpened,
            Some(read) if read.stamp == now => Freshness::Unchanged,
            Some(read) => match (read.digest, digest) {
                (Some(then), Some(now)) if then == now => Freshness::Unchanged,
                _ => Freshness::Changed,
            },
        }
    }
}

impl Store {
    /// The read state of the briefing `briefing` (its id), if it was ever opened (a damaged
    /// row counts as never opened).
    pub fn read_state(&self, briefing: &str) -> Result<Option<ReadState>, StoreError> {
        let found = self.read_rows(
            "SELECT opened_at, size, mtime_ns, briefing, digest FROM reads WHERE briefing = ?1",
            [briefing],
            "reads",
            &[3],
            |cells| {
                Ok(Some(ReadState {
                    opened_at: cells.int(0)?,
                    stamp: Stamp::from_cells(cells, 1)?,
                    digest: cells.optional_int(4)?,
                }))
            },
        )?;
        Ok(found.into_iter().next())
    }

    /// The freshness of every briefing of `library`, in its order (`None` for entries that
    /// did not load, which have no id).
    pub fn freshness(&self, library: &Library) -> Result<Vec<Option<Freshness>>, StoreError> {
        let reads: std::collections::HashMap<String, ReadState> = self
            .read_rows(
                "SELECT briefing, opened_at, size, mtime_ns, digest FROM reads",
                [],
                "reads",
                &[0],
                |cells| {
                    let state = ReadState {
                        opened_at: cells.int(1)?,
                        stamp: Stamp::from_cells(cells, 2)?,
                        digest: cells.optional_int(4)?,
                    };
                    Ok(Some((cells.key(0)?, state)))
                },
            )?
            .into_iter()
            .collect();
        Ok(library
            .briefings()
            .iter()
            .map(|info| {
                let id = info.id.as_ref()?;
                Some(Freshness::of(
                    reads.get(id.as_str()),
                    info.stamp,
                    info.digest,
                ))
            })
            .collect())
    }

    /// The items of `keys` not yet seen in the briefing `briefing`, or seen before they
    /// gained a part (a source or a history step, see [`ItemKeys::parts`]); none when it was
    /// never opened (a first reading has nothing "new since last time"). Reads only.
    pub fn new_items(&self, briefing: &str, keys: &ItemKeys) -> Result<Vec<ItemKey>, StoreError> {
        if self.read_state(briefing)?.is_none() {
            return Ok(Vec::new());
        }
        Ok(Seen::of(self.seen(briefing)?).new_items(keys))
    }

    /// Records that the briefing `briefing` was opened with its file at `stamp`, and returns
    /// its new items (as [`Store::new_items`] before the call). At the first opening every
    /// item counts as seen; later, items stay new until [`Store::mark_seen`]. The read keeps
    /// the digest of a file of that id the index holds at that stamp (else the index gives it
    /// when it reads the file: see `index::write_doc`).
    ///
    /// A store written before parts were recorded holds the keys seen without their parts:
    /// the items seen then count as seen with the parts they have now, so that a briefing
    /// that did not change shows nothing new.
    pub fn record_open(
        &mut self,
        briefing: &str,
        stamp: Stamp,
        keys: &ItemKeys,
    ) -> Result<Vec<ItemKey>, StoreError> {
        let first = self.read_state(briefing)?.is_none();
        let seen = Seen::of(self.seen(briefing)?);
        let new = match first {
            true => Vec::new(),
            false => seen.new_items(keys),
        };
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO reads(briefing, opened_at, size, mtime_ns, digest)
                 VALUES (?1, ?2, ?3, ?4, (SELECT digest FROM files
                     WHERE briefing = ?1 AND size = ?3 AND mtime_ns = ?4 LIMIT 1))
                 ON CONFLICT(briefing) DO UPDATE SET opened_at = ?2, size = ?3, mtime_ns = ?4,
                     digest = excluded.digest",
            )?
            .execute(params![briefing, now(), stamp.size as i64, stamp.mtime_ns])?;
            if first || !seen.with_parts {
                let sightings = keys
                    .all()
                    .filter(|key| first || seen.keys.contains(key))
                    .map(|key| Sighting {
                        parts: keys.parts(&key).to_vec(),
                        key,
                    });
                insert_seen(tx, briefing, sightings)?;
                insert_keys(tx, briefing, std::iter::once(with_parts_key()))?;
            }
            Ok(())
        })?;
        Ok(new)
    }

    /// Records that `items` of the briefing `briefing` were seen, with their parts: they are
    /// no longer new.
    pub fn mark_seen(&mut self, briefing: &str, items: &[Sighting]) -> Result<(), StoreError> {
        self.write(|tx| insert_seen(tx, briefing, items.iter().cloned()))
    }

    /// Every item seen in the briefing `briefing`.
    fn seen(&self, briefing: &str) -> Result<HashSet<ItemKey>, StoreError> {
        let seen = self.read_rows(
            "SELECT kind, item FROM seen WHERE briefing = ?1",
            [briefing],
            "seen",
            &[0, 1],
            |cells| {
                let kind = ItemKind::from_code(cells.int(0)?);
                kind.map(|kind| cells.key(1).map(|id| ItemKey::new(kind, id)))
                    .transpose()
            },
        )?;
        Ok(seen.into_iter().collect())
    }
}

/// The row that says a briefing's seen items are recorded with their parts. `~` is in no id,
/// so the key is no briefing's.
fn with_parts_key() -> ItemKey {
    ItemKey::new(ItemKind::Summary, "~parts")
}

/// The row of part `part` of the item `key`: the item's id, `~#` (in no key) and the part in
/// hex.
fn part_key(key: &ItemKey, part: u64) -> ItemKey {
    ItemKey::new(key.kind, format!("{}~#{part:016x}", key.id))
}

/// What the store holds as seen in one briefing.
struct Seen {
    /// Item keys and part keys seen.
    keys: HashSet<ItemKey>,
    /// True when the parts of the items seen are recorded (see [`with_parts_key`]).
    with_parts: bool,
}

impl Seen {
    fn of(keys: HashSet<ItemKey>) -> Seen {
        let with_parts = keys.contains(&with_parts_key());
        Seen { keys, with_parts }
    }

    /// The items of `keys` not seen, or seen without one of their parts now.
    fn new_items(&self, keys: &ItemKeys) -> Vec<ItemKey> {
        keys.all()
            .filter(|key| {
                !self.keys.contains(key)
                    || (self.with_parts
                        && keys
                            .parts(key)
                            .iter()
                            .any(|&part| !self.keys.contains(&part_key(key, part))))
            })
            .collect()
    }
}

/// Records `items` as seen, each with its parts.
fn insert_seen(
    tx: &rusqlite::Transaction<'_>,
    briefing: &str,
    items: impl Iterator<Item = Sighting>,
) -> rusqlite::Result<()> {
    insert_keys(
        tx,
        briefing,
        items.flat_map(|item| {
            let parts: Vec<ItemKey> = item
                .parts
                .iter()
                .map(|&part| part_key(&item.key, part))
                .collect();
            std::iter::once(item.key).chain(parts)
        }),
    )
}

fn insert_keys(
    tx: &rusqlite::Transaction<'_>,
    briefing: &str,
    items: impl Iterator<Item = ItemKey>,
) -> rusqlite::Result<()> {
    let mut stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO seen(briefing, kind, item) VALUES (?1, ?2, ?3)")?;
    for key in items {
        stmt.execute(params![briefing, key.kind.code(), key.id])?;
    }
    Ok(())
}
