//! Paths a draft writes: a file named relative to the folder the draft is read from.

use std::path::{Component, Path, PathBuf};

/// The note for a draft whose article, at `source_file` from the draft's folder, lies outside
/// that folder: how to let `check` and the reader read it.
pub fn outside_note(source_file: Option<&str>) -> Option<&'static str> {
    source_file.filter(|f| f.starts_with("../")).map(|_| {
        "note: the article is outside the draft's folder; `brief check` and the reader read it \
         only from a folder you allow (--sources DIR, or `sources` in the config), or move it \
         beside the draft\n"
    })
}

/// The folder a file is written in: its parent, or the current folder.
pub fn folder_of(file: &Path) -> &Path {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// `target` as a relative path from the folder `base` (both resolved through links), with
/// `/` between parts; None when either cannot be resolved or the path is not UTF-8.
pub fn relative_path(target: &Path, base: &Path) -> Option<String> {
    let target = std::fs::canonicalize(target).ok()?;
    let base = std::fs::canonicalize(base).ok()?;
    relative(&target, &base)
}

/// `target` as a relative path from the folder `base`, worked out from the names alone (`..`
/// taken off lexically), so a file that does not exist is named too; None when a path cannot
/// be made absolute or is not UTF-8.
pub fn lexical_relative_path(target: &Path, base: &Path) -> Option<String> {
    let target = lexical(&std::path::absolute(target).ok()?);
    let base = lexical(&std::path::absolute(base).ok()?);
    relative(&target, &base)
}

/// True when `a` and `b` name the same file: the same file once resolved when both exist,
/// else the same absolute path by their names.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => {
            let absolute = |p: &Path| std::path::absolute(p).ok().map(|p| lexical(&p));
            absolute(a).is_some_and(|a| Some(a) == absolute(b))
        }
    }
}

/// `path` with `.` and `..` taken off by name.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `target` relative to `base`, both absolute and without `.` or `..`.
fn relative(target: &Path, base: &Path) -> Option<String> {
    let target: Vec<_> = target.components().collect();
    let base: Vec<_> = base.components().collect();
    let common = target.iter().zip(&base).take_while(|(t, b)| t == b).count();
    let ups = std::iter::repeat_n("..", base.len() - common).map(str::to_owned);
    let downs = target[common..]
        .iter()
        .map(|c| c.as_os_str().to_str().map(str::to_owned));
    let parts: Option<Vec<String>> = ups.map(Some).chain(downs).collect();
    Some(parts?.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_named_from_another_folder_by_its_name() {
        let dir = std::env::temp_dir().join("brief-paths-test");
        assert_eq!(
            lexical_relative_path(&dir.join("sub/./nis.txt"), &dir.join("out")).as_deref(),
            Some("../sub/nis.txt")
        );
        assert!(same_file(&dir.join("a.txt"), &dir.join("x/../a.txt")));
        assert!(!same_file(&dir.join("a.txt"), &dir.join("b.txt")));
    }
}
