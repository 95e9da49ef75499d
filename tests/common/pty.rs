//! Running the real `brief` binary in a pseudo-terminal, reading its screen through a vt100
//! parser, and typing into it.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Generous for slow CI machines; a passing test never waits this long.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// A running `brief` in a pseudo-terminal.
pub struct Pty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    output: Receiver<Vec<u8>>,
    /// Every byte the program wrote to the terminal so far.
    pub raw: Vec<u8>,
    parser: vt100::Parser,
}

impl Pty {
    /// Starts `brief ARGS` in a `cols` x `rows` terminal with extra environment `env`.
    pub fn spawn(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        command.args(args);
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env("TERM", "xterm-256color");
        command.env(
            "XDG_CONFIG_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-config"),
        );
        command.env(
            "XDG_DATA_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-data"),
        );
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn brief");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Pty {
            child,
            writer,
            master: pair.master,
            output,
            raw: Vec::new(),
            parser: vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 0),
        }
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until `done` holds for the screen; panics naming `what` with the screen after
    /// [`TIMEOUT`].
    fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while !done(&self.screen()) {
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Whether the screen shows `text` within `wait`.
    pub fn shows_within(&mut self, text: &str, wait: Duration) -> bool {
        let start = Instant::now();
        while !self.screen().contains(text) {
            if start.elapsed() > wait {
                return false;
            }
            self.pump(Duration::from_millis(20));
        }
        true
    }

    /// Waits until the screen shows `text`; panics with the screen after [`TIMEOUT`].
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text));
    }

    /// Waits until the program's output so far (every byte, including what it prints after
    /// leaving the alternate screen) holds `text`; panics with its end after [`TIMEOUT`].
    pub fn wait_for_output(&mut self, text: &str) {
        let start = Instant::now();
        while !String::from_utf8_lossy(&self.raw).contains(text) {
            let end = &self.raw[self.raw.len().saturating_sub(400)..];
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {text:?} in the output; it ends:\n{}",
                String::from_utf8_lossy(end)
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_without(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} to go"), |screen| !screen.contains(text));
    }

    /// Waits until the screen shows one of `texts`; returns which.
    pub fn wait_for_any(&mut self, texts: &[&str]) -> usize {
        self.wait_until(&format!("one of {texts:?}"), |screen| {
            texts.iter().any(|t| screen.contains(t))
        });
        let screen = self.screen();
        texts.iter().position(|t| screen.contains(t)).unwrap_or(0)
    }

    /// Waits until some line of the screen starts with `text` (the status line, say).
    pub fn wait_for_line_start(&mut self, text: &str) {
        self.wait_until(&format!("a line {text:?}"), |screen| {
            screen.lines().any(|line| line.starts_with(text))
        });
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the screen model with it.
    /// What the program wrote before is read at the old size; the model takes the new size
    /// before the program can draw at it, so no frame is ever cut to the old one.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.pump(Duration::from_millis(1));
        self.parser.screen_mut().set_size(
            rows.max(1).try_into().unwrap(),
            cols.max(1).try_into().unwrap(),
        );
        self.resize_window(cols, rows);
    }

    /// Resizes the pseudo-terminal only (the program gets SIGWINCH; the screen model keeps
    /// its size): for measuring sizes too large to model.
    pub fn resize_window(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Types raw bytes (keys as the terminal sends them).
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// The process id of the child.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// Waits for the program to exit and returns its exit code, reading all its output.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().unwrap() {
                self.pump(Duration::from_millis(100));
                return status.exit_code();
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "brief did not exit; screen:\n{}",
                self.screen()
            );
        }
    }

    /// Asserts that the program, ended, left the alternate screen and then showed the cursor;
    /// `context` names the case in a failure.
    pub fn assert_restored(&self, context: &str) {
        let raw = String::from_utf8_lossy(&self.raw);
        let left = raw
            .rfind("\u{1b}[?1049l")
            .unwrap_or_else(|| panic!("{context}: left the alternate screen"));
        assert!(
            raw[left..].contains("\u{1b}[?25h"),
            "{context}: cursor shown after leaving: {:?}",
            &raw[left..]
        );
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
