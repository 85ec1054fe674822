//! A pension assessed in one decision month (lương hưu): eligibility by route, years counted, the average
//! salary, the rate and its reduction, the amount, the minimum, the one-time allowance on retirement and the
//! health insurance the fund pays, each step citing its article. Law 58/2014 for decisions before 2025-07,
//! Law 41/2024 from then on. The calculators (`pension`, the projection, the withdrawal, the comparison)
//! build on it; it imports none of them.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{en, en_rate, vi, vi_rate, Explanation, Figure, Figures, Step, Warning};
use crate::core::history::{Average, Ledger, MonthCounts, Years};
use crate::core::input::{self, Fields};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{
    data, revaluation_table, revaluation_years, AgeMonths, Dated, Lookup, Overrides, RevaluationTable, Source,
};
use crate::core::policy::{self, Policy, PolicyKind, PolicyWindow};
use crate::core::retirement::{retirement_age_of, Age, Condition, Person, RetirementAge, Sex};
use rust_decimal::Decimal;
use serde::Serialize;

/// The coefficient table (hệ số điều chỉnh) for one decision year, official or projected.
pub struct Coefficients {
    pub decision_year: u16,
    first_year: u16,
    salary: Vec<Decimal>,
    income: Vec<Decimal>,
    pub source: Source,
    /// The last official table, when this one is projected from it with `inflation`.
    pub projected_from: Option<u16>,
    pub inflation: Rate,
}

/// The first contribution year of every table; earlier years take its coefficient.
const TABLE_FIRST_YEAR: u16 = 1994;

impl Coefficients {
    /// The table for decisions in `decision_year`; with none published, the latest one carried forward by
    /// `inflation` a year (Decree 158/2025 Art 16.1.a: CPI of the year before the decision over CPI of the
    /// year, 2 decimals, at least 1.00), and marked provisional.
    pub fn new(overrides: &Overrides, decision_year: u16, inflation: Rate) -> Result<Coefficients> {
        let years = TABLE_FIRST_YEAR..=decision_year;
        if let Some(t) = revaluation_table(overrides, decision_year) {
            let (salary, income) = columns(t, years);
            return Ok(Coefficients {
                decision_year,
                first_year: TABLE_FIRST_YEAR,
                salary,
                income,
                source: t.source,
                projected_from: None,
                inflation,
            });
        }
        let latest = revaluation_years(overrides)
            .filter(|y| *y < decision_year)
            .max()
            .and_then(|y| revaluation_table(overrides, y))
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::ParameterNotInForce,
                    "decisionMonth",
                    format!("Chưa có bảng hệ số điều chỉnh tiền lương cho năm {decision_year}; hãy nhập bảng trong «overrides.revaluationTables»."),
                    format!("No salary revaluation table for {decision_year} is known; give one in “overrides.revaluationTables”."),
                )
            })?;
        // Growth factors as integers scaled by 10^12, so that a table of decades is a few integer products:
        // growth^n for n up to the years projected, each step rounded to 12 decimals.
        const SCALE: i128 = 1_000_000_000_000;
        let growth = SCALE + (inflation.value() * Decimal::from(SCALE)).trunc().mantissa();
        let mut powers = vec![SCALE];
        for _ in latest.decision_year..decision_year {
            let last = powers[powers.len() - 1];
            powers.push((last * growth + SCALE / 2) / SCALE);
        }
        let power = |n: u16| powers.get(usize::from(n)).copied().unwrap_or(SCALE);
        // A coefficient to 2 decimals, half-up, at least 1.00, from its value scaled by 10^14. Divided in
        // 64 bits when it fits: 128-bit division is a slow library call in wasm.
        let coefficient = |scaled: i128| {
            let hundredths = match u64::try_from(scaled) {
                Ok(s) => i128::from((s + SCALE as u64 / 2) / SCALE as u64),
                Err(_) => (scaled + SCALE / 2) / SCALE,
            };
            Decimal::from_i128_with_scale(hundredths.max(100), 2)
        };
        let carried = power(decision_year - latest.decision_year);
        let project = |official: Vec<Decimal>| -> Vec<Decimal> {
            years
                .clone()
                .zip(official)
                .map(|(y, c)| {
                    if y < latest.decision_year {
                        // Published coefficients have 2 decimals.
                        let hundredths = c.mantissa() * 10i128.pow(2u32.saturating_sub(c.scale()));
                        coefficient(hundredths * carried)
                    } else {
                        coefficient(100 * power(decision_year.saturating_sub(1).saturating_sub(y)))
                    }
                })
                .collect()
        };
        let (salary, income) = columns(latest, years.clone());
        // The two columns agree wherever both exist (the same CPI method); project once when they do.
        let income = if income == salary { None } else { Some(project(income)) };
        let salary = project(salary);
        Ok(Coefficients {
            decision_year,
            first_year: TABLE_FIRST_YEAR,
            income: income.unwrap_or_else(|| salary.clone()),
            salary,
            source: latest.source,
            projected_from: Some(latest.decision_year),
            inflation,
        })
    }

    pub fn get(&self, year: u16, voluntary: bool) -> Decimal {
        let column = if voluntary { &self.income } else { &self.salary };
        let i = usize::from(year.max(self.first_year) - self.first_year);
        column.get(i).copied().unwrap_or(Decimal::ONE)
    }
}

/// A table's salary and income columns for `years`. Years before the first salary row take its
/// coefficient; years before voluntary SI began take the salary coefficient.
fn columns(table: &RevaluationTable, years: std::ops::RangeInclusive<u16>) -> (Vec<Decimal>, Vec<Decimal>) {
    let first = table.salary.first().map_or(Decimal::ONE, |r| r.1);
    let salary = column(&table.salary, years.clone(), |_| first);
    let income = column(&table.income, years, |i| salary[i]);
    (salary, income)
}

/// One column of a table for `years`: each year takes the last row at or before it; years before the first
/// row take `earlier(index)`.
fn column(
    rows: &[(u16, Decimal)],
    years: std::ops::RangeInclusive<u16>,
    earlier: impl Fn(usize) -> Decimal,
) -> Vec<Decimal> {
    let mut row = 0;
    years
        .enumerate()
        .map(|(i, y)| {
            while row + 1 < rows.len() && rows[row + 1].0 <= y {
                row += 1;
            }
            match rows.get(row) {
                Some(&(first, c)) if first <= y => c,
                _ => earlier(i),
            }
        })
        .collect()
}

