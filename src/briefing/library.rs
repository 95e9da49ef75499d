//! The briefings a user can open: the bundled ones, the data folder, the config's library
//! folders, or the paths given on the command line. One broken file is listed with its error
//! and never stops the others.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use super::bundled::BUNDLED;
use super::load::{load_str, read_briefing, text_of};
use super::model::{PartialDate, counts};
use super::outline::outline;
use super::{Briefing, LoadError, files, load_bytes};
use crate::text::SafeText;

/// Where a briefing comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Compiled into the binary: index into [`BUNDLED`].
    Bundled(usize),
    /// A file on disk.
    File(PathBuf),
    /// A path that could not be expanded (a folder without briefings): just its message.
    Problem(String),
}

impl Origin {
    /// How the origin is named on screen.
    pub fn name(&self) -> SafeText {
        match self {
            Origin::Bundled(ix) => SafeText::excerpt(&format!("{} (bundled)", BUNDLED[*ix].0), 200),
            Origin::File(path) => files::shown(path),
            Origin::Problem(message) => SafeText::excerpt(message, 200),
        }
    }

    /// The file to watch for changes, if any.
    pub fn path(&self) -> Option<&PathBuf> {
        match self {
            Origin::File(path) => Some(path),
            _ => None,
        }
    }

    /// Loads the briefing; errors are messages ready to print.
    pub fn load(&self) -> Result<Briefing, String> {
        self.load_seeing(|_| {})
    }

    /// Loads the briefing as [`Origin::load`] does, keeping how many problems an error names.
    pub fn load_counted(&self) -> Result<Briefing, LoadError> {
        self.read(|_| {})
    }

    /// Loads the briefing as [`Origin::load`] does, showing `see` the bytes read first (to
    /// hash what was read).
    pub fn load_seeing(&self, see: impl FnOnce(&[u8])) -> Result<Briefing, String> {
        self.read(see).map_err(String::from)
    }

    fn read(&self, see: impl FnOnce(&[u8])) -> Result<Briefing, LoadError> {
        match self {
            Origin::Bundled(ix) => {
                let (name, text) = BUNDLED[*ix];
                see(text.as_bytes());
                load_bytes(name, text.as_bytes())
            }
            Origin::File(path) => {
                let bytes = read_briefing(path)?;
                see(&bytes);
                load_bytes(&path.display().to_string(), &bytes)
            }
            Origin::Problem(message) => Err(LoadError {
                message: message.clone(),
                count: 1,
            }),
        }
    }
}

/// What the picker shows of one briefing.
#[derive(Clone, Debug)]
pub struct Summary {
    /// The briefing's id.
    pub id: SafeText,
    /// Headline.
    pub title: SafeText,
    /// Date, if given.
    pub date: Option<PartialDate>,
    /// Tags.
    pub tags: Vec<SafeText>,
    /// `9 actors, 16 quotes, ...`.
    pub counts: String,
}

/// One briefing in the library: where it is and what it holds, or why it cannot be read.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Where it comes from.
    pub origin: Origin,
    /// Its summary, or the load error.
    pub summary: Result<Summary, String>,
}

impl Summary {
    /// The summary of a loaded briefing.
    pub fn of(briefing: &Briefing) -> Summary {
        Summary {
            id: briefing.meta.id.clone(),
            title: briefing.meta.title.clone(),
            date: briefing.meta.date,
            tags: briefing.meta.tags.clone(),
            counts: briefing.counts(),
        }
    }
}

/// The origins to offer: the given paths (folders expanded, a folder without briefings being
/// an error), or with none the bundled briefings and the briefings of the library folders
/// (a library folder that does not exist or holds none is skipped: it is not an error to
/// have an empty library).
pub fn origins(paths: &[PathBuf], library: &[PathBuf]) -> Vec<Origin> {
    let to_origin = |entry: Result<PathBuf, String>| match entry {
        Ok(path) => Origin::File(path),
        Err(message) => Origin::Problem(message),
    };
    if !paths.is_empty() {
        return files::expand(paths).into_iter().map(to_origin).collect();
    }
    let mut origins: Vec<Origin> = (0..BUNDLED.len()).map(Origin::Bundled).collect();
    origins.extend(files::library_files(library).into_iter().map(Origin::File));
    origins
}

/// Files larger than this are outlined for the picker ([`Origin::summary`]) rather than
/// loaded, and the library index loads at most one of them at a time: a full load takes
/// about eight times the file's size in memory.
pub const LARGE_FILE_BYTES: u64 = 4 * 1024 * 1024;

impl Origin {
    /// What the picker shows of the briefing, or why it does not load. A file over
    /// [`LARGE_FILE_BYTES`] is outlined: its `[briefing]` table loaded and checked, its items
    /// counted by their headers, and the items themselves checked only when it is opened; one
    /// that cannot be outlined is loaded in full.
    pub fn summary(&self) -> Result<Summary, String> {
        if let Origin::File(path) = self
            && std::fs::metadata(path).is_ok_and(|m| m.len() > LARGE_FILE_BYTES)
            && let Some(summary) = outlined(path)
        {
            return summary;
        }
        self.load().map(|briefing| Summary::of(&briefing))
    }
}

