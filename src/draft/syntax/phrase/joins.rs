//! Where `and`, `or` and commas join one name rather than two: `Trade and Industry
//! Secretary`, `Ministry of Economy, Trade and Industry`, `Ministry of Science and ICT`.

use super::Words;
use crate::draft::lexicon::{self, places};

/// The part of `w` before `and`/`or` when something comes before it, unless the conjunction
/// joins two demonyms of one noun (`the Russian and Syrian defense ministries`).
pub(super) fn first_conjunct<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let inside_name = |i: usize| {
        let before: Vec<&str> = (0..i).map(|k| w.word(k)).collect();
        lexicon::and_joins_name(&before, w.word(i + 1))
    };
    match w.position(&["and", "or"]) {
        Some(i)
            if inside_name(i)
                || joins_portfolios(w, i)
                || lists_portfolios(w, i)
                || acronym_ends_name(w, i) =>
        {
            w
        }
        Some(i)
            if i > 0
                && places::state_of_demonym(w.word(i - 1)).is_some()
                && places::state_of_demonym(w.word(i + 1)).is_some()
                && lexicon::is_lower(w.word(i + 2)) =>
        {
            w
        }
        Some(i) if i > 0 => w.slice(0, i),
        _ => w,
    }
}

/// True when the `and` at `i` joins the portfolios of one office: `Hydrocarbons and Energy
/// Minister Ramiro Quispe`, `Specialised Healthcare and Medical Education Department`.
pub(super) fn joins_portfolios(w: Words, i: usize) -> bool {
    let office = |word: &str| {
        lexicon::is_title_word(word)
            || lexicon::kind_by_words(std::iter::once(word)).is_some()
            || lexicon::is_organization_noun(word)
    };
    let mut before = (0..i)
        .rev()
        .take_while(|&k| lexicon::is_capitalised(w.word(k)))
        .peekable();
    before.peek().is_some()
        && before.all(|k| !places::is_state_name(w.word(k)))
        && (i + 1..w.len())
            .take_while(|&k| lexicon::is_capitalised(w.word(k)))
            .any(|k| k > i + 1 && office(w.word(k)))
}

/// True when the `and` at `i` joins an acronym that ends an institution's name (`Ministry of
/// Science and ICT`).
pub(super) fn acronym_ends_name(w: Words, i: usize) -> bool {
    i + 2 == w.len()
        && lexicon::is_acronym(w.word(i + 1))
        && (0..i).any(|k| matches!(w.word(k), "of" | "for"))
        && (0..i)
            .all(|k| !lexicon::is_lower(w.word(k)) || matches!(w.word(k), "of" | "for" | "the"))
}

/// True when the `and` at `i` ends the list of an institution's portfolios after a comma
/// (`Ministry of Economy, Trade and Industry`).
pub(super) fn lists_portfolios(w: Words, i: usize) -> bool {
    (0..i).any(|k| w.is_comma(k) && lexicon::comma_in_institution(|x| w.word(x), k))
}
