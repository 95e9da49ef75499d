//! The analyst's store through its library API: marks that survive edits, new items, two
//! writers at once, a killed writer, unusable stores, the incremental index, search, actors
//! across briefings and merged timelines.

mod store_support;

use std::io::{BufRead, BufReader};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use brief::briefing::library::Origin;
use brief::briefing::load_path;
use brief::pane::Pane;
use brief::store::{
    Access, ActorIdentity, Answer, BriefingMarks, Flag, Freshness, Indexing, ItemKey, ItemKeys,
    ItemKind, Library, Listing, Place, Problem, Request, Sighting, Stamp, Store, TimelineScope,
    Worker,
};
use store_support::*;

const LAUNCH: &str = "sea-of-japan-launch.toml";
const HOTLINE: &str = "trilateral-hotline.toml";

/// Runs the child processes' work when this binary is started as one (see `spawn_child`).
#[test]
fn child_process_entry_point() {
    child_main();
}

#[test]
fn marks_survive_an_edit_and_are_listed_orphaned_when_their_item_goes() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let quote = key("sea-of-japan-launch", ItemKind::Quote, "tanabe-pattern");
    store.toggle_flag(&quote, Flag::Doubtful).unwrap();
    store
        .set_note(&quote, "  ask who else saw the pattern  ")
        .unwrap();

    // An edit that moves the quote: the mark follows its id.
    scratch.edit(LAUNCH, |text| {
        text.replace(
            "[[quotes]]\nid = \"hayashi-gathering-information\"",
            "[[quotes]]\nid = \"added-first\"\nspeaker = \"japan\"\ntext = \"Added.\"\n\n[[quotes]]\nid = \"hayashi-gathering-information\"",
        )
    });
    let briefing = load_path(&scratch.file(LAUNCH)).unwrap();
    let keys = ItemKeys::of(&briefing);
    let marks = BriefingMarks::of(&keys, store.marks("sea-of-japan-launch").unwrap());
    let ix = briefing
        .quotes
        .iter()
        .position(|q| q.id.as_str() == "tanabe-pattern")
        .unwrap();
    assert_eq!(ix, 2);
    let mark = marks
        .get(Pane::Quotes, ix)
        .expect("the mark follows the quote");
    assert!(mark.flags.contains(Flag::Doubtful) && !mark.flags.contains(Flag::Key));
    assert_eq!(mark.note.as_str(), "ask who else saw the pattern");
    assert!(marks.orphaned.is_empty());

    // The id disappears: the mark is kept and listed as orphaned.
    scratch.edit(LAUNCH, |text| {
        text.replace("id = \"tanabe-pattern\"", "id = \"tanabe-clusters\"")
    });
    let briefing = load_path(&scratch.file(LAUNCH)).unwrap();
    let marks = BriefingMarks::of(
        &ItemKeys::of(&briefing),
        store.marks("sea-of-japan-launch").unwrap(),
    );
    assert_eq!(marks.orphaned.len(), 1);
    assert_eq!(marks.orphaned[0].key, quote);
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let notes = store.notes(&library).unwrap();
    assert_eq!(notes.len(), 1);
    assert!(
        matches!(&notes[0].place, Place::Orphaned(b) if b.id.as_ref().unwrap().as_str() == "sea-of-japan-launch")
    );
}

#[test]
fn a_mark_with_no_flag_and_no_note_is_removed() {
    let mut store = Store::in_memory().unwrap();
    let quote = key("b", ItemKind::Quote, "q");
    let on = store.toggle_flag(&quote, Flag::Key).unwrap().unwrap();
    assert_eq!(on.flags.iter().collect::<Vec<_>>(), [Flag::Key]);
    assert_eq!(store.toggle_flag(&quote, Flag::Key).unwrap(), None);
    store.set_note(&quote, "x").unwrap();
    assert_eq!(store.set_note(&quote, "   ").unwrap(), None);
    assert!(store.all_marks().unwrap().is_empty());
}

#[test]
fn an_added_quote_is_new_until_seen_and_the_first_reading_has_nothing_new() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let path = scratch.file(HOTLINE);
    let open = |store: &mut Store| {
        let briefing = load_path(&path).unwrap();
        let stamp = Stamp::of_file(&path).unwrap();
        store
            .record_open("trilateral-hotline", stamp, &ItemKeys::of(&briefing))
            .unwrap()
    };
    assert_eq!(
        store.read_state("trilateral-hotline").unwrap(),
        None,
        "never opened"
    );
    assert_eq!(open(&mut store), []);
    assert_eq!(open(&mut store), []);

    scratch.edit(HOTLINE, |text| {
        text + "\n[[quotes]]\nid = \"japan-follow-up\"\nspeaker = \"japan\"\ntext = \"An added line.\"\n"
    });
    let added = ItemKey::new(ItemKind::Quote, "japan-follow-up");
    assert_eq!(open(&mut store), std::slice::from_ref(&added));
    assert_eq!(
        open(&mut store),
        std::slice::from_ref(&added),
        "still new: not seen yet"
    );
    let seen = Sighting {
        key: added,
        parts: Vec::new(),
    };
    store.mark_seen("trilateral-hotline", &[seen]).unwrap();
    assert_eq!(open(&mut store), []);
}

