//! `brief draft --into`: a follow-up article merged into a copy of an existing briefing, run
//! as an author runs it (the real binary), then loaded and checked.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use brief::briefing::load::load_path;
use brief::briefing::model::{Briefing, Named as _};
use common::cli::{self, stderr, stdout};

/// A file of the crate, by its path from the crate's folder.
fn crate_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `brief draft --into BRIEFING ARTICLE -o OUTPUT`.
fn draft_into(briefing: &Path, article: &Path, output: &Path) -> Output {
    cli::run(&[
        "draft".as_ref(),
        "--into".as_ref(),
        briefing.as_os_str(),
        article.as_os_str(),
        "-o".as_ref(),
        output.as_os_str(),
    ])
}

/// `dir/b.toml` (a copy of `briefing`) and `dir/a.txt` (a copy of `article`, or its text).
fn setup(dir: &Path, briefing: &str, article: &[u8]) -> (PathBuf, PathBuf) {
    let (b, a) = (dir.join("b.toml"), dir.join("a.txt"));
    fs::copy(crate_file(briefing), &b).unwrap();
    fs::write(&a, article).unwrap();
    (b, a)
}

/// The follow-up of ours that quotes Hayashi and Stoltenberg.
fn follow_up() -> Vec<u8> {
    fs::read(crate_file("tests/articles/living/tokyo-nato-confirm.txt")).unwrap()
}

/// The id of the source the merge added: the last one.
fn new_source(b: &Briefing) -> String {
    b.meta
        .sources
        .last()
        .unwrap()
        .id
        .as_ref()
        .unwrap()
        .as_str()
        .to_owned()
}

/// The id of the source at `ix`.
fn source_id(b: &Briefing, ix: usize) -> &str {
    b.meta.sources[ix].id.as_ref().map_or("", |id| id.as_str())
}

/// True when every line of `original` is in `merged`, in order: the merge only added.
fn only_added(original: &str, merged: &str) -> bool {
    let mut lines = merged.lines();
    original.lines().all(|line| lines.any(|l| l == line))
}

