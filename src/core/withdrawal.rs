//! The one-time withdrawal (BHXH một lần): whether a worker may take it in a month, under the law in force
//! then, how much it is, and what taking it gives up. Law 58/2014 Art 60, 77 with Resolution 93/2015 for
//! requests before 2025-07; Law 41/2024 Art 70, 102 and Decree 158/2025 Art 14 from then on.

use crate::core::assessment::{
    assess, assumed_inflation, average_step, half_up, inflation, month_after, percent_of, AverageParts, Coefficients,
    Missing, Profile, Route,
};
use crate::core::error::{ErrorCode, Result};
use crate::core::explain::{gather, Confidence, Explanation, Figure, Figures, Note, NoteId, Source};
use crate::core::history::{History, HistoryNote, Ledger, MonthCounts, Scheme, Years};
use crate::core::input::{Fields, Raw};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{beyond_calendar, data, parameter_note_list, revaluation_years, Dated, Lookup, Overrides};
use crate::core::policy::Policy;
use crate::core::projection;
use crate::core::retirement::{self, Person};
use crate::core::voluntary::{SupportCount, SupportGroup};
use crate::notes;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The months before this one are paid 1.5 months of average a year, later ones 2 (Art 70.3).
const SPLIT_MONTH: Month = Month::ym(2014, 1);
/// State support for voluntary contributions began in 2018 (Decree 134/2015 Art 14).
const SUPPORT_FROM: Month = Month::ym(2018, 1);

notes! {
    /// What the one-time withdrawal says.
    pub enum WithdrawalNote {
        /// The request month opens a withdrawal, on a ground (`Ground…`).
        WithdrawalOpen,
        /// It does not: the reasons, the notes of `missing`, follow.
        WithdrawalNotOpen,
        GroundRetirementAge,
        GroundEmigrating,
        GroundSeriousIllness,
        GroundSevereIncapacity,
        GroundStoppedContributing,
        GroundArmedForces,
        /// Unmet: lost work capacity is no ground under Law 58/2014.
        IncapacityNotAGroundUnderLaw58,
        /// Unmet: leaving the armed forces with a pension open.
        ArmedForcesWithPension,
        /// Unmet: the years that keep the time for a pension.
        YearsKeptForPension,
        /// Unmet: time that began under Law 41/2024.
        StartedUnderLaw41,
        /// Unmet: the months without contributions.
        WaitingMonths,
        /// Unmet: the retirement age, which opens it (point a).
        OpensAtRetirementAge,
        LessThanYear,
        WithdrawalAmount,
        SupportTakenBack,
        SupportKept,
        /// The Art 23 allowance instead of the lump sum.
        MonthlyAllowanceInstead,
        /// The same, with what paying the rest at once would cost.
        MonthlyAllowanceWithTopUp,
        /// What withdrawing gives up: the `Lost…` notes in turn.
        Losses,
        LostContributionTime,
        LostHealthInsurance,
        LostFuneralAllowance,
        LostSurvivorBenefits,
        UnderOneYearRevalued,
        SupportDeductedUnderLaw58,
        /// A special policy opens a pension now, named by a `PolicyName…` note.
        PolicyPensionOpen,
    }
}

/// The steps of a withdrawal or a comparison.
pub type Steps = Explanation<Note>;

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

    /// The ground's words, and its article under each law.
    fn describe(self, law: Law) -> (WithdrawalNote, Source) {
        let (words, articles) = match self {
            Ground::RetirementAge => (WithdrawalNote::GroundRetirementAge, ("Điều 60.1.a", "Điều 70.1.a, 102.1.a")),
            Ground::Emigrating => (WithdrawalNote::GroundEmigrating, ("Điều 60.1.b", "Điều 70.1.b, 102.1.b")),
            Ground::SeriousIllness => (WithdrawalNote::GroundSeriousIllness, ("Điều 60.1.c", "Điều 70.1.c, 102.1.c")),
            Ground::SevereIncapacity => (WithdrawalNote::GroundSevereIncapacity, ("—", "Điều 70.1.d, 102.1.d")),
            Ground::StoppedContributing => (
                WithdrawalNote::GroundStoppedContributing,
                ("Nghị quyết 93/2015/QH13 Điều 1.1", "Điều 70.1.đ, 102.1.đ; Nghị định 158/2025/NĐ-CP Điều 14.1"),
            ),
            Ground::ArmedForces => (WithdrawalNote::GroundArmedForces, ("Điều 60.1.d", "Điều 70.1.e")),
        };
        (words, law.cite(articles))
    }
}

