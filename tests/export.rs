//! `brief export` as an analyst and another tool meet it: a report in briefing order, each
//! quote once, text that fits 80 columns, Markdown that a CommonMark parser reads as the outline
//! and nothing active, JSON that reads back whole, selections, and files never overwritten.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use brief::briefing::Briefing;
use brief::briefing::library::Origin;
use brief::export::json::{self, Document};
use brief::export::{self, Format, Options, Selection, View};
use brief::pane::Pane;
use common::cli::{self, stderr, stdout};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

/// Runs `brief` in the crate folder with no config and an empty data folder, so that the
/// library is the bundled briefing alone.
fn brief(args: &[&str]) -> Output {
    brief_at(args, concat!(env!("CARGO_TARGET_TMPDIR"), "/export-home"))
}

/// Runs `brief` with its config and data folders under `home`.
fn brief_at(args: &[&str], home: &str) -> Output {
    cli::brief(args)
        .env("XDG_CONFIG_HOME", format!("{home}/config"))
        .env("XDG_DATA_HOME", format!("{home}/data"))
        .output()
        .expect("run brief")
}

fn options(format: Format) -> Options {
    Options::new(format, &Origin::Bundled(0))
}

/// The index of the first item that `matches`.
fn position<T>(items: &[T], matches: impl Fn(&T) -> bool) -> usize {
    items.iter().position(matches).expect("in the briefing")
}

fn hostile(name: &str) -> Briefing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    brief::briefing::load_path(&path.join(name)).unwrap()
}

/// The byte offset of each needle in `text`, each searched after the previous one.
fn in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing or out of order after byte {from}:\n{text}"),
        }
    }
}

/// The Markdown parsed with CommonMark and the common extensions (tables, footnotes, math,
/// definition lists, ...): every extension that could turn text into markup is on.
fn parse(markdown: &str) -> Vec<Event<'_>> {
    let options = pulldown_cmark::Options::all()
        - pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION
        - pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        - pulldown_cmark::Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    Parser::new_ext(markdown, options).collect()
}

/// The headings as `## Title` lines, in order.
fn outline(events: &[Event]) -> Vec<String> {
    let mut headings = Vec::new();
    let mut current: Option<String> = None;
    for event in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let hashes = match level {
                    HeadingLevel::H1 => "#",
                    HeadingLevel::H2 => "##",
                    HeadingLevel::H3 => "###",
                    _ => "####",
                };
                current = Some(format!("{hashes} "));
            }
            Event::Text(text) => {
                if let Some(heading) = &mut current {
                    heading.push_str(text);
                }
            }
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            _ => {}
        }
    }
    headings
}

/// The headings of levels 1 and 2: the document's sections.
fn sections(headings: &[String]) -> Vec<&str> {
    headings
        .iter()
        .filter(|h| !h.starts_with("###"))
        .map(String::as_str)
        .collect()
}

/// The text of each block quote.
fn block_quotes(events: &[Event]) -> Vec<String> {
    let mut quotes = Vec::new();
    let mut depth = 0;
    for event in events {
        match event {
            Event::Start(Tag::BlockQuote(_)) => {
                depth += 1;
                quotes.push(String::new());
            }
            Event::End(TagEnd::BlockQuote(_)) => depth -= 1,
            Event::Text(text) if depth > 0 => quotes.last_mut().unwrap().push_str(text),
            Event::SoftBreak if depth > 0 => quotes.last_mut().unwrap().push('\n'),
            _ => {}
        }
    }
    quotes
}

/// The rendered text: what a reader of the HTML would see, line breaks kept.
fn rendered_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Fails on anything but headings, paragraphs, block quotes, lists, strong text and links to
/// web URLs: no HTML, code, images, tables, math, footnotes or other links.
fn assert_inert(events: &[Event]) {
    for event in events {
        match event {
            Event::Start(
                Tag::Heading { .. }
                | Tag::Paragraph
                | Tag::BlockQuote(None)
                | Tag::List(_)
                | Tag::Item
                | Tag::Strong,
            )
            | Event::End(
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Strong
                | TagEnd::Link,
            )
            | Event::Text(_)
            | Event::SoftBreak => {}
            Event::Start(Tag::Link { dest_url, .. }) => assert!(
                dest_url.starts_with("https://") || dest_url.starts_with("http://"),
                "link to {dest_url}"
            ),
            other => panic!("active or unexpected Markdown: {other:?}"),
        }
    }
}

