//! A contribution history (quá trình đóng BHXH): periods of compulsory or voluntary contributions, and the
//! average salary it gives for a benefit decided in a given month (mức bình quân tiền lương, Law 41/2024
//! Art 72–73, Decree 158/2025 Art 15–17), and the years a number of months counts for (Art 5.6).
//!
//! The history is summed once by calendar year ([`Ledger`]); an average for any decision month is then one
//! pass over those rows with the coefficient table of the decision year, which keeps a pension quick and a
//! projection over a hundred retirement months cheap.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Figure, NoteId};
use crate::core::input::{self, Fields, Raw};
use crate::core::money::{checked_product, decimal_sum, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, Lookup};
use crate::core::period::Period;
use crate::core::voluntary::SupportGroup;
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;

/// The first month a history may start: compulsory SI for state employees dates from the 1960s.
pub const FIRST_MONTH: Month = Month::ym(1960, 1);
/// Months before this one may lack salary data; they count for time but not for the average
/// (Decree 158/2025 Art 15.6).
pub const SALARY_DATA_FROM: Month = Month::ym(1995, 1);
/// Voluntary SI began in 2008 (Law 71/2006).
pub const VOLUNTARY_FROM: Month = Month::ym(2008, 1);
/// People who began SI before 2016 have their state-scale months revalued at the reference level of the
/// benefit month; later starters with the CPI coefficients (Law 41/2024 Art 73.1).
pub const STATE_CPI_STARTERS_FROM: Month = Month::ym(2016, 1);

/// An average far above any real one (ten thousand billion đồng, ten times the largest salary taken), which
/// keeps every amount the law derives from it below 2^53 (9.007 × 10^15), the largest whole number a JS number
/// holds exactly: the most months of average any benefit pays is 2 a year of a career of 141 years (1960–2100),
/// 282. (A thousand trillion let a lump sum of 28 years at 20 % assumed inflation reach 4.7 × 10^16.)
const MAX_AVERAGE: i64 = 10_000_000_000_000;

notes! {
    /// What is wrong with a history as given.
    pub enum HistoryNote {
        /// No period at all.
        HistoryEmpty,
        /// Two periods share months: `first`, `second` (their fields), from `from`.
        PeriodsOverlap,
        /// The first month contributed, `first`, before the person born in `birth` was 13.
        TooYoungAtFirstContribution,
        /// `decisionMonth`, `month`, not after the last month contributed, `last`.
        DecisionMonthNotAfterHistory,
        /// `requestMonth`, `month`, not after the last month contributed, `last`: no withdrawal while contributing.
        RequestMonthNotAfterHistory,
        /// A period's `field` ends in `month`, after `today`.
        HistoryMonthNotYetCome,
        /// A period's `field` in `month`, outside `first` to `last` for its kind.
        HistoryMonthOutOfRange,
        /// A salary or allowance coefficient (`field`) that is not positive, below 30, with at most 6 decimals.
        SalaryCoefficientInvalid,
        /// Revalued sums beyond any real career.
        HistoryAmountsTooLarge,
        /// No month with a salary or income to average.
        HistoryWithoutSalary,
    }
}

/// How a period's months were paid.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Scheme {
    /// Compulsory, on a salary the employer decides (tiền lương do người sử dụng lao động quyết định).
    /// `None`: months before 1995 whose salary is not known.
    Employer(Option<Vnd>),
    /// Compulsory, on the state salary scale (chế độ tiền lương do Nhà nước quy định): the salary
    /// coefficient plus allowance coefficients, paid as coefficient × base salary. `None`: before 1995,
    /// not known.
    State(Option<Decimal>),
    /// Voluntary, on a chosen income; the support group matters for withdrawals.
    Voluntary { income: Vnd, group: Option<SupportGroup> },
}

impl Scheme {
    pub fn compulsory(self) -> bool {
        !matches!(self, Scheme::Voluntary { .. })
    }
}

