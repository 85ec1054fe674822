//! Voluntary contributions (BHXH tự nguyện): 22 % of an income the participant chooses, less the state
//! support of their group, paid monthly, for 3, 6 or 12 months, or for up to 5 future years at once.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Confidence, Explanation, Figure, Note, Source};
use crate::core::input::{self, Raw};
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, parameter_note_list, Dated, Lookup, Overrides};
use crate::notes;
use rust_decimal::Decimal;
use serde::Serialize;

notes! {
    /// What a voluntary contribution says: its steps, its warnings, its errors, and the names of the groups.
    pub enum VoluntaryNote {
        IncomeRange,
        /// 22 % of the income.
        GrossContribution,
        /// The State's support for one month, for the participant's group.
        SupportPerMonth,
        PoorHouseholdGroup,
        NearPoorHouseholdGroup,
        EthnicMinorityGroup,
        OtherGroup,
        /// The months of the payment still within the limit of supported months.
        SupportLimit,
        /// A payment for 1, 3, 6 or 12 months.
        MonthlyPayment,
        /// One payment for future years, discounted.
        Prepayment,
        PayBy,
        SupportLimitReached,
        PrepaymentProvisional,
        PaymentModeInvalid,
        SupportedMonthsInvalid,
        IncomeOutOfRange,
        /// The same, when the floor is an unverified figure.
        IncomeOutOfRangeUnverifiedFloor,
        /// A prepayment in a month no discount rate applies to.
        PrepaymentRateMissing,
        PrepaymentTooManyYears,
    }
}

/// The state-support group (đối tượng hỗ trợ). Someone in several groups takes the highest rate.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum SupportGroup {
    /// Poor households (hộ nghèo); from 2025-07 also people in island communes and special zones.
    PoorHousehold,
    /// Near-poor households (hộ cận nghèo).
    NearPoorHousehold,
    /// Ethnic minorities (người dân tộc thiểu số); a group of its own from 2025-07.
    EthnicMinority,
    /// Everyone else.
    Other,
}

impl SupportGroup {
    pub const NAMES: [(&'static str, SupportGroup); 4] = [
        ("poorHousehold", SupportGroup::PoorHousehold),
        ("nearPoorHousehold", SupportGroup::NearPoorHousehold),
        ("ethnicMinority", SupportGroup::EthnicMinority),
        ("other", SupportGroup::Other),
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The group's name, a word of the catalogue.
    fn word(self) -> VoluntaryNote {
        match self {
            SupportGroup::PoorHousehold => VoluntaryNote::PoorHouseholdGroup,
            SupportGroup::NearPoorHousehold => VoluntaryNote::NearPoorHouseholdGroup,
            SupportGroup::EthnicMinority => VoluntaryNote::EthnicMinorityGroup,
            SupportGroup::Other => VoluntaryNote::OtherGroup,
        }
    }
}

/// The payment mode as a caller writes it and a result repeats it: `{ months: 1 | 3 | 6 | 12 }` or
/// `{ years: 1 … 5 }`.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct ModeInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "1 | 3 | 6 | 12"))]
    pub months: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "1 | 2 | 3 | 4 | 5"))]
    pub years: Option<u8>,
}

/// A payment mode the law offers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PaymentMode {
    /// Every 1, 3, 6 or 12 months (Law 41/2024 Art 36.2.a–d).
    Months(u8),
    /// Once, for 1 to 5 future years, discounted (Law 41/2024 Art 36.2.đ; Decree 159/2025 Art 6).
    FutureYears(u8),
}

impl PaymentMode {
    fn read(input: &input::Fields) -> Result<PaymentMode> {
        let Some(mode) = input.object("mode")? else {
            return Ok(PaymentMode::Months(1));
        };
        mode.only(&["months", "years"])?;
        let whole = |name| -> Result<Option<u8>> {
            if mode.get(name).is_none() {
                return Ok(None);
            }
            let n = mode.number(name)?;
            Ok((n.fract() == 0.0 && (0.0..=255.0).contains(&n)).then_some(n as u8).or(Some(0)))
        };
        match (whole("months")?, whole("years")?) {
            (Some(m @ (1 | 3 | 6 | 12)), None) => Ok(PaymentMode::Months(m)),
            (None, Some(y @ 1..=5)) => Ok(PaymentMode::FutureYears(y)),
            _ => Err(Error::of(ErrorCode::ModeInvalid, "mode", VoluntaryNote::PaymentModeInvalid, vec![])),
        }
    }

    fn info(self) -> ModeInfo {
        match self {
            PaymentMode::Months(n) => ModeInfo { months: Some(n), years: None },
            PaymentMode::FutureYears(n) => ModeInfo { months: None, years: Some(n) },
        }
    }

