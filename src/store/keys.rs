//! Stable keys for the items of a briefing, so that marks and read state survive edits.
//!
//! Actors, quotes and implications are keyed by their `id`. A timeline event is keyed by its
//! `id` when it has one; otherwise by its text: `~` + slug of `when` + `/` + slug of `title`
//! (case and diacritics folded, letters and digits joined by `-`, each part at most 48
//! characters), with `~2`, `~3`, ... appended to the second and later events with the same
//! text. `~` is not allowed in ids, so a text key never equals an id. Editing such an event's
//! `when` or `title` changes its key: its marks are then listed as orphaned.
//!
//! An event or implication also has *parts*: one per source it belongs to and one per step of
//! an event's history, each a digest of what it says (a source by its title, which stays when
//! the source is given an id later). A key stays when an item gains a part, so its marks stay;
//! the read state records the parts seen, so that a part added later makes the item new again.

use std::collections::HashMap;
use std::fmt;

use super::digest::digest;
use super::fold::slug;
use crate::briefing::Briefing;
use crate::briefing::model::{Event, Named, SourceIx};
use crate::pane::Pane;

/// The kinds of items the store knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// The briefing itself: title, tags and summary (its key is the briefing id).
    Summary,
    /// An `[[actors]]` entry.
    Actor,
    /// A `[[timeline]]` entry.
    Event,
    /// A `[[quotes]]` entry.
    Quote,
    /// An `[[implications]]` entry.
    Implication,
}

impl ItemKind {
    /// Every kind, in the order of the file.
    pub const ALL: [ItemKind; 5] = [
        ItemKind::Summary,
        ItemKind::Actor,
        ItemKind::Event,
        ItemKind::Quote,
        ItemKind::Implication,
    ];

    /// The kind's name in output and in the store: `summary`, `actor`, `event`, `quote`,
    /// `implication`.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Summary => "summary",
            ItemKind::Actor => "actor",
            ItemKind::Event => "event",
            ItemKind::Quote => "quote",
            ItemKind::Implication => "implication",
        }
    }

    /// The kind a name stands for.
    pub fn parse(name: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The pane that lists items of this kind (none for the summary).
    pub fn pane(self) -> Option<Pane> {
        match self {
            ItemKind::Summary => None,
            ItemKind::Actor => Some(Pane::Actors),
            ItemKind::Event => Some(Pane::Timeline),
            ItemKind::Quote => Some(Pane::Quotes),
            ItemKind::Implication => Some(Pane::Implications),
        }
    }

    /// The kind of the items listed in `pane`.
    pub fn of_pane(pane: Pane) -> ItemKind {
        match pane {
            Pane::Actors => ItemKind::Actor,
            Pane::Timeline => ItemKind::Event,
            Pane::Quotes => ItemKind::Quote,
            Pane::Implications => ItemKind::Implication,
        }
    }

    /// The kind as stored (a small integer).
    pub(crate) fn code(self) -> i64 {
        self as i64
    }

    /// The kind a stored code stands for.
    pub(crate) fn from_code(code: i64) -> Option<ItemKind> {
        ItemKind::ALL.get(usize::try_from(code).ok()?).copied()
    }
}

impl fmt::Display for ItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One item of a briefing, by kind and stable key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey {
    /// What kind of item.
    pub kind: ItemKind,
    /// Its id, or for an event without one its text key (see the module doc).
    pub id: String,
}

impl ItemKey {
    /// The key of the `kind` item `id`.
    pub fn new(kind: ItemKind, id: impl Into<String>) -> ItemKey {
        ItemKey {
            kind,
            id: id.into(),
        }
    }
}

impl fmt::Display for ItemKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.id)
    }
}

/// An item as the analyst saw it: its key and the parts it had then (see the module doc).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sighting {
    /// Which item.
    pub key: ItemKey,
    /// Its parts when seen.
    pub parts: Vec<u64>,
}

