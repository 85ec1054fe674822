//! Compulsory contributions (đóng BHXH, BHYT, BHTN bắt buộc): what an employee and an employer pay in one
//! month, fund by fund, under the rules in force in that month.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Explanation, Figure, Note, Source};
use crate::core::input::{self, Raw};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, parameter_note_list, Dated, Lookup, Overrides};
use crate::notes;
use serde::Serialize;

notes! {
    /// What a compulsory contribution says: its steps, its warnings, its errors.
    pub enum ContributionNote {
        RegionalMinimumWage,
        SocialInsuranceBase,
        HealthInsuranceBase,
        UnemploymentBase,
        /// The UI base of a foreign employee: none.
        UnemploymentNotCovered,
        /// What one side pays: its funds (the notes below, those with a rate), the total.
        EmployeeShares,
        EmployerShares,
        RetirementShare,
        SicknessShare,
        OccupationalShare,
        HealthShare,
        UnemploymentShare,
        UnionFeeShare,
        /// Both sides together, the employer's cost, the pay left.
        ContributionTotals,
        SalaryBelowRegionalMinimum,
        BaseRaisedToFloor,
        SocialInsuranceBaseCapped,
        UnemploymentBaseCapped,
        RegionUnknown,
        /// The reduced occupational rate asked for a month before it existed.
        ReducedRateNotInForce,
    }
}

/// One side's contribution (employee or employer), fund by fund, in đồng or as rates.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Shares<T> {
    /// Quỹ hưu trí, tử tuất.
    pub retirement: T,
    /// Quỹ ốm đau, thai sản.
    pub sickness: T,
    /// Quỹ tai nạn lao động, bệnh nghề nghiệp.
    pub occupational: T,
    /// The three SI funds together.
    pub social_insurance: T,
    /// Bảo hiểm y tế.
    pub health: T,
    /// Bảo hiểm thất nghiệp.
    pub unemployment: T,
    /// Kinh phí công đoàn (employer only, when asked for).
    pub union_fee: T,
    pub total: T,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Bases {
    /// The SI base after the floor and the cap.
    pub social_insurance: Vnd,
    /// The HI base: the SI base.
    pub health_insurance: Vnd,
    /// The UI base after its own cap; `null` when the employee is not covered.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub unemployment: Option<Vnd>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month: Month,
    pub salary: Vnd,
    pub region: u8,
    pub base: Bases,
    pub employee: Shares<Vnd>,
    pub employer: Shares<Vnd>,
    pub employee_rates: Shares<Rate>,
    pub employer_rates: Shares<Rate>,
    /// Employee and employer together.
    pub total: Vnd,
    /// The salary plus everything the employer pays on it.
    pub employer_cost: Vnd,
    /// The salary less the employee's contributions (before personal income tax).
    pub net_before_tax: Vnd,
    pub warnings: Vec<Note>,
    pub steps: Vec<Note>,
    /// True when a what-if override shaped the result.
    pub overridden: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Region(u8);

impl Region {
    pub fn new(number: f64) -> Result<Region> {
        if [1.0, 2.0, 3.0, 4.0].contains(&number) {
            Ok(Region(number as u8))
        } else {
            Err(Error::of(ErrorCode::RegionUnknown, "region", ContributionNote::RegionUnknown, vec![]))
        }
    }

    fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    /// The region as its notes show it (written I–IV).
    fn figure(self) -> Figure {
        Figure::count("region", u32::from(self.0))
    }
}

/// The input, validated. As a caller writes it (see `ContributionInput` in the `.d.ts`):
/// `{ month: "2026-11", salary: 20000000, region: 1, reducedOccupationalRate?, foreignEmployee?, unionFee?,
/// overrides? }`.
pub struct ContributionRequest {
    pub month: Month,
    pub salary: Vnd,
    pub region: Region,
    pub reduced_occupational_rate: bool,
    pub foreign_employee: bool,
    pub union_fee: bool,
    /// Build the step-by-step explanation (default); without it a call is several times faster.
    pub explain: bool,
    pub overrides: Overrides,
}

impl ContributionRequest {
    /// The fields a caller may give.
    pub const FIELDS: &'static [&'static str] = &[
        "month",
        "salary",
        "region",
        "reducedOccupationalRate",
        "foreignEmployee",
        "unionFee",
        "explain",
        "overrides",
    ];

    pub fn read(raw: &Raw) -> Result<ContributionRequest> {
        let f = raw.fields("")?;
        f.only(Self::FIELDS)?;
        Ok(ContributionRequest {
            month: input::month_in_range(f.text("month")?, "month")?,
            salary: input::amount(f.number("salary")?, "salary")?,
            region: Region::new(f.number("region")?)?,
            reduced_occupational_rate: f.flag("reducedOccupationalRate")?,
            foreign_employee: f.flag("foreignEmployee")?,
            union_fee: f.flag("unionFee")?,
            explain: f.flag_or("explain", true)?,
            overrides: Overrides::read(&f)?,
        })
    }
}

