//! Money in đồng, rates, and the two roundings the law and the agency use.
//!
//! Sums of decimals: `a = a + b` and `fold`, not `+=`, `.sum()` or `ceil()`. In the wasm, rust_decimal's
//! `AddAssign`, `Sum` and `ceil` each bring a second copy of its addition (about 0.4 KB gzipped an engine).

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// An amount of money in whole đồng (VND). Amounts are whole by construction: a computed amount becomes a
/// `Vnd` only through one of the roundings below, each named for the practice it follows.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Vnd(Decimal);

impl Vnd {
    pub const ZERO: Vnd = Vnd(Decimal::ZERO);

    /// A whole, non-negative number of đồng known at compile time (parameter data).
    pub const fn whole(dong: i64) -> Vnd {
        Vnd(Decimal::from_parts(dong as u32, (dong >> 32) as u32, 0, false, 0))
    }

    /// A whole number of đồng, possibly negative (a net sum: money received less money paid).
    pub fn dong(n: i64) -> Vnd {
        Vnd(Decimal::from(n))
    }

    /// Money results are rounded half-up to a whole đồng: official decisions pay 14,338,384.5 as 14,338,385
    /// (RULES.md: "Currency"). For the non-negative amounts here, half-up is "away from zero".
    pub fn round_half_up(exact: Decimal) -> Vnd {
        Vnd(exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
    }

    /// The agency takes an average salary to a whole đồng by dropping the fraction before multiplying it
    /// (RULES.md §5.6: an allowance of 3 × 19,117,846 = 57,353,538; a withdrawal example reproduces only
    /// with 1,774,052.70 cut to 1,774,052).
    pub fn truncate(exact: Decimal) -> Vnd {
        Vnd(exact.trunc())
    }

    pub fn amount(self) -> Decimal {
        self.0
    }

    /// Exact product with a rate or a multiple, to be rounded by the caller where the law says.
    pub fn times(self, factor: Decimal) -> Decimal {
        self.0 * factor
    }

    /// A whole multiple of the amount (20 × the reference level): exact, and still whole đồng.
    pub fn multiple(self, n: u32) -> Vnd {
        Vnd(self.0 * Decimal::from(n))
    }

    /// The exact whole number of đồng.
    pub fn to_i128(self) -> i128 {
        if self.0.scale() == 0 {
            self.0.mantissa()
        } else {
            self.0.trunc().mantissa()
        }
    }

    /// The whole number of đồng; amounts are bounded far below `i64::MAX` by input validation.
    pub fn to_i64(self) -> i64 {
        i64::try_from(self.to_i128()).unwrap_or(i64::MAX)
    }
}

impl std::ops::Add for Vnd {
    type Output = Vnd;
    fn add(self, other: Vnd) -> Vnd {
        Vnd(self.0 + other.0)
    }
}

impl std::ops::Sub for Vnd {
    type Output = Vnd;
    fn sub(self, other: Vnd) -> Vnd {
        Vnd(self.0 - other.0)
    }
}

impl fmt::Display for Vnd {
    /// Vietnamese grouping: 1.234.567 đ.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} đ", Grouped(self.to_i64(), '.'))
    }
}

/// The largest whole number a JS number holds exactly, 2^53 − 1: no amount may pass it, or it could not be given.
pub const MAX_EXACT: i64 = (1 << 53) - 1;

impl serde::Serialize for Vnd {
    /// A JS number: whole đồng, always below 2^53.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.to_i64())
    }
}

/// A rate as a fraction (0.08 for 8 %).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Rate(Decimal);

impl Rate {
    pub const ZERO: Rate = Rate(Decimal::ZERO);

    pub const fn fraction(value: Decimal) -> Rate {
        Rate(value)
    }

    pub fn value(self) -> Decimal {
        self.0
    }

    /// 8 for 8 %, as the law writes it.
    pub fn percent(self) -> Decimal {
        self.hundredfold().normalize()
    }

    /// The fraction times 100, not normalized. Where the scale allows, its digits read two places further right,
    /// not a product of decimals (a contribution writes two dozen rates).
    fn hundredfold(self) -> Decimal {
        let mut hundredfold = self.0;
        if self.0.scale() >= 2 && hundredfold.set_scale(self.0.scale() - 2).is_ok() {
            return hundredfold;
        }
        self.0 * Decimal::ONE_HUNDRED
    }
}

impl std::ops::Add for Rate {
    type Output = Rate;
    fn add(self, other: Rate) -> Rate {
        Rate(self.0 + other.0)
    }
}

impl serde::Serialize for Rate {
    /// A JS number in percent (8 for 8 %), as on the legal-basis page: the same number, normalized or not.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(to_f64(self.hundredfold()))
    }
}

/// `a × b` for the exact sums kept as 128-bit integers (hundredths or 10^-12 of a đồng), `None` past their range.
/// Two factors that fit in 64 bits cannot overflow 128, and are multiplied without the overflow check, which in
/// the wasm is a slow library call (8 % of a comparison's time in a profile). Not inlined: at each use it cost
/// 0.4 KB more gzipped wasm.
#[inline(never)]
pub fn checked_product(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) => Some(i128::from(a) * i128::from(b)),
        _ => a.checked_mul(b),
    }
}

