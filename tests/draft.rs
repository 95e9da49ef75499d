//! `brief draft`: each attribution pattern on a small article, the seed article, output that
//! always loads and is inert on a terminal, and the held-out precision and recall.

mod common;
#[path = "articles/eval.rs"]
mod eval;

use std::path::Path;

use brief::briefing::model::{Actor, ActorKind, Status};
use brief::briefing::{Briefing, load_bytes};
use brief::draft::{Draft, Options, draft};
use brief::text::is_unsafe_char;
use brief::verify::{report, verify};
use common::cli::run as brief;

/// The draft of `article`, loaded; panics with the TOML when it does not load.
fn drafted(article: &str) -> Briefing {
    let Draft { toml, .. } = draft(article, &Options::default());
    load_bytes("draft.toml", toml.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{toml}"))
}

/// (speaker name, quote text) of each drafted quote, in order.
fn pairs(article: &str) -> Vec<(String, String)> {
    let b = drafted(article);
    b.quotes
        .iter()
        .map(|q| (b.actors[q.speaker].name.to_string(), q.text.to_string()))
        .collect()
}

fn pair(speaker: &str, text: &str) -> (String, String) {
    (speaker.into(), text.into())
}

/// The actor named `name`.
fn actor<'b>(b: &'b Briefing, name: &str) -> &'b Actor {
    b.actors
        .iter()
        .find(|a| a.name.as_str() == name)
        .unwrap_or_else(|| panic!("no actor {name}"))
}

#[test]
fn said_after_the_quotation_with_an_apposition() {
    let article = "“The shift is remarkable,” said Dr. Min-seok Kim, a senior analyst specializing in Northeast Asian affairs.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [pair("Min-seok Kim", "The shift is remarkable")]
    );
    let kim = actor(&b, "Min-seok Kim");
    assert_eq!(kim.kind, ActorKind::Person);
    assert_eq!(
        kim.role.as_ref().map(|r| r.as_str()),
        Some("senior analyst specializing in Northeast Asian affairs")
    );
}

#[test]
fn role_and_affiliation_from_an_apposition() {
    let article = "“Japan must prepare,” said Professor Yuki Matsuda, an expert in East Asian security studies at the University of Tokyo.";
    let b = drafted(article);
    let matsuda = actor(&b, "Yuki Matsuda");
    assert_eq!(
        matsuda.role.as_ref().map(|r| r.as_str()),
        Some("expert in East Asian security studies")
    );
    assert_eq!(
        matsuda.affiliation.as_ref().map(|r| r.as_str()),
        Some("University of Tokyo")
    );
}

#[test]
fn surnames_resolve_to_the_full_name_and_title_introduced_before() {
    let article = "Chief Cabinet Secretary Yoshimasa Hayashi spoke on Friday.\n“We are watching closely,” Hayashi said.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [pair("Yoshimasa Hayashi", "We are watching closely")]
    );
    let hayashi = actor(&b, "Yoshimasa Hayashi");
    assert_eq!(
        hayashi.role.as_ref().map(|r| r.as_str()),
        Some("Chief Cabinet Secretary")
    );
    assert!(hayashi.aliases.iter().any(|a| a.as_str() == "Hayashi"));
}

/// Asserts that each verb of `verbs` attributes a quotation to the person named before.
fn each_verb_attributes(verbs: &[&str]) {
    for verb in verbs {
        let article =
            format!("Olga Petrova, a historian, spoke in Kyiv.\n“It is {verb},” Petrova {verb}.");
        assert_eq!(
            pairs(&article),
            [pair("Olga Petrova", &format!("It is {verb}"))],
            "{verb}"
        );
    }
}

#[test]
fn every_verb_of_saying_attributes() {
    each_verb_attributes(&[
        "added",
        "warned",
        "noted",
        "stated",
        "told reporters",
        "argued",
        "wrote",
        "explained",
    ]);
    let asked = "“Who will protect the roads?” asked Fatoumata Maiga, a trader.";
    assert_eq!(
        pairs(asked),
        [pair("Fatoumata Maiga", "Who will protect the roads?")]
    );
}

#[test]
fn attribution_before_the_quotation() {
    let colon = "In his statement, Foreign Minister Karim Mansour was blunt: “We are not done.”";
    assert_eq!(pairs(colon), [pair("Karim Mansour", "We are not done.")]);
    let verb = "Energy Commissioner Lars Holmberg said: “Now we finish the job.”";
    assert_eq!(
        pairs(verb),
        [pair("Lars Holmberg", "Now we finish the job.")]
    );
}

#[test]
fn according_to() {
    let article =
        "According to Rita Almeida, a spokeswoman for the movement, the plan is “dead on arrival.”";
    assert_eq!(pairs(article), [pair("Rita Almeida", "dead on arrival.")]);
}

#[test]
fn quotations_split_around_the_attribution_lose_the_comma() {
    let sentence = "“We are closer,” Ellen Brooks said. “It is time to close it.”";
    assert_eq!(
        pairs(sentence),
        [
            pair("Ellen Brooks", "We are closer"),
            pair("Ellen Brooks", "It is time to close it.")
        ]
    );
    let inside = "Estonia’s Ministry of Economic Affairs spoke first. “Traffic has been rerouted,” the ministry said, “but we cannot tolerate this.”";
    assert_eq!(
        pairs(inside),
        [
            pair("Ministry of Economic Affairs", "Traffic has been rerouted"),
            pair(
                "Ministry of Economic Affairs",
                "but we cannot tolerate this."
            )
        ]
    );
}

#[test]
fn a_quotation_continued_in_the_next_paragraph_is_one_quote_per_paragraph() {
    let article = "\"It is the norm,\" Miriam Wekesa wrote. \"Governments cannot wait.\n\n\"That means investing now.\"\n";
    assert_eq!(
        pairs(article),
        [
            pair("Miriam Wekesa", "It is the norm"),
            pair("Miriam Wekesa", "Governments cannot wait."),
            pair("Miriam Wekesa", "That means investing now.")
        ]
    );
    let report = draft(article, &Options::default()).report;
    assert!(report.contains("one quote per paragraph"), "{report}");
}

#[test]
fn pronouns_follow_gender_and_subjects() {
    let article = "Elena Morris and her neighbour Tomas Berg took a boat.\n\
        “We could hear people shouting,” she said.\n\
        Berg, a retired fireman, counted eleven people. “The water was rising fast,” he said.\n\
        “You just go,” she said.";
    assert_eq!(
        pairs(article),
        [
            pair("Elena Morris", "We could hear people shouting"),
            pair("Tomas Berg", "The water was rising fast"),
            pair("Elena Morris", "You just go")
        ]
    );
    let Draft { toml, report, .. } = draft(article, &Options::default());
    assert!(
        toml.contains("# review: speaker guessed from the pronoun “she”"),
        "{toml}"
    );
    assert!(report.contains("guessed from the pronoun"), "{report}");
}

#[test]
fn organisations_speak() {
    let article = "NATO said it was “closely following” the situation.\n\
        The Finnish Border Guard said a vessel crossed the cable. “We are treating this as sabotage,” the Border Guard said.\n\
        “This is not a crisis any more,” UNRWA said.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [
            pair("NATO", "closely following"),
            pair("Finnish Border Guard", "We are treating this as sabotage"),
            pair("UNRWA", "This is not a crisis any more")
        ]
    );
    assert_eq!(actor(&b, "NATO").kind, ActorKind::Organization);
    assert_eq!(actor(&b, "Finnish Border Guard").kind, ActorKind::Agency);
}

#[test]
fn spokespeople_speak_for_their_institution() {
    let article = "China’s Ministry of Commerce reacted within hours. “China firmly opposes this,” a ministry spokesperson said.\n\
        The Rail Delivery Group was disappointed. A spokesperson for the group said: “We made a fair offer.”";
    assert_eq!(
        pairs(article),
        [
            pair("Ministry of Commerce", "China firmly opposes this"),
            pair("Rail Delivery Group", "We made a fair offer.")
        ]
    );
}

