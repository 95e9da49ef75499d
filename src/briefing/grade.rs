//! Analytic grades: how reliable a source is and how credible a piece of information (the
//! NATO/Admiralty scale of AJP-2.1), how likely a judgment is and with what confidence (the
//! estimative language of US ICD 203); which credibility each event status allows; and the
//! compact forms the reader and the export show (`B2`, `likely · moderate`).

use std::fmt;

use super::named::Named;
use super::status::Status;

/// How reliable a source is, on the Admiralty scale: `A` (completely reliable) to `E`
/// (unreliable), and `F` when it cannot be judged. Ordered in that sequence, best first, so
/// `A < B` and `F` sorts last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reliability {
    /// Completely reliable.
    A,
    /// Usually reliable.
    B,
    /// Fairly reliable.
    C,
    /// Not usually reliable.
    D,
    /// Unreliable.
    E,
    /// Reliability cannot be judged.
    F,
}

impl Named for Reliability {
    const ALL: &'static [(&'static str, Self)] = &[
        ("A", Reliability::A),
        ("B", Reliability::B),
        ("C", Reliability::C),
        ("D", Reliability::D),
        ("E", Reliability::E),
        ("F", Reliability::F),
    ];
}

impl Reliability {
    /// The grade in words: `usually reliable`.
    pub fn meaning(self) -> &'static str {
        match self {
            Reliability::A => "completely reliable",
            Reliability::B => "usually reliable",
            Reliability::C => "fairly reliable",
            Reliability::D => "not usually reliable",
            Reliability::E => "unreliable",
            Reliability::F => "reliability cannot be judged",
        }
    }

    /// True when this grade is `floor` or better (the filter "reliability at least X"):
    /// `B` is at least `C`; `F`, which cannot be judged, is at least `F` only.
    pub fn at_least(self, floor: Reliability) -> bool {
        self <= floor
    }
}

impl fmt::Display for Reliability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How credible a piece of information is, on the Admiralty scale: 1 (confirmed by other
/// sources) to 5 (improbable), and 6 when its truth cannot be judged. Written as its number;
/// ordered best first, so 6 sorts last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Credibility {
    /// 1: confirmed by other sources.
    Confirmed = 1,
    /// 2: probably true.
    ProbablyTrue = 2,
    /// 3: possibly true.
    PossiblyTrue = 3,
    /// 4: doubtful.
    Doubtful = 4,
    /// 5: improbable.
    Improbable = 5,
    /// 6: truth cannot be judged.
    CannotBeJudged = 6,
}

impl Credibility {
    /// Every grade, best first.
    pub const ALL: [Credibility; 6] = [
        Credibility::Confirmed,
        Credibility::ProbablyTrue,
        Credibility::PossiblyTrue,
        Credibility::Doubtful,
        Credibility::Improbable,
        Credibility::CannotBeJudged,
    ];

    /// The grade's number, 1-6.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The grade a number stands for, if it is 1-6.
    pub fn from_number(number: i64) -> Option<Credibility> {
        Credibility::ALL
            .into_iter()
            .find(|c| i64::from(c.number()) == number)
    }

    /// The grade in words: `probably true`.
    pub fn meaning(self) -> &'static str {
        match self {
            Credibility::Confirmed => "confirmed by other sources",
            Credibility::ProbablyTrue => "probably true",
            Credibility::PossiblyTrue => "possibly true",
            Credibility::Doubtful => "doubtful",
            Credibility::Improbable => "improbable",
            Credibility::CannotBeJudged => "truth cannot be judged",
        }
    }

    /// True when this grade is `ceiling` or better (the filter "credibility at most N"):
    /// 2 is at most 3; 6, which cannot be judged, is at most 6 only.
    pub fn at_most(self, ceiling: Credibility) -> bool {
        self <= ceiling
    }

    /// The grades an event of `status` may carry (the table in `docs/format.md`, "Grades").
    pub fn allowed_with(status: Status) -> &'static [Credibility] {
        use Credibility::*;
        match status {
            Status::Confirmed => &[Confirmed, ProbablyTrue],
            Status::Reported => &[
                Confirmed,
                ProbablyTrue,
                PossiblyTrue,
                Doubtful,
                CannotBeJudged,
            ],
            Status::Claimed => &[
                ProbablyTrue,
                PossiblyTrue,
                Doubtful,
                Improbable,
                CannotBeJudged,
            ],
            Status::Expected => &[
                Confirmed,
                ProbablyTrue,
                PossiblyTrue,
                Doubtful,
                CannotBeJudged,
            ],
            Status::Possible => &[PossiblyTrue, Doubtful, Improbable, CannotBeJudged],
        }
    }

    /// True when an event of `status` may carry this grade.
    pub fn fits(self, status: Status) -> bool {
        Credibility::allowed_with(status).contains(&self)
    }
}

