//! A calendar month (tháng): the unit in which contributions are paid and parameters change.

use std::fmt;

/// A month of a year, from 1900-01 to 2199-12. Stored as months since year 0, so that ordering,
/// distances and "the next month" are plain integer arithmetic.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Month(u32);

impl Month {
    pub const FIRST_YEAR: u16 = 1900;
    pub const LAST_YEAR: u16 = 2199;

    /// For data checked at build time (`build.rs`): the year is in range and the month is 1–12.
    pub const fn ym(year: u16, month: u8) -> Month {
        Month(year as u32 * 12 + month as u32 - 1)
    }

    pub fn new(year: u16, month: u8) -> Option<Month> {
        ((Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) && (1..=12).contains(&month))
            .then(|| Month::ym(year, month))
    }

    /// Reads exactly `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let &[y1, y2, y3, y4, b'-', m1, m2] = text.as_bytes() else { return None };
        let number = |digits: &[u8]| -> Option<u16> {
            digits.iter().try_fold(0u16, |n, d| d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0')))
        };
        let (year, month) = (number(&[y1, y2, y3, y4])?, number(&[m1, m2])?);
        Month::new(year, month as u8)
    }

    /// Months since January of year 0: consecutive months have consecutive indexes.
    pub fn index(self) -> u32 {
        self.0
    }

    pub fn year(self) -> u16 {
        (self.0 / 12) as u16
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        (self.0 % 12 + 1) as u8
    }

    /// The month `n` months later (earlier if negative), if it stays in range.
    pub fn plus(self, n: i32) -> Option<Month> {
        let index = i64::from(self.0) + i64::from(n);
        let month = Month(u32::try_from(index).ok()?);
        (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&month.year()).then_some(month)
    }

    /// `YYYY-MM`, as results carry it. Written digit by digit: `write!` would bring core::fmt's machinery into
    /// every engine (about 1 KB gzipped), and the calculators' engines format nothing else.
    pub fn iso(self) -> String {
        let (year, month) = (self.year(), u16::from(self.month()));
        let digits = [year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10];
        let mut iso = String::with_capacity(7);
        for (i, digit) in digits.into_iter().enumerate() {
            if i == 4 {
                iso.push('-');
            }
            iso.push(char::from(b'0' + digit as u8));
        }
        iso
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_months() {
        let m = Month::parse("2026-11").unwrap();
        assert_eq!((m.year(), m.month()), (2026, 11));
        assert_eq!(m.to_string(), "2026-11");
        assert_eq!(m.plus(2).unwrap().to_string(), "2027-01");
        assert_eq!(m.plus(-11).unwrap().to_string(), "2025-12");
        assert_eq!(Month::ym(1900, 1).iso(), "1900-01");
        assert_eq!(Month::ym(2199, 12).iso(), "2199-12");
        assert_eq!(Month::ym(2010, 10).iso(), "2010-10");
    }

    #[test]
    fn rejects_malformed_months() {
        for bad in ["2026-13", "2026-00", "abc", "2026-1", "2026/11", "+026-11", "1899-12", "2200-01", "2026-11 ", ""] {
            assert_eq!(Month::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Month::ym(2199, 12).plus(1), None);
        assert_eq!(Month::ym(1900, 1).plus(-1), None);
    }
}
