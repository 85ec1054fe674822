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
use crate::core::history::{History, Ledger, MonthCounts, Scheme, Stretch};
use crate::core::input::{self, Raw};
use crate::core::law::Law;
use crate::core::money::{to_f64, Rate, Vnd, MAX_EXACT};
use crate::core::month::Month;
use crate::core::params::{beyond_calendar, data, Confidence, LifeTable, Lookup, Overrides, Param, Source};
use crate::core::pension::{
    assess, assumed_inflation, half_up, month_after, percent_of, Coefficients, Missing, Profile,
};
use crate::core::period::Period;
use crate::core::policy::{self, PolicyAllowances};
use crate::core::projection::{note_once, Continuation, ContinuedScheme, Tables};
use crate::core::retirement::{Age, Sex};
use crate::core::survivors::{self, Dependant, Estate};
use crate::core::withdrawal::{
    eligibility, eligibility_step, losses, monthly_allowance, raised, settle, support_received, table_for, Loss,
    MonthlyAllowance, Split, WithdrawalRequest,
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
    /// The relatives the worker declares, for the survivors' benefits.
    pub dependants: Vec<Dependant>,
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
            let lump = estate.lump_sum.to_i128().checked_mul(v).ok_or_else(too_large)?;
            let take_monthly = !chosen.is_empty() && monthly >= lump;
            let funeral_pv = funeral.checked_mul(v).ok_or_else(too_large)?;
            let year = funeral_pv.checked_add(if take_monthly { monthly } else { lump }).ok_or_else(too_large)?;
            let weighted = |x: i128| x.checked_mul(chance).ok_or_else(too_large);
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
        yearly.push(sum.checked_mul((a * v + SCALE / 2) / SCALE).ok_or_else(too_large)?);
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

fn family_step(withdraw: &Scenario, keep: &Scenario, contribute: &Scenario, relatives: usize) -> Step {
    let words = |p: &Scenario| {
        (
            format!(
                "{} (mai táng {}, tử tuất {})",
                vi(p.totals.family_value),
                vi(p.family.funeral),
                vi(p.family.survivors)
            ),
            format!(
                "{} (funeral {}, survivors {})",
                en(p.totals.family_value),
                en(p.family.funeral),
                en(p.family.survivors)
            ),
        )
    };
    let (w, k, c) = (words(withdraw), words(keep), words(contribute));
    Step {
        id: "familyValue",
        vi: format!(
            "Phần của gia đình khi người lao động qua đời ({relatives} thân nhân khai báo), giá trị kỳ vọng theo xác suất qua đời từng năm: rút một lần {}; bảo lưu {}; đóng tiếp {}.",
            w.0, k.0, c.0
        ),
        en: format!(
            "The family's part on the worker's death ({relatives} relatives declared), in expected value by the chance of dying each year: withdraw {}; keep the time {}; contribute {}.",
            w.1, k.1, c.1
        ),
        figures: Figures(vec![
            Figure::vnd("withdrawFamilyValue", withdraw.totals.family_value),
            Figure::vnd("keepFamilyValue", keep.totals.family_value),
            Figure::vnd("contributeFamilyValue", contribute.totals.family_value),
        ]),
        sources: vec![
            Source::law("Luật BHXH 41/2024/QH15", "Điều 85, 86, 87, 88, 89, 109, 110, 111"),
            Source::law("Nghị định 158/2025/NĐ-CP", "Điều 25"),
            LifeTable::SOURCE,
        ],
    }
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
    Error::new(
        ErrorCode::AmountTooLarge,
        "indexation",
        "«indexation»: các khoản tiền quá lớn để tính (kiểm tra tiền lương và các mức tăng giả định).",
        "“indexation”: the amounts are too large to compute (check the salaries and the assumed rates).",
    )
}

/// A sum in 10^-`scale` đồng, rounded half-up (away from zero) to the đồng; at most `MAX_EXACT` either way.
fn vnd(n: i128, scale: u32) -> Result<Vnd> {
    let unit = 10i128.pow(scale);
    let half = if n < 0 { -unit / 2 } else { unit / 2 };
    let whole = if scale == 0 { n } else { (n + half) / unit };
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

/// An assumed rate from the data when the input gives none, under the input's own bound (0–20 %), as the assumed
/// inflation is: an override may say up to 1,000 %, at which pensions raised year by year overflow.
fn assumed_rate(param: &'static Param<Rate>, month: Month, lookup: &mut Lookup) -> Result<Rate> {
    let rate = lookup.require(param, month)?.value;
    if rate.percent() > Decimal::from(MAX_RATE_PERCENT) {
        let field = format!("overrides.parameters.{}", param.id);
        return Err(Error::new(
            ErrorCode::OverrideInvalid,
            &field,
            format!("«{field}»: tỷ lệ giả định tối đa {MAX_RATE_PERCENT}% một năm."),
            format!("“{field}”: the assumed rate is at most {MAX_RATE_PERCENT}% a year."),
        ));
    }
    Ok(rate)
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
        None => assumed_rate(&data::COMPARISON_DISCOUNT_RATE, month, &mut lookup)?,
    };
    let indexation = match req.indexation {
        Some(r) => r,
        None => assumed_rate(&data::ASSUMED_PENSION_INDEXATION, month, &mut lookup)?,
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
    // The years are discounted as far as a relative may live.
    let last = req.dependants.iter().filter_map(|d| d.birth.plus(LAST_AGE_YEARS as i32 * 12)).max().unwrap_or(month);
    let frame = Frame::new(month, base.person.birth, horizon_month, base.person.sex, discount, last)?;
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
    let mut contribute_decision =
        at_age.plus(short as i32).ok_or_else(|| beyond_calendar(data::PENSION_MINIMUM_YEARS.id))?;
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
    let extended = base.history.followed_by(added.iter().copied());
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
        }
    }
    (withdraw.series, withdraw.totals) = frame.summarize(&withdraw_flows)?;

    // What each path leaves the family on the worker's death.
    let family = Family::new(&frame, &req.dependants, indexation, &mut lookup)?;
    let mut tables = Tables::new(&base.overrides, inflation);
    let split = Split::of(&base.history);
    for (path, later, months) in [
        (&mut withdraw, &[][..], ledger.months),
        (&mut keep, &[][..], ledger.months),
        (&mut contribute, &added[..], extended_ledger.months),
    ] {
        let (until, end) = end_of(path, months);
        let mut legacy = Legacy { until, ledger: ledger.clone(), split, later, next: 0, end, indexed: None };
        let (by_year, value) = family.value(&mut legacy, &mut tables, indexation, &mut lookup)?;
        with_family(path, &by_year, value)?;
    }
    provisional |= tables.projected();
    steps.add(|| family_step(&withdraw, &keep, &contribute, req.dependants.len()));

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
            "Chưa tính vào tiền của người lao động: BHYT do quỹ đóng cho người hưởng lương hưu (con đường hưởng lương hưu còn có lợi hơn số liệu cho thấy); trợ cấp mai táng và chế độ tử tuất được tính riêng là phần của gia đình («familyValue»).",
            "Not in the worker's own figures: the health insurance paid for a pensioner (the pension paths are worth more than they show); the funeral allowance and the survivors' benefits are valued apart, as the family's part (“familyValue”).",
        ),
        Warning::new(
            "familyDeath",
            "Phần của gia đình: với mỗi năm, xác suất người lao động qua đời trong năm đó (bảng sống Liên Hợp Quốc), coi như vào cuối năm, nhân với khoản BHXH trả cho gia đình khi đó, chiết khấu như tiền của người lao động: trợ cấp mai táng 10 lần mức tham chiếu (Luật 41/2024 Điều 85, 109) và trợ cấp tuất hằng tháng cho thân nhân đủ điều kiện (Điều 86–87) hoặc trợ cấp tuất một lần (Điều 88–89, 110). Mức tham chiếu được giả định tăng theo mức điều chỉnh lương hưu mỗi tháng 1. Thời gian đã rút một lần không còn chế độ tử tuất. Không tính: chết do tai nạn lao động, bệnh nghề nghiệp; trợ cấp gấp đôi khi có hai người chết (Điều 87.2); hỗ trợ mai táng của trợ cấp hưu trí xã hội. Người chết trước 2025-07 cũng được tính theo Luật 41/2024.",
            "The family's part: for each year, the chance of the worker's death in it (UN life table), the death placed at its end, times what social insurance then pays the family, discounted like the worker's money: the funeral allowance of 10 × the reference level (Law 41/2024 Art 85, 109) and the monthly survivors' allowance for the relatives who qualify (Art 86–87), or the lump sum (Art 88–89, 110). The reference level is assumed to rise with pensions each January. Withdrawn time leaves no survivors' benefit. Not counted: deaths from an occupational accident or disease; the double allowance when two people have died (Art 87.2); the social pension's funeral support. A death before 2025-07 is valued under Law 41/2024 too.",
        ),
        Warning::new(
            "familyLumpSum",
            "Trợ cấp tuất một lần: khi đang đóng hoặc bảo lưu, 1,5 tháng bình quân cho mỗi năm trước 2014 và 2 tháng từ 2014, ít nhất 3 tháng, bình quân tính theo bảng hệ số của năm qua đời; chỉ đóng tự nguyện dưới 60 tháng: số tiền đã đóng (22% thu nhập đã điều chỉnh, không trừ hỗ trợ của Nhà nước: chưa xác minh); khi đang hưởng lương hưu, 48 tháng lương hưu, từ tháng thứ ba giảm 0,5 tháng mỗi tháng, ít nhất 3 tháng; khi đang hưởng trợ cấp hằng tháng (Điều 23), các tháng chưa nhận (Nghị định 158/2025 Điều 25). Thân nhân được hưởng trợ cấp hằng tháng có thể chọn trợ cấp một lần (Điều 88.2.c): tính khoản có giá trị hiện tại lớn hơn.",
            "The survivors' lump sum: contributing or keeping the time, 1.5 months of the average a year before 2014 and 2 from 2014, at least 3, on the average revalued with the death year's table; voluntary only, under 60 months: the money contributed (22% of the revalued incomes, the State's support not deducted: unverified); drawing a pension, 48 months of pension, 0.5 less each month from the third, at least 3; drawing the Art 23 allowance, the months not yet paid (Decree 158/2025 Art 25). Relatives who may take the monthly allowance may take the lump sum instead (Art 88.2.c): the one worth more in present value is counted.",
        ),
    ];
    if !req.dependants.is_empty() {
        assumptions.push(Warning::new(
            "familyRelatives",
            "Thân nhân đủ điều kiện được xác định tại lúc người lao động qua đời, theo những gì khai báo (có thu nhập hay trợ cấp khác, suy giảm khả năng lao động, có người nuôi dưỡng) và coi như không đổi: con đến hết tháng đủ 18 tuổi (chưa xác minh tháng này có được hưởng không), người khác suốt đời, mỗi năm nhân với xác suất còn sống của chính thân nhân (bảng sống; thân nhân không khai giới tính: vợ hoặc chồng khác giới với người lao động, người khác tính là nam); tối đa 4 người, theo thứ tự khai báo. Không tính thân nhân đủ tuổi sau khi người lao động qua đời.",
            "Relatives qualify at the death, on the facts declared (other support, 81% loss, a carer), taken to last: a child through the month of the 18th birthday (whether that month is paid is unverified), anyone else for life, each year weighted by the relative's own chance of being alive (life table; a relative whose sex is not given: a spouse the other sex than the worker, anyone else a man); at most 4, in the order given. A relative who comes of age after the death is not counted.",
        ));
    }
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
