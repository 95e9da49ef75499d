//! The briefings a user can open: the bundled ones, the data folder, the config's library
//! folders, or the paths given on the command line. One broken file is listed with its error
//! and never stops the others.

use std::path::PathBuf;

use super::bundled::BUNDLED;
use super::model::PartialDate;
use super::{Briefing, files, load_bytes, load_path};
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
        match self {
            Origin::Bundled(ix) => {
                load_bytes(BUNDLED[*ix].0, BUNDLED[*ix].1.as_bytes()).map_err(|e| e.to_string())
            }
            Origin::File(path) => load_path(path).map_err(|e| e.to_string()),
            Origin::Problem(message) => Err(message.clone()),
        }
    }
}

/// What the picker shows of one briefing.
#[derive(Clone, Debug)]
pub struct Summary {
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

/// Loads every origin, in parallel, keeping each result in order.
pub fn load_all(origins: Vec<Origin>) -> Vec<(Origin, Result<Briefing, String>)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(origins.len().max(1));
    let chunk = origins.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = origins
            .chunks(chunk)
            .map(|part| {
                (
                    part.len(),
                    scope.spawn(move || part.iter().map(Origin::load).collect::<Vec<_>>()),
                )
            })
            .collect();
        // A worker that panicked (a bug) still yields one result per origin, so that no
        // result is paired with the wrong briefing.
        let results = handles.into_iter().flat_map(|(len, handle)| {
            handle
                .join()
                .unwrap_or_else(|_| vec![Err("internal error while loading".to_owned()); len])
        });
        origins.iter().cloned().zip(results).collect()
    })
}

/// The picker entries for loaded origins (the briefings themselves are dropped).
pub fn entries(loaded: Vec<(Origin, Result<Briefing, String>)>) -> Vec<Entry> {
    loaded
        .into_iter()
        .map(|(origin, result)| Entry {
            origin,
            summary: result.map(|b| Summary::of(&b)),
        })
        .collect()
}

/// The library briefing whose id is `id` or, with no id, the library's only briefing; the
/// library being the bundled briefings and the `*.toml` files of `library` folders. A file
/// wins over a bundled briefing of the same id (an author's edited copy); two files with it
/// are an error. Errors are messages ready to print.
pub fn find(id: Option<&str>, library: &[PathBuf]) -> Result<(Origin, Briefing), String> {
    let mut loaded: Vec<(Origin, Briefing)> = load_all(origins(&[], library))
        .into_iter()
        .filter_map(|(origin, result)| Some((origin, result.ok()?)))
        .collect();
    let ids = |loaded: &[(Origin, Briefing)]| {
        let mut ids: Vec<&str> = loaded.iter().map(|(_, b)| b.meta.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.join(", ")
    };
    let Some(id) = id else {
        return match loaded.len() {
            1 => Ok(loaded.remove(0)),
            n => Err(format!(
                "the library holds {n} briefings; name one by path or id: {}",
                ids(&loaded)
            )),
        };
    };
    let known = ids(&loaded);
    // Bundled briefings come first, so the last match is a file when there is one.
    let mut found: Vec<(Origin, Briefing)> = loaded
        .into_iter()
        .filter(|(_, b)| b.meta.id.as_str() == id)
        .collect();
    let files: Vec<String> = found
        .iter()
        .filter_map(|(origin, _)| origin.path().map(|p| files::shown(p).to_string()))
        .collect();
    if files.len() > 1 {
        return Err(format!(
            "{} briefings have the id {id}: {}; name one by path",
            files.len(),
            files.join(", ")
        ));
    }
    found.pop().ok_or_else(|| {
        format!(
            "no briefing file or library briefing named {}; the library holds: {known}",
            SafeText::excerpt(id, 80)
        )
    })
}