#[test]
fn export_by_id_prints_the_report_in_briefing_order() {
    let out = brief(&["export", "dprk-troops-russia"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    in_order(
        &text,
        &[
            "# Japan alarmed as North Korean troops reportedly arrive in Russia\n",
            "1 source · prepared with brief ",
            " from dprk-troops-russia.toml\n",
            "Japan says it is watching with serious concern",
            "## Implications",
            "### [HIGH] East Asia",
            "### [HIGH] Ukraine and Eastern Europe",
            "### [HIGH] Indo-Pacific",
            "### [MEDIUM] Global",
            "## Timeline",
            "## Quotes",
            "## Actors",
            "## Sources",
            "1. Article on North Korean troops",
        ],
    );
    // No repeated fields, and one source needs no citation marks.
    assert!(text.contains("- **2014**: Russia annexes Crimea (confirmed)"));
    assert!(!text.contains("(2014)"));
    assert!(text.contains("- **National Intelligence Service**, South Korea (agency); also NIS"));
    assert!(!text.contains("[1]"));
    // Bare, by path, and by id: the same report.
    let by_path = brief(&["export", "briefings/dprk-troops-russia.toml"]);
    assert_eq!(stdout(&by_path), text);
    assert_eq!(stdout(&brief(&["export"])), text);
}

#[test]
fn markdown_headings_form_the_outline_and_every_quote_is_quoted_once() {
    let b = common::bundled();
    let markdown = export::report(&b, &Selection::Briefing, &options(Format::Markdown));
    let events = parse(&markdown);
    assert_inert(&events);
    let headings = outline(&events);
    assert_eq!(
        sections(&headings),
        [
            "# Japan alarmed as North Korean troops reportedly arrive in Russia",
            "## Implications",
            "## Timeline",
            "## Quotes",
            "## Actors",
            "## Sources",
            "## Grades"
        ]
    );
    let severities: Vec<&str> = headings
        .iter()
        .filter_map(|h| h.strip_prefix("### ")?.split(' ').next())
        .collect();
    assert_eq!(
        severities,
        ["[HIGH]", "[HIGH]", "[HIGH]", "[MEDIUM]", "[MEDIUM]"]
    );
    let quotes = block_quotes(&events);
    assert_eq!(quotes.len(), b.quotes.len());
    for quote in &b.quotes {
        let marked = format!("“{}”", quote.text);
        let count: usize = quotes.iter().map(|q| q.matches(&marked).count()).sum();
        assert_eq!(count, 1, "{}", quote.text);
    }
    // A quote that supports a second implication is referred to, not repeated.
    assert!(markdown.contains("Also supported by Q2 (Yoshimasa Hayashi), Q4 (Yuki Matsuda)"));
}

#[test]
fn text_fits_the_width_and_holds_each_quote_once() {
    let b = common::bundled();
    for width in [80, 60, 40] {
        let text = export::report(
            &b,
            &Selection::Briefing,
            &Options {
                width,
                ..options(Format::Text)
            },
        );
        for line in text.lines() {
            assert!(line.width() <= width, "{} > {width}: {line}", line.width());
        }
    }
    let out = brief(&["export", "--format", "text", "dprk-troops-russia"]);
    let text = stdout(&out);
    assert!(text.lines().all(|line| line.width() <= 80));
    assert!(text.starts_with(
        "Japan alarmed as North Korean troops reportedly arrive in Russia\n=================="
    ));
    assert!(!text.contains("**") && !text.contains("\n> "));

    let unwrapped = stdout(&brief(&[
        "export",
        "--format",
        "text",
        "--width",
        "0",
        "dprk-troops-russia",
    ]));
    assert!(unwrapped.lines().any(|line| line.width() > 200));
    for quote in &b.quotes {
        let marked = format!("“{}”", quote.text);
        let lines = unwrapped
            .lines()
            .filter(|line| {
                line.trim_start().split_once(". ").map(|(_, rest)| rest) == Some(&marked)
            })
            .count();
        assert_eq!(lines, 1, "{}", quote.text);
    }
}

#[test]
fn text_headings_are_the_only_lines_at_the_margin() {
    let b = hostile("markup.toml");
    let headings = [
        b.meta.title.as_str(),
        "Implications",
        "[HIGH] (javascript:alert(1)): <svg onload=alert(1)>",
        "Timeline",
        "Quotes",
        "Actors",
        "Sources",
    ];
    for width in [80, 30] {
        let options = Options {
            width,
            ..options(Format::Text)
        };
        let text = export::report(&b, &Selection::Briefing, &options);
        let margin: Vec<&str> = text
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with(' '))
            .filter(|line| !line.chars().all(|c| c == '=' || c == '-'))
            .collect();
        assert_eq!(margin.len(), headings.len(), "{text}");
        for (line, heading) in margin.iter().zip(headings) {
            assert!(heading.starts_with(line), "{line:?} at the margin");
        }
    }
    let text = export::report(&b, &Selection::Briefing, &options(Format::Text));
    // Plain text is printed as written: a quote stays verbatim.
    assert!(text.contains("“<img src=x onerror=alert(1)> said **this**"));
}

#[test]
fn json_reads_back_every_field_of_the_bundled_briefing() {
    let out = brief(&["export", "--format", "json", "dprk-troops-russia"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = stdout(&out);
    let document: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(document.schema, json::SCHEMA);
    assert_eq!(document.version, json::VERSION);
    // Written again, it is the same text: nothing was lost or added on the way.
    assert_eq!(
        serde_json::to_string_pretty(&document).unwrap() + "\n",
        json
    );
    assert_same(&common::bundled(), &document);
}

/// Compares every field of every entry of `b` with the document.
fn assert_same(b: &Briefing, d: &Document) {
    let opt = |s: &Option<brief::text::SafeText>| s.as_ref().map(ToString::to_string);
    let strings =
        |v: &[brief::text::SafeText]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    let actor_ids = |v: &[usize]| {
        v.iter()
            .map(|&a| b.actors[a].id.to_string())
            .collect::<Vec<_>>()
    };
    let meta = &d.briefing;
    assert_eq!(meta.id, b.meta.id.as_str());
    assert_eq!(meta.title, b.meta.title.as_str());
    assert_eq!(meta.date.map(|d| d.0), b.meta.date);
    assert_eq!(meta.summary, b.meta.summary.as_str());
    assert_eq!(meta.tags, strings(&b.meta.tags));
    assert_eq!(meta.sources.len(), b.meta.sources.len());
    for (s, m) in meta.sources.iter().zip(&b.meta.sources) {
        assert_eq!(s.title, m.title.as_str());
        assert_eq!(s.publisher, opt(&m.publisher));
        assert_eq!(s.url, opt(&m.url));
        assert_eq!(s.published.map(|d| d.0), m.published);
        assert_eq!(s.file, opt(&m.file));
        assert_eq!(s.reliability.map(|r| r.0), m.reliability);
    }
    assert_eq!(d.actors.len(), b.actors.len());
    for (a, m) in d.actors.iter().zip(&b.actors) {
        assert_eq!(a.id, m.id.as_str());
        assert_eq!(a.name, m.name.as_str());
        assert_eq!(a.kind.0, m.kind);
        assert_eq!(a.role, opt(&m.role));
        assert_eq!(a.affiliation, opt(&m.affiliation));
        assert_eq!(a.country, opt(&m.country));
        assert_eq!(a.aliases, strings(&m.aliases));
        assert_eq!(a.notes, opt(&m.notes));
        assert_eq!(a.reliability.map(|r| r.0), m.reliability);
    }
    assert_eq!(d.timeline.len(), b.timeline.len());
    for (e, m) in d.timeline.iter().zip(&b.timeline) {
        assert_eq!(e.when, m.when.as_str());
        assert_eq!(e.date.map(|d| d.0), m.date);
        assert_eq!(e.title, m.title.as_str());
        assert_eq!(e.detail, opt(&m.detail));
        assert_eq!(e.actors, actor_ids(&m.actors));
        assert_eq!(e.status.map(|s| s.0), m.status);
        assert_eq!(e.credibility.map(|c| c.0), m.credibility);
    }
    assert_eq!(d.quotes.len(), b.quotes.len());
    for (q, m) in d.quotes.iter().zip(&b.quotes) {
        assert_eq!(q.id, m.id.as_str());
        assert_eq!(q.speaker, b.actors[m.speaker].id.as_str());
        assert_eq!(q.text, m.text.as_str());
        assert_eq!(q.context, opt(&m.context));
        assert_eq!(q.about, actor_ids(&m.about));
        assert_eq!(q.credibility.map(|c| c.0), m.credibility);
    }
    assert_eq!(d.implications.len(), b.implications.len());
    for (i, m) in d.implications.iter().zip(&b.implications) {
        assert_eq!(i.id, m.id.as_str());
        assert_eq!(i.region, m.region.as_str());
        assert_eq!(i.title, m.title.as_str());
        assert_eq!(i.detail, opt(&m.detail));
        assert_eq!(i.severity.map(|s| s.0), m.severity);
        assert_eq!(i.actors, actor_ids(&m.actors));
        let quotes: Vec<String> = m
            .quotes
            .iter()
            .map(|&q| b.quotes[q].id.to_string())
            .collect();
        assert_eq!(i.quotes, quotes);
        assert_eq!(i.likelihood.map(|l| l.0), m.likelihood);
        assert_eq!(i.confidence.map(|c| c.0), m.confidence);
        assert_eq!(i.basis, opt(&m.basis));
    }
}

#[test]
fn json_dates_and_enums_are_typed_and_checked_when_read() {
    let b = hostile("markup.toml");
    let json = export::report(&b, &Selection::Briefing, &options(Format::Json));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["briefing"]["date"], "2024-10");
    assert_eq!(value["timeline"][0]["status"], "reported");
    assert_eq!(value["implications"][0]["severity"], "high");
    assert_eq!(value["quotes"][0]["speaker"], "a");
    let document: Document = serde_json::from_str(&json).unwrap();
    assert_same(&b, &document);

    let broken = json.replace("\"2024-10\"", "\"2024-13\"");
    let error = serde_json::from_str::<Document>(&broken)
        .unwrap_err()
        .to_string();
    assert!(error.contains("date \"2024-13\": expected YYYY"), "{error}");
    let broken = json.replace("\"high\"", "\"severe\"");
    let error = serde_json::from_str::<Document>(&broken)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("\"severe\" is not one of high, medium, low"),
        "{error}"
    );
}

/// The Markdown and text reports of the bundled briefing, unwrapped.
fn bundled_reports() -> [String; 2] {
    let b = common::bundled();
    [Format::Markdown, Format::Text].map(|format| {
        let options = Options {
            width: 0,
            ..options(format)
        };
        export::report(&b, &Selection::Briefing, &options)
    })
}

#[test]
fn the_bundled_briefing_exports_its_grades_beside_each_item_and_one_legend() {
    let [markdown, text] = bundled_reports();
    assert_inert(&parse(&markdown));
    for report in [&markdown, &text] {
        // The NIS figure is one service's (3); the US and NATO confirmation of the training
        // is corroborated (1); an expert's view is a possibility (3); the article names no
        // publisher (F).
        for graded in [
            "Russia annexes Crimea (confirmed) · F2",
            "About 3,000 North Korean troops reported in Russia (reported) · F3",
            "United States and NATO confirm North Korean troops training in Russia (confirmed) · F1",
            "Yuki Matsuda, Professor; expert in East Asian security studies (Quoted in the article) · F3",
            "publisher not stated in the article text, reliability F",
            "Estimate: likely (55-80%), moderate confidence. Basis: Japan's government finds",
            "Estimate: roughly even chance (45-55%), low confidence. Basis:",
            "Estimate: low confidence. Basis: The article reports only",
        ] {
            assert!(report.contains(graded), "{graded} not in\n{report}");
        }
        // A quote the briefing leaves ungraded carries no code.
        assert!(
            report.contains("Yoshimasa Hayashi, Chief Cabinet Secretary (Statement on Friday)\n")
        );
        // The legend, once, at the end.
        for legend in [
            "Grades\n",
            "A code such as B2 pairs the reliability of the source",
            "Reliability of the source (A-F)",
            "A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged.",
            "1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged.",
            "almost no chance (1-5%), very unlikely (5-20%), unlikely (20-45%), roughly even chance (45-55%), likely (55-80%), very likely (80-95%), almost certain (95-99%).",
            "Confidence in the judgment",
        ] {
            assert_eq!(report.matches(legend).count(), 1, "{legend}");
        }
        assert!(report.find("Grades\n") > report.find("Sources\n"));
    }
}

#[test]
fn json_carries_the_grades_typed() {
    let b = common::bundled();
    let json = export::report(&b, &Selection::Briefing, &options(Format::Json));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["briefing"]["sources"][0]["reliability"], "F");
    assert_eq!(value["actors"][0]["reliability"], serde_json::Value::Null);
    let nis = position(&b.timeline, |e| e.title.as_str().starts_with("About 3,000"));
    assert_eq!(value["timeline"][nis]["credibility"], 3);
    assert_eq!(value["timeline"][1]["credibility"], 2);
    assert_eq!(value["quotes"][0]["credibility"], serde_json::Value::Null);
    let implication = &value["implications"][0];
    assert_eq!(implication["likelihood"], "likely");
    assert_eq!(implication["confidence"], "moderate");
    assert!(
        implication["basis"]
            .as_str()
            .unwrap()
            .starts_with("Japan's government")
    );
    assert_eq!(
        value["implications"][3]["likelihood"],
        serde_json::Value::Null
    );

    let broken = json.replacen("\"credibility\": 3", "\"credibility\": 7", 1);
    let error = serde_json::from_str::<Document>(&broken)
        .unwrap_err()
        .to_string();
    assert!(error.contains("credibility 7 is not one of 1-6"), "{error}");
    let broken = json.replacen("\"likely\"", "\"probable\"", 1);
    let error = serde_json::from_str::<Document>(&broken)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("\"probable\" is not one of almost no chance"),
        "{error}"
    );
}

