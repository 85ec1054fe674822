//! Early retirement under the special policies of the State's restructuring (nghỉ hưu trước tuổi theo chính sách
//! đặc thù): Decree 178/2024 as amended by Decree 67/2025 (restructuring of the political system's apparatus),
//! Decree 154/2025 (staff streamlining) and Decree 177/2024 (cadres not re-elected or re-appointed). Law 41/2024
//! Art 64.3 lets the Government set such cases. Each lets a covered person take the Art 66.1 pension before the
//! normal age without the Art 66.3 reduction, and pays allowances of its own from the State budget: multiples of
//! the current salary (tiền lương hiện hưởng), which are not social insurance. Who is covered (the person's post,
//! the competent decision, the restructuring) is for the worker to assert; the engine does not check it.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{en, en_rate, vi, vi_rate, Explanation, Figure, Figures, Step, Warning};
use crate::core::history::{History, Scheme, Years};
use crate::core::input::{self, Fields};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, Dated, Lookup, Param, Source, Value};
use rust_decimal::Decimal;
use serde::Serialize;

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

    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            PolicyKind::Decree178 => (
                "Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP) về sắp xếp tổ chức bộ máy",
                "Decree 178/2024 (as amended by Decree 67/2025) on restructuring the apparatus",
            ),
            PolicyKind::Decree154 => {
                ("Nghị định 154/2025/NĐ-CP về tinh giản biên chế", "Decree 154/2025 on staff streamlining")
            }
            PolicyKind::Decree177 => (
                "Nghị định 177/2024/NĐ-CP (không đủ tuổi tái cử, tái bổ nhiệm)",
                "Decree 177/2024 (not re-elected or re-appointed)",
            ),
            PolicyKind::Unspecified => ("chính sách nghỉ hưu trước tuổi đặc thù", "a special early-retirement policy"),
        }
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
            return Err(Error::new(
                ErrorCode::InputConflict,
                "noReduction",
                "«noReduction»: chỉ đưa vào «policy» (cách cũ «noReduction» không dùng cùng lúc được).",
                "“noReduction”: give “policy” only (the older “noReduction” cannot go with it).",
            ));
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
fn figure<T: Value>(param: &'static Param<T>, month: Month, lookup: &mut Lookup) -> Result<Dated<T>> {
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
    let (name_vi, name_en) = kind.words();
    let (span_vi, span_en) = match span {
        Some((from, to, _)) if to < input::LAST_MONTH => {
            (format!("từ {from} đến {to}"), format!("from {from} to {to}"))
        }
        Some((from, _, _)) => (format!("từ {from}"), format!("from {from}")),
        None => ("không tháng nào".to_string(), "in no month".to_string()),
    };
    let (then_vi, then_en) = match kind {
        PolicyKind::Decree178 => (
            " Từ 2025-09, người nghỉ sớm do sắp xếp bộ máy được giải quyết theo Nghị định 154/2025/NĐ-CP («decree154»).",
            " From 2025-09, early leavers of the restructuring go through Decree 154/2025 (“decree154”).",
        ),
        _ => ("", ""),
    };
    Err(Error::new(
        ErrorCode::OptionNotInForce,
        "policy.kind",
        format!("«policy.kind»: {name_vi} chỉ áp dụng cho lương hưu bắt đầu {span_vi}; lương hưu từ tháng {decision}, trước tháng {benchmark_start} (đủ tuổi nghỉ hưu), không thể theo chính sách này.{then_vi}"),
        format!("“policy.kind”: {name_en} applies to pensions starting {span_en}; a pension from {decision}, before {benchmark_start} (the retirement age), cannot be under it.{then_en}"),
    ))
}

