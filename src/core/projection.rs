//! "What if I keep contributing?": the pension at each month the worker could retire, a yearly timeline
//! for a chart, and what the months still missing for a pension would cost.

use crate::core::assessment::{
    assess, highest_rate_years, month_after, Assessment, CarriedTable, Coefficients, Profile,
};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Explanation, Figure, Note, Source};
use crate::core::history::{History, Ledger, Scheme, Stretch, Years};
use crate::core::input::{self, Fields};
use crate::core::money::{decimal_product, Rate, Vnd, MAX_EXACT};
use crate::core::month::Month;
use crate::core::params::{data, revaluation_table, Lookup, Overrides};
use crate::core::period::Period;
use crate::core::retirement::Age;
use crate::core::voluntary::{self, PaymentMode, SupportGroup, VoluntaryRequest};
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;

notes! {
    /// What a projection says: the assumptions it rests on, the next steps, its errors.
    pub enum ProjectionNote {
        /// The salary, or the voluntary income, assumed to rise by `raise` each January.
        AssumedSalaryRaise,
        AssumedIncomeRaise,
        /// No coefficient table for `year` yet: the `from` table carried forward at `inflation` a year.
        ProjectedCoefficients,
        /// What to do next: its `parts`, clauses in turn.
        NextSteps,
        /// `monthsMissing` months missing for `minimumYears` years, if the worker stops now.
        NextStepsMissing,
        /// Voluntary SI on an `income`: `perMonth` after support, `total` for the `monthsMissing`.
        NextStepsVoluntary,
        /// At the retirement age (`payIn`), the `lumpSumMonths` missing paid at once: about `lumpSum`.
        NextStepsLumpSum,
        /// Too many months missing to pay them at once: at most `maxMonths`.
        NextStepsNoLumpSum,
        /// `continuation.until`, `month`, outside `from` to `last`.
        ContinuationUntilInvalid,
    }
}

/// How the worker goes on contributing from now.
#[derive(Clone, Copy, Debug)]
pub struct Continuation {
    pub scheme: ContinuedScheme,
    /// The yearly raise of the salary or income, each January.
    pub raise: Option<Rate>,
    /// The first month contributed: after the history, and not before the current month.
    pub from: Month,
    /// The last month contributed; `None`: until retirement, whenever that is.
    pub until: Option<Month>,
}

#[derive(Clone, Copy, Debug)]
pub enum ContinuedScheme {
    Compulsory { salary: Vnd },
    Voluntary { income: Vnd, group: SupportGroup },
}

impl Continuation {
    /// Reads `continuation`, if the input has one.
    pub fn read(f: &Fields, history: &History, today: Month) -> Result<Option<Continuation>> {
        let Some(c) = f.object("continuation")? else { return Ok(None) };
        #[derive(Clone, Copy)]
        enum Kind {
            Compulsory,
            Voluntary,
        }
        let kind = c.choice("kind", &[("compulsory", Kind::Compulsory), ("voluntary", Kind::Voluntary)])?;
        let scheme = match kind {
            Kind::Compulsory => {
                c.only(&["kind", "salary", "raise", "until"])?;
                ContinuedScheme::Compulsory { salary: c.at("salary", |at| input::amount(c.number("salary")?, at))? }
            }
            Kind::Voluntary => {
                c.only(&["kind", "income", "group", "raise", "until"])?;
                ContinuedScheme::Voluntary {
                    income: c.at("income", |at| input::amount(c.number("income")?, at))?,
                    group: if c.get("group").is_some() {
                        c.choice("group", &SupportGroup::NAMES)?
                    } else {
                        SupportGroup::Other
                    },
                }
            }
        };
        let raise = match c.get("raise") {
            None => None,
            Some(_) => Some(input::percent(c.number("raise")?, &c.path("raise"), 30, ErrorCode::RateInvalid)?),
        };
        let after_history = month_after(history.last())?;
        let from = after_history.max(today);
        let until = match c.get("until") {
            None => None,
            Some(_) => {
                let at = c.path("until");
                let m = input::month(c.text("until")?, &at)?;
                if m < from || m > input::LAST_MONTH {
                    let figures = vec![
                        Figure::text("field", at.clone()),
                        Figure::month("month", m),
                        Figure::month("from", from),
                        Figure::month("last", input::LAST_MONTH),
                    ];
                    return Err(Error::of(
                        ErrorCode::MonthOrder,
                        at,
                        ProjectionNote::ContinuationUntilInvalid,
                        figures,
                    ));
                }
                Some(m)
            }
        };
        Ok(Some(Continuation { scheme, raise, from, until }))
    }

