//! Stage 4, candidates: for each quotation, every mention near it that may be its speaker,
//! with the raw facts the choice weighs: where the mention stands (sentences and
//! paragraphs back, before or after, how many tokens away), the verb it is the subject of,
//! and which of the classic attribution patterns it fits (`“...,” said X`, `X said “...”`,
//! `according to X`, a colon, the previous sentence). Also the earlier quotations whose
//! speaker this one may continue. Pure: it registers nothing. Reads the [`Doc`] layer and
//! the [`Reading`]; writes [`Quotation`]s.

use std::ops::Range;

use crate::draft::article::{Cue, Doc, Form, Kind, Mention, Para, Role, Tok};
use crate::draft::lexicon;
use crate::draft::mentions::Reading;
use crate::draft::terms;
use crate::draft::words::{is_punct, signs_quotation, word_at};

/// Tokens after a quotation searched for its attribution (`, said X, a ...`).
const ATTRIBUTION_WINDOW: usize = 40;
/// Tokens either side of a quotation within which a mention of its paragraph is a
/// candidate (besides the subjects of verbs of saying of the sentences around it).
const NEAR_TOKENS: usize = 60;
/// Most candidates of one quotation, the nearest kept: a paragraph of thousands of names
/// costs each quotation no more than a short one.
pub const MAX_CANDIDATES: usize = 24;
/// Most mentions of the paragraph before that are candidates (its last ones).
const PREVIOUS_PARAGRAPH_MENTIONS: usize = 8;

/// An attribution pattern a candidate fits, in the order the classic rules tried them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clue {
    /// The subject of the verb of saying right after the quotation: `“...,” said X`.
    After,
    /// A quotation continued from the previous paragraph: its speaker.
    Continued,
    /// The subject of the first finite verb of saying of the main clause before the quotation
    /// in its sentence: `X said it was “closely following”`.
    Before,
    /// The subject of the first participle of saying before it: `..., saying “...”`.
    BeforeParticiple,
    /// A verb of saying ending the sentence after a comma: `“...” of the law, Haddad said.`
    Trailing,
    /// `according to X` in the sentence.
    AccordingTo,
    /// The owner of a noun of saying before it: `Mr. Trump’s announcement that “...”`.
    Owner,
    /// The subject of a sentence whose quotation follows a colon.
    Colon,
    /// The speaker of the quotation before it in the paragraph (`“A,” he said, “B.”`).
    Split,
    /// The subject of a verb of saying in the sentence before.
    PreviousSentence,
    /// For a paragraph that is all quotation: the speaker of the paragraph before.
    PreviousParagraph,
    /// For an item of a list of points introduced by `X said:`, its speaker.
    List,
    /// A name right after a dash that follows the quotation: `“...” — Bernie Sanders`.
    Dash,
    /// The label of a transcript's turn: `HAYASHI: We will ...`.
    Turn,
}

impl Clue {
    /// Every clue, in the order of the classic rules.
    pub const ALL: [Clue; 14] = [
        Clue::Turn,
        Clue::After,
        Clue::Continued,
        Clue::Before,
        Clue::BeforeParticiple,
        Clue::Trailing,
        Clue::AccordingTo,
        Clue::Owner,
        Clue::Colon,
        Clue::Split,
        Clue::PreviousSentence,
        Clue::PreviousParagraph,
        Clue::List,
        Clue::Dash,
    ];

    /// Its name in features and review notes.
    pub fn name(self) -> &'static str {
        match self {
            Clue::After => "after",
            Clue::Continued => "continued",
            Clue::Before => "before",
            Clue::BeforeParticiple => "before-participle",
            Clue::Trailing => "trailing",
            Clue::AccordingTo => "according-to",
            Clue::Owner => "owner",
            Clue::Colon => "colon",
            Clue::Split => "split",
            Clue::PreviousSentence => "previous-sentence",
            Clue::PreviousParagraph => "previous-paragraph",
            Clue::List => "list",
            Clue::Dash => "dash",
            Clue::Turn => "turn",
        }
    }
}

