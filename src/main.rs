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
use brief::store::commands;
use brief::ui::Theme;
use clap::{CommandFactory, Parser};
use ratatui::layout::Rect;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Only the reader and `brief config` read the config: a broken one must not stop an
    // author's `check` in CI or a shell's completions.
    let config =
        || config::load(cli.config.as_deref()).inspect_err(|message| eprintln!("{message}"));
    match cli.command {
        Some(Command::Check { paths, source }) => check(&paths, source.as_deref()),
        Some(Command::Export { format, path }) => export(&path, format),
        Some(Command::Draft { article, id, title }) => {
            draft(&article, id.as_deref(), title.as_deref())
        }
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
            Ok(config) => read(&cli.paths, config),
            Err(_) => ExitCode::FAILURE,
        },
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

fn check(paths: &[PathBuf], source: Option<&Path>) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match brief::check::run(paths, source, &mut stdout) {
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

fn export(path: &Path, format: brief::cli::Format) -> ExitCode {
    match brief::briefing::load_path(path) {
        Ok(briefing) => print(&brief::export::briefing(&briefing, format)),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

fn draft(article: &Path, id: Option<&str>, title: Option<&str>) -> ExitCode {
    let text = match brief::briefing::load::read_capped(article) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            eprintln!("{}: {error}", brief::briefing::files::shown(article));
            return ExitCode::FAILURE;
        }
    };
    let draft = brief::draft::draft(&text, id, title);
    eprint!("{}", draft.report);
    print(&draft.toml)
}

/// Opens the reader: one briefing directly, several in the picker.
fn read(paths: &[PathBuf], config: Config) -> ExitCode {
    let theme = match std::env::var_os("NO_COLOR") {
        Some(value) if !value.is_empty() => Theme::monochrome(),
        _ => Theme::colored(&config.palette),
    };
    let origins = library::origins(paths, &event::library_folders(&config));
    let mut loaded = library::load_all(origins);
    let screen = if loaded.len() == 1 {
        let (origin, result) = loaded.remove(0);
        match result {
            Ok(briefing) => Screen::reader(briefing, origin, &config, Rect::default()),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        Screen::Picker(Picker::new(library::entries(loaded), Rect::default()))
    };
    match event::run(Session::new(screen, config, theme)) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("brief: {error}");
            ExitCode::FAILURE
        }
    }
}
