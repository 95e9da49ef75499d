//! Items and whole briefings as text, for the clipboard and for reports. Everything comes
//! from [`SafeText`](crate::text::SafeText) fields, so the output is safe on a terminal too.

use std::fmt::Write as _;

use crate::briefing::Briefing;
use crate::briefing::model::{Actor, Named, Quote, Source};
use crate::cli::Format;
use crate::pane::Pane;

/// One item as a line of text: a quote as `"text" - Name, role (context)`.
pub fn item_text(b: &Briefing, pane: Pane, item: usize) -> String {
    match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            let status = e
                .status
                .map(|s| format!(" ({})", s.name()))
                .unwrap_or_default();
            format!("{}: {}{status}", e.when, e.title)
        }
        Pane::Actors => {
            let a = &b.actors[item];
            format!("{}{}", a.name, actor_details(a))
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            format!("\"{}\" - {}", q.text, attribution(b, q))
        }
        Pane::Implications => {
            let i = &b.implications[item];
            let severity = i
                .severity
                .map(|s| format!(" [{}]", s.name()))
                .unwrap_or_default();
            format!("{}{severity}: {}", i.region, i.title)
        }
    }
}

/// The whole briefing as a report: summary, timeline, actors, quotes with their speakers,
/// implications with their supporting quotes, and the sources cited at the end.
pub fn briefing(b: &Briefing, format: Format) -> String {
    let md = format == Format::Markdown;
    let mut out = String::new();
    let heading = |out: &mut String, level: usize, text: &str| {
        if md {
            let _ = writeln!(out, "{} {text}\n", "#".repeat(level));
        } else {
            let underline = if level == 1 { '=' } else { '-' };
            let width = unicode_width::UnicodeWidthStr::width(text);
            let _ = writeln!(out, "{text}\n{}\n", underline.to_string().repeat(width));
        }
    };
    let cite = if b.meta.sources.is_empty() {
        String::new()
    } else {
        format!(" [{}]", cite_range(b))
    };

    heading(&mut out, 1, b.meta.title.as_str());
    let mut facts = Vec::new();
    if let Some(date) = b.meta.date {
        facts.push(date.to_string());
    }
    if !b.meta.tags.is_empty() {
        let tags: Vec<&str> = b.meta.tags.iter().map(|t| t.as_str()).collect();
        facts.push(format!("Tags: {}", tags.join(", ")));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}\n", facts.join(" · "));
    }
    let _ = writeln!(out, "{}\n", b.meta.summary);

    if !b.timeline.is_empty() {
        heading(&mut out, 2, "Timeline");
        for e in &b.timeline {
            let date = e.date.map(|d| format!(" ({d})")).unwrap_or_default();
            let status = e
                .status
                .map(|s| format!(" [{}]", s.name()))
                .unwrap_or_default();
            let when = if md {
                format!("**{}**", e.when)
            } else {
                e.when.to_string()
            };
            let _ = writeln!(out, "- {when}{date}: {}{status}", e.title);
            if let Some(detail) = &e.detail {
                let _ = writeln!(out, "  {}", indent(detail.as_str(), "  "));
            }
        }
        out.push('\n');
    }

    if !b.actors.is_empty() {
        heading(&mut out, 2, "Actors");
        for a in &b.actors {
            let name = if md {
                format!("**{}**", a.name)
            } else {
                a.name.to_string()
            };
            let _ = writeln!(out, "- {name}{} ({})", actor_details(a), a.kind.name());
            if let Some(notes) = &a.notes {
                let _ = writeln!(out, "  {}", indent(notes.as_str(), "  "));
            }
        }
        out.push('\n');
    }

    if !b.quotes.is_empty() {
        heading(&mut out, 2, "Quotes");
        for q in &b.quotes {
            let _ = writeln!(out, "{}\n", quote_block(b, q, md, &cite));
        }
    }

    if !b.implications.is_empty() {
        heading(&mut out, 2, "Implications");
        for i in &b.implications {
            let severity = i
                .severity
                .map(|s| format!(" ({} severity)", s.name()))
                .unwrap_or_default();
            heading(&mut out, 3, &format!("{}: {}{severity}", i.region, i.title));
            if let Some(detail) = &i.detail {
                let _ = writeln!(out, "{detail}\n");
            }
            if !i.actors.is_empty() {
                let names: Vec<&str> = i
                    .actors
                    .iter()
                    .map(|&a| b.actors[a].name.as_str())
                    .collect();
                let _ = writeln!(out, "Actors: {}\n", names.join(", "));
            }
            for &q in &i.quotes {
                let _ = writeln!(out, "{}\n", quote_block(b, &b.quotes[q], md, &cite));
            }
        }
    }

    if !b.meta.sources.is_empty() {
        heading(&mut out, 2, "Sources");
        for (n, source) in b.meta.sources.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", n + 1, source_line(source));
        }
    }
    out.trim_end().to_owned() + "\n"
}

/// An actor's role, affiliation and country, each after `, `.
fn actor_details(a: &Actor) -> String {
    [&a.role, &a.affiliation, &a.country]
        .into_iter()
        .flatten()
        .map(|part| format!(", {part}"))
        .collect()
}

/// Who said a quote and where: `Name, role (context)`.
fn attribution(b: &Briefing, q: &Quote) -> String {
    let speaker = &b.actors[q.speaker];
    let role = speaker
        .role
        .as_ref()
        .map(|r| format!(", {r}"))
        .unwrap_or_default();
    let context = q
        .context
        .as_ref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    format!("{}{role}{context}", speaker.name)
}

/// `[1]` for one source, `[1-3]` for several: quotes are not tied to one source in format 1.
fn cite_range(b: &Briefing) -> String {
    match b.meta.sources.len() {
        1 => "1".to_owned(),
        n => format!("1-{n}"),
    }
}

fn quote_block(b: &Briefing, q: &Quote, md: bool, cite: &str) -> String {
    let attribution = format!("— {}{cite}", attribution(b, q));
    if md {
        format!("> “{}”\n>\n> {attribution}", indent(q.text.as_str(), "> "))
    } else {
        format!("  “{}”\n  {attribution}", indent(q.text.as_str(), "  "))
    }
}

fn source_line(source: &Source) -> String {
    let mut line = source.title.to_string();
    for part in [
        source.publisher.as_ref().map(ToString::to_string),
        source.published.map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    {
        line.push_str(&format!(", {part}"));
    }
    if let Some(url) = &source.url {
        line.push_str(&format!(" <{url}>"));
    }
    line
}

/// Continues a multi-line text with `prefix` on each following line.
fn indent(text: &str, prefix: &str) -> String {
    text.replace('\n', &format!("\n{prefix}"))
}
