//! A TOML document read one section at a time (the keys before the first header, then each
//! `[table]` or `[[array of tables]]` with its keys) straight from the parser's events, so a
//! large file is never built into one generic table and never held as one list of tokens.
//!
//! Only the plain layout is read: keys of one part, and values that are strings, integers,
//! booleans, local dates (`2024-10-18`), or arrays of those or of inline tables of those
//! (`history = [{ status = "reported" }]`). Anything else (a syntax error, a dotted key, an
//! inline table elsewhere, a float, another date-time, a key written twice, more values than [`crate::toml_caps`] allows) stops the reading
//! with [`Unsupported`], and the caller parses the document whole ([`crate::toml_read::parse`]),
//! which says exactly what is wrong. So this reader needs to be right only about what it
//! accepts: what it delivers is what the whole parse would hold.

use std::borrow::Cow;
use std::ops::Range;

use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::{Token, TokenKind};
use toml_parser::parser::{EventReceiver, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Raw, Source, Span};

use crate::toml_caps::{MAX_ARRAY_ITEMS, MAX_VALUES};
use crate::toml_read::{Item, Key, Map, Stamp, Value};

/// The header of a section, or of the keys before the first header.
#[derive(Clone, Copy, Debug)]
pub struct Header<'h, 'i> {
    /// The header's key parts (`["briefing", "sources"]`); empty before the first header.
    pub path: &'h [Cow<'i, str>],
    /// True for an array of tables (`[[quotes]]`).
    pub array: bool,
    /// From its first bracket to its last (`0..0` before the first header).
    pub start: usize,
    /// Where the header ends.
    pub end: usize,
}

impl Header<'_, '_> {
    /// The header's span.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// What reads each section: its header and the keys under it.
pub type Each<'e, 'i> = dyn FnMut(Header<'_, 'i>, Map<'i>) -> Result<(), Unsupported> + 'e;

/// The document cannot be read section by section: parse it whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unsupported;

/// Most keys one section may hold here: the briefing format has at most ten per table, and a
/// key is checked against the others by a scan.
const MAX_KEYS: usize = 32;

/// Most tokens one section may span here (a section is lexed whole before it is parsed).
const MAX_SECTION_TOKENS: usize = 4 * MAX_ARRAY_ITEMS;

/// Most distinct array-of-tables headers counted here.
const MAX_ARRAYS_OF_TABLES: usize = 16;

/// Reads `text` section by section, in file order, handing each to `each` (which may stop the
/// reading too). The first section is the one before any header, even when it is empty.
pub fn sections<'i>(text: &'i str, each: &mut Each<'_, 'i>) -> Result<(), Unsupported> {
    let source = Source::new(text);
    let mut reader = Reader {
        source,
        each,
        path: Vec::new(),
        array_of_tables: false,
        span: 0..0,
        table: Map::default(),
        header: None,
        key: None,
        array: None,
        inline: None,
        values: 0,
        arrays_of_tables: Vec::new(),
        failed: false,
    };
    let mut tokens: Vec<Token> = Vec::new();
    let mut depth = 0_i64;
    let mut line_start = true;
    for token in source.lex() {
        let kind = token.kind();
        // A `[` that starts a line outside any array or inline table opens a header: the
        // tokens before it are whole lines, parsed on their own.
        if kind == TokenKind::LeftSquareBracket && line_start && depth == 0 {
            reader.parse(&tokens)?;
            tokens.clear();
        }
        match kind {
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => depth -= 1,
            _ => {}
        }
        line_start = match kind {
            TokenKind::Newline => true,
            TokenKind::Whitespace => line_start,
            _ => false,
        };
        tokens.push(token);
        if tokens.len() > MAX_SECTION_TOKENS {
            return Err(Unsupported);
        }
    }
    reader.parse(&tokens)?;
    reader.finish()
}

/// Builds the sections from the parser's events.
struct Reader<'i, 'e> {
    source: Source<'i>,
    each: &'e mut Each<'e, 'i>,
    /// The header of the section being read (while a header is read, its parts so far).
    path: Vec<Cow<'i, str>>,
    array_of_tables: bool,
    span: Range<usize>,
    /// The keys of the section being read.
    table: Map<'i>,
    /// Where the header being read starts.
    header: Option<usize>,
    /// The key whose value comes next.
    key: Option<Key<'i>>,
    /// The array being read: where it starts and its items so far.
    array: Option<(usize, Vec<Value<'i>>)>,
    /// The inline table being read as an item of that array (`history = [{ ... }]`): where it
    /// starts, its keys so far, and the key whose value comes next.
    inline: Option<(usize, Map<'i>, Option<Key<'i>>)>,
    /// Values so far, counted as [`crate::toml_caps`] counts them.
    values: usize,
    /// Tables so far of each array of tables.
    arrays_of_tables: Vec<(Vec<Cow<'i, str>>, usize)>,
    /// Set on anything this reader does not take; every later event is ignored.
    failed: bool,
}

impl<'i> Reader<'i, '_> {
    /// Parses the tokens of whole lines.
    fn parse(&mut self, tokens: &[Token]) -> Result<(), Unsupported> {
        let mut error: Option<ParseError> = None;
        let source = self.source;
        let mut receiver = ValidateWhitespace::new(self, source);
        toml_parser::parser::parse_document(tokens, &mut receiver, &mut error);
        if error.is_some() || self.failed {
            return Err(Unsupported);
        }
        Ok(())
    }

    /// Hands over the last section.
    fn finish(mut self) -> Result<(), Unsupported> {
        if self.header.is_some() || self.key.is_some() || self.array.is_some() {
            return Err(Unsupported);
        }
        self.hand_over()
    }

    /// Hands the section read to `each`.
    fn hand_over(&mut self) -> Result<(), Unsupported> {
        let header = Header {
            path: &self.path,
            array: self.array_of_tables,
            start: self.span.start,
            end: self.span.end,
        };
        // The next section most likely holds as many keys.
        let keys = self.table.len();
        let table = std::mem::replace(&mut self.table, Map::with_capacity(keys));
        (self.each)(header, table)
    }

    fn fail(&mut self) {
        self.failed = true;
    }

    /// Counts one value; true while under the cap.
    fn count(&mut self) -> bool {
        self.values += 1;
        self.values < MAX_VALUES
    }

    /// The string a scalar or key token stands for, or None when decoding it reports an error.
    fn decode(&self, span: Span, encoding: Option<Encoding>) -> Option<(Cow<'i, str>, ScalarKind)> {
        let raw = self.source.input().get(span.start()..span.end())?;
        if let Some(plain) = plain_string(raw, encoding) {
            return Some((Cow::Borrowed(plain), ScalarKind::String));
        }
        let mut error: Option<ParseError> = None;
        let mut decoded = Cow::Borrowed("");
        let kind = Raw::new_unchecked(raw, encoding, span).decode_scalar(&mut decoded, &mut error);
        error.is_none().then_some((decoded, kind))
    }

    fn decode_key(&self, span: Span, encoding: Option<Encoding>) -> Option<Cow<'i, str>> {
        let raw = self.source.input().get(span.start()..span.end())?;
        let bare = encoding.is_none()
            && !raw.is_empty()
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if bare {
            return Some(Cow::Borrowed(raw));
        }
        let mut error: Option<ParseError> = None;
        let mut decoded = Cow::Borrowed("");
        Raw::new_unchecked(raw, encoding, span).decode_key(&mut decoded, &mut error);
        error.is_none().then_some(decoded)
    }