#[test]
fn a_fragment_belongs_to_the_subject_of_its_sentence() {
    let article = "Japan has expressed “serious concern” over the reports.\n\
        NATO Secretary-General Jens Stoltenberg stated that if troops are confirmed to be fighting, it would “dramatically escalate” the conflict.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [
            pair("Japan", "serious concern"),
            pair("Jens Stoltenberg", "dramatically escalate")
        ]
    );
    assert_eq!(actor(&b, "Japan").kind, ActorKind::State);
    let stoltenberg = actor(&b, "Jens Stoltenberg");
    assert_eq!(
        (
            stoltenberg.role.as_ref().map(|r| r.as_str()),
            stoltenberg.affiliation.as_ref().map(|r| r.as_str())
        ),
        (Some("Secretary-General"), Some("NATO"))
    );
}

#[test]
fn names_as_wire_services_write_them_keep_their_quotes() {
    // Written for this test in the manner of Yonhap, the BBC, AFP and a local paper.
    let article = "Unification Minister Park Min-jun on Monday proposed talks with the North.\n\n\
        “The families cannot wait,” Park said. “We are not attaching any conditions,” he said.\n\n\
        Ministry spokesperson Koo Ji-hye told a regular briefing that the line was open. \
        “We will try the line twice a day,” Koo said.\n\n\
        Lawmaker Edwin Chan Ka-lok said buyers were welcome. “Hong Kong welcomes every buyer,” Chan said.\n\n\
        The firm pleaded guilty at Exeter Crown Court, where Judge Rebecca Thorne said it had shown \
        “a cavalier disregard for the law”.\n\n\
        Hydrocarbons and Energy Minister Ramiro Quispe said the plants would use “a fraction” of the water.\n\n\
        “The brines are connected,” said hydrologist Lucía Vargas of the Universidad Mayor in La Paz.\n\n\
        City Engineer Dana Whitfield spoke last. “The capacity is there today,” Whitfield said.\n\n\
        A Department for Education spokesperson said: “We have already increased fees.”\n\n\
        Columbus-based Harlan Logistics said it had “deep respect for the town”.\n\n\
        Brigadier General Khalid al-Tayeb rejected the claim. “We protect civilians,” he said.\n\n\
        “We will help,” the Ministry of Economy, Trade and Industry said in a statement.\n\n\
        “We are not anti-football,” de la Mare said.\n\n\
        Their barrister, Nicholas de Silva SC, said the ruling mattered. “It is a statement of principle,” \
        Mr de Silva said.\n\n\
        A NSW Police spokesperson said officers would “enforce the law”.\n\n\
        “He cried for two days,” said his daughter, Dana Kowalczyk-Reyes, 44.\n\n\
        Health Minister K. Ilango said there was no shortage. “There is no panic,” the Minister said.\n\n\
        “Crews pulled back,” said fire information officer Madison Tremblay.\n\n\
        The solicitor, Imran Qureshi of Leigh Day, welcomed it. “This ruling is clear,” he said.\n\n\
        Deputy Public Prosecutor Kelly Ng spoke first. “It was a scheme,” said DPP Ng.\n\n\
        “The water rose so fast,” said Jocelyn dela Cruz, 52. “We climbed onto the roof,” Dela Cruz said.\n\n\
        A spokesperson for the Specialised Healthcare and Medical Education Department said in a \
        statement that it would take “strict action”.\n\n\
        A Department for Science, Innovation and Technology spokesperson said: “The UK leads.”\n\n\
        Mrs Justice Helen Okafor ruled on Friday. “The evidence is clear,” the judge said.\n\n\
        Director of Public Health and Preventive Medicine R. Anandhi said: “Fogging alone cannot solve this.”\n\n\
        The two Republicans, Sen. Roy Hanley of Montana and Sen. Lisa Brandt of Wyoming, were undecided.\n\n\
        Brandt said she wanted regulators to act. “Engineers should write this part,” she said.\n\n\
        The UNHCR counted 900 arrivals. On the quay, Mamadou, a 19-year-old from Guinea, waited.\n\n\
        “We were three days at sea,” he said.\n\n\
        Niels van der Meulen was charged on Monday.\n\n\
        The Dutchman said the referee had been “frightened” of the crowd.";
    assert_eq!(
        pairs(article),
        [
            pair("Park Min-jun", "The families cannot wait"),
            pair("Park Min-jun", "We are not attaching any conditions"),
            pair("Koo Ji-hye", "We will try the line twice a day"),
            pair("Edwin Chan Ka-lok", "Hong Kong welcomes every buyer"),
            pair("Rebecca Thorne", "a cavalier disregard for the law"),
            pair("Ramiro Quispe", "a fraction"),
            pair("Lucía Vargas", "The brines are connected"),
            pair("Dana Whitfield", "The capacity is there today"),
            pair(
                "Department for Education",
                "We have already increased fees."
            ),
            pair("Harlan Logistics", "deep respect for the town"),
            pair("Khalid al-Tayeb", "We protect civilians"),
            pair("Ministry of Economy, Trade and Industry", "We will help"),
            pair("de la Mare", "We are not anti-football"),
            pair("Nicholas de Silva", "It is a statement of principle"),
            pair("NSW Police", "enforce the law"),
            pair("Dana Kowalczyk-Reyes", "He cried for two days"),
            pair("K. Ilango", "There is no panic"),
            pair("Madison Tremblay", "Crews pulled back"),
            pair("Imran Qureshi", "This ruling is clear"),
            pair("Kelly Ng", "It was a scheme"),
            pair("Jocelyn dela Cruz", "The water rose so fast"),
            pair("Jocelyn dela Cruz", "We climbed onto the roof"),
            pair(
                "Specialised Healthcare and Medical Education Department",
                "strict action"
            ),
            pair(
                "Department for Science, Innovation and Technology",
                "The UK leads."
            ),
            pair("Helen Okafor", "The evidence is clear"),
            pair("R. Anandhi", "Fogging alone cannot solve this."),
            pair("Lisa Brandt", "Engineers should write this part"),
            pair("Mamadou", "We were three days at sea"),
            pair("Niels van der Meulen", "frightened"),
        ]
    );
}

#[test]
fn apostrophes_are_not_quotation_marks_and_quotes_stay_verbatim() {
    let article = "Japan’s view is clear, and Tokyo won't budge. “Russia’s invasion is an outrageous act … of aggression,” Hayashi’s deputy, Aiko Mori, said.";
    assert_eq!(
        pairs(article),
        [pair(
            "Aiko Mori",
            "Russia’s invasion is an outrageous act … of aggression"
        )]
    );
}

#[test]
fn terms_and_titles_are_not_quotes_and_the_report_lists_them() {
    let article = "The so-called “risk premium” fell. A report titled “Caught in the Crossfire” was published.\n\
        “We will appeal,” lawyer Andrés Villanueva said. An audit office report, “Support for \
        pupils in England”, found costs had doubled.";
    assert_eq!(
        pairs(article),
        [pair("Andrés Villanueva", "We will appeal")]
    );
    let report = draft(article, &Options::default()).report;
    assert!(
        report.contains("not drafted as a quote (a term or a title"),
        "{report}"
    );
    assert!(report.contains("Caught in the Crossfire"), "{report}");
}

#[test]
fn a_quotation_with_no_speaker_is_reported_not_guessed() {
    let article = "The “deal” was signed. Nobody knew.";
    let Draft { toml, report, .. } = draft(article, &Options::default());
    let b = load_bytes("draft.toml", toml.as_bytes()).unwrap();
    assert!(b.quotes.is_empty());
    assert!(report.contains("no speaker found"), "{report}");
}

#[test]
fn actors_include_states_and_organisations_that_act() {
    let article = "The United States, which has already imposed heavy sanctions, said it was ready. Russia invaded Ukraine. The Malian army said in a statement that it had “results”.";
    let b = drafted(article);
    for (name, kind) in [
        ("United States", ActorKind::State),
        ("Russia", ActorKind::State),
        ("Malian army", ActorKind::Military),
    ] {
        assert_eq!(actor(&b, name).kind, kind, "{name}");
    }
}

