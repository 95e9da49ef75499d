//! The real binary run as a script runs it, away from the user's config and data folder (and
//! so the store in it), so a developer's own settings never change a test's result.

use std::ffi::OsStr;
use std::process::{Command, Output};

/// `brief ARGS` from the project's folder, with no user config or data folder; add `.env(...)`
/// to give it either, or `BRIEF_STORE`.
pub fn brief<S: AsRef<OsStr>>(args: &[S]) -> Command {
    let scratch = env!("CARGO_TARGET_TMPDIR");
    let mut command = Command::new(env!("CARGO_BIN_EXE_brief"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CONFIG_HOME", format!("{scratch}/no-config"))
        .env("XDG_DATA_HOME", format!("{scratch}/no-data"));
    command
}

/// Runs `brief ARGS` as [`brief`] sets it up and waits for it.
pub fn run<S: AsRef<OsStr>>(args: &[S]) -> Output {
    brief(args).output().expect("run brief")
}

/// What the run printed on standard output.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 on stdout")
}

/// What the run printed on standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 on stderr")
}
