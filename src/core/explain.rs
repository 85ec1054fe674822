//! What a result says, as data. Each note (a step of the calculation, a warning, an assumption, the detail of
//! an error) is a stable id, the figures its wording needs and the articles behind it. The words live in
//! the catalogues of `www/src/wording/`, one per language, so the engine carries no sentence and a new
//! language is one more catalogue.

use crate::core::money::{to_f64, Grouped, Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{Confidence, Source, UsedParameter};
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// The stable id of a note: the name of a variant of one of the engine's note enums (see [`notes!`]),
/// written in camelCase where it leaves the engine (`SocialInsuranceBase` → `socialInsuranceBase`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct NoteId(pub &'static str);

impl NoteId {
    /// The id as results and catalogues write it.
    pub fn camel_case(self) -> String {
        let mut chars = self.0.chars();
        chars.next().map(|first| first.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
    }
}

impl Serialize for NoteId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.camel_case())
    }
}

/// Declares the notes one part of the engine can write: an enum of their ids, each with wording in every
/// catalogue, and `IDS`, the list the catalogue test checks.
#[macro_export]
macro_rules! notes {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            pub const IDS: &'static [$crate::core::explain::NoteId] =
                &[$($crate::core::explain::NoteId(stringify!($variant))),*];
        }

        impl From<$name> for $crate::core::explain::NoteId {
            fn from(note: $name) -> Self {
                match note { $($name::$variant => $crate::core::explain::NoteId(stringify!($variant))),* }
            }
        }
    };
}

/// One thing a result says: what was computed from which figures under which article, a warning, an
/// assumption. `figures` are what its wording shows.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Note {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub id: NoteId,
    #[cfg_attr(feature = "wasm", tsify(type = "Figures"))]
    pub figures: Figures,
    /// The articles and instruments behind it.
    pub sources: Vec<Source>,
}

impl Note {
    pub fn new(id: impl Into<NoteId>, figures: Vec<Figure>) -> Note {
        Note { id: id.into(), figures: Figures(figures), sources: Vec::new() }
    }

    pub fn cite(mut self, sources: impl IntoIterator<Item = Source>) -> Note {
        self.sources.extend(sources);
        self
    }
}

/// One named figure of a note.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub name: &'static str,
    pub value: FigureValue,
}

/// A figure's value as JS gets it: amounts in đồng, rates in percent (8 for 8 %), counts and decimals as
/// numbers, months as `YYYY-MM`, words (a parameter's id, a line of a record) as text, and notes (the
/// items of a list, a word of the catalogue) as a list of notes. The catalogues say how each is written.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureValue {
    Vnd(Vnd),
    Rate(Rate),
    Count(u32),
    Number(Decimal),
    Month(Month),
    Text(Cow<'static, str>),
    Notes(Vec<Note>),
}

impl Figure {
    pub fn vnd(name: &'static str, v: Vnd) -> Figure {
        Figure { name, value: FigureValue::Vnd(v) }
    }
    pub fn rate(name: &'static str, r: Rate) -> Figure {
        Figure { name, value: FigureValue::Rate(r) }
    }
    pub fn count(name: &'static str, n: u32) -> Figure {
        Figure { name, value: FigureValue::Count(n) }
    }
    pub fn number(name: &'static str, d: Decimal) -> Figure {
        Figure { name, value: FigureValue::Number(d) }
    }
    pub fn month(name: &'static str, m: Month) -> Figure {
        Figure { name, value: FigureValue::Month(m) }
    }
    pub fn text(name: &'static str, t: impl Into<Cow<'static, str>>) -> Figure {
        Figure { name, value: FigureValue::Text(t.into()) }
    }
    /// Notes written one after the other: the items of a list whose length varies (the funds a side pays).
    pub fn notes(name: &'static str, notes: Vec<Note>) -> Figure {
        Figure { name, value: FigureValue::Notes(notes) }
    }
    /// A word of the catalogue (a group, a kind of value): a note without figures.
    pub fn word(name: &'static str, id: impl Into<NoteId>) -> Figure {
        Figure::notes(name, vec![Note::new(id, Vec::new())])
    }
}

impl Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FigureValue::Vnd(v) => v.serialize(s),
            FigureValue::Rate(r) => r.serialize(s),
            FigureValue::Count(n) => s.serialize_u32(*n),
            FigureValue::Number(d) => s.serialize_f64(to_f64(*d)),
            FigureValue::Month(m) => m.serialize(s),
            FigureValue::Text(t) => s.serialize_str(t),
            FigureValue::Notes(notes) => notes.serialize(s),
        }
    }
}

/// A note's figures, written as one object `{ name: value }`: compact, so results stay quick to hand to JS.
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

/// The steps of a result, built only when the caller asks for them.
pub struct Explanation<T = Step> {
    steps: Option<Vec<T>>,
}

impl<T> Explanation<T> {
    pub fn new(enabled: bool) -> Explanation<T> {
        Explanation { steps: enabled.then(Vec::new) }
    }

    pub fn add(&mut self, step: impl FnOnce() -> T) {
        if let Some(steps) = &mut self.steps {
            steps.push(step());
        }
    }

    pub fn into_steps(self) -> Vec<T> {
        self.steps.unwrap_or_default()
    }
}

notes! {
    /// What a result says of the parameters it used.
    pub enum ParameterNote {
        /// A value not yet verified against its legal text: the result is indicative.
        UnverifiedParameter,
        /// A what-if value the caller supplied.
        OverrideUsed,
    }
}

