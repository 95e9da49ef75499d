//! Quotation marks that are not speech: a term (`so-called “risk premium”`), a title (`the
//! documentary “The Last Tenants”`), a label (`the “one country, two systems” formula`), a
//! name (`renamed “factcheckUK”`). They are listed in the report, never drafted as quotes.

use crate::draft::article::{Doc, Para};
use crate::draft::lexicon;
use crate::draft::words::{is_punct, word_at};

/// Most words a quotation may have and still be a term rather than speech (`so-called “X”`).
const MAX_TERM_WORDS: usize = 6;

/// True when quotation `q` (token `tok`) is a term or a title, not someone's words.
pub fn is_term(doc: &Doc, para: &Para, q: usize, tok: usize) -> bool {
    let toks = &para.toks;
    let words = doc.text[para.quotes[q].span.inner.clone()]
        .split_whitespace()
        .count();
    let mut j = tok;
    while j > 0
        && matches!(
            word_at(doc, toks, j - 1),
            "a" | "an" | "the" | "its" | "their"
        )
    {
        j -= 1;
    }
    let prev = word_at(doc, toks, j.wrapping_sub(1));
    let title = matches!(prev, "titled" | "entitled" | "headlined");
    let marker = lexicon::is_scare_marker(prev)
        || (prev == "as" && lexicon::is_scare_marker(word_at(doc, toks, j.wrapping_sub(2))));
    // `“transitioning away from fossil fuels,” a phrase agreed two years ago`
    let mut k = tok + 1 + usize::from(is_punct(doc, toks, tok + 1, ","));
    if matches!(word_at(doc, toks, k), "a" | "an" | "the") {
        k += 1;
    }
    let named_after = lexicon::is_term_noun(word_at(doc, toks, k));
    // `the documentary “The Last Tenants”`: titles are capitalised.
    let capitalised = doc.text[para.quotes[q].span.inner.clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    // `A National Audit Office report, “Support for pupils ...”`: the work before a comma.
    let work_noun = if is_punct(doc, toks, j.wrapping_sub(1), ",") {
        word_at(doc, toks, j.wrapping_sub(2))
    } else {
        prev
    };
    let work = lexicon::is_work_noun(work_noun) && capitalised && words <= 2 * MAX_TERM_WORDS;
    // A label with its determiner: `the “one country, two systems” formula`, `the “Young
    // Turks”` (every word capitalised, as names are).
    let inner = &doc.text[para.quotes[q].span.inner.clone()];
    let determiner = j < tok;
    let framed = lexicon::is_framing_noun(word_at(doc, toks, tok + 1));
    let name_like = inner
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !inner.ends_with(['.', '?', '!']);
    let label = determiner && (framed || name_like);
    title || work || ((marker || named_after || label) && words <= MAX_TERM_WORDS)
}
