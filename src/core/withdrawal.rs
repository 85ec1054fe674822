//! The one-time withdrawal (BHXH một lần): whether a worker may take it in a month, under the law in force
//! then, how much it is, and what taking it gives up. Law 58/2014 Art 60, 77 with Resolution 93/2015 for
//! requests before 2025-07; Law 41/2024 Art 70, 102 and Decree 158/2025 Art 14 from then on.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{en, en_rate, parameter_notes, vi, vi_rate, Explanation, Figure, Figures, Step, Warning};
use crate::core::history::{History, Ledger, MonthCounts, Scheme};
use crate::core::input::{Fields, Raw};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{beyond_calendar, data, revaluation_years, Confidence, Dated, Lookup, Overrides, Source};
use crate::core::pension::{
    assess, assumed_inflation, average_step, half_up, inflation, month_after, percent_of, AverageParts, Coefficients,
    Missing, Profile, Route, Years,
};
use crate::core::policy::Policy;
use crate::core::projection;
use crate::core::retirement::{self, Person};
use crate::core::voluntary::{SupportCount, SupportGroup};
use rust_decimal::Decimal;
use serde::Serialize;

/// The months before this one are paid 1.5 months of average a year, later ones 2 (Art 70.3).
const SPLIT_MONTH: Month = Month::ym(2014, 1);
/// State support for voluntary contributions began in 2018 (Decree 134/2015 Art 14).
const SUPPORT_FROM: Month = Month::ym(2018, 1);

/// A circumstance the worker declares, which opens a withdrawal at any age.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Circumstance {
    /// Settling abroad (ra nước ngoài để định cư).
    Emigrating,
    /// Cancer, polio, decompensated cirrhosis, severe tuberculosis, AIDS (bệnh nguy hiểm đến tính mạng).
    SeriousIllness,
    /// 81 % or more loss of work capacity, or a very severe disability; a ground only under Law 41/2024.
    SevereIncapacity,
    /// Demobilized or leaving the armed forces, with no pension.
    ArmedForces,
}

impl Circumstance {
    pub const NAMES: [(&'static str, Circumstance); 4] = [
        ("emigrating", Circumstance::Emigrating),
        ("seriousIllness", Circumstance::SeriousIllness),
        ("severeIncapacity", Circumstance::SevereIncapacity),
        ("armedForces", Circumstance::ArmedForces),
    ];

    /// Withdrawals for an illness or a severe incapacity keep the State's support (Law 41/2024 Art 70.4, 102.3).
    fn keeps_support(self) -> bool {
        matches!(self, Circumstance::SeriousIllness | Circumstance::SevereIncapacity)
    }
}

/// The point of the law a withdrawal is granted under.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Ground {
    /// The retirement age is reached with too few years for a pension (point a).
    RetirementAge,
    Emigrating,
    SeriousIllness,
    SevereIncapacity,
    /// Twelve months without contributions, fewer than 20 years (point đ; Resolution 93/2015).
    StoppedContributing,
    ArmedForces,
}

impl Ground {
    fn of(c: Circumstance) -> Ground {
        match c {
            Circumstance::Emigrating => Ground::Emigrating,
            Circumstance::SeriousIllness => Ground::SeriousIllness,
            Circumstance::SevereIncapacity => Ground::SevereIncapacity,
            Circumstance::ArmedForces => Ground::ArmedForces,
        }
    }

    /// The ground's words and its article under each law.
    fn describe(self, law: Law) -> (&'static str, &'static str, Source) {
        let (vi, en, articles) = match self {
            Ground::RetirementAge => (
                "đủ tuổi nghỉ hưu mà chưa đủ số năm đóng để hưởng lương hưu",
                "the retirement age is reached without the years for a pension",
                ("Điều 60.1.a", "Điều 70.1.a, 102.1.a"),
            ),
            Ground::Emigrating => {
                ("ra nước ngoài để định cư", "settling abroad", ("Điều 60.1.b", "Điều 70.1.b, 102.1.b"))
            }
            Ground::SeriousIllness => (
                "mắc bệnh nguy hiểm đến tính mạng (ung thư, bại liệt, xơ gan mất bù, lao nặng, AIDS…)",
                "a life-threatening illness (cancer, polio, decompensated cirrhosis, severe tuberculosis, AIDS…)",
                ("Điều 60.1.c", "Điều 70.1.c, 102.1.c"),
            ),
            Ground::SevereIncapacity => (
                "suy giảm khả năng lao động từ 81% trở lên hoặc khuyết tật đặc biệt nặng",
                "81% or more loss of work capacity, or a very severe disability",
                ("—", "Điều 70.1.d, 102.1.d"),
            ),
            Ground::StoppedContributing => (
                "sau 12 tháng không đóng BHXH, chưa đủ 20 năm đóng",
                "12 months without contributions, with fewer than 20 years",
                ("Nghị quyết 93/2015/QH13 Điều 1.1", "Điều 70.1.đ, 102.1.đ; Nghị định 158/2025/NĐ-CP Điều 14.1"),
            ),
            Ground::ArmedForces => (
                "phục viên, xuất ngũ, thôi việc trong lực lượng vũ trang mà không đủ điều kiện hưởng lương hưu",
                "leaving the armed forces without a pension",
                ("Điều 60.1.d", "Điều 70.1.e"),
            ),
        };
        (vi, en, law.cite(articles))
    }
}

