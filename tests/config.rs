//! The config file as a user meets it: `brief config`, broken files, and the example.

mod common;

use common::cli::{run as brief, stderr, stdout};

#[test]
fn the_example_config_is_valid_and_changes_nothing() {
    let defaults = brief(&["config"]);
    let example = brief(&["--config", "config.example.toml", "config"]);
    assert_eq!(example.status.code(), Some(0), "{}", stderr(&example));
    let settings = |text: String| text.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(settings(stdout(&example)), settings(stdout(&defaults)));
}

#[test]
fn config_prints_the_file_read_and_every_binding() {
    let out = brief(&["--config", "tests/configs/valid/remap.toml", "config"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("# read from tests/configs/valid/remap.toml"),
        "{text}"
    );
    assert!(text.contains("mouse = false"));
    assert!(text.contains("quit = [\"x\"]"));
    assert!(text.contains("next = [\"ctrl-n\", \"down\"]"));
    assert!(text.contains("focus = \"#ff8800\""));
    assert!(text.contains("suspend = [\"ctrl-z\"]"));
}

#[test]
fn broken_configs_stop_start_up_with_file_line_and_column() {
    for (name, expected) in [
        (
            "unknown-action",
            "unknown-action.toml:2:1: unknown key 'quitt' in [keys]; did you mean 'quit'?",
        ),
        (
            "twice",
            "twice.toml:2:9: key 'j' is bound to both quit and next; give one of them another key",
        ),
        ("bad-key", "bad-key.toml:2:9: 'hyper-j' is not a key"),
        ("syntax", "syntax.toml:1:9: TOML syntax:"),
    ] {
        let path = format!("tests/configs/invalid/{name}.toml");
        let out = brief(&["--config", &path, "config"]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let message = stderr(&out);
        assert!(
            message.starts_with(&format!("tests/configs/invalid/{expected}")),
            "{name}: {message}"
        );
    }
}

#[test]
fn hostile_config_values_are_escaped_in_errors() {
    let out = brief(&["--config", "tests/configs/invalid/hostile.toml", "config"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("unknown key '␛' in [keys]"), "{message}");
    assert!(message.contains("'␛' is not a colour"), "{message}");
    assert!(
        !message.chars().any(|c| c.is_control() && c != '\n'),
        "{message:?}"
    );
}

#[test]
fn a_missing_explicit_config_is_an_error_but_a_missing_default_is_fine() {
    let out = brief(&["--config", "does/not/exist.toml", "config"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).trim(), "does/not/exist.toml: no such file");
    let out = brief(&["config"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("does not exist: defaults in use"));
}

#[test]
fn help_version_and_completions_work() {
    assert_eq!(brief(&["--help"]).status.code(), Some(0));
    assert!(stdout(&brief(&["--version"])).starts_with("brief "));
    assert_eq!(brief(&["export", "--help"]).status.code(), Some(0));
    let bash = brief(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    assert!(stdout(&bash).contains("_brief()"));
    assert_eq!(brief(&["completions", "tcsh"]).status.code(), Some(2));
    assert_eq!(brief(&["--no-such-flag"]).status.code(), Some(2));
}

#[test]
fn a_config_that_is_not_text_is_refused_showing_none_of_it() {
    let secret = "zz-config-secret-zz";
    let out = common::cli::brief(&["--config", "/proc/self/environ", "config"])
        .env("SECRET_TOKEN", secret)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert_eq!(
        message,
        "/proc/self/environ: holds NUL bytes, so it is not a config file (a text file of \
         TOML); nothing of it is shown\n"
    );
    assert!(!message.contains(secret) && stdout(&out).is_empty());
}