/// A set of clues.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clues(u16);

impl Clues {
    /// Adds `clue`.
    pub fn add(&mut self, clue: Clue) {
        self.0 |= 1 << clue as u16;
    }

    /// True when `clue` is in the set.
    pub fn has(self, clue: Clue) -> bool {
        self.0 & (1 << clue as u16) != 0
    }

    /// The clues in the set, in the order of the classic rules.
    pub fn iter(self) -> impl Iterator<Item = Clue> {
        Clue::ALL.into_iter().filter(move |c| self.has(*c))
    }

    /// The first clue in the set, in the order of the classic rules.
    pub fn first(self) -> Option<Clue> {
        self.iter().next()
    }
}

/// A possible speaker of a quotation: a mention, with the patterns it fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index into the reading's mentions.
    pub mention: usize,
    /// The attribution patterns it fits.
    pub clues: Clues,
    /// The verb of saying it is the subject of, nearest the quotation: an index into the
    /// reading's cues.
    pub cue: Option<usize>,
}

/// What a quotation is and how it stands in its paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuoteFacts {
    /// How many words it has.
    pub words: usize,
    /// Its paragraph is this quotation and nothing more.
    pub whole_paragraph: bool,
    /// It opens its paragraph.
    pub opens_paragraph: bool,
    /// It continues a quotation left open by the paragraph before.
    pub continues: bool,
    /// A mark closes it in its paragraph.
    pub closed: bool,
    /// It ends with `.`, `?`, `!` or `…`.
    pub ends_sentence: bool,
    /// It ends open (`“A,” he said`, a question, a dash) or a comma follows it.
    pub ends_open: bool,
    /// A colon comes right before it.
    pub after_colon: bool,
    /// A dash comes right before or right after it.
    pub dash: bool,
    /// Its sentence has a verb of saying.
    pub speech_in_sentence: bool,
    /// Its paragraph has a verb of saying.
    pub speech_in_paragraph: bool,
}

/// One quotation of the article with its candidate speakers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// Paragraph index.
    pub para: usize,
    /// Index into the paragraph's quotations.
    pub quote: usize,
    /// Token index of the quotation in the paragraph.
    pub tok: usize,
    /// Sentence index in the paragraph.
    pub sentence: usize,
    /// True when it is a term or a title, not speech (`so-called “risk premium”`).
    pub term: bool,
    /// What it is.
    pub facts: QuoteFacts,
    /// Mentions that may be its speaker, nearest first.
    pub candidates: Vec<Candidate>,
    /// Earlier quotations whose speaker it may take: (index into the quotations, how).
    pub links: Vec<(usize, Clue)>,
}

/// The quotations of `doc` with their candidates, in reading order.
pub fn quotations(doc: &Doc, reading: &Reading) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    let mut list_mention: Option<usize> = None;
    for (p, para) in doc.paras.iter().enumerate() {
        let near = Near::new(reading, p);
        for (tok, t) in para.toks.iter().enumerate() {
            let Kind::Quote(q) = t.kind else {
                continue;
            };
            let s = para.sentences.partition_point(|s| s.end <= tok);
            let mut quotation = Quotation {
                para: p,
                quote: q,
                tok,
                sentence: s,
                term: terms::is_term(doc, para, q, tok),
                facts: facts(doc, reading, p, q, tok, s),
                candidates: Vec::new(),
                links: Vec::new(),
            };
            if !quotation.term {
                let turn = doc.paras[p].quotes[q].turn;
                match signature(doc, &near, &quotation) {
                    Some(signed) => quotation.candidates = vec![signed],
                    None if turn => quotation.candidates = speaker_of_turn(&near, tok),
                    None => {
                        quotation.candidates =
                            candidates(doc, reading, &near, &quotation, list_mention);
                        quotation.links = links(&out, &quotation);
                    }
                }
            }
            out.push(quotation);
        }
        let text = doc.text[para.range.clone()].trim_end();
        if text.ends_with(':') {
            list_mention = reading
                .cues_of(p)
                .iter()
                .rev()
                .filter(|c| c.speech)
                .find_map(|c| c.subject);
        } else if text.ends_with(['.', '?', '!', '”', '"', '’']) {
            list_mention = None;
        }
    }
    out
}

