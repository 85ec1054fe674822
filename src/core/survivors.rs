//! What social insurance pays a worker's family on the worker's death (chế độ tử tuất; Law 41/2024 Art 84–91,
//! 108–111): the funeral allowance (trợ cấp mai táng), the monthly survivors' allowance for the relatives who
//! qualify (trợ cấp tuất hằng tháng), or the lump sum (trợ cấp tuất một lần). The relatives are the worker's to
//! declare; the comparison values what each path leaves them (`comparison.rs`).

use crate::core::assessment::{half_up, Coefficients};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::Figure;
use crate::core::history::Ledger;
use crate::core::input::Fields;
use crate::core::law::Law;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{beyond_calendar, data, Lookup, Param, Value};
use crate::core::retirement::{self, Sex};
use crate::core::withdrawal::Split;
use crate::notes;
use rust_decimal::Decimal;

notes! {
    /// What reading the relatives can say.
    pub enum SurvivorNote {
        TooManyDependants,
        DependantBirthInvalid,
        DependantBirthImplausible,
    }
}

/// How a relative is related to the worker (Art 86.2).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Relation {
    /// Vợ hoặc chồng: from the Labour Code age (Art 169.2), or younger with 81% or more loss of work capacity.
    Spouse,
    /// Con: under 18, or of any age with 81% or more loss.
    Child,
    /// Cha đẻ, mẹ đẻ, cha mẹ vợ hoặc chồng: as a spouse.
    Parent,
    /// Another family member the worker had a legal duty to support: as a spouse.
    Other,
}

impl Relation {
    pub const NAMES: [(&'static str, Relation); 4] = [
        ("spouse", Relation::Spouse),
        ("child", Relation::Child),
        ("parent", Relation::Parent),
        ("other", Relation::Other),
    ];
}

/// A relative the worker declares, with the facts the law asks about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Dependant {
    pub relation: Relation,
    /// An unknown month counts as January (Decree 158/2025 Art 12.2).
    pub birth: Month,
    /// For the relative's own retirement age and life table. Not given: a spouse is the other sex than the worker,
    /// anyone else a man (the later age and the shorter life, so the value is not overstated).
    pub sex: Sex,
    /// Works with compulsory SI, or receives a pension or a monthly benefit of at least the reference level: no
    /// monthly allowance, except for a child under 18 (Art 86.3).
    pub other_support: bool,
    /// Work capacity reduced by 81% or more (Art 86.2.b, c, đ).
    pub severe_incapacity: bool,
    /// No direct carer: 70% of the reference level instead of 50% (Art 87.1).
    pub no_carer: bool,
}

/// At most this many relatives are read: the law pays at most 4 (Art 87.2), and a family has few more.
pub const MAX_DEPENDANTS: usize = 10;

/// The fields of one relative.
pub const FIELDS: &[&str] = &["relation", "birth", "sex", "otherSupport", "severeIncapacity", "noCarer"];

/// Reads `dependants`, a list of relatives, checking each birth against `today`.
pub fn read(f: &Fields, today: Month, worker: Sex) -> Result<Vec<Dependant>> {
    let items = f.list("dependants")?;
    if items.len() > MAX_DEPENDANTS {
        let field = f.path("dependants");
        let figures = vec![Figure::text("field", field.clone()), Figure::count("most", MAX_DEPENDANTS as u32)];
        return Err(Error::of(ErrorCode::TooMany, field, SurvivorNote::TooManyDependants, figures));
    }
    let mut out = Vec::with_capacity(items.len());
    for (field, raw) in items {
        let d = raw.fields(&field)?;
        d.only(FIELDS)?;
        let relation = d.choice("relation", &Relation::NAMES)?;
        let birth = birth(d.text("birth")?, &d.path("birth"), today)?;
        let sex = match (d.get("sex"), relation) {
            (Some(_), _) => d.choice("sex", &Sex::NAMES)?,
            (None, Relation::Spouse) if worker == Sex::Male => Sex::Female,
            (None, _) => Sex::Male,
        };
        out.push(Dependant {
            relation,
            birth,
            sex,
            other_support: d.flag("otherSupport")?,
            severe_incapacity: d.flag("severeIncapacity")?,
            no_carer: d.flag("noCarer")?,
        });
    }
    Ok(out)
}

