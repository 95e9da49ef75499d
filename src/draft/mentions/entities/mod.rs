//! The people, states and institutions an article names, collected in reading order, and how a
//! later mention (`Hayashi`, `the ministry`, `she`) finds the one it refers to.

mod descriptions;
mod pronouns;

use std::collections::{HashMap, HashSet};

use crate::briefing::model::ActorKind;
use crate::draft::lexicon::{self, Gender, places};
use crate::draft::syntax::phrase::{Apposition, Named};

/// Most recent mentions searched back for a pronoun, a description or a shortened name.
const RECENT_WINDOW: usize = 400;

pub use crate::draft::article::EntityIx;

/// Someone or something the article names.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Display name.
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Role or title.
    pub role: Option<String>,
    /// Organisation it belongs to.
    pub affiliation: Option<String>,
    /// State it belongs to.
    pub country: Option<&'static str>,
    /// Other names used in the article (surname, acronym, capital).
    pub aliases: Vec<String>,
    /// Nouns that refer back to it (`ministry`, `company`, `government`).
    descriptors: Vec<String>,
    /// True when the kind was a guess from a single unknown word.
    pub kind_guessed: bool,
    /// A person's gender, when the article shows it.
    pub gender: Option<Gender>,
    /// True when the article names it as the subject of a verb of acting.
    pub acting: bool,
    /// How many times it is mentioned outside quotations.
    pub mentions: usize,
    /// True when it was added for a description, with no name (`a European diplomat`).
    pub described: bool,
    /// The entity it turned out to be, named later (`China’s ambassador`, then `China’s
    /// ambassador Liu Xiaming`).
    merged_into: Option<EntityIx>,
    /// Byte offset of its first mention.
    first_at: usize,
    /// Byte offset of its latest mention.
    last_at: usize,
}

/// How a phrase found its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// Its full name or an alias.
    Name,
    /// A person's surname alone.
    Surname,
    /// First mention: the entity is new.
    New,
}

/// Every entity with the byte offsets where it is mentioned.
#[derive(Debug, Default)]
pub struct Registry {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// (byte offset, entity), sorted by offset.
    mentions: Vec<(usize, EntityIx)>,
    /// (byte offset, entity) of mentions as the subject of a verb, sorted by offset.
    subjects: Vec<(usize, EntityIx)>,
    /// Offsets of mentions as the object of a verb or preposition (`asked Pike`).
    objects: HashSet<usize>,
    /// Lowercase names and aliases (not surnames) to their entity.
    by_name: HashMap<String, EntityIx>,
    /// Lowercase surnames to the people who have them.
    by_surname: HashMap<String, Vec<EntityIx>>,
    /// Entities that were ever of kind state, in order (few: the states the article names).
    states: Vec<EntityIx>,
    /// Initials of institutions' names (`FTC`) to the institution.
    by_initials: HashMap<String, EntityIx>,
    /// The noun of each unnamed person's description (`mother`) to those people.
    unnamed: HashMap<String, Vec<EntityIx>>,
    /// Byte offsets where the paragraph before the one being read starts, and where that one
    /// starts: `he` and `she` look for a speaker there first.
    scope: (usize, usize),
    /// Byte offset where the sentence before the one being read starts.
    sentence_scope: usize,
}

impl Registry {
    /// Records that `entity` is mentioned at byte `at`.
    pub fn mention(&mut self, entity: EntityIx, at: usize) {
        let ix = self.mentions.partition_point(|&(a, _)| a <= at);
        if self.mentions.get(ix.wrapping_sub(1)) != Some(&(at, entity)) {
            self.mentions.insert(ix, (at, entity));
            let entity = &mut self.entities[entity];
            entity.mentions += 1;
            entity.last_at = entity.last_at.max(at);
        }
    }

    /// Starts reading a sentence; the one before it starts at byte `previous`.
    pub fn begin_sentence(&mut self, previous: usize) {
        self.sentence_scope = previous;
    }

    /// Starts reading the paragraph at byte `start`; the one before it starts at `previous`.
    pub fn begin_paragraph(&mut self, previous: usize, start: usize) {
        self.scope = (previous, start);
    }

    /// Records that the mention at byte `at` is secondary, an object (`asked Pike`) or
    /// introduced through someone else (`her neighbour Tomas Berg`): a later `he` more likely
    /// means someone named as a subject.
    pub fn object(&mut self, at: usize) {
        self.objects.insert(at);
    }

