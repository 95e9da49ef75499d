//! The details drawn in the last frames (the preview's, the detail view's), kept so that a
//! frame builds one again only when something it shows changed: the briefing, its source
//! text, the item, the size, the analyst's mark, "new", the appearances elsewhere.

use std::cell::RefCell;
use std::sync::{Arc, Weak};

use crate::briefing::Briefing;
use crate::pane::Pane;
use crate::provenance::SourceTexts;
use crate::screen::detail::Detail;
use crate::store::{Appearance, Mark};

/// Everything one detail is built from. The briefing, the source text and the appearances are
/// told apart by identity: each is replaced whole when it changes, and a weak reference keeps
/// its address from being reused while the detail is kept.
#[derive(Debug)]
pub struct DetailKey {
    /// The briefing.
    pub briefing: Weak<Briefing>,
    /// What is known of its source texts.
    pub source: Option<Weak<SourceTexts>>,
    /// The actor's appearances in other briefings, when known.
    pub elsewhere: Option<Weak<[Appearance]>>,
    /// Which pane.
    pub pane: Pane,
    /// The item.
    pub item: usize,
    /// Columns.
    pub width: usize,
    /// Most lines built.
    pub max_lines: usize,
    /// The analyst's mark on the item.
    pub mark: Option<Mark>,
    /// The item is new.
    pub new: bool,
    /// Why the store cannot be used.
    pub store_problem: Option<String>,
}

impl PartialEq for DetailKey {
    fn eq(&self, other: &Self) -> bool {
        fn same<T: ?Sized>(a: &Option<Weak<T>>, b: &Option<Weak<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => Weak::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
        }
        Weak::ptr_eq(&self.briefing, &other.briefing)
            && same(&self.source, &other.source)
            && same(&self.elsewhere, &other.elsewhere)
            && (self.pane, self.item, self.width, self.max_lines, self.new)
                == (
                    other.pane,
                    other.item,
                    other.width,
                    other.max_lines,
                    other.new,
                )
            && self.mark == other.mark
            && self.store_problem == other.store_problem
    }
}

/// A weak reference to what `arc` holds, if anything.
pub fn weak<T: ?Sized>(arc: Option<&Arc<T>>) -> Option<Weak<T>> {
    arc.map(Arc::downgrade)
}

/// How many details are kept: the preview's and the detail view's over it.
const KEPT: usize = 2;

/// The details built last, most recent first.
#[derive(Debug, Default)]
pub struct DetailCache {
    kept: RefCell<Vec<(DetailKey, Arc<Detail>)>>,
}

impl DetailCache {
    /// The detail `key` describes: the kept one when there is, else the one `build` gives.
    pub fn get(&self, key: DetailKey, build: impl FnOnce() -> Detail) -> Arc<Detail> {
        {
            let mut kept = self.kept.borrow_mut();
            if let Some(at) = kept.iter().position(|(k, _)| *k == key) {
                let entry = kept.remove(at);
                let detail = Arc::clone(&entry.1);
                kept.insert(0, entry);
                return detail;
            }
        }
        let detail = Arc::new(build());
        let mut kept = self.kept.borrow_mut();
        kept.insert(0, (key, Arc::clone(&detail)));
        kept.truncate(KEPT);
        detail
    }
}