    fn months(self) -> u32 {
        match self {
            PaymentMode::Months(m) => u32::from(m),
            PaymentMode::FutureYears(y) => u32::from(y) * 12,
        }
    }
}

/// Gross contribution, state support and what the participant pays, for one month or one payment.
#[derive(Serialize, Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Amounts {
    pub gross: Vnd,
    pub state_support: Vnd,
    pub participant_pays: Vnd,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VoluntaryContribution {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month: Month,
    pub income: Vnd,
    pub group: SupportGroup,
    pub mode: ModeInfo,
    /// The months one payment covers.
    pub months_covered: u32,
    /// The allowed income range in that month: the rural poverty line to 20 × the reference level.
    pub income_floor: Vnd,
    pub income_cap: Vnd,
    pub rate: Rate,
    /// The state's share as a percentage of 22 % × the rural poverty line.
    pub support_rate: Rate,
    /// One month, undiscounted, with support.
    pub per_month: Amounts,
    /// One payment: the months covered, discounted for a future-years payment.
    pub payment: Amounts,
    /// Months of the payment that get state support (the 120-month limit may cut it short).
    pub supported_months: u32,
    /// The last month in which the payment may be made, where the law sets one.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub pay_by: Option<Month>,
    /// True when the result rests on an unverified formula or rate (the future-years discount).
    pub provisional: bool,
    pub warnings: Vec<Note>,
    pub steps: Vec<Note>,
    pub overridden: bool,
}

/// The input, validated. As a caller writes it (see `VoluntaryInput` in the `.d.ts`):
/// `{ month: "2026-11", income: 1500000, group: "other", mode?: { months: 12 }, supportedMonthsBefore?,
/// overrides? }`.
pub struct VoluntaryRequest {
    pub month: Month,
    pub income: Vnd,
    pub group: SupportGroup,
    pub mode: PaymentMode,
    /// Months of state support already received (it stops after the limit, 120 months).
    pub supported_months_before: u32,
    /// Build the step-by-step explanation (default); without it a call is several times faster.
    pub explain: bool,
    pub overrides: Overrides,
}

impl VoluntaryRequest {
    /// The fields a caller may give.
    pub const FIELDS: &'static [&'static str] =
        &["month", "income", "group", "mode", "supportedMonthsBefore", "explain", "overrides"];

    pub fn read(raw: &Raw) -> Result<VoluntaryRequest> {
        let f = raw.fields("")?;
        f.only(Self::FIELDS)?;
        let before = f.number_or("supportedMonthsBefore", 0.0)?;
        if before.fract() != 0.0 || !(0.0..=1200.0).contains(&before) {
            let detail = VoluntaryNote::SupportedMonthsInvalid;
            return Err(Error::of(ErrorCode::AmountInvalid, "supportedMonthsBefore", detail, vec![]));
        }
        Ok(VoluntaryRequest {
            month: input::month_in_range(f.text("month")?, "month")?,
            income: input::amount(f.number("income")?, "income")?,
            group: f.choice("group", &SupportGroup::NAMES)?,
            mode: PaymentMode::read(&f)?,
            supported_months_before: before as u32,
            explain: f.flag_or("explain", true)?,
            overrides: Overrides::read(&f)?,
        })
    }
}

/// Reads the input and calculates.
pub fn voluntary_contribution(input: &Raw) -> Result<VoluntaryContribution> {
    calculate(&VoluntaryRequest::read(input)?)
}

/// Law 41/2024 Art 36.3 deadlines, from 2025-07: a 3-month cycle within its 3 months, 6-month within the
/// first 4, 12-month within the first 7; monthly and prepaid years at once.
fn pay_by(m: Month, mode: PaymentMode) -> Option<Month> {
    if Law::in_force(m) == Law::Law58Of2014 {
        return None;
    }
    m.plus(match mode {
        PaymentMode::Months(3) => 2,
        PaymentMode::Months(6) => 3,
        PaymentMode::Months(12) => 6,
        _ => 0,
    })
}

/// The State's support for one month: k × 22 % × the rural poverty line (not × the income), half-up.
pub fn support_per_month(poverty_line: Vnd, rate: Rate, k: Rate) -> Vnd {
    Vnd::round_half_up(poverty_line.times(rate.value() * k.value()))
}

/// The State's support month after month for one participant, counting the months supported against the
/// limit (120 months: Decree 134/2015 Art 14.2, Decree 159/2025 Art 5). Months must come in order.
#[derive(Default)]
pub struct SupportCount {
    /// Months supported so far.
    pub months: u32,
    /// The support of the last month and the figures it came from, which change a few times a decade.
    last: Option<((Vnd, Rate, Rate), Vnd)>,
}