#[test]
fn a_briefing_without_grades_exports_exactly_as_before() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let b = brief::briefing::load_path(&path.join("library/sea-of-japan-launch.toml")).unwrap();
    let origin = Origin::File(path.join("library/sea-of-japan-launch.toml"));
    for (format, golden) in [
        (Format::Markdown, "export/ungraded.md"),
        (Format::Text, "export/ungraded.txt"),
    ] {
        // Written by brief before grades existed; only the version may differ.
        let expected = std::fs::read_to_string(path.join(golden)).unwrap().replace(
            "prepared with brief 0.1.0",
            &format!("prepared with brief {}", env!("CARGO_PKG_VERSION")),
        );
        let report = export::report(&b, &Selection::Briefing, &Options::new(format, &origin));
        assert_eq!(report, expected, "{format:?}");
    }
    let json = export::report(&b, &Selection::Briefing, &options(Format::Json));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["timeline"][0]["credibility"], serde_json::Value::Null);
    assert_eq!(
        value["implications"][0]["likelihood"],
        serde_json::Value::Null
    );
}

#[test]
fn the_legend_explains_only_the_scales_the_report_shows() {
    let b = common::bundled();
    let hayashi = position(&b.quotes, |q| {
        q.id.as_str() == "hayashi-full-implementation"
    });
    let view = View::from_fn(|pane| match pane {
        Pane::Quotes => vec![hayashi],
        _ => Vec::new(),
    });
    // The source is graded F: its entry and the legend of reliability are all the grades.
    let text = export::report(&b, &Selection::View(view), &options(Format::Text));
    assert!(text.contains("reliability F\n"));
    assert!(text.contains("Reliability of the source (A-F)"));
    assert!(!text.contains("Likelihood (US ICD 203)"));

    let ungraded = common::fixture("cjk-emoji.toml");
    let text = export::report(&ungraded, &Selection::Briefing, &options(Format::Text));
    assert!(
        !text.contains("Grades") && !text.contains("reliability"),
        "{text}"
    );
}

