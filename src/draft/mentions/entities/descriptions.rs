//! What a description refers to: `the ministry` to the ministry named before, `a company
//! spokesperson` to the company, `the statement` to whoever issued it; or a new unnamed
//! speaker (`a European diplomat`).

use super::{Entity, EntityIx, Found, Registry, add_unique, capitalise, latest};
use crate::briefing::model::ActorKind;
use crate::draft::lexicon;
use crate::draft::lexicon::places;
use crate::draft::syntax::phrase::{Description, Named, Phrase};

impl Registry {
    /// The entity a description refers to (`the ministry`, `a company spokesperson`), adding
    /// one for a new unnamed speaker (`A European diplomat`), and records the mention.
    pub fn described(&mut self, desc: &Description) -> EntityIx {
        let ix = self
            .refers_to(desc)
            .unwrap_or_else(|| self.add_described(desc));
        self.mention(ix, desc.at);
        ix
    }

    /// The entity an existing description refers back to, if any.
    fn refers_to(&mut self, desc: &Description) -> Option<EntityIx> {
        let head = desc.head.as_str();
        // `the French foreign ministry` is not Russia's named before.
        let country = desc.country;
        let has = |word: &str| {
            let word = word.to_lowercase();
            move |e: &Entity| {
                e.descriptors.contains(&word)
                    && (country.is_none() || e.country.is_none() || e.country == country)
            }
        };
        if head == "government"
            && let Some(state) = desc.country
        {
            return Some(self.state(state, desc.at));
        }
        // `the statement said`: whoever spoke last, in this paragraph or the one before.
        if lexicon::is_container_noun(head) && desc.definite {
            match desc.owner.as_deref() {
                Some(Phrase::Name(owner)) => return Some(self.named(owner, &[]).0),
                // `her Twitter account posted`: she did.
                Some(Phrase::Pronoun(owner)) => return self.pronoun(*owner, desc.at),
                _ => {}
            }
            let speaker = |e: EntityIx| {
                let entity = &self.entities[e];
                !entity
                    .descriptors
                    .iter()
                    .any(|d| lexicon::is_container_noun(d))
            };
            let institution = |e: EntityIx| {
                speaker(e) && !matches!(self.entities[e].kind, ActorKind::Person | ActorKind::Group)
            };
            return latest(&self.subjects, desc.at, speaker)
                .or_else(|| latest(&self.mentions, desc.at, institution))
                .filter(|&e| self.entities[e].last_at >= self.scope.0);
        }
        // `The IMF’s executive board` and `the FBI’s spokeswoman` speak for the IMF and the
        // FBI.
        if (lexicon::is_sub_body(head) || lexicon::is_spokesperson(head))
            && let Some(Phrase::Name(owner)) = desc.owner.as_deref()
            && !matches!(owner.kind, None | Some(ActorKind::Person))
        {
            return Some(self.named(owner, &[]).0);
        }
        // `his spokesman said`, `her campaign said`: for the person the pronoun means.
        if (lexicon::is_spokesperson(head) || matches!(head, "campaign" | "office"))
            && let Some(Phrase::Pronoun(owner)) = desc.owner.as_deref()
            && let Some(ix) = self.pronoun(*owner, desc.at)
        {
            return Some(ix);
        }
        // `the Dutchman`, `the 44-year-old`: the person last spoken of, in this paragraph
        // or the one before, else the named person last the subject of a verb.
        if desc.definite
            && desc
                .text
                .split(' ')
                .next_back()
                .is_some_and(lexicon::is_epithet)
        {
            let person = |e: &Entity| e.kind == ActorKind::Person;
            return self
                .recent_subject(desc.at, person)
                .or_else(|| self.recent(desc.at, person))
                .filter(|&e| self.entities[e].last_at >= self.scope.0)
                .or_else(|| self.recent_subject(desc.at, named_person));
        }
        if lexicon::is_person_noun(head) {
            if let Some(complement) = &desc.complement {
                return self.phrase(complement);
            }
            if lexicon::speaks_for(head) {
                // `the spokesperson` again: whoever the last one spoke for.
                if desc.definite
                    && let Some(ix) = self.recent(desc.at, has(head))
                {
                    return Some(ix);
                }
                return self.spoken_for(desc);
            }
            if !desc.definite {
                return None;
            }
            // `the Florida senator`, `the Republican nominee`: the person described so
            // before, else the person last the subject of a verb (news names a person before
            // describing them), never a new unnamed speaker. Not someone's (`its own
            // expert`) nor a relative (`the mother`), who is someone else.
            return self.recent(desc.at, has(head)).or_else(|| {
                (!desc.possessed && !lexicon::is_relative_noun(head))
                    .then(|| self.recent_subject(desc.at, named_person))
                    .flatten()
            });
        }
        if let Some(ix) = self.recent(desc.at, has(head)) {
            return Some(ix);
        }
        // `the company` after `Northbridge Semiconductor said`, or after `Acme Corp. shares
        // fell` in this paragraph or the one before.
        let organization = |e: &Entity| e.kind == ActorKind::Organization;
        if lexicon::is_generic_organization_noun(head)
            && let Some(ix) = self.recent_subject(desc.at, organization).or_else(|| {
                self.recent(desc.at, organization)
                    .filter(|&e| self.entities[e].last_at >= self.scope.0)
            })
        {
            add_unique(&mut self.entities[ix].descriptors, head.to_owned());
            return Some(ix);
        }
        if matches!(head, "army" | "military" | "navy" | "forces") {
            // As written when the text says whose (`the US military`), else the main state's.
            let state = desc.country.or_else(|| self.main_state(desc.at))?;
            let name = match desc.country {
                Some(_) if !desc.modifiers.is_empty() => desc.text.clone(),
                _ => format!("{} {head}", places::demonym_of(state)?),
            };
            return Some(self.institution(&name, ActorKind::Military, Some(state), desc.at));
        }
        if head == "government" {
            return self.main_state(desc.at).map(|s| self.state(s, desc.at));
        }
        // `Iran launched drones. The country said`: the state that last acted.
        if matches!(head, "country" | "nation") {
            let state = |e: &Entity| e.kind == ActorKind::State;
            return self
                .recent_subject(desc.at, state)
                .filter(|&e| self.entities[e].last_at >= self.scope.0)
                .or_else(|| {
                    let state = self.main_state(desc.at)?;
                    Some(self.state(state, desc.at))
                });
        }
        None
    }

