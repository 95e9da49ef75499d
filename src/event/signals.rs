//! Signals as inputs: Ctrl-c from the terminal becomes the key Ctrl-c, SIGTSTP and SIGCONT
//! suspend and resume, and every signal that would end the process ends the reader with the
//! terminal restored.

use std::sync::mpsc::Sender;
use std::time::Duration;

use signal_hook::consts::{
    SIGABRT, SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGIO, SIGPROF, SIGQUIT, SIGSYS, SIGTERM, SIGTRAP,
    SIGTSTP, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU, SIGXFSZ,
};
use signal_hook::iterator::SignalsInfo;
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::low_level::siginfo::Cause;

use super::Input;
use crate::terminal;

/// Every signal whose default action ends the process and that a program may catch: each
/// ends the reader with the terminal restored.
const ENDING_SIGNALS: &[i32] = &[
    SIGHUP,
    SIGINT,
    SIGQUIT,
    SIGTERM,
    SIGUSR1,
    SIGUSR2,
    SIGALRM,
    SIGVTALRM,
    SIGPROF,
    SIGXCPU,
    SIGXFSZ,
    SIGIO,
    SIGSYS,
    SIGTRAP,
    SIGABRT,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGPWR,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGSTKFLT,
];

/// How long the loop has to end after an ending signal before the signal thread restores the
/// terminal and ends the process itself.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// Turns signals into inputs, so each is handled with the terminal restored: Ctrl-c from the
/// terminal becomes the key Ctrl-c, SIGTSTP and SIGCONT suspend and resume, and every ending
/// signal ends the reader (by itself after [`SIGNAL_GRACE`] if the loop does not answer).
pub(super) fn watch_signals(tx: Sender<Input>) -> std::io::Result<signal_hook::iterator::Handle> {
    let mut wanted = ENDING_SIGNALS.to_vec();
    wanted.extend([SIGTSTP, SIGCONT]);
    let mut signals = SignalsInfo::<WithOrigin>::new(&wanted)?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        for origin in signals.forever() {
            let signal = origin.signal;
            let input = if signal == SIGINT && origin.cause == Cause::Kernel {
                Input::Interrupt
            } else {
                Input::Signal(signal)
            };
            let ending = matches!(input, Input::Signal(s) if ENDING_SIGNALS.contains(&s));
            if tx.send(input).is_err() {
                return;
            }
            if ending {
                std::thread::spawn(move || {
                    std::thread::sleep(SIGNAL_GRACE);
                    terminal::leave();
                    std::process::exit(128 + signal);
                });
            }
        }
    });
    Ok(handle)
}