    /// The yearly raise: the one given, or else the assumed inflation for a salary and none for a voluntary income.
    pub fn raise_or(&self, inflation: Rate) -> Rate {
        match (self.raise, self.scheme) {
            (Some(r), _) => r,
            (None, ContinuedScheme::Compulsory { .. }) => inflation,
            (None, ContinuedScheme::Voluntary { .. }) => Rate::ZERO,
        }
    }

    /// The salary or income of each year contributed, raised by `raise` each January.
    pub fn amounts(&self, raise: Rate) -> Amounts {
        let base = match self.scheme {
            ContinuedScheme::Compulsory { salary } => salary,
            ContinuedScheme::Voluntary { income, .. } => income,
        };
        Amounts { base, growth: Decimal::ONE + raise.value(), factor: Decimal::ONE, year: self.from.year() }
    }

    /// Months `from` to `to` of one calendar year, at that year's `amount`.
    pub fn stretch(&self, from: Month, to: Month, amount: Vnd) -> Option<Stretch> {
        let scheme = match self.scheme {
            ContinuedScheme::Compulsory { .. } => Scheme::Employer(Some(amount)),
            ContinuedScheme::Voluntary { group, .. } => Scheme::Voluntary { income: amount, group: Some(group) },
        };
        Some(Stretch { period: Period::new(from, to, "continuation").ok()?, scheme })
    }
}

/// A continuation's amount year by year: the first year's, times (1 + raise) for each January since, the factor
/// kept to 12 decimals and the amount rounded to the đồng. Years are asked for in order.
pub struct Amounts {
    base: Vnd,
    growth: Decimal,
    factor: Decimal,
    year: u16,
}

impl Amounts {
    pub fn in_year(&mut self, year: u16) -> Vnd {
        while self.year < year {
            self.factor = (self.factor * self.growth).round_dp(12);
            self.year += 1;
        }
        Vnd::round_half_up(self.base.times(self.factor))
    }
}

/// The pension if the worker retires in one month.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RetirementOption {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub decision_month: Month,
    pub age: Age,
    pub months: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_counted: Years,
    pub rate: Rate,
    pub average: Vnd,
    pub monthly_pension: Vnd,
    /// The one-time allowance on retirement, if any years exceed the highest rate.
    pub allowance: Vnd,
    pub provisional: bool,
}

/// One year of the timeline: contributing through its end, then stopping and drawing the pension from the
/// earliest month allowed.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TimelineYear {
    pub year: u16,
    pub months: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_counted: Years,
    #[cfg_attr(feature = "wasm", tsify(type = "Rate | null"))]
    pub rate: Option<Rate>,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_pension: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub decision_month: Month,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub from: Month,
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub until: Option<Month>,
    /// The yearly raise assumed.
    pub raise: Rate,
    /// The first month a pension could start; null if the contributions planned never reach one.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub earliest: Option<Month>,
    /// The pension for each retirement month from the earliest, for at least ten years.
    pub by_retirement_month: Vec<RetirementOption>,
    pub timeline: Vec<TimelineYear>,
    pub provisional: bool,
    pub assumptions: Vec<Note>,
}

/// At least ten years of retirement months.
const RETIREMENT_MONTHS: u32 = 120;

/// Coefficient tables by decision year, built once each; the projected ones from one carried table.
pub struct Tables<'a> {
    overrides: &'a Overrides,
    inflation: Rate,
    built: Vec<Coefficients>,
    carried: Option<CarriedTable>,
}

impl Tables<'_> {
    pub fn new(overrides: &Overrides, inflation: Rate) -> Tables<'_> {
        Tables { overrides, inflation, built: Vec::new(), carried: None }
    }

    /// Whether a table built so far is projected (not yet published).
    pub fn projected(&self) -> bool {
        self.built.iter().any(|t| t.projected_from.is_some())
    }

    pub fn get(&mut self, year: u16) -> Result<&Coefficients> {
        let i = match self.built.iter().position(|t| t.decision_year == year) {
            Some(i) => i,
            None => {
                let table = match revaluation_table(self.overrides, year) {
                    Some(published) => Coefficients::published(published, self.inflation),
                    None => self.carried(year)?.table(year),
                };
                self.built.push(table);
                self.built.len() - 1
            }
        };
        Ok(&self.built[i])
    }

    /// The carried table that gives `year`'s: the last one made, while no table is published in between.
    fn carried(&mut self, year: u16) -> Result<&mut CarriedTable> {
        let last = self.carried.take().filter(|c| c.reaches(self.overrides, year));
        let carried = last.map_or_else(|| CarriedTable::new(self.overrides, year, self.inflation), Ok)?;
        Ok(self.carried.insert(carried))
    }
}

