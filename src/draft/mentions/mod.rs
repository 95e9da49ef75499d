//! Stage 3, mentions: reads the article in order and resolves every mention an attribution
//! may name to an entity: the names of each sentence ([`scan`]), the subject of each verb of
//! saying or acting, and, in sentences with a quotation, the phrase after `according to`,
//! the owner of a noun of saying and the subject before a colon. Entities are collected in
//! a registry ([`entities`]) in reading order, so a pronoun or a surname finds the one
//! introduced before it. Reads the [`Doc`] layer; writes the [`Reading`]: the registry, the
//! [`Mention`]s and the [`Cue`]s.

pub mod entities;
pub mod scan;

use std::ops::Range;

use crate::draft::article::{Cue, Doc, Form, Kind, Mention, Para, Role};
use crate::draft::lexicon;
use crate::draft::syntax::clause::{self, Subject, Verb};
use crate::draft::syntax::phrase::{self, Phrase, Words};
use crate::draft::words::{is_punct, word_at};
use entities::{EntityIx, Found, Registry};

/// What reading an article found.
#[derive(Debug, Default)]
pub struct Reading {
    /// Entities in order of first mention.
    pub registry: Registry,
    /// Every mention resolved, in reading order.
    pub mentions: Vec<Mention>,
    /// Every verb of saying or acting, in reading order.
    pub cues: Vec<Cue>,
}

impl Reading {
    /// The cues of paragraph `p`, in order.
    pub fn cues_of(&self, p: usize) -> &[Cue] {
        let from = self.cues.partition_point(|c| c.para < p);
        let to = self.cues.partition_point(|c| c.para <= p);
        &self.cues[from..to]
    }

    /// The mentions of paragraphs `paras`, in order, with their indexes.
    pub fn mentions_in(&self, paras: Range<usize>) -> (usize, &[Mention]) {
        let from = self.mentions.partition_point(|m| m.para < paras.start);
        let to = self.mentions.partition_point(|m| m.para < paras.end);
        (from, &self.mentions[from..to.max(from)])
    }
}

/// Reads `doc` in order.
pub fn read(doc: &Doc) -> Reading {
    let mut reading = Reading::default();
    let runs = scan::Runs::collect(doc);
    for (p, para) in doc.paras.iter().enumerate() {
        let previous = &doc.paras[p.saturating_sub(1)];
        reading
            .registry
            .begin_paragraph(previous.range.start, para.range.start);
        // The sentence before the first one is the last of the paragraph before.
        let mut previous_sentence = match previous.sentences.last() {
            Some(last) if p > 0 => previous
                .toks
                .get(last.start)
                .map_or(previous.range.start, |t| t.range.start),
            _ => previous.range.start,
        };
        for (s, sentence) in para.sentences.iter().enumerate() {
            reading.registry.begin_sentence(previous_sentence);
            previous_sentence = para
                .toks
                .get(sentence.start)
                .map_or(previous_sentence, |t| t.range.start);
            let at = Place { doc, p, s, para };
            // A transcript's turn: its label is read as a name of its own, before the rest.
            let label_end = match s == 0 && para.quotes.first().is_some_and(|q| q.turn) {
                true => reading.label(at),
                false => sentence.start,
            };
            let names = scan::scan(
                doc,
                para,
                label_end.max(sentence.start)..sentence.end,
                &runs,
                &mut reading.registry,
            );
            for found in &names {
                reading.push(at, found.toks.clone(), found.entity, Form::Name, Role::Name);
                if found.owner
                    && let Some(m) = reading.mentions.last_mut()
                {
                    m.owner = true;
                }
            }
            scan::mark_sources(doc, para, sentence.clone(), &mut reading.registry);
            let first = reading.cues.len();
            for verb in clause::verbs(doc, para, sentence.clone()) {
                reading.verb(at, sentence.start, verb);
            }
            let subjects: Vec<(usize, EntityIx)> = reading.cues[first..]
                .iter()
                .filter_map(|c| Some((c.subject_tok?, reading.mentions[c.subject?].entity)))
                .collect();
            scan::genders(
                doc,
                para,
                sentence.clone(),
                &names,
                &subjects,
                &mut reading.registry,
            );
            let quoted = para.toks[sentence.clone()]
                .iter()
                .any(|t| matches!(t.kind, Kind::Quote(_)));
            if quoted {
                reading.sources(at, sentence.clone());
            }
        }
    }
    reading
}

/// Where the reading is: the document, the paragraph and the sentence.
#[derive(Clone, Copy)]
struct Place<'d, 'a> {
    doc: &'d Doc<'a>,
    p: usize,
    s: usize,
    para: &'d Para,
}

