//! What `brief draft` tells the author on stderr: what was found and what needs review. All
//! article text in it is sanitised, since it goes to a terminal.

use std::fmt::Write as _;

use crate::draft::outline::model::Outline;
use crate::text::SafeText;

/// Most characters of article text quoted in one report line.
const EXCERPT_CHARS: usize = 100;

/// What the drafted entries go into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Destination {
    /// A briefing of their own, whose summary is a placeholder.
    New,
    /// An existing briefing (`brief draft --into`), whose summary is the author's.
    Existing,
}

/// The report for `outline`, drafted from `article` with `paragraphs` paragraphs.
pub fn render(
    outline: &Outline,
    article: &str,
    paragraphs: usize,
    destination: Destination,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "drafted from {paragraphs} paragraphs: {} actors, {} quotes, {} timeline candidates, {} implication skeletons",
        outline.actors.len(),
        outline.quotes.len(),
        outline.events.len(),
        outline.implications.len()
    );
    if outline.quotes.iter().any(|q| q.continued) {
        let _ = writeln!(
            out,
            "a quotation that runs over several paragraphs is drafted as one quote per paragraph"
        );
    }
    let mut review: Vec<String> = Vec::new();
    for quote in &outline.quotes {
        if let Some(note) = &quote.review {
            let actor = &outline.actors[quote.speaker];
            review.push(format!(
                "quote {}: {note} -> {}: “{}”",
                quote.id,
                actor.name,
                &article[quote.text.clone()]
            ));
        }
    }
    for actor in &outline.actors {
        if let Some(note) = &actor.review {
            review.push(format!("actor {}: {note}", actor.id));
        }
    }
    review.extend(outline.notes.iter().cloned());
    let grades = outline.grades();
    if grades > 0 {
        review.push(format!(
            "{grades} credibility grades proposed from the article’s own hedges: check each; no reliability is proposed (grade the source yourself)"
        ));
    }
    if !outline.events.is_empty() {
        review.push(format!(
            "{} timeline candidates: check each when, title and status",
            outline.events.len()
        ));
    }
    match destination {
        Destination::New => {
            review.push("summary and implications are placeholders (TODO): write them".into());
        }
        Destination::Existing if !outline.implications.is_empty() => {
            review.push("the implication skeletons are placeholders (TODO): write them".into());
        }
        Destination::Existing => {}
    }
    let _ = writeln!(out, "needs review:");
    for line in review {
        let _ = writeln!(out, "  - {}", SafeText::excerpt(&line, EXCERPT_CHARS * 2));
    }
    out
}
