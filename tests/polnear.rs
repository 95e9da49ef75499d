//! The PolNeAR scoring harness (`tests/articles/polnear/`): the brat reader, the gold
//! quotations, the speaker key, the all-sources resolution, the scores and the folds, each on
//! short passages written for these tests; and, when `../shared/polnear-train` is present, the
//! reader against the real annotation.

// The harness is shared with `examples/draft_eval.rs`, which uses parts these tests do not.
#[allow(dead_code)]
#[path = "articles/polnear/mod.rs"]
mod polnear;

use std::ops::Range;
use std::path::Path;

use polnear::brat::{self, Annotation};
use polnear::corpus::Article;
use polnear::drafted::{Drafted, DraftedQuote, brief_draft};
use polnear::folds::{FOLDS, cross_validate, fold_of};
use polnear::gold::{Form, classify, gold_quotes};
use polnear::marks::{Marks, quotations};
use polnear::names::{Name, NameIndex, name_in, same_speaker};
use polnear::report::table;
use polnear::resolve::How;
use polnear::score::score;

/// Byte range of the `nth` occurrence (from 0) of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> Range<usize> {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"))
        .0;
    start..start + needle.len()
}

/// `range` as a brat offset pair: code points, as Python counts them.
fn offsets(text: &str, range: &Range<usize>) -> String {
    format!(
        "{} {}",
        text[..range.start].chars().count(),
        text[..range.end].chars().count()
    )
}

/// Byte range of `phrase` in `text`: its first occurrence, or with `#n` its `n`th from 0
/// (`Soran#1`).
fn phrase(text: &str, phrase: &str) -> Range<usize> {
    match phrase.rsplit_once('#') {
        Some((words, nth)) => at(text, words, nth.parse().unwrap()),
        None => at(text, phrase, 0),
    }
}

/// Brat annotation of `text` for attributions given as (source, cue, content fragments),
/// each a [`phrase`] of the text or empty for none.
fn annotate(text: &str, attributions: &[(&str, &str, &[&str])]) -> String {
    let mut out = String::new();
    let mut t = 0;
    for (e, (source, cue, content)) in attributions.iter().enumerate() {
        let mut parts = Vec::new();
        for (role, phrase) in [("Source", source), ("Cue", cue)] {
            if !phrase.is_empty() {
                t += 1;
                let range = self::phrase(text, phrase);
                out += &format!("T{t}\t{role} {}\t{}\n", offsets(text, &range), &text[range]);
                parts.push(format!("{role}:T{t}"));
            }
        }
        if !content.is_empty() {
            t += 1;
            let fragments: Vec<String> = content
                .iter()
                .map(|c| offsets(text, &phrase(text, c)))
                .collect();
            out += &format!(
                "T{t}\tContent {}\t{}\n",
                fragments.join(";"),
                content.join(" ")
            );
            parts.push(format!("Content:T{t}"));
        }
        out += &format!("E{}\tAttribution:T0 {}\n", e + 1, parts.join(" "));
    }
    out
}

/// The words of `name`.
fn name(words: &str) -> Name {
    Name {
        words: words.split_whitespace().map(str::to_owned).collect(),
    }
}

// The brat reader.

#[test]
fn offsets_count_code_points_and_become_byte_ranges() {
    let text = "Zoë Brandt — née Köhler — said: “Wir schaffen das, alle zusammen.”";
    let content = at(text, "Wir schaffen das, alle zusammen.", 0);
    let source = at(text, "Zoë Brandt", 0);
    let ann = format!(
        "T1\tSource {}\tZoë Brandt\nT2\tContent {}\tWir…\nE1\tAttribution:T3 Source:T1 Content:T2\n",
        offsets(text, &source),
        offsets(text, &content)
    );
    let annotation = brat::parse(&ann, text).unwrap();
    let attribution = &annotation.attributions[0];
    assert_eq!(attribution.source.as_ref().unwrap().fragments, vec![source]);
    assert_eq!(attribution.content, vec![content.clone()]);
    assert_eq!(&text[content], "Wir schaffen das, alle zusammen.");
}

