//! The dated parameters (`data/params`, compiled in by `build.rs`) and the one question asked of them:
//! "which value is in force in month M?", with what-if overrides taking precedence.

mod catalogue;
mod overrides;

pub use catalogue::{catalogue, revaluation_tables, Catalogue};
pub use overrides::{beyond_calendar, override_field, OverrideNote, Overrides};

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{static_str, Figure};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

notes! {
    /// What an error in looking a parameter up says.
    pub enum ParamsNote {
        /// No value of a parameter applies to a month.
        NoValueInForce,
    }
}

/// How far a figure can be trusted (RULES.md §0).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// The primary text was read, or two independent sources agree.
    Verified,
    /// One source, or secondary sources only.
    SingleSource,
    /// Best-known value; a result that uses it says so.
    Unverified,
    /// Supplied by the caller as a what-if.
    Override,
}

impl Confidence {
    fn is_verified(&self) -> bool {
        *self == Confidence::Verified
    }
}

/// The legal instrument and article behind a figure or a rule.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Source {
    #[serde(serialize_with = "static_str")]
    pub instrument: &'static str,
    #[serde(serialize_with = "static_str")]
    pub article: &'static str,
    /// Absent when verified.
    #[serde(skip_serializing_if = "Confidence::is_verified")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub confidence: Confidence,
}

impl Source {
    /// A rule of law (not a figure) cited by an explanation step.
    pub const fn law(instrument: &'static str, article: &'static str) -> Source {
        Source { instrument, article, confidence: Confidence::Verified }
    }

    /// A rule cited from secondary sources: its text was not read.
    pub const fn secondhand(instrument: &'static str, article: &'static str) -> Source {
        Source { instrument, article, confidence: Confidence::SingleSource }
    }

    pub const OVERRIDE: Source = Source {
        instrument: "Giả định của người dùng / What-if override",
        article: "",
        confidence: Confidence::Override,
    };
}

/// A value in force from month `from` until the next value's month.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Dated<T> {
    pub from: Month,
    pub value: T,
    pub source: Source,
}

/// One parameter: its identifier in the data and the API, and its official values, oldest first.
pub struct Param<T: 'static> {
    pub id: &'static str,
    pub values: &'static [Dated<T>],
}

/// One value for each region I–IV (vùng).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ByRegion<T>(pub [T; 4]);

/// One value for each voluntary support group, in the order of `SupportGroup`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ByGroup<T>(pub [T; 4]);

/// A coefficient table (hệ số điều chỉnh) for benefits decided in one calendar year: contribution year →
/// coefficient, for salaries (compulsory) and incomes (voluntary). The first row covers every earlier year.
#[derive(Clone, PartialEq, Debug)]
pub struct RevaluationTable {
    pub decision_year: u16,
    pub source: Source,
    pub salary: Cow<'static, [(u16, Decimal)]>,
    pub income: Cow<'static, [(u16, Decimal)]>,
}

/// An age in whole months (62y0m = 744).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct AgeMonths(pub u16);

/// The normal retirement age by calendar year for one sex (Labour Code 2019 Art 169.2).
#[derive(Clone, Copy, Debug)]
pub struct AgeRoadmap {
    pub before: AgeMonths,
    pub first_year: u16,
    pub step_months: u16,
    pub final_age: AgeMonths,
}

impl AgeRoadmap {
    /// The normal retirement age that applies in calendar year `year`.
    pub fn age_in(&self, year: u16) -> AgeMonths {
        if year < self.first_year {
            return self.before;
        }
        let steps = u32::from(year - self.first_year) + 1;
        let age = u32::from(self.before.0) + steps * u32::from(self.step_months);
        AgeMonths(age.min(u32::from(self.final_age.0)) as u16)
    }
}

pub struct RetirementRoadmap {
    pub source: Source,
    pub male: AgeRoadmap,
    pub female: AgeRoadmap,
    pub lower_source: Source,
    /// Heavy or hazardous work, especially difficult areas, reduced work capacity: at most this many years lower.
    pub hardship_years: u16,
    /// Underground coal mining: at most this many years lower.
    pub coal_mining_years: u16,
}