/// What quotation `q` (token `tok`, sentence `s`) of paragraph `p` is.
fn facts(doc: &Doc, reading: &Reading, p: usize, q: usize, tok: usize, s: usize) -> QuoteFacts {
    let para = &doc.paras[p];
    let span = &para.quotes[q].span;
    let inner = &doc.text[span.inner.clone()];
    let sentence = para.sentences.get(s).cloned().unwrap_or(0..0);
    let cues = reading.cues_of(p);
    let dash = |i: usize| {
        para.toks
            .get(i)
            .is_some_and(|t| matches!(doc.word(t), "—" | "–" | "-"))
    };
    QuoteFacts {
        words: inner.split_whitespace().count(),
        whole_paragraph: span.outer.start == para.range.start
            && doc.text[span.outer.end..para.range.end].trim().len() <= 1,
        opens_paragraph: tok == 0,
        continues: para.quotes[q].continues,
        closed: span.closed,
        ends_sentence: inner.ends_with(['.', '?', '!', '…']),
        ends_open: ends_open(doc, para, q, tok),
        after_colon: is_punct(doc, &para.toks, tok.wrapping_sub(1), ":"),
        dash: dash(tok.wrapping_sub(1)) || dash(tok + 1),
        speech_in_sentence: cues.iter().any(|c| c.speech && sentence.contains(&c.tok)),
        speech_in_paragraph: cues.iter().any(|c| c.speech),
    }
}

/// True when quotation `q` ends open: a comma cut from it (`“A,” he said`), a question, an
/// exclamation, a dash or an ellipsis, or a comma right after it.
fn ends_open(doc: &Doc, para: &Para, q: usize, tok: usize) -> bool {
    let span = &para.quotes[q].span;
    let inner = &doc.text[span.inner.clone()];
    doc.text[span.inner.end..span.outer.end].contains(',')
        || inner.ends_with(['?', '!', '—', '–', '…', '-'])
        || is_punct(doc, &para.toks, tok + 1, ",")
}

/// The mentions near the quotations of one paragraph, by token.
struct Near<'r> {
    /// The reading.
    reading: &'r Reading,
    /// (first token, mention index) of the paragraph's mentions, by token.
    here: Vec<(usize, usize)>,
    /// Mention indexes of the paragraph before, its last ones.
    before: Vec<usize>,
    /// The first mention of the paragraph before, and for each mention from it on, the
    /// cue (index into the reading's cues) whose subject it is, if any.
    cue_of: (usize, Vec<Option<usize>>),
}

impl<'r> Near<'r> {
    fn new(reading: &'r Reading, p: usize) -> Near<'r> {
        let (from, mentions) = reading.mentions_in(p..p + 1);
        let mut here: Vec<(usize, usize)> = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.toks.start, from + i))
            .collect();
        here.sort_unstable();
        let first = p.saturating_sub(1);
        let (start, all) = reading.mentions_in(first..p + 1);
        let before = if first < p {
            let (from, mentions) = reading.mentions_in(first..p);
            let skip = mentions.len().saturating_sub(PREVIOUS_PARAGRAPH_MENTIONS);
            (from + skip..from + mentions.len()).collect()
        } else {
            Vec::new()
        };
        let mut cue_of = vec![None; all.len()];
        let cue_base = reading.cues.partition_point(|c| c.para < first);
        for (i, cue) in reading.cues[cue_base..]
            .iter()
            .enumerate()
            .take_while(|(_, c)| c.para <= p)
        {
            if let Some(m) = cue.subject.and_then(|m| m.checked_sub(start))
                && let Some(slot) = cue_of.get_mut(m)
                && slot.is_none()
            {
                *slot = Some(cue_base + i);
            }
        }
        Near {
            reading,
            here,
            before,
            cue_of: (start, cue_of),
        }
    }

    /// The cue whose subject mention `m` is.
    fn cue(&self, m: usize) -> Option<usize> {
        let (start, cue_of) = &self.cue_of;
        cue_of.get(m.checked_sub(*start)?).copied().flatten()
    }

    /// Mention indexes of the paragraph whose first token lies in `toks`.
    fn in_tokens(&self, toks: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = self.here.partition_point(|&(t, _)| t < toks.start);
        let to = self.here.partition_point(|&(t, _)| t < toks.end);
        self.here[from..to.max(from)].iter().map(|&(_, m)| m)
    }

    fn mention(&self, m: usize) -> &Mention {
        &self.reading.mentions[m]
    }
}

