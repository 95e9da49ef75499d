//! What an apposition or a relative clause after a name adds: a role, an affiliation, a
//! name, an alias, a gender, or who a text is by.

use super::cursor::{Words, is_name_word, trim_punct, words_gender};
use super::named::{definite_person_noun, role_parts};
use super::{Apposition, DEFINITE, INDEFINITE, Phrase, RELATIVES, parse};
use crate::draft::lexicon;

/// What the apposition or relative clause `w` (between commas after a name) adds.
pub fn apposition(w: Words) -> Apposition {
    let w = trim_punct(w);
    let mut out = Apposition {
        gender: words_gender(w),
        ..Apposition::default()
    };
    let first = w.word(0);
    if first == "known" || (first == "also" && w.word(1) == "known") {
        let as_at = w.position(&["as"]).map_or(w.len(), |i| i + 1);
        out.alias = Some(w.slice(as_at, w.len()).text()).filter(|a| !a.is_empty());
        return out;
    }
    // `speaking to reporters in Berlin` says what someone does, not who they are;
    // `released on Tuesday by Human Rights Watch` who a text is by.
    if first.ends_with("ing") && lexicon::is_lower(first) {
        return out;
    }
    if first.ends_with("ed")
        && lexicon::is_lower(first)
        && let Some(by) = w.position(&["by"])
    {
        if let Some(Phrase::Name(named)) = parse(w.slice(by + 1, w.len())) {
            out.by = Some(named);
        }
        return out;
    }
    if RELATIVES.contains(&first) || first.chars().all(|c| c.is_ascii_digit()) {
        out.affiliation = affiliation_after(w, &["at"]);
        return out;
    }
    if matches!(first, "of" | "from" | "at") {
        out.affiliation = affiliation_after(w, &[first]);
        return out;
    }
    match parse(w) {
        Some(Phrase::Name(named)) => out.name = Some(named),
        Some(Phrase::Description(desc)) => {
            out.reference = definite_person_noun(w);
            let mut from = 0;
            while from < w.len() && !w.word(from).is_empty() && {
                let word = w.word(from);
                DEFINITE.contains(&word) || INDEFINITE.contains(&word)
            } {
                from += 1;
            }
            if let Some(p) = (0..w.len()).rev().find(|&i| w.is_possessive(i)) {
                from = from.max(p + 1);
            }
            let at = (from..w.len()).rev().find(|&i| {
                w.word(i) == "at" && affiliation_after(w.slice(i, w.len()), &["at"]).is_some()
            });
            out.affiliation = at.and_then(|i| affiliation_after(w.slice(i, w.len()), &["at"]));
            let role_end = at.unwrap_or(w.len());
            let parts = role_parts(w.slice(from, role_end));
            out.role = parts.role;
            out.affiliation = out.affiliation.or(parts.affiliation);
            out.country = parts.country.or(desc.country);
            if lexicon::is_organization_noun(&desc.head) && !lexicon::is_person_noun(&desc.head) {
                out.descriptor = Some(desc.head);
            }
        }
        _ => {}
    }
    out
}

/// The capitalised name after the first of `preps` in `w` (`at the University of Tokyo`),
/// up to a following `in Place`.
fn affiliation_after(w: Words, preps: &[&str]) -> Option<String> {
    let p = w.position(preps)?;
    let mut from = p + 1;
    if matches!(w.word(from), "the" | "The") {
        from += 1;
    }
    let mut to = from;
    while to < w.len()
        && (is_name_word(w, to)
            || lexicon::is_acronym(w.word(to))
            || (matches!(w.word(to), "of" | "for" | "on" | "and") && is_name_word(w, to + 1))
            || (w.word(to) == "the" && w.word(to.saturating_sub(1)) == "of"))
    {
        to += 1;
    }
    (to > from).then(|| w.slice(from, to).text())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::article::Doc;

    fn appos(text: &str) -> Apposition {
        let doc = Doc::parse(text);
        apposition(Words::new(&doc, &doc.paras[0].toks))
    }

    #[test]
    fn appositions_give_role_and_affiliation() {
        let a = appos("an expert in East Asian security studies at the University of Tokyo");
        assert_eq!(
            (a.role.as_deref(), a.affiliation.as_deref()),
            (
                Some("expert in East Asian security studies"),
                Some("University of Tokyo")
            )
        );
        let a = appos("a senior analyst specializing in Northeast Asian affairs");
        assert_eq!(
            a.role.as_deref(),
            Some("senior analyst specializing in Northeast Asian affairs")
        );
        let a = appos("the Dutch company that dominates the market");
        assert_eq!(a.descriptor.as_deref(), Some("company"));
        let a = appos("of the Timbuktu Institute in Dakar");
        assert_eq!(a.affiliation.as_deref(), Some("Timbuktu Institute"));
        let a = appos("Dylan Marsh");
        assert_eq!(a.name.unwrap().name, "Dylan Marsh");
        let a = appos("known as MINUSMA");
        assert_eq!(a.alias.as_deref(), Some("MINUSMA"));
    }
}
