//! Reading an article in order: every name, every verb of saying with its subject, and for
//! each quotation the speaker, with how sure the guess is.

use std::ops::Range;

use crate::draft::article::{Doc, Kind, Para};
use crate::draft::lexicon;
use crate::draft::mentions::entities::{EntityIx, Found, Registry};
use crate::draft::mentions::scan as mentions;
use crate::draft::syntax::clause::{self, Verb};
use crate::draft::syntax::phrase::{self, Phrase, Words};
use crate::draft::terms;
use crate::draft::words::{is_punct, word_at};

/// Tokens after a quotation searched for its attribution (`, said X, a ...`).
const ATTRIBUTION_WINDOW: usize = 40;

/// How a speaker was found: the clue, which says how much review it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum How {
    /// Named in the attribution.
    Named,
    /// By a surname, resolved to the full name introduced before.
    Surname,
    /// By a pronoun, resolved to the latest fitting actor.
    Pronoun,
    /// By a description (`the ministry`, `a company spokesperson`).
    Described,
    /// The quotation before it in the paragraph (a quotation split around its attribution).
    SplitQuote,
    /// A quotation continued from the previous paragraph.
    Continued,
    /// The subject of the sentence, with no verb of saying.
    SentenceSubject,
    /// The subject of the previous sentence.
    PreviousSentence,
    /// The speaker of the paragraph before, for a paragraph that is all quotation.
    PreviousParagraph,
    /// A verb of saying at the end of the sentence (`“...” of the law, Haddad said`).
    Trailing,
    /// `according to X`.
    AccordingTo,
}

impl How {
    /// True when the guess needs an editor's check.
    pub fn needs_review(&self) -> bool {
        matches!(
            self,
            How::Pronoun
                | How::Described
                | How::SentenceSubject
                | How::PreviousSentence
                | How::PreviousParagraph
        )
    }
}

/// Who said a quotation and how that was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The speaking entity.
    pub entity: EntityIx,
    /// The clue.
    pub how: How,
    /// The phrase the clue came from, as written (`he`, `the ministry`, `Hayashi`).
    pub phrase: String,
}

/// One quotation of the article and what reading found about it.
#[derive(Clone, Debug)]
pub struct Attributed {
    /// Paragraph index.
    pub para: usize,
    /// Quotation index in the paragraph.
    pub quote: usize,
    /// Token index of the quotation in the paragraph.
    pub tok: usize,
    /// The speaker, when one was found.
    pub speaker: Option<Speaker>,
    /// True when the quotation is a term or a title (`so-called “risk premium”`).
    pub term: bool,
}

/// What reading an article found.
#[derive(Debug, Default)]
pub struct Reading {
    /// Entities in order of first mention.
    pub registry: Registry,
    /// Every quotation, in order.
    pub quotes: Vec<Attributed>,
}

/// A verb with its resolved subject.
struct Said {
    /// The verb.
    verb: Verb,
    /// Its subject, resolved, when it has one.
    speaker: Option<Speaker>,
    /// The verb is in a relative clause about its subject: not a main attribution.
    relative: bool,
    /// The first token of the subject's head phrase.
    subject_tok: Option<usize>,
}

