//! The actors as a network: who is linked to whom by quotes, shared events and implications,
//! laid out deterministically in a grid of terminal cells, most connected actors first, with
//! labels that never overlap, and the nearest-node movement arrow keys follow.

use std::cell::OnceCell;
use std::collections::HashMap;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::Direction;
use crate::briefing::model::{ActorIx, Briefing};

/// Widest label, in columns; longer names are cut at a word.
pub const MAX_LABEL: u16 = 24;
/// Rows a drawn network keeps under the plot: the selected actor, then what is shown.
pub const FOOTER_ROWS: u16 = 2;
/// Columns a node takes before its label: the glyph and a space.
pub const GLYPH_WIDTH: u16 = 2;
/// Groups (events, implications) naming more actors than this are not turned into links: their
/// pairs grow with the square of their size and would only draw a solid block.
pub const MAX_GROUP: usize = 100;
/// Most steps of the force-directed layout: a network this small or sparse gets them all.
pub const ITERATIONS: usize = 120;
/// Fewest steps of the force-directed layout.
const MIN_ITERATIONS: usize = 10;
/// Pairs of nodes (and springs) the force-directed layout weighs in all its steps together:
/// a larger network takes fewer steps (a coarser layout), so the cost of a layout is bounded
/// by this, whatever the number of actors.
const WORK_BUDGET: usize = 6_000_000;
/// Up to this many nodes every pair repels; above it only nodes closer than
/// [`REPULSION_REACH`] ideal distances do, found through a grid of buckets, and each node
/// weighs at most [`MAX_NEIGHBOURS`] of them in a step: a step costs time in proportion to
/// the nodes, not to their pairs.
const ALL_PAIRS: usize = 400;
/// How far repulsion reaches in a large network, in ideal distances between nodes.
const REPULSION_REACH: f64 = 2.0;
/// Most nearby nodes one node weighs in a step of a large network.
const MAX_NEIGHBOURS: usize = 48;
/// How far (in columns; rows count double) a label looks for free room around the place
/// the forces gave it before it takes the first free place in reading order.
const PLACE_REACH: i64 = 48;
/// How strongly every node is pulled to the middle, per unit of distance.
const GRAVITY: f64 = 0.5;

/// Why two actors are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A quote by one about the other.
    Quote,
    /// Both take part in the same event.
    Event,
    /// Both are named by the same implication (as actors or as speakers of its quotes).
    Implication,
}

impl LinkKind {
    /// Every kind, in the order of [`Link::counts`].
    pub const ALL: [LinkKind; 3] = [LinkKind::Quote, LinkKind::Event, LinkKind::Implication];

    /// The kind's name in the plural, as a legend shows it.
    pub fn name(self) -> &'static str {
        match self {
            LinkKind::Quote => "quotes",
            LinkKind::Event => "events",
            LinkKind::Implication => "implications",
        }
    }
}

/// A set of link kinds: which links are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkKinds(u8);

impl LinkKinds {
    /// Every kind of link.
    pub const ALL: LinkKinds = LinkKinds(0b111);

    /// True when `kind` is in the set.
    pub fn contains(self, kind: LinkKind) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    /// The next set for a key that cycles: all kinds, then each kind alone, then all again.
    pub fn cycle(self) -> LinkKinds {
        match self.0 {
            0b111 => LinkKinds(0b001),
            0b001 => LinkKinds(0b010),
            0b010 => LinkKinds(0b100),
            _ => LinkKinds::ALL,
        }
    }

    /// The names of the kinds in the set: `quotes, events, implications`.
    pub fn label(self) -> String {
        let names: Vec<&str> = LinkKind::ALL
            .iter()
            .filter(|&&k| self.contains(k))
            .map(|k| k.name())
            .collect();
        names.join(", ")
    }
}

impl Default for LinkKinds {
    fn default() -> LinkKinds {
        LinkKinds::ALL
    }
}

/// All the links between two actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// One actor (the smaller index).
    pub a: ActorIx,
    /// The other actor.
    pub b: ActorIx,
    /// How many links of each kind, in the order of [`LinkKind::ALL`].
    pub counts: [u32; 3],
}

impl Link {
    /// The number of links of the kinds in `kinds`: the edge's weight.
    pub fn weight(&self, kinds: LinkKinds) -> u32 {
        LinkKind::ALL
            .iter()
            .zip(self.counts)
            .filter(|(k, _)| kinds.contains(**k))
            .map(|(_, n)| n)
            .sum()
    }
}