/// Whether a withdrawal is open in a month, and if not, why and from when.
#[derive(Clone, Debug)]
pub struct Eligibility {
    pub law: Law,
    pub ground: Option<Ground>,
    pub missing: Vec<Missing>,
    /// The first month from which a withdrawal is open if the worker contributes no more.
    pub first_allowed: Option<Month>,
}

/// Decides whether the worker may withdraw in `month`, having contributed the months of `ledger` and nothing
/// after them.
pub fn eligibility(
    profile: &Profile,
    ledger: &Ledger,
    month: Month,
    circumstance: Option<Circumstance>,
    lookup: &mut Lookup,
) -> Result<Eligibility> {
    let law = Law::in_force(month);
    let (total, first, last) = (ledger.months.total, ledger.first, ledger.last);
    let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, month)?.value;
    let waiting = lookup.require(&data::WITHDRAWAL_WAITING_MONTHS, month)?.value;
    let maximum = lookup.require(&data::WITHDRAWAL_MAXIMUM_YEARS, month)?.value;
    let age_from = profile.retirement.pension_start;
    let age_reached = month >= age_from;
    let years_for_pension = total / 12 >= minimum;
    let gap = month.index().saturating_sub(last.index() + 1);
    // Law 41/2024 keeps point đ only for time contributed before it took effect (Decree 158/2025 Art 14.1).
    let has_old_time = law == Law::Law58Of2014 || first < Law::LAW_41_FROM;
    let stopped_open = total < maximum * 12 && has_old_time;

    let declared = match circumstance {
        Some(Circumstance::SevereIncapacity) if law == Law::Law58Of2014 => None,
        Some(Circumstance::ArmedForces) if age_reached && years_for_pension => None,
        Some(c) => Some(Ground::of(c)),
        None => None,
    };
    let ground = declared
        .or((age_reached && !years_for_pension).then_some(Ground::RetirementAge))
        .or((stopped_open && gap >= waiting).then_some(Ground::StoppedContributing));

    let mut missing = Vec::new();
    let mut first_allowed = None;
    if ground.is_none() {
        match circumstance {
            Some(Circumstance::SevereIncapacity) if law == Law::Law58Of2014 => {
                first_allowed = Some(Law::LAW_41_FROM);
                missing.push(Missing {
                    code: "notAGround",
                    months: Law::LAW_41_FROM.index() - month.index(),
                    month: Some(Law::LAW_41_FROM),
                    vi: "Luật BHXH 58/2014 không cho rút một lần vì suy giảm khả năng lao động; Luật 41/2024 cho phép từ 2025-07.".into(),
                    en: "Law 58/2014 gives no withdrawal for lost work capacity; Law 41/2024 does, from 2025-07.".into(),
                })
            }
            Some(Circumstance::ArmedForces) => missing.push(Missing {
                code: "pension",
                months: 0,
                month: None,
                vi: "Đã đủ điều kiện hưởng lương hưu: người rời lực lượng vũ trang chỉ được rút một lần khi không đủ điều kiện đó.".into(),
                en: "The worker qualifies for a pension: leaving the armed forces opens a withdrawal only without one.".into(),
            }),
            _ => {}
        }
        if total >= maximum * 12 {
            missing.push(Missing {
                code: "years",
                months: 0,
                month: None,
                vi: format!("Đã đóng {total} tháng, từ {maximum} năm trở lên: không được rút khi còn trong tuổi lao động; thời gian này dành cho lương hưu."),
                en: format!("{total} months contributed, {maximum} years or more: no withdrawal at working age; this time goes to a pension."),
            });
        } else if !has_old_time {
            missing.push(Missing {
                code: "firstContribution",
                months: 0,
                month: None,
                vi: format!("Bắt đầu đóng từ {first}, sau 2025-07-01: không được rút một lần khi còn trong tuổi lao động (Luật 41/2024 Điều 70.1.đ)."),
                en: format!("Contributions began in {first}, after 2025-07-01: no withdrawal at working age (Law 41/2024 Art 70.1.đ)."),
            });
        } else {
            let open =
                last.plus(waiting as i32 + 1).ok_or_else(|| beyond_calendar(data::WITHDRAWAL_WAITING_MONTHS.id))?;
            first_allowed = Some(first_allowed.map_or(open, |m: Month| m.min(open)));
            missing.push(Missing {
                code: "waiting",
                months: open.index() - month.index(),
                month: Some(open),
                vi: format!("Cần {waiting} tháng liên tục không đóng BHXH tính đến tháng trước khi nộp hồ sơ: đóng cuối tháng {last}, nên sớm nhất từ tháng {open}."),
                en: format!("{waiting} consecutive months without contributions are needed up to the month before the request: the last month paid is {last}, so {open} at the earliest."),
            });
        }
        // At the retirement age a worker short of a pension may withdraw (point a).
        let at_age = age_from.max(month);
        let minimum_then = lookup.require(&data::PENSION_MINIMUM_YEARS, at_age)?.value;
        if !age_reached && total / 12 < minimum_then {
            first_allowed = Some(first_allowed.map_or(at_age, |m| m.min(at_age)));
            missing.push(Missing {
                code: "age",
                months: at_age.index() - month.index(),
                month: Some(at_age),
                vi: format!(
                    "Khi đủ tuổi nghỉ hưu (từ tháng {at_age}) mà chưa đủ {minimum_then} năm đóng, được rút một lần."
                ),
                en: format!(
                    "At the retirement age (from {at_age}), with fewer than {minimum_then} years, a withdrawal opens."
                ),
            });
        }
    }
    Ok(Eligibility { law, ground, missing, first_allowed })
}

