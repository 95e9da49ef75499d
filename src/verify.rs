//! Checking quotes against their source text: is each quote verbatim in the source, and is its
//! speaker named near it?
//!
//! Matching ignores only typography: straight and curly quotation marks and apostrophes, runs
//! of whitespace (line breaks too), and an ellipsis in a quote standing for words left out of
//! one paragraph. Case, punctuation and words must match. A control or invisible character
//! in the source compares as the stand-in a briefing shows for it (`<U+00AD>`), since quote
//! texts are made safe when a briefing loads; a whole escape sequence does not (it becomes
//! one stand-in in the quote), so a quote holding one is reported. The source is normalised once, with
//! a map back to its bytes, and indexed by word: each quote is looked up by its rarest word,
//! so a briefing of thousands of quotes checks in a moment, and only a failing quote pays for
//! the search for the closest passage.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crate::briefing::Briefing;
use crate::briefing::model::{Actor, ActorKind, QuoteIx};
use crate::draft::article::Doc;
use crate::draft::segment::paragraphs;
use crate::text::{SafeText, is_unsafe_char};

/// Most bytes of source text an ellipsis in a quote may stand for.
const MAX_ELLIPSIS_GAP: usize = 240;
/// Sentences before and after a quote in which its speaker should be named.
const SPEAKER_WINDOW: usize = 2;
/// Most occurrences of anchor words that vote for where the closest passage is.
const MAX_ANCHOR_TRIES: usize = 400;
/// The rarest words of a quote used as anchors.
const MAX_ANCHOR_WORDS: usize = 8;
/// Tokens per bucket when anchors vote for a place: nearby votes add up.
const VOTE_BUCKET: usize = 8;
/// Places aligned word by word per misquote (those with the most votes).
const MAX_WINDOWS: usize = 3;
/// Word pairs compared in alignments for one whole check: past this (a few seconds of work),
/// the remaining misquotes are reported without a closest passage, so no briefing can make
/// `brief check` run for hours.
pub const ALIGN_BUDGET: usize = 400_000_000;
/// Most words of a quote aligned when looking for the closest passage.
const MAX_ALIGN_WORDS: usize = 300;
/// A passage is "closest" only when at most this share of the quote's words differ.
const MAX_DIFFERENT_SHARE: f64 = 0.6;
/// Most characters of a quote or passage shown in a report line.
const SHOWN_CHARS: usize = 200;

/// Where one quote stands in the source, or why it does not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The quote is in the source.
    Verbatim {
        /// Byte range of the quoted words in the source (from the first to the last word
        /// when an ellipsis leaves words out).
        at: Range<usize>,
        /// Byte range of the paragraph holding them (of every paragraph they touch, when a
        /// quote runs over a paragraph break): it always contains `at`.
        paragraph: Range<usize>,
        /// True when the speaker (name, alias, surname, or a pronoun right after the name) is
        /// named within two sentences of the quote.
        speaker_named: bool,
    },
    /// The quote is not in the source.
    Misquote {
        /// The passage most like it.
        closest: Closest,
    },
}

/// The passage of the source most like a misquote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Closest {
    /// Byte range of the passage.
    Passage(Range<usize>),
    /// No passage is close enough to show.
    NoneClose,
    /// Not searched: the reader does not look, or the check's budget of work was spent.
    GaveUp,
}

/// `text` with typography normalised as [`verify`] compares it: straight quotation marks and
/// apostrophes, `…` for `...`, single spaces, no spaces at either end.
pub fn typographic(text: &str) -> String {
    Normalized::new(text).text.trim().to_owned()
}

/// Finds each quote of `briefing` in `source`: one finding per quote, in order, with the
/// closest passage of each misquote (for `brief check`).
pub fn verify(briefing: &Briefing, source: &str) -> Vec<Finding> {
    verify_within(briefing, source, ALIGN_BUDGET)
}

/// Like [`verify`] without the search for closest passages, which costs far more than
/// finding the quotes: for the reader, which only marks misquotes.
pub fn locate(briefing: &Briefing, source: &str) -> Vec<Finding> {
    verify_within(briefing, source, 0)
}

/// [`verify`] with `budget` word pairs of alignment work for closest passages (0: none).
pub fn verify_within(briefing: &Briefing, source: &str, mut budget: usize) -> Vec<Finding> {
    let index = Index::new(source);
    let mut findings = find_all(briefing, &index);
    search_closest(briefing, &index, &mut findings, &mut budget, |_| true);
    findings
}