/// Every link of a briefing, and how connected each actor is.
#[derive(Clone, Debug)]
struct Graph {
    /// Links sorted by `(a, b)`.
    links: Vec<Link>,
    /// Sum of the weights of each actor's links.
    degree: Vec<u32>,
    /// Each actor's links of each kind, in the order of [`LinkKind::ALL`].
    by_kind: Vec<[u32; 3]>,
    /// Events and implications too big to turn into links.
    skipped_groups: usize,
}

impl Graph {
    fn new(briefing: &Briefing) -> Graph {
        let mut counts: HashMap<(ActorIx, ActorIx), [u32; 3]> = HashMap::new();
        let mut link = |x: ActorIx, y: ActorIx, kind: LinkKind| {
            if x != y {
                counts.entry((x.min(y), x.max(y))).or_default()[kind as usize] += 1;
            }
        };
        for quote in &briefing.quotes {
            for &about in &quote.about {
                link(quote.speaker, about, LinkKind::Quote);
            }
        }
        let mut skipped_groups = 0;
        let mut group = |members: &[ActorIx], kind: LinkKind| {
            if members.len() > MAX_GROUP {
                skipped_groups += 1;
                return;
            }
            for (i, &x) in members.iter().enumerate() {
                for &y in &members[i + 1..] {
                    link(x, y, kind);
                }
            }
        };
        for event in &briefing.timeline {
            group(&event.actors, LinkKind::Event);
        }
        for implication in &briefing.implications {
            let mut members = implication.actors.clone();
            for &quote in &implication.quotes {
                let speaker = briefing.quotes[quote].speaker;
                if !members.contains(&speaker) {
                    members.push(speaker);
                }
            }
            group(&members, LinkKind::Implication);
        }
        let mut links: Vec<Link> = counts
            .into_iter()
            .map(|((a, b), counts)| Link { a, b, counts })
            .collect();
        links.sort_unstable_by_key(|l| (l.a, l.b));
        let mut degree = vec![0; briefing.actors.len()];
        let mut by_kind = vec![[0; 3]; briefing.actors.len()];
        for l in &links {
            let weight = l.weight(LinkKinds::ALL);
            degree[l.a] += weight;
            degree[l.b] += weight;
            for end in [l.a, l.b] {
                for (sum, n) in by_kind[end].iter_mut().zip(l.counts) {
                    *sum += n;
                }
            }
        }
        Graph {
            links,
            degree,
            by_kind,
            skipped_groups,
        }
    }
}

/// An actor drawn on the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    /// The actor.
    pub actor: ActorIx,
    /// Column of the node's glyph; its label starts [`GLYPH_WIDTH`] columns to the right.
    pub x: u16,
    /// Row of the node.
    pub y: u16,
    /// Columns of the label (the name, cut at a word to [`MAX_LABEL`]: see [`label`]).
    pub label_width: u16,
    /// Quotes and events of the actor: how much the actor says and does.
    pub weight: u32,
    /// 0, 1 or 2: the third of the heaviest weight the node's weight reaches, for its size.
    pub size: u8,
    /// Its links of each kind, in the order of [`LinkKind::ALL`]: how connected the actor
    /// is.
    pub by_kind: [u32; 3],
}

impl Node {
    /// How many links of the kinds in `kinds` the actor has (with actors drawn or not).
    pub fn links(&self, kinds: LinkKinds) -> u32 {
        LinkKind::ALL
            .iter()
            .zip(self.by_kind)
            .filter(|(k, _)| kinds.contains(**k))
            .map(|(_, n)| n)
            .sum()
    }
}

/// A drawn edge between two drawn nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Index into [`NetworkLayout::nodes`].
    pub from: usize,
    /// Index into [`NetworkLayout::nodes`].
    pub to: usize,
    /// The links it stands for.
    pub link: Link,
}

/// The network laid out in an area: compute once per briefing and size, then draw it for any
/// selection and set of link kinds.
#[derive(Clone, Debug)]
pub struct NetworkLayout {
    width: u16,
    height: u16,
    nodes: Vec<Node>,
    node_of: Vec<Option<usize>>,
    edges: Vec<Edge>,
    hidden: usize,
    skipped_groups: usize,
    /// Steps the force-directed layout took (fewer than [`ITERATIONS`]: a coarse layout).
    steps: usize,
    /// The edges of each set of link kinds as dots, drawn on first use.
    dots: [OnceCell<Dots>; 8],
}

