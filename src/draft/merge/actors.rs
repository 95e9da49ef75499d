//! Which drafted actors are actors the briefing already has. The same person or organisation
//! is found as the drafter finds a later mention of someone named before: the same name or
//! alias (case aside), or, for a person, a surname or a short form of the full name (`Hayashi`,
//! `Jens Stoltenberg` for `Stoltenberg`), or, for an institution, its acronym (`NATO` for the
//! North Atlantic Treaty Organization, either way round); a person matches only a person. A
//! name that could be two existing actors is matched to neither.

use crate::briefing::model::{Actor as Existing, ActorKind};
use crate::draft::lexicon::is_acronym;
use crate::draft::mentions::entities::{initials, surnames};
use crate::draft::outline::model::Actor as Drafted;

/// What became of a drafted actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// The briefing's actor at this index, with the drafted names it does not have yet.
    Known(usize, Vec<String>),
    /// A new actor; the note says why it was not matched when it could have been.
    New(Option<String>),
}

/// The identity of each drafted actor among `existing`.
pub fn identify(drafted: &[Drafted], existing: &[Existing]) -> Vec<Identity> {
    drafted.iter().map(|d| identity(d, existing)).collect()
}

/// The identity of one drafted actor.
fn identity(drafted: &Drafted, existing: &[Existing]) -> Identity {
    let person = drafted.kind == ActorKind::Person;
    let kinds_agree = |e: &Existing| (e.kind == ActorKind::Person) == person;
    let drafted_names = names_of_drafted(drafted);
    let by_name: Vec<usize> = candidates(existing, |e| {
        kinds_agree(e)
            && names_of(e)
                .iter()
                .any(|n| drafted_names.iter().any(|d| same(d, n)))
    });
    let found = match by_name[..] {
        [] => {
            let by_short_name = candidates(existing, |e| {
                kinds_agree(e)
                    && match person {
                        true => same_person(drafted, e),
                        false => same_initials(&drafted_names, &names_of(e)),
                    }
            });
            match by_short_name[..] {
                [one] => Some(one),
                [] => None,
                ref several => return Identity::New(Some(ambiguous(existing, several))),
            }
        }
        [one] => Some(one),
        // Prefer the actor whose own name is the drafted name.
        ref several => several
            .iter()
            .copied()
            .find(|&i| same(existing[i].name.as_str(), &drafted.name))
            .or(Some(several[0])),
    };
    match found {
        Some(ix) => {
            let known = names_of(&existing[ix]);
            let mut new: Vec<String> = Vec::new();
            for name in drafted_names {
                if !known.iter().any(|k| same(k, name)) && !new.iter().any(|n| same(n, name)) {
                    new.push(name.to_owned());
                }
            }
            Identity::Known(ix, new)
        }
        None => Identity::New(None),
    }
}

/// The indexes of the actors `accept` takes.
fn candidates(existing: &[Existing], accept: impl Fn(&Existing) -> bool) -> Vec<usize> {
    (0..existing.len())
        .filter(|&i| accept(&existing[i]))
        .collect()
}

/// The review note of a person who could be several existing actors.
fn ambiguous(existing: &[Existing], several: &[usize]) -> String {
    let ids: Vec<&str> = several.iter().map(|&i| existing[i].id.as_str()).collect();
    format!(
        "the name could be any of the actors {}: added as a new actor; merge it into the right one by hand",
        ids.join(", ")
    )
}

/// A drafted actor's name and aliases.
fn names_of_drafted(actor: &Drafted) -> Vec<&str> {
    std::iter::once(actor.name.as_str())
        .chain(actor.aliases.iter().map(String::as_str))
        .collect()
}

/// An existing actor's name and aliases.
fn names_of(actor: &Existing) -> Vec<&str> {
    std::iter::once(actor.name.as_str())
        .chain(actor.aliases.iter().map(|a| a.as_str()))
        .collect()
}

