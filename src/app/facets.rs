//! The narrowing menu's entries: every criterion that keeps something in this briefing, in
//! words, with what it keeps (`Region: East Asia  1 implication`). Counted once per briefing,
//! in passes over it rather than by narrowing to each criterion in turn.

use super::Pane;
use super::narrow::{Choice, keeps};
use super::search::{Search, fold};
use crate::briefing::Briefing;
use crate::briefing::grade::{Credibility, Likelihood, Reliability};
use crate::briefing::model::{Named, Severity, Status};
use crate::text::{SafeText, counted};

/// One entry of the narrowing menu: the choice, its words, and what it keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facet {
    /// The choice.
    pub choice: Choice,
    /// The choice in words.
    pub label: String,
    /// What it keeps, in words (`3 implications`); empty for "show everything".
    pub count: String,
    /// The label folded, for filtering as the user types.
    folded: String,
}

impl Facet {
    fn new(choice: Choice, label: String, count: String) -> Facet {
        let folded = fold(&label);
        Facet {
            choice,
            label,
            count,
            folded,
        }
    }

    /// Whether the facet's words hold the folded `query`.
    pub fn matches(&self, folded_query: &str) -> bool {
        self.folded.contains(folded_query)
    }
}

/// The menu's entries for `b` that keep something, in menu order: clear, each region,
/// severity, status, grade, each actor, then each source (in a briefing of several). The search's entry, which changes with the
/// search, is [`search_facet`]. Built once per briefing: the counts cost a pass over it.
pub fn facets(b: &Briefing, regions: &[SafeText]) -> Vec<Facet> {
    let mut candidates = vec![Choice::Clear];
    candidates.extend((0..regions.len()).map(Choice::Region));
    candidates.extend(
        [Severity::High, Severity::Medium, Severity::Low]
            .into_iter()
            .map(Choice::Severity),
    );
    candidates.extend(Status::ALL.iter().map(|&(_, s)| Choice::Status(s)));
    // The worst grade of each scale would keep everything graded, so it is left out.
    candidates.extend(
        Credibility::ALL[..5]
            .iter()
            .map(|&c| Choice::Credibility(c)),
    );
    candidates.extend(
        Reliability::ALL[..5]
            .iter()
            .map(|&(_, r)| Choice::Reliability(r)),
    );
    candidates.extend(
        Likelihood::ALL[1..]
            .iter()
            .map(|&(_, l)| Choice::Likelihood(l)),
    );
    candidates.extend((0..b.actors.len()).map(Choice::Actor));
    // In a briefing of one source, everything is that source's: nothing to narrow to.
    if b.has_several_sources() {
        candidates.extend((0..b.meta.sources.len()).map(Choice::Source));
    }
    let per_region = per_region(b, regions);
    // Every source's share in one pass (a briefing may have dozens of sources).
    let per_source = b.contributions();
    let grades = Grades::of(b);
    let search = Search::default();
    candidates
        .into_iter()
        .filter_map(|choice| {
            let count = match choice {
                Choice::Clear => String::new(),
                Choice::Region(n) => in_words(choice, [0, 0, 0, per_region[n]])?,
                Choice::Source(s) => {
                    let gave = per_source[s];
                    in_words(choice, [gave.events, 0, gave.quotes, gave.implications])?
                }
                _ => in_words(choice, kept_counts(b, &grades, choice))?,
            };
            Some(Facet::new(
                choice,
                choice_label(b, regions, &search, choice),
                count,
            ))
        })
        .collect()
}

/// Implications per region, counted in one pass (a briefing may have a thousand regions).
fn per_region(b: &Briefing, regions: &[SafeText]) -> Vec<usize> {
    let index: std::collections::HashMap<&str, usize> = regions
        .iter()
        .enumerate()
        .map(|(n, r)| (r.as_str(), n))
        .collect();
    let mut counts = vec![0; regions.len()];
    for implication in &b.implications {
        if let Some(&n) = index.get(implication.region.as_str()) {
            counts[n] += 1;
        }
    }
    counts
}

/// Events and quotes per grade, counted in one pass, so that each grade's choice is a sum.
struct Grades {
    /// Events and quotes per credibility (1-6).
    credibility: [[usize; 6]; 2],
    /// Events and quotes per reliability (A-F) of their source.
    reliability: [[usize; 6]; 2],
}

impl Grades {
    fn of(b: &Briefing) -> Grades {
        let mut grades = Grades {
            credibility: [[0; 6]; 2],
            reliability: [[0; 6]; 2],
        };
        let mut tally = |kind: usize, c: Option<Credibility>, r: Option<Reliability>| {
            if let Some(c) = c {
                grades.credibility[kind][usize::from(c.number()) - 1] += 1;
            }
            if let Some(r) = r {
                grades.reliability[kind][r as usize] += 1;
            }
        };
        for (e, event) in b.timeline.iter().enumerate() {
            tally(0, event.credibility, b.event_reliability(e));
        }
        for (q, quote) in b.quotes.iter().enumerate() {
            tally(1, quote.credibility, b.quote_reliability(q));
        }
        grades
    }

    /// Events and quotes graded at most `ceiling`.
    fn at_most(&self, ceiling: Credibility) -> [usize; 2] {
        self.credibility.map(|per| {
            Credibility::ALL
                .iter()
                .zip(per)
                .filter(|(c, _)| c.at_most(ceiling))
                .map(|(_, n)| n)
                .sum()
        })
    }

    /// Events and quotes whose source is at least `floor`.
    fn at_least(&self, floor: Reliability) -> [usize; 2] {
        self.reliability.map(|per| {
            Reliability::ALL
                .iter()
                .zip(per)
                .filter(|((_, r), _)| r.at_least(floor))
                .map(|(_, n)| n)
                .sum()
        })
    }
}

