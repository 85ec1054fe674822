//! "Should I withdraw now or wait for the pension?": three paths for one person and one history, as money
//! received and paid year by year up to a horizon, in đồng of each year and in present value, with the
//! break-even age and a value weighted by the chance of being alive each year (the life table).
//!
//! 1. **withdraw**: the lump sum now, or at the first month it is allowed; nothing more from this time.
//! 2. **keep** (bảo lưu): stop contributing, keep the time; at the retirement age a pension if the years
//!    suffice, else the better of the lump sum then and the Art 23 monthly allowance.
//! 3. **contribute**: keep contributing (compulsory or voluntary) until the pension can start.
//!
//! Every path also receives the social pension from age 75 when it pays no pension (Law 41/2024 Art 21).

use crate::core::assessment::{
    assess, assumed_inflation, half_up, month_after, percent_of, Assessment, Coefficients, Missing, Profile,
};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Confidence, Explanation, Figure, Note, Source};
use crate::core::history::{History, Ledger, MonthCounts, Scheme, Stretch, Years};
use crate::core::input::{self, Raw};
use crate::core::law::Law;
use crate::core::money::{checked_product, saturating_product, to_f64, Rate, Vnd, MAX_EXACT};
use crate::core::month::Month;
use crate::core::params::{beyond_calendar, data, parameter_note_list, LifeTable, Lookup, Overrides};
use crate::core::period::Period;
use crate::core::policy::{self, PolicyAllowances};
use crate::core::projection::{missing_period_lump_sum, note_once, Continuation, ContinuedScheme, LumpSum, Tables};
use crate::core::retirement::{Age, Sex};
use crate::core::survivors::{self, Dependant, Estate};
use crate::core::voluntary::SupportGroup;
use crate::core::withdrawal::{
    eligibility, eligibility_step, losses, monthly_allowance, raised, settle, support_received, table_for, Loss,
    MonthlyAllowance, Split, Steps, WithdrawalRequest,
};
use crate::notes;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The oldest age the expected values run to: the end of the generated life table.
const LAST_AGE_YEARS: u32 = 110;
/// The highest discount or indexation rate accepted, in percent a year.
const MAX_RATE_PERCENT: u32 = 20;
/// Discount factors and survival shares are kept to 12 decimals, as whole multiples of 10^-12: discounting
/// whole-đồng sums is then exact integer arithmetic.
const FACTOR_DECIMALS: u32 = 12;
const SCALE: i128 = 1_000_000_000_000;

notes! {
    /// What the comparison says.
    pub enum ComparisonNote {
        /// The error of a horizon out of range.
        HorizonOutOfRange,
        /// The error of amounts past what can be computed.
        AmountsTooLarge,
        /// The name of the path that keeps the time, a clause of the path's steps.
        KeepTimePath,
        /// The name of the path that contributes on.
        KeepContributingPath,
        /// A path's pension.
        PathPension,
        /// The same, with the one-time allowance for the years above those of the highest rate.
        PathPensionWithAllowance,
        /// A path without the years for a pension: the choices the law gives then (the lump sum, then
        /// `AllowanceChoice` and `MissingMonthsChoice` when open).
        PathChoices,
        AllowanceChoice,
        MissingMonthsChoice,
        /// What each path leaves the family.
        FamilyValue,
        /// The three paths side by side: each by a clause of what it ends in (`WithdrawLumpSum`, `Keep…`,
        /// `Contribute…`, `NothingPaid`) and, when it has one, of its break-even (`…BreakEven…`).
        Comparison,
        WithdrawLumpSum,
        KeepPension,
        KeepLumpSum,
        KeepAllowance,
        ContributePension,
        ContributeLumpSum,
        ContributeAllowance,
        NothingPaid,
        KeepBreakEven,
        KeepBreakEvenWithMonths,
        ContributeBreakEven,
        ContributeBreakEvenWithMonths,
        DiscountRate,
        Indexation,
        /// The horizon from the life table.
        HorizonLifeExpectancy,
        /// The horizon the caller chose.
        HorizonChosen,
        ContributionsCounted,
        NotCounted,
        FamilyDeath,
        FamilyLumpSum,
        FamilyRelatives,
        /// The raise of the salary or income contributed on.
        ContinuationRaise,
        /// Coefficient tables carried forward for years without one.
        ProjectedTables,
    }
}

/// The input, validated (see `CompareWithdrawalInput` in the `.d.ts`).
pub struct CompareRequest {
    pub base: WithdrawalRequest,
    pub continuation: Continuation,
    /// The horizon as an age in months; `None`: the life expectancy at the retirement age (or at today's age, if later).
    pub horizon: Option<u32>,
    pub discount: Option<Rate>,
    pub indexation: Option<Rate>,
    /// The relatives the worker declares, for the survivors' benefits.
    pub dependants: Vec<Dependant>,
    /// Whether each path's year-by-year `series` is wanted (a chart); without it, each path's `series` is empty
    /// and the result is a third of the size, quicker to hand to JS. The totals are the same.
    pub series: bool,
}

impl CompareRequest {
    pub const FIELDS: &'static [&'static str] = &[
        "sex",
        "birth",
        "condition",
        "history",
        "requestMonth",
        "circumstance",
        "policy",
        "dependants",
        "continuation",
        "horizonAge",
        "discountRate",
        "indexation",
        "inflation",
        "today",
        "explain",
        "series",
        "overrides",
    ];

    pub fn read(raw: &Raw, clock: Month) -> Result<CompareRequest> {
        let f = raw.fields("")?;
        f.only(Self::FIELDS)?;
        let base = WithdrawalRequest::read_fields(&f, clock)?;
        let mut continuation = match Continuation::read(&f, &base.history, base.today)? {
            Some(c) => c,
            None => default_continuation(&base.history, base.today, &base.overrides)?,
        };
        // The path that keeps contributing is the alternative to withdrawing: it pays from the request month.
        continuation.from = continuation.from.max(base.request);
        let rate = |name: &str| -> Result<Option<Rate>> {
            match f.get(name) {
                None => Ok(None),
                Some(_) => input::percent(f.number(name)?, name, MAX_RATE_PERCENT, ErrorCode::RateInvalid).map(Some),
            }
        };
        let horizon = match f.get("horizonAge") {
            None => None,
            Some(_) => {
                let years = f.number("horizonAge")?;
                if !years.is_finite() || !(0.0..=f64::from(LAST_AGE_YEARS)).contains(&years) {
                    return Err(horizon_error());
                }
                Some((years * 12.0).round() as u32)
            }
        };
        Ok(CompareRequest {
            continuation,
            horizon,
            discount: rate("discountRate")?,
            indexation: rate("indexation")?,
            dependants: survivors::read(&f, base.today, base.person.sex)?,
            series: f.flag_or("series", true)?,
            base,
        })
    }
}

fn horizon_error() -> Error {
    let figures = vec![Figure::text("field", "horizonAge"), Figure::count("lastAge", LAST_AGE_YEARS)];
    Error::of(ErrorCode::HorizonInvalid, "horizonAge", ComparisonNote::HorizonOutOfRange, figures)
}

/// Without a `continuation`, the worker goes on as in the last period: the same salary or voluntary income.
fn default_continuation(history: &History, today: Month, overrides: &Overrides) -> Result<Continuation> {
    let last = history.stretches().iter().max_by_key(|s| s.period.to()).ok_or_else(|| Error::internal("history"))?;
    let from = month_after(history.last())?.max(today);
    let scheme = match last.scheme {
        Scheme::Employer(Some(salary)) => ContinuedScheme::Compulsory { salary },
        Scheme::Voluntary { income, group } => {
            ContinuedScheme::Voluntary { income, group: group.unwrap_or(SupportGroup::Other) }
        }
        // State-scale or unknown salaries: the poverty-line income of voluntary SI, the least a worker can pay.
        _ => {
            let mut lookup = Lookup::new(overrides);
            let income = lookup.require(&data::RURAL_POVERTY_LINE, from)?.value;
            ContinuedScheme::Voluntary { income, group: SupportGroup::Other }
        }
    };
    Ok(Continuation { scheme, raise: None, from, until: None })
}

/// What a path ends in.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// The one-time withdrawal.
    LumpSum,
    Pension,
    /// The Art 23 monthly allowance until the social-pension age.
    MonthlyAllowance,
    /// Nothing: the withdrawal is not open and no pension is reached.
    None,
}

/// The month a pension path overtakes the withdrawal path, in present value.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct BreakEven {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month: Month,
    pub age: Age,
    /// False when it comes after the horizon (the expected values still count it).
    pub within_horizon: bool,
}

/// One calendar year of a path: money in and out that year, and the running totals.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct YearPoint {
    pub year: u16,
    /// The age at the end of the year (or at the horizon), in whole years.
    pub age: u16,
    pub received: Vnd,
    pub paid: Vnd,
    /// Received − paid, summed from the request month to the end of this year, in đồng of each year.
    pub cumulative: Vnd,
    /// The same, each year's money discounted to the request year.
    pub present_value: Vnd,
    /// Net, discounted and weighted by the chance of being alive each year, summed to the end of this calendar
    /// year (the horizon's year in full).
    pub expected_value: Vnd,
    /// What the family may expect from the worker's death in a year up to this one (the funeral allowance and
    /// the survivors' benefits), discounted and weighted by the chance of dying in that year.
    pub family_value: Vnd,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Default)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// To the horizon, in đồng of each year.
    pub received: Vnd,
    pub paid: Vnd,
    pub net: Vnd,
    /// Net, discounted, to the horizon.
    pub present_value: Vnd,
    /// Net, discounted and weighted by the chance of being alive each year, to age 110.
    pub expected_value: Vnd,
    /// The family's part: the funeral allowance and the survivors' benefits on the worker's death, discounted and
    /// weighted by the chance of dying each year, to age 110.
    pub family_value: Vnd,
    /// `expectedValue` + `familyValue`: the path's worth with the family's part.
    pub expected_value_with_family: Vnd,
}

