//! Bytes to a validated [`Briefing`]: every error of a file collected, each located and safe
//! to print.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::io::Read as _;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use super::files;
use super::grade::{self, Credibility};
use super::model::{
    Actor, ActorKind, Briefing, Change, Event, EventIx, Implication, ImplicationIx, Meta, Named,
    PartialDate, Quote, QuoteIx, Source, Status,
};
use crate::diag::{self, Diagnostic, LineIndex, echo};
use crate::text::{Lines, SafeText};
use crate::toml_read::{self, Item, Key, Map, Need, Table, Value, Written};
use crate::toml_stream::{self, Header, Unsupported};

/// Largest briefing file read, in bytes; larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most errors printed for one file; the rest are counted.
const MAX_ERRORS_SHOWN: usize = 50;

/// The only format version this build reads.
pub const FORMAT_VERSION: i64 = 1;

/// Why a briefing could not be loaded: a message ready to print (already sanitized).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Every problem found, each located, joined by newlines.
    pub message: String,
    /// How many problems were found.
    pub count: usize,
}

impl LoadError {
    fn one(name: &str, message: impl fmt::Display) -> LoadError {
        LoadError {
            message: format!("{}: {message}", SafeText::excerpt(name, 200)),
            count: 1,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.trim_end())
    }
}

impl std::error::Error for LoadError {}

impl From<LoadError> for String {
    /// The message, as [`fmt::Display`] shows it.
    fn from(error: LoadError) -> String {
        error.to_string()
    }
}

/// Loads a briefing file, refusing directories, special files, files over [`MAX_FILE_BYTES`]
/// and links to files outside the folder that holds them (see [`read_briefing`]).
pub fn load_path(path: &Path) -> Result<Briefing, LoadError> {
    let bytes = read_briefing(path)?;
    load_bytes(&path.display().to_string(), &bytes)
}

/// Reads a briefing file as [`read_capped`] does, but only when the file opened lies (after
/// every link) inside the folder that holds the name it was opened by: a link planted in a
/// folder of briefings (git stores links) never makes `brief` print a line of a file
/// elsewhere. The check is made on the open handle, so a link swapped after the check
/// changes nothing. The error names the path and shows nothing of where it points.
pub fn read_briefing(path: &Path) -> Result<Vec<u8>, LoadError> {
    let fail = |phrase: String| LoadError::one(&path.display().to_string(), phrase);
    let file = open(path).map_err(|error| fail(capped_phrase(error)))?;
    let metadata = regular(&file).map_err(|error| fail(capped_phrase(error)))?;
    if !files::inside_own_folder(&file, path) {
        return Err(fail(
            "is a link to a file outside its folder, so it is not read; name the file it \
             points to if you mean to read it"
                .into(),
        ));
    }
    read_open(file, &metadata, MAX_FILE_BYTES).map_err(|error| fail(capped_phrase(error)))
}

/// Reads a whole file of at most [`MAX_FILE_BYTES`], or says in a phrase why not.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    read_at_most(path, MAX_FILE_BYTES).map_err(capped_phrase)
}

/// The phrase for an error of [`read_capped`].
fn capped_phrase(error: ReadError) -> String {
    match error {
        ReadError::TooBig(len) => too_big(len),
        ReadError::Folder => "is a folder, not a briefing file".into(),
        ReadError::Other(phrase) => phrase,
    }
}

/// Why [`read_at_most`] read nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file holds more than the limit: at least this many bytes.
    TooBig(u64),
    /// The path is a folder.
    Folder,
    /// Any other reason, as a phrase safe to print (`no such file`, `permission denied`).
    Other(String),
}

/// Reads a whole regular file of at most `limit` bytes. The file is opened without blocking
/// and its type checked on the open handle, so a path swapped for a FIFO or a device between
/// a check and the open can neither block the caller nor be read.
pub fn read_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open(path)?;
    let metadata = regular(&file)?;
    read_open(file, &metadata, limit)
}

/// Opens `path` for reading without blocking (a FIFO) or taking a terminal.
fn open(path: &Path) -> Result<std::fs::File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|error| ReadError::Other(io_phrase(error)))
}

/// The metadata of an open file that is a regular file.
fn regular(file: &std::fs::File) -> Result<std::fs::Metadata, ReadError> {
    let metadata = file
        .metadata()
        .map_err(|error| ReadError::Other(io_phrase(error)))?;
    if metadata.is_dir() {
        return Err(ReadError::Folder);
    }
    if !metadata.is_file() {
        return Err(ReadError::Other(
            "is not a regular file (a pipe or a device?)".into(),
        ));
    }
    Ok(metadata)
}

/// Reads the open regular `file` whole, when it holds at most `limit` bytes.
fn read_open(
    file: std::fs::File,
    metadata: &std::fs::Metadata,
    limit: u64,
) -> Result<Vec<u8>, ReadError> {
    if metadata.len() > limit {
        return Err(ReadError::TooBig(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ReadError::Other(io_phrase(error)))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(len: u64) -> String {
    format!(
        "file is too big ({} MiB; the limit is {} MiB): split it into several briefings",
        len.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// A short phrase for an I/O error, without the OS's "(os error 2)" suffix.
fn io_phrase(error: std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
            SafeText::excerpt(&text, 200).to_string()
        }
    }
}

/// Loads a briefing from its bytes; `name` is how the file is named in messages.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Briefing, LoadError> {
    load_str(name, text_of(name, bytes)?)
}

/// The TOML text of a briefing file's bytes: at most [`MAX_FILE_BYTES`], UTF-8, without NUL
/// bytes or a byte order mark, not blank.
pub fn text_of<'b>(name: &str, bytes: &'b [u8]) -> Result<&'b str, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::one(name, too_big(bytes.len() as u64)));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.valid_up_to();
            // The bytes before the bad one are valid, so they give the line and column.
            let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            return Err(LoadError::one(
                &format!("{name}:{line}:{column}"),
                format!(
                    "not UTF-8 text (invalid byte 0x{:02X}, byte offset {offset}); save the file as UTF-8",
                    bytes[offset]
                ),
            ));
        }
    };
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Err(LoadError::one(
            name,
            "holds NUL bytes: this is a binary file, not a briefing",
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::one(
            name,
            "file is empty; a briefing starts with `format = 1`",
        ));
    }
    Ok(text)
}

