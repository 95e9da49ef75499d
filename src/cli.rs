//! The command line: `brief [PATH...]` reads, subcommands serve authors and scripts.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export::Format;

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

    /// Also read source texts (`file =` in a briefing's sources) from this folder; by default
    /// only the briefing's own folder is allowed. Repeatable.
    #[arg(long = "sources", global = true, value_name = "DIR")]
    pub sources: Vec<PathBuf>,

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
        /// The article text to verify quotes against. In a briefing of several sources it
        /// stands in for the source whose `file` has its file name; `ID=ARTICLE` names the
        /// source by id.
        #[arg(long, value_name = "[ID=]ARTICLE")]
        source: Option<PathBuf>,
        /// Fail on `TODO` values and `# review:` comments too (an unfinished draft).
        #[arg(long)]
        strict: bool,
        /// Files or folders to check.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print a briefing as a report in briefing order (bottom line up front), or as JSON.
    ///
    /// Names a briefing by PATH or by the id of a briefing in the library (the bundled
    /// `dprk-troops-russia`, the data folder, the config's library folders); with neither, the
    /// library's only briefing. The report holds title, dateline, summary, implications ranked by
    /// severity with their quotes, timeline, the other quotes, actors and sources.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Columns the text format is wrapped to; 0 leaves it unwrapped.
        #[arg(long, value_name = "COLUMNS", default_value_t = 80)]
        width: usize,
        /// The picture `--format svg` draws.
        #[arg(long, value_enum, default_value = "timeline")]
        view: crate::export::Chart,
        /// Add your own flags and notes on the briefing's items (from your store), in a
        /// section of their own; off by default, since a report may leave your hands.
        #[arg(long)]
        with_notes: bool,
        /// The briefing file, or the id of a briefing in the library.
        #[arg(value_name = "PATH|ID")]
        briefing: Option<PathBuf>,
    },
    /// Draft a briefing from a plain-text article; prints TOML to stdout (or writes it to
    /// --output), findings to stderr. The draft names the article as its source file, so
    /// `brief check` verifies every quote; `brief check --strict` lists what is left to review.
    ///
    /// With --into BRIEFING, drafts the article against that briefing and writes the merged
    /// briefing to --output (the original is never changed): the article as a new source, its
    /// quotes under it, its people matched to the briefing's actors, and each event it tells
    /// again proposed on the existing event (the new source, a status change), every proposal
    /// marked `# review:`.
    Draft {
        /// The article: UTF-8 text, paragraphs separated by blank lines or line breaks.
        article: PathBuf,
        /// Write the draft to this new file (an existing file is never overwritten).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Merge the article into this existing briefing, written to --output.
        #[arg(long, value_name = "BRIEFING", requires = "output", conflicts_with_all = ["id", "title"])]
        into: Option<PathBuf>,
        /// Id of the drafted briefing.
        #[arg(long)]
        id: Option<String>,
        /// Title of the drafted briefing.
        #[arg(long)]
        title: Option<String>,
    },
    /// Search every briefing of the library (or the given files and folders): summaries,
    /// events, actors, quotes and implications.
    ///
    /// Prints one result per line as `path:line: kind: text`, title and name hits first, then
    /// body text, newer briefings first. Every word must match the start of a word; case and
    /// diacritics are ignored. The index lives in the store (see `brief notes`) and is
    /// refreshed for files that changed. Exits 1 when a given file cannot be read.
    Search {
        /// Print a JSON array (one object a line) instead.
        #[arg(long)]
        json: bool,
        /// Most results printed.
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: usize,
        /// The words to find.
        query: String,
        /// Files or folders to search instead of the library.
        paths: Vec<PathBuf>,
    },
    /// List the analyst's marks (flags and notes) with where each item is, or `(orphaned)`
    /// when its briefing no longer has it.
    ///
    /// Marks live in the store: `store.sqlite3` in the data folder, or the file named by the
    /// BRIEF_STORE environment variable. Exits 1, naming the file, when the store is corrupt,
    /// locked, read-only or from a newer brief.
    Notes {
        /// Print a JSON array (one object a line) instead.
        #[arg(long)]
        json: bool,
    },
    /// Print which config file is read and the effective settings, every key binding included.
    Config,
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}