impl fmt::Display for Credibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

/// Grades as a reader says them: runs of three or more as `2-6`, the last part after `or`:
/// `1 or 2`, `1-4 or 6`.
pub fn describe(grades: &[Credibility]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = grades;
    while let Some(&first) = rest.first() {
        let run = rest
            .iter()
            .zip(first.number()..)
            .take_while(|(c, n)| c.number() == *n)
            .count();
        let last = rest[run - 1];
        if run >= 3 {
            parts.push(format!("{first}-{last}"));
        } else {
            parts.extend(rest[..run].iter().map(ToString::to_string));
        }
        rest = &rest[run..];
    }
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{} or {last}", init.join(", ")),
        None => String::new(),
    }
}

/// How likely a judgment is, in the words of US ICD 203, least likely first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likelihood {
    /// 1-5%.
    AlmostNoChance,
    /// 5-20%.
    VeryUnlikely,
    /// 20-45%.
    Unlikely,
    /// 45-55%.
    RoughlyEvenChance,
    /// 55-80%.
    Likely,
    /// 80-95%.
    VeryLikely,
    /// 95-99%.
    AlmostCertain,
}

impl Named for Likelihood {
    const ALL: &'static [(&'static str, Self)] = &[
        ("almost no chance", Likelihood::AlmostNoChance),
        ("very unlikely", Likelihood::VeryUnlikely),
        ("unlikely", Likelihood::Unlikely),
        ("roughly even chance", Likelihood::RoughlyEvenChance),
        ("likely", Likelihood::Likely),
        ("very likely", Likelihood::VeryLikely),
        ("almost certain", Likelihood::AlmostCertain),
    ];

    /// The second term ICD 203 gives each degree (`probable` for `likely`), so that a file
    /// using it is told which term the format takes.
    fn alias(word: &str) -> Option<Likelihood> {
        let word = word.trim().to_lowercase();
        let likelihood = match word.as_str() {
            "remote" => Likelihood::AlmostNoChance,
            "highly improbable" => Likelihood::VeryUnlikely,
            "improbable" => Likelihood::Unlikely,
            "roughly even odds" => Likelihood::RoughlyEvenChance,
            "probable" => Likelihood::Likely,
            "highly probable" => Likelihood::VeryLikely,
            "nearly certain" => Likelihood::AlmostCertain,
            _ => return None,
        };
        Some(likelihood)
    }
}

impl Likelihood {
    /// The range of probability ICD 203 gives the term: `55-80%`.
    pub fn meaning(self) -> &'static str {
        match self {
            Likelihood::AlmostNoChance => "1-5%",
            Likelihood::VeryUnlikely => "5-20%",
            Likelihood::Unlikely => "20-45%",
            Likelihood::RoughlyEvenChance => "45-55%",
            Likelihood::Likely => "55-80%",
            Likelihood::VeryLikely => "80-95%",
            Likelihood::AlmostCertain => "95-99%",
        }
    }

    /// True when this term is `floor` or more likely (the filter "likelihood at least L").
    pub fn at_least(self, floor: Likelihood) -> bool {
        self >= floor
    }
}

/// How much confidence an analyst has in a judgment, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// Fragmented, poorly corroborated or questionable information.
    Low,
    /// Credibly sourced and plausible, not corroborated enough for high confidence.
    Moderate,
    /// High-quality information from several sources.
    High,
}

impl Named for Confidence {
    const ALL: &'static [(&'static str, Self)] = &[
        ("low", Confidence::Low),
        ("moderate", Confidence::Moderate),
        ("high", Confidence::High),
    ];
}

impl Confidence {
    /// What the level says about the information behind the judgment.
    pub fn meaning(self) -> &'static str {
        match self {
            Confidence::Low => "fragmented, poorly corroborated or questionable information",
            Confidence::Moderate => {
                "credibly sourced and plausible, not corroborated enough for high confidence"
            }
            Confidence::High => "high-quality information from several sources",
        }
    }
}

/// An item's Admiralty code: the reliability of its source and the credibility of the
/// information. Shown `B2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Admiralty {
    /// The source's reliability (`F` when the briefing grades no source of the item).
    pub reliability: Reliability,
    /// The item's credibility.
    pub credibility: Credibility,
}

impl Admiralty {
    /// The code in words: `B usually reliable; 2 probably true`.
    pub fn meaning(self) -> String {
        format!(
            "{} {}; {} {}",
            self.reliability,
            self.reliability.meaning(),
            self.credibility,
            self.credibility.meaning()
        )
    }
}

impl fmt::Display for Admiralty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.reliability, self.credibility)
    }
}

