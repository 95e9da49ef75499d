//! The features of the speaker choice: each a name (`family:value`), true or absent, read
//! from the facts the candidates stage wrote. A pair of facts joined by `&` is a feature of
//! its own, so a weight can say, for instance, that a pronoun is a good speaker as the
//! subject of the verb after a quotation but not as a name in the sentence before.
//!
//! Of a candidate:
//! - `clue:P`: it fits the attribution pattern P ([`Clue`]: `after`, `before`, `trailing`,
//!   `according-to`, `owner`, `colon`, `split`, `continued`, `previous-sentence`,
//!   `previous-paragraph`, `list`, `before-participle`, `dash`, `turn`); `clue:none` when it fits
//!   none.
//! - `where:W`: where it stands from the quotation: `before` or `after` it in its sentence,
//!   `sentence-1`, `sentence-2` (two or more back), `sentence+1`, `sentence+2`,
//!   `paragraph-1` (the paragraph before), `far` (further back, only as an earlier
//!   quotation's speaker).
//! - `dist:D`: tokens between it and the quotation in their paragraph, bucketed (`0-1`,
//!   `2-3`, `4-6`, `7-10`, `11-20`, `21-40`, `41+`).
//! - `role:R`: `subject` of a verb, `according-to`, `owner` of a noun of saying, `colon`
//!   (opens a sentence whose quotation follows a colon), `name` (a name in no such role).
//! - `form:F`: `name`, `surname`, `pronoun`, `description`, `document`; `pronoun:P` the
//!   pronoun itself (`he`, `they`).
//! - `kind:K`: the kind of entity it resolves to (`person`, `state`, `organization`,
//!   `agency`, `military`, `group`); `unnamed` when that entity has no name (`a spokesman`).
//! - `cue:V`: the verb of saying it is the subject of, lowercase (`said`, `told`); with
//!   `cue-side:S` (`before` or `after` the quotation), `cue-dist:D` (bucketed as `dist`),
//!   `cue:participle`, `cue:intro`, `cue:relative`; `cue:acting` for a verb of acting only.
//!   `cue:none` when it is the subject of no verb of saying.
//! - `object`: the word before it makes it an object (`told Reuters`, `to the senator`).
//! - `owner`: a possessive follows it (`Carlineo’s attorney`).
//! - `inherited`: it is an earlier quotation's chosen speaker.
//! - `previous-speaker`: its entity spoke the quotation before this one.
//! - `quote-between`: another quotation stands between it and this one.
//! - `salience:N`: how often its entity is mentioned (`1`, `2-3`, `4-9`, `10+`).
//! - `caps`: written all in capitals (a headline); `one-word`: a single word.
//! - pairs: `clue&form`, `where&role`, `where&form`, `role&form`, `cue-side&where`, and
//!   `where&Q` for each fact Q of the quotation below.
//!
//! Of the quotation (the "none of these" option, which drafts the quotation unattributed):
//! `none`, and `none&Q` for each fact Q: `q:whole` (the paragraph is this quotation),
//! `q:opens` (it opens its paragraph), `q:continues`, `q:open` (no mark closes it),
//! `q:ends-sentence`, `q:ends-open`, `q:colon`, `q:dash`, `q:speech-sentence` (its sentence
//! has a verb of saying), `q:speech-paragraph`, `q:words:N` (bucketed: `1-3`, `4-8`, `9-20`,
//! `21+`), `q:candidates:N` (`0`, `1`, `2-4`, `5+`).

use crate::briefing::model::ActorKind;
use crate::draft::article::{Doc, Form, Kind, Role};
use crate::draft::candidates::{Clue, Quotation, distance, is_object};
use crate::draft::mentions::Reading;

use super::Contender;

/// `n` in the buckets `bounds` (each the last number of a bucket, the last bucket open).
fn bucket(n: usize, bounds: &[(usize, &'static str)], last: &'static str) -> &'static str {
    bounds
        .iter()
        .find(|(max, _)| n <= *max)
        .map_or(last, |(_, name)| name)
}

/// A distance in tokens, bucketed.
fn dist(n: usize) -> &'static str {
    bucket(
        n,
        &[
            (1, "0-1"),
            (3, "2-3"),
            (6, "4-6"),
            (10, "7-10"),
            (20, "11-20"),
            (40, "21-40"),
        ],
        "41+",
    )
}