#[test]
fn ids_are_valid_and_unique() {
    let article = "“One,” said Min-seok Kim, an analyst. “Two,” said Min-seok Kim-Park, a writer. “Three,” said Péter Kovács, a minister.";
    let b = drafted(article);
    let ids: Vec<&str> = b.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["kim", "kim-park", "kovacs"]);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn timeline_candidates_have_dates_and_statuses() {
    let article = "North Korea and Russia have cooperated since the Cold War era. Russia annexed Crimea in 2014 and invaded Ukraine in 2022.\n\
        Officials confirmed on Friday that troops had arrived. Troops have reportedly struggled in recent months.\n\
        The jury is expected to rule in July 2025.";
    let b = drafted(article);
    let events: Vec<(&str, Option<String>, Option<Status>)> = b
        .timeline
        .iter()
        .map(|e| (e.when.as_str(), e.date.map(|d| d.to_string()), e.status))
        .collect();
    assert_eq!(
        events,
        [
            ("Cold War era", None, None),
            ("2014", Some("2014".into()), None),
            ("2022", Some("2022".into()), None),
            ("Friday", None, Some(Status::Confirmed)),
            ("in recent months", None, Some(Status::Reported)),
            ("July 2025", Some("2025-07".into()), Some(Status::Expected)),
        ]
    );
    assert!(
        b.timeline
            .iter()
            .all(|e| e.title.as_str().chars().count() <= 100)
    );
    let toml = draft(article, &Options::default()).toml;
    assert!(toml.contains("# review: timeline candidate"), "{toml}");
}

#[test]
fn implications_are_skeletons_per_region_with_nearby_actors() {
    let article = "Japan warned about security in East Asia. NATO warned about Eastern Europe.\n\
        The world is watching.";
    let b = drafted(article);
    let regions: Vec<&str> = b.implications.iter().map(|i| i.region.as_str()).collect();
    assert_eq!(regions, ["East Asia", "Eastern Europe", "Global"]);
    assert!(
        b.implications
            .iter()
            .all(|i| i.title.as_str().starts_with("TODO"))
    );
    let east_asia = &b.implications[0];
    let actors: Vec<&str> = east_asia
        .actors
        .iter()
        .map(|&a| b.actors[a].name.as_str())
        .collect();
    assert!(actors.contains(&"Japan"), "{actors:?}");
}

#[test]
fn the_briefing_table_takes_overrides_or_guesses() {
    let article =
        "Japan voices serious concern over troops in Russia, officials say. More follows.";
    let b = drafted(article);
    assert_eq!(
        b.meta.title.as_str(),
        "Japan voices serious concern over troops in Russia, officials say."
    );
    assert_eq!(b.meta.id.as_str(), "japan-voices-serious-concern");
    assert!(b.meta.draft);
    assert_eq!(
        b.meta.summary.as_str(),
        "TODO: summarise in your own words."
    );
    assert_eq!(b.meta.sources.len(), 1);
    assert_eq!(b.meta.sources[0].title.as_str(), "Source article");
    let Draft { toml, report, .. } = draft(
        article,
        &Options {
            id: Some("Bad Id!"),
            title: Some("My title"),
            ..Options::default()
        },
    );
    let b = load_bytes("d", toml.as_bytes()).unwrap();
    assert_eq!(
        (b.meta.id.as_str(), b.meta.title.as_str()),
        ("bad-id", "My title")
    );
    assert!(report.contains("is not 1-64 characters"), "{report}");
    assert_eq!(drafted("").meta.id.as_str(), "draft");
}

/// True when `text` holds nothing a terminal could act on (line breaks aside).
fn inert(text: &str) -> bool {
    !text.chars().any(|c| c != '\n' && is_unsafe_char(c))
}

#[test]
fn hostile_articles_give_a_loading_inert_draft() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
    let binary = String::from_utf8_lossy(&bytes).into_owned();
    let escapes = "\u{1b}]0;PWNED\u{7}“\u{1b}[2J Clear \u{202e}the\u{200b} screen\u{85},” said Dr. \u{1b}[31mEvil Doer\u{1b}[0m, a spy.\n\
        In 2024 NATO said “a\u{0}b\u{7f}c\u{2066}d\u{feff}e\u{e0041}”.";
    let zalgo = format!(
        "“Z{}” said Zed{} Doe. Z{} said “a”",
        "\u{301}".repeat(50),
        "\u{301}".repeat(50),
        "\u{301}".repeat(40)
    );
    let huge_quote = format!("“{}”, he said.", "word ".repeat(20_000));
    let marks = "\"“”".repeat(3000);
    for (name, article) in [
        ("empty", ""),
        ("blank", " \n\n\t \r\n"),
        ("binary", binary.as_str()),
        ("escapes", escapes),
        ("zalgo", zalgo.as_str()),
        ("huge quote", huge_quote.as_str()),
        ("marks", marks.as_str()),
    ] {
        let Draft { toml, report, .. } = draft(article, &Options::default());
        if let Err(e) = load_bytes("draft.toml", toml.as_bytes()) {
            panic!("{name}: {e}\n{toml}");
        }
        assert!(inert(&toml), "{name}: the TOML is not inert");
        assert!(inert(&report), "{name}: the report is not inert");
    }
}

#[test]
fn escaped_quotes_keep_their_text_exactly() {
    let article = "“A \u{1b}[2J b\\c 'd'\u{202e},” said Dr. Ann Lee, a doctor.";
    let b = drafted(article);
    assert_eq!(b.quotes.len(), 1);
    let toml = draft(article, &Options::default()).toml;
    assert!(
        toml.contains(r#"text = "A \u001B[2J b\\c 'd'\u202E""#),
        "{toml}"
    );
}

#[test]
fn every_drafted_quote_verifies_against_its_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut articles = 0;
    for set in eval::SETS {
        for entry in std::fs::read_dir(root.join(set)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let article = std::fs::read_to_string(&path).unwrap();
            let b = drafted(&article);
            let findings = verify(&b, &article);
            let (text, errors) = report(&b, &article, &findings);
            assert_eq!(errors, 0, "{}: {text}", path.display());
            articles += 1;
        }
    }
    assert!(articles >= 8);
}

/// The seed article, when the shared folder is next to the repository.
fn seed() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_2df2f6f88230cd01.txt");
    std::fs::read_to_string(path).ok()
}

#[test]
fn every_quotation_of_the_seed_is_drafted_with_its_speaker() {
    let Some(article) = seed() else {
        eprintln!("seed article not found next to the repository; skipping");
        return;
    };
    let expected: Vec<(&str, &str)> = include_str!("articles/tuning/seed.expected")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    assert_eq!(expected.len(), 16);
    let drafted: Vec<(String, String)> = pairs(&article);
    let drafted: Vec<(&str, &str)> = drafted
        .iter()
        .map(|(s, q)| (s.as_str(), q.as_str()))
        .collect();
    assert_eq!(drafted.len(), 16, "{drafted:#?}");
    for pair in &expected {
        assert!(drafted.contains(pair), "missing {pair:?} in {drafted:#?}");
    }
}

#[test]
fn held_out_articles_stay_above_the_targets() {
    let held_out: Vec<&'static str> = eval::SETS
        .iter()
        .copied()
        .filter(|set| *set != "tuning")
        .collect();
    let sets = eval::evaluate(&held_out);
    let table = eval::render(&sets);
    for set in &sets {
        // The wire sets are written as real news is, and are harder: their floors sit just
        // under what they score with the learned speaker choice (wire 92.4% and 90.3%,
        // wire-unseen 92.6% and 94.0%; 90.5%, 90.4%, 78.5% and 79.7% with the rule cascade
        // before it), so a change that loses speakers on them fails here.
        let (recall, precision) = match set.name.as_str() {
            "wire" => (0.92, 0.90),
            "wire-unseen" => (0.92, 0.92),
            _ => (0.90, 0.95),
        };
        assert!(
            set.total.recall() >= recall && set.total.precision() >= precision,
            "{} below target (recall {recall}, precision {precision}):\n{table}",
            set.name
        );
    }
}

