//! The pension calculator (`pension`): the request read, the pension assessed in its decision month, what a
//! projection of further contributions and the next steps add, and the warnings and assumptions of the result.

use crate::core::assessment::{
    assess, assumed_inflation, inflation, month_after, Allowance, Assessment, AverageParts, Coefficients, Missing,
    Profile, RateParts, Route, Rules,
};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Confidence, Explanation, Figure, Note};
use crate::core::history::{History, HistoryNote, Ledger, MonthCounts, Years};
use crate::core::input::{self, Fields, Raw};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, parameter_note_list, revaluation_years, Lookup, Overrides};
use crate::core::policy::{self, Policy, PolicyAllowances};
use crate::core::projection::{self, Continuation, Projection};
use crate::core::retirement::{self, Age, Condition, Person, RetirementAge};
use crate::notes;
use serde::Serialize;

notes! {
    /// What the pension calculator says of its own.
    pub enum PensionNote {
        /// A `decision` month before 2016-01.
        DecisionBefore2016,
        /// `cappedMonths` with a salary above the cap, counted at it.
        SalaryAboveCap,
        /// A lower age for the person's condition, which the voluntary rules do not give.
        ConditionNeedsCompulsory,
    }
}

/// The result of `pension`.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Pension {
    pub law: Law,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub decision_month: Month,
    pub retirement: RetirementAge,
    /// The age in the month before the pension starts (the month of retirement).
    pub age_at_retirement: Age,
    pub eligible: bool,
    #[cfg_attr(feature = "wasm", tsify(type = "Route | null"))]
    pub route: Option<Route>,
    pub rules: Rules,
    /// What is still missing for a pension in the decision month (empty when eligible).
    pub missing: Vec<Missing>,
    pub months: MonthCounts,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_counted: Years,
    pub average: AverageParts,
    #[cfg_attr(feature = "wasm", tsify(type = "RateParts | null"))]
    pub rate: Option<RateParts>,
    /// The average × the rate, before any minimum.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub computed_pension: Option<Vnd>,
    /// The minimum pension, where the law grants one.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub minimum_pension: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_pension: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "Allowance | null"))]
    pub allowance: Option<Allowance>,
    /// The health insurance the fund pays each month for the pensioner.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub health_insurance: Option<Vnd>,
    /// The pension plus the health insurance: what the pension is worth each month.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub monthly_value: Option<Vnd>,
    /// Under a named special policy, the allowances it pays of its own (State budget, not social insurance).
    #[cfg_attr(feature = "wasm", tsify(type = "PolicyAllowances | null"))]
    pub policy_allowances: Option<PolicyAllowances>,
    /// True when a figure rests on an assumption (a coefficient table not yet published).
    pub provisional: bool,
    pub assumptions: Vec<Note>,
    #[cfg_attr(feature = "wasm", tsify(type = "Projection | null"))]
    pub projection: Option<Projection>,
    pub next_steps: projection::NextSteps,
    pub warnings: Vec<Note>,
    pub steps: Vec<Note>,
    pub overridden: bool,
}

/// The input, validated (see `PensionInput` in the `.d.ts`).
pub struct PensionRequest {
    pub person: Person,
    pub history: History,
    pub decision: Option<Month>,
    pub policy: Option<Policy>,
    pub continuation: Option<Continuation>,
    pub inflation: Option<Rate>,
    pub today: Month,
    pub explain: bool,
    pub overrides: Overrides,
}

impl PensionRequest {
    pub const FIELDS: &'static [&'static str] = &[
        "sex",
        "birth",
        "condition",
        "history",
        "decisionMonth",
        "policy",
        "noReduction",
        "continuation",
        "inflation",
        "today",
        "explain",
        "overrides",
    ];

    pub fn read(raw: &Raw, clock: Month) -> Result<PensionRequest> {
        let f = raw.fields("")?;
        f.only(Self::FIELDS)?;
        let today = retirement::today(&f, clock)?;
        let person = Person::read(&f, today)?;
        let history = History::read(&f, today, person.birth)?;
        let decision = decision_month(&f, &history)?;
        Ok(PensionRequest {
            person,
            continuation: Continuation::read(&f, &history, today)?,
            history,
            decision,
            policy: Policy::read(&f)?,
            inflation: inflation(&f)?,
            today,
            explain: f.flag_or("explain", true)?,
            overrides: Overrides::read(&f)?,
        })
    }
}

/// `decisionMonth`, if given: from 2016-01 (Law 58/2014), after the history's last month.
pub fn decision_month(f: &Fields, history: &History) -> Result<Option<Month>> {
    history.month_after(f, "decisionMonth", HistoryNote::DecisionMonthNotAfterHistory)
}

/// Reads the input and calculates. `clock` is the current month, unless the input gives `today`.
pub fn pension(input: &Raw, clock: Month) -> Result<Pension> {
    calculate(&PensionRequest::read(input, clock)?)
}