/// Loads a briefing from TOML text. A file in the layout the format is written in is built as
/// it is parsed, section by section; any other (or any file with a problem) is parsed whole
/// first, and that reading alone says what is wrong.
pub fn load_str(name: &str, text: &str) -> Result<Briefing, LoadError> {
    if let Some(briefing) = stream(text) {
        return Ok(briefing);
    }
    let result = toml_read::parse(text).and_then(|doc| build(&doc, text));
    result.map_err(|diagnostics| {
        let shown = &diagnostics[..diagnostics.len().min(MAX_ERRORS_SHOWN)];
        let mut message = diag::render(name, text, shown);
        if diagnostics.len() > shown.len() {
            message.push_str(&format!(
                "… and {} more errors\n",
                diagnostics.len() - shown.len()
            ));
        }
        LoadError {
            message,
            count: diagnostics.len(),
        }
    })
}

const ROOT_KEYS: &[&str] = &[
    "format",
    "briefing",
    "actors",
    "timeline",
    "quotes",
    "implications",
];
const BRIEFING_KEYS: &[&str] = &["id", "title", "date", "summary", "tags", "sources", "draft"];
const SOURCE_KEYS: &[&str] = &[
    "id",
    "title",
    "publisher",
    "url",
    "published",
    "file",
    "reliability",
];
const ACTOR_KEYS: &[&str] = &[
    "id",
    "name",
    "kind",
    "role",
    "affiliation",
    "country",
    "aliases",
    "notes",
    "wikidata",
    "reliability",
];
const EVENT_KEYS: &[&str] = &[
    "id",
    "when",
    "date",
    "until",
    "title",
    "detail",
    "actors",
    "status",
    "credibility",
    "basis",
    "sources",
    "corroborated_by",
    "history",
];
const HISTORY_KEYS: &[&str] = &["status", "source", "date"];
const QUOTE_KEYS: &[&str] = &[
    "id",
    "speaker",
    "text",
    "context",
    "about",
    "credibility",
    "source",
];
const IMPLICATION_KEYS: &[&str] = &[
    "id",
    "region",
    "title",
    "detail",
    "severity",
    "actors",
    "quotes",
    "likelihood",
    "confidence",
    "basis",
    "sources",
];

/// Turns a document parsed whole into a briefing, or every problem found in it.
fn build(doc: &Map<'_>, text: &str) -> Result<Briefing, Vec<Diagnostic>> {
    let mut builder = Builder::new(text);
    let root = Table::new(doc, 0..0, "the file", ROOT_KEYS, &mut builder.errors);
    if !builder.format(&root) {
        return Err(builder.errors);
    }
    if let Some((table, span)) = root.table("briefing", Need::Required, &mut builder.errors) {
        builder.meta(table, span);
    }
    // Actors are all read before the lists that refer to them (TOML groups each array of
    // tables), so references resolve as they are read; implications come after quotes.
    for (table, span) in root.tables("actors", &mut builder.errors) {
        builder.actor(table, span);
    }
    for (table, span) in root.tables("timeline", &mut builder.errors) {
        builder.event(table, span);
    }
    for (table, span) in root.tables("quotes", &mut builder.errors) {
        builder.quote(table, span);
    }
    for (table, span) in root.tables("implications", &mut builder.errors) {
        builder.implication(table, span);
    }
    builder.finish()
}

/// The briefing of a file in the format's own layout (`format`, `[briefing]` and its
/// `[[briefing.sources]]`, then `[[actors]]` before the entries that name them, and quotes
/// before the implications that cite them), built section by section as the file is parsed;
/// None for any other file, or one with a problem.
fn stream<'i>(text: &'i str) -> Option<Briefing> {
    let mut builder = Builder::new(text);
    let mut meta: Option<(Map<'i>, Range<usize>)> = None;
    let mut root_read = false;
    // `[[briefing.sources]]` headers read so far: before the first, a `sources` key of
    // `[briefing]` is an inline array, which no header may extend.
    let mut sources_read = false;
    let mut each = |header: Header<'_, 'i>, table: Map<'i>| {
        let path: Vec<&str> = header.path.iter().map(AsRef::as_ref).collect();
        match (path.as_slice(), header.array) {
            ([], false) if !root_read => {
                root_read = true;
                // Any root key but `format` is either unknown or an item list written
                // otherwise than as an array of tables.
                if table.keys().any(|key| key.name != "format") {
                    return Err(Unsupported);
                }
                let root = Table::new(&table, 0..0, "the file", ROOT_KEYS, &mut builder.errors);
                builder.format(&root);
            }
            (["briefing"], false) if meta.is_none() => meta = Some((table, header.span())),
            (["briefing", "sources"], true) => {
                let (briefing, _) = meta.as_mut().ok_or(Unsupported)?;
                if !sources_read && briefing.contains_key("sources") {
                    return Err(Unsupported);
                }
                sources_read = true;
                push_table(briefing, "sources", header.span(), table)?;
            }
            (["actors"], true) => builder.actor(&table, header.span()),
            (["timeline"], true) => builder.event(&table, header.span()),
            (["quotes"], true) => builder.quote(&table, header.span()),
            (["implications"], true) => builder.implication(&table, header.span()),
            _ => return Err(Unsupported),
        }
        if builder.errors.is_empty() {
            Ok(())
        } else {
            Err(Unsupported)
        }
    };
    toml_stream::sections(text, &mut each).ok()?;
    let (table, span) = meta?;
    builder.meta(&table, span);
    builder.finish().ok()
}

