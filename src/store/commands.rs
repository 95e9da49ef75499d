//! `brief search` and `brief notes`: the library index and the analyst's marks, for scripts.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::json;

use super::{
    Access, BriefingInfo, Hit, ItemKeys, ItemKind, Note, Place, Store, default_path, query,
};
use crate::briefing::{Briefing, library};
use crate::export::AnalystNote;
use crate::text::counted;

/// What a command prints and its exit status.
#[derive(Debug, Default)]
pub struct Output {
    /// For stdout.
    pub stdout: String,
    /// For stderr (warnings and errors).
    pub stderr: String,
    /// The exit status.
    pub status: u8,
}

/// `brief search QUERY [PATH...]`: the hits of `query` in `paths` (or, with none, in the
/// library: the bundled briefings and `folders`), one per line as `path:line: kind: text`, or
/// as a JSON array. Files that do not load are named on stderr and make the status 1 when
/// given as paths. A store that cannot be used is named on stderr and the search runs on an
/// index in memory.
pub fn search(
    query: &str,
    paths: &[PathBuf],
    folders: &[PathBuf],
    json: bool,
    limit: usize,
) -> Output {
    let mut out = Output::default();
    if let Some(cut) = query::cut(query) {
        let _ = writeln!(
            out.stderr,
            "brief: searched for the first {} of the query ({} of its {} characters): a query \
             is cut at {}",
            counted(cut.split_whitespace().count(), "word"),
            cut.chars().count(),
            query.chars().count(),
            query::MAX_QUERY_CHARS
        );
    }
    let opened = default_path()
        .ok_or_else(|| "no data folder for the store (set BRIEF_STORE)".to_owned())
        .and_then(|path| Store::open(&path).map_err(|error| error.to_string()));
    let mut store = match opened.or_else(|warning| {
        let _ = writeln!(out.stderr, "brief: {warning}; searching without it");
        Store::in_memory().map_err(|error| error.to_string())
    }) {
        Ok(store) => store,
        Err(error) => return failure(out, &error),
    };
    let origins = library::origins(paths, folders);
    let (library, _) = match store.refresh(&origins) {
        Ok(refreshed) => refreshed,
        Err(error) => return failure(out, &error.to_string()),
    };
    for info in library.briefings() {
        if let Err(error) = &info.summary {
            let headline = error.lines().next().unwrap_or_default();
            let _ = writeln!(out.stderr, "brief: skipped: {headline}");
            if !paths.is_empty() {
                out.status = 1;
            }
        }
    }
    let hits = match store.search(&library, query, limit) {
        Ok(hits) => hits,
        Err(error) => return failure(out, &error.to_string()),
    };
    name_damaged(&store, &mut out);
    out.stdout = if json {
        json_lines(hits.iter().map(hit_json))
    } else {
        hits.iter()
            .map(|hit| {
                format!(
                    "{}:{}: {}: {}\n",
                    hit.briefing.origin.name(),
                    hit.line,
                    hit.kind,
                    hit.text()
                )
            })
            .collect()
    };
    out
}

/// `brief notes`: every mark, where its item is in the library (`folders` and the bundled
/// briefings), or orphaned; as lines or a JSON array. Exits 1 naming the file when the store
/// cannot be used.
pub fn notes(folders: &[PathBuf], json: bool) -> Output {
    let out = Output::default();
    let Some(path) = default_path() else {
        return failure(out, "no data folder for the store (set BRIEF_STORE)");
    };
    let mut store = match Store::open(&path) {
        Ok(store) => store,
        Err(error) => return failure(out, &error.to_string()),
    };
    let listed = store
        .refresh(&library::origins(&[], folders))
        .and_then(|(library, _)| store.notes(&library));
    let mut out = match listed {
        Ok(notes) if json => Output {
            stdout: json_lines(notes.iter().map(note_json)),
            ..out
        },
        Ok(notes) => Output {
            stdout: notes.iter().map(note_line).collect(),
            ..out
        },
        Err(error) => failure(out, &error.to_string()),
    };
    name_damaged(&store, &mut out);
    out
}

/// Names on stderr each row the store's reads skipped as damaged.
fn name_damaged(store: &Store, out: &mut Output) {
    for damaged in store.take_damaged() {
        let _ = writeln!(out.stderr, "brief: {damaged}");
    }
}

fn failure(mut out: Output, message: &str) -> Output {
    let _ = writeln!(out.stderr, "brief: {message}");
    out.status = 1;
    out
}