/// The months before 2014 and from 2014, after moving the odd pre-2014 months into the later part.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Split {
    /// Whole years of months before 2014-01, in months.
    pub months_before_2014: u32,
    /// Months from 2014-01, with the odd pre-2014 months moved in.
    pub months_from_2014: u32,
    pub moved_months: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_before_2014: Years,
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub years_from_2014: Years,
}

impl Split {
    /// Law 41/2024 Art 70.3.a (Decree 115/2015 Art 19 under Law 58/2014): odd pre-2014 months join the later part,
    /// which is then counted with the ½ / 1-year rule. The survivors' lump sum splits the same way (Art 89.1.a).
    pub fn of(history: &History) -> Split {
        let (mut before, mut after) = (0, 0);
        for s in history.stretches() {
            let (from, to) = (s.period.from(), s.period.to());
            if to < SPLIT_MONTH {
                before += s.period.months();
            } else if from >= SPLIT_MONTH {
                after += s.period.months();
            } else {
                before += SPLIT_MONTH.index() - from.index();
                after += to.index() - SPLIT_MONTH.index() + 1;
            }
        }
        let moved = before % 12;
        let (before, after) = (before - moved, after + moved);
        Split {
            months_before_2014: before,
            months_from_2014: after,
            moved_months: moved,
            years_before_2014: Years::counted(before),
            years_from_2014: Years::counted(after),
        }
    }

    /// The same months followed by `months` more, contributed after 2014 (a projection).
    pub fn and_later(self, months: u32) -> Split {
        let after = self.months_from_2014 + months;
        Split { months_from_2014: after, years_from_2014: Years::counted(after), ..self }
    }
}

/// Fewer than twelve months: the money contributed, at most twice the average (Art 70.3.c).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LessThanYear {
    pub contributed: Vnd,
    pub cap: Vnd,
}

/// The State's support for voluntary months, taken back from the withdrawal (Law 41/2024 Art 102.3).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SupportDeduction {
    pub months: u32,
    pub amount: Vnd,
    /// False for an illness or a severe incapacity under Law 41/2024, which keep the support.
    pub deducted: bool,
}

/// The amount of a withdrawal decided in a month.
#[derive(Clone, Debug)]
pub struct Settlement {
    pub split: Split,
    pub average: AverageParts,
    /// The months of average paid: 1.5 a year before 2014, 2 from 2014.
    pub months_of_average: Decimal,
    pub less_than_year: Option<LessThanYear>,
    pub gross: Vnd,
    pub support: SupportDeduction,
    pub amount: Vnd,
}

