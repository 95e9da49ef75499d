//! Keys while an overlay is open: the overlay owns the keyboard, and a key it has no use for
//! does nothing but say how to close it. `q` and `Esc` close it; help and messages scroll; the
//! detail view follows `j`/`k` through the pane's items, moves between its links with `Tab`
//! (and `h`/`l`), follows one with `Enter` (Back returns into it) and lets the keys that act
//! on the item it shows (flag, note, copy, export, dossier) act on it; the narrowing menu is
//! in `menu.rs`.

use std::sync::Arc;

use super::detail_cache::{DetailKey, weak};
use super::{App, Effect, Overlay, Pane, View};
use crate::action::Action;
use crate::screen::detail::{Detail, Extras, Target, detail};
use crate::screen::layout;

impl App {
    /// An action while an overlay is open: Some when the overlay took it (every action but
    /// those it lets through), None when the reader is to act on it as usual.
    pub(super) fn act_in_overlay(
        &mut self,
        overlay: Overlay,
        action: Action,
    ) -> Option<Option<Effect>> {
        if matches!(action, Action::Suspend | Action::Redraw | Action::QuitAll) {
            return None;
        }
        match overlay {
            Overlay::Narrow { selected } => return Some(self.act_in_menu(selected, action)),
            Overlay::Detail {
                pane,
                item,
                scroll,
                link,
            } => return self.act_in_detail(pane, item, scroll, link, action),
            Overlay::Help { .. } | Overlay::Message { .. } => {}
        }
        let (name, toggle, lines) = match overlay {
            Overlay::Help { .. } => ("help", Action::Help, self.help_lines()),
            _ => ("the message", Action::Messages, self.message_lines()),
        };
        if matches!(action, Action::Quit | Action::Cancel) || action == toggle {
            self.overlay = None;
            return Some(None);
        }
        let scroll = match overlay {
            Overlay::Help { scroll } | Overlay::Message { scroll } => scroll,
            _ => 0,
        };
        match self.scrolled(scroll, action, lines) {
            Some(scroll) => {
                self.overlay = Some(match overlay {
                    Overlay::Help { .. } => Overlay::Help { scroll },
                    _ => Overlay::Message { scroll },
                });
            }
            None => self.notice = Some(format!("q or Esc closes {name}")),
        }
        Some(None)
    }

    /// The new scroll of a text overlay of `lines` lines after a scrolling action; None for
    /// any other action.
    fn scrolled(&self, scroll: usize, action: Action, lines: usize) -> Option<usize> {
        let page = self.overlay_page();
        let new = match action {
            Action::Next => scroll + 1,
            Action::Previous => scroll.saturating_sub(1),
            Action::HalfPageDown => scroll + page / 2,
            Action::HalfPageUp => scroll.saturating_sub(page / 2),
            Action::First => 0,
            Action::Last => usize::MAX,
            _ => return None,
        };
        Some(new.min(lines.saturating_sub(page)))
    }

    /// Lines an overlay shows at once.
    pub(super) fn overlay_page(&self) -> usize {
        usize::from(layout::overlay(self.area).height.saturating_sub(2)).max(1)
    }

    /// Columns of text inside an overlay.
    pub fn overlay_width(&self) -> usize {
        usize::from(layout::overlay(self.area).width.saturating_sub(2)).max(1)
    }

    fn help_lines(&self) -> usize {
        crate::screen::help::lines(&self.keymap, self.overlay_width()).len()
    }

    fn message_lines(&self) -> usize {
        crate::screen::message::lines(self.reload_message(), self.overlay_width()).len()
    }

    /// The detail of `item` of `pane` at the overlay's width, whole.
    pub fn detail_of(&self, pane: Pane, item: usize) -> Arc<Detail> {
        self.detail_at(pane, item, self.overlay_width(), usize::MAX)
    }

    /// The first `max_lines` lines of the detail of `item` of `pane`, `width` columns wide,
    /// with the analyst's mark and, for an actor, their appearances in other briefings.
    /// Built once for all it shows, and kept while nothing of it changes.
    pub fn detail_at(
        &self,
        pane: Pane,
        item: usize,
        width: usize,
        max_lines: usize,
    ) -> Arc<Detail> {
        let store_problem = match &self.annotations {
            super::marks::Annotations::Unavailable { message, .. } => Some(message.as_str()),
            _ => None,
        }
        .filter(|_| pane == Pane::Actors);
        let elsewhere = (pane == Pane::Actors)
            .then(|| self.appearances(item))
            .flatten();
        let extras = Extras {
            mark: self.mark(pane, item),
            new: self.is_new(pane, item),
            elsewhere: elsewhere.map(|rows| rows.as_ref()),
            store_problem,
        };
        let key = DetailKey {
            briefing: Arc::downgrade(&self.briefing),
            source: weak(self.source.as_ref()),
            elsewhere: weak(elsewhere),
            pane,
            item,
            width,
            max_lines,
            mark: extras.mark.cloned(),
            new: extras.new,
            store_problem: store_problem.map(str::to_string),
        };
        self.detail_cache.get(key, || {
            detail(
                &self.briefing,
                self.source(),
                pane,
                item,
                width,
                max_lines,
                &extras,
            )
        })
    }