/// The living briefing of three sources, copied into `scratch`'s library; returns its name.
fn living_copy(scratch: &Scratch) -> &'static str {
    let living = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/articles/living/dprk-troops-russia.toml"
    );
    std::fs::copy(living, scratch.file("living.toml")).unwrap();
    "living.toml"
}

/// Opens the copy `name` of the living briefing: its new items, as event titles and
/// implication ids.
fn open_living(scratch: &Scratch, store: &mut Store, name: &str) -> Vec<String> {
    let path = scratch.file(name);
    let briefing = load_path(&path).unwrap();
    let keys = ItemKeys::of(&briefing);
    let new = store
        .record_open("dprk-troops-russia", Stamp::of_file(&path).unwrap(), &keys)
        .unwrap();
    new.iter()
        .map(|key| match keys.find(key) {
            Some((Pane::Timeline, ix)) => briefing.timeline[ix].title.to_string(),
            _ => key.id.clone(),
        })
        .collect()
}

/// The living briefing with a source added to one event, a history step to another and a
/// source to an implication.
fn corroborated(text: String) -> String {
    let sourced = "actors = [\"nis\", \"north-korea\", \"russia\"]\nsources = [\"japan-concern\"]";
    assert!(text.contains(sourced));
    let last_step = "{ status = \"confirmed\", source = \"nato-confirms\", date = 2024-10-28 },";
    assert!(text.contains(last_step));
    let implication = "actors = [\"japan\", \"hayashi\", \"north-korea\", \"russia\", \"matsuda\"]\nsources = [\"japan-concern\"]";
    assert!(text.contains(implication));
    text.replace(
        sourced,
        "actors = [\"nis\", \"north-korea\", \"russia\"]\nsources = [\"japan-concern\", \"kremlin-denies\"]",
    )
    .replace(
        last_step,
        &format!("{last_step}\n  {{ status = \"confirmed\", source = \"kremlin-denies\", date = 2024-11-02 }},"),
    )
    .replace(
        implication,
        &implication.replace("]\nsources = [\"japan-concern\"]", "]\nsources = [\"japan-concern\", \"nato-confirms\"]"),
    )
}

#[test]
fn an_item_that_gains_a_source_or_a_history_step_is_new_and_an_unchanged_one_is_not() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let name = living_copy(&scratch);
    assert_eq!(
        open_living(&scratch, &mut store, name),
        Vec::<String>::new()
    );
    assert_eq!(
        open_living(&scratch, &mut store, name),
        Vec::<String>::new(),
        "nothing changed, nothing new"
    );
    // Rewording a detail adds no part: still nothing new.
    scratch.edit(name, |text| {
        text.replace("extensive training", "intensive training")
    });
    assert_eq!(
        open_living(&scratch, &mut store, name),
        Vec::<String>::new()
    );

    scratch.edit(name, corroborated);
    let new = open_living(&scratch, &mut store, name);
    assert_eq!(
        new,
        [
            "About 3,000 North Korean troops reported in Russia",
            "Troops allegedly preparing for deployment to Ukraine",
            "japan-regional-security",
        ]
    );
    // Seen with its new parts, an item is no longer new.
    let path = scratch.file(name);
    let keys = ItemKeys::of(&load_path(&path).unwrap());
    let troops = ItemKey::new(ItemKind::Event, "troops-in-russia");
    let (pane, ix) = keys.find(&troops).unwrap();
    store
        .mark_seen("dprk-troops-russia", &[keys.sighting(pane, ix).unwrap()])
        .unwrap();
    assert_eq!(open_living(&scratch, &mut store, name), new[1..]);
}

#[test]
fn a_store_of_an_older_build_shows_nothing_new_and_then_follows_parts() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let name = living_copy(&scratch);
    open_living(&scratch, &mut store, name);
    drop(store);
    // What an older build recorded: the keys seen, without their parts.
    let removed = rusqlite::Connection::open(scratch.store_path())
        .unwrap()
        .execute("DELETE FROM seen WHERE item LIKE '%~#%' OR kind = 0", [])
        .unwrap();
    assert!(removed > 20, "{removed} rows of parts");

    let mut store = scratch.store();
    assert_eq!(
        open_living(&scratch, &mut store, name),
        Vec::<String>::new(),
        "an unchanged briefing has nothing new after the upgrade"
    );
    scratch.edit(name, corroborated);
    assert_eq!(
        open_living(&scratch, &mut store, name),
        [
            "About 3,000 North Korean troops reported in Russia",
            "Troops allegedly preparing for deployment to Ukraine",
            "japan-regional-security",
        ]
    );
}