/// `a + b` on decimals, `None` past `Decimal`'s range. This and `decimal_product` are made once: rust_decimal
/// inlines its checked arithmetic wherever it is called, 1 to 1.5 KB of wasm each time.
#[inline(never)]
pub fn decimal_sum(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_add(b)
}

/// `a × b` on decimals, `None` past `Decimal`'s range.
#[inline(never)]
pub fn decimal_product(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

/// `a × b`, held at the bound past the range: as `i128::saturating_mul`, with the quick product of `checked_product`.
pub fn saturating_product(a: i128, b: i128) -> i128 {
    checked_product(a, b).unwrap_or_else(|| a.saturating_mul(b))
}

/// The JS number closest to a decimal of few digits (rates, coefficients): both the digits and the power of
/// ten are exact in an `f64`, and IEEE division rounds correctly, so 0.31 becomes the same number as the
/// JS literal `0.31`.
pub fn to_f64(d: Decimal) -> f64 {
    // Through i64 where the digits fit, as they always do here: wasm has no 128-bit conversion of its own.
    let digits = i64::try_from(d.mantissa()).map_or_else(|_| d.mantissa() as f64, |m| m as f64);
    digits / POWERS_OF_TEN.get(d.scale() as usize).copied().unwrap_or_else(|| 10f64.powi(d.scale() as i32))
}

/// 10^0 to 10^22, every one exact in an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// Serializes a decimal of few digits (a coefficient, months of salary) as the JS number closest to it.
pub fn decimal_as_number<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(to_f64(*d))
}

/// A whole number with its thousands grouped by `separator`, written without allocating (explanations
/// print many amounts, and a call's speed is part of the budget).
pub struct Grouped(pub i64, pub char);

impl fmt::Display for Grouped {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // Filled from the right: 19 digits, 6 separators of up to 4 bytes, a sign.
        let mut buf = [0u8; 48];
        let mut at = buf.len();
        let mut separator = [0u8; 4];
        let separator = self.1.encode_utf8(&mut separator).as_bytes();
        let mut n = self.0.unsigned_abs();
        let mut count = 0;
        loop {
            if count > 0 && count % 3 == 0 {
                at -= separator.len();
                buf[at..at + separator.len()].copy_from_slice(separator);
            }
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            count += 1;
            if n == 0 {
                break;
            }
        }
        if self.0 < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        f.write_str(std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn quick_products_are_the_checked_ones() {
        let edges =
            [0, 1, -1, 7, i128::from(i64::MAX), i128::from(i64::MIN), i128::from(i64::MAX) + 1, 1 << 70, -(1 << 70)];
        for a in edges.into_iter().chain([i128::MAX, i128::MIN]) {
            for b in edges.into_iter().chain([i128::MAX, i128::MIN]) {
                assert_eq!(checked_product(a, b), a.checked_mul(b), "{a} × {b}");
                assert_eq!(saturating_product(a, b), a.saturating_mul(b), "{a} × {b}");
            }
        }
    }

    #[test]
    fn a_rate_in_percent_is_the_fraction_times_a_hundred() {
        for text in
            ["0", "1", "0.5", "0.08", "0.015", "0.005", "0.0031", "0.175", "0.123456", "2.5", "0.10", "0.000001"]
        {
            let fraction = Decimal::from_str(text).unwrap();
            let product = (fraction * Decimal::ONE_HUNDRED).normalize();
            let percent = Rate::fraction(fraction).percent();
            // The same number, written the same way (mantissa and scale).
            assert_eq!((percent.mantissa(), percent.scale()), (product.mantissa(), product.scale()), "{text}");
            let written = serde_json::to_value(Rate::fraction(fraction)).unwrap();
            assert_eq!(written, serde_json::Value::from(to_f64(product)), "{text}");
        }
        assert_eq!(serde_json::to_value(Rate::fraction(Decimal::from_str("0.015").unwrap())).unwrap(), 1.5);
    }

    #[test]
    fn rounds_half_up_to_the_dong() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(Vnd::round_half_up(d("14338384.5")), Vnd::whole(14_338_385));
        assert_eq!(Vnd::round_half_up(d("14338384.49")), Vnd::whole(14_338_384));
        assert_eq!(Vnd::round_half_up(d("79650.00")), Vnd::whole(79_650));
    }

    #[test]
    fn prints_vietnamese_grouping() {
        assert_eq!(Vnd::whole(1_234_567).to_string(), "1.234.567 đ");
        assert_eq!(Vnd::whole(500).to_string(), "500 đ");
        assert_eq!(Vnd::whole(5_000_000_000).to_i64(), 5_000_000_000);
        assert_eq!(Vnd::whole(1_000).to_string(), "1.000 đ");
        assert_eq!(to_f64(Decimal::new(31, 2)), 0.31);
        assert_eq!(to_f64(Decimal::new(581, 2)), 5.81);
        assert_eq!(to_f64(Decimal::new(175, 1)), 17.5);
        assert_eq!(Grouped(-1_234_567, ',').to_string(), "-1,234,567");
        assert_eq!(Grouped(0, ',').to_string(), "0");
    }
}
