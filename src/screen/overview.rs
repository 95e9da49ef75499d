//! The overview: the bottom line up front. The header above it names the briefing, so it
//! opens on the implications ranked by severity, each with its likelihood and confidence and
//! a link into the Implications pane; then the summary whole, the sources with publisher,
//! date and URL, the tags and the counts.

use super::detail::{Detail, Link, Target};
use super::flow::{Field, flow};
use super::lines::{Role, TextLine, piece, wrapped};
use crate::briefing::Briefing;
use crate::briefing::model::Named;
use crate::pane::Pane;

/// The overview of `b`, `width` columns wide: its lines, and a link to each implication in
/// the order shown.
pub fn overview(b: &Briefing, width: usize) -> Detail {
    let width = width.max(1);
    let meta = &b.meta;
    let mut out = Detail::default();
    let lines = &mut out.lines;

    if !b.implications.is_empty() {
        lines.extend(wrapped(
            "Implications, most severe first",
            Role::Strong,
            width,
            usize::MAX,
        ));
        let mut ranked: Vec<usize> = (0..b.implications.len()).collect();
        // Stable: equal severities keep the author's order.
        ranked.sort_by_key(|&i| std::cmp::Reverse(b.implications[i].severity));
        for i in ranked {
            let implication = &b.implications[i];
            let mut fields = Vec::new();
            if let Some(severity) = implication.severity {
                let tag = format!("[{}]", severity.name().to_uppercase());
                fields.push(Field::unit(Role::Severity(severity), "", tag));
            }
            let region = format!("{}:", implication.region);
            fields.push(Field::text(Role::Strong, " ", region));
            fields.push(Field::text(Role::Plain, " ", implication.title.as_str()));
            if let Some(estimate) = implication.estimate() {
                fields.push(Field::unit(Role::Grade, " · ", estimate.compact()));
            }
            let start = lines.len();
            let body = flow(&fields, width.saturating_sub(2).max(1), usize::MAX);
            for (n, mut line) in body.into_iter().enumerate() {
                line.insert(0, piece(Role::Muted, if n == 0 { "• " } else { "  " }));
                lines.push(line);
            }
            out.links.push(Link {
                lines: start..lines.len(),
                target: Target::Here(Pane::Implications, i),
            });
        }
        lines.push(Vec::new());
    }

    lines.extend(wrapped("Summary", Role::Strong, width, usize::MAX));
    lines.extend(wrapped(
        meta.summary.as_str(),
        Role::Plain,
        width,
        usize::MAX,
    ));

    if !meta.sources.is_empty() {
        heading(lines, "Sources", width);
        // With several sources, each says what it gave: the rows' tags name it by its label.
        let given = b.has_several_sources().then(|| b.contributions());
        for (n, source) in meta.sources.iter().enumerate() {
            let mut text = format!("{}. {}", n + 1, source.title);
            if given.is_some() {
                text = format!("{}. [{}] {}", n + 1, source.label(), source.title);
            }
            let by: Vec<String> = [
                source.publisher.as_ref().map(|p| p.to_string()),
                source.published.map(|d| d.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !by.is_empty() {
                text.push_str(&format!(" — {}", by.join(", ")));
            }
            if let Some(reliability) = source.reliability {
                text.push_str(&format!(
                    " · reliability {reliability} ({})",
                    reliability.meaning()
                ));
            }
            lines.extend(wrapped(&text, Role::Plain, width, usize::MAX));
            if let Some(given) = given.as_ref().map(|all| all[n]) {
                let text = format!(
                    "   gave {}, {}, {}",
                    crate::text::counted(given.quotes, "quote"),
                    crate::text::counted(given.events, "event"),
                    crate::text::counted(given.implications, "implication")
                );
                lines.extend(wrapped(&text, Role::Muted, width, usize::MAX));
            }
            for (label, value) in [("url", &source.url), ("file", &source.file)] {
                if let Some(value) = value {
                    lines.extend(wrapped(
                        &format!("   {label}: {value}"),
                        Role::Muted,
                        width,
                        usize::MAX,
                    ));
                }
            }
        }
    }

    lines.push(Vec::new());
    let mut about = Vec::new();
    if let Some(date) = meta.date {
        about.push(date.to_string());
    }
    if !meta.tags.is_empty() {
        let tags: Vec<&str> = meta.tags.iter().map(|t| t.as_str()).collect();
        about.push(format!("tags: {}", tags.join(", ")));
    }
    about.push(b.counts());
    lines.extend(wrapped(&about.join(" · "), Role::Muted, width, usize::MAX));
    out
}

/// The searchable text of the overview that no pane shows: the summary, tags and sources.
pub fn searchable(b: &Briefing) -> String {
    let meta = &b.meta;
    let mut parts = vec![meta.title.to_string(), meta.summary.to_string()];
    parts.extend(meta.tags.iter().map(|t| t.to_string()));
    for source in &meta.sources {
        parts.extend(
            [
                Some(&source.title),
                source.publisher.as_ref(),
                source.url.as_ref(),
            ]
            .into_iter()
            .flatten()
            .map(|t| t.to_string()),
        );
    }
    parts.join("\n")
}

fn heading(lines: &mut Vec<TextLine>, text: &str, width: usize) {
    lines.push(Vec::new());
    lines.extend(wrapped(text, Role::Strong, width, usize::MAX));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;

    #[test]
    fn the_overview_leads_with_ranked_implications_and_holds_the_whole_summary() {
        let b = crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap();
        let page = overview(&b, 60);
        let text = crate::screen::piece::plain(&page.lines);
        assert!(text[0].starts_with("Implications"), "{text:#?}");
        assert!(
            !text.iter().any(|l| l.contains(b.meta.title.as_str())),
            "the header already names the briefing"
        );
        let joined = text.join(" ");
        let summary_words: Vec<&str> = b.meta.summary.as_str().split_whitespace().collect();
        assert!(joined.contains(&summary_words[summary_words.len() - 3..].join(" ")));
        let first_high = text.iter().position(|l| l.contains("[HIGH]")).unwrap();
        let first_medium = text.iter().position(|l| l.contains("[MEDIUM]")).unwrap();
        let summary = text.iter().position(|l| l == "Summary").unwrap();
        assert!(first_high < first_medium && first_medium < summary);
        assert!(joined.contains("likely · moderate"), "{joined}");
        assert_eq!(page.links.len(), b.implications.len());
        assert!(
            text.iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 60)
        );
    }
}
