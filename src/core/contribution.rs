//! Compulsory contributions (đóng BHXH, BHYT, BHTN bắt buộc): what an employee and an employer pay in one
//! month, fund by fund, under the rules in force in that month.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{en, en_rate, parameter_notes, vi, vi_rate, Explanation, Figure, Figures, Step, Warning};
use crate::core::input::{self, Raw};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, Dated, Lookup, Overrides, Source};
use serde::Serialize;

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
    pub warnings: Vec<Warning>,
    pub steps: Vec<Step>,
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
            Err(Error::new(
                ErrorCode::RegionUnknown,
                "region",
                "«region»: chỉ có vùng 1, 2, 3 hoặc 4 (I–IV).",
                "“region”: there are only regions 1, 2, 3 and 4 (I–IV).",
            ))
        }
    }

    fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    fn roman(self) -> &'static str {
        ["I", "II", "III", "IV"][self.index()]
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

/// The rounding of every fund's amount: half-up to a whole đồng, per fund, so the parts add up to the totals.
fn share(base: Vnd, rate: Rate) -> Vnd {
    Vnd::round_half_up(base.times(rate.value()))
}

/// Reads the input and calculates.
pub fn contribution(input: &Raw) -> Result<Contribution> {
    calculate(&ContributionRequest::read(input)?)
}

