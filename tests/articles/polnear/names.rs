//! Proper names and when two of them mean the same speaker: the speaker key of the PolNeAR
//! scores.
//!
//! **A name** is a run of capitalised words (`Harry M. Reid`, `Bill de Blasio`, `University
//! of Michigan`): a lowercase particle (`de`, `van`, `bin`) joins it when a capitalised word
//! follows, `of` only after an organisation or title word (`Secretary of State`, `Bank of
//! America`). A run ends at punctuation after a word (`Reid,`, `Trump's`, a sentence's full
//! stop; not the dot of an initial or an abbreviation) and never starts at a function word,
//! a month or a weekday (`But`, `The`, `May`). A person's name loses everything up to its
//! last title or honorific (`Senate Minority Leader Harry Reid`, `Texas Sen. Ted Cruz`,
//! `Republican Donald Trump` all give `Harry Reid`, `Ted Cruz`, `Donald Trump`) and any
//! `Jr.`; an organisation's name (its last word an organisation word such as `Committee`,
//! `Post`, `University`, or one all-capital word such as `CNN`) keeps its words.
//!
//! **The fullest form** of a name in an article is the longest name of the article that
//! ends with the same word and holds the name's other words in order (`Gingrich` and `Mr.
//! Gingrich` give `Newt Gingrich`; `Hillary Clinton` gives `Hillary Rodham Clinton`). When
//! several people share the last word (`Bill Clinton`, `Hillary Clinton`), the one written
//! nearest before the place of the quotation wins, else the nearest after.
//!
//! **The same speaker**: two names agree when, compared without case, dots or possessive,
//! they are equal; or their last words are equal and their first words agree (equal, one an
//! initial of the other, one a prefix of the other of three letters or more, or one of the
//! names is a single word); or one is an acronym of the other's capitalised words (`DNC`,
//! `Democratic National Committee`).

use std::ops::Range;

/// Words that start a sentence or a phrase and are never part of a name: function words,
/// sentence adverbs (`Later Gall said`), months and weekdays.
const STOP: &[&str] = &[
    "a",
    "about",
    "according",
    "actually",
    "after",
    "afterward",
    "again",
    "against",
    "all",
    "already",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "apparently",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "certainly",
    "clearly",
    "currently",
    "despite",
    "during",
    "each",
    "earlier",
    "eventually",
    "even",
    "every",
    "finally",
    "first",
    "following",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "indeed",
    "initially",
    "instead",
    "it",
    "its",
    "just",
    "last",
    "later",
    "like",
    "many",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "my",
    "never",
    "next",
    "no",
    "not",
    "now",
    "of",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "perhaps",
    "previously",
    "recently",
    "said",
    "says",
    "separately",
    "she",
    "since",
    "so",
    "some",
    "sometimes",
    "speaking",
    "still",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tonight",
    "under",
    "unless",
    "until",
    "we",
    "well",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yes",
    "yesterday",
    "yet",
    "you",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Titles, honorifics and party labels written before a person's name.
const TITLES: &[&str] = &[
    "adm",
    "ambassador",
    "attorney",
    "candidate",
    "capt",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "col",
    "commissioner",
    "congressman",
    "congresswoman",
    "democrat",
    "democratic",
    "director",
    "dr",
    "former",
    "gen",
    "general",
    "gov",
    "govs",
    "governor",
    "independent",
    "judge",
    "justice",
    "leader",
    "lt",
    "majority",
    "mayor",
    "minister",
    "minority",
    "miss",
    "mr",
    "mrs",
    "ms",
    "pastor",
    "pope",
    "pres",
    "president",
    "prime",
    "prof",
    "professor",
    "rep",
    "reps",
    "representative",
    "republican",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sens",
    "sgt",
    "sheriff",
    "speaker",
    "state",
    "vice",
];

/// Last words of organisations' names.
const ORGANISATIONS: &[&str] = &[
    "action",
    "administration",
    "agency",
    "alliance",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "campaign",
    "caucus",
    "center",
    "centre",
    "chamber",
    "church",
    "club",
    "co",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "daily",
    "department",
    "federation",
    "forum",
    "foundation",
    "fund",
    "gazette",
    "government",
    "group",
    "herald",
    "house",
    "inc",
    "initiative",
    "institute",
    "journal",
    "llc",
    "ltd",
    "magazine",
    "media",
    "ministry",
    "monitor",
    "network",
    "news",
    "office",
    "organization",
    "pac",
    "parliament",
    "party",
    "police",
    "post",
    "press",
    "project",
    "radio",
    "report",
    "reserve",
    "review",
    "school",
    "senate",
    "service",
    "society",
    "television",
    "times",
    "tribune",
    "trust",
    "union",
    "university",
    "watch",
];

/// Lowercase particles inside names (`Bill de Blasio`).
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
];