impl NetworkLayout {
    /// The layout for a network drawn in `area` (its footer rows left out): compute it when
    /// the briefing is loaded and when the area's size changes.
    pub fn for_area(briefing: &Briefing, area: ratatui::layout::Rect) -> NetworkLayout {
        let (width, height) = NetworkLayout::plot_size(area);
        NetworkLayout::new(briefing, width, height)
    }

    /// The size of the plot of a network drawn in `area`: the area without its footer rows.
    pub fn plot_size(area: ratatui::layout::Rect) -> (u16, u16) {
        (area.width, area.height.saturating_sub(FOOTER_ROWS))
    }

    /// Whether this layout was made for a network drawn in `area`.
    pub fn fits(&self, area: ratatui::layout::Rect) -> bool {
        self.size() == NetworkLayout::plot_size(area)
    }

    /// Lays out `briefing`'s actors in `width` x `height` cells: the most connected actors
    /// that fit, placed by a force-directed layout and moved to the nearest free place.
    pub fn new(briefing: &Briefing, width: u16, height: u16) -> NetworkLayout {
        let graph = Graph::new(briefing);
        let actors = &briefing.actors;
        let mut ranked: Vec<ActorIx> = (0..actors.len()).collect();
        let weight = |a: ActorIx| (actors[a].quotes.len() + actors[a].events.len()) as u32;
        ranked.sort_by_key(|&a| (std::cmp::Reverse((graph.degree[a], weight(a))), a));
        let label_width = |a: ActorIx| label_width(actors[a].name.as_str());

        // Take as many as the area would hold if labels tiled it with room for edges.
        let average = ranked
            .iter()
            .map(|&a| footprint(label_width(a)))
            .sum::<u32>()
            .checked_div(ranked.len() as u32)
            .unwrap_or(1)
            .max(1);
        let capacity = (u32::from(width) * u32::from(height) / average) as usize;
        let candidates = &ranked[..ranked.len().min(capacity.max(1))];

        let mut index = vec![None; actors.len()];
        for (i, &a) in candidates.iter().enumerate() {
            index[a] = Some(i);
        }
        let springs: Vec<(usize, usize, f64)> = graph
            .links
            .iter()
            .filter_map(|l| {
                let weight = f64::from(l.weight(LinkKinds::ALL));
                Some((index[l.a]?, index[l.b]?, 1.0 + weight.ln()))
            })
            .collect();
        let (wanted, steps) = forces(candidates.len(), &springs, width, height);

        let heaviest = candidates.iter().map(|&a| weight(a)).max().unwrap_or(0);
        let mut grid = Grid::new(width, height);
        let mut nodes = Vec::new();
        let mut node_of = vec![None; actors.len()];
        for (i, &actor) in candidates.iter().enumerate() {
            let label = label_width(actor);
            let (x, y) = wanted[i];
            let Some((x, y)) = grid.place(x, y, GLYPH_WIDTH + label) else {
                continue;
            };
            node_of[actor] = Some(nodes.len());
            let w = weight(actor);
            nodes.push(Node {
                actor,
                x,
                y,
                label_width: label,
                weight: w,
                size: (w * 3).checked_div(heaviest).unwrap_or(0).min(2) as u8,
                by_kind: graph.by_kind[actor],
            });
        }
        let edges = graph
            .links
            .iter()
            .filter_map(|&link| {
                Some(Edge {
                    from: node_of[link.a]?,
                    to: node_of[link.b]?,
                    link,
                })
            })
            .collect();
        NetworkLayout {
            width,
            height,
            hidden: actors.len() - nodes.len(),
            nodes,
            node_of,
            edges,
            skipped_groups: graph.skipped_groups,
            steps,
            dots: Default::default(),
        }
    }

    /// Whether laying out `briefing`'s network takes so little time that the thread handling
    /// keys may do it (a few hundred actors); a larger one is laid out on a worker.
    pub fn is_quick(briefing: &Briefing) -> bool {
        briefing.actors.len() <= QUICK_ACTORS
            && briefing.quotes.len() + briefing.timeline.len() + briefing.implications.len()
                <= QUICK_ITEMS
    }

    /// Rows an area `width` columns wide needs before every actor of `briefing` may fit (if
    /// labels tiled it): where a picture that grows downwards starts.
    pub fn rows_for(briefing: &Briefing, width: u16) -> u32 {
        let labels: u32 = briefing
            .actors
            .iter()
            .map(|a| footprint(label_width(a.name.as_str())))
            .sum();
        labels.div_ceil(u32::from(width.max(1)))
    }

