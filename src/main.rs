//! The `brief` binary: parse the command line, load before the UI starts, then read.

use std::process::ExitCode;

use brief::cli::{Cli, Command};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { paths }) => {
            let mut stdout = std::io::stdout().lock();
            match brief::check::run(&paths, &mut stdout) {
                Ok(outcome) if outcome.failed == 0 => ExitCode::SUCCESS,
                Ok(_) => ExitCode::FAILURE,
                Err(error) => {
                    eprintln!("brief: cannot write the report: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        None => ExitCode::SUCCESS,
    }
}