/// The withdrawal for `history` decided in `month`, valued with that year's coefficient table.
pub fn settle(
    history: &History,
    ledger: &Ledger,
    month: Month,
    circumstance: Option<Circumstance>,
    table: &Coefficients,
    lookup: &mut Lookup,
    steps: &mut Explanation,
) -> Result<Settlement> {
    let law = Law::in_force(month);
    let split = Split::of(history);
    let reference = lookup.require(&data::REFERENCE_LEVEL, month)?;
    let average = ledger.average(&|year, voluntary| table.get(year, voluntary), reference.value)?;
    steps.add(|| average_step(ledger, &average, table, reference.value, reference.source));

    let before = lookup.require(&data::WITHDRAWAL_PER_YEAR_BEFORE2014, month)?;
    let after = lookup.require(&data::WITHDRAWAL_PER_YEAR_FROM2014, month)?;
    let months_of_average =
        before.value.value() * split.years_before_2014.value() + after.value.value() * split.years_from_2014.value();
    let total = ledger.months.total;
    let (gross, less_than_year) = if total < 12 {
        let rate = lookup.require(&data::WITHDRAWAL_UNDER_ONE_YEAR_RATE, month)?;
        let times = lookup.require(&data::WITHDRAWAL_UNDER_ONE_YEAR_CAP, month)?;
        let contributed = half_up(average.total * rate.value.value());
        let cap = average.value.multiple(times.value);
        let gross = contributed.min(cap);
        steps.add(|| Step {
            id: "lessThanYear",
            vi: format!(
                "Đóng chưa đủ một năm ({total} tháng): hưởng số tiền đã đóng = {} × tổng tiền lương, thu nhập đã điều chỉnh = {}, tối đa {} × bình quân = {}: {}.",
                vi_rate(rate.value), vi(contributed), times.value, vi(cap), vi(gross)
            ),
            en: format!(
                "Under one year ({total} months): the money contributed = {} × the revalued salaries and incomes = {}, at most {} × the average = {}: {}.",
                en_rate(rate.value), en(contributed), times.value, en(cap), en(gross)
            ),
            figures: Figures(vec![Figure::vnd("contributed", contributed), Figure::vnd("cap", cap), Figure::vnd("grossAmount", gross)]),
            sources: vec![rate.source, times.source],
        });
        (gross, Some(LessThanYear { contributed, cap }))
    } else {
        let gross = half_up(average.value.times(months_of_average));
        steps.add(|| Step {
            id: "withdrawalAmount",
            vi: format!(
                "Trước 2014: {} tháng = {} năm; từ 2014: {} tháng (gồm {} tháng lẻ trước 2014 chuyển sang) = {} năm. Mức hưởng = ({} × {} + {} × {}) × {} = {} tháng × {} = {}.",
                split.months_before_2014, split.years_before_2014.text(','), split.months_from_2014, split.moved_months,
                split.years_from_2014.text(','), vi_rate(before.value), split.years_before_2014.text(','),
                vi_rate(after.value), split.years_from_2014.text(','), vi(average.value),
                months_of_average.normalize().to_string().replace('.', ","), vi(average.value), vi(gross)
            ),
            en: format!(
                "Before 2014: {} months = {} years; from 2014: {} months (with {} odd pre-2014 months moved in) = {} years. Amount = ({} × {} + {} × {}) × {} = {} months × {} = {}.",
                split.months_before_2014, split.years_before_2014.text('.'), split.months_from_2014, split.moved_months,
                split.years_from_2014.text('.'), en_rate(before.value), split.years_before_2014.text('.'),
                en_rate(after.value), split.years_from_2014.text('.'), en(average.value),
                months_of_average.normalize(), en(average.value), en(gross)
            ),
            figures: Figures(vec![
                Figure::count("monthsBefore2014", split.months_before_2014),
                Figure::count("monthsFrom2014", split.months_from_2014),
                Figure::vnd("grossAmount", gross),
            ]),
            sources: vec![before.source, after.source, law.cite(("Điều 56.1; Nghị định 115/2015/NĐ-CP Điều 19", "Điều 5.6, 70.3.a"))],
        });
        (gross, None)
    };

    // The State's support for voluntary months, month by month, at most its month limit.
    let (count, support_total) = support_received(history, lookup)?;
    let months = count.months;
    let deducted = !(law == Law::Law41Of2024 && circumstance.is_some_and(Circumstance::keeps_support));
    let amount = if deducted { Vnd::ZERO.max(gross - support_total) } else { gross };
    if months > 0 {
        steps.add(|| Step {
            id: "stateSupport",
            vi: if deducted {
                format!("Trừ số tiền Nhà nước đã hỗ trợ đóng BHXH tự nguyện: {months} tháng, {}. Được nhận {}.", vi(support_total), vi(amount))
            } else {
                format!("Rút vì bệnh hiểm nghèo hoặc suy giảm khả năng lao động từ 81%: không trừ {} Nhà nước đã hỗ trợ ({months} tháng). Được nhận {}.", vi(support_total), vi(amount))
            },
            en: if deducted {
                format!("The State's support for voluntary contributions is taken back: {months} months, {}. Paid: {}.", en(support_total), en(amount))
            } else {
                format!("A withdrawal for a serious illness or 81% incapacity keeps the State's support of {} ({months} months). Paid: {}.", en(support_total), en(amount))
            },
            figures: Figures(vec![Figure::count("supportedMonths", months), Figure::vnd("stateSupport", support_total), Figure::vnd("amount", amount)]),
            sources: vec![law.cite(("Điều 77.3; Nghị định 134/2015/NĐ-CP Điều 14", "Điều 70.4, 102.3; Nghị định 159/2025/NĐ-CP Điều 9"))],
        });
    }
    Ok(Settlement {
        split,
        average: AverageParts::new(&average, ledger, table),
        months_of_average,
        less_than_year,
        gross,
        support: SupportDeduction { months, amount: support_total, deducted },
        amount,
    })
}