    /// Opens the detail view of the focused pane's selection.
    pub(super) fn open_detail(&mut self) {
        let focus = self.nav.focus;
        match self.selected(focus) {
            Some(item) if self.nav.view == View::Panes => {
                self.overlay = Some(Overlay::Detail {
                    pane: focus,
                    item,
                    scroll: 0,
                    link: None,
                });
            }
            Some(_) => self.notice = Some("Space opens the detail of a pane's item".into()),
            None => self.notice = Some("Nothing selected".into()),
        }
    }

    /// The dossier: the detail of the selected actor, or of the selected quote's speaker, or
    /// of an event's or implication's only actor.
    pub(super) fn dossier(&mut self) {
        let focus = self.nav.focus;
        let b = &self.briefing;
        let actor = match (focus, self.selected(focus)) {
            (Pane::Actors, Some(item)) => Some(item),
            (Pane::Quotes, Some(item)) => Some(b.quotes[item].speaker),
            (Pane::Timeline, Some(item)) => only(&b.timeline[item].actors),
            (Pane::Implications, Some(item)) => only(&b.implications[item].actors),
            (_, None) => None,
        };
        match actor {
            Some(actor) => {
                let before = self.place();
                self.select_item(Pane::Actors, actor);
                self.overlay = Some(Overlay::Detail {
                    pane: Pane::Actors,
                    item: actor,
                    scroll: 0,
                    link: None,
                });
                self.remember(before);
            }
            None => {
                self.notice =
                    Some("A dossier is about one actor: select an actor or a quote".into());
            }
        }
    }

    fn act_in_detail(
        &mut self,
        pane: Pane,
        item: usize,
        scroll: usize,
        link: Option<usize>,
        action: Action,
    ) -> Option<Option<Effect>> {
        let page = self.overlay_page();
        let detail = self.detail_of(pane, item);
        let last_scroll = detail.lines.len().saturating_sub(page);
        let at = |scroll: usize, link: Option<usize>| Overlay::Detail {
            pane,
            item,
            scroll: scroll.min(last_scroll),
            link,
        };
        let overlay = match action {
            Action::Quit | Action::Cancel | Action::Detail => {
                self.overlay = None;
                return Some(None);
            }
            Action::Help => Overlay::Help { scroll: 0 },
            // Back and Forward retrace steps, the detail's among them; these act on the item
            // the detail shows (the pane's selection, which the detail follows).
            Action::Back
            | Action::Forward
            | Action::Flag
            | Action::Note
            | Action::Copy
            | Action::Export
            | Action::OpenSource
            | Action::Dossier => return None,
            Action::Next | Action::Previous | Action::NextBySpeaker | Action::PrevBySpeaker => {
                // The view follows the pane's selection.
                self.nav.focus = pane;
                match action {
                    Action::Next => self.move_selection(pane, 1),
                    Action::Previous => self.move_selection(pane, -1),
                    Action::NextBySpeaker => self.by_speaker(true),
                    _ => self.by_speaker(false),
                }
                match self.selected(pane) {
                    Some(next) => Overlay::Detail {
                        pane,
                        item: next,
                        scroll: 0,
                        link: None,
                    },
                    None => at(scroll, link),
                }
            }
            Action::NextPane | Action::PrevPane if detail.links.is_empty() => {
                self.notice = Some("This item links to nothing".into());
                at(scroll, None)
            }
            Action::NextPane | Action::PrevPane => {
                let count = detail.links.len();
                let chosen = match (link, action == Action::NextPane) {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(l), true) => (l + 1) % count,
                    (Some(l), false) => (l + count - 1) % count,
                };
                // Scroll just enough to show the chosen link whole.
                let lines = &detail.links[chosen].lines;
                let scroll = if lines.start < scroll {
                    lines.start
                } else if lines.end > scroll + page {
                    lines.end.saturating_sub(page)
                } else {
                    scroll
                };
                at(scroll, Some(chosen))
            }
            Action::Follow => match link.and_then(|l| detail.links.get(l)).map(|l| l.target) {
                Some(Target::Elsewhere(row)) => {
                    let row = self.appearances(item).and_then(|rows| rows.get(row))?;
                    return Some(Some(Effect::OpenElsewhere {
                        origin: row.briefing.origin.clone(),
                        key: crate::store::ItemKey::new(row.kind, row.id.to_string()),
                    }));
                }
                Some(Target::Here(target_pane, target)) => {
                    let before = self.place();
                    self.select_item(target_pane, target);
                    self.overlay = Some(Overlay::Detail {
                        pane: target_pane,
                        item: target,
                        scroll: 0,
                        link: None,
                    });
                    self.remember(before);
                    return Some(None);
                }
                None => {
                    self.overlay = None;
                    self.follow();
                    return Some(None);
                }
            },
            Action::HalfPageDown => at(scroll + page / 2, link),
            Action::HalfPageUp => at(scroll.saturating_sub(page / 2), link),
            Action::First => at(0, link),
            Action::Last => at(usize::MAX, link),
            _ => {
                self.notice = Some("Esc closes the detail first".into());
                at(scroll, link)
            }
        };
        self.overlay = Some(overlay);
        Some(None)
    }
}

/// The only actor of a list, if it has exactly one.
fn only(actors: &[usize]) -> Option<usize> {
    match actors {
        [actor] => Some(*actor),
        _ => None,
    }
}
