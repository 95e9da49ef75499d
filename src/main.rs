//! The `brief` binary: parse the command line, load config and briefings before the UI starts
//! (so errors print plainly), then read.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use brief::app::picker::Picker;
use brief::briefing::library;
use brief::cli::{Cli, Command};
use brief::config::{self, Config};
use brief::event::{self, Screen, Session};
use brief::paths::{folder_of, outside_note, relative_path};
use brief::provenance::SourceRoots;
use brief::store::commands;
use brief::ui::Theme;
use clap::{CommandFactory, Parser};
use ratatui::layout::Rect;

fn main() -> ExitCode {
    brief::terminal::install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    // Folders named on the command line are taken from the current directory, not from each
    // briefing's folder as the config's are.
    let cli_roots: Vec<PathBuf> = cli
        .sources
        .iter()
        .map(|dir| std::path::absolute(dir).unwrap_or_else(|_| dir.clone()))
        .collect();
    // Only the reader and `brief config` read the config: a broken one must not stop an
    // author's `check` in CI or a shell's completions.
    let config =
        || config::load(cli.config.as_deref()).inspect_err(|message| eprintln!("{message}"));
    match cli.command {
        Some(Command::Check {
            paths,
            source,
            strict,
        }) => check(&paths, source.as_deref(), &SourceRoots(cli_roots), strict),
        Some(Command::Export {
            format,
            width,
            view,
            with_notes,
            briefing,
        }) => {
            let choice = ExportChoice {
                format,
                width,
                view,
                with_notes,
            };
            export(briefing.as_deref(), &choice, config)
        }
        // clap requires --output with --into.
        Some(Command::Draft {
            article,
            output: Some(output),
            into: Some(briefing),
            ..
        }) => draft_into(&briefing, &article, &output),
        Some(Command::Draft {
            article,
            output,
            id,
            title,
            ..
        }) => draft(&article, output.as_deref(), id.as_deref(), title.as_deref()),
        Some(Command::Search {
            json,
            limit,
            query,
            paths,
        }) => {
            // Only a search of the library needs the config's folders.
            let folders = match paths.is_empty() {
                true => match config() {
                    Ok(config) => event::library_folders(&config),
                    Err(_) => return ExitCode::FAILURE,
                },
                false => Vec::new(),
            };
            emit(commands::search(&query, &paths, &folders, json, limit))
        }
        Some(Command::Notes { json }) => match config() {
            Ok(config) => emit(commands::notes(&event::library_folders(&config), json)),
            Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Config) => match config() {
            Ok(config) => print(&config::describe(&config)),
            Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "brief", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        None => match config() {
            Ok(config) => {
                let roots = SourceRoots(config.sources.iter().cloned().chain(cli_roots).collect());
                read(&cli.paths, config, roots)
            }
            Err(_) => ExitCode::FAILURE,
        },
    }
}

/// Most characters of a usage message printed (clap echoes the arguments it refuses).
const USAGE_MESSAGE_CHARS: usize = 20_000;

/// Prints a clap error (or `--help` / `--version`) through the sanitizer: a refused argument is
/// echoed in the message, and an argument can be a file name holding escape sequences.
fn usage_error(error: &clap::Error) -> ExitCode {
    let text = brief::text::SafeText::message(&error.render().to_string(), USAGE_MESSAGE_CHARS);
    if error.use_stderr() {
        eprint!("{text}");
        ExitCode::from(2)
    } else {
        print(text.as_str())
    }
}

/// Writes `text` to stdout; a closed pipe is not an error worth a message.
fn print(text: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("brief: cannot write: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what a store command wrote and exits with its status.
fn emit(output: commands::Output) -> ExitCode {
    eprint!("{}", output.stderr);
    let printed = print(&output.stdout);
    match output.status {
        0 => printed,
        status => ExitCode::from(status),
    }
}

fn check(paths: &[PathBuf], source: Option<&Path>, roots: &SourceRoots, strict: bool) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match brief::check::run(paths, source, roots, strict, &mut stdout) {
        Ok(outcome) if outcome.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        // The reader of the report stopped reading (`brief check | head`): nothing to say.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("brief: cannot write the report: {error}");
            ExitCode::FAILURE
        }
    }
}

/// What `brief export` was asked to write.
struct ExportChoice {
    format: brief::export::Format,
    width: usize,
    view: brief::export::Chart,
    with_notes: bool,
}

/// Prints the report on a briefing named by path or library id. Only an id (or no argument)
/// reads the config, for its library folders: exporting a file must not depend on it.
fn export(
    briefing: Option<&Path>,
    choice: &ExportChoice,
    config: impl FnOnce() -> Result<Config, String>,
) -> ExitCode {
    let id = briefing.filter(|path| is_library_id(path));
    let (origin, loaded) = match briefing {
        Some(path) if id.is_none() => {
            let origin = library::Origin::File(path.to_path_buf());
            let loaded = brief::briefing::files::named(path).and_then(|()| origin.load());
            (origin, loaded)
        }
        _ => {
            let Ok(config) = config() else {
                return ExitCode::FAILURE;
            };
            let id = id.and_then(Path::to_str);
            match library::find(id, &event::library_folders(&config)) {
                Ok((origin, briefing)) => (origin, Ok(briefing)),
                Err(message) => {
                    eprintln!("brief: {message}");
                    // With no argument, the missing name is a usage error.
                    return ExitCode::from(if id.is_some() { 1 } else { 2 });
                }
            }
        }
    };
    match loaded {
        Ok(briefing) => {
            let notes = match choice.with_notes {
                true => match commands::analyst_notes(&briefing) {
                    Ok((notes, damaged)) => {
                        damaged.iter().for_each(|row| eprintln!("brief: {row}"));
                        notes
                    }
                    Err(message) => {
                        eprintln!("brief: {message}");
                        return ExitCode::FAILURE;
                    }
                },
                false => Vec::new(),
            };
            let options = brief::export::Options {
                width: choice.width,
                chart: choice.view,
                notes,
                ..brief::export::Options::new(choice.format, &origin)
            };
            let selection = brief::export::Selection::Briefing;
            print(&brief::export::report(&briefing, &selection, &options))
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// True when `arg` names a library id rather than a file: it is no existing path and has
/// neither a folder nor an extension (ids are `a-z`, `0-9` and `-`).
fn is_library_id(arg: &Path) -> bool {
    !arg.exists() && arg.components().count() == 1 && arg.extension().is_none()
}

/// The text of an article to draft (invalid UTF-8 replaced), or the message saying why not.
fn article_text(article: &Path) -> Result<String, ExitCode> {
    match brief::briefing::load::read_capped(article) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(error) => {
            say(&format!(
                "{}: {error}\n",
                brief::briefing::files::shown(article)
            ));
            Err(ExitCode::FAILURE)
        }
    }
}

/// Writes `text` to standard error, ignoring a closed or full stream: what a draft reports
/// must never stop it from writing its file.
fn say(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// `brief draft --into BRIEFING ARTICLE -o OUTPUT`: the article merged into a copy of the
/// briefing, written to the new file OUTPUT once it loads, then the report.
fn draft_into(briefing: &Path, article: &Path, output: &Path) -> ExitCode {
    let text = match article_text(article) {
        Ok(text) => text,
        Err(code) => return code,
    };
    match brief::draft::merge::files::merge_files(briefing, article, &text, output) {
        Ok(merged) => {
            let written = write_new(output, &merged.toml);
            say(&merged.report);
            wrote(output, written)
        }
        Err(message) => {
            say(&format!("{message}\n"));
            ExitCode::FAILURE
        }
    }
}

fn draft(article: &Path, output: Option<&Path>, id: Option<&str>, title: Option<&str>) -> ExitCode {
    let text = match article_text(article) {
        Ok(text) => text,
        Err(code) => return code,
    };
    // The source file is named relative to where the draft goes, so `brief check` finds it:
    // the folder of `-o FILE` or of the file standard output is redirected to; else the
    // current folder, which the draft then says.
    let destination = output.map(Path::to_path_buf).or_else(redirected_stdout);
    let folder = destination.as_deref().map_or(Path::new("."), folder_of);
    let source_file = relative_path(article, folder);
    let options = brief::draft::Options {
        id,
        title,
        source_file: source_file.as_deref(),
    };
    let draft = brief::draft::draft(&text, &options);
    let written = output.map(|output| write_new(output, &draft.toml));
    let code = match written {
        Some(_) => ExitCode::SUCCESS,
        None if destination.is_none() && source_file.is_some() => {
            print(&format!("{UNPLACED_DRAFT}{}", draft.toml))
        }
        None => print(&draft.toml),
    };
    say(&draft.report);
    if let Some(note) = outside_note(source_file.as_deref()) {
        say(note);
    }
    match output.zip(written) {
        Some((output, written)) => wrote(output, written),
        None => code,
    }
}

/// Writes `text` to the new file `output`: a reviewed briefing is an editor's work, so a
/// draft never replaces a file. What went wrong is said by [`wrote`], after the report.
fn write_new(output: &Path, text: &str) -> Result<(), String> {
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(output)
        .and_then(|mut file| file.write_all(text.as_bytes()));
    let shown = brief::briefing::files::shown(output);
    written.map_err(|error| match error.kind() {
        std::io::ErrorKind::AlreadyExists => {
            format!("{shown} exists: the draft does not overwrite it; choose another file")
        }
        _ => format!("{shown}: {error}"),
    })
}

/// Says that `output` was written, or why it was not, as the last line; the exit code.
fn wrote(output: &Path, written: Result<(), String>) -> ExitCode {
    match written {
        Ok(()) => {
            say(&format!(
                "wrote {}\n",
                brief::briefing::files::shown(output)
            ));
            ExitCode::SUCCESS
        }
        Err(message) => {
            say(&format!("{message}\n"));
            ExitCode::FAILURE
        }
    }
}

/// The first line of a draft printed where its file is unknown (a terminal, a pipe).
const UNPLACED_DRAFT: &str = "# The article's `file` below is relative to the folder `brief draft` ran in: saved in \
     another folder, the draft must name it relative to the saved file (`brief draft ARTICLE \
     -o FILE` or `> FILE` writes it so).\n";

/// The file standard output is redirected to, when it is a regular file the system names
/// (`/proc/self/fd/1`, on Linux); None for a terminal or a pipe.
fn redirected_stdout() -> Option<PathBuf> {
    let path = std::fs::read_link("/proc/self/fd/1").ok()?;
    std::fs::metadata(&path).ok()?.is_file().then_some(path)
}

/// The first picker, drawn while what it lists is found on a worker.
fn listing_picker() -> Screen {
    let mut picker = Picker::new(Vec::new(), Rect::default());
    picker.listing = true;
    Screen::Picker(Box::new(picker))
}

/// Opens the reader: one briefing directly, several in the picker.
fn read(paths: &[PathBuf], config: Config, roots: SourceRoots) -> ExitCode {
    let theme = match std::env::var_os("NO_COLOR") {
        Some(value) if !value.is_empty() => Theme::monochrome(),
        _ => Theme::colored(&config.palette),
    };
    let folders = event::library_folders(&config);
    // One argument that is no file but an id opens that briefing of the library; one
    // briefing opens in the reader; several are listed in the picker, each summarized
    // without keeping it.
    let (mut to_read, mut to_find) = (None, None);
    let screen = match paths {
        // No argument, or a folder: the library (or what the arguments name) is listed on a
        // worker (the first frame waits for no folder), then shown in the picker, or a
        // briefing found alone opens in the reader.
        [] => listing_picker(),
        _ if paths.iter().any(|path| path.is_dir()) => listing_picker(),
        // An id: found in the config's library on a worker too, then opened in the reader;
        // an id not found leaves the picker on the library, saying so.
        [one] if is_library_id(one) => {
            to_find = Some(one.to_string_lossy().into_owned());
            Screen::Picker(Box::new(Picker::new(Vec::new(), Rect::default())))
        }
        _ => {
            let mut origins = library::origins(paths, &folders);
            if origins.len() != 1 {
                // Drawn at once; its briefings are read on a worker (`Session::reading`).
                let mut picker = Picker::new(Vec::new(), Rect::default());
                picker.reading = Some(origins.len());
                to_read = Some(origins);
                Screen::Picker(Box::new(picker))
            } else {
                let origin = origins.remove(0);
                match origin.load() {
                    Ok(briefing) => Screen::reader(briefing, origin, &config, Rect::default()),
                    Err(error) => {
                        eprintln!("{error}");
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
    };
    // A picker opened on files or folders is the library for this session.
    let listed = match (&screen, &to_find) {
        (Screen::Picker(_), None) => paths.to_vec(),
        _ => Vec::new(),
    };
    let mut session = Session::new(screen, config, theme, roots).listing(listed);
    if let Some(origins) = to_read {
        session = session.reading(origins);
    } else if let Some(id) = to_find {
        session = session.finding(id);
    } else if matches!(&session.screen, Screen::Picker(picker) if picker.listing) {
        session = session.listing_library();
    }
    match event::run(session) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("brief: {error}");
            ExitCode::FAILURE
        }
    }
}
