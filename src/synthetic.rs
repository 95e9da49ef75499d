//! Large synthetic briefings, and libraries of many briefings, for benchmarks and tests at
//! size: deterministic, valid format 1, with realistic field lengths and links. Not part of
//! the command line.

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

/// A valid format-1 briefing that is mostly a network: `actors` actors with names of about 15
/// columns, each quoted twice about others (the earlier actors more often, as in a real story
/// with a few central people), and an event of three actors for every fourth actor. About
/// 200 bytes an actor: 20,000 actors fit well under the file cap.
pub fn network(actors: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let actors = actors.max(2);
    // Skewed towards small indexes: the square of a uniform draw.
    let someone = |rng: &mut Rng| {
        let u = rng.below(actors);
        u * u / actors
    };
    let mut out = String::with_capacity(actors * 220);
    let _ = write!(
        out,
        "format = 1\n\n[briefing]\nid = \"network-{actors}\"\ntitle = \"A network of {actors} actors\"\nsummary = \"Synthetic.\"\n"
    );
    for a in 0..actors {
        let _ = write!(
            out,
            "\n[[actors]]\nid = \"a{a}\"\nname = \"{} {} {a}\"\nkind = \"person\"\n",
            FIRST_NAMES[a % FIRST_NAMES.len()],
            LAST_NAMES[(a / FIRST_NAMES.len()) % LAST_NAMES.len()]
        );
    }
    for q in 0..actors * 2 {
        let about = someone(&mut rng);
        let _ = write!(
            out,
            "\n[[quotes]]\nid = \"q{q}\"\nspeaker = \"a{}\"\ntext = \"{}\"\nabout = [\"a{about}\"]\n",
            q / 2,
            rng.sentence(3)
        );
    }
    for e in 0..actors / 4 {
        let mut members: Vec<String> = (0..3)
            .map(|_| format!("\"a{}\"", someone(&mut rng)))
            .collect();
        members.sort_unstable();
        members.dedup();
        let _ = write!(
            out,
            "\n[[timeline]]\nwhen = \"Day {e}\"\ntitle = \"Meeting {e}\"\nactors = [{}]\n",
            members.join(", ")
        );
    }
    out
}

/// First names of the library's shared people, a few with diacritics.
const FIRST_NAMES: &[&str] = &[
    "Aiko", "Boris", "Chen", "Dana", "Emre", "Farah", "Goran", "Hana", "Ilse", "Jonas", "Kenji",
    "Lena", "Mateo", "Nadia", "Oleg", "Priya", "Quentin", "Rosa", "Sven", "Tomás", "Ursula",
    "Vikram", "Wen", "Yara", "Zoltán",
];

/// Family names of the library's shared people.
const LAST_NAMES: &[&str] = &[
    "Abe",
    "Bauer",
    "Costa",
    "Dimitrov",
    "Eriksen",
    "Fujita",
    "García",
    "Horvat",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quist",
    "Rossi",
    "Sato",
    "Tanaka",
    "Umarov",
    "Vargas",
    "Weber",
    "Yılmaz",
    "Zhou",
];

/// States shared by the library's briefings.
const STATES: &[&str] = &[
    "Japan",
    "North Korea",
    "South Korea",
    "Russia",
    "Ukraine",
    "United States",
    "China",
    "Germany",
    "France",
    "Poland",
    "Türkiye",
    "India",
    "Brazil",
    "Norway",
    "Finland",
];

/// Tags the library's briefings draw from.
const TAGS: &[&str] = &[
    "security",
    "diplomacy",
    "sanctions",
    "energy",
    "trade",
    "missiles",
    "elections",
    "arctic",
    "cyber",
    "migration",
    "maritime",
    "nuclear",
    "alliances",
    "economy",
    "climate",
];

/// How many shared people the library draws from.
const SHARED_PEOPLE: usize = 400;

/// The name of the person every tenth briefing of a library follows (see [`library_briefing`]).
pub const LIBRARY_HERO: &str = "Aurélie Kanemoto";