/// One period of a history.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Stretch {
    pub period: Period,
    pub scheme: Scheme,
}

/// A history: at least one period, in order, none overlapping another.
#[derive(Clone, PartialEq, Debug)]
pub struct History {
    stretches: Vec<Stretch>,
}

impl History {
    /// Reads `history`, a list of periods, checking each against `today` and the person's `birth`.
    pub fn read(f: &Fields, today: Month, birth: Month) -> Result<History> {
        let items = f.list("history")?;
        if items.is_empty() {
            return Err(Error::of(ErrorCode::HistoryEmpty, "history", HistoryNote::HistoryEmpty, vec![]));
        }
        let mut read = Vec::with_capacity(items.len());
        for (i, (field, raw)) in items.iter().enumerate() {
            read.push((i, stretch(raw, field, today)?));
        }
        read.sort_by_key(|(_, s)| s.period.from());
        for pair in read.windows(2) {
            let ((i, first), (j, second)) = (pair[0], pair[1]);
            if first.period.overlaps(second.period) {
                // Named in the order the caller listed them; the error points at the later one.
                let (a, b) = (&items[i.min(j)].0, &items[i.max(j)].0);
                let figures = vec![
                    Figure::text("first", a.clone()),
                    Figure::text("second", b.clone()),
                    Figure::month("from", second.period.from()),
                ];
                return Err(Error::of(ErrorCode::PeriodsOverlap, b, HistoryNote::PeriodsOverlap, figures));
            }
        }
        let history = History { stretches: read.into_iter().map(|(_, s)| s).collect() };
        // Labour Code 2019 Art 143–145: nobody works under 13.
        let youngest = birth.plus(13 * 12).unwrap_or(birth);
        if history.first() < youngest {
            let figures = vec![Figure::month("birth", birth), Figure::month("first", history.first())];
            return Err(Error::of(
                ErrorCode::BirthImplausible,
                "birth",
                HistoryNote::TooYoungAtFirstContribution,
                figures,
            ));
        }
        Ok(history)
    }

    pub fn first(&self) -> Month {
        self.stretches[0].period.from()
    }

    /// An optional month field that must come after the last month contributed (a decision, a request);
    /// `detail` says so for that field.
    pub fn month_after(&self, f: &Fields, field: &str, detail: impl Into<NoteId>) -> Result<Option<Month>> {
        if f.get(field).is_none() {
            return Ok(None);
        }
        let m = input::month_in_range(f.text(field)?, field)?;
        let last = self.last();
        if m <= last {
            let figures = vec![Figure::month("month", m), Figure::month("last", last)];
            return Err(Error::of(ErrorCode::MonthOrder, field, detail, figures));
        }
        Ok(Some(m))
    }

    /// This history followed by `later`, periods after its last month and in order (a projection).
    pub fn followed_by(&self, later: impl IntoIterator<Item = Stretch>) -> History {
        let mut stretches = self.stretches.clone();
        stretches.extend(later);
        History { stretches }
    }

    /// The periods, in order.
    pub fn stretches(&self) -> &[Stretch] {
        &self.stretches
    }

    pub fn last(&self) -> Month {
        self.stretches.iter().map(|s| s.period.to()).max().unwrap_or(self.first())
    }
}

/// The fields of each kind of period.
const COMPULSORY_FIELDS: &[&str] = &["from", "to", "kind", "salary"];
const STATE_FIELDS: &[&str] = &["from", "to", "kind", "coefficient", "allowances"];
const VOLUNTARY_FIELDS: &[&str] = &["from", "to", "kind", "income", "group"];

#[derive(Clone, Copy)]
enum Kind {
    Compulsory,
    State,
    Voluntary,
}