/// Appends `table` (whose header is at `span`) to the array of tables `key` of `parent`, as a
/// whole parse does for `[[parent.key]]`.
fn push_table<'i>(
    parent: &mut Map<'i>,
    key: &'static str,
    span: Range<usize>,
    table: Map<'i>,
) -> Result<(), Unsupported> {
    let value = Value {
        span: span.clone(),
        item: Item::Table(table),
    };
    match parent.get_mut(key) {
        None => parent.push(
            Key {
                name: key.into(),
                span: span.clone(),
            },
            Value {
                span,
                item: Item::Array(vec![value]),
            },
        ),
        // The key was made by an earlier header (the caller makes sure of it).
        Some(Value {
            item: Item::Array(items),
            ..
        }) => items.push(value),
        Some(_) => return Err(Unsupported),
    }
    Ok(())
}

/// A briefing built entry by entry, with every problem found on the way.
struct Builder<'i> {
    lines: LineIndex<'i>,
    at_line: LineCounter<'i>,
    ids: Ids<'i>,
    errors: Vec<Diagnostic>,
    meta: Option<Meta>,
    actors: Vec<Actor>,
    timeline: Vec<Event>,
    quotes: Vec<Quote>,
    implications: Vec<Implication>,
    /// References resolved once the whole file is read.
    later: Vec<Later>,
}

/// References read before what they name may be: sources are defined in `[briefing]`, which
/// the streamed reading builds last, and an event may name a later event.
struct Later {
    /// Where the resolved references go.
    to: Target,
    /// The ids as written, with their spans.
    refs: Vec<(String, Range<usize>)>,
}

/// The field a [`Later`] fills.
#[derive(Clone, Copy)]
enum Target {
    /// A quote's `source`.
    QuoteSource(QuoteIx),
    /// An event's `sources`.
    EventSources(EventIx),
    /// An event's `corroborated_by`.
    Corroboration(EventIx),
    /// The `source` of step `.1` of an event's `history`.
    HistorySource(EventIx, usize),
    /// An implication's `sources`.
    ImplicationSources(ImplicationIx),
}

/// References as [`Later`] keeps them.
fn owned(refs: &[Spanned<&str>]) -> Vec<(String, Range<usize>)> {
    refs.iter()
        .map(|r| ((*r.get_ref()).to_owned(), r.span()))
        .collect()
}

impl<'i> Builder<'i> {
    fn new(text: &'i str) -> Builder<'i> {
        Builder {
            lines: LineIndex::new(text),
            at_line: LineCounter::new(text),
            ids: Ids::default(),
            errors: Vec::new(),
            meta: None,
            actors: Vec::new(),
            timeline: Vec::new(),
            quotes: Vec::new(),
            implications: Vec::new(),
            later: Vec::new(),
        }
    }

    /// Resolves `refs` for `to` once the whole file is read.
    fn later(&mut self, to: Target, refs: &[Spanned<&str>]) {
        if !refs.is_empty() {
            self.later.push(Later {
                to,
                refs: owned(refs),
            });
        }
    }

    /// Checks `format`; false when it names a version this build cannot read (nothing else is
    /// worth reading then).
    fn format(&mut self, root: &Table<'_, '_>) -> bool {
        let errors = &mut self.errors;
        if let Some(format) = root.integer("format", Need::Required, errors)
            && *format.get_ref() != FORMAT_VERSION
        {
            errors.push(Diagnostic::at(
                format.span(),
                format!(
                    "format = {} is not supported: this version of brief reads format {FORMAT_VERSION}",
                    format.get_ref()
                ),
            ));
            return false;
        }
        true
    }

    /// Reads the `[briefing]` table (its header at `span`).
    fn meta(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let line = self.at_line.line(span.start);
        let t = Table::new(table, span, "[briefing]", BRIEFING_KEYS, errors);
        let id = t
            .str("id", Need::Required, errors)
            .and_then(|id| valid_id(&id, errors));
        let sources = t
            .tables("sources", errors)
            .into_iter()
            .map(|(table, span)| {
                let s = Table::new(table, span, "[[briefing.sources]]", SOURCE_KEYS, errors);
                Source {
                    id: self
                        .ids
                        .sources
                        .define(&s, "source", Need::Optional, &self.lines, errors),
                    title: required_text(&s, "title", Lines::Single, errors),
                    publisher: s.text("publisher", Lines::Single, Need::Optional, errors),
                    url: s.text("url", Lines::Single, Need::Optional, errors),
                    link: s
                        .str("url", Need::Optional, &mut Vec::new())
                        .and_then(|url| web_link(url.get_ref())),
                    published: date(&s, "published", errors),
                    file: source_file(&s, errors),
                    reliability: enum_value(&s, "reliability", Need::Optional, errors),
                    line: self.at_line.line(s.span().start),
                }
            })
            .collect();
        self.meta = Some(Meta {
            id: id.unwrap_or_default(),
            title: required_text(&t, "title", Lines::Single, errors),
            date: date(&t, "date", errors),
            summary: required_text(&t, "summary", Lines::Multi, errors),
            tags: text_list(&t, "tags", errors),
            sources,
            line,
            draft: t.boolean("draft", errors).unwrap_or(false),
        });
    }

    /// Reads one `[[actors]]` table (its header at `span`).
    fn actor(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[actors]]", ACTOR_KEYS, errors);
        let id = self
            .ids
            .actors
            .define(&t, "actor", Need::Required, &self.lines, errors);
        self.actors.push(Actor {
            id: id.unwrap_or_default(),
            name: required_text(&t, "name", Lines::Single, errors),
            kind: enum_value(&t, "kind", Need::Required, errors).unwrap_or(ActorKind::Group),
            role: t.text("role", Lines::Single, Need::Optional, errors),
            affiliation: t.text("affiliation", Lines::Single, Need::Optional, errors),
            country: t.text("country", Lines::Single, Need::Optional, errors),
            aliases: text_list(&t, "aliases", errors),
            notes: t.text("notes", Lines::Multi, Need::Optional, errors),
            wikidata: wikidata(&t, errors),
            reliability: enum_value(&t, "reliability", Need::Optional, errors),
            line: self.at_line.line(t.span().start),
            quotes: Vec::new(),
            mentioned_in: Vec::new(),
            events: Vec::new(),
            implications: Vec::new(),
        });
    }