#[test]
fn discontinuous_spans_keep_every_fragment() {
    let text = "“First part,” the mayor said, “and the second part.”";
    let ann = annotate(
        text,
        &[(
            "the mayor",
            "said",
            &["First part,", "and the second part."],
        )],
    );
    let annotation = brat::parse(&ann, text).unwrap();
    let a = &annotation.attributions[0];
    assert_eq!(a.content.len(), 2);
    assert_eq!(&text[a.content[1].clone()], "and the second part.");
    assert_eq!(a.source.as_ref().unwrap().text(text), "the mayor");
    assert_eq!(a.cue.as_ref().unwrap().text(text), "said");
}

#[test]
fn attributions_without_a_source_and_second_contents_are_read() {
    let text = "Officials said the road would close. “It stays shut,” it was announced.";
    let ann = format!(
        "T1\tCue {}\tsaid\nT2\tContent {}\tthe road\nT3\tContent {}\tIt stays\n\
         E1\tAttribution-no-source:T9 Cue:T1 Content:T2 Content2:T3\n\
         #1\tAnnotatorNotes T1\tA note\nthe rest of a text that held a line break\n",
        offsets(text, &at(text, "said", 0)),
        offsets(text, &at(text, "the road would close.", 0)),
        offsets(text, &at(text, "It stays shut,", 0)),
    );
    let annotation = brat::parse(&ann, text).unwrap();
    assert_eq!(annotation.attributions.len(), 1);
    let a = &annotation.attributions[0];
    assert!(a.source.is_none());
    assert_eq!(a.content.len(), 2);
}

#[test]
fn an_offset_past_the_end_is_an_error_naming_the_line() {
    let err = brat::parse("T1\tSource 0 5\tAnna\nT2\tSource 3 99\tx\n", "Anna said").unwrap_err();
    assert!(err.contains("line 2"), "{err}");
    let err = brat::parse("T1\tSource 5 2\tx\n", "Anna said").unwrap_err();
    assert!(err.contains("line 1"), "{err}");
}

// Quotations by their marks.

#[test]
fn every_kind_of_mark_encloses_a_quotation() {
    let text = "“Curly words here,” she said. \"Straight words here,\" he said. \
                ''Apostrophe words here,'' they said. “Mixed marks here,\" it said.";
    let found: Vec<(&str, Marks)> = quotations(text)
        .iter()
        .map(|q| (&text[q.range.clone()], q.marks))
        .collect();
    assert_eq!(
        found,
        vec![
            ("Curly words here,", Marks::Curly),
            ("Straight words here,", Marks::Straight),
            ("Apostrophe words here,", Marks::Apostrophes),
            ("Mixed marks here,", Marks::Curly),
        ]
    );
}

#[test]
fn single_marks_stay_inside_the_quotation() {
    let text = "''He told me 'no, never','' she said. “They chant ‘lock him up’ daily,” he said.";
    let found: Vec<&str> = quotations(text)
        .iter()
        .map(|q| &text[q.range.clone()])
        .collect();
    assert_eq!(
        found,
        vec!["He told me 'no, never',", "They chant ‘lock him up’ daily,"]
    );
}

#[test]
fn a_quotation_over_paragraphs_is_one_per_paragraph() {
    let text = "“The first paragraph of the speech goes on\n\n\
                “and the second one ends it here,” she said.\n\n\
                An unclosed “mark at the end\n\nNo quote here.";
    let q = quotations(text);
    assert_eq!(q.len(), 3);
    assert_eq!(
        &text[q[0].range.clone()],
        "The first paragraph of the speech goes on"
    );
    assert!(q[0].continued && !q[0].continuation);
    assert_eq!(
        &text[q[1].range.clone()],
        "and the second one ends it here,"
    );
    assert!(!q[1].continued && q[1].continuation);
    assert!(q[2].continued);
}

