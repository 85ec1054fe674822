//! A pension assessed in one decision month (lương hưu): eligibility by route, years counted, the average
//! salary, the rate and its reduction, the amount, the minimum, the one-time allowance on retirement and the
//! health insurance the fund pays, each step citing its article. Law 58/2014 for decisions before 2025-07,
//! Law 41/2024 from then on. The calculators (`pension`, the projection, the withdrawal, the comparison)
//! build on it; it imports none of them.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Explanation, Figure, Figures, Note, NoteId, Source};
use crate::core::history::{Average, Ledger, MonthCounts, Years};
use crate::core::input::{self, Fields};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{
    data, revaluation_table, revaluation_years, AgeMonths, Dated, Lookup, Overrides, RevaluationTable,
};
use crate::core::policy::{self, Policy, PolicyWindow};
use crate::core::retirement::{retirement_age_of, Age, Condition, Person, RetirementAge, Sex};
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;

notes! {
    /// What a pension assessed in one decision month says: its steps, what is missing for it, the readings it rests
    /// on, its errors.
    pub enum AssessmentNote {
        /// A decision in `decision` settled under the `law` in force then.
        LawInForce,
        /// The `months` contributed (`compulsoryMonths`, `voluntaryMonths`) as `wholeYears` and `oddMonths`, and
        /// the `yearsCounted`.
        ContributionTime,
        /// Eligible by a route, with `minimumYears` (and the `rules` named).
        EligibleNormal,
        EligibleLowerAge,
        EligibleReducedCapacity,
        EligibleSpecialPolicy,
        EligibleVoluntaryTransitional,
        /// Not eligible: the `reasons`, notes of `missing`, in turn.
        NotEligible,
        /// The compulsory or the voluntary rules, as `{rules:notes}` names them.
        RulesCompulsory,
        RulesVoluntary,
        /// `missingMonths` more months for `minimumYears` years.
        MissingYears,
        /// A reduced-capacity pension needs `neededYears` compulsory years: `missingMonths` missing.
        MissingReducedCapacityYears,
        /// A pension under a special policy needs `minimumYears` compulsory years: `missingMonths` missing.
        MissingPolicyYears,
        /// The age not reached: a pension from `start` at the earliest.
        MissingAge,
        /// The average salary: its `parts`, clauses in turn, each with its figures.
        AverageSalary,
        /// Employer-decided salaries: `employerMonths`, revalued by the `table` named, `employerRevaluedTotal`.
        AverageEmployer,
        /// The coefficient table of `tableYear`, published or projected from `projectedFrom` at `inflation`.
        AverageTableOfficial,
        AverageTableProjected,
        /// State-scale salaries: the average over the `stateWindow` named, `stateValued` as named, `stateAverage`,
        /// weighted by `stateMonths`.
        AverageState,
        /// The state-scale window: the whole career, or the last `stateWindowYears`.
        StateWindowWhole,
        StateWindowYears,
        /// State-scale salaries valued at the `reference` level of the benefit, or by each month's base salary
        /// revalued by CPI.
        StateValuedAtReference,
        StateValuedByCpi,
        /// Voluntary incomes: `voluntaryMonths`, revalued, `voluntaryRevaluedTotal`.
        AverageVoluntary,
        /// The `averageSalary`, the fraction dropped.
        AverageValue,
        /// `monthsWithoutSalary` before 1995 count for time only.
        AverageWithoutSalary,
        /// The rate for the person's `sex`: `baseRate` for `baseYears`, `perYear` more, at most `maxRate`:
        /// `yearsCounted` → `pensionRate`.
        PensionRate,
        /// Retired `monthsEarly` before the `age` reached in `reached`: `perYear` less a year, `reductionRate`.
        EarlyRetirementReduction,
        /// The same, counted against the `age` of the calendar `year` of retirement.
        EarlyRetirementReductionByYear,
        /// The months early counted to the person's own age by birth month, or against the age of the year.
        MonthsEarlyReading,
        MonthsEarlyReadingByYear,
        /// `averageSalary` × `pensionRate` = `computedPension`.
        MonthlyPension,
        /// The `minimumPension` for `floorYears` compulsory years (under Law 41/2024, for people who joined
        /// before 2025-07), or none: the `monthlyPension`.
        MinimumPension,
        MinimumPensionJoinedBefore2025,
        NoMinimumPension,
        /// `excessMonths` above `maxYears`: `yearsBeforeAge` × `perExcessYear` (and `yearsAfterAge` ×
        /// `perYearAfterAge`) of the average = `allowance`.
        RetirementAllowance,
        RetirementAllowanceWithYearsAfterAge,
        /// `healthInsuranceRate` × `monthlyPension` = `healthInsurance`, paid by the fund.
        HealthInsurance,
        /// No coefficient table for `decisionYear`, and none earlier to carry forward.
        NoRevaluationTable,
    }
}