    /// The steps the force-directed layout took, when fewer than [`ITERATIONS`]: the network
    /// was too large for all of them, and its layout is coarser.
    pub fn coarse(&self) -> Option<usize> {
        (self.steps < ITERATIONS).then_some(self.steps)
    }

    /// Draws the edges of every set of link kinds the link-kinds key cycles through, so that
    /// drawing the chart afterwards only copies them (a worker calls this before handing the
    /// layout over).
    pub fn draw_every_kind(&self) {
        let mut kinds = LinkKinds::ALL;
        loop {
            self.edge_dots(kinds);
            kinds = kinds.cycle();
            if kinds == LinkKinds::ALL {
                break;
            }
        }
    }

    /// The size the layout was made for: lay out again when the chart's area changes.
    pub fn size(&self) -> (u16, u16) {
        (self.width, self.height)
    }

    /// The drawn nodes, most connected first.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The edges between drawn nodes.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The node of `actor`, when it is drawn.
    pub fn node(&self, actor: ActorIx) -> Option<&Node> {
        self.nodes.get((*self.node_of.get(actor)?)?)
    }

    /// How many actors did not fit and are not drawn.
    pub fn hidden(&self) -> usize {
        self.hidden
    }

    /// How many events and implications name more than [`MAX_GROUP`] actors and so give no
    /// links.
    pub fn skipped_groups(&self) -> usize {
        self.skipped_groups
    }

    /// The edges of the kinds in `kinds` as Braille dots: drawn on first use and kept, so a
    /// redraw after a selection move only copies them.
    pub fn edge_dots(&self, kinds: LinkKinds) -> &Dots {
        self.dots[usize::from(kinds.0)].get_or_init(|| self.draw_edges(kinds, |_| true))
    }

    /// The edges of the kinds in `kinds` that touch `actor`, as Braille dots (drawn each time:
    /// they are few).
    pub fn edge_dots_of(&self, actor: ActorIx, kinds: LinkKinds) -> Dots {
        let node = self.node_of.get(actor).copied().flatten();
        self.draw_edges(kinds, |e| Some(e.from) == node || Some(e.to) == node)
    }

    fn draw_edges(&self, kinds: LinkKinds, keep: impl Fn(&Edge) -> bool) -> Dots {
        let mut dots = Dots::new(self.width, self.height);
        for edge in self
            .edges
            .iter()
            .filter(|e| e.link.weight(kinds) > 0 && keep(e))
        {
            let (a, b) = (&self.nodes[edge.from], &self.nodes[edge.to]);
            dots.line((a.x, a.y), (b.x, b.y));
        }
        dots
    }

    /// The most connected drawn actor, to select when nothing is.
    pub fn first(&self) -> Option<ActorIx> {
        self.nodes.first().map(|n| n.actor)
    }

    /// The drawn actor nearest to `from` in `direction`, or `None` when there is none that way
    /// (or `from` is not drawn). Distance counts a row as two columns (cells are about twice
    /// as tall as wide) and a step sideways twice as much as a step ahead.
    pub fn nearest(&self, from: ActorIx, direction: Direction) -> Option<ActorIx> {
        let here = self.node(from)?;
        let (x0, y0) = (i64::from(here.x), 2 * i64::from(here.y));
        self.nodes
            .iter()
            .filter_map(|n| {
                let (dx, dy) = (i64::from(n.x) - x0, 2 * i64::from(n.y) - y0);
                let (ahead, aside) = match direction {
                    Direction::Right => (dx, dy),
                    Direction::Left => (-dx, dy),
                    Direction::Down => (dy, dx),
                    Direction::Up => (-dy, dx),
                };
                (ahead > 0).then_some((ahead + 2 * aside.abs(), n.actor))
            })
            .min()
            .map(|(_, actor)| actor)
    }
}

/// Most actors of a network laid out on the thread that handles keys (see
/// [`NetworkLayout::is_quick`]).
const QUICK_ACTORS: usize = 60;
/// Most quotes, events and implications together of such a network.
const QUICK_ITEMS: usize = 5_000;

/// The label of an actor named `name`: the whole name when it fits in [`MAX_LABEL`] columns,
/// else its first words and ` …` (a single long word is cut in it). The footer names the
/// selected actor in full.
pub fn label(name: &str) -> String {
    let most = usize::from(MAX_LABEL);
    if name.width() <= most {
        return name.to_owned();
    }
    let words = name
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| name[..at].trim_end())
        .take_while(|head| head.width() + 2 <= most)
        .last()
        .filter(|head| !head.is_empty());
    match words {
        Some(head) => format!("{head} …"),
        None => {
            let mut head = String::new();
            for c in name.chars() {
                if head.width() + c.width().unwrap_or(0) + 1 > most {
                    break;
                }
                head.push(c);
            }
            format!("{head}…")
        }
    }
}