/// What every result says about the parameters it used: notes for unverified figures and overrides, and
/// whether an override shaped it.
pub fn parameter_note_list(used: &[UsedParameter]) -> (Vec<Note>, bool) {
    let overridden = used.iter().any(|p| p.source.confidence == Confidence::Override);
    let notes = used
        .iter()
        .filter_map(|p| {
            let id = match p.source.confidence {
                Confidence::Unverified => ParameterNote::UnverifiedParameter,
                Confidence::Override => ParameterNote::OverrideUsed,
                Confidence::Verified | Confidence::SingleSource => return None,
            };
            Some(Note::new(
                id,
                vec![
                    Figure::text("parameter", p.id),
                    Figure::month("from", p.from),
                    Figure::text("instrument", p.source.instrument),
                ],
            ))
        })
        .collect();
    (notes, overridden)
}

// ---- Transitional: the sentences a part of the engine still writes itself, until it returns notes. ----

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Step {
    pub id: &'static str,
    pub vi: String,
    pub en: String,
    #[cfg_attr(feature = "wasm", tsify(type = "Figures"))]
    pub figures: Figures,
    pub sources: Vec<Source>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Warning {
    pub code: &'static str,
    pub vi: String,
    pub en: String,
}

impl Warning {
    pub fn new(code: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Warning {
        Warning { code, vi: vi.into(), en: en.into() }
    }
}

pub fn parameter_notes(used: &[UsedParameter]) -> (Vec<Warning>, bool) {
    let overridden = used.iter().any(|p| p.source.confidence == Confidence::Override);
    (parameter_warnings(used), overridden)
}

fn parameter_warnings(used: &[UsedParameter]) -> Vec<Warning> {
    let mut out = Vec::new();
    for p in used.iter().filter(|p| matches!(p.source.confidence, Confidence::Unverified | Confidence::Override)) {
        let (name_vi, name_en) =
            TRANSITIONAL_NAMES.iter().find(|(id, ..)| *id == p.id).map_or((p.id, p.id), |&(_, vi, en)| (vi, en));
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

/// The names the parts that still write their sentences print in these warnings, now that the names live in
/// the catalogues (`parameter.<id>`): the parameters with an unverified value, which warn without any
/// what-if, and those the cases of those parts override. Another parameter's id stands for its name.
const TRANSITIONAL_NAMES: &[(&str, &str, &str)] = &[
    ("regionalMinimumWage", "Lương tối thiểu vùng (tháng)", "Regional minimum wage (monthly)"),
    ("regionalMinimumWageHourly", "Lương tối thiểu vùng (giờ)", "Regional minimum wage (hourly)"),
    (
        "ruralPovertyLine",
        "Chuẩn hộ nghèo khu vực nông thôn (sàn thu nhập BHXH tự nguyện)",
        "Rural poverty line (floor of the voluntary income)",
    ),
    (
        "voluntaryPrepayMonthlyReturn",
        "Lãi suất đầu tư quỹ bình quân tháng (chiết khấu khi đóng trước)",
        "Monthly fund return used to discount a prepayment",
    ),
    (
        "occupationalEmployer",
        "Quỹ tai nạn lao động, bệnh nghề nghiệp – người sử dụng lao động",
        "Occupational accident & disease fund – employer",
    ),
    (
        "occupationalEmployerReduced",
        "Quỹ TNLĐ-BNN – mức đóng thấp hơn (ngành nghề rủi ro cao đủ điều kiện)",
        "Occupational accident & disease fund – reduced rate (eligible high-risk employers)",
    ),
    ("unemploymentEmployer", "Bảo hiểm thất nghiệp – người sử dụng lao động", "Unemployment insurance – employer"),
    (
        "assumedInflation",
        "Giả định lạm phát (CPI) hằng năm cho các năm chưa có bảng hệ số điều chỉnh",
        "Assumed yearly inflation (CPI) for years with no coefficient table yet",
    ),
    (
        "monthlyAllowanceFactor",
        "Hệ số tính số tháng trợ cấp hằng tháng (T = bình quân × hệ số × số năm ÷ trợ cấp hưu trí xã hội)",
        "Factor of the monthly allowance's duration (T = average × factor × years ÷ social pension)",
    ),
    (
        "comparisonDiscountRate",
        "Lãi suất chiết khấu giả định (so sánh rút một lần với lương hưu)",
        "Assumed discount rate (comparing the withdrawal with the pension)",
    ),
    ("assumedPensionIndexation", "Giả định mức điều chỉnh lương hưu hằng năm", "Assumed yearly pension indexation"),
    (
        "earlyRetirementMonthsBenchmark",
        "Mốc tính số tháng nghỉ hưu trước tuổi để giảm tỷ lệ hưởng (1: tháng đủ tuổi nghỉ hưu của chính người lao động theo Phụ lục I Nghị định 135/2020; 0: tuổi nghỉ hưu của năm nghỉ hưu)",
        "What the months retired early are counted against, for the reduction (1: the month the person reaches their own age, Decree 135/2020 Appendix I; 0: the age of the calendar year of retirement)",
    ),
    (
        "voluntaryMissingPeriodMaxMonths",
        "Số tháng còn thiếu tối đa được đóng một lần khi đủ tuổi nghỉ hưu (BHXH tự nguyện)",
        "Most missing months that may be paid at once at retirement age (voluntary SI)",
    ),
];

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