#[test]
fn the_follow_up_joins_the_bundled_briefing_as_a_new_source() {
    let dir = common::scratch("draft-into", "bundled");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    let before = fs::read(&b).unwrap();
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read(&b).unwrap(), before, "the original was changed");
    // The report says what was merged, and not that the briefing's summary is a placeholder.
    assert!(
        stderr(&out).contains("events: 1 with a status change proposed"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("summary and implications are placeholders"));
    // Merged again, the same article is refused.
    let again = draft_into(&new, &a, &dir.join("again.toml"));
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already the briefing's source"),
        "{}",
        stderr(&again)
    );

    let original = load_path(&b).unwrap();
    let merged = load_path(&new).unwrap();
    let source = new_source(&merged);
    assert_eq!(merged.meta.sources.len(), 2);
    assert_eq!(
        merged.meta.sources[1].file.as_ref().unwrap().as_str(),
        "a.txt"
    );
    // The original's one source got an id, and its quotes name it.
    let old = source_id(&merged, 0).to_owned();
    assert!(!old.is_empty());
    for quote in &merged.quotes[..original.quotes.len()] {
        assert_eq!(quote.source, Some(0), "{}", quote.id.as_str());
    }
    // The new quotes name the new source; Hayashi's and Stoltenberg's are the existing actors.
    let added = &merged.quotes[original.quotes.len()..];
    assert!(!added.is_empty());
    assert!(added.iter().all(|q| q.source == Some(1)));
    let speakers: Vec<&str> = added
        .iter()
        .map(|q| merged.actors[q.speaker].id.as_str())
        .collect();
    assert!(
        speakers.contains(&"hayashi") && speakers.contains(&"stoltenberg"),
        "{speakers:?}"
    );
    assert_eq!(
        merged.actors.len(),
        original.actors.len(),
        "no actor is added twice"
    );
    for name in ["Yoshimasa Hayashi", "Jens Stoltenberg"] {
        assert_eq!(
            merged
                .actors
                .iter()
                .filter(|a| a.name.as_str() == name)
                .count(),
            1
        );
    }
    // The 3,000 troops: a proposed status change backed by both sources.
    let troops = merged
        .timeline
        .iter()
        .find(|e| e.title.as_str() == "About 3,000 North Korean troops reported in Russia")
        .unwrap();
    assert_eq!(troops.status.map(|s| s.name()), Some("confirmed"));
    assert_eq!(troops.sources, [0, 1]);
    let steps: Vec<(&str, Option<usize>)> = troops
        .history
        .iter()
        .map(|c| (c.status.name(), c.source))
        .collect();
    assert_eq!(steps, [("reported", Some(0)), ("confirmed", Some(1))]);
    assert_eq!(merged.timeline.len(), original.timeline.len(), "{source}");

    // `check` verifies the new quotes against the new text; `--strict` lists every proposal.
    let checked = cli::run(&["check".as_ref(), new.as_os_str()]);
    assert!(checked.status.success(), "{}", stdout(&checked));
    assert!(stdout(&checked).contains("quotes verbatim in their own sources' texts"));
    let strict = cli::run(&["check".as_ref(), "--strict".as_ref(), new.as_os_str()]);
    assert_eq!(strict.status.code(), Some(1));
    let text = fs::read_to_string(&new).unwrap();
    let marks = text.lines().filter(|l| l.starts_with("# review:")).count();
    let listed = stdout(&strict)
        .lines()
        .filter(|l| l.contains("to review:"))
        .count();
    assert_eq!(listed, marks, "{}", stdout(&strict));
    assert!(stdout(&strict).contains("to review: status reported → confirmed"));

    // A quote of the original moved to the new source is caught.
    let at = text
        .find("id = \"hayashi-monitoring-serious-concern\"")
        .unwrap();
    let (head, tail) = text.split_at(at);
    let tail = tail.replacen(
        &format!("source = \"{old}\""),
        &format!("source = \"{source}\""),
        1,
    );
    let moved = format!("{head}{tail}");
    let wrong = dir.join("wrong.toml");
    fs::write(&wrong, moved).unwrap();
    let caught = cli::run(&["check".as_ref(), wrong.as_os_str()]);
    assert_eq!(caught.status.code(), Some(1));
    assert!(
        stdout(&caught).contains(&format!(
            "quote 'hayashi-monitoring-serious-concern' is not in source '{source}'"
        )),
        "{}",
        stdout(&caught)
    );
}

#[test]
fn a_quote_moved_to_another_source_that_has_a_text_is_named_with_the_right_one() {
    let dir = common::scratch("draft-into", "living");
    let living = "tests/articles/living/";
    for file in ["moscow-denies.txt", "nato-confirms.txt"] {
        fs::copy(crate_file(&format!("{living}{file}")), dir.join(file)).unwrap();
    }
    let (b, a) = setup(
        &dir,
        &format!("{living}dprk-troops-russia.toml"),
        &follow_up(),
    );
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    let merged = load_path(&new).unwrap();
    let source = new_source(&merged);
    // The 3,000 troops were confirmed already: the follow-up corroborates them.
    let troops = merged
        .timeline
        .iter()
        .find(|e| {
            e.id.as_ref()
                .is_some_and(|i| i.as_str() == "troops-in-russia")
        })
        .unwrap();
    assert_eq!(troops.status.map(|s| s.name()), Some("confirmed"));
    assert_eq!(troops.history.len(), 3);
    assert!(troops.sources.contains(&(merged.meta.sources.len() - 1)));

    let text = fs::read_to_string(&new).unwrap();
    let moved = text.replacen(
        &format!("source = \"{source}\""),
        "source = \"nato-confirms\"",
        1,
    );
    let wrong = dir.join("wrong.toml");
    fs::write(&wrong, moved).unwrap();
    let caught = cli::run(&["check".as_ref(), wrong.as_os_str()]);
    assert_eq!(caught.status.code(), Some(1));
    assert!(
        stdout(&caught).contains(&format!("but is verbatim in source '{source}'")),
        "{}",
        stdout(&caught)
    );
}

