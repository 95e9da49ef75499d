//! Attacks by a hostile author of briefings, articles and file names, each reproduced against
//! the real binary (in a pseudo-terminal where the terminal is the target) or the library.

mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use brief::app::Msg;
use brief::text::is_unsafe_char;
use brief::ui::Theme;
use common::pty::Pty;
use common::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A briefing naming `file` as its source, with one quote of `text` by Ann Lee.
fn briefing_with_source(file: &str, text: &str) -> String {
    format!(
        "format = 1\n[briefing]\nid = \"t\"\ntitle = \"Test\"\nsummary = \"s\"\n\
         [[briefing.sources]]\ntitle = \"Article\"\nfile = {}\n\
         [[actors]]\nid = \"lee\"\nname = \"Ann Lee\"\nkind = \"person\"\n\
         [[quotes]]\nid = \"q\"\nspeaker = \"lee\"\ntext = {}\n",
        brief::text::toml_basic_string(file),
        brief::text::toml_basic_string(text)
    )
}

/// Makes a named pipe at `path`.
fn make_fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// Runs `brief ARGS` (not in a terminal).
fn brief(args: &[&std::ffi::OsStr], env: &[(&str, &str)]) -> Output {
    let mut command = cli::brief(args);
    command.envs(env.iter().copied());
    command.output().expect("run brief")
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

/// True when `bytes` holds any byte or character a terminal could act on.
fn holds_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars().any(|c| c != '\n' && is_unsafe_char(c))
}

const TITLE_AND_CLIPBOARD: &str = "\u{1b}]0;PWNED\u{7}\u{1b}]52;c;SGVsbG8=\u{7}";

#[test]
fn a_quote_over_a_paragraph_break_opens_its_detail_and_the_article_stays_inert() {
    let dir = common::scratch("hardening", "paragraph-break");
    std::fs::write(
        dir.join("article.txt"),
        format!("Ann Lee said the {TITLE_AND_CLIPBOARD}first paragraph ends here.\n\nThen the second begins, Lee said.\n"),
    )
    .unwrap();
    let story = dir.join("story.toml");
    std::fs::write(
        &story,
        briefing_with_source("article.txt", "paragraph ends here. Then the second"),
    )
    .unwrap();
    let check = brief(&[os("check"), story.as_os_str()], &[]);
    assert_eq!(check.status.code(), Some(0), "{check:?}");

    let mut pty = Pty::spawn(&[story.to_str().unwrap()], 100, 30, &[]);
    pty.wait_for("Timeline");
    pty.send(b"3 ");
    pty.wait_for("In the source");
    pty.wait_for("Then the second");
    pty.send(b" ");
    pty.wait_for_line_start("Quotes 1/1");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0, "{}", pty.screen());
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(
        !raw.contains("PWNED") && !raw.contains("SGVsbG8"),
        "{raw:?}"
    );
}

#[test]
fn usage_errors_never_echo_control_characters() {
    let title = "a\u{1b}]0;PWNED\u{7}.toml";
    let clipboard = "b\u{1b}]52;c;SGVsbG8=\u{7}.toml";
    for args in [
        vec!["export", title, clipboard],
        vec!["export", "--format", title, "x.toml"],
        vec!["draft", "article.txt", clipboard],
        vec!["--no-such\u{1b}]0;PWNED\u{7}"],
        vec!["check", "--source"],
        vec![title, "--width\u{9b}31m"],
    ] {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| os(a)).collect();
        let out = brief(&args, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert!(!holds_controls(&out.stderr), "{args:?}: {:?}", out.stderr);
        assert!(!String::from_utf8_lossy(&out.stderr).contains("PWNED"));
    }
    // On a terminal too.
    let mut pty = Pty::spawn(&["export", title, clipboard], 100, 30, &[]);
    assert_eq!(pty.wait_exit(), 2);
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(raw.contains("unexpected argument"), "{raw:?}");
    assert!(
        !raw.contains("PWNED") && !raw.contains("SGVsbG8"),
        "{raw:?}"
    );
}

