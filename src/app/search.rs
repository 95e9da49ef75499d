//! Search across the overview and all four panes: case-folded, incremental, with match lists
//! built once per change of query (never per frame) from an index that a worker builds when
//! the search prompt first opens.

use super::Pane;
use crate::briefing::Briefing;
pub use crate::fold::{find_ranges, fold};
use crate::screen::lines::fields;

/// Where a match is: the overview (its summary, tags and sources), or an item of a pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    /// The overview.
    Overview,
    /// Item `.1` of pane `.0`.
    Item(Pane, usize),
}

impl Spot {
    /// Matches are walked in this order: each pane in order, then the overview.
    fn group(self) -> usize {
        match self {
            Spot::Item(pane, _) => pane.index(),
            Spot::Overview => OVERVIEW,
        }
    }

    fn item(self) -> usize {
        match self {
            Spot::Overview => 0,
            Spot::Item(_, item) => item,
        }
    }

    fn at(group: usize, item: usize) -> Spot {
        match group {
            OVERVIEW => Spot::Overview,
            g => Spot::Item(Pane::ALL[g], item),
        }
    }
}

/// Groups of matches: the four panes, then the overview.
const GROUPS: usize = 5;
/// The overview's group.
const OVERVIEW: usize = 4;

/// Folded text of every item of each pane, then of the overview.
pub type SearchIndex = [Vec<String>; GROUPS];

/// The search the user is typing or has typed.
#[derive(Debug, Default)]
pub struct Search {
    /// The query as typed.
    pub query: String,
    /// True while the prompt is open and keys edit the query.
    pub editing: bool,
    /// The query case-folded.
    folded: String,
    /// Folded text of the overview and of every item, built on the first search.
    index: Option<SearchIndex>,
    /// The index was asked of a worker and has not arrived (or was built here since).
    index_asked: bool,
    /// Matches per group (the overview's holds 0 when it matches), ascending.
    matches: [Vec<usize>; GROUPS],
    /// Counts changes of the matches, so what is built from them knows when to rebuild.
    revision: u64,
}

