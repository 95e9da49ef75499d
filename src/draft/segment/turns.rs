//! Interview transcripts: paragraphs that open with a speaker's label and a colon (`Q: What
//! happens next?`, `HAYASHI: We will respond calmly.`, `Mr. Hayashi: ...`). A turn of a named
//! speaker is a quotation of that speaker, though no mark encloses it; the interviewer's
//! turns (`Q:`, `QUESTION:`) are not quotations of anyone named.

use std::ops::Range;

/// Most bytes of a label before its colon.
const MAX_LABEL_BYTES: usize = 40;
/// Labels in capitals that open news paragraphs and name nobody.
const NOT_SPEAKERS: &[&str] = &[
    "ALSO",
    "BREAKING",
    "CLARIFICATION",
    "CORRECTION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "NOTE",
    "PHOTOS",
    "PHOTO",
    "READ MORE",
    "RELATED",
    "UPDATE",
    "VIDEO",
    "WATCH",
];

/// Who a turn's label names.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Label {
    /// `Q:` or `QUESTION:`: the interviewer, unnamed.
    Interviewer,
    /// A named speaker; the label's text.
    Named(String),
}

/// The turn a paragraph opens, if it opens one: who its label names, the byte range of the
/// label, and the byte range of the words after the colon.
fn turn(text: &str, para: Range<usize>) -> Option<(Label, Range<usize>, Range<usize>)> {
    let body = &text[para.clone()];
    let colon = body.get(..MAX_LABEL_BYTES.min(body.len()))?.find(':')?;
    let label = body[..colon].trim_end();
    let rest = &body[colon + 1..];
    if !rest.starts_with(char::is_whitespace) || rest.trim().is_empty() {
        return None;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let kind = match label {
        "Q" | "QUESTION" => Label::Interviewer,
        _ if (1..=3).contains(&words.len())
            && !NOT_SPEAKERS.contains(&label)
            && (words.iter().all(|w| is_capitals(w)) || is_titled(&words)) =>
        {
            Label::Named(words.join(" "))
        }
        _ => return None,
    };
    let lead = rest.len() - rest.trim_start().len();
    let start = para.start + colon + 1 + lead;
    Some((kind, para.start..para.start + label.len(), start..para.end))
}

/// True for a word of capitals (`HAYASHI`, `O'NEILL`), two letters or more.
fn is_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// True for a courtesy title and a capitalised name: `Mr. Hayashi`, `Ms. Lee`.
fn is_titled(words: &[&str]) -> bool {
    matches!(
        words.first(),
        Some(&("Mr." | "Ms." | "Mrs." | "Dr." | "Mr" | "Ms" | "Mrs" | "Dr"))
    ) && words.len() >= 2
        && words[1..].iter().all(|w| w.starts_with(char::is_uppercase))
}

/// For each paragraph `paras` (byte ranges of `text`), the byte range of the words of a
/// named speaker's turn, when the article is a transcript: two turns or more, with two
/// labels or more, one of them the interviewer's or a label that opens two turns.
pub fn find(text: &str, paras: &[Range<usize>]) -> Vec<Option<Range<usize>>> {
    let turns: Vec<_> = paras.iter().map(|p| turn(text, p.clone())).collect();
    let labels: Vec<&Label> = turns.iter().flatten().map(|(l, _, _)| l).collect();
    let mut distinct: Vec<&Label> = labels.clone();
    distinct.sort();
    distinct.dedup();
    let repeated = distinct
        .iter()
        .any(|d| **d == Label::Interviewer || labels.iter().filter(|l| *l == d).count() >= 2);
    if labels.len() < 2 || distinct.len() < 2 || !repeated {
        return vec![None; paras.len()];
    }
    turns
        .into_iter()
        .map(|t| match t {
            Some((Label::Named(_), _, words)) => Some(words),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Option<&str>> {
        let paras = crate::draft::segment::paragraphs(text);
        find(text, &paras)
            .into_iter()
            .map(|w| w.map(|w| &text[w]))
            .collect()
    }

    #[test]
    fn named_turns_of_a_transcript_are_their_words() {
        assert_eq!(
            words("Q: Next?\n\nHAYASHI: We wait.\n\nQ: And?\n\nMr. Hayashi: We act."),
            [None, Some("We wait."), None, Some("We act.")]
        );
        assert_eq!(
            words("JAKE TAPPER: Why?\n\nFALLIN: Because.\n\nTAPPER: Sure?\n\nFALLIN: Yes."),
            [Some("Why?"), Some("Because."), Some("Sure?"), Some("Yes.")]
        );
    }

    #[test]
    fn labels_outside_a_transcript_are_not_turns() {
        assert_eq!(
            words("CORRECTION: An earlier story erred.\n\nUPDATE: The vote passed."),
            [None, None]
        );
        assert_eq!(words("WASHINGTON: The vote passed."), [None]);
        assert_eq!(words("Note: this.\n\nThe time: noon."), [None, None]);
    }
}