/// The explanation step of a pension that starts early under a policy, with no reduction.
pub fn no_reduction_step(window: &PolicyWindow, months_early: u32) -> Step {
    let (name_vi, name_en) = window.kind.words();
    Step {
        id: "earlyRetirementReduction",
        vi: format!("Nghỉ hưu trước tuổi {months_early} tháng theo {name_vi}: không bị trừ tỷ lệ hưởng lương hưu."),
        en: format!("Retired {months_early} months early under {name_en}: the rate is not reduced."),
        figures: Figures(vec![Figure::count("monthsEarly", months_early)]),
        sources: window.sources.clone(),
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
    /// What the allowance is for: (vi, en).
    pub fn words(&self) -> (&'static str, &'static str) {
        match self.id {
            "earlyMonths" => {
                ("Trợ cấp hưu trí một lần cho số tháng nghỉ sớm", "One-off allowance for the months retired early")
            }
            "yearsEarly" => ("Trợ cấp cho số năm nghỉ sớm", "Allowance for the years retired early"),
            _ => ("Trợ cấp theo số năm đóng BHXH bắt buộc", "Allowance for the years of compulsory SI"),
        }
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
    pub assumptions: Vec<Warning>,
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
    steps: &mut Explanation,
) -> Result<Option<PolicyAllowances>> {
    let Some(schedule) = policy.kind.rules().allowances else { return Ok(None) };
    let months_early = window.months_early(decision);
    if !window.contains(decision) || months_early == 0 {
        return Ok(None);
    }
    let leaving = decision.plus(-1).ok_or_else(|| Error::internal("last month worked"))?;
    let mut assumptions = vec![Warning::new(
        "notSocialInsurance",
        format!("Các khoản trợ cấp của {} do ngân sách nhà nước chi, không phải chế độ BHXH, và không tính vào lương hưu; người lao động tự xác định mình thuộc diện áp dụng.", policy.kind.words().0),
        format!("The allowances of {} are paid by the State budget: they are not social insurance and not part of the pension; the worker asserts being covered.", policy.kind.words().1),
    )];
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
    let mut item = |id, months: Decimal, sources: Vec<Source>| {
        let months = months.normalize();
        items.push(PolicyAllowance { id, months, amount: Vnd::round_half_up(salary.times(months)), sources });
    };

    // Decree 178 Art 7.1: for each month early, up to 5 years; more than 5 years, 90% for 60 months. Half as much
    // for leaving from the 13th month after the restructuring decision.
    let first_band = if policy.kind == PolicyKind::Decree178 {
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
                return Err(Error::new(
                    ErrorCode::MonthOrder,
                    "policy.restructuringMonth",
                    format!("«policy.restructuringMonth»: quyết định sắp xếp phải có hiệu lực chậm nhất vào tháng làm việc cuối cùng {leaving}."),
                    format!("“policy.restructuringMonth”: the restructuring decision must take effect by the last month worked, {leaving}."),
                ))
            }
            Some(r) => leaving.index() - r.index() < full_months.value,
            None => true,
        };
        let (when_vi, when_en) = match (policy.restructuring, full) {
            (None, _) => (
                "không có tháng quyết định sắp xếp («policy.restructuringMonth»): giả định nghỉ trong",
                "no restructuring month (“policy.restructuringMonth”): leaving is assumed within",
            ),
            (Some(_), true) => ("nghỉ trong", "leaving within"),
            (Some(_), false) => ("nghỉ sau", "leaving after"),
        };
        assumptions.push(Warning::new(
            "restructuringMonth",
            format!(
                "Trợ cấp cho số tháng nghỉ sớm: {when_vi} {} tháng đầu kể từ quyết định sắp xếp: {} mức.",
                full_months.value,
                if full { "đủ".to_string() } else { vi_rate(later.value).to_string() }
            ),
            format!(
                "The months-early allowance: {when_en} the first {} months after the restructuring decision: {}.",
                full_months.value,
                if full { "in full".to_string() } else { format!("{} of it", en_rate(later.value)) }
            ),
        ));
        let months =
            Decimal::from(counted) * rate.value.value() * if full { Decimal::ONE } else { later.value.value() };
        item("earlyMonths", months, vec![rate.source, full_months.source, later.source]);
        Some(band.value)
    } else {
        None
    };

    // For each year early, and for the years of compulsory SI (Decree 178 Art 7.2; Decree 154; Decree 177 Art
    // 3.2.b–c): from 2 years early under Decrees 178 and 154.
    let min_months = match schedule.min_months {
        Some(param) => lookup.require(param, decision)?.value,
        None => 0,
    };
    if months_early >= min_months {
        let per_year = match first_band {
            Some(band) if months_early > band => {
                lookup.require(&data::DECREE178_YEARS_EARLY_ALLOWANCE_OVER_FIVE_YEARS, decision)?
            }
            _ => lookup.require(schedule.per_year_early, decision)?,
        };
        item("yearsEarly", years_early.value() * per_year.value.value(), vec![per_year.source]);
        let base = lookup.require(schedule.service, decision)?;
        let base_years = lookup.require(schedule.service_base_years, decision)?;
        let per_year = lookup.require(schedule.service_per_year, decision)?;
        let beyond = (service_years.value() - Decimal::from(base_years.value)).max(Decimal::ZERO);
        let months = base.value.value() + per_year.value.value() * beyond;
        item("serviceYears", months, vec![base.source, base_years.source, per_year.source]);
        assumptions.push(Warning::new(
            "halfYearRounding",
            "Số tháng nghỉ sớm và thời gian đóng BHXH được làm tròn: lẻ từ 1 đến 6 tháng tính nửa năm, từ 7 đến 11 tháng tính một năm (Thông tư 19/2025/TT-BQP Điều 5.2; Nghị định 177/2024/NĐ-CP Điều 3.3; ví dụ của Công văn 1814/BNV-TCBC tính 30 tháng là 2,5 năm).",
            "The months early and the years of SI are rounded: 1 to 6 odd months count as half a year, 7 to 11 as a year (Circular 19/2025/TT-BQP Art 5.2; Decree 177/2024 Art 3.3; the example of letter 1814/BNV-TCBC counts 30 months as 2.5 years).",
        ));
    } else {
        assumptions.push(Warning::new(
            "underTwoYearsEarly",
            format!("Nghỉ sớm dưới {min_months} tháng: chỉ được hưởng lương hưu không bị trừ tỷ lệ{} (điều khoản chưa được đối chiếu với văn bản gốc).", if first_band.is_some() { " và trợ cấp cho số tháng nghỉ sớm" } else { "" }),
            format!("Under {min_months} months early: only the unreduced pension{} (the clause was not checked against the decree's text).", if first_band.is_some() { " and the months-early allowance" } else { "" }),
        ));
    }
    if policy.kind == PolicyKind::Decree178 {
        assumptions.push(Warning::new(
            "decree178Decision",
            "Nghị định 178/2024 chỉ áp dụng khi quyết định nghỉ hưu được ban hành đến hết 31/8/2025 (với thời điểm nghỉ sau 31/8/2025: ban hành trước 01/8/2025 và nghỉ chậm nhất 31/12/2025; Công văn 6383/BNV-TCBC): giả định như vậy.",
            "Decree 178/2024 applies only if the retirement decision was issued by 2025-08-31 (for a leaving date after 2025-08-31: issued before 2025-08-01, leaving by 2025-12-31; letter 6383/BNV-TCBC): this is assumed.",
        ));
    }
    if policy.kind == PolicyKind::Decree154 {
        assumptions.push(Warning::new(
            "decree154Readings",
            "Với Nghị định 154/2025, cách làm tròn số năm và định nghĩa tiền lương hiện hưởng được lấy theo Nghị định 178/2024 và 177/2024 (chưa đối chiếu với văn bản của Nghị định 154).",
            "For Decree 154/2025, the rounding of the years and the definition of the current salary are taken from Decrees 178/2024 and 177/2024 (not checked against Decree 154's text).",
        ));
    }
    let total = items.iter().fold(Vnd::ZERO, |sum, i| sum + i.amount);
    let (name_vi, name_en) = policy.kind.words();
    steps.add(|| {
        let listed = |words: &dyn Fn(&PolicyAllowance) -> String, none: &str| match items.is_empty() {
            true => none.to_string(),
            false => items.iter().map(words).collect::<Vec<_>>().join("; "),
        };
        let months = |i: &PolicyAllowance, separator: &str| i.months.to_string().replace('.', separator);
        Step {
            id: "policyAllowances",
            vi: format!(
                "Trợ cấp của {name_vi} (ngân sách nhà nước, không phải BHXH), trên tiền lương hiện hưởng {}{}; {months_early} tháng nghỉ sớm tính {} năm, {} năm đóng BHXH bắt buộc: {}. Tổng {}.",
                vi(salary),
                if estimated { " (ước tính)" } else { "" },
                years_early.text(','),
                service_years.text(','),
                listed(&|i| format!("{}: {} tháng lương = {}", i.words().0, months(i, ","), vi(i.amount)), "không có khoản nào"),
                vi(total)
            ),
            en: format!(
                "The allowances of {name_en} (State budget, not social insurance), on a current salary of {}{}; {months_early} months early count as {} years, {} years of compulsory SI: {}. Total {}.",
                en(salary),
                if estimated { " (estimated)" } else { "" },
                years_early.text('.'),
                service_years.text('.'),
                listed(&|i| format!("{}: {} months' salary = {}", i.words().1, months(i, "."), en(i.amount)), "none"),
                en(total)
            ),
            figures: Figures(vec![Figure::vnd("currentSalary", salary), Figure::vnd("policyAllowances", total)]),
            sources: items.iter().flat_map(|i| i.sources.iter().copied()).collect(),
        }
    });
    Ok(Some(PolicyAllowances {
        kind: policy.kind,
        current_salary: salary,
        current_salary_estimated: estimated,
        months_early,
        years_early,
        service_years,
        items,
        total,
        assumptions,
    }))
}