#[test]
fn an_unrelated_article_touches_no_existing_actor_or_event() {
    let dir = common::scratch("draft-into", "unrelated");
    let article = "Riverside United sign new striker before derby\n\n\
        LEEDS, March 3 (Example Sport) - Riverside United on Monday signed the forward Tomas Varga from a Hungarian club, two days before the city derby.\n\n\
        \"He is quick, he is brave and he scores goals,\" manager Helen Brook told reporters at the training ground. \"We have wanted him for a year.\"\n\n\
        Varga said he was happy to join. \"This is a big club with big supporters,\" he said.\n";
    let (b, a) = setup(
        &dir,
        "briefings/dprk-troops-russia.toml",
        article.as_bytes(),
    );
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    let original = load_path(&b).unwrap();
    let merged = load_path(&new).unwrap();
    for (was, is) in original.actors.iter().zip(&merged.actors) {
        assert_eq!(
            (&was.id, &was.name, &was.aliases),
            (&is.id, &is.name, &is.aliases)
        );
    }
    for (was, is) in original.timeline.iter().zip(&merged.timeline) {
        assert_eq!(
            (&was.title, was.status, &was.history),
            (&is.title, is.status, &is.history)
        );
        // Only the original's own source, named now that there are two.
        assert_eq!(is.sources, [0]);
    }
    assert!(merged.actors.len() > original.actors.len());
    let text = fs::read_to_string(&new).unwrap();
    let original_text = fs::read_to_string(&b).unwrap();
    assert!(only_added(&original_text, &text));
    // The marks are the drafter's own on the new entries, and the one on the id given to the
    // original's source: nothing is proposed on an existing entry.
    let marks = |text: &str| text.lines().filter(|l| l.starts_with("# review:")).count();
    let alone = cli::run(&["draft".as_ref(), a.as_os_str()]);
    assert_eq!(marks(&text), marks(&stdout(&alone)) + 1, "{text}");
    assert!(text.contains("# review: id given by"));
    let checked = cli::run(&["check".as_ref(), new.as_os_str()]);
    assert!(checked.status.success(), "{}", stdout(&checked));
}

#[test]
fn a_hostile_article_is_merged_inert_and_the_result_loads() {
    let dir = common::scratch("draft-into", "hostile");
    let mut article = String::from("Hostile \u{1b}]0;pwned\u{7} headline \u{202e} reversed\n\n");
    article.push_str(&"A".repeat(300_000));
    article.push_str("\n\n");
    for i in 0..200 {
        article.push_str(&format!(
            "\"{i} words \u{200b} in \u{7} quotes,\" said Person{i} Name{i} on Monday. \"And “more” \u{1b}[2J here {i}.\"\n"
        ));
    }
    article.push_str(&"\"unclosed ".repeat(50));
    let (b, a) = setup(
        &dir,
        "briefings/dprk-troops-russia.toml",
        article.as_bytes(),
    );
    let before = fs::read(&b).unwrap();
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read(&b).unwrap(), before);
    let text = fs::read_to_string(&new).unwrap();
    let unsafe_char = text
        .chars()
        .find(|&c| c != '\n' && brief::text::is_unsafe_char(c));
    assert_eq!(unsafe_char, None);
    assert!(!stderr(&out).contains('\u{1b}'));
    let merged = load_path(&new).unwrap();
    assert!(merged.quotes.len() > 200);
    let checked = cli::run(&["check".as_ref(), new.as_os_str()]);
    assert!(checked.status.success(), "{}", stdout(&checked));
}

