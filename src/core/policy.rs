//! Early retirement under the special policies of the State's restructuring (nghỉ hưu trước tuổi theo chính sách
//! đặc thù): Decree 178/2024 as amended by Decree 67/2025 (restructuring of the political system's apparatus),
//! Decree 154/2025 (staff streamlining) and Decree 177/2024 (cadres not re-elected or re-appointed). Law 41/2024
//! Art 64.3 lets the Government set such cases. Each lets a covered person take the Art 66.1 pension before the
//! normal age without the Art 66.3 reduction, and pays allowances of its own from the State budget: multiples of
//! the current salary (tiền lương hiện hưởng), which are not social insurance. Who is covered (the person's post,
//! the competent decision, the restructuring) is for the worker to assert; the engine does not check it.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Explanation, Figure, Note, Source};
use crate::core::history::{History, Scheme, Years};
use crate::core::input::{self, Fields};
use crate::core::money::{Rate, Vnd, MAX_EXACT};
use crate::core::month::Month;
use crate::core::params::{data, Dated, Lookup, Param, Value};
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;

notes! {
    /// What a special policy says: its names, when a pension under it is not reduced, its allowances and what they
    /// rest on, its errors.
    pub enum PolicyNote {
        /// The policies, as `{policy:notes}` names them.
        PolicyDecree178,
        PolicyDecree154,
        PolicyDecree177,
        PolicyUnnamed,
        /// A pension `monthsEarly` months early under the `policy` named: not reduced.
        NoReductionUnderPolicy,
        /// A pension `monthsEarly` months early under a policy given only as `noReduction` (at most
        /// `maxMonthsEarly`): not reduced, no allowance.
        PolicyNotNamed,
        /// A pension `monthsEarly` months early under the `policy` named: the worker asserts being covered.
        PolicyAsserted,
        /// The allowances of the `policy` on the `currentSalary` (`estimated` names the clause that says it was
        /// estimated); `monthsEarly` as `yearsEarly`, `serviceYears`; each item in months of salary (`…Salaries`)
        /// and in đồng (`…Allowance`); the `total`. One note for each set of items the policy pays.
        PolicyAllowancesAll,
        PolicyAllowancesEarlyMonths,
        PolicyAllowancesYears,
        PolicyAllowancesNone,
        /// The clause of a current salary the worker did not give.
        CurrentSalaryEstimatedClause,
        /// The allowances are the State budget's, not social insurance.
        NotSocialInsurance,
        /// The current salary estimated from state-scale `coefficient`s × the `reference` level × (1 + the
        /// `publicService` allowance) = `salary`.
        CurrentSalaryFromCoefficients,
        /// The current salary taken as the last period's `salary`.
        CurrentSalaryFromLastSalary,
        /// Decree 178's months-early allowance, with no restructuring month: in full, as if leaving within
        /// `fullRateMonths` of the decision.
        RestructuringMonthAssumed,
        /// Leaving within `fullRateMonths` of the restructuring decision: in full.
        LeftWithinFullRateMonths,
        /// Leaving after them: `laterRate` of it.
        LeftAfterFullRateMonths,
        /// The ½ / 1-year rounding of the months early and the years of SI.
        HalfYearRounding,
        /// Under `minMonths` months early: the unreduced pension only.
        UnderTwoYearsEarly,
        /// The same, with Decree 178's months-early allowance.
        UnderTwoYearsEarlyWithMonthsAllowance,
        /// Decree 178 only for decisions by 2025-08-31.
        Decree178Decision,
        /// Decree 154's readings taken from Decrees 178 and 177.
        Decree154Readings,
        /// `noReduction` given with `policy`.
        NoReductionWithPolicy,
        /// A pension from `decision`, before the `benchmarkStart` of the person's age, in a month the `policy`
        /// does not take: it takes pensions from `from` to `to`, or from `from` on, or in none; `successor` names
        /// the clause of the policy that replaced it.
        PolicyOpenBetween,
        PolicyOpenFrom,
        PolicyNeverOpen,
        /// Decree 178's successor for the restructuring's early leavers: Decree 154.
        Decree178Successor,
        /// A restructuring decision after the last month worked, `leaving`.
        RestructuringAfterLeaving,
        /// No current salary given, and none to estimate.
        CurrentSalaryUnknown,
        /// Allowances past what a JS number holds exactly (a salary raised for decades, an override's rate).
        AllowancesTooLarge,
    }
}

