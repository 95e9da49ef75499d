//! Timeline candidates: sentences with a time expression (a year, a date, a weekday,
//! `recently`, `recent reports`, `since ...`, `the Cold War era`), with a status guessed from
//! their verbs and a credibility proposed from their hedges.

use std::collections::HashSet;
use std::ops::Range;

use super::dates::Day;
use super::grade::{self, Services};
use super::model::{Actor, Event, Grade, NameIndex};
use crate::briefing::grade::{Credibility, describe};
use crate::briefing::model::{Named as _, PartialDate, Status};
use crate::draft::article::{Doc, Kind, Para};
use crate::draft::lexicon::{self, WEEKDAYS, month};
use crate::draft::syntax::clause;
use crate::draft::words::{collapse, fit};

/// Most characters of a drafted event title.
const TITLE_CHARS: usize = 200;
/// Most words of a `since ...` expression.
const SINCE_WORDS: usize = 8;
/// Most words of the noun phrase after `recent` (`recent intelligence reports`).
const RECENT_WORDS: usize = 3;

/// A time expression in a sentence.
#[derive(Clone, Debug)]
struct Expr {
    /// Byte range in the article.
    range: Range<usize>,
    /// How precise it is: higher is more precise.
    rank: u8,
    /// A machine date, when the expression has a year.
    date: Option<PartialDate>,
    /// A day named without its year or week (`Friday`, `November 16`), for the article's date
    /// to place.
    relative: Option<Relative>,
}

/// A day named relative to the article's date.
#[derive(Clone, Copy, Debug)]
enum Relative {
    /// A day of the week, 0 for Monday.
    Weekday(u8),
    /// A month and a day.
    MonthDay(u8, u8),
}

/// Periods after `last`, `next`, `this` and `in recent`.
const PERIODS: &[&str] = &[
    "week", "weeks", "month", "months", "year", "years", "weekend", "days", "decade", "decades",
    "spring", "summer", "autumn", "fall", "winter",
];
/// Parts of a day after a weekday (`Wednesday morning`).
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
/// Words that end the noun phrase after `recent`: `recent signs of`, `the recent talks that`.
#[rustfmt::skip]
const AFTER_NOUNS: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "between",
    "against", "among", "amid", "after", "before", "during", "near", "around", "across", "through",
    "under", "toward", "towards", "within", "without", "behind", "beyond", "despite", "since",
    "until", "like", "via", "upon", "and", "or", "but", "that", "which", "who", "where", "when",
    "as", "than", "be", "been", "being",
];

/// Status cues, strongest first: the first that a sentence has decides its status.
const STATUS_CUES: &[(Status, &[&str])] = &[
    (
        Status::Claimed,
        &["claimed", "claims", "allegedly", "alleged", "purportedly"],
    ),
    (
        Status::Reported,
        &[
            "reported",
            "reportedly",
            "according",
            "believed",
            "reports",
            "sources",
        ],
    ),
    (
        Status::Expected,
        &[
            "will",
            "plans",
            "planned",
            "expected",
            "scheduled",
            "intends",
            "set",
        ],
    ),
    (
        Status::Possible,
        &[
            "may",
            "could",
            "might",
            "if",
            "If",
            "would",
            "possibly",
            "potentially",
        ],
    ),
    (
        Status::Confirmed,
        &[
            "confirmed",
            "announced",
            "said",
            "says",
            "declared",
            "signed",
            "told",
            "stated",
            "ordered",
            "approved",
        ],
    ),
];