    /// Reads one `[[timeline]]` table (its header at `span`).
    fn event(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[timeline]]", EVENT_KEYS, errors);
        let id = self
            .ids
            .events
            .define(&t, "event", Need::Optional, &self.lines, errors);
        let actors = t.str_list("actors", errors);
        let (date, until) = event_dates(&t, errors);
        let status = enum_value(&t, "status", Need::Optional, errors);
        let credibility = credibility(&t, status, errors);
        let graded = status.is_some() || credibility.is_some();
        let basis = basis(&t, graded, EVENT_GRADES, errors);
        let ix = self.timeline.len();
        let (history, history_sources) = history(&t, status, errors);
        for (step, source) in history_sources.iter().enumerate() {
            if let Some(source) = source {
                self.later(
                    Target::HistorySource(ix, step),
                    std::slice::from_ref(source),
                );
            }
        }
        let errors = &mut self.errors;
        let sources = t.str_list("sources", errors);
        let corroborated_by = t.str_list("corroborated_by", errors);
        self.later(Target::EventSources(ix), &sources);
        self.later(Target::Corroboration(ix), &corroborated_by);
        let errors = &mut self.errors;
        self.timeline.push(Event {
            id,
            when: required_text(&t, "when", Lines::Single, errors),
            date,
            until,
            title: required_text(&t, "title", Lines::Single, errors),
            detail: t.text("detail", Lines::Multi, Need::Optional, errors),
            actors: self.ids.actors.resolve(&actors, "actors", "actor", errors),
            status,
            credibility,
            basis,
            sources: Vec::new(),
            corroborated_by: Vec::new(),
            history,
            line: self.at_line.line(t.span().start),
        });
    }

    /// Reads one `[[quotes]]` table (its header at `span`).
    fn quote(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[quotes]]", QUOTE_KEYS, errors);
        let id = self
            .ids
            .quotes
            .define(&t, "quote", Need::Required, &self.lines, errors);
        let speaker = t.str("speaker", Need::Required, errors);
        let about = t.str_list("about", errors);
        if let Some(source) = t.str("source", Need::Optional, errors) {
            self.later(Target::QuoteSource(self.quotes.len()), &[source]);
        }
        let errors = &mut self.errors;
        self.quotes.push(Quote {
            id: id.unwrap_or_default(),
            speaker: speaker
                .and_then(|s| self.ids.actors.find(&s, "speaker", "actor", errors))
                .unwrap_or(0),
            text: required_text(&t, "text", Lines::Multi, errors),
            context: t.text("context", Lines::Single, Need::Optional, errors),
            about: self.ids.actors.resolve(&about, "about", "actor", errors),
            implications: Vec::new(),
            credibility: credibility(&t, None, errors),
            source: None,
            line: self.at_line.line(t.span().start),
        });
    }

    /// Reads one `[[implications]]` table (its header at `span`).
    fn implication(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[implications]]", IMPLICATION_KEYS, errors);
        let id =
            self.ids
                .implications
                .define(&t, "implication", Need::Required, &self.lines, errors);
        let actors = t.str_list("actors", errors);
        let cited = t.str_list("quotes", errors);
        let likelihood = enum_value(&t, "likelihood", Need::Optional, errors);
        let confidence = enum_value(&t, "confidence", Need::Optional, errors);
        let sources = t.str_list("sources", errors);
        self.later(
            Target::ImplicationSources(self.implications.len()),
            &sources,
        );
        let errors = &mut self.errors;
        self.implications.push(Implication {
            id: id.unwrap_or_default(),
            region: required_text(&t, "region", Lines::Single, errors),
            title: required_text(&t, "title", Lines::Single, errors),
            detail: t.text("detail", Lines::Multi, Need::Optional, errors),
            severity: enum_value(&t, "severity", Need::Optional, errors),
            actors: self.ids.actors.resolve(&actors, "actors", "actor", errors),
            quotes: self.ids.quotes.resolve(&cited, "quotes", "quote", errors),
            likelihood,
            confidence,
            basis: basis(
                &t,
                likelihood.is_some() || confidence.is_some(),
                IMPLICATION_GRADES,
                errors,
            ),
            sources: Vec::new(),
            line: self.at_line.line(t.span().start),
        });
    }

    /// Resolves the references kept for the end of the file.
    fn resolve_later(&mut self) {
        let errors = &mut self.errors;
        for later in std::mem::take(&mut self.later) {
            let refs: Vec<Spanned<&str>> = later
                .refs
                .iter()
                .map(|(id, span)| Spanned::new(span.clone(), id.as_str()))
                .collect();
            let sources = &self.ids.sources;
            match later.to {
                Target::QuoteSource(quote) => {
                    self.quotes[quote].source = sources.find(&refs[0], "source", "source", errors)
                }
                Target::EventSources(event) => {
                    self.timeline[event].sources =
                        sources.resolve(&refs, "sources", "source", errors)
                }
                Target::HistorySource(event, step) => {
                    self.timeline[event].history[step].source =
                        sources.find(&refs[0], "source", "source", errors)
                }
                Target::ImplicationSources(implication) => {
                    self.implications[implication].sources =
                        sources.resolve(&refs, "sources", "source", errors)
                }
                Target::Corroboration(event) => {
                    let own = self.timeline[event].id.as_ref().map(SafeText::as_str);
                    for r in refs.iter().filter(|r| Some(*r.get_ref()) == own) {
                        errors.push(Diagnostic::at(
                            r.span(),
                            "an event does not corroborate itself; name another event",
                        ));
                    }
                    let events = &self.ids.events;
                    self.timeline[event].corroborated_by = events
                        .resolve(&refs, "corroborated_by", "event", errors)
                        .into_iter()
                        .filter(|&other| other != event)
                        .collect();
                }
            }
        }
    }

    /// The briefing, or every problem found.
    fn finish(mut self) -> Result<Briefing, Vec<Diagnostic>> {
        self.resolve_later();
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let mut briefing = Briefing {
            meta: self.meta.unwrap_or_default(),
            actors: self.actors,
            timeline: self.timeline,
            quotes: self.quotes,
            implications: self.implications,
        };
        briefing.index();
        Ok(briefing)
    }
}