fn stretch(raw: &Raw, field: &str, today: Month) -> Result<Stretch> {
    let f = raw.fields(field)?;
    let kind =
        f.choice("kind", &[("compulsory", Kind::Compulsory), ("state", Kind::State), ("voluntary", Kind::Voluntary)])?;
    f.only(match kind {
        Kind::Compulsory => COMPULSORY_FIELDS,
        Kind::State => STATE_FIELDS,
        Kind::Voluntary => VOLUNTARY_FIELDS,
    })?;
    let from = history_month(&f, "from", kind)?;
    let to = history_month(&f, "to", kind)?;
    let period = Period::new(from, to, field)?;
    if to > today {
        let at = f.path("to");
        let figures =
            vec![Figure::text("field", at.clone()), Figure::month("month", to), Figure::month("today", today)];
        return Err(Error::of(ErrorCode::MonthInFuture, at, HistoryNote::HistoryMonthNotYetCome, figures));
    }
    let known_salary = |name: &str| -> Result<bool> {
        // Before 1995 the salary may be unknown (Decree 158/2025 Art 15.6); from 1995 it is needed.
        if f.get(name).is_some() || to >= SALARY_DATA_FROM {
            f.required(name)?;
            Ok(true)
        } else {
            Ok(false)
        }
    };
    let scheme = match kind {
        Kind::Compulsory => {
            let salary = if known_salary("salary")? {
                Some(f.at("salary", |at| input::amount(f.number("salary")?, at))?)
            } else {
                None
            };
            Scheme::Employer(salary)
        }
        Kind::State => {
            let coefficient = if known_salary("coefficient")? {
                let salary = f.at("coefficient", |at| coefficient(f.number("coefficient")?, at, false))?;
                let allowances = match f.get("allowances") {
                    Some(_) => f.at("allowances", |at| coefficient(f.number("allowances")?, at, true))?,
                    None => Decimal::ZERO,
                };
                Some(salary + allowances)
            } else {
                None
            };
            Scheme::State(coefficient)
        }
        Kind::Voluntary => Scheme::Voluntary {
            income: f.at("income", |at| input::amount(f.number("income")?, at))?,
            group: if f.get("group").is_some() { Some(f.choice("group", &SupportGroup::NAMES)?) } else { None },
        },
    };
    Ok(Stretch { period, scheme })
}

/// A month of a history: from 1960 (2008 for voluntary SI) to 2100.
fn history_month(f: &Fields, name: &str, kind: Kind) -> Result<Month> {
    f.at(name, |at| in_history_range(input::month(f.text(name)?, at)?, at, kind))
}

fn in_history_range(m: Month, at: &str, kind: Kind) -> Result<Month> {
    let first = if matches!(kind, Kind::Voluntary) { VOLUNTARY_FROM } else { FIRST_MONTH };
    if m < first || m > input::LAST_MONTH {
        let figures = vec![
            Figure::text("field", at.to_string()),
            Figure::month("month", m),
            Figure::month("first", first),
            Figure::month("last", input::LAST_MONTH),
        ];
        return Err(Error::of(ErrorCode::MonthOutOfRange, at, HistoryNote::HistoryMonthOutOfRange, figures));
    }
    Ok(m)
}

/// A salary or allowance coefficient (hệ số lương, hệ số phụ cấp): at most 6 decimals, below 30. Six, because
/// a seniority allowance is a whole percentage of coefficients with two decimals, and the occupational one a
/// percentage of that sum again (0.15 × (4.98 + 0.35 + 0.05 × 5.33) = 0.839475).
fn coefficient(value: f64, field: &str, zero_allowed: bool) -> Result<Decimal> {
    let d = input::exact_decimal(value).filter(|d| *d < Decimal::from(30));
    match d {
        Some(d) if d > Decimal::ZERO || (zero_allowed && d.is_zero()) => Ok(d),
        _ => Err(Error::of(
            ErrorCode::AmountInvalid,
            field,
            HistoryNote::SalaryCoefficientInvalid,
            vec![Figure::text("field", field.to_string())],
        )),
    }
}