#[test]
fn a_source_outside_the_briefing_folder_is_refused_and_never_shown() {
    let dir = common::scratch("hardening", "outside");
    let briefings = dir.join("briefings");
    std::fs::create_dir_all(&briefings).unwrap();
    let secret = "hunter2-do-not-print";
    let run = |name: &str, file: &str, quote: &str, extra: &[&str]| {
        let path = briefings.join(name);
        std::fs::write(&path, briefing_with_source(file, quote)).unwrap();
        let mut args = vec![os("check")];
        args.extend(extra.iter().map(|a| os(a)));
        args.push(path.as_os_str());
        let out = brief(&args, &[("SECRET_TOKEN", secret)]);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let up = "../".repeat(12);
    let (code, out) = run(
        "environ.toml",
        &format!("{up}proc/self/environ"),
        "SECRET TOKEN zz zz",
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("is outside the briefing's folder"), "{out}");
    assert!(!out.contains(secret), "{out}");

    std::os::unix::fs::symlink("/etc/passwd", briefings.join("link.txt")).unwrap();
    let (code, out) = run("link.toml", "link.txt", "root zz zz", &[]);
    assert_eq!(code, Some(1));
    assert!(out.contains("is outside the briefing's folder"), "{out}");
    assert!(!out.contains("root:"), "{out}");

    // An articles folder beside the briefings folder is allowed once named.
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(
        dir.join("articles/a.txt"),
        "“Words as said,” Ann Lee said.\n",
    )
    .unwrap();
    let (code, out) = run("beside.toml", "../articles/a.txt", "Words as said,", &[]);
    assert_eq!(code, Some(1), "{out}");
    let articles = dir.join("articles");
    let flag = format!("--sources={}", articles.display());
    let (code, out) = run(
        "beside.toml",
        "../articles/a.txt",
        "Words as said,",
        &[&flag],
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("every quote verbatim"), "{out}");
}

#[test]
fn a_source_that_is_not_a_small_text_file_is_refused_at_once() {
    let dir = common::scratch("hardening", "special-sources");
    let fifo = dir.join("fifo.txt");
    make_fifo(&fifo);
    let big = std::fs::File::create(dir.join("big.txt")).unwrap();
    big.set_len(brief::provenance::MAX_SOURCE_BYTES + 1)
        .unwrap();
    std::fs::write(dir.join("binary.txt"), b"text\0more").unwrap();
    for (file, expected) in [
        ("fifo.txt", "is not a regular file"),
        ("big.txt", "source texts are read up to 8 MiB"),
        ("binary.txt", "holds NUL bytes"),
    ] {
        let path = dir.join(format!("{file}.toml"));
        std::fs::write(&path, briefing_with_source(file, "x")).unwrap();
        let out = brief(&[os("check"), path.as_os_str()], &[]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(stdout.contains(expected), "{file}: {stdout}");
    }
}

#[test]
fn a_briefing_swapped_for_a_fifo_neither_blocks_nor_is_read() {
    let dir = common::scratch("hardening", "fifo-swap");
    let story = dir.join("story.toml");
    std::fs::write(&story, briefing_with_source("none.txt", "x")).unwrap();
    let mut pty = Pty::spawn(&[story.to_str().unwrap()], 100, 30, &[]);
    pty.wait_for("Timeline");
    let fifo = dir.join("swap.fifo");
    make_fifo(&fifo);
    std::fs::rename(&fifo, &story).unwrap();
    pty.wait_for("reload failed");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn bracketed_paste_types_into_search_and_never_swallows_ctrl_c() {
    let mut pty = Pty::spawn(&[], 100, 30, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"/\x1b[200~Hayashi\x1b[201~");
    pty.wait_for("/Hayashi");
    pty.send(b"\r");
    // Ctrl-c discards keys typed ahead of it, as a terminal does: let Enter land first.
    pty.wait_for("/Hayashi:");
    // A paste that never ends: without the terminal driver's help every key after it,
    // Ctrl-c included, would be taken as pasted text.
    pty.send(b"\x1b[200~and everything after");
    pty.send(b"q\x03");
    assert_eq!(pty.wait_exit(), 0, "{}", pty.screen());
}

#[test]
fn every_signal_that_ends_the_program_restores_the_terminal() {
    for (signal, number) in [("QUIT", 3), ("USR1", 10), ("USR2", 12), ("ALRM", 14)] {
        let mut pty = Pty::spawn(&[], 100, 30, &[]);
        pty.wait_for("Timeline 1/12");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pty.pid().to_string()])
            .status();
        assert!(killed.unwrap().success());
        assert_eq!(pty.wait_exit(), 128 + number, "SIG{signal}");
        pty.assert_restored(&format!("SIG{signal}"));
    }
}

#[test]
fn a_huge_terminal_draws_only_the_capped_area() {
    let (cols, rows) = (
        brief::terminal::MAX_COLUMNS + 100,
        brief::terminal::MAX_ROWS + 20,
    );
    let mut pty = Pty::spawn(&[], cols, rows, &[]);
    pty.wait_for("Timeline 1/12");
    let screen = pty.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let status = lines
        .iter()
        .position(|l| l.starts_with("Timeline 1/12"))
        .unwrap();
    assert_eq!(status, usize::from(brief::terminal::MAX_ROWS) - 1);
    assert!(
        lines
            .iter()
            .all(|l| l.chars().count() <= usize::from(brief::terminal::MAX_COLUMNS))
    );
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_opener_gets_the_files_own_url_and_is_reaped() {
    let dir = common::scratch("hardening", "opener");
    let log = dir.join("opened.log");
    let opener = dir.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    let executable = std::os::unix::fs::PermissionsExt::from_mode(0o755);
    std::fs::set_permissions(&opener, executable).unwrap();
    let url = "https://example.com/a?b=1&c=%20d";
    let story = dir.join("story.toml");
    std::fs::write(
        &story,
        format!(
            "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"s\"\n\
             [[briefing.sources]]\ntitle = \"A\"\nurl = \"{url}\"\n"
        ),
    )
    .unwrap();
    let path = format!("{}:{}", dir.display(), std::env::var("PATH").unwrap());
    let mut pty = Pty::spawn(&[story.to_str().unwrap()], 100, 30, &[("PATH", &path)]);
    pty.wait_for("Timeline");
    pty.send(b"ooo");
    let start = Instant::now();
    while std::fs::read_to_string(&log).map_or(0, |l| l.lines().count()) < 3 {
        assert!(
            start.elapsed() < common::pty::TIMEOUT,
            "the opener ran three times"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        format!("{url}\n{url}\n{url}\n")
    );
    // Every opener has been waited for: no zombie child is left.
    let start = Instant::now();
    while zombies(pty.pid()) > 0 {
        assert!(
            start.elapsed() < common::pty::TIMEOUT,
            "zombie openers left"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

/// Children of `pid` (any thread's) that are zombies.
fn zombies(pid: u32) -> usize {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).unwrap();
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("children")).ok())
        .flat_map(|children| {
            children
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|child| {
            std::fs::read_to_string(format!("/proc/{child}/stat")).is_ok_and(|stat| {
                stat.rsplit(')')
                    .next()
                    .is_some_and(|s| s.trim_start().starts_with('Z'))
            })
        })
        .count()
}

#[test]
fn a_url_that_is_not_a_plain_web_link_is_never_opened() {
    let toml = "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"s\"\n\
                [[briefing.sources]]\ntitle = \"A\"\nurl = \"https://example.com/a\\nb\"\n";
    let briefing = brief::briefing::load_bytes("t.toml", toml.as_bytes()).unwrap();
    assert_eq!(briefing.meta.sources[0].link, None);
    let mut app = app(briefing, 100, 30);
    type_keys(&mut app, "o");
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("not a plain http(s) link")),
        "{:?}",
        app.notice
    );
}

#[test]
fn an_over_long_grapheme_cluster_is_drawn_as_one_small_stand_in() {
    let chain = "👨\u{200d}".repeat(16_000);
    let toml = format!(
        "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"s\"\n\
         [[actors]]\nid = \"a\"\nname = \"Joined {chain} family\"\nkind = \"group\"\n"
    );
    let briefing = brief::briefing::load_bytes("t.toml", toml.as_bytes()).unwrap();
    let mut app = app(briefing, 100, 30);
    type_keys(&mut app, "2");
    let buffer = render(&app, &Theme::monochrome());
    assert!(screen_text(&buffer).contains("Joined <long cluster> family"));
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| cell.symbol().len() <= 64)
    );
}

#[test]
fn search_highlights_never_repeat_a_character() {
    let toml = "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"s\"\n\
                [[actors]]\nid = \"a\"\nname = \"Grüße aus der Straße\"\nkind = \"group\"\n";
    let briefing = brief::briefing::load_bytes("t.toml", toml.as_bytes()).unwrap();
    let mut app = app(briefing, 100, 30);
    type_keys(&mut app, "2/s");
    app.update(Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    let text = screen_text(&render(&app, &Theme::monochrome()));
    assert!(text.contains("Grüße aus der Straße"), "{text}");
    assert!(!text.contains("ßß"), "{text}");
}

#[test]
fn an_array_past_the_item_cap_is_refused_at_its_place() {
    let text = format!(
        "format = 1\naliases = [{}]\n",
        "\"a\",".repeat(brief::toml_caps::MAX_ARRAY_ITEMS + 1)
    );
    let message = brief::briefing::load_bytes("many.toml", text.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("many.toml:2:")
            && message.contains("more than 250000 items in one array"),
        "{}",
        &message[..200]
    );
}