/// Timeline candidates in article order; `actors` are linked by name. Page furniture,
/// headings and sentences that are mostly quotation give none; a sentence gives one event, or
/// one per clause when it dates several.
pub fn candidates(doc: &Doc, actors: &[Actor]) -> Vec<Event> {
    let names = NameIndex::new(actors);
    let services = Services::of(actors);
    let article_date = article_date(doc);
    let mut events: Vec<Event> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (p, para) in doc.paras.iter().enumerate() {
        if para.furniture {
            continue;
        }
        for (s, sentence) in para.sentences.iter().enumerate() {
            let sentence_range = doc.sentence_range(p, s);
            let text = &doc.text[sentence_range.clone()];
            // A heading or a caption ends no sentence; a quotation is no event.
            let heading = !text.ends_with(['.', '!', '”', '"', '’']);
            if heading || is_mostly_quoted(doc, para, sentence) {
                continue;
            }
            let exprs = expressions(doc, para, sentence.clone());
            let Some(best) = exprs.iter().max_by_key(|e| e.rank) else {
                continue;
            };
            let guess = agree(
                status(doc, para, sentence.clone()),
                grade::of_event(doc, p, s, &services),
            );
            let years: Vec<&Expr> = exprs.iter().filter(|e| e.date.is_some()).collect();
            // `from 2002 to 2005` is one span, not two events.
            let apart = years.windows(2).all(|pair| {
                let clause = clause_around(doc.text, sentence_range.clone(), pair[0].range.clone());
                !clause.contains(&doc.text[pair[1].range.clone()])
            });
            // Several years apart in one sentence are several events: each with its clause,
            // given the sentence's subject when it has none of its own.
            let chosen: Vec<(&Expr, String)> = if years.len() > 1 && apart {
                let subject = subject_text(doc, para, sentence.clone());
                years
                    .into_iter()
                    .map(|e| {
                        let clause =
                            clause_around(doc.text, sentence_range.clone(), e.range.clone());
                        let own_subject = clause.starts_with(char::is_uppercase);
                        let title = match &subject {
                            Some(subject) if !own_subject => format!("{subject} {clause}"),
                            _ => clause,
                        };
                        (e, title)
                    })
                    .collect()
            } else {
                vec![(best, text.to_owned())]
            };
            for (expr, title) in chosen {
                let title = fit(without_dateline(&title), TITLE_CHARS, "untitled");
                if !seen.insert(title.clone()) {
                    continue;
                }
                let status = guess.status.as_ref().filter(|(status, _)| {
                    // A past event is not expected.
                    *status != Status::Expected || !is_past(expr, article_date)
                });
                let review = match status {
                    Some((_, cue)) => format!(
                        "timeline candidate: check when, title and status (guessed from {cue})"
                    ),
                    None => "timeline candidate: check when and title, and add a status".into(),
                };
                let status = status.map(|(s, _)| *s);
                events.push(Event {
                    when: fit(&doc.text[expr.range.clone()], TITLE_CHARS, "unknown"),
                    date: expr
                        .date
                        .or_else(|| placed(expr.relative?, article_date?, status))
                        .map(|d| d.to_string()),
                    title,
                    status,
                    grade: guess.grade.clone(),
                    refused: guess.refused.clone(),
                    actors: names.named_in(text),
                    review,
                });
            }
        }
    }
    events
}

/// `text` without a dateline that names a date and an agency (`KYIV, Jan. 13 (Example
/// Wire) - `), which the paragraph's own dateline cut leaves in: the place, the day and the
/// agency are no words of the event, and the event's time is taken from them already.
fn without_dateline(text: &str) -> &str {
    let Some((head, rest)) = text.split_once(") - ").or_else(|| text.split_once(") — ")) else {
        return text;
    };
    let place = head.split([',', ' ']).next().unwrap_or_default();
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && place.chars().all(|c| !c.is_lowercase());
    match head.chars().count() <= 60 && head.contains(", ") && head.contains(" (") && capitals {
        true if rest.starts_with(char::is_uppercase) => rest,
        _ => text,
    }
}

/// A sentence's status and proposed credibility, made to agree.
struct Guess {
    /// The status, with the words it was guessed from, quoted.
    status: Option<(Status, String)>,
    /// The credibility proposed, when the status allows it.
    grade: Option<Grade>,
    /// Why a credibility the hedges suggest was not proposed.
    refused: Option<String>,
}

