//! An actor's names as one: where a briefing gives an actor aliases (`NIS` for the National
//! Intelligence Service), an item that names the actor by any of them is indexed with all of
//! them, so that a search for one finds the text that says another.

use std::collections::{HashMap, HashSet};

use super::fold::fold;
use super::query::parts;
use crate::briefing::model::Actor;

/// Most words of a name that is looked for in text.
const MAX_NAME_WORDS: usize = 8;

/// The names of a briefing's actors that have aliases, ready to be found in text.
pub(crate) struct Synonyms {
    /// A name's words folded and joined by spaces, to its actor.
    folded: HashMap<String, usize>,
    /// An acronym's words as written (`NIS`, `U S`), to its actor: matched with its case, so
    /// that `US` is not `us`.
    exact: HashMap<String, usize>,
    /// The first word of every name, folded (and an acronym's as written): a text's word
    /// that is none of them begins no name, and no longer run is looked up from it.
    first: HashSet<String>,
    /// Per actor, every name of it, one a line (empty for an actor without aliases).
    names: Vec<String>,
    /// Most words of any name.
    longest: usize,
}

impl Synonyms {
    /// The names of `actors` that have aliases; `None` when none has.
    pub(crate) fn of(actors: &[Actor]) -> Option<Synonyms> {
        let mut synonyms = Synonyms {
            folded: HashMap::new(),
            exact: HashMap::new(),
            first: HashSet::new(),
            names: vec![String::new(); actors.len()],
            longest: 0,
        };
        for (ix, actor) in actors.iter().enumerate() {
            if actor.aliases.is_empty() {
                continue;
            }
            let names: Vec<&str> = std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(|name| name.as_str())
                .collect();
            synonyms.names[ix] = names.join("\n");
            for name in names {
                let words: Vec<&str> = parts(name).collect();
                if words.is_empty() || words.len() > MAX_NAME_WORDS {
                    continue;
                }
                synonyms.longest = synonyms.longest.max(words.len());
                if is_acronym(name) {
                    synonyms.first.insert(words[0].to_owned());
                    synonyms.exact.insert(words.join(" "), ix);
                } else {
                    let folded: Vec<String> = words.iter().map(|w| fold_word(w)).collect();
                    synonyms.first.insert(folded[0].clone());
                    synonyms.folded.insert(folded.join(" "), ix);
                }
            }
        }
        (synonyms.longest > 0).then_some(synonyms)
    }

    /// Every name of each actor with aliases that `texts` name, one a line; empty when they
    /// name none. Linear in the texts' words.
    pub(crate) fn named_in(&self, texts: &[&str]) -> String {
        let mut found: Vec<usize> = Vec::new();
        for text in texts {
            let words: Vec<&str> = parts(text).collect();
            let folded: Vec<String> = words.iter().map(|w| fold_word(w)).collect();
            for start in 0..words.len() {
                if !self.first.contains(words[start]) && !self.first.contains(&folded[start]) {
                    continue;
                }
                let (mut as_written, mut as_folded) = (String::new(), String::new());
                for n in 0..self.longest.min(words.len() - start) {
                    if n > 0 {
                        as_written.push(' ');
                        as_folded.push(' ');
                    }
                    as_written.push_str(words[start + n]);
                    as_folded.push_str(&folded[start + n]);
                    let actor = self.exact.get(&as_written);
                    found.extend(actor.or_else(|| self.folded.get(&as_folded)));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        let names: Vec<&str> = found.iter().map(|&ix| self.names[ix].as_str()).collect();
        names.join("\n")
    }
}

/// A word folded as [`fold`] does, without its cost for plain ASCII.
fn fold_word(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        fold(word)
    }
}

/// True for a name written in capitals (`NIS`, `U.S.`): an acronym, matched with its case.
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !name.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing() -> crate::briefing::Briefing {
        let text = crate::briefing::bundled::BUNDLED[0].1;
        crate::briefing::load_bytes("bundled", text.as_bytes()).unwrap()
    }

    #[test]
    fn a_text_naming_an_actor_by_one_name_gets_them_all() {
        let b = briefing();
        let synonyms = Synonyms::of(&b.actors).unwrap();
        let names =
            synonyms.named_in(&["According to South Korea's national intelligence service, …"]);
        assert!(names.lines().any(|n| n == "NIS"), "{names}");
        let names = synonyms.named_in(&["The NIS said"]);
        assert!(names.contains("National Intelligence Service"), "{names}");
        // An acronym keeps its case: "us" is not the United States.
        assert_eq!(synonyms.named_in(&["told us nis"]), "");
    }
}