/// The policy a worker retires under.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum PolicyKind {
    /// Nghị định 178/2024/NĐ-CP, sửa đổi bởi Nghị định 67/2025/NĐ-CP: restructuring of the apparatus. Closed to
    /// decisions after 2025-08-31.
    Decree178,
    /// Nghị định 154/2025/NĐ-CP: staff streamlining (tinh giản biên chế), 2025-06-16 to 2030-12-31.
    Decree154,
    /// Nghị định 177/2024/NĐ-CP: cadres not old enough to be re-elected or re-appointed.
    Decree177,
    /// A policy given only as `noReduction`, the field's older form: the rate is not reduced and the pension may
    /// start up to Decree 154/2025's limit early; no allowance is computed.
    Unspecified,
}

impl PolicyKind {
    /// The kinds a caller names in `policy.kind`.
    pub const NAMES: [(&'static str, PolicyKind); 3] = [
        ("decree178", PolicyKind::Decree178),
        ("decree154", PolicyKind::Decree154),
        ("decree177", PolicyKind::Decree177),
    ];

    /// The figure `name` that names the policy in a note's words.
    pub fn named(self, name: &'static str) -> Figure {
        Figure::note(
            name,
            match self {
                PolicyKind::Decree178 => PolicyNote::PolicyDecree178,
                PolicyKind::Decree154 => PolicyNote::PolicyDecree154,
                PolicyKind::Decree177 => PolicyNote::PolicyDecree177,
                PolicyKind::Unspecified => PolicyNote::PolicyUnnamed,
            },
        )
    }

    /// The figures of the policy.
    fn rules(self) -> Rules {
        const FROM_178: &str = "Nghị định 178/2024/NĐ-CP, sửa đổi bởi Nghị định 67/2025/NĐ-CP";
        match self {
            PolicyKind::Decree178 => Rules {
                open: Some(&data::DECREE178_OPEN),
                max_months_early: &data::DECREE178_MAX_MONTHS_EARLY,
                max_months_early_appendix_ii: Some(&data::DECREE178_MAX_MONTHS_EARLY_HARDSHIP),
                allowances: Some(Schedule {
                    min_months: Some(&data::DECREE178_YEARS_EARLY_MIN_MONTHS),
                    per_year_early: &data::DECREE178_YEARS_EARLY_ALLOWANCE,
                    service: &data::DECREE178_SERVICE_ALLOWANCE,
                    service_base_years: &data::DECREE178_SERVICE_BASE_YEARS,
                    service_per_year: &data::DECREE178_SERVICE_PER_YEAR,
                }),
                source: Source::secondhand(FROM_178, "Điều 7 (không bị trừ tỷ lệ lương hưu do nghỉ hưu trước tuổi)"),
            },
            PolicyKind::Decree154 => Rules {
                open: Some(&data::DECREE154_OPEN),
                max_months_early: &data::DECREE154_MAX_MONTHS_EARLY,
                max_months_early_appendix_ii: None,
                allowances: Some(Schedule {
                    min_months: Some(&data::DECREE154_YEARS_EARLY_MIN_MONTHS),
                    per_year_early: &data::DECREE154_YEARS_EARLY_ALLOWANCE,
                    service: &data::DECREE154_SERVICE_ALLOWANCE,
                    service_base_years: &data::DECREE154_SERVICE_BASE_YEARS,
                    service_per_year: &data::DECREE154_SERVICE_PER_YEAR,
                }),
                source: Source::secondhand(
                    "Nghị định 154/2025/NĐ-CP",
                    "Chính sách nghỉ hưu trước tuổi (không bị trừ tỷ lệ lương hưu do việc nghỉ hưu trước tuổi)",
                ),
            },
            PolicyKind::Decree177 => Rules {
                open: Some(&data::DECREE177_OPEN),
                max_months_early: &data::DECREE177_MAX_MONTHS_EARLY,
                max_months_early_appendix_ii: None,
                allowances: Some(Schedule {
                    min_months: None,
                    per_year_early: &data::DECREE177_YEARS_EARLY_ALLOWANCE,
                    service: &data::DECREE177_SERVICE_ALLOWANCE,
                    service_base_years: &data::DECREE177_SERVICE_BASE_YEARS,
                    service_per_year: &data::DECREE177_SERVICE_PER_YEAR,
                }),
                source: Source::secondhand("Nghị định 177/2024/NĐ-CP", "Điều 3.2.a"),
            },
            PolicyKind::Unspecified => Rules {
                open: None,
                max_months_early: &data::DECREE154_MAX_MONTHS_EARLY,
                max_months_early_appendix_ii: None,
                allowances: None,
                source: Source::law("Luật BHXH 41/2024/QH15", "Điều 64.3"),
            },
        }
    }
}

/// A policy's figures: when it takes pensions, how early, and its allowances.
struct Rules {
    /// 1 while the policy takes pensions starting that month; `None`: always.
    open: Option<&'static Param<u32>>,
    /// Against Decree 135/2020 Appendix I.
    max_months_early: &'static Param<u32>,
    /// Against Appendix II (15 years of heavy or hazardous work), where the policy sets another limit.
    max_months_early_appendix_ii: Option<&'static Param<u32>>,
    allowances: Option<Schedule>,
    /// The rule that the rate is not reduced.
    source: Source,
}

/// The allowances each policy pays for the years early and the years of compulsory SI.
struct Schedule {
    /// Fewer months early pay neither.
    min_months: Option<&'static Param<u32>>,
    per_year_early: &'static Param<Rate>,
    /// The first years of compulsory SI, and each year beyond them.
    service: &'static Param<Rate>,
    service_base_years: &'static Param<u32>,
    service_per_year: &'static Param<Rate>,
}

/// A special policy, as the worker gives it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Policy {
    pub kind: PolicyKind,
    /// Decree 178: the month the restructuring decision took effect, which starts its 12-month clock.
    pub restructuring: Option<Month>,
    /// Tiền lương hiện hưởng, if the worker gives it.
    pub current_salary: Option<Vnd>,
}