pub fn project(
    profile: &Profile,
    base: &Ledger,
    c: &Continuation,
    overrides: &Overrides,
    lookup: &mut Lookup,
) -> Result<Projection> {
    let raise = c.raise_or(profile.inflation);
    let mut tables = Tables::new(overrides, profile.inflation);
    let mut quiet = Explanation::new(false);
    let mut ledger = base.clone();
    // The timeline: contribute through each December (or the last month), then stop.
    let age_start = profile.retirement.pension_start;
    let horizon = c.until.unwrap_or_else(|| age_start.plus(-1).unwrap_or(age_start)).max(c.from);
    let mut timeline = Vec::new();
    let mut provisional = false;
    let mut notes: Vec<Note> = Vec::new();
    let mut timeline_ledger = base.clone();
    let mut timeline_months = Extender { c, amounts: c.amounts(raise), through: None };
    for year in c.from.year()..=horizon.year() {
        let end = Month::ym(year, 12).min(horizon);
        timeline_months.advance(&mut timeline_ledger, end, lookup)?;
        let decision = profile.start_from(end.plus(1).unwrap_or(end));
        let a = assess(profile, &timeline_ledger, decision, tables.get(decision.year())?, lookup, &mut quiet)?;
        provisional |= a.provisional;
        note_once(&mut notes, a.notes);
        timeline.push(TimelineYear {
            year,
            months: a.months.total,
            years_counted: a.years_counted,
            rate: a.rate.map(|r| r.rate),
            monthly_pension: a.monthly_pension,
            decision_month: decision,
        });
    }

    // The earliest retirement month: from the first month the age allows, on until the years suffice.
    let mut months = Extender { c, amounts: c.amounts(raise), through: None };
    let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, c.from.max(age_start))?.value;
    let missing = (minimum * 12).saturating_sub(base.months.total);
    let years_reached = c.from.plus(missing as i32).unwrap_or(c.from);
    let earliest_age = [profile.earliest_start(), profile.retirement.normal_month_reached.plus(1).unwrap_or(age_start)]
        .into_iter()
        .min()
        .unwrap_or(age_start);
    let latest_age =
        profile.retirement.pension_start.max(profile.retirement.normal_month_reached.plus(1).unwrap_or(age_start));
    let mut decision = years_reached.max(earliest_age).max(c.from);
    let mut earliest = None;
    let mut options = Vec::new();
    for _ in 0..240 {
        // Past the last month paid and every retirement age, nothing changes any more.
        if c.until.is_some_and(|u| decision > u.plus(1).unwrap_or(u)) && decision > latest_age {
            break;
        }
        months.advance(&mut ledger, decision.plus(-1).unwrap_or(decision), lookup)?;
        let a = assess(profile, &ledger, decision, tables.get(decision.year())?, lookup, &mut quiet)?;
        if a.route.is_some() {
            earliest = Some(decision);
            break;
        }
        match decision.plus(1) {
            Some(next) if next <= input::LAST_MONTH => decision = next,
            _ => break,
        }
    }
    if let Some(first) = earliest {
        let mut decision = first;
        for _ in 0..RETIREMENT_MONTHS {
            months.advance(&mut ledger, decision.plus(-1).unwrap_or(decision), lookup)?;
            let a = assess(profile, &ledger, decision, tables.get(decision.year())?, lookup, &mut quiet)?;
            provisional |= a.provisional;
            note_once(&mut notes, a.notes.clone());
            if let Some(option) = option(&a) {
                options.push(option);
            }
            match decision.plus(1) {
                Some(next) if next <= input::LAST_MONTH => decision = next,
                _ => break,
            }
        }
    }

    let mut assumptions = vec![raise_note(c, raise)];
    let projected: Vec<u16> =
        tables.built.iter().filter(|t| t.projected_from.is_some()).map(|t| t.decision_year).collect();
    if let (Some(first), Some(from)) = (projected.iter().min(), tables.built.iter().find_map(|t| t.projected_from)) {
        assumptions.push(projected_table_note(*first, from, profile.inflation));
    }
    assumptions.extend(notes);
    Ok(Projection {
        from: c.from,
        until: c.until,
        raise,
        earliest,
        by_retirement_month: options,
        timeline,
        provisional,
        assumptions,
    })
}