/// Searches the closest passage in `source` of the misquotes of `findings` (of `briefing`'s
/// quotes in `source`, from [`locate`]) that `closest_of` chooses, as [`verify_within`]
/// does, without finding the quotes again; the text is indexed again only when one is chosen.
pub fn find_closest(
    briefing: &Briefing,
    source: &str,
    findings: &mut [Finding],
    budget: &mut usize,
    closest_of: impl Fn(QuoteIx) -> bool,
) {
    let chosen = |(ix, finding): (usize, &Finding)| {
        matches!(finding, Finding::Misquote { .. }) && closest_of(ix)
    };
    if *budget > 0 && findings.iter().enumerate().any(chosen) {
        let index = Index::new(source);
        search_closest(briefing, &index, findings, budget, closest_of);
    }
}

/// Where each quote of `briefing` stands in the text of `index`; misquotes without a closest
/// passage ([`Closest::GaveUp`]).
fn find_all(briefing: &Briefing, index: &Index<'_>) -> Vec<Finding> {
    let mut cache: HashMap<&str, Option<Range<usize>>> = HashMap::new();
    briefing
        .quotes
        .iter()
        .map(|quote| {
            let text = quote.text.as_str();
            let found = cache
                .entry(text)
                .or_insert_with(|| index.find(text))
                .clone();
            match found {
                Some(at) => Finding::Verbatim {
                    paragraph: index.paragraphs_around(&at),
                    speaker_named: index.names_speaker(&briefing.actors[quote.speaker], &at),
                    at,
                },
                None => Finding::Misquote {
                    closest: Closest::GaveUp,
                },
            }
        })
        .collect()
}

/// Searches the closest passage of each misquote of `findings` that `closest_of` chooses.
fn search_closest(
    briefing: &Briefing,
    index: &Index<'_>,
    findings: &mut [Finding],
    budget: &mut usize,
    closest_of: impl Fn(QuoteIx) -> bool,
) {
    for (ix, finding) in findings.iter_mut().enumerate() {
        if let Finding::Misquote { closest } = finding
            && closest_of(ix)
        {
            *closest = index.closest(briefing.quotes[ix].text.as_str(), budget);
        }
    }
}

/// Report lines for `brief check --source`: an error for each quote not in the source, with
/// the closest passage and the words that differ, and a warning for each quote whose speaker
/// is not named near it. Returns the text and the number of errors. Safe to print.
pub fn report(briefing: &Briefing, source: &str, findings: &[Finding]) -> (String, usize) {
    let (mut out, errors) = report_of(briefing, source, findings, &|_| true, None);
    if errors > 0 {
        out.push_str(DIFF_LEGEND);
    }
    (out, errors)
}

/// The line under reports with diffs that says how to read them.
pub const DIFF_LEGEND: &str =
    "  (diff: [-source words the quote leaves out-] {+words the quote adds+})\n";

/// [`report`] for the quotes `chosen` names, the text's source called `name` (`source
/// 'nato-1023'`; None: "the source", the briefing's one), without the legend of diffs.
pub fn report_of(
    briefing: &Briefing,
    source: &str,
    findings: &[Finding],
    chosen: &dyn Fn(QuoteIx) -> bool,
    name: Option<&str>,
) -> (String, usize) {
    let of = name.map(|name| format!(" of {name}")).unwrap_or_default();
    let name = name.unwrap_or("the source");
    let lines = crate::diag::LineStarts::new(source);
    let line = |at: usize| lines.position(source, at).line;
    let mut out = String::new();
    let mut errors = 0;
    let quotes = briefing.quotes.iter().zip(findings).enumerate();
    for (quote, finding) in quotes.filter(|(ix, _)| chosen(*ix)).map(|(_, pair)| pair) {
        let speaker = &briefing.actors[quote.speaker];
        match finding {
            Finding::Verbatim {
                speaker_named: false,
                at,
                ..
            } => {
                let _ = writeln!(
                    out,
                    "warning: quote '{}' (line {}{of}): its speaker '{}' is not named within {SPEAKER_WINDOW} sentences of it",
                    quote.id,
                    line(at.start),
                    speaker.name
                );
            }
            Finding::Verbatim { .. } => {}
            Finding::Misquote { closest } => {
                errors += 1;
                let shown = SafeText::excerpt(quote.text.as_str(), SHOWN_CHARS);
                match closest {
                    Closest::NoneClose => {
                        let _ = writeln!(
                            out,
                            "error: quote '{}' is not in {name}, and no passage is close to it\n  quote:   “{shown}”",
                            quote.id
                        );
                    }
                    Closest::GaveUp => {
                        let _ = writeln!(
                            out,
                            "error: quote '{}' is not in {name} (the search for the closest passage gave up: this check spent its budget on earlier misquotes)\n  quote:   “{shown}”",
                            quote.id
                        );
                    }
                    Closest::Passage(range) => {
                        let passage = &source[range.clone()];
                        let _ = writeln!(
                            out,
                            "error: quote '{}' is not verbatim in {name}\n  quote:   “{shown}”\n  source:  line {}: “{}”\n  diff:    {}",
                            quote.id,
                            line(range.start),
                            SafeText::excerpt(passage, SHOWN_CHARS),
                            SafeText::excerpt(
                                &word_diff(passage, quote.text.as_str()),
                                SHOWN_CHARS * 2
                            )
                        );
                    }
                }
            }
        }
    }
    (out, errors)
}