#[test]
fn the_real_corpus_stays_above_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.is_dir() {
        eprintln!("the real-article corpus is not next to the repository; skipping");
        return;
    }
    let set = eval::evaluate_folder("corpus", &dir);
    // Just under its score with the learned speaker choice: all 185 quotations with the
    // right speaker, 97.9% of the pairs it drafts right (99.5% and 100% with the rule
    // cascade, which dropped the quotations it found no speaker for).
    assert!(
        set.total.recall() >= 0.99 && set.total.precision() >= 0.97,
        "corpus below its floor:\n{}",
        eval::render(&[set])
    );
}

// Failure kinds seen on real news, each on a short passage written for the test.

#[test]
fn kind_1_attribution_after_more_words_than_the_quotation() {
    let article = "Leila Haddad, the speaker of parliament, opened the session.\n\
        “We will read every line” of the new law, Haddad said.\n\
        The opposition leader, Marco Ortiz, was unmoved. “Nothing could persuade them” to delay the vote, Ortiz said.";
    assert_eq!(
        pairs(article),
        [
            pair("Leila Haddad", "We will read every line"),
            pair("Marco Ortiz", "Nothing could persuade them")
        ]
    );
}

#[test]
fn an_office_of_several_words_before_a_name_is_the_persons_role() {
    let article = "Commissioner for Coastal Affairs Ingrid Solberg said the plan was ready.\n\n\
        “The old model is finished,” Ms Solberg told reporters in Bergen.";
    assert_eq!(
        pairs(article),
        [pair("Ingrid Solberg", "The old model is finished")]
    );
    assert_eq!(
        actor(&drafted(article), "Ingrid Solberg")
            .role
            .as_ref()
            .map(|r| r.as_str()),
        Some("Commissioner for Coastal Affairs")
    );
}

#[test]
fn a_surname_of_two_words_after_mr_is_the_person_named_in_full() {
    let article = "The applicant, Tomás Ferreira Dias (51), a Portuguese national, won his appeal.\n\n\
        “I only wanted to be treated fairly,” Mr Ferreira Dias said outside the court.";
    assert_eq!(
        pairs(article),
        [pair(
            "Tomás Ferreira Dias",
            "I only wanted to be treated fairly"
        )]
    );
}

#[test]
fn he_is_the_person_named_just_before_even_with_no_known_gender() {
    let article = "On Tuesday, Director Paolo Greco said he was “very close” to the inquiry. \
        Former prosecutor Dana Kowal said it was no surprise that agents want more interviews.\n\n\
        “They are well within the scope of the investigation,” he said.";
    assert_eq!(
        pairs(article),
        [
            pair("Paolo Greco", "very close"),
            pair(
                "Dana Kowal",
                "They are well within the scope of the investigation"
            )
        ]
    );
}

#[test]
fn a_definite_description_is_the_person_named_before_never_itself() {
    let article = "Harold Brandt, who owns three casinos, met the candidate on Friday.\n\n\
        The talks covered taxes and trade. Aides said the meeting ran long.\n\n\
        Reporters waited outside for an hour.\n\n\
        “It was a very good meeting,” the gambling tycoon said afterwards.\n\n\
        “He is a remarkable man,” the 71-year-old added.";
    assert_eq!(
        pairs(article),
        [
            pair("Harold Brandt", "It was a very good meeting"),
            pair("Harold Brandt", "He is a remarkable man")
        ]
    );
}

#[test]
fn her_statement_and_his_spokesman_speak_for_the_person_the_pronoun_means() {
    let article = "Senator Ruth Adler left the chamber before the vote.\n\n\
        “The senator will not support a bill written in the dark,” her statement said.\n\n\
        Governor Paul Wendt did not attend.\n\n\
        “He has other commitments today,” his spokesman said.";
    assert_eq!(
        pairs(article),
        [
            pair(
                "Ruth Adler",
                "The senator will not support a bill written in the dark"
            ),
            pair("Paul Wendt", "He has other commitments today")
        ]
    );
}

#[test]
fn a_name_with_a_collective_possessive_is_one_name_and_the_newspaper_is_it() {
    let article = "“No profit is worth a single life,” the People’s Daily said in a commentary.\n\n\
        “Safety must come first in every mine,” the newspaper added.";
    assert_eq!(
        pairs(article),
        [
            pair("People’s Daily", "No profit is worth a single life"),
            pair("People’s Daily", "Safety must come first in every mine")
        ]
    );
}

#[test]
fn complaints_and_boasts_are_verbs_of_saying() {
    each_verb_attributes(&[
        "groused",
        "remembered",
        "bragged",
        "scoffed",
        "fumed",
        "texted",
    ]);
}

#[test]
fn kind_2_the_whole_family_of_verbs_of_saying() {
    each_verb_attributes(&[
        "testified",
        "tweeted",
        "posted",
        "recalled",
        "insisted",
        "conceded",
        "acknowledged",
        "cautioned",
        "quipped",
        "recounted",
        "alleged",
    ]);
    let summed = "Olga Petrova, a historian, spoke in Kyiv. “It is over,” Petrova summed up.";
    assert_eq!(pairs(summed), [pair("Olga Petrova", "It is over")]);
    let statement =
        "The Interior Ministry said in a statement that the border was “fully secured.”";
    assert_eq!(
        pairs(statement),
        [pair("Interior Ministry", "fully secured.")]
    );
    let reporters = "“The convoy will move at dawn,” Colonel Aziz Rahimi told reporters.";
    assert_eq!(
        pairs(reporters),
        [pair("Aziz Rahimi", "The convoy will move at dawn")]
    );
    let according = "The deal is “all but done,” according to Nadia Fares, a negotiator.";
    assert_eq!(pairs(according), [pair("Nadia Fares", "all but done")]);
}

#[test]
fn kind_3_titles_with_institutions_stay_out_of_names() {
    let article = "Kremlin Deputy Press Secretary Anna Volkova said the talks were over. Foreign Minister Pavel Orlov disagreed.\n\
        “There is nothing left to discuss,” she said.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [pair("Anna Volkova", "There is nothing left to discuss")]
    );
    let volkova = actor(&b, "Anna Volkova");
    assert_eq!(volkova.kind, ActorKind::Person);
    assert_eq!(
        (
            volkova.role.as_ref().map(|r| r.as_str()),
            volkova.affiliation.as_ref().map(|r| r.as_str())
        ),
        (Some("Deputy Press Secretary"), Some("Kremlin"))
    );
    let ceo = "“We will not gamble with safety,” company CEO Dana Whitfield said.";
    assert_eq!(
        pairs(ceo),
        [pair("Dana Whitfield", "We will not gamble with safety")]
    );
}

#[test]
fn kind_4_family_names_written_first() {
    let article = "Park Min-jun, a trade official in Seoul, said the talks had stalled.\n\
        “We need more time,” Park said.\n\
        He Jianxiong, an economist in Beijing, called the offer “too little, too late.”";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [
            pair("Park Min-jun", "We need more time"),
            pair("He Jianxiong", "too little, too late.")
        ]
    );
    assert_eq!(actor(&b, "Park Min-jun").aliases[0].as_str(), "Park");
    assert_eq!(b.actors.len(), 2, "{:?}", b.actors);
}

#[test]
fn kind_5_a_description_beside_a_name_is_not_the_speaker() {
    let article = "Senator Ann Ridley, a Kansas Republican who chairs the panel, called the plan “reckless.”\n\
        Mr. Dale, the Ohio Democrat, called it “a mistake we will regret.”\n\
        Cmdr. Lee Rowan, a career Navy officer who described the order as “unlawful,” resigned in May.";
    let b = drafted(article);
    assert_eq!(
        pairs(article),
        [
            pair("Ann Ridley", "reckless."),
            pair("Dale", "a mistake we will regret."),
            pair("Lee Rowan", "unlawful")
        ]
    );
    assert_eq!(b.actors.len(), 3, "{:?}", b.actors);
}

