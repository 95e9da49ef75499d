//! Entering and leaving the full-screen terminal, so that every exit path (quit, error, panic,
//! signal, suspend) gives the shell back its normal terminal.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::layout::Rect;
use ratatui::{DefaultTerminal, Terminal, TerminalOptions, Viewport};

/// True while the full-screen terminal is on, so a panic knows whether to restore it.
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Most characters of a panic message printed.
const PANIC_MESSAGE_CHARS: usize = 2000;

/// Replaces the panic hook for the whole process: restore the terminal when the reader had
/// it, then print the message through the sanitizer (a panic message can carry file text,
/// and the default hook would print it raw).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if ENTERED.load(Ordering::SeqCst) {
            leave();
        }
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(no message)");
        let place = info.location().map(|l| (l.file(), l.line()));
        let _ = write!(std::io::stderr().lock(), "{}", panic_report(message, place));
    }));
}

/// What a panic prints: the message (which can carry file text) through the sanitizer, cut
/// to [`PANIC_MESSAGE_CHARS`], with the place in the code.
pub fn panic_report(message: &str, place: Option<(&str, u32)>) -> String {
    let place = place
        .map(|(file, line)| format!(" at {}:{line}", crate::text::SafeText::excerpt(file, 200)))
        .unwrap_or_default();
    let message = crate::text::SafeText::message(message, PANIC_MESSAGE_CHARS);
    format!("brief: internal error{place}: {message}\nThis is a bug in brief; please report it.\n")
}

/// Widest area drawn: a larger terminal shows this much in its top-left corner, so the
/// memory of a frame stays bounded whatever size the terminal claims.
pub const MAX_COLUMNS: u16 = 1000;
/// Tallest area drawn (see [`MAX_COLUMNS`]).
pub const MAX_ROWS: u16 = 500;

/// The area drawn in a terminal of `width` x `height`: all of it, up to the caps.
pub fn drawn_area(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width.min(MAX_COLUMNS), height.min(MAX_ROWS))
}

/// Switches to raw mode and the alternate screen (with mouse capture when asked) and turns
/// on bracketed paste. The terminal draws at most [`MAX_COLUMNS`] x [`MAX_ROWS`].
pub fn enter(mouse: bool) -> std::io::Result<DefaultTerminal> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(std::io::Error::other(
            "not a terminal: the reader needs an interactive terminal (brief export prints a briefing as text)",
        ));
    }
    let (width, height) = ratatui::crossterm::terminal::size()?;
    switch_on(mouse)?;
    let options = TerminalOptions {
        viewport: Viewport::Fixed(drawn_area(width, height)),
    };
    Terminal::with_options(
        ratatui::backend::CrosstermBackend::new(std::io::stdout()),
        options,
    )
    .inspect_err(|_| leave())
}

/// Raw mode, the alternate screen, bracketed paste and (when asked) the mouse; on any failure
/// the terminal is given back as it was.
fn switch_on(mouse: bool) -> std::io::Result<()> {
    ratatui::crossterm::terminal::enable_raw_mode()?;
    ENTERED.store(true, Ordering::SeqCst);
    let result = interrupt_key_stays_a_signal()
        .and_then(|()| {
            execute!(
                std::io::stdout(),
                EnterAlternateScreen,
                EnableBracketedPaste
            )
        })
        .and_then(|()| {
            if mouse {
                execute!(std::io::stdout(), EnableMouseCapture)
            } else {
                Ok(())
            }
        });
    if result.is_err() {
        leave();
    }
    result
}

/// Raw mode turns Ctrl-c into an input byte, which a garbled input sequence (an unterminated
/// paste) could swallow. This turns signal generation back on for Ctrl-c alone, so the
/// terminal driver itself sends SIGINT and Ctrl-c always reaches the reader; the other
/// signal keys (Ctrl-z, Ctrl-\\) stay ordinary keys for the keymap.
fn interrupt_key_stays_a_signal() -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = std::io::stdin().as_raw_fd();
    // SAFETY: `termios` is plain data filled by `tcgetattr` before it is read, and `fd` is
    // stdin, open for the life of the process.
    unsafe {
        let mut termios: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut termios) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        termios.c_lflag |= libc::ISIG;
        termios.c_cc[libc::VINTR] = 0x03;
        termios.c_cc[libc::VQUIT] = libc::_POSIX_VDISABLE as libc::cc_t;
        termios.c_cc[libc::VSUSP] = libc::_POSIX_VDISABLE as libc::cc_t;
        if libc::tcsetattr(fd, libc::TCSANOW, &termios) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Leaves raw mode and the alternate screen, stops mouse capture and shows the cursor.
/// Safe to call more than once; every step is tried even when an earlier one fails.
pub fn leave() {
    ENTERED.store(false, Ordering::SeqCst);
    let _ = ratatui::crossterm::terminal::disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = out.flush();
}

/// Re-enters the full-screen terminal after a suspend.
pub fn resume(mouse: bool) -> std::io::Result<()> {
    switch_on(mouse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_report_shows_escape_sequences_as_stand_ins() {
        let article = "ends here.\u{1b}]0;PWNED\u{7}\u{1b}]52;c;SGVsbG8=\u{7}\nThen the second";
        let report = panic_report(
            &format!("byte index 9 is out of bounds of `{article}`"),
            Some(("src/ui/overlay.rs", 7)),
        );
        assert!(report.starts_with("brief: internal error at src/ui/overlay.rs:7: byte index"));
        assert!(report.contains("ends here.␛␛\nThen the second"), "{report}");
        assert!(!report.contains("PWNED") && !report.contains("SGVsbG8"));
        assert!(
            !report
                .chars()
                .any(|c| c != '\n' && crate::text::is_unsafe_char(c))
        );
        let long = panic_report(&"x".repeat(10 * PANIC_MESSAGE_CHARS), None);
        assert!(long.len() < 2 * PANIC_MESSAGE_CHARS, "cut to the cap");
    }
}
