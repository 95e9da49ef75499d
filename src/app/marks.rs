//! The analyst's own marks (flags and notes) and what is new since the briefing was last read,
//! as the store tells them, and an actor's appearances in other briefings. The model keeps
//! them to draw and asks the store for changes through requests the event loop carries to the
//! store's worker: it never waits on the store.

use std::sync::Arc;

use super::unseen::Unseen;
use super::{App, Effect, Overlay, Pane};
use crate::briefing::model::ActorIx;
use crate::screen::lines::{Badge, Badges};
use crate::store::MAX_NOTE_CHARS;
use crate::store::{
    ActorIdentity, Answer, Appearance, BriefingMarks, Flag, Flags, ItemKey, ItemKind, Mark,
    MarkKey, Request, Stamp, StoreError, TimelineScope,
};
use crate::text::SafeText;

/// Most rows asked for an actor's appearances in other briefings.
const APPEARANCES: usize = 200;

/// What the store has said about the open briefing.
#[derive(Clone, Debug, Default)]
pub enum Annotations {
    /// No store behind this reader.
    #[default]
    Off,
    /// Asked; the answer is on its way.
    Waiting {
        /// Why it is late, when the store said: locked by another process (it keeps trying).
        locked: Option<String>,
    },
    /// The marks, and the items new since the briefing was last read.
    Ready {
        /// Marks on items, and orphaned ones.
        marks: BriefingMarks,
        /// New items not seen yet.
        new: Unseen,
    },
    /// The store cannot be used, and why.
    Unavailable {
        /// The whole message, naming the store's full path (for the dossier).
        message: String,
        /// The message for the status line, naming the store by folder and file.
        short: String,
    },
}

/// A note being typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteEdit {
    /// The item's pane.
    pub pane: Pane,
    /// The item.
    pub item: usize,
    /// The note so far.
    pub text: String,
}

impl App {
    /// Asks the store for the open briefing's marks and new items (the briefing's file was
    /// `stamp` when read).
    pub fn connect_store(&mut self, stamp: Stamp) {
        self.annotations = Annotations::Waiting { locked: None };
        self.outbox.push(Request::Open {
            briefing: self.briefing.meta.id.to_string(),
            stamp,
            keys: Arc::new(self.keys.clone()),
        });
    }