/// The keys of every item of one briefing, both ways: pane and index to key, key to index.
#[derive(Clone, Debug, Default)]
pub struct ItemKeys {
    /// Keys per pane, in [`Pane::ALL`] order, each in file order.
    by_pane: [Vec<String>; 4],
    /// Parts of the items per pane, item after item (none for actors and quotes).
    parts: [Vec<u64>; 4],
    /// Where each item's parts end in `parts`, per pane (empty when no item has any).
    parts_end: [Vec<usize>; 4],
    /// Index of each key in its pane.
    index: HashMap<ItemKey, usize>,
}

impl ItemKeys {
    /// The keys of `briefing`'s actors, events, quotes and implications.
    pub fn of(briefing: &Briefing) -> ItemKeys {
        let ids = |ids: Vec<&str>| ids.into_iter().map(str::to_owned).collect::<Vec<_>>();
        let mut keys = ItemKeys::default();
        keys.by_pane[Pane::Actors.index()] =
            ids(briefing.actors.iter().map(|a| a.id.as_str()).collect());
        keys.by_pane[Pane::Quotes.index()] =
            ids(briefing.quotes.iter().map(|q| q.id.as_str()).collect());
        keys.by_pane[Pane::Implications.index()] = ids(briefing
            .implications
            .iter()
            .map(|i| i.id.as_str())
            .collect());
        keys.by_pane[Pane::Timeline.index()] = event_keys(&briefing.timeline);
        for event in 0..briefing.timeline.len() {
            keys.add_parts(Pane::Timeline, event_parts(briefing, event));
        }
        for implication in 0..briefing.implications.len() {
            let sources = briefing.implication_sources(implication);
            keys.add_parts(Pane::Implications, source_parts(briefing, &sources));
        }
        for pane in Pane::ALL {
            for (ix, id) in keys.by_pane[pane.index()].iter().enumerate() {
                keys.index
                    .insert(ItemKey::new(ItemKind::of_pane(pane), id.clone()), ix);
            }
        }
        keys
    }

    /// The key of item `ix` of `pane`, if there is one.
    pub fn key(&self, pane: Pane, ix: usize) -> Option<ItemKey> {
        let id = self.by_pane[pane.index()].get(ix)?;
        Some(ItemKey::new(ItemKind::of_pane(pane), id.clone()))
    }

    /// Appends the parts of the next item of `pane`.
    fn add_parts(&mut self, pane: Pane, parts: impl Iterator<Item = u64>) {
        let all = &mut self.parts[pane.index()];
        all.extend(parts);
        self.parts_end[pane.index()].push(all.len());
    }

    /// The parts of item `ix` of `pane` (see the module doc).
    fn parts_of(&self, pane: Pane, ix: usize) -> &[u64] {
        let ends = &self.parts_end[pane.index()];
        let start = ix.checked_sub(1).and_then(|before| ends.get(before));
        match (start, ends.get(ix)) {
            (Some(&start), Some(&end)) => &self.parts[pane.index()][start..end],
            (None, Some(&end)) => &self.parts[pane.index()][..end],
            _ => &[],
        }
    }

    /// The parts of the item `key` (none when it has none or is not in the briefing).
    pub fn parts(&self, key: &ItemKey) -> &[u64] {
        self.find(key)
            .map_or(&[], |(pane, ix)| self.parts_of(pane, ix))
    }

    /// Item `ix` of `pane` as seen now: its key and parts.
    pub fn sighting(&self, pane: Pane, ix: usize) -> Option<Sighting> {
        Some(Sighting {
            key: self.key(pane, ix)?,
            parts: self.parts_of(pane, ix).to_vec(),
        })
    }

    /// Where the item `key` is now: its pane and index, if it still exists.
    pub fn find(&self, key: &ItemKey) -> Option<(Pane, usize)> {
        Some((key.kind.pane()?, *self.index.get(key)?))
    }