impl Search {
    /// True when a query is set (matches are highlighted and `n`/`N` work).
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }

    /// The folded query, for highlighting.
    pub fn folded_query(&self) -> &str {
        &self.folded
    }

    /// Items of `pane` that match, ascending.
    pub fn matches(&self, pane: Pane) -> &[usize] {
        &self.matches[pane.index()]
    }

    /// Total matches: the overview counts as one.
    pub fn match_count(&self) -> usize {
        self.matches.iter().map(Vec::len).sum()
    }

    /// Changes whenever the matches may have changed.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// `1 match`, `4 matches`.
    pub fn count_label(&self) -> String {
        match self.match_count() {
            1 => "1 match".to_owned(),
            n => format!("{n} matches"),
        }
    }

    /// Whether item `item` of `pane` matches.
    pub fn is_match(&self, pane: Pane, item: usize) -> bool {
        self.is_active() && self.matches(pane).binary_search(&item).is_ok()
    }

    /// The 1-based rank of `spot` among all matches in walking order, when it is one.
    pub fn rank(&self, spot: Spot) -> Option<usize> {
        let group = spot.group();
        let within = self.matches[group].binary_search(&spot.item()).ok()?;
        let before: usize = self.matches[..group].iter().map(Vec::len).sum();
        Some(before + within + 1)
    }

    /// Clears the query and its matches (the index is kept for the next search).
    pub fn clear(&mut self) {
        self.revision += 1;
        self.query.clear();
        self.folded.clear();
        self.editing = false;
        self.matches = Default::default();
    }

    /// True once, when the prompt is open and the index is neither built nor asked for: the
    /// loop then builds it on a worker ([`index_of`]) so that the first letter typed only
    /// scans it. A letter typed before it arrives builds it here.
    pub fn wants_index(&mut self) -> bool {
        let wants = self.editing && self.index.is_none() && !self.index_asked;
        self.index_asked |= wants;
        wants
    }

    /// The index a worker built for the briefing searched; kept unless one was built here
    /// meanwhile.
    pub fn install(&mut self, index: SearchIndex) {
        self.index.get_or_insert(index);
    }

    /// Sets a new query and recomputes the matches. When the new query extends the old one,
    /// only the old matches are checked again.
    pub fn set_query(&mut self, briefing: &Briefing, query: String) {
        self.revision += 1;
        let folded = fold(&query);
        if folded.is_empty() {
            self.matches = Default::default();
        } else {
            self.find_all(briefing, &folded);
        }
        self.query = query;
        self.folded = folded;
    }

    /// Recomputes the matches of the non-empty `folded` query.
    fn find_all(&mut self, briefing: &Briefing, folded: &str) {
        let index = self.index.get_or_insert_with(|| index_of(briefing));
        let refine = !self.folded.is_empty() && folded.starts_with(&self.folded);
        for (haystacks, matches) in index.iter().zip(&mut self.matches) {
            if refine {
                matches.retain(|&item| haystacks[item].contains(folded));
            } else {
                *matches = (0..haystacks.len())
                    .filter(|&item| haystacks[item].contains(folded))
                    .collect();
            }
        }
    }

    /// Drops the index and matches after the briefing changed; the query is searched again.
    pub fn rebuild(&mut self, briefing: &Briefing) {
        self.index = None;
        self.index_asked = false;
        self.folded.clear();
        let query = std::mem::take(&mut self.query);
        if !query.is_empty() {
            self.set_query(briefing, query);
        }
    }

    /// The first match after (`forward`) or before `from` in walking order, wrapping;
    /// `inclusive` also accepts `from` itself. Returns the match and whether it wrapped.
    pub fn find(&self, from: Spot, forward: bool, inclusive: bool) -> Option<(Spot, bool)> {
        let start = from.group();
        let item = from.item();
        for step in 0..=GROUPS {
            let group = if forward {
                (start + step) % GROUPS
            } else {
                (start + GROUPS * 2 - step) % GROUPS
            };
            let matches = &self.matches[group];
            // Matches are sorted, so each lookup is a binary search.
            let found = match (step, forward, inclusive) {
                (0, true, true) => matches.get(matches.partition_point(|&m| m < item)),
                (0, true, false) => matches.get(matches.partition_point(|&m| m <= item)),
                (0, false, true) => matches
                    .partition_point(|&m| m <= item)
                    .checked_sub(1)
                    .and_then(|i| matches.get(i)),
                (0, false, false) => matches
                    .partition_point(|&m| m < item)
                    .checked_sub(1)
                    .and_then(|i| matches.get(i)),
                (GROUPS, true, _) => matches.first().filter(|&&m| m <= item),
                (GROUPS, false, _) => matches.last().filter(|&&m| m >= item),
                (_, true, _) => matches.first(),
                (_, false, _) => matches.last(),
            };
            if let Some(&found) = found {
                let wrapped = if forward {
                    group < start || (group == start && step > 0)
                } else {
                    group > start || (group == start && step > 0)
                };
                return Some((Spot::at(group, found), wrapped));
            }
        }
        None
    }
}

