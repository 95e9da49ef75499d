//! Side effects the event loop performs for `update`: the clipboard (OSC 52) and the URL opener.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The OSC 52 sequence that asks the terminal (or tmux, or an SSH client's terminal) to put
/// `text` on the system clipboard. The text travels base64-encoded, so it cannot act as a
/// control sequence itself.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// How long an opener may run before it counts as having opened the link (a browser it
/// starts may keep it running); an opener that fails does so at once.
const OPENER_VERDICT: Duration = Duration::from_secs(3);

/// Opens an http(s) URL with the platform's opener, without a shell, and waits a moment for
/// its verdict: an error when it cannot be run or ends in failure (no browser). Call it off
/// the thread that handles keys; an opener still running is waited for on a thread of its
/// own, so it never lingers as a zombie.
pub fn open_url(url: &str) -> Result<(), String> {
    if crate::briefing::load::web_link(url).is_none() {
        return Err("only plain http and https links are opened".into());
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let mut child = Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound => format!("no browser: {opener} is not installed"),
            kind => format!("cannot run {opener}: {kind}"),
        })?;
    let start = Instant::now();
    while start.elapsed() < OPENER_VERDICT {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                let code = status
                    .code()
                    .map_or_else(|| "a signal".to_owned(), |c| format!("status {c}"));
                return Err(format!("no browser: {opener} failed with {code}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return Err(format!("{opener}: {}", error.kind())),
        }
    }
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn osc52_wraps_the_encoded_text() {
        assert_eq!(osc52("“hi”"), "\u{1b}]52;c;4oCcaGnigJ0=\u{7}");
    }

    #[test]
    fn only_web_links_are_opened() {
        assert!(open_url("file:///etc/passwd").is_err());
        assert!(open_url("javascript:alert(1)").is_err());
        assert!(open_url("https://example.com/a b").is_err());
        assert!(open_url("https://example.com/\u{1b}]0;x\u{7}").is_err());
    }
}