    /// Every key, pane by pane in file order.
    pub fn all(&self) -> impl Iterator<Item = ItemKey> + '_ {
        Pane::ALL.into_iter().flat_map(move |pane| {
            self.by_pane[pane.index()]
                .iter()
                .map(move |id| ItemKey::new(ItemKind::of_pane(pane), id.clone()))
        })
    }
}

/// The parts of event `event`: its sources (those of its history too) and its history steps.
fn event_parts(briefing: &Briefing, event: usize) -> impl Iterator<Item = u64> + '_ {
    let steps = briefing.timeline[event].history.iter().map(|change| {
        let source = change
            .source
            .map(|s| briefing.meta.sources[s].title.as_str());
        let date = change.date.map(|date| date.to_string());
        digest_of(&[
            b"step".as_slice(),
            change.status.name().as_bytes(),
            source.unwrap_or_default().as_bytes(),
            date.as_deref().unwrap_or_default().as_bytes(),
        ])
    });
    source_parts(briefing, &briefing.event_sources(event)).chain(steps)
}

/// One part per source of `sources`, by the source's title.
fn source_parts(briefing: &Briefing, sources: &[SourceIx]) -> std::vec::IntoIter<u64> {
    let parts: Vec<u64> = sources
        .iter()
        .map(|&source| {
            digest_of(&[
                b"source".as_slice(),
                briefing.meta.sources[source].title.as_str().as_bytes(),
            ])
        })
        .collect();
    parts.into_iter()
}

/// The [`digest`] of `pieces`, each followed by a NUL (which no text of a briefing holds).
fn digest_of(pieces: &[&[u8]]) -> u64 {
    let bytes: Vec<u8> = pieces
        .iter()
        .flat_map(|piece| piece.iter().copied().chain([0]))
        .collect();
    digest(&bytes) as u64
}

/// The key of each event, in order: its id, or its text key made unique (see the module doc).
pub(crate) fn event_keys(events: &[Event]) -> Vec<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    events
        .iter()
        .map(|event| match &event.id {
            Some(id) => id.as_str().to_owned(),
            None => {
                let base = format!(
                    "~{}/{}",
                    slug(event.when.as_str(), 48),
                    slug(event.title.as_str(), 48)
                );
                let n = count.entry(base.clone()).or_default();
                *n += 1;
                match *n {
                    1 => base,
                    n => format!("{base}~{n}"),
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Briefing {
        crate::briefing::load::load_str("test.toml", text).unwrap()
    }

    const TEXT: &str = r#"format = 1
[briefing]
id = "b"
title = "T"
summary = "S"
[[actors]]
id = "a"
name = "A"
kind = "person"
[[timeline]]
when = "Friday"
title = "Talks in Tokyo"
[[timeline]]
id = "named"
when = "Friday"
title = "Talks in Tokyo"
[[timeline]]
when = "Friday"
title = "Talks in Tokyo"
"#;

    #[test]
    fn events_without_id_are_keyed_by_text_and_made_unique() {
        let keys = ItemKeys::of(&load(TEXT));
        let events: Vec<String> = keys.by_pane[Pane::Timeline.index()].clone();
        assert_eq!(
            events,
            [
                "~friday/talks-in-tokyo",
                "named",
                "~friday/talks-in-tokyo~2"
            ]
        );
        assert_eq!(
            keys.find(&ItemKey::new(ItemKind::Event, "named")),
            Some((Pane::Timeline, 1))
        );
        assert_eq!(
            keys.key(Pane::Actors, 0),
            Some(ItemKey::new(ItemKind::Actor, "a"))
        );
        assert_eq!(keys.all().count(), 4);
    }

    #[test]
    fn kinds_round_trip_through_names_and_codes() {
        for kind in ItemKind::ALL {
            assert_eq!(ItemKind::parse(kind.name()), Some(kind));
            assert_eq!(ItemKind::from_code(kind.code()), Some(kind));
        }
    }
}