#[test]
fn the_library_tells_never_opened_from_changed_since_opened() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(
        store.freshness(&library).unwrap(),
        [Some(Freshness::NeverOpened); 3]
    );
    let path = scratch.file(LAUNCH);
    let keys = ItemKeys::of(&load_path(&path).unwrap());
    store
        .record_open("sea-of-japan-launch", Stamp::of_file(&path).unwrap(), &keys)
        .unwrap();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let launch = library
        .briefings()
        .iter()
        .position(|b| b.origin.path() == Some(&path))
        .unwrap();
    assert_eq!(
        store.freshness(&library).unwrap()[launch],
        Some(Freshness::Unchanged)
    );
    scratch.edit(LAUNCH, |text| text.replace("No damage", "No harm"));
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(
        store.freshness(&library).unwrap()[launch],
        Some(Freshness::Changed)
    );
}

#[test]
fn two_connections_marking_at_once_keep_every_mark() {
    let scratch = Scratch::new();
    drop(scratch.store());
    let path = scratch.store_path();
    let writers: Vec<_> = [("a", Flag::Key), ("b", Flag::FollowUp)]
        .into_iter()
        .map(|(prefix, flag)| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path).unwrap();
                store
                    .toggle_flag(&key("b", ItemKind::Quote, "shared"), flag)
                    .unwrap();
                for n in 0..100 {
                    store
                        .set_note(&key("b", ItemKind::Quote, &format!("{prefix}-{n}")), "n")
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let marks = scratch.store().marks("b").unwrap();
    assert_eq!(marks.len(), 201);
    let shared = marks.iter().find(|m| m.key.item.id == "shared").unwrap();
    assert!(shared.flags.contains(Flag::Key) && shared.flags.contains(Flag::FollowUp));
}

#[test]
fn two_processes_marking_at_once_keep_every_mark() {
    let scratch = Scratch::new();
    drop(scratch.store());
    let path = scratch.store_path();
    let children = [
        spawn_child(&path, "a", 150, "key"),
        spawn_child(&path, "b", 150, "doubtful"),
    ];
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let marks = scratch.store().marks("b").unwrap();
    assert_eq!(marks.len(), 301);
    let shared = marks.iter().find(|m| m.key.item.id == "shared").unwrap();
    assert!(shared.flags.contains(Flag::Key) && shared.flags.contains(Flag::Doubtful));
}

#[test]
fn a_writer_killed_with_sigkill_loses_no_committed_mark() {
    let scratch = Scratch::new();
    drop(scratch.store());
    let path = scratch.store_path();
    let mut child = spawn_child(&path, "k", 0, "key");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut committed = 0;
    for line in lines.by_ref() {
        if let Some(n) = line.unwrap().strip_prefix("committed ") {
            committed = n.parse::<usize>().unwrap() + 1;
            if committed >= 300 {
                break;
            }
        }
    }
    child.kill().unwrap(); // SIGKILL, mid-write more often than not
    child.wait().unwrap();
    assert_eq!(committed, 300);

    let store = scratch.store();
    let notes: std::collections::HashSet<String> = store
        .marks("b")
        .unwrap()
        .into_iter()
        .map(|m| m.key.item.id)
        .collect();
    for n in 0..committed {
        assert!(notes.contains(&format!("k-{n}")), "mark {n} was committed");
    }
    let check: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

/// The error opening a store made unusable by `spoil`.
fn open_error(spoil: impl FnOnce(&std::path::Path)) -> brief::store::StoreError {
    let scratch = Scratch::new();
    let path = scratch.store_path();
    spoil(&path);
    let error = Store::open(&path).err().expect("an unusable store");
    assert_eq!(error.path, path);
    assert!(
        error.to_string().starts_with(&path.display().to_string()),
        "the message names the file: {error}"
    );
    error
}

#[test]
fn a_store_of_garbage_is_corrupt() {
    let error = open_error(make_garbage);
    assert_eq!(error.problem, Problem::Corrupt);
    assert!(
        error.to_string().contains("not a usable brief store"),
        "{error}"
    );
}

#[test]
fn the_short_message_of_a_store_deep_in_folders_keeps_its_name_and_says_what_to_do() {
    let deep = std::path::Path::new("/home/analyst/some/very/deep/folder/of/stores/brief");
    let error = brief::store::StoreError::new(&deep.join("store.sqlite3"), Problem::Corrupt);
    let short = error.short();
    assert!(
        short.starts_with("…/brief/store.sqlite3: is not a usable brief store"),
        "{short}"
    );
    assert!(short.contains("move it aside"), "{short}");
    assert!(
        error
            .to_string()
            .starts_with("/home/analyst/some/very/deep")
    );
}

#[test]
fn a_store_from_a_newer_brief_is_refused() {
    let error = open_error(make_newer);
    assert_eq!(
        error.problem,
        Problem::Newer {
            found: 99,
            known: brief::store::SCHEMA_VERSION
        }
    );
    assert!(error.to_string().contains("update brief"), "{error}");
}

#[test]
fn a_locked_store_says_so() {
    let scratch = Scratch::new();
    let path = scratch.store_path();
    drop(scratch.store());
    let _held = lock(&path);
    let error = Store::open(&path).err().expect("locked");
    assert_eq!(error.problem, Problem::Locked);
    assert!(
        error.to_string().contains("locked by another process"),
        "{error}"
    );
}

#[test]
fn a_read_only_store_says_so() {
    let scratch = Scratch::new();
    let path = scratch.store_path();
    drop(scratch.store());
    let Some(_guard) = ReadOnly::make(&path) else {
        eprintln!("skipped: no way to make a file read-only here");
        return;
    };
    let error = Store::open(&path).err().expect("read-only");
    assert_eq!(error.problem, Problem::ReadOnly);
    assert!(error.to_string().contains("cannot be written"), "{error}");
}

#[test]
fn reading_a_store_read_only_never_writes_it() {
    let scratch = Scratch::new();
    let path = scratch.store_path();
    let mut store = scratch.store();
    store
        .toggle_flag(&key("b", ItemKind::Quote, "q"), Flag::Key)
        .unwrap();
    drop(store);
    let before = (
        std::fs::read(&path).unwrap(),
        Stamp::of_file(&path).unwrap(),
    );
    let reader = Store::open_with(&path, Access::ReadOnly).unwrap();
    assert_eq!(reader.marks("b").unwrap().len(), 1);
    drop(reader);
    let after = (
        std::fs::read(&path).unwrap(),
        Stamp::of_file(&path).unwrap(),
    );
    assert!(before == after, "the file did not change");
}

#[test]
fn a_refresh_reads_only_the_files_that_changed() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let origins = scratch.origins();
    let (_, cold) = store.refresh(&origins).unwrap();
    assert_eq!((cold.read, cold.unchanged), (3, 0));
    let (library, warm) = store.refresh(&origins).unwrap();
    assert_eq!((warm.read, warm.unchanged, warm.removed), (0, 3, 0));
    assert!(warm.complete);
    let titles: Vec<String> = library
        .entries()
        .into_iter()
        .map(|e| e.summary.unwrap().title.to_string())
        .collect();
    assert_eq!(
        titles[1..],
        [
            "Tokyo tracks a test launch that falls outside its waters",
            "Three capitals agree to test a crisis hotline"
        ]
    );

    scratch.edit(HOTLINE, |text| {
        text.replace("anyone picks up", "anybody answers")
    });
    let (library, edited) = store.refresh(&origins).unwrap();
    assert_eq!((edited.read, edited.unchanged), (1, 2));
    assert!(
        store
            .search(&library, "anybody answers", 50)
            .unwrap()
            .iter()
            .any(|hit| hit.id.as_str() == "tanabe-hotline-test"),
        "the changed file was indexed again"
    );

    std::fs::remove_file(scratch.file(HOTLINE)).unwrap();
    let (_, removed) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(
        (removed.read, removed.unchanged, removed.removed),
        (0, 2, 1)
    );
}

#[test]
fn a_broken_file_is_listed_with_its_error_and_read_again_only_when_it_changes() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    scratch.edit(LAUNCH, |text| {
        text.replace("format = 1", "format = 1\nbogus = 2")
    });
    let (library, report) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(report.read, 3);
    let error = library.entries()[1].summary.clone().unwrap_err();
    assert!(error.contains("bogus"), "{error}");
    let (library, report) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(report.read, 0);
    assert_eq!(library.entries()[1].summary.clone().unwrap_err(), error);
}

