//! Turning the paths a user gives into briefing files: a folder stands for its `*.toml` files.

use std::path::{Component, Path, PathBuf};

use crate::text::SafeText;

/// Expands each path named on the command line: a folder into its `*.toml` files in name
/// order (an error if it has none), anything else into itself. A path through a link that
/// points outside the folder holding the link is refused ([`named`]). Errors are messages
/// ready to print.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, String>> {
    let mut out = Vec::new();
    for path in paths {
        match named(path) {
            Err(message) => out.push(Err(message)),
            Ok(()) if path.is_dir() => out.extend(walk(path)),
            Ok(()) => out.push(Ok(path.clone())),
        }
    }
    out
}

/// Checks a path named by the user (a briefing file or a folder of them): no link along it may
/// point outside the folder that holds the link. A link to a file or folder beside it, or
/// below, is fine; `briefings/evil.toml -> ~/.env` or a `briefings` that is a link to
/// `~/.cargo` is refused, so a folder someone else wrote (a pull request: git stores links)
/// cannot make `brief check briefings/` read and echo a file elsewhere. Links on the way to
/// the home folder or the current folder (`/home/me -> /net/home/me`) are the machine's own
/// and followed. The message names the link and nothing of where it points.
pub fn named(path: &Path) -> Result<(), String> {
    let Some(link) = link_outside(path) else {
        return Ok(());
    };
    let what = if link.is_dir() { "folder" } else { "file" };
    Err(if link == path {
        format!(
            "{}: is a link to a {what} outside its folder, so it is not read; name the {what} \
             it points to if you mean to read it",
            shown(path)
        )
    } else {
        format!(
            "{}: {} is a link to a {what} outside its folder, so it is not read; name the \
             {what} it points to if you mean to read it",
            shown(path),
            shown(&link)
        )
    })
}

/// The first link along `path` whose target lies outside the folder that holds it, leaving
/// out the folders on the way to the home and current folders.
fn link_outside(path: &Path) -> Option<PathBuf> {
    let own: Vec<PathBuf> = ["HOME", "PWD"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .filter(|folder| folder.is_absolute())
        .collect();
    let mut prefix = PathBuf::new();
    for component in path.components() {
        prefix.push(component);
        let checked = matches!(component, Component::Normal(_))
            && !own.iter().any(|folder| folder.starts_with(&prefix));
        let is_link =
            checked && std::fs::symlink_metadata(&prefix).is_ok_and(|m| m.file_type().is_symlink());
        if is_link && resolve(&prefix).is_some_and(|(_, inside)| !inside) {
            return Some(prefix);
        }
    }
    None
}

/// `path` resolved (after every link), and whether that lies inside the folder holding its
/// last name; `None` when either cannot be resolved (a dangling link: its open fails).
fn resolve(path: &Path) -> Option<(PathBuf, bool)> {
    let real = std::fs::canonicalize(path).ok()?;
    let folder = std::fs::canonicalize(own_folder(path)).ok()?;
    let inside = real.starts_with(folder);
    Some((real, inside))
}

/// The `*.toml` files of library folders (from the config: trusted wherever they point; the
/// files in them are confined to them when read). A folder without briefings is skipped.
pub fn library_files(folders: &[PathBuf]) -> Vec<PathBuf> {
    folders
        .iter()
        .filter(|folder| folder.is_dir())
        .flat_map(|folder| walk(folder))
        .filter_map(Result::ok)
        .collect()
}

/// The briefing files of `folder`, or why there are none.
fn walk(folder: &Path) -> Vec<Result<PathBuf, String>> {
    match toml_files(folder) {
        Ok(files) if files.is_empty() => vec![Err(format!("no briefings in {}", shown(folder)))],
        Ok(files) => files.into_iter().map(Ok).collect(),
        Err(error) => vec![Err(format!("{}: {error}", shown(folder)))],
    }
}

/// True when the open `file`, opened by the name `path`, lies (after every link) inside the
/// folder that holds that name: `briefings/a.toml` inside the real `briefings`, `a.toml`
/// inside the current folder. The file's real path is taken from `path` and then checked to
/// be the very file open (device and inode), so a link changed between the open and the check
/// is refused rather than followed.
pub fn inside_own_folder(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Some((real, true)), Ok(open)) = (resolve(path), file.metadata()) else {
        return false;
    };
    std::fs::metadata(real).is_ok_and(|at| (at.dev(), at.ino()) == (open.dev(), open.ino()))
}

/// The folder that holds the last name of `path` (`.` for a bare name).
fn own_folder(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
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

#[cfg(test)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    #[test]
    fn the_check_is_on_the_file_open_not_on_where_the_link_points_now() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("briefings");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(dir.path().join("secret"), "outside").unwrap();
        std::fs::write(folder.join("inside.toml"), "inside").unwrap();
        let link = folder.join("link.toml");
        symlink("../secret", &link).unwrap();
        let opened = std::fs::File::open(&link).unwrap();
        assert!(!inside_own_folder(&opened, &link));
        // Swapped for a link inside after the open: the open file is still the outside one.
        std::fs::remove_file(&link).unwrap();
        symlink("inside.toml", &link).unwrap();
        assert!(!inside_own_folder(&opened, &link));
        let reopened = std::fs::File::open(&link).unwrap();
        assert!(inside_own_folder(&reopened, &link));
    }

    #[test]
    fn links_on_a_named_path_must_stay_in_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("repo/briefings/2024")).unwrap();
        std::fs::create_dir_all(root.join("elsewhere")).unwrap();
        symlink("2024", root.join("repo/briefings/latest")).unwrap();
        symlink("../../elsewhere", root.join("repo/briefings/out")).unwrap();
        let repo = root.join("repo");
        assert_eq!(link_outside(&repo.join("briefings/latest/a.toml")), None);
        assert_eq!(
            link_outside(&repo.join("briefings/out/a.toml")),
            Some(repo.join("briefings/out"))
        );
        assert!(named(&repo.join("briefings/out")).is_err());
        assert!(named(&repo.join("briefings/..")).is_ok());
    }
}
