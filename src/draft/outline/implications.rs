//! Implication skeletons: one per region the article discusses, linked to the actors named
//! near the region and the quotes around it, with placeholder text for the author.

use std::collections::BTreeSet;
use std::ops::Range;

use super::ids::Ids;
use super::model::{Actor, Implication, NameIndex, Quote};
use crate::draft::article::Doc;
use crate::draft::lexicon::{self, places::REGIONS};
use crate::draft::words::word_matches;

/// Most implication skeletons drafted.
const MAX_IMPLICATIONS: usize = 8;

/// A region and every sentence that mentions it.
struct Found {
    /// The region's name.
    region: &'static str,
    /// (paragraph, sentence) of each mention.
    sentences: Vec<(usize, usize)>,
}

/// One skeleton per region mentioned, in order of first mention.
pub fn skeleton(doc: &Doc, actors: &[Actor], quotes: &[Quote]) -> Vec<Implication> {
    let mut found: Vec<Found> = Vec::new();
    for (p, para) in doc.paras.iter().enumerate().filter(|(_, p)| !p.furniture) {
        for s in 0..para.sentences.len() {
            let text = &doc.text[doc.sentence_range(p, s)];
            for region in regions_in(text) {
                match found.iter_mut().find(|f| f.region == region) {
                    Some(f) => f.sentences.push((p, s)),
                    None => found.push(Found {
                        region,
                        sentences: vec![(p, s)],
                    }),
                }
            }
        }
    }
    let names = NameIndex::new(actors);
    let mut ids = Ids::default();
    found
        .into_iter()
        .take(MAX_IMPLICATIONS)
        .map(|f| {
            let mut linked_actors = BTreeSet::new();
            let mut linked_quotes: Vec<usize> = Vec::new();
            for &(p, s) in &f.sentences {
                let near = near(doc, p, s);
                linked_actors.extend(names.named_in(&doc.text[near.clone()]));
                // Quotes are in article order: those overlapping the sentence are a run.
                let sentence = doc.sentence_range(p, s);
                let first = quotes.partition_point(|q| q.text.end <= sentence.start);
                for (q, quote) in quotes.iter().enumerate().skip(first) {
                    if quote.text.start >= sentence.end {
                        break;
                    }
                    // Sentences come in order, so a repeat can only be the last one.
                    if linked_quotes.last() != Some(&q) {
                        linked_quotes.push(q);
                    }
                }
            }
            Implication {
                id: ids.unique(f.region, "region"),
                region: f.region.to_owned(),
                title: match f.region {
                    "Global" => "TODO: what this means globally".to_owned(),
                    region => format!("TODO: what this means for {region}"),
                },
                actors: linked_actors.into_iter().collect(),
                quotes: linked_quotes,
                review: format!(
                    "skeleton: write the implication for {} (mentioned in {} sentence{}), its severity and detail",
                    f.region,
                    f.sentences.len(),
                    if f.sentences.len() == 1 { "" } else { "s" }
                ),
            }
        })
        .collect()
}

/// The byte range of sentence `s` of paragraph `p` with its neighbours in the paragraph.
fn near(doc: &Doc, p: usize, s: usize) -> Range<usize> {
    let last = doc.paras[p].sentences.len().saturating_sub(1);
    doc.sentence_range(p, s.saturating_sub(1)).start..doc.sentence_range(p, (s + 1).min(last)).end
}

/// The regions `text` mentions; a specific region hides a general one at the same place
/// (`Eastern Europe` is not also `Europe`).
fn regions_in(text: &str) -> Vec<&'static str> {
    let mut hits: Vec<(Range<usize>, &'static str)> = Vec::new();
    for (region, words) in REGIONS {
        for word in *words {
            for at in word_matches(text, word) {
                let range = at..at + word.len();
                // `European Union`, `African Development Bank`: an institution, not a place.
                let next = text[range.end..].split_whitespace().next().unwrap_or("");
                if lexicon::kind_by_words(std::iter::once(next)).is_some() {
                    continue;
                }
                if !hits
                    .iter()
                    .any(|(r, _)| r.start < range.end && range.start < r.end)
                {
                    hits.push((range, region));
                }
            }
        }
    }
    let mut regions: Vec<&'static str> = Vec::new();
    hits.sort_by_key(|(r, _)| r.start);
    for (_, region) in hits {
        if !regions.contains(&region) {
            regions.push(region);
        }
    }
    regions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_regions_hide_general_ones() {
        assert_eq!(
            regions_in("stability in East Asia and across Eastern Europe"),
            ["East Asia", "Eastern Europe"]
        );
        assert_eq!(regions_in("the Middle East talks"), ["Middle East"]);
        assert_eq!(regions_in("global security"), ["Global"]);
        assert!(regions_in("Southeastern").is_empty());
        assert!(regions_in("the European Union and the African Development Bank").is_empty());
    }

    #[test]
    fn one_skeleton_per_region_with_placeholder_text() {
        let doc = Doc::parse("Japan worries about East Asia.\nEast Asia is tense.\n");
        let implications = skeleton(&doc, &[], &[]);
        assert_eq!(implications.len(), 1);
        assert_eq!(implications[0].title, "TODO: what this means for East Asia");
    }
}