/// Columns of the label of an actor named `name` (see [`label`]).
fn label_width(name: &str) -> u16 {
    (label(name).width() as u16).max(1)
}

/// Cells a node with a label `label` columns wide takes when nodes tile an area with room for
/// edges: its glyph, label and margins, on its row and the one left blank under it.
fn footprint(label: u16) -> u32 {
    (u32::from(label) + u32::from(GLYPH_WIDTH) + 2) * 2
}

/// Lines drawn in Braille dots: each cell holds two columns by four rows of dots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dots {
    width: usize,
    height: usize,
    cells: Vec<u8>,
}

impl Dots {
    fn new(width: u16, height: u16) -> Dots {
        let (width, height) = (usize::from(width), usize::from(height));
        Dots {
            width,
            height,
            cells: vec![0; width * height],
        }
    }

    /// Sets the dots of the straight line between the middles of two cells (Bresenham).
    fn line(&mut self, from: (u16, u16), to: (u16, u16)) {
        let dot = |(x, y): (u16, u16)| (2 * i64::from(x) + 1, 4 * i64::from(y) + 2);
        let ((mut x, mut y), (x1, y1)) = (dot(from), dot(to));
        let (dx, dy) = ((x1 - x).abs(), -(y1 - y).abs());
        let (sx, sy) = ((x1 - x).signum(), (y1 - y).signum());
        let mut error = dx + dy;
        loop {
            self.set(x, y);
            if (x, y) == (x1, y1) {
                break;
            }
            let twice = 2 * error;
            if twice >= dy {
                error += dy;
                x += sx;
            }
            if twice <= dx {
                error += dx;
                y += sy;
            }
        }
    }

    fn set(&mut self, x: i64, y: i64) {
        // Bit of each dot in a Braille character, by row then column.
        const BITS: [[u8; 2]; 4] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]];
        let (cx, cy) = ((x / 2) as usize, (y / 4) as usize);
        if x >= 0 && y >= 0 && cx < self.width && cy < self.height {
            self.cells[cy * self.width + cx] |= BITS[(y % 4) as usize][(x % 2) as usize];
        }
    }

    /// The dots of the cell at `(x, y)`, as the low byte of a Braille character (0: none).
    pub fn pattern(&self, x: u16, y: u16) -> u8 {
        let (x, y) = (usize::from(x), usize::from(y));
        if x < self.width && y < self.height {
            self.cells[y * self.width + x]
        } else {
            0
        }
    }

    /// The Braille character of a pattern of dots.
    pub fn braille(pattern: u8) -> char {
        char::from_u32(0x2800 + u32::from(pattern)).unwrap_or(' ')
    }
}