#[test]
fn kind_6_institution_names_whole_and_apart() {
    let article = "The United Nations High Commissioner for Refugees said the camps were “full beyond capacity.”\n\
        The Chinese Center for Disease Control and Prevention said the risk was “very low.” Later the CDC said it was “under review.”\n\
        Russia’s foreign ministry called the vote “a farce.” The French foreign ministry called it “a milestone.”";
    let b = drafted(article);
    let p = pairs(article);
    assert_eq!(
        p[..4],
        [
            pair(
                "United Nations High Commissioner for Refugees",
                "full beyond capacity."
            ),
            pair(
                "Chinese Center for Disease Control and Prevention",
                "very low."
            ),
            pair(
                "Chinese Center for Disease Control and Prevention",
                "under review."
            ),
            pair("foreign ministry", "a farce."),
        ]
    );
    assert_eq!(p[4], pair("French foreign ministry", "a milestone."));
    let countries: Vec<Option<&str>> = b
        .actors
        .iter()
        .filter(|a| a.name.as_str().ends_with("foreign ministry"))
        .map(|a| a.country.as_ref().map(|c| c.as_str()))
        .collect();
    assert_eq!(countries, [Some("Russia"), Some("France")]);
    assert_eq!(b.actors.len(), 4, "{:?}", b.actors);
}

#[test]
fn kind_7_a_paragraph_that_is_all_quotation_continues_its_speaker() {
    let article = "“We will not leave,” said Omar Khalil, a farmer near the river.\n\n\
        “This land fed my father and his father before him.”\n\n\
        “Voices of the valley”\n\n\
        The council meets again in June.";
    assert_eq!(
        pairs(article),
        [
            pair("Omar Khalil", "We will not leave"),
            pair(
                "Omar Khalil",
                "This land fed my father and his father before him."
            )
        ]
    );
}

#[test]
fn kind_8_participles_appositions_and_colons() {
    let cases = [
        (
            "The talks collapsed on Sunday, with Foreign Minister Lena Berg warning of “grave consequences.”",
            ("Lena Berg", "grave consequences."),
        ),
        (
            "General Amos Kiprop defended the raid, saying the orders “came from necessity.”",
            ("Amos Kiprop", "came from necessity."),
        ),
        (
            "“It was chaos,” said another witness, former adviser Tom Reyes.",
            ("Tom Reyes", "It was chaos"),
        ),
        (
            "Prosecutors alleged the guards “falsified every log.”",
            ("Prosecutors", "falsified every log."),
        ),
        (
            "Defence Minister Ivo Marek spoke after the vote: “We have done our part.”",
            ("Ivo Marek", "We have done our part."),
        ),
        (
            "Defence Minister Ivo Marek, on the vote: “We have done our part.”",
            ("Ivo Marek", "We have done our part."),
        ),
        (
            "The regulator issued a statement warning that prices were “out of control.”",
            ("regulator", "out of control."),
        ),
    ];
    for (article, (speaker, text)) in cases {
        assert_eq!(pairs(article), [pair(speaker, text)], "{article}");
    }
}

#[test]
fn kind_9_nearby_noun_phrases_and_texts_are_not_speakers() {
    let unattributed = "Talks between the two governments stalled again on Monday, deepening tensions between the two sides. “Nobody wants to blink first.”";
    assert_eq!(
        pairs(unattributed),
        [pair("Unattributed", "Nobody wants to blink first.")]
    );
    let statement = "The Health Ministry issued a statement on Friday.\n“We regret the delay,” the statement said.";
    assert_eq!(
        pairs(statement),
        [pair("Health Ministry", "We regret the delay")]
    );
    let release =
        "“Demand stayed strong,” said chief executive Maria Lund in the company’s news release.";
    assert_eq!(pairs(release), [pair("Maria Lund", "Demand stayed strong")]);
    let b = drafted(statement);
    assert!(
        b.actors
            .iter()
            .all(|a| !["statement", "news release", "letter"].contains(&a.name.as_str())),
        "{:?}",
        b.actors
    );
}

#[test]
fn kind_10_labels_slogans_and_nicknames_are_not_quotes() {
    let article = "Critics call the rebels the “Young Turks” of the party.\n\
        Beijing insists on the “one country, two systems” principle.\n\
        The account was renamed “factcheckNOW” for the night.\n\
        “We are not rebels,” said Aida Nurlan, one of the group.";
    assert_eq!(pairs(article), [pair("Aida Nurlan", "We are not rebels")]);
    let report = draft(article, &Options::default()).report;
    assert!(report.contains("Young Turks"), "{report}");
}

#[test]
fn kind_11_pronouns_go_to_the_person_they_fit() {
    let article = "Mark Lowe, 34, sat silently as his attorney, Rachel Kim, addressed the court.\n\
        “My client has suffered enough,” she said.\n\
        Lowe later spoke briefly. “I am sorry,” he said.\n\
        Ms. Adebayo and Mr. Osei, two neighbours, watched from the gallery. “He seemed calm,” she said.";
    assert_eq!(
        pairs(article),
        [
            pair("Rachel Kim", "My client has suffered enough"),
            pair("Mark Lowe", "I am sorry"),
            pair("Adebayo", "He seemed calm"),
        ]
    );
}

#[test]
fn kind_12_closing_marks_of_other_shapes() {
    let article = "“The bridge was never inspected,’’ Tom Reyes, an engineer, said.\n\
        ‘We will fight on,’ said Lena Berg, a teacher.\n\
        Mayor Klaus Becker said: „Wir bleiben hier.“";
    assert_eq!(
        pairs(article),
        [
            pair("Tom Reyes", "The bridge was never inspected"),
            pair("Lena Berg", "We will fight on"),
            pair("Klaus Becker", "Wir bleiben hier."),
        ]
    );
}

// Failure kinds of real news (issue 22), each on a short passage written for the test.

#[test]
fn issue22_two_apostrophes_are_quotation_marks() {
    let article = "''We will not back down,'' said Senator Ruth Calloway, a Democrat from Ohio.\n\n\
        ''The voters deserve better,'' she added, ''and they know it.''";
    assert_eq!(
        pairs(article),
        [
            pair("Ruth Calloway", "We will not back down"),
            pair("Ruth Calloway", "The voters deserve better"),
            pair("Ruth Calloway", "and they know it."),
        ]
    );
}

#[test]
fn issue22_a_quotation_with_no_speaker_is_drafted_unattributed_for_review() {
    let article = "“Nobody in this valley will forget the winter of the flood.” \
        The words were painted across the wall of the old mill on Tuesday.";
    let Draft { toml, report, .. } = draft(article, &Options::default());
    let b = load_bytes("draft.toml", toml.as_bytes()).unwrap();
    assert_eq!(
        pairs(article),
        [pair(
            "Unattributed",
            "Nobody in this valley will forget the winter of the flood."
        )]
    );
    assert_eq!(actor(&b, "Unattributed").kind, ActorKind::Group);
    assert!(toml.contains("# review: no speaker found"), "{toml}");
    assert!(report.contains("no speaker found"), "{report}");
}

#[test]
fn issue22_a_name_after_a_dash_signs_the_quotation() {
    let article = "Senator Ruth Calloway spoke at the rally in Dayton on Saturday.\n\n\
        Governor Martin Keller said the bill was dead. \"We will not back down.\" - Bernie Sanders\n\n\
        Keller told reporters the plan would fail. “Every family here deserves a fair wage.” \
        — Calloway, in a statement\n\n\
        He said the vote was close. \"This fight is far from over for us.\" – Ruth Calloway\n\n\
        \"We have the votes to pass it this spring.\" -- Bernie Sanders";
    assert_eq!(
        pairs(article),
        [
            pair("Bernie Sanders", "We will not back down."),
            pair("Ruth Calloway", "Every family here deserves a fair wage."),
            pair("Ruth Calloway", "This fight is far from over for us."),
            pair(
                "Bernie Sanders",
                "We have the votes to pass it this spring."
            ),
        ]
    );
    let Draft { toml, .. } = draft(article, &Options::default());
    assert!(!toml.contains("# review: speaker"), "{toml}");
}

