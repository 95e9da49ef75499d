//! Key chords (`ctrl-d`, `G`, `pagedown`) parsed and printed, and the map from keys to actions
//! that both the event loop and the help overlay read, so help can never drift from the keys.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use unicode_width::UnicodeWidthChar;

use crate::action::Action;
use crate::text::is_unsafe_char;

/// One key with its modifiers, normalised so that `shift-g`, `G` and a terminal's
/// shift+`g` event are the same chord.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyChord {
    code: KeyCode,
    mods: KeyModifiers,
}

/// Names of the keys that are not a single character, as written in configs.
const NAMED_KEYS: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("space", KeyCode::Char(' ')),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("insert", KeyCode::Insert),
    ("delete", KeyCode::Delete),
];

impl KeyChord {
    /// A chord from a code and modifiers, normalised.
    pub fn new(code: KeyCode, mods: KeyModifiers) -> KeyChord {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeyChord { code, mods }
    }

    /// The chord a terminal key event stands for.
    pub fn from_event(event: &KeyEvent) -> KeyChord {
        KeyChord::new(event.code, event.modifiers)
    }

    /// Parses the config syntax: a character or a key name, after any of `ctrl-`, `alt-`,
    /// `shift-`. Returns None for anything else.
    pub fn parse(text: &str) -> Option<KeyChord> {
        const PREFIXES: [(&str, KeyModifiers); 3] = [
            ("ctrl-", KeyModifiers::CONTROL),
            ("alt-", KeyModifiers::ALT),
            ("shift-", KeyModifiers::SHIFT),
        ];
        let mut rest = text;
        let mut mods = KeyModifiers::NONE;
        while let Some((prefix, modifier)) = PREFIXES.iter().find(|(prefix, _)| {
            rest.len() > prefix.len()
                && rest
                    .get(..prefix.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        }) {
            mods |= *modifier;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !is_unsafe_char(c) && c.width() != Some(0) => KeyCode::Char(c),
            _ => named_key(&rest.to_ascii_lowercase())?,
        };
        Some(KeyChord::new(code, mods))
    }
}

/// Looks up `f1`-`f12` and the names in [`NAMED_KEYS`].
fn named_key(name: &str) -> Option<KeyCode> {
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Some(KeyCode::F(n));
    }
    NAMED_KEYS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, code)| *code)
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (modifier, prefix) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.mods.contains(modifier) {
                f.write_str(prefix)?;
            }
        }
        if let Some((name, _)) = NAMED_KEYS.iter().find(|(_, code)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Two actions bound to one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The key bound twice.
    pub key: KeyChord,
    /// The action that had it first (in help order).
    pub first: Action,
    /// The action that also claims it.
    pub second: Action,
}

/// Keys for every action, and the reverse lookup the event loop uses.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: Vec<(Action, Vec<KeyChord>)>,
    lookup: HashMap<KeyChord, Action>,
}

impl Keymap {
    /// The default bindings.
    pub fn defaults() -> Keymap {
        Keymap::with_overrides(Vec::new()).expect("default bindings do not conflict")
    }

    /// The defaults with some actions' keys replaced; a key claimed by two actions is refused.
    pub fn with_overrides(
        overrides: Vec<(Action, Vec<KeyChord>)>,
    ) -> Result<Keymap, Vec<Conflict>> {
        let mut bindings: Vec<(Action, Vec<KeyChord>)> =
            Action::ALL.iter().map(|&a| (a, default_keys(a))).collect();
        for (action, keys) in overrides {
            if let Some(entry) = bindings.iter_mut().find(|(a, _)| *a == action) {
                entry.1 = keys;
            }
        }
        let mut lookup = HashMap::new();
        let mut conflicts = Vec::new();
        for (action, keys) in &bindings {
            for key in keys {
                match lookup.get(key) {
                    Some(&first) if first != *action => {
                        conflicts.push(Conflict {
                            key: *key,
                            first,
                            second: *action,
                        });
                    }
                    _ => {
                        lookup.insert(*key, *action);
                    }
                }
            }
        }
        if conflicts.is_empty() {
            Ok(Keymap { bindings, lookup })
        } else {
            Err(conflicts)
        }
    }

    /// The action bound to a key event, if any.
    pub fn action(&self, event: &KeyEvent) -> Option<Action> {
        self.lookup.get(&KeyChord::from_event(event)).copied()
    }

    /// The keys bound to `action`.
    pub fn keys(&self, action: Action) -> &[KeyChord] {
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys)
    }

    /// The keys of `action` joined for display (`j, down`), or `unbound`.
    pub fn keys_label(&self, action: Action) -> String {
        let keys = self.keys(action);
        if keys.is_empty() {
            return "unbound".into();
        }
        keys.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every action with its keys, in help order.
    pub fn bindings(&self) -> &[(Action, Vec<KeyChord>)] {
        &self.bindings
    }
}