/// Briefing `ix` of a synthetic library: about the size of the bundled briefing (16 actors,
/// 12 events, 16 quotes, 5 implications, 15-25 KB), dated within 2023-2024, with people and
/// states shared across briefings under varying ids and spellings (the same id, the name in
/// capitals, or the name as an alias of a longer one), and [`LIBRARY_HERO`] quoted and taking
/// part in every tenth briefing.
pub fn library_briefing(ix: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (ix as u64 + 1).wrapping_mul(0x0100_0000_01b3));
    let offset = rng.below(730);
    let (year, month, day) = date_in_two_years(offset);
    let mut out = String::with_capacity(24 * 1024);
    let tags: Vec<String> = (0..3 + rng.below(3))
        .map(|_| format!("\"{}\"", TAGS[rng.below(TAGS.len())]))
        .collect();
    let _ = write!(
        out,
        "format = 1\n\n[briefing]\nid = \"library-{ix}\"\ntitle = \"{}\"\ndate = \"{year:04}-{month:02}-{day:02}\"\nsummary = \"\"\"{}\n\n{}\n\n{}\"\"\"\ntags = [{}]\n\n[[briefing.sources]]\ntitle = \"Generated text\"\n",
        rng.sentence(9),
        rng.sentence(90),
        rng.sentence(80),
        rng.sentence(70),
        tags.join(", ")
    );
    // Actors: the hero in every tenth briefing, shared people, shared states, local people.
    let mut ids = Vec::new();
    if ix.is_multiple_of(10) {
        ids.push(person(&mut out, &mut rng, ix, 0));
    }
    while ids.len() < 8 {
        // Skewed: low-numbered people appear in many briefings, high-numbered in few.
        let spread = rng.below(SHARED_PEOPLE - 1);
        let k = 1 + rng.below(spread + 1);
        let id = person(&mut out, &mut rng, ix, k);
        if ids.contains(&id) {
            // The same person drawn twice: keep the file valid by dropping the duplicate.
            out.truncate(out.rfind("\n[[actors]]").unwrap_or(out.len()));
        } else {
            ids.push(id);
        }
    }
    let first_state = rng.below(STATES.len());
    for s in 0..3 {
        let name = STATES[(first_state + s * 5) % STATES.len()];
        let id = format!("state-{}", (first_state + s * 5) % STATES.len());
        let _ = write!(
            out,
            "\n[[actors]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"state\"\nnotes = \"{}\"\n",
            rng.sentence(35)
        );
        ids.push(id);
    }
    while ids.len() < 16 {
        let id = format!("local-{}", ids.len());
        let _ = write!(
            out,
            "\n[[actors]]\nid = \"{id}\"\nname = \"{} {}\"\nkind = \"group\"\nnotes = \"{}\"\n",
            rng.sentence(2),
            ids.len(),
            rng.sentence(30)
        );
        ids.push(id);
    }
    let hero = ix.is_multiple_of(10);
    for e in 0..12 {
        let actors = if hero && e == 0 {
            format!("\"{}\", \"{}\"", ids[0], ids[8])
        } else {
            // A person (1-7 or 11-15) and a state (8-10).
            let person = 1 + rng.below(12);
            let person = if person >= 8 { person + 3 } else { person };
            format!("\"{}\", \"{}\"", ids[person], ids[8 + e % 3])
        };
        let _ = write!(out, "\n[[timeline]]\n");
        if e % 3 == 0 {
            let _ = writeln!(out, "id = \"event-{e}\"");
        }
        let _ = writeln!(out, "when = \"Day {e}\"");
        if e % 2 == 0 {
            // Events lead up to the briefing's date.
            let (y, m, d) = date_in_two_years(offset.saturating_sub(36 - 3 * e));
            let _ = writeln!(out, "date = \"{y:04}-{m:02}-{d:02}\"");
        }
        let _ = write!(
            out,
            "title = \"{}\"\ndetail = \"{}\"\nactors = [{actors}]\nstatus = \"reported\"\n",
            rng.sentence(8),
            rng.sentence(30)
        );
    }
    for q in 0..16 {
        let speaker = if hero && q < 2 { 0 } else { 1 + rng.below(15) };
        let words = 20 + rng.below(40);
        let _ = write!(
            out,
            "\n[[quotes]]\nid = \"quote-{q}\"\nspeaker = \"{}\"\ntext = \"{}\"\ncontext = \"{}\"\nabout = [\"{}\"]\n",
            ids[speaker],
            rng.sentence(words),
            rng.sentence(5),
            ids[8 + rng.below(3)]
        );
    }
    for i in 0..5 {
        let _ = write!(
            out,
            "\n[[implications]]\nid = \"implication-{i}\"\nregion = \"{}\"\ntitle = \"{}\"\ndetail = \"{}\"\nseverity = \"medium\"\nactors = [\"{}\"]\nquotes = [\"quote-{}\"]\n",
            rng.sentence(2),
            rng.sentence(8),
            rng.sentence(40),
            ids[8 + i % 3],
            rng.below(16)
        );
    }
    out
}