/// The support the State paid towards the history's voluntary months: k × 22 % × the rural poverty line of
/// each month, for at most the month limit. The count goes on for months paid later.
pub fn support_received(history: &History, lookup: &mut Lookup) -> Result<(SupportCount, Vnd)> {
    let (mut count, mut total) = (SupportCount::default(), Vnd::ZERO);
    for s in history.stretches() {
        let Scheme::Voluntary { group, .. } = s.scheme else { continue };
        let group = group.unwrap_or(SupportGroup::Other);
        for m in s.period.iter().filter(|m| *m >= SUPPORT_FROM) {
            total = total + count.next(m, group, lookup)?;
        }
    }
    Ok((count, total))
}

/// The monthly allowance of Law 41/2024 Art 23 for someone at retirement age without a pension: the social
/// pension amount for T = average × 2 × years ÷ that amount months, until the social-pension age.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MonthlyAllowance {
    /// T_tt: the months the contributions pay for.
    pub months_earned: u32,
    /// T_dt: the months from the request through the month the social-pension age is reached.
    pub months_until_social_pension: u32,
    pub monthly: Vnd,
    /// The months actually paid.
    pub months: u32,
    /// When T_tt < T_dt: what paying (T_dt − T_tt) × the social pension at once would cost to be paid until then.
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub top_up: Option<Vnd>,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub from: Month,
    /// The first month of the social pension.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub social_pension_from: Month,
}

/// The Art 23 allowance from `month`; `None` before Law 41/2024 or past the social-pension age. A projection
/// passes `index`, (year, rate): the social pension in force that year, raised each year after it until `month`.
pub fn monthly_allowance(
    person: &Person,
    average: Vnd,
    years: Years,
    month: Month,
    index: Option<(u16, Rate)>,
    lookup: &mut Lookup,
    steps: &mut Explanation,
) -> Result<Option<MonthlyAllowance>> {
    let (Some(social), Some(age), Some(factor)) = (
        lookup.get(&data::SOCIAL_PENSION, month),
        lookup.get(&data::SOCIAL_PENSION_AGE, month),
        lookup.get(&data::MONTHLY_ALLOWANCE_FACTOR, month),
    ) else {
        return Ok(None);
    };
    let social = Dated {
        value: index.map_or(social.value, |(year, rate)| raised(social.value, year, month.year(), rate)),
        ..social
    };
    let turns = person.birth.plus(age.value as i32 * 12).ok_or_else(|| beyond_calendar(data::SOCIAL_PENSION_AGE.id))?;
    if month > turns || social.value == Vnd::ZERO {
        return Ok(None);
    }
    let until = turns.index() - month.index() + 1;
    // A part-month counts as a whole one (Decree 159/2025 Art 14).
    let earned_exact = average.times(Decimal::from(factor.value) * years.value()) / social.value.amount();
    let earned = u32::try_from(earned_exact.ceil().mantissa()).unwrap_or(u32::MAX);
    let (monthly, months, top_up) = if earned > until {
        (half_up(social.value.times(Decimal::from(earned)) / Decimal::from(until)), until, None)
    } else {
        (social.value, earned, Some(social.value.multiple(until - earned)))
    };
    let social_pension_from = month_after(turns)?;
    steps.add(|| Step {
        id: "monthlyAllowance",
        vi: format!(
            "Thay cho rút một lần, có thể nhận trợ cấp hằng tháng: T = {} × {} × {} năm ÷ {} = {earned} tháng; đến tuổi hưởng trợ cấp hưu trí xã hội còn {until} tháng. Mức: {} mỗi tháng trong {months} tháng{}.",
            vi(average), factor.value, years.text(','), vi(social.value), vi(monthly),
            top_up.map(|t| format!("; đóng thêm {} một lần để được nhận đến tuổi đó", vi(t))).unwrap_or_default()
        ),
        en: format!(
            "Instead of the lump sum, a monthly allowance: T = {} × {} × {} years ÷ {} = {earned} months; {until} months remain until the social-pension age. Amount: {} a month for {months} months{}.",
            en(average), factor.value, years.text('.'), en(social.value), en(monthly),
            top_up.map(|t| format!("; paying {} at once extends it to that age", en(t))).unwrap_or_default()
        ),
        figures: Figures(vec![Figure::count("monthsEarned", earned), Figure::count("monthsUntilSocialPension", until), Figure::vnd("monthlyAllowance", monthly)]),
        sources: vec![factor.source, social.source, age.source],
    });
    Ok(Some(MonthlyAllowance {
        months_earned: earned,
        months_until_social_pension: until,
        monthly,
        months,
        top_up,
        from: month,
        social_pension_from,
    }))
}