/// A number of years counted for a benefit: whole years, and a half or a whole more for odd months. Kept
/// in half years, so it is exact.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct Years {
    halves: u32,
}

impl Years {
    /// Law 41/2024 Art 5.6 (Law 58/2014 Art 56, Decree 115/2015): odd months 1–6 count as half a year,
    /// 7–11 as a whole year.
    pub fn counted(months: u32) -> Years {
        let odd = match months % 12 {
            0 => 0,
            1..=6 => 1,
            _ => 2,
        };
        Years { halves: months / 12 * 2 + odd }
    }

    pub fn value(self) -> Decimal {
        Decimal::new(i64::from(self.halves) * 5, 1)
    }
}

impl Serialize for Years {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_f64(f64::from(self.halves) / 2.0)
    }
}

/// Months of a history, by kind.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug, serde::Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MonthCounts {
    pub total: u32,
    pub compulsory: u32,
    pub voluntary: u32,
    /// Compulsory months on the state salary scale.
    pub state: u32,
    /// Compulsory months before 1995 without salary data: time, not average.
    pub without_salary: u32,
}

/// One calendar year of a history, summed.
#[derive(Clone, Copy, Default, Debug)]
struct YearRow {
    year: u16,
    /// Employer-decided salaries, capped at the SI cap of each month.
    /// Whole đồng: integer sums keep a long history quick to total.
    employer_sum: i128,
    employer_months: u32,
    voluntary_sum: i128,
    voluntary_months: u32,
}

/// The state-scale months of a window (or of the whole career), summed by year. For people who began SI
/// before 2016 the sums are of coefficients (valued at the benefit month's reference level); for later
/// starters, of coefficient × the base salary of each month (revalued with the CPI table).
#[derive(Clone, Default, Debug)]
struct StateSums {
    by_year: Vec<(u16, Decimal)>,
    months: u32,
}

/// A history summed for averaging.
#[derive(Clone, Debug)]
pub struct Ledger {
    pub first: Month,
    pub last: Month,
    pub months: MonthCounts,
    years: Vec<YearRow>,
    state_window: StateSums,
    state_whole: StateSums,
    /// All state-scale months, with or without salary data: the weight of the state average (Decree 158/2025
    /// Art 15.4; official decisions weight by every state month).
    state_all_months: u32,
    pub state_window_years: Option<u32>,
    pub state_valued_at_reference: bool,
    /// The employer-decided months whose salary exceeded the SI cap of the month.
    pub capped_months: u32,
    periods: Vec<(Period, bool)>,
}

impl Ledger {
    /// Sums `history`. Looks up the SI cap of each month (salaries above it were paid on the cap) and the
    /// base salary of state-scale months.
    pub fn new(history: &History, lookup: &mut Lookup) -> Result<Ledger> {
        let (first, last) = (history.first(), history.last());
        let mut ledger = Ledger {
            first,
            last,
            months: MonthCounts::default(),
            years: (first.year()..=last.year()).map(|year| YearRow { year, ..YearRow::default() }).collect(),
            state_window: StateSums::default(),
            state_whole: StateSums::default(),
            state_all_months: 0,
            state_window_years: None,
            state_valued_at_reference: first < STATE_CPI_STARTERS_FROM,
            capped_months: 0,
            periods: Vec::with_capacity(history.stretches.len()),
        };
        let mut state_months: Vec<(Month, Month, Decimal)> = Vec::new();
        for s in &history.stretches {
            ledger.add(*s, &mut state_months, lookup)?;
        }
        if !state_months.is_empty() {
            let window = lookup.require(&data::STATE_SALARY_AVERAGE_YEARS, first)?.value;
            ledger.state_window_years = (window > 0).then_some(window);
            ledger.state_whole = state_sums(&state_months, u32::MAX);
            ledger.state_window = state_sums(&state_months, if window > 0 { window * 12 } else { u32::MAX });
        }
        Ok(ledger)
    }