/// Adds `new` notes to `notes`, each once.
pub fn note_once<T: PartialEq>(notes: &mut Vec<T>, new: Vec<T>) {
    for note in new {
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
}

/// Adds the continuation's months to a ledger, in order, up to a month.
struct Extender<'a> {
    c: &'a Continuation,
    amounts: Amounts,
    /// The last month added.
    through: Option<Month>,
}

impl Extender<'_> {
    fn advance(&mut self, ledger: &mut Ledger, to: Month, lookup: &mut Lookup) -> Result<()> {
        let to = to.min(self.c.until.unwrap_or(input::LAST_MONTH));
        let mut next = self.through.map_or(Some(self.c.from), |t| t.plus(1));
        while let Some(m) = next.filter(|m| *m <= to) {
            // One period per calendar year: the amount changes only each January.
            let end = to.min(Month::ym(m.year(), 12));
            let amount = self.amounts.in_year(m.year());
            let stretch = self.c.stretch(m, end, amount).ok_or_else(|| Error::internal("projected month"))?;
            ledger.extend(stretch, lookup)?;
            self.through = Some(end);
            next = end.plus(1);
        }
        Ok(())
    }
}

fn option(a: &Assessment) -> Option<RetirementOption> {
    Some(RetirementOption {
        decision_month: a.decision,
        age: a.age_at_retirement,
        months: a.months.total,
        years_counted: a.years_counted,
        rate: a.rate?.rate,
        average: a.average.value,
        monthly_pension: a.monthly_pension?,
        allowance: a.allowance.map_or(Vnd::ZERO, |x| x.amount),
        provisional: a.provisional,
    })
}

fn raise_note(c: &Continuation, raise: Rate) -> Note {
    let id = match c.scheme {
        ContinuedScheme::Compulsory { .. } => ProjectionNote::AssumedSalaryRaise,
        ContinuedScheme::Voluntary { .. } => ProjectionNote::AssumedIncomeRaise,
    };
    Note::new(id, vec![Figure::rate("raise", raise)])
}

/// The note a result carries when a coefficient table is projected.
pub fn projected_table_note(year: u16, from: u16, inflation: Rate) -> Note {
    let figures = vec![
        Figure::count("year", u32::from(year)),
        Figure::count("from", u32::from(from)),
        Figure::rate("inflation", inflation),
    ];
    Note::new(ProjectionNote::ProjectedCoefficients, figures)
}

/// `base^n` by repeated squaring, each product kept to 20 decimals; `None` beyond `Decimal`'s range (a
/// what-if return of hundreds of percent a month).
fn power(base: Decimal, mut n: u32) -> Option<Decimal> {
    let (mut result, mut square) = (Decimal::ONE, base);
    while n > 0 {
        if n & 1 == 1 {
            result = decimal_product(result, square)?.round_dp(20);
        }
        n >>= 1;
        if n > 0 {
            square = decimal_product(square, square)?.round_dp(20);
        }
    }
    Some(result)
}

/// Paying `n` missing months at once in `pay_in`, at `income` (Decree 159/2025 Art 7): Σ_{i=1..n} income × 22 % ×
/// (1 + r)^i, with r the fund's monthly return; `None` where no return is known for that month.
pub fn missing_period_lump_sum(income: Vnd, n: u32, pay_in: Month, lookup: &mut Lookup) -> Result<Option<LumpSum>> {
    let Some(r) = lookup.get(&data::VOLUNTARY_PREPAY_MONTHLY_RETURN, pay_in) else { return Ok(None) };
    let rate = lookup.require(&data::VOLUNTARY_RATE, pay_in)?.value;
    let max_months = lookup.require(&data::VOLUNTARY_MISSING_PERIOD_MAX_MONTHS, pay_in)?.value;
    // Σ_{i=1..n} (1 + r)^i = (1 + r) × ((1 + r)^n − 1) ÷ r, a geometric series (n for r = 0).
    let r_value = r.value.value();
    let growth = Decimal::ONE + r_value;
    let series = if r_value.is_zero() {
        Some(Decimal::from(n))
    } else {
        power(growth, n).and_then(|p| decimal_product(growth, p - Decimal::ONE)).map(|x| x / r_value)
    };
    // A sum past what a JS number holds exactly (a thousand years missing, or 20 % a month, as overrides) has no figure.
    let exact = |sum: &Decimal| *sum <= Decimal::from(MAX_EXACT);
    Ok(series.and_then(|x| decimal_product(income.times(rate.value()), x)).filter(exact).map(|sum| LumpSum {
        months: n,
        income,
        amount: Vnd::round_half_up(sum),
        monthly_return: r.value,
        max_months,
        allowed: n <= max_months,
        pay_in,
        provisional: true,
    }))
}

