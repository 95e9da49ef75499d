//! The two charts as part of the model: their layouts, computed once per briefing and size
//! (a selection move only redraws), and the keys that move on them. The timeline chart's
//! selection is the Timeline pane's, the network's is the Actors pane's, so switching between
//! a chart and the panes keeps the place.

use ratatui::layout::Rect;

use super::{App, Effect, Overlay, Pane, View};
use crate::action::Action;
use crate::briefing::Briefing;
use crate::chart::Direction;
use crate::chart::network::{LinkKinds, NetworkLayout};
use crate::chart::timeline::TimelineLayout;
use crate::screen::layout::{self, Shape};

/// Chart layouts, each for the size it was computed at, and the kinds of link the network
/// draws.
#[derive(Clone, Debug)]
pub struct Charts {
    /// The timeline chart's layout, when it has been shown.
    pub timeline: Option<TimelineLayout>,
    /// The network's layout, when it has been shown.
    pub network: Option<NetworkLayout>,
    /// Which links the network draws.
    pub kinds: LinkKinds,
}

impl Default for Charts {
    fn default() -> Charts {
        Charts {
            timeline: None,
            network: None,
            kinds: LinkKinds::ALL,
        }
    }
}

impl Charts {
    /// Computes the layout of the chart `view` shows when it is missing or was made for
    /// another size.
    pub fn refresh(&mut self, b: &Briefing, area: Rect, view: View) {
        let shape = Shape {
            view,
            focus: Pane::Timeline,
            zoom: false,
        };
        let Some(body) = layout::layout(area, shape).map(|l| l.body) else {
            return;
        };
        match view {
            View::TimelineChart
                if self
                    .timeline
                    .as_ref()
                    .is_none_or(|t| t.width() != body.width) =>
            {
                self.timeline = Some(TimelineLayout::new(b, body.width));
            }
            View::Network if self.network.as_ref().is_none_or(|n| !n.fits(body)) => {
                self.network = Some(NetworkLayout::for_area(b, body));
            }
            _ => {}
        }
    }
}

impl App {
    /// Keys on a chart: Some when the chart handled the action.
    pub(super) fn act_in_chart(&mut self, action: Action) -> Option<Option<Effect>> {
        match self.nav.view {
            View::TimelineChart => self.act_in_timeline_chart(action),
            View::Network => self.act_in_network(action),
            View::Overview | View::Panes => None,
        }
    }

    fn act_in_timeline_chart(&mut self, action: Action) -> Option<Option<Effect>> {
        let layout = self.charts.timeline.as_ref()?;
        let selected = self.selected(Pane::Timeline);
        let target = match action {
            Action::Next | Action::NextPane => selected.and_then(|e| layout.next(e)),
            Action::Previous | Action::PrevPane => selected.and_then(|e| layout.previous(e)),
            Action::First => layout.first(),
            Action::Last => layout.order().last().copied(),
            Action::Follow | Action::Detail => {
                self.nav.view = View::Panes;
                self.nav.focus = Pane::Timeline;
                return Some(self.act(action));
            }
            _ => return None,
        };
        match target.or(selected.is_none().then(|| layout.first()).flatten()) {
            Some(event) => self.select_in_chart(Pane::Timeline, event),
            None => self.notice = Some("No event further that way".into()),
        }
        Some(None)
    }

    fn act_in_network(&mut self, action: Action) -> Option<Option<Effect>> {
        let layout = self.charts.network.as_ref()?;
        // The Actors pane's selection, when the network draws it; else its most connected.
        let selected = self
            .selected(Pane::Actors)
            .filter(|&a| layout.node(a).is_some())
            .or_else(|| layout.first());
        let direction = match action {
            Action::NextPane => Direction::Right,
            Action::PrevPane => Direction::Left,
            Action::Next => Direction::Down,
            Action::Previous => Direction::Up,
            Action::First => {
                if let Some(first) = layout.first() {
                    self.select_in_chart(Pane::Actors, first);
                }
                return Some(None);
            }
            Action::LinkKinds => {
                self.charts.kinds = self.charts.kinds.cycle();
                self.notice = Some(format!("Drawing links: {}", self.charts.kinds.label()));
                return Some(None);
            }
            Action::Follow => {
                if let Some(actor) = selected {
                    self.select_in_chart(Pane::Actors, actor);
                }
                self.nav.view = View::Panes;
                self.nav.focus = Pane::Actors;
                return Some(self.act(Action::Follow));
            }
            Action::Detail | Action::Dossier => {
                if let Some(actor) = selected {
                    self.select_in_chart(Pane::Actors, actor);
                    self.overlay = Some(Overlay::Detail {
                        pane: Pane::Actors,
                        item: actor,
                        scroll: 0,
                        link: None,
                    });
                }
                return Some(None);
            }
            _ => return None,
        };
        let target = selected.and_then(|actor| layout.nearest(actor, direction));
        match (target, selected) {
            (Some(actor), _) => self.select_in_chart(Pane::Actors, actor),
            // The pane's selection is not drawn: the move starts from the most connected.
            (None, Some(actor)) if self.selected(Pane::Actors) != Some(actor) => {
                self.select_in_chart(Pane::Actors, actor);
            }
            _ => self.notice = Some("No actor further that way".into()),
        }
        Some(None)
    }

    /// Selects `item` in `pane` while a chart is shown, without leaving the chart.
    fn select_in_chart(&mut self, pane: Pane, item: usize) {
        let view = self.nav.view;
        self.select_item(pane, item);
        self.nav.view = view;
    }
}