#[test]
fn markdown_of_hostile_fields_is_inert_and_keeps_every_character() {
    let b = hostile("markup.toml");
    let markdown = export::report(&b, &Selection::Briefing, &options(Format::Markdown));
    let events = parse(&markdown);
    assert_inert(&events);
    assert_eq!(
        outline(&events),
        [
            format!("# {}", b.meta.title),
            "## Implications".to_owned(),
            "### [HIGH] (javascript:alert(1)): <svg onload=alert(1)>".to_owned(),
            "## Timeline".to_owned(),
            "## Quotes".to_owned(),
            "## Actors".to_owned(),
            "## Sources".to_owned(),
        ]
    );
    // The only link is the source's web URL; `javascript:` is shown, not linked.
    let links: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(links, ["https://example.org/news/a_(b)*c?d=1&e=2"]);
    // Escaping loses nothing: every line of every field reads as written.
    let text = rendered_text(&events);
    let mut fields: Vec<&str> = vec![b.meta.summary.as_str(), b.meta.title.as_str()];
    fields.extend(b.meta.tags.iter().map(|t| t.as_str()));
    for s in &b.meta.sources {
        fields.extend(
            [Some(&s.title), s.publisher.as_ref(), s.url.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| t.as_str()),
        );
    }
    for a in &b.actors {
        fields.extend(
            [
                Some(&a.name),
                a.role.as_ref(),
                a.affiliation.as_ref(),
                a.country.as_ref(),
                a.notes.as_ref(),
            ]
            .into_iter()
            .flatten()
            .map(|t| t.as_str()),
        );
        fields.extend(a.aliases.iter().map(|t| t.as_str()));
    }
    for e in &b.timeline {
        fields.extend(
            [Some(&e.when), Some(&e.title), e.detail.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| t.as_str()),
        );
    }
    for q in &b.quotes {
        fields.extend(
            [Some(&q.text), q.context.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| t.as_str()),
        );
    }
    for i in &b.implications {
        fields.extend(
            [Some(&i.region), Some(&i.title), i.detail.as_ref()]
                .into_iter()
                .flatten()
                .map(|t| t.as_str()),
        );
    }
    for field in fields {
        for line in field.lines().map(str::trim).filter(|l| !l.is_empty()) {
            assert!(text.contains(line), "{line:?} not in\n{text}");
        }
    }
    // Several sources: each attribution cites them, in one style.
    assert_eq!(markdown.matches("\\[1–2\\]").count(), b.quotes.len());
}

