//! Hostile files: nothing from a briefing reaches the terminal as a control sequence, in the
//! panes, overlays, errors or raw pty output; signals restore the terminal.

mod common;

use brief::action::Action;
use brief::app::{Msg, Pane};
use brief::text::is_unsafe_char;
use brief::ui::Theme;
use common::pty::Pty;
use common::*;

const HOSTILE: &str = "tests/fixtures/hostile/every-field.toml";

fn hostile() -> brief::briefing::Briefing {
    brief::briefing::load_path(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(HOSTILE))
        .unwrap()
}

/// Panics if any cell of the buffer holds a control, bidi or invisible character.
fn assert_inert(buffer: &ratatui::buffer::Buffer, what: &str) {
    for cell in buffer.content() {
        assert!(
            !cell.symbol().chars().any(is_unsafe_char),
            "{what}: unsafe cell {:?}",
            cell.symbol()
        );
    }
}

#[test]
fn every_field_of_a_hostile_briefing_renders_inertly_everywhere() {
    for (width, height) in [(120, 40), (80, 24), (30, 10)] {
        let mut app = app(hostile(), width, height);
        for pane in Pane::ALL {
            app.update(Msg::Action(
                [
                    Action::Timeline,
                    Action::Actors,
                    Action::Quotes,
                    Action::Implications,
                ][pane.index()],
            ));
            for _ in 0..app.rows(pane).len() {
                assert_inert(&render(&app, &Theme::default()), "pane");
                app.update(Msg::Action(Action::Detail));
                assert_inert(&render(&app, &Theme::default()), "detail");
                app.update(Msg::Action(Action::Last));
                assert_inert(&render(&app, &Theme::default()), "detail end");
                app.update(Msg::Action(Action::Cancel));
                app.update(Msg::Action(Action::Next));
            }
        }
        type_keys(&mut app, "/title");
        assert_inert(&render(&app, &Theme::default()), "search");
    }
}

#[test]
fn stand_ins_keep_the_surrounding_text_readable() {
    let b = hostile();
    let title = b.meta.title.as_str();
    assert!(title.starts_with("Briefing title␛ clip␛ clear␛ home␛ red␛ link␛x␛ bell␇ bs␈ cr␍ c1csi␛ c1osc␛ rlo<U+202E>"), "{title}");
    assert!(title.contains("tab    end"));
    assert!(b.meta.summary.as_str().contains("\n\nsecond paragraph"));
}

#[test]
fn errors_that_echo_hostile_values_contain_no_control_character() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["check", "tests/fixtures/hostile/echo-errors.toml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches(".toml:").count(), 3, "{text}");
    assert!(text.contains("kind '␛person' is not one of"));
    assert!(text.contains("speaker '␛' is not the id of any actor"));
    assert!(text.contains("unknown key '␛␛' in [[quotes]]"));
    assert!(
        !text.chars().any(|c| c != '\n' && is_unsafe_char(c)),
        "{text:?}"
    );
}

#[test]
fn the_terminal_receives_no_byte_sequence_from_the_file() {
    let mut pty = Pty::spawn(&[HOSTILE], 120, 40, &[]);
    pty.wait_for("Timeline 1/3");
    pty.send(b"2 ");
    pty.wait_for("Actors · detail");
    // Esc alone: with the next keys in the same read it would be Alt-3, which the detail
    // view, owning the keyboard, keeps from the panes.
    pty.send(b"\x1b");
    pty.wait_without("Actors · detail");
    pty.send(b"3j4");
    pty.wait_for("Implications 1/2");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    assert!(pty.screen().is_empty() || !pty.screen().contains("PWNED"));
    let raw = &pty.raw;
    let contains = |needle: &[u8]| raw.windows(needle.len()).any(|w| w == needle);
    for needle in [
        &b"PWNED"[..],
        b"SGVsbG8",
        b"evil.example",
        b"\x07",
        b"\x08",
        "\u{9b}".as_bytes(),
        "\u{202e}".as_bytes(),
        "\u{2066}".as_bytes(),
        "\u{200b}".as_bytes(),
        "\u{e0041}".as_bytes(),
    ] {
        assert!(
            !contains(needle),
            "{:?} reached the terminal",
            String::from_utf8_lossy(needle)
        );
    }
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_exit_128_plus_signal() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let mut pty = Pty::spawn(&[], 100, 30, &[]);
        pty.wait_for("Timeline 1/12");
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pty.pid().to_string()])
            .status();
        assert!(killed.unwrap().success());
        assert_eq!(pty.wait_exit(), status, "SIG{signal}");
        pty.assert_restored(&format!("SIG{signal}"));
        let raw = String::from_utf8_lossy(&pty.raw);
        assert!(
            raw.rfind("\u{1b}[?1000l")
                .is_some_and(|i| i > raw.rfind("\u{1b}[?1000h").unwrap()),
            "mouse released"
        );
    }
}

#[test]
fn redraw_key_and_resize_storms_leave_a_working_current_frame() {
    let mut pty = Pty::spawn(&[], 100, 30, &[]);
    pty.wait_for("Timeline 1/12");
    // Ctrl-L repaints everything; it must not ask the terminal anything that races input.
    pty.send(b"\x0c");
    pty.send(b"2");
    pty.wait_for_line_start("Actors 1/16");
    for step in 0..60u16 {
        let (cols, rows) = if step % 3 == 0 {
            (1, 1)
        } else {
            (20 + step * 3, 5 + step / 2)
        };
        pty.resize(cols, rows);
    }
    pty.resize(120, 40);
    pty.send(b"j");
    pty.wait_for_line_start("Actors 2/16");
    assert!(
        pty.screen().lines().any(|l| l.contains("┏ Actors (16)")),
        "{}",
        pty.screen()
    );
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}