/// What a path leaves the worker's family (Law 41/2024 Art 85–89, 109–111).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Default)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FamilyValue {
    /// The funeral allowance's part of `totals.familyValue`.
    pub funeral: Vnd,
    /// The survivors' benefits' part: the monthly allowance, or the lump sum where it is worth more or the only one.
    pub survivors: Vnd,
    /// What the family would receive on a death at the end of the request year.
    #[cfg_attr(feature = "wasm", tsify(type = "DeathBenefits | null"))]
    pub on_death: Option<DeathBenefits>,
}

/// What social insurance pays the family on a death in one month.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DeathBenefits {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month: Month,
    /// 10 × the reference level, if due (Art 85, 109).
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub funeral_allowance: Option<Vnd>,
    /// The monthly survivors' allowances of the relatives who qualify, together, in their first month (Art 87).
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_allowance: Option<Vnd>,
    /// How many relatives receive it (at most 4, the first listed).
    pub recipients: u32,
    /// The lump sum (Art 88–89, 110; Decree 158/2025 Art 25 for the Art 23 allowance); null when nothing is left.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub lump_sum: Option<Vnd>,
    /// What the value counts: `monthly` or `lumpSum`, the larger in present value (relatives may choose, Art 88.2.c),
    /// or `none`.
    #[cfg_attr(feature = "wasm", tsify(type = "\"monthly\" | \"lumpSum\" | \"none\""))]
    pub counted: &'static str,
}

/// One of the three paths.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub outcome: Outcome,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub lump_sum: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub lump_sum_month: Option<Month>,
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub pension_start: Option<Month>,
    /// The first monthly pension, in đồng of its year.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_pension: Option<Vnd>,
    /// The same in đồng of the request year: deflated by the assumed inflation that projected it.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_pension_today: Option<Vnd>,
    /// The one-time allowance paid with the pension for years above those of the highest rate.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub retirement_allowance: Option<Vnd>,
    /// The health insurance the fund pays each month for the pensioner (4.5 % of the pension).
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub health_insurance: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "MonthlyAllowance | null"))]
    pub monthly_allowance: Option<MonthlyAllowance>,
    /// Without the years for a pension at the retirement age: every choice the law gives then, with its
    /// expected value; the path follows the one worth most.
    pub choices: Vec<Choice>,
    /// When that choice is paying the missing months at once: their number and cost.
    #[cfg_attr(feature = "wasm", tsify(type = "LumpSum | null"))]
    pub missing_months_paid: Option<LumpSum>,
    /// Months contributed from now on, and what the worker pays for them (the employee's pension share, or
    /// the voluntary contribution after support), in đồng of each year.
    pub months_contributed: u32,
    pub contributions_paid: Vnd,
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub social_pension_from: Option<Month>,
    /// The withdrawal's lump sum in months of this path's first pension, both in đồng of the request year.
    #[cfg_attr(feature = "wasm", tsify(type = "number | null"))]
    pub lump_sum_in_pension_months: Option<f64>,
    #[cfg_attr(feature = "wasm", tsify(type = "BreakEven | null"))]
    pub break_even: Option<BreakEven>,
    /// Why the path is not open (the withdrawal path only).
    pub missing: Vec<Missing>,
    /// A pension under a named special policy: the allowances the policy pays of its own, from the State budget.
    /// Not social insurance, and not in the series or totals.
    #[cfg_attr(feature = "wasm", tsify(type = "PolicyAllowances | null"))]
    pub policy_allowances: Option<PolicyAllowances>,
    /// What the path leaves the family; its value is in `totals.familyValue`.
    pub family: FamilyValue,
    pub series: Vec<YearPoint>,
    pub totals: Totals,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Horizon {
    /// The age the series run to, in years.
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub age: f64,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month: Month,
    /// The life expectancy at the retirement age (or at the age in the request month, if later), from the life table.
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub life_expectancy: f64,
    pub from_life_table: bool,
    pub life_table_year: u16,
}

/// The result of `compareWithdrawal`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub law: Law,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub request_month: Month,
    pub withdraw: Scenario,
    pub keep: Scenario,
    pub contribute: Scenario,
    pub horizon: Horizon,
    pub discount_rate: Rate,
    pub indexation: Rate,
    /// The yearly raise of the continued salary or income.
    pub raise: Rate,
    /// The household health insurance a non-pensioner buys, per month, in the request month.
    pub household_health_insurance: Vnd,
    /// What withdrawing gives up.
    pub losses: Vec<Loss>,
    pub provisional: bool,
    pub assumptions: Vec<Note>,
    pub warnings: Vec<Note>,
    pub steps: Vec<Note>,
    pub overridden: bool,
}

/// A path's money month by month from the request month: index 0 is the request month.
struct Flows {
    received: Vec<i128>,
    paid: Vec<i128>,
}

impl Flows {
    fn new(months: usize) -> Flows {
        Flows { received: vec![0; months], paid: vec![0; months] }
    }

    /// Adds `monthly` from `from` for `count` months (or to the end), raised by `indexation` each January.
    fn stream(&mut self, start: Month, from: Month, count: Option<u32>, monthly: Vnd, indexation: Rate) {
        let first = from.index().saturating_sub(start.index()) as usize;
        let end = count.map_or(self.received.len(), |n| (first + n as usize).min(self.received.len()));
        let growth = SCALE + scaled(indexation);
        let mut amount = monthly.to_i128();
        let mut i = first;
        while i < end {
            // The months to the end of this calendar year, at this year's amount.
            let january = next_january(start, i);
            for slot in &mut self.received[i..january.min(end)] {
                *slot = slot.saturating_add(amount);
            }
            // Raised each January and rounded half-up to the đồng, as pensions are adjusted.
            amount = (saturating_product(amount, growth) + SCALE / 2) / SCALE;
            i = january;
        }
    }

    /// The social pension from `from` on: the amount in force then, raised with pensions from the request year
    /// (it is reviewed every three years, Law 41/2024 Art 22.1) and each January after.
    fn social_pension(&mut self, start: Month, from: Month, indexation: Rate, lookup: &mut Lookup) -> Result<()> {
        let amount = raised(lookup.require(&data::SOCIAL_PENSION, from)?.value, start.year(), from.year(), indexation);
        self.stream(start, from, None, amount, indexation);
        Ok(())
    }

    fn once(&mut self, start: Month, at: Month, amount: Vnd) {
        if let Some(slot) = self.received.get_mut(at.index().saturating_sub(start.index()) as usize) {
            *slot = slot.saturating_add(amount.to_i128());
        }
    }
}

/// The index, counted from `start`, of the January after month `i`.
fn next_january(start: Month, i: usize) -> usize {
    (start.index() as usize + i) / 12 * 12 + 12 - start.index() as usize
}

/// What the worker lives with: years from the request, survival and discounting.
struct Frame {
    start: Month,
    /// Months from the request month to the end of the month the person turns 110.
    months: usize,
    /// Calendar years from the request year to the one the person turns 110.
    worker_years: usize,
    /// Months to the end of the horizon month.
    horizon_months: usize,
    birth: Month,
    /// Discount factor of each calendar year from the request year, 1 / (1 + d)^t, in 10^-12: to the worker's 110th
    /// year, or later for a relative who may outlive the worker.
    discount: Vec<i128>,
    /// The chance of being alive in the middle of each calendar year, given alive in the request month (1 in the
    /// request year), in 10^-12.
    alive: Vec<i128>,
    /// The discount factor times that chance, in 10^-12.
    weight: Vec<i128>,
}

impl Frame {
    /// Years are discounted to the worker's 110th year, or to `last` if later.
    fn new(start: Month, birth: Month, horizon: Month, sex: Sex, discount_rate: Rate, last: Month) -> Result<Frame> {
        let end = birth.plus(LAST_AGE_YEARS as i32 * 12).ok_or_else(|| Error::internal("life table end"))?;
        let months = (end.index() + 1).saturating_sub(start.index()) as usize;
        let horizon_months = (horizon.index() + 1).saturating_sub(start.index()) as usize;
        let years = usize::from(end.max(last).year().saturating_sub(start.year())) + 1;
        // v_{t+1} = v_t ÷ (1 + d), rounded half-up to 10^-12.
        let growth = SCALE + scaled(discount_rate);
        let mut discount = Vec::with_capacity(years);
        let mut factor = SCALE;
        for _ in 0..years {
            discount.push(factor);
            factor = (2 * factor * SCALE + growth) / (2 * growth);
        }
        let alive = alive_shares(data::LIFE_TABLE.rows(sex == Sex::Male), birth, start, years);
        let weight = discount.iter().zip(&alive).map(|(v, a)| (a * v + SCALE / 2) / SCALE).collect();
        let worker_years = usize::from(end.year().saturating_sub(start.year())) + 1;
        Ok(Frame { start, months, worker_years, horizon_months, birth, discount, alive, weight })
    }

    fn year_of(&self, i: usize) -> usize {
        (self.start.index() as usize + i) / 12 - self.start.index() as usize / 12
    }

    fn month(&self, i: usize) -> Month {
        self.start.plus(i as i32).unwrap_or(self.start)
    }

    fn age_at(&self, m: Month) -> Age {
        let months = m.index().saturating_sub(self.birth.index());
        Age { years: (months / 12) as u16, months: (months % 12) as u16 }
    }

    /// The net money (received − paid) of each calendar year from the request year: all of it, and the part up to
    /// the horizon.
    fn yearly(&self, flows: &Flows) -> Vec<(i128, i128, i128)> {
        let mut years = vec![(0i128, 0i128, 0i128); self.discount.len()];
        for (i, (r, p)) in flows.received.iter().zip(&flows.paid).enumerate() {
            let y = &mut years[self.year_of(i)];
            if i < self.horizon_months {
                y.0 += r;
                y.1 += p;
            }
            y.2 += r - p;
        }
        years
    }