    /// Records a person's gender, unless one is known.
    pub fn gender(&mut self, entity: EntityIx, gender: Gender) {
        let entity = &mut self.entities[entity];
        if entity.kind == ActorKind::Person && entity.gender.is_none() {
            entity.gender = Some(gender);
        }
    }

    /// Records that `entity`, mentioned at byte `at`, is the subject of a verb there.
    pub fn subject(&mut self, entity: EntityIx, at: usize) {
        let ix = self.subjects.partition_point(|&(a, _)| a <= at);
        self.subjects.insert(ix, (at, entity));
    }

    /// The entity most recently mentioned before `at` that `accept` takes.
    fn recent(&self, at: usize, accept: impl Fn(&Entity) -> bool) -> Option<EntityIx> {
        latest(&self.mentions, at, |e| accept(&self.entities[e]))
    }

    /// The entity most recently the subject of a verb before `at` that `accept` takes.
    fn recent_subject(&self, at: usize, accept: impl Fn(&Entity) -> bool) -> Option<EntityIx> {
        latest(&self.subjects, at, |e| accept(&self.entities[e]))
    }

    /// Finds or adds the entity `named` names (with what appositions add), and records the
    /// mention.
    pub fn named(&mut self, named: &Named, appositions: &[Apposition]) -> (EntityIx, Found) {
        let (ix, found) = match self.find(named) {
            Some((ix, found)) => (self.canonical(ix), found),
            None => (self.add(named), Found::New),
        };
        let references: Vec<String> = appositions
            .iter()
            .filter_map(|a| a.reference.clone())
            .chain(named.reference.clone())
            .collect();
        if found == Found::New || !references.is_empty() {
            self.merge_earlier(ix, &references);
        }
        let entity = &mut self.entities[ix];
        // `CBP`, then `Customs and Border Protection`: the full name is the display name.
        if lexicon::is_acronym(&entity.name)
            && initials(&named.name).contains(&entity.name)
            && let Some(kind) = named.kind
        {
            let acronym = std::mem::replace(&mut entity.name, named.name.clone());
            entity.aliases.insert(0, acronym);
            entity.kind = kind;
            if kind == ActorKind::State {
                self.states.push(ix);
            }
            if kind == ActorKind::Agency {
                add_unique(&mut entity.descriptors, "agency".into());
            }
        }
        let appos_role = appositions.iter().find_map(|a| a.role.clone());
        if let Some(role) = appos_role.filter(|_| entity.kind == ActorKind::Person) {
            entity.role = Some(role);
        } else if entity.role.is_none() {
            entity.role = named.role.clone();
        }
        let affiliation = appositions
            .iter()
            .find_map(|a| a.affiliation.clone())
            .or_else(|| named.affiliation.clone());
        if entity.affiliation.is_none() && entity.kind == ActorKind::Person {
            entity.affiliation = affiliation;
        }
        let country = appositions.iter().find_map(|a| a.country).or(named.country);
        if entity.country.is_none() && entity.kind != ActorKind::State {
            entity.country = country;
        }
        if let Some(gender) = appositions.iter().find_map(|a| a.gender).or(named.gender) {
            self.gender(ix, gender);
        }
        let entity = &mut self.entities[ix];
        let extra_names = appositions
            .iter()
            .filter_map(|a| a.alias.clone())
            .chain(named.alias.clone())
            .chain(
                (found != Found::Surname && named.name != entity.name).then(|| named.name.clone()),
            );
        let extra_names: Vec<String> = extra_names.collect();
        for alias in extra_names {
            add_unique(&mut entity.aliases, alias.clone());
            self.by_name.entry(alias.to_lowercase()).or_insert(ix);
        }
        let entity = &mut self.entities[ix];
        // `the president` for President Barack Obama, `the analyst` for an analyst named so.
        let role_nouns: Vec<String> = match (&entity.role, entity.kind) {
            (Some(role), ActorKind::Person) => role
                .split([' ', '-'])
                .map(str::to_lowercase)
                .filter_map(|w| match w.as_str() {
                    // `Mrs Justice Helen Okafor`, then `the judge`.
                    "justice" | "magistrate" => Some("judge".to_owned()),
                    // `Gov. Martin Keller`, then `the governor`.
                    "gov." | "gov" => Some("governor".to_owned()),
                    "sen." | "sen" => Some("senator".to_owned()),
                    "rep." | "rep" => Some("representative".to_owned()),
                    "gen." | "gen" => Some("general".to_owned()),
                    _ => lexicon::is_person_noun(&w).then_some(w),
                })
                .collect(),
            _ => Vec::new(),
        };
        for descriptor in appositions
            .iter()
            .filter_map(|a| a.descriptor.clone())
            .chain(named.descriptor.clone())
            .chain(role_nouns)
        {
            add_unique(&mut entity.descriptors, descriptor);
        }
        self.mention(ix, named.at);
        (ix, found)
    }