/// Longest URL `o` opens.
const MAX_LINK_BYTES: usize = 2048;

/// `url` as a link that may be opened or exported as a link: `http://` or `https://` (any
/// case) followed only by letters, digits and `-._~:/?#@%+=&,()*!`, at most
/// [`MAX_LINK_BYTES`]. Anything else (spaces, quotes, `$`, `;`, `|`, backslashes, non-ASCII:
/// percent-encode it) is shown as text but never opened or linked: openers are often shell
/// scripts.
pub fn web_link(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let plain = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#@%+=&,()*!".contains(c));
    (plain && !rest.is_empty() && url.len() <= MAX_LINK_BYTES).then(|| url.to_owned())
}

/// A source's `file`: a relative path to the article text, next to the briefing.
fn source_file(t: &Table<'_, '_>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let value = t.str("file", Need::Optional, errors)?;
    let path = Path::new(value.get_ref());
    if value.get_ref().is_empty() || path.is_absolute() || value.get_ref().starts_with('/') {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "file {} must be a path relative to the briefing file",
                echo(value.get_ref())
            ),
        ));
        return None;
    }
    toml_read::safe_text(&value, Lines::Single, errors)
}

/// A required text that must not be empty.
fn required_text(
    t: &Table<'_, '_>,
    key: &str,
    lines: Lines,
    errors: &mut Vec<Diagnostic>,
) -> SafeText {
    let Some(value) = t.str(key, Need::Required, errors) else {
        return SafeText::default();
    };
    if value.get_ref().trim().is_empty() {
        errors.push(Diagnostic::at(
            value.span(),
            format!("'{key}' is empty; write the {key} or remove the entry"),
        ));
    }
    toml_read::safe_text(&value, lines, errors).unwrap_or_default()
}

fn text_list(t: &Table<'_, '_>, key: &str, errors: &mut Vec<Diagnostic>) -> Vec<SafeText> {
    t.str_list(key, errors)
        .iter()
        .filter_map(|value| toml_read::safe_text(value, Lines::Single, errors))
        .collect()
}

fn date(t: &Table<'_, '_>, key: &str, errors: &mut Vec<Diagnostic>) -> Option<PartialDate> {
    dated(t, key, errors)?.into_inner()
}

/// A date key with its span, when present and a string or a date-time: a string `YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`, or a TOML local date (`2024-10-18`); None inside when it is not
/// a date (reported).
fn dated(
    t: &Table<'_, '_>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<Spanned<Option<PartialDate>>> {
    let value = t.date(key, errors)?;
    let span = value.span();
    let date = match *value.get_ref() {
        Written::Text(text) => parse_date(&Spanned::new(span.clone(), text), key, errors),
        Written::Stamp(stamp) => {
            let date = stamp
                .date
                .filter(|_| !stamp.time)
                .map(|(year, month, day)| PartialDate {
                    year,
                    month: Some(month),
                    day: Some(day),
                });
            if date.is_none() {
                errors.push(Diagnostic::at(
                    span.clone(),
                    format!(
                        "{key} has a time of day or an offset; write the date alone: `{key} = 2024-10-18` (or a string, `\"2024-10\"`)"
                    ),
                ));
            }
            date
        }
    };
    Some(Spanned::new(span, date))
}

/// An event's `date` and `until`: a span needs a `date` to start from and must not end before
/// it starts.
fn event_dates(
    t: &Table<'_, '_>,
    errors: &mut Vec<Diagnostic>,
) -> (Option<PartialDate>, Option<PartialDate>) {
    let start = dated(t, "date", errors);
    let date = start.as_ref().and_then(|value| *value.get_ref());
    let Some(value) = dated(t, "until", errors) else {
        return (date, None);
    };
    let until = *value.get_ref();
    let problem = match (&start, date, until) {
        (None, _, Some(_)) => {
            "until needs a start: add `date = \"YYYY\"` for when the span begins".to_owned()
        }
        (_, Some(date), Some(end)) if end.last_day() < date.first_day() => {
            format!("until '{end}' is before date '{date}'; a span ends on or after its start")
        }
        // A malformed date or until is reported already.
        _ => return (date, until),
    };
    errors.push(Diagnostic::at(value.span(), problem));
    (date, None)
}

fn parse_date(
    value: &Spanned<&str>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<PartialDate> {
    let date = PartialDate::parse(value.get_ref());
    if date.is_none() {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "{key} {} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
                echo(value.get_ref())
            ),
        ));
    }
    date
}