#[test]
fn a_line_that_reopens_a_mark_continues_the_quotation() {
    let text = "\"We will fight for every vote in this state\n\"and we will win it,\" he said.";
    let q = quotations(text);
    assert_eq!(q.len(), 2);
    assert_eq!(
        &text[q[0].range.clone()],
        "We will fight for every vote in this state"
    );
    assert!(q[0].continued);
    assert!(q[1].continuation);
}

#[test]
fn a_stray_closing_mark_opens_nothing() {
    let text = "He left” and then “came back today,” she said.";
    let found: Vec<&str> = quotations(text)
        .iter()
        .map(|q| &text[q.range.clone()])
        .collect();
    assert_eq!(found, vec!["came back today,"]);
}

// Gold quotations.

#[test]
fn a_quotation_inside_a_content_is_gold_with_its_source() {
    let text = "“We will build the bridge. It opens in May,” said Rosa Lind, the mayor. \
                Critics call it a “bridge to nowhere” for good.";
    let ann = annotate(
        text,
        &[(
            "Rosa Lind, the mayor",
            "said",
            // One fragment per sentence, as annotators often cut a content.
            &["We will build the bridge.", "It opens in May,"],
        )],
    );
    let annotation = brat::parse(&ann, text).unwrap();
    let gold = gold_quotes(text, &annotation);
    assert_eq!(gold.len(), 1, "the scare quote is not gold: {gold:?}");
    assert_eq!(gold[0].text, "We will build the bridge. It opens in May,");
    assert_eq!(gold[0].words, 9);
    let source = gold[0].source.as_ref().unwrap();
    assert_eq!(source.form, Form::Name);
    assert_eq!(source.name, Some(name("Rosa Lind")));
    assert_eq!(gold[0].cue.as_ref().unwrap().text, "said");
}

#[test]
fn a_quotation_mostly_outside_the_content_is_not_gold() {
    let text = "He said the plan was “far too expensive for a small town like ours to carry.”";
    let ann = annotate(text, &[("He", "said", &["the plan was “far too"])]);
    let annotation = brat::parse(&ann, text).unwrap();
    assert!(gold_quotes(text, &annotation).is_empty());
}

#[test]
fn a_quotation_inside_two_contents_belongs_to_the_inner_speaker() {
    let text = "Pia Holm said that Ken Aro told her “the vote is rigged from the start.”";
    let ann = annotate(
        text,
        &[
            (
                "Pia Holm",
                "said",
                &["that Ken Aro told her “the vote is rigged from the start.”"],
            ),
            ("Ken Aro", "told", &["the vote is rigged from the start."]),
        ],
    );
    let annotation = brat::parse(&ann, text).unwrap();
    let gold = gold_quotes(text, &annotation);
    assert_eq!(gold[0].source.as_ref().unwrap().mention.text, "Ken Aro");
}

#[test]
fn source_mentions_are_classified_by_form() {
    let cases = [
        ("Senator Ula Brecht (D-Vt.)", Form::Name),
        ("Gall", Form::Name),
        ("the Federation of Bakers", Form::Name),
        ("Jo Ferris, who chairs the Harbour Trust", Form::Name),
        ("the board's treasurer, Amal Dorsey,", Form::Name),
        ("he", Form::Pronoun),
        ("We’ve", Form::Pronoun),
        ("who", Form::Pronoun),
        ("the veteran lawmaker", Form::Description),
        ("a spokesman for Ula Brecht", Form::Description),
        ("One aide inside Brecht Tower", Form::Description),
        ("the statement", Form::Document),
        ("her Twitter account", Form::Document),
        ("Transcript", Form::Document),
        ("said", Form::Other),
    ];
    for (mention, form) in cases {
        assert_eq!(classify(mention).0, form, "{mention}");
    }
}

// Names and the speaker key.

