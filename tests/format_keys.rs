//! The format keys the store relies on: an optional `id` on timeline events and an optional
//! `wikidata` reference on actors, checked like every other key.

use brief::briefing::load::load_str;

const HEAD: &str = "format = 1\n[briefing]\nid = \"b\"\ntitle = \"T\"\nsummary = \"S\"\n\n[[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"person\"\n";

fn load(rest: &str) -> Result<brief::briefing::Briefing, String> {
    load_str("t.toml", &format!("{HEAD}{rest}")).map_err(|e| e.to_string())
}

#[test]
fn events_may_have_an_id_and_a_line() {
    let b = load("wikidata = \"Q42\"\n\n[[timeline]]\nid = \"talks\"\nwhen = \"Friday\"\ntitle = \"Talks\"\n\n[[timeline]]\nwhen = \"Monday\"\ntitle = \"More\"\n").unwrap();
    assert_eq!(b.timeline[0].id.as_ref().unwrap().as_str(), "talks");
    assert_eq!(b.timeline[1].id, None);
    assert_eq!((b.timeline[0].line, b.timeline[1].line), (13, 18));
    assert_eq!(b.actors[0].wikidata.as_ref().unwrap().as_str(), "Q42");
    assert_eq!((b.meta.line, b.actors[0].line), (2, 7));
}

#[test]
fn event_ids_follow_the_id_rules_and_are_unique() {
    let error =
        load("\n[[timeline]]\nid = \"Talks\"\nwhen = \"Friday\"\ntitle = \"Talks\"\n").unwrap_err();
    assert!(
        error.contains("t.toml:13:6: id 'Talks' must be 1-64 characters of a-z, 0-9 and '-'"),
        "{error}"
    );
    let error = load("\n[[timeline]]\nid = \"talks\"\nwhen = \"Friday\"\ntitle = \"Talks\"\n\n[[timeline]]\nid = \"talks\"\nwhen = \"Monday\"\ntitle = \"More\"\n").unwrap_err();
    assert!(
        error.contains("t.toml:18:6: duplicate event id 'talks' (first used on line 13)"),
        "{error}"
    );
}

#[test]
fn wikidata_must_be_q_and_digits() {
    for bad in ["42", "Q", "Q04", "q42", "Q42a", "P31"] {
        let error = load(&format!("wikidata = \"{bad}\"\n")).unwrap_err();
        assert!(
            error.contains(&format!(
                "t.toml:11:12: wikidata '{bad}' must be a Wikidata item id: Q followed by digits, like \"Q42\""
            )),
            "{error}"
        );
    }
}