    /// The existing entity `named` refers to, if any.
    pub fn find_known(&self, named: &Named) -> Option<(EntityIx, Found)> {
        self.find(named)
    }

    /// The entity `named` refers to: by name or alias, by a person's surname, by an
    /// institution's initials, or by the end of an institution's name.
    fn find(&self, named: &Named) -> Option<(EntityIx, Found)> {
        let name = named.name.as_str();
        if let Some(&ix) = self.by_name.get(&name.to_lowercase()) {
            return Some((ix, Found::Name));
        }
        let may_be_surname = matches!(named.kind, None | Some(ActorKind::Person))
            && (!name.contains(' ') || is_particle(name.split(' ').next()?));
        if may_be_surname
            && let Some(people) = self.by_surname.get(&name.to_lowercase())
            && let Some(&ix) = people[people.len().saturating_sub(RECENT_WINDOW)..]
                .iter()
                .max_by_key(|&&e| self.entities[e].last_at)
        {
            return Some((ix, Found::Surname));
        }
        // `Hawk Sawyer` for Kathleen Hawk Sawyer: the last words of a person's full name.
        let tail = format!(" {name}");
        if matches!(named.kind, None | Some(ActorKind::Person))
            && name.contains(' ')
            && let Some(ix) = self.recent(named.at, |e| {
                e.kind == ActorKind::Person && e.name.ends_with(&tail)
            })
        {
            return Some((ix, Found::Surname));
        }
        // `Mr Faizal` for Muhammad Faizal Osman, `Sheikh Fahad` for Fahad bin Saad
        // Al-Mutairi: another word of the name of a person mentioned recently.
        if may_be_surname
            && !name.contains(' ')
            && let Some(ix) = self.recent(named.at, |e| {
                e.kind == ActorKind::Person
                    && !e.described
                    && e.name.contains(' ')
                    && e.name.split(' ').any(|w| w == name)
            })
        {
            return Some((ix, Found::Surname));
        }
        // An institution named by the acronym used before (`CBP`, then `Customs and Border
        // Protection`).
        if named.kind != Some(ActorKind::Person)
            && let Some(ix) = initials(name)
                .iter()
                .find_map(|i| self.by_name.get(&i.to_lowercase()).copied())
                .filter(|&ix| lexicon::is_acronym(&self.entities[ix].name))
        {
            return Some((ix, Found::Name));
        }
        // `FTC` for the Federal Trade Commission named before, `the Chinese CDC` for the
        // Chinese Center for Disease Control and Prevention.
        let acronym = match name.split_once(' ') {
            Some((demonym, rest)) if places::state_of_demonym(demonym).is_some() => rest,
            _ => name,
        };
        if lexicon::is_acronym(acronym)
            && let Some(&ix) = self.by_initials.get(acronym)
        {
            return Some((ix, Found::Name));
        }
        // `the Border Guard` for the Finnish Border Guard, `the Commission` for the European one.
        let suffix = format!(" {name}");
        let shortened = |e: &Entity| {
            e.kind != ActorKind::Person && e.kind != ActorKind::State && e.name.ends_with(&suffix)
        };
        if named.kind != Some(ActorKind::Person)
            && let Some(ix) = self.recent(named.at, shortened)
        {
            return Some((ix, Found::Name));
        }
        None
    }