#[test]
fn escape_sequences_stay_escaped_in_every_format() {
    let b = hostile("every-field.toml");
    for format in [Format::Markdown, Format::Text, Format::Json] {
        let out = export::report(&b, &Selection::Briefing, &options(format));
        let bad = out
            .chars()
            .find(|&c| c != '\n' && brief::text::is_unsafe_char(c));
        assert_eq!(bad, None, "{format:?}");
        assert!(out.contains('␛'), "{format:?}: the stand-ins are shown");
    }
    let markdown = export::report(&b, &Selection::Briefing, &options(Format::Markdown));
    assert_inert(&parse(&markdown));
    // The same bytes reach a pipe as a terminal: the binary never writes a raw escape.
    let out = brief(&["export", "tests/fixtures/hostile/every-field.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07));
    assert_eq!(
        stdout(&out),
        markdown.replace("from dprk-troops-russia.toml", "from every-field.toml")
    );
}

#[test]
fn an_implication_exports_with_its_quotes_their_speakers_and_its_actors() {
    let b = common::bundled();
    let i = position(&b.implications, |i| {
        i.id.as_str() == "indo-pacific-us-alliance"
    });
    let markdown = export::report(&b, &Selection::Implication(i), &options(Format::Markdown));
    let events = parse(&markdown);
    assert_inert(&events);
    assert_eq!(
        outline(&events),
        [
            "# [HIGH] Indo-Pacific: Challenge to Japan's alliance with the United States and a stable Indo-Pacific",
            "## Supporting quotes",
            "## Actors",
            "## Sources",
            "## Grades"
        ]
    );
    assert!(markdown.contains("From the briefing “Japan alarmed as North Korean troops"));
    // The estimate stands under the title, with its basis.
    assert!(markdown.contains(
        "\nEstimate: likely (55-80%), low confidence. Basis: The article says in its own voice"
    ));
    let quotes = block_quotes(&events);
    assert_eq!(quotes.len(), 3);
    for &q in &b.implications[i].quotes {
        let quote = &b.quotes[q];
        let speaker = &b.actors[quote.speaker];
        assert!(quotes.iter().any(|text| text.contains(quote.text.as_str())
            && text.contains(&format!("— {}", speaker.name))));
        assert!(
            markdown.contains(&format!("- **{}**", speaker.name)),
            "{}",
            speaker.name
        );
    }
    for &a in &b.implications[i].actors {
        assert!(markdown.contains(&format!("- **{}**", b.actors[a].name)));
    }
    // Only what the implication names: no other quote, no timeline.
    assert!(!markdown.contains("## Timeline") && !markdown.contains("**Q4.**"));
}

#[test]
fn an_actor_dossier_holds_events_quotes_by_and_about_and_implications() {
    let b = common::bundled();
    let a = position(&b.actors, |a| a.id.as_str() == "japan");
    let text = export::report(&b, &Selection::Actor(a), &options(Format::Markdown));
    let events = parse(&text);
    assert_inert(&events);
    let headings = outline(&events);
    assert_eq!(
        sections(&headings),
        [
            "# Japan",
            "## Implications",
            "## Timeline",
            "## Quotes by Japan",
            "## Quotes about Japan",
            "## Sources",
            "## Grades"
        ]
    );
    let japan = &b.actors[a];
    assert_eq!(
        headings.iter().filter(|h| h.starts_with("### ")).count(),
        japan.implications.len()
    );
    for &e in &japan.events {
        assert!(text.contains(b.timeline[e].title.as_str()));
    }
    let quotes = block_quotes(&events);
    let about: Vec<_> = japan
        .mentioned_in
        .iter()
        .filter(|q| !japan.quotes.contains(q))
        .collect();
    assert_eq!(quotes.len(), japan.quotes.len() + about.len());
    assert!(text.contains("(state); also Tokyo"));
}

#[test]
fn a_filtered_view_exports_what_the_panes_show() {
    let b = common::bundled();
    let view = View::from_fn(|pane| match pane {
        Pane::Implications => vec![3],
        Pane::Quotes => vec![5, 6],
        Pane::Timeline => vec![1],
        Pane::Actors => vec![12],
    });
    let unwrapped = Options {
        width: 0,
        ..options(Format::Text)
    };
    let text = export::report(&b, &Selection::View(view), &unwrapped);
    assert!(text.contains(
        "Filtered view: 1 of 5 implications, 1 of 12 events, 2 of 16 quotes, 1 of 16 actors."
    ));
    assert!(text.contains("[MEDIUM] Global: Closer military alignment"));
    assert!(!text.contains("[HIGH]"));
    assert!(text.contains("2014: Russia annexes Crimea") && !text.contains("Cold War era"));
    let quotes = text
        .lines()
        .filter(|l| l.starts_with("    Q") && l.contains('“'));
    assert_eq!(quotes.count(), 2);
    assert!(text.contains("Min-seok Kim, Senior analyst"));
}

#[test]
fn reports_go_to_numbered_files_and_never_replace_one() {
    let b = common::bundled();
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("export-files-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let selection = Selection::Implication(0);
    let markdown = options(Format::Markdown);
    let first = export::write_report(&folder, &b, &selection, &markdown).unwrap();
    let second = export::write_report(&folder, &b, &selection, &markdown).unwrap();
    let third = export::write_report(&folder, &b, &selection, &markdown).unwrap();
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        name(&first),
        "dprk-troops-russia-implication-japan-regional-security.md"
    );
    assert_eq!(
        name(&second),
        "dprk-troops-russia-implication-japan-regional-security-2.md"
    );
    assert_eq!(
        name(&third),
        "dprk-troops-russia-implication-japan-regional-security-3.md"
    );
    let written = std::fs::read_to_string(&first).unwrap();
    assert!(written.starts_with("# [HIGH] East Asia: Heightened threat"));
    assert!(written.contains("Yuki Matsuda"));
    assert_eq!(std::fs::read_to_string(&second).unwrap(), written);

    let actor =
        export::write_report(&folder, &b, &Selection::Actor(0), &options(Format::Json)).unwrap();
    assert_eq!(name(&actor), "dprk-troops-russia-actor-hayashi.json");
    let document: Document =
        serde_json::from_str(&std::fs::read_to_string(&actor).unwrap()).unwrap();
    // A selection's document holds what it names and every entry those refer to.
    assert!(document.quotes.iter().any(|q| q.speaker == "hayashi"));
    let ids: Vec<&str> = document.actors.iter().map(|a| a.id.as_str()).collect();
    for q in &document.quotes {
        assert!(ids.contains(&q.speaker.as_str()));
        assert!(q.about.iter().all(|a| ids.contains(&a.as_str())));
    }
    let view = export::write_report(
        &folder,
        &b,
        &Selection::View(View::all(&b)),
        &options(Format::Text),
    )
    .unwrap();
    assert_eq!(name(&view), "dprk-troops-russia-filtered.txt");
    let made = export::write_report(&folder.join("missing"), &b, &selection, &markdown).unwrap();
    assert_eq!(made.parent().unwrap(), folder.join("missing"));
    // A folder that cannot be made (under a file) is an error, not a panic.
    let under_a_file = first.join("reports");
    assert!(export::write_report(&under_a_file, &b, &selection, &markdown).is_err());
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn copied_items_carry_their_citation_and_say_each_detail_once() {
    let b = common::bundled();
    let source = "Source: Article on North Korean troops arriving in Russia";
    let nis = position(&b.actors, |a| a.id.as_str() == "nis");
    let actor = export::citation(&b, Pane::Actors, nis);
    assert!(
        actor.starts_with("National Intelligence Service, South Korea\n"),
        "{actor}"
    );
    let quote = export::citation(&b, Pane::Quotes, 7);
    assert!(quote.starts_with("\"The deployment of North Korean soldiers"));
    let lines: Vec<&str> = quote.lines().collect();
    assert!(lines[0].ends_with(
        "- Yuki Matsuda, Professor; expert in East Asian security studies (Quoted in the article)"
    ));
    // A copied item has no legend beside it: its grade comes in words.
    assert_eq!(
        lines[1],
        "Grade F3: F reliability cannot be judged; 3 possibly true"
    );
    assert!(lines[2].starts_with(source), "{quote}");
    let event = export::citation(&b, Pane::Timeline, 1);
    assert!(
        event.starts_with(
            "2014: Russia annexes Crimea (confirmed)\nGrade F2: F reliability cannot be judged; 2 probably true\n"
        ),
        "{event}"
    );
    assert!(event.ends_with(", reliability F"), "{event}");
    let implication = export::citation(&b, Pane::Implications, 0);
    assert!(
        implication.contains("\" - "),
        "supporting quotes: {implication}"
    );
    let lines: Vec<&str> = implication.lines().collect();
    assert!(
        lines[0].starts_with("East Asia [HIGH]: "),
        "the severity as the reader and the report show it: {}",
        lines[0]
    );
    assert_eq!(lines[1], "Estimate: likely (55-80%), moderate confidence.");
    assert!(lines[2].starts_with("Basis: Japan's government finds"));
}

#[test]
fn the_command_names_a_briefing_by_path_or_id_and_fails_plainly() {
    let out = brief(&["export", "no-such-briefing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no briefing file or library briefing named no-such-briefing; the library holds: dprk-troops-russia"));
    // A hostile name comes back escaped.
    let out = brief(&["export", "x\u{1b}]0;PWNED\u{7}"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.contains(&0x1b) && stderr(&out).contains("x␛"));
    let out = brief(&["export", "tests/fixtures/invalid/bad-enum.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad-enum.toml:11:8: kind 'persn'"));
    let out = brief(&["export", "missing.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        brief(&["export", "--format", "pdf", "x.toml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        brief(&["export", "--width", "wide", "x.toml"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn text_of_wide_characters_wraps_by_display_width() {
    let b = common::fixture("cjk-emoji.toml");
    for width in [40, 80] {
        let text = export::report(
            &b,
            &Selection::Briefing,
            &Options {
                width,
                ..options(Format::Text)
            },
        );
        assert!(text.lines().all(|line| line.width() <= width), "{text}");
    }
}

#[test]
fn on_a_terminal_the_export_shows_escapes_as_the_reader_does() {
    let mut pty = common::pty::Pty::spawn(
        &["export", "tests/fixtures/hostile/every-field.toml"],
        200,
        50,
        &[],
    );
    assert_eq!(pty.wait_exit(), 0);
    assert!(!pty.raw.contains(&0x1b) && !pty.raw.contains(&0x07));
    let shown = String::from_utf8_lossy(&pty.raw);
    assert!(shown.contains("Briefing title␛ clip␛ clear␛ home␛ red␛ link␛x␛ bell␇"));
}

#[test]
fn a_library_file_wins_over_the_bundled_briefing_of_its_id() {
    let home = format!(
        "{}/export-library-{}",
        env!("CARGO_TARGET_TMPDIR"),
        std::process::id()
    );
    let folder = format!("{home}/data/brief/briefings");
    std::fs::create_dir_all(&folder).unwrap();
    let bundled = brief::briefing::bundled::BUNDLED[0].1;
    let edited = bundled.replacen(
        "title = \"Japan alarmed",
        "title = \"Edited: Japan alarmed",
        1,
    );
    std::fs::write(format!("{folder}/copy.toml"), edited).unwrap();

    let out = brief_at(&["export", "dprk-troops-russia"], &home);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Edited: Japan alarmed"));
    let prepared = format!(
        "prepared with brief {} from copy.toml",
        env!("CARGO_PKG_VERSION")
    );
    assert!(stdout(&out).contains(&prepared));
    // Two briefings in the library: which one to export is for the user to say.
    let out = brief_at(&["export"], &home);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "the library holds 2 briefings; name one by path or id: dprk-troops-russia\n"
        )
    );
    std::fs::remove_dir_all(&home).unwrap();
}