/// A force-directed layout (Fruchterman-Reingold) of `count` nodes joined by `springs`
/// (node, node, strength) in a `width` x `height` area; returns each node's cell and the steps
/// taken. It starts from a spiral in rank order (the most connected in the middle), so it is
/// deterministic. Above [`ALL_PAIRS`] nodes, repulsion reaches only nearby nodes (found in a
/// grid of buckets, as Fruchterman and Reingold proposed) and the steps are fewer, so the
/// whole costs at most about [`WORK_BUDGET`] weighings.
fn forces(
    count: usize,
    springs: &[(usize, usize, f64)],
    width: u16,
    height: u16,
) -> (Vec<(u16, u16)>, usize) {
    // Work in square units: a row is about two columns tall.
    let (w, h) = (f64::from(width.max(1)), 2.0 * f64::from(height.max(1)));
    let (cx, cy) = (w / 2.0, h / 2.0);
    let n = count.max(1) as f64;
    let k = (w * h / n).sqrt() * 0.75;
    let mut pos: Vec<(f64, f64)> = (0..count)
        .map(|i| {
            let r = ((i as f64 + 0.5) / n).sqrt() * 0.45;
            let angle = i as f64 * 2.399_963;
            (cx + r * w * angle.cos(), cy + r * h * angle.sin())
        })
        .collect();
    let mut buckets = Buckets::new(count, w, h, k);
    let pairs_per_step = if buckets.exact() {
        count * count.saturating_sub(1) / 2
    } else {
        count * MAX_NEIGHBOURS
    };
    let steps =
        (WORK_BUDGET / (pairs_per_step + springs.len()).max(1)).clamp(MIN_ITERATIONS, ITERATIONS);
    let mut shift = vec![(0.0, 0.0); count];
    for step in 0..steps {
        let temperature = w.max(h) / 10.0 * (1.0 - step as f64 / steps as f64);
        shift.fill((0.0, 0.0));
        buckets.fill(&pos);
        buckets.repel(&pos, k, &mut shift);
        for &(i, j, strength) in springs {
            let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
            let d = (dx * dx + dy * dy).sqrt();
            let f = d * strength / k;
            shift[i].0 -= dx * f;
            shift[i].1 -= dy * f;
            shift[j].0 += dx * f;
            shift[j].1 += dy * f;
        }
        for (p, s) in pos.iter_mut().zip(&shift) {
            // A weak pull to the middle keeps unlinked actors from sticking to the edges.
            let s = (s.0 - (p.0 - cx) * GRAVITY, s.1 - (p.1 - cy) * GRAVITY);
            let len = (s.0 * s.0 + s.1 * s.1).sqrt().max(1e-9);
            let moved = len.min(temperature);
            p.0 = (p.0 + s.0 / len * moved).clamp(0.0, w);
            p.1 = (p.1 + s.1 / len * moved).clamp(0.0, h);
        }
    }
    // Stretch the picture to fill the area: forces settle on a shape, not on a size.
    let (mut lo, mut hi) = ((w, h), (0.0f64, 0.0f64));
    for p in &pos {
        lo = (lo.0.min(p.0), lo.1.min(p.1));
        hi = (hi.0.max(p.0), hi.1.max(p.1));
    }
    let fill = |v: f64, lo: f64, hi: f64, size: f64| {
        let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        size * (0.05 + 0.9 * t)
    };
    let cells = pos
        .iter()
        .map(|&(x, y)| {
            let x = fill(x, lo.0, hi.0, w);
            let row = fill(y, lo.1, hi.1, h) / 2.0;
            (x as u16, row as u16)
        })
        .collect();
    (cells, steps)
}

/// The nodes of a layout sorted into square buckets as wide as repulsion reaches, so that the
/// nodes near one are found by looking in its bucket and the eight around it. A network of at
/// most [`ALL_PAIRS`] nodes has one bucket: every pair repels.
struct Buckets {
    size: f64,
    columns: usize,
    rows: usize,
    /// Node indexes by bucket: those of bucket `b` are `nodes[start[b]..start[b + 1]]`.
    start: Vec<usize>,
    nodes: Vec<usize>,
    bucket_of: Vec<usize>,
    /// Most nodes weighed for one node.
    most: usize,
}

impl Buckets {
    fn new(count: usize, w: f64, h: f64, k: f64) -> Buckets {
        let (size, most) = if count <= ALL_PAIRS {
            (f64::INFINITY, usize::MAX)
        } else {
            ((REPULSION_REACH * k).max(1.0), MAX_NEIGHBOURS)
        };
        let along = |extent: f64| ((extent / size).floor() as usize + 1).max(1);
        let (columns, rows) = (along(w), along(h));
        Buckets {
            size,
            columns,
            rows,
            start: vec![0; columns * rows + 1],
            nodes: vec![0; count],
            bucket_of: vec![0; count],
            most,
        }
    }

    /// True when every pair of nodes repels.
    fn exact(&self) -> bool {
        self.most == usize::MAX
    }

    /// Sorts the nodes at `pos` into their buckets (a counting sort).
    fn fill(&mut self, pos: &[(f64, f64)]) {
        let place = |v: f64, limit: usize| ((v / self.size) as usize).min(limit - 1);
        for (i, p) in pos.iter().enumerate() {
            self.bucket_of[i] = place(p.1, self.rows) * self.columns + place(p.0, self.columns);
        }
        self.start.fill(0);
        for &b in &self.bucket_of {
            self.start[b + 1] += 1;
        }
        for b in 1..self.start.len() {
            self.start[b] += self.start[b - 1];
        }
        let mut next = self.start.clone();
        for (i, &b) in self.bucket_of.iter().enumerate() {
            self.nodes[next[b]] = i;
            next[b] += 1;
        }
    }