/// Reads `doc` in order.
pub fn read(doc: &Doc) -> Reading {
    let mut reading = Reading::default();
    let runs = mentions::Runs::collect(doc);
    let mut previous_said: Vec<Said> = Vec::new();
    // The speaker of a paragraph ending `... also said:`, for the list of points after it.
    let mut list_speaker: Option<Speaker> = None;
    for (p, para) in doc.paras.iter().enumerate() {
        let previous = &doc.paras[p.saturating_sub(1)];
        reading
            .registry
            .begin_paragraph(previous.range.start, para.range.start);
        let mut said = Vec::new();
        let mut previous_sentence = previous.range.start;
        for sentence in &para.sentences {
            reading.registry.begin_sentence(previous_sentence);
            previous_sentence = para
                .toks
                .get(sentence.start)
                .map_or(previous_sentence, |t| t.range.start);
            let people = mentions::scan(doc, para, sentence.clone(), &runs, &mut reading.registry);
            mentions::mark_sources(doc, para, sentence.clone(), &mut reading.registry);
            let first = said.len();
            for verb in clause::verbs(doc, para, sentence.clone()) {
                said.push(resolve_verb(
                    doc,
                    para,
                    sentence.start,
                    verb,
                    &mut reading.registry,
                ));
            }
            let subjects: Vec<(usize, EntityIx)> = said[first..]
                .iter()
                .filter_map(|s| Some((s.subject_tok?, s.speaker.as_ref()?.entity)))
                .collect();
            mentions::genders(
                doc,
                para,
                sentence.clone(),
                &people,
                &subjects,
                &mut reading.registry,
            );
        }
        let quote_toks = para
            .toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t.kind {
                Kind::Quote(q) => Some((q, i)),
                _ => None,
            });
        let before = Context {
            previous_said: &previous_said,
            list_speaker: list_speaker.as_ref(),
        };
        for (q, tok) in quote_toks {
            let attributed = attribute(doc, (p, q, tok), &said, &before, &mut reading);
            reading.quotes.push(attributed);
        }
        let text = doc.text[para.range.clone()].trim_end();
        if text.ends_with(':') {
            list_speaker = said
                .iter()
                .rev()
                .filter(|s| s.verb.speech)
                .find_map(|s| s.speaker.clone());
        } else if text.ends_with(['.', '?', '!', '”', '"', '’']) {
            list_speaker = None;
        }
        previous_said = said;
    }
    reading
}

/// Resolves the subject of one verb.
fn resolve_verb(
    doc: &Doc,
    para: &Para,
    sentence_start: usize,
    verb: Verb,
    registry: &mut Registry,
) -> Said {
    let subject = if verb.participle {
        clause::participle_subject(doc, &para.toks, sentence_start, verb.tok)
    } else {
        clause::subject_of(doc, &para.toks, sentence_start, verb.tok)
    };
    let relative = subject.as_ref().is_some_and(|s| s.relative);
    let subject_tok = subject.as_ref().map(|s| s.head.start);
    if verb.acting
        && let Some(s) = &subject
    {
        // `Western allies, particularly the United States and NATO, have confirmed`
        for range in std::iter::once(&s.head).chain(&s.appositions) {
            mentions::mark_acting(doc, &para.toks[range.clone()], registry);
        }
    }
    let speaker = subject.and_then(|s| {
        let head = Words::new(doc, &para.toks[s.head.clone()]);
        let appositions: Vec<_> = s
            .appositions
            .iter()
            .map(|r| phrase::apposition(Words::new(doc, &para.toks[r.clone()])))
            .collect();
        resolve(head, &appositions, registry)
    });
    if let Some(speaker) = &speaker {
        registry.subject(speaker.entity, para.toks[verb.tok].range.start);
    }
    Said {
        verb,
        speaker,
        relative,
        subject_tok,
    }
}

/// The entity a subject phrase names.
fn resolve(
    head: Words,
    appositions: &[phrase::Apposition],
    registry: &mut Registry,
) -> Option<Speaker> {
    let text = head.text();
    let at = head.start();
    match phrase::parse(head)? {
        Phrase::Pronoun(p) => {
            let entity = registry.pronoun(p, at)?;
            registry.mention(entity, at);
            if let lexicon::Pronoun::Person(gender) = p {
                registry.gender(entity, gender);
            }
            Some(Speaker {
                entity,
                how: How::Pronoun,
                phrase: text,
            })
        }
        Phrase::Name(named) => {
            let (entity, found) = registry.named(&named, appositions);
            let how = match found {
                Found::Surname => How::Surname,
                _ => How::Named,
            };
            Some(Speaker {
                entity,
                how,
                phrase: text,
            })
        }
        // `The report, released Tuesday by Human Rights Watch, said`: its publisher speaks.
        Phrase::Description(desc)
            if lexicon::is_container_noun(&desc.head)
                && let Some(by) = appositions.iter().find_map(|a| a.by.as_ref()) =>
        {
            Some(Speaker {
                entity: registry.named(by, &[]).0,
                how: How::Named,
                phrase: text,
            })
        }
        Phrase::Description(desc) => {
            let entity = registry.described(&desc);
            Some(Speaker {
                entity,
                how: How::Described,
                phrase: text,
            })
        }
    }
}