    /// The yearly series to the horizon and the totals. Sums in 10^-12 đồng are exact; each figure is rounded
    /// half-up to the đồng when written.
    fn summarize(&self, flows: &Flows) -> Result<(Vec<YearPoint>, Totals)> {
        let mut series: Vec<YearPoint> = Vec::new();
        let (mut cumulative, mut present, mut expected) = (0i128, 0i128, 0i128);
        let (mut received_total, mut paid_total) = (0i128, 0i128);
        let last_year = self.year_of(self.horizon_months.saturating_sub(1));
        for (t, (received, paid, all)) in self.yearly(flows).into_iter().enumerate() {
            expected = expected
                .checked_add(checked_product(all, self.weight[t]).ok_or_else(too_large)?)
                .ok_or_else(too_large)?;
            if t > last_year {
                continue;
            }
            cumulative += received - paid;
            received_total += received;
            paid_total += paid;
            present = present
                .checked_add(checked_product(received - paid, self.discount[t]).ok_or_else(too_large)?)
                .ok_or_else(too_large)?;
            // The year's last month, or the horizon month in the horizon's year.
            let end = if t == last_year {
                self.month(self.horizon_months.saturating_sub(1))
            } else {
                Month::ym(self.start.year() + t as u16, 12)
            };
            series.push(YearPoint {
                year: end.year(),
                age: self.age_at(end).years,
                received: vnd(received, 0)?,
                paid: vnd(paid, 0)?,
                cumulative: vnd(cumulative, 0)?,
                present_value: vnd(present, FACTOR_DECIMALS)?,
                expected_value: vnd(expected, FACTOR_DECIMALS)?,
                family_value: Vnd::ZERO,
            });
        }
        let totals = Totals {
            received: vnd(received_total, 0)?,
            paid: vnd(paid_total, 0)?,
            net: vnd(received_total - paid_total, 0)?,
            present_value: vnd(present, FACTOR_DECIMALS)?,
            expected_value: vnd(expected, FACTOR_DECIMALS)?,
            family_value: Vnd::ZERO,
            expected_value_with_family: vnd(expected, FACTOR_DECIMALS)?,
        };
        Ok((series, totals))
    }

    /// The first month from `from` on in which `path` has received at least as much as `other`, in present value.
    /// Year by year first; then month by month within the year where it catches up.
    fn break_even(&self, path: &Flows, other: &Flows, from: Month) -> Option<BreakEven> {
        let first = from.index().saturating_sub(self.start.index()) as usize;
        let net = |i: usize| (path.received[i] - path.paid[i]) - (other.received[i] - other.paid[i]);
        let mut ahead = 0i128;
        let mut i = 0;
        while i < self.months {
            let t = self.year_of(i);
            let end = next_january(self.start, i).min(self.months);
            let year: i128 = (i..end).map(net).sum();
            let after = ahead.saturating_add(saturating_product(year, self.discount[t]));
            if end > first && after >= 0 {
                let mut running = 0i128;
                for k in i..end {
                    running += net(k);
                    if k >= first && ahead.saturating_add(saturating_product(running, self.discount[t])) >= 0 {
                        let month = self.month(k);
                        return Some(BreakEven {
                            month,
                            age: self.age_at(month),
                            within_horizon: k < self.horizon_months,
                        });
                    }
                }
            }
            ahead = after;
            i = end;
        }
        None
    }
}

/// The family's side: what social insurance pays the worker's family on the worker's death in each year, weighted
/// by the chance of dying in that year and discounted like the worker's own money. A death is placed at the end of
/// the year: the year's own money is the worker's (the expected values count it in full for someone alive in the
/// middle of the year), the survivors' allowance starts the next January (Art 87.3: the month after the death).
struct Family<'a> {
    frame: &'a Frame,
    /// The rules for a death at the end of each of the worker's years.
    rules: Vec<survivors::Rules>,
    /// The funeral allowance for a death at the end of each of the worker's years: the reference level of that
    /// December, raised with pensions each January after the request year, times the rule's multiple.
    funeral: Vec<i128>,
    relatives: Vec<Relative>,
}

/// A relative, with what they would receive.
struct Relative {
    /// Whether they qualify on a death at the end of each year (Art 86.2–86.3).
    qualifies: Vec<bool>,
    /// The monthly allowance they would receive after each year, discounted and weighted by their own chance of
    /// being alive, in 10^-12 đồng.
    value_after: Vec<i128>,
    /// The allowance of their first month after a death at the end of each year.
    first_month: Vec<i128>,
}

/// What a path leaves on a death: before `until`, the time kept or paid on (the history's months and those paid by
/// then); from it, what the path ended in.
struct Legacy<'a> {
    until: Option<Month>,
    ledger: Ledger,
    split: Split,
    /// The months paid on, in order.
    later: &'a [Stretch],
    next: usize,
    end: End,
    /// The pension or allowance of the last year asked for, raised each January: deaths are asked for in order.
    indexed: Option<(u16, Vnd)>,
}

/// What a path ends in, for the family.
enum End {
    /// Monthly, from `start`, with the months of the time behind it.
    Pension { start: Month, monthly: Vnd, compulsory: u32, total: u32 },
    /// The Art 23 allowance.
    Allowance { allowance: MonthlyAllowance, compulsory: u32, total: u32 },
    /// A lump sum taken, or the time withdrawn.
    Nothing,
}

