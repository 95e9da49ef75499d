//! Calendar days, for the day that `on Friday` or `on November 16` means in an article of a
//! known date.

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

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01 (`civil_from_days`).
    fn from_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        Day {
            year: (year_of_era + era * 400 + i64::from(month <= 2)) as i32,
            month: month as u8,
            day: day as u8,
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