/// A condition of the withdrawal the request month does not meet: what it is, when waiting meets it (and
/// the months until then), and its words.
fn condition(
    code: &'static str,
    request: Month,
    met: Option<Month>,
    id: WithdrawalNote,
    figures: Vec<Figure>,
) -> Missing {
    let months = met.map_or(0, |m| m.index().saturating_sub(request.index()));
    Missing::new(code, months, met, id, figures)
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

/// Point đ as it stands for a worker in a month: the months without contributions it asks, the years from which
/// it closes, and whether the worker has time from before Law 41/2024, the only time it covers then (Decree
/// 158/2025 Art 14.1).
#[derive(Clone, Copy)]
struct StoppedContributing {
    waiting: u32,
    maximum_years: u32,
    old_time: bool,
}

impl StoppedContributing {
    fn in_force(ledger: &Ledger, month: Month, lookup: &mut Lookup) -> Result<StoppedContributing> {
        Ok(StoppedContributing {
            waiting: lookup.require(&data::WITHDRAWAL_WAITING_MONTHS, month)?.value,
            maximum_years: lookup.require(&data::WITHDRAWAL_MAXIMUM_YEARS, month)?.value,
            old_time: Law::in_force(month) == Law::Law58Of2014 || ledger.first < Law::LAW_41_FROM,
        })
    }

    /// Whether it opens a withdrawal in `month`.
    fn opens(self, ledger: &Ledger, month: Month) -> bool {
        let gap = month.index().saturating_sub(ledger.last.index() + 1);
        ledger.months.total < self.maximum_years * 12 && self.old_time && gap >= self.waiting
    }
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
    let minimum = lookup.require(&data::PENSION_MINIMUM_YEARS, month)?.value;
    let stopped = StoppedContributing::in_force(ledger, month, lookup)?;
    let age_reached = month >= profile.retirement.pension_start;
    let years_for_pension = ledger.months.total / 12 >= minimum;

    let declared = match circumstance {
        Some(Circumstance::SevereIncapacity) if law == Law::Law58Of2014 => None,
        Some(Circumstance::ArmedForces) if age_reached && years_for_pension => None,
        Some(c) => Some(Ground::of(c)),
        None => None,
    };
    let ground = declared
        .or((age_reached && !years_for_pension).then_some(Ground::RetirementAge))
        .or(stopped.opens(ledger, month).then_some(Ground::StoppedContributing));
    let missing = match ground {
        Some(_) => Vec::new(),
        None => unmet(profile, ledger, month, circumstance, stopped, lookup)?,
    };
    let first_allowed = missing.iter().filter_map(|m| m.month).min();
    Ok(Eligibility { law, ground, missing, first_allowed })
}

/// Why no ground opens a withdrawal in `month`: the declared circumstance, then point đ (the years, the first
/// contribution, the months without contributions), then point a (the retirement age).
fn unmet(
    profile: &Profile,
    ledger: &Ledger,
    month: Month,
    circumstance: Option<Circumstance>,
    stopped: StoppedContributing,
    lookup: &mut Lookup,
) -> Result<Vec<Missing>> {
    let (total, law) = (ledger.months.total, Law::in_force(month));
    let mut missing = Vec::new();
    match circumstance {
        Some(Circumstance::SevereIncapacity) if law == Law::Law58Of2014 => missing.push(condition(
            "notAGround",
            month,
            Some(Law::LAW_41_FROM),
            WithdrawalNote::IncapacityNotAGroundUnderLaw58,
            vec![Figure::month("from", Law::LAW_41_FROM)],
        )),
        Some(Circumstance::ArmedForces) => {
            missing.push(condition("pension", month, None, WithdrawalNote::ArmedForcesWithPension, vec![]))
        }
        _ => {}
    }
    missing.push(if total >= stopped.maximum_years * 12 {
        let figures = vec![Figure::count("months", total), Figure::count("maximumYears", stopped.maximum_years)];
        condition("years", month, None, WithdrawalNote::YearsKeptForPension, figures)
    } else if !stopped.old_time {
        let figures = vec![Figure::month("first", ledger.first)];
        condition("firstContribution", month, None, WithdrawalNote::StartedUnderLaw41, figures)
    } else {
        let waiting = stopped.waiting;
        let open =
            ledger.last.plus(waiting as i32 + 1).ok_or_else(|| beyond_calendar(data::WITHDRAWAL_WAITING_MONTHS.id))?;
        let figures =
            vec![Figure::count("waiting", waiting), Figure::month("last", ledger.last), Figure::month("open", open)];
        condition("waiting", month, Some(open), WithdrawalNote::WaitingMonths, figures)
    });
    // At the retirement age a worker short of a pension may withdraw (point a).
    let at_age = profile.retirement.pension_start.max(month);
    let minimum_then = lookup.require(&data::PENSION_MINIMUM_YEARS, at_age)?.value;
    if month < at_age && total / 12 < minimum_then {
        let figures = vec![Figure::month("ageFrom", at_age), Figure::count("minimumYears", minimum_then)];
        missing.push(condition("age", month, Some(at_age), WithdrawalNote::OpensAtRetirementAge, figures));
    }
    Ok(missing)
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
    steps: &mut Steps,
) -> Result<Settlement> {
    let law = Law::in_force(month);
    let split = Split::of(history);
    let reference = lookup.require(&data::REFERENCE_LEVEL, month)?;
    let average = ledger.average(&|year, voluntary| table.hundredths(year, voluntary), reference.value)?;
    steps.add(|| average_step(ledger, &average, table, reference.value, reference.source));

    let before = lookup.require(&data::WITHDRAWAL_PER_YEAR_BEFORE2014, month)?;
    let after = lookup.require(&data::WITHDRAWAL_PER_YEAR_FROM2014, month)?;
    let months_of_average =
        before.value.value() * split.years_before_2014.value() + after.value.value() * split.years_from_2014.value();
    let total = ledger.months.total;
    let (gross, less_than_year) = if total < 12 {
        // Under a year: the money contributed, at most a multiple of the average (Art 70.3.c).
        let rate = lookup.require(&data::WITHDRAWAL_UNDER_ONE_YEAR_RATE, month)?;
        let times = lookup.require(&data::WITHDRAWAL_UNDER_ONE_YEAR_CAP, month)?;
        let contributed = half_up(average.total * rate.value.value());
        let cap = average.value.multiple(times.value);
        let gross = contributed.min(cap);
        steps.add(|| {
            let figures = vec![
                Figure::count("months", total),
                Figure::rate("rate", rate.value),
                Figure::vnd("contributed", contributed),
                Figure::count("capMonths", times.value),
                Figure::vnd("cap", cap),
                Figure::vnd("grossAmount", gross),
            ];
            Note::new(WithdrawalNote::LessThanYear, figures).cite([rate.source, times.source])
        });
        (gross, Some(LessThanYear { contributed, cap }))
    } else {
        // Months of the average for each year before 2014 and from 2014 (Art 70.3.a–b).
        let gross = half_up(average.value.times(months_of_average));
        steps.add(|| {
            let figures = vec![
                Figure::count("monthsBefore2014", split.months_before_2014),
                Figure::number("yearsBefore2014", split.years_before_2014.value()),
                Figure::count("monthsFrom2014", split.months_from_2014),
                Figure::count("movedMonths", split.moved_months),
                Figure::number("yearsFrom2014", split.years_from_2014.value()),
                Figure::rate("rateBefore2014", before.value),
                Figure::rate("rateFrom2014", after.value),
                Figure::vnd("average", average.value),
                Figure::number("monthsOfAverage", months_of_average),
                Figure::vnd("grossAmount", gross),
            ];
            let article = law.cite(("Điều 56.1; Nghị định 115/2015/NĐ-CP Điều 19", "Điều 5.6, 70.3.a"));
            Note::new(WithdrawalNote::WithdrawalAmount, figures).cite([before.source, after.source, article])
        });
        (gross, None)
    };

    // The State's support for voluntary months, month by month, at most its month limit.
    let (count, support_total) = support_received(history, lookup)?;
    let months = count.months;
    let deducted = !(law == Law::Law41Of2024 && circumstance.is_some_and(Circumstance::keeps_support));
    let amount = if deducted { Vnd::ZERO.max(gross - support_total) } else { gross };
    if months > 0 {
        steps.add(|| {
            let id = if deducted { WithdrawalNote::SupportTakenBack } else { WithdrawalNote::SupportKept };
            let figures = vec![
                Figure::count("supportedMonths", months),
                Figure::vnd("stateSupport", support_total),
                Figure::vnd("amount", amount),
            ];
            let articles =
                ("Điều 77.3; Nghị định 134/2015/NĐ-CP Điều 14", "Điều 70.4, 102.3; Nghị định 159/2025/NĐ-CP Điều 9");
            Note::new(id, figures).cite([law.cite(articles)])
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
    steps: &mut Steps,
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
        ..*social
    };
    let turns = person.birth.plus(age.value as i32 * 12).ok_or_else(|| beyond_calendar(data::SOCIAL_PENSION_AGE.id))?;
    if month > turns || social.value == Vnd::ZERO {
        return Ok(None);
    }
    let until = turns.index() - month.index() + 1;
    // A part-month counts as a whole one (Decree 159/2025 Art 14).
    let earned_exact = average.times(Decimal::from(factor.value) * years.value()) / social.value.amount();
    let earned_whole = earned_exact.round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity); // ceil()
    let earned = u32::try_from(earned_whole.mantissa()).unwrap_or(u32::MAX);
    let (monthly, months, top_up) = if earned > until {
        (half_up(social.value.times(Decimal::from(earned)) / Decimal::from(until)), until, None)
    } else {
        (social.value, earned, Some(social.value.multiple(until - earned)))
    };
    let social_pension_from = month_after(turns)?;
    steps.add(|| {
        let mut figures = vec![
            Figure::vnd("average", average),
            Figure::count("factor", factor.value),
            Figure::number("years", years.value()),
            Figure::vnd("socialPension", social.value),
            Figure::count("monthsEarned", earned),
            Figure::count("monthsUntilSocialPension", until),
            Figure::vnd("monthlyAllowance", monthly),
            Figure::count("months", months),
        ];
        let id = match top_up {
            Some(t) => {
                figures.push(Figure::vnd("topUp", t));
                WithdrawalNote::MonthlyAllowanceWithTopUp
            }
            None => WithdrawalNote::MonthlyAllowanceInstead,
        };
        Note::new(id, figures).cite([factor.source, social.source, age.source])
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
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub id: NoteId,
    #[cfg_attr(feature = "wasm", tsify(type = "Figures"))]
    pub figures: Figures,
    pub sources: Vec<Source>,
}

impl Loss {
    fn new(code: &'static str, amount: Option<Vnd>, id: WithdrawalNote, figures: Vec<Figure>) -> Loss {
        Loss { code, amount, id: id.into(), figures: Figures(figures), sources: Vec::new() }
    }

    fn cite(self, sources: impl IntoIterator<Item = Source>) -> Loss {
        Loss { sources: sources.into_iter().collect(), ..self }
    }
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
        Loss::new(
            "contributionTime",
            None,
            WithdrawalNote::LostContributionTime,
            vec![Figure::count("months", months)],
        )
        .cite([law.cite(("Điều 60.3", "Điều 70.5, 71"))]),
        Loss::new(
            "healthInsurance",
            Some(household),
            WithdrawalNote::LostHealthInsurance,
            vec![
                Figure::rate("pensionerRate", pensioner_hi.value),
                Figure::vnd("healthInsurance", household),
                Figure::rate("householdRate", hi_rate.value),
            ],
        )
        .cite([pensioner_hi.source, hi_rate.source]),
        Loss::new(
            "funeralAllowance",
            Some(funeral),
            WithdrawalNote::LostFuneralAllowance,
            vec![Figure::vnd("funeralAllowance", funeral), Figure::count("funeralTimes", funeral_times.value)],
        )
        .cite([funeral_times.source, reference.source]),
        Loss::new(
            "survivorBenefits",
            Some(survivor),
            WithdrawalNote::LostSurvivorBenefits,
            vec![Figure::vnd("survivorBenefits", survivor)],
        )
        .cite([law.cite(("Điều 67–70", "Điều 86–89"))]),
    ])
}

/// The step that lists what withdrawing gives up: each loss in turn.
pub fn losses_step(losses: &[Loss]) -> Note {
    let figures =
        gather(vec![Figure::clauses("losses", losses.iter().map(|l| l.id))], losses.iter().map(|l| &l.figures));
    Note::new(WithdrawalNote::Losses, figures).cite(losses.iter().flat_map(|l| l.sources.iter().copied()))
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
    pub assumptions: Vec<Note>,
    pub warnings: Vec<Note>,
    pub steps: Vec<Note>,
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
    Coefficients::new(overrides, month.year(), inflation).map_err(|mut e| {
        if e.code == ErrorCode::ParameterNotInForce {
            e.field = "requestMonth".into();
        }
        e
    })
}

/// `requestMonth`: after the last month contributed; by default the later of today and that month's next.
fn request_month(f: &Fields, history: &History, today: Month) -> Result<Month> {
    match history.month_after(f, "requestMonth", HistoryNote::RequestMonthNotAfterHistory)? {
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
    let mut steps = Steps::new(req.explain);
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
    steps.add(|| losses_step(&losses));
    let assumptions = assumptions(req, &s, inflation);
    let mut warnings: Vec<Note> =
        policy_pension_open(req, &profile, &ledger, &table, &mut lookup)?.into_iter().collect();
    let mut used = lookup.into_used();
    used.retain(|u| u.id != data::ASSUMED_INFLATION.id || u.source.confidence == Confidence::Override);
    let (parameter_notes, overridden) = parameter_note_list(&used);
    warnings.extend(parameter_notes);
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

/// The readings a withdrawal rests on: a projected coefficient table, the revalued money of under a year, the
/// support taken back under Law 58/2014.
fn assumptions(req: &WithdrawalRequest, s: &Settlement, inflation: Rate) -> Vec<Note> {
    let month = req.request;
    let mut assumptions = Vec::new();
    if let Some(from) = s.average.projected_from {
        assumptions.push(projection::projected_table_note(month.year(), from, inflation));
    }
    if s.less_than_year.is_some() {
        assumptions.push(Note::new(WithdrawalNote::UnderOneYearRevalued, vec![]));
    }
    let keeps_support = req.circumstance.is_some_and(Circumstance::keeps_support);
    if Law::in_force(month) == Law::Law58Of2014 && s.support.months > 0 && keeps_support {
        assumptions.push(Note::new(WithdrawalNote::SupportDeductedUnderLaw58, vec![]));
    }
    assumptions
}

/// Under a special policy the worker may have a pension open in the request month instead (Law 41/2024 Art
/// 70.6: a choice): the warning that says so.
fn policy_pension_open(
    req: &WithdrawalRequest,
    profile: &Profile,
    ledger: &Ledger,
    table: &Coefficients,
    lookup: &mut Lookup,
) -> Result<Option<Note>> {
    let Some(policy) = req.policy else { return Ok(None) };
    let a = assess(profile, ledger, req.request, table, lookup, &mut Explanation::new(false))?;
    let (Some(Route::SpecialPolicy), Some(pension)) = (a.route, a.monthly_pension) else { return Ok(None) };
    let figures =
        vec![policy.kind.named("policy"), Figure::month("month", req.request), Figure::vnd("pension", pension)];
    Ok(Some(Note::new(WithdrawalNote::PolicyPensionOpen, figures)))
}

/// Whether the withdrawal is open in `month`, on which ground, or why not.
pub fn eligibility_step(e: &Eligibility, month: Month, months: u32) -> Note {
    let (month, law, months) =
        (Figure::month("month", month), Figure::text("law", e.law.name()), Figure::count("months", months));
    match e.ground {
        Some(g) => {
            let (words, source) = g.describe(e.law);
            Note::new(WithdrawalNote::WithdrawalOpen, vec![month, law, Figure::clauses("ground", [words]), months])
                .cite([source])
        }
        None => {
            let reasons = Figure::clauses("reasons", e.missing.iter().map(|m| m.id));
            let figures = gather(vec![month, law, months, reasons], e.missing.iter().map(|m| &m.figures));
            let articles = ("Điều 60.1; Nghị quyết 93/2015/QH13", "Điều 70.1, 102.1; Nghị định 158/2025/NĐ-CP Điều 14");
            Note::new(WithdrawalNote::WithdrawalNotOpen, figures).cite([e.law.cite(articles)])
        }
    }
}