/// A period life table for Viet Nam (UN World Population Prospects 2024, the latest year in
/// `data/life_table/vn.csv`): by age, the share of a cohort still alive (l_x, of 1 at birth) and the
/// life expectancy (e_x, years), ages 0 to 111. Generated by `build.rs`.
pub struct LifeTable {
    pub year: u16,
    /// (l_x in billionths, e_x in hundredths of a year) by age.
    pub male: &'static [(u32, u16)],
    pub female: &'static [(u32, u16)],
}

impl LifeTable {
    /// The rows of one sex (true: male).
    pub fn rows(&self, male: bool) -> &'static [(u32, u16)] {
        if male {
            self.male
        } else {
            self.female
        }
    }

    /// The row of age `x`; the last row beyond the table.
    fn row(rows: &[(u32, u16)], x: usize) -> (i128, i128) {
        rows.get(x).or(rows.last()).map_or((0, 0), |r| (i128::from(r.0), i128::from(r.1)))
    }

    /// Twelve times l, in billionths, at an age in months: l interpolated linearly between whole years and kept
    /// a whole number.
    pub fn survivors_twelfths(rows: &[(u32, u16)], age_months: u32) -> i128 {
        let (x, k) = ((age_months / 12) as usize, i128::from(age_months % 12));
        let (l0, l1) = (Self::row(rows, x).0, Self::row(rows, x + 1).0);
        12 * l0 + (l1 - l0) * k
    }

    /// e, in years, at an age in months, interpolated linearly between whole years.
    pub fn expectancy(rows: &[(u32, u16)], age_months: u32) -> Decimal {
        let (x, k) = ((age_months / 12) as usize, i128::from(age_months % 12));
        let (e0, e1) = (Self::row(rows, x).1, Self::row(rows, x + 1).1);
        Decimal::from_i128_with_scale(12 * e0 + (e1 - e0) * k, 2) / Decimal::from(12)
    }

    pub const SOURCE: Source = Source {
        instrument: "UN World Population Prospects 2024 (Viet Nam, m_x theo tuổi / single-age death rates)",
        article: "Bảng sống thời kỳ, a_x = 0,5 / period life table, a_x = 0.5",
        confidence: Confidence::Verified,
    };
}

/// The parameters and tables, typed; generated from `data/params` by `build.rs`.
#[allow(clippy::unreadable_literal)]
pub mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/params.rs"));
}

/// The parameter catalogue: every dated parameter with its values, for `parameters()`.
pub struct Parameter {
    pub id: &'static str,
    pub unit: &'static str,
    pub values: Values,
}