fn enum_value<E: Named + PartialEq>(
    t: &Table<'_, '_>,
    key: &str,
    need: Need,
    errors: &mut Vec<Diagnostic>,
) -> Option<E> {
    let value = t.str(key, need, errors)?;
    let parsed = E::parse(value.get_ref());
    if parsed.is_none() {
        let names: Vec<&str> = E::ALL.iter().map(|(name, _)| *name).collect();
        let mut message = format!(
            "{key} {} is not one of: {}",
            echo(value.get_ref()),
            names.join(", ")
        );
        if let Some(meant) = meant::<E>(value.get_ref()) {
            message.push_str(&format!("; did you mean '{meant}'?"));
        }
        errors.push(Diagnostic::at(value.span(), message));
    }
    parsed
}

/// The name a wrong enum value most likely meant: the value another word stands for
/// ([`Named::alias`]), the same name in other case, or a close spelling that keeps some of
/// the word (any one letter is "close" to any other).
fn meant<E: Named + PartialEq>(word: &str) -> Option<&'static str> {
    let names = || E::ALL.iter().map(|(name, _)| *name);
    if let Some(value) = E::alias(word) {
        return Some(value.name());
    }
    names()
        .find(|name| name.eq_ignore_ascii_case(word))
        .or_else(|| {
            diag::closest(word, names()).filter(|name| {
                strsim::damerau_levenshtein(word, name) < word.chars().count().min(name.len())
            })
        })
}

/// `credibility = 1..6` of an event or quote; an event's must fit its `status` (the table
/// of [`Credibility::allowed_with`]).
fn credibility(
    t: &Table<'_, '_>,
    status: Option<Status>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Credibility> {
    // A grade in quotes (`"2"`) is told what to write instead of only that it is no integer.
    if let Some(text) = t.str("credibility", Need::Optional, &mut Vec::new()) {
        errors.push(Diagnostic::at(
            text.span(),
            format!(
                "credibility {} must be a number from 1 to 6, without quotes",
                echo(text.get_ref())
            ),
        ));
        return None;
    }
    let value = t.integer("credibility", Need::Optional, errors)?;
    let Some(credibility) = Credibility::from_number(*value.get_ref()) else {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "credibility {} is not one of: {}",
                value.get_ref(),
                Credibility::ALL.map(|c| c.to_string()).join(", ")
            ),
        ));
        return None;
    };
    if let Some(status) = status
        && !credibility.fits(status)
    {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "credibility {credibility} contradicts status '{status}': a {status} event is graded {}; change one of them",
                grade::describe(Credibility::allowed_with(status)),
                status = status.name(),
            ),
        ));
    }
    Some(credibility)
}

/// What a `basis` gives the grounds of, and the keys that say it, as the message asks them.
struct Grades {
    what: &'static str,
    add: &'static str,
}

/// An implication's grades.
const IMPLICATION_GRADES: Grades = Grades {
    what: "a likelihood or confidence",
    add: "`likelihood = \"...\"` or `confidence = \"...\"`",
};

/// An event's grades.
const EVENT_GRADES: Grades = Grades {
    what: "a status or credibility",
    add: "`status = \"...\"` or `credibility = 1` to `6`",
};

/// An implication's or event's `basis`: the grounds of its grades, so it needs one.
fn basis(
    t: &Table<'_, '_>,
    graded: bool,
    grades: Grades,
    errors: &mut Vec<Diagnostic>,
) -> Option<SafeText> {
    let basis = t.str("basis", Need::Optional, errors)?;
    if !graded {
        errors.push(Diagnostic::at(
            basis.span(),
            format!(
                "basis gives the grounds of {}; add {}, or remove basis",
                grades.what, grades.add
            ),
        ));
    }
    toml_read::safe_text(&basis, Lines::Multi, errors)
}

/// An event's `history`: its steps, oldest first, and the source each names (resolved at the
/// end of the file). Dated steps must be in order, and the last step's status must be the
/// event's `status`.
fn history<'t>(
    t: &Table<'t, '_>,
    status: Option<Status>,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Change>, Vec<Option<Spanned<&'t str>>>) {
    let mut steps = Vec::new();
    let mut sources = Vec::new();
    let mut last: Option<(Status, Range<usize>)> = None;
    let mut latest: Option<PartialDate> = None;
    for (table, span) in t.tables("history", errors) {
        let step = Table::new(table, span.clone(), "a history step", HISTORY_KEYS, errors);
        let step_status = enum_value::<Status>(&step, "status", Need::Required, errors);
        let date = dated(&step, "date", errors);
        if let Some((Some(date), at)) = date.as_ref().map(|d| (*d.get_ref(), d.span())) {
            if let Some(before) = latest.filter(|before| date.first_day() < before.first_day()) {
                errors.push(Diagnostic::at(
                    at,
                    format!(
                        "history steps go oldest first: '{date}' comes after '{before}' of an earlier step; put the steps in order"
                    ),
                ));
            }
            latest = latest.max(Some(date));
        }
        if let Some(step_status) = step_status {
            last = Some((step_status, span));
            steps.push(Change {
                status: step_status,
                source: None,
                date: date.and_then(|d| d.into_inner()),
            });
            sources.push(step.str("source", Need::Optional, errors));
        }
    }
    if let Some((final_status, span)) = last
        && status != Some(final_status)
    {
        let message = match status {
            Some(status) => format!(
                "the last history step says '{}' but the event's status is '{}'; the event's status is where its history ends",
                final_status.name(),
                status.name()
            ),
            None => format!(
                "an event with a history needs its current status: add `status = \"{}\"`, the last step's",
                final_status.name()
            ),
        };
        errors.push(Diagnostic::at(span, message));
    }
    (steps, sources)
}

