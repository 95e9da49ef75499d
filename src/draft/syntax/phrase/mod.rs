//! What a noun phrase in an attribution names: a pronoun, a name with its title
//! (`NATO Secretary-General Jens Stoltenberg`), or a description (`a company spokesperson`),
//! and what an apposition adds (`a senior analyst at the University of Tokyo`). Here the
//! kinds of phrase and the classification; the token cursor in [`cursor`], names with their
//! titles in [`named`], appositions in [`apposition`], joined names in [`joins`].

mod apposition;
mod cursor;
mod joins;
mod named;

use crate::briefing::model::ActorKind;
use crate::draft::lexicon::{self, Gender, Pronoun, places};
pub use apposition::apposition;
pub use cursor::Words;
use cursor::{trim_punct, trim_time};
use joins::first_conjunct;
use named::{name_run, named, run_has_org_word};

/// A noun phrase, classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// `he`, `it`, `they`.
    Pronoun(Pronoun),
    /// A proper name.
    Name(Named),
    /// A description without a name: `the ministry`, `a European diplomat`.
    Description(Description),
}

/// A proper name with what its title says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    /// The name as written, without a courtesy title (`Yoshimasa Hayashi`, `Foreign Ministry`).
    pub name: String,
    /// What the words of the name decide, if anything (None: one unknown word).
    pub kind: Option<ActorKind>,
    /// True when a title or a role noun comes with the name (`Dr.`, `spokesperson`).
    pub titled: bool,
    /// The title or role before the name (`Chief Cabinet Secretary`).
    pub role: Option<String>,
    /// The organisation in the title (`NATO`, `State Department`).
    pub affiliation: Option<String>,
    /// The state in the title or the name (`Estonian`, `China’s`).
    pub country: Option<&'static str>,
    /// A noun the phrase called it (`operator` in `the Finnish operator Cinia`).
    pub descriptor: Option<String>,
    /// Another name written as written (a capital standing for its state: `Tokyo`).
    pub alias: Option<String>,
    /// A person's gender, when a title or role noun shows it (`Mrs.`, `spokeswoman`).
    pub gender: Option<Gender>,
    /// The person noun of a definite description before the name, which may have stood for
    /// it earlier (`ambassador` of `China’s ambassador to Britain Liu Xiaming`).
    pub reference: Option<String>,
    /// Byte offset of the name.
    pub at: usize,
}

/// A description: a head noun with what comes before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    /// `the`, `this`, a possessive: it refers to something named before.
    pub definite: bool,
    /// The head noun, lowercase (`ministry`, `spokesperson`, `lawmakers`).
    pub head: String,
    /// Words before the head, as written (`company` in `a company spokesperson`).
    pub modifiers: Vec<String>,
    /// What a spokesperson speaks for: `the group` in `a spokesperson for the group`.
    pub complement: Option<Box<Phrase>>,
    /// Someone's: a possessive determiner or owner (`its own expert`, `Trump’s son`).
    pub possessed: bool,
    /// An owner that is not a state: `The IMF` in `The IMF’s executive board`.
    pub owner: Option<Box<Phrase>>,
    /// The phrase without its article, as written (`European diplomat`).
    pub text: String,
    /// The state it belongs to (`Somalia's`, `Israeli`).
    pub country: Option<&'static str>,
    /// Byte offset of the phrase.
    pub at: usize,
}

/// What an apposition or a relative clause after a name adds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Apposition {
    /// A role (`senior analyst specializing in Northeast Asian affairs`).
    pub role: Option<String>,
    /// An organisation (`University of Tokyo`).
    pub affiliation: Option<String>,
    /// A name the apposition gives (`Dylan Marsh` after `An alliance spokesperson,`).
    pub name: Option<Named>,
    /// The head noun of a descriptive apposition (`company`).
    pub descriptor: Option<String>,
    /// A state it mentions (`the Dutch company`).
    pub country: Option<&'static str>,
    /// `known as X`.
    pub alias: Option<String>,
    /// A gender its words show (`a retired fireman`, `her son`).
    pub gender: Option<Gender>,
    /// The person noun of a definite description (`mother` of `her mother`).
    pub reference: Option<String>,
    /// Who a text is by: `released on Tuesday by Human Rights Watch`.
    pub by: Option<Named>,
}

