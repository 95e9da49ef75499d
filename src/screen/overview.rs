//! The overview: the briefing at a glance, as lines. Title, date and sources; the summary
//! whole; the implications ranked by severity; the sources with publisher, date and URL; the
//! counts.

use super::lines::{Role, TextLine, piece, wrapped};
use super::wrap::wrap;
use crate::briefing::Briefing;
use crate::briefing::model::Named;
use crate::text::counted;

/// The overview of `b`, `width` columns wide.
pub fn overview(b: &Briefing, width: usize) -> Vec<TextLine> {
    let width = width.max(1);
    let meta = &b.meta;
    let mut lines = wrapped(meta.title.as_str(), Role::Strong, width, usize::MAX);
    let mut about = Vec::new();
    if let Some(date) = meta.date {
        about.push(date.to_string());
    }
    about.push(counted(meta.sources.len(), "source"));
    if !meta.tags.is_empty() {
        let tags: Vec<&str> = meta.tags.iter().map(|t| t.as_str()).collect();
        about.push(format!("tags: {}", tags.join(", ")));
    }
    lines.extend(wrapped(&about.join(" · "), Role::Muted, width, usize::MAX));

    heading(&mut lines, "Summary");
    lines.extend(wrapped(
        meta.summary.as_str(),
        Role::Plain,
        width,
        usize::MAX,
    ));

    if !b.implications.is_empty() {
        heading(&mut lines, "Implications, most severe first");
        let mut ranked: Vec<usize> = (0..b.implications.len()).collect();
        // Stable: equal severities keep the author's order.
        ranked.sort_by_key(|&i| std::cmp::Reverse(b.implications[i].severity));
        for i in ranked {
            let implication = &b.implications[i];
            let tag = implication
                .severity
                .map(|s| format!("[{}] ", s.name().to_uppercase()))
                .unwrap_or_default();
            let text = format!("{tag}{}: {}", implication.region, implication.title);
            for (n, line) in wrap(&text, width.saturating_sub(2).max(1), usize::MAX)
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 { "• " } else { "  " };
                let mut pieces = vec![piece(Role::Muted, lead)];
                match (n, implication.severity) {
                    (0, Some(severity)) if line.starts_with(&tag) => {
                        pieces.push(piece(Role::Severity(severity), tag.trim_end()));
                        pieces.push(piece(Role::Plain, line[tag.trim_end().len()..].to_owned()));
                    }
                    _ => pieces.push(piece(Role::Plain, line)),
                }
                lines.push(pieces);
            }
        }
    }

    if !meta.sources.is_empty() {
        heading(&mut lines, "Sources");
        for (n, source) in meta.sources.iter().enumerate() {
            let mut text = format!("{}. {}", n + 1, source.title);
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
    lines.extend(wrapped(&b.counts(), Role::Muted, width, usize::MAX));
    lines
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

fn heading(lines: &mut Vec<TextLine>, text: &str) {
    lines.push(Vec::new());
    lines.push(vec![piece(Role::Strong, text)]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::bundled::BUNDLED;

    #[test]
    fn the_overview_holds_the_whole_summary_and_ranks_implications() {
        let b = crate::briefing::load_bytes(BUNDLED[0].0, BUNDLED[0].1.as_bytes()).unwrap();
        let lines = overview(&b, 60);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        let joined = text.join(" ");
        let summary_words: Vec<&str> = b.meta.summary.as_str().split_whitespace().collect();
        assert!(joined.contains(&summary_words[summary_words.len() - 3..].join(" ")));
        let first_high = text.iter().position(|l| l.contains("[HIGH]")).unwrap();
        let first_medium = text.iter().position(|l| l.contains("[MEDIUM]")).unwrap();
        assert!(first_high < first_medium);
        assert!(
            text.iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 60)
        );
    }
}