/// The key of a pair of adjacent words in [`Index`]'s pair index.
fn pair_key(first: &str, second: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    first.hash(&mut hasher);
    second.hash(&mut hasher);
    hasher.finish()
}

/// A normalised copy of a text and, for each of its bytes, the byte of the original it came from.
struct Normalized {
    /// The normalised text.
    text: String,
    /// `map[i]` is the original offset of normalised byte `i`; one extra entry for the end.
    map: Vec<usize>,
}

impl Normalized {
    /// Normalises `raw`.
    fn new(raw: &str) -> Normalized {
        let mut text = String::with_capacity(raw.len());
        let mut map = Vec::with_capacity(raw.len() + 1);
        let mut chars = raw.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let push = |text: &mut String, map: &mut Vec<usize>, c: char| {
                text.push(c);
                map.resize(text.len(), at);
            };
            if c.is_whitespace() {
                while chars.next_if(|(_, n)| n.is_whitespace()).is_some() {}
                push(&mut text, &mut map, ' ');
            } else if c == '.' && raw[at..].starts_with("...") {
                chars.next();
                chars.next();
                push(&mut text, &mut map, '…');
            } else if is_unsafe_char(c) {
                // Quote texts were made safe at load time (a soft hyphen became `<U+00AD>`):
                // give the source the same stand-in, so such a quote still matches.
                for stand_in in SafeText::excerpt(c.encode_utf8(&mut [0; 4]), 1)
                    .as_str()
                    .chars()
                {
                    push(&mut text, &mut map, stand_in);
                }
            } else {
                let c = match c {
                    '’' | '‘' => '\'',
                    '“' | '”' => '"',
                    c => c,
                };
                push(&mut text, &mut map, c);
            }
        }
        map.push(raw.len());
        Normalized { text, map }
    }
}

/// A source text normalised and indexed by word.
struct Index<'s> {
    /// The source as given.
    raw: &'s str,
    /// The source normalised.
    norm: Normalized,
    /// Word tokens of the normalised text, as byte ranges.
    words: Vec<Range<usize>>,
    /// Each word to the indices of its tokens.
    by_word: HashMap<Box<str>, Vec<usize>>,
    /// Each pair of adjacent words (by a hash of both) to the indices of the first's tokens:
    /// a pair is far rarer than its rarer word, so a quote's candidates are few even when
    /// the source uses a small vocabulary over and over.
    by_pair: HashMap<u64, Vec<usize>>,
    /// Paragraphs of the original text.
    paragraphs: Vec<Range<usize>>,
    /// Sentences of the original text in order (quotations never split one).
    sentences: Vec<Range<usize>>,
}

impl<'s> Index<'s> {
    /// Normalises and indexes `raw`.
    fn new(raw: &'s str) -> Index<'s> {
        let norm = Normalized::new(raw);
        let words = word_ranges(&norm.text);
        let mut by_word: HashMap<Box<str>, Vec<usize>> = HashMap::new();
        for (i, range) in words.iter().enumerate() {
            let word = &norm.text[range.clone()];
            match by_word.get_mut(word) {
                Some(list) => list.push(i),
                None => {
                    by_word.insert(word.into(), vec![i]);
                }
            }
        }
        let mut by_pair: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, pair) in words.windows(2).enumerate() {
            let key = pair_key(&norm.text[pair[0].clone()], &norm.text[pair[1].clone()]);
            by_pair.entry(key).or_default().push(i);
        }
        let doc = Doc::parse(raw);
        let sentences = (0..doc.paras.len())
            .flat_map(|p| (0..doc.paras[p].sentences.len()).map(move |s| (p, s)))
            .map(|(p, s)| doc.sentence_range(p, s))
            .collect();
        Index {
            raw,
            norm,
            words,
            by_word,
            by_pair,
            paragraphs: paragraphs(raw),
            sentences,
        }
    }