#[test]
fn issue22_a_transcript_turn_is_a_quotation_of_its_named_speaker() {
    let article = "Foreign Minister Yoshimasa Hayashi took questions in Tokyo on Friday. \
        A partial transcript follows.\n\n\
        Q: What happens next, and will Japan answer in kind?\n\n\
        HAYASHI: We will respond calmly and in close touch with our allies.\n\n\
        Q: Will you summon the ambassador today?\n\n\
        Mr. Hayashi: We have already conveyed our strong protest through diplomatic channels.";
    assert_eq!(
        pairs(article),
        [
            pair(
                "Yoshimasa Hayashi",
                "We will respond calmly and in close touch with our allies."
            ),
            pair(
                "Yoshimasa Hayashi",
                "We have already conveyed our strong protest through diplomatic channels."
            ),
        ]
    );
}

#[test]
fn issue22_a_joint_statement_is_drafted_under_the_first_named_with_the_others_about() {
    let article = "Senator Ruth Calloway and Representative Tomas Berg met farmers in Ohio on Monday.\n\n\
        \"The new tariffs will hurt every farm in this state,\" Calloway and Berg said in a joint \
        statement.\n\n\
        Berg and Governor Martin Keller wrote in a letter: \"We ask the administration to reconsider.\"";
    assert_eq!(
        pairs(article),
        [
            pair(
                "Ruth Calloway",
                "The new tariffs will hurt every farm in this state"
            ),
            pair("Tomas Berg", "We ask the administration to reconsider."),
        ]
    );
    let b = drafted(article);
    let about = |q: usize| -> Vec<&str> {
        b.quotes[q]
            .about
            .iter()
            .map(|&a| b.actors[a].name.as_str())
            .collect()
    };
    assert_eq!(about(0), ["Tomas Berg"]);
    assert_eq!(about(1), ["Martin Keller"]);
    let Draft { toml, .. } = draft(article, &Options::default());
    assert!(
        toml.contains(
            "# review: a joint statement: drafted under the first named; “Tomas Berg” said it too"
        ),
        "{toml}"
    );
}

// `brief draft -o` and `brief check` on drafts, as an author runs them.

/// Drafts `article` into `output` with `brief draft -o` and returns the process output.
fn draft_to(article: &Path, output: &Path) -> std::process::Output {
    brief(&[
        "draft".as_ref(),
        article.as_os_str(),
        "-o".as_ref(),
        output.as_os_str(),
    ])
}