/// How many items a choice keeps in each pane it picks from (the panes [`in_words`] names),
/// counted without building the sets [`keeps`] builds: the menu counts every choice of a
/// briefing at once.
fn kept_counts(b: &Briefing, grades: &Grades, choice: Choice) -> [usize; 4] {
    let events = |keep: &dyn Fn(usize) -> bool| (0..b.timeline.len()).filter(|&e| keep(e)).count();
    let implications = |keep: &dyn Fn(&crate::briefing::model::Implication) -> bool| {
        b.implications.iter().filter(|i| keep(i)).count()
    };
    match choice {
        Choice::Severity(severity) => [0, 0, 0, implications(&|i| i.severity == Some(severity))],
        Choice::Likelihood(floor) => [
            0,
            0,
            0,
            implications(&|i| i.likelihood.is_some_and(|l| l.at_least(floor))),
        ],
        Choice::Status(status) => [events(&|e| b.timeline[e].status == Some(status)), 0, 0, 0],
        Choice::Credibility(ceiling) => {
            let [events, quotes] = grades.at_most(ceiling);
            [events, 0, quotes, 0]
        }
        Choice::Reliability(floor) => {
            let [events, quotes] = grades.at_least(floor);
            [events, 0, quotes, 0]
        }
        // An actor keeps a handful of items: counted by narrowing to them.
        Choice::Actor(_) => {
            keeps(b, &[], choice, &Search::default()).map(|set| set.map_or(0, |set| set.len()))
        }
        Choice::Region(_) | Choice::Source(_) | Choice::Search | Choice::Clear => [0; 4],
    }
}

/// The menu's entry for the search's matches, while a search with matches is set.
pub fn search_facet(b: &Briefing, regions: &[SafeText], search: &Search) -> Option<Facet> {
    (search.is_active() && search.match_count() > 0).then(|| {
        Facet::new(
            Choice::Search,
            choice_label(b, regions, search, Choice::Search),
            search.count_label(),
        )
    })
}

/// Every menu entry that keeps something, in the order the menu lists them.
pub fn choices(b: &Briefing, regions: &[SafeText], search: &Search) -> Vec<Choice> {
    let facets = facets(b, regions);
    let mut out: Vec<Choice> = facets.iter().map(|f| f.choice).collect();
    if let Some(facet) = search_facet(b, regions, search) {
        out.insert(1, facet.choice);
    }
    out
}

/// What a choice keeps (`counts` per pane), in words, counting the panes it picks from; None
/// when it keeps nothing there.
fn in_words(choice: Choice, counts: [usize; 4]) -> Option<String> {
    let count = |pane: Pane| counts[pane.index()];
    let parts: &[(Pane, &str)] = match choice {
        Choice::Region(_) | Choice::Severity(_) | Choice::Likelihood(_) => {
            &[(Pane::Implications, "implication")]
        }
        Choice::Status(_) => &[(Pane::Timeline, "event")],
        Choice::Credibility(_) | Choice::Reliability(_) => {
            &[(Pane::Timeline, "event"), (Pane::Quotes, "quote")]
        }
        Choice::Actor(_) | Choice::Source(_) => &[
            (Pane::Quotes, "quote"),
            (Pane::Timeline, "event"),
            (Pane::Implications, "implication"),
        ],
        Choice::Search | Choice::Clear => &[],
    };
    let words: Vec<String> = parts
        .iter()
        .filter(|&&(pane, _)| count(pane) > 0)
        .map(|&(pane, noun)| counted(count(pane), noun))
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// A menu entry in words.
pub fn choice_label(b: &Briefing, regions: &[SafeText], search: &Search, choice: Choice) -> String {
    match choice {
        Choice::Clear => "Show everything (clear every narrowing)".to_owned(),
        Choice::Search => format!("Search matches: /{}", search.query),
        Choice::Region(r) => format!("Region: {}", regions[r]),
        Choice::Severity(s) => format!("Severity: {}", s.name()),
        Choice::Status(s) => format!("Status: {}", s.name()),
        Choice::Credibility(c) => format!("Credibility at most {c} ({})", c.meaning()),
        Choice::Reliability(r) => format!("Reliability at least {r} ({})", r.meaning()),
        Choice::Likelihood(l) => format!("Likelihood at least {} ({})", l.name(), l.meaning()),
        Choice::Actor(a) => format!("Actor: {}", b.actors[a].name),
        Choice::Source(s) => {
            let source = &b.meta.sources[s];
            format!("Source: [{}] {}", source.label(), source.title)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;

    #[test]
    fn each_choice_counts_what_narrowing_to_it_keeps() {
        let several = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/articles/living/dprk-troops-russia.toml");
        let briefings = [
            crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap(),
            crate::briefing::load_path(&several).unwrap(),
        ];
        for b in &briefings {
            let regions = crate::app::narrow::regions(b);
            let search = Search::default();
            let facets = facets(b, &regions);
            assert!(facets.len() > b.actors.len());
            for facet in facets.iter().skip(1) {
                let kept = keeps(b, &regions, facet.choice, &search);
                let counts = kept.map(|set| set.map_or(0, |set| set.len()));
                assert_eq!(
                    in_words(facet.choice, counts).as_deref(),
                    Some(facet.count.as_str()),
                    "{}",
                    facet.label
                );
            }
        }
        // The second has a choice per source.
        let sources = facets(&briefings[1], &crate::app::narrow::regions(&briefings[1]));
        assert!(
            sources
                .iter()
                .any(|f| matches!(f.choice, Choice::Source(_)))
        );
    }
}