    /// Occurrences of the word `word`, as token indices.
    fn occurrences(&self, word: &str) -> &[usize] {
        self.by_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// The byte range in the original of the normalised range `range`.
    fn original(&self, range: Range<usize>) -> Range<usize> {
        self.norm.map[range.start]..self.norm.map[range.end]
    }

    /// The paragraph holding byte `at` of the original.
    fn paragraph_of(&self, at: usize) -> Range<usize> {
        // Paragraphs are in order and do not overlap: the first that ends after `at`.
        let i = self.paragraphs.partition_point(|p| p.end <= at);
        self.paragraphs
            .get(i)
            .filter(|p| p.contains(&at))
            .cloned()
            .unwrap_or(at..at)
    }

    /// The paragraphs holding the range `at`: from the start of the first to the end of the
    /// last, so the result always contains `at`.
    fn paragraphs_around(&self, at: &Range<usize>) -> Range<usize> {
        let first = self.paragraph_of(at.start);
        let last = self.paragraph_of(at.end.saturating_sub(1).max(at.start));
        first.start.min(at.start)..last.end.max(at.end)
    }

    /// Where `quote` stands in the original, when it is there.
    fn find(&self, quote: &str) -> Option<Range<usize>> {
        let norm = Normalized::new(quote).text;
        let segments: Vec<&str> = norm
            .split('…')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let first = *segments.first()?;
        self.segment(first).find_map(|start| {
            let mut end = start + first.len();
            for segment in &segments[1..] {
                let paragraph = self.paragraph_of(self.norm.map[end]);
                let next = self.segment(segment).find(|&s| {
                    s >= end && s - end <= MAX_ELLIPSIS_GAP && paragraph.contains(&self.norm.map[s])
                })?;
                end = next + segment.len();
            }
            Some(self.original(start..end))
        })
    }

    /// Normalised offsets where `segment` occurs as whole words, found through its rarest word,
    /// lazily: a caller that needs the first one checks only as many as it takes.
    fn segment<'a>(&'a self, segment: &'a str) -> Box<dyn Iterator<Item = usize> + 'a> {
        let words = word_ranges(segment);
        let (offset, candidates): (usize, &[usize]) = match words.as_slice() {
            [] => return Box::new(self.scan(segment).into_iter()),
            [word] => (word.start, self.occurrences(&segment[word.clone()])),
            _ => words
                .windows(2)
                .map(|pair| {
                    let key = pair_key(&segment[pair[0].clone()], &segment[pair[1].clone()]);
                    (
                        pair[0].start,
                        self.by_pair.get(&key).map_or(&[][..], Vec::as_slice),
                    )
                })
                .min_by_key(|(_, list)| list.len())
                .unwrap_or((0, &[])),
        };
        let text = &self.norm.text;
        Box::new(
            candidates
                .iter()
                .filter_map(move |&t| self.words[t].start.checked_sub(offset))
                .filter(move |&start| {
                    text.get(start..start + segment.len()) == Some(segment)
                        && is_word_edge(text, start, start + segment.len())
                }),
        )
    }

    /// Offsets of a segment with no word in it (`?!`), by a plain scan.
    fn scan(&self, segment: &str) -> Vec<usize> {
        self.norm
            .text
            .match_indices(segment)
            .map(|(at, _)| at)
            .take(MAX_ANCHOR_TRIES)
            .collect()
    }

    /// True when the speaker is named within [`SPEAKER_WINDOW`] sentences of `at`.
    fn names_speaker(&self, speaker: &Actor, at: &Range<usize>) -> bool {
        let first = self.sentences.partition_point(|s| s.end <= at.start);
        if first == self.sentences.len() {
            return false;
        }
        let last = self.sentences[first..]
            .iter()
            .position(|s| s.start >= at.end)
            .map_or(self.sentences.len() - 1, |n| (first + n).saturating_sub(1))
            .max(first);
        let from = first.saturating_sub(SPEAKER_WINDOW);
        let to = (last + SPEAKER_WINDOW).min(self.sentences.len() - 1);
        let names = speaker_names(speaker);
        let outside_quote = |s: usize| {
            let range = self.sentences[s].clone();
            let before = &self.raw[range.start..at.start.clamp(range.start, range.end)];
            let after = &self.raw[at.end.clamp(range.start, range.end)..range.end];
            typographic(&format!("{before} {after}"))
        };
        let names_in = |text: &str| names.iter().any(|n| has_word(text, n));
        (from..=to).any(|s| {
            let text = outside_quote(s);
            names_in(&text)
                || (["he", "she", "they", "He", "She", "They"]
                    .iter()
                    .any(|p| has_word(&text, p))
                    && s > 0
                    && names_in(&outside_quote(s - 1)))
        })
    }

    /// The passage of the source most like `quote`, found around its rarest words: each
    /// occurrence of one of them votes for where the quote would start, and only the
    /// [`MAX_WINDOWS`] places with the most votes are aligned word by word. The alignment
    /// work is drawn from `budget` (in word pairs compared); when it runs out the search gives
    /// up and says so.
    fn closest(&self, quote: &str, budget: &mut usize) -> Closest {
        if *budget == 0 {
            return Closest::GaveUp;
        }
        let norm = Normalized::new(quote).text.replace('…', " ");
        let quote_words: Vec<&str> = word_ranges(&norm)
            .into_iter()
            .take(MAX_ALIGN_WORDS)
            .map(|r| &norm[r])
            .collect();
        let mut anchors: Vec<(usize, usize)> = quote_words
            .iter()
            .enumerate()
            .map(|(k, w)| (self.occurrences(w).len(), k))
            .filter(|&(n, _)| n > 0)
            .collect();
        anchors.sort_unstable();
        // Votes for the token where the quote would start, in buckets of VOTE_BUCKET tokens.
        let mut votes: HashMap<usize, usize> = HashMap::new();
        for (k, t) in anchors
            .iter()
            .take(MAX_ANCHOR_WORDS)
            .flat_map(|&(_, k)| {
                self.occurrences(quote_words[k])
                    .iter()
                    .map(move |&t| (k, t))
            })
            .take(MAX_ANCHOR_TRIES)
        {
            *votes.entry(t.saturating_sub(k) / VOTE_BUCKET).or_default() += 1;
        }
        let mut places: Vec<(usize, usize)> = votes.into_iter().map(|(b, n)| (n, b)).collect();
        places.sort_unstable_by(|a, b| b.cmp(a));
        let slack = quote_words.len() / 2 + VOTE_BUCKET + 3;
        let mut best: Option<(usize, Range<usize>)> = None;
        for &(_, bucket) in places.iter().take(MAX_WINDOWS) {
            let start = bucket * VOTE_BUCKET;
            let from = start.saturating_sub(slack);
            let to = (start + quote_words.len() + slack).min(self.words.len());
            let cells = quote_words.len() * (to - from);
            if cells > *budget {
                return Closest::GaveUp;
            }
            *budget -= cells;
            let window: Vec<&str> = self.words[from..to]
                .iter()
                .map(|r| &self.norm.text[r.clone()])
                .collect();
            let (cost, span) = align(&quote_words, &window);
            if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                best = Some((cost, from + span.start..from + span.end));
            }
        }
        let Some((cost, span)) = best else {
            return Closest::NoneClose;
        };
        if span.is_empty() || cost as f64 > quote_words.len() as f64 * MAX_DIFFERENT_SHARE {
            return Closest::NoneClose;
        }
        let start = self.words[span.start].start;
        let mut end = self.words[span.end - 1].end;
        // Take in the closing punctuation when the quote ends with some (`Japan.`).
        if norm.trim_end().ends_with(|c: char| !c.is_alphanumeric()) {
            end = self.norm.text[end..]
                .char_indices()
                .take_while(|(_, c)| !c.is_whitespace() && !c.is_alphanumeric())
                .last()
                .map_or(end, |(i, c)| end + i + c.len_utf8());
        }
        Closest::Passage(self.original(start..end))
    }
}

