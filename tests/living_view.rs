//! A living briefing in the reader: each item's sources in its detail (and a short tag on its
//! row), an event's status over time, basis and backing, the overview's sources, and
//! narrowing by source.

mod common;

use brief::app::Pane;
use common::*;

#[test]
fn an_events_detail_gives_its_history_basis_sources_and_backing() {
    let b = living();
    let troops = event_ix(&b, "troops-in-russia");
    // Wide enough that no line of the detail wraps.
    let app = app(b, 250, 60);
    let lines = detail_text(&app, Pane::Timeline, troops);
    let text = lines.join("\n");
    for expected in [
        "Status over time: reported by publisher not stated in the article text, 18 Oct 2024; claimed by Example Daily, 24 Oct 2024; confirmed by Example Wire, 28 Oct 2024",
        "Grade B2: ",
        "Basis: NATO confirms troops in Russia",
        "Sources (3)",
        "  [nato-confirms] NATO confirms North Korean troops deployed to Russia's Kursk region (Example Wire, 28 Oct 2024; reliability B)",
        "Backed by 3 independent sources",
        "Corroborated by (1)",
        "NATO confirms North Korean units deployed to the Kursk region",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn a_quotes_detail_names_its_own_source_and_takes_its_grade_from_it() {
    let b = living();
    let orlov = quote_ix(&b, "orlov-fabrication");
    let app = app(b, 120, 40);
    let text = detail_text(&app, Pane::Quotes, orlov).join("\n");
    assert!(
        text.contains("Sources (1)\n  [kremlin-denies] Kremlin dismisses"),
        "{text}"
    );
    // Orlov is graded D as a source himself: his grade wins over his publisher's C.
    assert!(text.contains("Grade D5: "), "{text}");
}

#[test]
fn a_briefing_of_one_source_shows_no_source_sections() {
    let app = app(bundled(), 120, 40);
    for (pane, item) in [
        (Pane::Timeline, 5),
        (Pane::Quotes, 0),
        (Pane::Implications, 0),
    ] {
        let text = detail_text(&app, pane, item).join("\n");
        assert!(!text.contains("Sources"), "{text}");
        assert!(!text.contains("Backed by"), "{text}");
    }
}

#[test]
fn rows_carry_a_short_tag_of_their_sources_in_a_briefing_of_several() {
    for (width, height) in [(200, 60), (120, 40), (80, 24)] {
        let mut app = app(living(), width, height);
        type_keys(&mut app, "3G");
        let quotes = pane_lines(&app, Pane::Quotes).join("\n");
        assert!(
            quotes.contains("[kremlin-denies]"),
            "{width}x{height}\n{quotes}"
        );
    }
    let mut app = app(living(), 120, 40);
    type_keys(&mut app, "1G");
    let timeline = pane_lines(&app, Pane::Timeline).join("\n");
    assert!(timeline.contains("· B1 · [nato-confirms]"), "{timeline}");
    let app = self::app(bundled(), 120, 40);
    let text = screen_text(&render(&app, &brief::ui::Theme::default()));
    assert!(!text.contains("[article"), "{text}");
}

#[test]
fn the_overview_lists_each_source_with_what_it_gave_and_its_reliability() {
    // Tall enough to hold the whole overview.
    let mut app = app(living(), 120, 100);
    type_keys(&mut app, "0");
    let text = screen_text(&render(&app, &brief::ui::Theme::default()));
    for expected in [
        "3. [nato-confirms] NATO confirms North Korean troops deployed to Russia's Kursk region",
        "reliability B (usually reliable)",
        "gave 3 quotes, 2 events, 1 implication",
        "gave 2 quotes, 2 events, 0 implications",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn narrowing_by_source_keeps_what_that_source_gave() {
    use brief::app::Choice;
    let mut app = app(living(), 120, 40);
    let facets = brief::app::facets::facets(&app.briefing, &app.regions);
    let nato = facets
        .iter()
        .find(|f| f.choice == Choice::Source(2))
        .expect("a choice per source");
    assert_eq!(
        nato.label,
        "Source: [nato-confirms] NATO confirms North Korean troops deployed to Russia's Kursk region"
    );
    assert_eq!(nato.count, "3 quotes, 2 events, 1 implication");
    type_keys(&mut app, "f");
    type_keys(&mut app, "nato-confirms");
    act(&mut app, brief::action::Action::Follow);
    let quotes: Vec<usize> = (0..app.rows(Pane::Quotes).len())
        .map(|n| app.rows(Pane::Quotes).get(n).unwrap())
        .collect();
    let ids: Vec<&str> = quotes
        .iter()
        .map(|&q| app.briefing.quotes[q].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "solberg-kursk",
            "solberg-escalation",
            "ellison-legitimate-targets"
        ]
    );
    assert_eq!(app.rows(Pane::Timeline).len(), 2);
    let text = screen_text(&render(&app, &brief::ui::Theme::default()));
    assert!(text.contains("narrowed: source nato-confirms"), "{text}");
    let bundled = self::app(bundled(), 120, 40);
    let facets = brief::app::facets::facets(&bundled.briefing, &bundled.regions);
    assert!(!facets.iter().any(|f| matches!(f.choice, Choice::Source(_))));
}

#[test]
fn copying_and_opening_an_item_use_its_own_source() {
    let b = living();
    let orlov = quote_ix(&b, "orlov-fabrication");
    let citation = brief::export::citation(&b, Pane::Quotes, orlov);
    assert!(
        citation.contains(
            "Source: Kremlin dismisses reports of North Korean soldiers in Russia, Example Daily"
        ),
        "{citation}"
    );
    assert!(!citation.contains("NATO confirms"), "{citation}");
    let mut app = app(b, 120, 40);
    type_keys(&mut app, "3");
    for _ in 0..orlov {
        act(&mut app, brief::action::Action::Next);
    }
    let opened = act(&mut app, brief::action::Action::OpenSource);
    assert_eq!(
        opened,
        Some(brief::app::Effect::Open(
            "https://example.org/daily/kremlin-dismisses-reports".into()
        ))
    );
}

#[test]
fn an_event_seen_in_the_reader_is_not_new_at_the_next_reading() {
    use brief::store::{Answer, ItemKey, ItemKeys, ItemKind, Request, Stamp, Store};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("store.sqlite3")).unwrap();
    let mut app = app(living(), 120, 40);
    let keys = ItemKeys::of(&app.briefing);
    let id = app.briefing.meta.id.to_string();
    let stamp = Stamp::default();
    store.record_open(&id, stamp, &keys).unwrap();
    // The store of a reading before the event had its sources and history: forget its parts.
    let troops = ItemKey::new(ItemKind::Event, "troops-in-russia");
    let bare = brief::store::Sighting {
        key: troops.clone(),
        parts: Vec::new(),
    };
    let forgotten = rusqlite::Connection::open(dir.path().join("store.sqlite3"))
        .unwrap()
        .execute("DELETE FROM seen WHERE item LIKE 'troops-in-russia~#%'", [])
        .unwrap();
    assert_eq!(forgotten, keys.parts(&troops).len());
    store.mark_seen(&id, &[bare]).unwrap();
    let new = store.record_open(&id, stamp, &keys).unwrap();
    assert_eq!(new, std::slice::from_ref(&troops));

    // The reader selects it: what it tells the store makes it seen with what backs it now.
    app.store_answer(
        Ok(Answer::Opened {
            new,
            marks: Vec::new(),
        }),
        None,
    );
    let troops_ix = event_ix(&app.briefing, "troops-in-russia");
    type_keys(&mut app, "1g");
    for _ in 0..troops_ix {
        type_keys(&mut app, "j");
    }
    assert!(!app.is_new(Pane::Timeline, troops_ix));
    for request in app.take_requests() {
        if let Request::Seen { briefing, items } = request {
            store.mark_seen(&briefing, &items).unwrap();
        }
    }
    assert_eq!(store.record_open(&id, stamp, &keys).unwrap(), []);
}

#[test]
fn a_quotes_source_paragraph_comes_from_its_own_sources_text() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles/living/dprk-troops-russia.toml");
    let b = living();
    let texts = brief::provenance::of(&b, Some(&path), &Default::default());
    let (solberg, orlov) = (
        quote_ix(&b, "solberg-kursk"),
        quote_ix(&b, "orlov-fabrication"),
    );
    let mut app = app(b, 250, 60);
    app.set_source(texts);
    // Wide enough that the paths do not wrap.
    let shown =
        |app: &brief::app::App, quote: usize| detail_text(app, Pane::Quotes, quote).join("\n");
    let text = shown(&app, solberg);
    assert!(
        text.contains("living/nato-confirms.txt, line 5)")
            && text.contains("NATO spokesperson Ingrid Solberg told reporters"),
        "{text}"
    );
    let text = shown(&app, orlov);
    assert!(text.contains("living/moscow-denies.txt, line 5)"), "{text}");
    // The quotes of the source that names no file have no paragraph, and no quote is marked
    // as not in its source.
    let hayashi = (0..app.briefing.quotes.len())
        .find(|&q| app.briefing.quotes[q].source.is_some_and(|s| s == 0))
        .unwrap();
    assert!(!shown(&app, hayashi).contains("In the source"));
    type_keys(&mut app, "3");
    let screen = screen_text(&render(&app, &brief::ui::Theme::default()));
    assert!(!screen.contains("not in source"), "{screen}");
}
