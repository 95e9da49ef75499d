//! Numbers written with group separators (`3,000`, or `3 000` with a no-break or thin space)
//! read as their plain digits (`3000`) in the index and in a query alike, so that a search for
//! either form finds both.

use std::borrow::Cow;
use std::ops::Range;

/// True for a character that groups the digits of a number: a comma, a no-break space, a
/// thin space or a narrow no-break space.
fn is_separator(c: char) -> bool {
    matches!(c, ',' | '\u{A0}' | '\u{2009}' | '\u{202F}')
}

/// Byte ranges of the numbers of `text` written in groups: a run of one to three digits, then
/// one or more groups of a separator and exactly three digits (`3,000`, `1,250,000`). One
/// pass over the text.
pub(crate) fn grouped(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !digit(at) {
            at += 1;
            continue;
        }
        let start = at;
        while digit(at) {
            at += 1;
        }
        if at - start > 3 {
            continue;
        }
        let mut end = at;
        while let Some(separator) = text[end..].chars().next().filter(|&c| is_separator(c)) {
            let group = end + separator.len_utf8();
            if (group..group + 3).all(digit) && !digit(group + 3) {
                end = group + 3;
            } else {
                break;
            }
        }
        if end > at {
            found.push(start..end);
            at = end;
        }
    }
    found
}

/// `text` with the group separators of its numbers left out (`3,000 troops` as `3000
/// troops`); borrowed when it has none.
pub(crate) fn plain_numbers(text: &str) -> Cow<'_, str> {
    let groups = grouped(text);
    if groups.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut from = 0;
    for range in groups {
        plain.push_str(&text[from..range.start]);
        plain.extend(text[range.clone()].chars().filter(char::is_ascii_digit));
        from = range.end;
    }
    plain.push_str(&text[from..]);
    Cow::Owned(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_numbers_lose_their_separators_and_nothing_else_changes() {
        assert_eq!(plain_numbers("about 3,000 troops"), "about 3000 troops");
        assert_eq!(
            plain_numbers("1,250,000 and 12\u{202F}500"),
            "1250000 and 12500"
        );
        assert_eq!(plain_numbers("3000"), "3000");
        // Not groups of three: a list, a year pair, a decimal comma.
        assert_eq!(plain_numbers("1,2, 3"), "1,2, 3");
        assert_eq!(plain_numbers("2014,2015"), "2014,2015");
        assert_eq!(plain_numbers("3,1416"), "3,1416");
        assert_eq!(plain_numbers("1,000,0000"), "1000,0000");
        assert!(matches!(plain_numbers("no numbers"), Cow::Borrowed(_)));
        assert_eq!(plain_numbers("日本 3,000人"), "日本 3000人");
    }
}