/// Suffixes left out of a name (`Jr.`).
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A proper name: its words as written (possessive and trailing punctuation removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The words, in order.
    pub words: Vec<String>,
}

impl Name {
    /// The words joined by spaces.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }

    /// The words compared: lowercase, without dots and typographic apostrophes.
    fn keys(&self) -> Vec<String> {
        self.words.iter().map(|w| key(w)).collect()
    }
}

/// One name found in an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the run in the article (titles included).
    pub range: Range<usize>,
    /// The name.
    pub name: Name,
}

/// A word of running text.
struct Word<'a> {
    /// The word without the punctuation around it.
    core: &'a str,
    /// Byte range of `core`.
    range: Range<usize>,
    /// Punctuation before the word (an opening bracket or quotation mark).
    opens: bool,
    /// Punctuation after the word that ends a name (a comma, a full stop, a possessive).
    closes: bool,
}

/// A word as compared: lowercase, without dots, typographic apostrophes made straight.
fn key(word: &str) -> String {
    word.chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of `text` (offsets from `base`).
fn words(text: &str, base: usize) -> Vec<Word<'_>> {
    pieces(text)
        .map(|piece| word(&text[piece.clone()], base + piece.start))
        .collect()
}

/// The byte ranges of `text`'s whitespace-separated pieces.
pub fn pieces(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.split_whitespace().map(move |piece| {
        let start = piece.as_ptr() as usize - text.as_ptr() as usize;
        start..start + piece.len()
    })
}

/// One whitespace-separated token as a [`Word`]; one without a letter (`66,`, `—`) has an
/// empty core, so it ends a name.
fn word(token: &str, at: usize) -> Word<'_> {
    let lead = token.len()
        - token
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let mut core = &token[lead..];
    let mut closes = false;
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = core.strip_suffix(suffix)
            && !stem.is_empty()
            && (suffix.len() > 1 || stem.ends_with('s'))
        {
            core = stem;
            closes = true;
            break;
        }
    }
    let trimmed = core.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if trimmed.len() < core.len() {
        closes = true;
    }
    core = trimmed;
    if let Some(stem) = core.strip_suffix('.')
        && !is_abbreviation(core)
    {
        core = stem;
        closes = true;
    }
    if !core.chars().any(char::is_alphabetic) {
        core = "";
    }
    Word {
        core,
        range: at + lead..at + lead + core.len(),
        opens: lead > 0,
        closes,
    }
}

/// True for a word ending in a dot that is not a sentence's end: an initial (`M.`), a word
/// with inner dots (`U.S.`), or a title (`Sen.`, `Mr.`, `Jr.`).
fn is_abbreviation(word: &str) -> bool {
    let stem = word.trim_end_matches('.');
    let k = key(stem);
    stem.chars().count() == 1
        || stem.contains('.')
        || TITLES.contains(&k.as_str())
        || SUFFIXES.contains(&k.as_str())
        || STOP.contains(&k.as_str())
}

/// True when `word` may be part of a name by itself: capitalised, not a function word.
fn capitalised(word: &str) -> bool {
    let first_upper = word.chars().next().is_some_and(char::is_uppercase)
        || word
            .split_once('-')
            .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase));
    first_upper && !STOP.contains(&key(word).as_str())
}