/// Writes shared person `k` (0 is [`LIBRARY_HERO`]) as briefing `ix` names them; returns
/// the id used. A third of briefings use the person's usual id, a third write the name in
/// capitals under another id, a third give a longer name with the usual one as an alias.
fn person(out: &mut String, rng: &mut Rng, ix: usize, k: usize) -> String {
    let name = match k {
        0 => LIBRARY_HERO.to_owned(),
        _ => format!(
            "{} {}",
            FIRST_NAMES[k % FIRST_NAMES.len()],
            LAST_NAMES[k / FIRST_NAMES.len() % LAST_NAMES.len()]
        ),
    };
    let (id, shown, aliases) = match ix % 3 {
        0 => (format!("person-{k}"), name, String::new()),
        1 => (format!("p{k}-{ix}"), name.to_uppercase(), String::new()),
        _ => (
            format!("actor-{k}-{ix}"),
            format!("Dr. {name}"),
            format!("aliases = [\"{name}\"]\n"),
        ),
    };
    let _ = write!(
        out,
        "\n[[actors]]\nid = \"{id}\"\nname = \"{shown}\"\nkind = \"person\"\nrole = \"{}\"\n{aliases}notes = \"{}\"\n",
        rng.sentence(4),
        rng.sentence(40)
    );
    id
}

/// The date `days` days after 2023-01-01 (at most two years on).
fn date_in_two_years(days: usize) -> (u16, u8, u8) {
    const MONTHS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut left = days.min(729);
    let mut year = 2023;
    loop {
        let leap = usize::from(year == 2024);
        for (m, &len) in MONTHS.iter().enumerate() {
            let len = len + usize::from(m == 1) * leap;
            if left < len {
                return (year, m as u8 + 1, left as u8 + 1);
            }
            left -= len;
        }
        year += 1;
    }
}

/// The process's peak resident set size in KiB, read from `/proc/self/status` (Linux; 0
/// elsewhere): for the memory figures of the examples.
pub fn peak_memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Writes a library of `count` synthetic briefings ([`library_briefing`]) into `folder` as
/// `briefing-00000.toml`, ...
pub fn write_library(folder: &std::path::Path, count: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    for ix in 0..count {
        std::fs::write(
            folder.join(format!("briefing-{ix:05}.toml")),
            library_briefing(ix),
        )?;
    }
    Ok(())
}

/// Writes `count` briefings of a few lines each into `folder` as `b0.toml`, ...: briefing
/// `b{n}`, titled `Briefing {n}`, holds the word `qx{n}z` and no other of its kind. Many files
/// quick to index, for tests of a library larger than one write of the index.
pub fn write_small_library(folder: &std::path::Path, count: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    for n in 0..count {
        std::fs::write(
            folder.join(format!("b{n}.toml")),
            format!(
                "format = 1\n[briefing]\nid = \"b{n}\"\ntitle = \"Briefing {n}\"\n\
                 summary = \"Holds the word qx{n}z and no other.\"\n"
            ),
        )?;
    }
    Ok(())
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

    #[test]
    fn library_briefings_load_at_a_realistic_size_within_two_years() {
        for ix in 0..60 {
            let text = library_briefing(ix);
            let loaded = crate::briefing::load_bytes("library.toml", text.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                (
                    loaded.actors.len(),
                    loaded.timeline.len(),
                    loaded.quotes.len()
                ),
                (16, 12, 16)
            );
            assert!((12_000..30_000).contains(&text.len()), "{}", text.len());
            let year = loaded.meta.date.unwrap().year;
            assert!((2023..=2024).contains(&year));
            let hero = loaded.actors.iter().any(|a| {
                crate::store::fold(a.name.as_str()).contains("aurelie kanemoto")
                    || a.aliases.iter().any(|n| n.as_str() == LIBRARY_HERO)
            });
            assert_eq!(hero, ix % 10 == 0, "{ix}");
        }
        assert_eq!(date_in_two_years(0), (2023, 1, 1));
        assert_eq!(date_in_two_years(365 + 59), (2024, 2, 29));
        assert_eq!(date_in_two_years(729), (2024, 12, 30));
    }
}