#[test]
fn the_name_of_a_mention_drops_titles_appositions_and_phrases() {
    let cases = [
        (
            "Senate Minority Leader Harriet Vance (D-Ore.)",
            Some("Harriet Vance"),
        ),
        ("Oregon Sen. Harriet Vance", Some("Harriet Vance")),
        ("Republican Tom Okafor", Some("Tom Okafor")),
        (
            "the White House press secretary, Tomas Reyes,",
            Some("Tomas Reyes"),
        ),
        ("campaign manager Mira de Souza", Some("Mira de Souza")),
        (
            "Jonah Pike of the Open Budget Institute",
            Some("Jonah Pike"),
        ),
        ("Ms. Pike's", Some("Pike")),
        ("Marcus Hale Jr., 61,", Some("Marcus Hale")),
        ("the Federation of Bakers", Some("Federation of Bakers")),
        ("a spokesman for Ruth Adler", None),
        ("Officials", None),
    ];
    for (mention, expected) in cases {
        assert_eq!(
            name_in(mention).map(|n| n.text()),
            expected.map(str::to_owned),
            "{mention}"
        );
    }
}

#[test]
fn a_name_resolves_to_its_fullest_form_in_the_article() {
    let article = "Newton Gall, the party's treasurer, spoke first. Later Gall said more. \
                   Hilda Rae Morgan arrived. Tom Morgan, her brother, left. Morgan said no.";
    let index = NameIndex::new(article);
    let gall = at(article, "Gall said", 0).start;
    assert_eq!(index.fullest(&name("Gall"), gall), name("Newton Gall"));
    // Two Morgans: the nearest before the mention is meant.
    let last = at(article, "Morgan said", 0).start;
    assert_eq!(index.fullest(&name("Morgan"), last), name("Tom Morgan"));
    let early = at(article, "Hilda", 0).start;
    assert_eq!(
        index.fullest(&name("Morgan"), early),
        name("Hilda Rae Morgan")
    );
    // Other words must be held in order: `Hilda Morgan` is Hilda Rae Morgan, not Tom.
    assert_eq!(
        index.fullest(&name("Hilda Morgan"), last),
        name("Hilda Rae Morgan")
    );
    // A name the article writes only once stays itself.
    assert_eq!(index.fullest(&name("Okafor"), last), name("Okafor"));
}

#[test]
fn same_speaker_is_surname_and_agreeing_given_name() {
    let yes = [
        ("Gall", "Newton Gall"),
        ("Chris Lark", "Christopher Lark"),
        ("J. Lark", "John Lark"),
        ("OBI", "Open Budget Institute"),
        ("Harbour Trust", "Harbour Trust"),
        ("Post", "Daily Post"),
    ];
    let no = [
        ("Ann Gall", "Newton Gall"),
        ("Gall", "Gallo"),
        ("OBS", "Open Budget Institute"),
        ("Jo Lark", "John Lark"),
    ];
    for (a, b) in yes {
        assert!(same_speaker(&name(a), &name(b)), "{a} = {b}");
        assert!(same_speaker(&name(b), &name(a)), "{b} = {a}");
    }
    for (a, b) in no {
        assert!(!same_speaker(&name(a), &name(b)), "{a} != {b}");
    }
}

// The all-sources resolution.

/// The article of `text` with `attributions` (see [`annotate`]).
fn article(file: &str, text: &str, attributions: &[(&str, &str, &[&str])]) -> Article {
    Article::new(
        file,
        "press",
        None,
        text.to_owned(),
        &annotate(text, attributions),
    )
    .unwrap()
}

