//! One briefing reduced to the rows the library index stores (made on the threads that
//! parse, so the one thread that writes only writes), and the terms its full-text index
//! holds for an item.

use std::borrow::Cow;

use super::fold::fold;
use super::keys::{ItemKind, event_keys};
use super::numbers::plain_numbers;
use super::query::head_terms;
use super::synonyms::Synonyms;
use crate::briefing::Briefing;
use crate::briefing::grade::Admiralty;
use crate::briefing::library::Summary;
use crate::briefing::model::{Named, PartialDate};
use crate::text::SafeText;

/// Most items of one briefing indexed; later items are left out of the index.
pub const MAX_ITEMS_PER_FILE: usize = (1 << 20) - 1;

/// What a refresh keeps of an indexed briefing.
#[derive(Clone)]
pub(super) struct Indexed {
    pub(super) id: SafeText,
    pub(super) summary: Summary,
    pub(super) digest: Option<i64>,
}

/// One briefing reduced to the rows the index stores; the briefing itself is dropped.
pub(super) struct Doc {
    pub(super) id: SafeText,
    pub(super) summary: Summary,
    /// The digest of the file's bytes.
    pub(super) digest: Option<i64>,
    pub(super) items: Vec<ItemRow>,
    pub(super) actors: Vec<ActorRow>,
}

/// One item's row.
pub(super) struct ItemRow {
    pub(super) kind: ItemKind,
    pub(super) key: String,
    pub(super) line: usize,
    /// The item's own date ordinal (events with a `date`), else 0.
    pub(super) day: i64,
    pub(super) head: String,
    pub(super) body: String,
    pub(super) extra: String,
    /// An event's status, by name (else empty).
    pub(super) status: &'static str,
    /// An event's or a quote's Admiralty code (`B2`; else empty).
    pub(super) grade: String,
    /// A quote's speaker (else empty).
    pub(super) who: String,
    /// Ids of the actors linked: a quote's speaker, an event's actors.
    pub(super) actors: Vec<String>,
    /// What the full-text index holds for it (made where the file is parsed, not by the
    /// one thread that writes).
    pub(super) full_text: FullText,
}

/// What the full-text index holds for an item ([`full_text`]): its head as title terms, and
/// its body and extra where they differ from the item's own text.
#[derive(Default)]
pub(super) struct FullText {
    pub(super) head: String,
    pub(super) body: Option<String>,
    pub(super) extra: Option<String>,
}

impl FullText {
    fn of(row: &ItemRow) -> FullText {
        let (head, body, extra) = full_text(&row.head, &row.body, &row.extra);
        FullText {
            head,
            body: matches!(body, Cow::Owned(_)).then(|| body.into_owned()),
            extra: matches!(extra, Cow::Owned(_)).then(|| extra.into_owned()),
        }
    }
}

/// One actor's identity row.
pub(super) struct ActorRow {
    pub(super) id: String,
    pub(super) wikidata: Option<String>,
    /// Name and aliases, folded.
    pub(super) names: Vec<String>,
}

/// An optional text as a `str`.
fn text(t: &Option<SafeText>) -> Option<&str> {
    t.as_ref().map(SafeText::as_str)
}

impl ItemRow {
    /// A row of `kind` with key `key` at `line`, every text empty.
    fn new(kind: ItemKind, key: String, line: usize) -> ItemRow {
        ItemRow {
            kind,
            key,
            line,
            day: 0,
            head: String::new(),
            body: String::new(),
            extra: String::new(),
            status: "",
            grade: String::new(),
            who: String::new(),
            actors: Vec::new(),
            full_text: FullText::default(),
        }
    }
}

