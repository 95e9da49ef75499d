//! `brief draft --into` on files: the original read (its byte order mark kept), every path the
//! merged briefing names written from the new file's folder, and the result checked to load
//! before anything is written.

use std::path::Path;

use super::{Inputs, Merged, into};
use crate::briefing::files::shown;
use crate::briefing::load::{load_str, read_briefing, text_of};
use crate::paths::{folder_of, lexical_relative_path, outside_note, relative_path, same_file};

/// A UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// The merge of the article at `article` (its text `text`) into the briefing at `briefing`,
/// as the new file `output` must hold it; the message a user reads when it cannot be made.
pub fn merge_files(
    briefing: &Path,
    article: &Path,
    text: &str,
    output: &Path,
) -> Result<Merged, String> {
    let name = briefing.display().to_string();
    let bytes = read_briefing(briefing)?;
    let original = text_of(&name, &bytes)?;
    let loaded = load_str(&name, original)?;
    let folder = folder_of(output);
    let source_file = relative_path(article, folder);
    // Source texts the original names are found from its folder; the new file names them
    // from its own, by name, so a text missing today is still named where it was.
    let original_folder = folder_of(briefing);
    let same_folder = same_file(original_folder, folder);
    let relocate = |file: &str| {
        (!same_folder)
            .then(|| lexical_relative_path(&original_folder.join(file), folder))
            .flatten()
    };
    let is_article = |file: &str| same_file(&original_folder.join(file), article);
    let inputs = Inputs {
        text: original,
        briefing: &loaded,
        article: text,
        source_file: source_file.as_deref(),
        relocate: &relocate,
        is_article: &is_article,
    };
    let mut merged = into(&inputs).map_err(|message| format!("{}: {message}", shown(briefing)))?;
    // What is written must load: a merge that breaks the briefing is a bug, never a file.
    if let Err(error) = load_str(&output.display().to_string(), &merged.toml) {
        return Err(format!(
            "brief: the merged briefing does not load, so it was not written (a bug; please report it):\n{error}"
        ));
    }
    if let Some(note) = outside_note(source_file.as_deref()) {
        merged.report.push_str(note);
    }
    // The byte order mark the loader reads past is written back.
    if bytes.starts_with(BOM.as_bytes()) {
        merged.toml.insert_str(0, BOM);
    }
    Ok(merged)
}