#[test]
fn pronouns_and_definite_descriptions_resolve_to_an_earlier_named_source() {
    let text = "Mr. Ivo Tarn said the budget was late. Ms. Lena Voss said it was fine. \
                “We will not wait any longer,” he said. “Nobody told us anything,” the treasurer said. \
                “The numbers are simply wrong,” a spokesman said.";
    let a = article(
        "resolve",
        text,
        &[
            ("Ivo Tarn", "said", &["the budget was late"]),
            ("Lena Voss", "said", &["it was fine"]),
            // `he` is the second `he` of the text (the first is in `the budget`).
            ("he#1", "said#2", &["We will not wait any longer,"]),
            ("the treasurer", "said", &["Nobody told us anything,"]),
            ("a spokesman", "said", &["The numbers are simply wrong,"]),
        ],
    );
    let resolved: Vec<Option<(String, How)>> = a
        .resolved
        .iter()
        .map(|r| r.as_ref().map(|r| (r.name.text(), r.how)))
        .collect();
    assert_eq!(
        resolved,
        vec![
            // `he` skips Ms. Voss.
            Some(("Ivo Tarn".to_owned(), How::Pronoun)),
            Some(("Lena Voss".to_owned(), How::Definite)),
            // An indefinite description is not resolved.
            None,
        ]
    );
}

#[test]
fn who_after_a_name_is_that_name() {
    let text =
        "The fund hired Dana Ostrova. Ostrova, who called it “a fresh start for all of us,” left.";
    let a = article(
        "who",
        text,
        &[("who", "called", &["it “a fresh start for all of us,”"])],
    );
    let r = a.resolved[0].as_ref().unwrap();
    assert_eq!(
        (r.name.text(), r.how),
        ("Dana Ostrova".to_owned(), How::Relative)
    );
}

// Scores.

/// A drafted quotation of `text`'s `nth` `words`, by `speaker`.
fn quote(text: &str, words: &str, nth: usize, speaker: &str) -> DraftedQuote {
    DraftedQuote {
        range: at(text, words, nth),
        speaker: vec![speaker.to_owned()],
        mention: None,
    }
}

const TWO_QUOTES: &str = "“The harbour will reopen next spring. Ships are waiting already,” \
    said Elif Soran, the port director. Later Soran added: “Nothing about this is simple.” \
    Her deputy, Bo Hart, said “the cranes are old and slow.”";

fn two_quotes() -> Article {
    article(
        "port",
        TWO_QUOTES,
        &[
            (
                "Elif Soran, the port director",
                "said",
                &["The harbour will reopen next spring. Ships are waiting already,"],
            ),
            ("Soran#1", "added", &["Nothing about this is simple."]),
            ("Bo Hart", "said", &["the cranes are old and slow."]),
        ],
    )
}

#[test]
fn a_quotation_split_or_trimmed_by_the_drafter_is_found() {
    let a = two_quotes();
    let drafted = Drafted {
        quotes: vec![
            // The first quotation in its two sentences.
            quote(
                TWO_QUOTES,
                "The harbour will reopen next spring.",
                0,
                "Elif Soran",
            ),
            quote(TWO_QUOTES, "Ships are waiting already,", 0, "Soran"),
            // The second trimmed of its last word, by the wrong speaker.
            quote(TWO_QUOTES, "Nothing about this is", 0, "Bo Hart"),
        ],
        ..Drafted::default()
    };
    let s = score(&a.text, &a.gold, &a.resolved, &a.index, &drafted);
    let c = s.counts;
    assert_eq!((c.gold, c.found), (3, 2));
    assert_eq!((c.named, c.named_found, c.named_right), (3, 2, 1));
    assert_eq!((c.drafted, c.real), (3, 3));
    assert_eq!(s.outcomes[0].drafted, Some(0));
    assert_eq!(s.outcomes[1].right, Some(false));
    assert_eq!(s.outcomes[2].drafted, None);
}

#[test]
fn a_quotation_barely_touched_is_not_found_and_a_label_is_not_real() {
    let a = two_quotes();
    let drafted = Drafted {
        quotes: vec![
            quote(TWO_QUOTES, "already,", 0, "Elif Soran"),
            quote(
                TWO_QUOTES,
                "said Elif Soran, the port director",
                0,
                "Elif Soran",
            ),
            // One word of a quotation and five of the text around it.
            quote(
                TWO_QUOTES,
                "simple.” Her deputy, Bo Hart, said",
                0,
                "Bo Hart",
            ),
        ],
        ..Drafted::default()
    };
    let s = score(&a.text, &a.gold, &a.resolved, &a.index, &drafted);
    assert_eq!(s.counts.found, 0);
    // The first has fewer than four words; the others are not quotations.
    assert_eq!((s.counts.drafted, s.counts.real), (2, 0));
    assert_eq!(s.unreal, vec![1, 2]);
}