    /// Gives the pending key its value.
    fn set(&mut self, value: Value<'i>) {
        let Some(key) = self.key.take() else {
            return self.fail();
        };
        let table = &mut self.table;
        if table.len() >= MAX_KEYS || table.contains_key(&key.name) {
            return self.fail();
        }
        table.push(key, value);
    }

    /// Starts the section of a header (`[` or `[[` at `span`).
    fn open(&mut self, span: Span) {
        if self.failed || self.key.is_some() || self.array.is_some() || !self.count() {
            return self.fail();
        }
        if self.hand_over().is_err() {
            return self.fail();
        }
        self.path.clear();
        self.header = Some(span.start());
    }

    /// Ends a header (`]` or `]]` at `span`).
    fn close(&mut self, span: Span, array: bool) {
        let Some(start) = self.header.take() else {
            return self.fail();
        };
        if self.path.is_empty() {
            return self.fail();
        }
        if array {
            let known = self
                .arrays_of_tables
                .iter()
                .position(|(p, _)| *p == self.path);
            let at = match known {
                Some(at) => at,
                None if self.arrays_of_tables.len() < MAX_ARRAYS_OF_TABLES => {
                    self.arrays_of_tables.push((self.path.clone(), 0));
                    self.arrays_of_tables.len() - 1
                }
                None => return self.fail(),
            };
            let count = &mut self.arrays_of_tables[at].1;
            *count += 1;
            if *count >= MAX_ARRAY_ITEMS {
                return self.fail();
            }
        }
        self.array_of_tables = array;
        self.span = start..span.end();
    }
}

impl EventReceiver for Reader<'_, '_> {
    fn std_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.open(span);
    }

