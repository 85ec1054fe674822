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

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{en, en_rate, parameter_notes, vi, vi_rate, Explanation, Figure, Figures, Step, Warning};
use crate::core::history::{History, Ledger, Scheme, Stretch};
use crate::core::input::{self, Raw};
use crate::core::law::Law;
use crate::core::money::{to_f64, Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, Confidence, LifeTable, Lookup, Overrides, Source};
use crate::core::pension::{
    assess, assumed_inflation, half_up, month_after, percent_of, policy_note, Coefficients, Missing, Profile,
};
use crate::core::period::Period;
use crate::core::policy::{self, PolicyAllowances};
use crate::core::projection::{note_once, Continuation, ContinuedScheme};
use crate::core::retirement::{Age, Sex};
use crate::core::withdrawal::{
    eligibility, eligibility_step, losses, monthly_allowance, raised, settle, support_received, table_for, Loss,
    MonthlyAllowance, WithdrawalRequest,
};
use rust_decimal::Decimal;
use serde::Serialize;

/// The oldest age the expected values run to: the end of the generated life table.
const LAST_AGE_YEARS: u32 = 110;
/// The highest discount or indexation rate accepted, in percent a year.
const MAX_RATE_PERCENT: u32 = 20;
/// Discount factors and survival shares are kept to 12 decimals, as whole multiples of 10^-12: discounting
/// whole-đồng sums is then exact integer arithmetic.
const FACTOR_DECIMALS: u32 = 12;
const SCALE: i128 = 1_000_000_000_000;

/// The input, validated (see `CompareWithdrawalInput` in the `.d.ts`).
pub struct CompareRequest {
    pub base: WithdrawalRequest,
    pub continuation: Continuation,
    /// The horizon as an age in months; `None`: the life expectancy at the retirement age (or at today's age, if later).
    pub horizon: Option<u32>,
    pub discount: Option<Rate>,
    pub indexation: Option<Rate>,
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
        "continuation",
        "horizonAge",
        "discountRate",
        "indexation",
        "inflation",
        "today",
        "explain",
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
            base,
        })
    }
}

fn horizon_error() -> Error {
    Error::new(
        ErrorCode::HorizonInvalid,
        "horizonAge",
        format!(
            "«horizonAge»: tuổi cuối của phép so sánh phải sau tuổi bắt đầu hưởng lương hưu và tuổi hiện nay, tối đa {LAST_AGE_YEARS} tuổi."
        ),
        format!("“horizonAge”: the comparison must end after the age the pension starts and today's age, at {LAST_AGE_YEARS} at most."),
    )
}