impl Policy {
    /// Reads `policy`, or the older `noReduction: true` (a policy not named), from an input.
    pub fn read(f: &Fields) -> Result<Option<Policy>> {
        let no_reduction = f.flag("noReduction")?;
        let Some(p) = f.object("policy")? else {
            let unnamed = Policy { kind: PolicyKind::Unspecified, restructuring: None, current_salary: None };
            return Ok(no_reduction.then_some(unnamed));
        };
        if no_reduction {
            return Err(Error::of(ErrorCode::InputConflict, "noReduction", PolicyNote::NoReductionWithPolicy, vec![]));
        }
        let kind = p.choice("kind", &PolicyKind::NAMES)?;
        p.only(match kind {
            PolicyKind::Decree178 => &["kind", "restructuringMonth", "currentSalary"],
            _ => &["kind", "currentSalary"],
        })?;
        let restructuring = match p.get("restructuringMonth") {
            None => None,
            Some(_) => Some(input::month_in_range(p.text("restructuringMonth")?, &p.path("restructuringMonth"))?),
        };
        let current_salary = match p.get("currentSalary") {
            None => None,
            Some(_) => Some(p.at("currentSalary", |at| input::amount(p.number("currentSalary")?, at))?),
        };
        Ok(Some(Policy { kind, restructuring, current_salary }))
    }
}

/// When a pension may start under a policy, for one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PolicyWindow {
    pub kind: PolicyKind,
    /// What the months early are counted against: the person's normal age by birth month (Decree 135/2020
    /// Appendix I), or with 15 years of heavy or hazardous work (`hardship`) the lower age of Appendix II.
    #[cfg_attr(feature = "wasm", tsify(type = "\"appendixI\" | \"appendixII\""))]
    pub benchmark: &'static str,
    /// The first month of a pension at that age.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub benchmark_start: Month,
    pub max_months_early: u32,
    /// The first month a pension may start under the policy: the benchmark less the months allowed, and not
    /// before the policy took effect.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub earliest_start: Month,
    /// The last: the month before the benchmark, or the last month the policy takes (Decree 178: 2026-01).
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub latest_start: Month,
    pub sources: Vec<Source>,
}

impl PolicyWindow {
    pub fn contains(&self, decision: Month) -> bool {
        self.earliest_start <= decision && decision <= self.latest_start
    }

    /// Months from the first month of a pension to the benchmark's.
    pub fn months_early(&self, decision: Month) -> u32 {
        self.benchmark_start.index().saturating_sub(decision.index())
    }
}