/// Every name of `text`, in reading order, with byte offsets from `base`.
fn runs(text: &str, base: usize) -> Vec<Found> {
    let words = words(text, base);
    let mut out = Vec::new();
    let mut run: Vec<&Word> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if w.opens {
            close(&mut run, &mut out);
        }
        let next_capitalised = words
            .get(i + 1)
            .is_some_and(|n| !n.opens && capitalised(n.core));
        let k = key(w.core);
        let joins = !w.closes
            && next_capitalised
            && !run.is_empty()
            && (PARTICLES.contains(&k.as_str())
                || (k == "of"
                    && run.last().is_some_and(|l| {
                        let l = key(l.core);
                        ORGANISATIONS.contains(&l.as_str()) || TITLES.contains(&l.as_str())
                    })));
        let starts_particle = run.is_empty() && next_capitalised && PARTICLES.contains(&k.as_str());
        if capitalised(w.core) || joins || starts_particle {
            run.push(w);
            if w.closes {
                close(&mut run, &mut out);
            }
        } else {
            close(&mut run, &mut out);
        }
    }
    close(&mut run, &mut out);
    out
}

/// Ends the name being read: titles and suffixes removed, kept when a word is left.
fn close(run: &mut Vec<&Word>, out: &mut Vec<Found>) {
    if run.is_empty() {
        return;
    }
    let range = run[0].range.start..run[run.len() - 1].range.end;
    let mut words: Vec<&str> = run.iter().map(|w| w.core).collect();
    run.clear();
    while words
        .last()
        .is_some_and(|w| SUFFIXES.contains(&key(w).as_str()))
    {
        words.pop();
    }
    // A lowercase particle or `of` never ends a name.
    while words.last().is_some_and(|w| !capitalised(w)) {
        words.pop();
    }
    if !is_organisation(&words)
        && let Some(last_title) = words
            .iter()
            .rposition(|w| TITLES.contains(&key(w).as_str()))
    {
        words.drain(..=last_title);
    }
    if !words.is_empty() {
        out.push(Found {
            range,
            name: Name {
                words: words.into_iter().map(str::to_owned).collect(),
            },
        });
    }
}

/// True when `words` name an organisation: its last word is an organisation word, or it is
/// one word in capitals (`CNN`).
pub fn is_organisation<S: AsRef<str>>(words: &[S]) -> bool {
    let Some(last) = words.last().map(AsRef::as_ref) else {
        return false;
    };
    ORGANISATIONS.contains(&key(last).as_str())
        || (words.len() == 1
            && last.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && last.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
}

/// The names of an article, for the fullest form of a name.
pub struct NameIndex {
    found: Vec<Found>,
}

impl NameIndex {
    /// Every name of `article`.
    pub fn new(article: &str) -> Self {
        NameIndex {
            found: runs(article, 0),
        }
    }

    /// Every name of the article, in reading order.
    pub fn names(&self) -> &[Found] {
        &self.found
    }

    /// The fullest form in the article of `name`, as spoken of at byte `at` (see the module
    /// comment); `name` itself when the article has none longer.
    pub fn fullest(&self, name: &Name, at: usize) -> Name {
        let want = name.keys();
        let candidates: Vec<&Found> = self
            .found
            .iter()
            .filter(|f| f.name.words.len() > want.len() && holds(&f.name.keys(), &want))
            .collect();
        // The person meant: nearest before `at`, else nearest after.
        let nearest = candidates
            .iter()
            .filter(|f| f.range.start <= at)
            .max_by_key(|f| f.range.start)
            .or_else(|| candidates.iter().min_by_key(|f| f.range.start));
        let Some(nearest) = nearest else {
            return name.clone();
        };
        let first = nearest.name.keys()[0].clone();
        candidates
            .iter()
            .filter(|f| f.name.keys()[0] == first)
            .max_by_key(|f| f.name.words.len())
            .map_or_else(|| name.clone(), |f| f.name.clone())
    }
}

/// True when `longer` ends with the last word of `shorter` and holds its other words in
/// order.
fn holds(longer: &[String], shorter: &[String]) -> bool {
    let (Some(last), Some(want_last)) = (longer.last(), shorter.last()) else {
        return false;
    };
    if last != want_last {
        return false;
    }
    let mut rest = longer[..longer.len() - 1].iter();
    shorter[..shorter.len() - 1]
        .iter()
        .all(|w| rest.any(|l| l == w))
}

/// The name a phrase stands for, when it stands for one: `text` is a Source mention or a
/// drafted speaker (`Geoff Garin, a Democratic pollster`, `the White House press secretary,
/// Josh Earnest`, `Mr. Trump`). Brackets are left out (`Maricopa County (Ariz.) Sheriff Joe
/// Arpaio`), then the phrase is cut at commas and dashes into parts,
/// and each part at its first preposition or relative word (`of`, `for`, `who`); the name is
/// that of the first part whose last word ends a name (`a spokesman for Bernie Sanders`
/// names nobody: its part is `a spokesman`).
pub fn name_in(text: &str) -> Option<Name> {
    let text = without_brackets(text);
    for part in text.split([',', ';', '—', '–']) {
        let part = part.split(" - ").next().unwrap_or(part);
        let head = cut_at_phrase(part);
        let words = words(head, 0);
        let Some(last) = words.iter().rev().find(|w| !w.core.is_empty()) else {
            continue;
        };
        let found = runs(head, 0);
        if let Some(f) = found.last()
            && f.range.end >= last.range.end
            && !generic(&f.name)
        {
            return Some(f.name.clone());
        }
    }
    None
}

/// `text` with every bracketed part, brackets included, made a space.
fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .map(|c| match c {
            '(' | '[' => {
                depth += 1;
                ' '
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                ' '
            }
            _ if depth > 0 => ' ',
            _ => c,
        })
        .collect()
}