impl SupportCount {
    /// The support for month `m` (zero before 2018 and once the limit is reached), counted if there is any.
    pub fn next(&mut self, m: Month, group: SupportGroup, lookup: &mut Lookup) -> Result<Vnd> {
        if lookup.get(&data::VOLUNTARY_SUPPORT_MONTH_LIMIT, m).is_some_and(|limit| self.months >= limit.value) {
            return Ok(Vnd::ZERO);
        }
        let k = lookup.require(&data::VOLUNTARY_SUPPORT_RATE, m)?.value.0[group.index()];
        let line = lookup.require(&data::RURAL_POVERTY_LINE, m)?.value;
        let rate = lookup.require(&data::VOLUNTARY_RATE, m)?.value;
        let support = match self.last {
            Some((key, support)) if key == (line, rate, k) => support,
            _ => support_per_month(line, rate, k),
        };
        self.last = Some(((line, rate, k), support));
        if support > Vnd::ZERO {
            self.months += 1;
        }
        Ok(support)
    }
}

pub fn calculate(req: &VoluntaryRequest) -> Result<VoluntaryContribution> {
    use VoluntaryNote as N;
    let m = req.month;
    let mut lookup = Lookup::new(&req.overrides);
    let mut warnings = Vec::new();
    let mut steps = Explanation::new(req.explain);

    // 1. The allowed income: the rural poverty line to 20 × the reference level (Law 41/2024 Art 31.2).
    let floor = lookup.require(&data::RURAL_POVERTY_LINE, m)?;
    let reference = lookup.require(&data::REFERENCE_LEVEL, m)?;
    let multiple = lookup.require(&data::VOLUNTARY_INCOME_CAP_MULTIPLE, m)?;
    let income_cap = reference.value.multiple(multiple.value);
    if req.income < floor.value || req.income > income_cap {
        return Err(income_out_of_range(m, floor, income_cap, multiple.value));
    }
    steps.add(|| {
        Note::new(
            N::IncomeRange,
            vec![
                Figure::vnd("income", req.income),
                Figure::vnd("incomeFloor", floor.value),
                Figure::vnd("incomeCap", income_cap),
            ],
        )
        .cite([multiple.source, floor.source, reference.source])
    });

    // 2. The gross monthly contribution: 22 % of the income, rounded half-up to the đồng.
    let rate = lookup.require(&data::VOLUNTARY_RATE, m)?;
    let gross = Vnd::round_half_up(req.income.times(rate.value.value()));
    steps.add(|| {
        Note::new(
            N::GrossContribution,
            vec![
                Figure::rate("contributionRate", rate.value),
                Figure::vnd("income", req.income),
                Figure::vnd("gross", gross),
            ],
        )
        .cite([rate.source])
    });

    // 3. The state support: k × 22 % × the rural poverty line (not × the income), for at most 120 months.
    let support_rates = lookup.require(&data::VOLUNTARY_SUPPORT_RATE, m)?;
    let support_rate = support_rates.value.0[req.group.index()];
    let support = support_per_month(floor.value, rate.value, support_rate);
    let limit = lookup.get(&data::VOLUNTARY_SUPPORT_MONTH_LIMIT, m);
    let covered = req.mode.months();
    let supported_months = match limit {
        _ if support == Vnd::ZERO => 0,
        Some(limit) => covered.min(limit.value.saturating_sub(req.supported_months_before)),
        None => covered,
    };
    steps.add(|| {
        Note::new(
            N::SupportPerMonth,
            vec![
                Figure::word("group", req.group.word()),
                Figure::rate("supportRate", support_rate),
                Figure::rate("contributionRate", rate.value),
                Figure::vnd("povertyLine", floor.value),
                Figure::vnd("stateSupport", support),
            ],
        )
        .cite([support_rates.source])
    });
    if let Some(limit) = limit.filter(|_| support > Vnd::ZERO) {
        let months = || {
            vec![
                Figure::count("supportMonthLimit", limit.value),
                Figure::count("supportedMonths", supported_months),
                Figure::count("monthsCovered", covered),
            ]
        };
        if supported_months < covered {
            warnings.push(Note::new(N::SupportLimitReached, months()));
        }
        steps.add(|| {
            let mut figures = months();
            figures.push(Figure::count("supportedBefore", req.supported_months_before));
            Note::new(N::SupportLimit, figures).cite([limit.source])
        });
    }
    let first_support = if supported_months > 0 { support } else { Vnd::ZERO };
    let per_month = Amounts::less_support(gross, first_support);

    // 4. One payment: the months it covers; a future-years payment is discounted month by month.
    let mut provisional = false;
    let payment = match req.mode {
        PaymentMode::Months(n) => {
            let payment = Amounts::less_support(gross.multiple(u32::from(n)), support.multiple(supported_months));
            steps.add(|| {
                payment.note(N::MonthlyPayment, covered).cite([Law::in_force(m).cite(("Điều 87.2", "Điều 36.2"))])
            });
            payment
        }
        PaymentMode::FutureYears(years) => {
            let max_years = lookup.get(&data::VOLUNTARY_PREPAY_MAX_YEARS, m);
            let monthly_return = lookup.get(&data::VOLUNTARY_PREPAY_MONTHLY_RETURN, m);
            let (Some(max_years), Some(monthly_return)) = (max_years, monthly_return) else {
                let figures = vec![Figure::month("month", m)];
                return Err(Error::of(ErrorCode::OptionNotInForce, "mode.years", N::PrepaymentRateMissing, figures));
            };
            if u32::from(years) > max_years.value {
                let figures = vec![Figure::count("maxYears", max_years.value)];
                return Err(Error::of(ErrorCode::ModeInvalid, "mode.years", N::PrepaymentTooManyYears, figures));
            }
            provisional = matches!(monthly_return.source.confidence, Confidence::Unverified | Confidence::SingleSource);
            let (gross, state_support) =
                discounted(gross, support, covered, supported_months, monthly_return.value.value())?;
            let payment = Amounts::less_support(gross, state_support);
            steps.add(|| {
                let mut note = payment.note(N::Prepayment, covered);
                note.figures.0.push(Figure::rate("monthlyReturnRate", monthly_return.value));
                note.cite([max_years.source, monthly_return.source])
            });
            if provisional {
                warnings.push(Note::new(N::PrepaymentProvisional, vec![]));
            }
            payment
        }
    };

    let pay_by = pay_by(m, req.mode);
    if let Some(last) = pay_by {
        steps.add(|| {
            Note::new(N::PayBy, vec![Figure::month("payBy", last)])
                .cite([Source::law("Luật BHXH 41/2024/QH15", "Điều 36.3")])
        });
    }

    let (parameter_notes, overridden) = parameter_note_list(&lookup.into_used());
    warnings.extend(parameter_notes);
    Ok(VoluntaryContribution {
        month: m,
        income: req.income,
        group: req.group,
        mode: req.mode.info(),
        months_covered: covered,
        income_floor: floor.value,
        income_cap,
        rate: rate.value,
        support_rate,
        per_month,
        payment,
        supported_months,
        pay_by,
        provisional,
        warnings,
        steps: steps.into_steps(),
        overridden,
    })
}