/// The candidates of one quotation, nearest first, with the clues each fits.
fn candidates(
    doc: &Doc,
    reading: &Reading,
    near: &Near,
    quotation: &Quotation,
    list_mention: Option<usize>,
) -> Vec<Candidate> {
    let (p, q, tok, s) = (
        quotation.para,
        quotation.quote,
        quotation.tok,
        quotation.sentence,
    );
    let para = &doc.paras[p];
    let sentence = para.sentences.get(s).cloned().unwrap_or(0..0);
    let cues = reading.cues_of(p);
    let cue_base = reading.cues.partition_point(|c| c.para < p);
    let mut found: Vec<Candidate> = Vec::new();
    // A place inside a country (`New Hampshire`) is never a speaker.
    let speaks = |mention: usize| {
        let entity = reading.registry.canonical(reading.mentions[mention].entity);
        !lexicon::places::is_subnational_place(&reading.registry.entities[entity].name)
    };
    let mut add = |mention: usize, clue: Option<Clue>, cue: Option<usize>| match found
        .iter_mut()
        .find(|c| c.mention == mention)
    {
        _ if !speaks(mention) => {}
        Some(c) => {
            if let Some(clue) = clue {
                c.clues.add(clue);
            }
            c.cue = c.cue.or(cue);
        }
        None => {
            let mut clues = Clues::default();
            if let Some(clue) = clue {
                clues.add(clue);
            }
            found.push(Candidate {
                mention,
                clues,
                cue,
            });
        }
    };
    let subject = |i: usize| cues[i].subject.map(|m| (m, cue_base + i));
    // The classic patterns.
    if let Some(i) = after(doc, para, cues, q, tok)
        && let Some((m, c)) = subject(i)
    {
        add(m, Some(Clue::After), Some(c));
    }
    let (base, in_sentence) = cues_in(cues, sentence.clone());
    for (clue, i) in before(in_sentence, tok) {
        if let Some((m, c)) = subject(base + i) {
            add(m, Some(clue), Some(c));
        }
    }
    if let Some(i) = trailing(doc, para, in_sentence, sentence.clone())
        && let Some((m, c)) = subject(base + i)
    {
        add(m, Some(Clue::Trailing), Some(c));
    }
    if let Some(prev) = s.checked_sub(1).and_then(|s| para.sentences.get(s)) {
        let (base, in_previous) = cues_in(cues, prev.clone());
        let first = in_previous
            .iter()
            .position(|c| c.speech && !c.relative && c.subject.is_some());
        if let Some(i) = first
            && let Some((m, c)) = subject(base + i)
        {
            add(m, Some(Clue::PreviousSentence), Some(c));
        }
    }
    if quotation.facts.whole_paragraph
        && (quotation.facts.ends_sentence || !quotation.facts.closed)
        && q == 0
        && let Some(b) = p.checked_sub(1)
    {
        let base = reading.cues.partition_point(|c| c.para < b);
        let said = reading
            .cues_of(b)
            .iter()
            .enumerate()
            .rev()
            .find(|(_, c)| c.speech && !c.relative && c.subject.is_some());
        if let Some((i, c)) = said {
            add(
                c.subject.unwrap_or_default(),
                Some(Clue::PreviousParagraph),
                Some(base + i),
            );
        }
    }
    let (first_mention, mentions) = reading.mentions_in(p..p + 1);
    let from = mentions.partition_point(|m| m.sentence < s);
    for (i, mention) in mentions[from..].iter().enumerate() {
        let m = first_mention + from + i;
        if mention.sentence != s {
            break;
        }
        let clue = match mention.role {
            Role::AccordingTo => Clue::AccordingTo,
            Role::Owner if mention.toks.end <= tok => Clue::Owner,
            Role::Colon if mention.toks.end < tok => Clue::Colon,
            _ => continue,
        };
        add(m, Some(clue), None);
    }
    let text = doc.text[para.range.clone()].trim_end();
    let list_item = !text.ends_with(['.', '?', '!', '”', '"', '’', ':']);
    if list_item && let Some(m) = list_mention {
        add(m, Some(Clue::List), None);
    }
    // Every other mention near the quotation: the subjects of verbs of saying of the
    // sentences around it, then the mentions within reach, nearest first.
    let reach = sentence.start.min(tok.saturating_sub(NEAR_TOKENS))
        ..sentence.end.max(tok + NEAR_TOKENS).min(para.toks.len());
    let mut nearby: Vec<usize> = near.in_tokens(reach).collect();
    nearby.sort_by_key(|&m| (distance(near.mention(m), quotation), m));
    for m in nearby {
        add(m, None, near.cue(m));
    }
    for &m in near.before.iter().rev() {
        add(m, None, near.cue(m));
    }
    found.truncate(MAX_CANDIDATES);
    found
}