/// The status the verbs suggest and the credibility the hedges suggest, made to agree with
/// the table of [`Credibility::allowed_with`]: a hedged sentence (credibility 3 or worse)
/// guessed `confirmed` from a verb is `reported`, since the article does not present it as
/// confirmed; a credibility its status still does not allow is not proposed, and the review
/// says why.
fn agree(status: Option<(Status, &'static str)>, grade: Option<Grade>) -> Guess {
    let status = status.map(|(s, cue)| (s, format!("“{cue}”")));
    match (status, grade) {
        (Some((Status::Confirmed, _)), Some(grade))
            if !grade.credibility.fits(Status::Confirmed) =>
        {
            Guess {
                status: Some((Status::Reported, grade.read_from.clone())),
                grade: Some(grade),
                refused: None,
            }
        }
        (Some((status, cue)), Some(grade)) if !grade.credibility.fits(status) => Guess {
            refused: Some(format!(
                "{} suggests credibility {}, which a {} event may not carry ({}): none proposed",
                grade.read_from,
                grade.credibility,
                status.name(),
                describe(Credibility::allowed_with(status))
            )),
            status: Some((status, cue)),
            grade: None,
        },
        (status, grade) => Guess {
            status,
            grade,
            refused: None,
        },
    }
}

/// True when quotations make up most of the sentence's words: words said, not an event.
fn is_mostly_quoted(doc: &Doc, para: &Para, sentence: &Range<usize>) -> bool {
    let count = |range: Range<usize>| doc.text[range].split_whitespace().count();
    let (quoted, all) = para.toks[sentence.clone()]
        .iter()
        .fold((0, 0), |(quoted, all), tok| match tok.kind {
            Kind::Quote(q) => {
                let n = count(para.quotes[q].span.inner.clone());
                (quoted + n, all + n)
            }
            Kind::Word => (quoted, all + 1),
            _ => (quoted, all),
        });
    quoted * 2 > all
}

/// The text of the phrase that opens the sentence, as its subject.
fn subject_text(doc: &Doc, para: &Para, sentence: Range<usize>) -> Option<String> {
    let subject = clause::opening_subject(doc, &para.toks, sentence.start, sentence.end)?;
    let toks = &para.toks[subject.head];
    Some(collapse(
        &doc.text[toks.first()?.range.start..toks.last()?.range.end],
    ))
}

/// True when the event is dated before the article's date.
fn is_past(expr: &Expr, article: Option<Day>) -> bool {
    let (Some(date), Some(article)) = (expr.date, article) else {
        return false;
    };
    match Day::of(date) {
        Some(day) => day < article,
        None => i32::from(date.year) < article.year,
    }
}

/// The day a weekday or a month and day means in an article of date `article`: the latest
/// on or before it, or the next after it for an expected event.
fn placed(relative: Relative, article: Day, status: Option<Status>) -> Option<PartialDate> {
    let ahead = status == Some(Status::Expected);
    let day = match relative {
        Relative::Weekday(weekday) => article.nearest(weekday, ahead),
        Relative::MonthDay(month, day) => {
            let this_year = Day {
                year: article.year,
                month,
                day,
            };
            let year = match (ahead, this_year > article) {
                (false, true) => article.year - 1,
                (true, false) => article.year + 1,
                _ => article.year,
            };
            Day { year, ..this_year }
        }
    };
    day.to_partial()
}

/// The article's own date: the first full date on a line of page furniture (a byline's
/// `Updated Nov. 19, 2019`, an embedded post's credit).
pub fn article_date(doc: &Doc) -> Option<Day> {
    doc.paras
        .iter()
        .filter(|p| p.furniture)
        .flat_map(|p| {
            p.sentences
                .iter()
                .flat_map(|s| expressions(doc, p, s.clone()))
        })
        .find_map(|e| Day::of(e.date?))
}

/// The part of the sentence at `sentence` around `at`, between commas, semicolons or `and`.
fn clause_around(text: &str, sentence: Range<usize>, at: Range<usize>) -> String {
    let before = &text[sentence.start..at.start];
    let after = &text[at.end..sentence.end];
    let start = [", ", "; ", " and "]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    let end = [", ", "; ", " and ", "."]
        .iter()
        .filter_map(|sep| after.find(sep))
        .min()
        .unwrap_or(after.len());
    format!("{}{}{}", &before[start..], &text[at], &after[..end])
}

/// The status a sentence's words suggest, with the word that decided it.
fn status(doc: &Doc, para: &Para, sentence: Range<usize>) -> Option<(Status, &'static str)> {
    let words: Vec<&str> = para.toks[sentence]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| doc.word(t))
        .collect();
    STATUS_CUES.iter().find_map(|(status, cues)| {
        cues.iter()
            .find(|cue| words.contains(cue))
            .map(|cue| (*status, *cue))
    })
}