impl Reading {
    /// Records a mention of `entity` by the tokens `toks` of the paragraph; returns its index.
    fn push(
        &mut self,
        at: Place,
        toks: Range<usize>,
        entity: EntityIx,
        form: Form,
        role: Role,
    ) -> usize {
        let range = match (at.para.toks.get(toks.start), toks.end.checked_sub(1)) {
            (Some(first), Some(last)) => first.range.start..at.para.toks[last].range.end,
            _ => 0..0,
        };
        self.mentions.push(Mention {
            para: at.p,
            sentence: at.s,
            toks,
            range,
            entity,
            form,
            role,
            owner: false,
        });
        self.mentions.len() - 1
    }

    /// Resolves the subject of one verb and records it as a cue.
    fn verb(&mut self, at: Place, sentence_start: usize, verb: Verb) {
        let (doc, para) = (at.doc, at.para);
        let subject = if verb.participle {
            clause::participle_subject(doc, &para.toks, sentence_start, verb.tok)
        } else {
            clause::subject_of(doc, &para.toks, sentence_start, verb.tok)
        };
        if verb.acting
            && let Some(s) = &subject
        {
            // `Western allies, particularly the United States and NATO, have confirmed`
            for range in std::iter::once(&s.head).chain(&s.appositions) {
                scan::mark_acting(doc, &para.toks[range.clone()], &mut self.registry);
            }
        }
        let cue = self.cues.len();
        let mention = subject
            .as_ref()
            .and_then(|s| self.subject(at, s, Role::Subject(cue)));
        if let Some(m) = mention {
            let entity = self.mentions[m].entity;
            self.registry
                .subject(entity, para.toks[verb.tok].range.start);
        }
        self.cues.push(Cue {
            para: at.p,
            sentence: at.s,
            tok: verb.tok,
            speech: verb.speech,
            participle: verb.participle,
            intro: verb.intro,
            relative: subject.as_ref().is_some_and(|s| s.relative),
            subject_tok: subject.as_ref().map(|s| s.head.start),
            subject: mention,
        });
    }

    /// Resolves a subject phrase with its appositions and records it as a mention in `role`.
    fn subject(&mut self, at: Place, subject: &Subject, role: Role) -> Option<usize> {
        let toks = &at.para.toks;
        let head = Words::new(at.doc, &toks[subject.head.clone()]);
        let appositions: Vec<_> = subject
            .appositions
            .iter()
            .map(|r| phrase::apposition(Words::new(at.doc, &toks[r.clone()])))
            .collect();
        let (entity, form) = resolve(head, &appositions, &mut self.registry)?;
        Some(self.push(at, subject.head.clone(), entity, form, role))
    }

    /// Resolves the phrases a quotation of the sentence may be attributed to besides the
    /// subjects of its verbs: after `according to`, the owner of a noun of saying before each
    /// quotation, and the subject of the sentence before a colon that opens a quotation.
    fn sources(&mut self, at: Place, sentence: Range<usize>) {
        let (doc, toks) = (at.doc, &at.para.toks);
        if let Some(i) = sentence.clone().find(|&i| {
            word_at(doc, toks, i).eq_ignore_ascii_case("according")
                && word_at(doc, toks, i + 1) == "to"
        }) {
            let end = (i + 2..sentence.end)
                .find(|&j| {
                    matches!(toks[j].kind, Kind::Quote(_))
                        || (toks[j].kind == Kind::Punct && doc.word(&toks[j]) != ".")
                })
                .unwrap_or(sentence.end);
            self.phrase(at, i + 2..end, Role::AccordingTo);
        }
        let quotes = sentence
            .clone()
            .filter(|&i| matches!(toks[i].kind, Kind::Quote(_)));
        let mut owners = Vec::new();
        for tok in quotes {
            if let Some(owner) = owner_of_saying(doc, toks, sentence.start, tok)
                && !owners.contains(&owner)
            {
                owners.push(owner.clone());
                self.phrase(at, owner, Role::Owner);
            }
            let turn = matches!(toks[tok].kind, Kind::Quote(q) if at.para.quotes[q].turn);
            if !turn
                && is_punct(doc, toks, tok.wrapping_sub(1), ":")
                && let Some(subject) = clause::opening_subject(doc, toks, sentence.start, tok - 1)
            {
                self.subject(at, &subject, Role::Colon);
            }
        }
    }