    /// The row of a calendar year, added (with any years between) if the ledger has none yet.
    fn row(&mut self, year: u16) -> &mut YearRow {
        let first = self.years.first().map_or(year, |r| r.year);
        let i = usize::from(year.wrapping_sub(first));
        if i < self.years.len() {
            return &mut self.years[i];
        }
        let blank = |year| YearRow { year, ..YearRow::default() };
        let first = self.years.first().map_or(year, |r| r.year);
        if year < first {
            self.years.splice(0..0, (year..first).map(blank));
        }
        let next = self.years.last().map_or(year, |r| r.year + 1);
        if year >= next {
            self.years.extend((next..=year).map(blank));
        }
        let i = usize::from(year - self.years[0].year);
        &mut self.years[i]
    }

    /// Employer-decided months from `from` to `to` at `salary`, each capped at 20 × the reference level in
    /// force (the salary on which SI was paid cannot exceed it; Law 41/2024 Art 31.1, Law 58/2014 Art 89.3).
    fn add_employer(&mut self, from: Month, to: Month, salary: Vnd, lookup: &mut Lookup) {
        for (a, b, reference) in lookup.runs(&data::REFERENCE_LEVEL, from, to) {
            let cap = reference
                .and_then(|r| lookup.get(&data::SOCIAL_INSURANCE_CAP_MULTIPLE, a).map(|m| r.value.multiple(m.value)));
            let paid = match cap {
                Some(cap) if salary > cap => {
                    self.capped_months += b.index() - a.index() + 1;
                    cap
                }
                _ => salary,
            };
            for (year, n) in by_year(a, b) {
                let row = self.row(year);
                row.employer_sum += paid.to_i128() * i128::from(n);
                row.employer_months += n;
            }
        }
    }

    /// Adds one period's months. State-scale months go to `state_months`, valued as the average will need
    /// them (coefficients, or coefficient × the base salary of each month), to be windowed once all are in.
    fn add(&mut self, s: Stretch, state_months: &mut Vec<(Month, Month, Decimal)>, lookup: &mut Lookup) -> Result<()> {
        let p = s.period;
        self.periods.push((p, s.scheme.compulsory()));
        self.months.total += p.months();
        self.last = self.last.max(p.to());
        match s.scheme {
            Scheme::Employer(salary) => {
                self.months.compulsory += p.months();
                match salary {
                    None => self.months.without_salary += p.months(),
                    Some(salary) => self.add_employer(p.from(), p.to(), salary, lookup),
                }
            }
            Scheme::State(coefficient) => {
                self.months.compulsory += p.months();
                self.months.state += p.months();
                self.state_all_months += p.months();
                match coefficient {
                    None => self.months.without_salary += p.months(),
                    Some(c) if self.state_valued_at_reference => state_months.push((p.from(), p.to(), c)),
                    Some(c) => {
                        for (a, b, base) in lookup.runs(&data::REFERENCE_LEVEL, p.from(), p.to()) {
                            let base = base.ok_or_else(|| Error::internal("base salary"))?.value;
                            state_months.push((a, b, c * base.amount()));
                        }
                    }
                }
            }
            Scheme::Voluntary { income, .. } => {
                self.months.voluntary += p.months();
                for (year, n) in by_year(p.from(), p.to()) {
                    let row = self.row(year);
                    row.voluntary_sum += income.to_i128() * i128::from(n);
                    row.voluntary_months += n;
                }
            }
        }
        Ok(())
    }

    /// Adds months after the end of the history (a projection): salaries or voluntary incomes, which need no
    /// state-scale window.
    pub fn extend(&mut self, stretch: Stretch, lookup: &mut Lookup) -> Result<()> {
        if matches!(stretch.scheme, Scheme::State(_) | Scheme::Employer(None)) {
            return Err(Error::internal("projected scheme"));
        }
        self.add(stretch, &mut Vec::new(), lookup)
    }