/// The age a policy's months early are counted against, and the first month of a pension at it: Appendix I by
/// birth month, or for a person with 15 years of heavy or hazardous work (`hardship`) Appendix II (Decree 178 Art
/// 7.1, 7.2.c; Decree 154's first group).
pub fn benchmark(hardship: bool, normal_start: Month, lower_start: Month) -> (&'static str, Month) {
    if hardship {
        ("appendixII", lower_start)
    } else {
        ("appendixI", normal_start)
    }
}

/// The months a policy lets a person's pension start in, if any: from the benchmark less the months allowed to the
/// month before it, within the months the policy takes.
pub fn window(
    policy: &Policy,
    hardship: bool,
    normal_start: Month,
    lower_start: Month,
    lookup: &mut Lookup,
) -> Result<Option<PolicyWindow>> {
    let rules = policy.kind.rules();
    let (benchmark, benchmark_start) = benchmark(hardship, normal_start, lower_start);
    let Some(last) = benchmark_start.plus(-1) else { return Ok(None) };
    let limit = match (benchmark, rules.max_months_early_appendix_ii) {
        ("appendixII", Some(param)) => param,
        _ => rules.max_months_early,
    };
    let runs = match rules.open {
        Some(open) => lookup.runs(open, input::FIRST_MONTH, last),
        None => vec![(input::FIRST_MONTH, last, None)],
    };
    for (from, to, open) in runs {
        if rules.open.is_some() && open.is_none_or(|o| o.value == 0) {
            continue;
        }
        let max = figure(limit, to, lookup)?;
        let Some(earliest) = benchmark_start.plus(-(max.value as i32)).map(|m| m.max(from)) else { continue };
        if earliest <= to {
            return Ok(Some(PolicyWindow {
                kind: policy.kind,
                benchmark,
                benchmark_start,
                max_months_early: max.value,
                earliest_start: earliest,
                latest_start: to,
                sources: vec![rules.source, max.source],
            }));
        }
    }
    Ok(None)
}

/// A policy's figure in force in `month`; before the decree existed, its first value (a policy given only as
/// `noReduction` may concern an older decision).
fn figure<'a, T: Value>(param: &'static Param<T>, month: Month, lookup: &mut Lookup<'a>) -> Result<&'a Dated<T>> {
    match lookup.get(param, month) {
        Some(found) => Ok(found),
        None => lookup.require(param, param.values.first().map_or(month, |first| first.from)),
    }
}

/// Whether the policy takes a pension starting in `month`.
pub fn is_open(kind: PolicyKind, month: Month, lookup: &mut Lookup) -> bool {
    kind.rules().open.is_none_or(|open| lookup.get(open, month).is_some_and(|o| o.value != 0))
}

/// A pension asked for under a policy before the person's own age, in a month the policy does not take: an error
/// naming the months it does take.
pub fn check_open(kind: PolicyKind, benchmark_start: Month, decision: Month, lookup: &mut Lookup) -> Result<()> {
    if decision >= benchmark_start || is_open(kind, decision, lookup) {
        return Ok(());
    }
    let Some(open) = kind.rules().open else { return Ok(()) };
    let span = lookup
        .runs(open, input::FIRST_MONTH, input::LAST_MONTH)
        .into_iter()
        .find(|r| r.2.is_some_and(|o| o.value != 0));
    let mut figures = vec![kind.named("policy")];
    let detail = match span {
        Some((from, to, _)) if to < input::LAST_MONTH => {
            figures.extend([Figure::month("from", from), Figure::month("to", to)]);
            PolicyNote::PolicyOpenBetween
        }
        Some((from, _, _)) => {
            figures.push(Figure::month("from", from));
            PolicyNote::PolicyOpenFrom
        }
        None => PolicyNote::PolicyNeverOpen,
    };
    figures.extend([Figure::month("decision", decision), Figure::month("benchmarkStart", benchmark_start)]);
    figures.push(match kind {
        PolicyKind::Decree178 => Figure::note("successor", PolicyNote::Decree178Successor),
        _ => Figure::text("successor", ""),
    });
    Err(Error::of(ErrorCode::OptionNotInForce, "policy.kind", detail, figures))
}

