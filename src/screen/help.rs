//! The help overlay's lines, built from the live keymap (so it always shows the keys that
//! work), each binding's description wrapped under it rather than cut.

use super::lines::{Role, TextLine, piece};
use super::wrap::wrap;
use crate::briefing::grade::{admiralty_scales, estimate_scales};
use crate::keymap::Keymap;

/// Widest key column.
const MAX_KEY_WIDTH: usize = 24;

/// What help says before the bindings.
const INTRO: &str = "Enter follows links: an actor to their quotes, a quote to its speaker, \
an event to its actors, an implication to its quotes. Back (and Forward) retrace your steps. \
In the detail view, j/k move to the next item, Tab (or l/h) chooses a link, Enter follows it; \
in the overview, Tab chooses an implication and Enter opens it. An overlay (help, the detail view, \
the narrowing menu) keeps every key to itself until q or Esc closes it; in the narrowing menu, \
typing filters the choices.";

/// The help lines at `width` columns.
pub fn lines(keymap: &Keymap, width: usize) -> Vec<TextLine> {
    let width = width.max(1);
    let key_width = keymap
        .bindings()
        .iter()
        .map(|(action, _)| keymap.keys_label(*action).chars().count())
        .max()
        .unwrap_or(0)
        .min(MAX_KEY_WIDTH)
        .min(width / 2);
    let mut out: Vec<TextLine> = wrap(INTRO, width, usize::MAX)
        .into_iter()
        .map(|line| vec![piece(Role::Muted, line)])
        .collect();
    out.push(Vec::new());
    let text_width = width.saturating_sub(key_width + 2).max(1);
    for (action, _) in keymap.bindings() {
        let keys = wrap(&keymap.keys_label(*action), key_width.max(1), usize::MAX);
        let text = wrap(action.description(), text_width, usize::MAX);
        for row in 0..keys.len().max(text.len()) {
            let key = keys.get(row).map_or("", String::as_str);
            let mut line = vec![piece(Role::Strong, format!("{key:key_width$}  "))];
            if let Some(text) = text.get(row) {
                line.push(piece(Role::Plain, text.clone()));
            }
            out.push(line);
        }
    }
    out.push(Vec::new());
    out.push(vec![piece(Role::Strong, "Grades")]);
    out.extend(
        wrap(
            "An event or quote shows its source's reliability and its credibility (B2); an \
             implication its likelihood and the confidence in it (likely · moderate).",
            width,
            usize::MAX,
        )
        .into_iter()
        .map(|line| vec![piece(Role::Muted, line)]),
    );
    for scale in admiralty_scales().into_iter().chain(estimate_scales()) {
        out.push(vec![piece(Role::Grade, scale.title)]);
        for grade in scale.grades {
            for line in wrap(&format!("  {grade}"), width, usize::MAX) {
                out.push(vec![piece(Role::Plain, line)]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn help_wraps_to_the_width_and_lists_every_action() {
        let keymap = Keymap::defaults();
        let lines = lines(&keymap, 60);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert!(text.iter().all(|l| l.trim_end().width() <= 60), "{text:#?}");
        for (action, _) in keymap.bindings() {
            let first_word = action.description().split_whitespace().next().unwrap();
            assert!(text.iter().any(|l| l.contains(first_word)), "{action:?}");
        }
    }
}