/// Every name the speaker goes by: name, aliases, and a person's surname.
fn speaker_names(actor: &Actor) -> Vec<String> {
    let mut names: Vec<String> = std::iter::once(&actor.name)
        .chain(&actor.aliases)
        .map(|n| typographic(n.as_str()))
        .collect();
    if actor.kind == ActorKind::Person
        && let Some(last) = actor.name.as_str().split_whitespace().last()
    {
        names.push(typographic(last));
    }
    names.retain(|n| !n.is_empty());
    names
}

/// Byte ranges of the words (runs of letters and digits) of `text`.
fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// True when `text[start..end]` neither starts nor ends inside a word.
fn is_word_edge(text: &str, start: usize, end: usize) -> bool {
    let inner_first = text[start..end].chars().next();
    let inner_last = text[start..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let joins = |a: Option<char>, b: Option<char>| {
        a.is_some_and(char::is_alphanumeric) && b.is_some_and(char::is_alphanumeric)
    };
    !joins(before, inner_first) && !joins(inner_last, after)
}

/// True when `word` occurs in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| is_word_edge(text, at, at + word.len()))
}

/// The cheapest alignment of all of `quote` against part of `source`, word by word: the
/// number of words changed, left out or added, and the span of `source` it covers.
fn align(quote: &[&str], source: &[&str]) -> (usize, Range<usize>) {
    // cost[j] and start[j]: best alignment of the quote so far ending at source word j.
    let mut cost: Vec<usize> = vec![0; source.len() + 1];
    let mut start: Vec<usize> = (0..=source.len()).collect();
    for (i, q) in quote.iter().enumerate() {
        let mut next_cost = vec![i + 1; source.len() + 1];
        let mut next_start = vec![0; source.len() + 1];
        for j in 1..=source.len() {
            let substitute = cost[j - 1] + usize::from(*q != source[j - 1]);
            let skip_quote = cost[j] + 1;
            let skip_source = next_cost[j - 1] + 1;
            (next_cost[j], next_start[j]) = if substitute <= skip_quote && substitute <= skip_source
            {
                (substitute, start[j - 1])
            } else if skip_quote <= skip_source {
                (skip_quote, start[j])
            } else {
                (skip_source, next_start[j - 1])
            };
        }
        cost = next_cost;
        start = next_start;
    }
    let (end, &best) = cost
        .iter()
        .enumerate()
        .min_by_key(|&(j, c)| (*c, std::cmp::Reverse(j)))
        .unwrap_or((0, &0));
    (best, start[end]..end)
}

