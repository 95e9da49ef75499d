//! Reading brat standoff annotation (`NAME.ann`) into byte ranges of the article.
//!
//! A `T` line is a labelled span, `T7<TAB>Source 120 126<TAB>Trump`, possibly discontinuous
//! (`120 126;130 140`); its offsets count Unicode code points (Python string indices), so
//! they are converted to byte offsets of the UTF-8 text here, once. An `E` line ties the parts
//! of one attribution: `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1` (also
//! `Attribution-no-source`, and `Content2` for a second content). Other lines (annotator
//! notes, the rest of a span text that held a line break) are skipped.

use std::collections::HashMap;
use std::ops::Range;

/// One labelled span: its label (`Source`, `Cue`, `Content`...) and its fragments as byte
/// ranges of the article, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The label after the id (`Source`).
    pub label: String,
    /// Byte ranges of the article, one per `START END` pair.
    pub fragments: Vec<Range<usize>>,
}

impl Span {
    /// From the first fragment's start to the last one's end.
    pub fn hull(&self) -> Range<usize> {
        let start = self.fragments.iter().map(|f| f.start).min().unwrap_or(0);
        let end = self.fragments.iter().map(|f| f.end).max().unwrap_or(0);
        start..end
    }

    /// The fragments' text joined by a space, as brat writes it.
    pub fn text<'a>(&self, article: &'a str) -> String {
        let parts: Vec<&'a str> = self.fragments.iter().map(|f| &article[f.clone()]).collect();
        parts.join(" ")
    }
}

/// One attribution: its parts, each possibly missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Who is said to speak, as the annotator marked the mention.
    pub source: Option<Span>,
    /// The words that attribute (`said`, `according to`).
    pub cue: Option<Span>,
    /// What is attributed: every fragment of `Content` and `Content2`.
    pub content: Vec<Range<usize>>,
}

/// An article's attributions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotation {
    /// In file order.
    pub attributions: Vec<Attribution>,
}

/// Reads `ann`, the annotation of `article`. An offset past the article's end or a span that
/// ends before it starts is an error naming the line; lines of other kinds are skipped.
pub fn parse(ann: &str, article: &str) -> Result<Annotation, String> {
    let bytes = byte_offsets(article);
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or_default();
        let body = fields.next().unwrap_or_default();
        if id.starts_with('T') {
            if let Some(span) = span(body, &bytes).map_err(|e| format!("line {}: {e}", n + 1))? {
                spans.insert(id, span);
            }
        } else if id.starts_with('E') {
            events.push((n, body));
        }
    }
    let attributions = events
        .into_iter()
        .filter(|(_, body)| body.starts_with("Attribution"))
        .map(|(_, body)| {
            let mut attribution = Attribution::default();
            for part in body.split_whitespace() {
                let Some((role, id)) = part.split_once(':') else {
                    continue;
                };
                let Some(span) = spans.get(id) else { continue };
                match role {
                    "Source" => attribution.source = Some(span.clone()),
                    "Cue" => attribution.cue = Some(span.clone()),
                    "Content" | "Content2" => {
                        attribution.content.extend(span.fragments.iter().cloned())
                    }
                    _ => {}
                }
            }
            attribution
        })
        .collect();
    Ok(Annotation { attributions })
}

/// The byte offset of every code point of `text`, and of its end.
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// A `T` line's `LABEL START END[;START END...]`: `None` when it is not that shape.
fn span(body: &str, bytes: &[usize]) -> Result<Option<Span>, String> {
    let Some((label, offsets)) = body.split_once(' ') else {
        return Ok(None);
    };
    let mut fragments = Vec::new();
    for pair in offsets.split(';') {
        let numbers: Vec<usize> = match pair
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<Vec<usize>, _>>()
        {
            Ok(numbers) if numbers.len() == 2 => numbers,
            _ => return Ok(None),
        };
        let (start, end) = (numbers[0], numbers[1]);
        if start > end {
            return Err(format!("span {start}-{end} ends before it starts"));
        }
        match (bytes.get(start), bytes.get(end)) {
            (Some(&s), Some(&e)) => fragments.push(s..e),
            _ => {
                return Err(format!(
                    "span {start}-{end} is past the article's end ({} characters)",
                    bytes.len() - 1
                ));
            }
        }
    }
    Ok(Some(Span {
        label: label.to_owned(),
        fragments,
    }))
}