impl<'a> Family<'a> {
    fn new(frame: &'a Frame, relatives: &[Dependant], indexation: Rate, lookup: &mut Lookup) -> Result<Family<'a>> {
        let first = Month::ym(frame.start.year(), 1);
        let last = first.plus(frame.discount.len() as i32 * 12 - 1).ok_or_else(|| Error::internal("family years"))?;
        // The reference level month by month: a handful of runs, each raised year by year.
        let mut reference = Vec::with_capacity(frame.discount.len() * 12);
        let mut raised_from: Option<(Vnd, u16, Vnd)> = None;
        for (from, to, value) in lookup.runs(&data::REFERENCE_LEVEL, first, last) {
            let base = value.ok_or_else(|| Error::internal("reference level"))?.value;
            for year in from.year()..=to.year() {
                let amount = match raised_from {
                    Some((b, y, amount)) if b == base => raised(amount, y, year, indexation),
                    _ => raised(base, frame.start.year(), year, indexation),
                };
                raised_from = Some((base, year, amount));
                let months = Month::ym(year, 12).min(to).index() + 1 - Month::ym(year, 1).max(from).index();
                reference.extend((0..months).map(|_| amount.to_i128()));
            }
        }
        let mut rules: Vec<survivors::Rules> = Vec::with_capacity(frame.worker_years);
        let mut funeral = Vec::with_capacity(frame.worker_years);
        let mut settled = None;
        for t in 0..frame.worker_years {
            let r = match (rules.last(), settled) {
                (Some(last), Some(from)) if survivors::rules_month(death(frame, t)) >= from => *last,
                _ => {
                    let (r, from) = survivors::Rules::in_force(death(frame, t), lookup)?;
                    settled = Some(from);
                    r
                }
            };
            funeral.push(reference[t * 12 + 11] * i128::from(r.funeral_times));
            rules.push(r);
        }
        // The monthly allowance of each month, at 50% and 70% of the reference level (Art 87.1); a month before
        // Law 41/2024 takes its first rates.
        let mut monthly = [Vec::with_capacity(reference.len()), Vec::with_capacity(reference.len())];
        let params = [&data::SURVIVOR_MONTHLY_RATE, &data::SURVIVOR_MONTHLY_NO_CARER_RATE];
        for (column, param) in monthly.iter_mut().zip(params) {
            let from = survivors::rules_month(first);
            let mut runs = lookup.runs(param, from, last.max(from));
            let before = from.index().saturating_sub(first.index());
            if let Some(run) = runs.first_mut().filter(|_| before > 0) {
                run.0 = first;
            }
            let mut cached = (0i128, Rate::ZERO, 0i128);
            for (a, b, rate) in runs {
                let rate = rate.map_or(Rate::ZERO, |r| r.value);
                let months = (a.index() - first.index()) as usize..=(b.index() - first.index()) as usize;
                for &r in &reference[months] {
                    if (cached.0, cached.1) != (r, rate) {
                        cached = (r, rate, percent_of(Vnd::dong(r as i64), rate).to_i128());
                    }
                    column.push(cached.2);
                }
            }
        }
        let child_years = rules.first().map_or(0, |r| r.child_years);
        let relatives = relatives.iter().map(|d| relative(frame, d, &monthly, child_years)).collect::<Result<_>>()?;
        Ok(Family { frame, rules, funeral, relatives })
    }

    /// What `legacy` is worth to the family: the funeral allowance and the survivors' benefits for a death in each
    /// of the worker's years, weighted by its chance; each year's part (in 10^-24 đồng), and the path's summary.
    fn value(
        &self,
        legacy: &mut Legacy,
        tables: &mut Tables,
        indexation: Rate,
        lookup: &mut Lookup,
    ) -> Result<(Vec<i128>, FamilyValue)> {
        let frame = self.frame;
        let (mut funeral_value, mut total) = (0i128, 0i128);
        let mut by_year = Vec::with_capacity(frame.worker_years);
        let mut on_death = None;
        for (t, rules) in self.rules.iter().enumerate() {
            // The chance of dying in the year: alive in its middle (the request year counts in full), not in the next's.
            let next = if t + 1 < frame.worker_years { frame.alive[t + 1] } else { 0 };
            let chance = (frame.alive[t] - next).max(0);
            if chance == 0 && t > 0 {
                by_year.push(0);
                continue;
            }
            let month = death(frame, t);
            let estate = legacy.estate(month, rules, tables, indexation, lookup)?;
            let v = frame.discount[t];
            let funeral = if estate.funeral { self.funeral[t] } else { 0 };
            let chosen: Vec<&Relative> = match estate.monthly {
                true => self.relatives.iter().filter(|r| r.qualifies[t]).take(rules.max_relatives as usize).collect(),
                false => Vec::new(),
            };
            let monthly = chosen.iter().try_fold(0i128, |sum, r| sum.checked_add(r.value_after[t]));
            let monthly = monthly.ok_or_else(too_large)?;
            let lump = checked_product(estate.lump_sum.to_i128(), v).ok_or_else(too_large)?;
            let take_monthly = !chosen.is_empty() && monthly >= lump;
            let funeral_pv = checked_product(funeral, v).ok_or_else(too_large)?;
            let year = funeral_pv.checked_add(if take_monthly { monthly } else { lump }).ok_or_else(too_large)?;
            let weighted = |x: i128| checked_product(x, chance).ok_or_else(too_large);
            funeral_value = funeral_value.checked_add(weighted(funeral_pv)?).ok_or_else(too_large)?;
            total = total.checked_add(weighted(year)?).ok_or_else(too_large)?;
            by_year.push(weighted(year)?);
            if t == 0 {
                let counted = match (take_monthly, estate.lump_sum > Vnd::ZERO) {
                    (true, _) => "monthly",
                    (false, true) => "lumpSum",
                    (false, false) => "none",
                };
                let first: i128 = chosen.iter().map(|r| r.first_month[t]).sum();
                on_death = Some(DeathBenefits {
                    month,
                    funeral_allowance: (funeral > 0).then(|| vnd(funeral, 0)).transpose()?,
                    monthly_allowance: (!chosen.is_empty()).then(|| vnd(first, 0)).transpose()?,
                    recipients: chosen.len() as u32,
                    lump_sum: (estate.lump_sum > Vnd::ZERO).then_some(estate.lump_sum),
                    counted,
                });
            }
        }
        let funeral = vnd(funeral_value, 2 * FACTOR_DECIMALS)?;
        let all = vnd(total, 2 * FACTOR_DECIMALS)?;
        Ok((by_year, FamilyValue { funeral, survivors: all - funeral, on_death }))
    }
}

/// The month a death in the `t`-th year from the request is placed at: its December.
fn death(frame: &Frame, t: usize) -> Month {
    Month::ym(frame.start.year() + t as u16, 12)
}

/// A relative's entitlement and value after a death at the end of each of the worker's years: `monthly`, the
/// allowance of each month from the request year's January at 50% and 70%.
fn relative(frame: &Frame, d: &Dependant, monthly: &[Vec<i128>; 2], child_years: u32) -> Result<Relative> {
    let alive = alive_shares(data::LIFE_TABLE.rows(d.sex == Sex::Male), d.birth, frame.start, frame.discount.len());
    let through = d.paid_through(child_years)?;
    let column = &monthly[usize::from(d.no_carer)];
    let first = Month::ym(frame.start.year(), 1).index();
    // Each year's allowance, discounted and weighted by the chance of being alive.
    let mut yearly = Vec::with_capacity(frame.discount.len());
    for (u, (v, a)) in frame.discount.iter().zip(&alive).enumerate() {
        let january = first + u as u32 * 12;
        let paid = through.map_or(12, |m| (m.index() + 1).saturating_sub(january).min(12)) as usize;
        let sum: i128 = column[u * 12..u * 12 + paid].iter().sum();
        yearly.push(checked_product(sum, (a * v + SCALE / 2) / SCALE).ok_or_else(too_large)?);
    }
    // What is paid after each year: the years past the worker's last count too.
    let mut value_after = vec![0i128; frame.worker_years];
    let mut after = yearly[frame.worker_years.min(yearly.len())..]
        .iter()
        .try_fold(0i128, |sum, y| sum.checked_add(*y))
        .ok_or_else(too_large)?;
    for t in (0..frame.worker_years).rev() {
        value_after[t] = after;
        after = after.checked_add(yearly[t]).ok_or_else(too_large)?;
    }
    let mut qualifies = Vec::with_capacity(frame.worker_years);
    let mut first_month = Vec::with_capacity(frame.worker_years);
    for t in 0..frame.worker_years {
        qualifies.push(d.qualifies(death(frame, t), child_years)?);
        let next = (t + 1) * 12;
        let paid = through.is_none_or(|m| m.index() >= first + next as u32);
        first_month.push(if paid { column.get(next).copied().unwrap_or(0) } else { 0 });
    }
    Ok(Relative { qualifies, value_after, first_month })
}

impl Legacy<'_> {
    /// What social insurance owes the family on a death in `death`, under `rules`.
    fn estate(
        &mut self,
        death: Month,
        rules: &survivors::Rules,
        tables: &mut Tables,
        indexation: Rate,
        lookup: &mut Lookup,
    ) -> Result<Estate> {
        if self.until.is_none_or(|until| death < until) {
            while let Some(s) = self.later.get(self.next).filter(|s| s.period.from() <= death) {
                self.ledger.extend(*s, lookup)?;
                self.split = self.split.and_later(s.period.months());
                self.next += 1;
            }
            return rules.insured(&self.ledger, self.split, death, tables.get(death.year())?, lookup);
        }
        match self.end {
            End::Pension { start, monthly, compulsory, total } => {
                let pension = self.indexed(monthly, start.year(), death.year(), indexation);
                let month_number = (death.index() + 1).saturating_sub(start.index());
                Ok(rules.pensioner(pension, month_number, compulsory, total))
            }
            End::Allowance { allowance, compulsory, total } => {
                let paid = (death.index() + 1).saturating_sub(allowance.from.index());
                let left = allowance.months.saturating_sub(paid);
                let amount = self.indexed(allowance.monthly, allowance.from.year(), death.year(), indexation);
                Ok(rules.allowance_recipient(amount.multiple(left), compulsory, total))
            }
            End::Nothing => Ok(Estate::NOTHING),
        }
    }

    /// `amount` of `from`'s year raised to `year`'s, as pensions are (`raised`), going on from the last year asked.
    fn indexed(&mut self, amount: Vnd, from: u16, year: u16, indexation: Rate) -> Vnd {
        let value = match self.indexed {
            Some((y, value)) if y <= year => raised(value, y, year, indexation),
            _ => raised(amount, from, year, indexation),
        };
        self.indexed = Some((year, value));
        value
    }
}

/// When a path's time stops being kept or paid on, and what it ends in, for the family: `months`, the time behind
/// its pension or allowance.
fn end_of(path: &Scenario, months: MonthCounts) -> (Option<Month>, End) {
    match (path.outcome, path.pension_start, path.monthly_pension, path.monthly_allowance) {
        (Outcome::Pension, Some(start), Some(monthly), _) => {
            // Missing months paid at once are voluntary time (Decree 159/2025 Art 7).
            let filled = path.missing_months_paid.as_ref().map_or(0, |l| l.months);
            let (compulsory, total) = (months.compulsory, months.total + filled);
            (Some(start), End::Pension { start, monthly, compulsory, total })
        }
        (Outcome::MonthlyAllowance, _, _, Some(allowance)) => {
            (Some(allowance.from), End::Allowance { allowance, compulsory: months.compulsory, total: months.total })
        }
        _ => (path.lump_sum_month, End::Nothing),
    }
}

/// Writes a path's family value into its totals and series: `by_year`, each year's part in 10^-24 đồng.
fn with_family(path: &mut Scenario, by_year: &[i128], value: FamilyValue) -> Result<()> {
    let mut cumulative = 0i128;
    for (point, year) in path.series.iter_mut().zip(by_year) {
        cumulative += year;
        point.family_value = vnd(cumulative, 2 * FACTOR_DECIMALS)?;
    }
    path.totals.family_value = value.funeral + value.survivors;
    path.totals.expected_value_with_family = path.totals.expected_value + path.totals.family_value;
    path.family = value;
    Ok(())
}

/// What each path leaves the family, in expected value.
fn family_step(withdraw: &Scenario, keep: &Scenario, contribute: &Scenario, relatives: usize) -> Note {
    let mut figures = vec![Figure::count("relatives", u32::try_from(relatives).unwrap_or(u32::MAX))];
    for (path, (value, funeral, survivors)) in [
        (withdraw, ("withdrawFamilyValue", "withdrawFuneral", "withdrawSurvivors")),
        (keep, ("keepFamilyValue", "keepFuneral", "keepSurvivors")),
        (contribute, ("contributeFamilyValue", "contributeFuneral", "contributeSurvivors")),
    ] {
        figures.push(Figure::vnd(value, path.totals.family_value));
        figures.push(Figure::vnd(funeral, path.family.funeral));
        figures.push(Figure::vnd(survivors, path.family.survivors));
    }
    Note::new(ComparisonNote::FamilyValue, figures).cite([
        Source::law("Luật BHXH 41/2024/QH15", "Điều 85, 86, 87, 88, 89, 109, 110, 111"),
        Source::law("Nghị định 158/2025/NĐ-CP", "Điều 25"),
        LifeTable::SOURCE,
    ])
}

/// The chance of someone born in `birth` being alive in the middle of each calendar year from `start`'s, given alive
/// in `start` (1 in that year), in 10^-12: the life table's l interpolated by month.
fn alive_shares(rows: &[(u32, u16)], birth: Month, start: Month, years: usize) -> Vec<i128> {
    let survivors = |age: u32| LifeTable::survivors_twelfths(rows, age);
    let now = survivors(start.index().saturating_sub(birth.index()));
    (0..years)
        .map(|t| {
            let mid_year = Month::ym(start.year().saturating_add(t as u16), 7);
            let age = mid_year.index().max(start.index()).saturating_sub(birth.index());
            match t {
                0 => SCALE,
                _ if now == 0 => 0,
                _ => ((2 * survivors(age) * SCALE + now) / (2 * now)).min(SCALE),
            }
        })
        .collect()
}

fn too_large() -> Error {
    let figures = vec![Figure::text("field", "indexation")];
    Error::of(ErrorCode::AmountTooLarge, "indexation", ComparisonNote::AmountsTooLarge, figures)
}

/// A sum in 10^-`scale` đồng, rounded half-up (away from zero) to the đồng; at most `MAX_EXACT` either way, or a
/// JS number could not give it exactly.
fn vnd(n: i128, scale: u32) -> Result<Vnd> {
    // Most sums are whole đồng: no 128-bit division for them, which in the wasm is a library call.
    let whole = if scale == 0 {
        n
    } else {
        let unit = 10i128.pow(scale);
        let half = if n < 0 { -unit / 2 } else { unit / 2 };
        (n + half) / unit
    };
    if whole.abs() > i128::from(MAX_EXACT) {
        return Err(too_large());
    }
    Ok(Vnd::dong(whole as i64))
}