/// True when two names are the same but for case and spacing.
fn same(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// True when the drafted person and an existing one share a surname and nothing in their
/// given names differs: `Hayashi` or `Mr. Hayashi` is `Yoshimasa Hayashi`, `J. Stoltenberg`
/// is `Jens Stoltenberg`, `Ann Hayashi` is not.
fn same_person(drafted: &Drafted, existing: &Existing) -> bool {
    names_of(existing).iter().any(|known| {
        let known_surnames = surnames_or_name(known);
        names_of_drafted(drafted).iter().any(|name| {
            let name_surnames = surnames_or_name(name);
            name_surnames
                .iter()
                .any(|s| known_surnames.iter().any(|k| same(s, k)))
                && given_names_agree(name, known)
        })
    })
}

/// True when a name of one list is an acronym of a name of the other (`NATO`, `North
/// Atlantic Treaty Organization`).
fn same_initials(a: &[&str], b: &[&str]) -> bool {
    let stands_for = |acronyms: &[&str], names: &[&str]| {
        acronyms.iter().filter(|n| is_acronym(n)).any(|acronym| {
            let letters: String = acronym.chars().filter(|c| c.is_alphanumeric()).collect();
            names.iter().any(|name| initials(name).contains(&letters))
        })
    };
    stands_for(a, b) || stands_for(b, a)
}

/// A person's possible surnames; a one-word name is its own.
fn surnames_or_name(name: &str) -> Vec<&str> {
    let found = surnames(name);
    if found.is_empty() { vec![name] } else { found }
}

/// True unless both names give a first word and they differ (an initial agrees with a word
/// that starts with it).
fn given_names_agree(a: &str, b: &str) -> bool {
    let first = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (words.len() > 1).then(|| words[0].trim_end_matches('.').to_lowercase())
    };
    match (first(a), first(b)) {
        (Some(x), Some(y)) => {
            x == y
                || (x.chars().count() == 1 && y.starts_with(&x))
                || (y.chars().count() == 1 && x.starts_with(&y))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load::load_str;

    fn drafted(name: &str, kind: ActorKind, aliases: &[&str]) -> Drafted {
        Drafted {
            id: String::new(),
            name: name.into(),
            kind,
            role: None,
            affiliation: None,
            country: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            review: None,
        }
    }

    fn existing() -> Vec<Existing> {
        let toml = "format = 1\n[briefing]\nid = \"b\"\ntitle = \"t\"\nsummary = \"s\"\n\
            [[actors]]\nid = \"hayashi\"\nname = \"Yoshimasa Hayashi\"\nkind = \"person\"\n\
            [[actors]]\nid = \"japan\"\nname = \"Japan\"\nkind = \"state\"\naliases = [\"Tokyo\"]\n\
            [[actors]]\nid = \"kim-a\"\nname = \"Min-seok Kim\"\nkind = \"person\"\n\
            [[actors]]\nid = \"kim-b\"\nname = \"Ji-hye Kim\"\nkind = \"person\"\n\
            [[actors]]\nid = \"ldp\"\nname = \"LDP\"\nkind = \"group\"\n\
            [[actors]]\nid = \"un\"\nname = \"United Nations\"\nkind = \"organization\"\n";
        load_str("t", toml).unwrap().actors
    }

    #[test]
    fn the_same_person_or_state_is_the_existing_actor() {
        let existing = existing();
        let person = ActorKind::Person;
        let cases = [
            (
                drafted("Yoshimasa Hayashi", person, &["Hayashi"]),
                Identity::Known(0, vec!["Hayashi".into()]),
            ),
            (
                drafted("Hayashi", person, &[]),
                Identity::Known(0, vec!["Hayashi".into()]),
            ),
            (
                drafted("Y. Hayashi", person, &[]),
                Identity::Known(0, vec!["Y. Hayashi".into()]),
            ),
            (drafted("Ann Hayashi", person, &[]), Identity::New(None)),
            (
                drafted("tokyo", ActorKind::State, &["Nippon"]),
                Identity::Known(1, vec!["Nippon".into()]),
            ),
            (
                drafted("Liberal Democratic Party", ActorKind::Organization, &[]),
                Identity::Known(4, vec!["Liberal Democratic Party".into()]),
            ),
            (
                drafted("U.N.", ActorKind::Organization, &[]),
                Identity::Known(5, vec!["U.N.".into()]),
            ),
            // A person is never a state of the same name.
            (drafted("Japan", person, &[]), Identity::New(None)),
        ];
        for (actor, expected) in cases {
            assert_eq!(identity(&actor, &existing), expected, "{}", actor.name);
        }
    }

    #[test]
    fn a_surname_two_people_share_matches_neither() {
        let Identity::New(Some(note)) =
            identity(&drafted("Kim", ActorKind::Person, &[]), &existing())
        else {
            panic!("matched");
        };
        assert!(note.contains("kim-a, kim-b"), "{note}");
    }
}
