//! The retirement-age roadmap against Decree 135/2020 Appendix I (normal ages) and Appendix II (lower ages),
//! row by row: in each calendar year, the age and the birth months that reach it in that year. Every birth
//! month of every row is checked, so a skipped age (a man born 10/1961 goes straight to 60y6m) shows up.

use bhxh::{Month, Raw};

/// (year, age years, age months, first birth month, last birth month).
type Row = (u16, u16, u16, &'static str, &'static str);

/// Appendix I, men: +3 months a year from 60y3m in 2021 to 62y in 2028.
const MEN: &[Row] = &[
    (2021, 60, 3, "1961-01", "1961-09"),
    (2022, 60, 6, "1961-10", "1962-06"),
    (2023, 60, 9, "1962-07", "1963-03"),
    (2024, 61, 0, "1963-04", "1963-12"),
    (2025, 61, 3, "1964-01", "1964-09"),
    (2026, 61, 6, "1964-10", "1965-06"),
    (2027, 61, 9, "1965-07", "1966-03"),
    (2028, 62, 0, "1966-04", "1966-12"),
    (2029, 62, 0, "1967-01", "1967-12"),
    (2030, 62, 0, "1968-01", "1968-12"),
    (2031, 62, 0, "1969-01", "1969-12"),
    (2032, 62, 0, "1970-01", "1970-12"),
    (2033, 62, 0, "1971-01", "1971-12"),
    (2034, 62, 0, "1972-01", "1972-12"),
    (2035, 62, 0, "1973-01", "1973-12"),
];

/// Appendix I, women: +4 months a year from 55y4m in 2021 to 60y in 2035.
const WOMEN: &[Row] = &[
    (2021, 55, 4, "1966-01", "1966-08"),
    (2022, 55, 8, "1966-09", "1967-04"),
    (2023, 56, 0, "1967-05", "1967-12"),
    (2024, 56, 4, "1968-01", "1968-08"),
    (2025, 56, 8, "1968-09", "1969-04"),
    (2026, 57, 0, "1969-05", "1969-12"),
    (2027, 57, 4, "1970-01", "1970-08"),
    (2028, 57, 8, "1970-09", "1971-04"),
    (2029, 58, 0, "1971-05", "1971-12"),
    (2030, 58, 4, "1972-01", "1972-08"),
    (2031, 58, 8, "1972-09", "1973-04"),
    (2032, 59, 0, "1973-05", "1973-12"),
    (2033, 59, 4, "1974-01", "1974-08"),
    (2034, 59, 8, "1974-09", "1975-04"),
    (2035, 60, 0, "1975-05", "1975-12"),
];

fn retirement(sex: &str, birth: Month, condition: &str) -> serde_json::Value {
    let text = |s: &str| Raw::Text(s.to_string().into());
    let input = Raw::Object(vec![
        ("sex".into(), text(sex)),
        ("birth".into(), text(&birth.to_string())),
        ("condition".into(), text(condition)),
        ("explain".into(), Raw::Bool(false)),
    ]);
    let result = bhxh::retirement_age(&input, Month::ym(2026, 11)).unwrap_or_else(|e| panic!("{sex} {birth}: {e}"));
    serde_json::to_value(result).unwrap()
}

/// Checks every birth month of every row. With `lower` years lower ages, the rows are Appendix II's: the
/// same calendar years, ages `lower` years below, births `lower` years later.
fn check(sex: &str, rows: &[Row], condition: &str, lower: u16) {
    let shift = i32::from(lower) * 12;
    for &(year, years, months, first, last) in rows {
        let (first, last) =
            (Month::parse(first).unwrap().plus(shift).unwrap(), Month::parse(last).unwrap().plus(shift).unwrap());
        let mut birth = first;
        while birth <= last {
            let r = retirement(sex, birth, condition);
            let reached = Month::parse(r["monthReached"].as_str().unwrap()).unwrap();
            let want = (years - lower, months);
            let got = (r["age"]["years"].as_u64().unwrap() as u16, r["age"]["months"].as_u64().unwrap() as u16);
            assert_eq!(got, want, "{sex} born {birth} ({condition}): age in {year}");
            assert_eq!(reached.year(), year, "{sex} born {birth} ({condition}): retires in {}", reached.year());
            assert_eq!(reached, birth.plus(i32::from(want.0) * 12 + i32::from(want.1)).unwrap());
            let start = Month::parse(r["pensionStart"].as_str().unwrap()).unwrap();
            assert_eq!(start, reached.plus(1).unwrap(), "the pension starts the month after");
            birth = birth.plus(1).unwrap();
        }
    }
    // The rows leave no birth month out: each row starts the month after the previous one ends.
    for pair in rows.windows(2) {
        assert_eq!(Month::parse(pair[0].4).unwrap().plus(1).unwrap(), Month::parse(pair[1].3).unwrap());
    }
}

#[test]
fn appendix_one_normal_ages_men() {
    check("male", MEN, "normal", 0);
}

#[test]
fn appendix_one_normal_ages_women() {
    check("female", WOMEN, "normal", 0);
}

#[test]
fn appendix_two_lower_ages_are_five_years_below() {
    check("male", MEN, "hardship", 5);
    check("female", WOMEN, "hardship", 5);
    check("male", MEN, "reducedCapacity", 5);
}

#[test]
fn people_who_reached_the_old_age_before_2021_keep_it() {
    let r = retirement("male", Month::ym(1960, 12), "normal");
    assert_eq!((r["age"]["years"].as_u64(), r["monthReached"].as_str()), (Some(60), Some("2020-12")));
    let r = retirement("female", Month::ym(1965, 12), "normal");
    assert_eq!((r["age"]["years"].as_u64(), r["monthReached"].as_str()), (Some(55), Some("2020-12")));
}