#[test]
fn search_ranks_names_above_text_and_newer_briefings_first() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let hits = store.search(&library, "hayashi", 50).unwrap();
    let shown: Vec<(String, ItemKind, bool)> = hits
        .iter()
        .map(|h| (h.briefing.id.as_ref().unwrap().to_string(), h.kind, h.head))
        .collect();
    // Name hits first, newest briefing first (2025-02, 2024-06, then the undated one).
    assert_eq!(
        shown[..3],
        [
            ("trilateral-hotline".to_owned(), ItemKind::Actor, true),
            ("sea-of-japan-launch".to_owned(), ItemKind::Actor, true),
            ("dprk-troops-russia".to_owned(), ItemKind::Actor, true),
        ]
    );
    assert!(shown[3..].iter().all(|(_, _, head)| !head));
    assert!(shown.len() > 8);

    // A quote in the third briefing, found by a word of its text, typed as a prefix.
    let hits = store.search(&library, "three in the morn", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, ItemKind::Quote);
    assert_eq!(hits[0].id.as_str(), "tanabe-hotline-test");
    assert_eq!(hits[0].line, 83, "the line of its [[quotes]] header");
    assert!(hits[0].text().starts_with("“The real test of a hotline"));

    // One letter: names and titles with a word that begins with it first.
    let hits = store.search(&library, "h", 50).unwrap();
    assert!(hits[0].head);
    assert!(
        hits.iter()
            .take_while(|h| h.head)
            .any(|h| h.id.as_str() == "cabinet-secretary")
    );

    // A name found by a word holding an apostrophe; a word of a name with a word of a role.
    let hits = store.search(&library, "people's repub", 5).unwrap();
    assert_eq!((hits[0].id.as_str(), hits[0].head), ("dprk", true));
    let hits = store.search(&library, "hayashi cabinet", 5).unwrap();
    assert!(
        hits.iter()
            .any(|h| h.id.as_str() == "cabinet-secretary" && !h.head)
    );

    // Case and diacritics do not matter; query syntax is just text.
    assert_eq!(
        store.search(&library, "TÓKYO", 50).unwrap().len(),
        store.search(&library, "tokyo", 50).unwrap().len()
    );
    assert!(store.search(&library, "NEAR( \"", 5).is_ok());
}