    /// Adds a new entity for `named`.
    fn add(&mut self, named: &Named) -> EntityIx {
        let kind = named.kind.unwrap_or(ActorKind::Organization);
        let mut descriptors: Vec<String> = named
            .name
            .split(' ')
            .filter(|w| lexicon::is_organization_noun(w))
            .map(str::to_lowercase)
            .collect();
        descriptors.extend(lexicon::organization_descriptor(&named.name).map(str::to_owned));
        match kind {
            ActorKind::State => descriptors.push("government".into()),
            ActorKind::Agency => descriptors.push("agency".into()),
            _ => {}
        }
        let surnames = if kind == ActorKind::Person {
            surnames(&named.name)
        } else {
            Vec::new()
        };
        let aliases: Vec<String> = surnames.iter().take(1).map(|s| s.to_string()).collect();
        let ix = self.entities.len();
        if kind == ActorKind::State {
            self.states.push(ix);
        }
        self.by_name.insert(named.name.to_lowercase(), ix);
        for surname in &surnames {
            self.by_surname
                .entry(surname.to_lowercase())
                .or_default()
                .push(ix);
        }
        if kind != ActorKind::Person && named.name.contains(' ') {
            for initials in initials(&named.name) {
                self.by_initials.entry(initials).or_insert(ix);
            }
        }
        self.entities.push(Entity {
            name: named.name.clone(),
            kind,
            role: None,
            affiliation: None,
            country: None,
            aliases,
            descriptors,
            kind_guessed: named.kind.is_none(),
            // `Anna Volkova` is a woman, `Pavel Orlov` a man, unless the text says otherwise.
            gender: named
                .name
                .split_once(' ')
                .filter(|_| kind == ActorKind::Person)
                .and_then(|(first, _)| lexicon::given_name_gender(first)),
            acting: false,
            mentions: 0,
            described: false,
            merged_into: None,
            first_at: named.at,
            last_at: named.at,
        });
        ix
    }

    /// The entity `ix` stands for: itself, or the one it was merged into.
    pub fn canonical(&self, mut ix: EntityIx) -> EntityIx {
        while let Some(into) = self.entities[ix].merged_into {
            ix = into;
        }
        ix
    }

    /// Records that `from` is `into`, named later: the earlier mentions and what they told
    /// about the entity go to it.
    fn merge(&mut self, from: EntityIx, into: EntityIx) {
        if from == into || self.entities[from].merged_into.is_some() {
            return;
        }
        self.entities[from].merged_into = Some(into);
        let old = self.entities[from].clone();
        let new = &mut self.entities[into];
        new.gender = new.gender.or(old.gender);
        new.role = new.role.take().or(old.role);
        new.affiliation = new.affiliation.take().or(old.affiliation);
        new.mentions += old.mentions;
        new.first_at = new.first_at.min(old.first_at);
        new.acting |= old.acting;
        for descriptor in old.descriptors {
            add_unique(&mut new.descriptors, descriptor);
        }
        if !old.described {
            add_unique(&mut new.aliases, old.name);
        }
    }

    /// Merges into the person `ix` the entities a new name shows were them: an unnamed
    /// person described as its definite description says (`the mother of a woman ...`, then
    /// `her mother, Fiona`), and a person called by the first word of the name alone before
    /// (`Fiona`, then `Fiona Parry`).
    fn merge_earlier(&mut self, ix: EntityIx, references: &[String]) {
        if self.entities[ix].kind != ActorKind::Person {
            return;
        }
        let name = &self.entities[ix].name;
        let first_name = name
            .split_once(' ')
            .and_then(|(first, _)| self.by_name.get(&first.to_lowercase()))
            .filter(|&&e| {
                let entity = &self.entities[e];
                entity.kind == ActorKind::Person && !entity.described && !entity.name.contains(' ')
            });
        let earlier: Vec<EntityIx> = references
            .iter()
            .filter_map(|r| self.unnamed.get(r))
            .flatten()
            .chain(first_name)
            .copied()
            .collect();
        for e in earlier {
            self.merge(e, ix);
        }
    }
}

/// The latest entry of `list` (sorted by offset) before `at` whose entity `accept` takes.
fn latest(
    list: &[(usize, EntityIx)],
    at: usize,
    accept: impl Fn(EntityIx) -> bool,
) -> Option<EntityIx> {
    let end = list.partition_point(|&(a, _)| a < at);
    list[..end]
        .iter()
        .rev()
        .take(RECENT_WINDOW)
        .map(|&(_, e)| e)
        .find(|&e| accept(e))
}

/// The words a later mention may use for a person, most likely first: the family name
/// written first (`Li` of `Li Jifeng`, `Chan` of Hong Kong's `Edwin Chan Ka-lok`), then the
/// surname; none for a one-word name.
pub fn surnames(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let words: Vec<&str> = name.split(' ').collect();
    let [first, .., given] = words[..] else {
        return out;
    };
    if lexicon::is_family_name_first(first) || (words.len() == 2 && is_east_asian_given(given)) {
        out.push(first);
    } else if words.len() == 3 && (given.contains('-') || is_east_asian_given(given)) {
        // An English given name, then the family name and the hyphenated Chinese given name.
        let family = words[1];
        if lexicon::is_family_name_first(family) || is_east_asian_given(given) {
            out.push(family);
        }
    }
    let last = surname(name);
    if last.rsplit(' ').next().is_some_and(lexicon::is_capitalised) && last != first {
        out.push(last);
    }
    out
}