/// An implication's estimate: how likely, with what confidence (at least one is known).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    /// How likely it is.
    pub likelihood: Option<Likelihood>,
    /// How confident the judgment is.
    pub confidence: Option<Confidence>,
}

impl Estimate {
    /// For a row: `likely · moderate`, `likely`, or `moderate confidence` alone.
    pub fn compact(self) -> String {
        match (self.likelihood, self.confidence) {
            (Some(l), Some(c)) => format!("{} · {}", l.name(), c.name()),
            (Some(l), None) => l.name().to_owned(),
            (None, Some(c)) => format!("{} confidence", c.name()),
            (None, None) => String::new(),
        }
    }

    /// In words: `likely (55-80%), moderate confidence`.
    pub fn meaning(self) -> String {
        let likelihood = self
            .likelihood
            .map(|l| format!("{} ({})", l.name(), l.meaning()));
        let confidence = self.confidence.map(|c| format!("{} confidence", c.name()));
        [likelihood, confidence]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One scale for a legend: what it grades, and each grade with its meaning, best (or least
/// likely) first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    /// What the scale grades: `Reliability of the source (A-F)`.
    pub title: &'static str,
    /// Each grade and its meaning: `A completely reliable`, `likely (55-80%)`.
    pub grades: Vec<String>,
}

/// The reliability and credibility scales that make up an Admiralty code.
pub fn admiralty_scales() -> [Scale; 2] {
    [
        Scale {
            title: "Reliability of the source (A-F)",
            grades: Reliability::ALL
                .iter()
                .map(|(name, r)| format!("{name} {}", r.meaning()))
                .collect(),
        },
        Scale {
            title: "Credibility of the information (1-6)",
            grades: Credibility::ALL
                .iter()
                .map(|c| format!("{c} {}", c.meaning()))
                .collect(),
        },
    ]
}

/// The likelihood and confidence scales of an estimate.
pub fn estimate_scales() -> [Scale; 2] {
    [
        Scale {
            title: "Likelihood (US ICD 203)",
            grades: Likelihood::ALL
                .iter()
                .map(|(name, l)| format!("{name} ({})", l.meaning()))
                .collect(),
        },
        Scale {
            title: "Confidence in the judgment",
            grades: Confidence::ALL
                .iter()
                .map(|(name, c)| format!("{name} ({})", c.meaning()))
                .collect(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_the_scales_in_the_right_direction() {
        assert!(Reliability::B.at_least(Reliability::C));
        assert!(!Reliability::D.at_least(Reliability::C));
        assert!(!Reliability::F.at_least(Reliability::E));
        assert!(Credibility::ProbablyTrue.at_most(Credibility::ProbablyTrue));
        assert!(!Credibility::CannotBeJudged.at_most(Credibility::Improbable));
        assert!(Likelihood::VeryLikely.at_least(Likelihood::Likely));
        assert!(!Likelihood::RoughlyEvenChance.at_least(Likelihood::Likely));
        assert!(Confidence::High > Confidence::Low);
    }

    #[test]
    fn allowed_grades_read_as_ranges() {
        let allowed = |status| describe(Credibility::allowed_with(status));
        assert_eq!(allowed(Status::Confirmed), "1 or 2");
        assert_eq!(allowed(Status::Reported), "1-4 or 6");
        assert_eq!(allowed(Status::Claimed), "2-6");
        assert_eq!(allowed(Status::Expected), "1-4 or 6");
        assert_eq!(allowed(Status::Possible), "3-6");
    }

    #[test]
    fn codes_and_estimates_have_a_compact_form_and_words() {
        let code = Admiralty {
            reliability: Reliability::B,
            credibility: Credibility::ProbablyTrue,
        };
        assert_eq!(code.to_string(), "B2");
        assert_eq!(code.meaning(), "B usually reliable; 2 probably true");
        let estimate = Estimate {
            likelihood: Some(Likelihood::Likely),
            confidence: Some(Confidence::Moderate),
        };
        assert_eq!(estimate.compact(), "likely · moderate");
        assert_eq!(estimate.meaning(), "likely (55-80%), moderate confidence");
        let alone = Estimate {
            likelihood: None,
            confidence: Some(Confidence::Low),
        };
        assert_eq!(alone.compact(), "low confidence");
    }

    #[test]
    fn numbers_outside_the_scale_are_no_grade() {
        assert_eq!(Credibility::from_number(1), Some(Credibility::Confirmed));
        assert_eq!(
            Credibility::from_number(6),
            Some(Credibility::CannotBeJudged)
        );
        assert_eq!(Credibility::from_number(0), None);
        assert_eq!(Credibility::from_number(7), None);
    }
}