/// The explanation step of a pension that starts early under a policy, with no reduction.
pub fn no_reduction_step(window: &PolicyWindow, months_early: u32) -> Note {
    let figures = vec![Figure::count("monthsEarly", months_early), window.kind.named("policy")];
    Note::new(PolicyNote::NoReductionUnderPolicy, figures).cite(window.sources.iter().copied())
}

/// What a pension taken early under a policy rests on, as the result states it: a policy named, which the worker
/// asserts covers them, or one given only as `noReduction`, whose allowances are not computed.
pub fn pension_note(window: &PolicyWindow, months_early: u32) -> Note {
    let months = Figure::count("monthsEarly", months_early);
    match window.kind {
        PolicyKind::Unspecified => Note::new(
            PolicyNote::PolicyNotNamed,
            vec![months, Figure::count("maxMonthsEarly", window.max_months_early)],
        ),
        kind => Note::new(PolicyNote::PolicyAsserted, vec![months, kind.named("policy")]),
    }
}

/// One allowance a policy pays.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PolicyAllowance {
    /// `earlyMonths` (Decree 178 Art 7.1: for the months retired early), `yearsEarly` (for each year early),
    /// `serviceYears` (for the years of compulsory SI).
    pub id: &'static str,
    /// Months of the current salary.
    #[serde(serialize_with = "crate::core::money::decimal_as_number")]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub months: Decimal,
    pub amount: Vnd,
    pub sources: Vec<Source>,
}

impl PolicyAllowance {
    /// `months` of `salary`, to the đồng half-up.
    fn new(id: &'static str, salary: Vnd, months: Decimal, sources: Vec<Source>) -> PolicyAllowance {
        let months = months.normalize();
        PolicyAllowance { id, months, amount: Vnd::round_half_up(salary.times(months)), sources }
    }

    /// Its months of salary and its amount, as the allowances' step names them (`earlyMonthsSalaries`, …).
    fn figures(&self) -> [Figure; 2] {
        let (months, amount) = match self.id {
            "earlyMonths" => ("earlyMonthsSalaries", "earlyMonthsAllowance"),
            "yearsEarly" => ("yearsEarlySalaries", "yearsEarlyAllowance"),
            _ => ("serviceYearsSalaries", "serviceYearsAllowance"),
        };
        [Figure::number(months, self.months), Figure::vnd(amount, self.amount)]
    }
}

/// What a policy pays of its own, from the State budget: not social insurance, and not part of the pension.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PolicyAllowances {
    pub kind: PolicyKind,
    /// Tiền lương hiện hưởng: the salary of the last month worked, with the allowances the policy counts.
    pub current_salary: Vnd,
    /// True when estimated from the history's last period (the worker did not give it).
    pub current_salary_estimated: bool,
    pub months_early: u32,
    /// The months early with the ½-year rule.
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_early: Years,
    /// Compulsory SI years with the ½-year rule.
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub service_years: Years,
    pub items: Vec<PolicyAllowance>,
    pub total: Vnd,
    pub assumptions: Vec<Note>,
}