pub enum Values {
    Vnd(&'static Param<Vnd>),
    Rate(&'static Param<Rate>),
    Count(&'static Param<u32>),
    VndByRegion(&'static Param<ByRegion<Vnd>>),
    RateByGroup(&'static Param<ByGroup<Rate>>),
}

/// The kind of a parameter's values, without them: what an override is read as. `data::KINDS` lists every
/// parameter's, so that reading overrides does not link every parameter's values into an engine that uses few.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Vnd,
    Rate,
    Count,
    VndByRegion,
    RateByGroup,
}

/// A parameter value of any type, as a result lists it.
#[derive(Clone, Copy, PartialEq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum AnyValue {
    Vnd(Vnd),
    Rate(Rate),
    Count(u32),
    #[serde(rename_all = "UPPERCASE")]
    ByRegion {
        i: Vnd,
        ii: Vnd,
        iii: Vnd,
        iv: Vnd,
    },
    #[serde(rename_all = "camelCase")]
    ByGroup {
        poor_household: Rate,
        near_poor_household: Rate,
        ethnic_minority: Rate,
        other: Rate,
    },
}

/// The value types a parameter can have, and how overrides of each are found.
pub trait Value: Copy + 'static {
    fn any(self) -> AnyValue;
    fn overridden<'a>(overrides: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]>;
}

/// The value in force in `month` among `values` (oldest first).
fn in_force<T>(values: &[Dated<T>], month: Month) -> Option<&Dated<T>> {
    values.iter().rev().find(|d| d.from <= month)
}

/// A parameter value that a calculation used.
#[derive(Clone, PartialEq, Debug)]
pub struct UsedParameter {
    pub id: &'static str,
    pub from: Month,
    pub value: AnyValue,
    pub source: Source,
}

/// Looks parameters up for one calculation and remembers the unverified and overridden values it used, so
/// that the result can warn about them and say when an override shaped it.
pub struct Lookup<'a> {
    overrides: &'a Overrides,
    used: Vec<UsedParameter>,
}

impl<'a> Lookup<'a> {
    pub fn new(overrides: &'a Overrides) -> Lookup<'a> {
        Lookup { overrides, used: Vec::new() }
    }

    /// The value of `param` in force in `month`, or `None` if the parameter did not exist then.
    /// An override replaces the official values from its first month on. A reference into the parameter's
    /// values or the overrides, not a copy: a dated value with its source is 40 bytes, and the rules ask for
    /// hundreds (2 % of the withdrawal page's wasm went to copying them).
    pub fn get<T: Value>(&mut self, param: &'static Param<T>, month: Month) -> Option<&'a Dated<T>> {
        let official = || in_force(param.values, month);
        let found = match T::overridden(self.overrides, param.id) {
            Some(values) if values.first().is_some_and(|first| first.from <= month) => in_force(values, month),
            _ => official(),
        }?;
        // Only values a result must warn about are remembered: unverified figures and overrides. A
        // parameter's values differ by their first month, or by being an override.
        let noted = matches!(found.source.confidence, Confidence::Unverified | Confidence::Override);
        let seen = |u: &UsedParameter| {
            std::ptr::eq(u.id, param.id) && u.from == found.from && u.source.confidence == found.source.confidence
        };
        if noted && !self.used.iter().any(seen) {
            self.used.push(UsedParameter {
                id: param.id,
                from: found.from,
                value: found.value.any(),
                source: found.source,
            });
        }
        Some(found)
    }

    /// Like `get`, for a parameter every month in the calculator's range has.
    pub fn require<T: Value>(&mut self, param: &'static Param<T>, month: Month) -> Result<&'a Dated<T>> {
        self.get(param, month).ok_or_else(|| {
            let figures = vec![Figure::text("parameter", param.id), Figure::month("month", month)];
            Error::of(ErrorCode::ParameterNotInForce, "month", ParamsNote::NoValueInForce, figures)
        })
    }

    /// An assumed yearly rate (inflation, a raise of pensions, a discount rate) held to `max_percent`, the bound
    /// of the input field that gives it: an override may say up to 1,000 %, at which amounts raised year by year
    /// overflow the decimal arithmetic.
    pub fn assumed_rate(&mut self, param: &'static Param<Rate>, month: Month, max_percent: u32) -> Result<Rate> {
        let rate = self.require(param, month)?.value;
        if rate.percent() > Decimal::from(max_percent) {
            let field = override_field(param.id);
            let figures = vec![Figure::text("field", field.clone()), Figure::count("maxPercent", max_percent)];
            return Err(Error::of(ErrorCode::OverrideInvalid, &field, OverrideNote::AssumedRateTooHigh, figures));
        }
        Ok(rate)
    }

    /// The values of `param` in force from `from` to `to`, as consecutive runs of months (first, last,
    /// value): a history of decades asks a handful of questions instead of one per month.
    pub fn runs<T: Value>(
        &mut self,
        param: &'static Param<T>,
        from: Month,
        to: Month,
    ) -> Vec<(Month, Month, Option<&'a Dated<T>>)> {
        let overridden = T::overridden(self.overrides, param.id).unwrap_or(&[]);
        let mut out = Vec::new();
        let mut start = from;
        while start <= to {
            let value = self.get(param, start);
            let next_change =
                param.values.iter().chain(overridden).map(|d| d.from).filter(|f| *f > start && *f <= to).min();
            let end = next_change.and_then(|n| n.plus(-1)).unwrap_or(to);
            out.push((start, end, value));
            match end.plus(1) {
                Some(next) => start = next,
                None => break,
            }
        }
        out
    }

    /// The first month from which `param` keeps one value, official or overridden: a result that asks for it in
    /// later months may ask once.
    pub fn settled<T: Value>(&self, param: &'static Param<T>) -> Month {
        let official = param.values.last().map(|d| d.from);
        let overridden = T::overridden(self.overrides, param.id).and_then(|v| v.last()).map(|d| d.from);
        official.max(overridden).unwrap_or(Month::ym(Month::FIRST_YEAR, 1))
    }

    pub fn into_used(self) -> Vec<UsedParameter> {
        self.used
    }
}

impl Value for Vnd {
    fn any(self) -> AnyValue {
        AnyValue::Vnd(self)
    }
    fn overridden<'a>(o: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]> {
        overrides_of(&o.vnd, id)
    }
}

impl Value for Rate {
    fn any(self) -> AnyValue {
        AnyValue::Rate(self)
    }
    fn overridden<'a>(o: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]> {
        overrides_of(&o.rate, id)
    }
}

impl Value for u32 {
    fn any(self) -> AnyValue {
        AnyValue::Count(self)
    }
    fn overridden<'a>(o: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]> {
        overrides_of(&o.count, id)
    }
}

impl Value for ByRegion<Vnd> {
    fn any(self) -> AnyValue {
        let [i, ii, iii, iv] = self.0;
        AnyValue::ByRegion { i, ii, iii, iv }
    }
    fn overridden<'a>(o: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]> {
        overrides_of(&o.by_region, id)
    }
}