#[test]
fn an_existing_output_is_never_overwritten_and_output_is_required() {
    let dir = common::scratch("draft-into", "exists");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    let new = dir.join("new.toml");
    fs::write(&new, "mine").unwrap();
    let out = draft_into(&b, &a, &new);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("exists"), "{}", stderr(&out));
    let last = stderr(&out)
        .trim_end()
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned();
    assert!(last.contains("exists"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&new).unwrap(), "mine");
    let out = cli::run(&[
        "draft".as_ref(),
        "--into".as_ref(),
        b.as_os_str(),
        a.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_kept() {
    let dir = common::scratch("draft-into", "bom");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    let text = fs::read_to_string(&b).unwrap().replace('\n', "\r\n");
    fs::write(&b, format!("\u{feff}{text}")).unwrap();
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    let merged = fs::read_to_string(&new).unwrap();
    assert!(merged.starts_with("\u{feff}format = 1\r\n"));
    assert_eq!(merged.matches('\n').count(), merged.matches("\r\n").count());
    load_path(&new).unwrap();
}

/// `article` merged into the briefing `original` (both texts) in a scratch folder `name`:
/// the command's output, and the merged file's text and briefing.
fn merge_texts(name: &str, original: &str, article: &str) -> (Output, String, Briefing) {
    let dir = common::scratch("draft-into", name);
    let (b, a) = (dir.join("b.toml"), dir.join("a.txt"));
    fs::write(&b, original).unwrap();
    fs::write(&a, article).unwrap();
    let new = dir.join("new.toml");
    let out = draft_into(&b, &a, &new);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = fs::read_to_string(&new).unwrap();
    let merged = load_path(&new).unwrap();
    (out, text, merged)
}

/// The id of the speaker of the merged briefing's last quote.
fn last_speaker(merged: &Briefing) -> &str {
    merged.actors[merged.quotes.last().unwrap().speaker]
        .id
        .as_str()
}

/// A small briefing of two Korean politicians, family name first.
const KOREANS: &str = "format = 1\n[briefing]\nid = \"b\"\ntitle = \"Korea\"\nsummary = \"s\"\n\n\
    [[actors]]\nid = \"kim-jong-un\"\nname = \"Kim Jong Un\"\nkind = \"person\"\n\n\
    [[actors]]\nid = \"park\"\nname = \"Park Ji-won\"\nkind = \"person\"\n";

#[test]
fn a_namesake_is_a_new_actor_not_the_existing_one() {
    let bundled = fs::read_to_string(crate_file("briefings/dprk-troops-russia.toml")).unwrap();
    let ann = "Kyoto mayor urges calm over festival crowds\n\n\
        KYOTO, July 3 (Example Wire) - The city's mayor spoke on Wednesday about tourism.\n\n\
        \"We need visitors to respect our neighbourhoods,\" Kyoto mayor Ann Hayashi told reporters. \"The festival belongs to everyone.\"\n";
    let (_, _, merged) = merge_texts("ann", &bundled, ann);
    assert_ne!(last_speaker(&merged), "hayashi");
    let hayashi = merged.actors.iter().find(|a| a.id.as_str() == "hayashi");
    assert!(
        hayashi
            .unwrap()
            .aliases
            .iter()
            .all(|a| a.as_str() != "Ann Hayashi")
    );

    // A family name written first is no given name: Kim Yo Jong is not Kim Jong Un.
    let kim = "Sister of leader warns Seoul over leaflets\n\n\
        SEOUL, June 2 (Example Wire) - A senior North Korean official warned South Korea on Sunday.\n\n\
        \"Seoul will pay a heavy price for the leaflets,\" Kim Yo Jong said in a statement carried by state media.\n";
    let (_, text, merged) = merge_texts("kim", KOREANS, kim);
    assert_ne!(last_speaker(&merged), "kim-jong-un");
    assert!(merged.actors[0].aliases.is_empty(), "{text}");
    let park = "Former president speaks on reform\n\n\
        SEOUL, June 2 (Example Wire) - A former South Korean president spoke on Sunday.\n\n\
        \"Reform must come from the people,\" Park Geun-hye said in a statement.\n";
    let (_, text, merged) = merge_texts("park", KOREANS, park);
    assert_ne!(last_speaker(&merged), "park");
    assert!(merged.actors[1].aliases.is_empty(), "{text}");
}

#[test]
fn a_name_two_existing_actors_share_is_neither_and_says_so() {
    let original = "format = 1\n[briefing]\nid = \"b\"\ntitle = \"Defence\"\nsummary = \"s\"\n\n\
        [[actors]]\nid = \"uk-mod\"\nname = \"UK Ministry of Defence\"\nkind = \"organization\"\naliases = [\"Defence Ministry\"]\n\n\
        [[actors]]\nid = \"ru-mod\"\nname = \"Russian Ministry of Defence\"\nkind = \"organization\"\naliases = [\"Defence Ministry\"]\n";
    let article = "Ministry rejects report on drills\n\n\
        LONDON, June 2 (Example Wire) - The Defence Ministry on Sunday rejected a report on drills.\n\n\
        \"The report is false and we will say so again,\" the Defence Ministry said in a statement.\n";
    let (out, text, merged) = merge_texts("ambiguous", original, article);
    assert!(!["uk-mod", "ru-mod"].contains(&last_speaker(&merged)));
    assert!(
        text.contains("# review: the name could be any of the actors uk-mod, ru-mod"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("actors: 0 existing"),
        "{}",
        stderr(&out)
    );
}

/// The bundled briefing's event of the 3,000 troops, in `b`.
fn troops(b: &Briefing) -> &brief::briefing::model::Event {
    b.timeline
        .iter()
        .find(|e| e.title.as_str() == "About 3,000 North Korean troops reported in Russia")
        .unwrap()
}

#[test]
fn another_event_with_the_same_figure_is_added_with_a_note_not_merged() {
    let bundled = fs::read_to_string(crate_file("briefings/dprk-troops-russia.toml")).unwrap();
    let article = "Ukraine says about 3,000 North Korean troops killed or wounded in Russia's Kursk region\n\n\
        KYIV, Jan. 13 (Example Wire) - Ukraine's military intelligence said on Monday that about 3,000 North Korean troops have been killed or wounded in Russia's Kursk region.\n\n\
        \"The losses are heavy,\" spokesperson Andriy Yusov told reporters in Kyiv.\n";
    let (out, text, merged) = merge_texts("casualties", &bundled, article);
    let original = load_path(&crate_file("briefings/dprk-troops-russia.toml")).unwrap();
    // No existing event gains the new source; the casualty report is an event of its own.
    for event in &merged.timeline[..original.timeline.len()] {
        assert_eq!(event.sources, [0], "{}", event.title.as_str());
    }
    assert_eq!(merged.timeline.len(), original.timeline.len() + 1);
    let added = merged.timeline.last().unwrap();
    assert!(added.title.as_str().contains("killed or wounded"));
    assert!(
        text.contains("# review: may be the existing event"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("0 corroborated, 1 new (1 of them perhaps"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_recap_of_the_existing_source_corroborates_nothing() {
    let bundled = fs::read_to_string(crate_file("briefings/dprk-troops-russia.toml")).unwrap();
    for article in ["moscow-denies.txt", "nato-confirms.txt"] {
        let text =
            fs::read_to_string(crate_file(&format!("tests/articles/living/{article}"))).unwrap();
        let (out, _, merged) = merge_texts(article, &bundled, &text);
        assert_eq!(troops(&merged).sources, [0], "{}", stderr(&out));
        assert!(troops(&merged).history.is_empty());
    }
}

/// A briefing of one event of the 3,000 troops, its sources and history written as `extra`.
fn troops_briefing(sources: &str, event: &str) -> String {
    format!(
        "format = 1\n[briefing]\nid = \"b\"\ntitle = \"Troops\"\nsummary = \"s\"\n\n{sources}\n\
         [[timeline]]\nwhen = \"18 Oct\"\ntitle = \"About 3,000 North Korean troops reported in Russia\"\n\
         detail = \"About 3,000 North Korean troops have arrived in Russia and are training.\"\n\
         status = \"reported\"\n{event}"
    )
}

#[test]
fn a_history_written_as_tables_takes_the_new_step() {
    let original = troops_briefing(
        "[[briefing.sources]]\nid = \"nis\"\ntitle = \"NIS\"\n",
        "\n[[timeline.history]]\nstatus = \"reported\"\nsource = \"nis\"\n",
    );
    let follow_up = String::from_utf8(follow_up()).unwrap();
    let (_, text, merged) = merge_texts("history-tables", &original, &follow_up);
    let steps: Vec<(&str, Option<usize>)> = merged.timeline[0]
        .history
        .iter()
        .map(|c| (c.status.name(), c.source))
        .collect();
    assert_eq!(
        steps,
        [("reported", Some(0)), ("confirmed", Some(1))],
        "{text}"
    );
    assert!(text.contains("# review: step added: confirmed"), "{text}");
}

#[test]
fn an_event_that_named_none_of_several_sources_asks_for_its_backers() {
    let original = troops_briefing(
        "[[briefing.sources]]\nid = \"nis\"\ntitle = \"NIS\"\n\n[[briefing.sources]]\nid = \"yonhap\"\ntitle = \"Yonhap\"\n",
        "",
    );
    let follow_up = String::from_utf8(follow_up()).unwrap();
    let (_, text, merged) = merge_texts("unbacked", &original, &follow_up);
    assert_eq!(merged.timeline[0].sources, [2]);
    assert!(
        text.contains("# review: the event named no source: add the original's sources"),
        "{text}"
    );
}

#[test]
fn the_same_article_named_another_way_is_refused() {
    let dir = common::scratch("draft-into", "dot");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    let first = dir.join("first.toml");
    assert!(draft_into(&b, &a, &first).status.success());
    // The first merge names it `a.txt`; written `./a.txt`, it is the same file.
    let text = fs::read_to_string(&first).unwrap();
    fs::write(
        &first,
        text.replace("file = \"a.txt\"", "file = \"./a.txt\""),
    )
    .unwrap();
    let again = draft_into(&first, &a, &dir.join("again.toml"));
    assert_eq!(again.status.code(), Some(1), "{}", stderr(&again));
    assert!(stderr(&again).contains("already the briefing's source"));
    assert!(!dir.join("again.toml").exists());
}

#[test]
fn written_to_another_folder_every_source_is_named_from_there() {
    let dir = common::scratch("draft-into", "relocate");
    for sub in ["sub", "out"] {
        fs::create_dir_all(dir.join(sub)).unwrap();
    }
    // The original names a text that is present and one that is missing.
    let original = troops_briefing(
        "[[briefing.sources]]\nid = \"nis\"\ntitle = \"NIS\"\nfile = \"nis.txt\"\n\n\
         [[briefing.sources]]\nid = \"gone\"\ntitle = \"Gone\"\nfile = \"gone.txt\"\n",
        "sources = [\"nis\"]\n",
    );
    fs::write(dir.join("sub/b.toml"), original).unwrap();
    fs::write(dir.join("sub/nis.txt"), "NIS text").unwrap();
    fs::write(dir.join("a.txt"), follow_up()).unwrap();
    let new = dir.join("out/new.toml");
    let out = draft_into(&dir.join("sub/b.toml"), &dir.join("a.txt"), &new);
    assert!(out.status.success(), "{}", stderr(&out));
    let merged = load_path(&new).unwrap();
    let files: Vec<&str> = merged
        .meta
        .sources
        .iter()
        .map(|s| s.file.as_ref().unwrap().as_str())
        .collect();
    assert_eq!(files, ["../sub/nis.txt", "../sub/gone.txt", "../a.txt"]);
}

#[test]
fn a_closed_standard_error_does_not_stop_the_file_being_written() {
    let dir = common::scratch("draft-into", "closed-stderr");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    for into in [true, false] {
        let new = dir.join(format!("new-{into}.toml"));
        let mut command = cli::brief(&["draft".as_ref(), a.as_os_str()]);
        if into {
            command.args(["--into".as_ref(), b.as_os_str()]);
        }
        command.args(["-o".as_ref(), new.as_os_str()]);
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let status = command.stderr(writer).status().unwrap();
        assert!(status.success(), "{status:?}");
        load_path(&new).unwrap();
    }
}

#[test]
fn the_report_counts_only_the_timeline_candidates_appended() {
    let dir = common::scratch("draft-into", "report-count");
    let (b, a) = setup(&dir, "briefings/dprk-troops-russia.toml", &follow_up());
    let out = draft_into(&b, &a, &dir.join("new.toml"));
    assert!(out.status.success(), "{}", stderr(&out));
    // Its one event is the 3,000 troops', proposed on the existing entry, not appended.
    assert!(
        stderr(&out).contains("3 quotes, 0 timeline candidates"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("timeline candidates: check each"));
}