/// The allowances of a named policy for a pension from `decision` within its window, with `compulsory_months` of
/// compulsory SI: `None` for a policy given only as `noReduction`, or a pension not early under it.
pub fn allowances(
    policy: &Policy,
    window: &PolicyWindow,
    history: &History,
    compulsory_months: u32,
    decision: Month,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Option<PolicyAllowances>> {
    let Some(schedule) = policy.kind.rules().allowances else { return Ok(None) };
    let months_early = window.months_early(decision);
    if !window.contains(decision) || months_early == 0 {
        return Ok(None);
    }
    let leaving = decision.plus(-1).ok_or_else(|| Error::internal("last month worked"))?;
    let mut assumptions = vec![Note::new(PolicyNote::NotSocialInsurance, vec![policy.kind.named("policy")])];
    let (salary, estimated) = match policy.current_salary {
        Some(s) => (s, false),
        None => {
            let (s, note) = estimated_salary(history, leaving, lookup)?;
            assumptions.push(note);
            (s, true)
        }
    };
    let years_early = Years::counted(months_early);
    let service_years = Years::counted(compulsory_months);
    let mut items = Vec::new();
    let first_band = match policy.kind {
        PolicyKind::Decree178 => {
            let (item, band, note) = months_early_allowance(policy, months_early, leaving, salary, decision, lookup)?;
            items.push(item);
            assumptions.push(note);
            Some(band)
        }
        _ => None,
    };
    let min_months = match schedule.min_months {
        Some(param) => lookup.require(param, decision)?.value,
        None => 0,
    };
    if months_early >= min_months {
        let per_year = match first_band {
            Some(band) if months_early > band => &data::DECREE178_YEARS_EARLY_ALLOWANCE_OVER_FIVE_YEARS,
            _ => schedule.per_year_early,
        };
        items.push(years_early_allowance(per_year, years_early, salary, decision, lookup)?);
        items.push(service_allowance(&schedule, service_years, salary, decision, lookup)?);
        assumptions.push(Note::new(PolicyNote::HalfYearRounding, vec![]));
    } else {
        let id = match first_band {
            Some(_) => PolicyNote::UnderTwoYearsEarlyWithMonthsAllowance,
            None => PolicyNote::UnderTwoYearsEarly,
        };
        assumptions.push(Note::new(id, vec![Figure::count("minMonths", min_months)]));
    }
    match policy.kind {
        PolicyKind::Decree178 => assumptions.push(Note::new(PolicyNote::Decree178Decision, vec![])),
        PolicyKind::Decree154 => assumptions.push(Note::new(PolicyNote::Decree154Readings, vec![])),
        _ => {}
    }
    let total = items.iter().fold(Vnd::ZERO, |sum, i| sum + i.amount);
    // The items are each below their total. A current salary raised for decades at an assumed 20 % a year, or an
    // override's rate of 1,000 %, can take it past what a JS number holds exactly.
    if total.to_i64() > MAX_EXACT {
        let figures = vec![Figure::text("field", "policy")];
        return Err(Error::of(ErrorCode::AmountTooLarge, "policy", PolicyNote::AllowancesTooLarge, figures));
    }
    let allowances = PolicyAllowances {
        kind: policy.kind,
        current_salary: salary,
        current_salary_estimated: estimated,
        months_early,
        years_early,
        service_years,
        items,
        total,
        assumptions,
    };
    steps.add(|| allowances_step(&allowances));
    Ok(Some(allowances))
}

/// Decree 178 Art 7.1: a month's salary for each month early, up to 5 years; more than 5 years, 90 % of it for 60
/// months; half as much for leaving from the 13th month after the restructuring decision. With the first band's
/// months (those paid month by month) and what the rate rests on.
fn months_early_allowance(
    policy: &Policy,
    months_early: u32,
    leaving: Month,
    salary: Vnd,
    decision: Month,
    lookup: &mut Lookup,
) -> Result<(PolicyAllowance, u32, Note)> {
    let band = lookup.require(&data::DECREE178_FIRST_BAND_MONTHS, decision)?;
    let (rate, counted) = if months_early <= band.value {
        (lookup.require(&data::DECREE178_EARLY_MONTHS_ALLOWANCE, decision)?, months_early)
    } else {
        (lookup.require(&data::DECREE178_EARLY_MONTHS_ALLOWANCE_OVER_FIVE_YEARS, decision)?, band.value)
    };
    let full_months = lookup.require(&data::DECREE178_FULL_RATE_MONTHS, decision)?;
    let later = lookup.require(&data::DECREE178_LATER_RATE, decision)?;
    let full = match policy.restructuring {
        Some(r) if r > leaving => {
            let figures = vec![Figure::month("leaving", leaving)];
            let field = "policy.restructuringMonth";
            return Err(Error::of(ErrorCode::MonthOrder, field, PolicyNote::RestructuringAfterLeaving, figures));
        }
        Some(r) => leaving.index() - r.index() < full_months.value,
        None => true,
    };
    let note = match (policy.restructuring, full) {
        (None, _) => PolicyNote::RestructuringMonthAssumed,
        (Some(_), true) => PolicyNote::LeftWithinFullRateMonths,
        (Some(_), false) => PolicyNote::LeftAfterFullRateMonths,
    };
    let note = Note::new(
        note,
        vec![Figure::count("fullRateMonths", full_months.value), Figure::rate("laterRate", later.value)],
    );
    let share = if full { Decimal::ONE } else { later.value.value() };
    let months = Decimal::from(counted) * rate.value.value() * share;
    let sources = vec![rate.source, full_months.source, later.source];
    Ok((PolicyAllowance::new("earlyMonths", salary, months, sources), band.value, note))
}

/// Decree 178 Art 7.2.a, Decree 154, Decree 177 Art 3.2.b: months of salary for each year early.
fn years_early_allowance(
    per_year: &'static Param<Rate>,
    years_early: Years,
    salary: Vnd,
    decision: Month,
    lookup: &mut Lookup,
) -> Result<PolicyAllowance> {
    let per_year = lookup.require(per_year, decision)?;
    let months = years_early.value() * per_year.value.value();
    Ok(PolicyAllowance::new("yearsEarly", salary, months, vec![per_year.source]))
}

/// Decree 178 Art 7.2.b, Decree 154, Decree 177 Art 3.2.c: months of salary for the first years of compulsory SI,
/// and more for each year beyond them.
fn service_allowance(
    schedule: &Schedule,
    service_years: Years,
    salary: Vnd,
    decision: Month,
    lookup: &mut Lookup,
) -> Result<PolicyAllowance> {
    let base = lookup.require(schedule.service, decision)?;
    let base_years = lookup.require(schedule.service_base_years, decision)?;
    let per_year = lookup.require(schedule.service_per_year, decision)?;
    let beyond = (service_years.value() - Decimal::from(base_years.value)).max(Decimal::ZERO);
    let months = base.value.value() + per_year.value.value() * beyond;
    Ok(PolicyAllowance::new("serviceYears", salary, months, vec![base.source, base_years.source, per_year.source]))
}

/// The allowances in one step: the salary they are months of, the years they count, each item and the total.
fn allowances_step(a: &PolicyAllowances) -> Note {
    let paid = |id| a.items.iter().any(|i| i.id == id);
    let id = match (paid("earlyMonths"), paid("yearsEarly")) {
        (true, true) => PolicyNote::PolicyAllowancesAll,
        (true, false) => PolicyNote::PolicyAllowancesEarlyMonths,
        (false, true) => PolicyNote::PolicyAllowancesYears,
        (false, false) => PolicyNote::PolicyAllowancesNone,
    };
    let mut figures = vec![
        a.kind.named("policy"),
        Figure::vnd("currentSalary", a.current_salary),
        match a.current_salary_estimated {
            true => Figure::note("estimated", PolicyNote::CurrentSalaryEstimatedClause),
            false => Figure::text("estimated", ""),
        },
        Figure::count("monthsEarly", a.months_early),
        Figure::number("yearsEarly", a.years_early.value()),
        Figure::number("serviceYears", a.service_years.value()),
    ];
    figures.extend(a.items.iter().flat_map(PolicyAllowance::figures));
    figures.push(Figure::vnd("total", a.total));
    Note::new(id, figures).cite(a.items.iter().flat_map(|i| i.sources.iter().copied()))
}

/// The current salary estimated from the last compulsory period: on the State scale, the coefficients × the
/// reference level of the last month worked, plus the public-service allowance; an employer-decided salary as it
/// is. With the note that says so.
fn estimated_salary(history: &History, leaving: Month, lookup: &mut Lookup) -> Result<(Vnd, Note)> {
    let last = history.stretches().iter().filter(|s| s.scheme.compulsory()).max_by_key(|s| s.period.to());
    match last.map(|s| s.scheme) {
        Some(Scheme::State(Some(coefficient))) => {
            let reference = lookup.require(&data::REFERENCE_LEVEL, leaving)?.value;
            let public_service = lookup.require(&data::PUBLIC_SERVICE_ALLOWANCE, leaving)?.value;
            let salary = Vnd::round_half_up(reference.times(coefficient) * (Decimal::ONE + public_service.value()));
            let figures = vec![
                Figure::number("coefficient", coefficient.normalize()),
                Figure::vnd("reference", reference),
                Figure::rate("publicService", public_service),
                Figure::vnd("salary", salary),
            ];
            Ok((salary, Note::new(PolicyNote::CurrentSalaryFromCoefficients, figures)))
        }
        Some(Scheme::Employer(Some(salary))) => {
            Ok((salary, Note::new(PolicyNote::CurrentSalaryFromLastSalary, vec![Figure::vnd("salary", salary)])))
        }
        _ => Err(Error::of(ErrorCode::Missing, "policy.currentSalary", PolicyNote::CurrentSalaryUnknown, vec![])),
    }
}
