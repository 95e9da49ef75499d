//! A proper name with its title and context: where the capitalised run ends, which words
//! are the title, the role, the institution and the state, and which are the name.

use super::cursor::{Words, is_name_word, words_gender};
use super::joins::{acronym_ends_name, joins_portfolios, lists_portfolios};
use super::{DEFINITE, INDEFINITE, Named};
use crate::briefing::model::ActorKind;
use crate::draft::lexicon::{self, places};

/// The capitalised run at the end of `w` as (start, end) token indices; empty when `w` ends
/// in a lowercase word. Lowercase connectors (`of`, `de`, `of the`) join capitalised words.
pub(super) fn name_run(w: Words) -> (usize, usize) {
    let end = w.len();
    let mut start = end;
    let mut i = end;
    while i > 0 {
        let j = i - 1;
        let word = w.word(j);
        if is_name_word(w, j) || lexicon::is_acronym(word) {
            start = j;
        } else {
            let prev = if j > 0 { w.word(j - 1) } else { "" };
            let joins = start < end
                && match word {
                    "the" => matches!(prev, "of" | "for"),
                    "in" => matches!(prev, "Embassy" | "Consulate"),
                    "of" | "for" | "on" => j > 0 && is_name_word(w, j - 1),
                    "and" => {
                        let from = (0..j)
                            .rev()
                            .find(|&k| {
                                !is_name_word(w, k)
                                    && !matches!(w.word(k), "of" | "for")
                                    && !w.is_comma(k)
                            })
                            .map_or(0, |k| k + 1);
                        let before: Vec<&str> = (from..j).map(|k| w.word(k)).collect();
                        lexicon::and_joins_name(&before, w.word(j + 1))
                            || lists_portfolios(w, j)
                            || joins_portfolios(w, j)
                            || acronym_ends_name(w, j)
                    }
                    // `Prime Minister’s Office`; `People’s Daily`, `Women’s March`: a
                    // collective plural owns no one, it is part of the name.
                    "" if w.is_possessive(j) => {
                        j > 0
                            && (lexicon::is_title_word(w.word(j - 1))
                                || matches!(w.word(j - 1), "People" | "Women" | "Men" | "Children"))
                    }
                    "" if w.is_comma(j) => lexicon::comma_in_institution(|k| w.word(k), j),
                    // `Ursula von der Leyen`: particles, after a name word.
                    _ => {
                        lexicon::is_name_particle(word)
                            && (0..j)
                                .rev()
                                .find(|&k| !lexicon::is_name_particle(w.word(k)))
                                .is_some_and(|k| is_name_word(w, k))
                    }
                };
            if !joins {
                break;
            }
        }
        i = j;
    }
    // `de la Mare said`: particles that open the phrase open the name.
    if start < end && start > 0 && (0..start).all(|k| lexicon::is_name_particle(w.word(k))) {
        start = 0;
    }
    (start, end)
}