#[test]
fn a_draft_written_with_o_names_its_source_and_never_overwrites() {
    let dir = common::scratch("draft", "output");
    let article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles/held-out/baltic-cable.txt");
    let output = dir.join("cable.toml");
    let first = draft_to(&article, &output);
    assert!(first.status.success(), "{first:?}");
    let toml = std::fs::read_to_string(&output).unwrap();
    assert!(toml.contains("draft = true"), "{toml}");
    let b = brief::briefing::load_path(&output).unwrap();
    assert!(b.meta.draft);
    let file = b.meta.sources[0].file.as_ref().expect("a source file");
    assert_eq!(
        std::fs::canonicalize(dir.join(file.as_str())).unwrap(),
        std::fs::canonicalize(&article).unwrap()
    );
    let again = draft_to(&article, &output);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists"));
    // Said last, under the report, where it is read.
    let said = String::from_utf8_lossy(&again.stderr).into_owned();
    assert!(
        said.trim_end().lines().last().unwrap().contains("exists"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&output).unwrap(), toml);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--sources=DIR` for the folder of `article`: a draft written elsewhere names its article
/// outside its own folder, which `brief check` reads only from a folder the user allows.
fn sources_flag(article: &Path) -> std::ffi::OsString {
    let mut flag = std::ffi::OsString::from("--sources=");
    flag.push(article.parent().unwrap());
    flag
}

#[test]
fn check_lists_what_a_draft_leaves_to_review_and_strict_fails_on_it() {
    let dir = common::scratch("draft", "strict");
    let article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles/fresh/taiwan-drills.txt");
    let output = dir.join("drills.toml");
    assert!(draft_to(&article, &output).status.success());
    let folder = sources_flag(&article);
    let check = brief(&["check".as_ref(), folder.as_os_str(), output.as_os_str()]);
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("every quote verbatim"), "{stdout}");
    assert!(stdout.contains("summary is still TODO"), "{stdout}");
    assert!(stdout.contains("to review:"), "{stdout}");
    let strict = brief(&[
        "check".as_ref(),
        "--strict".as_ref(),
        folder.as_os_str(),
        output.as_os_str(),
    ]);
    let stdout = String::from_utf8_lossy(&strict.stdout);
    assert_eq!(strict.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("not finished"), "{stdout}");
    // The bundled briefing is finished: nothing to warn about.
    let bundled = brief(&["check", "--strict", "briefings"]);
    assert_eq!(bundled.status.code(), Some(0), "{bundled:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_article_of_the_real_corpus_drafts_into_a_briefing_that_checks() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        eprintln!("the real-article corpus is not next to the repository; skipping");
        return;
    };
    let dir = common::scratch("draft", "corpus");
    let mut articles: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    for article in &articles {
        let output = dir
            .join(article.file_stem().unwrap())
            .with_extension("toml");
        let drafted = draft_to(article, &output);
        assert!(
            drafted.status.success(),
            "{}: {drafted:?}",
            article.display()
        );
        // The article is outside the draft's folder: its folder is allowed by name.
        let folder = sources_flag(article);
        for args in [
            vec![folder.as_os_str(), output.as_os_str()],
            vec!["--source".as_ref(), article.as_os_str(), output.as_os_str()],
        ] {
            let mut all: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
            all.extend(args);
            let check = brief(&all);
            let stdout = String::from_utf8_lossy(&check.stdout);
            assert_eq!(
                check.status.code(),
                Some(0),
                "{}: {stdout}",
                article.display()
            );
            assert!(stdout.contains("every quote verbatim"), "{stdout}");
        }
    }
    assert!(articles.len() >= 20);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_seed_drafts_into_a_briefing_whose_review_strict_check_lists() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_2df2f6f88230cd01.txt");
    if !seed.exists() {
        eprintln!("seed article not found next to the repository; skipping");
        return;
    }
    let dir = common::scratch("draft", "seed");
    let output = dir.join("seed.toml");
    assert!(draft_to(&seed, &output).status.success());
    let folder = sources_flag(&seed);
    let strict = brief(&[
        "check".as_ref(),
        "--strict".as_ref(),
        folder.as_os_str(),
        output.as_os_str(),
    ]);
    let stdout = String::from_utf8_lossy(&strict.stdout);
    assert_eq!(strict.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("every quote verbatim"), "{stdout}");
    assert!(stdout.contains("warning"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn points_listed_after_said_colon_and_an_owners_announcement() {
    let article = "In a long interview, Prime Minister Ana Duarte also said:\n\n\
        The budget will pass before the summer\n\n\
        She would speak “plainly” to the unions\n\n\
        The strike ended on Monday.\n\n\
        Despite Duarte’s March 3 announcement of a “historic” deal, talks stalled.";
    assert_eq!(
        pairs(article),
        [
            pair("Ana Duarte", "plainly"),
            pair("Ana Duarte", "historic")
        ]
    );
}

// Credibility proposed from the article's own hedges: one family per test, on short passages.

/// A drafted event's title, status and credibility.
type GradedEvent = (String, Option<Status>, Option<u8>);

/// Each drafted event of `article`, and the draft's TOML.
fn graded_events(article: &str) -> (Vec<GradedEvent>, String) {
    let toml = draft(article, &Options::default()).toml;
    let b = load_bytes("draft.toml", toml.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{toml}"));
    let events = b
        .timeline
        .iter()
        .map(|e| {
            (
                e.title.to_string(),
                e.status,
                e.credibility.map(|c| c.number()),
            )
        })
        .collect();
    (events, toml)
}

/// The credibility drafted for the one event of `sentence`, after checking that the draft
/// says which words it was read from.
fn event_credibility(sentence: &str, read_from: &str) -> Option<u8> {
    let (events, toml) = graded_events(sentence);
    assert_eq!(events.len(), 1, "{events:?}");
    let credibility = events[0].2;
    if let Some(n) = credibility {
        let comment = format!("proposed from “{read_from}”");
        assert!(
            toml.contains(&format!("# review: credibility {n} (")) && toml.contains(&comment),
            "{comment} in\n{toml}"
        );
    }
    credibility
}

#[test]
fn hearsay_is_doubtful() {
    for (sentence, words) in [
        (
            "Rebels reportedly seized the airport on Monday.",
            "reportedly",
        ),
        (
            "The guards allegedly slept through the night on Aug. 9.",
            "allegedly",
        ),
        (
            "The commander is said to have fled the capital on Tuesday.",
            "is said to",
        ),
        (
            "The envoys are widely reported to have met in Oman last week.",
            "are widely reported to",
        ),
    ] {
        assert_eq!(event_credibility(sentence, words), Some(4), "{sentence}");
    }
}

#[test]
fn claims_and_what_nobody_could_check_are_doubtful() {
    for (sentence, words) in [
        (
            "The group claimed on Wednesday that it had shot down a drone.",
            "claimed",
        ),
        (
            "Unconfirmed reports said a second drone fell on Thursday.",
            "Unconfirmed",
        ),
        (
            "The militia said on Friday that it had destroyed the bridge, a claim that could not be independently verified.",
            "not be independently verified",
        ),
        (
            "The toll has yet to be confirmed by officials since Monday.",
            "yet to be confirmed",
        ),
    ] {
        assert_eq!(event_credibility(sentence, words), Some(4), "{sentence}");
    }
    // A noun is no claim: `the Russian and Syrian claims are false` judges the claims.
    assert_eq!(
        event_credibility(
            "In 2019 analysts said the Russian and Syrian claims are false.",
            ""
        ),
        None
    );
}

#[test]
fn unnamed_intelligence_is_doubtful_and_one_service_possibly_true() {
    for (sentence, words, grade) in [
        (
            "The plant closed in 2019, according to U.S. intelligence.",
            "according to U.S. intelligence",
            4,
        ),
        (
            "The plant closed in 2019, according to intelligence officials.",
            "according to intelligence officials",
            4,
        ),
        (
            "Western intelligence officials said the plant closed in 2019.",
            "intelligence officials",
            4,
        ),
        (
            "About 1,500 soldiers crossed the border last week, according to Estonia’s Foreign Intelligence Service.",
            "according to Estonia’s Foreign Intelligence Service",
            3,
        ),
        (
            "South Korea’s spy agency said on Monday that 1,000 more troops had arrived.",
            "South Korea’s spy agency said",
            3,
        ),
    ] {
        assert_eq!(
            event_credibility(sentence, words),
            Some(grade),
            "{sentence}"
        );
    }
}

#[test]
fn an_unnamed_report_named_by_the_next_sentence_is_that_source() {
    let article = "Ministers met after recent intelligence reports indicating that 800 engineers had reached the port. \
        According to Norway’s Intelligence Service, the engineers are repairing the docks.";
    let (events, toml) = graded_events(article);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].1, Some(Status::Reported));
    assert_eq!(events[0].2, Some(3), "{toml}");
    assert!(
        toml.contains("proposed from “intelligence reports” and the next sentence’s “According to Norway’s Intelligence Service”"),
        "{toml}"
    );
    // Without the naming sentence the reports stay unnamed.
    let alone = "Ministers met after recent intelligence reports indicating that 800 engineers had reached the port.";
    assert_eq!(event_credibility(alone, "intelligence reports"), Some(4));
}

#[test]
fn one_named_party_is_possibly_true_and_anonymous_sources_doubtful() {
    assert_eq!(
        event_credibility(
            "More than 2,500 civilians were killed in 2019, according to the United Nations.",
            "according to the United Nations"
        ),
        Some(3)
    );
    assert_eq!(
        event_credibility(
            "The talks collapsed on Friday, according to people familiar with the matter.",
            "according to people familiar with the matter"
        ),
        Some(4)
    );
}

#[test]
fn confirmations_are_probably_true_and_independent_ones_confirmed() {
    for (sentence, words, grade) in [
        (
            "The army confirmed on Saturday that the dam had burst.",
            "confirmed",
            2,
        ),
        (
            "The ministry said it had verified the footage on Monday.",
            "verified",
            2,
        ),
        (
            "The deaths were independently confirmed by the hospital in March.",
            "independently confirmed",
            1,
        ),
        (
            "The United States and Britain confirmed on Sunday that the convoy had been hit.",
            "The United States and Britain confirmed",
            1,
        ),
    ] {
        assert_eq!(
            event_credibility(sentence, words),
            Some(grade),
            "{sentence}"
        );
    }
}

#[test]
fn statements_of_a_partys_own_position_stay_ungraded() {
    for sentence in [
        "The ministry said on Monday it would send more aid.",
        "Hayashi condemned the attack on Friday and vowed to respond.",
        "Police arrested the alleged gunman on Friday.",
        "Stoltenberg said on Friday that if the troops are confirmed to be fighting, it would escalate the war.",
        "On Monday the minister said the findings need to be carefully checked and verified.",
    ] {
        assert_eq!(event_credibility(sentence, ""), None, "{sentence}");
    }
}

#[test]
fn a_grade_always_fits_the_status_and_the_review_says_when_it_cannot() {
    // `said` guesses `confirmed`, which allows only 1 or 2: the hedged event is `reported`.
    let (events, _) = graded_events("The NIS is said to have briefed lawmakers on Friday.");
    assert_eq!(events[0].1, Some(Status::Reported));
    assert_eq!(events[0].2, Some(4));
    // A possible event is never graded 1 or 2: the review says why none is proposed.
    let (events, toml) =
        graded_events("The ministry confirmed that troops could arrive next week.");
    assert_eq!(events[0].1, Some(Status::Possible));
    assert_eq!(events[0].2, None);
    assert!(
        toml.contains("“confirmed” suggests credibility 2, which a possible event may not carry (3-6): none proposed"),
        "{toml}"
    );
}

/// (quote text, credibility) of each drafted quote of `article`.
fn graded_quotes(article: &str) -> Vec<(String, Option<u8>)> {
    drafted(article)
        .quotes
        .iter()
        .map(|q| (q.text.to_string(), q.credibility.map(|c| c.number())))
        .collect()
}

#[test]
fn quotes_are_graded_on_what_they_say_not_on_whether_they_were_said() {
    let article = "Rita Almeida, a spokeswoman, spoke in Lisbon.\n\
        “We destroyed 40 tanks,” the ministry claimed.\n\
        “The bridge is down,” the army confirmed.\n\
        “Our forces took the village,” Almeida said in a statement that could not be independently verified.\n\
        “About 3,000 troops have arrived,” said Kim Jong-su, a spokesman for the National Intelligence Service.\n\
        “We will not back down,” Almeida said.\n\
        “We messed up,” Almeida reportedly told a supervisor.";
    let graded = graded_quotes(article);
    let grade = |text: &str| {
        graded
            .iter()
            .find(|(t, _)| t == text)
            .unwrap_or_else(|| panic!("{text} not in {graded:?}"))
            .1
    };
    assert_eq!(grade("We destroyed 40 tanks"), Some(4));
    assert_eq!(grade("The bridge is down"), Some(2));
    assert_eq!(grade("Our forces took the village"), Some(4));
    assert_eq!(grade("About 3,000 troops have arrived"), Some(3));
    assert_eq!(grade("We will not back down"), None, "a position");
    assert_eq!(
        grade("We messed up"),
        None,
        "doubt on the telling, not the words"
    );
    let toml = draft(article, &Options::default()).toml;
    assert!(
        toml.contains("proposed from its speaker “Kim Jong-su” (one intelligence service)"),
        "{toml}"
    );
}

#[test]
fn the_seed_proposes_a_credibility_for_the_nis_report_and_never_a_reliability() {
    let Some(article) = seed() else {
        eprintln!("seed article not found next to the repository; skipping");
        return;
    };
    let (events, toml) = graded_events(&article);
    let nis = events
        .iter()
        .find(|(title, _, _)| title.contains("3,000 North Korean troops"))
        .unwrap_or_else(|| panic!("no event for the NIS report in {events:#?}"));
    assert_eq!(nis.1, Some(Status::Reported));
    assert_eq!(nis.2, Some(3));
    assert!(
        toml.contains("# review: credibility 3 (possibly true) proposed from “intelligence reports” and the next sentence’s “According to South Korea’s National Intelligence Service”"),
        "{toml}"
    );
    let b = drafted(&article);
    assert!(b.meta.sources.iter().all(|s| s.reliability.is_none()));
    assert!(b.actors.iter().all(|a| a.reliability.is_none()));
    assert!(!toml.contains("reliability ="), "{toml}");
}

// Hostile articles through the real binary, under ceilings of memory and CPU time far above
// what drafting them needs (a few MB, well under a second), so a blow-up fails the test
// instead of taking the machine.

/// Most address space `brief draft` may take in these tests.
const DRAFT_MEMORY_CEILING: libc::rlim_t = 1 << 30;
/// Most CPU seconds `brief draft` may take in these tests: a hundred times what a debug build
/// needs for these articles.
const DRAFT_CPU_CEILING: libc::rlim_t = 120;

/// `brief draft` of `article` (written to a file) under the ceilings above; returns the process
/// output.
fn draft_bounded(name: &str, article: &str) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let dir = common::scratch("draft", name);
    let path = dir.join("article.txt");
    std::fs::write(&path, article).unwrap();
    let mut command = common::cli::brief(&["draft".as_ref(), path.as_os_str()]);
    let limit = |resource, value| {
        let limit = libc::rlimit {
            rlim_cur: value,
            rlim_max: value,
        };
        // SAFETY: setrlimit is async-signal-safe and only reads `limit`.
        if unsafe { libc::setrlimit(resource, &limit) } == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    };
    // SAFETY: the closure only calls setrlimit, which is safe between fork and exec.
    unsafe {
        command.pre_exec(move || {
            limit(libc::RLIMIT_AS, DRAFT_MEMORY_CEILING)?;
            limit(libc::RLIMIT_CPU, DRAFT_CPU_CEILING)
        });
    }
    let out = command.output().expect("run brief draft");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[test]
fn unclosed_quotation_marks_are_reported_once_and_drafting_stays_small() {
    // 100,000 opening marks on one line, none closed (500 KB): each used to keep a note with
    // the rest of its line, and the draft was killed for memory.
    let article = "“x ".repeat(100_000);
    let out = draft_bounded("unclosed", &article);
    let report = String::from_utf8_lossy(&out.stderr);
    let start: String = report.chars().take(2000).collect();
    assert!(out.status.success(), "{:?}: {start}", out.status);
    assert_eq!(
        report.matches("a quotation mark is never closed").count(),
        3,
        "{start}"
    );
    assert!(
        report.contains("and 99997 more quotation marks are never closed"),
        "{start}"
    );
    assert!(report.lines().count() < 10, "{start}");
    load_bytes("draft.toml", &out.stdout).expect("the draft loads");
}

#[test]
fn thousands_of_attributions_in_one_paragraph_are_all_drafted() {
    // 4,000 attributions in one paragraph with no full stop (128 KB): the work grew with the
    // cube of the attributions (over two minutes for these).
    let article = "word said \"quote here\" by Smith ".repeat(4_000);
    let out = draft_bounded("attributions", &article);
    let report = String::from_utf8_lossy(&out.stderr);
    let start: String = report.chars().take(2000).collect();
    assert!(out.status.success(), "{:?}: {start}", out.status);
    assert!(
        report.starts_with("drafted from 1 paragraphs: 1 actors, 4000 quotes,"),
        "{start}"
    );
    assert!(
        report.contains("a sentence runs past 400 words and marks without a full stop"),
        "{start}"
    );
    let b = load_bytes("draft.toml", &out.stdout).expect("the draft loads");
    assert_eq!(b.quotes.len(), 4_000);
}

#[test]
fn issue22_an_adjective_in_ing_is_no_verb_of_saying() {
    // `looked promising` made `promising` a participle of saying whose subject was the
    // apposition, so the pronoun after it found `virologist`, not the person.
    let article = "Some experts urged caution. Dr Ivo Brandt, a geologist at Harbor University, said early tests had looked promising before failing.\n\n\
        “Ice has fooled a lot of good science,” he said.";
    assert_eq!(
        pairs(article),
        [pair("Ivo Brandt", "Ice has fooled a lot of good science")]
    );
}

#[test]
fn issue22_a_given_name_with_a_title_finds_the_full_name() {
    let article = "Outside the court, the victim's cousin, Mr Amir Hadi Rahman, 52, spoke to reporters.\n\n\
        “We only wanted the truth to come out,” said Mr Hadi, who attended every hearing.";
    assert_eq!(
        pairs(article),
        [pair(
            "Amir Hadi Rahman",
            "We only wanted the truth to come out"
        )]
    );
}

#[test]
fn issue22_an_abbreviated_title_makes_the_role_a_description_finds() {
    let article = "The plan that Gov. Nora Ellery proposed in March has stalled in the state Senate.\n\n\
        “I have cut my own proposal twice already,” the governor said.";
    assert_eq!(
        pairs(article),
        [pair(
            "Nora Ellery",
            "I have cut my own proposal twice already"
        )]
    );
}

#[test]
fn issue22_councilor_is_a_title_not_a_name() {
    let article = "“Nobody in this room is against new housing,” said Councilor Dana Whitlock.";
    assert_eq!(
        pairs(article),
        [pair(
            "Dana Whitlock",
            "Nobody in this room is against new housing"
        )]
    );
}

#[test]
fn issue22_a_definite_description_is_the_person_named_before() {
    // `the Ohio lawmaker` was drafted as an unnamed speaker `Ohio lawmaker`.
    let article = "Senator Ruth Calloway of Ohio said on Monday that the bill would pass.\n\n\
        “We are going to win this vote, and we are going to win it big,” the Ohio lawmaker said.";
    assert_eq!(
        pairs(article),
        [pair(
            "Ruth Calloway",
            "We are going to win this vote, and we are going to win it big"
        )]
    );
}

#[test]
fn issue22_a_word_that_opens_sentences_is_never_a_speaker() {
    let article = "Petra Lind writes a column for the Harbor Review.\n\n\
        But after the vote, columnist Petra Lind imagined the mayor was thinking: “What have I done to this city?”";
    let b = drafted(article);
    assert!(
        b.actors.iter().all(|a| a.name.as_str() != "But"),
        "{:?}",
        pairs(article)
    );
    assert_eq!(
        pairs(article),
        [pair("Petra Lind", "What have I done to this city?")]
    );
}

#[test]
fn issue22_a_state_of_the_union_is_never_a_speaker() {
    let article = "The rally was held in a school gym in Vermont on Tuesday.\n\n\
        Vermont: “We have come a long way in the last nine months, and we are not done.”";
    let b = drafted(article);
    assert!(
        b.quotes
            .iter()
            .all(|q| b.actors[q.speaker].name.as_str() != "Vermont"),
        "{:?}",
        pairs(article)
    );
}

#[test]
fn issue22_a_title_in_title_case_is_no_quotation_whoever_stands_near() {
    let article = "The Harbor Water Authority was set up last year.\n\n\
        In its first “State of the Harbor” report, published on Monday, the authority warned that \
        the old pipes had become “a danger to every household on the coast.”";
    assert_eq!(
        pairs(article),
        [pair(
            "Harbor Water Authority",
            "a danger to every household on the coast."
        )]
    );
}