/// Years with one decimal, without float formatting: 78,8 (`separator` ',') or 78.8.
fn years_text(years: Decimal, separator: char) -> String {
    let tenths = Vnd::round_half_up(years * Decimal::TEN).to_i128();
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// Without a `continuation`, the worker goes on as in the last period: the same salary or voluntary income.
fn default_continuation(history: &History, today: Month, overrides: &Overrides) -> Result<Continuation> {
    let last = history.stretches().iter().max_by_key(|s| s.period.to()).ok_or_else(|| Error::internal("history"))?;
    let from = month_after(history.last())?.max(today);
    let scheme = match last.scheme {
        Scheme::Employer(Some(salary)) => ContinuedScheme::Compulsory { salary },
        Scheme::Voluntary { income, group } => {
            ContinuedScheme::Voluntary { income, group: group.unwrap_or(crate::core::voluntary::SupportGroup::Other) }
        }
        // State-scale or unknown salaries: the poverty-line income of voluntary SI, the least a worker can pay.
        _ => {
            let mut lookup = Lookup::new(overrides);
            let income = lookup.require(&data::RURAL_POVERTY_LINE, from)?.value;
            ContinuedScheme::Voluntary { income, group: crate::core::voluntary::SupportGroup::Other }
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
    pub missing_months_paid: Option<crate::core::projection::LumpSum>,
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
    pub assumptions: Vec<Warning>,
    pub warnings: Vec<Warning>,
    pub steps: Vec<Step>,
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
            amount = (amount.saturating_mul(growth) + SCALE / 2) / SCALE;
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
    /// Months to the end of the horizon month.
    horizon_months: usize,
    birth: Month,
    /// Discount factor of each calendar year from the request year, 1 / (1 + d)^t, in 10^-12.
    discount: Vec<i128>,
    /// The discount factor times the chance of being alive in the middle of each calendar year, given alive in
    /// the request month (1 in the request year), in 10^-12.
    weight: Vec<i128>,
}

impl Frame {
    fn new(start: Month, birth: Month, horizon: Month, sex: Sex, discount_rate: Rate) -> Result<Frame> {
        let last = birth.plus(LAST_AGE_YEARS as i32 * 12).ok_or_else(|| Error::internal("life table end"))?;
        let months = (last.index() + 1).saturating_sub(start.index()) as usize;
        let horizon_months = (horizon.index() + 1).saturating_sub(start.index()) as usize;
        let years = usize::from(last.year() - start.year()) + 1;
        // v_{t+1} = v_t ÷ (1 + d), rounded half-up to 10^-12.
        let growth = SCALE + scaled(discount_rate);
        let mut discount = Vec::with_capacity(years);
        let mut factor = SCALE;
        for _ in 0..years {
            discount.push(factor);
            factor = (2 * factor * SCALE + growth) / (2 * growth);
        }
        let rows = data::LIFE_TABLE.rows(sex == Sex::Male);
        let survivors = |age: u32| LifeTable::survivors_twelfths(rows, age);
        let now = survivors(start.index().saturating_sub(birth.index()));
        let weight = discount
            .iter()
            .enumerate()
            .map(|(t, v)| {
                // The person is alive in the request year: its money counts in full.
                let mid_year = Month::ym(start.year() + t as u16, 7);
                let age = mid_year.index().max(start.index()).saturating_sub(birth.index());
                let alive = match t {
                    0 => SCALE,
                    _ if now == 0 => 0,
                    _ => ((2 * survivors(age) * SCALE + now) / (2 * now)).min(SCALE),
                };
                (alive * v + SCALE / 2) / SCALE
            })
            .collect();
        Ok(Frame { start, months, horizon_months, birth, discount, weight })
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
            expected =
                expected.checked_add(all.checked_mul(self.weight[t]).ok_or_else(too_large)?).ok_or_else(too_large)?;
            if t > last_year {
                continue;
            }
            cumulative += received - paid;
            received_total += received;
            paid_total += paid;
            present = present
                .checked_add((received - paid).checked_mul(self.discount[t]).ok_or_else(too_large)?)
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
            });
        }
        let totals = Totals {
            received: vnd(received_total, 0)?,
            paid: vnd(paid_total, 0)?,
            net: vnd(received_total - paid_total, 0)?,
            present_value: vnd(present, FACTOR_DECIMALS)?,
            expected_value: vnd(expected, FACTOR_DECIMALS)?,
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
            let after = ahead.saturating_add(year.saturating_mul(self.discount[t]));
            if end > first && after >= 0 {
                let mut running = 0i128;
                for k in i..end {
                    running += net(k);
                    if k >= first && ahead.saturating_add(running.saturating_mul(self.discount[t])) >= 0 {
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

fn too_large() -> Error {
    Error::new(
        ErrorCode::AmountTooLarge,
        "indexation",
        "«indexation»: các khoản tiền quá lớn để tính (kiểm tra tiền lương và các mức tăng giả định).",
        "“indexation”: the amounts are too large to compute (check the salaries and the assumed rates).",
    )
}

/// A sum in 10^-`scale` đồng, rounded half-up (away from zero) to the đồng.
fn vnd(n: i128, scale: u32) -> Result<Vnd> {
    let unit = 10i128.pow(scale);
    let half = if n < 0 { -unit / 2 } else { unit / 2 };
    let whole = if scale == 0 { n } else { (n + half) / unit };
    i64::try_from(whole).map(Vnd::dong).map_err(|_| too_large())
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
    notes: Vec<Warning>,
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

/// Where a path's retirement is settled, and how its explanation step is named.
struct Settling<'a> {
    frame: &'a Frame,
    indexation: Rate,
    overrides: &'a Overrides,
    /// The worker's payments before retirement, month by month.
    paid: &'a [i128],
    step: (&'static str, &'static str, &'static str),
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
    ) -> Result<(Option<Retirement>, crate::core::pension::Assessment, Coefficients)> {
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

    /// What `history`, summed in `ledger`, gives at `decision`.
    fn retire(
        &self,
        profile: &Profile,
        history: &History,
        ledger: &Ledger,
        decision: Month,
        lookup: &mut Lookup,
        steps: &mut Explanation,
    ) -> Result<(Retirement, bool)> {
        let (id, name_vi, name_en) = self.step;
        let (frame, indexation) = (self.frame, self.indexation);
        let (pension, a, table) = self.pension(profile, ledger, decision, lookup)?;
        let provisional = a.provisional;
        if let Some(r) = pension {
            steps.add(|| pension_step(&a, &r.path, self.step));
            return Ok((r, provisional));
        }
        let mut quiet = Explanation::new(false);
        let social_from = social_pension_month(profile, frame.start, lookup)?;
        let mut options: Vec<(Choice, Retirement)> = Vec::new();

        // a) The lump sum at the retirement age (Art 70.1.a), then the social pension.
        let s = settle(history, ledger, decision, None, &table, lookup, &mut quiet)?;
        let mut flows = self.flows();
        flows.once(frame.start, decision, s.amount);
        let mut path = empty_scenario();
        path.outcome = Outcome::LumpSum;
        path.lump_sum = Some(s.amount);
        path.lump_sum_month = Some(decision);
        path.social_pension_from = social_from;
        if let Some(m) = social_from {
            flows.social_pension(frame.start, m, indexation, lookup)?;
        }
        let choice =
            Choice { kind: "lumpSum", amount: s.amount, expected_value: frame.summarize(&flows)?.1.expected_value };
        options.push((choice, Retirement { path, flows, notes: Vec::new() }));

        // b) The monthly allowance until the social-pension age (Art 23), then the social pension.
        let index = Some((frame.start.year(), indexation));
        let allowance =
            monthly_allowance(&profile.person, s.average.value, a.years_counted, decision, index, lookup, &mut quiet)?;
        if let Some(x) = allowance {
            let mut flows = self.flows();
            flows.stream(frame.start, decision, Some(x.months), x.monthly, indexation);
            flows.social_pension(frame.start, x.social_pension_from, indexation, lookup)?;
            let mut path = empty_scenario();
            path.outcome = Outcome::MonthlyAllowance;
            path.monthly_allowance = Some(x);
            path.social_pension_from = Some(x.social_pension_from);
            let value = frame.summarize(&flows)?.1.expected_value;
            options.push((
                Choice { kind: "monthlyAllowance", amount: x.monthly, expected_value: value },
                Retirement { path, flows, notes: Vec::new() },
            ));
        }

        // c) Paying the missing months at once (at most 60, Decree 159/2025 Art 7), then the pension from the
        // month after. The months are voluntary, on the poverty-line income, revalued at 1.00 (Decree 159/2025
        // Art 10.3): placed after the history, past the decision year, where every coefficient is 1.00.
        let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, decision)?.value;
        let missing = (minimum * 12).saturating_sub(a.months.total);
        let income = lookup.require(&data::RURAL_POVERTY_LINE, decision)?.value;
        let fill = match missing {
            0 => None,
            n => crate::core::projection::missing_period_lump_sum(income, n, decision, lookup)?.filter(|l| l.allowed),
        };
        if let Some(l) = fill {
            let first = month_after(history.last())?.max(decision);
            let last = first.plus(missing as i32 - 1).ok_or_else(|| Error::internal("missing months"))?;
            let period = Period::new(first, last, "history").map_err(|_| Error::internal("missing months"))?;
            let filled = history.followed_by([Stretch { period, scheme: Scheme::Voluntary { income, group: None } }]);
            // The pension starts the month after the payment (Law 41/2024 Art 101.3), whatever months they stand for.
            let start = month_after(decision)?;
            if let (Some(mut r), _, _) = self.pension(profile, &Ledger::new(&filled, lookup)?, start, lookup)? {
                if let Some(slot) = r.flows.paid.get_mut(decision.index().saturating_sub(frame.start.index()) as usize)
                {
                    *slot = slot.saturating_add(l.amount.to_i128());
                }
                let amount = l.amount;
                r.path.missing_months_paid = Some(l);
                let value = frame.summarize(&r.flows)?.1.expected_value;
                options.push((Choice { kind: "payMissingMonths", amount, expected_value: value }, r));
            }
        }

        // The choice worth most, by expected value.
        let best = options.iter().enumerate().max_by_key(|(_, (c, _))| c.expected_value).map_or(0, |(i, _)| i);
        let choices: Vec<Choice> = options.iter().map(|(c, _)| *c).collect();
        let (chosen, mut r) = options.swap_remove(best);
        r.path.choices = choices;
        steps.add(|| {
            let listed = |words: fn(&Choice) -> String, sep: &str| r.path.choices.iter().map(words).collect::<Vec<_>>().join(sep);
            Step {
                id,
                vi: format!(
                    "{name_vi}: tháng {decision} chưa đủ {minimum} năm hưởng lương hưu ({} tháng). Các lựa chọn (giá trị kỳ vọng): {}. Ở đây tính theo lựa chọn có giá trị cao nhất.",
                    a.months.total,
                    listed(|c| format!("{} {} ({})", choice_words(c.kind).0, vi(c.amount), vi(c.expected_value)), "; ")
                ),
                en: format!(
                    "{name_en}: in {decision} the {minimum} years of a pension are not reached ({} months). The choices (expected value): {}. Counted here: the one worth most.",
                    a.months.total,
                    listed(|c| format!("{} {} ({})", choice_words(c.kind).1, en(c.amount), en(c.expected_value)), "; ")
                ),
                figures: Figures(vec![Figure::vnd("chosenExpectedValue", chosen.expected_value)]),
                sources: vec![Source::law("Luật BHXH 41/2024/QH15; Nghị định 159/2025/NĐ-CP", "Điều 21, 23, 70.1.a, 98; Điều 7")],
            }
        });
        Ok((r, provisional))
    }
}

/// A choice's words: (vi, en).
fn choice_words(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "lumpSum" => ("nhận một lần", "the lump sum of"),
        "monthlyAllowance" => ("trợ cấp hằng tháng", "a monthly allowance of"),
        _ => (
            "đóng một lần số tháng còn thiếu rồi hưởng lương hưu, chi phí",
            "paying the missing months at once, then a pension, costing",
        ),
    }
}

fn pension_step(
    a: &crate::core::pension::Assessment,
    path: &Scenario,
    (id, name_vi, name_en): (&'static str, &'static str, &'static str),
) -> Step {
    let rate = a.rate.map_or(Rate::ZERO, |r| r.rate);
    let monthly = path.monthly_pension.unwrap_or(Vnd::ZERO);
    let decision = a.decision;
    let (years_vi, years_en) = (a.years_counted.text(','), a.years_counted.text('.'));
    let allowance = path.retirement_allowance;
    Step {
        id,
        vi: format!(
            "{name_vi}: lương hưu từ tháng {decision}, {} tháng đóng tính {years_vi} năm; bình quân {} (bảng hệ số năm {}); tỷ lệ {} → {} mỗi tháng{}.",
            a.months.total, vi(a.average.value), a.average.table_year, vi_rate(rate), vi(monthly),
            allowance.map(|x| format!(", trợ cấp một lần {}", vi(x))).unwrap_or_default()
        ),
        en: format!(
            "{name_en}: a pension from {decision}, {} months counted as {years_en} years; average {} ({} coefficient table); rate {} → {} a month{}.",
            a.months.total, en(a.average.value), a.average.table_year, en_rate(rate), en(monthly),
            allowance.map(|x| format!(", a one-time allowance of {}", en(x))).unwrap_or_default()
        ),
        figures: Figures(vec![Figure::vnd("monthlyPension", monthly), Figure::rate("pensionRate", rate)]),
        sources: vec![a.law.cite(("Điều 54, 56, 58, 62", "Điều 64, 66, 68, 72"))],
    }
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
    let turns = birth.plus(age.value as i32 * 12 + 1).ok_or_else(|| Error::internal("social pension month"))?;
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
    let law = Law::in_force(month);
    let inflation = assumed_inflation(base.inflation, &mut lookup, month)?;
    let mut profile = Profile::new(base.person, base.policy, inflation, &mut lookup, base.explain)?;
    let mut steps = Explanation::new(base.explain);
    for step in std::mem::take(&mut profile.retirement.steps) {
        steps.add(|| step);
    }
    let discount = match req.discount {
        Some(r) => r,
        None => lookup.require(&data::COMPARISON_DISCOUNT_RATE, month)?.value,
    };
    let indexation = match req.indexation {
        Some(r) => r,
        None => lookup.require(&data::ASSUMED_PENSION_INDEXATION, month)?.value,
    };

    // The horizon, unless given: the age at retirement plus the life expectancy at that age.
    let retirement_age = profile.retirement.age.total_months();
    // Past the retirement age already, the life expectancy from today's age.
    let expectancy_from = retirement_age.max(base.person.age_in(month));
    let expectancy = LifeTable::expectancy(data::LIFE_TABLE.rows(base.person.sex == Sex::Male), expectancy_from);
    let expectancy_months = u32::try_from((expectancy * Decimal::from(12)).round().mantissa()).unwrap_or(0);
    let horizon_age = match req.horizon {
        Some(h) => h,
        None => (expectancy_from + expectancy_months).min(LAST_AGE_YEARS * 12),
    };
    // At least a month past the retirement age and past today's age; the life table ends at 110.
    let age_now = base.person.age_in(month);
    if horizon_age < retirement_age.max(age_now) + 1 || age_now >= LAST_AGE_YEARS * 12 {
        return Err(horizon_error());
    }
    let age_years = Decimal::from(horizon_age) / Decimal::from(12);
    let horizon_month =
        base.person.birth.plus(horizon_age as i32).ok_or_else(|| Error::internal("horizon month"))?.max(month);
    let frame = Frame::new(month, base.person.birth, horizon_month, base.person.sex, discount)?;
    let mut provisional = false;

    // 1. Withdraw: now if allowed, else at the first month allowed.
    let ledger = Ledger::new(&base.history, &mut lookup)?;
    let e = eligibility(&profile, &ledger, month, base.circumstance, &mut lookup)?;
    steps.add(|| eligibility_step(&e, month, ledger.months.total));
    let withdraw_month = if e.ground.is_some() { Some(month) } else { e.first_allowed };
    let social_from = social_pension_month(&profile, month, &mut lookup)?;
    let mut withdraw = empty_scenario();
    let mut withdraw_flows = Flows::new(frame.months);
    if let Some(w) = withdraw_month {
        let table = table_for(&base.overrides, w, inflation)?;
        provisional |= table.projected_from.is_some();
        let s = settle(&base.history, &ledger, w, base.circumstance, &table, &mut lookup, &mut steps)?;
        withdraw_flows.once(month, w, s.amount);
        withdraw.outcome = Outcome::LumpSum;
        withdraw.lump_sum = Some(s.amount);
        withdraw.lump_sum_month = Some(w);
    }
    if let Some(m) = social_from {
        withdraw_flows.social_pension(month, m, indexation, &mut lookup)?;
        withdraw.social_pension_from = Some(m);
    }
    withdraw.missing = if e.ground.is_some() { Vec::new() } else { e.missing };

    // 2. Keep the time: decided when the pension could start, or as early as a special policy lets it, if the
    // time gives a pension then.
    let start_age = profile.retirement.pension_start;
    let window = profile.retirement.policy.as_ref();
    let policy_start = window.map(|w| w.earliest_start.max(month)).filter(|at| window.is_some_and(|w| w.contains(*at)));
    profile.check_policy(policy_start.unwrap_or(month), &mut lookup)?;
    let pension_in = |history: &History, at: Month, lookup: &mut Lookup| -> Result<bool> {
        let table = table_for(&base.overrides, at, inflation)?;
        let a = assess(&profile, &Ledger::new(history, lookup)?, at, &table, lookup, &mut Explanation::new(false))?;
        Ok(a.route.is_some())
    };
    let keep_decision = match policy_start {
        Some(at) if pension_in(&base.history, at, &mut lookup)? => at,
        _ => start_age.max(month),
    };
    let nothing_paid = vec![0i128; frame.months];
    let keeping = Settling {
        frame: &frame,
        indexation,
        overrides: &base.overrides,
        paid: &nothing_paid,
        step: ("keepTime", "Bảo lưu thời gian đóng, không đóng tiếp", "Keep the time, pay no more"),
    };
    let (keep_retirement, p) =
        keeping.retire(&profile, &base.history, &ledger, keep_decision, &mut lookup, &mut steps)?;
    provisional |= p;

    // 3. Keep contributing until the pension can start, past the retirement age if the years fall short.
    let c = &req.continuation;
    let raise = c.raise_or(inflation);
    let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, start_age.max(c.from))?.value;
    let at_age = start_age.max(c.from);
    let added_by_age = at_age.index() - c.from.index();
    let short = (minimum * 12).saturating_sub(ledger.months.total + added_by_age);
    let mut contribute_decision = at_age.plus(short as i32).ok_or_else(|| Error::internal("contribution end"))?;
    let mut last_paid = contribute_decision.plus(-1).unwrap_or(contribute_decision);
    if let Some(until) = c.until {
        last_paid = last_paid.min(until);
        contribute_decision = contribute_decision.min(until.plus(1).unwrap_or(until)).max(at_age);
    }
    // Under a special policy: contributing until its first month, if the time then gives a pension.
    if let Some(at) = policy_start.map(|at| at.max(c.from)).filter(|at| window.is_some_and(|w| w.contains(*at))) {
        let last = at.plus(-1).ok_or_else(|| Error::internal("contribution end"))?;
        let last = c.until.map_or(last, |until| last.min(until));
        let (added, _) = continue_paying(c, raise, last, &base.history, &frame, &mut lookup)?;
        if pension_in(&base.history.followed_by(added), at, &mut lookup)? {
            (contribute_decision, last_paid) = (at, last);
        }
    }
    let (added, paid) = continue_paying(c, raise, last_paid, &base.history, &frame, &mut lookup)?;
    let extended = base.history.followed_by(added);
    let extended_ledger = Ledger::new(&extended, &mut lookup)?;
    let months_contributed = (last_paid.index() + 1).saturating_sub(c.from.index());
    let contributing = Settling {
        frame: &frame,
        indexation,
        overrides: &base.overrides,
        paid: &paid,
        step: ("keepContributing", "Đóng tiếp đến khi hưởng lương hưu", "Keep contributing until the pension"),
    };
    let (contribute_retirement, p) =
        contributing.retire(&profile, &extended, &extended_ledger, contribute_decision, &mut lookup, &mut steps)?;
    provisional |= p;

    // The series, break-even and the lump sum in months of pension.
    let finish = |r: Retirement, months: u32| -> Result<Scenario> {
        let mut path = r.path;
        (path.series, path.totals) = frame.summarize(&r.flows)?;
        path.months_contributed = months;
        path.contributions_paid = vnd(r.flows.paid.iter().sum(), 0)?;
        if let Some(start) = path.pension_start {
            let today = |v: Vnd, m: Month| deflated(v, month.year(), m.year(), inflation);
            path.monthly_pension_today = path.monthly_pension.map(|p| today(p, start));
            if withdraw_month.is_some() {
                path.break_even = frame.break_even(&r.flows, &withdraw_flows, start);
            }
            let lump_today = withdraw.lump_sum.zip(withdraw.lump_sum_month).map(|(l, m)| today(l, m));
            path.lump_sum_in_pension_months = lump_today
                .zip(path.monthly_pension_today)
                .filter(|(_, p)| *p > Vnd::ZERO)
                .map(|(l, p)| to_f64((l.amount() / p.amount()).round_dp(1)));
        }
        Ok(path)
    };
    let mut notes = keep_retirement.notes.clone();
    note_once(&mut notes, contribute_retirement.notes.clone());
    let mut keep = finish(keep_retirement, 0)?;
    let mut contribute = finish(contribute_retirement, months_contributed)?;
    // A pension under a special policy: the allowances it pays of its own (State budget), beside the paths' money.
    if let (Some(p), Some(w)) = (&base.policy, window) {
        let paths = [(&mut keep, &base.history, &ledger), (&mut contribute, &extended, &extended_ledger)];
        for (path, history, summed) in paths {
            let Some(start) = path.pension_start.filter(|m| w.contains(*m)) else { continue };
            let compulsory = summed.months.compulsory;
            path.policy_allowances =
                policy::allowances(p, w, history, compulsory, start, &mut lookup, &mut Explanation::new(false))?;
            note_once(&mut notes, vec![policy_note(p.kind, &profile, w.months_early(start))]);
        }
    }
    (withdraw.series, withdraw.totals) = frame.summarize(&withdraw_flows)?;

    let losses = losses(ledger.months.total, month, &mut lookup)?;
    let household_rate = lookup.require(&data::HOUSEHOLD_HEALTH_INSURANCE_RATE, month)?;
    let reference = lookup.require(&data::REFERENCE_LEVEL, month)?;
    let household = percent_of(reference.value, household_rate.value);
    let horizon = Horizon {
        age: to_f64(age_years.round_dp(2)),
        month: horizon_month,
        life_expectancy: to_f64(expectancy),
        from_life_table: req.horizon.is_none(),
        life_table_year: data::LIFE_TABLE.year,
    };
    steps.add(|| paths_step(&withdraw, &keep, &contribute, age_years, discount, indexation));

    let mut assumptions = vec![
        Warning::new(
            "discountRate",
            format!("Tiền của các năm sau được quy về hiện tại với lãi suất chiết khấu {}/năm (khoản tiền một lần có thể sinh lời như vậy).", vi_rate(discount)),
            format!("Money of later years is discounted to today at {} a year (what the lump sum could earn).", en_rate(discount)),
        ),
        Warning::new(
            "indexation",
            format!("Lương hưu, trợ cấp hằng tháng và trợ cấp hưu trí xã hội được giả định tăng {} mỗi năm từ tháng 1.", vi_rate(indexation)),
            format!("Pensions, the monthly allowance and the social pension are assumed to rise by {} a year, each January.", en_rate(indexation)),
        ),
        Warning::new(
            "horizon",
            if horizon.from_life_table {
                format!("Chuỗi tiền tính đến {} tuổi: tuổi nghỉ hưu cộng tuổi thọ còn lại {} năm (bảng sống Liên Hợp Quốc {}). Giá trị kỳ vọng tính theo xác suất còn sống từng năm đến {LAST_AGE_YEARS} tuổi.", years_text(age_years, ','), years_text(expectancy, ','), horizon.life_table_year)
            } else {
                format!("Chuỗi tiền tính đến {} tuổi (do người dùng chọn). Giá trị kỳ vọng tính theo xác suất còn sống từng năm đến {LAST_AGE_YEARS} tuổi (bảng sống Liên Hợp Quốc {}).", years_text(age_years, ','), horizon.life_table_year)
            },
            if horizon.from_life_table {
                format!("The series run to age {}: the retirement age plus a remaining life expectancy of {} years (UN life table {}). Expected values weigh each year by the chance of being alive, to age {LAST_AGE_YEARS}.", years_text(age_years, '.'), years_text(expectancy, '.'), horizon.life_table_year)
            } else {
                format!("The series run to age {} (chosen). Expected values weigh each year by the chance of being alive, to age {LAST_AGE_YEARS} (UN life table {}).", years_text(age_years, '.'), horizon.life_table_year)
            },
        ),
        Warning::new(
            "contributionsCounted",
            "Khoản đóng tính là phần người lao động tự trả: 8% quỹ hưu trí khi đóng bắt buộc (không tính BHYT, BHTN), hoặc mức đóng tự nguyện sau hỗ trợ.",
            "Contributions counted are what the worker pays: the 8% pension share when compulsory (not health or unemployment insurance), or the voluntary contribution after support.",
        ),
        Warning::new(
            "notCounted",
            "Chưa tính vào chuỗi tiền: BHYT do quỹ đóng cho người hưởng lương hưu, trợ cấp mai táng và chế độ tử tuất; con đường hưởng lương hưu còn có lợi hơn số liệu cho thấy.",
            "Not in the series: the health insurance paid for a pensioner, the funeral allowance and survivor benefits; the pension paths are worth more than the figures show.",
        ),
    ];
    if !matches!(c.scheme, ContinuedScheme::Voluntary { .. }) || raise > Rate::ZERO {
        assumptions.push(Warning::new(
            "assumedRaise",
            format!("Tiền lương, thu nhập đóng tiếp được giả định tăng {} mỗi năm từ tháng 1.", vi_rate(raise)),
            format!(
                "The salary or income contributed on is assumed to rise by {} a year, each January.",
                en_rate(raise)
            ),
        ));
    }
    if provisional {
        assumptions.push(Warning::new(
            "projectedCoefficients",
            format!("Các năm chưa có bảng hệ số điều chỉnh dùng bảng mới nhất tăng thêm lạm phát giả định {}/năm: kết quả chỉ là ước tính.", vi_rate(inflation)),
            format!("Years without a published coefficient table carry the latest one forward at an assumed inflation of {} a year: the result is provisional.", en_rate(inflation)),
        ));
    }
    assumptions.extend(notes);
    let mut used = lookup.into_used();
    used.retain(|u| {
        let assumption =
            [data::ASSUMED_INFLATION.id, data::COMPARISON_DISCOUNT_RATE.id, data::ASSUMED_PENSION_INDEXATION.id];
        !assumption.contains(&u.id) || u.source.confidence == Confidence::Override
    });
    let (warnings, overridden) = parameter_notes(&used);
    Ok(Comparison {
        law,
        request_month: month,
        withdraw,
        keep,
        contribute,
        horizon,
        discount_rate: discount,
        indexation,
        raise,
        household_health_insurance: household,
        losses,
        provisional,
        assumptions,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
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

fn paths_step(
    withdraw: &Scenario,
    keep: &Scenario,
    contribute: &Scenario,
    horizon_years: Decimal,
    discount: Rate,
    indexation: Rate,
) -> Step {
    let describe = |p: &Scenario| -> (String, String) {
        match p.outcome {
            Outcome::Pension => (
                format!(
                    "lương hưu {} mỗi tháng từ tháng {}",
                    p.monthly_pension.map(vi).unwrap_or_default(),
                    p.pension_start.map(|m| m.to_string()).unwrap_or_default()
                ),
                format!(
                    "a pension of {} a month from {}",
                    p.monthly_pension.map(|v| en(v).to_string()).unwrap_or_default(),
                    p.pension_start.map(|m| m.to_string()).unwrap_or_default()
                ),
            ),
            Outcome::LumpSum => (
                format!(
                    "nhận một lần {} tháng {}",
                    p.lump_sum.map(vi).unwrap_or_default(),
                    p.lump_sum_month.map(|m| m.to_string()).unwrap_or_default()
                ),
                format!(
                    "a lump sum of {} in {}",
                    p.lump_sum.map(|v| en(v).to_string()).unwrap_or_default(),
                    p.lump_sum_month.map(|m| m.to_string()).unwrap_or_default()
                ),
            ),
            Outcome::MonthlyAllowance => {
                let x = p.monthly_allowance;
                (
                    format!(
                        "trợ cấp hằng tháng {} trong {} tháng",
                        x.map(|x| vi(x.monthly)).unwrap_or_default(),
                        x.map_or(0, |x| x.months)
                    ),
                    format!(
                        "a monthly allowance of {} for {} months",
                        x.map(|x| en(x.monthly).to_string()).unwrap_or_default(),
                        x.map_or(0, |x| x.months)
                    ),
                )
            }
            Outcome::None => ("không có khoản nào".into(), "nothing".into()),
        }
    };
    let (w_vi, w_en) = describe(withdraw);
    let (k_vi, k_en) = describe(keep);
    let (c_vi, c_en) = describe(contribute);
    let break_even_vi = |p: &Scenario| {
        p.break_even.map(|b| format!(" (vượt khoản rút một lần khi {})", b.age.vi())).unwrap_or_default()
    };
    let break_even_en = |p: &Scenario| {
        p.break_even.map(|b| format!(" (overtakes the lump sum at {} of age)", b.age.en())).unwrap_or_default()
    };
    Step {
        id: "comparison",
        vi: format!(
            "Đến {} tuổi, giá trị hiện tại (chiết khấu {}/năm, lương hưu tăng {}/năm): rút một lần: {w_vi}, {}; bảo lưu: {k_vi}, {}{}; đóng tiếp {} tháng (trả {}): {c_vi}, {}{}.",
            years_text(horizon_years, ','), vi_rate(discount), vi_rate(indexation),
            vi(withdraw.totals.present_value), vi(keep.totals.present_value), break_even_vi(keep),
            contribute.months_contributed, vi(contribute.contributions_paid), vi(contribute.totals.present_value), break_even_vi(contribute)
        ),
        en: format!(
            "To age {}, in present value (discount {} a year, pensions raised {} a year): withdraw: {w_en}, {}; keep the time: {k_en}, {}{}; contribute {} more months (paying {}): {c_en}, {}{}.",
            years_text(horizon_years, '.'), en_rate(discount), en_rate(indexation),
            en(withdraw.totals.present_value), en(keep.totals.present_value), break_even_en(keep),
            contribute.months_contributed, en(contribute.contributions_paid), en(contribute.totals.present_value), break_even_en(contribute)
        ),
        figures: Figures(vec![
            Figure::vnd("withdrawPresentValue", withdraw.totals.present_value),
            Figure::vnd("keepPresentValue", keep.totals.present_value),
            Figure::vnd("contributePresentValue", contribute.totals.present_value),
        ]),
        sources: vec![
            Source::law("Luật BHXH 41/2024/QH15", "Điều 64, 66, 67, 70, 71, 23, 21"),
            LifeTable::SOURCE,
        ],
    }
}