/// What the worker can do next: the months still missing, and what filling them would cost.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct NextSteps {
    pub minimum_years: u32,
    /// Months still missing for a pension if the worker stops contributing now.
    pub months_missing: u32,
    /// Months more until the rate reaches its highest.
    pub months_to_maximum_rate: u32,
    /// Filling the missing months with monthly voluntary contributions from now.
    #[cfg_attr(feature = "wasm", tsify(type = "VoluntaryFill | null"))]
    pub voluntary: Option<VoluntaryFill>,
    /// Paying the missing months at once at retirement age (Law 41/2024 Art 36.2.e; Decree 159/2025 Art 7).
    #[cfg_attr(feature = "wasm", tsify(type = "LumpSum | null"))]
    pub lump_sum_at_retirement: Option<LumpSum>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VoluntaryFill {
    pub income: Vnd,
    pub group: SupportGroup,
    pub months: u32,
    /// What the participant pays each month after state support, at today's figures.
    pub per_month: Vnd,
    pub state_support_per_month: Vnd,
    /// The participant's payments for all the months.
    pub total: Vnd,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LumpSum {
    pub months: u32,
    pub income: Vnd,
    /// Σ income × 22 % × (1 + r)^i over the missing months.
    pub amount: Vnd,
    /// The monthly fund return r used; an unverified figure.
    pub monthly_return: Rate,
    /// At most this many missing months may be paid this way.
    pub max_months: u32,
    pub allowed: bool,
    /// Paid in the month the age is reached; the pension starts the month after payment.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub pay_in: Month,
    pub provisional: bool,
}

pub fn next_steps(
    profile: &Profile,
    ledger: &Ledger,
    today: Month,
    continuation: Option<&Continuation>,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<NextSteps> {
    let law_month = today.max(profile.retirement.pension_start);
    let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, law_month)?.value;
    let months_missing = (minimum * 12).saturating_sub(ledger.months.total);
    let max_years = highest_rate_years(profile.person.sex, law_month, lookup)?;
    let months_to_maximum_rate = (max_years * 12u32).saturating_sub(ledger.months.total);
    let (income, group) = match continuation.map(|c| c.scheme) {
        Some(ContinuedScheme::Voluntary { income, group }) => (Some(income), group),
        _ => (None, SupportGroup::Other),
    };
    let month = today.max(input::FIRST_MONTH);
    let income = match income {
        Some(i) => i,
        None => lookup.require(&data::RURAL_POVERTY_LINE, month)?.value,
    };
    let voluntary = if months_missing > 0 {
        voluntary_fill(income, group, months_missing, ledger.months.voluntary, month)
    } else {
        None
    };
    let pay_in = profile.retirement.normal_month_reached.max(today);
    let monthly_return =
        if months_missing > 0 { lookup.get(&data::VOLUNTARY_PREPAY_MONTHLY_RETURN, pay_in) } else { None };
    let lump_sum = match monthly_return {
        Some(_) => missing_period_lump_sum(income, months_missing, pay_in, lookup)?,
        None => None,
    };
    let next = NextSteps {
        minimum_years: minimum,
        months_missing,
        months_to_maximum_rate,
        voluntary,
        lump_sum_at_retirement: lump_sum,
    };
    if months_missing > 0 {
        steps.add(|| next_steps_step(&next));
    }
    Ok(next)
}

/// The missing months filled with monthly voluntary contributions from `month`, at today's figures.
fn voluntary_fill(
    income: Vnd,
    group: SupportGroup,
    months: u32,
    supported_months_before: u32,
    month: Month,
) -> Option<VoluntaryFill> {
    let request = VoluntaryRequest {
        month,
        income,
        group,
        mode: PaymentMode::Months(1),
        supported_months_before,
        explain: false,
        overrides: Overrides::default(),
    };
    voluntary::calculate(&request).ok().map(|v| VoluntaryFill {
        income,
        group,
        months,
        per_month: v.per_month.participant_pays,
        state_support_per_month: v.per_month.state_support,
        total: Vnd::round_half_up(v.per_month.participant_pays.times(Decimal::from(months))),
    })
}

/// The months missing, and what filling them would cost, in one step.
fn next_steps_step(next: &NextSteps) -> Note {
    let mut parts = vec![ProjectionNote::NextStepsMissing];
    let mut figures =
        vec![Figure::count("monthsMissing", next.months_missing), Figure::count("minimumYears", next.minimum_years)];
    let mut sources = vec![Source::law("Luật BHXH 41/2024/QH15", "Điều 64.1, 98.1")];
    if let Some(v) = &next.voluntary {
        parts.push(ProjectionNote::NextStepsVoluntary);
        figures.extend([
            Figure::vnd("income", v.income),
            Figure::vnd("perMonth", v.per_month),
            Figure::vnd("total", v.total),
        ]);
        sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 159/2025/NĐ-CP", "Điều 36; Điều 5"));
    }
    if let Some(l) = &next.lump_sum_at_retirement {
        if l.allowed {
            parts.push(ProjectionNote::NextStepsLumpSum);
            figures.extend([
                Figure::month("payIn", l.pay_in),
                Figure::count("lumpSumMonths", l.months),
                Figure::vnd("lumpSum", l.amount),
            ]);
        } else {
            parts.push(ProjectionNote::NextStepsNoLumpSum);
            figures.push(Figure::count("maxMonths", l.max_months));
        }
        sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 159/2025/NĐ-CP", "Điều 36.2.e, 101.3; Điều 7"));
    }
    figures.insert(0, Figure::clauses("parts", parts));
    Note::new(ProjectionNote::NextSteps, figures).cite(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lump_sum_past_exact_js_numbers_has_no_figure() {
        let none = Overrides::default();
        let mut lookup = Lookup::new(&none);
        let (income, month) = (Vnd::whole(1_500_000), Month::ym(2030, 1));
        assert!(missing_period_lump_sum(income, 240, month, &mut lookup).unwrap().is_some());
        // Found by fuzzing: a thousand years missing (the minimum years overridden to 1,000), 12,000 months at
        // 0.31 % a month, came to 4 × 10^21 đồng, given as i64::MAX, which no JS number holds: an internal error.
        assert!(missing_period_lump_sum(income, 12_000, month, &mut lookup).unwrap().is_none());
    }

    /// Tables made from one carried table, as a comparison makes them year after year, are the tables made
    /// alone; and a table published between (here an override for 2030) starts a new carried table.
    #[cfg(feature = "overrides")]
    #[test]
    fn tables_carried_forward_together_are_the_tables_made_alone() {
        use crate::core::input::Raw;
        let n = Raw::Number;
        let column =
            |rows: &[(&'static str, f64)]| Raw::Object(rows.iter().map(|(y, c)| ((*y).into(), n(*c))).collect());
        let table = Raw::Object(vec![
            ("decisionYear".into(), n(2030.0)),
            ("salary".into(), column(&[("1994", 6.5), ("2020", 1.31), ("2029", 1.05), ("2030", 1.0)])),
            ("income".into(), column(&[("2008", 2.6), ("2030", 1.0)])),
        ]);
        let tables = Raw::List(vec![table]);
        let input = Raw::Object(vec![("overrides".into(), Raw::Object(vec![("revaluationTables".into(), tables)]))]);
        let inflation = Rate::fraction(Decimal::new(45, 3));
        for overrides in [Overrides::default(), Overrides::read(&input.fields("").unwrap()).unwrap()] {
            let mut together = Tables::new(&overrides, inflation);
            for decision_year in (2024..=2060).chain([2027, 2031]) {
                let carried = together.get(decision_year).unwrap();
                let alone = Coefficients::new(&overrides, decision_year, inflation).unwrap();
                assert_eq!(carried.projected_from, alone.projected_from, "decision year {decision_year}");
                for year in 1990..=2062 {
                    for voluntary in [false, true] {
                        let (c, a) = (carried.hundredths(year, voluntary), alone.hundredths(year, voluntary));
                        assert_eq!(c, a, "decision year {decision_year}, contribution year {year}");
                    }
                }
            }
        }
        let overrides = Overrides::read(&input.fields("").unwrap()).unwrap();
        let mut tables = Tables::new(&overrides, inflation);
        assert_eq!(tables.get(2029).unwrap().projected_from, Some(2026));
        assert_eq!(tables.get(2030).unwrap().projected_from, None);
        assert_eq!(tables.get(2031).unwrap().projected_from, Some(2030));
        // 2020 in the 2031 table: 1.31 carried a year at 4.5 %, 1.3690 → 1.37.
        assert_eq!(tables.get(2031).unwrap().hundredths(2020, false), 137);
    }
}
