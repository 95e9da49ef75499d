//! Entering and leaving the full-screen terminal, so that every exit path (quit, error, panic,
//! signal, suspend) gives the shell back its normal terminal.

use std::io::{IsTerminal, Write};

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};

/// Switches to raw mode and the alternate screen (with mouse capture when asked) and installs
/// a panic hook that restores the terminal before the panic message is printed.
pub fn enter(mouse: bool) -> std::io::Result<DefaultTerminal> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(std::io::Error::other(
            "not a terminal: the reader needs an interactive terminal (brief export prints a briefing as text)",
        ));
    }
    let terminal = ratatui::try_init()?;
    if mouse && let Err(error) = execute!(std::io::stdout(), EnableMouseCapture) {
        leave();
        return Err(error);
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    Ok(terminal)
}

/// Leaves raw mode and the alternate screen, stops mouse capture and shows the cursor.
/// Safe to call more than once; every step is tried even when an earlier one fails.
pub fn leave() {
    let _ = ratatui::crossterm::terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = out.flush();
}

/// Re-enters the full-screen terminal after a suspend.
pub fn resume(mouse: bool) -> std::io::Result<()> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(std::io::stdout(), EnterAlternateScreen)?;
    if mouse {
        execute!(std::io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}
