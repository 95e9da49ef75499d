//! Property tests: no input makes the loader, the renderer or the update function panic,
//! and no cell ever holds an unsafe character. Case counts are bounded so CI stays quick.

mod common;

use brief::action::Action;
use brief::app::Msg;
use brief::briefing::load_bytes;
use brief::text::{is_unsafe_char, toml_basic_string};
use brief::ui::Theme;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Any text: every Unicode scalar, controls and bidi characters included, sometimes long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        1 => "[a-z ]{0,20}",
        1 => (any::<char>(), 0usize..3000).prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => Just("\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}\t\r\n".to_owned()),
    ]
}

/// A valid briefing with the given texts spread over every field.
fn briefing_toml(
    texts: &[String],
    actors: usize,
    quotes: usize,
    events: usize,
    implications: usize,
) -> String {
    let t = |i: usize| {
        let s = &texts[i % texts.len()];
        // Text over a cap (a pile of zero-width marks) is refused by design; it stands for
        // "any other text" here.
        if brief::text::SafeText::new(s, brief::text::Lines::Multi).is_err() {
            toml_basic_string("x")
        } else if s.trim().is_empty() {
            toml_basic_string(&format!("x{s}"))
        } else {
            toml_basic_string(s)
        }
    };
    let mut out = format!(
        "format = 1\n[briefing]\nid = \"p\"\ntitle = {}\nsummary = {}\ntags = [{}]\n",
        t(0),
        t(1),
        t(2)
    );
    out.push_str(&format!(
        "[[briefing.sources]]\ntitle = {}\nurl = {}\n",
        t(3),
        t(4)
    ));
    let actors = actors.max(1);
    for i in 0..actors {
        out.push_str(&format!(
            "[[actors]]\nid = \"a{i}\"\nname = {}\nkind = \"person\"\nrole = {}\ncountry = {}\nnotes = {}\naliases = [{}]\n",
            t(i + 5),
            t(i + 6),
            t(i + 7),
            t(i + 8),
            t(i + 9)
        ));
    }
    for i in 0..events {
        out.push_str(&format!(
            "[[timeline]]\nwhen = {}\ntitle = {}\ndetail = {}\nactors = [\"a{}\"]\nstatus = \"reported\"\n",
            t(i),
            t(i + 1),
            t(i + 2),
            i % actors
        ));
    }
    for i in 0..quotes {
        out.push_str(&format!(
            "[[quotes]]\nid = \"q{i}\"\nspeaker = \"a{}\"\ntext = {}\ncontext = {}\nabout = [\"a{}\"]\n",
            i % actors,
            t(i + 3),
            t(i + 4),
            (i + 1) % actors
        ));
    }
    for i in 0..implications {
        let quote = if quotes > 0 {
            format!("\"q{}\"", i % quotes)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "[[implications]]\nid = \"i{i}\"\nregion = {}\ntitle = {}\ndetail = {}\nseverity = \"low\"\nactors = [\"a0\"]\nquotes = [{quote}]\n",
            t(i + 5),
            t(i + 6),
            t(i + 7)
        ));
    }
    out
}

/// A key a user could press, bound or not.
fn key() -> impl Strategy<Value = Msg> {
    let code = prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'n', 'N', '[', ']', '/', ' ', '?', '1', '2', '3', '4', 'y', 'r',
            'b'
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
        ]),
    ];
    let mods = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::CONTROL,
        KeyModifiers::SHIFT,
    ]);
    prop_oneof![
        8 => (code, mods).prop_map(|(c, m)| Msg::Key(KeyEvent::new(c, m))),
        1 => (0u16..200, 0u16..80).prop_map(|(w, h)| Msg::Resize(w, h)),
        1 => prop::sample::select(Action::ALL.to_vec()).prop_map(Msg::Action),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = load_bytes("fuzz.toml", &bytes);
    }

    #[test]
    fn toml_shaped_noise_never_panics_the_loader(
        parts in prop::collection::vec(prop::sample::select(vec![
            "format = 1\n", "[briefing]\n", "[[actors]]\n", "[[quotes]]\n", "[[timeline]]\n",
            "[[implications]]\n", "id = \"a\"\n", "speaker = \"a\"\n", "name = \"\u{1b}]0;x\u{7}\"\n",
            "kind = \"person\"\n", "text = \"\"\"\n", "actors = [\"a\", 1, [\"b\"]]\n", "date = 2024-13-45\n",
            "\"\u{202e}\" = 1\n", "title = '''x\n", "x.y.z = {a = [1]}\n", "\u{feff}", "\r\n",
        ]), 0..40)
    ) {
        let _ = load_bytes("noise.toml", parts.concat().as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_valid_briefings_render_inertly_at_any_size(
        texts in prop::collection::vec(text(), 1..12),
        counts in (0usize..6, 0usize..12, 0usize..6, 0usize..4),
        sizes in prop::collection::vec((0u16..160, 0u16..60), 1..6),
        keys in prop::collection::vec(key(), 0..40),
    ) {
        let toml = briefing_toml(&texts, counts.0, counts.1, counts.2, counts.3);
        let briefing = match load_bytes("prop.toml", toml.as_bytes()) {
            Ok(briefing) => briefing,
            // Texts over the caps are refused with a message; that is the correct outcome.
            Err(error) => {
                prop_assert!(error.message.contains("limit"), "{}", error.message);
                return Ok(());
            }
        };
        let mut app = common::app(briefing, 80, 24);
        for (i, msg) in keys.into_iter().enumerate() {
            app.update(msg);
            let (w, h) = sizes[i % sizes.len()];
            app.update(Msg::Resize(w, h));
            let buffer = common::render(&app, &Theme::default());
            for cell in buffer.content() {
                prop_assert!(!cell.symbol().chars().any(is_unsafe_char), "{:?}", cell.symbol());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    #[test]
    fn thousands_of_items_navigate_and_render(keys in prop::collection::vec(key(), 0..60)) {
        let texts = vec!["Quote text that is long enough to wrap over a couple of lines in a pane".to_owned()];
        let briefing = load_bytes("big.toml", briefing_toml(&texts, 300, 3000, 1000, 200).as_bytes()).unwrap();
        let mut app = common::app(briefing, 120, 40);
        for msg in keys {
            app.update(msg);
            common::render(&app, &Theme::monochrome());
        }
    }
}