    /// Resolves the label of a transcript's turn (`HAYASHI`, `Mr. Hayashi`, before the colon
    /// that opens the paragraph) and records it as a mention of the sentence's subject before
    /// a colon. A label in capitals is read as a person's name in title case, so `HAYASHI`
    /// finds Yoshimasa Hayashi named before. Returns the token after the colon (0 when the
    /// paragraph opens with no label).
    fn label(&mut self, at: Place) -> usize {
        let toks = &at.para.toks;
        let Some(colon) = toks
            .iter()
            .position(|t| matches!(t.kind, Kind::Quote(_)))
            .and_then(|q| q.checked_sub(1))
            .filter(|&c| c > 0 && is_punct(at.doc, toks, c, ":"))
        else {
            return 0;
        };
        let words = Words::new(at.doc, &toks[..colon]);
        let text = words.text();
        let resolved = if text.chars().any(char::is_lowercase) {
            resolve(words, &[], &mut self.registry)
        } else {
            let named = phrase::Named {
                name: text
                    .split(' ')
                    .map(title_case)
                    .collect::<Vec<_>>()
                    .join(" "),
                kind: Some(crate::briefing::model::ActorKind::Person),
                at: words.start(),
                ..phrase::Named::default()
            };
            let (entity, found) = self.registry.named(&named, &[]);
            Some((entity, name_form(found)))
        };
        if let Some((entity, form)) = resolved {
            self.push(at, 0..colon, entity, form, Role::Colon);
        }
        colon + 1
    }

    /// Resolves the phrase of tokens `toks` and records it as a mention in `role`.
    fn phrase(&mut self, at: Place, toks: Range<usize>, role: Role) {
        let words = Words::new(at.doc, &at.para.toks[toks.clone()]);
        if let Some((entity, form)) = resolve(words, &[], &mut self.registry) {
            self.push(at, toks, entity, form, role);
        }
    }
}

/// The tokens of the owner of a noun of saying before the quotation at `tok` in its sentence:
/// `Mr. Trump` of `Mr. Trump’s Oct. 11 announcement that ... a “historic” agreement`.
fn owner_of_saying(
    doc: &Doc,
    toks: &[crate::draft::article::Tok],
    lo: usize,
    tok: usize,
) -> Option<Range<usize>> {
    let noun = (lo..tok)
        .rev()
        .find(|&i| lexicon::is_saying_noun(word_at(doc, toks, i)))?;
    // Between the owner and the noun: a date or an adjective (`Oct. 11`, `recent`).
    let mut j = noun;
    while j > lo && noun - j < 3 && {
        let w = word_at(doc, toks, j - 1);
        !w.is_empty()
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::is_lower(w)
                || lexicon::month(w).is_some())
    } {
        j -= 1;
    }
    if j == lo || toks[j - 1].kind != Kind::Possessive {
        return None;
    }
    let owner_end = j - 1;
    let owner_start = (lo..owner_end)
        .rev()
        .find(|&i| toks[i].kind != Kind::Word)
        .map_or(lo, |i| i + 1);
    (owner_start < owner_end).then_some(owner_start..owner_end)
}

/// `word` in title case: `HAYASHI` is `Hayashi`.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// The form of a name as the registry found it: a surname alone, or a name.
fn name_form(found: Found) -> Form {
    match found {
        Found::Surname => Form::Surname,
        _ => Form::Name,
    }
}

/// The entity a phrase names, and the form of the phrase.
fn resolve(
    head: Words,
    appositions: &[phrase::Apposition],
    registry: &mut Registry,
) -> Option<(EntityIx, Form)> {
    let at = head.start();
    let text = head.text();
    // `But`, `Also`, `Instead` alone: a word that opens sentences, never a speaker.
    let not_name = !text.contains(' ') && lexicon::is_not_name(&text);
    match phrase::parse(head)? {
        Phrase::Name(_) | Phrase::Description(_) if not_name => None,
        Phrase::Pronoun(p) => {
            let entity = registry.pronoun(p, at)?;
            registry.mention(entity, at);
            if let lexicon::Pronoun::Person(gender) = p {
                registry.gender(entity, gender);
            }
            Some((entity, Form::Pronoun))
        }
        Phrase::Name(named) => {
            let (entity, found) = registry.named(&named, appositions);
            Some((entity, name_form(found)))
        }
        // `The report, released Tuesday by Human Rights Watch, said`: its publisher speaks.
        Phrase::Description(desc)
            if lexicon::is_container_noun(&desc.head)
                && let Some(by) = appositions.iter().find_map(|a| a.by.as_ref()) =>
        {
            Some((registry.named(by, &[]).0, Form::Name))
        }
        Phrase::Description(desc) => {
            let entity = registry.described(&desc);
            let form = if lexicon::is_container_noun(&desc.head) {
                Form::Document
            } else {
                Form::Description
            };
            Some((entity, form))
        }
    }
}