/// The verbs of `said` (sorted by token) whose token is in `range`.
fn said_in(said: &[Said], range: Range<usize>) -> &[Said] {
    let from = said.partition_point(|s| s.verb.tok < range.start);
    let to = said.partition_point(|s| s.verb.tok < range.end);
    &said[from..to.max(from)]
}

/// What the paragraphs before a quotation's paragraph left for it.
struct Context<'s> {
    /// The verbs of the paragraph before.
    previous_said: &'s [Said],
    /// The speaker who introduced a list of points (`In the interview, Obama also said:`)
    /// that this paragraph may be one of.
    list_speaker: Option<&'s Speaker>,
}

/// Finds the speaker of quotation `q` (token `tok`) of paragraph `p`; `said` are the verbs of
/// the paragraph.
fn attribute(
    doc: &Doc,
    (p, q, tok): (usize, usize, usize),
    said: &[Said],
    before_para: &Context,
    reading: &mut Reading,
) -> Attributed {
    let para = &doc.paras[p];
    let s = para.sentences.partition_point(|s| s.end <= tok);
    let sentence = para.sentences.get(s).cloned().unwrap_or(0..0);
    let mut out = Attributed {
        para: p,
        quote: q,
        tok,
        speaker: None,
        term: false,
    };
    if terms::is_term(doc, para, q, tok) {
        out.term = true;
        return out;
    }
    let previous = reading.quotes.last().filter(|a| a.para + 1 >= p);
    let continued = para.quotes[q]
        .continues
        .then(|| previous.and_then(|a| a.speaker.clone()));
    let with = |how: How| {
        move |s: Speaker| Speaker {
            how: how.clone(),
            ..s
        }
    };
    out.speaker = after(doc, para, q, tok, said)
        .or_else(|| continued.flatten().map(with(How::Continued)))
        .or_else(|| before(said, sentence.clone(), tok))
        .or_else(|| trailing(doc, para, sentence.clone(), said).map(with(How::Trailing)))
        .or_else(|| according_to(doc, para, sentence.clone(), &mut reading.registry))
        .or_else(|| noun_of_saying(doc, para, sentence.clone(), tok, &mut reading.registry))
        .or_else(|| sentence_subject(doc, para, sentence.clone(), tok, &mut reading.registry))
        .or_else(|| {
            previous
                .filter(|a| a.para == p)
                .and_then(|a| a.speaker.clone())
                .map(with(How::SplitQuote))
        })
        .or_else(|| previous_sentence(para, said, s))
        .or_else(|| {
            previous_paragraph(doc, para, q, &reading.quotes, p, before_para.previous_said)
                .map(with(How::PreviousParagraph))
        })
        .or_else(|| {
            let text = doc.text[para.range.clone()].trim_end();
            let list_item = !text.ends_with(['.', '?', '!', '”', '"', '’', ':']);
            before_para
                .list_speaker
                .filter(|_| list_item)
                .cloned()
                .map(with(How::PreviousParagraph))
        });
    out
}

