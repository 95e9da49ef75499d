//! Living briefings in the format: sources with ids, items tied to their sources, an event's
//! history, basis and corroboration, and dates as TOML writes them; every message as a user
//! reads it.

mod common;

use brief::briefing::model::{PartialDate, Status};
use brief::briefing::{Briefing, load_bytes};
use common::{bundled, event_ix as event, living, quote_ix};

/// A briefing of two sources, `wire` and `daily`, with `rest` appended.
fn two_sources(rest: &str) -> String {
    format!(
        "format = 1\n[briefing]\nid = \"b\"\ntitle = \"T\"\nsummary = \"S\"\n\
         [[briefing.sources]]\nid = \"wire\"\ntitle = \"Wire\"\npublisher = \"Example Wire\"\n\
         [[briefing.sources]]\nid = \"daily\"\ntitle = \"Daily\"\npublisher = \"Example Daily\"\n\
         [[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"person\"\n{rest}"
    )
}

fn load(text: &str) -> Briefing {
    load_bytes("t.toml", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// The message of the first error (its line and column and the file name cut).
fn error(text: &str) -> String {
    let message = load_bytes("t.toml", text.as_bytes())
        .expect_err("should fail")
        .to_string();
    let first = message.lines().next().unwrap();
    first.splitn(4, ':').nth(3).unwrap().trim().to_owned()
}

#[test]
fn the_living_fixture_ties_every_item_to_its_sources() {
    let b = living();
    let ids: Vec<&str> = b
        .meta
        .sources
        .iter()
        .map(|s| s.id.as_ref().unwrap().as_str())
        .collect();
    assert_eq!(ids, ["japan-concern", "kremlin-denies", "nato-confirms"]);
    assert_eq!(b.quote_source(quote_ix(&b, "orlov-fabrication")), Some(1));
    let troops = event(&b, "troops-in-russia");
    let history: Vec<(Status, Option<usize>, String)> = b.timeline[troops]
        .history
        .iter()
        .map(|c| (c.status, c.source, c.date.unwrap().to_string()))
        .collect();
    assert_eq!(
        history,
        [
            (Status::Reported, Some(0), "2024-10-18".to_owned()),
            (Status::Claimed, Some(1), "2024-10-24".to_owned()),
            (Status::Confirmed, Some(2), "2024-10-28".to_owned()),
        ]
    );
    assert_eq!(b.event_sources(troops), [0, 1, 2]);
    assert_eq!(
        b.timeline[troops].corroborated_by,
        [event(&b, "nato-kursk")]
    );
    assert!(b.timeline[troops].basis.is_some());
    assert_eq!(b.independent_sources(troops), 3);
    let concern = &b.implications[1];
    assert_eq!(concern.sources, [0, 2]);
}

#[test]
fn in_a_briefing_of_one_source_everything_belongs_to_it_unsaid() {
    let b = bundled();
    assert!(!b.has_several_sources());
    assert!((0..b.quotes.len()).all(|q| b.quote_source(q) == Some(0)));
    assert!((0..b.timeline.len()).all(|e| b.event_sources(e) == [0]));
    assert!((0..b.implications.len()).all(|i| b.implication_sources(i) == [0]));
}

#[test]
fn a_source_ref_that_names_no_source_is_an_error_with_a_suggestion() {
    let text =
        two_sources("[[quotes]]\nid = \"q\"\nspeaker = \"a\"\ntext = \"x\"\nsource = \"wyre\"\n");
    assert_eq!(
        error(&text),
        "source 'wyre' is not the id of any source; did you mean 'wire'?"
    );
    let text = two_sources(
        "[[timeline]]\nwhen = \"now\"\ntitle = \"t\"\nsources = [\"wire\", \"wire\"]\n",
    );
    assert_eq!(
        error(&text),
        "source 'wire' is listed twice in sources; remove one"
    );
    let text = two_sources(
        "[[implications]]\nid = \"i\"\nregion = \"r\"\ntitle = \"t\"\nsources = [\"weekly\"]\n",
    );
    assert_eq!(
        error(&text),
        "sources 'weekly' is not the id of any source (known: wire, daily)"
    );
}

#[test]
fn two_sources_may_not_share_an_id() {
    let text = two_sources("").replace("id = \"daily\"", "id = \"wire\"");
    assert_eq!(
        error(&text),
        "duplicate source id 'wire' (first used on line 7); give each source its own id"
    );
}

#[test]
fn corroborated_by_names_other_events_by_id_even_later_ones() {
    let text = two_sources(
        "[[timeline]]\nid = \"first\"\nwhen = \"1\"\ntitle = \"t\"\ncorroborated_by = [\"second\"]\n\
         [[timeline]]\nid = \"second\"\nwhen = \"2\"\ntitle = \"u\"\n",
    );
    assert_eq!(load(&text).timeline[0].corroborated_by, [1]);
    let text = two_sources(
        "[[timeline]]\nid = \"first\"\nwhen = \"1\"\ntitle = \"t\"\ncorroborated_by = [\"secnd\"]\n\
         [[timeline]]\nid = \"second\"\nwhen = \"2\"\ntitle = \"u\"\n",
    );
    assert_eq!(
        error(&text),
        "corroborated_by 'secnd' is not the id of any event; did you mean 'second'?"
    );
    let text = two_sources(
        "[[timeline]]\nid = \"first\"\nwhen = \"1\"\ntitle = \"t\"\ncorroborated_by = [\"first\"]\n",
    );
    assert_eq!(
        error(&text),
        "an event does not corroborate itself; name another event"
    );
}

#[test]
fn an_events_basis_needs_a_grade_to_explain() {
    let text = two_sources("[[timeline]]\nwhen = \"1\"\ntitle = \"t\"\nbasis = \"why\"\n");
    assert_eq!(
        error(&text),
        "basis gives the grounds of a status or credibility; add `status = \"...\"` or `credibility = 1` to `6`, or remove basis"
    );
    let text = two_sources(
        "[[timeline]]\nwhen = \"1\"\ntitle = \"t\"\ncredibility = 3\nbasis = \"why\"\n",
    );
    assert_eq!(
        load(&text).timeline[0].basis.as_ref().unwrap().as_str(),
        "why"
    );
}

/// An event with `status` and `history` as given.
fn with_history(status: &str, history: &str) -> String {
    two_sources(&format!(
        "[[timeline]]\nwhen = \"1\"\ntitle = \"t\"\n{status}history = [\n{history}]\n"
    ))
}

#[test]
fn a_history_ends_at_the_events_status_and_goes_oldest_first() {
    let steps = "{ status = \"reported\", source = \"wire\", date = 2024-10-18 },\n\
                 { status = \"confirmed\", source = \"daily\", date = \"2024-10-23\" },\n";
    let b = load(&with_history("status = \"confirmed\"\n", steps));
    assert_eq!(b.timeline[0].history.len(), 2);
    assert_eq!(b.timeline[0].history[1].source, Some(1));
    assert_eq!(
        error(&with_history("status = \"reported\"\n", steps)),
        "the last history step says 'confirmed' but the event's status is 'reported'; the event's status is where its history ends"
    );
    assert_eq!(
        error(&with_history("", steps)),
        "an event with a history needs its current status: add `status = \"confirmed\"`, the last step's"
    );
    let backwards = "{ status = \"reported\", date = 2024-10-23 },\n\
                     { status = \"confirmed\", date = 2024-10-18 },\n";
    assert_eq!(
        error(&with_history("status = \"confirmed\"\n", backwards)),
        "history steps go oldest first: '2024-10-18' comes after '2024-10-23' of an earlier step; put the steps in order"
    );
    let unknown = "{ status = \"reported\", source = \"weekly\" },\n";
    assert_eq!(
        error(&with_history("status = \"reported\"\n", unknown)),
        "source 'weekly' is not the id of any source (known: wire, daily)"
    );
    let typo = "{ status = \"reported\", sorce = \"wire\" },\n";
    assert_eq!(
        error(&with_history("status = \"reported\"\n", typo)),
        "unknown key 'sorce' in a history step; did you mean 'source'?"
    );
}

#[test]
fn dates_may_be_toml_local_dates_beside_strings() {
    let text = two_sources(
        "[[timeline]]\nwhen = \"1\"\ntitle = \"t\"\ndate = 2024-10-18\nuntil = 2024-10-28\n",
    )
    .replace(
        "title = \"Wire\"",
        "title = \"Wire\"\npublished = 2024-10-25",
    );
    let b = load(&text);
    let day = |d: &str| PartialDate::parse(d);
    assert_eq!(b.timeline[0].date, day("2024-10-18"));
    assert_eq!(b.timeline[0].until, day("2024-10-28"));
    assert_eq!(b.meta.sources[0].published, day("2024-10-25"));
    let text = two_sources("").replace("summary", "date = 2024-10-18\nsummary");
    assert_eq!(load(&text).meta.date, day("2024-10-18"));
}

#[test]
fn a_date_with_a_time_is_refused_with_what_to_write() {
    for written in ["2024-10-18T09:30:00", "2024-10-18T09:30:00Z", "09:30:00"] {
        let text = two_sources("").replace("summary", &format!("date = {written}\nsummary"));
        assert_eq!(
            error(&text),
            "date has a time of day or an offset; write the date alone: `date = 2024-10-18` (or a string, `\"2024-10\"`)",
            "{written}"
        );
    }
    let text = two_sources("").replace("summary", "date = 2024\nsummary");
    assert_eq!(
        error(&text),
        "'date' in [briefing] must be a date (\"2024\", \"2024-10\" or 2024-10-18), not an integer"
    );
}