/// True for a hyphenated given name with a lowercase second part (`Ji-hye`, `Min-jun`,
/// `Wing-hong`), which follows a family name written first; a double surname capitalises
/// both parts (`Kowalczyk-Reyes`).
fn is_east_asian_given(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        lexicon::is_capitalised(a) && b.chars().next().is_some_and(char::is_lowercase)
    })
}

/// True for a particle of a surname, capitalised or not (`de la Mare`, `De la Mare`,
/// `Marine Le Pen`).
fn is_particle(word: &str) -> bool {
    lexicon::is_name_particle(&word.to_lowercase())
}

/// A person's surname: the last word, or from a particle on (`de Wit`), without `Jr.`.
pub fn surname(name: &str) -> &str {
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| !lexicon::is_name_suffix(w))
        .collect();
    let Some(last) = words.last() else {
        return name;
    };
    let particle = words.iter().position(|w| is_particle(w)).filter(|&i| i > 0);
    match particle {
        Some(i) => {
            let start = name.find(words[i]).unwrap_or(0);
            let end = name.find(last).map_or(name.len(), |s| s + last.len());
            &name[start..end]
        }
        None => last,
    }
}

/// The acronyms a name may go by: the initials of its capitalised words (`Federal Trade
/// Commission` -> `FTC`), also without a leading demonym and up to an inner `and`
/// (`Chinese Center for Disease Control and Prevention` -> `CCDCP`, `CDCP`, `CCDC`, `CDC`).
pub fn initials(name: &str) -> Vec<String> {
    let of = |part: &str| -> String {
        part.split([' ', '-'])
            .filter(|w| lexicon::is_capitalised(w))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let first_and = name.find(" and ").unwrap_or(name.len());
    let mut out = Vec::new();
    for part in [name, &name[..first_and]] {
        out.push(of(part));
        if let Some((first, rest)) = part.split_once(' ')
            && places::state_of_demonym(first).is_some()
        {
            out.push(of(rest));
        }
    }
    out.retain(|i| i.chars().count() >= 2);
    out.dedup();
    out
}

/// `word` with its first letter in uppercase.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Adds `item` to `list` unless it is empty or there already.
fn add_unique(list: &mut Vec<String>, item: String) {
    if !item.is_empty() && !list.contains(&item) {
        list.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::lexicon::Pronoun;

    fn person(name: &str, at: usize) -> Named {
        Named {
            name: name.into(),
            kind: Some(ActorKind::Person),
            at,
            ..Named::default()
        }
    }

    #[test]
    fn surnames_and_pronouns_find_the_person_named_before() {
        let mut r = Registry::default();
        let (kim, found) = r.named(&person("Min-seok Kim", 0), &[]);
        assert_eq!(found, Found::New);
        let (again, found) = r.named(
            &Named {
                name: "Kim".into(),
                kind: None,
                at: 10,
                ..Named::default()
            },
            &[],
        );
        assert_eq!((again, found), (kim, Found::Surname));
        let he = Pronoun::Person(Gender::Male);
        assert_eq!(r.pronoun(he, 20), Some(kim));
        assert_eq!(r.pronoun(he, 0), None);
        r.gender(kim, Gender::Female);
        let (tomas, _) = r.named(&person("Tomas Berg", 30), &[]);
        r.gender(tomas, Gender::Male);
        r.object(30);
        assert_eq!(r.pronoun(Pronoun::Person(Gender::Female), 40), Some(kim));
        assert_eq!(
            r.pronoun(he, 40),
            Some(tomas),
            "an object mention is a fallback"
        );
    }

    #[test]
    fn surnames_with_particles_and_suffixes() {
        assert_eq!(surname("Sanne de Wit"), "de Wit");
        assert_eq!(surname("Antonio Cruz Jr."), "Cruz");
        assert_eq!(surname("Yoshimasa Hayashi"), "Hayashi");
    }

    #[test]
    fn family_names_written_first_are_found_by_the_given_name_they_precede() {
        assert_eq!(surnames("Koo Ji-hye"), ["Koo", "Ji-hye"]);
        assert_eq!(surnames("Edwin Chan Ka-lok"), ["Chan", "Ka-lok"]);
        assert_eq!(surnames("Raymond Tsang Wing-hong"), ["Tsang", "Wing-hong"]);
        assert_eq!(surnames("Dana Kowalczyk-Reyes"), ["Kowalczyk-Reyes"]);
        assert_eq!(surnames("Jean-Pierre Dupont"), ["Dupont"]);
    }
}
