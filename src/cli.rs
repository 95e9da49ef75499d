//! The command line: `brief [PATH...]` reads, subcommands serve authors and scripts.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// A terminal reader for news briefings: timeline, actors, quotes and regional implications.
///
/// With no path, opens the library (the bundled briefing, the data folder and the config's
/// library folders); with one file, opens it; with a folder or several files, shows a picker.
#[derive(Debug, Parser)]
#[command(version, about, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Briefing files or folders of them to open.
    pub paths: Vec<PathBuf>,

    /// Read the config from this file instead of the platform config folder.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

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
    /// `path:line:col: message` with the source line. With --source, or when a briefing names
    /// its source text in `[[briefing.sources]] file = "..."`, also verifies that every quote
    /// appears verbatim in the source and that its speaker is named nearby. `TODO` values and
    /// `# review:` comments left by `brief draft` are listed as warnings. Exits 0 when all
    /// pass, 1 when any fails, 2 for usage errors.
    Check {
        /// The article text to verify quotes against.
        #[arg(long, value_name = "ARTICLE")]
        source: Option<PathBuf>,
        /// Fail on `TODO` values and `# review:` comments too (an unfinished draft).
        #[arg(long)]
        strict: bool,
        /// Files or folders to check.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print a whole briefing as text, with sources cited, ready to paste into a report.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// The briefing file.
        path: PathBuf,
    },
    /// Draft a briefing from a plain-text article; prints TOML to stdout (or writes it to
    /// --output), findings to stderr. The draft names the article as its source file, so
    /// `brief check` verifies every quote; `brief check --strict` lists what is left to review.
    Draft {
        /// The article: UTF-8 text, paragraphs separated by blank lines or line breaks.
        article: PathBuf,
        /// Write the draft to this new file (an existing file is never overwritten).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Id of the drafted briefing.
        #[arg(long)]
        id: Option<String>,
        /// Title of the drafted briefing.
        #[arg(long)]
        title: Option<String>,
    },
    /// Print which config file is read and the effective settings, every key binding included.
    Config,
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// Formats `brief export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown with headings and block quotes.
    Markdown,
    /// Plain text.
    Text,
}
