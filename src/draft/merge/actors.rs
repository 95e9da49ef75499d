//! Which drafted actors are actors the briefing already has. The same person or organisation
//! is found as the drafter finds a later mention of someone named before:
//!
//! - an organisation, state or group: the same name or alias (case aside), or its acronym
//!   (`NATO` for the North Atlantic Treaty Organization, either way round);
//! - a person: the same full name (two words or more), or a shared surname with no given
//!   name that differs (`Hayashi` or `Y. Hayashi` is `Yoshimasa Hayashi`; `Ann Hayashi` is
//!   not, nor is `Kim Yo Jong` `Kim Jong Un`: a family name written first is found as the
//!   drafter finds it). A one-word name is never enough on its own, since the drafter adds
//!   every person's surname to their aliases.
//!
//! A person matches only a person. A name that could be two existing actors is matched to
//! neither, unless it is exactly one actor's own name; two drafted actors never become one
//! existing actor (the second is added, with a note). Either way the new actor's `# review:`
//! says which existing actors it may be.

use toml_edit::DocumentMut;

use super::edit;
use crate::briefing::model::{Actor as Existing, ActorKind, Briefing};
use crate::draft::lexicon::{is_acronym, is_honorific};
use crate::draft::mentions::entities::{initials, surnames};
use crate::draft::outline::ids::Ids;
use crate::draft::outline::model::Actor as Drafted;

/// What became of a drafted actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// The briefing's actor at this index, with the drafted names it does not have yet.
    Known(usize, Vec<String>),
    /// A new actor; the note says why it was not matched when it could have been.
    New(Option<String>),
}

/// Finds each drafted actor among the briefing's: an existing one takes its id, its new names
/// going to the existing entry's aliases with a review note naming `source`; a new one gets
/// an id of its own and the note of why it was not matched, if any. The identities, in order.
pub fn merge(
    doc: &mut DocumentMut,
    drafted: &mut [Drafted],
    briefing: &Briefing,
    source: &str,
) -> Result<Vec<Identity>, String> {
    let identities = identify(drafted, &briefing.actors);
    let mut ids = Ids::taken(briefing.actors.iter().map(|a| a.id.as_str()));
    for (actor, identity) in drafted.iter_mut().zip(&identities) {
        match identity {
            Identity::Known(ix, names) => {
                actor.id = briefing.actors[*ix].id.as_str().to_owned();
                if names.is_empty() {
                    continue;
                }
                let table = edit::entry(doc, "actors", *ix)?;
                for name in names {
                    edit::push(table, "aliases", edit::string(name)?)?;
                }
                let shown: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
                let note = format!(
                    "{} added: the name source '{source}' uses",
                    shown.join(", ")
                );
                edit::review(table, "aliases", &note);
            }
            Identity::New(note) => {
                actor.id = ids.unique(&actor.id, "actor");
                if let Some(note) = note {
                    actor.review = Some(match actor.review.take() {
                        Some(before) => format!("{before}; {note}"),
                        None => note.clone(),
                    });
                }
            }
        }
    }
    Ok(identities)
}

/// The identity of each drafted actor among `existing`; no two drafted actors take the same
/// existing one (the first in the article keeps it).
pub fn identify(drafted: &[Drafted], existing: &[Existing]) -> Vec<Identity> {
    let mut taken: Vec<Option<usize>> = vec![None; existing.len()];
    drafted
        .iter()
        .enumerate()
        .map(|(at, d)| match identity(d, existing) {
            Identity::Known(ix, _) if taken[ix].is_some() => Identity::New(Some(format!(
                "may be the existing actor '{}', which “{}” of this article was matched to: added as a new actor; merge them by hand if they are one",
                existing[ix].id.as_str(),
                taken[ix].map_or("", |t| drafted[t].name.as_str()),
            ))),
            Identity::Known(ix, names) => {
                taken[ix] = Some(at);
                Identity::Known(ix, names)
            }
            new => new,
        })
        .collect()
}