/// `amount` in `from`'s year, raised by `rate` each January until `to`'s year, rounded to the đồng each time
/// (as pensions are adjusted).
pub fn raised(amount: Vnd, from: u16, to: u16, rate: Rate) -> Vnd {
    (from..to).fold(amount, |a, _| half_up(a.times(Decimal::ONE + rate.value())))
}

/// Something a worker gives up by withdrawing, with its value in the request month where it has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Loss {
    /// `contributionTime`, `healthInsurance`, `funeralAllowance`, `survivorBenefits`.
    pub code: &'static str,
    #[cfg_attr(feature = "wasm", tsify(type = "Vnd | null"))]
    pub amount: Option<Vnd>,
    pub vi: String,
    pub en: String,
    pub sources: Vec<Source>,
}

/// What withdrawing gives up, valued in `month`.
pub fn losses(months: u32, month: Month, lookup: &mut Lookup) -> Result<Vec<Loss>> {
    let law = Law::in_force(month);
    let reference = lookup.require(&data::REFERENCE_LEVEL, month)?;
    let hi_rate = lookup.require(&data::HOUSEHOLD_HEALTH_INSURANCE_RATE, month)?;
    let pensioner_hi = lookup.require(&data::PENSIONER_HEALTH_INSURANCE_RATE, month)?;
    let funeral_times = lookup.require(&data::FUNERAL_ALLOWANCE_MULTIPLE, month)?;
    let household = percent_of(reference.value, hi_rate.value);
    let funeral = reference.value.multiple(funeral_times.value);
    let survivor = percent_of(reference.value, Rate::fraction(Decimal::new(5, 1)));
    Ok(vec![
        Loss {
            code: "contributionTime",
            amount: None,
            vi: format!("Cả {months} tháng đã đóng bị xoá hẳn: không còn được cộng để đủ 15 năm hưởng lương hưu sau này."),
            en: format!("All {months} months contributed are erased for good: they can no longer count towards the 15 years of a pension."),
            sources: vec![law.cite(("Điều 60.3", "Điều 70.5, 71"))],
        },
        Loss {
            code: "healthInsurance",
            amount: Some(household),
            vi: format!("Người hưởng lương hưu được quỹ BHXH đóng BHYT ({} lương hưu mỗi tháng). Người đã rút phải tự mua BHYT hộ gia đình: {} mỗi tháng ({} × mức tham chiếu).", vi_rate(pensioner_hi.value), vi(household), vi_rate(hi_rate.value)),
            en: format!("A pensioner's health insurance is paid by the SI fund ({} of the pension a month). After withdrawing, the worker buys household health insurance: {} a month ({} × the reference level).", en_rate(pensioner_hi.value), en(household), en_rate(hi_rate.value)),
            sources: vec![pensioner_hi.source, hi_rate.source],
        },
        Loss {
            code: "funeralAllowance",
            amount: Some(funeral),
            vi: format!("Trợ cấp mai táng cho gia đình khi qua đời: {} ({} × mức tham chiếu), trừ khi còn thời gian đóng khác đủ điều kiện.", vi(funeral), funeral_times.value),
            en: format!("The funeral allowance to the family on death: {} ({} × the reference level), unless other qualifying time remains.", en(funeral), funeral_times.value),
            sources: vec![funeral_times.source, reference.source],
        },
        Loss {
            code: "survivorBenefits",
            amount: Some(survivor),
            vi: format!("Chế độ tử tuất cho thân nhân: trợ cấp tuất hằng tháng {} mỗi người (50% mức tham chiếu, 70% nếu không có người nuôi dưỡng) khi đủ 15 năm đóng, hoặc trợ cấp tuất một lần.", vi(survivor)),
            en: format!("Survivor benefits for relatives: a monthly allowance of {} each (50% of the reference level, 70% without a carer) after 15 years, or a survivor lump sum.", en(survivor)),
            sources: vec![law.cite(("Điều 67–70", "Điều 86–89"))],
        },
    ])
}

/// The result of `oneTimeWithdrawal`.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OneTimeWithdrawal {
    pub law: Law,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub request_month: Month,
    pub allowed: bool,
    #[cfg_attr(feature = "wasm", tsify(type = "Ground | null"))]
    pub ground: Option<Ground>,
    /// Why the withdrawal is not open in the request month (empty when it is).
    pub missing: Vec<Missing>,
    /// When not open: the first month it would be, if the worker contributes no more.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub first_allowed_month: Option<Month>,
    pub months: MonthCounts,
    pub split: Split,
    pub average: AverageParts,
    /// Months of average paid (1.5 a year before 2014, 2 from 2014).
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub months_of_average: f64,
    #[cfg_attr(feature = "wasm", tsify(type = "LessThanYear | null"))]
    pub less_than_year: Option<LessThanYear>,
    /// Before the State's support is taken back.
    pub gross_amount: Vnd,
    pub state_support: SupportDeduction,
    /// What the worker receives (also when not yet allowed: what the request month would pay).
    pub amount: Vnd,
    /// At the retirement age without a pension (Law 41/2024): the monthly allowance instead of the lump sum.
    #[cfg_attr(feature = "wasm", tsify(type = "MonthlyAllowance | null"))]
    pub monthly_allowance: Option<MonthlyAllowance>,
    /// What the worker gives up by withdrawing.
    pub losses: Vec<Loss>,
    pub provisional: bool,
    pub assumptions: Vec<Warning>,
    pub warnings: Vec<Warning>,
    pub steps: Vec<Step>,
    pub overridden: bool,
}