/// A JSON array with one value a line, so that it reads as lines too.
fn json_lines(values: impl Iterator<Item = serde_json::Value>) -> String {
    let lines: Vec<String> = values.map(|value| value.to_string()).collect();
    if lines.is_empty() {
        return "[]\n".to_owned();
    }
    format!("[\n{}\n]\n", lines.join(",\n"))
}

fn briefing_json(info: &BriefingInfo) -> serde_json::Value {
    let summary = info.summary.as_ref().ok();
    json!({
        "path": info.origin.name().as_str(),
        "id": info.id.as_ref().map(|id| id.as_str()),
        "title": summary.map(|s| s.title.as_str()),
        "date": summary.and_then(|s| s.date).map(|d| d.to_string()),
    })
}

fn hit_json(hit: &Hit) -> serde_json::Value {
    json!({
        "path": hit.briefing.origin.name().as_str(),
        "line": hit.line,
        "kind": hit.kind.name(),
        "id": hit.id.as_str(),
        "text": hit.text(),
        "speaker": hit.speaker.as_ref().map(|s| s.as_str()),
        "match": if hit.head { "name" } else { "text" },
        "briefing": briefing_json(&hit.briefing),
    })
}

fn note_line(note: &Note) -> String {
    let mark = &note.mark;
    let place = match &note.place {
        Place::Found { briefing, line, .. } => format!("{}:{line}:", briefing.origin.name()),
        Place::Orphaned(briefing) => format!("{}: (orphaned)", briefing.origin.name()),
        Place::Elsewhere => format!("{}: (briefing not in the library)", mark.key.briefing),
    };
    let mut line = format!("{place} {} {}", mark.key.item.kind, mark.key.item.id);
    if !mark.flags.is_empty() {
        let _ = write!(line, " [{}]", mark.flags);
    }
    if !mark.note.is_empty() {
        let _ = write!(line, " {}", mark.note);
    }
    line.push('\n');
    line
}

fn note_json(note: &Note) -> serde_json::Value {
    let mark = &note.mark;
    let flags: Vec<&str> = mark.flags.iter().map(super::Flag::name).collect();
    let mut value = json!({
        "briefing_id": mark.key.briefing,
        "kind": mark.key.item.kind.name(),
        "id": mark.key.item.id,
        "flags": flags,
        "note": mark.note.as_str(),
        "updated_at": mark.updated_at,
    });
    let (status, briefing, line, text) = match &note.place {
        Place::Found {
            briefing,
            line,
            text,
        } => ("found", Some(briefing), Some(*line), Some(text.as_str())),
        Place::Orphaned(briefing) => ("orphaned", Some(briefing), None, None),
        Place::Elsewhere => ("not-in-library", None, None, None),
    };
    value["status"] = json!(status);
    value["briefing"] = briefing.map_or(serde_json::Value::Null, |b| briefing_json(b));
    value["line"] = json!(line);
    value["text"] = json!(text);
    value
}

/// The analyst's marks on `briefing`, for `brief export --with-notes`: read from the store
/// without writing it (a store that does not exist yet holds no marks), with a message naming
/// each damaged row skipped. Errors name the file.
pub fn analyst_notes(briefing: &Briefing) -> Result<(Vec<AnalystNote>, Vec<String>), String> {
    let path = default_path().ok_or("no data folder for the store (set BRIEF_STORE)")?;
    if !path.exists() {
        return Ok((Vec::new(), Vec::new()));
    }
    let store = Store::open_with(&path, Access::ReadOnly).map_err(|e| e.to_string())?;
    let marks = store
        .marks(briefing.meta.id.as_str())
        .map_err(|e| e.to_string())?;
    let keys = ItemKeys::of(briefing);
    let notes = marks
        .into_iter()
        .map(|mark| {
            let item = match keys.find(&mark.key.item) {
                Some((pane, ix)) => briefing.describe(pane, ix),
                None if mark.key.item.kind == ItemKind::Summary => "the briefing".to_owned(),
                None => format!("{} (no longer in the briefing)", mark.key.item.id),
            };
            AnalystNote {
                kind: mark.key.item.kind.name().to_owned(),
                id: mark.key.item.id.clone(),
                item,
                flags: mark.flags.iter().map(|f| f.name().to_owned()).collect(),
                note: mark.note.to_string(),
            }
        })
        .collect();
    let damaged = store
        .take_damaged()
        .iter()
        .map(ToString::to_string)
        .collect();
    Ok((notes, damaged))
}