    /// Months contributed after `month` (after reaching retirement age).
    pub fn months_after(&self, month: Month) -> u32 {
        self.periods
            .iter()
            .filter(|(p, _)| p.to() > month)
            .map(|(p, _)| p.to().index() - p.from().index().max(month.index() + 1) + 1)
            .sum()
    }

    /// The first month of voluntary SI, if any.
    pub fn first_voluntary(&self) -> Option<Month> {
        self.periods.iter().filter(|(_, c)| !*c).map(|(p, _)| p.from()).min()
    }

    /// The average salary for a benefit decided in `decision`, with `hundredths(year, voluntary)` the
    /// decision year's table, in hundredths, and `reference` the reference level in force in the decision month.
    pub fn average(&self, hundredths: &dyn Fn(u16, bool) -> u64, reference: Vnd) -> Result<Average> {
        // Sums stay far inside `Decimal`'s range for any real career; checked arithmetic turns an absurd
        // projection (a salary of 1,000 billion raised 30 % a year for decades) into an error.
        let too_large = || Error::of(ErrorCode::AmountTooLarge, "history", HistoryNote::HistoryAmountsTooLarge, vec![]);
        // A sum × its coefficient is a whole number of hundredths of a đồng: summed exactly as integers.
        let revalue = |total: i128, sum: i128, year: u16, voluntary: bool| {
            checked_product(sum, i128::from(hundredths(year, voluntary))).and_then(|v| total.checked_add(v))
        };
        let mut employer_hundredths = 0;
        let mut employer_months = 0;
        let mut voluntary_hundredths = 0;
        for row in &self.years {
            if row.employer_months > 0 {
                employer_hundredths =
                    revalue(employer_hundredths, row.employer_sum, row.year, false).ok_or_else(too_large)?;
                employer_months += row.employer_months;
            }
            if row.voluntary_months > 0 {
                voluntary_hundredths =
                    revalue(voluntary_hundredths, row.voluntary_sum, row.year, true).ok_or_else(too_large)?;
            }
        }
        let in_dong = |h: i128| Decimal::try_from_i128_with_scale(h, 2).map_err(|_| too_large());
        let (employer_total, voluntary_total) = (in_dong(employer_hundredths)?, in_dong(voluntary_hundredths)?);
        let coefficient = |year: u16| Decimal::from_i128_with_scale(i128::from(hundredths(year, false)), 2);
        let value_state = |sums: &StateSums| -> Option<Decimal> {
            if sums.months == 0 {
                return None;
            }
            let total: Decimal = if self.state_valued_at_reference {
                sums.by_year.iter().fold(Decimal::ZERO, |t, (_, c)| t + *c) * reference.amount()
            } else {
                sums.by_year.iter().fold(Decimal::ZERO, |t, (y, v)| t + *v * coefficient(*y))
            };
            Some(total / Decimal::from(sums.months))
        };
        let state_window = value_state(&self.state_window);
        let state_whole = value_state(&self.state_whole);
        // Decree 158/2025 Art 15.1.b, 15.2.c: the whole career when its average is higher than the window's.
        let state_average = match (state_window, state_whole) {
            (Some(w), Some(a)) => Some(w.max(a)),
            _ => None,
        };
        let state_weight = if state_average.is_some() { self.state_all_months } else { 0 };
        let compulsory_months = state_weight + employer_months;
        let compulsory_total =
            decimal_sum(state_average.unwrap_or_default() * Decimal::from(state_weight), employer_total)
                .ok_or_else(too_large)?;
        let voluntary_months = self.months.voluntary;
        let months = compulsory_months + voluntary_months;
        if months == 0 {
            return Err(Error::of(ErrorCode::Missing, "history", HistoryNote::HistoryWithoutSalary, vec![]));
        }
        let total = decimal_sum(compulsory_total, voluntary_total).ok_or_else(too_large)?;
        let exact = total / Decimal::from(months);
        // Every figure built on the average must stay an exact JS number (below 2^53).
        if exact > Decimal::from(MAX_AVERAGE) {
            return Err(too_large());
        }
        Ok(Average {
            value: Vnd::truncate(exact),
            total,
            employer_total,
            employer_months,
            state_window,
            state_whole,
            state_average,
            state_months: state_weight,
            compulsory_average: (compulsory_months > 0).then(|| compulsory_total / Decimal::from(compulsory_months)),
            compulsory_months,
            voluntary_total,
            voluntary_months,
        })
    }
}