/// Words that open a relative clause.
const RELATIVES: &[&str] = &["who", "which", "whose", "where", "that", "whom"];
/// Determiners that make a description definite.
const DEFINITE: &[&str] = &[
    "the", "The", "this", "This", "that", "That", "its", "Its", "his", "His", "her", "Her",
    "their", "Their", "our", "Our",
];
/// Determiners that make a description indefinite.
const INDEFINITE: &[&str] = &["a", "A", "an", "An", "one", "One", "another", "Another"];
/// Prepositions that end the head of a description.
const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "of",
    "for",
    "with",
    "from",
    "on",
    "to",
    "by",
    "familiar",
    "close",
    "who",
    "which",
    "that",
    "whose",
    "specializing",
    "specialising",
    "based",
];

/// Classifies the noun phrase `w`.
pub fn parse(w: Words) -> Option<Phrase> {
    let w = trim_time(trim_punct(w));
    if w.len() == 0 {
        return None;
    }
    // `he` of `In 2000 he`: a pronoun ends the subject.
    if let Some(p) = lexicon::pronoun(w.word(w.len() - 1)) {
        return Some(Phrase::Pronoun(p));
    }
    // `one of the sources`, `two of the officials`: the group they belong to describes them.
    if w.len() > 2
        && w.word(1) == "of"
        && (lexicon::is_number_word(w.word(0)) || w.word(0).eq_ignore_ascii_case("one"))
    {
        return parse(w.slice(2, w.len()));
    }
    let w = first_conjunct(w);
    // `the Minister said`, `the Dutchman said`: a title capitalised as some papers do, or
    // a nationality, is a description.
    if w.len() == 2
        && DEFINITE.contains(&w.word(0))
        && ((lexicon::is_title_word(w.word(1)) && lexicon::is_person_noun(w.word(1)))
            || lexicon::is_epithet(w.word(1)))
    {
        return description(w).map(Phrase::Description);
    }
    // `Prosecutors alleged`, `Police said`: a noun capitalised only to start a sentence.
    let noun = w.word(0).to_lowercase();
    if w.len() == 1
        && lexicon::is_capitalised(w.word(0))
        && (lexicon::is_person_noun(&noun) || lexicon::is_organization_noun(&noun))
    {
        return description(w).map(Phrase::Description);
    }
    // `An editorial in the Global Times`, `the letter signed by seven physicians`.
    if let Some(i) = (0..w.len()).find(|&i| lexicon::is_container_noun(w.word(i))) {
        let by = if w.word(i + 1).ends_with("ed") {
            i + 2
        } else {
            i + 1
        };
        if matches!(w.word(by), "in" | "by" | "from" | "of") {
            return parse(w.slice(by + 1, w.len()));
        }
    }
    // `China’s ambassador to Britain Liu Xiaming`: a person's name ends the phrase after a
    // description with a preposition.
    let full = name_run(w);
    if full.0 < full.1 && full.1 == w.len() && !run_has_org_word(w.slice(full.0, full.1)) {
        let named = named(w, full);
        if named.titled && named.kind == Some(ActorKind::Person) && named.name.contains(' ') {
            return Some(Phrase::Name(named));
        }
    }
    let head = head_part(w);
    let run = name_run(head);
    if run.0 == run.1 {
        let mut desc = description(head)?;
        let rest = w.slice(head.len() + 1, w.len());
        if lexicon::speaks_for(&desc.head)
            && matches!(w.word(head.len()), "for" | "at" | "of" | "from")
        {
            desc.complement = parse(rest).map(Box::new);
        }
        return Some(Phrase::Description(desc));
    }
    Some(Phrase::Name(named(head, run)))
}

/// `w` up to a preposition that follows a lowercase noun: `A European diplomat` of
/// `A European diplomat in the capital`, but all of `Secretary of State Ellen Brooks`.
fn head_part<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let mut seen_noun = false;
    for i in 0..w.len() {
        let word = w.word(i);
        if seen_noun
            && matches!(
                word,
                "in" | "at" | "of" | "for" | "from" | "on" | "with" | "by" | "to"
            )
        {
            return w.slice(0, i);
        }
        let small = DEFINITE.contains(&word)
            || INDEFINITE.contains(&word)
            || PREPOSITIONS.contains(&word)
            || lexicon::is_name_particle(word);
        if lexicon::is_lower(word) && !small {
            seen_noun = true;
        }
    }
    w
}

