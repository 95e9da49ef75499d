//! Rows laid out for the last frames, kept so that a key lays out only the rows it changed:
//! a row is found again only under a key that holds everything that shapes its lines (the
//! briefing, the search, the item, the width, the extent, the badge, a match, a misquote).

use std::cell::RefCell;
use std::sync::{Arc, Weak};

// A frame looks rows up a few thousand times: a quick hash (these keys come from the
// briefing's own items, not from anyone who could aim at collisions) rather than SipHash.
use foldhash::HashMap;

use super::piece::TextLine;
use super::row_shape::{Badge, Extent};
use crate::briefing::Briefing;
use crate::pane::Pane;

/// Everything about one row that changes its lines, besides the briefing and the search
/// query (which the whole cache is for).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowKey {
    /// Which pane.
    pub pane: Pane,
    /// The item in its list.
    pub item: usize,
    /// Text columns of the row.
    pub width: usize,
    /// How much of the item the row shows.
    pub extent: Extent,
    /// The analyst's flags, note and "new" (None when the store is not in use).
    pub badge: Option<Badge>,
    /// The item matches the search (a match the row does not show adds a snippet line).
    pub is_match: bool,
    /// The quote is not verbatim in the source text.
    pub misquote: bool,
}

/// Most rows kept for one frame: a few screens of rows in every pane. Past it rows are laid
/// out as if there were no cache.
const MOST_ROWS: usize = 4096;

/// Laid-out rows of the frames being drawn, for one briefing and one search query.
#[derive(Debug, Default)]
pub struct RowCache {
    frames: RefCell<Frames>,
}

#[derive(Debug, Default)]
struct Frames {
    /// The briefing the rows are of. A weak reference keeps its address from being reused by
    /// another briefing while the rows are kept, and frees the briefing itself.
    briefing: Weak<Briefing>,
    /// The folded search query the rows were laid out for.
    query: String,
    /// Rows used since the last [`RowCache::next_frame`] began.
    current: HashMap<RowKey, Arc<Vec<TextLine>>>,
    /// Rows used in the frame before, moved to `current` when used again.
    previous: HashMap<RowKey, Arc<Vec<TextLine>>>,
}

impl RowCache {
    /// Keeps rows for `briefing` under the search `folded_query`: every row is dropped when
    /// either changed. Called after each change, however many come before a frame is drawn.
    pub fn keep_for(&mut self, briefing: &Arc<Briefing>, folded_query: &str) {
        let frames = self.frames.get_mut();
        if !Weak::ptr_eq(&frames.briefing, &Arc::downgrade(briefing))
            || frames.query != folded_query
        {
            *frames = Frames {
                briefing: Arc::downgrade(briefing),
                query: folded_query.to_string(),
                ..Frames::default()
            };
        }
    }

    /// Starts drawing a frame: rows not used since the frame before began are dropped (so a
    /// run of keys drawn once keeps every row of the frame on screen).
    pub fn next_frame(&self) {
        let mut frames = self.frames.borrow_mut();
        frames.previous = std::mem::take(&mut frames.current);
    }

    /// The lines of the row `key` of `briefing` under the search `folded_query`: the kept ones
    /// when there are, else those `lay_out` gives (kept when the briefing and query are those
    /// of the frame).
    pub fn lines(
        &self,
        briefing: &Briefing,
        folded_query: &str,
        key: RowKey,
        lay_out: impl FnOnce(&RowKey) -> Vec<TextLine>,
    ) -> Arc<Vec<TextLine>> {
        let same = {
            let frames = self.frames.borrow();
            std::ptr::eq(frames.briefing.as_ptr(), briefing) && frames.query == folded_query
        };
        if !same {
            return Arc::new(lay_out(&key));
        }
        {
            let mut frames = self.frames.borrow_mut();
            if let Some(lines) = frames.current.get(&key) {
                return Arc::clone(lines);
            }
            if let Some(lines) = frames.previous.remove(&key) {
                frames.current.insert(key, Arc::clone(&lines));
                return lines;
            }
        }
        let lines = Arc::new(lay_out(&key));
        let mut frames = self.frames.borrow_mut();
        if frames.current.len() < MOST_ROWS {
            frames.current.insert(key, Arc::clone(&lines));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;
    use crate::screen::piece::{Role, piece};

    fn bundled() -> Arc<Briefing> {
        Arc::new(crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap())
    }

    fn key(item: usize) -> RowKey {
        RowKey {
            pane: Pane::Quotes,
            item,
            width: 40,
            extent: Extent::Compact { scale: 1 },
            badge: None,
            is_match: false,
            misquote: false,
        }
    }

    fn line(text: &str) -> Vec<TextLine> {
        vec![vec![piece(Role::Plain, text)]]
    }

    #[test]
    fn a_row_is_laid_out_again_only_when_its_key_briefing_or_query_changes() {
        let b = bundled();
        let mut cache = RowCache::default();
        cache.keep_for(&b, "");
        cache.next_frame();
        let first = cache.lines(&b, "", key(1), |_| line("one"));
        assert_eq!(*first, line("one"));
        // Kept: the same key gives the same lines without laying them out.
        let again = cache.lines(&b, "", key(1), |_| line("laid out again"));
        assert_eq!(*again, line("one"));
        cache.keep_for(&b, "");
        cache.next_frame();
        assert_eq!(*cache.lines(&b, "", key(1), |_| line("x")), line("one"));
        // Any field of the key is another row.
        let wider = RowKey {
            width: 41,
            ..key(1)
        };
        assert_eq!(
            *cache.lines(&b, "", wider, |_| line("wider")),
            line("wider")
        );
        // Another query, another briefing: laid out anew.
        assert_eq!(
            *cache.lines(&b, "q", key(1), |_| line("query")),
            line("query")
        );
        cache.keep_for(&b, "q");
        cache.next_frame();
        assert_eq!(*cache.lines(&b, "q", key(1), |_| line("new")), line("new"));
        let other = bundled();
        assert_eq!(*cache.lines(&other, "q", key(1), |_| line("o")), line("o"));
    }

    #[test]
    fn rows_unused_for_a_frame_are_dropped() {
        let b = bundled();
        let mut cache = RowCache::default();
        cache.keep_for(&b, "");
        cache.next_frame();
        cache.lines(&b, "", key(1), |_| line("one"));
        cache.keep_for(&b, "");
        cache.next_frame();
        cache.keep_for(&b, "");
        cache.next_frame();
        assert_eq!(*cache.lines(&b, "", key(1), |_| line("anew")), line("anew"));
    }
}
