//! The `brief` binary: parse the command line, load before the UI starts, then read.

use std::process::ExitCode;

use brief::app::App;
use brief::briefing::{self, Briefing, bundled::BUNDLED};
use brief::cli::{Cli, Command};
use brief::keymap::Keymap;
use brief::ui::Theme;
use clap::Parser;
use ratatui::layout::Rect;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { paths }) => check(&paths),
        None => read(&cli.paths),
    }
}

fn check(paths: &[std::path::PathBuf]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match brief::check::run(paths, &mut stdout) {
        Ok(outcome) if outcome.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("brief: cannot write the report: {error}");
            ExitCode::FAILURE
        }
    }
}

fn read(paths: &[std::path::PathBuf]) -> ExitCode {
    let briefing = match load_first(paths) {
        Ok(briefing) => briefing,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let mut app = App::new(briefing, Keymap::defaults(), Rect::default());
    let theme = Theme::default();
    match brief::event::run(&mut app, &theme, false) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("brief: {error}");
            ExitCode::FAILURE
        }
    }
}

fn load_first(paths: &[std::path::PathBuf]) -> Result<Briefing, String> {
    let Some(first) = briefing::files::expand(paths).into_iter().next() else {
        let (name, text) = BUNDLED[0];
        return briefing::load_bytes(name, text.as_bytes()).map_err(|e| e.to_string());
    };
    briefing::load_path(&first?).map_err(|e| e.to_string())
}