impl Value for ByGroup<Rate> {
    fn any(self) -> AnyValue {
        let [poor_household, near_poor_household, ethnic_minority, other] = self.0;
        AnyValue::ByGroup { poor_household, near_poor_household, ethnic_minority, other }
    }
    fn overridden<'a>(o: &'a Overrides, id: &str) -> Option<&'a [Dated<Self>]> {
        overrides_of(&o.by_group, id)
    }
}

/// The override values of parameter `id` in one of the lists of `Overrides`.
fn overrides_of<'a, T>(list: &'a [(&'static str, Vec<Dated<T>>)], id: &str) -> Option<&'a [Dated<T>]> {
    list.iter().find(|(k, _)| *k == id).map(|(_, v)| v.as_slice())
}

/// Which revaluation table: salaries under compulsory SI, or incomes under voluntary SI.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Revaluation {
    Salary,
    Income,
}

/// The decision years that have a coefficient table, official or overridden.
pub fn revaluation_years(overrides: &Overrides) -> impl Iterator<Item = u16> + '_ {
    overrides.revaluation_tables.iter().chain(data::REVALUATION_TABLES.iter()).map(|t| t.decision_year)
}

/// The coefficient table for decisions in `decision_year`, an override first.
pub fn revaluation_table(overrides: &Overrides, decision_year: u16) -> Option<&RevaluationTable> {
    overrides
        .revaluation_tables
        .iter()
        .chain(data::REVALUATION_TABLES.iter())
        .find(|t| t.decision_year == decision_year)
}

/// The coefficient for `contribution_year` in the table for `decision_year` (an override table first),
/// with the table's source. `None` if no table exists for that decision year or the year precedes it.
pub fn revaluation_coefficient(
    overrides: &Overrides,
    decision_year: u16,
    contribution_year: u16,
    kind: Revaluation,
) -> Option<(Decimal, Source)> {
    let table = revaluation_table(overrides, decision_year)?;
    let rows = match kind {
        Revaluation::Salary => &table.salary,
        Revaluation::Income => &table.income,
    };
    let first = rows.first()?;
    if contribution_year > decision_year || (kind == Revaluation::Income && contribution_year < first.0) {
        return None;
    }
    let coefficient = rows.iter().rev().find(|(year, _)| *year <= contribution_year).unwrap_or(first).1;
    Some((coefficient, table.source))
}

#[cfg(test)]
mod tests {
    use super::data::*;
    use super::*;