/// The coefficient table (hệ số điều chỉnh) for one decision year, official or projected.
pub struct Coefficients {
    pub decision_year: u16,
    /// Coefficients in hundredths by contribution year from `TABLE_FIRST_YEAR`: each has 2 decimals (published
    /// ones and overrides, which are refused with more, and projected ones, rounded to 2), and integers make
    /// dozens of tables, and the sums revalued with them, cheap.
    salary: Vec<u64>,
    income: Vec<u64>,
    pub source: Source,
    /// The last official table, when this one is projected from it with `inflation`.
    pub projected_from: Option<u16>,
    pub inflation: Rate,
}

/// The first contribution year of every table; earlier years take its coefficient.
const TABLE_FIRST_YEAR: u16 = 1994;

impl Coefficients {
    /// The table for decisions in `decision_year`: the published one, or a projection of the latest before it.
    pub fn new(overrides: &Overrides, decision_year: u16, inflation: Rate) -> Result<Coefficients> {
        match revaluation_table(overrides, decision_year) {
            Some(t) => Ok(Coefficients::published(t, inflation)),
            None => Ok(CarriedTable::new(overrides, decision_year, inflation)?.table(decision_year)),
        }
    }

    /// A published table.
    pub fn published(t: &RevaluationTable, inflation: Rate) -> Coefficients {
        let (salary, income) = columns(t, TABLE_FIRST_YEAR..=t.decision_year);
        let decision_year = t.decision_year;
        Coefficients { decision_year, salary, income, source: t.source, projected_from: None, inflation }
    }

    /// The coefficient of contribution `year` in hundredths, a salary's or a voluntary income's. Years before
    /// the table's first take its first coefficient; years after the decision year, 1.00.
    pub fn hundredths(&self, year: u16, voluntary: bool) -> u64 {
        let column = if voluntary { &self.income } else { &self.salary };
        let i = usize::from(year.max(TABLE_FIRST_YEAR) - TABLE_FIRST_YEAR);
        column.get(i).copied().unwrap_or(100)
    }
}

/// The latest published table, carried forward by `inflation` a year to the decision years after it, until
/// another is published (Decree 158/2025 Art 16.1.a: CPI of the year before the decision over CPI of the year,
/// 2 decimals, at least 1.00); such a table is marked provisional. One carried table makes the tables of many
/// decision years (a comparison reads dozens).
pub struct CarriedTable {
    /// The decision year of the published table.
    pub from: u16,
    source: Source,
    inflation: Rate,
    /// Its coefficients of the years before `from`, in hundredths; the income column only where it differs.
    salary: Vec<u64>,
    income: Option<Vec<u64>>,
    /// 1 + `inflation`, and its powers 0, 1, 2…, as integers scaled by `GROWTH_SCALE`, each step rounded to 12
    /// decimals, so that a table of decades is a few integer products.
    growth: i128,
    powers: Vec<i128>,
}

const GROWTH_SCALE: i128 = 1_000_000_000_000;

impl CarriedTable {
    /// The latest table published before `decision_year`, to carry forward.
    pub fn new(overrides: &Overrides, decision_year: u16, inflation: Rate) -> Result<CarriedTable> {
        let latest = revaluation_years(overrides)
            .filter(|y| *y < decision_year)
            .max()
            .and_then(|y| revaluation_table(overrides, y))
            .ok_or_else(|| {
                let figures = vec![Figure::count("decisionYear", u32::from(decision_year))];
                Error::of(ErrorCode::ParameterNotInForce, "decisionMonth", AssessmentNote::NoRevaluationTable, figures)
            })?;
        let (salary, income) = columns(latest, TABLE_FIRST_YEAR..=latest.decision_year.saturating_sub(1));
        // The two columns agree wherever both exist (the same CPI method); projected once when they do.
        let income = (income != salary).then_some(income);
        let growth = GROWTH_SCALE + (inflation.value() * Decimal::from(GROWTH_SCALE)).trunc().mantissa();
        let (from, source) = (latest.decision_year, latest.source);
        Ok(CarriedTable { from, source, inflation, salary, income, growth, powers: vec![GROWTH_SCALE] })
    }

    /// Whether this gives the table of `decision_year`: no table is published for it, nor between.
    pub fn reaches(&self, overrides: &Overrides, decision_year: u16) -> bool {
        self.from < decision_year && !revaluation_years(overrides).any(|y| self.from < y && y <= decision_year)
    }

    /// The table of `decision_year`, a year after `from` or later.
    pub fn table(&mut self, decision_year: u16) -> Coefficients {
        let years = usize::from(decision_year.saturating_sub(self.from));
        while self.powers.len() <= years {
            let last = self.powers[self.powers.len() - 1];
            self.powers.push((last * self.growth + GROWTH_SCALE / 2) / GROWTH_SCALE);
        }
        let power = |n: u16| self.powers.get(usize::from(n)).copied().unwrap_or(GROWTH_SCALE);
        let carried = power(decision_year - self.from);
        // The published years are carried by the whole growth since; the years from `from` on, by the growth
        // from each to the decision year.
        let project = |official: &[u64]| -> Vec<u64> {
            let later = (self.from.max(TABLE_FIRST_YEAR)..=decision_year)
                .map(|y| coefficient(100, power(decision_year.saturating_sub(1).saturating_sub(y))));
            official.iter().map(|&c| coefficient(c, carried)).chain(later).collect()
        };
        let salary = project(&self.salary);
        let income = self.income.as_deref().map_or_else(|| salary.clone(), project);
        let (source, inflation) = (self.source, self.inflation);
        Coefficients { decision_year, salary, income, source, projected_from: Some(self.from), inflation }
    }
}