/// Checks the id rule: 1-64 characters of `a-z`, `0-9` and `-`.
fn valid_id(value: &Spanned<&str>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let id = *value.get_ref();
    let ok = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    if !ok {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "id {} must be 1-64 characters of a-z, 0-9 and '-'",
                echo(id)
            ),
        ));
        return None;
    }
    SafeText::new(id, Lines::Single).ok()
}

/// A Wikidata item id: `Q` followed by digits, as in `Q42`.
fn wikidata(t: &Table<'_, '_>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let value = t.str("wikidata", Need::Optional, errors)?;
    let id = *value.get_ref();
    let digits = id.strip_prefix('Q').unwrap_or_default();
    let ok = (1..=18).contains(&digits.len())
        && !digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "wikidata {} must be a Wikidata item id: Q followed by digits, like \"Q42\"",
                echo(id)
            ),
        ));
        return None;
    }
    SafeText::new(id, Lines::Single).ok()
}

/// Line numbers of entries, counted forward from the last one asked (entries mostly come in
/// file order), so a file without errors never builds a table of line starts.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line of byte `offset`.
    fn line(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.offset..offset]).count();
        self.offset = offset;
        self.line
    }
}

/// The ids of each kind of entry, for duplicate checks and resolving references.
#[derive(Default)]
struct Ids<'i> {
    sources: IdTable<'i>,
    actors: IdTable<'i>,
    events: IdTable<'i>,
    quotes: IdTable<'i>,
    implications: IdTable<'i>,
}

/// Ids of one kind of entry: id to (index, span of its definition). An id borrows the file's
/// text (unless it was written with escapes), so it outlives the table it was read from.
#[derive(Default)]
struct IdTable<'i> {
    by_id: HashMap<Cow<'i, str>, (usize, Range<usize>)>,
    order: Vec<Cow<'i, str>>,
    next: usize,
    /// Dangling references given a "did you mean" so far: each costs a comparison with every
    /// id, so a file with thousands of them gets suggestions only for the first few.
    suggested: Cell<usize>,
}

impl<'i> IdTable<'i> {
    /// Reads the `id` of the next entry, checking its form and that it is new.
    fn define(
        &mut self,
        t: &Table<'_, 'i>,
        kind: &str,
        need: Need,
        lines: &LineIndex<'_>,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<SafeText> {
        let index = self.next;
        self.next += 1;
        let value = t.shared_str("id", need, errors)?;
        let id = valid_id(
            &Spanned::new(value.span(), value.get_ref().as_ref()),
            errors,
        )?;
        let span = value.span();
        match self.by_id.entry(value.into_inner()) {
            Entry::Occupied(first) => {
                let line = lines.position(first.get().1.start).line;
                errors.push(Diagnostic::at(
                    span,
                    format!("duplicate {kind} id '{id}' (first used on line {line}); give each {kind} its own id"),
                ));
            }
            Entry::Vacant(slot) => {
                self.order.push(slot.key().clone());
                slot.insert((index, span));
            }
        }
        Some(id)
    }