/// The keys an action has when the config says nothing about it.
pub fn default_keys(action: Action) -> Vec<KeyChord> {
    let names: &[&str] = match action {
        Action::Quit => &["q"],
        // Ctrl-c quits before any keymap is asked (see `App::update`), so a config that
        // still binds it to `quit` keeps working.
        Action::QuitAll => &["Q"],
        Action::Help => &["?"],
        Action::NextPane => &["tab", "l", "right"],
        Action::PrevPane => &["backtab", "h", "left"],
        Action::Timeline => &["1"],
        Action::Actors => &["2"],
        Action::Quotes => &["3"],
        Action::Implications => &["4"],
        Action::Next => &["j", "down"],
        Action::Previous => &["k", "up"],
        Action::First => &["g", "home"],
        Action::Last => &["G", "end"],
        Action::HalfPageDown => &["ctrl-d", "pagedown"],
        Action::HalfPageUp => &["ctrl-u", "pageup"],
        Action::Follow => &["enter"],
        Action::Back => &["backspace", "ctrl-o", "H", "alt-left"],
        Action::Detail => &["space"],
        Action::NextBySpeaker => &["]"],
        Action::PrevBySpeaker => &["["],
        Action::Search => &["/"],
        Action::NextMatch => &["n"],
        Action::PrevMatch => &["N"],
        Action::Cancel => &["esc"],
        Action::Library => &["b"],
        Action::Reload => &["r"],
        Action::Copy => &["y"],
        Action::OpenSource => &["o"],
        Action::Redraw => &["ctrl-l"],
        Action::Suspend => &["ctrl-z"],
        Action::Overview => &["0"],
        Action::TimelineChart => &["5"],
        Action::Network => &["6"],
        Action::Zoom => &["z"],
        Action::Forward => &["L", "alt-right"],
        Action::Dossier => &["d"],
        Action::Narrow => &["f"],
        Action::LinkKinds => &["t"],
        Action::Export => &["e"],
        Action::Messages => &["!"],
        Action::Flag => &["m"],
        Action::Note => &["a"],
        Action::NextNew => &["u"],
        Action::LibrarySearch => &["S"],
        Action::MergedTimeline => &["T"],
    };
    names
        .iter()
        .map(|n| KeyChord::parse(n).expect("default key parses"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap_or_else(|| panic!("{text} should parse"))
    }

    #[test]
    fn parse_and_print_round_trip() {
        for text in [
            "q", "G", "ctrl-c", "alt-x", "enter", "backtab", "pagedown", "f5", "space", "-",
            "ctrl--", "?",
        ] {
            assert_eq!(chord(text).to_string(), text);
        }
    }

    #[test]
    fn shift_spellings_normalise() {
        assert_eq!(chord("shift-g"), chord("G"));
        assert_eq!(chord("shift-tab"), chord("backtab"));
        assert_eq!(chord("CTRL-d"), chord("ctrl-d"));
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&event), chord("G"));
    }

    #[test]
    fn malformed_keys_are_refused() {
        for text in [
            "", "ctrl-", "hyper-x", "f13", "pgdn", "ab", "\u{1b}", "\u{202e}", "\u{301}",
            "\u{200b}",
        ] {
            assert_eq!(KeyChord::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn defaults_bind_the_documented_keys() {
        let keymap = Keymap::defaults();
        let press = |code, mods| keymap.action(&KeyEvent::new(code, mods));
        assert_eq!(
            press(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        assert_eq!(
            press(KeyCode::Char('Q'), KeyModifiers::SHIFT),
            Some(Action::QuitAll)
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Last)
        );
        assert_eq!(
            press(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::PrevPane)
        );
        assert_eq!(
            press(KeyCode::Backspace, KeyModifiers::NONE),
            Some(Action::Back)
        );
        assert_eq!(keymap.keys_label(Action::Next), "j, down");
    }

    #[test]
    fn override_replaces_and_conflicts_are_reported() {
        let keymap = Keymap::with_overrides(vec![(Action::Quit, vec![chord("x")])]).unwrap();
        assert_eq!(keymap.keys_label(Action::Quit), "x");
        assert_eq!(
            keymap.action(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
            None
        );
        let conflicts = Keymap::with_overrides(vec![(Action::Quit, vec![chord("j")])]).unwrap_err();
        assert_eq!(
            conflicts,
            [Conflict {
                key: chord("j"),
                first: Action::Quit,
                second: Action::Next
            }]
        );
    }
}
