//! The real binary in a pseudo-terminal, with its own store: a flag takes no word of the
//! quote it marks, and an overlay (help, the narrowing menu) keeps every key from the panes
//! behind it.

mod common;

use brief::briefing::bundled::BUNDLED;
use common::pty::Pty;

/// A store of its own for each test, so that marks start empty.
fn store(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&path);
    path.to_str().unwrap().to_owned()
}

/// The lines inside the box whose top border holds `title`.
fn boxed(screen: &str, title: &str) -> Vec<String> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let title: Vec<char> = title.chars().collect();
    let (top, at) = lines
        .iter()
        .enumerate()
        .find_map(|(y, l)| {
            l.windows(title.len())
                .position(|w| w == title.as_slice())
                .map(|x| (y, x))
        })
        .unwrap_or_else(|| panic!("no box {title:?}:\n{screen}"));
    let left = at - 1;
    let right = (at..lines[top].len())
        .find(|&x| "┐┓".contains(lines[top][x]))
        .unwrap();
    lines[top + 1..]
        .iter()
        .take_while(|l| l.get(left).is_some_and(|c| "│┃".contains(*c)))
        .map(|l| l[left + 1..right.min(l.len())].iter().collect())
        .collect()
}

/// Presses `m` until the store has answered and the flag is set.
fn flag(pty: &mut Pty) {
    for _ in 0..20 {
        pty.send(b"m");
        if pty.shows_within("Flagged key", std::time::Duration::from_secs(1)) {
            return;
        }
    }
    panic!("never flagged:\n{}", pty.screen());
}

#[test]
fn a_flag_takes_no_word_of_the_quote_at_120_by_40_and_80_by_24() {
    let briefing = brief::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap();
    let quote = format!("“{}”", briefing.quotes[1].text);
    let words: Vec<&str> = quote.split_whitespace().collect();
    for (width, height) in [(120, 40), (80, 24)] {
        let store = store(&format!("flag-{width}.sqlite3"));
        let mut pty = Pty::spawn(&[], width, height, &[("BRIEF_STORE", &store)]);
        pty.wait_for("Timeline 1/12");
        pty.send(b"3j");
        pty.wait_for("Quotes 2/16");
        flag(&mut pty);
        pty.wait_for("★ “The Japanese");
        let pane = boxed(&pty.screen(), " Quotes (16) ");
        let shown: Vec<String> = pane
            .iter()
            .skip_while(|l| !l.contains("★ “The Japanese"))
            .take_while(|l| !l.trim_start().starts_with("— "))
            .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .filter(|w| w != "▶" && w != "★")
            .collect();
        assert_eq!(shown, words, "{width}x{height}:\n{}", pty.screen());
        pty.send(b"q");
        assert_eq!(pty.wait_exit(), 0);
    }
}

#[test]
fn keys_under_help_and_the_narrowing_menu_change_nothing_behind_them() {
    let store = store("overlay-keys.sqlite3");
    let mut pty = Pty::spawn(&[], 120, 40, &[("BRIEF_STORE", &store)]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"3j");
    pty.wait_for("Quotes 2/16");
    pty.send(b"?");
    pty.wait_for("Keys (q or Esc closes)");
    pty.send(b"m");
    pty.wait_for("q or Esc closes help");
    assert!(
        pty.screen().contains("Keys (q or Esc closes)"),
        "help stays"
    );
    pty.send(b"q");
    pty.wait_without("Keys (q or Esc closes)");
    assert!(
        !pty.screen().contains('★'),
        "nothing flagged:\n{}",
        pty.screen()
    );

    pty.send(b"f");
    pty.wait_for("Filter: ");
    pty.send(b"hay");
    pty.wait_for("Filter: hay");
    let screen = pty.screen();
    assert!(screen.contains("Actor: Yoshimasa Hayashi"), "{screen}");
    assert!(!screen.contains("Region: East Asia"), "{screen}");
    assert!(
        !screen.contains("Note: "),
        "a is not the note key here:\n{screen}"
    );
    pty.send(b"\x1b");
    pty.wait_for("Filter: ▏");
    pty.send(b"\x1b");
    pty.wait_without("Filter: ");
    assert!(
        pty.screen().lines().any(|l| l.starts_with("Quotes 2/16")),
        "h did not move the focus:\n{}",
        pty.screen()
    );
    assert!(!pty.screen().contains('★'), "{}", pty.screen());
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}