/// The owner of a noun of saying before the quotation in its sentence: `Mr. Trump’s Oct. 11
/// announcement that ... a “historic” agreement`.
fn noun_of_saying(
    doc: &Doc,
    para: &Para,
    sentence: Range<usize>,
    tok: usize,
    registry: &mut Registry,
) -> Option<Speaker> {
    let toks = &para.toks;
    let noun = (sentence.start..tok)
        .rev()
        .find(|&i| lexicon::is_saying_noun(word_at(doc, toks, i)))?;
    // Between the owner and the noun: a date or an adjective (`Oct. 11`, `recent`).
    let mut j = noun;
    while j > sentence.start && noun - j < 3 && {
        let w = word_at(doc, toks, j - 1);
        !w.is_empty()
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::is_lower(w)
                || lexicon::month(w).is_some())
    } {
        j -= 1;
    }
    if j == sentence.start || toks[j - 1].kind != Kind::Possessive {
        return None;
    }
    let owner_end = j - 1;
    let owner_start = (sentence.start..owner_end)
        .rev()
        .find(|&i| toks[i].kind != Kind::Word)
        .map_or(sentence.start, |i| i + 1);
    let speaker = resolve(
        Words::new(doc, &toks[owner_start..owner_end]),
        &[],
        registry,
    )?;
    Some(Speaker {
        how: How::Named,
        ..speaker
    })
}

/// The attribution at the end of the quotation's sentence, after a comma, when nothing
/// else attributes the quotation: `“We will read every line” of the new law, Haddad said.`
fn trailing(doc: &Doc, para: &Para, sentence: Range<usize>, said: &[Said]) -> Option<Speaker> {
    let toks = &para.toks;
    // The verb introduces nothing of its own: no `that`, colon or quotation after it. So it
    // stands after the sentence's last of them, which is the quotation or after it.
    let last_opening = sentence.clone().rev().find(|&i| {
        matches!(toks[i].kind, Kind::Quote(_))
            || is_punct(doc, toks, i, ":")
            || word_at(doc, toks, i) == "that"
    });
    let from = last_opening.map_or(sentence.start, |i| i + 1);
    said_in(said, from..sentence.end)
        .iter()
        .filter(|s| s.verb.speech && !s.relative && !s.verb.participle)
        .find(|s| {
            let Some(subject) = s.subject_tok else {
                return false;
            };
            let clause_start = subject.min(s.verb.tok);
            clause_start > 0
                && (is_punct(doc, toks, clause_start - 1, ",")
                    || matches!(toks[clause_start - 1].kind, Kind::Quote(_)))
        })?
        .speaker
        .clone()
}

/// For a paragraph that is all quotation, ending as a sentence ends, with no attribution of
/// its own: the speaker of the previous paragraph's last quotation, else the subject of its
/// last verb of saying (the speaker's next paragraph, with no new `he said`).
fn previous_paragraph(
    doc: &Doc,
    para: &Para,
    q: usize,
    quotes: &[Attributed],
    p: usize,
    previous_said: &[Said],
) -> Option<Speaker> {
    let span = &para.quotes[q].span;
    let whole = q == 0
        && span.outer.start == para.range.start
        && doc.text[span.outer.end..para.range.end].trim().len() <= 1;
    let ends_sentence =
        !span.closed || doc.text[span.inner.clone()].ends_with(['.', '?', '!', '…']);
    if !(whole && ends_sentence) || p == 0 {
        return None;
    }
    quotes
        .iter()
        .rev()
        .take_while(|a| a.para + 1 == p)
        .find_map(|a| a.speaker.clone())
        .or_else(|| {
            previous_said
                .iter()
                .rev()
                .filter(|s| s.verb.speech && !s.relative)
                .find_map(|s| s.speaker.clone())
        })
}