/// The input, validated (see `OneTimeWithdrawalInput` in the `.d.ts`).
pub struct WithdrawalRequest {
    pub person: Person,
    pub history: History,
    pub request: Month,
    pub circumstance: Option<Circumstance>,
    /// A special early-retirement policy the worker is covered by.
    pub policy: Option<Policy>,
    pub inflation: Option<Rate>,
    pub today: Month,
    pub explain: bool,
    pub overrides: Overrides,
}

impl WithdrawalRequest {
    pub const FIELDS: &'static [&'static str] = &[
        "sex",
        "birth",
        "condition",
        "history",
        "requestMonth",
        "circumstance",
        "policy",
        "inflation",
        "today",
        "explain",
        "overrides",
    ];

    pub fn read(raw: &Raw, clock: Month) -> Result<WithdrawalRequest> {
        let f = raw.fields("")?;
        f.only(Self::FIELDS)?;
        Self::read_fields(&f, clock)
    }

    /// The fields shared with the comparison, which accepts more.
    pub fn read_fields(f: &Fields, clock: Month) -> Result<WithdrawalRequest> {
        let today = retirement::today(f, clock)?;
        let person = Person::read(f, today)?;
        let history = History::read(f, today, person.birth)?;
        Ok(WithdrawalRequest {
            person,
            request: request_month(f, &history, today)?,
            history,
            circumstance: match f.get("circumstance") {
                None => None,
                Some(_) => Some(f.choice("circumstance", &Circumstance::NAMES)?),
            },
            policy: Policy::read(f)?,
            inflation: inflation(f)?,
            today,
            explain: f.flag_or("explain", true)?,
            overrides: Overrides::read(f)?,
        })
    }
}

/// The coefficient table of the request month's year; without one (before 2024), the error names `requestMonth`,
/// the field that chose the year.
pub fn table_for(overrides: &Overrides, month: Month, inflation: Rate) -> Result<Coefficients> {
    Coefficients::new(overrides, month.year(), inflation).map_err(|e| match e.code {
        ErrorCode::ParameterNotInForce => Error { field: "requestMonth".into(), ..e },
        _ => e,
    })
}

/// `requestMonth`: after the last month contributed; by default the later of today and that month's next.
fn request_month(f: &Fields, history: &History, today: Month) -> Result<Month> {
    let why = (": đang đóng thì không được rút", ": no withdrawal while contributing");
    match history.month_after(f, "requestMonth", ("tháng nộp hồ sơ", "the request month"), why)? {
        Some(m) => Ok(m),
        None => Ok(month_after(history.last())?.max(today)),
    }
}

/// Reads the input and calculates. `clock` is the current month, unless the input gives `today`.
pub fn one_time_withdrawal(input: &Raw, clock: Month) -> Result<OneTimeWithdrawal> {
    calculate(&WithdrawalRequest::read(input, clock)?)
}

