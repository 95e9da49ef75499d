//! The words the drafting stages look for, by topic: words of saying ([`speech`]), people
//! ([`people`]), personal names ([`names`]), organisations ([`orgs`]), time ([`time`]) and
//! places ([`places`]); here, the shapes of a word (lowercase, capitalised, an acronym).
//! Word lists only: no stage state.

mod names;
mod orgs;
mod people;
pub mod places;
mod speech;
pub mod time;

pub use names::*;
pub use orgs::*;
pub use people::*;
pub use speech::*;
pub use time::*;

/// True when `word` is all lowercase letters (possibly with hyphens or apostrophes).
pub fn is_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && !is_article_name(word)
}

/// True when `word` starts with an uppercase letter, or is a name after an Arabic article
/// (`al-Tayeb`, `el-Sisi`).
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || is_article_name(word)
}

/// True for a name written after a lowercase Arabic article: `al-Tayeb`, `el-Sisi`, `ash-Sharaa`.
fn is_article_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(article, name)| {
        matches!(
            article,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "az" | "ar" | "an" | "ul"
        ) && name.chars().next().is_some_and(char::is_uppercase)
    })
}

/// True for an acronym: two or more letters, all uppercase (dots and digits allowed).
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

/// True when `list` holds `word` exactly.
fn has(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::model::ActorKind;

    #[test]
    fn names_are_classified_by_their_words() {
        let kind = |name: &str| kind_by_words(name.split(' '));
        assert_eq!(
            kind("National Intelligence Service"),
            Some(ActorKind::Agency)
        );
        assert_eq!(kind("Armed Forces"), Some(ActorKind::Military));
        assert_eq!(kind("University of Tokyo"), Some(ActorKind::Organization));
        assert_eq!(kind("Yuki Matsuda"), None);
    }

    #[test]
    fn word_shapes() {
        assert!(is_acronym("NATO") && is_acronym("U.S.") && !is_acronym("Nato"));
        assert!(is_auxiliary("reportedly") && !is_auxiliary("Kelly"));
        assert!(is_person_noun("analysts") && is_person_noun("Spokesperson"));
    }
}