/// The time expressions of a sentence, outside quotations.
fn expressions(doc: &Doc, para: &Para, sentence: Range<usize>) -> Vec<Expr> {
    let toks = &para.toks;
    let word = |i: usize| -> &str {
        match toks.get(i) {
            Some(t) if t.kind == Kind::Word && sentence.contains(&i) => doc.word(t),
            _ => "",
        }
    };
    let punct = |i: usize, p: &str| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Punct && doc.word(t) == p)
    };
    let span = |from: usize, to: usize| toks[from].range.start..toks[to].range.end;
    let mut out = Vec::new();
    let mut i = sentence.start;
    while i < sentence.end {
        let w = word(i);
        let lower = w.to_lowercase();
        if let Some(month) = month(w) {
            // `January 1, 2025`, `October 2022`, `January 1`, `March`.
            let mut last = i;
            let day = day(word(i + 1));
            if day.is_some() {
                last = i + 1;
            }
            let year_at = if punct(last + 1, ",") && year(word(last + 2)).is_some() {
                Some(last + 2)
            } else {
                year(word(last + 1)).map(|_| last + 1)
            };
            let year = year_at.and_then(|y| year(word(y)));
            last = year_at.unwrap_or(last);
            let date = year.and_then(|y| partial(y, Some(month), day));
            let rank = 4 + u8::from(year.is_some()) * 2 + u8::from(day.is_some());
            out.push(Expr {
                range: span(i, last),
                rank,
                date,
                relative: day.map(|d| Relative::MonthDay(month, d)),
            });
            i = last + 1;
            continue;
        }
        if let (Some(d), Some(m)) = (day(w), month(word(i + 1))) {
            // `1 January 2025`
            let year = year(word(i + 2));
            let last = if year.is_some() { i + 2 } else { i + 1 };
            out.push(Expr {
                range: span(i, last),
                rank: 5 + u8::from(year.is_some()) * 2,
                date: year.and_then(|y| partial(y, Some(m), Some(d))),
                relative: Some(Relative::MonthDay(m, d)),
            });
            i = last + 1;
            continue;
        }
        if let Some(y) = year(w) {
            out.push(Expr {
                range: span(i, i),
                rank: 6,
                date: partial(y, None, None),
                relative: None,
            });
        } else if let Some(weekday) = WEEKDAYS.iter().position(|d| *d == w) {
            let last = if PARTS_OF_DAY.contains(&word(i + 1)) {
                i + 1
            } else {
                i
            };
            out.push(Expr {
                range: span(i, last),
                rank: 3,
                date: None,
                relative: Some(Relative::Weekday(weekday as u8)),
            });
        } else if lower == "since" && !word(i + 1).is_empty() {
            let last = (i + 1..sentence.end)
                .take(SINCE_WORDS)
                .take_while(|&j| {
                    toks[j].kind != Kind::Punct && !matches!(toks[j].kind, Kind::Quote(_))
                })
                .last()
                .unwrap_or(i);
            let dated = (i + 1..=last).any(|j| year(word(j)).is_some() || month(word(j)).is_some());
            if last > i && !dated {
                out.push(Expr {
                    range: span(i, last),
                    rank: 2,
                    date: None,
                    relative: None,
                });
            }
        } else if let Some(last) = relative(&word, i) {
            out.push(Expr {
                range: span(i, last),
                rank: 1,
                date: None,
                relative: None,
            });
            i = last;
        } else if w == "Cold" && word(i + 1) == "War" {
            let last = if word(i + 2) == "era" { i + 2 } else { i + 1 };
            out.push(Expr {
                range: span(i, last),
                rank: 2,
                date: None,
                relative: None,
            });
            i = last;
        } else if is_decade(w) {
            out.push(Expr {
                range: span(i, i),
                rank: 2,
                date: None,
                relative: None,
            });
        }
        i += 1;
    }
    out
}