/// A relative's birth, written "YYYY" or "YYYY-MM": not after `today`, and at most 120 years before.
fn birth(text: &str, field: &str, today: Month) -> Result<Month> {
    let month = match text.len() {
        4 if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok().and_then(|year| Month::new(year, 1)),
        _ => Month::parse(text),
    };
    let month = month.ok_or_else(|| {
        let figures = vec![Figure::text("field", field.to_string()), Figure::text("text", text.to_string())];
        Error::of(ErrorCode::MonthInvalid, field, SurvivorNote::DependantBirthInvalid, figures)
    })?;
    let oldest = today.plus(-12 * 120).unwrap_or(month);
    if month > today || month < oldest {
        let figures = vec![
            Figure::text("field", field.to_string()),
            Figure::month("birth", month),
            Figure::month("oldest", oldest),
            Figure::month("today", today),
        ];
        return Err(Error::of(ErrorCode::BirthImplausible, field, SurvivorNote::DependantBirthImplausible, figures));
    }
    Ok(month)
}

impl Dependant {
    /// With 81% or more loss and no other support: paid for life, whatever the age (Art 86.2.b, c, đ).
    fn lifelong(&self) -> bool {
        self.severe_incapacity && !self.other_support
    }

    /// The last month the relative is paid, if they qualify: a child through the month of the 18th birthday
    /// (`child_years`; whether that month is paid is unverified: it is); `None`: for life.
    pub fn paid_through(&self, child_years: u32) -> Result<Option<Month>> {
        if self.relation == Relation::Child && !self.lifelong() {
            return self
                .birth
                .plus(child_years as i32 * 12)
                .map(Some)
                .ok_or_else(|| beyond_calendar(data::SURVIVOR_CHILD_AGE_LIMIT.id));
        }
        Ok(None)
    }

    /// Whether the relative qualifies for the monthly allowance on a death in `death`, as the facts stand then
    /// (Art 86.2–86.3): a child under 18 whatever their support; anyone with 81% or more loss; a spouse, parent or
    /// other relative of the Labour Code age (Art 169.2), unless supported otherwise.
    pub fn qualifies(&self, death: Month, child_years: u32) -> Result<bool> {
        if self.relation == Relation::Child {
            return Ok(self.lifelong() || self.paid_through(child_years)?.is_some_and(|adult| death < adult));
        }
        if self.other_support {
            return Ok(false);
        }
        let (_, of_age) = retirement::reached(self.birth, self.sex.roadmap(), 0)?;
        Ok(self.severe_incapacity || of_age <= death)
    }
}

/// Reads the rules' figures in force in one month, and notes from when they all stay the same.
struct Reader<'a, 'b> {
    at: Month,
    settled: Month,
    lookup: &'a mut Lookup<'b>,
}

impl Reader<'_, '_> {
    fn value<T: Value>(&mut self, param: &'static Param<T>) -> Result<T> {
        self.settled = self.settled.max(self.lookup.settled(param));
        Ok(self.lookup.require(param, self.at)?.value)
    }
}

/// The month whose rules value a death: from 2025-07, Law 41/2024's; an earlier death is valued with them too.
pub fn rules_month(death: Month) -> Month {
    death.max(Law::LAW_41_FROM)
}

/// What social insurance owes the family on a death.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Estate {
    /// The funeral allowance is due (Art 85, 109, 111.1.c).
    pub funeral: bool,
    /// The deceased qualifies the relatives for the monthly allowance (Art 86.1, 111.1.b).
    pub monthly: bool,
    /// The lump sum, for a family that does not take the monthly allowance (Art 88.2).
    pub lump_sum: Vnd,
}

impl Estate {
    /// Time withdrawn, or a lump sum already taken: nothing is left.
    pub const NOTHING: Estate = Estate { funeral: false, monthly: false, lump_sum: Vnd::ZERO };
}

/// The figures of the survivors' benefits for a death in one month.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Rules {
    /// The funeral allowance, in times the reference level (Art 85.2, 109.2).
    pub funeral_times: u32,
    funeral_compulsory_months: u32,
    funeral_total_months: u32,
    monthly_compulsory_years: u32,
    /// The most relatives paid the monthly allowance (Art 87.2).
    pub max_relatives: u32,
    /// A child is paid until this age (Art 86.2.a).
    pub child_years: u32,
    lump_before_2014: Rate,
    lump_from_2014: Rate,
    lump_least_months: u32,
    money_back_months: u32,
    voluntary_rate: Rate,
    pensioner_months: u32,
    pensioner_full_months: u32,
    pensioner_decrease: Rate,
    pensioner_least_months: u32,
}

