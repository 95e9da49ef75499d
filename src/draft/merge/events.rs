//! Which drafted timeline events are events the briefing already has, and what a match
//! proposes. An existing event is the same when it tells the same thing at a time that fits:
//!
//! - **words**, both ways: the drafted title holds at least [`MIN_SHARED`] of the content
//!   words of the existing event's title and detail, at least [`MIN_COVER`] of the existing
//!   title's content words, and the existing event holds at least [`MIN_COVER_BACK`] of the
//!   drafted title's, each share weighted by how rare a word is among the briefing's events
//!   (a figure such as `3,000` weighs more than `North Korean`, which every event says; a
//!   word no event has weighs most: it is news). Content words are lowercase words of three
//!   letters or more, or numbers (`3,000` is `3000`), without the small words of ids, the
//!   words of time (compared apart) and hedges, and with a plural or past ending taken off;
//! - **time**: when both are dated, their dates lie within [`DAYS_APART`] days of each
//!   other, or the article dates another of its events on the existing event's date (it
//!   refers back to it). An undated existing event is taken at its first source's
//!   publication date, an undated drafted event at the article's; with no date on either
//!   side the words decide.
//!
//! A drafted event that falls short one way ([`Match::Maybe`]: the existing event holds less
//! of it than [`MIN_COVER_BACK`], or it holds only [`MIN_COVER_MAYBE`] of the existing title)
//! is added as a new event with a review note naming the existing one: a wrong merge is worse
//! than a duplicate. A match the
//! article attributes back to whoever already backs the existing event (`South Korea's
//! intelligence service said last week that …`) is [`Match::Recalled`]: the same event, but
//! no new backing.
//!
//! Each drafted event, in article order, takes its best match among the existing events not yet
//! taken, so an existing event takes at most one.

use std::collections::{HashMap, HashSet};

use crate::briefing::calendar::day_number;
use crate::briefing::model::{Briefing, Event as Existing, PartialDate, Status};
use crate::draft::lexicon::time;
use crate::draft::outline::ids::STOP_WORDS;
use crate::draft::outline::model::Event as Drafted;

/// Fewest content words a drafted event shares with the existing one.
const MIN_SHARED: usize = 3;
/// Least share of the existing title's weighted content words the drafted title holds.
const MIN_COVER: f64 = 0.6;
/// Least share of the drafted title's weighted content words the existing event holds.
const MIN_COVER_BACK: f64 = 0.5;
/// Least share of the existing title's weighted content words for a possible match.
const MIN_COVER_MAYBE: f64 = 0.4;
/// Most days between the dates of one event told twice.
const DAYS_APART: i64 = 7;
/// Words of time besides months and weekdays, compared as dates rather than as words (`sep`:
/// the lexicon's abbreviation is `Sept.`).
const TIME_WORDS: &[&str] = &["today", "yesterday", "week", "month", "year", "last", "sep"];
/// Hedges on a figure (`about 3,000`): no words of the event.
const HEDGES: &[&str] = &["about", "around", "some", "nearly", "approximately"];
/// Words that tell an event again as something said before.
const BACK_REFERENCES: &[&str] = &[
    "last week",
    "last month",
    "earlier",
    "first reported",
    "first said",
    "first gave",
    " ago",
    "previously",
];
/// Verbs that attribute a claim: what comes before the first is who makes it.
const SAYING: &[&str] = &[
    " said",
    " says",
    " reported",
    " told",
    " announced",
    " claimed",
    " stated",
];

/// What a drafted event is to the briefing's events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// A new event.
    New,
    /// The existing event at this index, told again.
    Same(usize),
    /// The existing event at this index, recalled from whoever already backs it.
    Recalled(usize),
    /// Perhaps the existing event at this index: added as new, with a note naming it.
    Maybe(usize),
}