/// Reads the input and calculates.
pub fn contribution(input: &Raw) -> Result<Contribution> {
    calculate(&ContributionRequest::read(input)?)
}

pub fn calculate(req: &ContributionRequest) -> Result<Contribution> {
    use ContributionNote as N;
    let m = req.month;
    let mut lookup = Lookup::new(&req.overrides);
    let mut steps = Explanation::new(req.explain);

    // 1. The floor, the caps and the regional minimum in force in the month; no full-time salary may be
    // lower than the regional minimum.
    let reference = lookup.require(&data::REFERENCE_LEVEL, m)?;
    let minimum = lookup.require(&data::REGIONAL_MINIMUM_WAGE, m)?;
    let si_multiple = lookup.require(&data::SOCIAL_INSURANCE_CAP_MULTIPLE, m)?;
    let ui_multiple = lookup.require(&data::UNEMPLOYMENT_CAP_MULTIPLE, m)?;
    let regional_minimum = minimum.value.0[req.region.index()];
    steps.add(|| {
        let labour_code = Source::law("Bộ luật Lao động 45/2019/QH14", "Điều 90, 91");
        Note::new(
            N::RegionalMinimumWage,
            vec![
                req.region.figure(),
                Figure::month("month", m),
                Figure::vnd("regionalMinimumWage", regional_minimum),
                Figure::vnd("salary", req.salary),
            ],
        )
        .cite([minimum.source, labour_code])
    });

    // 2. The SI base: the salary, at least the reference level, at most 20 times it. HI is paid on the same.
    let si_cap = reference.value.multiple(si_multiple.value);
    let si_base = req.salary.max(reference.value).min(si_cap);
    steps.add(|| {
        Note::new(
            N::SocialInsuranceBase,
            vec![
                Figure::vnd("referenceLevel", reference.value),
                Figure::count("capMultiple", si_multiple.value),
                Figure::vnd("socialInsuranceCap", si_cap),
                Figure::vnd("socialInsuranceBase", si_base),
            ],
        )
        .cite([si_multiple.source, reference.source])
    });
    steps.add(|| {
        Note::new(N::HealthInsuranceBase, vec![Figure::vnd("healthInsuranceBase", si_base)])
            .cite([Source::law("Nghị định 146/2018/NĐ-CP", "Điều 7.1.a")])
    });

    // 3. The UI base: the same salary, at most 20 times the regional minimum; none for foreign employees.
    let ui_cap = regional_minimum.multiple(ui_multiple.value);
    let ui_base = (!req.foreign_employee).then(|| req.salary.max(reference.value).min(ui_cap));
    steps.add(|| match ui_base {
        None => Note::new(N::UnemploymentNotCovered, vec![])
            .cite([Source { article: "Phạm vi: công dân Việt Nam", ..ui_multiple.source }]),
        Some(ui_base) => Note::new(
            N::UnemploymentBase,
            vec![
                Figure::count("capMultiple", ui_multiple.value),
                req.region.figure(),
                Figure::vnd("unemploymentCap", ui_cap),
                Figure::vnd("unemploymentBase", ui_base),
            ],
        )
        .cite([ui_multiple.source, minimum.source]),
    });

    // 4. The rates in force, fund by fund.
    let occupational_param =
        if req.reduced_occupational_rate { &data::OCCUPATIONAL_EMPLOYER_REDUCED } else { &data::OCCUPATIONAL_EMPLOYER };
    let occupational = lookup.get(occupational_param, m).ok_or_else(|| {
        let figures = vec![Figure::month("month", m)];
        Error::of(ErrorCode::OptionNotInForce, "reducedOccupationalRate", N::ReducedRateNotInForce, figures)
    })?;
    let union_fee = if req.union_fee { Some(lookup.require(&data::UNION_FEE_EMPLOYER, m)?) } else { None };
    let employee_rates = rates(
        lookup.require(&data::RETIREMENT_EMPLOYEE, m)?,
        None,
        None,
        lookup.require(&data::HEALTH_EMPLOYEE, m)?,
        ui_base.map(|_| lookup.require(&data::UNEMPLOYMENT_EMPLOYEE, m)).transpose()?,
        None,
    );
    let employer_rates = rates(
        lookup.require(&data::RETIREMENT_EMPLOYER, m)?,
        Some(lookup.require(&data::SICKNESS_EMPLOYER, m)?),
        Some(occupational),
        lookup.require(&data::HEALTH_EMPLOYER, m)?,
        ui_base.map(|_| lookup.require(&data::UNEMPLOYMENT_EMPLOYER, m)).transpose()?,
        union_fee,
    );

    // 5. The amounts: each fund's rate on its base, rounded half-up to the đồng.
    let employee = amounts(&employee_rates.0, si_base, ui_base);
    let employer = amounts(&employer_rates.0, si_base, ui_base);
    steps.add(|| shares_note(N::EmployeeShares, &employee_rates, &employee));
    steps.add(|| shares_note(N::EmployerShares, &employer_rates, &employer));

    // 6. What both pay, what the employer spends, what the employee keeps before tax.
    let total = employee.total + employer.total;
    let employer_cost = req.salary + employer.total;
    let net_before_tax = req.salary - employee.total;
    steps.add(|| {
        Note::new(
            N::ContributionTotals,
            vec![
                Figure::vnd("total", total),
                Figure::vnd("salary", req.salary),
                Figure::vnd("employerTotal", employer.total),
                Figure::vnd("employerCost", employer_cost),
                Figure::vnd("netBeforeTax", net_before_tax),
            ],
        )
    });

    let mut warnings = salary_warnings(req, regional_minimum, reference.value, si_cap, ui_base.map(|_| ui_cap));
    let (parameter_notes, overridden) = parameter_note_list(&lookup.into_used());
    warnings.extend(parameter_notes);
    Ok(Contribution {
        month: m,
        salary: req.salary,
        region: req.region.0,
        base: Bases { social_insurance: si_base, health_insurance: si_base, unemployment: ui_base },
        employee,
        employer,
        employee_rates: employee_rates.0,
        employer_rates: employer_rates.0,
        total,
        employer_cost,
        net_before_tax,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
}

/// What a salary outside the floors and caps means: below the regional minimum, raised to the reference
/// level, above the SI cap, above the UI cap (`ui_cap` is `None` when UI is not paid).
fn salary_warnings(
    req: &ContributionRequest,
    regional_minimum: Vnd,
    reference: Vnd,
    si_cap: Vnd,
    ui_cap: Option<Vnd>,
) -> Vec<Note> {
    use ContributionNote as N;
    let mut warnings = Vec::new();
    if req.salary < regional_minimum {
        warnings.push(Note::new(
            N::SalaryBelowRegionalMinimum,
            vec![
                Figure::vnd("salary", req.salary),
                req.region.figure(),
                Figure::vnd("regionalMinimumWage", regional_minimum),
            ],
        ));
    }
    if req.salary < reference {
        warnings.push(Note::new(N::BaseRaisedToFloor, vec![Figure::vnd("referenceLevel", reference)]));
    }
    if req.salary > si_cap {
        warnings.push(Note::new(N::SocialInsuranceBaseCapped, vec![Figure::vnd("socialInsuranceCap", si_cap)]));
    }
    if let Some(ui_cap) = ui_cap.filter(|cap| req.salary > *cap) {
        warnings.push(Note::new(N::UnemploymentBaseCapped, vec![Figure::vnd("unemploymentCap", ui_cap)]));
    }
    warnings
}

/// The rounding of every fund's amount: half-up to a whole đồng, per fund, so the parts add up to the totals.
fn share(base: Vnd, rate: Rate) -> Vnd {
    Vnd::round_half_up(base.times(rate.value()))
}

/// One side's amounts: SI, HI and the union fee on the SI base, UI on its own base (none when not covered).
fn amounts(r: &Shares<Rate>, si_base: Vnd, ui_base: Option<Vnd>) -> Shares<Vnd> {
    let retirement = share(si_base, r.retirement);
    let sickness = share(si_base, r.sickness);
    let occupational = share(si_base, r.occupational);
    let social_insurance = retirement + sickness + occupational;
    let health = share(si_base, r.health);
    let unemployment = share(ui_base.unwrap_or(Vnd::ZERO), r.unemployment);
    let union_fee = share(si_base, r.union_fee);
    Shares {
        retirement,
        sickness,
        occupational,
        social_insurance,
        health,
        unemployment,
        union_fee,
        total: social_insurance + health + unemployment + union_fee,
    }
}

/// One side's rates, with the sources of the funds it pays into.
fn rates(
    retirement: &Dated<Rate>,
    sickness: Option<&Dated<Rate>>,
    occupational: Option<&Dated<Rate>>,
    health: &Dated<Rate>,
    unemployment: Option<&Dated<Rate>>,
    union_fee: Option<&Dated<Rate>>,
) -> (Shares<Rate>, Vec<Source>) {
    let rate = |d: Option<&Dated<Rate>>| d.map_or(Rate::ZERO, |d| d.value);
    let social_insurance = retirement.value + rate(sickness) + rate(occupational);
    let shares = Shares {
        retirement: retirement.value,
        sickness: rate(sickness),
        occupational: rate(occupational),
        social_insurance,
        health: health.value,
        unemployment: rate(unemployment),
        union_fee: rate(union_fee),
        total: social_insurance + health.value + rate(unemployment) + rate(union_fee),
    };
    let sources = [Some(retirement), sickness, occupational, Some(health), unemployment, union_fee]
        .into_iter()
        .flatten()
        .map(|d| d.source)
        .collect();
    (shares, sources)
}

/// The step that lists what one side pays: each fund it pays into, its rate and amount, then the total.
fn shares_note(side: ContributionNote, rates: &(Shares<Rate>, Vec<Source>), amounts: &Shares<Vnd>) -> Note {
    use ContributionNote as N;
    let (r, a) = (&rates.0, amounts);
    let funds = [
        (N::RetirementShare, r.retirement, a.retirement),
        (N::SicknessShare, r.sickness, a.sickness),
        (N::OccupationalShare, r.occupational, a.occupational),
        (N::HealthShare, r.health, a.health),
        (N::UnemploymentShare, r.unemployment, a.unemployment),
        (N::UnionFeeShare, r.union_fee, a.union_fee),
    ];
    let paid = funds
        .into_iter()
        .filter(|(_, rate, _)| *rate != Rate::ZERO)
        .map(|(fund, rate, amount)| Note::new(fund, vec![Figure::rate("rate", rate), Figure::vnd("amount", amount)]))
        .collect();
    Note::new(
        side,
        vec![Figure::notes("funds", paid), Figure::rate("totalRate", r.total), Figure::vnd("total", a.total)],
    )
    .cite(rates.1.iter().copied())
}