/// A name from the run `run` of `w`, with the title and context before it.
pub(super) fn named(w: Words, run: (usize, usize)) -> Named {
    let (start, mut end) = run;
    // `Nicholas de Silva SC`, `Jane Smith MP`: letters after a name are no part of it.
    while end > start + 2 && lexicon::is_postnominal(w.word(end - 1)) {
        end -= 1;
    }
    // `Judge Helen Marsh of the U.S. District Court`, `Alex Horton of the Washington Post`: a
    // titled name or a person's name, then their institution.
    let mut institution = None;
    if let Some(c) = (start..end).find(|&i| matches!(w.word(i), "of" | "for")) {
        let from = if w.word(c + 1) == "the" { c + 2 } else { c + 1 };
        let titled = (start..c)
            .rev()
            .find(|&i| lexicon::is_title_word(w.word(i)))
            .is_some_and(|t| t + 1 < c && !run_has_org_word(w.slice(t + 1, c)));
        // `hydrologist Lucía Vargas of the Universidad Mayor`: a role noun before the name
        // makes it a person's, whatever follows `of`; so do a given name and a surname
        // (`Imran Qureshi of Leigh Day`), unless a state follows (`Democratic Republic of Congo`).
        let full_name = c >= start + 2
            && places::state(&w.slice(from, end).text()).is_none()
            && !(start..c).any(|i| places::state(w.word(i)).is_some());
        let person_of_institution = is_personal_name(w.slice(start, c))
            && !(start..c).any(|i| lexicon::is_title_word(w.word(i)))
            && (run_has_org_word(w.slice(from, end)) || role_noun(w.slice(0, start)) || full_name);
        if titled || person_of_institution {
            institution = Some(w.slice(from, end).text()).filter(|i| !i.is_empty());
            end = c;
        }
    }
    // The name proper starts after the last title word of the run, when a name follows it.
    let last_title = (start..end).rev().find(|&i| is_title(w.word(i)));
    // `Director of Public Health and Preventive Medicine R. Anandhi`: after a title, an
    // initial starts the name however long the office before it.
    let is_initial = |word: &str| {
        word.len() == 2 && word.ends_with('.') && word.starts_with(|c: char| c.is_uppercase())
    };
    let initialled = (start + 1..end).find(|&p| {
        is_initial(w.word(p))
            && !is_initial(w.word(p - 1))
            && is_personal_name(w.slice(p, end))
            && (start..p).any(|i| is_title(w.word(i)))
    });
    let (title_end, name_start) = match (initialled, last_title) {
        (Some(p), _) => (p, p),
        (None, Some(t)) if t + 1 < end && is_personal_name(w.slice(t + 1, end)) => (t + 1, t + 1),
        _ => office_before_name(w, start, end).map_or((start, start), |p| (p, p)),
    };
    // `ambassador to Britain Liu Xiaming`: a state before a titled person's name is no part of it.
    let name_start = match (1..=2).find(|&n| {
        name_start + n + 2 <= end
            && places::is_state_name(&w.slice(name_start, name_start + n).text())
            && is_personal_name(w.slice(name_start + n, end))
    }) {
        Some(n) if title_end > start || role_noun(w.slice(0, name_start)) => name_start + n,
        _ => name_start,
    };
    let name_words = w.slice(name_start, end);
    let context = w.slice(0, title_end);
    let name_text = name_words.text();
    let titled = title_end > start;
    let role_noun = role_noun(context);
    let org_noun = (0..context.len())
        .rev()
        .find(|&i| {
            lexicon::is_lower(context.word(i)) && lexicon::is_organization_noun(context.word(i))
        })
        .map(|i| context.word(i).to_lowercase());
    let state = places::state(&name_text);
    let words_kind = lexicon::kind_by_words((0..name_words.len()).map(|i| name_words.word(i)));
    let known = lexicon::known_organization(&name_text);
    let kind = if titled || role_noun {
        Some(ActorKind::Person)
    } else if let Some(kind) = known {
        Some(kind)
    } else if state.is_some() && words_kind.is_none() {
        Some(ActorKind::State)
    } else if words_kind.is_some() {
        words_kind
    } else if org_noun.is_some() || lexicon::is_acronym(&name_text) {
        Some(ActorKind::Organization)
    } else if name_words.len() >= 2 {
        Some(ActorKind::Person)
    } else {
        None
    };
    let mut out = Named {
        name: name_text.clone(),
        kind,
        titled: titled || role_noun,
        at: name_words.start(),
        descriptor: org_noun,
        ..Named::default()
    };
    if kind == Some(ActorKind::State)
        && let Some(state) = state
    {
        if state != name_text.trim_start_matches("the ") {
            out.alias = Some(name_text.clone());
        }
        out.name = state.to_owned();
    } else {
        // A demonym that starts an institution's name says whose it is (`Finnish Border Guard`).
        out.country = places::state_of_demonym(name_words.word(0)).filter(|_| name_words.len() > 1);
    }
    out.gender = words_gender(context);
    out.reference = definite_person_noun(context);
    let role = role_parts(context);
    out.country = out.country.or(role.country);
    out.role = role.role.filter(|_| kind == Some(ActorKind::Person));
    out.affiliation = institution
        .or(role.affiliation)
        .filter(|_| kind == Some(ActorKind::Person));
    out
}

/// Where the name starts after an office of several words that opens the run (`Commissioner
/// for Refugee Affairs Mercy Kamau`, `Minister of Foreign Affairs Wang Yi`): a title, `of` or
/// `for` and at least one word of its portfolio, then a personal name of two words (three
/// when the first is a known given name).
fn office_before_name(w: Words, start: usize, end: usize) -> Option<usize> {
    if !is_title(w.word(start)) {
        return None;
    }
    let of = (start + 1..end).find(|&i| matches!(w.word(i), "of" | "for"))?;
    let words = if end >= of + 5 && lexicon::given_name_gender(w.word(end - 3)).is_some() {
        3
    } else {
        2
    };
    let name = end.checked_sub(words)?;
    let portfolio = (of + 1..name).filter(|&i| w.word(i) != "the").count();
    (portfolio > 0 && is_personal_name(w.slice(name, end))).then_some(name)
}

/// True for a word that titles a name after it: a title (`Minister`), or a noun for a person
/// capitalised as one (`City Engineer Dana Whitfield`) that is not also a family name (`Son`).
fn is_title(word: &str) -> bool {
    lexicon::is_title_word(word)
        || (lexicon::is_capitalised(word)
            && lexicon::is_person_noun(word)
            && !lexicon::is_family_name_first(word))
}