/// For each drafted event, what it is among the briefing's events; `article_date` is the
/// article's own date.
pub fn find(drafted: &[Drafted], briefing: &Briefing, article_date: Option<&str>) -> Vec<Match> {
    let existing = &briefing.timeline;
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
    let share = |of: &HashSet<String>, held: &HashSet<String>| {
        let total: f64 = of.iter().map(|w| weight(w)).sum();
        let kept: f64 = of.intersection(held).map(|w| weight(w)).sum();
        if total > 0.0 { kept / total } else { 0.0 }
    };
    let article_dates: Vec<PartialDate> = drafted
        .iter()
        .filter_map(|d| PartialDate::parse(d.date.as_deref()?))
        .collect();
    let article_date = article_date.and_then(PartialDate::parse);
    let existing_dates: Vec<Option<PartialDate>> = existing
        .iter()
        .map(|e| e.date.or_else(|| published(briefing, e)))
        .collect();
    let mut taken = vec![false; existing.len()];
    drafted
        .iter()
        .map(|event| {
            let title = event.title.as_str();
            let said = words(title);
            let date = event
                .date
                .as_deref()
                .and_then(PartialDate::parse)
                .or(article_date);
            let best = (0..existing.len())
                .filter(|&i| !taken[i])
                .filter(|&i| bodies[i].intersection(&said).count() >= MIN_SHARED)
                .filter(|&i| times_fit(date, existing_dates[i], &article_dates))
                .map(|i| (i, share(&titles[i], &said), share(&said, &bodies[i])))
                .filter(|&(_, cover, _)| cover >= MIN_COVER_MAYBE)
                .max_by(|a, b| (a.1 + a.2).total_cmp(&(b.1 + b.2)));
            let Some((i, cover, back)) = best else {
                return Match::New;
            };
            if cover < MIN_COVER || back < MIN_COVER_BACK {
                return Match::Maybe(i);
            }
            taken[i] = true;
            match recalled(title, &bodies[i]) {
                true => Match::Recalled(i),
                false => Match::Same(i),
            }
        })
        .collect()
}

/// The publication date of the existing event's first source (the briefing's only source
/// when the event names none).
fn published(briefing: &Briefing, event: &Existing) -> Option<PartialDate> {
    let sources = &briefing.meta.sources;
    match event.sources.first() {
        Some(&ix) => sources.get(ix)?.published,
        None if sources.len() == 1 => sources[0].published,
        None => None,
    }
}

/// True when `title` tells its event as said before: it refers back in time, or whoever it
/// attributes the claim to is named in the existing event already (`body`).
fn recalled(title: &str, body: &HashSet<String>) -> bool {
    let lower = title.to_lowercase();
    if BACK_REFERENCES.iter().any(|r| lower.contains(r)) {
        return true;
    }
    let Some(at) = SAYING.iter().filter_map(|v| lower.find(v)).min() else {
        return false;
    };
    let who = words(&lower[..at]);
    !who.is_empty() && who.is_subset(body)
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
    if word.is_empty()
        || (!numeric && word.chars().count() < 3)
        || STOP_WORDS.contains(&&*word)
        || TIME_WORDS.contains(&&*word)
        || time::is_month_or_weekday(&word)
        || HEDGES.contains(&&*word)
    {
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

    fn existing(events: &str) -> Briefing {
        let toml =
            format!("format = 1\n[briefing]\nid = \"b\"\ntitle = \"t\"\nsummary = \"s\"\n{events}");
        load_str("t", &toml).unwrap()
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
        detail = \"About 3,000 North Korean troops have arrived in Russia and are training.\"\n\
        [[timeline]]\nwhen = \"Recently\"\ntitle = \"United States and NATO confirm North Korean troops training in Russia\"\n\
        [[timeline]]\nwhen = \"2014\"\ndate = \"2014\"\ntitle = \"Russia annexes Crimea\"\n";

    #[test]
    fn the_same_claim_matches_and_a_rare_figure_decides() {
        let events = existing(EVENTS);
        let said = drafted(
            "NATO on Friday confirmed that about 3,000 North Korean troops have arrived in Russia for training.",
            Some("2024-10-25"),
        );
        assert_eq!(find(&[said], &events, None), [Match::Same(0)]);
        let unrelated = drafted(
            "The football club signed a striker on Friday.",
            Some("2024-10-25"),
        );
        assert_eq!(find(&[unrelated], &events, None), [Match::New]);
    }

    #[test]
    fn dates_far_apart_are_other_events_unless_the_article_refers_back() {
        let events = existing(EVENTS);
        let again = |date| drafted("Russia annexes Crimea, officials recall", Some(date));
        assert_eq!(find(&[again("2024-10-25")], &events, None), [Match::New]);
        assert_eq!(
            find(&[again("2014-03-18")], &events, None),
            [Match::Same(2)]
        );
    }

    #[test]
    fn an_undated_event_is_taken_at_its_source_publication_date() {
        let sources =
            "[[briefing.sources]]\nid = \"old\"\ntitle = \"Old\"\npublished = \"2014-03-20\"\n";
        let events = existing(&format!("{sources}{EVENTS}"));
        let said = drafted(
            "NATO on Friday confirmed that about 3,000 North Korean troops have arrived in Russia for training.",
            Some("2024-10-25"),
        );
        assert_eq!(find(&[said], &events, None), [Match::New]);
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