#[test]
fn a_search_made_stale_under_way_stops_at_the_next_row() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let asked = std::cell::Cell::new(0);
    // Stale from its third question on: the search gives up rather than read every hit.
    let stale = || {
        asked.set(asked.get() + 1);
        asked.get() > 2
    };
    let answer = store
        .search_unless(&library, "hayashi", 50, &stale)
        .unwrap();
    assert!(answer.is_none());
    assert_eq!(asked.get(), 3, "it went on after it was stale");
    // Never stale: the same hits as a plain search.
    let whole = store
        .search_unless(&library, "hayashi", 50, &|| false)
        .unwrap()
        .unwrap();
    assert_eq!(
        whole.len(),
        store.search(&library, "hayashi", 50).unwrap().len()
    );
    assert!(whole.len() > 8);
}

#[test]
fn search_is_limited_to_the_library_refreshed() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    store.refresh(&scratch.origins()).unwrap();
    let only_one = brief::briefing::library::origins(&[scratch.file(LAUNCH)], &[]);
    let (library, _) = store.refresh(&only_one).unwrap();
    let hits = store.search(&library, "hayashi", 50).unwrap();
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h.briefing.origin.path() == Some(&scratch.file(LAUNCH)))
    );
}

/// Hayashi as the bundled briefing names him.
fn bundled_actor(id: &str) -> ActorIdentity {
    let (name, text) = brief::briefing::bundled::BUNDLED[0];
    let briefing = brief::briefing::load_bytes(name, text.as_bytes()).unwrap();
    ActorIdentity::of(
        briefing
            .actors
            .iter()
            .find(|a| a.id.as_str() == id)
            .unwrap(),
    )
}

#[test]
fn an_actor_is_followed_across_briefings_by_id_name_or_alias_in_date_order() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let rows = store
        .appearances(&library, &bundled_actor("hayashi"), 100)
        .unwrap();
    let seen: Vec<(String, ItemKind, String)> = rows
        .iter()
        .map(|r| {
            (
                r.briefing.id.as_ref().unwrap().to_string(),
                r.kind,
                r.id.to_string(),
            )
        })
        .collect();
    let of = |briefing: &str| seen.iter().filter(|s| s.0 == briefing).count();
    assert_eq!(of("sea-of-japan-launch"), 2, "{seen:?}"); // same id
    assert_eq!(of("trilateral-hotline"), 2, "{seen:?}"); // shared alias, other id
    assert!(of("dprk-troops-russia") >= 4, "{seen:?}");
    // Dated items in date order, then the undated briefing.
    assert_eq!(seen[0].2, "press-briefing");
    assert_eq!(rows[0].date.unwrap().to_string(), "2024-06-14");
    assert_eq!(seen[1].2, "hayashi-gathering-information");
    assert_eq!(rows[2].date.unwrap().to_string(), "2025-02");
    assert!(rows.last().unwrap().date.is_none());
    assert_eq!(rows[0].line, 67);
}

#[test]
fn a_wikidata_reference_joins_actors_with_different_names() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let briefing = load_path(&scratch.file(LAUNCH)).unwrap();
    let tanabe = briefing
        .actors
        .iter()
        .find(|a| a.id.as_str() == "tanabe")
        .unwrap();
    let rows = store
        .appearances(&library, &ActorIdentity::of(tanabe), 10)
        .unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["tanabe-pattern", "tanabe-hotline-test"]);

    // Same id but another Wikidata item: not the same actor.
    let mut other = ActorIdentity::of(tanabe);
    other.id = "a-tanabe".into();
    other.names = vec!["someone else".into()];
    other.wikidata = Some("Q42".into());
    assert!(store.appearances(&library, &other, 10).unwrap().is_empty());
}