/// Which rule gives the pension.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Route {
    /// The normal age and years (Law 41/2024 Art 64.1.a, 98; Law 58/2014 Art 54.1.a, 73).
    Normal,
    /// A lower age for hardship or mining (Art 64.1.b–c), compulsory rules.
    LowerAge,
    /// Reduced work capacity (Art 65), with the early-retirement reduction.
    ReducedCapacity,
    /// Voluntary participants since before 2021 with 20+ voluntary years, at 60/55 (Art 141.9).
    VoluntaryTransitional,
    /// Before the age, under a special early-retirement policy (Decree 178/2024, 154/2025, 177/2024; Law 41/2024
    /// Art 64.3), with the compulsory years for a pension and no reduction.
    SpecialPolicy,
}

/// Compulsory or voluntary rules: 15+ compulsory years (20 under Law 58/2014) give the compulsory rules
/// (Law 41/2024 Art 111.1.a, Decree 158/2025 Art 17.2; Law 58/2014 Art 71).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Rules {
    Compulsory,
    Voluntary,
}

/// Something the person still lacks for a pension.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Missing {
    /// `age`: the retirement age is not reached; `years`: too few years; `compulsoryYears`: too few
    /// compulsory years for a reduced-capacity pension.
    pub code: &'static str,
    /// For `years`: the months still missing. For `age`: months until the pension could start.
    pub months: u32,
    /// For `age`: the first month the pension could start.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub month: Option<Month>,
    pub vi: String,
    pub en: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RateParts {
    /// Art 66.1 (Art 56 of Law 58/2014), capped at 75 %.
    pub before_reduction: Rate,
    /// The early-retirement reduction of a reduced-capacity pension.
    pub reduction: Rate,
    /// Months retired before the normal age: for the reduction, or under a special policy (which reduces nothing).
    pub months_early: u32,
    pub rate: Rate,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Allowance {
    /// Months above the years that give the highest rate (35 for men, 30 for women under Law 41/2024).
    pub excess_months: u32,
    /// Of them, months contributed after reaching the retirement age.
    pub excess_months_after_age: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_before_age: Years,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_after_age: Years,
    pub amount: Vnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AverageParts {
    /// Mức bình quân tiền lương, thu nhập: whole đồng, the fraction dropped.
    pub value: Vnd,
    pub employer_months: u32,
    /// State-scale months, the weight of the state average.
    pub state_months: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub state_average: Option<Vnd>,
    /// The state-scale window in years (Art 72.1); null for the whole career.
    #[cfg_attr(feature = "wasm", tsify(type = "number | null"))]
    pub state_window_years: Option<u32>,
    pub voluntary_months: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub compulsory_average: Option<Vnd>,
    /// The decision year of the coefficient table used.
    pub table_year: u16,
    /// The last official table, when the table used is projected from it (provisional).
    #[cfg_attr(feature = "wasm", tsify(type = "number | null"))]
    pub projected_from: Option<u16>,
}

/// A pension assessed in one decision month, without the explanation's text.
#[derive(Clone, Debug)]
pub struct Assessment {
    pub law: Law,
    pub decision: Month,
    pub age_at_retirement: Age,
    pub months: MonthCounts,
    pub years_counted: Years,
    pub rules: Rules,
    pub route: Option<Route>,
    pub missing: Vec<Missing>,
    pub average: AverageParts,
    pub rate: Option<RateParts>,
    pub computed_pension: Option<Vnd>,
    pub minimum_pension: Option<Vnd>,
    pub monthly_pension: Option<Vnd>,
    pub allowance: Option<Allowance>,
    pub health_insurance: Option<Vnd>,
    pub provisional: bool,
    /// The readings of the law the figures rest on (what the months early are counted against).
    pub notes: Vec<Warning>,
}

/// What does not change with the decision month: the person, their retirement ages and the assumptions.
pub struct Profile {
    pub person: Person,
    /// The age and month under the person's condition, the normal ones, and those of the policy.
    pub retirement: RetirementAge,
    /// A special early-retirement policy: a pension before the age, and no reduction of the rate.
    pub policy: Option<Policy>,
    /// The yearly inflation that projects coefficient tables not yet published.
    pub inflation: Rate,
}

impl Profile {
    pub fn new(
        person: Person,
        policy: Option<Policy>,
        inflation: Rate,
        lookup: &mut Lookup,
        explain: bool,
    ) -> Result<Profile> {
        let retirement = retirement_age_of(&person, policy.as_ref(), lookup, explain)?;
        Ok(Profile { person, retirement, policy, inflation })
    }

    /// The first month a pension may start by age: under the policy, if it allows one earlier.
    pub fn earliest_start(&self) -> Month {
        let start = self.retirement.pension_start;
        self.retirement.policy.as_ref().map_or(start, |w| w.earliest_start.min(start))
    }

    /// The first month from `m` on in which a pension may start by age: under the policy while it takes one, else
    /// at the age.
    pub fn start_from(&self, m: Month) -> Month {
        match &self.retirement.policy {
            Some(w) if w.contains(w.earliest_start.max(m)) => w.earliest_start.max(m),
            _ => self.retirement.pension_start.max(m),
        }
    }

    /// A pension under the policy from `decision`, a month it does not take before the person's age: an error.
    pub fn check_policy(&self, decision: Month, lookup: &mut Lookup) -> Result<()> {
        let Some(p) = &self.policy else { return Ok(()) };
        let normal_start = month_after(self.retirement.normal_month_reached)?;
        let (_, benchmark) = policy::benchmark(self.person.hardship(), normal_start, self.retirement.pension_start);
        policy::check_open(p.kind, benchmark, decision, lookup)
    }
}

pub fn half_up(exact: Decimal) -> Vnd {
    Vnd::round_half_up(exact)
}

pub fn percent_of(v: Vnd, r: Rate) -> Vnd {
    half_up(v.times(r.value()))
}

impl AverageParts {
    pub fn new(average: &Average, ledger: &Ledger, table: &Coefficients) -> AverageParts {
        AverageParts {
            value: average.value,
            employer_months: average.employer_months,
            state_months: average.state_months,
            state_average: average.state_average.map(Vnd::truncate),
            state_window_years: ledger.state_window_years,
            voluntary_months: average.voluntary_months,
            compulsory_average: average.compulsory_average.map(Vnd::truncate),
            table_year: table.decision_year,
            projected_from: table.projected_from,
        }
    }
}

/// Assesses a pension decided in `decision` for the months summed in `ledger`.
pub fn assess(
    profile: &Profile,
    ledger: &Ledger,
    decision: Month,
    table: &Coefficients,
    lookup: &mut Lookup,
    steps: &mut Explanation,
) -> Result<Assessment> {
    let person = &profile.person;
    let law = Law::in_force(decision);
    let retirement = &profile.retirement;
    let months = ledger.months;
    let years = Years::counted(months.total);
    let whole_years = months.total / 12;
    let minimum_years = lookup.require(&data::PENSION_MINIMUM_YEARS, decision)?;
    let compulsory_years = months.compulsory / 12;
    let rules = if compulsory_years >= minimum_years.value || months.voluntary == 0 {
        Rules::Compulsory
    } else {
        Rules::Voluntary
    };
    let age_at_retirement = Age::of(AgeMonths(person.age_in(decision).saturating_sub(1) as u16));

    steps.add(|| Step {
        id: "lawInForce",
        vi: format!(
            "Quyết định hưởng tháng {decision}: áp dụng {} (chế độ được giải quyết theo luật có hiệu lực khi hưởng).",
            law.name()
        ),
        en: format!(
            "A decision in {decision} is settled under {} (a benefit follows the law in force when it is taken).",
            law.name()
        ),
        figures: Figures(vec![]),
        sources: vec![Source::law("Luật BHXH 41/2024/QH15", "Điều 5.7, 140, 141")],
    });
    steps.add(|| Step {
        id: "contributionTime",
        vi: format!(
            "Thời gian đóng: {} tháng ({} bắt buộc, {} tự nguyện) = {} năm {} tháng; tính hưởng: {} năm (lẻ 1–6 tháng tính nửa năm, 7–11 tháng tính một năm).",
            months.total, months.compulsory, months.voluntary, whole_years, months.total % 12, years.text(',')
        ),
        en: format!(
            "Time contributed: {} months ({} compulsory, {} voluntary) = {} years {} months; counted as {} years (1–6 odd months count as half a year, 7–11 as a year).",
            months.total, months.compulsory, months.voluntary, whole_years, months.total % 12, years.text('.')
        ),
        figures: Figures(vec![Figure::count("months", months.total), Figure::count("compulsoryMonths", months.compulsory), Figure::count("voluntaryMonths", months.voluntary)]),
        sources: vec![law.cite(("Điều 3, 56", "Điều 5.6"))],
    });

    // 1. Eligibility: the first route whose age and years are met.
    let reduced_years = lookup.require(&data::REDUCED_CAPACITY_MINIMUM_YEARS, decision)?;
    let condition = person.condition;
    let normal_start = month_after(retirement.normal_month_reached)?;
    let lower_start = month_after(retirement.month_reached)?;
    let policy_window = retirement.policy.as_ref().filter(|w| policy::is_open(w.kind, decision, lookup));
    let years_met = whole_years >= minimum_years.value;
    let transitional = law == Law::Law41Of2024
        && rules == Rules::Voluntary
        && ledger.first_voluntary().is_some_and(|m| m < Month::ym(2021, 1))
        && months.voluntary / 12 >= 20;
    let transitional_start = if transitional {
        let before = person.sex.roadmap().before;
        person.birth.plus(i32::from(before.0)).and_then(|m| m.plus(1))
    } else {
        None
    };
    let route = if years_met && decision >= normal_start {
        Some(Route::Normal)
    } else if condition.reduced_capacity() && compulsory_years >= reduced_years.value && decision >= lower_start {
        Some(Route::ReducedCapacity)
    } else if matches!(condition, Condition::Hardship | Condition::CoalMining)
        && rules == Rules::Compulsory
        && years_met
        && decision >= lower_start
    {
        Some(Route::LowerAge)
    } else if policy_window.is_some_and(|w| w.contains(decision)) && compulsory_years >= minimum_years.value {
        Some(Route::SpecialPolicy)
    } else if years_met && transitional_start.is_some_and(|m| decision >= m) {
        Some(Route::VoluntaryTransitional)
    } else {
        None
    };
    let mut missing = Vec::new();
    if route.is_none() {
        let needed = if condition.reduced_capacity() && rules == Rules::Compulsory {
            reduced_years.value.max(minimum_years.value)
        } else {
            minimum_years.value
        };
        if whole_years < minimum_years.value {
            let short = minimum_years.value * 12 - months.total.min(minimum_years.value * 12);
            missing.push(Missing {
                code: "years",
                months: short,
                month: None,
                vi: format!("Còn thiếu {short} tháng đóng để đủ {} năm.", minimum_years.value),
                en: format!("{short} more months of contributions are needed to reach {} years.", minimum_years.value),
            });
        } else if condition.reduced_capacity() && compulsory_years < needed && decision < normal_start {
            let short = needed * 12 - months.compulsory;
            missing.push(Missing {
                code: "compulsoryYears",
                months: short,
                month: None,
                vi: format!("Nghỉ hưu khi suy giảm khả năng lao động cần {needed} năm đóng BHXH bắt buộc; còn thiếu {short} tháng."),
                en: format!("A pension with reduced work capacity needs {needed} years of compulsory SI; {short} months are missing."),
            });
        } else if policy_window.is_some_and(|w| w.contains(decision)) && compulsory_years < minimum_years.value {
            let short = minimum_years.value * 12 - months.compulsory;
            missing.push(Missing {
                code: "compulsoryYears",
                months: short,
                month: None,
                vi: format!("Nghỉ hưu trước tuổi theo chính sách đặc thù cần đủ {} năm đóng BHXH bắt buộc; còn thiếu {short} tháng.", minimum_years.value),
                en: format!("Early retirement under a special policy needs {} years of compulsory SI; {short} months are missing.", minimum_years.value),
            });
        }
        let start = match (condition, rules) {
            (Condition::Normal, _) | (_, Rules::Voluntary) => normal_start,
            _ => lower_start,
        };
        let start = transitional_start.map_or(start, |t| t.min(start));
        let start = match policy_window {
            Some(w) if decision < w.earliest_start => w.earliest_start.min(start),
            _ => start,
        };
        if decision < start {
            let wait = start.index() - decision.index();
            missing.push(Missing {
                code: "age",
                months: wait,
                month: Some(start),
                vi: format!("Chưa đủ tuổi nghỉ hưu: lương hưu sớm nhất từ tháng {start}."),
                en: format!("The retirement age is not reached: the pension can start in {start} at the earliest."),
            });
        }
    }
    let eligible = route.is_some();
    steps.add(|| eligibility_step(law, route, &missing, minimum_years.value, rules, minimum_years.source));

    // 2. The average salary, revalued with the decision year's table.
    let reference = lookup.require(&data::REFERENCE_LEVEL, decision)?;
    let average = ledger.average(&|year, voluntary| table.get(year, voluntary), reference.value)?;
    steps.add(|| average_step(ledger, &average, table, reference.value, reference.source));
    let average_parts = AverageParts::new(&average, ledger, table);

    let mut assessment = Assessment {
        law,
        decision,
        age_at_retirement,
        months,
        years_counted: years,
        rules,
        route,
        missing,
        average: average_parts,
        rate: None,
        computed_pension: None,
        minimum_pension: None,
        monthly_pension: None,
        allowance: None,
        health_insurance: None,
        provisional: table.projected_from.is_some(),
        notes: Vec::new(),
    };
    if !eligible {
        return Ok(assessment);
    }

    // 3. The rate: the base rate for the base years, more for each further year, at most 75 %.
    let RateFormula { base_rate, max_rate, base_years, per_year } =
        RateFormula::in_force(person.sex, decision, lookup)?;
    let short_career = if Decimal::from(base_years.value) > years.value() {
        Some((
            lookup.require(&data::SHORT_CAREER_BASE_RATE, decision)?,
            lookup.require(&data::SHORT_CAREER_RATE_PER_YEAR, decision)?,
        ))
    } else {
        None
    };
    let raw_rate = match short_career {
        // Men with 15 to under 20 years (Law 41/2024 Art 66.1.b): 40 % + 1 % a year above 15.
        Some((rate, step)) => {
            rate.value.value() + step.value.value() * (years.value() - Decimal::from(minimum_years.value))
        }
        None => base_rate.value.value() + per_year.value.value() * (years.value() - Decimal::from(base_years.value)),
    };
    let before_reduction = Rate::fraction(raw_rate.min(max_rate.value.value()).max(Decimal::ZERO));
    steps.add(|| {
        let (formula_vi, formula_en, sources) = match short_career {
            Some((rate, step)) => (
                format!(
                    "{} cho {} năm, cộng {} mỗi năm thêm",
                    vi_rate(rate.value),
                    minimum_years.value,
                    vi_rate(step.value)
                ),
                format!(
                    "{} for {} years plus {} per further year",
                    en_rate(rate.value),
                    minimum_years.value,
                    en_rate(step.value)
                ),
                vec![rate.source, step.source],
            ),
            None => (
                format!(
                    "{} cho {} năm, cộng {} mỗi năm thêm",
                    vi_rate(base_rate.value),
                    base_years.value,
                    vi_rate(per_year.value)
                ),
                format!(
                    "{} for {} years plus {} per further year",
                    en_rate(base_rate.value),
                    base_years.value,
                    en_rate(per_year.value)
                ),
                vec![base_rate.source, base_years.source, per_year.source],
            ),
        };
        let mut sources = sources;
        sources.push(max_rate.source);
        sources.dedup();
        Step {
            id: "pensionRate",
            vi: format!(
                "Tỷ lệ hưởng ({}): {formula_vi}, tối đa {}: {} năm → {}.",
                person.sex.words().0,
                vi_rate(max_rate.value),
                years.text(','),
                vi_rate(before_reduction)
            ),
            en: format!(
                "Pension rate ({}): {formula_en}, at most {}: {} years → {}.",
                person.sex.words().1,
                en_rate(max_rate.value),
                years.text('.'),
                en_rate(before_reduction)
            ),
            figures: Figures(vec![Figure::rate("pensionRate", before_reduction)]),
            sources,
        }
    });

    // 4. The early-retirement reduction of a reduced-capacity pension (Art 66.3; Law 58/2014 Art 56.3).
    let retired_in = decision.plus(-1).unwrap_or(decision);
    let (months_early, reading) = match (route, policy_window) {
        (Some(Route::ReducedCapacity), _) => {
            let reading = lookup.require(&data::EARLY_RETIREMENT_MONTHS_BENCHMARK, decision)?;
            (months_early(profile, retired_in, reading.value), Some(reading))
        }
        (Some(Route::SpecialPolicy), Some(w)) => (w.months_early(decision), None),
        _ => (0, None),
    };
    // A pension early under a special policy is not reduced, whatever its route.
    let under_policy = policy_window.filter(|w| w.contains(decision));
    let reduction = match reading {
        Some(reading) if months_early > 0 && under_policy.is_none() => {
            let per_year = lookup.require(&data::EARLY_RETIREMENT_REDUCTION_PER_YEAR, decision)?;
            let halves = Decimal::from(months_early / 12 * 2 + u32::from(months_early % 12 >= 6));
            let reduction =
                Rate::fraction((per_year.value.value() * halves / Decimal::TWO).min(before_reduction.value()));
            let (against_vi, against_en) = benchmark_words(profile, retired_in, reading.value);
            steps.add(|| Step {
                id: "earlyRetirementReduction",
                vi: format!(
                    "Nghỉ hưu trước tuổi {} tháng ({against_vi}): giảm {} mỗi năm; phần tháng lẻ dưới 6 tháng không giảm, từ 6 tháng giảm một nửa: giảm {}.",
                    months_early, vi_rate(per_year.value), vi_rate(reduction)
                ),
                en: format!(
                    "Retired {} months before the normal age ({against_en}): {} less per year; odd months under 6 cost nothing, 6 or more cost half: {} less.",
                    months_early, en_rate(per_year.value), en_rate(reduction)
                ),
                figures: Figures(vec![Figure::count("monthsEarly", months_early), Figure::rate("reductionRate", reduction)]),
                sources: vec![per_year.source, reading.source],
            });
            assessment.notes.push(months_early_note(reading.value));
            reduction
        }
        _ => {
            if let (Some(w), true) = (under_policy, months_early > 0) {
                steps.add(|| policy::no_reduction_step(w, months_early));
                assessment.notes.push(policy_note(w, months_early));
            }
            Rate::ZERO
        }
    };
    let rate = Rate::fraction(before_reduction.value() - reduction.value());
    assessment.rate = Some(RateParts { before_reduction, reduction, months_early, rate });

    // 5. The pension: the average (fraction dropped) × the rate, half-up; the minimum where granted.
    let computed = percent_of(average.value, rate);
    let floor_years = lookup.require(&data::PENSION_FLOOR_COMPULSORY_YEARS, decision)?;
    let floor_applies = rules == Rules::Compulsory
        && compulsory_years >= floor_years.value
        && (law == Law::Law58Of2014 || ledger.first < Law::LAW_41_FROM);
    let minimum = floor_applies.then_some(reference.value);
    let monthly = minimum.map_or(computed, |m| computed.max(m));
    steps.add(|| Step {
        id: "monthlyPension",
        vi: format!("Lương hưu = {} × {} = {} (làm tròn đến đồng).", vi(average.value), vi_rate(rate), vi(computed)),
        en: format!("Pension = {} × {} = {} (rounded to the đồng).", en(average.value), en_rate(rate), en(computed)),
        figures: Figures(vec![
            Figure::vnd("averageSalary", average.value),
            Figure::rate("pensionRate", rate),
            Figure::vnd("computedPension", computed),
        ]),
        sources: vec![law.cite(("Điều 56", "Điều 66.1, 99.1"))],
    });
    steps
        .add(|| minimum_step(law, minimum, computed, monthly, floor_years.value, floor_years.source, reference.source));
    assessment.computed_pension = Some(computed);
    assessment.minimum_pension = minimum;
    assessment.monthly_pension = Some(monthly);

    // 6. The one-time allowance for years above those that give the highest rate.
    let max_years = max_rate_years(base_years.value, base_rate.value, per_year.value, max_rate.value);
    let excess = months.total.saturating_sub(max_years * 12);
    let route_month = match route {
        Some(Route::Normal) | None => retirement.normal_month_reached,
        Some(Route::VoluntaryTransitional) => {
            transitional_start.and_then(|m| m.plus(-1)).unwrap_or(retirement.normal_month_reached)
        }
        Some(_) => retirement.month_reached,
    };
    let after_age_rate = lookup.get(&data::RETIREMENT_ALLOWANCE_PER_YEAR_AFTER_AGE, decision);
    let excess_after = if after_age_rate.is_some() { excess.min(ledger.months_after(route_month)) } else { 0 };
    let before_years = Years::counted(excess - excess_after);
    let after_years = Years::counted(excess_after);
    let per_excess = lookup.require(&data::RETIREMENT_ALLOWANCE_PER_EXCESS_YEAR, decision)?;
    let factor = per_excess.value.value() * before_years.value()
        + after_age_rate.map_or(Decimal::ZERO, |r| r.value.value() * after_years.value());
    let allowance = half_up(average.value.times(factor));
    if excess > 0 {
        steps.add(|| Step {
            id: "retirementAllowance",
            vi: format!(
                "Trợ cấp một lần khi nghỉ hưu: {excess} tháng đóng trên {max_years} năm; {} năm × {} bình quân{} = {}. Phần trước và sau tuổi nghỉ hưu được làm tròn riêng (cách hiểu của công cụ này).",
                before_years.text(','), vi_rate(per_excess.value),
                after_age_rate.map(|r| format!(" + {} năm sau tuổi nghỉ hưu × {}", after_years.text(','), vi_rate(r.value))).unwrap_or_default(),
                vi(allowance)
            ),
            en: format!(
                "One-time retirement allowance: {excess} months above {max_years} years; {} years × {} of the average{} = {}. The parts before and after the retirement age are rounded separately (this tool's reading).",
                before_years.text('.'), en_rate(per_excess.value),
                after_age_rate.map(|r| format!(" + {} years after retirement age × {}", after_years.text('.'), en_rate(r.value))).unwrap_or_default(),
                en(allowance)
            ),
            figures: Figures(vec![Figure::count("excessMonths", excess), Figure::count("excessMonthsAfterAge", excess_after), Figure::vnd("allowance", allowance)]),
            sources: [Some(per_excess.source), after_age_rate.map(|r| r.source)].into_iter().flatten().collect(),
        });
    }
    assessment.allowance = Some(Allowance {
        excess_months: excess,
        excess_months_after_age: excess_after,
        years_before_age: before_years,
        years_after_age: after_years,
        amount: allowance,
    });

    // 7. The health insurance the fund pays for a pensioner.
    let hi_rate = lookup.require(&data::PENSIONER_HEALTH_INSURANCE_RATE, decision)?;
    let hi = percent_of(monthly, hi_rate.value);
    steps.add(|| Step {
        id: "healthInsurance",
        vi: format!("Quỹ BHXH đóng BHYT cho người hưởng lương hưu: {} × {} = {} mỗi tháng, người hưởng không phải tự mua.", vi_rate(hi_rate.value), vi(monthly), vi(hi)),
        en: format!("The SI fund pays the pensioner's health insurance: {} × {} = {} a month, which the pensioner need not buy.", en_rate(hi_rate.value), en(monthly), en(hi)),
        figures: Figures(vec![Figure::vnd("healthInsurance", hi)]),
        sources: vec![hi_rate.source],
    });
    assessment.health_insurance = Some(hi);
    Ok(assessment)
}

/// The months retired before the normal age, for the Art 66.3 reduction. The article counts from the Art 64.1.a age,
/// which for one person is the Decree 135/2020 Appendix I row of their birth month: the months from the month of
/// retirement to the month they reach that age (`benchmark` other than 0). With `benchmark` 0, against the age in
/// force in the calendar year of retirement instead, which gives fewer months to anyone retiring before the roadmap
/// ends (men in 2028, women in 2035).
fn months_early(profile: &Profile, retired_in: Month, benchmark: u32) -> u32 {
    let person = &profile.person;
    if benchmark == 0 {
        let age_then = u32::from(person.sex.roadmap().age_in(retired_in.year()).0);
        age_then.saturating_sub(person.age_in(retired_in))
    } else {
        profile.retirement.normal_month_reached.index().saturating_sub(retired_in.index())
    }
}

/// What the months early were counted against, in words: (vi, en).
fn benchmark_words(profile: &Profile, retired_in: Month, benchmark: u32) -> (String, String) {
    if benchmark == 0 {
        let age = Age::of(profile.person.sex.roadmap().age_in(retired_in.year()));
        (
            format!("so với tuổi nghỉ hưu năm {}: {}", retired_in.year(), age.vi()),
            format!("against the normal age of {}: {}", retired_in.year(), age.en()),
        )
    } else {
        let reached = profile.retirement.normal_month_reached;
        let age = profile.retirement.normal_age;
        (
            format!("đến tháng {reached}, khi đủ {} theo tháng sinh", age.vi()),
            format!("to {reached}, when the person reaches {} by birth month", age.en()),
        )
    }
}

/// The reading of the months early that a reduced pension rests on, as the result states it.
pub fn months_early_note(benchmark: u32) -> Warning {
    if benchmark == 0 {
        Warning::new(
            "monthsEarlyReading",
            "Số tháng nghỉ hưu trước tuổi được tính theo tuổi nghỉ hưu áp dụng trong năm nghỉ hưu (giá trị 0 của «earlyRetirementMonthsBenchmark»), không theo tháng đủ tuổi của chính người lao động (Phụ lục I Nghị định 135/2020).",
            "The months retired early are counted against the normal age of the calendar year of retirement (value 0 of “earlyRetirementMonthsBenchmark”), not the month the person reaches their own age (Decree 135/2020 Appendix I).",
        )
    } else {
        Warning::new(
            "monthsEarlyReading",
            "Số tháng nghỉ hưu trước tuổi được tính đến tháng người lao động đủ tuổi nghỉ hưu theo tháng sinh của mình (Phụ lục I Nghị định 135/2020), như cách tính của Bộ Nội vụ (Công văn 1814/BNV-TCBC) và Bộ Quốc phòng (Thông tư 19/2025/TT-BQP). Chưa thấy hướng dẫn hay quyết định của BHXH Việt Nam xác nhận cách tính này cho lương hưu khi suy giảm khả năng lao động; tính theo tuổi nghỉ hưu của năm nghỉ hưu thì số tháng ít hơn cho người nghỉ hưu trước năm 2028 (nam) hoặc 2035 (nữ).",
            "The months retired early are counted to the month the person reaches their own retirement age by birth month (Decree 135/2020 Appendix I), as the Ministry of Home Affairs (letter 1814/BNV-TCBC) and the Ministry of Defence (Circular 19/2025/TT-BQP) count them. No guidance or decision of Vietnam Social Security confirming it for reduced-capacity pensions was found; counted against the normal age of the calendar year of retirement, the months are fewer for men retiring before 2028 and women before 2035.",
        )
    }
}

/// The figures of the rate formula in force in a month for one sex: the base rate for the base years, the
/// rate per further year, the highest rate (Law 41/2024 Art 66.1; Law 58/2014 Art 56).
struct RateFormula {
    base_rate: Dated<Rate>,
    max_rate: Dated<Rate>,
    base_years: Dated<u32>,
    per_year: Dated<Rate>,
}

impl RateFormula {
    fn in_force(sex: Sex, month: Month, lookup: &mut Lookup) -> Result<RateFormula> {
        let (base_years, per_year) = match sex {
            Sex::Male => (&data::PENSION_BASE_YEARS_MALE, &data::PENSION_RATE_PER_YEAR_MALE),
            Sex::Female => (&data::PENSION_BASE_YEARS_FEMALE, &data::PENSION_RATE_PER_YEAR_FEMALE),
        };
        Ok(RateFormula {
            base_rate: lookup.require(&data::PENSION_BASE_RATE, month)?,
            max_rate: lookup.require(&data::PENSION_MAXIMUM_RATE, month)?,
            base_years: lookup.require(base_years, month)?,
            per_year: lookup.require(per_year, month)?,
        })
    }
}

/// The years that give the highest rate for `sex` under the law of `month`.
pub fn highest_rate_years(sex: Sex, month: Month, lookup: &mut Lookup) -> Result<u32> {
    let f = RateFormula::in_force(sex, month, lookup)?;
    Ok(max_rate_years(f.base_years.value, f.base_rate.value, f.per_year.value, f.max_rate.value))
}

pub fn month_after(m: Month) -> Result<Month> {
    m.plus(1).ok_or_else(|| Error::internal("month after"))
}

/// The years that give the highest rate: base years + (highest − base rate) ÷ rate per year (35 for men
/// and 30 for women under Law 41/2024 Art 68; under Law 58/2014 Art 58 the same idea by year).
fn max_rate_years(base_years: u32, base: Rate, per_year: Rate, max: Rate) -> u32 {
    // In millionths of a percent: whole numbers, so the division is an integer one.
    let units = |r: Rate| (r.value() * Decimal::from(100_000_000)).trunc().mantissa();
    let (gap, step) = (units(max) - units(base), units(per_year));
    if step <= 0 || gap <= 0 {
        return base_years;
    }
    base_years + u32::try_from((gap + step - 1) / step).unwrap_or(0)
}

fn eligibility_step(
    law: Law,
    route: Option<Route>,
    missing: &[Missing],
    minimum_years: u32,
    rules: Rules,
    source: Source,
) -> Step {
    let (rules_vi, rules_en) = match rules {
        Rules::Compulsory => ("chế độ BHXH bắt buộc", "compulsory SI rules"),
        Rules::Voluntary => {
            ("chế độ BHXH tự nguyện (dưới đủ số năm bắt buộc)", "voluntary SI rules (too few compulsory years)")
        }
    };
    let (vi_text, en_text, article) = match route {
        Some(Route::Normal) => (
            format!("Đủ điều kiện hưởng lương hưu theo {rules_vi}: đủ tuổi nghỉ hưu và đủ {minimum_years} năm đóng."),
            format!("Eligible for a pension under {rules_en}: retirement age reached and {minimum_years} years contributed."),
            ("Điều 54.1.a, 73", "Điều 64.1.a, 98"),
        ),
        Some(Route::LowerAge) => (
            format!("Đủ điều kiện hưởng lương hưu ở tuổi thấp hơn (nghề, công việc đặc thù) và đủ {minimum_years} năm đóng."),
            format!("Eligible for a pension at a lower age (hardship or mining) with {minimum_years} years contributed."),
            ("Điều 54.1.b–c", "Điều 64.1.b–c"),
        ),
        Some(Route::ReducedCapacity) => (
            "Đủ điều kiện hưởng lương hưu khi suy giảm khả năng lao động (tỷ lệ hưởng bị giảm do nghỉ hưu trước tuổi).".to_string(),
            "Eligible for a pension with reduced work capacity (the rate is reduced for retiring early).".to_string(),
            ("Điều 55", "Điều 65"),
        ),
        Some(Route::SpecialPolicy) => (
            format!("Đủ điều kiện hưởng lương hưu trước tuổi theo chính sách nghỉ hưu trước tuổi đặc thù: đủ {minimum_years} năm đóng BHXH bắt buộc, không bị trừ tỷ lệ hưởng."),
            format!("Eligible for a pension before the age under a special early-retirement policy: {minimum_years} years of compulsory SI, with no reduction of the rate."),
            ("Điều 54", "Điều 64.1, 64.3"),
        ),
        Some(Route::VoluntaryTransitional) => (
            "Đủ điều kiện theo quy định chuyển tiếp: tham gia BHXH tự nguyện trước 2021 và đủ 20 năm đóng tự nguyện, nghỉ hưu ở tuổi 60 (nam) / 55 (nữ).".to_string(),
            "Eligible under the transitional rule: voluntary SI since before 2021 with 20 voluntary years, retiring at 60 (men) / 55 (women).".to_string(),
            ("Điều 73", "Điều 141.9"),
        ),
        None => (
            format!("Chưa đủ điều kiện hưởng lương hưu: {}", missing.iter().map(|m| m.vi.as_str()).collect::<Vec<_>>().join(" ")),
            format!("Not yet eligible for a pension: {}", missing.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join(" ")),
            ("Điều 54, 73", "Điều 64, 98"),
        ),
    };
    Step {
        id: "eligibility",
        vi: vi_text,
        en: en_text,
        figures: Figures(vec![Figure::count("minimumYears", minimum_years)]),
        sources: vec![law.cite(article), source],
    }
}

pub fn average_step(
    ledger: &Ledger,
    a: &Average,
    table: &Coefficients,
    reference: Vnd,
    reference_source: Source,
) -> Step {
    use std::fmt::Write;
    let mut text_vi = String::new();
    let mut text_en = String::new();
    let mut figures = vec![];
    let mut sources = vec![table.source];
    let table_vi = match table.projected_from {
        Some(y) => format!(
            "bảng hệ số năm {} (ước tính từ bảng năm {y} với lạm phát giả định {}/năm)",
            table.decision_year,
            vi_rate(table.inflation)
        ),
        None => format!("bảng hệ số điều chỉnh năm {}", table.decision_year),
    };
    let table_en = match table.projected_from {
        Some(y) => format!(
            "the {} table (projected from the {y} table with an assumed inflation of {} a year)",
            table.decision_year,
            en_rate(table.inflation)
        ),
        None => format!("the {} revaluation table", table.decision_year),
    };
    if a.employer_months > 0 {
        let _ = write!(text_vi, "Tiền lương do người sử dụng lao động quyết định: {} tháng, mỗi tháng nhân hệ số năm của nó theo {table_vi}, tổng {}. ", a.employer_months, vi(Vnd::truncate(a.employer_total)));
        let _ = write!(
            text_en,
            "Employer-decided salaries: {} months, each times its year's coefficient in {table_en}, {} in all. ",
            a.employer_months,
            en(Vnd::truncate(a.employer_total))
        );
        figures.push(Figure::vnd("employerRevaluedTotal", Vnd::truncate(a.employer_total)));
    }
    if let Some(state) = a.state_average {
        let window = ledger
            .state_window_years
            .map_or(("toàn bộ thời gian".to_string(), "the whole career".to_string()), |y| {
                (format!("{y} năm cuối"), format!("the last {y} years"))
            });
        let valued = if ledger.state_valued_at_reference {
            (
                format!("hệ số lương × mức tham chiếu khi hưởng {}", vi(reference)),
                format!("coefficients × the reference level at the benefit {}", en(reference)),
            )
        } else {
            (
                "hệ số × lương cơ sở từng tháng, điều chỉnh theo CPI".to_string(),
                "coefficient × each month's base salary, revalued by CPI".to_string(),
            )
        };
        let _ = write!(
            text_vi,
            "Tiền lương theo chế độ Nhà nước quy định: bình quân {} ({}) = {}, tính cho {} tháng. ",
            window.0,
            valued.0,
            vi(Vnd::truncate(state)),
            a.state_months
        );
        let _ = write!(
            text_en,
            "State-scale salaries: average of {} ({}) = {}, weighted by {} months. ",
            window.1,
            valued.1,
            en(Vnd::truncate(state)),
            a.state_months
        );
        figures.push(Figure::vnd("stateAverage", Vnd::truncate(state)));
        sources
            .push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.1, 73.1; Điều 15.1–15.4"));
        if ledger.state_valued_at_reference {
            sources.push(reference_source);
        }
    }
    if a.voluntary_months > 0 {
        let _ = write!(
            text_vi,
            "Thu nhập đóng tự nguyện: {} tháng, điều chỉnh theo bảng hệ số thu nhập, tổng {}. ",
            a.voluntary_months,
            vi(Vnd::truncate(a.voluntary_total))
        );
        let _ = write!(
            text_en,
            "Voluntary incomes: {} months, revalued with the income table, {} in all. ",
            a.voluntary_months,
            en(Vnd::truncate(a.voluntary_total))
        );
        figures.push(Figure::vnd("voluntaryRevaluedTotal", Vnd::truncate(a.voluntary_total)));
        sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 104; Điều 17.5"));
    }
    let _ = write!(text_vi, "Bình quân tiền lương, thu nhập: {} (bỏ phần lẻ dưới một đồng).", vi(a.value));
    let _ = write!(text_en, "Average salary and income: {} (the fraction of a đồng dropped).", en(a.value));
    figures.push(Figure::vnd("averageSalary", a.value));
    sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.2, 73.2; Điều 15.4, 16.1"));
    if ledger.months.without_salary > 0 {
        let _ = write!(
            text_vi,
            " {} tháng trước 1995 không có tiền lương chỉ được tính thời gian.",
            ledger.months.without_salary
        );
        let _ = write!(
            text_en,
            " {} months before 1995 without salary data count for time only.",
            ledger.months.without_salary
        );
        sources.push(Source::law("Nghị định 158/2025/NĐ-CP", "Điều 15.6"));
    }
    Step { id: "averageSalary", vi: text_vi, en: text_en, figures: Figures(figures), sources }
}

fn minimum_step(
    law: Law,
    minimum: Option<Vnd>,
    computed: Vnd,
    monthly: Vnd,
    years: u32,
    years_source: Source,
    reference_source: Source,
) -> Step {
    match minimum {
        Some(floor) => Step {
            id: "minimumPension",
            vi: format!("Lương hưu thấp nhất bằng mức tham chiếu {} (đủ {years} năm đóng bắt buộc{}): lương hưu hằng tháng {}.", vi(floor), if law == Law::Law41Of2024 { ", tham gia trước 01/7/2025" } else { "" }, vi(monthly)),
            en: format!("The pension is at least the reference level {} ({years} compulsory years{}): monthly pension {}.", en(floor), if law == Law::Law41Of2024 { ", joined before 2025-07-01" } else { "" }, en(monthly)),
            figures: Figures(vec![Figure::vnd("minimumPension", floor), Figure::vnd("monthlyPension", monthly)]),
            sources: vec![years_source, reference_source],
        },
        None => Step {
            id: "minimumPension",
            vi: format!("Không được bảo đảm mức lương hưu tối thiểu (chỉ dành cho người tham gia trước 01/7/2025 có đủ {years} năm đóng bắt buộc): lương hưu hằng tháng {}.", vi(computed)),
            en: format!("No minimum pension applies (it needs {years} compulsory years and joining before 2025-07-01): monthly pension {}.", en(computed)),
            figures: Figures(vec![Figure::vnd("monthlyPension", monthly)]),
            sources: vec![years_source],
        },
    }
}

/// What a pension taken early under a policy rests on, as the result states it.
fn policy_note(w: &PolicyWindow, months_early: u32) -> Warning {
    let (name_vi, name_en) = w.kind.words();
    match w.kind {
        PolicyKind::Unspecified => Warning::new(
            "policyNotNamed",
            format!("«noReduction»: {name_vi} không nêu tên: lương hưu bắt đầu sớm {months_early} tháng (tối đa {} tháng, giới hạn của Nghị định 154/2025/NĐ-CP), không bị trừ tỷ lệ; trợ cấp riêng của chính sách không được tính. Hãy nêu chính sách trong «policy».", w.max_months_early),
            format!("“noReduction”: {name_en} not named: the pension starts {months_early} months early (at most {}, the limit of Decree 154/2025), with no reduction of the rate; the policy's own allowances are not computed. Name the policy in “policy”.", w.max_months_early),
        ),
        _ => Warning::new(
            "policyAsserted",
            format!("Lương hưu trước tuổi {months_early} tháng, không bị trừ tỷ lệ, theo {name_vi}: người lao động tự xác định mình thuộc diện áp dụng (đối tượng, quyết định của cấp có thẩm quyền); công cụ không kiểm tra điều đó."),
            format!("A pension {months_early} months early, not reduced, under {name_en}: the worker asserts being covered (the post, the competent authority's decision); the engine does not check it."),
        ),
    }
}

/// The highest assumed inflation, in percent a year: decades of a higher rate leave any number range.
const MAX_INFLATION_PERCENT: u32 = 20;

/// `inflation`: the assumed yearly inflation, in percent (0–20).
pub fn inflation(f: &Fields) -> Result<Option<Rate>> {
    match f.get("inflation") {
        None => Ok(None),
        Some(_) => Ok(Some(input::percent(
            f.number("inflation")?,
            "inflation",
            MAX_INFLATION_PERCENT,
            ErrorCode::RateInvalid,
        )?)),
    }
}

/// The inflation assumed for tables not yet published: the input's, or the data's default.
pub fn assumed_inflation(given: Option<Rate>, lookup: &mut Lookup, month: Month) -> Result<Rate> {
    if let Some(r) = given {
        return Ok(r);
    }
    let assumed = lookup.require(&data::ASSUMED_INFLATION, month)?.value;
    // The same bound as the `inflation` field.
    if assumed.percent() > Decimal::from(MAX_INFLATION_PERCENT) {
        let field = "overrides.parameters.assumedInflation";
        return Err(Error::new(
            ErrorCode::OverrideInvalid,
            field,
            format!("«{field}»: lạm phát giả định tối đa 20% một năm."),
            format!("“{field}”: the assumed inflation is at most 20% a year."),
        ));
    }
    Ok(assumed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_years_that_give_the_highest_rate() {
        let p = |n| Rate::fraction(Decimal::new(n, 2));
        assert_eq!(max_rate_years(20, p(45), p(2), p(75)), 35);
        assert_eq!(max_rate_years(15, p(45), p(2), p(75)), 30);
        assert_eq!(max_rate_years(15, p(45), p(3), p(75)), 25);
    }

    #[test]
    fn a_projected_table_carries_the_last_one_forward() {
        let none = Overrides::default();
        let t = Coefficients::new(&none, 2028, Rate::fraction(Decimal::new(35, 3))).unwrap();
        assert_eq!(t.projected_from, Some(2026));
        // 1995: 4.91 × 1.035² = 5.2598… → 5.26; 2026: 1.035 (CPI 2027 over 2026) → 1.04; 2027 and 2028: 1.00.
        assert_eq!(t.get(1995, false).to_string(), "5.26");
        assert_eq!(t.get(2026, false).to_string(), "1.04");
        assert_eq!(t.get(2027, false).to_string(), "1.00");
        assert_eq!(t.get(2028, true).to_string(), "1.00");
        assert!(Coefficients::new(&none, 2020, Rate::ZERO).is_err());
    }
}