/// `part` up to its first lowercase preposition or relative word outside a name (the `of`
/// of `American Federation of Teachers` stays).
fn cut_at_phrase(part: &str) -> &str {
    const CUTS: &[&str] = &[
        "about",
        "among",
        "at",
        "behind",
        "by",
        "close",
        "familiar",
        "for",
        "from",
        "in",
        "inside",
        "involved",
        "near",
        "of",
        "on",
        "outside",
        "representing",
        "that",
        "to",
        "which",
        "who",
        "whose",
        "with",
        "within",
        "working",
    ];
    let names = runs(part, 0);
    words(part, 0)
        .iter()
        .find(|w| CUTS.contains(&w.core) && !names.iter().any(|n| n.range.contains(&w.range.start)))
        .map_or(part, |w| &part[..w.range.start])
}

/// True for one capitalised common noun that names no one (`Officials`, `Transcript`).
fn generic(name: &Name) -> bool {
    const GENERIC: &[&str] = &[
        "advisers",
        "aides",
        "americans",
        "analysts",
        "conservatives",
        "critics",
        "delegates",
        "democrats",
        "donors",
        "economists",
        "experts",
        "lawmakers",
        "leaders",
        "liberals",
        "members",
        "observers",
        "officials",
        "others",
        "people",
        "polls",
        "progressives",
        "protesters",
        "reporters",
        "republicans",
        "sources",
        "supporters",
        "transcript",
        "voters",
        "witnesses",
    ];
    name.words.len() == 1 && GENERIC.contains(&key(&name.words[0]).as_str())
}

/// True when `a` and `b` name the same speaker (see the module comment).
pub fn same_speaker(a: &Name, b: &Name) -> bool {
    let (ka, kb) = (a.keys(), b.keys());
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb || acronym_of(a, b) || acronym_of(b, a) {
        return true;
    }
    if ka.last() != kb.last() {
        return false;
    }
    if ka.len() == 1 || kb.len() == 1 {
        return true;
    }
    first_names_agree(&ka[0], &kb[0])
}

/// True when given names `a` and `b` may be the same: equal, an initial, or a prefix of
/// three letters or more (`Chris`, `Christopher`).
fn first_names_agree(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.chars().count() == 1 && long.starts_with(short))
        || (short.chars().count() >= 3 && long.starts_with(short))
}

/// True when `short` is one word in capitals made of the initials of `long`'s capitalised
/// words (`DNC`).
fn acronym_of(short: &Name, long: &Name) -> bool {
    let [word] = short.words.as_slice() else {
        return false;
    };
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.chars().count() < 2 || letters.chars().any(char::is_lowercase) {
        return false;
    }
    let initials: String = long
        .words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    initials.chars().count() >= 2 && initials == letters
}