#[test]
fn merged_timelines_for_the_library_a_tag_and_an_actor() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let rows = store.timeline(&library, &TimelineScope::All, 100).unwrap();
    let row = |r: &brief::store::TimelineRow| {
        let date = r.date.map_or("undated".to_owned(), |d| d.to_string());
        format!("{date} {} {}", r.briefing.id.as_ref().unwrap(), r.title)
    };
    let all: Vec<String> = rows.iter().filter(|r| r.date.is_some()).map(row).collect();
    assert_eq!(all.len(), 7, "{all:#?}"); // 2 + 3 + 2 dated events
    assert!(all[0].starts_with("2014 dprk-troops-russia"));
    assert!(all[6].starts_with("2025-02-20 trilateral-hotline Chief Cabinet Secretary"));
    let sorted = {
        let mut dates: Vec<&str> = all.iter().map(|r| r.split(' ').next().unwrap()).collect();
        let before = dates.clone();
        dates.sort();
        dates == before
    };
    assert!(sorted, "{all:#?}");
    let tagged = store
        .timeline(&library, &TimelineScope::Tag("North-Korea".into()), 100)
        .unwrap();
    assert_eq!(tagged.iter().filter(|r| r.date.is_some()).count(), 5);
    let hayashi = store
        .timeline(
            &library,
            &TimelineScope::Actor(bundled_actor("hayashi")),
            100,
        )
        .unwrap();
    let titles: Vec<&str> = hayashi
        .iter()
        .filter(|r| r.date.is_some())
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Chief Cabinet Secretary briefs the press",
            "Chief Cabinet Secretary welcomes the hotline plan"
        ]
    );
}

#[test]
fn the_worker_answers_on_its_thread_and_reports_an_unusable_store() {
    let scratch = Scratch::new();
    let path = scratch.store_path();
    let (tx, rx) = mpsc::channel();
    let mut worker = Worker::spawn(
        move || Store::open(&path),
        move |reply| {
            let _ = tx.send(reply);
        },
    );
    let refresh = worker.send(Request::Refresh(Listing::Origins(scratch.origins())));
    let mut last = 0;
    for query in ["h", "ha", "hay", "haya", "hayashi"] {
        last = worker.send(Request::Search {
            query: query.into(),
            limit: 20,
        });
    }
    let wait = || rx.recv_timeout(Duration::from_secs(20)).expect("a reply");
    // The refresh says how far it has written, then answers.
    let mut first = wait();
    while let Ok(Answer::Indexing(indexing)) = &first.answer {
        assert!(first.is_interim() && indexing.written <= indexing.total);
        assert_eq!(first.ticket, refresh);
        first = wait();
    }
    assert_eq!(first.ticket, refresh);
    assert!(!first.is_interim());
    let Ok(Answer::Refreshed { library, .. }) = first.answer else {
        panic!("{:?}", first.answer);
    };
    assert_eq!(library.briefings().len(), 3);
    let mut reply = wait();
    while reply.ticket != last {
        assert!(reply.ticket < last);
        reply = wait();
    }
    let Ok(Answer::Hits(hits)) = reply.answer else {
        panic!("{:?}", reply.answer);
    };
    assert_eq!(hits[0].label.as_str(), "HAYASHI Yoshimasa");

    let briefing = load_path(&scratch.file(LAUNCH)).unwrap();
    let keys = Arc::new(ItemKeys::of(&briefing));
    let quote = key("sea-of-japan-launch", ItemKind::Quote, "tanabe-pattern");
    worker.send(Request::ToggleFlag {
        key: quote.clone(),
        flag: Flag::Key,
    });
    let open = worker.send(Request::Open {
        briefing: "sea-of-japan-launch".into(),
        stamp: Stamp::of_file(&scratch.file(LAUNCH)).unwrap(),
        keys,
    });
    let mut reply = wait();
    while reply.ticket != open {
        reply = wait();
    }
    let Ok(Answer::Opened { new, marks }) = reply.answer else {
        panic!("{:?}", reply.answer);
    };
    assert!(new.is_empty());
    assert_eq!(marks.len(), 1);
    worker.finish();

    let garbage = scratch.dir.path().join("garbage.sqlite3");
    make_garbage(&garbage);
    let (tx, rx) = mpsc::channel();
    let mut worker = Worker::spawn(
        move || Store::open(&garbage),
        move |reply| {
            let _ = tx.send(reply);
        },
    );
    worker.send(Request::ToggleFlag {
        key: quote,
        flag: Flag::Key,
    });
    let reply = rx.recv_timeout(Duration::from_secs(20)).unwrap();
    assert_eq!(reply.answer.unwrap_err().problem, Problem::Corrupt);
    worker.finish();
}