/// A rate in 10^-12 (rates have at most 12 decimals; more are rounded).
fn scaled(r: Rate) -> i128 {
    Vnd::round_half_up(r.value() * Decimal::from(SCALE)).to_i128()
}

/// What the worker gets at the retirement age from a history (a pension, or else the best of the choices the
/// law gives then), written into `flows`.
struct Retirement {
    path: Scenario,
    flows: Flows,
    /// The readings of the law the pension rests on.
    notes: Vec<Note>,
}

/// One choice at the retirement age for someone without the years for a pension, and its expected value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    /// `lumpSum` (Art 70.1.a), `monthlyAllowance` (Art 23), `payMissingMonths` (Decree 159/2025 Art 7, then a pension).
    #[cfg_attr(feature = "wasm", tsify(type = "\"lumpSum\" | \"monthlyAllowance\" | \"payMissingMonths\""))]
    pub kind: &'static str,
    /// The lump sum, the monthly allowance, or the cost of the missing months.
    pub amount: Vnd,
    pub expected_value: Vnd,
}

/// Where a path's retirement is settled, and how its explanation step names it.
struct Settling<'a> {
    frame: &'a Frame,
    indexation: Rate,
    overrides: &'a Overrides,
    /// The worker's payments before retirement, month by month.
    paid: &'a [i128],
    /// The path's name in its step: `KeepTimePath` or `KeepContributingPath`.
    name: ComparisonNote,
}

impl Settling<'_> {
    fn flows(&self) -> Flows {
        let mut flows = Flows::new(self.frame.months);
        flows.paid.copy_from_slice(self.paid);
        flows
    }

    /// The pension from `decision` for the months of `ledger`, if they give one.
    fn pension(
        &self,
        profile: &Profile,
        ledger: &Ledger,
        decision: Month,
        lookup: &mut Lookup,
    ) -> Result<(Option<Retirement>, Assessment, Coefficients)> {
        let table = table_for(self.overrides, decision, profile.inflation)?;
        let a = assess(profile, ledger, decision, &table, lookup, &mut Explanation::new(false))?;
        let (Some(monthly), Some(_)) = (a.monthly_pension, a.route) else { return Ok((None, a, table)) };
        let mut flows = self.flows();
        flows.stream(self.frame.start, decision, None, monthly, self.indexation);
        let allowance = a.allowance.map(|x| x.amount).filter(|x| *x > Vnd::ZERO);
        if let Some(x) = allowance {
            flows.once(self.frame.start, decision, x);
        }
        let mut path = empty_scenario();
        path.outcome = Outcome::Pension;
        path.pension_start = Some(decision);
        path.monthly_pension = Some(monthly);
        path.retirement_allowance = allowance;
        path.health_insurance = a.health_insurance;
        Ok((Some(Retirement { path, flows, notes: a.notes.clone() }), a, table))
    }

    /// What `history`, summed in `ledger`, gives at `decision`: the pension, or else the choice worth most.
    fn retire(
        &self,
        profile: &Profile,
        history: &History,
        ledger: &Ledger,
        decision: Month,
        lookup: &mut Lookup,
        steps: &mut Steps,
    ) -> Result<(Retirement, bool)> {
        let (pension, a, table) = self.pension(profile, ledger, decision, lookup)?;
        let provisional = a.provisional;
        if let Some(r) = pension {
            steps.add(|| pension_step(&a, &r.path, self.name));
            return Ok((r, provisional));
        }
        let social_from = social_pension_month(profile, self.frame.start, lookup)?;
        let s = settle(history, ledger, decision, None, &table, lookup, &mut Steps::new(false))?;
        let mut options = vec![self.lump_sum(s.amount, decision, social_from, lookup)?];
        options.extend(self.allowance(profile, a.years_counted, s.average.value, decision, lookup)?);
        let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, decision)?.value;
        let missing = (minimum * 12).saturating_sub(a.months.total);
        options.extend(self.missing_months_paid(profile, history, missing, decision, lookup)?);

        // The choice worth most, by expected value.
        let best = options.iter().enumerate().max_by_key(|(_, (c, _))| c.expected_value).map_or(0, |(i, _)| i);
        let choices: Vec<Choice> = options.iter().map(|(c, _)| *c).collect();
        let (chosen, mut r) = options.swap_remove(best);
        r.path.choices = choices;
        steps.add(|| choices_step(&r.path.choices, &chosen, &a, minimum, self.name));
        Ok((r, provisional))
    }

    /// a) The lump sum `amount` at the retirement age (Art 70.1.a), then the social pension from `social_from`.
    fn lump_sum(
        &self,
        amount: Vnd,
        decision: Month,
        social_from: Option<Month>,
        lookup: &mut Lookup,
    ) -> Result<(Choice, Retirement)> {
        let frame = self.frame;
        let mut flows = self.flows();
        flows.once(frame.start, decision, amount);
        let mut path = empty_scenario();
        path.outcome = Outcome::LumpSum;
        path.lump_sum = Some(amount);
        path.lump_sum_month = Some(decision);
        path.social_pension_from = social_from;
        if let Some(m) = social_from {
            flows.social_pension(frame.start, m, self.indexation, lookup)?;
        }
        let value = frame.summarize(&flows)?.1.expected_value;
        let choice = Choice { kind: "lumpSum", amount, expected_value: value };
        Ok((choice, Retirement { path, flows, notes: Vec::new() }))
    }

    /// b) The monthly allowance on `average` until the social-pension age (Art 23), then the social pension.
    fn allowance(
        &self,
        profile: &Profile,
        years: Years,
        average: Vnd,
        decision: Month,
        lookup: &mut Lookup,
    ) -> Result<Option<(Choice, Retirement)>> {
        let (frame, indexation) = (self.frame, self.indexation);
        let index = Some((frame.start.year(), indexation));
        let quiet = &mut Steps::new(false);
        let Some(x) = monthly_allowance(&profile.person, average, years, decision, index, lookup, quiet)? else {
            return Ok(None);
        };
        let mut flows = self.flows();
        flows.stream(frame.start, decision, Some(x.months), x.monthly, indexation);
        flows.social_pension(frame.start, x.social_pension_from, indexation, lookup)?;
        let mut path = empty_scenario();
        path.outcome = Outcome::MonthlyAllowance;
        path.monthly_allowance = Some(x);
        path.social_pension_from = Some(x.social_pension_from);
        let value = frame.summarize(&flows)?.1.expected_value;
        let choice = Choice { kind: "monthlyAllowance", amount: x.monthly, expected_value: value };
        Ok(Some((choice, Retirement { path, flows, notes: Vec::new() })))
    }

    /// c) Paying the `missing` months at once (at most 60, Decree 159/2025 Art 7), then the pension from the month
    /// after. The months are voluntary, on the poverty-line income, revalued at 1.00 (Decree 159/2025 Art 10.3):
    /// placed after the history, past the decision year, where every coefficient is 1.00.
    fn missing_months_paid(
        &self,
        profile: &Profile,
        history: &History,
        missing: u32,
        decision: Month,
        lookup: &mut Lookup,
    ) -> Result<Option<(Choice, Retirement)>> {
        let frame = self.frame;
        let income = lookup.require(&data::RURAL_POVERTY_LINE, decision)?.value;
        let fill = match missing {
            0 => None,
            n => missing_period_lump_sum(income, n, decision, lookup)?.filter(|l| l.allowed),
        };
        let Some(l) = fill else { return Ok(None) };
        let first = month_after(history.last())?.max(decision);
        let last = first.plus(missing as i32 - 1).ok_or_else(|| Error::internal("missing months"))?;
        let period = Period::new(first, last, "history").map_err(|_| Error::internal("missing months"))?;
        let filled = history.followed_by([Stretch { period, scheme: Scheme::Voluntary { income, group: None } }]);
        // The pension starts the month after the payment (Law 41/2024 Art 101.3), whatever months they stand for.
        let start = month_after(decision)?;
        let (Some(mut r), _, _) = self.pension(profile, &Ledger::new(&filled, lookup)?, start, lookup)? else {
            return Ok(None);
        };
        if let Some(slot) = r.flows.paid.get_mut(decision.index().saturating_sub(frame.start.index()) as usize) {
            *slot = slot.saturating_add(l.amount.to_i128());
        }
        let amount = l.amount;
        r.path.missing_months_paid = Some(l);
        let value = frame.summarize(&r.flows)?.1.expected_value;
        Ok(Some((Choice { kind: "payMissingMonths", amount, expected_value: value }, r)))
    }
}

/// A path without the years for a pension: the choices and their expected values, the one worth most counted.
fn choices_step(choices: &[Choice], chosen: &Choice, a: &Assessment, minimum: u32, name: ComparisonNote) -> Note {
    let mut figures = vec![
        Figure::clauses("path", [name]),
        Figure::month("decision", a.decision),
        Figure::count("minimumYears", minimum),
        Figure::count("months", a.months.total),
    ];
    // The lump sum comes first, always; the other choices each in a clause, when open.
    let (mut allowance, mut missing_months) = (None, None);
    for c in choices {
        let (amount, value) = match c.kind {
            "lumpSum" => ("lumpSum", "lumpSumValue"),
            "monthlyAllowance" => {
                allowance = Some(ComparisonNote::AllowanceChoice);
                ("allowance", "allowanceValue")
            }
            _ => {
                missing_months = Some(ComparisonNote::MissingMonthsChoice);
                ("missingMonthsCost", "missingMonthsValue")
            }
        };
        figures.push(Figure::vnd(amount, c.amount));
        figures.push(Figure::vnd(value, c.expected_value));
    }
    figures.push(Figure::clauses("allowanceChoice", allowance));
    figures.push(Figure::clauses("missingMonthsChoice", missing_months));
    figures.push(Figure::vnd("chosenExpectedValue", chosen.expected_value));
    let source = Source::law("Luật BHXH 41/2024/QH15; Nghị định 159/2025/NĐ-CP", "Điều 21, 23, 70.1.a, 98; Điều 7");
    Note::new(ComparisonNote::PathChoices, figures).cite([source])
}