/// The facts of quotation `q` as feature names (`q:whole`, `q:words:4-8`).
pub fn quote_facts(q: &Quotation, candidates: usize) -> Vec<String> {
    let f = &q.facts;
    let mut out: Vec<String> = [
        (f.whole_paragraph, "q:whole"),
        (f.opens_paragraph, "q:opens"),
        (f.continues, "q:continues"),
        (!f.closed, "q:open"),
        (f.ends_sentence, "q:ends-sentence"),
        (f.ends_open, "q:ends-open"),
        (f.after_colon, "q:colon"),
        (f.dash, "q:dash"),
        (f.speech_in_sentence, "q:speech-sentence"),
        (f.speech_in_paragraph, "q:speech-paragraph"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| (*name).to_owned())
    .collect();
    let words = bucket(f.words, &[(3, "1-3"), (8, "4-8"), (20, "9-20")], "21+");
    out.push(format!("q:words:{words}"));
    let n = bucket(candidates, &[(0, "0"), (1, "1"), (4, "2-4")], "5+");
    out.push(format!("q:candidates:{n}"));
    out
}

/// The features of the "none of these" option of a quotation whose facts are `quote`.
pub fn none(quote: &[String]) -> Vec<String> {
    std::iter::once("none".to_owned())
        .chain(quote.iter().map(|q| format!("none&{q}")))
        .collect()
}

/// What the features of a candidate are read from.
pub struct Context<'c, 'a> {
    /// The article.
    pub doc: &'c Doc<'a>,
    /// The reading.
    pub reading: &'c Reading,
    /// The quotation.
    pub quotation: &'c Quotation,
    /// The quotation's facts as features.
    pub quote: &'c [String],
    /// The entity of the previous quotation's speaker, if it had one.
    pub previous_speaker: Option<usize>,
}

/// The features of candidate `c`.
pub fn candidate(ctx: &Context, c: &Contender) -> Vec<String> {
    let (doc, reading, q) = (ctx.doc, ctx.reading, ctx.quotation);
    let m = &reading.mentions[c.mention];
    let entity = &reading.registry.entities[reading.registry.canonical(m.entity)];
    let para = &doc.paras[m.para];
    let mut out: Vec<String> = Vec::new();
    let clues: Vec<&str> = c.clues.iter().map(Clue::name).collect();
    if clues.is_empty() {
        out.push("clue:none".into());
    }
    for clue in &clues {
        out.push(format!("clue:{clue}"));
    }
    let place = where_(m.para, m.sentence, m.toks.start, q);
    out.push(format!("where:{place}"));
    if m.para == q.para {
        out.push(format!("dist:{}", dist(distance(m, q))));
        let (lo, hi) = if m.toks.start < q.tok {
            (m.toks.end, q.tok)
        } else {
            (q.tok + 1, m.toks.start)
        };
        let between = para.toks[lo.min(hi)..hi]
            .iter()
            .any(|t| matches!(t.kind, Kind::Quote(_)));
        if between {
            out.push("quote-between".into());
        }
    }
    let role = match m.role {
        Role::Subject(_) => "subject",
        Role::AccordingTo => "according-to",
        Role::Owner => "owner",
        Role::Colon => "colon",
        Role::Name => "name",
    };
    out.push(format!("role:{role}"));
    let form = match m.form {
        Form::Name => "name",
        Form::Surname => "surname",
        Form::Pronoun => "pronoun",
        Form::Description => "description",
        Form::Document => "document",
    };
    out.push(format!("form:{form}"));
    let text = &doc.text[m.range.clone()];
    if m.form == Form::Pronoun {
        out.push(format!("pronoun:{}", text.to_lowercase()));
    }
    let kind = match entity.kind {
        ActorKind::Person => "person",
        ActorKind::State => "state",
        ActorKind::Organization => "organization",
        ActorKind::Agency => "agency",
        ActorKind::Military => "military",
        ActorKind::Group => "group",
    };
    out.push(format!("kind:{kind}"));
    if entity.described {
        out.push("unnamed".into());
    }
    let cue_side = match c.cue.map(|i| &reading.cues[i]) {
        Some(cue) => {
            let verb = doc.word(&doc.paras[cue.para].toks[cue.tok]).to_lowercase();
            out.push(format!("cue:{verb}"));
            if !cue.speech {
                out.push("cue:acting".into());
            }
            for (on, name) in [
                (cue.participle, "cue:participle"),
                (cue.intro, "cue:intro"),
                (cue.relative, "cue:relative"),
            ] {
                if on {
                    out.push(name.into());
                }
            }
            let side = where_(cue.para, cue.sentence, cue.tok, q);
            out.push(format!("cue-side:{side}"));
            if cue.para == q.para {
                let d = cue.tok.abs_diff(q.tok);
                out.push(format!("cue-dist:{}", dist(d)));
            }
            side
        }
        None => {
            out.push("cue:none".into());
            "none"
        }
    };
    if is_object(doc, para, &m.toks) {
        out.push("object".into());
    }
    if m.owner {
        out.push("owner".into());
    }
    if c.inherited {
        out.push("inherited".into());
    }
    if ctx.previous_speaker == Some(reading.registry.canonical(m.entity)) {
        out.push("previous-speaker".into());
    }
    let salience = bucket(entity.mentions, &[(1, "1"), (3, "2-3"), (9, "4-9")], "10+");
    out.push(format!("salience:{salience}"));
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        out.push("caps".into());
    }
    if !text.contains(' ') {
        out.push("one-word".into());
    }
    // Pairs.
    let firsts: Vec<&str> = if clues.is_empty() {
        vec!["none"]
    } else {
        clues
    };
    for clue in firsts {
        out.push(format!("clue:{clue}&form:{form}"));
    }
    out.push(format!("where:{place}&role:{role}"));
    out.push(format!("where:{place}&form:{form}"));
    out.push(format!("role:{role}&form:{form}"));
    out.push(format!("cue-side:{cue_side}&where:{place}"));
    for fact in ctx.quote {
        out.push(format!("where:{place}&{fact}"));
    }
    out
}

/// Where a thing at paragraph `p`, sentence `s`, token `tok` stands from quotation `q`.
fn where_(p: usize, s: usize, tok: usize, q: &Quotation) -> &'static str {
    if p + 2 <= q.para {
        return "far";
    }
    if p + 1 == q.para {
        return "paragraph-1";
    }
    if p > q.para {
        return "far";
    }
    match s.cmp(&q.sentence) {
        std::cmp::Ordering::Equal if tok < q.tok => "before",
        std::cmp::Ordering::Equal => "after",
        std::cmp::Ordering::Less if s + 1 == q.sentence => "sentence-1",
        std::cmp::Ordering::Less => "sentence-2",
        std::cmp::Ordering::Greater if s == q.sentence + 1 => "sentence+1",
        std::cmp::Ordering::Greater => "sentence+2",
    }
}