    /// Adds to each node's `shift` the push of the nodes that repel it (ideal distance `k`):
    /// those in its bucket and the eight around it within reach, at most [`MAX_NEIGHBOURS`]
    /// of them in a large network.
    fn repel(&self, pos: &[(f64, f64)], k: f64, shift: &mut [(f64, f64)]) {
        if self.exact() {
            // Each pair once, pushing both ways.
            for i in 0..pos.len() {
                for j in i + 1..pos.len() {
                    let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                    let f = k * k / (dx * dx + dy * dy).max(0.01);
                    shift[i].0 += dx * f;
                    shift[i].1 += dy * f;
                    shift[j].0 -= dx * f;
                    shift[j].1 -= dy * f;
                }
            }
            return;
        }
        let reach = self.size * self.size;
        let around = |c: usize, limit: usize| c.saturating_sub(1)..(c + 2).min(limit);
        for (i, s) in shift.iter_mut().enumerate() {
            let (column, row) = (
                self.bucket_of[i] % self.columns,
                self.bucket_of[i] / self.columns,
            );
            let mut weighed = 0;
            'around: for r in around(row, self.rows) {
                for c in around(column, self.columns) {
                    let b = r * self.columns + c;
                    for &j in &self.nodes[self.start[b]..self.start[b + 1]] {
                        let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                        let d2 = dx * dx + dy * dy;
                        if j == i || d2 >= reach {
                            continue;
                        }
                        let f = k * k / d2.max(0.01);
                        s.0 += dx * f;
                        s.1 += dy * f;
                        weighed += 1;
                        if weighed == self.most {
                            break 'around;
                        }
                    }
                }
            }
        }
    }
}

/// Which cells labels (with their margins) already take, with the free run to the right of
/// every cell, so a label's fit is checked in constant time.
struct Grid {
    width: usize,
    height: usize,
    taken: Vec<bool>,
    free_run: Vec<u16>,
    /// For each label length, the cells in reading order known not to fit it.
    searched: HashMap<u16, usize>,
}

impl Grid {
    fn new(width: u16, height: u16) -> Grid {
        let (width, height) = (usize::from(width), usize::from(height));
        let mut grid = Grid {
            width,
            height,
            taken: vec![false; width * height],
            free_run: vec![0; width * height],
            searched: HashMap::new(),
        };
        for y in 0..height {
            grid.count_runs(y);
        }
        grid
    }

    fn count_runs(&mut self, y: usize) {
        let row = y * self.width;
        let mut run = 0u16;
        for x in (0..self.width).rev() {
            run = if self.taken[row + x] { 0 } else { run + 1 };
            self.free_run[row + x] = run;
        }
    }

    /// True when a node `len` columns wide fits with its left edge at `x` on row `y`, keeping a
    /// blank column on each side.
    fn fits(&self, x: i64, y: i64, len: u16) -> bool {
        let len = usize::from(len);
        if x < 0 || y < 0 || y as usize >= self.height || x as usize + len > self.width {
            return false;
        }
        let (x, y) = (x as usize, y as usize);
        let start = x.saturating_sub(1);
        let end = (x + len + 1).min(self.width);
        usize::from(self.free_run[y * self.width + start]) >= end - start
    }

    /// Takes the free place nearest to `(x, y)` (centred there) for a node `len` columns wide,
    /// searching rings outwards up to [`PLACE_REACH`], then the first free place in reading
    /// order; a taken place also blocks the rows above and below it, so labels never touch
    /// and edges have room.
    fn place(&mut self, x: u16, y: u16, len: u16) -> Option<(u16, u16)> {
        let (x0, y0) = (i64::from(x) - i64::from(len / 2), i64::from(y));
        let reach = (self.width.max(2 * self.height) as i64).min(PLACE_REACH);
        let found = (0..=reach)
            .find_map(|r| {
                // Ring r: the cells whose larger of |dx| and 2|dy| is r.
                let rows = (-(r / 2)).max(-y0)..=(r / 2).min(self.height as i64 - 1 - y0);
                rows.into_iter().find_map(|dy| {
                    let row = y0 + dy;
                    if 2 * dy.abs() == r {
                        (-r..=r)
                            .find(|&dx| self.fits(x0 + dx, row, len))
                            .map(|dx| (x0 + dx, row))
                    } else {
                        [-r, r]
                            .into_iter()
                            .find(|&dx| self.fits(x0 + dx, row, len))
                            .map(|dx| (x0 + dx, row))
                    }
                })
            })
            .or_else(|| self.first_free(len))?;
        let (x, y) = (found.0 as usize, found.1 as usize);
        let cols = x.saturating_sub(1)..(x + usize::from(len) + 1).min(self.width);
        for row in y.saturating_sub(1)..(y + 2).min(self.height) {
            self.take(row, cols.clone());
        }
        Some((x as u16, y as u16))
    }