#[test]
fn the_merged_timeline_keeps_undated_events_after_the_dated_with_status_and_grade() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let rows = store
        .timeline(&library, &TimelineScope::All, usize::MAX)
        .unwrap();
    // Every event: 7 dated, the bundled briefing's 10 undated and the hotline's one.
    let undated = rows.iter().filter(|r| r.date.is_none()).count();
    assert_eq!((rows.len(), undated), (7 + 11, 11));
    let first_undated = rows.iter().position(|r| r.date.is_none()).unwrap();
    assert!(rows[first_undated..].iter().all(|r| r.date.is_none()));
    // By briefing, the undated bundled one first, in the author's order; each with its
    // status and grade.
    let cold_war = &rows[first_undated];
    assert_eq!(
        cold_war.title.as_str(),
        "North Korea and Russia begin military and diplomatic cooperation"
    );
    assert_eq!(cold_war.when.as_str(), "Cold War era");
    assert_eq!(
        cold_war.status,
        Some(brief::briefing::model::Status::Confirmed)
    );
    assert_eq!(cold_war.grade.as_ref().map(|g| g.as_str()), Some("F2"));
    let claimed = rows
        .iter()
        .find(|r| r.title.as_str() == "Troops allegedly preparing for deployment to Ukraine")
        .unwrap();
    assert_eq!(
        claimed.status,
        Some(brief::briefing::model::Status::Claimed)
    );
    assert_eq!(claimed.grade.as_ref().map(|g| g.as_str()), Some("F3"));
}

#[test]
fn an_identical_copy_of_a_read_briefing_is_not_changed_and_an_edited_one_is() {
    let scratch = Scratch::new();
    let bundled = brief::briefing::bundled::BUNDLED[0].1;
    std::fs::write(scratch.library().join("copy.toml"), bundled).unwrap();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let copy = library
        .briefings()
        .iter()
        .position(|b| b.origin.path().is_some_and(|p| p.ends_with("copy.toml")))
        .unwrap();
    let origin = Origin::Bundled(0);
    let keys = ItemKeys::of(&origin.load().unwrap());
    let stamp = Stamp::of_origin(&origin).unwrap();
    store
        .record_open("dprk-troops-russia", stamp, &keys)
        .unwrap();
    // The bundled briefing was read; the copy holds the same bytes, so it is not changed.
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let fresh = store.freshness(&library).unwrap();
    assert_eq!(fresh[0], Some(Freshness::Unchanged));
    assert_eq!(fresh[copy], Some(Freshness::Unchanged));
    // The same bytes written again (a new modification time) change nothing either.
    scratch.edit("copy.toml", |text| text);
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(
        store.freshness(&library).unwrap()[copy],
        Some(Freshness::Unchanged)
    );
    // An edit does.
    scratch.edit("copy.toml", |text| format!("{text}\n# edited\n"));
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let fresh = store.freshness(&library).unwrap();
    assert_eq!(fresh[copy], Some(Freshness::Changed));
    assert_eq!(fresh[0], Some(Freshness::Unchanged));

    // Read from the file, before the index has read it at that stamp: the digest of the
    // read comes with the next refresh, and the bundled briefing is not changed then.
    let path = scratch.file("copy.toml");
    std::fs::write(&path, bundled).unwrap();
    store
        .record_open("dprk-troops-russia", Stamp::of_file(&path).unwrap(), &keys)
        .unwrap();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let fresh = store.freshness(&library).unwrap();
    assert_eq!(
        (fresh[0], fresh[copy]),
        (Some(Freshness::Unchanged), Some(Freshness::Unchanged))
    );
}

#[test]
fn search_finds_a_number_with_or_without_its_separators() {
    let scratch = Scratch::new();
    std::fs::write(
        scratch.library().join("plain.toml"),
        std::fs::read_to_string(fixture(HOTLINE))
            .unwrap()
            .replace("id = \"trilateral-hotline\"", "id = \"plain-numbers\"")
            .replace(
                "The real test of a hotline",
                "The real test of 3000 hotlines",
            ),
    )
    .unwrap();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let found = |query: &str| -> Vec<String> {
        store
            .search(&library, query, 50)
            .unwrap()
            .iter()
            .map(|h| format!("{} {}", h.briefing.id.as_ref().unwrap(), h.text()))
            .collect()
    };
    // The bundled briefing says "about 3,000 troops"; the edited copy "3000 hotlines".
    for query in ["3000", "3,000"] {
        let hits = found(query);
        assert!(
            hits.iter()
                .any(|h| h.starts_with("dprk-troops-russia")
                    && h.contains("3,000 North Korean troops")),
            "{query}: {hits:#?}"
        );
        assert!(
            hits.iter().any(|h| h.contains("3000 hotlines")),
            "{query}: {hits:#?}"
        );
    }
}