impl Rules {
    /// The rules for a death in `death`, and the first month from which they stay the same.
    pub fn in_force(death: Month, lookup: &mut Lookup) -> Result<(Rules, Month)> {
        let mut read = Reader { at: rules_month(death), settled: rules_month(death), lookup };
        let rules = Rules {
            funeral_times: read.value(&data::FUNERAL_ALLOWANCE_MULTIPLE)?,
            funeral_compulsory_months: read.value(&data::FUNERAL_MIN_COMPULSORY_MONTHS)?,
            funeral_total_months: read.value(&data::FUNERAL_MIN_VOLUNTARY_MONTHS)?,
            monthly_compulsory_years: read.value(&data::SURVIVOR_MONTHLY_MIN_COMPULSORY_YEARS)?,
            max_relatives: read.value(&data::SURVIVOR_MONTHLY_MAX_RELATIVES)?,
            child_years: read.value(&data::SURVIVOR_CHILD_AGE_LIMIT)?,
            lump_before_2014: read.value(&data::SURVIVOR_LUMP_PER_YEAR_BEFORE2014)?,
            lump_from_2014: read.value(&data::SURVIVOR_LUMP_PER_YEAR_FROM2014)?,
            lump_least_months: read.value(&data::SURVIVOR_LUMP_MINIMUM_MONTHS)?,
            money_back_months: read.value(&data::SURVIVOR_LUMP_VOLUNTARY_MONEY_BACK_MONTHS)?,
            voluntary_rate: read.value(&data::VOLUNTARY_RATE)?,
            pensioner_months: read.value(&data::PENSIONER_DEATH_LUMP_MONTHS)?,
            pensioner_full_months: read.value(&data::PENSIONER_DEATH_LUMP_FULL_MONTHS)?,
            pensioner_decrease: read.value(&data::PENSIONER_DEATH_LUMP_DECREASE)?,
            pensioner_least_months: read.value(&data::PENSIONER_DEATH_LUMP_MINIMUM_MONTHS)?,
        };
        Ok((rules, read.settled))
    }

    /// Whether `compulsory` and `total` months give the funeral allowance and the monthly allowance (Art 85.1.a,
    /// 86.1.a, 109.1.a, 111.1.b–c); a pensioner always has the funeral allowance (Art 85.1.c, 109.1.b).
    fn qualifies(&self, compulsory: u32, total: u32, pensioner: bool) -> (bool, bool) {
        let funeral = pensioner || compulsory >= self.funeral_compulsory_months || total >= self.funeral_total_months;
        (funeral, compulsory >= self.monthly_compulsory_years * 12)
    }

    /// A death while contributing or keeping the time (bảo lưu): the lump sum is 1.5 months of the average a year
    /// before 2014 and 2 from 2014, at least 3 months (Art 89.1, 110.2.a–b, 110.3), on the average to the last month
    /// contributed, revalued with the death year's table and, for state-scale time, the reference level of the
    /// month of death (Art 89.4); someone with only voluntary time, under 60 months: the money contributed (Art
    /// 110.2.c).
    pub fn insured(
        &self,
        ledger: &Ledger,
        split: Split,
        death: Month,
        table: &Coefficients,
        lookup: &mut Lookup,
    ) -> Result<Estate> {
        let months = ledger.months;
        let (funeral, monthly) = self.qualifies(months.compulsory, months.total, false);
        let reference = lookup.require(&data::REFERENCE_LEVEL, death)?.value;
        let average = ledger.average(&|year, voluntary| table.hundredths(year, voluntary), reference)?;
        let lump_sum = if months.compulsory == 0 && months.total < self.money_back_months {
            half_up(average.total * self.voluntary_rate.value())
        } else {
            let months_of_average = self.lump_before_2014.value() * split.years_before_2014.value()
                + self.lump_from_2014.value() * split.years_from_2014.value();
            half_up(average.value.times(months_of_average.max(Decimal::from(self.lump_least_months))))
        };
        Ok(Estate { funeral, monthly, lump_sum })
    }