impl Doc {
    /// The rows of `b`, whose file's bytes have `digest`.
    pub(super) fn of(b: &Briefing, digest: Option<i64>) -> Doc {
        let join = |parts: &[Option<&str>]| -> String {
            parts
                .iter()
                .flatten()
                .copied()
                .collect::<Vec<_>>()
                .join("\n")
        };
        let grade = |grade: Option<Admiralty>| grade.map(|g| g.to_string()).unwrap_or_default();
        let tags: Vec<&str> = b.meta.tags.iter().map(SafeText::as_str).collect();
        let mut items = vec![ItemRow {
            head: join(&[Some(b.meta.title.as_str()), Some(&tags.join(" "))]),
            body: b.meta.summary.to_string(),
            ..ItemRow::new(ItemKind::Summary, b.meta.id.to_string(), b.meta.line)
        }];
        let mut actors = Vec::with_capacity(b.actors.len());
        for a in &b.actors {
            let aliases: Vec<&str> = a.aliases.iter().map(SafeText::as_str).collect();
            items.push(ItemRow {
                head: join(&[Some(a.name.as_str()), Some(&aliases.join("\n"))]),
                body: text(&a.notes).unwrap_or_default().to_owned(),
                extra: join(&[text(&a.role), text(&a.affiliation), text(&a.country)]),
                ..ItemRow::new(ItemKind::Actor, a.id.to_string(), a.line)
            });
            let mut names: Vec<String> = std::iter::once(a.name.as_str())
                .chain(aliases.iter().copied())
                .map(fold)
                .filter(|name| !name.is_empty())
                .collect();
            names.sort();
            names.dedup();
            actors.push(ActorRow {
                id: a.id.to_string(),
                wikidata: a.wikidata.as_ref().map(SafeText::to_string),
                names,
            });
        }
        let actor_ids = |ixs: &[usize]| ixs.iter().map(|&ix| b.actors[ix].id.to_string()).collect();
        let events = b.timeline.iter().zip(event_keys(&b.timeline));
        for (ix, (e, key)) in events.enumerate() {
            items.push(ItemRow {
                day: day(e.date),
                head: e.title.to_string(),
                body: text(&e.detail).unwrap_or_default().to_owned(),
                extra: e.when.to_string(),
                status: e.status.map_or("", Named::name),
                grade: grade(b.event_grade(ix)),
                actors: actor_ids(&e.actors),
                ..ItemRow::new(ItemKind::Event, key, e.line)
            });
        }
        for (ix, q) in b.quotes.iter().enumerate() {
            let speaker = b.actors[q.speaker].name.as_str();
            items.push(ItemRow {
                body: q.text.to_string(),
                extra: join(&[text(&q.context), Some(speaker)]),
                grade: grade(b.quote_grade(ix)),
                who: speaker.to_owned(),
                actors: actor_ids(&[q.speaker]),
                ..ItemRow::new(ItemKind::Quote, q.id.to_string(), q.line)
            });
        }
        for i in &b.implications {
            items.push(ItemRow {
                head: join(&[Some(i.title.as_str()), Some(i.region.as_str())]),
                body: text(&i.detail).unwrap_or_default().to_owned(),
                ..ItemRow::new(ItemKind::Implication, i.id.to_string(), i.line)
            });
        }
        items.truncate(MAX_ITEMS_PER_FILE);
        // An actor named by one of its names is found by any of them: the item's other
        // names go with its extra text.
        if let Some(synonyms) = Synonyms::of(&b.actors) {
            for row in &mut items {
                let names = synonyms.named_in(&[&row.head, &row.body, &row.extra]);
                if !names.is_empty() {
                    row.extra.push('\n');
                    row.extra.push_str(&names);
                }
            }
        }
        for row in &mut items {
            row.full_text = FullText::of(row);
        }
        Doc {
            id: b.meta.id.clone(),
            summary: Summary::of(b),
            digest,
            items,
            actors,
        }
    }

    pub(super) fn into_indexed(self) -> Indexed {
        Indexed {
            id: self.id,
            summary: self.summary,
            digest: self.digest,
        }
    }
}

/// A sortable number for a partial date (`0` for none): later dates are larger, and a
/// year alone sorts before its months.
pub(crate) fn day(date: Option<PartialDate>) -> i64 {
    date.map_or(0, |d| {
        i64::from(d.year) * 512
            + i64::from(d.month.unwrap_or(0)) * 32
            + i64::from(d.day.unwrap_or(0))
    })
}

/// What the full-text index holds for an item's `head`, `body` and `extra`: the head as title
/// terms ([`head_terms`]), and numbers without their group separators in all three
/// ([`plain_numbers`]: `3,000` is indexed as `3000`, as a query asks for it). The same for
/// a row written and a row deleted, as an external-content index requires.
pub(super) fn full_text<'t>(
    head: &str,
    body: &'t str,
    extra: &'t str,
) -> (String, Cow<'t, str>, Cow<'t, str>) {
    (
        head_terms(&plain_numbers(head)),
        plain_numbers(body),
        plain_numbers(extra),
    )
}
