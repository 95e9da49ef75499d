//! The overview as a page you can act in: `j`/`k` scroll it, `Tab`/`Shift-Tab` (and `l`/`h`)
//! choose an implication, `Enter` opens it in the Implications pane (Back returns here) and
//! `Space` shows its detail. Its lines are built when the width or the briefing changes, not
//! per key or frame.

use super::{App, Effect, Overlay, Pane, View};
use crate::action::Action;
use crate::screen::detail::{Link, Target};
use crate::screen::lines::TextLine;

impl App {
    /// The overview's lines at the body's width.
    pub fn overview(&self) -> &[TextLine] {
        self.overview.as_ref().map_or(&[], |(_, page)| &page.lines)
    }

    /// The overview's links, one per implication, in the order shown.
    pub fn overview_links(&self) -> &[Link] {
        self.overview.as_ref().map_or(&[], |(_, page)| &page.links)
    }

    /// The implication chosen in the overview, with its lines there.
    pub fn overview_choice(&self) -> Option<(usize, &Link)> {
        let link = self.overview_links().get(self.nav.overview_link)?;
        match link.target {
            Target::Here(Pane::Implications, item) => Some((item, link)),
            _ => None,
        }
    }

    /// How far down the overview the screen reaches, as `less` says it: `42%`.
    pub fn overview_position(&self) -> String {
        let total = self.overview().len().max(1);
        let bottom = (self.nav.overview_scroll + usize::from(self.body().height)).min(total);
        format!("{}%", bottom * 100 / total)
    }

    /// Builds the overview's lines when the overview is shown at a width they were not
    /// built for.
    pub(super) fn refresh_overview(&mut self) {
        if self.nav.view != View::Overview {
            return;
        }
        let width = self.body().width;
        if self.overview.as_ref().is_none_or(|(w, _)| *w != width) {
            let page = crate::screen::overview::overview(&self.briefing, usize::from(width));
            self.overview = Some((width, page));
        }
    }

    /// An action in the overview: Some when the overview took it.
    pub(super) fn act_in_overview(&mut self, action: Action) -> Option<Option<Effect>> {
        if self.nav.view != View::Overview || self.overlay.is_some() {
            return None;
        }
        self.refresh_overview();
        match action {
            Action::NextPane | Action::PrevPane => {
                let count = self.overview_links().len();
                if count == 0 {
                    self.notice = Some("This briefing has no implications".into());
                    return Some(None);
                }
                let at = self.nav.overview_link.min(count - 1);
                self.nav.overview_link = match action {
                    Action::NextPane => (at + 1) % count,
                    _ => (at + count - 1) % count,
                };
                self.show_overview_choice();
            }
            Action::Follow => {
                let Some((item, _)) = self.overview_choice() else {
                    self.nav.view = View::Panes;
                    return Some(None);
                };
                let before = self.place();
                self.select_item(Pane::Implications, item);
                self.remember(before);
            }
            Action::Detail => {
                let Some((item, _)) = self.overview_choice() else {
                    self.notice = Some("This briefing has no implications".into());
                    return Some(None);
                };
                let before = self.place();
                self.select_item(Pane::Implications, item);
                self.nav.view = View::Overview;
                self.overlay = Some(Overlay::Detail {
                    pane: Pane::Implications,
                    item,
                    scroll: 0,
                    link: None,
                });
                self.remember(before);
            }
            _ => return None,
        }
        Some(None)
    }

    /// Chooses the implication on overview line `line` (of the whole page), if one is there.
    pub(super) fn choose_in_overview(&mut self, line: usize) {
        if let Some(n) = self
            .overview_links()
            .iter()
            .position(|l| l.lines.contains(&line))
        {
            self.nav.overview_link = n;
        }
    }

    /// Scrolls the overview just enough to show the chosen implication whole.
    fn show_overview_choice(&mut self) {
        let Some((_, link)) = self.overview_choice() else {
            return;
        };
        let lines = link.lines.clone();
        let height = usize::from(self.body().height).max(1);
        let scroll = &mut self.nav.overview_scroll;
        if lines.start < *scroll {
            *scroll = lines.start;
        } else if lines.end > *scroll + height {
            *scroll = lines.end.saturating_sub(height);
        }
    }
}
