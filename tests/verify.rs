//! Quote verification: the bundled briefing against its seed article, every kind of misquote,
//! the typographic differences that are accepted, and speed on a large source.

use std::path::Path;
use std::time::{Duration, Instant};

use brief::briefing::bundled::BUNDLED;
use brief::briefing::{Briefing, load_bytes};
use brief::text::{is_unsafe_char, toml_basic_string};
use brief::verify::{Closest, Finding, report, typographic, verify, verify_within};

const SOURCE: &str = "Chief Cabinet Secretary Yoshimasa Hayashi spoke on Friday in Tokyo.\n\
“The Japanese government is closely monitoring the deployment, including the possibility that they may join,” Hayashi said. He added that Japan’s position was firm.\n\
Analysts were divided.\n\
\n\
Ellen Brooks said the deal was near. She said: “There is a deal on the table,\n\
and it is time to close it.”\n";

/// A briefing with two speakers, Hayashi and Brooks, and one quote per `(speaker, text)`.
fn briefing(quotes: &[(&str, &str)]) -> Briefing {
    briefing_with(
        &[("hayashi", "Yoshimasa Hayashi"), ("brooks", "Ellen Brooks")],
        quotes,
    )
}

/// A briefing with `(id, name)` persons and one quote per `(speaker, text)`.
fn briefing_with(actors: &[(&str, &str)], quotes: &[(&str, &str)]) -> Briefing {
    let mut toml =
        String::from("format = 1\n[briefing]\nid = \"t\"\ntitle = \"t\"\nsummary = \"s\"\n");
    for (id, name) in actors {
        toml.push_str(&format!(
            "[[actors]]\nid = \"{id}\"\nname = {}\nkind = \"person\"\n",
            toml_basic_string(name)
        ));
    }
    for (i, (speaker, text)) in quotes.iter().enumerate() {
        toml.push_str(&format!(
            "[[quotes]]\nid = \"q{i}\"\nspeaker = \"{speaker}\"\ntext = {}\n",
            toml_basic_string(text)
        ));
    }
    load_bytes("test.toml", toml.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// The finding for one quote of `speaker` against [`SOURCE`].
fn finding(speaker: &str, text: &str) -> Finding {
    verify(&briefing(&[(speaker, text)]), SOURCE).remove(0)
}

/// The report for one quote of `speaker` against [`SOURCE`].
fn report_of(speaker: &str, text: &str) -> (String, usize) {
    let b = briefing(&[(speaker, text)]);
    let findings = verify(&b, SOURCE);
    report(&b, SOURCE, &findings)
}

#[test]
fn the_bundled_briefing_is_faithful_to_its_seed() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_2df2f6f88230cd01.txt");
    let Ok(article) = std::fs::read_to_string(path) else {
        eprintln!("seed article not found next to the repository; skipping");
        return;
    };
    let (name, text) = BUNDLED[0];
    let b = load_bytes(name, text.as_bytes()).unwrap();
    let findings = verify(&b, &article);
    let (text, errors) = report(&b, &article, &findings);
    assert_eq!(errors, 0, "{text}");
    assert_eq!(text, "", "no warnings either");
    for (quote, finding) in b.quotes.iter().zip(&findings) {
        let Finding::Verbatim { at, paragraph, .. } = finding else {
            panic!("{}", quote.id);
        };
        assert!(paragraph.start <= at.start && at.end <= paragraph.end);
        assert_eq!(
            typographic(&article[at.clone()]),
            typographic(quote.text.as_str())
        );
    }
}

#[test]
fn a_verbatim_quote_is_located_in_the_original_text() {
    let Finding::Verbatim {
        at,
        paragraph,
        speaker_named,
    } = finding("hayashi", "closely monitoring the deployment")
    else {
        panic!()
    };
    assert_eq!(&SOURCE[at.clone()], "closely monitoring the deployment");
    assert!(SOURCE[paragraph].starts_with("“The Japanese government"));
    assert!(speaker_named);
}

#[test]
fn typographic_differences_are_accepted() {
    for quote in [
        // Straight apostrophe for a curly one.
        "Japan's position was firm",
        // A line break in the source, a double space in the quote.
        "There is a deal on the table, and it is  time to close it.",
        // An ellipsis for words left out, in either spelling.
        "The Japanese government is … monitoring the deployment",
        "The Japanese government is...monitoring the deployment, including … they may join",
        // Straight double quotes for curly ones.
        "\"The Japanese government is closely monitoring",
    ] {
        assert!(
            matches!(finding("hayashi", quote), Finding::Verbatim { .. }),
            "{quote}"
        );
    }
    let Finding::Verbatim { at, .. } = finding("brooks", "There is a deal on the table, and it")
    else {
        panic!()
    };
    assert_eq!(&SOURCE[at], "There is a deal on the table,\nand it");
}

#[test]
fn invisible_characters_match_the_stand_ins_a_loaded_quote_shows() {
    let source = "“We will co\u{ad}operate fully,\u{200b}” she said.";
    let b = briefing_with(&[("x", "X")], &[("x", "We will co\u{ad}operate fully")]);
    assert_eq!(b.quotes[0].text.as_str(), "We will co<U+00AD>operate fully");
    let Finding::Verbatim { at, .. } = verify(&b, source).remove(0) else {
        panic!()
    };
    assert_eq!(&source[at], "We will co\u{ad}operate fully");
}

#[test]
fn case_punctuation_and_words_must_match() {
    for quote in [
        "the Japanese government is closely monitoring",
        "closely monitoring the deployment.",
        "ose monitoring",
        "Analysts were … a deal on the table",
    ] {
        assert!(
            matches!(finding("hayashi", quote), Finding::Misquote { .. }),
            "{quote}"
        );
    }
}

#[test]
fn a_changed_word_is_shown_in_a_diff() {
    let quote = "The Japanese government is closely watching the deployment";
    let Finding::Misquote {
        closest: Closest::Passage(range),
    } = finding("hayashi", quote)
    else {
        panic!()
    };
    assert_eq!(
        &SOURCE[range],
        "The Japanese government is closely monitoring the deployment"
    );
    let (text, errors) = report_of("hayashi", quote);
    assert_eq!(errors, 1);
    assert!(
        text.starts_with("error: quote 'q0' is not verbatim"),
        "{text}"
    );
    assert!(text.contains("line 2"), "{text}");
    assert!(text.contains("[-monitoring-] {+watching+}"), "{text}");
}

#[test]
fn a_missing_word_is_shown_in_a_diff() {
    let (text, errors) = report_of(
        "hayashi",
        "The Japanese government is monitoring the deployment",
    );
    assert_eq!(errors, 1);
    assert!(text.contains("is [-closely-] monitoring"), "{text}");
}

#[test]
fn an_extra_word_is_shown_in_a_diff() {
    let (text, errors) = report_of(
        "hayashi",
        "The Japanese government is closely monitoring the entire deployment",
    );
    assert_eq!(errors, 1);
    assert!(text.contains("the {+entire+} deployment"), "{text}");
}

#[test]
fn a_quote_not_in_the_source_has_no_closest_passage() {
    let quote = "Bananas are an excellent source of potassium";
    assert_eq!(
        finding("hayashi", quote),
        Finding::Misquote {
            closest: Closest::NoneClose
        }
    );
    let (text, errors) = report_of("hayashi", quote);
    assert_eq!(errors, 1);
    assert!(text.contains("no passage is close to it"), "{text}");
}

#[test]
fn a_speaker_not_named_nearby_is_a_warning() {
    let quote = "The Japanese government is closely monitoring the deployment";
    let Finding::Verbatim { speaker_named, .. } = finding("brooks", quote) else {
        panic!()
    };
    assert!(!speaker_named);
    let (text, errors) = report_of("brooks", quote);
    assert_eq!(errors, 0);
    assert_eq!(
        text,
        "warning: quote 'q0' (line 2): its speaker 'Ellen Brooks' is not named within 2 sentences of it\n"
    );
    let Finding::Verbatim { speaker_named, .. } = finding("brooks", "There is a deal") else {
        panic!()
    };
    assert!(speaker_named, "named in the sentence before");
}

#[test]
fn a_pronoun_names_the_speaker_named_in_the_sentence_before_it() {
    let text = |middle: &str| {
        format!("Tomas Berg is a fireman. {middle} It was late. “The water rose,” a man said.")
    };
    let named = |source: &str| {
        let berg = briefing_with(&[("berg", "Tomas Berg")], &[("berg", "The water rose")]);
        matches!(
            verify(&berg, source)[0],
            Finding::Verbatim {
                speaker_named: true,
                ..
            }
        )
    };
    assert!(named(&text("He was tired.")));
    assert!(!named(&text("The night was cold.")));
}

#[test]
fn reports_are_safe_to_print() {
    let source = "The \u{1b}]0;PWNED\u{7}minister said the \u{1b}[2Jplan \u{202e}was good.";
    let b = briefing(&[("hayashi", "The minister said the plan was bad.")]);
    let findings = verify(&b, source);
    let (text, errors) = report(&b, source, &findings);
    assert_eq!(errors, 1);
    assert!(
        !text.chars().any(|c| c != '\n' && is_unsafe_char(c)),
        "{text:?}"
    );
}

#[test]
fn ten_thousand_quotes_against_a_megabyte_verify_quickly() {
    let words = [
        "alliance",
        "troops",
        "border",
        "sanctions",
        "ministry",
        "statement",
        "security",
        "talks",
        "embassy",
        "treaty",
        "ceasefire",
        "drills",
    ];
    let mut source = String::new();
    let mut quotes = Vec::new();
    let mut altered = 0;
    let mut i = 0usize;
    while source.len() < 1_000_000 || quotes.len() < 10_000 {
        let sentence = format!(
            "Officials said on day {i} that the {} near post {} had seen {} new {} and {} reports.",
            words[i % words.len()],
            i * 7 % 1000,
            i % 13,
            words[(i * 5) % words.len()],
            words[(i * 11) % words.len()],
        );
        if quotes.len() < 10_000 {
            // Every hundredth quote is altered, so the slow path runs too.
            let quote = if i.is_multiple_of(100) {
                altered += 1;
                sentence.replace("near post", "at post")
            } else {
                sentence.clone()
            };
            quotes.push(quote);
        }
        source.push_str(&sentence);
        source.push(if i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    let pairs: Vec<(&str, &str)> = quotes.iter().map(|q| ("hayashi", q.as_str())).collect();
    let b = briefing(&pairs);
    let start = Instant::now();
    let findings = verify(&b, &source);
    let (_, errors) = report(&b, &source, &findings);
    let took = start.elapsed();
    assert_eq!(errors, altered);
    let limit = Duration::from_secs(if cfg!(debug_assertions) { 20 } else { 1 });
    assert!(took < limit, "took {took:?}");
}

#[test]
fn a_quote_over_a_paragraph_break_is_placed_within_the_paragraphs_it_touches() {
    // "Analysts were divided." ends one paragraph; the next starts "Ellen Brooks".
    let Finding::Verbatim { at, paragraph, .. } =
        finding("brooks", "Analysts were divided. Ellen Brooks said")
    else {
        panic!("a quote over a paragraph break is still found")
    };
    assert!(paragraph.start <= at.start && at.end <= paragraph.end);
    assert!(SOURCE[paragraph].contains("the deal was near"));
}

#[test]
fn the_closest_passage_search_gives_up_when_its_budget_is_spent() {
    let misquotes = [
        (
            "hayashi",
            "The Japanese government is closely watching the deployment",
        ),
        ("brooks", "There is a deal on the desk"),
    ];
    let b = briefing(&misquotes);
    // A budget too small for any alignment: neither misquote is searched, and the report
    // says so rather than claiming no passage is close.
    let findings = verify_within(&b, SOURCE, 1);
    assert!(findings.iter().all(|f| *f
        == Finding::Misquote {
            closest: Closest::GaveUp
        }));
    let (text, errors) = report(&b, SOURCE, &findings);
    assert_eq!(errors, 2);
    assert!(text.contains("gave up"), "{text}");
    // With the whole budget both are found.
    assert!(verify(&b, SOURCE).iter().all(|f| matches!(
        f,
        Finding::Misquote {
            closest: Closest::Passage(_)
        }
    )));
}