#[test]
fn an_acronym_finds_the_text_naming_its_expansion_and_the_reverse() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    // The event's detail says "South Korea's National Intelligence Service"; the actor's
    // aliases give "NIS".
    let hits = store.search(&library, "NIS", 50).unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert!(ids.contains(&"nis"), "the actor itself: {ids:?}");
    assert!(
        hits.iter().any(|h| h.kind == ItemKind::Event
            && h.text()
                .contains("3,000 North Korean troops reported in Russia")),
        "{ids:?}"
    );
    // And the reverse: text that says "NIS" is found by the name.
    let mut scratch_text = std::fs::read_to_string(fixture(HOTLINE)).unwrap();
    scratch_text = scratch_text.replace(
        "The real test of a hotline",
        "The NIS says the real test of a hotline",
    );
    scratch_text.push_str(
        "\n[[actors]]\nid = \"nis\"\nname = \"National Intelligence Service\"\nkind = \"organization\"\naliases = [\"NIS\"]\n",
    );
    scratch.edit(HOTLINE, |_| scratch_text);
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let hits = store
        .search(&library, "national intelligence service", 50)
        .unwrap();
    assert!(
        hits.iter().any(|h| h.id.as_str() == "tanabe-hotline-test"),
        "{:#?}",
        hits.iter().map(|h| h.text()).collect::<Vec<_>>()
    );
}

#[test]
fn a_quote_hit_names_its_speaker() {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    let (library, _) = store.refresh(&scratch.origins()).unwrap();
    let hits = store.search(&library, "three in the morn", 10).unwrap();
    assert_eq!(
        hits[0].text(),
        "“The real test of a hotline is whether anyone picks up at three in the morning.” — Dr. A. Tanabe"
    );
    let hits = store.search(&library, "serious concern", 10).unwrap();
    assert!(
        hits.iter()
            .any(|h| h.kind == ItemKind::Quote && h.text().ends_with("” — Yoshimasa Hayashi")),
        "{:#?}",
        hits.iter().map(|h| h.text()).collect::<Vec<_>>()
    );
}

#[test]
fn a_library_larger_than_one_write_is_indexed_whole_and_stays_searchable_as_files_change() {
    // More files than one transaction writes (1,024): the index is written in batches, its
    // log checkpointed beside the writer, its full-text segments merged at the end.
    let scratch = Scratch::new();
    let count = 1_100;
    brief::synthetic::write_small_library(&scratch.library(), count).unwrap();
    let ids = |store: &Store, library: &Library, query: &str| -> Vec<String> {
        store
            .search(library, query, 50)
            .unwrap()
            .iter()
            .map(|h| h.briefing.id.as_ref().unwrap().to_string())
            .collect()
    };
    let total = scratch.origins().len();
    assert!(total > count);
    let mut store = scratch.store();
    let (library, report) = store.refresh(&scratch.origins()).unwrap();
    assert_eq!(report.read, total);
    for n in [0, 555, count - 1] {
        assert_eq!(ids(&store, &library, &format!("qx{n}z")), [format!("b{n}")]);
    }

    // Another connection sees all of it, with nothing to read again.
    let mut other = scratch.store();
    let (library, report) = other.refresh(&scratch.origins()).unwrap();
    assert_eq!((report.read, report.unchanged), (0, total));
    assert_eq!(ids(&other, &library, "qx1099z"), ["b1099"]);

    // Files saved again, one refresh each: the new words are found, the old ones no more.
    for n in [3, 4, 5] {
        scratch.edit(&format!("b{n}.toml"), |text| {
            text.replace(&format!("qx{n}z"), &format!("qy{n}z"))
        });
        let (library, report) = store.refresh(&scratch.origins()).unwrap();
        assert_eq!(report.read, 1);
        assert_eq!(ids(&store, &library, &format!("qy{n}z")), [format!("b{n}")]);
        assert!(ids(&store, &library, &format!("qx{n}z")).is_empty());
        assert_eq!(ids(&store, &library, "qx1000z"), ["b1000"]);
    }
}

#[test]
fn a_refresh_tells_how_many_files_it_has_written_after_each_batch_and_nothing_when_warm() {
    // More files than one transaction writes (1,024): two batches or more.
    let scratch = Scratch::new();
    brief::synthetic::write_small_library(&scratch.library(), 1_100).unwrap();
    let origins = scratch.origins();
    let mut store = scratch.store();
    let told = std::sync::Mutex::new(Vec::new());
    let progress = |indexing: Indexing| told.lock().unwrap().push(indexing);
    let stop = std::sync::atomic::AtomicBool::new(false);
    let (_, report) = store.refresh_until(&origins, &stop, &progress).unwrap();
    let told = std::mem::take(&mut *told.lock().unwrap());
    assert!(told.len() >= 2, "one report per batch: {told:?}");
    assert!(told.iter().all(|i| i.total == origins.len()), "{told:?}");
    assert!(
        told.windows(2).all(|w| w[0].written < w[1].written),
        "{told:?}"
    );
    assert_eq!(told.last().unwrap().written, report.read);
    assert_eq!(report.read, origins.len());

    // A warm refresh writes nothing and says nothing.
    let told = std::sync::Mutex::new(Vec::new());
    let progress = |indexing: Indexing| told.lock().unwrap().push(indexing);
    store.refresh_until(&origins, &stop, &progress).unwrap();
    assert!(told.lock().unwrap().is_empty());
}
