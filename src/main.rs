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
        Some(Command::Check {
            paths,
            source,
            strict,
        }) => check(&paths, source.as_deref(), strict),
        Some(Command::Export { format, path }) => export(&path, format),
        Some(Command::Draft {
            article,
            output,
            id,
            title,
        }) => draft(&article, output.as_deref(), id.as_deref(), title.as_deref()),
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

fn check(paths: &[PathBuf], source: Option<&Path>, strict: bool) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match brief::check::run(paths, source, strict, &mut stdout) {
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

fn draft(article: &Path, output: Option<&Path>, id: Option<&str>, title: Option<&str>) -> ExitCode {
    let text = match brief::briefing::load::read_capped(article) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            eprintln!("{}: {error}", brief::briefing::files::shown(article));
            return ExitCode::FAILURE;
        }
    };
    // The source file is named relative to where the draft goes, so `brief check` finds it.
    let folder = match output.map(Path::parent) {
        Some(Some(parent)) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let source_file = relative_path(article, folder);
    let options = brief::draft::Options {
        id,
        title,
        source_file: source_file.as_deref(),
    };
    let draft = brief::draft::draft(&text, &options);
    eprint!("{}", draft.report);
    let Some(output) = output else {
        return print(&draft.toml);
    };
    // A reviewed briefing is an editor's work: a new draft never replaces it.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(output)
        .and_then(|mut file| file.write_all(draft.toml.as_bytes()));
    let shown = brief::briefing::files::shown(output);
    match written {
        Ok(()) => {
            eprintln!("wrote {shown}");
            ExitCode::SUCCESS
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{shown} exists: the draft does not overwrite it; choose another file");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("{shown}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `target` as a relative path from the folder `base` (both resolved), with `/` between
/// parts; None when either cannot be resolved or the path is not UTF-8.
fn relative_path(target: &Path, base: &Path) -> Option<String> {
    let target = std::fs::canonicalize(target).ok()?;
    let base = std::fs::canonicalize(base).ok()?;
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