    fn month(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn finds_the_value_in_force_in_a_month() {
        let none = Overrides::default();
        let mut lookup = Lookup::new(&none);
        let at = |l: &mut Lookup, m| l.get(&REFERENCE_LEVEL, month(m)).unwrap().value;
        assert_eq!(at(&mut lookup, "2016-04"), Vnd::whole(1_150_000));
        assert_eq!(at(&mut lookup, "2016-05"), Vnd::whole(1_210_000));
        assert_eq!(at(&mut lookup, "2022-12"), Vnd::whole(1_490_000));
        assert_eq!(at(&mut lookup, "2026-06"), Vnd::whole(2_340_000));
        assert_eq!(at(&mut lookup, "2026-07"), Vnd::whole(2_530_000));
        assert_eq!(lookup.get(&OCCUPATIONAL_EMPLOYER_REDUCED, month("2020-06")), None);
        let error = lookup.require(&OCCUPATIONAL_EMPLOYER_REDUCED, month("2020-06")).unwrap_err();
        assert_eq!((error.code, error.field.as_str()), (crate::core::error::ErrorCode::ParameterNotInForce, "month"));
        // Verified values need no note; an unverified one is remembered once.
        assert!(lookup.get(&VOLUNTARY_PREPAY_MONTHLY_RETURN, month("2026-03")).is_some());
        assert!(lookup.get(&VOLUNTARY_PREPAY_MONTHLY_RETURN, month("2026-04")).is_some());
        let used = lookup.into_used();
        assert_eq!(used.iter().map(|u| u.id).collect::<Vec<_>>(), ["voluntaryPrepayMonthlyReturn"]);
    }

    #[test]
    fn every_parameter_is_listed_once() {
        for (i, p) in data::CATALOGUE.iter().enumerate() {
            assert!(data::CATALOGUE[..i].iter().all(|q| q.id != p.id), "{} twice", p.id);
        }
        assert_eq!(data::CATALOGUE.len(), 103);
        // What overrides are read by: every parameter of the catalogue, in its order.
        assert!(data::KINDS.iter().map(|(id, _)| *id).eq(data::CATALOGUE.iter().map(|p| p.id)));
    }

    #[test]
    fn revaluation_tables_answer_by_decision_year() {
        let none = Overrides::default();
        let c = |d, y, k| revaluation_coefficient(&none, d, y, k).map(|(c, _)| c.to_string());
        assert_eq!(c(2026, 1990, Revaluation::Salary).as_deref(), Some("5.81"));
        assert_eq!(c(2026, 1995, Revaluation::Salary).as_deref(), Some("4.91"));
        assert_eq!(c(2025, 2014, Revaluation::Salary).as_deref(), Some("1.32"));
        assert_eq!(c(2024, 2023, Revaluation::Salary).as_deref(), Some("1"));
        assert_eq!(c(2026, 2008, Revaluation::Income).as_deref(), Some("2.29"));
        assert_eq!(c(2026, 2007, Revaluation::Income), None);
        assert_eq!(c(2026, 2027, Revaluation::Salary), None);
        assert_eq!(c(2027, 2020, Revaluation::Salary), None);
    }

    #[test]
    fn retirement_roadmap_matches_labour_code_169() {
        let age = |r: &AgeRoadmap, y| (r.age_in(y).0 / 12, r.age_in(y).0 % 12);
        let (m, f) = (&RETIREMENT_AGE.male, &RETIREMENT_AGE.female);
        assert_eq!(age(m, 2020), (60, 0));
        assert_eq!(age(m, 2021), (60, 3));
        assert_eq!(age(m, 2026), (61, 6));
        assert_eq!(age(m, 2027), (61, 9));
        assert_eq!(age(m, 2028), (62, 0));
        assert_eq!(age(m, 2040), (62, 0));
        assert_eq!(age(f, 2021), (55, 4));
        assert_eq!(age(f, 2026), (57, 0));
        assert_eq!(age(f, 2034), (59, 8));
        assert_eq!(age(f, 2035), (60, 0));
        assert_eq!((RETIREMENT_AGE.hardship_years, RETIREMENT_AGE.coal_mining_years), (5, 10));
    }
}