/// A coefficient in hundredths, half-up, at least 1.00, from hundredths × a growth factor. In 64 bits when it
/// fits: 128-bit arithmetic is a slow library call in wasm.
fn coefficient(hundredths: u64, power: i128) -> u64 {
    const HALF: u64 = GROWTH_SCALE as u64 / 2;
    let in_64_bits = u64::try_from(power).ok().and_then(|p| hundredths.checked_mul(p)?.checked_add(HALF));
    let rounded = match in_64_bits {
        Some(scaled) => scaled / GROWTH_SCALE as u64,
        None => u64::try_from((i128::from(hundredths) * power + GROWTH_SCALE / 2) / GROWTH_SCALE).unwrap_or(u64::MAX),
    };
    rounded.max(100)
}

/// A table's salary and income columns for `years`, in hundredths. Years before the first salary row take its
/// coefficient; years before voluntary SI began take the salary coefficient.
fn columns(table: &RevaluationTable, years: std::ops::RangeInclusive<u16>) -> (Vec<u64>, Vec<u64>) {
    let first = table.salary.first().map_or(100, |r| hundredths(r.1));
    let salary = column(&table.salary, years.clone(), |_| first);
    let income = column(&table.income, years, |i| salary[i]);
    (salary, income)
}

/// A published coefficient, of at most 2 decimals and at least 1, in hundredths.
fn hundredths(c: Decimal) -> u64 {
    let shift = 10u64.pow(2u32.saturating_sub(c.scale()));
    u64::try_from(c.mantissa()).map_or(100, |m| m * shift)
}

