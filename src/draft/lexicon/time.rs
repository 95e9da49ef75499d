//! Words of time: months and weekdays.

/// Month names, in order.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
/// Month abbreviations, in order (`May` is never one: it is a verb too often).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// The number of the month `word` names (`October`, `Oct.`), 1-12.
pub fn month(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|m| *m == word)
        .or_else(|| {
            MONTH_ABBREVIATIONS
                .iter()
                .position(|m| *m == word && word != "May")
        })
        .map(|i| i as u8 + 1)
}

/// Days of the week.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// True when `word` names a month or a weekday, whole or abbreviated (`october`, `oct`,
/// `sept`, `friday`), in any case and without the abbreviation's full stop.
pub fn is_month_or_weekday(word: &str) -> bool {
    MONTHS
        .iter()
        .chain(WEEKDAYS)
        .any(|w| w.eq_ignore_ascii_case(word))
        || MONTH_ABBREVIATIONS
            .iter()
            .any(|a| a.trim_end_matches('.').eq_ignore_ascii_case(word))
}