/// The identity of one drafted actor.
fn identity(drafted: &Drafted, existing: &[Existing]) -> Identity {
    let person = drafted.kind == ActorKind::Person;
    let kinds_agree = |e: &Existing| (e.kind == ActorKind::Person) == person;
    let drafted_names = names_of_drafted(drafted);
    // A person's one-word names are surnames the drafter added: they decide nothing alone.
    let exact_names: Vec<&str> = drafted_names
        .iter()
        .copied()
        .filter(|n| !person || n.split_whitespace().count() > 1)
        .collect();
    let by_name: Vec<usize> = candidates(existing, |e| {
        kinds_agree(e)
            && names_of(e)
                .iter()
                .any(|n| exact_names.iter().any(|d| same(d, n)))
    });
    let found = match by_name[..] {
        [] => {
            let by_short_name = candidates(existing, |e| {
                kinds_agree(e)
                    && match person {
                        true => same_person(&drafted_names, &names_of(e)),
                        false => same_initials(&drafted_names, &names_of(e)),
                    }
            });
            match by_short_name[..] {
                [one] => one,
                [] => return Identity::New(None),
                ref several => return Identity::New(Some(ambiguous(existing, several))),
            }
        }
        [one] => one,
        // Only an actor whose own name is the drafted name settles it.
        ref several => {
            let own: Vec<usize> = several
                .iter()
                .copied()
                .filter(|&i| same(existing[i].name.as_str(), &drafted.name))
                .collect();
            match own[..] {
                [one] => one,
                _ => return Identity::New(Some(ambiguous(existing, several))),
            }
        }
    };
    let known = names_of(&existing[found]);
    let mut new: Vec<String> = Vec::new();
    for name in drafted_names {
        if !known.iter().any(|k| same(k, name)) && !new.iter().any(|n| same(n, name)) {
            new.push(name.to_owned());
        }
    }
    Identity::Known(found, new)
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

/// True when a drafted person and an existing one share a surname and no given name of one
/// differs from a given name of the other under that surname: `Hayashi` or `Y. Hayashi` is
/// `Yoshimasa Hayashi`; `Ann Hayashi` is not, even when both are also called `Hayashi`.
fn same_person(drafted: &[&str], existing: &[&str]) -> bool {
    let mut linked = false;
    for name in drafted {
        for known in existing {
            for shared in shared_surnames(name, known) {
                if !given_names_agree(&given_names(name, shared), &given_names(known, shared)) {
                    return false;
                }
                linked = true;
            }
        }
    }
    linked
}

/// The surnames two names share (a one-word name is its own surname).
fn shared_surnames<'a>(a: &'a str, b: &str) -> Vec<&'a str> {
    let theirs = surnames_or_name(b);
    surnames_or_name(a)
        .into_iter()
        .filter(|s| theirs.iter().any(|t| same(s, t)))
        .collect()
}

/// The words of `name` other than its surname `surname` and a courtesy title, lowercase and
/// without the dot of an initial: `yo jong` of `Kim Yo Jong` under `Kim`.
fn given_names(name: &str, surname: &str) -> Vec<String> {
    let surname: Vec<&str> = surname.split_whitespace().collect();
    let words: Vec<&str> = name.split_whitespace().collect();
    let at = (0..words.len())
        .find(|&i| {
            words.len() >= i + surname.len()
                && words[i..i + surname.len()]
                    .iter()
                    .zip(&surname)
                    .all(|(w, s)| w.to_lowercase() == s.to_lowercase())
        })
        .unwrap_or(words.len());
    words[..at]
        .iter()
        .chain(words.get(at + surname.len()..).unwrap_or_default())
        .filter(|w| !is_honorific(w))
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
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

/// True unless both give names and they differ word for word (an initial agrees with a word
/// that starts with it): no given name says nothing.
fn given_names_agree(a: &[String], b: &[String]) -> bool {
    let agree = |x: &String, y: &String| {
        x == y
            || (x.chars().count() == 1 && y.starts_with(x.as_str()))
            || (y.chars().count() == 1 && x.starts_with(y.as_str()))
    };
    a.is_empty()
        || b.is_empty()
        || (a.len() == b.len() && a.iter().zip(b).all(|(x, y)| agree(x, y)))
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
            (
                drafted("Dr. Yoshimasa Hayashi", person, &["Hayashi"]),
                Identity::Known(0, vec!["Dr. Yoshimasa Hayashi".into(), "Hayashi".into()]),
            ),
            // The drafter gives every person their surname as an alias.
            (
                drafted("Ann Hayashi", person, &["Hayashi"]),
                Identity::New(None),
            ),
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

    #[test]
    fn two_drafted_actors_never_become_one_existing_actor() {
        let person = ActorKind::Person;
        let both = [
            drafted("Yoshimasa Hayashi", person, &["Hayashi"]),
            drafted("Y. Hayashi", person, &[]),
        ];
        let found = identify(&both, &existing());
        assert_eq!(found[0], Identity::Known(0, vec!["Hayashi".into()]));
        let Identity::New(Some(note)) = &found[1] else {
            panic!("{found:?}");
        };
        assert!(note.contains("'hayashi'"), "{note}");
    }
}
