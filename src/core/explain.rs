//! The explanation that comes with every result: steps, each saying what was computed from which figures
//! under which article, and warnings, each in Vietnamese and English.

use crate::core::money::{Grouped, Rate, Vnd};
use crate::core::params::{data, AnyValue, Confidence, Source, UsedParameter};
use serde::Serialize;
use std::fmt;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Step {
    /// A stable name for the step (`socialInsuranceBase`, …).
    pub id: &'static str,
    pub vi: String,
    pub en: String,
    /// The numbers the step used or produced, by name: amounts in đồng, names ending in `Rate` in percent
    /// (8 for 8 %), counts of months otherwise.
    #[cfg_attr(feature = "wasm", tsify(type = "Record<string, number>"))]
    pub figures: Figures,
    /// The articles and instruments behind the step.
    pub sources: Vec<Source>,
}

/// The steps of a result, built only when the caller asks for them: formatting the sentences is most of
/// a calculation's work.
pub struct Explanation {
    steps: Option<Vec<Step>>,
}

impl Explanation {
    pub fn new(enabled: bool) -> Explanation {
        Explanation { steps: enabled.then(Vec::new) }
    }

    pub fn add(&mut self, step: impl FnOnce() -> Step) {
        if let Some(steps) = &mut self.steps {
            steps.push(step());
        }
    }

    pub fn into_steps(self) -> Vec<Step> {
        self.steps.unwrap_or_default()
    }
}

/// One named number of a step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub name: &'static str,
    pub value: AnyValue,
}

impl Figure {
    pub fn vnd(name: &'static str, v: Vnd) -> Figure {
        Figure { name, value: AnyValue::Vnd(v) }
    }
    /// `name` ends in `Rate`.
    pub fn rate(name: &'static str, r: Rate) -> Figure {
        Figure { name, value: AnyValue::Rate(r) }
    }
    pub fn count(name: &'static str, n: u32) -> Figure {
        Figure { name, value: AnyValue::Count(n) }
    }
}

/// A step's figures, written as one object `{ name: number }`: compact, so results stay quick to hand to JS.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures(pub Vec<Figure>);

impl Serialize for Figures {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for f in &self.0 {
            map.serialize_entry(f.name, &f.value)?;
        }
        map.end()
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Warning {
    /// A stable name (`salaryBelowRegionalMinimum`, `unverifiedParameter`, …).
    pub code: &'static str,
    pub vi: String,
    pub en: String,
}

impl Warning {
    pub fn new(code: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Warning {
        Warning { code, vi: vi.into(), en: en.into() }
    }
}

/// What every result says about the parameters it used: warnings for unverified figures and overrides,
/// and whether an override shaped it.
pub fn parameter_notes(used: &[UsedParameter]) -> (Vec<Warning>, bool) {
    let overridden = used.iter().any(|p| p.source.confidence == Confidence::Override);
    (parameter_warnings(used), overridden)
}

fn parameter_warnings(used: &[UsedParameter]) -> Vec<Warning> {
    let mut out = Vec::new();
    for p in used.iter().filter(|p| matches!(p.source.confidence, Confidence::Unverified | Confidence::Override)) {
        let (name_vi, name_en) =
            data::CATALOGUE.iter().find(|c| c.id == p.id).map_or((p.id, p.id), |c| (c.name_vi, c.name_en));
        match p.source.confidence {
            Confidence::Unverified => out.push(Warning::new(
                "unverifiedParameter",
                format!(
                    "Giá trị «{name_vi}» ({}) áp dụng từ {} chưa được xác minh ({}): kết quả chỉ mang tính tham khảo.",
                    p.id, p.from, p.source.instrument
                ),
                format!(
                    "The value of “{name_en}” ({}) from {} is unverified ({}): treat the result as indicative.",
                    p.id, p.from, p.source.instrument
                ),
            )),
            Confidence::Override => out.push(Warning::new(
                "overrideUsed",
                format!("Kết quả dùng giá trị giả định cho «{name_vi}» ({}) từ {}.", p.id, p.from),
                format!("The result uses a what-if value of “{name_en}” ({}) from {}.", p.id, p.from),
            )),
            Confidence::Verified | Confidence::SingleSource => {}
        }
    }
    out
}

/// An amount as Vietnamese text writes it: 1.234.567 đ.
pub fn vi(v: Vnd) -> Vnd {
    v
}

/// An amount as English text writes it: 1,234,567 VND.
pub fn en(v: Vnd) -> impl fmt::Display {
    Suffixed(Grouped(v.to_i64(), ','), " VND")
}

/// A rate as Vietnamese text writes it: 0,5%.
pub fn vi_rate(r: Rate) -> impl fmt::Display {
    Suffixed(PercentText(r, ','), "%")
}

/// A rate as English text writes it: 0.5%.
pub fn en_rate(r: Rate) -> impl fmt::Display {
    Suffixed(PercentText(r, '.'), "%")
}

struct Suffixed<T>(T, &'static str);

impl<T: fmt::Display> fmt::Display for Suffixed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

/// A percentage with its decimal separator: 17,5 or 17.5. Read from the decimal's digits, without
/// arithmetic or allocation.
struct PercentText(Rate, char);

impl fmt::Display for PercentText {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let fraction = self.0.value();
        // percent = mantissa / 10^(scale − 2)
        // Rates are at most 100 % with a few decimals, so the mantissa fits a u64.
        let (mantissa, scale) = (fraction.mantissa().unsigned_abs() as u64, fraction.scale());
        if scale <= 2 {
            let whole = mantissa * 10u64.pow(2 - scale);
            return write!(f, "{}", Grouped(whole as i64, '.'));
        }
        let divisor = 10u64.pow(scale - 2);
        let (whole, mut rest, mut width) = (mantissa / divisor, mantissa % divisor, (scale - 2) as usize);
        write!(f, "{}", Grouped(whole as i64, '.'))?;
        while rest > 0 && rest % 10 == 0 {
            rest /= 10;
            width -= 1;
        }
        if rest > 0 {
            write!(f, "{}{rest:0width$}", self.1)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn writes_amounts_and_rates_in_each_language() {
        assert_eq!(en(Vnd::whole(46_800_000)).to_string(), "46,800,000 VND");
        assert_eq!(vi(Vnd::whole(46_800_000)).to_string(), "46.800.000 đ");
        let rate = Rate::fraction(Decimal::new(175, 3));
        assert_eq!((vi_rate(rate).to_string(), en_rate(rate).to_string()), ("17,5%".into(), "17.5%".into()));
        let rate = Rate::fraction(Decimal::new(8, 2));
        assert_eq!(vi_rate(rate).to_string(), "8%");
        assert_eq!(en_rate(Rate::fraction(Decimal::new(31, 4))).to_string(), "0.31%");
        assert_eq!(en_rate(Rate::fraction(Decimal::new(30, 4))).to_string(), "0.3%");
        assert_eq!(en_rate(Rate::fraction(Decimal::new(5, 4))).to_string(), "0.05%");
        assert_eq!(en_rate(Rate::fraction(Decimal::new(15, 1))).to_string(), "150%");
        assert_eq!(en_rate(Rate::ZERO).to_string(), "0%");
    }
}
