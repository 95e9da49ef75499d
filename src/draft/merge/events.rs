//! Which drafted timeline events are events the briefing already has, and what a match
//! proposes. An existing event is the same when it tells the same thing at a time that fits:
//!
//! - **words**: the drafted title holds at least [`MIN_SHARED`] of the content words of the
//!   existing event's title and detail, and at least [`MIN_COVER`] of the existing title's
//!   content words weighted by how rare each is among the briefing's events (a figure such
//!   as `3,000` weighs more than `North Korean`, which every event says). Content words are
//!   lowercase words of three letters or more, or numbers (`3,000` is `3000`), without the
//!   small words of ids and with a plural or past ending taken off;
//! - **time**: when both are dated, their dates lie within [`DAYS_APART`] days of each
//!   other, or the article dates another of its events on the existing event's date (it
//!   refers back to it); an undated side leaves the words to decide.
//!
//! Each drafted event, in article order, takes its best match among the existing events not yet
//! taken, so an existing event takes at most one.

use std::collections::{HashMap, HashSet};

use crate::briefing::calendar::day_number;
use crate::briefing::model::{Event as Existing, PartialDate, Status};
use crate::draft::outline::ids::STOP_WORDS;
use crate::draft::outline::model::Event as Drafted;

/// Fewest content words a drafted event shares with the existing one.
const MIN_SHARED: usize = 3;
/// Least share of the existing title's weighted content words the drafted title holds.
const MIN_COVER: f64 = 0.6;
/// Most days between the dates of one event told twice.
const DAYS_APART: i64 = 7;

/// For each drafted event, the existing event it tells again, if any.
pub fn find(drafted: &[Drafted], existing: &[Existing]) -> Vec<Option<usize>> {
    let titles: Vec<HashSet<String>> = existing.iter().map(|e| words(e.title.as_str())).collect();
    let bodies: Vec<HashSet<String>> = existing
        .iter()
        .zip(&titles)
        .map(|(e, title)| {
            let mut all = title.clone();
            all.extend(e.detail.iter().flat_map(|d| words(d.as_str())));
            all
        })
        .collect();
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for body in &bodies {
        for word in body {
            *frequency.entry(word.as_str()).or_default() += 1;
        }
    }
    let count = existing.len() as f64;
    let weight = |word: &str| (1.0 + count / frequency.get(word).copied().unwrap_or(1) as f64).ln();
    let article_dates: Vec<PartialDate> = drafted
        .iter()
        .filter_map(|d| PartialDate::parse(d.date.as_deref()?))
        .collect();
    let mut taken = vec![false; existing.len()];
    drafted
        .iter()
        .map(|event| {
            let said = words(&event.title);
            let date = event.date.as_deref().and_then(PartialDate::parse);
            let best = (0..existing.len())
                .filter(|&i| !taken[i])
                .filter(|&i| bodies[i].intersection(&said).count() >= MIN_SHARED)
                .filter(|&i| times_fit(date, existing[i].date, &article_dates))
                .map(|i| {
                    let total: f64 = titles[i].iter().map(|w| weight(w)).sum();
                    let held: f64 = titles[i].intersection(&said).map(|w| weight(w)).sum();
                    (i, if total > 0.0 { held / total } else { 0.0 })
                })
                .filter(|&(_, cover)| cover >= MIN_COVER)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(i, _)| i);
            if let Some(i) = best {
                taken[i] = true;
            }
            best
        })
        .collect()
}

/// The status a drafted event proposes for the existing event it matches: its own when it
/// differs, except that a weaker telling of a confirmed event leaves it confirmed (it agrees).
pub fn proposed(drafted: Option<Status>, existing: Option<Status>) -> Option<Status> {
    match (drafted?, existing) {
        (new, Some(old)) if new == old => None,
        (_, Some(Status::Confirmed)) => None,
        (new, _) => Some(new),
    }
}

/// True unless both dates are given and lie apart, and the article dates nothing on the
/// existing event's date.
fn times_fit(
    drafted: Option<PartialDate>,
    existing: Option<PartialDate>,
    article: &[PartialDate],
) -> bool {
    let (Some(drafted), Some(existing)) = (drafted, existing) else {
        return true;
    };
    let day = |(y, m, d): (u16, u8, u8)| day_number(i64::from(y), m, d);
    let near = day(drafted.first_day()) <= day(existing.last_day()) + DAYS_APART
        && day(existing.first_day()) <= day(drafted.last_day()) + DAYS_APART;
    near || article.contains(&existing)
}

/// The content words of `text`.
fn words(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit_group = matches!(c, ',' | '.')
            && word.chars().last().is_some_and(|l| l.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !digit_group {
            keep(std::mem::take(&mut word), &mut out);
        }
    }
    keep(word, &mut out);
    out
}

/// Adds `word` to `out` when it is a content word, its ending taken off.
fn keep(word: String, out: &mut HashSet<String>) {
    let numeric = word.chars().all(|c| c.is_ascii_digit());
    if word.is_empty() || (!numeric && word.chars().count() < 3) || STOP_WORDS.contains(&&*word) {
        return;
    }
    let stem = ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|end| word.strip_suffix(end).filter(|s| s.chars().count() >= 4))
        .unwrap_or(&word);
    out.insert(stem.to_owned());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load::load_str;

    fn existing(events: &str) -> Vec<Existing> {
        let toml =
            format!("format = 1\n[briefing]\nid = \"b\"\ntitle = \"t\"\nsummary = \"s\"\n{events}");
        load_str("t", &toml).unwrap().timeline
    }

    fn drafted(title: &str, date: Option<&str>) -> Drafted {
        Drafted {
            when: "Friday".into(),
            date: date.map(str::to_owned),
            title: title.into(),
            status: Some(Status::Confirmed),
            grade: None,
            refused: None,
            actors: Vec::new(),
            review: String::new(),
        }
    }

    const EVENTS: &str = "[[timeline]]\nwhen = \"Recently\"\ntitle = \"About 3,000 North Korean troops reported in Russia\"\n\
        [[timeline]]\nwhen = \"Recently\"\ntitle = \"United States and NATO confirm North Korean troops training in Russia\"\n\
        [[timeline]]\nwhen = \"2014\"\ndate = \"2014\"\ntitle = \"Russia annexes Crimea\"\n";

    #[test]
    fn the_same_claim_matches_and_a_rare_figure_decides() {
        let events = existing(EVENTS);
        let said = drafted(
            "NATO on Friday confirmed that about 3,000 North Korean troops have arrived in Russia for training.",
            Some("2024-10-25"),
        );
        assert_eq!(find(&[said], &events), [Some(0)]);
        let unrelated = drafted(
            "The football club signed a striker on Friday.",
            Some("2024-10-25"),
        );
        assert_eq!(find(&[unrelated], &events), [None]);
    }

    #[test]
    fn dates_far_apart_are_other_events_unless_the_article_refers_back() {
        let events = existing(EVENTS);
        let again = |date| drafted("Russia annexes Crimea, officials recall", Some(date));
        assert_eq!(find(&[again("2024-10-25")], &events), [None]);
        assert_eq!(find(&[again("2014-03-18")], &events), [Some(2)]);
    }

    #[test]
    fn a_confirmed_event_stays_confirmed() {
        let (c, r) = (Some(Status::Confirmed), Some(Status::Reported));
        assert_eq!(proposed(c, r), c);
        assert_eq!(proposed(r, c), None);
        assert_eq!(proposed(r, r), None);
        assert_eq!(proposed(None, r), None);
        assert_eq!(proposed(Some(Status::Claimed), r), Some(Status::Claimed));
    }
}