/// The only candidate of a quotation signed after a dash (`“...” — Bernie Sanders`,
/// `“...” - Sanders, in a statement`): the name that signs it. A signature names the
/// speaker as plainly as the marks show the words, so no other mention is a candidate. It
/// is the attribution after the quotation with the verb left out, so it fits that pattern
/// too and shares what was learned of it (PolNeAR's news signs no quotation so).
fn signature(doc: &Doc, near: &Near, quotation: &Quotation) -> Option<Candidate> {
    let toks = &doc.paras[quotation.para].toks;
    let at = (quotation.tok + 2..quotation.tok + 4).find(|&i| signs_quotation(doc, toks, i))?;
    let mention = near
        .in_tokens(at..at + 1)
        .find(|&m| matches!(near.mention(m).form, Form::Name | Form::Surname))?;
    let mut clues = Clues::default();
    clues.add(Clue::After);
    clues.add(Clue::Dash);
    Some(Candidate {
        mention,
        clues,
        cue: near.cue(mention),
    })
}

/// The only candidate of a transcript's turn: the mention of its label, before the colon
/// (none when the label names nobody the reading knows). The label names the speaker as
/// plainly as a signature; it is the subject before a colon, so it fits that pattern too.
fn speaker_of_turn(near: &Near, tok: usize) -> Vec<Candidate> {
    let label = near
        .in_tokens(0..tok)
        .filter(|&m| near.mention(m).role == Role::Colon)
        .last();
    let mut clues = Clues::default();
    clues.add(Clue::Turn);
    clues.add(Clue::Colon);
    label
        .map(|mention| Candidate {
            mention,
            clues,
            cue: None,
        })
        .into_iter()
        .collect()
}