    /// The institution a spokesperson's description names: `an FTC spokesperson` (a name),
    /// `a ministry spokesperson` (the latest ministry), `a Chinese commerce ministry
    /// spokesperson` (a new institution when none fits).
    fn spoken_for(&mut self, desc: &Description) -> Option<EntityIx> {
        // `a Department for Education spokesperson`, `a NSW Police spokesperson`: a name of
        // several words before the noun.
        let modifiers = &desc.modifiers;
        if modifiers.len() > 1
            && modifiers
                .first()
                .is_some_and(|m| lexicon::is_capitalised(m))
            && modifiers.iter().all(|m| {
                lexicon::is_capitalised(m) || matches!(m.as_str(), "for" | "of" | "and" | "the")
            })
        {
            let kind = lexicon::kind_by_words(modifiers.iter().map(String::as_str))
                .unwrap_or(ActorKind::Organization);
            // As written, commas kept (`Department for Science, Innovation and Technology`).
            let name = desc
                .text
                .rsplit_once(' ')
                .map_or(desc.text.as_str(), |(name, _)| name)
                .trim_start_matches(|c: char| !c.is_uppercase());
            return Some(self.institution(name, kind, desc.country, desc.at));
        }
        if let Some(name) = desc
            .modifiers
            .iter()
            .find(|m| lexicon::is_acronym(m) || lexicon::known_organization(m).is_some())
        {
            let kind = lexicon::known_organization(name).unwrap_or(ActorKind::Organization);
            return Some(self.institution(name, kind, None, desc.at));
        }
        let Some(org) = desc
            .modifiers
            .iter()
            .rposition(|m| lexicon::is_organization_noun(m))
        else {
            // `A spokesperson ... said`: for the institution this paragraph or the one before
            // last named.
            let institution = |e: &Entity| !matches!(e.kind, ActorKind::Person | ActorKind::Group);
            let ix = lexicon::is_spokesperson(&desc.head)
                .then(|| {
                    latest(&self.mentions, desc.at, |e| institution(&self.entities[e]))
                        .filter(|&e| self.entities[e].last_at >= self.scope.0)
                })
                .flatten()?;
            add_unique(&mut self.entities[ix].descriptors, desc.head.clone());
            return Some(ix);
        };
        let noun = desc.modifiers[org].to_lowercase();
        if let Some(ix) = self.recent(desc.at, |e| e.descriptors.contains(&noun)) {
            return Some(ix);
        }
        // `a Chinese commerce ministry spokesperson`, not `a senior administration official`.
        let from = (0..org)
            .find(|&i| {
                let m = &desc.modifiers[i];
                lexicon::is_capitalised(m) || lexicon::is_organization_noun(m)
            })
            .unwrap_or(org);
        let name = desc.modifiers[from..=org].join(" ");
        let kind = lexicon::kind_by_words(std::iter::once(capitalise(&noun).as_str()))
            .unwrap_or(ActorKind::Organization);
        (from < org).then(|| self.institution(&name, kind, desc.country, desc.at))
    }