    fn std_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.close(span, false);
    }

    fn array_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.open(span);
    }

    fn array_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.close(span, true);
    }

    fn inline_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        // An inline table is read only as an item of an array, and holds plain values.
        if self.failed || self.array.is_none() || self.inline.is_some() {
            self.fail();
            return false;
        }
        self.inline = Some((span.start(), Map::default(), None));
        true
    }

    fn inline_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        let (Some((start, table, None)), Some((_, items))) = (self.inline.take(), &mut self.array)
        else {
            return self.fail();
        };
        items.push(Value {
            span: start..span.end(),
            item: Item::Table(table),
        });
    }

    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        // An array inside an array is not read here; saying so keeps the parser from
        // descending into it.
        if self.failed || self.array.is_some() || self.key.is_none() || !self.count() {
            self.fail();
            return false;
        }
        self.array = Some((span.start(), Vec::new()));
        true
    }

    fn array_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        if self.inline.is_some() {
            return self.fail();
        }
        let Some((start, items)) = self.array.take() else {
            return self.fail();
        };
        self.set(Value {
            span: start..span.end(),
            item: Item::Array(items),
        });
    }

    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.failed {
            return;
        }
        let Some(name) = self.decode_key(span, encoding) else {
            return self.fail();
        };
        if let Some((_, _, key)) = &mut self.inline {
            if key.is_some() {
                return self.fail();
            }
            *key = Some(Key {
                name,
                span: span.start()..span.end(),
            });
            return;
        }
        if self.header.is_some() {
            self.path.push(name);
        } else if self.key.is_some() || self.array.is_some() {
            self.fail();
        } else {
            self.key = Some(Key {
                name,
                span: span.start()..span.end(),
            });
        }
    }

    fn key_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        // A dotted header is read; a dotted key (which makes tables of its own) is not.
        if self.header.is_none() {
            self.fail();
        }
    }

    fn key_val_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        let inline_keyless = matches!(self.inline, Some((_, _, None)));
        if self.key.is_none() || inline_keyless || !self.count() {
            self.fail();
        }
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.failed {
            return;
        }
        let item = match self.decode(span, encoding) {
            Some((text, ScalarKind::String)) => Item::String(text),
            Some((_, ScalarKind::Boolean(b))) => Item::Boolean(b),
            Some((digits, ScalarKind::Integer(radix))) => {
                Item::Integer(i64::from_str_radix(&digits, radix.value()).ok())
            }
            // A local date (`2024-10-18`) is read; any other date-time, and floats, are not:
            // the whole parse says what they are.
            Some((text, ScalarKind::DateTime)) => match local_date(&text) {
                Some(stamp) => Item::Datetime(stamp),
                None => return self.fail(),
            },
            Some((_, ScalarKind::Float)) | None => return self.fail(),
        };
        let value = Value {
            span: span.start()..span.end(),
            item,
        };
        if let Some((_, table, key)) = &mut self.inline {
            let Some(key) = key.take() else {
                return self.fail();
            };
            if table.len() >= MAX_KEYS || table.contains_key(&key.name) {
                return self.fail();
            }
            return table.push(key, value);
        }
        match &mut self.array {
            Some((_, items)) => items.push(value),
            None => self.set(value),
        }
    }

    fn value_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        // Commas are counted as the caps count them: each is a value, and the commas of one
        // array its items.
        let items = self.array.as_ref().map(|(_, items)| items.len());
        if !self.count() || items.is_none_or(|items| items + 1 >= MAX_ARRAY_ITEMS) {
            self.fail();
        }
    }

    fn error(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.fail();
    }
}

/// The stamp of a TOML local date (`2024-10-18`, a real day); None for any other date-time
/// (one with a time or an offset, or none at all).
fn local_date(text: &str) -> Option<Stamp> {
    let stamp = Stamp::of(&text.parse().ok()?);
    (stamp.date.is_some() && !stamp.time).then_some(stamp)
}

/// The text of a one-line string token that holds no escape and nothing a string may not
/// hold, which then is its value as written; None for any other token.
fn plain_string(raw: &str, encoding: Option<Encoding>) -> Option<&str> {
    let (quote, escapes) = match encoding? {
        Encoding::BasicString => (b'"', true),
        Encoding::LiteralString => (b'\'', false),
        Encoding::MlBasicString | Encoding::MlLiteralString => return None,
    };
    let bytes = raw.as_bytes();
    if bytes.len() < 2 || bytes[0] != quote || bytes[bytes.len() - 1] != quote {
        return None;
    }
    let inner = &raw[1..raw.len() - 1];
    // Tab, and everything from space on but DEL, the quote and (in a basic string) the
    // backslash; in blocks without branches, so the test is vectorized.
    let plain = inner.as_bytes().chunks(32).all(|block| {
        block.iter().fold(true, |ok, &b| {
            ok & ((b >= 0x20 || b == b'\t')
                & (b != 0x7f)
                & (b != quote)
                & (!escapes | (b != b'\\')))
        })
    });
    plain.then_some(inner)
}
