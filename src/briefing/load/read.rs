//! Reading a briefing file: capped, regular files only, confined to the folder that holds it.

use std::io::Read as _;
use std::path::Path;

use super::{LoadError, MAX_FILE_BYTES};
use crate::briefing::files;
use crate::text::SafeText;

/// Reads a briefing file as [`read_capped`] does, but only when the file opened lies (after
/// every link) inside the folder that holds the name it was opened by: a link planted in a
/// folder of briefings (git stores links) never makes `brief` print a line of a file
/// elsewhere. The check is made on the open handle, so a link swapped after the check
/// changes nothing. The error names the path and shows nothing of where it points.
pub fn read_briefing(path: &Path) -> Result<Vec<u8>, LoadError> {
    let fail = |phrase: String| LoadError::one(&path.display().to_string(), phrase);
    let file = open(path).map_err(|error| fail(capped_phrase(error)))?;
    let metadata = regular(&file).map_err(|error| fail(capped_phrase(error)))?;
    if !files::inside_own_folder(&file, path) {
        return Err(fail(
            "is a link to a file outside its folder, so it is not read; name the file it \
             points to if you mean to read it"
                .into(),
        ));
    }
    read_open(file, &metadata, MAX_FILE_BYTES).map_err(|error| fail(capped_phrase(error)))
}

/// Reads a whole file of at most [`MAX_FILE_BYTES`], or says in a phrase why not.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    read_at_most(path, MAX_FILE_BYTES).map_err(capped_phrase)
}

/// The phrase for an error of [`read_capped`].
fn capped_phrase(error: ReadError) -> String {
    match error {
        ReadError::TooBig(len) => too_big(len),
        ReadError::Folder => "is a folder, not a briefing file".into(),
        ReadError::Other(phrase) => phrase,
    }
}

/// Why [`read_at_most`] read nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file holds more than the limit: at least this many bytes.
    TooBig(u64),
    /// The path is a folder.
    Folder,
    /// Any other reason, as a phrase safe to print (`no such file`, `permission denied`).
    Other(String),
}

/// Reads a whole regular file of at most `limit` bytes. The file is opened without blocking
/// and its type checked on the open handle, so a path swapped for a FIFO or a device between
/// a check and the open can neither block the caller nor be read.
pub fn read_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open(path)?;
    let metadata = regular(&file)?;
    read_open(file, &metadata, limit)
}

/// Opens `path` for reading without blocking (a FIFO) or taking a terminal.
fn open(path: &Path) -> Result<std::fs::File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|error| ReadError::Other(io_phrase(error)))
}

/// The metadata of an open file that is a regular file.
fn regular(file: &std::fs::File) -> Result<std::fs::Metadata, ReadError> {
    let metadata = file
        .metadata()
        .map_err(|error| ReadError::Other(io_phrase(error)))?;
    if metadata.is_dir() {
        return Err(ReadError::Folder);
    }
    if !metadata.is_file() {
        return Err(ReadError::Other(
            "is not a regular file (a pipe or a device?)".into(),
        ));
    }
    Ok(metadata)
}

/// Reads the open regular `file` whole, when it holds at most `limit` bytes.
fn read_open(
    file: std::fs::File,
    metadata: &std::fs::Metadata,
    limit: u64,
) -> Result<Vec<u8>, ReadError> {
    if metadata.len() > limit {
        return Err(ReadError::TooBig(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ReadError::Other(io_phrase(error)))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

pub(super) fn too_big(len: u64) -> String {
    format!(
        "file is too big ({} MiB; the limit is {} MiB): split it into several briefings",
        len.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// A short phrase for an I/O error, without the OS's "(os error 2)" suffix.
fn io_phrase(error: std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
            SafeText::excerpt(&text, 200).to_string()
        }
    }
}