    /// The entity a phrase names (a pronoun, a name or a description).
    fn phrase(&mut self, phrase: &Phrase) -> Option<EntityIx> {
        match phrase {
            Phrase::Pronoun(p) => self.pronoun(*p, usize::MAX),
            Phrase::Name(named) => Some(self.named(named, &[]).0),
            Phrase::Description(desc) => Some(self.described(desc)),
        }
    }

    /// Finds or adds an institution by name.
    fn institution(
        &mut self,
        name: &str,
        kind: ActorKind,
        country: Option<&'static str>,
        at: usize,
    ) -> EntityIx {
        let named = Named {
            name: name.to_owned(),
            kind: Some(kind),
            country,
            at,
            ..Named::default()
        };
        self.named(&named, &[]).0
    }

    /// Adds an unnamed speaker described by `desc`.
    fn add_described(&mut self, desc: &Description) -> EntityIx {
        let plural = desc.head.ends_with('s') && lexicon::is_person_noun(&desc.head);
        let kind = if plural {
            ActorKind::Group
        } else if lexicon::is_person_noun(&desc.head) {
            ActorKind::Person
        } else {
            ActorKind::Organization
        };
        let named = Named {
            name: desc.text.clone(),
            kind: Some(kind),
            country: desc.country,
            descriptor: Some(desc.head.clone()),
            at: desc.at,
            ..Named::default()
        };
        // `the French foreign ministry` after Russia's: the same words, another institution.
        let other_country = self.find(&named).is_some_and(|(ix, _)| {
            let known = self.entities[ix].country;
            desc.country.is_some() && known.is_some() && known != desc.country
        });
        let (ix, found) = if other_country {
            let ix = self.add(&named);
            self.named(&named, &[]);
            (ix, Found::New)
        } else {
            self.named(&named, &[])
        };
        if found == Found::New {
            self.entities[ix].described = true;
            if kind == ActorKind::Person {
                self.unnamed.entry(desc.head.clone()).or_default().push(ix);
            }
        }
        ix
    }

    /// The entity of `state`, added if new.
    fn state(&mut self, state: &'static str, at: usize) -> EntityIx {
        self.institution(state, ActorKind::State, None, at)
    }

    /// The state mentioned most often so far (reading is in order, so: before `at`).
    pub fn main_state(&self, at: usize) -> Option<&'static str> {
        let (ix, _) = self
            .states
            .iter()
            .map(|&ix| (ix, &self.entities[ix]))
            .filter(|(_, e)| e.kind == ActorKind::State && e.mentions > 0 && e.first_at < at)
            .max_by_key(|&(ix, e)| (e.mentions, std::cmp::Reverse(ix)))?;
        places::state(&self.entities[ix].name)
    }
}

/// A person the article names, not one only described (`a European diplomat`).
fn named_person(e: &Entity) -> bool {
    e.kind == ActorKind::Person && !e.described
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_refer_to_the_latest_matching_institution() {
        let mut r = Registry::default();
        let ministry = Named {
            name: "Ministry of Economic Affairs".into(),
            kind: Some(ActorKind::Agency),
            at: 5,
            ..Named::default()
        };
        let (ix, _) = r.named(&ministry, &[]);
        let desc = Description {
            definite: true,
            head: "ministry".into(),
            text: "ministry".into(),
            at: 50,
            ..Description::default()
        };
        assert_eq!(r.described(&desc), ix);
        let spokesperson = Description {
            head: "spokesperson".into(),
            modifiers: vec!["ministry".into()],
            text: "ministry spokesperson".into(),
            at: 60,
            ..Description::default()
        };
        assert_eq!(r.described(&spokesperson), ix);
    }
}
