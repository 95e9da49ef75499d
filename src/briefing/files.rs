//! Turning the paths a user gives into briefing files: a folder stands for its `*.toml` files.

use std::path::{Component, Path, PathBuf};

use crate::text::SafeText;

/// Expands each path: a folder into its `*.toml` files in name order (an error if it has none),
/// anything else into itself. Errors are messages ready to print.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, String>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            match toml_files(path) {
                Ok(files) if files.is_empty() => {
                    out.push(Err(format!("no briefings in {}", shown(path))))
                }
                Ok(files) => out.extend(files.into_iter().map(Ok)),
                Err(error) => out.push(Err(format!("{}: {error}", shown(path)))),
            }
        } else {
            out.push(Ok(path.clone()));
        }
    }
    out
}

/// The `*.toml` files directly in `dir`, sorted by name.
fn toml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "toml") && !path.is_dir() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A path made safe to print.
pub fn shown(path: &Path) -> SafeText {
    SafeText::excerpt(&path.display().to_string(), 200)
}

/// A path made safe to print on one status line: a path longer than 40 characters is
/// named by its folder and file name only (`…/exports/report.md`).
pub fn compact(path: &Path) -> SafeText {
    let full = path.display().to_string();
    if full.chars().count() <= 40 {
        return SafeText::excerpt(&full, 200);
    }
    let names = path
        .components()
        .filter(|c| matches!(c, Component::Normal(_)));
    let tail: Vec<_> = names.rev().take(2).collect();
    let tail: PathBuf = tail.into_iter().rev().collect();
    SafeText::excerpt(&format!("…/{}", tail.display()), 200)
}