pub fn calculate(req: &ContributionRequest) -> Result<Contribution> {
    let m = req.month;
    let mut lookup = Lookup::new(&req.overrides);
    let mut warnings = Vec::new();
    let mut steps = Explanation::new(req.explain);

    // 1. The floor, the caps and the regional minimum in force in the month.
    let reference = lookup.require(&data::REFERENCE_LEVEL, m)?;
    let minimum = lookup.require(&data::REGIONAL_MINIMUM_WAGE, m)?;
    let si_multiple = lookup.require(&data::SOCIAL_INSURANCE_CAP_MULTIPLE, m)?;
    let ui_multiple = lookup.require(&data::UNEMPLOYMENT_CAP_MULTIPLE, m)?;
    let regional_minimum = minimum.value.0[req.region.index()];
    let si_cap = reference.value.multiple(si_multiple.value);

    if req.salary < regional_minimum {
        warnings.push(Warning::new(
            "salaryBelowRegionalMinimum",
            format!(
                "Tiền lương {} thấp hơn lương tối thiểu vùng {} ({}): hợp đồng làm đủ thời giờ làm việc bình thường không được trả thấp hơn mức này.",
                vi(req.salary), req.region.roman(), vi(regional_minimum)
            ),
            format!(
                "The salary {} is below the region {} minimum wage ({}): a full-time contract may not pay less.",
                en(req.salary), req.region.roman(), en(regional_minimum)
            ),
        ));
    }
    steps.add(|| Step {
        id: "regionalMinimumWage",
        vi: format!(
            "Lương tối thiểu vùng {} tháng {m}: {}. Tiền lương khai báo: {}.",
            req.region.roman(),
            vi(regional_minimum),
            vi(req.salary)
        ),
        en: format!(
            "Region {} minimum wage in {m}: {}. Declared salary: {}.",
            req.region.roman(),
            en(regional_minimum),
            en(req.salary)
        ),
        figures: Figures(vec![Figure::vnd("regionalMinimumWage", regional_minimum), Figure::vnd("salary", req.salary)]),
        sources: vec![minimum.source, Source::law("Bộ luật Lao động 45/2019/QH14", "Điều 90, 91")],
    });

    // 2. The SI base: at least the reference level, at most 20 times it.
    let si_base = req.salary.max(reference.value).min(si_cap);
    if req.salary < reference.value {
        warnings.push(Warning::new(
            "baseRaisedToFloor",
            format!("Tiền lương thấp hơn mức tham chiếu; căn cứ đóng được nâng lên {}.", vi(reference.value)),
            format!("The salary is below the reference level; the base is raised to {}.", en(reference.value)),
        ));
    }
    if req.salary > si_cap {
        warnings.push(Warning::new(
            "socialInsuranceBaseCapped",
            format!("Tiền lương vượt mức trần; BHXH và BHYT chỉ đóng trên {}.", vi(si_cap)),
            format!("The salary exceeds the cap; SI and HI are paid on {} only.", en(si_cap)),
        ));
    }
    steps.add(|| Step {
        id: "socialInsuranceBase",
        vi: format!(
            "Căn cứ đóng BHXH = tiền lương, không thấp hơn mức tham chiếu (lương cơ sở) {} và không cao hơn {} × mức này = {}: {}.",
            vi(reference.value), si_multiple.value, vi(si_cap), vi(si_base)
        ),
        en: format!(
            "SI base = the salary, at least the reference level (base salary) {} and at most {} times it = {}: {}.",
            en(reference.value), si_multiple.value, en(si_cap), en(si_base)
        ),
        figures: Figures(vec![
            Figure::vnd("referenceLevel", reference.value),
            Figure::vnd("socialInsuranceCap", si_cap),
            Figure::vnd("socialInsuranceBase", si_base),
        ]),
        sources: vec![si_multiple.source, reference.source],
    });
    steps.add(|| Step {
        id: "healthInsuranceBase",
        vi: format!("Căn cứ đóng BHYT bằng căn cứ đóng BHXH, cùng mức trần: {}.", vi(si_base)),
        en: format!("The HI base equals the SI base, with the same cap: {}.", en(si_base)),
        figures: Figures(vec![Figure::vnd("healthInsuranceBase", si_base)]),
        sources: vec![Source::law("Nghị định 146/2018/NĐ-CP", "Điều 7.1.a")],
    });

    // 3. The UI base: the same salary, capped at 20 times the regional minimum; none for foreign employees.
    let ui_base = if req.foreign_employee {
        steps.add(|| Step {
            id: "unemploymentBase",
            vi: "Người lao động nước ngoài không thuộc đối tượng tham gia bảo hiểm thất nghiệp.".into(),
            en: "Foreign employees are not covered by unemployment insurance.".into(),
            figures: Figures(vec![]),
            sources: vec![Source { article: "Phạm vi: công dân Việt Nam", ..ui_multiple.source }],
        });
        None
    } else {
        let ui_cap = regional_minimum.multiple(ui_multiple.value);
        let ui_base = req.salary.max(reference.value).min(ui_cap);
        if req.salary > ui_cap {
            warnings.push(Warning::new(
                "unemploymentBaseCapped",
                format!("Tiền lương vượt mức trần BHTN; BHTN chỉ đóng trên {}.", vi(ui_cap)),
                format!("The salary exceeds the UI cap; UI is paid on {} only.", en(ui_cap)),
            ));
        }
        steps.add(|| Step {
            id: "unemploymentBase",
            vi: format!(
                "Căn cứ đóng BHTN = tiền lương, không cao hơn {} × lương tối thiểu vùng {} = {}: {}.",
                ui_multiple.value,
                req.region.roman(),
                vi(ui_cap),
                vi(ui_base)
            ),
            en: format!(
                "UI base = the salary, at most {} × the region {} minimum wage = {}: {}.",
                ui_multiple.value,
                req.region.roman(),
                en(ui_cap),
                en(ui_base)
            ),
            figures: Figures(vec![Figure::vnd("unemploymentCap", ui_cap), Figure::vnd("unemploymentBase", ui_base)]),
            sources: vec![ui_multiple.source, minimum.source],
        });
        Some(ui_base)
    };

    // 4. The rates in force, fund by fund.
    let occupational_param =
        if req.reduced_occupational_rate { &data::OCCUPATIONAL_EMPLOYER_REDUCED } else { &data::OCCUPATIONAL_EMPLOYER };
    let occupational = lookup.get(occupational_param, m).ok_or_else(|| {
        Error::new(
            ErrorCode::OptionNotInForce,
            "reducedOccupationalRate",
            format!("«reducedOccupationalRate»: mức đóng TNLĐ-BNN thấp hơn chỉ áp dụng từ 2020-07 (Nghị định 58/2020); tháng {m} chưa có."),
            format!("“reducedOccupationalRate”: the reduced OA/OD rate applies from 2020-07 (Decree 58/2020), not in {m}."),
        )
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
    let amounts = |r: &Shares<Rate>| {
        let ui = ui_base.unwrap_or(Vnd::ZERO);
        let retirement = share(si_base, r.retirement);
        let sickness = share(si_base, r.sickness);
        let occupational = share(si_base, r.occupational);
        let social_insurance = retirement + sickness + occupational;
        let health = share(si_base, r.health);
        let unemployment = share(ui, r.unemployment);
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
    };
    let employee = amounts(&employee_rates.0);
    let employer = amounts(&employer_rates.0);
    steps.add(|| shares_step(Side::Employee, &employee_rates, &employee));
    steps.add(|| shares_step(Side::Employer, &employer_rates, &employer));

    let total = employee.total + employer.total;
    let employer_cost = req.salary + employer.total;
    let net_before_tax = req.salary - employee.total;
    steps.add(|| Step {
        id: "totals",
        vi: format!(
            "Tổng cộng hai bên đóng {}. Chi phí của người sử dụng lao động: {} + {} = {}. Lương còn lại trước thuế: {}.",
            vi(total), vi(req.salary), vi(employer.total), vi(employer_cost), vi(net_before_tax)
        ),
        en: format!(
            "Both sides pay {} in all. The employer's cost: {} + {} = {}. Pay left before tax: {}.",
            en(total), en(req.salary), en(employer.total), en(employer_cost), en(net_before_tax)
        ),
        figures: Figures(vec![
            Figure::vnd("total", total),
            Figure::vnd("employerCost", employer_cost),
            Figure::vnd("netBeforeTax", net_before_tax),
        ]),
        sources: vec![],
    });

    let (parameter_warnings, overridden) = parameter_notes(&lookup.into_used());
    warnings.extend(parameter_warnings);
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

/// One side's rates, with the sources of the funds it pays into.
fn rates(
    retirement: Dated<Rate>,
    sickness: Option<Dated<Rate>>,
    occupational: Option<Dated<Rate>>,
    health: Dated<Rate>,
    unemployment: Option<Dated<Rate>>,
    union_fee: Option<Dated<Rate>>,
) -> (Shares<Rate>, Vec<Source>) {
    let rate = |d: Option<Dated<Rate>>| d.map_or(Rate::ZERO, |d| d.value);
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

/// The step that lists one side's funds: "8% = 1.600.000 đ; …", written into one string per language.
fn shares_step(side: Side, rates: &(Shares<Rate>, Vec<Source>), amounts: &Shares<Vnd>) -> Step {
    use std::fmt::Write;
    let (r, a) = (&rates.0, amounts);
    let funds = [
        ("hưu trí, tử tuất", "retirement & survivorship", r.retirement, a.retirement),
        ("ốm đau, thai sản", "sickness & maternity", r.sickness, a.sickness),
        ("TNLĐ-BNN", "occupational accident & disease", r.occupational, a.occupational),
        ("BHYT", "health insurance", r.health, a.health),
        ("BHTN", "unemployment insurance", r.unemployment, a.unemployment),
        ("kinh phí công đoàn", "trade-union fee", r.union_fee, a.union_fee),
    ];
    let (id, mut text_vi, mut text_en) = match side {
        Side::Employee => {
            ("employeeShares", String::from("Người lao động đóng: "), String::from("The employee pays: "))
        }
        Side::Employer => {
            ("employerShares", String::from("Người sử dụng lao động đóng: "), String::from("The employer pays: "))
        }
    };
    // Writing to a String cannot fail.
    for (vi_name, en_name, rate, amount) in funds.iter().filter(|f| f.2 != Rate::ZERO) {
        let _ = write!(text_vi, "{vi_name} {} = {}; ", vi_rate(*rate), vi(*amount));
        let _ = write!(text_en, "{en_name} {} = {}; ", en_rate(*rate), en(*amount));
    }
    let _ = write!(text_vi, "tổng {} ({}). Mỗi khoản làm tròn đến đồng.", vi(a.total), vi_rate(r.total));
    let _ = write!(text_en, "in all {} ({}). Each amount is rounded to the đồng.", en(a.total), en_rate(r.total));
    Step {
        id,
        vi: text_vi,
        en: text_en,
        figures: Figures(vec![Figure::rate("totalRate", r.total), Figure::vnd("total", a.total)]),
        sources: rates.1.clone(),
    }
}

#[derive(Clone, Copy)]
enum Side {
    Employee,
    Employer,
}