/// One column of a table for `years`: each year takes the last row at or before it; years before the first
/// row take `earlier(index)`.
fn column(rows: &[(u16, Decimal)], years: std::ops::RangeInclusive<u16>, earlier: impl Fn(usize) -> u64) -> Vec<u64> {
    let mut row = 0;
    years
        .enumerate()
        .map(|(i, y)| {
            while row + 1 < rows.len() && rows[row + 1].0 <= y {
                row += 1;
            }
            match rows.get(row) {
                Some(&(first, c)) if first <= y => hundredths(c),
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

/// Something the person still lacks for a pension, or a withdrawal's condition the request month does not
/// meet (see `withdrawal::condition`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Missing {
    /// For a pension: `age` (the retirement age is not reached), `years` (too few years), `compulsoryYears`
    /// (too few compulsory years for a reduced-capacity pension). For a withdrawal: `notAGround`, `pension`,
    /// `years`, `firstContribution`, `waiting`, `age` (see `withdrawal::condition`).
    pub code: &'static str,
    /// The months still missing, or the months to wait until `month`.
    pub months: u32,
    /// The first month the condition is met, when waiting meets it.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub month: Option<Month>,
    /// What is missing, as a note.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub id: NoteId,
    #[cfg_attr(feature = "wasm", tsify(type = "Figures"))]
    pub figures: Figures,
}

impl Missing {
    pub fn new(
        code: &'static str,
        months: u32,
        month: Option<Month>,
        id: impl Into<NoteId>,
        figures: Vec<Figure>,
    ) -> Missing {
        Missing { code, months, month, id: id.into(), figures: Figures(figures) }
    }
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
    /// The readings of the law the figures rest on (what the months early are counted against, a policy).
    pub notes: Vec<Note>,
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

/// Assesses a pension decided in `decision` for the months summed in `ledger`, in the order of the law: the law in
/// force, the time contributed, eligibility (Art 64–65, 141.9), the average salary (Art 72), the rate (Art 66.1)
/// and its reduction (Art 66.3), the amount and its minimum, the one-time allowance (Art 68), the health insurance.
pub fn assess(
    profile: &Profile,
    ledger: &Ledger,
    decision: Month,
    table: &Coefficients,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Assessment> {
    let law = Law::in_force(decision);
    let months = ledger.months;
    let years = Years::counted(months.total);
    let minimum_years = lookup.require(&data::PENSION_MINIMUM_YEARS, decision)?;
    let rules = rules_of(months, minimum_years.value);
    steps.add(|| law_step(law, decision));
    steps.add(|| contribution_time_step(law, months, years));

    let eligibility = eligibility(profile, ledger, decision, law, rules, minimum_years.value, lookup)?;
    steps.add(|| eligibility_step(law, &eligibility, rules, minimum_years));

    // The average salary, revalued with the decision year's table (Art 72).
    let reference = lookup.require(&data::REFERENCE_LEVEL, decision)?;
    let average = ledger.average(&|year, voluntary| table.hundredths(year, voluntary), reference.value)?;
    steps.add(|| average_step(ledger, &average, table, reference.value, reference.source));

    let mut assessment = Assessment {
        law,
        decision,
        age_at_retirement: Age::of(AgeMonths(profile.person.age_in(decision).saturating_sub(1) as u16)),
        months,
        years_counted: years,
        rules,
        route: eligibility.route,
        missing: Vec::new(),
        average: AverageParts::new(&average, ledger, table),
        rate: None,
        computed_pension: None,
        minimum_pension: None,
        monthly_pension: None,
        allowance: None,
        health_insurance: None,
        provisional: table.projected_from.is_some(),
        notes: Vec::new(),
    };
    let Some(route) = eligibility.route else {
        assessment.missing = eligibility.missing;
        return Ok(assessment);
    };

    let formula = RateFormula::in_force(profile.person.sex, decision, lookup)?;
    let before_reduction =
        rate_before_reduction(profile.person.sex, years, &formula, minimum_years, decision, lookup, steps)?;
    let early = early_retirement(profile, route, eligibility.policy, decision, before_reduction, lookup, steps)?;
    assessment.notes.extend(early.note);
    let rate = Rate::fraction(before_reduction.value() - early.reduction.value());
    assessment.rate =
        Some(RateParts { before_reduction, reduction: early.reduction, months_early: early.months, rate });

    let computed = monthly_pension(law, average.value, rate, steps);
    let minimum = minimum_pension(rules, ledger, computed, reference, decision, lookup, steps)?;
    let monthly = minimum.map_or(computed, |m| computed.max(m));
    assessment.computed_pension = Some(computed);
    assessment.minimum_pension = minimum;
    assessment.monthly_pension = Some(monthly);

    let age_month = route_age_month(profile, route, eligibility.transitional_start);
    assessment.allowance =
        Some(retirement_allowance(ledger, &formula, age_month, average.value, decision, lookup, steps)?);
    assessment.health_insurance = Some(health_insurance(monthly, decision, lookup, steps)?);
    Ok(assessment)
}

/// Compulsory or voluntary rules: enough compulsory years for a pension, or no voluntary month at all, give the
/// compulsory rules (Law 41/2024 Art 111.1.a, Decree 158/2025 Art 17.2; Law 58/2014 Art 71).
fn rules_of(months: MonthCounts, minimum_years: u32) -> Rules {
    if months.compulsory / 12 >= minimum_years || months.voluntary == 0 {
        Rules::Compulsory
    } else {
        Rules::Voluntary
    }
}

/// A benefit follows the law in force in the month it is decided (Law 41/2024 Art 5.7, 140, 141).
fn law_step(law: Law, decision: Month) -> Note {
    let figures = vec![Figure::month("decision", decision), Figure::text("law", law.name())];
    Note::new(AssessmentNote::LawInForce, figures).cite([Source::law("Luật BHXH 41/2024/QH15", "Điều 5.7, 140, 141")])
}

/// The time contributed, and the years it counts for with the ½ / 1-year rule (Art 5.6; Law 58/2014 Art 3, 56).
fn contribution_time_step(law: Law, months: MonthCounts, years: Years) -> Note {
    let figures = vec![
        Figure::count("months", months.total),
        Figure::count("compulsoryMonths", months.compulsory),
        Figure::count("voluntaryMonths", months.voluntary),
        Figure::count("wholeYears", months.total / 12),
        Figure::count("oddMonths", months.total % 12),
        Figure::number("yearsCounted", years.value()),
    ];
    Note::new(AssessmentNote::ContributionTime, figures).cite([law.cite(("Điều 3, 56", "Điều 5.6"))])
}

/// Who may draw a pension in the decision month: the route, or what is missing for one.
struct Eligibility<'a> {
    route: Option<Route>,
    missing: Vec<Missing>,
    /// The special policy's window, where the policy takes pensions in the decision month.
    policy: Option<&'a PolicyWindow>,
    /// Art 141.9: the first month of a pension for a voluntary participant since before 2021 with 20 voluntary
    /// years, at 60 (men) or 55 (women).
    transitional_start: Option<Month>,
}

/// The first route whose age and years are met (Law 41/2024 Art 64–65, 141.9; Law 58/2014 Art 54–55, 73), or the
/// conditions still missing.
fn eligibility<'a>(
    profile: &'a Profile,
    ledger: &Ledger,
    decision: Month,
    law: Law,
    rules: Rules,
    minimum_years: u32,
    lookup: &mut Lookup,
) -> Result<Eligibility<'a>> {
    let condition = profile.person.condition;
    let months = ledger.months;
    let (whole_years, compulsory_years) = (months.total / 12, months.compulsory / 12);
    let reduced_years = lookup.require(&data::REDUCED_CAPACITY_MINIMUM_YEARS, decision)?.value;
    let normal_start = month_after(profile.retirement.normal_month_reached)?;
    let lower_start = month_after(profile.retirement.month_reached)?;
    let policy = profile.retirement.policy.as_ref().filter(|w| policy::is_open(w.kind, decision, lookup));
    let under_policy = policy.is_some_and(|w| w.contains(decision));
    let transitional = law == Law::Law41Of2024
        && rules == Rules::Voluntary
        && ledger.first_voluntary().is_some_and(|m| m < Month::ym(2021, 1))
        && months.voluntary / 12 >= 20;
    let transitional_start = if transitional {
        let before = profile.person.sex.roadmap().before;
        profile.person.birth.plus(i32::from(before.0)).and_then(|m| m.plus(1))
    } else {
        None
    };
    let years_met = whole_years >= minimum_years;
    let route = if years_met && decision >= normal_start {
        Some(Route::Normal)
    } else if condition.reduced_capacity() && compulsory_years >= reduced_years && decision >= lower_start {
        Some(Route::ReducedCapacity)
    } else if matches!(condition, Condition::Hardship | Condition::CoalMining)
        && rules == Rules::Compulsory
        && years_met
        && decision >= lower_start
    {
        Some(Route::LowerAge)
    } else if under_policy && compulsory_years >= minimum_years {
        Some(Route::SpecialPolicy)
    } else if years_met && transitional_start.is_some_and(|m| decision >= m) {
        Some(Route::VoluntaryTransitional)
    } else {
        None
    };
    let mut missing = Vec::new();
    if route.is_none() {
        // The years first: all of them, the compulsory ones of a reduced-capacity pension, or of a policy's.
        let needed = if condition.reduced_capacity() && rules == Rules::Compulsory {
            reduced_years.max(minimum_years)
        } else {
            minimum_years
        };
        if whole_years < minimum_years {
            let short = minimum_years * 12 - months.total.min(minimum_years * 12);
            let figures = vec![Figure::count("missingMonths", short), Figure::count("minimumYears", minimum_years)];
            missing.push(Missing::new("years", short, None, AssessmentNote::MissingYears, figures));
        } else if condition.reduced_capacity() && compulsory_years < needed && decision < normal_start {
            let short = needed * 12 - months.compulsory;
            let figures = vec![Figure::count("neededYears", needed), Figure::count("missingMonths", short)];
            let id = AssessmentNote::MissingReducedCapacityYears;
            missing.push(Missing::new("compulsoryYears", short, None, id, figures));
        } else if under_policy && compulsory_years < minimum_years {
            let short = minimum_years * 12 - months.compulsory;
            let figures = vec![Figure::count("minimumYears", minimum_years), Figure::count("missingMonths", short)];
            let id = AssessmentNote::MissingPolicyYears;
            missing.push(Missing::new("compulsoryYears", short, None, id, figures));
        }
        // Then the age: the earliest month any route could open by age.
        let start = match (condition, rules) {
            (Condition::Normal, _) | (_, Rules::Voluntary) => normal_start,
            _ => lower_start,
        };
        let start = transitional_start.map_or(start, |t| t.min(start));
        let start = match policy {
            Some(w) if decision < w.earliest_start => w.earliest_start.min(start),
            _ => start,
        };
        if decision < start {
            let wait = start.index() - decision.index();
            let figures = vec![Figure::month("start", start)];
            missing.push(Missing::new("age", wait, Some(start), AssessmentNote::MissingAge, figures));
        }
    }
    Ok(Eligibility { route, missing, policy, transitional_start })
}

fn eligibility_step(law: Law, e: &Eligibility, rules: Rules, minimum_years: &Dated<u32>) -> Note {
    let rules = match rules {
        Rules::Compulsory => AssessmentNote::RulesCompulsory,
        Rules::Voluntary => AssessmentNote::RulesVoluntary,
    };
    let mut figures = vec![Figure::count("minimumYears", minimum_years.value), Figure::note("rules", rules)];
    let (id, articles) = match e.route {
        Some(Route::Normal) => (AssessmentNote::EligibleNormal, ("Điều 54.1.a, 73", "Điều 64.1.a, 98")),
        Some(Route::LowerAge) => (AssessmentNote::EligibleLowerAge, ("Điều 54.1.b–c", "Điều 64.1.b–c")),
        Some(Route::ReducedCapacity) => (AssessmentNote::EligibleReducedCapacity, ("Điều 55", "Điều 65")),
        Some(Route::SpecialPolicy) => (AssessmentNote::EligibleSpecialPolicy, ("Điều 54", "Điều 64.1, 64.3")),
        Some(Route::VoluntaryTransitional) => {
            (AssessmentNote::EligibleVoluntaryTransitional, ("Điều 73", "Điều 141.9"))
        }
        None => {
            figures.push(Figure::clauses("reasons", e.missing.iter().map(|m| m.id)));
            for f in e.missing.iter().flat_map(|m| &m.figures.0) {
                if !figures.iter().any(|g| g.name == f.name) {
                    figures.push(f.clone());
                }
            }
            (AssessmentNote::NotEligible, ("Điều 54, 73", "Điều 64, 98"))
        }
    };
    Note::new(id, figures).cite([law.cite(articles), minimum_years.source])
}

/// The average salary in one step: each kind of month revalued and summed, the average (Art 72–73; Decree
/// 158/2025 Art 15–17), each part a clause of its own.
pub fn average_step(
    ledger: &Ledger,
    a: &Average,
    table: &Coefficients,
    reference: Vnd,
    reference_source: Source,
) -> Note {
    let mut parts = Vec::new();
    let mut figures = vec![];
    let mut sources = vec![table.source];
    if a.employer_months > 0 {
        parts.push(AssessmentNote::AverageEmployer);
        match table.projected_from {
            Some(from) => figures.extend([
                Figure::note("table", AssessmentNote::AverageTableProjected),
                Figure::count("projectedFrom", u32::from(from)),
                Figure::rate("inflation", table.inflation),
            ]),
            None => figures.push(Figure::note("table", AssessmentNote::AverageTableOfficial)),
        }
        figures.push(Figure::count("tableYear", u32::from(table.decision_year)));
        figures.push(Figure::count("employerMonths", a.employer_months));
        figures.push(Figure::vnd("employerRevaluedTotal", Vnd::truncate(a.employer_total)));
    }
    if let Some(state) = a.state_average {
        parts.push(AssessmentNote::AverageState);
        match ledger.state_window_years {
            Some(years) => figures.extend([
                Figure::note("stateWindow", AssessmentNote::StateWindowYears),
                Figure::count("stateWindowYears", years),
            ]),
            None => figures.push(Figure::note("stateWindow", AssessmentNote::StateWindowWhole)),
        }
        match ledger.state_valued_at_reference {
            true => figures.extend([
                Figure::note("stateValued", AssessmentNote::StateValuedAtReference),
                Figure::vnd("reference", reference),
            ]),
            false => figures.push(Figure::note("stateValued", AssessmentNote::StateValuedByCpi)),
        }
        figures.push(Figure::vnd("stateAverage", Vnd::truncate(state)));
        figures.push(Figure::count("stateMonths", a.state_months));
        sources
            .push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.1, 73.1; Điều 15.1–15.4"));
        if ledger.state_valued_at_reference {
            sources.push(reference_source);
        }
    }
    if a.voluntary_months > 0 {
        parts.push(AssessmentNote::AverageVoluntary);
        figures.push(Figure::count("voluntaryMonths", a.voluntary_months));
        figures.push(Figure::vnd("voluntaryRevaluedTotal", Vnd::truncate(a.voluntary_total)));
        sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 104; Điều 17.5"));
    }
    parts.push(AssessmentNote::AverageValue);
    figures.push(Figure::vnd("averageSalary", a.value));
    sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.2, 73.2; Điều 15.4, 16.1"));
    if ledger.months.without_salary > 0 {
        parts.push(AssessmentNote::AverageWithoutSalary);
        figures.push(Figure::count("monthsWithoutSalary", ledger.months.without_salary));
        sources.push(Source::law("Nghị định 158/2025/NĐ-CP", "Điều 15.6"));
    }
    figures.insert(0, Figure::clauses("parts", parts));
    Note::new(AssessmentNote::AverageSalary, figures).cite(sources)
}

/// The rate before any reduction (Art 66.1; Law 58/2014 Art 56): the base rate for the base years and more for each
/// further year, at most the highest; for men with 15 to under 20 years, 40 % for 15 years and 1 % more a year
/// (Art 66.1.b).
fn rate_before_reduction(
    sex: Sex,
    years: Years,
    formula: &RateFormula,
    minimum_years: &Dated<u32>,
    decision: Month,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Rate> {
    let RateFormula { base_rate, max_rate, base_years, per_year } = *formula;
    let short_career = if Decimal::from(base_years.value) > years.value() {
        Some((
            lookup.require(&data::SHORT_CAREER_BASE_RATE, decision)?,
            lookup.require(&data::SHORT_CAREER_RATE_PER_YEAR, decision)?,
        ))
    } else {
        None
    };
    // The rate for the first years, and each year above them.
    let (first_rate, first_years, step, mut sources) = match short_career {
        Some((rate, step)) => (rate.value, minimum_years.value, step.value, vec![rate.source, step.source]),
        None => (
            base_rate.value,
            base_years.value,
            per_year.value,
            vec![base_rate.source, base_years.source, per_year.source],
        ),
    };
    let raw = first_rate.value() + step.value() * (years.value() - Decimal::from(first_years));
    let rate = Rate::fraction(raw.min(max_rate.value.value()).max(Decimal::ZERO));
    steps.add(|| {
        sources.push(max_rate.source);
        sources.dedup();
        let figures = vec![
            sex.named("sex"),
            Figure::rate("baseRate", first_rate),
            Figure::count("baseYears", first_years),
            Figure::rate("perYear", step),
            Figure::rate("maxRate", max_rate.value),
            Figure::number("yearsCounted", years.value()),
            Figure::rate("pensionRate", rate),
        ];
        Note::new(AssessmentNote::PensionRate, figures).cite(sources)
    });
    Ok(rate)
}

/// Retiring before the normal age: the months early, the reduction of the rate, and the reading it rests on.
struct Early {
    months: u32,
    reduction: Rate,
    note: Option<Note>,
}

/// The early-retirement reduction of a reduced-capacity pension (Art 66.3; Law 58/2014 Art 56.3): a rate for each
/// year before the normal age, half of it for 6 odd months or more, none for fewer. A pension early under a special
/// policy is not reduced, whatever its route.
fn early_retirement(
    profile: &Profile,
    route: Route,
    policy: Option<&PolicyWindow>,
    decision: Month,
    before_reduction: Rate,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Early> {
    let retired_in = decision.plus(-1).unwrap_or(decision);
    let (months, reading) = match (route, policy) {
        (Route::ReducedCapacity, _) => {
            let reading = lookup.require(&data::EARLY_RETIREMENT_MONTHS_BENCHMARK, decision)?;
            (months_early(profile, retired_in, reading.value), Some(reading))
        }
        (Route::SpecialPolicy, Some(w)) => (w.months_early(decision), None),
        _ => (0, None),
    };
    let under_policy = policy.filter(|w| w.contains(decision));
    match (reading, under_policy) {
        (Some(reading), None) if months > 0 => {
            let per_year = lookup.require(&data::EARLY_RETIREMENT_REDUCTION_PER_YEAR, decision)?;
            let halves = Decimal::from(months / 12 * 2 + u32::from(months % 12 >= 6));
            let reduction =
                Rate::fraction((per_year.value.value() * halves / Decimal::TWO).min(before_reduction.value()));
            steps.add(|| {
                let mut figures = vec![
                    Figure::count("monthsEarly", months),
                    Figure::rate("perYear", per_year.value),
                    Figure::rate("reductionRate", reduction),
                ];
                let id = if reading.value == 0 {
                    let age = Age::of(profile.person.sex.roadmap().age_in(retired_in.year()));
                    figures.extend([Figure::count("year", u32::from(retired_in.year())), age.figure("age")]);
                    AssessmentNote::EarlyRetirementReductionByYear
                } else {
                    let r = &profile.retirement;
                    figures.extend([Figure::month("reached", r.normal_month_reached), r.normal_age.figure("age")]);
                    AssessmentNote::EarlyRetirementReduction
                };
                Note::new(id, figures).cite([per_year.source, reading.source])
            });
            Ok(Early { months, reduction, note: Some(months_early_note(reading.value)) })
        }
        (_, Some(w)) if months > 0 => {
            steps.add(|| policy::no_reduction_step(w, months));
            Ok(Early { months, reduction: Rate::ZERO, note: Some(policy::pension_note(w, months)) })
        }
        _ => Ok(Early { months, reduction: Rate::ZERO, note: None }),
    }
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

/// The reading of the months early that a reduced pension rests on, as the result states it.
pub fn months_early_note(benchmark: u32) -> Note {
    match benchmark {
        0 => Note::new(AssessmentNote::MonthsEarlyReadingByYear, vec![]),
        _ => Note::new(AssessmentNote::MonthsEarlyReading, vec![]),
    }
}

/// The pension: the average (its fraction dropped) × the rate, half-up (Art 66.1, 99.1; Law 58/2014 Art 56).
fn monthly_pension(law: Law, average: Vnd, rate: Rate, steps: &mut Explanation<Note>) -> Vnd {
    let computed = percent_of(average, rate);
    steps.add(|| {
        let figures = vec![
            Figure::vnd("averageSalary", average),
            Figure::rate("pensionRate", rate),
            Figure::vnd("computedPension", computed),
        ];
        Note::new(AssessmentNote::MonthlyPension, figures).cite([law.cite(("Điều 56", "Điều 66.1, 99.1"))])
    });
    computed
}

/// The minimum pension, the reference level, for the compulsory rules with the compulsory years it needs: under
/// Law 58/2014 for everyone, under Law 41/2024 for people who joined before 2025-07.
fn minimum_pension(
    rules: Rules,
    ledger: &Ledger,
    computed: Vnd,
    reference: &Dated<Vnd>,
    decision: Month,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Option<Vnd>> {
    let law = Law::in_force(decision);
    let floor_years = lookup.require(&data::PENSION_FLOOR_COMPULSORY_YEARS, decision)?;
    let applies = rules == Rules::Compulsory
        && ledger.months.compulsory / 12 >= floor_years.value
        && (law == Law::Law58Of2014 || ledger.first < Law::LAW_41_FROM);
    let minimum = applies.then_some(reference.value);
    steps.add(|| {
        let monthly = minimum.map_or(computed, |m| computed.max(m));
        let mut figures = vec![Figure::count("floorYears", floor_years.value), Figure::vnd("monthlyPension", monthly)];
        let (id, sources) = match (minimum, law) {
            (Some(_), Law::Law58Of2014) => (AssessmentNote::MinimumPension, vec![floor_years.source, reference.source]),
            (Some(_), Law::Law41Of2024) => {
                (AssessmentNote::MinimumPensionJoinedBefore2025, vec![floor_years.source, reference.source])
            }
            (None, _) => (AssessmentNote::NoMinimumPension, vec![floor_years.source]),
        };
        figures.extend(minimum.map(|m| Figure::vnd("minimumPension", m)));
        Note::new(id, figures).cite(sources)
    });
    Ok(minimum)
}

/// The month the person reached the age of their route: the years contributed after it earn the second part of the
/// one-time allowance.
fn route_age_month(profile: &Profile, route: Route, transitional_start: Option<Month>) -> Month {
    let r = &profile.retirement;
    match route {
        Route::Normal => r.normal_month_reached,
        Route::VoluntaryTransitional => transitional_start.and_then(|m| m.plus(-1)).unwrap_or(r.normal_month_reached),
        _ => r.month_reached,
    }
}

/// The one-time allowance on retirement (Art 68; Law 58/2014 Art 58): a share of the average for each year above
/// those that give the highest rate, and under Law 41/2024 another for each year contributed after the retirement
/// age (`age_month`, the month the person reached the age of their route). The parts before and after the age are
/// rounded apart (this tool's reading, RULES.md §12.7).
fn retirement_allowance(
    ledger: &Ledger,
    formula: &RateFormula,
    age_month: Month,
    average: Vnd,
    decision: Month,
    lookup: &mut Lookup,
    steps: &mut Explanation<Note>,
) -> Result<Allowance> {
    let max_years = formula.highest_rate_years();
    let excess = ledger.months.total.saturating_sub(max_years * 12);
    let after_age_rate = lookup.get(&data::RETIREMENT_ALLOWANCE_PER_YEAR_AFTER_AGE, decision);
    let excess_after = if after_age_rate.is_some() { excess.min(ledger.months_after(age_month)) } else { 0 };
    let before_years = Years::counted(excess - excess_after);
    let after_years = Years::counted(excess_after);
    let per_excess = lookup.require(&data::RETIREMENT_ALLOWANCE_PER_EXCESS_YEAR, decision)?;
    let factor = per_excess.value.value() * before_years.value()
        + after_age_rate.map_or(Decimal::ZERO, |r| r.value.value() * after_years.value());
    let amount = half_up(average.times(factor));
    if excess > 0 {
        steps.add(|| {
            let mut figures = vec![
                Figure::count("excessMonths", excess),
                Figure::count("maxYears", max_years),
                Figure::number("yearsBeforeAge", before_years.value()),
                Figure::rate("perExcessYear", per_excess.value),
                Figure::count("excessMonthsAfterAge", excess_after),
                Figure::vnd("allowance", amount),
            ];
            let id = match after_age_rate {
                Some(r) => {
                    figures.extend([
                        Figure::number("yearsAfterAge", after_years.value()),
                        Figure::rate("perYearAfterAge", r.value),
                    ]);
                    AssessmentNote::RetirementAllowanceWithYearsAfterAge
                }
                None => AssessmentNote::RetirementAllowance,
            };
            let sources = [Some(per_excess.source), after_age_rate.map(|r| r.source)].into_iter().flatten();
            Note::new(id, figures).cite(sources)
        });
    }
    Ok(Allowance {
        excess_months: excess,
        excess_months_after_age: excess_after,
        years_before_age: before_years,
        years_after_age: after_years,
        amount,
    })
}

/// The health insurance the fund pays for a pensioner, a share of the pension, which the pensioner need not buy.
fn health_insurance(monthly: Vnd, decision: Month, lookup: &mut Lookup, steps: &mut Explanation<Note>) -> Result<Vnd> {
    let rate = lookup.require(&data::PENSIONER_HEALTH_INSURANCE_RATE, decision)?;
    let amount = percent_of(monthly, rate.value);
    steps.add(|| {
        let figures = vec![
            Figure::rate("healthInsuranceRate", rate.value),
            Figure::vnd("monthlyPension", monthly),
            Figure::vnd("healthInsurance", amount),
        ];
        Note::new(AssessmentNote::HealthInsurance, figures).cite([rate.source])
    });
    Ok(amount)
}

/// The figures of the rate formula in force in a month for one sex: the base rate for the base years, the
/// rate per further year, the highest rate (Law 41/2024 Art 66.1; Law 58/2014 Art 56).
#[derive(Clone, Copy)]
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
            base_rate: *lookup.require(&data::PENSION_BASE_RATE, month)?,
            max_rate: *lookup.require(&data::PENSION_MAXIMUM_RATE, month)?,
            base_years: *lookup.require(base_years, month)?,
            per_year: *lookup.require(per_year, month)?,
        })
    }

    /// The years that give the highest rate.
    fn highest_rate_years(&self) -> u32 {
        max_rate_years(self.base_years.value, self.base_rate.value, self.per_year.value, self.max_rate.value)
    }
}

/// The years that give the highest rate for `sex` under the law of `month`.
pub fn highest_rate_years(sex: Sex, month: Month, lookup: &mut Lookup) -> Result<u32> {
    Ok(RateFormula::in_force(sex, month, lookup)?.highest_rate_years())
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
    // The same bound as the `inflation` field.
    lookup.assumed_rate(&data::ASSUMED_INFLATION, month, MAX_INFLATION_PERCENT)
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
        assert_eq!(t.hundredths(1995, false), 526);
        assert_eq!(t.hundredths(2026, false), 104);
        assert_eq!(t.hundredths(2027, false), 100);
        assert_eq!(t.hundredths(2028, true), 100);
        assert!(Coefficients::new(&none, 2020, Rate::ZERO).is_err());
    }
}
