//! What `he`, `she`, `it` and `they` stand for: the speaker of the paragraph first, then the
//! person or institution that fits and was mentioned last.

use super::{Entity, EntityIx, RECENT_WINDOW, Registry};
use crate::briefing::model::ActorKind;
use crate::draft::lexicon::Pronoun;

impl Registry {
    /// The entity a pronoun at `at` most likely stands for: for `he` and `she`, the subject
    /// of the sentence or the one before of that gender (else a named one of no known
    /// gender), else in this paragraph or the one
    /// before, the latest subject of a verb known to be of that gender,
    /// else the latest person mentioned known to be, else the latest subject of no known
    /// gender; failing those the latest person of that gender (or of none known) mentioned,
    /// preferring one not mentioned as an object;
    /// for `it` and `they` the latest fitting subject of a verb, else the latest fitting
    /// mention.
    pub fn pronoun(&self, pronoun: Pronoun, at: usize) -> Option<EntityIx> {
        let thing = |e: &Entity| !matches!(e.kind, ActorKind::Person | ActorKind::Group);
        let plural = |e: &Entity| e.kind != ActorKind::Person;
        match pronoun {
            Pronoun::Person(gender) => {
                let fits = |e: &Entity| {
                    e.kind == ActorKind::Person && e.gender.is_none_or(|g| g == gender)
                };
                let known = |e: &Entity| e.kind == ActorKind::Person && e.gender == Some(gender);
                // At most the latest RECENT_WINDOW of them, so a paragraph of thousands of
                // names costs each pronoun no more than a short one.
                let since = |list: &[(usize, EntityIx)], start: usize| {
                    let from = list.partition_point(|&(a, _)| a < start);
                    let to = list.partition_point(|&(a, _)| a < at).max(from);
                    list[from.max(to.saturating_sub(RECENT_WINDOW))..to].to_vec()
                };
                let (previous, current) = self.scope;
                let mentions: Vec<(usize, EntityIx)> = since(&self.mentions, previous)
                    .into_iter()
                    .filter(|(a, _)| !self.objects.contains(a))
                    .collect();

                let latest = |list: &[(usize, EntityIx)], accept: &dyn Fn(&Entity) -> bool| {
                    list.iter()
                        .rev()
                        .map(|&(_, e)| e)
                        .find(|&e| accept(&self.entities[e]))
                };
                // The subject of this sentence or the one before of that gender; a speaker of
                // this paragraph; then, since the paragraph before, a speaker of that gender,
                // anyone of that gender, a speaker of no known gender.
                let here = since(&self.subjects, current);
                let near = since(&self.subjects, previous);
                let recent_subjects = since(&self.subjects, self.sentence_scope.max(previous));
                // A named person of no known gender who is the subject of this sentence or the
                // one before (`Former prosecutor Glen Kopp said…. “…,” he said.`) comes before
                // one of known gender farther back.
                let named_fits = |e: &Entity| fits(e) && !e.described;
                if let Some(e) = latest(&recent_subjects, &known)
                    .or_else(|| latest(&recent_subjects, &named_fits))
                    .or_else(|| latest(&here, &known))
                    .or_else(|| latest(&here, &fits))
                    .or_else(|| latest(&near, &known))
                    .or_else(|| latest(&mentions, &known))
                    .or_else(|| latest(&near, &fits))
                {
                    return Some(e);
                }
                let end = self.mentions.partition_point(|&(a, _)| a < at);
                let mentions = &self.mentions[end.saturating_sub(RECENT_WINDOW)..end];
                mentions
                    .iter()
                    .rev()
                    .find(|&&(a, e)| !self.objects.contains(&a) && fits(&self.entities[e]))
                    .or_else(|| {
                        mentions
                            .iter()
                            .rev()
                            .find(|&&(_, e)| fits(&self.entities[e]))
                    })
                    .map(|&(_, e)| e)
                    .or_else(|| self.recent(at, |e| e.kind == ActorKind::Person))
            }
            Pronoun::Thing => self
                .recent_subject(at, thing)
                .or_else(|| self.recent(at, thing)),
            Pronoun::Plural => self
                .recent_subject(at, plural)
                .or_else(|| self.recent(at, |e| e.kind == ActorKind::Group))
                .or_else(|| self.recent(at, plural)),
        }
    }
}