/// The mentions joined to mention `m` by `and` as speakers of one statement: `Berg` of
/// `Calloway and Berg said in a joint statement`, `B` and `C` of `A, B and C wrote`. Names
/// only, each the subject of no verb of its own (`said Calloway, and Berg agreed` is two).
pub fn joined(doc: &Doc, reading: &Reading, m: usize) -> Vec<usize> {
    let first = &reading.mentions[m];
    if first.owner || !matches!(first.form, Form::Name | Form::Surname) {
        return Vec::new();
    }
    let toks = &doc.paras[first.para].toks;
    let (from, mentions) = reading.mentions_in(first.para..first.para + 1);
    let mut out = Vec::new();
    let mut and = false;
    // The first name alone: a subject's mention may hold them all (`Calloway and Berg`).
    let mut end = mentions
        .iter()
        .filter(|x| x.toks.start == first.toks.start)
        .filter(|x| matches!(x.form, Form::Name | Form::Surname))
        .map(|x| x.toks.end)
        .min()
        .unwrap_or(first.toks.end);
    loop {
        let mut i = end;
        while is_punct(doc, toks, i, ",") || word_at(doc, toks, i) == "and" {
            and |= word_at(doc, toks, i) == "and";
            i += 1;
        }
        let at: Vec<&Mention> = mentions.iter().filter(|x| x.toks.start == i).collect();
        let own_verb = at.iter().any(|x| matches!(x.role, Role::Subject(_)));
        let name = at
            .iter()
            .position(|x| matches!(x.form, Form::Name | Form::Surname) && !x.owner);
        let Some(k) = name.filter(|_| i > end && !own_verb) else {
            break;
        };
        let ix = mentions
            .iter()
            .position(|x| std::ptr::eq(x, at[k]))
            .unwrap_or(0);
        out.push(from + ix);
        end = at[k].toks.end;
    }
    if and { out } else { Vec::new() }
}

/// How far mention `m` stands from the quotation, in tokens of the paragraph.
pub fn distance(m: &Mention, quotation: &Quotation) -> usize {
    if m.para != quotation.para {
        return usize::MAX / 2;
    }
    if m.toks.start > quotation.tok {
        m.toks.start - quotation.tok
    } else {
        quotation.tok.saturating_sub(m.toks.end)
    }
}

/// The earlier quotations whose speaker `quotation` may take: the one it continues, the one
/// before it in its paragraph, and, for a paragraph that is all quotation, the last one of
/// the paragraph before.
fn links(earlier: &[Quotation], quotation: &Quotation) -> Vec<(usize, Clue)> {
    let mut out = Vec::new();
    let Some(last) = earlier.len().checked_sub(1) else {
        return out;
    };
    let previous = &earlier[last];
    let p = quotation.para;
    if previous.para + 1 >= p && quotation.facts.continues {
        out.push((last, Clue::Continued));
    }
    if previous.para == p {
        out.push((last, Clue::Split));
    }
    let whole = quotation.quote == 0
        && quotation.facts.whole_paragraph
        && (quotation.facts.ends_sentence || !quotation.facts.closed);
    if whole && p > 0 {
        for (i, e) in earlier.iter().enumerate().rev() {
            if e.para + 1 != p {
                break;
            }
            out.push((i, Clue::PreviousParagraph));
        }
    }
    out
}

/// The cue (index into `cues`) of the verb of saying right after quotation `q`: `“...,”
/// said X` or `“...,” X said`, when the quotation ends open.
fn after(doc: &Doc, para: &Para, cues: &[Cue], q: usize, tok: usize) -> Option<usize> {
    let span = &para.quotes[q].span;
    if !span.closed || !ends_open(doc, para, q, tok) {
        return None;
    }
    let comma_after = is_punct(doc, &para.toks, tok + 1, ",");
    // `“patently false,” and both analysts and sources told ...`: a new clause, not an
    // attribution of the quotation.
    let next_word = word_at(doc, &para.toks, tok + 1 + usize::from(comma_after));
    if matches!(
        next_word,
        "and" | "but" | "while" | "as" | "because" | "although" | "so"
    ) {
        return None;
    }
    let window_end = (tok + 1..para.toks.len())
        .take(ATTRIBUTION_WINDOW)
        .find(|&i| ends_window(doc, &para.toks[i]))
        .unwrap_or((tok + 1 + ATTRIBUTION_WINDOW).min(para.toks.len()));
    let from = cues.partition_point(|c| c.tok <= tok);
    cues[from..]
        .iter()
        .take_while(|c| c.tok < window_end)
        .position(|c| c.speech)
        .map(|i| from + i)
}

