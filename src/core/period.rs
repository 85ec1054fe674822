//! A contribution period (thời gian đóng): whole months from a first to a last month, both included.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::Figure;
use crate::core::input::field_figure;
use crate::core::month::Month;
use crate::notes;

notes! {
    /// What an error about a period says.
    pub enum PeriodNote {
        /// A period whose last month is before its first.
        PeriodEndsBeforeStart,
    }
}

/// Months `from` to `to`, both included; never empty, since `new` refuses an end before the start.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Period {
    from: Month,
    to: Month,
}

impl Period {
    /// `field` names the period in an error (`history[2]`), so the caller can point at it.
    pub fn new(from: Month, to: Month, field: &str) -> Result<Period> {
        if to < from {
            let figures = vec![field_figure(field), Figure::month("to", to), Figure::month("from", from)];
            return Err(Error::of(ErrorCode::PeriodInvalid, field, PeriodNote::PeriodEndsBeforeStart, figures));
        }
        Ok(Period { from, to })
    }

    pub fn from(self) -> Month {
        self.from
    }

    pub fn to(self) -> Month {
        self.to
    }

    /// How many months the period covers (at least 1).
    pub fn months(self) -> u32 {
        (self.to.index() - self.from.index()) + 1
    }

    pub fn contains(self, m: Month) -> bool {
        self.from <= m && m <= self.to
    }

    pub fn overlaps(self, other: Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }

    /// The months of the period, in order.
    pub fn iter(self) -> impl Iterator<Item = Month> {
        (0..self.months() as i32).filter_map(move |i| self.from.plus(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn a_period_counts_its_months_both_ends_included() {
        let p = Period::new(m("2011-01"), m("2026-07"), "history[0]").unwrap();
        assert_eq!(p.months(), 187);
        assert!(p.contains(m("2011-01")) && p.contains(m("2026-07")) && !p.contains(m("2026-08")));
        assert_eq!(p.iter().count(), 187);
        assert_eq!(p.iter().nth(12), Some(m("2012-01")));
        assert_eq!(Period::new(m("2026-07"), m("2026-07"), "x").unwrap().months(), 1);
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let e = Period::new(m("2026-07"), m("2026-06"), "history[3]").unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (ErrorCode::PeriodInvalid, "history[3]"));
    }

    #[test]
    fn overlapping_periods_are_seen() {
        let a = Period::new(m("2020-01"), m("2020-12"), "a").unwrap();
        let b = Period::new(m("2020-12"), m("2021-06"), "b").unwrap();
        let c = Period::new(m("2021-01"), m("2021-06"), "c").unwrap();
        assert!(a.overlaps(b) && b.overlaps(a));
        assert!(!a.overlaps(c));
    }
}