/// A path's pension: from when, on what years, average and rate, and its one-time allowance if any.
fn pension_step(a: &Assessment, path: &Scenario, name: ComparisonNote) -> Note {
    let rate = a.rate.map_or(Rate::ZERO, |r| r.rate);
    let mut figures = vec![
        Figure::clauses("path", [name]),
        Figure::month("decision", a.decision),
        Figure::count("months", a.months.total),
        Figure::number("years", a.years_counted.value()),
        Figure::vnd("average", a.average.value),
        Figure::number("tableYear", Decimal::from(a.average.table_year)),
        Figure::rate("pensionRate", rate),
        Figure::vnd("monthlyPension", path.monthly_pension.unwrap_or(Vnd::ZERO)),
    ];
    let id = match path.retirement_allowance {
        Some(x) => {
            figures.push(Figure::vnd("retirementAllowance", x));
            ComparisonNote::PathPensionWithAllowance
        }
        None => ComparisonNote::PathPension,
    };
    Note::new(id, figures).cite([a.law.cite(("Điều 54, 56, 58, 62", "Điều 64, 66, 68, 72"))])
}

fn empty_scenario() -> Scenario {
    Scenario {
        outcome: Outcome::None,
        lump_sum: None,
        lump_sum_month: None,
        pension_start: None,
        monthly_pension: None,
        monthly_pension_today: None,
        retirement_allowance: None,
        health_insurance: None,
        monthly_allowance: None,
        choices: Vec::new(),
        missing_months_paid: None,
        months_contributed: 0,
        contributions_paid: Vnd::ZERO,
        social_pension_from: None,
        lump_sum_in_pension_months: None,
        break_even: None,
        missing: Vec::new(),
        policy_allowances: None,
        family: FamilyValue::default(),
        series: Vec::new(),
        totals: Totals::default(),
    }
}

/// The first month of the social pension in the comparison: the month after the person turns 75, if the law has
/// one then, and not before the request.
fn social_pension_month(profile: &Profile, request: Month, lookup: &mut Lookup) -> Result<Option<Month>> {
    let birth = profile.person.birth;
    let probe = birth.plus(75 * 12).unwrap_or(birth).max(Law::LAW_41_FROM);
    let Some(age) = lookup.get(&data::SOCIAL_PENSION_AGE, probe) else { return Ok(None) };
    // Someone already past the age when it began (2025-07), or by the request, receives it from then on.
    let turns = birth.plus(age.value as i32 * 12 + 1).ok_or_else(|| beyond_calendar(data::SOCIAL_PENSION_AGE.id))?;
    let from = turns.max(age.from).max(request);
    Ok(lookup.get(&data::SOCIAL_PENSION, from).map(|_| from))
}

/// Reads the input and compares.
pub fn compare_withdrawal(input: &Raw, clock: Month) -> Result<Comparison> {
    calculate(&CompareRequest::read(input, clock)?)
}