/// The attribution right after a quotation: `“...,” said X` or `“...,” X said`.
fn after(doc: &Doc, para: &Para, q: usize, tok: usize, said: &[Said]) -> Option<Speaker> {
    let span = &para.quotes[q].span;
    if !span.closed {
        return None;
    }
    // `“A,” he said` (the comma was cut from the quote), `“Why?” she asked`.
    let inner = &doc.text[span.inner.clone()];
    let ends_open = doc.text[span.inner.end..span.outer.end].contains(',')
        || inner.ends_with(['?', '!', '—', '–', '…', '-']);
    let comma_after = is_punct(doc, &para.toks, tok + 1, ",");
    if !(ends_open || comma_after) {
        return None;
    }
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
        .find(|&i| match para.toks[i].kind {
            Kind::Quote(_) => true,
            Kind::Punct => matches!(doc.word(&para.toks[i]), "." | "?" | "!" | ";" | ":"),
            _ => false,
        })
        .unwrap_or((tok + 1 + ATTRIBUTION_WINDOW).min(para.toks.len()));
    said_in(said, tok + 1..window_end)
        .iter()
        .find(|s| s.verb.speech)?
        .speaker
        .clone()
}

/// The attribution earlier in the quotation's sentence: the first verb of saying of the main
/// clause, with its subject (`NATO said it was “closely following”`), else the first
/// participle of saying (`The board issued a statement, saying “...”`).
fn before(said: &[Said], sentence: Range<usize>, tok: usize) -> Option<Speaker> {
    let main = |participle: bool| {
        said_in(said, sentence.start..tok)
            .iter()
            .filter(|s| s.verb.speech && !s.verb.intro && !s.relative)
            .filter(|s| s.verb.participle == participle)
            .find_map(|s| s.speaker.clone())
    };
    // A participle (`..., saying`) only when no finite verb of saying attributes.
    main(false).or_else(|| main(true))
}

/// `according to X` anywhere in the quotation's sentence.
fn according_to(
    doc: &Doc,
    para: &Para,
    sentence: Range<usize>,
    registry: &mut Registry,
) -> Option<Speaker> {
    let toks = &para.toks;
    let at = sentence.clone().find(|&i| {
        word_at(doc, toks, i).eq_ignore_ascii_case("according") && word_at(doc, toks, i + 1) == "to"
    })?;
    let end = (at + 2..sentence.end)
        .find(|&i| {
            matches!(toks[i].kind, Kind::Quote(_))
                || (toks[i].kind == Kind::Punct && doc.word(&toks[i]) != ".")
        })
        .unwrap_or(sentence.end);
    let speaker = resolve(Words::new(doc, &toks[at + 2..end]), &[], registry)?;
    Some(Speaker {
        how: How::AccordingTo,
        ..speaker
    })
}

/// The subject of the quotation's sentence when no verb of saying attributes a quotation
/// introduced by a colon (`Speaking to supporters, she was defiant: “...”`).
fn sentence_subject(
    doc: &Doc,
    para: &Para,
    sentence: Range<usize>,
    tok: usize,
    registry: &mut Registry,
) -> Option<Speaker> {
    let toks = &para.toks;
    if !is_punct(doc, toks, tok.wrapping_sub(1), ":") {
        return None;
    }
    let subject = clause::opening_subject(doc, toks, sentence.start, tok - 1)?;
    let head = Words::new(doc, &toks[subject.head.clone()]);
    let appositions: Vec<_> = subject
        .appositions
        .iter()
        .map(|r| phrase::apposition(Words::new(doc, &toks[r.clone()])))
        .collect();
    let speaker = resolve(head, &appositions, registry)?;
    Some(Speaker {
        how: How::SentenceSubject,
        ..speaker
    })
}

/// The subject of a verb of saying in the sentence before sentence `s` of the paragraph.
fn previous_sentence(para: &Para, said: &[Said], s: usize) -> Option<Speaker> {
    let previous = para.sentences.get(s.checked_sub(1)?)?;
    said_in(said, previous.clone())
        .iter()
        .filter(|s| s.verb.speech && !s.relative)
        .find_map(|s| s.speaker.clone())
        .map(|s| Speaker {
            how: How::PreviousSentence,
            ..s
        })
}