/// The last token of a relative time expression starting at `i` (`recently`, `in recent
/// months`, `recent intelligence reports`, `last week`, `earlier this year`, `yesterday`), if
/// one starts there.
fn relative<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> Option<usize> {
    // `USA TODAY` is a name.
    if lexicon::is_acronym(word(i)) {
        return None;
    }
    let lower = |j: usize| word(j).to_lowercase();
    match lower(i).as_str() {
        "recently" | "yesterday" | "today" | "tomorrow" => Some(i),
        "in" if lower(i + 1) == "recent" && PERIODS.contains(&lower(i + 2).as_str()) => Some(i + 2),
        "recent" => recent_phrase(word, i),
        "last" | "next" | "this" if PERIODS.contains(&lower(i + 1).as_str()) => Some(i + 1),
        "earlier" | "later"
            if lower(i + 1) == "this" && PERIODS.contains(&lower(i + 2).as_str()) =>
        {
            Some(i + 2)
        }
        _ => None,
    }
}

/// The last token of the noun phrase after `recent` at `i` (`recent intelligence reports`,
/// `recent fighting`): lowercase words up to a preposition, a verb or a clause word; a word in
/// `-ing` only first (`recent reports indicating` ends before it).
fn recent_phrase<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> Option<usize> {
    (i + 1..=i + RECENT_WORDS)
        .take_while(|&j| {
            let w = word(j);
            lexicon::is_lower(w)
                && !AFTER_NOUNS.contains(&w)
                && !lexicon::is_auxiliary(w)
                && (j == i + 1 || !w.ends_with("ing"))
        })
        .last()
}

/// A day of the month written as 1-31.
fn day(word: &str) -> Option<u8> {
    let day: u8 = (word.len() <= 2).then(|| word.parse().ok())??;
    (1..=31).contains(&day).then_some(day)
}

/// A year written as four digits, 1800-2099.
fn year(word: &str) -> Option<u16> {
    let year: u16 = (word.len() == 4).then(|| word.parse().ok())??;
    (1800..2100).contains(&year).then_some(year)
}

/// A decade like `1990s`.
fn is_decade(word: &str) -> bool {
    word.strip_suffix('s')
        .and_then(year)
        .is_some_and(|y| y % 10 == 0)
}