/// An income outside the range the law allows in month `m`, saying so when the floor is not verified.
fn income_out_of_range(m: Month, floor: &Dated<Vnd>, cap: Vnd, multiple: u32) -> Error {
    let detail = if floor.source.confidence == Confidence::Unverified {
        VoluntaryNote::IncomeOutOfRangeUnverifiedFloor
    } else {
        VoluntaryNote::IncomeOutOfRange
    };
    let figures = vec![
        Figure::month("month", m),
        Figure::vnd("incomeFloor", floor.value),
        Figure::vnd("incomeCap", cap),
        Figure::count("capMultiple", multiple),
    ];
    Error::of(ErrorCode::IncomeOutOfRange, "income", detail, figures)
}

impl Amounts {
    /// What the participant pays of `gross` once the State's `support` is taken off.
    fn less_support(gross: Vnd, support: Vnd) -> Amounts {
        Amounts { gross, state_support: support, participant_pays: gross - support }
    }

    /// The step that shows one payment for `months` months.
    fn note(self, id: VoluntaryNote, months: u32) -> Note {
        Note::new(
            id,
            vec![
                Figure::count("months", months),
                Figure::vnd("gross", self.gross),
                Figure::vnd("stateSupport", self.state_support),
                Figure::vnd("payment", self.participant_pays),
            ],
        )
    }
}

/// Decree 159/2025 Art 6: MĐ1 = Σ_{i=1}^{n} TN_i × 22 % / (1 + r)^(i−1). The support of the first
/// `supported` months is discounted the same way. Sums are exact; each total is rounded half-up once.
#[allow(clippy::assign_op_pattern)] // decimals are summed with `+` (money.rs: "Sums of decimals")
fn discounted(gross: Vnd, support: Vnd, months: u32, supported: u32, r: Decimal) -> Result<(Vnd, Vnd)> {
    let growth = Decimal::ONE + r;
    let (mut factor, mut total_gross, mut total_support) = (Decimal::ONE, Decimal::ZERO, Decimal::ZERO);
    for i in 0..months {
        total_gross = total_gross + gross.amount() * factor;
        if i < supported {
            total_support = total_support + support.amount() * factor;
        }
        factor = factor.checked_div(growth).ok_or_else(|| Error::internal("discount"))?;
    }
    Ok((Vnd::round_half_up(total_gross), Vnd::round_half_up(total_support)))
}
