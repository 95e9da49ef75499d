//! The bundled briefing: it loads, and it is faithful to the article it was built from.

use std::path::Path;

use brief::briefing::bundled::BUNDLED;
use brief::briefing::load_bytes;

/// The seed article, when the shared folder is next to the repository.
fn article() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_2df2f6f88230cd01.txt");
    std::fs::read_to_string(path).ok()
}

#[test]
fn every_quote_appears_verbatim_in_the_article() {
    let Some(article) = article() else {
        eprintln!("seed article not found next to the repository; skipping the verbatim check");
        return;
    };
    let (name, text) = BUNDLED[0];
    let briefing = load_bytes(name, text.as_bytes()).unwrap();
    assert!(briefing.quotes.len() >= 16);
    for quote in &briefing.quotes {
        assert!(
            article.contains(quote.text.as_str()),
            "not verbatim: {}",
            quote.text
        );
    }
}

#[test]
fn the_people_and_institutions_the_article_names_are_actors() {
    let (name, text) = BUNDLED[0];
    let briefing = load_bytes(name, text.as_bytes()).unwrap();
    let names: Vec<&str> = briefing.actors.iter().map(|a| a.name.as_str()).collect();
    for expected in [
        "Yoshimasa Hayashi",
        "National Intelligence Service",
        "Min-seok Kim",
        "Yuki Matsuda",
        "Olga Petrova",
        "Jens Stoltenberg",
        "Andrea Thomson",
        "Ukraine's military intelligence",
        "Japan",
        "North Korea",
        "Russia",
        "Ukraine",
        "South Korea",
        "United States",
        "NATO",
    ] {
        assert!(names.contains(&expected), "missing actor {expected}");
    }
}

#[test]
fn fragments_are_attributed_to_the_right_speaker() {
    let (name, text) = BUNDLED[0];
    let briefing = load_bytes(name, text.as_bytes()).unwrap();
    let speaker_of = |words: &str| {
        let quote = briefing
            .quotes
            .iter()
            .find(|q| q.text.as_str() == words)
            .expect(words);
        briefing.actors[quote.speaker].name.as_str()
    };
    assert_eq!(speaker_of("dramatically escalate"), "Jens Stoltenberg");
    assert_eq!(speaker_of("serious concern"), "Japan");
}