/// A valid partial date, or None.
fn partial(year: u16, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
    let text = match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    };
    PartialDate::parse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(text: &str) -> Vec<(String, Option<String>, Option<Status>)> {
        candidates(&Doc::parse(text), &[])
            .into_iter()
            .map(|e| (e.when, e.date, e.status))
            .collect()
    }

    #[test]
    fn years_dates_and_weekdays() {
        assert_eq!(
            whens("Russia annexed Crimea in 2014 and invaded Ukraine in 2022."),
            [
                ("2014".into(), Some("2014".into()), None),
                ("2022".into(), Some("2022".into()), None)
            ]
        );
        assert_eq!(
            whens("The ministry said on Friday that it had acted."),
            [("Friday".into(), None, Some(Status::Confirmed))]
        );
        assert_eq!(
            whens("Transit ended on January 1, 2025, officials reported."),
            [(
                "January 1, 2025".into(),
                Some("2025-01-01".into()),
                Some(Status::Reported)
            )]
        );
        assert_eq!(
            whens("Controls came in July 2023."),
            [("July 2023".into(), Some("2023-07".into()), None)]
        );
    }

    #[test]
    fn relative_times_eras_and_since() {
        assert_eq!(
            whens("Ties date back to the Cold War era.")[0].0,
            "Cold War era"
        );
        assert_eq!(
            whens("Troops have struggled in recent months.")[0].0,
            "in recent months"
        );
        assert_eq!(
            whens(
                "Ministers met after recent intelligence reports indicating that troops had left."
            )[0]
            .0,
            "recent intelligence reports"
        );
        assert_eq!(
            whens("The recent concerns around pricing eased.")[0].0,
            "recent concerns"
        );
        assert_eq!(
            whens("If it happens, ties will deepen since the beginning of the war.")[0],
            (
                "since the beginning of the war".into(),
                None,
                Some(Status::Expected)
            )
        );
    }

    #[test]
    fn quotations_and_numbers_are_not_times() {
        assert!(whens("“We will meet in 2030,” he said. It cost 3,000 dollars.").is_empty());
        assert!(
            whens("“We will sign it and we will keep every promise we made,” he said on Friday.")
                .is_empty(),
            "a sentence that is mostly quotation is no event"
        );
    }

    #[test]
    fn a_dateline_with_a_date_and_an_agency_is_no_part_of_a_title() {
        let article = "NATO confirms troops\n\nBRUSSELS, Oct. 25 (Example Courier) - NATO on Friday confirmed that about 3,000 troops have arrived.\n";
        assert_eq!(
            titles(article),
            ["NATO on Friday confirmed that about 3,000 troops have arrived."]
        );
        assert_eq!(
            without_dateline("Talks (in Rome) - Officials met."),
            "Talks (in Rome) - Officials met."
        );
    }

    fn titles(text: &str) -> Vec<String> {
        candidates(&Doc::parse(text), &[])
            .into_iter()
            .map(|e| e.title)
            .collect()
    }

    #[test]
    fn each_clause_keeps_a_subject_and_nothing_repeats() {
        assert_eq!(
            titles("Russia annexed Crimea in 2014 and invaded Ukraine in 2022."),
            [
                "Russia annexed Crimea in 2014",
                "Russia invaded Ukraine in 2022"
            ]
        );
        assert_eq!(
            titles("The court ruled in 2021.\n\nThe court ruled in 2021.").len(),
            1
        );
    }

    #[test]
    fn furniture_and_headings_give_no_events() {
        let article = "Photo\n\nRescue workers at the site on Monday.\n\n\
            Talks resume on Friday\n\nCAIRO — The talks collapsed on Sunday.";
        assert_eq!(titles(article), ["The talks collapsed on Sunday."]);
    }

    #[test]
    fn weekdays_are_dated_from_the_article_date() {
        let article = "By Jane Doe\nUpdated Nov. 19, 2019\n\n\
            The ministry will announce the plan on Friday. It confirmed on Monday that talks had ended.\n\n\
            The vote was expected in 2018 but never came.";
        let found: Vec<(String, Option<String>, Option<Status>)> =
            candidates(&Doc::parse(article), &[])
                .into_iter()
                .map(|e| (e.when, e.date, e.status))
                .collect();
        assert_eq!(
            found,
            [
                (
                    "Friday".into(),
                    Some("2019-11-22".into()),
                    Some(Status::Expected)
                ),
                (
                    "Monday".into(),
                    Some("2019-11-18".into()),
                    Some(Status::Confirmed)
                ),
                ("2018".into(), Some("2018".into()), None),
            ]
        );
    }
}