/// True for a token that ends the window of an attribution after a quotation.
fn ends_window(doc: &Doc, t: &Tok) -> bool {
    match t.kind {
        Kind::Quote(_) => true,
        Kind::Punct => matches!(doc.word(t), "." | "?" | "!" | ";" | ":"),
        _ => false,
    }
}

/// The cues of a paragraph (`cues`, in order) whose verb lies in the token range `toks`, with
/// the index of the first.
fn cues_in(cues: &[Cue], toks: Range<usize>) -> (usize, &[Cue]) {
    let from = cues.partition_point(|c| c.tok < toks.start);
    let to = cues.partition_point(|c| c.tok < toks.end);
    (from, &cues[from..to.max(from)])
}

/// The cues (indexes into `cues`, those of the quotation's sentence) of the attribution
/// earlier in the sentence: the first verb of saying of the main clause with a subject
/// ([`Clue::Before`]), and the first participle of saying with one
/// ([`Clue::BeforeParticiple`]).
fn before(cues: &[Cue], tok: usize) -> Vec<(Clue, usize)> {
    let main = |participle: bool| {
        cues.iter().position(|c| {
            c.tok < tok
                && c.speech
                && !c.intro
                && !c.relative
                && c.participle == participle
                && c.subject.is_some()
        })
    };
    let mut out = Vec::new();
    if let Some(i) = main(false) {
        out.push((Clue::Before, i));
    }
    if let Some(i) = main(true) {
        out.push((Clue::BeforeParticiple, i));
    }
    out
}

/// The cue (an index into `cues`, those of the quotation's sentence) of a verb of saying at
/// the end of the sentence, after a comma, that introduces nothing of its own: `“We will read every line” of the new law, Haddad said.`
fn trailing(doc: &Doc, para: &Para, cues: &[Cue], sentence: Range<usize>) -> Option<usize> {
    let toks = &para.toks;
    // The verb introduces nothing of its own: no `that`, colon or quotation after it. So it
    // stands after the sentence's last of them, which is the quotation or after it.
    let last_opening = sentence.clone().rev().find(|&i| {
        matches!(toks[i].kind, Kind::Quote(_))
            || is_punct(doc, toks, i, ":")
            || word_at(doc, toks, i) == "that"
    });
    let from = last_opening.map_or(sentence.start, |i| i + 1);
    cues.iter().position(|c| {
        c.tok >= from
            && c.speech
            && !c.relative
            && !c.participle
            && c.subject_tok.is_some_and(|subject| {
                let clause_start = subject.min(c.tok);
                clause_start > 0
                    && (is_punct(doc, toks, clause_start - 1, ",")
                        || matches!(toks[clause_start - 1].kind, Kind::Quote(_)))
            })
    })
}

/// True when the word before the tokens `toks` of paragraph `para` makes the mention an
/// object, the one spoken to or about (`told Reuters`, `with Pike`, `to the senator`).
pub fn is_object(doc: &Doc, para: &Para, toks: &Range<usize>) -> bool {
    let before = word_at(doc, &para.toks, toks.start.wrapping_sub(1));
    lexicon::is_lower(before)
        && (matches!(
            before,
            "to" | "with"
                | "by"
                | "for"
                | "at"
                | "from"
                | "about"
                | "against"
                | "on"
                | "into"
                | "than"
                | "like"
                | "of"
                | "over"
                | "told"
                | "asked"
                | "tells"
                | "asks"
                | "called"
                | "accused"
                | "urged"
                | "praised"
                | "criticized"
                | "criticised"
                | "blamed"
                | "thanked"
                | "attacked"
                | "interviewed"
        ))
}
