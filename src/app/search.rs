//! Search across all four panes: case-folded, incremental, with match lists built once per
//! change of query (never per frame) from an index that is built on the first search.

use std::ops::Range;

use caseless::Caseless;

use super::Pane;
use crate::briefing::Briefing;

/// The search the user is typing or has typed.
#[derive(Debug, Default)]
pub struct Search {
    /// The query as typed.
    pub query: String,
    /// True while the prompt is open and keys edit the query.
    pub editing: bool,
    /// The query case-folded.
    folded: String,
    /// Folded text of every item, built on the first search.
    index: Option<[Vec<String>; 4]>,
    /// Items matching the query, per pane, in ascending order.
    matches: [Vec<usize>; 4],
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

    /// Total matches over all panes.
    pub fn match_count(&self) -> usize {
        self.matches.iter().map(Vec::len).sum()
    }

    /// Whether item `item` of `pane` matches.
    pub fn is_match(&self, pane: Pane, item: usize) -> bool {
        self.is_active() && self.matches(pane).binary_search(&item).is_ok()
    }

    /// Clears the query and its matches (the index is kept for the next search).
    pub fn clear(&mut self) {
        self.query.clear();
        self.folded.clear();
        self.editing = false;
        self.matches = Default::default();
    }

    /// Sets a new query and recomputes the matches. When the new query extends the old one,
    /// only the old matches are checked again.
    pub fn set_query(&mut self, briefing: &Briefing, query: String) {
        let folded = fold(&query);
        let index = self.index.get_or_insert_with(|| build_index(briefing));
        let refine = !self.folded.is_empty() && folded.starts_with(&self.folded);
        for pane in Pane::ALL {
            let haystacks = &index[pane.index()];
            let matches = &mut self.matches[pane.index()];
            if folded.is_empty() {
                matches.clear();
            } else if refine {
                matches.retain(|&item| haystacks[item].contains(&folded));
            } else {
                *matches = (0..haystacks.len())
                    .filter(|&item| haystacks[item].contains(&folded))
                    .collect();
            }
        }
        self.query = query;
        self.folded = folded;
    }

    /// Drops the index and matches after the briefing changed; the query is searched again.
    pub fn rebuild(&mut self, briefing: &Briefing) {
        self.index = None;
        self.folded.clear();
        let query = std::mem::take(&mut self.query);
        if !query.is_empty() {
            self.set_query(briefing, query);
        }
    }

    /// The first match at or after (`forward`) or before `from`, in pane order, wrapping.
    /// `from` is a pane and an item; `inclusive` also accepts the item itself.
    pub fn find(
        &self,
        from: (Pane, usize),
        forward: bool,
        inclusive: bool,
    ) -> Option<(Pane, usize)> {
        let start = from.0.index();
        for step in 0..=4 {
            let pane_ix = if forward {
                (start + step) % 4
            } else {
                (start + 4 - step % 4) % 4
            };
            let pane = Pane::ALL[pane_ix];
            let matches = &self.matches[pane_ix];
            // Matches are sorted, so each lookup is a binary search.
            let after = |item: usize| matches.partition_point(|&m| m <= item);
            let from_item = from.1;
            let found = match (step, forward, inclusive) {
                (0, true, true) => matches.get(matches.partition_point(|&m| m < from_item)),
                (0, true, false) => matches.get(after(from_item)),
                (0, false, true) => after(from_item).checked_sub(1).and_then(|i| matches.get(i)),
                (0, false, false) => matches
                    .partition_point(|&m| m < from_item)
                    .checked_sub(1)
                    .and_then(|i| matches.get(i)),
                (4, true, _) => matches.first().filter(|&&m| m <= from_item),
                (4, false, _) => matches.last().filter(|&&m| m >= from_item),
                (_, true, _) => matches.first(),
                (_, false, _) => matches.last(),
            };
            if let Some(&item) = found {
                return Some((pane, item));
            }
        }
        None
    }
}

/// Case-folds text (Unicode full case folding: `ß` matches `SS`, `Σ`/`ς` match `σ`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Appends the case folding of one character (folding is per character, so text can be
/// folded piecewise and mapped back).
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(std::iter::once(c).default_case_fold());
    }
}

/// Byte ranges of `text` whose folded form equals `folded_query`, for highlighting.
pub fn find_ranges(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    if folded_query.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        let before = folded.len();
        push_folded(&mut folded, c);
        origin.extend(std::iter::repeat_n(offset, folded.len() - before));
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(found) = folded[from..].find(folded_query) {
        let start = from + found;
        let end = start + folded_query.len();
        let last = origin[end - 1];
        let original_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        let range = origin[start]..original_end;
        // Two matches inside the folding of one character (`s` in `ß`, folded `ss`) map to
        // the same original character: they merge, so no character is highlighted twice.
        match ranges.last_mut() {
            Some(previous) if range.start < previous.end => {
                previous.end = previous.end.max(range.end);
            }
            _ => ranges.push(range),
        }
        from = end;
    }
    ranges
}

fn opt(text: &Option<crate::text::SafeText>) -> &str {
    text.as_ref().map_or("", |t| t.as_str())
}

/// Folded searchable text of every item, per pane.
fn build_index(briefing: &Briefing) -> [Vec<String>; 4] {
    let join = |parts: &[&str]| fold(&parts.join("\n"));
    [
        briefing
            .timeline
            .iter()
            .map(|e| join(&[e.when.as_str(), e.title.as_str(), opt(&e.detail)]))
            .collect(),
        briefing
            .actors
            .iter()
            .map(|a| {
                let mut parts = vec![
                    a.name.as_str(),
                    opt(&a.role),
                    opt(&a.affiliation),
                    opt(&a.country),
                    opt(&a.notes),
                ];
                parts.extend(a.aliases.iter().map(|alias| alias.as_str()));
                join(&parts)
            })
            .collect(),
        briefing
            .quotes
            .iter()
            .map(|q| {
                join(&[
                    q.text.as_str(),
                    briefing.actors[q.speaker].name.as_str(),
                    opt(&q.context),
                ])
            })
            .collect(),
        briefing
            .implications
            .iter()
            .map(|i| join(&[i.region.as_str(), i.title.as_str(), opt(&i.detail)]))
            .collect(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn find_walks_matches_in_pane_order_and_wraps() {
        let mut search = Search {
            query: "x".into(),
            matches: [vec![2, 5], vec![], vec![0, 7], vec![]],
            ..Search::default()
        };
        let (t, q) = (Pane::Timeline, Pane::Quotes);
        assert_eq!(search.find((t, 2), true, true), Some((t, 2)));
        assert_eq!(search.find((t, 2), true, false), Some((t, 5)));
        assert_eq!(search.find((t, 5), true, false), Some((q, 0)));
        assert_eq!(
            search.find((q, 7), true, false),
            Some((t, 2)),
            "wraps to the first pane"
        );
        assert_eq!(
            search.find((t, 2), false, false),
            Some((q, 7)),
            "wraps backwards"
        );
        assert_eq!(search.find((q, 3), false, false), Some((q, 0)));
        assert_eq!(search.find((q, 7), false, true), Some((q, 7)));
        search.matches = [vec![], vec![], vec![4], vec![]];
        assert_eq!(
            search.find((q, 4), true, false),
            Some((q, 4)),
            "the only match is found again"
        );
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