pub fn calculate(req: &CompareRequest) -> Result<Comparison> {
    let base = &req.base;
    let mut lookup = Lookup::new(&base.overrides);
    let month = base.request;
    let inflation = assumed_inflation(base.inflation, &mut lookup, month)?;
    let mut profile = Profile::new(base.person, base.policy, inflation, &mut lookup, base.explain)?;
    let mut steps = Steps::new(base.explain);
    for step in std::mem::take(&mut profile.retirement.steps) {
        steps.add(|| step);
    }
    let rates = Rates::of(req, inflation, &mut lookup)?;
    let span = Span::of(req, &profile)?;
    // The years are discounted as far as a relative may live.
    let last = req.dependants.iter().filter_map(|d| d.birth.plus(LAST_AGE_YEARS as i32 * 12)).max().unwrap_or(month);
    let frame = Frame::new(month, base.person.birth, span.month, base.person.sex, rates.discount, last)?;
    let ledger = Ledger::new(&base.history, &mut lookup)?;
    let setting = Setting { base, profile: &profile, ledger: &ledger, frame: &frame, rates };

    // The three paths: withdraw, keep the time, keep contributing.
    let (mut withdraw, withdraw_flows, mut provisional) = setting.withdraw(&mut lookup, &mut steps)?;
    let policy_start = setting.policy_start(&mut lookup)?;
    let (kept, p) = setting.keep(policy_start, &mut lookup, &mut steps)?;
    provisional |= p;
    let contributed = setting.contribute(&req.continuation, policy_start, &mut lookup, &mut steps)?;
    provisional |= contributed.provisional;
    let mut notes = kept.notes.clone();
    note_once(&mut notes, contributed.retirement.notes.clone());

    // Each path's money over the years, and the allowances of a special policy beside it.
    let mut keep = finish(&frame, kept, 0, &withdraw, &withdraw_flows, inflation)?;
    let mut contribute =
        finish(&frame, contributed.retirement, contributed.months, &withdraw, &withdraw_flows, inflation)?;
    let policy_paths =
        [(&mut keep, &base.history, &ledger), (&mut contribute, &contributed.history, &contributed.ledger)];
    setting.policy_allowances(policy_paths, &mut lookup)?;
    (withdraw.series, withdraw.totals) = frame.summarize(&withdraw_flows)?;

    // What each path leaves the family on the worker's death.
    let family_paths = [
        (&mut withdraw, &[][..], ledger.months),
        (&mut keep, &[][..], ledger.months),
        (&mut contribute, &contributed.added[..], contributed.ledger.months),
    ];
    provisional |= setting.family(&req.dependants, family_paths, &mut lookup)?;
    steps.add(|| family_step(&withdraw, &keep, &contribute, req.dependants.len()));

    let losses = losses(ledger.months.total, month, &mut lookup)?;
    let household_rate = lookup.require(&data::HOUSEHOLD_HEALTH_INSURANCE_RATE, month)?;
    let reference = lookup.require(&data::REFERENCE_LEVEL, month)?;
    let household = percent_of(reference.value, household_rate.value);
    steps.add(|| paths_step(&withdraw, &keep, &contribute, span.age_years, rates));
    let mut assumptions = assumptions(req, &span, rates, provisional);
    assumptions.extend(notes);
    let (warnings, overridden) = parameter_warnings(lookup);
    if !req.series {
        for path in [&mut withdraw, &mut keep, &mut contribute] {
            path.series = Vec::new();
        }
    }
    Ok(Comparison {
        law: Law::in_force(month),
        request_month: month,
        withdraw,
        keep,
        contribute,
        horizon: span.horizon(req),
        discount_rate: rates.discount,
        indexation: rates.indexation,
        raise: rates.raise,
        household_health_insurance: household,
        losses,
        provisional,
        assumptions,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
}

/// The rates a comparison assumes, a year: the discount, the raise of pensions, of the salary contributed on,
/// and the inflation that carries coefficient tables forward.
#[derive(Clone, Copy)]
struct Rates {
    discount: Rate,
    indexation: Rate,
    raise: Rate,
    inflation: Rate,
}

impl Rates {
    /// The rates given, or the parameters' in the request month.
    fn of(req: &CompareRequest, inflation: Rate, lookup: &mut Lookup) -> Result<Rates> {
        let month = req.base.request;
        let discount = match req.discount {
            Some(r) => r,
            None => lookup.assumed_rate(&data::COMPARISON_DISCOUNT_RATE, month, MAX_RATE_PERCENT)?,
        };
        let indexation = match req.indexation {
            Some(r) => r,
            None => lookup.assumed_rate(&data::ASSUMED_PENSION_INDEXATION, month, MAX_RATE_PERCENT)?,
        };
        Ok(Rates { discount, indexation, raise: req.continuation.raise_or(inflation), inflation })
    }
}

/// The notes on the parameters used, and whether one was overridden. The assumed rates are the comparison's
/// assumptions, which say them: their parameters are noted only when overridden.
fn parameter_warnings(lookup: Lookup) -> (Vec<Note>, bool) {
    let assumed = [data::ASSUMED_INFLATION.id, data::COMPARISON_DISCOUNT_RATE.id, data::ASSUMED_PENSION_INDEXATION.id];
    let mut used = lookup.into_used();
    used.retain(|u| !assumed.contains(&u.id) || u.source.confidence == Confidence::Override);
    parameter_note_list(&used)
}

/// How far the series run: to an age, given or the age at retirement (or today's, if later) plus the life
/// expectancy then.
struct Span {
    /// The horizon as an age in years.
    age_years: Decimal,
    month: Month,
    /// The life expectancy at the age it counts from, in years.
    expectancy: Decimal,
}

impl Span {
    fn of(req: &CompareRequest, profile: &Profile) -> Result<Span> {
        let (person, month) = (&req.base.person, req.base.request);
        let retirement_age = profile.retirement.age.total_months();
        let age_now = person.age_in(month);
        // Past the retirement age already, the life expectancy from today's age.
        let expectancy_from = retirement_age.max(age_now);
        let expectancy = LifeTable::expectancy(data::LIFE_TABLE.rows(person.sex == Sex::Male), expectancy_from);
        let expectancy_months = u32::try_from((expectancy * Decimal::from(12)).round().mantissa()).unwrap_or(0);
        let age = match req.horizon {
            Some(h) => h,
            None => (expectancy_from + expectancy_months).min(LAST_AGE_YEARS * 12),
        };
        // At least a month past the retirement age and past today's age; the life table ends at 110.
        if age < retirement_age.max(age_now) + 1 || age_now >= LAST_AGE_YEARS * 12 {
            return Err(horizon_error());
        }
        let month = person.birth.plus(age as i32).ok_or_else(|| Error::internal("horizon month"))?.max(month);
        Ok(Span { age_years: Decimal::from(age) / Decimal::from(12), month, expectancy })
    }

    fn horizon(&self, req: &CompareRequest) -> Horizon {
        Horizon {
            age: to_f64(self.age_years.round_dp(2)),
            month: self.month,
            life_expectancy: to_f64(self.expectancy),
            from_life_table: req.horizon.is_none(),
            life_table_year: data::LIFE_TABLE.year,
        }
    }
}

/// What the three paths share: the request, the person, the history summed, the years and the rates.
struct Setting<'a> {
    base: &'a WithdrawalRequest,
    profile: &'a Profile,
    ledger: &'a Ledger,
    frame: &'a Frame,
    rates: Rates,
}

/// The path that contributes on: its retirement, and the history and months it adds.
struct Contributed {
    retirement: Retirement,
    provisional: bool,
    /// The months paid on, a period per calendar year.
    added: Vec<Stretch>,
    /// The history with them, and its sums.
    history: History,
    ledger: Ledger,
    months: u32,
}

impl Setting<'_> {
    /// The first path, withdraw: the lump sum now if allowed, else at the first month allowed; the social pension
    /// from its age. Whether a coefficient table was projected for it.
    fn withdraw(&self, lookup: &mut Lookup, steps: &mut Steps) -> Result<(Scenario, Flows, bool)> {
        let (base, month) = (self.base, self.frame.start);
        let e = eligibility(self.profile, self.ledger, month, base.circumstance, lookup)?;
        steps.add(|| eligibility_step(&e, month, self.ledger.months.total));
        let withdraw_month = if e.ground.is_some() { Some(month) } else { e.first_allowed };
        let social_from = social_pension_month(self.profile, month, lookup)?;
        let mut path = empty_scenario();
        let mut flows = Flows::new(self.frame.months);
        let mut provisional = false;
        if let Some(w) = withdraw_month {
            let table = table_for(&base.overrides, w, self.rates.inflation)?;
            provisional = table.projected_from.is_some();
            let s = settle(&base.history, self.ledger, w, base.circumstance, &table, lookup, steps)?;
            flows.once(month, w, s.amount);
            path.outcome = Outcome::LumpSum;
            path.lump_sum = Some(s.amount);
            path.lump_sum_month = Some(w);
        }
        if let Some(m) = social_from {
            flows.social_pension(month, m, self.rates.indexation, lookup)?;
            path.social_pension_from = Some(m);
        }
        path.missing = e.missing;
        Ok((path, flows, provisional))
    }

    /// The first month a special policy lets the pension start, if within its window; the policy checked open then
    /// (or in the request month).
    fn policy_start(&self, lookup: &mut Lookup) -> Result<Option<Month>> {
        let month = self.frame.start;
        let window = self.profile.retirement.policy.as_ref();
        let start = window.and_then(|w| Some(w.earliest_start.max(month)).filter(|at| w.contains(*at)));
        self.profile.check_policy(start.unwrap_or(month), lookup)?;
        Ok(start)
    }

    /// Whether `history` gives a pension decided in `at`.
    fn pension_in(&self, history: &History, at: Month, lookup: &mut Lookup) -> Result<bool> {
        let table = table_for(&self.base.overrides, at, self.rates.inflation)?;
        let ledger = Ledger::new(history, lookup)?;
        Ok(assess(self.profile, &ledger, at, &table, lookup, &mut Explanation::new(false))?.route.is_some())
    }

    fn settling<'s>(&'s self, paid: &'s [i128], name: ComparisonNote) -> Settling<'s> {
        Settling { frame: self.frame, indexation: self.rates.indexation, overrides: &self.base.overrides, paid, name }
    }

    /// The second path, keep the time: decided when the pension could start, or as early as a special policy
    /// lets it, if the time gives a pension then.
    fn keep(&self, policy_start: Option<Month>, lookup: &mut Lookup, steps: &mut Steps) -> Result<(Retirement, bool)> {
        let history = &self.base.history;
        let decision = match policy_start {
            Some(at) if self.pension_in(history, at, lookup)? => at,
            _ => self.profile.retirement.pension_start.max(self.frame.start),
        };
        let nothing_paid = vec![0i128; self.frame.months];
        let keeping = self.settling(&nothing_paid, ComparisonNote::KeepTimePath);
        keeping.retire(self.profile, history, self.ledger, decision, lookup, steps)
    }

    /// The third path, keep contributing until the pension can start: past the retirement age if the years fall
    /// short, or only to a special policy's first month if the time then gives a pension.
    fn contribute(
        &self,
        c: &Continuation,
        policy_start: Option<Month>,
        lookup: &mut Lookup,
        steps: &mut Steps,
    ) -> Result<Contributed> {
        let history = &self.base.history;
        let (mut decision, mut last_paid) = self.contribution_end(c, lookup)?;
        let window = self.profile.retirement.policy.as_ref();
        if let Some(at) = policy_start.map(|at| at.max(c.from)).filter(|at| window.is_some_and(|w| w.contains(*at))) {
            let last = at.plus(-1).ok_or_else(|| Error::internal("contribution end"))?;
            let last = c.until.map_or(last, |until| last.min(until));
            let (added, _) = continue_paying(c, self.rates.raise, last, history, self.frame, lookup)?;
            if self.pension_in(&history.followed_by(added), at, lookup)? {
                (decision, last_paid) = (at, last);
            }
        }
        let (added, paid) = continue_paying(c, self.rates.raise, last_paid, history, self.frame, lookup)?;
        let extended = history.followed_by(added.iter().copied());
        let ledger = Ledger::new(&extended, lookup)?;
        let contributing = self.settling(&paid, ComparisonNote::KeepContributingPath);
        let (retirement, provisional) =
            contributing.retire(self.profile, &extended, &ledger, decision, lookup, steps)?;
        let months = (last_paid.index() + 1).saturating_sub(c.from.index());
        Ok(Contributed { retirement, provisional, added, history: extended, ledger, months })
    }

    /// The month the pension can start by contributing on, and the last month paid: the retirement age, later by
    /// the months the years then fall short, no later than the month after the continuation's last.
    fn contribution_end(&self, c: &Continuation, lookup: &mut Lookup) -> Result<(Month, Month)> {
        let at_age = self.profile.retirement.pension_start.max(c.from);
        let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, at_age)?.value;
        let added_by_age = at_age.index() - c.from.index();
        let short = (minimum * 12).saturating_sub(self.ledger.months.total + added_by_age);
        let mut decision = at_age.plus(short as i32).ok_or_else(|| beyond_calendar(data::PENSION_MINIMUM_YEARS.id))?;
        let mut last_paid = decision.plus(-1).unwrap_or(decision);
        if let Some(until) = c.until {
            last_paid = last_paid.min(until);
            decision = decision.min(until.plus(1).unwrap_or(until)).max(at_age);
        }
        Ok((decision, last_paid))
    }

    /// A pension under a special policy: the allowances the policy pays of its own (State budget), beside the
    /// path's money. `paths`: each path with its history and their sums.
    fn policy_allowances(&self, paths: [(&mut Scenario, &History, &Ledger); 2], lookup: &mut Lookup) -> Result<()> {
        let (Some(p), Some(w)) = (&self.base.policy, self.profile.retirement.policy.as_ref()) else { return Ok(()) };
        for (path, history, summed) in paths {
            let Some(start) = path.pension_start.filter(|m| w.contains(*m)) else { continue };
            let compulsory = summed.months.compulsory;
            path.policy_allowances =
                policy::allowances(p, w, history, compulsory, start, lookup, &mut Explanation::new(false))?;
        }
        Ok(())
    }

    /// What each path leaves the family on the worker's death, written into it; whether a coefficient table was
    /// projected for it. `paths`: each path with the months it pays on and the months behind its end.
    fn family(
        &self,
        dependants: &[Dependant],
        paths: [(&mut Scenario, &[Stretch], MonthCounts); 3],
        lookup: &mut Lookup,
    ) -> Result<bool> {
        let family = Family::new(self.frame, dependants, self.rates.indexation, lookup)?;
        let mut tables = Tables::new(&self.base.overrides, self.rates.inflation);
        let split = Split::of(&self.base.history);
        for (path, later, months) in paths {
            let (until, end) = end_of(path, months);
            let mut legacy = Legacy { until, ledger: self.ledger.clone(), split, later, next: 0, end, indexed: None };
            let (by_year, value) = family.value(&mut legacy, &mut tables, self.rates.indexation, lookup)?;
            with_family(path, &by_year, value)?;
        }
        Ok(tables.projected())
    }
}

/// A path that retires, made whole: its series and totals, what the worker paid, the pension in đồng of the
/// request year, the month it overtakes the withdrawal, and the lump sum in months of its pension.
fn finish(
    frame: &Frame,
    r: Retirement,
    months: u32,
    withdraw: &Scenario,
    withdraw_flows: &Flows,
    inflation: Rate,
) -> Result<Scenario> {
    let year = frame.start.year();
    let mut path = r.path;
    (path.series, path.totals) = frame.summarize(&r.flows)?;
    path.months_contributed = months;
    path.contributions_paid = vnd(r.flows.paid.iter().sum(), 0)?;
    if let Some(start) = path.pension_start {
        let today = |v: Vnd, m: Month| deflated(v, year, m.year(), inflation);
        path.monthly_pension_today = path.monthly_pension.map(|p| today(p, start));
        if withdraw.lump_sum_month.is_some() {
            path.break_even = frame.break_even(&r.flows, withdraw_flows, start);
        }
        let lump_today = withdraw.lump_sum.zip(withdraw.lump_sum_month).map(|(l, m)| today(l, m));
        path.lump_sum_in_pension_months = lump_today
            .zip(path.monthly_pension_today)
            .filter(|(_, p)| *p > Vnd::ZERO)
            .map(|(l, p)| to_f64((l.amount() / p.amount()).round_dp(1)));
    }
    Ok(path)
}

