//! Retirement age (tuổi nghỉ hưu): the Labour Code 2019 Art 169 roadmap as Decree 135/2020 applies it, month
//! by month, for a person's birth month, sex and working condition.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Explanation, Figure, Note, Source};
use crate::core::input::{self, Fields, Raw};
use crate::core::month::Month;
use crate::core::params::{data, AgeMonths, AgeRoadmap, Lookup, Overrides};
use crate::core::policy::{self, Policy, PolicyWindow};
use crate::notes;
use serde::Serialize;

notes! {
    /// What the retirement age says: its steps, the words other notes name a person by, its errors.
    pub enum RetirementNote {
        /// The normal age of the person's `sex` born in `birth`: `age`, reached in `reached`.
        NormalRetirementAge,
        /// With the `condition` named, up to `yearsLower` years lower: `age`, reached in `reached`.
        LowerRetirementAge,
        /// Retirement at the end of `reached`; the pension from `start`.
        PensionStart,
        /// Under the `policy` named, up to `maxMonthsEarly` before the Appendix I age (a pension from
        /// `benchmarkStart`): a pension may start from `earliest` to `latest`.
        PolicyRetirement,
        /// The same against the lower age of Appendix II.
        PolicyRetirementAppendixII,
        /// Men, women: as `{sex:notes}` names them.
        SexMale,
        SexFemale,
        /// The working conditions below the normal age, as `{condition:notes}` names them.
        ConditionHardship,
        ConditionCoalMining,
        ConditionReducedCapacity,
        ConditionReducedCapacitySevere,
        /// An age, as the `age` kind of the wording writes it: `years`, and `months` when not 0.
        AgeYears,
        AgeYearsMonths,
        /// A birth month `birth` outside `oldest` to `today`.
        BirthImplausible,
        /// A birth date (`text`) not written YYYY-MM or YYYY-MM-DD.
        BirthInvalid,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub const NAMES: [(&'static str, Sex); 2] = [("male", Sex::Male), ("female", Sex::Female)];

    pub fn roadmap(self) -> &'static AgeRoadmap {
        match self {
            Sex::Male => &data::RETIREMENT_AGE.male,
            Sex::Female => &data::RETIREMENT_AGE.female,
        }
    }

    /// The figure `name` that names the sex in a note's words.
    pub fn named(self, name: &'static str) -> Figure {
        let id = match self {
            Sex::Male => RetirementNote::SexMale,
            Sex::Female => RetirementNote::SexFemale,
        };
        Figure::note(name, id)
    }
}

/// The working condition that sets how far below the normal age a person may retire.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Condition {
    /// The normal age (Art 169.2).
    Normal,
    /// 15+ years of heavy, hazardous or dangerous work, or in especially difficult areas: up to 5 years
    /// lower, with no reduction of the rate (Art 169.3; Law 41/2024 Art 64.1.b).
    Hardship,
    /// 15+ years of underground coal mining: up to 10 years lower (Law 41/2024 Art 64.1.c).
    CoalMining,
    /// Work capacity reduced by 61–80 %: up to 5 years lower, with the early-retirement reduction
    /// (Law 41/2024 Art 65.1.a).
    ReducedCapacity,
    /// Work capacity reduced by 81 % or more: up to 10 years lower, with the reduction (Art 65.1.b).
    ReducedCapacitySevere,
}

impl Condition {
    pub const NAMES: [(&'static str, Condition); 5] = [
        ("normal", Condition::Normal),
        ("hardship", Condition::Hardship),
        ("coalMining", Condition::CoalMining),
        ("reducedCapacity", Condition::ReducedCapacity),
        ("reducedCapacitySevere", Condition::ReducedCapacitySevere),
    ];

    /// How many years below the normal age the person may retire.
    pub fn years_lower(self) -> u16 {
        let r = &data::RETIREMENT_AGE;
        match self {
            Condition::Normal => 0,
            Condition::Hardship | Condition::ReducedCapacity => r.hardship_years,
            Condition::CoalMining | Condition::ReducedCapacitySevere => r.coal_mining_years,
        }
    }

    /// A pension under Art 65, with the early-retirement reduction.
    pub fn reduced_capacity(self) -> bool {
        matches!(self, Condition::ReducedCapacity | Condition::ReducedCapacitySevere)
    }

    /// The note that names a condition below the normal age; none for the normal one.
    fn name(self) -> Option<RetirementNote> {
        match self {
            Condition::Normal => None,
            Condition::Hardship => Some(RetirementNote::ConditionHardship),
            Condition::CoalMining => Some(RetirementNote::ConditionCoalMining),
            Condition::ReducedCapacity => Some(RetirementNote::ConditionReducedCapacity),
            Condition::ReducedCapacitySevere => Some(RetirementNote::ConditionReducedCapacitySevere),
        }
    }
}

/// An age in years and months.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Age {
    pub years: u16,
    pub months: u16,
}

impl Age {
    pub fn of(months: AgeMonths) -> Age {
        Age { years: months.0 / 12, months: months.0 % 12 }
    }

    pub fn total_months(self) -> u32 {
        u32::from(self.years) * 12 + u32::from(self.months)
    }

    /// The age as a figure, in months, which the wording writes in years and months (`{name:age}`).
    pub fn figure(self, name: &'static str) -> Figure {
        Figure::count(name, self.total_months())
    }
}

/// A person as the pension rules see them.
#[derive(Clone, Copy, Debug)]
pub struct Person {
    pub sex: Sex,
    pub birth: Month,
    pub condition: Condition,
}

/// The oldest birth month the calculators accept for someone alive today.
const MAX_AGE_YEARS: i32 = 120;

impl Person {
    /// Reads `sex`, `birth` ("YYYY-MM" or "YYYY-MM-DD"; an unknown day counts as the 1st, Decree 158/2025
    /// Art 12.2) and `condition` (default normal). `today` bounds the birth month.
    pub fn read(f: &Fields, today: Month) -> Result<Person> {
        let sex = f.choice("sex", &Sex::NAMES)?;
        let birth = birth_month(f.text("birth")?)?;
        let condition =
            if f.get("condition").is_some() { f.choice("condition", &Condition::NAMES)? } else { Condition::Normal };
        let oldest = today.plus(-12 * MAX_AGE_YEARS).unwrap_or(Month::ym(Month::FIRST_YEAR, 1));
        if birth > today || birth < oldest {
            let figures =
                vec![Figure::month("birth", birth), Figure::month("oldest", oldest), Figure::month("today", today)];
            return Err(Error::of(ErrorCode::BirthImplausible, "birth", RetirementNote::BirthImplausible, figures));
        }
        Ok(Person { sex, birth, condition })
    }

    /// The person's age in a month, in whole months (the birth month counts as 0).
    pub fn age_in(&self, m: Month) -> u32 {
        m.index().saturating_sub(self.birth.index())
    }

    /// 15 years of heavy or hazardous work, or in especially difficult areas: what a special policy's months early
    /// are counted against.
    pub fn hardship(&self) -> bool {
        self.condition == Condition::Hardship
    }

    /// The age and month at which the person may retire under `condition`.
    pub fn retirement(&self, condition: Condition) -> Result<(Age, Month)> {
        reached(self.birth, self.sex.roadmap(), condition.years_lower() * 12)
    }
}

/// Reads a birth date written "YYYY-MM" or "YYYY-MM-DD"; only the month matters to the rules.
fn birth_month(text: &str) -> Result<Month> {
    let invalid = || {
        let figures = vec![Figure::text("text", text.to_string())];
        Error::of(ErrorCode::MonthInvalid, "birth", RetirementNote::BirthInvalid, figures)
    };
    let (month_text, day) = match text.len() {
        7 => (text, None),
        10 if text.as_bytes()[7] == b'-' => {
            (&text[..7], text[8..].parse::<u8>().ok().filter(|_| text[8..].bytes().all(|b| b.is_ascii_digit())))
        }
        _ => return Err(invalid()),
    };
    let m = Month::parse(month_text).ok_or_else(invalid)?;
    if text.len() == 10 && !day.is_some_and(|d| d >= 1 && d <= days_in(m)) {
        return Err(invalid());
    }
    Ok(m)
}

fn days_in(m: Month) -> u8 {
    let y = u32::from(m.year());
    match m.month() {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Decree 135/2020 Art 4: the first calendar year Y in which the birth month plus the age of year Y
/// (less `lower` months) falls in Y; that month is when the age is reached. The roadmap rises by less than
/// a year each year, so such a year always exists, and the skipped ages of the appendix follow from it.
pub fn reached(birth: Month, roadmap: &AgeRoadmap, lower: u16) -> Result<(Age, Month)> {
    // Every age of the roadmap, lowered, is above 40.
    for year in birth.year().saturating_add(40)..=birth.year().saturating_add(80) {
        let age = roadmap.age_in(year).0.saturating_sub(lower);
        let month = birth.plus(i32::from(age)).ok_or_else(|| Error::internal("retirement month"))?;
        if month.year() == year {
            return Ok((Age::of(AgeMonths(age)), month));
        }
    }
    Err(Error::internal("retirement age"))
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RetirementAge {
    pub sex: Sex,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub birth: Month,
    pub condition: Condition,
    /// The age at which the person may retire under their condition.
    pub age: Age,
    /// The month in which that age is reached; retirement is at its end.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub month_reached: Month,
    /// The first month of the pension: the month after.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub pension_start: Month,
    /// The normal age, for comparison.
    pub normal_age: Age,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub normal_month_reached: Month,
    /// Under a special early-retirement policy: the months a pension may start in before the person's age.
    #[cfg_attr(feature = "wasm", tsify(type = "PolicyWindow | null"))]
    pub policy: Option<PolicyWindow>,
    pub steps: Vec<Note>,
}

/// The retirement age of a person, and under `policy` the months a pension may start in before it, with its
/// explanation.
pub fn retirement_age_of(
    person: &Person,
    policy: Option<&Policy>,
    lookup: &mut Lookup,
    explain: bool,
) -> Result<RetirementAge> {
    let (normal_age, normal_month) = person.retirement(Condition::Normal)?;
    let (age, month_reached) = person.retirement(person.condition)?;
    let pension_start = month_reached.plus(1).ok_or_else(|| Error::internal("pension start"))?;
    let normal_start = normal_month.plus(1).ok_or_else(|| Error::internal("pension start"))?;
    let window = match policy {
        Some(p) => policy::window(p, person.hardship(), normal_start, pension_start, lookup)?,
        None => None,
    };
    let mut steps = Explanation::new(explain);
    let r = &data::RETIREMENT_AGE;
    steps.add(|| {
        let figures = vec![
            person.sex.named("sex"),
            Figure::month("birth", person.birth),
            normal_age.figure("age"),
            Figure::month("reached", normal_month),
        ];
        Note::new(RetirementNote::NormalRetirementAge, figures).cite([r.source])
    });
    if let Some(condition) = person.condition.name() {
        steps.add(|| {
            let figures = vec![
                Figure::note("condition", condition),
                Figure::count("yearsLower", u32::from(person.condition.years_lower())),
                age.figure("age"),
                Figure::month("reached", month_reached),
            ];
            Note::new(RetirementNote::LowerRetirementAge, figures).cite([r.lower_source])
        });
    }
    steps.add(|| {
        let figures = vec![Figure::month("reached", month_reached), Figure::month("start", pension_start)];
        Note::new(RetirementNote::PensionStart, figures).cite([Source::law("Nghị định 135/2020/NĐ-CP", "Điều 3.1–3.2")])
    });
    if let Some(w) = &window {
        steps.add(|| {
            let id = match w.benchmark {
                "appendixII" => RetirementNote::PolicyRetirementAppendixII,
                _ => RetirementNote::PolicyRetirement,
            };
            let figures = vec![
                w.kind.named("policy"),
                Figure::month("benchmarkStart", w.benchmark_start),
                Figure::count("maxMonthsEarly", w.max_months_early),
                Figure::month("earliest", w.earliest_start),
                Figure::month("latest", w.latest_start),
            ];
            Note::new(id, figures).cite(w.sources.iter().copied())
        });
    }
    Ok(RetirementAge {
        sex: person.sex,
        birth: person.birth,
        condition: person.condition,
        age,
        month_reached,
        pension_start,
        normal_age,
        normal_month_reached: normal_month,
        policy: window,
        steps: steps.into_steps(),
    })
}

/// The input: `{ sex, birth, condition?, policy?, today?, explain? }`.
pub const FIELDS: &[&str] = &["sex", "birth", "condition", "policy", "today", "explain"];

/// Reads the input and calculates. `clock` is the current month, unless the input gives `today`.
pub fn retirement_age(input: &Raw, clock: Month) -> Result<RetirementAge> {
    let f = input.fields("")?;
    f.only(FIELDS)?;
    let today = today(&f, clock)?;
    let person = Person::read(&f, today)?;
    let policy = Policy::read(&f)?;
    let none = Overrides::default();
    let mut lookup = Lookup::new(&none);
    let age = retirement_age_of(&person, policy.as_ref(), &mut lookup, f.flag_or("explain", true)?)?;
    // A policy that takes no month this person could retire early in: an error naming the months it takes.
    if let (Some(p), None) = (&policy, &age.policy) {
        let normal_start = age.normal_month_reached.plus(1).ok_or_else(|| Error::internal("pension start"))?;
        let (_, benchmark) = policy::benchmark(person.hardship(), normal_start, age.pension_start);
        policy::check_open(p.kind, benchmark, benchmark.plus(-1).unwrap_or(benchmark), &mut lookup)?;
    }
    Ok(age)
}

/// The `today` field ("YYYY-MM", 2016-01 to 2100-12), or the clock.
pub fn today(f: &Fields, clock: Month) -> Result<Month> {
    match f.get("today") {
        Some(_) => input::month_in_range(f.text("today")?, "today"),
        None => Ok(clock),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn birth_dates_may_give_the_day() {
        assert_eq!(birth_month("1969-01-31").unwrap(), m("1969-01"));
        assert_eq!(birth_month("2000-02-29").unwrap(), m("2000-02"));
        for bad in ["1969-02-30", "1969-1-05", "1969-01-00", "1969-01-+1", "1969", "1969-01-1x", "1900-02-29"] {
            assert_eq!(birth_month(bad).unwrap_err().code, ErrorCode::MonthInvalid, "{bad}");
        }
    }

    #[test]
    fn lower_ages_are_five_or_ten_years_below() {
        let man = Person { sex: Sex::Male, birth: m("1966-01"), condition: Condition::Normal };
        assert_eq!(man.retirement(Condition::Hardship).unwrap(), (Age { years: 55, months: 3 }, m("2021-04")));
        let woman = Person { sex: Sex::Female, birth: m("1980-05"), condition: Condition::Normal };
        assert_eq!(woman.retirement(Condition::Normal).unwrap(), (Age { years: 60, months: 0 }, m("2040-05")));
        // 10 years below the age of the year she reaches it: 57y4m − 10y in 2027.
        assert_eq!(woman.retirement(Condition::CoalMining).unwrap(), (Age { years: 47, months: 4 }, m("2027-09")));
    }
}