/// The current salary estimated from the last compulsory period: on the State scale, the coefficients × the
/// reference level of the last month worked, plus the public-service allowance; an employer-decided salary as it
/// is. With the note that says so.
fn estimated_salary(history: &History, leaving: Month, lookup: &mut Lookup) -> Result<(Vnd, Warning)> {
    let last = history.stretches().iter().filter(|s| s.scheme.compulsory()).max_by_key(|s| s.period.to());
    match last.map(|s| s.scheme) {
        Some(Scheme::State(Some(coefficient))) => {
            let reference = lookup.require(&data::REFERENCE_LEVEL, leaving)?.value;
            let public_service = lookup.require(&data::PUBLIC_SERVICE_ALLOWANCE, leaving)?.value;
            let salary = Vnd::round_half_up(reference.times(coefficient) * (Decimal::ONE + public_service.value()));
            Ok((salary, Warning::new(
                "currentSalaryEstimated",
                format!("Tiền lương hiện hưởng được ước tính từ giai đoạn đóng cuối: hệ số {} × mức tham chiếu {} × (1 + phụ cấp công vụ {}) = {}. Tiền lương hiện hưởng thực tế có thể khác (phụ cấp công vụ chỉ tính trên lương ngạch bậc và phụ cấp chức vụ, thâm niên vượt khung; còn các phụ cấp khác); hãy nhập «policy.currentSalary».", coefficient.normalize().to_string().replace('.', ","), vi(reference), vi_rate(public_service), vi(salary)),
                format!("The current salary is estimated from the last period: coefficients {} × the reference level {} × (1 + the public-service allowance {}) = {}. The real figure may differ (the public-service allowance is on the grade salary with the position and beyond-scale allowances only, and other allowances count too); give “policy.currentSalary”.", coefficient.normalize(), en(reference), en_rate(public_service), en(salary)),
            )))
        }
        Some(Scheme::Employer(Some(salary))) => Ok((salary, Warning::new(
            "currentSalaryEstimated",
            format!("Tiền lương hiện hưởng được lấy bằng tiền lương đóng BHXH của giai đoạn cuối, {}: chỉ là ước tính (tiền lương hiện hưởng gồm cả các phụ cấp chính sách tính); hãy nhập «policy.currentSalary».", vi(salary)),
            format!("The current salary is taken as the SI salary of the last period, {}: only an estimate (the current salary includes the allowances the policy counts); give “policy.currentSalary”.", en(salary)),
        ))),
        _ => Err(Error::new(
            ErrorCode::Missing,
            "policy.currentSalary",
            "«policy.currentSalary»: không ước tính được tiền lương hiện hưởng từ quá trình đóng; hãy nhập.",
            "“policy.currentSalary”: the current salary cannot be estimated from the history; give it.",
        )),
    }
}