/// The figures of an average, for its explanation.
#[derive(Clone, Copy, Debug)]
pub struct Average {
    /// Taken to a whole đồng by dropping the fraction.
    pub value: Vnd,
    /// The revalued sum the average divides: salaries and incomes × their coefficients.
    pub total: Decimal,
    pub employer_total: Decimal,
    pub employer_months: u32,
    pub state_window: Option<Decimal>,
    pub state_whole: Option<Decimal>,
    pub state_average: Option<Decimal>,
    /// The weight of the state average: every state-scale month.
    pub state_months: u32,
    pub compulsory_average: Option<Decimal>,
    pub compulsory_months: u32,
    pub voluntary_total: Decimal,
    pub voluntary_months: u32,
}

/// Months `from` to `to` split by calendar year: (year, months in it).
fn by_year(from: Month, to: Month) -> impl Iterator<Item = (u16, u32)> {
    (from.year()..=to.year()).map(move |year| {
        let start = if year == from.year() { u32::from(from.month()) } else { 1 };
        let end = if year == to.year() { u32::from(to.month()) } else { 12 };
        (year, end - start + 1)
    })
}

/// The last `window` months of `runs` (oldest first), summed by year.
#[allow(clippy::assign_op_pattern)] // decimals are summed with `+` (money.rs: "Sums of decimals")
fn state_sums(runs: &[(Month, Month, Decimal)], window: u32) -> StateSums {
    let mut left = window;
    let mut sums: Vec<(u16, Decimal)> = Vec::new();
    let mut months = 0;
    for &(from, to, value) in runs.iter().rev() {
        if left == 0 {
            break;
        }
        let n = (to.index() - from.index() + 1).min(left);
        let start = to.plus(1 - n as i32).unwrap_or(from);
        left -= n;
        months += n;
        for (year, k) in by_year(start, to) {
            match sums.iter_mut().find(|(y, _)| *y == year) {
                Some((_, sum)) => *sum = *sum + value * Decimal::from(k),
                None => sums.push((year, value * Decimal::from(k))),
            }
        }
    }
    StateSums { by_year: sums, months }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_months_count_as_half_or_whole_years() {
        let y = |m| Years::counted(m).value();
        let half = |n| Decimal::new(n, 1);
        assert_eq!((y(180), y(181), y(186), y(187), y(191)), (half(150), half(155), half(155), half(160), half(160)));
    }

    #[test]
    fn months_split_by_calendar_year() {
        let m = |s| Month::parse(s).unwrap();
        assert_eq!(by_year(m("2011-03"), m("2013-02")).collect::<Vec<_>>(), vec![(2011, 10), (2012, 12), (2013, 2)]);
        assert_eq!(by_year(m("2020-05"), m("2020-05")).collect::<Vec<_>>(), vec![(2020, 1)]);
    }

    #[test]
    fn a_state_window_takes_the_last_months() {
        let m = |s| Month::parse(s).unwrap();
        let runs = [(m("2000-01"), m("2009-12"), Decimal::from(2)), (m("2010-01"), m("2014-12"), Decimal::from(3))];
        let w = state_sums(&runs, 72);
        assert_eq!(w.months, 72);
        assert_eq!(w.by_year.iter().map(|(_, v)| *v).sum::<Decimal>(), Decimal::from(60 * 3 + 12 * 2));
    }
}
