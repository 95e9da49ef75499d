//! The items new since a briefing was last read and not seen yet: a flag per item of each
//! pane, so seeing one costs the same however many there are.

use crate::pane::Pane;

/// New, unseen items per pane.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unseen {
    /// Per pane, in [`Pane::ALL`] order: whether each item is new (only as long as the last
    /// new item).
    flags: [Vec<bool>; 4],
    /// How many items are new in all.
    count: usize,
}

impl Unseen {
    /// The set of `items`, each a pane and an item index.
    pub fn of(items: impl IntoIterator<Item = (Pane, usize)>) -> Unseen {
        let mut unseen = Unseen::default();
        for (pane, item) in items {
            let flags = &mut unseen.flags[pane.index()];
            if flags.len() <= item {
                flags.resize(item + 1, false);
            }
            if !flags[item] {
                flags[item] = true;
                unseen.count += 1;
            }
        }
        unseen
    }

    /// How many items are new.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Whether item `item` of `pane` is new.
    pub fn contains(&self, pane: Pane, item: usize) -> bool {
        self.flags[pane.index()].get(item).copied().unwrap_or(false)
    }

    /// Item `item` of `pane` is seen; true when it was new.
    pub fn remove(&mut self, pane: Pane, item: usize) -> bool {
        match self.flags[pane.index()].get_mut(item) {
            Some(flag) if *flag => {
                *flag = false;
                self.count -= 1;
                true
            }
            _ => false,
        }
    }

    /// The new items of `pane` in `from..to`, first to last.
    pub fn within(&self, pane: Pane, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let flags = &self.flags[pane.index()];
        let to = to.min(flags.len());
        (from.min(to)..to).filter(move |&item| flags[item])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeing_an_item_takes_it_out_once() {
        let mut unseen = Unseen::of([(Pane::Quotes, 3), (Pane::Quotes, 1), (Pane::Actors, 0)]);
        assert_eq!(unseen.count(), 3);
        assert!(unseen.contains(Pane::Quotes, 3));
        assert!(!unseen.contains(Pane::Quotes, 2));
        assert!(!unseen.contains(Pane::Timeline, 99));
        assert!(unseen.remove(Pane::Quotes, 3));
        assert!(!unseen.remove(Pane::Quotes, 3));
        assert!(!unseen.remove(Pane::Quotes, 1_000));
        assert_eq!(unseen.count(), 2);
        assert_eq!(
            unseen
                .within(Pane::Quotes, 0, usize::MAX)
                .collect::<Vec<_>>(),
            [1]
        );
        assert_eq!(unseen.within(Pane::Quotes, 2, 10).count(), 0);
    }
}