    /// Marks the cells `columns` of row `y` taken; only the free runs that reached into them
    /// change.
    fn take(&mut self, y: usize, columns: std::ops::Range<usize>) {
        let row = y * self.width;
        self.taken[row + columns.start..row + columns.end].fill(true);
        self.free_run[row + columns.start..row + columns.end].fill(0);
        let mut run = 0;
        for x in (0..columns.start).rev() {
            if self.taken[row + x] {
                break;
            }
            run += 1;
            self.free_run[row + x] = run;
        }
    }

    /// The first place in reading order where a node `len` columns wide fits. Places are only
    /// ever taken, so one that does not fit a length never will: the search for each length
    /// goes on from where the last one stopped, and all of them together cost a pass over the
    /// grid per length.
    fn first_free(&mut self, len: u16) -> Option<(i64, i64)> {
        let cells = self.width * self.height;
        let mut from = self.searched.get(&len).copied().unwrap_or(0);
        let found = loop {
            if from >= cells {
                break None;
            }
            let (x, y) = ((from % self.width) as i64, (from / self.width) as i64);
            if self.fits(x, y, len) {
                break Some((x, y));
            }
            from += 1;
        };
        self.searched.insert(len, from);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_kinds_cycle_through_each_kind_and_back() {
        let mut kinds = LinkKinds::ALL;
        let mut seen = Vec::new();
        for _ in 0..4 {
            seen.push(kinds.label());
            kinds = kinds.cycle();
        }
        assert_eq!(
            seen,
            [
                "quotes, events, implications",
                "quotes",
                "events",
                "implications"
            ]
        );
        assert_eq!(kinds, LinkKinds::ALL);
    }

    #[test]
    fn lines_set_braille_dots_between_cell_middles() {
        let mut dots = Dots::new(4, 2);
        dots.line((0, 0), (3, 0));
        // Row 2 of dots is the third row of each cell: bits 0x04 and 0x20.
        assert_eq!(Dots::braille(dots.pattern(0, 0)), '⠠');
        assert_eq!(Dots::braille(dots.pattern(1, 0)), '⠤');
        assert_eq!(Dots::braille(dots.pattern(3, 0)), '⠤');
        assert_eq!(dots.pattern(0, 1), 0);
        dots.line((0, 0), (0, 1));
        assert_ne!(dots.pattern(0, 1), 0);
        assert_eq!(dots.pattern(9, 9), 0);
    }

    #[test]
    fn placed_labels_never_overlap() {
        let mut grid = Grid::new(30, 6);
        let mut placed = Vec::new();
        for _ in 0..6 {
            if let Some(p) = grid.place(10, 2, 8) {
                placed.push(p);
            }
        }
        assert!(placed.len() >= 3, "{placed:?}");
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                let apart = a.1.abs_diff(b.1) >= 2 || a.0.abs_diff(b.0) >= 9;
                assert!(apart, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_label_with_no_room_near_its_place_takes_the_first_free_one() {
        // A wide grid, full around the middle: the first free place is far to the left.
        let mut grid = Grid::new(300, 3);
        for row in 0..3 {
            grid.take(row, 40..300);
        }
        assert_eq!(grid.place(200, 1, 10), Some((0, 0)));
        // A blank column between labels on a row; the row under a label stays blank.
        assert_eq!(grid.place(200, 1, 10), Some((12, 0)));
        assert_eq!(grid.place(200, 1, 30), Some((0, 2)));
        assert_eq!(grid.place(200, 1, 30), None, "no room anywhere");
    }

    #[test]
    fn a_large_network_takes_fewer_steps_and_says_so() {
        let text = crate::synthetic::network(3_000);
        let large = crate::briefing::load_bytes("net.toml", text.as_bytes()).unwrap();
        let layout = NetworkLayout::new(&large, 500, 200);
        let steps = layout.coarse().expect("a coarse layout");
        assert!((MIN_ITERATIONS..ITERATIONS).contains(&steps), "{steps}");
        assert!(layout.nodes().len() > 1_000, "{}", layout.nodes().len());
        let (name, text) = crate::briefing::bundled::BUNDLED[0];
        let small = crate::briefing::load_bytes(name, text.as_bytes()).unwrap();
        assert_eq!(NetworkLayout::new(&small, 120, 40).coarse(), None);
        assert!(NetworkLayout::is_quick(&small) && !NetworkLayout::is_quick(&large));
    }
}