/// Folded searchable text of the overview and of every item, per group.
/// The folded text of every item of `briefing` and of its overview: what a search scans.
pub fn index_of(briefing: &Briefing) -> SearchIndex {
    let pane = |pane: Pane, len: usize| -> Vec<String> {
        (0..len)
            .map(|item| {
                let texts: Vec<&str> = fields(briefing, pane, item)
                    .into_iter()
                    .map(|(_, text)| text)
                    .collect();
                fold(&texts.join("\n"))
            })
            .collect()
    };
    [
        pane(Pane::Timeline, briefing.timeline.len()),
        pane(Pane::Actors, briefing.actors.len()),
        pane(Pane::Quotes, briefing.quotes.len()),
        pane(Pane::Implications, briefing.implications.len()),
        vec![fold(&crate::screen::overview::searchable(briefing))],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_asked_once_per_briefing_and_one_built_here_is_kept() {
        let (name, text) = crate::briefing::bundled::BUNDLED[0];
        let briefing = crate::briefing::load_bytes(name, text.as_bytes()).unwrap();
        let mut search = Search::default();
        assert!(!search.wants_index(), "asked before the prompt opened");
        search.editing = true;
        assert!(search.wants_index());
        assert!(!search.wants_index(), "asked twice");
        // A letter typed before the worker's index arrives builds one here; the late one
        // changes nothing.
        search.set_query(&briefing, "hayashi".into());
        let found = search.match_count();
        assert!(found > 0);
        search.install(Default::default());
        search.set_query(&briefing, "hayash".into());
        assert!(search.match_count() >= found);
        // A new version of the briefing asks again.
        search.clear();
        search.editing = true;
        search.rebuild(&briefing);
        assert!(search.wants_index());
    }

    #[test]
    fn matches_map_back_to_whole_characters_without_overlap() {
        let text = "Grüße aus der Straße";
        let ranges = find_ranges(text, "s");
        let pieces: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(pieces, ["ß", "s", "S", "ß"]);
        assert!(ranges.windows(2).all(|w| w[0].end <= w[1].start));
        let sse: Vec<&str> = find_ranges(text, "sse")
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(sse, ["ße", "ße"]);
    }

    #[test]
    fn folding_is_full_unicode_case_folding() {
        assert_eq!(fold("NATO"), "nato");
        assert_eq!(fold("Straße"), fold("STRASSE"));
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ"), fold("οδυσσευς"));
    }

    #[test]
    fn diacritics_fold_away_and_highlights_cover_the_accented_letters() {
        assert_eq!(fold("Hélène Nguyễn"), "helene nguyen");
        assert_eq!(
            fold("ΆΘΗΝΑ 안보"),
            "αθηνα 안보",
            "letters without marks stay whole"
        );
        let text = "Mme Hélène said";
        let pieces: Vec<&str> = find_ranges(text, &fold("helene"))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(pieces, ["Hélène"]);
        // Text written with combining marks folds the same as precomposed text.
        let decomposed = "He\u{301}le\u{300}ne";
        assert_eq!(fold(decomposed), "helene");
        assert_eq!(find_ranges(decomposed, "helene").len(), 1);
    }

    #[test]
    fn find_walks_matches_in_order_says_when_it_wraps_and_ranks_them() {
        let mut search = Search {
            query: "x".into(),
            matches: [vec![2, 5], vec![], vec![0, 7], vec![], vec![0]],
            ..Search::default()
        };
        let (t, q) = (Pane::Timeline, Pane::Quotes);
        let at = |pane, item| Spot::Item(pane, item);
        assert_eq!(search.find(at(t, 2), true, true), Some((at(t, 2), false)));
        assert_eq!(search.find(at(t, 2), true, false), Some((at(t, 5), false)));
        assert_eq!(search.find(at(t, 5), true, false), Some((at(q, 0), false)));
        assert_eq!(
            search.find(at(q, 7), true, false),
            Some((Spot::Overview, false))
        );
        assert_eq!(
            search.find(Spot::Overview, true, false),
            Some((at(t, 2), true)),
            "wraps from the overview to the first pane"
        );
        assert_eq!(
            search.find(at(t, 2), false, false),
            Some((Spot::Overview, true)),
            "wraps backwards"
        );
        assert_eq!(search.find(at(q, 3), false, false), Some((at(q, 0), false)));
        assert_eq!(search.find(at(q, 7), false, true), Some((at(q, 7), false)));
        assert_eq!(search.rank(at(t, 2)), Some(1));
        assert_eq!(search.rank(Spot::Overview), Some(5));
        assert_eq!(search.rank(at(q, 6)), None);
        search.matches = [vec![], vec![], vec![4], vec![], vec![]];
        assert_eq!(
            search.find(at(q, 4), true, false),
            Some((at(q, 4), true)),
            "the only match is found again"
        );
        assert_eq!(search.count_label(), "1 match");
    }

    #[test]
    fn ranges_map_back_to_the_original_text() {
        let text = "Die STRASSE und die Straße";
        let ranges = find_ranges(text, &fold("straße"));
        let found: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["STRASSE", "Straße"]);
        assert_eq!(find_ranges("Japan’s JAPAN", "japan").len(), 2);
    }
}