pub fn calculate(req: &PensionRequest) -> Result<Pension> {
    let mut lookup = Lookup::new(&req.overrides);
    let profile = Profile::new(req.person, req.policy, Rate::ZERO, &mut lookup, req.explain)?;
    let decision = decision_of(req, &profile)?;
    profile.check_policy(decision, &mut lookup)?;
    // The assumed inflation matters only where a coefficient table must be projected.
    let projects = req.continuation.is_some() || !revaluation_years(&req.overrides).any(|y| y == decision.year());
    let inflation = if projects { assumed_inflation(req.inflation, &mut lookup, decision)? } else { Rate::ZERO };
    let mut profile = Profile { inflation, ..profile };
    let mut steps = Explanation::new(req.explain);
    // The retirement-age steps open the explanation; the result's `retirement` carries none of its own.
    for step in std::mem::take(&mut profile.retirement.steps) {
        steps.add(|| step);
    }
    let ledger = Ledger::new(&req.history, &mut lookup)?;
    let table = Coefficients::new(&req.overrides, decision.year(), inflation)?;
    let a = assess(&profile, &ledger, decision, &table, &mut lookup, &mut steps)?;
    let policy_allowances = match (&req.policy, &profile.retirement.policy, a.route) {
        (Some(p), Some(w), Some(_)) => {
            policy::allowances(p, w, &req.history, ledger.months.compulsory, decision, &mut lookup, &mut steps)?
        }
        _ => None,
    };
    let projection = match &req.continuation {
        Some(c) => Some(projection::project(&profile, &ledger, c, &req.overrides, &mut lookup)?),
        None => None,
    };
    let next_steps =
        projection::next_steps(&profile, &ledger, req.today, req.continuation.as_ref(), &mut lookup, &mut steps)?;
    let assumptions = assumptions(&a, projection.as_ref(), inflation);
    let provisional = a.provisional || projection.as_ref().is_some_and(|p| p.provisional);
    let mut warnings = warnings(req, &ledger, &a);
    // The assumed inflation is an assumption, listed in `assumptions` where it shaped a figure; it needs no
    // second note as an unverified figure.
    let mut used = lookup.into_used();
    used.retain(|u| u.id != data::ASSUMED_INFLATION.id || u.source.confidence == Confidence::Override);
    let (parameter_notes, overridden) = parameter_note_list(&used);
    warnings.extend(parameter_notes);
    Ok(Pension {
        law: a.law,
        decision_month: decision,
        retirement: profile.retirement,
        age_at_retirement: a.age_at_retirement,
        eligible: a.route.is_some(),
        route: a.route,
        rules: a.rules,
        missing: a.missing,
        months: a.months,
        years_counted: a.years_counted,
        average: a.average,
        rate: a.rate,
        computed_pension: a.computed_pension,
        minimum_pension: a.minimum_pension,
        monthly_pension: a.monthly_pension,
        allowance: a.allowance,
        health_insurance: a.health_insurance,
        monthly_value: a.monthly_pension.zip(a.health_insurance).map(|(p, h)| p + h),
        policy_allowances,
        provisional,
        assumptions,
        projection,
        next_steps,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
}

/// The month the pension is decided in: the one asked for, or by default the month it can start (at the retirement
/// age, or as early as a policy allows), after the last month contributed, and not in the past. From 2016-01, the
/// laws modelled.
fn decision_of(req: &PensionRequest, profile: &Profile) -> Result<Month> {
    let decision = match req.decision {
        Some(m) => m,
        None => profile.earliest_start().max(month_after(req.history.last())?).max(req.today),
    };
    if decision < input::FIRST_MONTH {
        let figures = vec![Figure::month("decision", decision)];
        return Err(Error::of(ErrorCode::MonthOutOfRange, "decisionMonth", PensionNote::DecisionBefore2016, figures));
    }
    Ok(decision)
}

/// What the figures rest on: the readings of the assessment, a projected table, and those of the projection, each
/// once.
fn assumptions(a: &Assessment, projection: Option<&Projection>, inflation: Rate) -> Vec<Note> {
    let mut assumptions = a.notes.clone();
    if let Some(from) = a.average.projected_from {
        assumptions.push(projection::projected_table_note(a.decision.year(), from, inflation));
    }
    // The projection may rest on the same projected table as the pension.
    projection::note_once(&mut assumptions, projection.iter().flat_map(|p| p.assumptions.clone()).collect());
    assumptions
}

/// Salaries counted at the cap, and a lower age the voluntary rules do not give.
fn warnings(req: &PensionRequest, ledger: &Ledger, a: &Assessment) -> Vec<Note> {
    let mut warnings = Vec::new();
    if ledger.capped_months > 0 {
        warnings
            .push(Note::new(PensionNote::SalaryAboveCap, vec![Figure::count("cappedMonths", ledger.capped_months)]));
    }
    if req.person.condition != Condition::Normal && a.rules == Rules::Voluntary {
        warnings.push(Note::new(PensionNote::ConditionNeedsCompulsory, vec![]));
    }
    warnings
}