/// The pronoun a possessive determiner stands for (`her` for `she`).
fn possessive_pronoun(word: &str) -> Option<Pronoun> {
    match word.to_lowercase().as_str() {
        "his" => Some(Pronoun::Person(Gender::Male)),
        "her" => Some(Pronoun::Person(Gender::Female)),
        "its" => Some(Pronoun::Thing),
        "their" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// A description: the head noun of `w` and what comes before it.
fn description(w: Words) -> Option<Description> {
    let mut desc = Description {
        at: w.start(),
        ..Description::default()
    };
    let mut from = 0;
    if let Some(p) = (0..w.len()).rev().find(|&i| w.is_possessive(i)) {
        desc.definite = true;
        desc.possessed = true;
        let owner = w.slice(0, p);
        desc.country = places::state(&owner.text());
        if desc.country.is_none() {
            desc.owner = parse(owner).map(Box::new);
        }
        from = p + 1;
    }
    // A preposition between capitalised words is inside a name (`a Department for Education
    // spokesperson`).
    let ends_body = |i: usize| {
        PREPOSITIONS.contains(&w.word(i))
            && !(i > 0
                && lexicon::is_capitalised(w.word(i - 1))
                && lexicon::is_capitalised(w.word(i + 1)))
    };
    // `In March the ministry`: the description starts at its last determiner before any
    // preposition or relative word.
    let body_end = (from + 1..w.len())
        .find(|&i| ends_body(i))
        .unwrap_or(w.len());
    if let Some(d) = (from..body_end)
        .rev()
        .find(|&i| DEFINITE.contains(&w.word(i)) || INDEFINITE.contains(&w.word(i)))
    {
        from = d;
    }
    while from < w.len() {
        let word = w.word(from);
        if DEFINITE.contains(&word) {
            desc.definite = true;
            desc.possessed |= !matches!(word, "the" | "The" | "this" | "This" | "that" | "That");
            // `her Twitter account`, `his spokesman`: the owner is whom the pronoun means.
            if desc.owner.is_none()
                && let Some(owner) = possessive_pronoun(word)
            {
                desc.owner = Some(Box::new(Phrase::Pronoun(owner)));
            }
        } else if !INDEFINITE.contains(&word)
            && word != "own"
            && !word.chars().all(|c| c.is_ascii_digit())
            && !lexicon::is_number_word(word)
        {
            break;
        }
        from += 1;
    }
    let end = (from..w.len())
        .find(|&i| i > from && ends_body(i))
        .unwrap_or(w.len());
    let body = w.slice(from, end);
    // `court records`, `the statement`: a text is its own head; else the last noun for a
    // person or an organisation (`a company spokesperson`), else the last word.
    let last = (0..body.len()).rev().find(|&i| !body.word(i).is_empty())?;
    let head = if lexicon::is_container_noun(body.word(last)) {
        last
    } else {
        (0..body.len())
            .rev()
            .find(|&i| {
                let word = body.word(i);
                lexicon::is_person_noun(word) || lexicon::is_organization_noun(word)
            })
            .unwrap_or(last)
    };
    desc.head = body.word(head).to_lowercase();
    for i in 0..head {
        let word = body.word(i);
        if let Some(state) = places::state_of_demonym(word) {
            desc.country = desc.country.or(Some(state));
        }
        if !word.is_empty() {
            desc.modifiers.push(word.to_owned());
        }
    }
    desc.text = body.slice(0, head + 1).text();
    Some(desc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::article::Doc;

    fn phrase(text: &str) -> Phrase {
        let doc = Doc::parse(text);
        parse(Words::new(&doc, &doc.paras[0].toks)).unwrap()
    }

    fn name(text: &str) -> Named {
        match phrase(text) {
            Phrase::Name(named) => named,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn names_as_wire_copy_writes_them_parse_whole() {
        let n = name("City Engineer Dana Whitfield");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref()),
            ("Dana Whitfield", Some("City Engineer"))
        );
        let n = name("Unification Minister Park Min-jun on Monday");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref()),
            ("Park Min-jun", Some("Unification Minister"))
        );
        assert_eq!(name("Son Heung-min").name, "Son Heung-min");
        assert_eq!(name("Ortiz last week").name, "Ortiz");
        assert_eq!(name("de la Mare").name, "de la Mare");
        assert_eq!(
            name("the Ministry of Health, Labor and Welfare").name,
            "Ministry of Health, Labor and Welfare"
        );
        assert_eq!(
            name("The Ministry of Economy, Trade and Industry").name,
            "Ministry of Economy, Trade and Industry"
        );
    }

    #[test]
    fn titles_split_into_role_affiliation_and_country() {
        let n = name("Chief Cabinet Secretary Yoshimasa Hayashi");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.kind),
            (
                "Yoshimasa Hayashi",
                Some("Chief Cabinet Secretary"),
                Some(ActorKind::Person)
            )
        );
        let n = name("NATO Secretary-General Jens Stoltenberg");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.affiliation.as_deref()),
            ("Jens Stoltenberg", Some("Secretary-General"), Some("NATO"))
        );
        let n = name("State Department spokesperson Andrea Thomson");
        assert_eq!(
            (n.role.as_deref(), n.affiliation.as_deref()),
            (Some("spokesperson"), Some("State Department"))
        );
        let n = name("Egypt’s Foreign Minister Karim Mansour");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.country),
            ("Karim Mansour", Some("Foreign Minister"), Some("Egypt"))
        );
        let n = name("Trade Minister Sanne de Wit");
        assert_eq!(n.name, "Sanne de Wit");
        let n = name("Dr. Min-seok Kim");
        assert_eq!((n.name.as_str(), n.role), ("Min-seok Kim", None));
        let n = name("Judge Helen Marsh of the U.S. District Court for the District of Columbia");
        assert_eq!(
            (n.name.as_str(), n.affiliation.as_deref()),
            (
                "Helen Marsh",
                Some("U.S. District Court for the District of Columbia")
            )
        );
        let n = name("Philippine Defense Secretary Antonio Cruz Jr.");
        assert_eq!(
            (n.name.as_str(), n.country),
            ("Antonio Cruz Jr.", Some("Philippines"))
        );
    }

    #[test]
    fn an_office_of_several_words_before_a_name_is_a_role() {
        for (text, person, role) in [
            (
                "Commissioner for Refugee Affairs Mercy Kamau",
                "Mercy Kamau",
                "Commissioner for Refugee Affairs",
            ),
            (
                "Minister of Foreign Affairs Wang Yi",
                "Wang Yi",
                "Minister of Foreign Affairs",
            ),
            (
                "Secretary of State John Kerry",
                "John Kerry",
                "Secretary of State",
            ),
            (
                "Director of Public Prosecutions Tomasz Nowak",
                "Tomasz Nowak",
                "Director of Public Prosecutions",
            ),
        ] {
            let n = name(text);
            assert_eq!(
                (n.name.as_str(), n.role.as_deref(), n.kind),
                (person, Some(role), Some(ActorKind::Person)),
                "{text}"
            );
        }
        // Offices alone stay whole.
        assert_eq!(
            name("High Commissioner for Refugees").name,
            "High Commissioner for Refugees"
        );
    }

    #[test]
    fn institutions_and_states() {
        let n = name("China’s Foreign Ministry");
        assert_eq!(
            (n.name.as_str(), n.kind),
            ("Foreign Ministry", Some(ActorKind::Agency))
        );
        let n = name("The Finnish Border Guard");
        assert_eq!(
            (n.name.as_str(), n.country),
            ("Finnish Border Guard", Some("Finland"))
        );
        let n = name("Beijing");
        assert_eq!(
            (n.name.as_str(), n.kind, n.alias.as_deref()),
            ("China", Some(ActorKind::State), Some("Beijing"))
        );
        let n = name("the U.S. Embassy in Lima");
        assert_eq!(n.name, "U.S. Embassy in Lima");
        let n = name("The Organization of American States");
        assert_eq!(n.name, "Organization of American States");
        let n = name("An editorial in the Global Times");
        assert_eq!(n.name, "Global Times");
        let n = name("the Finnish operator Cinia");
        assert_eq!(
            (n.name.as_str(), n.descriptor.as_deref()),
            ("Cinia", Some("operator"))
        );
    }

    #[test]
    fn descriptions_and_pronouns() {
        assert_eq!(
            phrase("she"),
            Phrase::Pronoun(Pronoun::Person(Gender::Female))
        );
        let Phrase::Description(d) = phrase("a company spokesperson") else {
            panic!()
        };
        assert_eq!((d.head.as_str(), d.definite), ("spokesperson", false));
        assert_eq!(d.modifiers, ["company"]);
        let Phrase::Description(d) = phrase("A spokesperson for the group") else {
            panic!()
        };
        assert!(
            matches!(d.complement.as_deref(), Some(Phrase::Description(g)) if g.head == "group")
        );
        let Phrase::Description(d) = phrase("A European diplomat in the capital") else {
            panic!()
        };
        assert_eq!(d.text, "European diplomat");
        let Phrase::Description(d) = phrase("Somalia's disaster management agency") else {
            panic!()
        };
        assert_eq!((d.head.as_str(), d.country), ("agency", Some("Somalia")));
        let Phrase::Description(d) = phrase("Opposition lawmakers") else {
            panic!()
        };
        assert_eq!(d.text, "Opposition lawmakers");
    }
}
