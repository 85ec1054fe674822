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
    /// every engine (about 1 KB gzipped), and the calculators' engines format nothing else. On the stack: a
    /// result carries tens of months, and a `String` each was an allocation each.
    pub fn iso(self) -> Iso {
        let (year, month) = (self.year(), u16::from(self.month()));
        let digits = [year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10];
        let mut iso = [b'-'; 7];
        for (at, digit) in [0, 1, 2, 3, 5, 6].into_iter().zip(digits) {
            iso[at] = b'0' + digit as u8;
        }
        Iso(iso)
    }
}

/// A month written `YYYY-MM` (`Month::iso`): its years have four digits (`FIRST_YEAR` to `LAST_YEAR`).
pub struct Iso([u8; 7]);

impl Iso {
    pub fn as_str(&self) -> &str {
        // SAFETY: every byte is ASCII, so valid UTF-8: a hyphen, or b'0' plus a digit of a year below 65,536
        // (`year / 1000` is at most 65) or of a month. Not `from_utf8`, whose check is 0.3 to 0.4 KB of gzipped
        // wasm that no engine has otherwise.
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.iso().as_str())
    }
}

impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.iso().as_str())
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
        assert_eq!(Month::ym(1900, 1).iso().as_str(), "1900-01");
        assert_eq!(Month::ym(2199, 12).iso().as_str(), "2199-12");
        assert_eq!(Month::ym(2010, 10).iso().as_str(), "2010-10");
        // Past the years a month may have, still seven ASCII bytes (what `Iso::as_str` relies on): year 21,845.
        assert_eq!(Month(u32::MAX).iso().as_str(), "E845-04");
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