    /// A death in the `month_number`-th month of a pension of `pension` that month (the first month is 1): 48
    /// months of pension in the first 2 months, 0.5 less for each month from the third, at least 3 (Art 89.2,
    /// 110.4).
    pub fn pensioner(&self, pension: Vnd, month_number: u32, compulsory: u32, total: u32) -> Estate {
        let (funeral, monthly) = self.qualifies(compulsory, total, true);
        let decreased = Decimal::from(month_number.saturating_sub(self.pensioner_full_months));
        let months = (Decimal::from(self.pensioner_months) - self.pensioner_decrease.value() * decreased)
            .max(Decimal::from(self.pensioner_least_months));
        Estate { funeral, monthly, lump_sum: half_up(pension.times(months)) }
    }

    /// A death while drawing the Art 23 monthly allowance: the months not yet paid go to the family, with the
    /// funeral allowance for 12 compulsory months or 60 in all (Decree 158/2025 Art 25).
    pub fn allowance_recipient(&self, unpaid: Vnd, compulsory: u32, total: u32) -> Estate {
        let (funeral, _) = self.qualifies(compulsory, total, false);
        Estate { funeral, monthly: false, lump_sum: unpaid }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn relative(relation: Relation, birth: &str, sex: Sex) -> Dependant {
        Dependant { relation, birth: m(birth), sex, other_support: false, severe_incapacity: false, no_carer: false }
    }

    #[test]
    fn a_pensioners_lump_sum_falls_by_half_a_month_from_the_third() {
        // Research note C-3: a pension of 10,000,000 in the month of death.
        let none = crate::core::params::Overrides::default();
        let (rules, _) = Rules::in_force(m("2026-09"), &mut Lookup::new(&none)).unwrap();
        let lump = |k| rules.pensioner(Vnd::whole(10_000_000), k, 300, 300).lump_sum;
        let expected = [(1, 480_000_000), (2, 480_000_000), (3, 475_000_000), (10, 440_000_000), (91, 35_000_000)];
        for (k, amount) in expected.into_iter().chain([(92, 30_000_000), (400, 30_000_000)]) {
            assert_eq!(lump(k), Vnd::whole(amount), "month {k}");
        }
        let estate = rules.pensioner(Vnd::whole(10_000_000), 5, 179, 300);
        assert!(estate.funeral && !estate.monthly, "a pensioner with 179 compulsory months");
    }

    #[test]
    fn relatives_qualify_as_the_law_lists_them() {
        // Research note C-2: a wife born 1968-03 reached 56y4m in 2024-07; a son born 2016-03 is paid through
        // 2034-03; a mother aged 80.
        let wife = relative(Relation::Spouse, "1968-03", Sex::Female);
        assert!(wife.qualifies(m("2026-08"), 18).unwrap() && wife.qualifies(m("2024-07"), 18).unwrap());
        assert!(!wife.qualifies(m("2024-06"), 18).unwrap());
        assert_eq!(wife.paid_through(18).unwrap(), None);
        let son = relative(Relation::Child, "2016-03", Sex::Male);
        assert!(son.qualifies(m("2026-08"), 18).unwrap() && son.qualifies(m("2034-02"), 18).unwrap());
        assert!(!son.qualifies(m("2034-03"), 18).unwrap());
        assert_eq!(son.paid_through(18).unwrap(), Some(m("2034-03")));
        let mother = relative(Relation::Parent, "1946-05", Sex::Female);
        assert!(mother.qualifies(m("2026-08"), 18).unwrap());
        // Working with compulsory SI: the wife is excluded (Art 86.3); a child under 18 never is.
        let working = Dependant { other_support: true, ..wife };
        assert!(!working.qualifies(m("2026-08"), 18).unwrap());
        let supported_child = Dependant { other_support: true, ..son };
        assert!(supported_child.qualifies(m("2026-08"), 18).unwrap());
        // 81% or more loss: for life, whatever the age; not with other support once an adult.
        let severe = Dependant { severe_incapacity: true, ..son };
        assert!(severe.qualifies(m("2040-01"), 18).unwrap());
        assert_eq!(severe.paid_through(18).unwrap(), None);
        let supported_severe = Dependant { other_support: true, ..severe };
        assert!(!supported_severe.qualifies(m("2040-01"), 18).unwrap());
        assert_eq!(supported_severe.paid_through(18).unwrap(), Some(m("2034-03")));
        let young_husband = Dependant { severe_incapacity: true, ..relative(Relation::Spouse, "1990-01", Sex::Male) };
        assert!(young_husband.qualifies(m("2026-08"), 18).unwrap());
        assert!(!relative(Relation::Spouse, "1990-01", Sex::Male).qualifies(m("2026-08"), 18).unwrap());
    }
}
