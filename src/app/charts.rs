//! The two charts as part of the model: their layouts, computed once per briefing and size
//! (a selection move only redraws), and the keys that move on them. The timeline chart's
//! selection is the Timeline pane's, the network's is the Actors pane's, so switching between
//! a chart and the panes keeps the place. The network of a large briefing is laid out on a
//! worker: the model asks for it ([`Charts::take_request`]) and shows "laying out" until it
//! arrives ([`Charts::arrived`]); a later size asks again, and a layout for an older request
//! is dropped.

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
    /// The network layout asked of a worker and not arrived yet.
    pub pending: Option<LayoutRequest>,
    /// That request, until the event loop takes it to the worker.
    outbox: Option<LayoutRequest>,
    /// Requests made so far: they number them.
    requests: u64,
    /// Which links the network draws.
    pub kinds: LinkKinds,
}

/// A network layout to compute on a worker: for a plot `width` x `height`, request `number`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutRequest {
    /// Columns of the plot.
    pub width: u16,
    /// Rows of the plot (the footer left out).
    pub height: u16,
    /// Which request: a layout for an older one is dropped.
    pub number: u64,
}

impl Default for Charts {
    fn default() -> Charts {
        Charts {
            timeline: None,
            network: None,
            pending: None,
            outbox: None,
            requests: 0,
            kinds: LinkKinds::ALL,
        }
    }
}

impl Charts {
    /// Forgets every layout (the briefing changed), keeping the kinds of link drawn and the
    /// count of requests, so that a layout of the old briefing still on its way is dropped.
    pub fn forget_layouts(&mut self) {
        *self = Charts {
            kinds: self.kinds,
            requests: self.requests,
            ..Charts::default()
        };
    }

    /// The network layout to compute on a worker, once: the event loop takes it there.
    pub fn take_request(&mut self) -> Option<LayoutRequest> {
        self.outbox.take()
    }

    /// A network layout computed on a worker for request `number`: shown if it is the one
    /// awaited.
    pub fn arrived(&mut self, number: u64, layout: NetworkLayout) {
        if self.pending.is_some_and(|p| p.number == number) {
            self.pending = None;
            self.network = Some(layout);
        }
    }

    /// Computes the layout of the chart `view` shows when it is missing or was made for
    /// another size; a network that is not quick to lay out is asked of a worker.
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
                let (width, height) = NetworkLayout::plot_size(body);
                if NetworkLayout::is_quick(b) {
                    self.network = Some(NetworkLayout::new(b, width, height));
                } else if self
                    .pending
                    .is_none_or(|p| (p.width, p.height) != (width, height))
                {
                    self.requests += 1;
                    let request = LayoutRequest {
                        width,
                        height,
                        number: self.requests,
                    };
                    self.network = None;
                    self.pending = Some(request);
                    self.outbox = Some(request);
                }
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
        if action == Action::LinkKinds {
            self.charts.kinds = self.charts.kinds.cycle();
            self.notice = Some(format!("Drawing links: {}", self.charts.kinds.label()));
            return Some(None);
        }
        let Some(layout) = self.charts.network.as_ref() else {
            // Moves wait for the layout; every other key works meanwhile.
            let moves = matches!(
                action,
                Action::Next
                    | Action::Previous
                    | Action::NextPane
                    | Action::PrevPane
                    | Action::First
                    | Action::Follow
                    | Action::Detail
                    | Action::Dossier
            );
            return moves.then(|| {
                self.notice = Some("Laying out the network…".into());
                None
            });
        };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Msg;
    use crate::keymap::Keymap;

    fn network(actors: usize) -> Briefing {
        let text = crate::synthetic::network(actors);
        crate::briefing::load_bytes("net.toml", text.as_bytes()).unwrap()
    }

    /// The layout a worker would compute for `request`.
    fn laid_out(app: &App, request: LayoutRequest) -> NetworkLayout {
        NetworkLayout::new(&app.briefing, request.width, request.height)
    }

    #[test]
    fn a_large_network_is_asked_of_a_worker_and_only_the_latest_layout_is_shown() {
        let mut app = App::new(network(500), Keymap::defaults(), Rect::new(0, 0, 160, 50));
        app.update(Msg::Action(Action::Network));
        assert!(app.charts.network.is_none());
        let first = app.charts.take_request().expect("a request");
        assert_eq!(app.charts.take_request(), None, "taken once");

        // Keys answer meanwhile: a move says the layout is coming, a resize asks again.
        app.update(Msg::Action(Action::Next));
        assert_eq!(app.notice.as_deref(), Some("Laying out the network…"));
        app.update(Msg::Resize(120, 40));
        let second = app.charts.take_request().expect("a resize asks again");
        assert!(second.number > first.number);
        let late = laid_out(&app, first);
        app.charts.arrived(first.number, late);
        assert!(
            app.charts.network.is_none(),
            "a layout for an older size is dropped"
        );
        let layout = laid_out(&app, second);
        app.charts.arrived(second.number, layout);
        assert!(app.charts.network.is_some() && app.charts.pending.is_none());
        app.update(Msg::Action(Action::Next));
        assert_ne!(app.notice.as_deref(), Some("Laying out the network…"));

        // A new version of the briefing asks again; the old version's layout never shows.
        app.replace_briefing(network(400));
        let third = app
            .charts
            .take_request()
            .expect("a new briefing asks again");
        assert!(third.number > second.number);
        let old = laid_out(&app, second);
        app.charts.arrived(second.number, old);
        assert!(app.charts.network.is_none());
    }

    #[test]
    fn a_small_network_is_laid_out_at_once() {
        let mut app = App::new(network(40), Keymap::defaults(), Rect::new(0, 0, 160, 50));
        app.update(Msg::Action(Action::Network));
        assert!(app.charts.network.is_some());
        assert_eq!(app.charts.take_request(), None);
    }
}