pub fn calculate(req: &WithdrawalRequest) -> Result<OneTimeWithdrawal> {
    let mut lookup = Lookup::new(&req.overrides);
    let month = req.request;
    let law = Law::in_force(month);
    let projects = !revaluation_years(&req.overrides).any(|y| y == month.year());
    let inflation = if projects { assumed_inflation(req.inflation, &mut lookup, month)? } else { Rate::ZERO };
    let mut profile = Profile::new(req.person, req.policy, inflation, &mut lookup, req.explain)?;
    let mut steps = Explanation::new(req.explain);
    for step in std::mem::take(&mut profile.retirement.steps) {
        steps.add(|| step);
    }
    let ledger = Ledger::new(&req.history, &mut lookup)?;
    let e = eligibility(&profile, &ledger, month, req.circumstance, &mut lookup)?;
    steps.add(|| eligibility_step(&e, month, ledger.months.total));
    let table = table_for(&req.overrides, month, inflation)?;
    let s = settle(&req.history, &ledger, month, req.circumstance, &table, &mut lookup, &mut steps)?;
    let monthly_allowance = if e.ground == Some(Ground::RetirementAge) {
        let years = Years::counted(ledger.months.total);
        monthly_allowance(&req.person, s.average.value, years, month, None, &mut lookup, &mut steps)?
    } else {
        None
    };
    let losses = losses(ledger.months.total, month, &mut lookup)?;
    steps.add(|| Step {
        id: "losses",
        vi: losses.iter().map(|l| l.vi.as_str()).collect::<Vec<_>>().join(" "),
        en: losses.iter().map(|l| l.en.as_str()).collect::<Vec<_>>().join(" "),
        figures: Figures(losses.iter().filter_map(|l| l.amount.map(|a| Figure::vnd(l.code, a))).collect()),
        sources: losses.iter().flat_map(|l| l.sources.iter().copied()).collect(),
    });
    let mut assumptions = Vec::new();
    if let Some(from) = s.average.projected_from {
        assumptions.push(projection::projected_table_note(month.year(), from, inflation));
    }
    if s.less_than_year.is_some() {
        assumptions.push(Warning::new(
            "underOneYearRevalued",
            "Số tiền đã đóng khi chưa đủ một năm được tính trên tiền lương, thu nhập đã điều chỉnh theo hệ số trượt giá (cách hiểu phổ biến, chưa xác minh).",
            "The money contributed in under a year is taken on revalued salaries and incomes (the common reading, unverified).",
        ));
    }
    if law == Law::Law58Of2014 && s.support.months > 0 && req.circumstance.is_some_and(Circumstance::keeps_support) {
        assumptions.push(Warning::new(
            "supportDeductedUnderLaw58",
            "Theo Luật 58/2014, số tiền Nhà nước hỗ trợ được trừ cả khi rút vì bệnh hiểm nghèo (cách hiểu của công cụ này).",
            "Under Law 58/2014 the State's support is taken back even for a serious illness (this tool's reading).",
        ));
    }
    // Under a special policy the worker may have a pension open now instead (Law 41/2024 Art 70.6: a choice).
    let mut warnings = Vec::new();
    if let Some(p) = req.policy {
        let a = assess(&profile, &ledger, month, &table, &mut lookup, &mut Explanation::new(false))?;
        if let (Some(Route::SpecialPolicy), Some(pension)) = (a.route, a.monthly_pension) {
            let (name_vi, name_en) = p.kind.words();
            warnings.push(Warning::new(
                "policyPensionOpen",
                format!("Theo {name_vi}, người lao động có thể hưởng lương hưu ngay từ tháng {month}, không bị trừ tỷ lệ: khoảng {} mỗi tháng, thay cho rút một lần (compareWithdrawal so sánh hai cách).", vi(pension)),
                format!("Under {name_en}, the worker may take a pension from {month} instead, not reduced: about {} a month, rather than withdrawing (compareWithdrawal compares the two).", en(pension)),
            ));
        }
    }
    let mut used = lookup.into_used();
    used.retain(|u| u.id != data::ASSUMED_INFLATION.id || u.source.confidence == Confidence::Override);
    let (parameter_warnings, overridden) = parameter_notes(&used);
    warnings.extend(parameter_warnings);
    Ok(OneTimeWithdrawal {
        law,
        request_month: month,
        allowed: e.ground.is_some(),
        ground: e.ground,
        missing: e.missing,
        first_allowed_month: e.first_allowed,
        months: ledger.months,
        split: s.split,
        provisional: s.average.projected_from.is_some(),
        average: s.average,
        months_of_average: crate::core::money::to_f64(s.months_of_average),
        less_than_year: s.less_than_year,
        gross_amount: s.gross,
        state_support: s.support,
        amount: s.amount,
        monthly_allowance,
        losses,
        assumptions,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
}

pub fn eligibility_step(e: &Eligibility, month: Month, months: u32) -> Step {
    let (vi_text, en_text, sources) = match e.ground {
        Some(g) => {
            let (gv, ge, source) = g.describe(e.law);
            (
                format!("Tháng {month} ({}): được rút BHXH một lần vì {gv}.", e.law.name()),
                format!("In {month} ({}): a withdrawal is open: {ge}.", e.law.name()),
                vec![source],
            )
        }
        None => (
            format!(
                "Tháng {month} ({}), {months} tháng đã đóng: chưa được rút BHXH một lần. {}",
                e.law.name(),
                e.missing.iter().map(|m| m.vi.as_str()).collect::<Vec<_>>().join(" ")
            ),
            format!(
                "In {month} ({}), {months} months contributed: no withdrawal yet. {}",
                e.law.name(),
                e.missing.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join(" ")
            ),
            vec![e
                .law
                .cite(("Điều 60.1; Nghị quyết 93/2015/QH13", "Điều 70.1, 102.1; Nghị định 158/2025/NĐ-CP Điều 14"))],
        ),
    };
    Step {
        id: "withdrawalEligibility",
        vi: vi_text,
        en: en_text,
        figures: Figures(vec![Figure::count("months", months)]),
        sources,
    }
}