/// The summary of the large file at `path` from its outline; `None` when it cannot be
/// outlined (or its header alone does not load: a full load says what is wrong exactly).
fn outlined(path: &Path) -> Option<Result<Summary, String>> {
    let name = path.display().to_string();
    let bytes = match read_briefing(path) {
        Ok(bytes) => bytes,
        Err(error) => return Some(Err(error.to_string())),
    };
    let text = match text_of(&name, &bytes) {
        Ok(text) => text,
        Err(error) => return Some(Err(error.to_string())),
    };
    let found = outline(text)?;
    let header = load_str(&name, &found.header).ok()?;
    let [actors, quotes, events, implications] = found.items;
    Some(Ok(Summary {
        counts: counts(actors, quotes, events, implications),
        ..Summary::of(&header)
    }))
}

/// The picker's entries for `origins`, in order: each summarized on a worker (every core
/// takes the next origin), and no briefing kept once summarized, so memory holds one
/// briefing per core, never the library.
pub fn scan(origins: Vec<Origin>) -> Vec<Entry> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(origins.len().max(1));
    let next = AtomicUsize::new(0);
    let summaries: Vec<Mutex<Option<Result<Summary, String>>>> =
        origins.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let ix = next.fetch_add(1, Ordering::Relaxed);
                    let Some(origin) = origins.get(ix) else {
                        break;
                    };
                    let summary = origin.summary();
                    *summaries[ix].lock().unwrap_or_else(PoisonError::into_inner) = Some(summary);
                }
            });
        }
    });
    // A worker that panicked (a bug) leaves its origin without a summary, not a hole.
    origins
        .into_iter()
        .zip(summaries)
        .map(|(origin, summary)| Entry {
            origin,
            summary: summary
                .into_inner()
                .unwrap_or_else(PoisonError::into_inner)
                .unwrap_or_else(|| Err("internal error while loading".to_owned())),
        })
        .collect()
}

/// Why [`choose`] found no one briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unchosen {
    /// No briefing of the library has the id.
    Unknown,
    /// The files (as shown) that share the id: two or more.
    Shared(Vec<String>),
    /// No id was given and the library holds this many briefings.
    Several(usize),
}

/// The entry of `entries` (a library read by [`scan`]) whose id is `id` or, with no id, the
/// only one; entries that do not load have no id. A file wins over a bundled briefing of the
/// same id (an author's edited copy); two files with it are [`Unchosen::Shared`].
pub fn choose(id: Option<&str>, entries: &[Entry]) -> Result<Origin, Unchosen> {
    let loaded = entries.iter().filter(|entry| entry.summary.is_ok());
    let Some(id) = id else {
        let loaded: Vec<&Origin> = loaded.map(|entry| &entry.origin).collect();
        return match loaded[..] {
            [only] => Ok(only.clone()),
            _ => Err(Unchosen::Several(loaded.len())),
        };
    };
    let found: Vec<&Origin> = loaded
        .filter(|entry| entry.summary.as_ref().is_ok_and(|s| s.id.as_str() == id))
        .map(|entry| &entry.origin)
        .collect();
    let files: Vec<String> = found
        .iter()
        .filter_map(|origin| origin.path().map(|p| files::shown(p).to_string()))
        .collect();
    if files.len() > 1 {
        return Err(Unchosen::Shared(files));
    }
    // Bundled briefings come first, so the last match is a file when there is one.
    found
        .last()
        .map(|&origin| origin.clone())
        .ok_or(Unchosen::Unknown)
}

/// The library briefing whose id is `id` or, with no id, the library's only briefing; the
/// library being the bundled briefings and the `*.toml` files of `library` folders (see
/// [`choose`]). Only the briefing found is loaded in full. Errors are messages ready to print,
/// naming the ids the library holds.
pub fn find(id: Option<&str>, library: &[PathBuf]) -> Result<(Origin, Briefing), String> {
    let entries = scan(origins(&[], library));
    let ids = || {
        let mut ids: Vec<&str> = entries
            .iter()
            .filter_map(|entry| Some(entry.summary.as_ref().ok()?.id.as_str()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.join(", ")
    };
    // Only a named id is unknown or shared.
    let named = id.unwrap_or_default();
    match choose(id, &entries) {
        Ok(origin) => open(origin),
        Err(Unchosen::Several(n)) => Err(format!(
            "the library holds {n} briefings; name one by path or id: {}",
            ids()
        )),
        Err(Unchosen::Shared(files)) => Err(format!(
            "{} briefings have the id {named}: {}; name one by path",
            files.len(),
            files.join(", ")
        )),
        Err(Unchosen::Unknown) => Err(format!(
            "no briefing file or library briefing named {}; the library holds: {}",
            SafeText::excerpt(named, 80),
            ids()
        )),
    }
}

/// The origin with its briefing loaded in full.
fn open(origin: Origin) -> Result<(Origin, Briefing), String> {
    let briefing = origin.load()?;
    Ok((origin, briefing))
}
