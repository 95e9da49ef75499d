//! Calendar days, for the day that `on Friday` or `on November 16` means in an article of a
//! known date.

use crate::briefing::calendar;
use crate::briefing::model::PartialDate;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31.
    pub day: u8,
}

impl Day {
    /// The day of a full partial date, if it has month and day.
    pub fn of(date: PartialDate) -> Option<Day> {
        Some(Day {
            year: i32::from(date.year),
            month: date.month?,
            day: date.day?,
        })
    }

    /// The date as a briefing stores it.
    pub fn to_partial(self) -> Option<PartialDate> {
        PartialDate::parse(&format!(
            "{:04}-{:02}-{:02}",
            self.year, self.month, self.day
        ))
    }

    /// Days since 1970-01-01.
    fn days(self) -> i64 {
        calendar::day_number(i64::from(self.year), self.month, self.day)
    }

    /// The day `days` after 1970-01-01.
    fn from_days(days: i64) -> Day {
        let (year, month, day) = calendar::civil(days);
        Day {
            year: year as i32,
            month,
            day,
        }
    }

    /// The day of the week, 0 for Monday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// The `weekday` (0 for Monday) nearest this day: on it or before, or after it when
    /// `ahead` (`will announce on Friday`).
    pub fn nearest(self, weekday: u8, ahead: bool) -> Day {
        let today = i64::from(self.weekday());
        let target = i64::from(weekday);
        let shift = if ahead {
            (target - today).rem_euclid(7)
        } else {
            -(today - target).rem_euclid(7)
        };
        Day::from_days(self.days() + shift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u8, day: u8) -> Day {
        Day { year, month, day }
    }

    #[test]
    fn weekdays_and_their_nearest_days() {
        assert_eq!(day(2019, 11, 19).weekday(), 1, "a Tuesday");
        assert_eq!(day(2000, 2, 29).weekday(), 1);
        assert_eq!(day(2019, 11, 19).nearest(4, false), day(2019, 11, 15));
        assert_eq!(day(2019, 11, 19).nearest(4, true), day(2019, 11, 22));
        assert_eq!(day(2019, 11, 19).nearest(1, false), day(2019, 11, 19));
        assert_eq!(day(2019, 12, 30).nearest(2, true), day(2020, 1, 1));
        assert_eq!(Day::from_days(day(1999, 3, 1).days()), day(1999, 3, 1));
    }
}