/// True when `w` has a lowercase noun for a person (`ambassador`, `spokesperson`).
fn role_noun(w: Words) -> bool {
    (0..w.len()).any(|i| lexicon::is_person_noun(w.word(i)) && lexicon::is_lower(w.word(i)))
}

/// True when `w` can be a person's name after a title: capitalised words (and name particles)
/// with no word of an institution, not starting with `of` or `for` (`High Commissioner for
/// Refugees` is an office).
fn is_personal_name(w: Words) -> bool {
    // `Mr de Silva`, `Justice van der Berg`: particles may open the name after a title.
    let first = (0..w.len()).find(|&i| !lexicon::is_name_particle(w.word(i)));
    first.is_some_and(|i| is_name_word(w, i))
        && (0..w.len()).all(|i| {
            is_name_word(w, i)
                || lexicon::is_name_particle(w.word(i))
                || lexicon::is_name_suffix(w.word(i))
        })
        && !run_has_org_word(w)
}

/// The last person noun of `w` when `w` is definite: it starts with `the` or a possessive
/// determiner, or holds a possessive (`China’s ambassador to Britain`, `her mother`).
pub(super) fn definite_person_noun(w: Words) -> Option<String> {
    let definite = DEFINITE.contains(&w.word(0)) || (0..w.len()).any(|i| w.is_possessive(i));
    (0..w.len())
        .rev()
        .map(|i| w.word(i))
        .find(|word| lexicon::is_lower(word) && lexicon::is_person_noun(word))
        .filter(|_| definite)
        .map(str::to_lowercase)
}

/// True when a capitalised run holds a word that makes it an institution, not a person.
pub(super) fn run_has_org_word(w: Words) -> bool {
    lexicon::kind_by_words((0..w.len()).map(|i| w.word(i))).is_some()
        || (0..w.len()).any(|i| lexicon::known_organization(w.word(i)).is_some())
}

/// A title or role split into its parts.
#[derive(Default)]
pub(super) struct RoleParts {
    /// The role or title proper.
    pub(super) role: Option<String>,
    /// An institution in the title.
    pub(super) affiliation: Option<String>,
    /// A state in the title.
    pub(super) country: Option<&'static str>,
}

/// Splits the words before a name (`NATO Secretary-General`, `Egypt’s Foreign Minister`,
/// `State Department spokesperson`) into role, affiliation and country.
pub(super) fn role_parts(w: Words) -> RoleParts {
    let mut parts = RoleParts::default();
    let mut from = 0;
    while from < w.len() && (DEFINITE.contains(&w.word(from)) || INDEFINITE.contains(&w.word(from)))
    {
        from += 1;
    }
    // `Egypt’s Foreign Minister`: a state owning the title.
    if let Some(p) = (from..w.len()).find(|&i| w.is_possessive(i))
        && let Some(state) = places::state(&w.slice(from, p).text())
    {
        parts.country = Some(state);
        from = p + 1;
    }
    // `Estonian Prime Minister`, `U.S. Ambassador`, `North Korean leader`.
    for len in [2, 1] {
        if from + len <= w.len()
            && let Some(state) = places::state_of_demonym(&w.slice(from, from + len).text())
        {
            parts.country = parts.country.or(Some(state));
            from += len;
            break;
        }
    }
    // `NATO Secretary-General`, `State Department spokesperson`, `Prime Minister’s Office
    // spokesman`: a leading capitalised run that names an institution.
    let mut run_end = from;
    while run_end < w.len()
        && (lexicon::is_capitalised(w.word(run_end))
            || (w.is_possessive(run_end) && lexicon::is_capitalised(w.word(run_end + 1))))
    {
        run_end += 1;
    }
    if run_end > from {
        let run = w.slice(from, run_end);
        // `Press` of `Kremlin Deputy Press Secretary` is part of the title.
        let org_end = (0..run.len()).rev().find(|&i| {
            let word = run.word(i);
            let in_title = lexicon::is_title_word(word) && lexicon::is_title_word(run.word(i + 1));
            !in_title
                && (lexicon::kind_by_words(std::iter::once(word)).is_some()
                    || lexicon::known_organization(word).is_some()
                    || places::state(word).is_some())
        });
        if let Some(org_end) = org_end
            && org_end + 1 < w.len() - from
        {
            let org = run.slice(0, org_end + 1).text();
            match places::state(&org) {
                Some(state) if places::is_state_name(&org) => {
                    parts.country = parts.country.or(Some(state))
                }
                _ => parts.affiliation = Some(org),
            }
            from += org_end + 1;
        }
    }
    let rest = w.slice(from, w.len());
    let only_courtesy = (0..rest.len()).all(|i| lexicon::is_honorific(rest.word(i)));
    if rest.len() > 0 && !only_courtesy {
        parts.role = Some(rest.text());
    }
    parts
}
