//! Large synthetic briefings for benchmarks and tests at size: deterministic, valid format 1,
//! with realistic field lengths and links. Not part of the command line.

use std::fmt::Write as _;

/// Words the generated text is made of, a few of them non-ASCII.
const WORDS: &[&str] = &[
    "troops",
    "alliance",
    "ministry",
    "sanctions",
    "border",
    "region",
    "security",
    "statement",
    "officials",
    "deployment",
    "cooperation",
    "pact",
    "concern",
    "escalation",
    "intelligence",
    "reported",
    "confirmed",
    "frontline",
    "diplomatic",
    "pressure",
    "Kyiv",
    "Pyongyang",
    "Moscow",
    "Tokyo",
    "Brussels",
    "Washington",
    "defence",
    "resolution",
    "monitoring",
    "aggression",
    "international",
    "community",
    "support",
    "analysts",
    "capabilities",
    "sovereignty",
    "peace",
    "Kursk",
    "ammunition",
    "training",
    "Gendarmerie",
    "Straße",
    "Ελλάδα",
    "日本",
    "안보",
];

/// How big a briefing to make.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Number of quotes; actors, events and implications scale with it.
    pub quotes: usize,
}

/// A deterministic pseudo-random sequence (xorshift64*), so every run makes the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut out = String::new();
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(WORDS[self.below(WORDS.len())]);
        }
        out
    }
}

/// A valid format-1 briefing with `size.quotes` quotes, `quotes / 10` actors (at least 10),
/// `quotes / 10` timeline events and `quotes / 50` implications (at least 2 of each).
pub fn briefing(size: Size) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let actors = (size.quotes / 10).max(10);
    let events = (size.quotes / 10).max(2);
    let implications = (size.quotes / 50).max(2);
    let mut out = String::with_capacity(size.quotes * 400);
    let _ = write!(
        out,
        "format = 1\n\n[briefing]\nid = \"synthetic-{}\"\ntitle = \"Synthetic briefing with {} quotes\"\ndate = \"2024-10-25\"\nsummary = \"\"\"{}\n\n{}\"\"\"\ntags = [\"synthetic\", \"benchmark\"]\n\n[[briefing.sources]]\ntitle = \"Generated text\"\nurl = \"https://example.org/synthetic\"\n",
        size.quotes,
        size.quotes,
        rng.sentence(60),
        rng.sentence(40)
    );
    for a in 0..actors {
        let _ = write!(
            out,
            "\n[[actors]]\nid = \"actor-{a}\"\nname = \"{} {a}\"\nkind = \"person\"\nrole = \"{}\"\ncountry = \"{}\"\nnotes = \"{}\"\n",
            rng.sentence(2),
            rng.sentence(4),
            rng.sentence(1),
            rng.sentence(25)
        );
    }
    for e in 0..events {
        let _ = write!(
            out,
            "\n[[timeline]]\nwhen = \"Day {e}\"\ntitle = \"{}\"\ndetail = \"{}\"\nactors = [\"actor-{}\", \"actor-{}\"]\nstatus = \"reported\"\n",
            rng.sentence(8),
            rng.sentence(30),
            e % actors,
            (e + 1) % actors
        );
    }
    for q in 0..size.quotes {
        let words = 15 + rng.below(40);
        let _ = write!(
            out,
            "\n[[quotes]]\nid = \"quote-{q}\"\nspeaker = \"actor-{}\"\ntext = \"{}\"\ncontext = \"{}\"\nabout = [\"actor-{}\"]\n",
            rng.below(actors),
            rng.sentence(words),
            rng.sentence(4),
            rng.below(actors)
        );
    }
    for i in 0..implications {
        let first = rng.below(size.quotes);
        let cited: Vec<String> = (first..first + 5.min(size.quotes))
            .map(|q| format!("\"quote-{}\"", q % size.quotes))
            .collect();
        let cited = cited.join(", ");
        let _ = write!(
            out,
            "\n[[implications]]\nid = \"implication-{i}\"\nregion = \"{}\"\ntitle = \"{}\"\ndetail = \"{}\"\nseverity = \"medium\"\nactors = [\"actor-{}\"]\nquotes = [{cited}]\n",
            rng.sentence(2),
            rng.sentence(8),
            rng.sentence(40),
            rng.below(actors)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_briefings_load_with_the_requested_counts() {
        for quotes in [0, 1, 100, 1000] {
            let text = briefing(Size { quotes });
            let loaded = crate::briefing::load_bytes("synthetic.toml", text.as_bytes()).unwrap();
            assert_eq!(loaded.quotes.len(), quotes);
            assert_eq!(loaded.actors.len(), (quotes / 10).max(10));
        }
    }
}
