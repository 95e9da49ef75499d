//! The PolNeAR scores as a table: per fold, per publisher and in total, each cell in-sample
//! and out of fold side by side; and, on request, every miss.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::corpus::Article;
use super::folds::{FOLDS, Scored, fold_of};
use super::gold::{Form, GoldQuote};
use super::names::{name_in, same_speaker};
use super::score::{Counts, MIN_WORDS, Outcome};

/// `part` of `whole` as a percentage, or `-` when `whole` is 0.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_owned()
    } else {
        format!("{:.1}", 100.0 * part as f64 / whole as f64)
    }
}

/// One row: counts in-sample and out of fold.
#[derive(Default)]
struct Row {
    articles: usize,
    in_sample: Counts,
    out_of_fold: Counts,
}

impl Row {
    fn add(&mut self, scored: &Scored) {
        self.articles += 1;
        self.in_sample.add(&scored.in_sample.score.counts);
        self.out_of_fold.add(&scored.out_of_fold.score.counts);
    }
}

/// The columns: a title and the (part, whole) of a row's counts.
type Column = (&'static str, fn(&Counts) -> (usize, usize));

const COLUMNS: &[Column] = &[
    ("found", |c| (c.found, c.gold)),
    ("precision", |c| (c.real, c.drafted)),
    ("named: right", |c| (c.named_right, c.named)),
    ("named: right|found", |c| (c.named_right, c.named_found)),
    ("named: wrong|claimed", |c| {
        (
            c.named_claimed.saturating_sub(c.named_right),
            c.named_claimed,
        )
    }),
    ("all sources", |c| (c.resolved_right, c.resolved)),
    ("mention", |c| (c.mention_right, c.sourced)),
];

/// The table of `scored` (one per article of `articles`, in the same order).
pub fn table(name: &str, articles: &[Article], scored: &[Scored]) -> String {
    let mut out = String::new();
    let mut total = Row::default();
    let mut folds: Vec<Row> = (0..FOLDS).map(|_| Row::default()).collect();
    let mut publishers: BTreeMap<&str, Row> = BTreeMap::new();
    for (article, s) in articles.iter().zip(scored) {
        total.add(s);
        folds[fold_of(&article.name)].add(s);
        publishers.entry(&article.publisher).or_default().add(s);
    }
    let attributions: usize = articles
        .iter()
        .map(|a| a.annotation.attributions.len())
        .sum();
    let _ = writeln!(
        out,
        "== {name}: {} articles, {attributions} attributions, {} gold quotations of {MIN_WORDS}+ words ==",
        total.articles, total.in_sample.gold
    );
    let _ = writeln!(out, "{}", sources(articles));
    let _ = writeln!(
        out,
        "each cell: in-sample / out-of-fold, in %; mention `-`: the drafter names no mention"
    );
    let _ = write!(
        out,
        "{:<14}{:>8}{:>7}{:>7}",
        "", "articles", "gold", "named"
    );
    for (title, _) in COLUMNS {
        let _ = write!(out, "  {title:>19}");
    }
    let _ = writeln!(out);
    let rows = folds
        .iter()
        .enumerate()
        .map(|(i, row)| (format!("fold {}", i + 1), row))
        .chain(publishers.iter().map(|(p, row)| ((*p).to_owned(), row)))
        .chain(std::iter::once(("TOTAL".to_owned(), &total)));
    for (label, row) in rows {
        let _ = write!(
            out,
            "{label:<14}{:>8}{:>7}{:>7}",
            row.articles, row.in_sample.gold, row.in_sample.named
        );
        for (title, part) in COLUMNS {
            let cell = [&row.in_sample, &row.out_of_fold]
                .map(|counts| {
                    // A drafter that names no mention has no mention accuracy, not 0%.
                    if *title == "mention" && counts.mentions == 0 {
                        "-".to_owned()
                    } else {
                        let (part, whole) = part(counts);
                        percent(part, whole)
                    }
                })
                .join(" / ");
            let _ = write!(out, "  {cell:>19}");
        }
        let _ = writeln!(out);
    }
    let unlocated: usize = scored.iter().map(|s| s.in_sample.drafted.unlocated).sum();
    if unlocated > 0 {
        let _ = writeln!(
            out,
            "{unlocated} drafted quotations are not verbatim in their article (in-sample): a bug"
        );
    }
    let c = &total.out_of_fold;
    let _ = writeln!(
        out,
        "out of fold: found {}/{}, precision {}/{}, named {}/{} (found {}), all sources {}/{}",
        c.found,
        c.gold,
        c.real,
        c.drafted,
        c.named_right,
        c.named,
        c.named_found,
        c.resolved_right,
        c.resolved
    );
    out
}

/// The gold quotations of 4+ words by the form of their Source, and how many resolve.
fn sources(articles: &[Article]) -> String {
    let mut forms: BTreeMap<Form, usize> = BTreeMap::new();
    let (mut none, mut resolved, mut all) = (0, 0, 0);
    for article in articles {
        for (quote, resolution) in article.gold.iter().zip(&article.resolved) {
            if quote.words < MIN_WORDS {
                continue;
            }
            all += 1;
            resolved += usize::from(resolution.is_some());
            match &quote.source {
                Some(source) => *forms.entry(source.form).or_default() += 1,
                None => none += 1,
            }
        }
    }
    let forms: Vec<String> = Form::ALL
        .iter()
        .map(|f| format!("{} {}", f.label(), forms.get(f).copied().unwrap_or(0)))
        .collect();
    format!(
        "sources: {}, none {none}; resolved to a name for `all sources`: {resolved} of {all}",
        forms.join(", ")
    )
}

/// Every gold quotation of 4+ words missed or given the wrong speaker out of fold, and every
/// drafted quotation that is not real, one per line with tags for sorting them:
/// `missed [tags] text`, `wrong [tags] gold -> drafted: text`, `unreal: text`.
pub fn misses(articles: &[Article], scored: &[Scored]) -> String {
    let mut out = String::new();
    for (article, s) in articles.iter().zip(scored) {
        let run = &s.out_of_fold;
        let mut lines = Vec::new();
        for outcome in &run.score.outcomes {
            let gold = &article.gold[outcome.gold];
            let source = gold.source.as_ref().map_or("(no source)".to_owned(), |s| {
                format!("{} [{}]", s.mention.text, s.form.label())
            });
            match outcome.drafted {
                None => {
                    let seen = run
                        .drafted
                        .declined
                        .iter()
                        .find(|d| same_start(&d.text, &gold.text))
                        .map_or("unseen", |d| d.reason);
                    lines.push(format!(
                        "missed [{seen},{}] {source}: {}",
                        layout(&article.text, gold).join(","),
                        clip(&gold.text)
                    ))
                }
                Some(d) if outcome.right == Some(false) => {
                    let speaker = &run.drafted.quotes[d].speaker;
                    lines.push(format!(
                        "wrong [{}] {source} = {} -> {}: {}",
                        wrong_kind(article, outcome, speaker),
                        article.resolved[outcome.gold]
                            .as_ref()
                            .map_or(String::new(), |r| r.name.text()),
                        speaker.first().map_or("", String::as_str),
                        clip(&gold.text)
                    ))
                }
                Some(_) => {}
            }
        }
        for &d in &run.score.unreal {
            let q = &run.drafted.quotes[d];
            lines.push(format!(
                "unreal {}: {}",
                q.speaker.first().map_or("", String::as_str),
                clip(&article.text[q.range.clone()])
            ));
        }
        if !lines.is_empty() {
            let _ = writeln!(out, "-- {}", article.name);
            for line in lines {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// True when `a` and `b` start alike: their first 30 characters, spaces aside.
fn same_start(a: &str, b: &str) -> bool {
    let start = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).take(30).collect() };
    let (a, b) = (start(a), start(b));
    !a.is_empty() && (a.starts_with(&b) || b.starts_with(&a))
}

/// At most 160 characters of `text`, on one line.
fn clip(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(160) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// Tags for how a missed quotation is written: its marks, a quotation over paragraphs, one
/// opened after a colon, an interview turn, several sentences, a cue outside its paragraph.
fn layout(article: &str, gold: &GoldQuote) -> Vec<&'static str> {
    use super::marks::{Marks, paragraphs};
    let mut tags = Vec::new();
    tags.push(match gold.marks {
        Marks::Curly => "curly",
        Marks::Straight => "straight",
        Marks::Apostrophes => "apostrophes",
    });
    if gold.continued || gold.continuation {
        tags.push("over-paragraphs");
    }
    let paragraph = paragraphs(article)
        .into_iter()
        .find(|p| p.contains(&gold.range.start))
        .unwrap_or(gold.range.clone());
    let cue_elsewhere = gold
        .cue
        .as_ref()
        .is_some_and(|c| !paragraph.contains(&c.range.start));
    let before = article[paragraph.start..gold.range.start].trim_end_matches(['“', '"', '\'', ' ']);
    if before.ends_with(':') {
        tags.push("after-colon");
    }
    let opening: String = article[paragraph].chars().take(24).collect();
    if opening.starts_with("Q:")
        || opening.starts_with("A:")
        || opening.split_once(':').is_some_and(|(who, _)| {
            !who.is_empty()
                && who
                    .chars()
                    .all(|c| c.is_uppercase() || c == ' ' || c == '.')
        })
    {
        tags.push("transcript");
    }
    let sentences = gold.text.matches(['.', '?', '!']).count();
    if sentences >= 2 {
        tags.push("sentences");
    }
    if cue_elsewhere {
        tags.push("cue-elsewhere");
    }
    if gold.cue.is_none() {
        tags.push("no-cue");
    }
    tags
}

/// What a wrong speaker is: not a name at all, a name sharing the surname, another named
/// Source of the article, or a name never a Source.
fn wrong_kind(article: &Article, outcome: &Outcome, speaker: &[String]) -> &'static str {
    let Some(name) = speaker.iter().find_map(|s| name_in(s)) else {
        return "not-a-name";
    };
    let Some(resolution) = &article.resolved[outcome.gold] else {
        return "unresolved";
    };
    let surname = |n: &super::names::Name| n.words.last().map(|w| w.to_lowercase());
    if surname(&name) == surname(&resolution.name) {
        return "same-surname";
    }
    let speaks_elsewhere = article
        .resolved
        .iter()
        .flatten()
        .any(|r| same_speaker(&r.name, &name));
    if speaks_elsewhere {
        "another-speaker"
    } else {
        "never-a-source"
    }
}

/// Every gold quotation of 4+ words whose Source was resolved other than by its own name, for
/// checking the heuristic by hand: how, the mention, the name, and the text before the
/// mention.
pub fn resolutions(articles: &[Article]) -> String {
    let mut out = String::new();
    for article in articles {
        for (gold, resolution) in article.gold.iter().zip(&article.resolved) {
            let (Some(source), Some(resolution)) = (&gold.source, resolution) else {
                continue;
            };
            if gold.words < MIN_WORDS || resolution.how == super::resolve::How::Named {
                continue;
            }
            let start = source.mention.range.start;
            let before: String = article.text[..start]
                .chars()
                .rev()
                .take(300)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let _ = writeln!(
                out,
                "{} | {} | {} -> {} | …{} [[{}]]",
                article.name,
                resolution.how.label(),
                source.mention.text,
                resolution.name.text(),
                clip_end(&before),
                clip(&gold.text)
            );
        }
    }
    out
}

/// `text` on one line.
fn clip_end(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
