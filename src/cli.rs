//! The command line: `brief [PATH...]` reads, subcommands serve authors and scripts.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// A terminal reader for news briefings: timeline, actors, quotes and regional implications.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Briefing files or folders of them to open; none opens the bundled briefing.
    pub paths: Vec<PathBuf>,

    /// What to do instead of reading.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check briefing files (or every *.toml in a folder) and report every error with its line.
    ///
    /// Prints `ok  PATH  counts` for each good file and every error of each bad one, as
    /// `path:line:col: message` with the source line. Exits 0 when all pass, 1 when any fails,
    /// 2 for usage errors.
    Check {
        /// Files or folders to check.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}