/// A number of years as the wording writes it, to one decimal, half-up.
fn one_decimal(years: Decimal) -> Decimal {
    years.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

/// What the comparison assumes, each said once: the rates, the horizon, what the money counts, the family's part.
fn assumptions(req: &CompareRequest, span: &Span, rates: Rates, provisional: bool) -> Vec<Note> {
    let note = |id, figures| Note::new(id, figures);
    let horizon = match req.horizon {
        None => note(
            ComparisonNote::HorizonLifeExpectancy,
            vec![
                Figure::number("horizonAge", one_decimal(span.age_years)),
                Figure::number("lifeExpectancy", one_decimal(span.expectancy)),
                Figure::number("lifeTableYear", Decimal::from(data::LIFE_TABLE.year)),
                Figure::count("lastAge", LAST_AGE_YEARS),
            ],
        ),
        Some(_) => note(
            ComparisonNote::HorizonChosen,
            vec![
                Figure::number("horizonAge", one_decimal(span.age_years)),
                Figure::count("lastAge", LAST_AGE_YEARS),
                Figure::number("lifeTableYear", Decimal::from(data::LIFE_TABLE.year)),
            ],
        ),
    };
    let mut assumptions = vec![
        note(ComparisonNote::DiscountRate, vec![Figure::rate("discount", rates.discount)]),
        note(ComparisonNote::Indexation, vec![Figure::rate("indexation", rates.indexation)]),
        horizon,
        note(ComparisonNote::ContributionsCounted, vec![]),
        note(ComparisonNote::NotCounted, vec![]),
        note(ComparisonNote::FamilyDeath, vec![]),
        note(ComparisonNote::FamilyLumpSum, vec![]),
    ];
    if !req.dependants.is_empty() {
        assumptions.push(note(ComparisonNote::FamilyRelatives, vec![]));
    }
    if !matches!(req.continuation.scheme, ContinuedScheme::Voluntary { .. }) || rates.raise > Rate::ZERO {
        assumptions.push(note(ComparisonNote::ContinuationRaise, vec![Figure::rate("raise", rates.raise)]));
    }
    if provisional {
        assumptions.push(note(ComparisonNote::ProjectedTables, vec![Figure::rate("inflation", rates.inflation)]));
    }
    assumptions
}

/// `amount` of `to`'s year in đồng of `from`'s year, at `inflation` a year.
fn deflated(amount: Vnd, from: u16, to: u16, inflation: Rate) -> Vnd {
    let growth =
        (from..to).fold(Decimal::ONE, |g, _| (g * (Decimal::ONE + inflation.value())).round_dp(FACTOR_DECIMALS));
    half_up(amount.amount() / growth)
}

/// The months the continuation adds through `last_paid`, a period per calendar year, and what the worker pays
/// each month from the request month on: the employee's share, or the voluntary contribution less the
/// State's support, whose count goes on from the history's.
fn continue_paying(
    c: &Continuation,
    raise: Rate,
    last_paid: Month,
    history: &History,
    frame: &Frame,
    lookup: &mut Lookup,
) -> Result<(Vec<Stretch>, Vec<i128>)> {
    let mut added = Vec::new();
    let mut paid = vec![0i128; frame.months];
    let (mut support, _) = support_received(history, lookup)?;
    let mut amounts = c.amounts(raise);
    let mut m = c.from;
    while m <= last_paid {
        let end = last_paid.min(Month::ym(m.year(), 12));
        let amount = amounts.in_year(m.year());
        added.push(c.stretch(m, end, amount).ok_or_else(|| Error::internal("continued period"))?);
        let cost = monthly_cost(c, amount, m, lookup)?;
        for k in Period::new(m, end, "continuation").map_err(|_| Error::internal("continued period"))?.iter() {
            let mut pays = cost;
            if let ContinuedScheme::Voluntary { group, .. } = c.scheme {
                pays = Vnd::ZERO.max(pays - support.next(k, group, lookup)?);
            }
            if let Some(slot) = paid.get_mut(k.index().saturating_sub(frame.start.index()) as usize) {
                *slot = pays.to_i128();
            }
        }
        m = month_after(end)?;
    }
    Ok((added, paid))
}

/// What the worker pays for one month of the continuation at `amount`, before any state support: the
/// employee's pension share of the capped salary, or 22 % of the voluntary income.
fn monthly_cost(c: &Continuation, amount: Vnd, m: Month, lookup: &mut Lookup) -> Result<Vnd> {
    Ok(match c.scheme {
        ContinuedScheme::Compulsory { .. } => {
            let reference = lookup.require(&data::REFERENCE_LEVEL, m)?.value;
            let cap = reference.multiple(lookup.require(&data::SOCIAL_INSURANCE_CAP_MULTIPLE, m)?.value);
            percent_of(amount.min(cap), lookup.require(&data::RETIREMENT_EMPLOYEE, m)?.value)
        }
        ContinuedScheme::Voluntary { .. } => percent_of(amount, lookup.require(&data::VOLUNTARY_RATE, m)?.value),
    })
}

/// The words of a path that may end in a pension, in the comparison's step: its clauses, and the names of
/// their figures.
struct PathWords {
    /// The figures naming the clauses of what the path ends in, and of its break-even.
    ending: &'static str,
    break_even: &'static str,
    /// Each clause, and the names of its two figures.
    pension: (ComparisonNote, &'static str, &'static str),
    lump_sum: (ComparisonNote, &'static str, &'static str),
    allowance: (ComparisonNote, &'static str, &'static str),
    /// The break-even age in whole years, and with months.
    at_age: (ComparisonNote, ComparisonNote, &'static str, &'static str),
}

const KEEP_WORDS: PathWords = PathWords {
    ending: "keep",
    break_even: "keepBreakEven",
    pension: (ComparisonNote::KeepPension, "keepMonthlyPension", "keepPensionStart"),
    lump_sum: (ComparisonNote::KeepLumpSum, "keepLumpSum", "keepLumpSumMonth"),
    allowance: (ComparisonNote::KeepAllowance, "keepAllowance", "keepAllowanceMonths"),
    at_age: (
        ComparisonNote::KeepBreakEven,
        ComparisonNote::KeepBreakEvenWithMonths,
        "keepBreakEvenYears",
        "keepBreakEvenMonths",
    ),
};

const CONTRIBUTE_WORDS: PathWords = PathWords {
    ending: "contribute",
    break_even: "contributeBreakEven",
    pension: (ComparisonNote::ContributePension, "contributeMonthlyPension", "contributePensionStart"),
    lump_sum: (ComparisonNote::ContributeLumpSum, "contributeLumpSum", "contributeLumpSumMonth"),
    allowance: (ComparisonNote::ContributeAllowance, "contributeAllowance", "contributeAllowanceMonths"),
    at_age: (
        ComparisonNote::ContributeBreakEven,
        ComparisonNote::ContributeBreakEvenWithMonths,
        "contributeBreakEvenYears",
        "contributeBreakEvenMonths",
    ),
};

impl PathWords {
    /// The clauses of what `p` ends in and of its break-even, added to `figures` with their own.
    fn describe(&self, p: &Scenario, figures: &mut Vec<Figure>) {
        let ending = match p.outcome {
            Outcome::Pension => p.monthly_pension.zip(p.pension_start).map(|(monthly, start)| {
                let (id, amount, month) = self.pension;
                (id, Figure::vnd(amount, monthly), Figure::month(month, start))
            }),
            Outcome::LumpSum => p.lump_sum.zip(p.lump_sum_month).map(|(lump_sum, at)| {
                let (id, amount, month) = self.lump_sum;
                (id, Figure::vnd(amount, lump_sum), Figure::month(month, at))
            }),
            Outcome::MonthlyAllowance => p.monthly_allowance.map(|x| {
                let (id, amount, months) = self.allowance;
                (id, Figure::vnd(amount, x.monthly), Figure::count(months, x.months))
            }),
            Outcome::None => None,
        };
        match ending {
            Some((id, amount, when)) => figures.extend([Figure::clauses(self.ending, [id]), amount, when]),
            None => figures.push(Figure::clauses(self.ending, [ComparisonNote::NothingPaid])),
        }
        let (whole, with_months, years, months) = self.at_age;
        match p.break_even.map(|b| b.age) {
            Some(age) => figures.extend([
                Figure::clauses(self.break_even, [if age.months == 0 { whole } else { with_months }]),
                Figure::count(years, u32::from(age.years)),
                Figure::count(months, u32::from(age.months)),
            ]),
            None => figures.push(Figure::clauses(self.break_even, Vec::<ComparisonNote>::new())),
        }
    }
}

/// The three paths side by side, to the horizon, in present value.
fn paths_step(
    withdraw: &Scenario,
    keep: &Scenario,
    contribute: &Scenario,
    horizon_years: Decimal,
    rates: Rates,
) -> Note {
    let mut figures = vec![
        Figure::number("horizonAge", one_decimal(horizon_years)),
        Figure::rate("discount", rates.discount),
        Figure::rate("indexation", rates.indexation),
        Figure::vnd("withdrawPresentValue", withdraw.totals.present_value),
        Figure::vnd("keepPresentValue", keep.totals.present_value),
        Figure::count("monthsContributed", contribute.months_contributed),
        Figure::vnd("contributionsPaid", contribute.contributions_paid),
        Figure::vnd("contributePresentValue", contribute.totals.present_value),
    ];
    // The withdrawal path ends in its lump sum, or in nothing.
    match withdraw.lump_sum.zip(withdraw.lump_sum_month) {
        Some((amount, at)) => figures.extend([
            Figure::clauses("withdraw", [ComparisonNote::WithdrawLumpSum]),
            Figure::vnd("withdrawLumpSum", amount),
            Figure::month("withdrawLumpSumMonth", at),
        ]),
        None => figures.push(Figure::clauses("withdraw", [ComparisonNote::NothingPaid])),
    }
    KEEP_WORDS.describe(keep, &mut figures);
    CONTRIBUTE_WORDS.describe(contribute, &mut figures);
    Note::new(ComparisonNote::Comparison, figures)
        .cite([Source::law("Luật BHXH 41/2024/QH15", "Điều 64, 66, 67, 70, 71, 23, 21"), LifeTable::SOURCE])
}