#[test]
fn mention_accuracy_compares_the_chosen_mention_with_the_source() {
    let a = two_quotes();
    let with_mention = |words: &str, mention: &str, nth: usize| DraftedQuote {
        mention: Some(at(TWO_QUOTES, mention, nth)),
        ..quote(TWO_QUOTES, words, 0, "Elif Soran")
    };
    let drafted = Drafted {
        quotes: vec![
            with_mention(
                "The harbour will reopen next spring. Ships are waiting already,",
                "Elif Soran",
                0,
            ),
            // `Soran` in `Elif Soran`, not the `Soran` who added.
            with_mention("Nothing about this is simple.", "Soran", 0),
        ],
        ..Drafted::default()
    };
    let c = score(&a.text, &a.gold, &a.resolved, &a.index, &drafted).counts;
    // Three quotations with a Source, two found naming a mention, one the annotated one.
    assert_eq!((c.sourced, c.mentions, c.mention_right), (3, 2, 1));
}

#[test]
fn today_s_drafter_is_read_through_its_public_api() {
    let text = "“We will win this race in every county,” said Mara Quist, the candidate.\n\n\
                Her rival, Pavel Dorn, was unmoved. “We will win this race in every county,” Dorn said.";
    let drafted = brief_draft(text);
    let mut found: Vec<(Range<usize>, String)> = drafted
        .quotes
        .iter()
        .map(|q| (q.range.clone(), q.speaker[0].clone()))
        .collect();
    found.sort_by_key(|(r, _)| r.start);
    // The drafter leaves out the comma before the closing mark.
    let words = "We will win this race in every county";
    assert_eq!(
        found,
        vec![
            (at(text, words, 0), "Mara Quist".to_owned()),
            (at(text, words, 1), "Pavel Dorn".to_owned()),
        ]
    );
    // Each names the mention it chose.
    let mentions: Vec<&str> = drafted
        .quotes
        .iter()
        .map(|q| &text[q.mention.clone().expect("a mention")])
        .collect();
    assert_eq!(mentions, ["Mara Quist", "Dorn"]);
}

// Folds.

#[test]
fn folds_are_stable_and_spread() {
    let names: Vec<String> = (0..200)
        .map(|i| format!("paper_2016-01-01_story-{i}"))
        .collect();
    let mut sizes = [0; FOLDS];
    for n in &names {
        let fold = fold_of(n);
        assert_eq!(fold, fold_of(&n.clone()));
        sizes[fold] += 1;
    }
    assert!(sizes.iter().all(|&s| s >= 20), "{sizes:?}");
}

/// A stand-in that learns: it drafts exactly the gold quotations, with their named speakers
/// and Source mentions, of the articles it was trained on, and nothing elsewhere.
fn memoriser(train: &[&Article]) -> impl Fn(&str) -> Drafted + use<> {
    let seen: Vec<(String, Drafted)> = train
        .iter()
        .map(|a| {
            let quotes = a
                .gold
                .iter()
                .filter_map(|g| {
                    let source = g.source.as_ref()?;
                    Some(DraftedQuote {
                        range: g.range.clone(),
                        speaker: vec![source.name.as_ref()?.text()],
                        mention: Some(source.mention.range.clone()),
                    })
                })
                .collect();
            (
                a.text.clone(),
                Drafted {
                    quotes,
                    ..Drafted::default()
                },
            )
        })
        .collect();
    move |text: &str| {
        seen.iter()
            .find(|(t, _)| t == text)
            .map(|(_, d)| d.clone())
            .unwrap_or_default()
    }
}