    /// Requests for the store made since the last call.
    pub fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.outbox)
    }

    /// An answer from the store to one of this reader's requests; `about` is the actor an
    /// appearances request was for.
    pub fn store_answer(
        &mut self,
        answer: Result<Answer, StoreError>,
        about: Option<&ActorIdentity>,
    ) {
        match answer {
            Ok(Answer::Opened { new, marks }) => {
                let fresh = Unseen::of(new.iter().filter_map(|key| self.keys.find(key)));
                let count = fresh.count();
                let marks = BriefingMarks::of(&self.keys, marks);
                if !marks.orphaned.is_empty() {
                    self.notice = Some(format!(
                        "{} of your marks belong to items no longer here (brief notes lists them)",
                        marks.orphaned.len()
                    ));
                } else if count > 0 {
                    self.notice = Some(format!(
                        "{count} new since you last read this briefing (u jumps to each)"
                    ));
                }
                self.annotations = Annotations::Ready { marks, new: fresh };
                self.see_selection();
            }
            Ok(Answer::Marked(key, mark)) => {
                if let Annotations::Ready { marks, .. } = &mut self.annotations
                    && let Some((pane, item)) = self.keys.find(&key.item)
                {
                    marks.set(pane, item, mark);
                }
            }
            Ok(Answer::Appearances(rows)) => {
                // An answer for an actor whose detail is no longer open is of no use.
                let current = self
                    .elsewhere
                    .as_ref()
                    .map(|(actor, _)| ActorIdentity::of(&self.briefing.actors[*actor]));
                if current.as_ref() != about {
                    return;
                }
                // This briefing's own items are in its panes already.
                let own = self.briefing.meta.id.to_string();
                let rows = rows
                    .into_iter()
                    .filter(|r| r.briefing.id.as_ref().is_none_or(|id| id.as_str() != own))
                    .collect();
                if let Some((_, slot)) = &mut self.elsewhere {
                    *slot = Some(rows);
                }
            }
            Ok(_) => {}
            Err(error) => {
                let short = error.short();
                self.notice = Some(format!("Marks unavailable: {short}"));
                self.annotations = Annotations::Unavailable {
                    message: error.to_string(),
                    short,
                };
            }
        }
        // Badges change the rows' heights.
        self.settle();
    }

    /// One of this reader's writes waits for the store, locked by another process (the store
    /// keeps it and tries again): the status line says so, and so do the marks until read.
    pub fn store_waiting(&mut self, error: &StoreError) {
        let short = error.short();
        self.notice = Some(format!("Not saved yet, tried again each second: {short}"));
        if let Annotations::Waiting { locked } = &mut self.annotations {
            *locked = Some(short);
        }
    }

    /// Why marks cannot be used now, if they cannot, short enough for the status line. While the store has not answered yet,
    /// changes are queued behind its first answer (the store runs writes in order).
    fn marks_problem(&self) -> Option<String> {
        match &self.annotations {
            Annotations::Off => Some("no store is open".into()),
            Annotations::Unavailable { short, .. } => Some(short.clone()),
            Annotations::Waiting { .. } | Annotations::Ready { .. } => None,
        }
    }

    /// The mark on item `item` of `pane`, if any.
    pub fn mark(&self, pane: Pane, item: usize) -> Option<&Mark> {
        match &self.annotations {
            Annotations::Ready { marks, .. } => marks.get(pane, item),
            _ => None,
        }
    }

    /// Whether item `item` of `pane` is new and not yet seen.
    pub fn is_new(&self, pane: Pane, item: usize) -> bool {
        match &self.annotations {
            Annotations::Ready { new, .. } => new.contains(pane, item),
            _ => false,
        }
    }

    /// The store's key of item `item` of `pane` in this briefing.
    fn mark_key(&self, pane: Pane, item: usize) -> Option<MarkKey> {
        Some(MarkKey {
            briefing: self.briefing.meta.id.to_string(),
            item: self.keys.key(pane, item)?,
        })
    }

    /// `m`: the selected item's flags go none → key → doubtful → follow-up → none. The mark
    /// shown changes at once; the store's answer confirms it.
    pub(super) fn cycle_flag(&mut self) {
        if let Some(problem) = self.marks_problem() {
            self.notice = Some(format!("Marks unavailable: {problem}"));
            return;
        }
        if let Annotations::Waiting { locked } = &self.annotations {
            // The flags already set are not known yet: toggling blind could remove one.
            self.notice = Some(match locked {
                Some(why) => format!("Your marks cannot be read yet: {why}"),
                None => "Reading your marks… try again in a moment".into(),
            });
            return;
        }
        let focus = self.nav.focus;
        let Some(item) = self.selected(focus) else {
            self.notice = Some("Nothing selected to flag".into());
            return;
        };
        let Some(key) = self.mark_key(focus, item) else {
            return;
        };
        let current = self.mark(focus, item).cloned();
        let flags = current.as_ref().map_or(Flags::default(), |m| m.flags);
        let now: Vec<Flag> = flags.iter().collect();
        // The next in the cycle after the last flag set (none after follow-up).
        let next = match now.last() {
            None => Some(Flag::Key),
            Some(Flag::Key) => Some(Flag::Doubtful),
            Some(Flag::Doubtful) => Some(Flag::FollowUp),
            Some(Flag::FollowUp) => None,
        };
        for flag in now {
            self.outbox.push(Request::ToggleFlag {
                key: key.clone(),
                flag,
            });
        }
        if let Some(flag) = next {
            self.outbox.push(Request::ToggleFlag {
                key: key.clone(),
                flag,
            });
        }
        let flags = next.map_or(Flags::default(), Flags::only);
        let note = current
            .as_ref()
            .map_or(SafeText::default(), |m| m.note.clone());
        let shown = (!flags.is_empty() || !note.is_empty()).then(|| Mark {
            key,
            flags,
            note,
            updated_at: current.as_ref().map_or(0, |m| m.updated_at),
        });
        if let Annotations::Ready { marks, .. } = &mut self.annotations {
            marks.set(focus, item, shown);
        }
        self.notice = Some(match next {
            Some(flag) => format!("Flagged {}", flag.name()),
            None => "Flag removed".into(),
        });
    }

    /// `a`: starts typing a note on the selected item (its current note to edit).
    pub(super) fn start_note(&mut self) {
        if let Some(problem) = self.marks_problem() {
            self.notice = Some(format!("Marks unavailable: {problem}"));
            return;
        }
        let pane = self.nav.focus;
        let Some(item) = self.selected(pane) else {
            self.notice = Some("Nothing selected to note".into());
            return;
        };
        let text = self
            .mark(pane, item)
            .map(|m| m.note.to_string())
            .unwrap_or_default();
        self.note = Some(NoteEdit { pane, item, text });
    }

    /// Keys while a note is typed: Enter saves it (blank removes it), Esc cancels.
    pub(super) fn edit_note(&mut self, key: ratatui::crossterm::event::KeyEvent) -> Option<Effect> {
        use ratatui::crossterm::event::KeyCode;
        let edit = self.note.as_mut()?;
        match key.code {
            KeyCode::Esc => self.note = None,
            KeyCode::Enter => {
                let NoteEdit { pane, item, text } = self.note.take()?;
                if let Some(key) = self.mark_key(pane, item) {
                    self.outbox.push(Request::SetNote {
                        key,
                        note: text.clone(),
                    });
                    self.notice = Some(if text.trim().is_empty() {
                        "Note removed".into()
                    } else {
                        "Note saved".into()
                    });
                }
            }
            _ => {
                if let Some(text) = super::prompt::typed_up_to(&edit.text, &key, MAX_NOTE_CHARS) {
                    edit.text = text;
                }
            }
        }
        None
    }

    /// Pasted text, while a note is typed.
    pub(super) fn paste_note(&mut self, text: &str) {
        if let Some(edit) = &mut self.note {
            edit.text = super::prompt::pasted_up_to(&edit.text, text, MAX_NOTE_CHARS);
        }
    }

    /// `u`: the next new item after the selection, pane by pane, wrapping.
    pub(super) fn next_new(&mut self) {
        let Annotations::Ready { new, .. } = &self.annotations else {
            self.notice = Some(match self.marks_problem() {
                Some(problem) => format!("Marks unavailable: {problem}"),
                None => "Still reading what is new; try again in a moment".into(),
            });
            return;
        };
        let focus = self.nav.focus;
        let at = self.selected(focus).unwrap_or(0);
        let start = focus.index();
        let found = (0..=4).find_map(|step| {
            let pane = Pane::ALL[(start + step) % 4];
            let item = match step {
                0 => new.within(pane, at + 1, usize::MAX).next(),
                4 => new.within(pane, 0, at + 1).next(),
                _ => new.within(pane, 0, usize::MAX).next(),
            };
            item.map(|item| (pane, item))
        });
        match found {
            Some((pane, item)) => {
                let before = self.place();
                self.select_item(pane, item);
                self.remember(before);
            }
            None => self.notice = Some("Nothing new since you last read this briefing".into()),
        }
    }

    /// The selected item of the focused pane counts as seen: it is no longer new.
    pub(super) fn see_selection(&mut self) {
        let focus = self.nav.focus;
        let Some(item) = self.selected(focus) else {
            return;
        };
        let Annotations::Ready { new, .. } = &mut self.annotations else {
            return;
        };
        if new.remove(focus, item)
            && let Some(seen) = self.keys.sighting(focus, item)
        {
            self.outbox.push(Request::Seen {
                briefing: self.briefing.meta.id.to_string(),
                items: vec![seen],
            });
        }
    }

    /// When the detail of an actor is open, asks the store for their appearances elsewhere.
    pub(super) fn ask_for_appearances(&mut self) {
        let Some(Overlay::Detail {
            pane: Pane::Actors,
            item,
            ..
        }) = self.overlay
        else {
            return;
        };
        if self.elsewhere.as_ref().is_some_and(|(a, _)| *a == item)
            || !matches!(
                self.annotations,
                Annotations::Ready { .. } | Annotations::Waiting { .. }
            )
        {
            return;
        }
        let actor = ActorIdentity::of(&self.briefing.actors[item]);
        self.elsewhere = Some((item, None));
        self.outbox.push(Request::Appearances {
            actor,
            limit: APPEARANCES,
        });
    }

    /// The appearances of `actor` in other briefings, when the store has said.
    pub fn appearances(&self, actor: ActorIx) -> Option<&Arc<[Appearance]>> {
        match &self.elsewhere {
            Some((of, Some(rows))) if *of == actor => Some(rows),
            _ => None,
        }
    }

    /// `T`: the merged timeline of the selected actor (or the quote's speaker), then of each
    /// of the briefing's tags, then of the whole library.
    pub(super) fn merged_timeline(&mut self) -> Option<Effect> {
        let focus = self.nav.focus;
        let actor = match (focus, self.selected(focus)) {
            (Pane::Actors, Some(item)) => Some(item),
            (Pane::Quotes, Some(item)) => Some(self.briefing.quotes[item].speaker),
            _ => None,
        };
        let mut scopes = Vec::new();
        if let Some(actor) = actor {
            let a = &self.briefing.actors[actor];
            scopes.push((
                TimelineScope::Actor(ActorIdentity::of(a)),
                a.name.to_string(),
            ));
        }
        for tag in &self.briefing.meta.tags {
            scopes.push((
                TimelineScope::Tag(tag.to_string()),
                format!("the tag {tag}"),
            ));
        }
        scopes.push((TimelineScope::All, "the whole library".into()));
        Some(Effect::MergedTimeline(scopes))
    }

    /// Selects the item the store knows as `key` (opening a briefing from the library list
    /// or another briefing's link); a key that is gone says so.
    pub fn open_at(&mut self, key: &ItemKey) {
        match self.keys.find(key) {
            Some((pane, item)) => {
                self.select_item(pane, item);
                self.settle();
            }
            None if key.kind == ItemKind::Summary => {
                self.nav.view = super::View::Overview;
            }
            None => self.notice = Some("That item is no longer in this briefing".into()),
        }
    }
}

impl Badges for App {
    fn badge(&self, pane: Pane, item: usize) -> Badge {
        let mark = self.mark(pane, item);
        let flags = mark.map_or(String::new(), |m| {
            m.flags
                .iter()
                .map(|flag| match flag {
                    Flag::Key => '★',
                    Flag::Doubtful => '?',
                    Flag::FollowUp => '⚑',
                })
                .collect()
        });
        Badge {
            flags,
            note: mark.is_some_and(|m| !m.note.is_empty()),
            new: self.is_new(pane, item),
        }
    }
}