    /// Resolves one reference, reporting it when it names no entry.
    fn find(
        &self,
        r: &Spanned<&str>,
        key: &str,
        kind: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<usize> {
        let found = self.by_id.get(*r.get_ref()).map(|(index, _)| *index);
        if found.is_none() {
            errors.push(Diagnostic::at(
                r.span(),
                self.dangling(r.get_ref(), key, kind),
            ));
        }
        found
    }

    /// Resolves references to indexes, reporting each that names no entry or is repeated.
    fn resolve(
        &self,
        refs: &[Spanned<&str>],
        key: &str,
        kind: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<usize> {
        let mut resolved = Vec::with_capacity(refs.len());
        // Short lists are checked for repeats by scanning; long ones by a set, so a list of
        // 100,000 refs stays linear.
        let mut seen = (refs.len() > 16).then(std::collections::HashSet::new);
        for r in refs {
            let found = self.find(r, key, kind, errors);
            let repeated = found.is_some_and(|index| match &mut seen {
                Some(seen) => !seen.insert(index),
                None => resolved.contains(&index),
            });
            match found {
                Some(_) if repeated => errors.push(Diagnostic::at(
                    r.span(),
                    format!(
                        "{kind} {} is listed twice in {key}; remove one",
                        echo(r.get_ref())
                    ),
                )),
                Some(index) => resolved.push(index),
                None => {}
            }
        }
        resolved
    }

    fn dangling(&self, id: &str, key: &str, kind: &str) -> String {
        let mut message = format!("{key} {} is not the id of any {kind}", echo(id));
        let suggest = self.suggested.get() < MAX_ERRORS_SHOWN;
        self.suggested.set(self.suggested.get() + 1);
        let close = if suggest {
            diag::closest(id, self.order.iter().map(AsRef::as_ref))
        } else {
            None
        };
        match close {
            Some(known) => message.push_str(&format!("; did you mean '{known}'?")),
            None if self.order.is_empty() => {
                message.push_str(&format!("; the file defines no {kind}s"))
            }
            None => {
                let shown: Vec<&str> = self.order.iter().take(8).map(AsRef::as_ref).collect();
                let more = if self.order.len() > shown.len() {
                    ", …"
                } else {
                    ""
                };
                message.push_str(&format!(" (known: {}{more})", shown.join(", ")));
            }
        }
        message
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The briefing as the whole parse builds it, or its problems.
    fn parsed_whole(text: &str) -> Result<Briefing, Vec<Diagnostic>> {
        toml_read::parse(text).and_then(|doc| build(&doc, text))
    }

    /// Briefings written in the format's own layout.
    fn laid_out() -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = [
            "tests/fixtures/valid",
            "tests/fixtures/hostile",
            "tests/fixtures/grades",
            "tests/fixtures/library",
            "tests/articles/living",
            "briefings",
        ]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.display().to_string(), text)
        })
        .collect();
        files.push((
            "synthetic".into(),
            crate::synthetic::briefing(crate::synthetic::Size { quotes: 300 }),
        ));
        files.push(("library".into(), crate::synthetic::library_briefing(7)));
        files
    }

    #[test]
    fn a_file_in_the_formats_layout_is_built_as_it_is_parsed_into_the_same_briefing() {
        for (name, text) in laid_out() {
            let Ok(whole) = parsed_whole(text_of(&name, text.as_bytes()).unwrap()) else {
                continue;
            };
            let text = text_of(&name, text.as_bytes()).unwrap();
            let streamed = stream(text).unwrap_or_else(|| panic!("{name} not streamed"));
            assert_eq!(format!("{streamed:?}"), format!("{whole:?}"), "{name}");
        }
    }

    /// Pieces that make a file's layout or content unusual, inserted by the property below.
    const PIECES: &[&str] = &[
        "a.b = 1\n",
        "[briefing]\n",
        "[[briefing.sources]]\ntitle = \"x\"\n",
        "[[actors]]\nid = \"zed\"\nname = \"Zed\"\nkind = \"person\"\n",
        "x = {a = 1}\n",
        "id = \"dup\"\n",
        "id = \"h\\u0061yashi\"\n",
        "credibility = 2\n",
        "credibility = 2.0\n",
        "format = 1\n",
        "sources = []\n",
        "\"quoted\" = 1\n",
        "[\"quotes\"]\n",
        "[[ \"quotes\" ]]\n",
        "[[quotes]]\n",
        "tags = [\"a\", [\"b\"]]\n",
        "draft = true\n",
        "date = 2024-01-01\n",
        "text = \"\\u0041\"\n",
        "text = '''x'''\n",
        "about = [\n\"japan\",\n]\n",
        "# review: x\n",
        "\r\n",
        "\t",
        "\\",
        "\"",
        "'",
        "[",
        "]",
        "=",
        ",",
        "{",
        "}",
        "\n",
        "\u{1}",
        "\u{7f}",
        "é",
        "[briefing.sources]\n",
        "[[briefing]]\n",
        "quotes = 1\n",
        "speaker = \"japan\"\n",
        "\"\"\"",
        "0x10",
        "1_000",
        "[[briefing.sources]]\nid = \"wire\"\ntitle = \"w\"\n",
        "source = \"wire\"\n",
        "sources = [\"wire\"]\n",
        "id = \"ev\"\ncorroborated_by = [\"ev\"]\n",
        "history = [{ status = \"confirmed\", source = \"wire\" }]\n",
        "date = 2024-02-29\n",
        "date = 2023-02-29\n",
        "until = 2024-10-18T09:30:00\n",
        "published = 2024-10-18\n",
        "sources = [{ title = \"x\" }]\n",
        "history = [{ status = \"reported\", date = 2024-10-18 }, { status = \"confirmed\" }]\n",
        "x = [{ a = [1] }]\n",
        "x = [{ a = { b = 1 } }]\n",
        "x = [{ a.b = 1 }]\n",
        "x = [{ a = 1, a = 2 }]\n",
        "basis = \"why\"\n",
    ];

    /// `text` changed at `at` (a fraction of its length) by the edit `op` with `piece`.
    fn edited(text: &str, op: u8, at: f64, len: usize, piece: &str) -> String {
        let floor = |i: usize| crate::text::floor_char_boundary(text, i);
        let i = floor((text.len() as f64 * at) as usize);
        let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[i..].find('\n').map_or(text.len(), |n| i + n + 1);
        let mut out = text.to_owned();
        match op % 5 {
            0 => out.insert_str(i, piece),
            1 => out.insert_str(line_start, piece),
            2 => out.replace_range(i..floor(i + len), ""),
            3 => out.insert_str(line_start, &text[line_start..line_end]),
            _ => out.replace_range(line_start..line_end, piece),
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn what_the_sections_reader_accepts_the_whole_parse_builds_alike(
            file in 0usize..100,
            edits in proptest::collection::vec((any::<u8>(), 0.0..1.0f64, 0usize..40, 0usize..PIECES.len()), 1..4),
        ) {
            let files = laid_out();
            let (_, text) = &files[file % files.len()];
            let mut text = text.clone();
            for (op, at, len, piece) in edits {
                text = edited(&text, op, at, len, PIECES[piece]);
            }
            if let Some(streamed) = stream(&text) {
                let whole = parsed_whole(&text);
                prop_assert!(whole.is_ok(), "streamed but not whole: {text}");
                prop_assert_eq!(format!("{streamed:?}"), format!("{:?}", whole.unwrap()));
            }
        }
    }
}