/// Ten small articles (two quotations each) over the folds.
fn corpus() -> Vec<Article> {
    const SURNAMES: [&str; 10] = [
        "Wren",
        "Lindqvist",
        "Abara",
        "Castell",
        "Dufresne",
        "Ekwueme",
        "Farrow",
        "Grieg",
        "Hollis",
        "Ivers",
    ];
    SURNAMES
        .iter()
        .enumerate()
        .map(|(i, surname)| {
            let text = format!(
                "“Story {i} needs every one of you here,” said Ada {surname}.\n\n\
                 “And tomorrow we vote on it again,” {surname} said."
            );
            let first = format!("Story {i} needs every one of you here,");
            let full = format!("Ada {surname}");
            let later = format!("{surname}#1");
            let a = article(
                &format!("paper_story-{i}"),
                &text,
                &[
                    (full.as_str(), "said", &[first.as_str()]),
                    (
                        later.as_str(),
                        "said#1",
                        &["And tomorrow we vote on it again,"],
                    ),
                ],
            );
            assert_eq!(a.gold.len(), 2);
            a
        })
        .collect()
}

#[test]
fn cross_validation_shows_what_a_drafter_learnt_by_heart() {
    let articles = corpus();
    let scored = cross_validate(&articles, memoriser);
    for s in &scored {
        let (i, o) = (s.in_sample.score.counts, s.out_of_fold.score.counts);
        assert_eq!((i.found, i.named_right, i.mention_right), (2, 2, 2));
        assert_eq!((o.found, o.named_right, o.mention_right), (0, 0, 0));
    }
    let out = table("stand-in", &articles, &scored);
    let total = out.lines().find(|l| l.starts_with("TOTAL")).unwrap();
    // Found, named right and mention: all in-sample, none out of fold.
    assert_eq!(total.matches("100.0 / 0.0").count(), 3, "{out}");
    for fold in 1..=FOLDS {
        assert!(out.contains(&format!("fold {fold}")), "{out}");
    }
}

#[test]
fn a_drafter_that_learns_nothing_scores_the_same_in_and_out_of_fold() {
    let articles = corpus();
    let mut trained = 0;
    let scored = cross_validate(&articles, |_| {
        trained += 1;
        brief_draft
    });
    assert_eq!(trained, 1 + FOLDS);
    for s in &scored {
        assert_eq!(s.in_sample.score, s.out_of_fold.score);
        assert_eq!(s.in_sample.score.counts.named_right, 2);
    }
    // It names the mention it chose, so mention accuracy is measured.
    let out = table("today", &articles, &scored);
    let total = out.lines().find(|l| l.starts_with("TOTAL")).unwrap();
    let cells: Vec<&str> = total
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells[cells.len() - 2..],
        ["100.0 / 100.0", "100.0 / 100.0"],
        "{out}"
    );
}

// The real annotation, when present.

#[test]
fn every_source_and_cue_read_is_the_text_the_annotation_records() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear-train");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("polnear-train not found next to the repository; skipping");
        return;
    };
    let mut checked = 0;
    for path in entries.filter_map(|e| Some(e.ok()?.path())) {
        if path.extension().is_none_or(|x| x != "ann") {
            continue;
        }
        let ann = std::fs::read_to_string(&path).unwrap();
        let text = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let annotation: Annotation = brat::parse(&ann, &text).unwrap();
        for a in &annotation.attributions {
            for span in [&a.source, &a.cue].into_iter().flatten() {
                let read = span.text(&text);
                let recorded = format!("\t{} {}\t{read}", span.label, span_offsets(&text, span));
                assert!(ann.contains(&recorded), "{}: {read:?}", path.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

/// A span's offsets as brat writes them.
fn span_offsets(text: &str, span: &brat::Span) -> String {
    let parts: Vec<String> = span.fragments.iter().map(|f| offsets(text, f)).collect();
    parts.join(";")
}