/// The words of `source` and `quote` with the differences marked: `[-left out-]`, `{+added+}`.
fn word_diff(source: &str, quote: &str) -> String {
    let a_norm = typographic(source);
    let b_norm = typographic(quote);
    let a: Vec<&str> = a_norm.split(' ').collect();
    let b: Vec<&str> = b_norm.split(' ').collect();
    // Longest common subsequence table, from the ends.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut parts: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            parts.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j == b.len() || (i < a.len() && lcs[i + 1][j] >= lcs[i][j + 1]) {
            parts.push(('-', a[i]));
            i += 1;
        } else {
            parts.push(('+', b[j]));
            j += 1;
        }
    }
    let mut out = String::new();
    let mut k = 0;
    while k < parts.len() {
        let kind = parts[k].0;
        let run_end = (k..parts.len())
            .find(|&n| parts[n].0 != kind)
            .unwrap_or(parts.len());
        let words: Vec<&str> = parts[k..run_end].iter().map(|(_, w)| *w).collect();
        if !out.is_empty() {
            out.push(' ');
        }
        match kind {
            '-' => {
                let _ = write!(out, "[-{}-]", words.join(" "));
            }
            '+' => {
                let _ = write!(out, "{{+{}+}}", words.join(" "));
            }
            _ => out.push_str(&words.join(" ")),
        }
        k = run_end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_is_normalised_with_a_map_back() {
        let raw = "“Japan’s  view”\n... end";
        let norm = Normalized::new(raw);
        assert_eq!(norm.text, "\"Japan's view\" … end");
        let at = norm.text.find("view").unwrap();
        assert_eq!(&raw[norm.map[at]..norm.map[at + 4]], "view");
        assert_eq!(norm.map.len(), norm.text.len() + 1);
    }

    #[test]
    fn alignment_finds_the_passage_and_counts_changes() {
        let source = ["x", "the", "quick", "brown", "fox", "y"];
        assert_eq!(align(&["the", "quick", "fox"], &source), (1, 1..5));
        assert_eq!(align(&["quick", "red", "fox"], &source), (1, 2..5));
    }

    #[test]
    fn word_diffs_mark_removed_and_added_words() {
        assert_eq!(
            word_diff("the quick brown fox", "the slow brown fox jumps"),
            "the [-quick-] {+slow+} brown fox {+jumps+}"
        );
    }
}
