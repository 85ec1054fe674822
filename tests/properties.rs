//! Invariants that hold for every input, checked on many generated ones.

use bhxh::{Comparison, Contribution, OneTimeWithdrawal, Pension, Raw, VoluntaryContribution};
use proptest::prelude::*;

fn object<'a>(entries: Vec<(&'a str, Raw<'a>)>) -> Raw<'a> {
    Raw::Object(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

/// An object of generated names, which it owns.
fn owned_object(entries: Vec<(String, Raw<'static>)>) -> Raw<'static> {
    Raw::Object(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

fn month_text(index: u32) -> String {
    format!("{:04}-{:02}", 2016 + index / 12, index % 12 + 1)
}

/// Any month from 2016-01 to 2030-12.
fn month() -> impl Strategy<Value = String> {
    (0u32..180).prop_map(month_text)
}

fn contribution(month: &str, salary: f64, region: u8, reduced: bool, foreign: bool, union: bool) -> Contribution {
    let reduced = reduced && month >= "2020-07";
    bhxh::contribution(&object(vec![
        ("month", Raw::Text(month.into())),
        ("salary", Raw::Number(salary)),
        ("region", Raw::Number(f64::from(region))),
        ("reducedOccupationalRate", Raw::Bool(reduced)),
        ("foreignEmployee", Raw::Bool(foreign)),
        ("unionFee", Raw::Bool(union)),
    ]))
    .unwrap()
}

fn amounts(c: &Contribution) -> Vec<i64> {
    [&c.employee, &c.employer]
        .iter()
        .flat_map(|s| {
            [
                s.retirement,
                s.sickness,
                s.occupational,
                s.social_insurance,
                s.health,
                s.unemployment,
                s.union_fee,
                s.total,
            ]
        })
        .chain([c.total, c.employer_cost, c.base.social_insurance, c.base.unemployment.unwrap_or_default()])
        .map(|v| v.to_i64())
        .collect()
}

/// A figure of the contribution's explanation.
fn figure(c: &Contribution, name: &str) -> i64 {
    match c.steps.iter().flat_map(|s| &s.figures.0).find(|f| f.name == name).map(|f| &f.value) {
        Some(bhxh::core::explain::FigureValue::Vnd(v)) => v.to_i64(),
        other => panic!("{name}: {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn contributions_never_fall_as_the_salary_rises(
        m in month(), low in 1_000_000u32..200_000_000, raise in 0u32..50_000_000,
        region in 1u8..=4, reduced: bool, foreign: bool, union: bool,
    ) {
        let a = contribution(&m, f64::from(low), region, reduced, foreign, union);
        let b = contribution(&m, f64::from(low) + f64::from(raise), region, reduced, foreign, union);
        for (x, y) in amounts(&a).iter().zip(amounts(&b)) {
            prop_assert!(*x <= y, "{x} > {y}");
        }
    }

    #[test]
    fn floors_and_caps_hold_and_parts_add_up(
        m in month(), salary in 1u32..500_000_000, region in 1u8..=4, reduced: bool, foreign: bool, union: bool,
    ) {
        let c = contribution(&m, f64::from(salary), region, reduced, foreign, union);
        let reference = figure(&c, "referenceLevel");
        let minimum = figure(&c, "regionalMinimumWage");
        let si = c.base.social_insurance.to_i64();
        prop_assert!(si >= reference && si <= 20 * reference);
        prop_assert!(si == i64::from(salary).clamp(reference, 20 * reference));
        match c.base.unemployment {
            Some(ui) => prop_assert!(ui.to_i64() <= 20 * minimum && ui.to_i64() >= reference.min(20 * minimum)),
            None => prop_assert!(foreign),
        }
        for s in [&c.employee, &c.employer] {
            prop_assert_eq!(s.social_insurance, s.retirement + s.sickness + s.occupational);
            prop_assert_eq!(s.total, s.social_insurance + s.health + s.unemployment + s.union_fee);
        }
        prop_assert_eq!(c.total, c.employee.total + c.employer.total);
        prop_assert_eq!(c.employer_cost.to_i64(), i64::from(salary) + c.employer.total.to_i64());
        prop_assert!(amounts(&c).iter().all(|v| *v >= 0));
        prop_assert!(c.employee.total.to_i64() <= i64::from(salary).max(reference) / 5);
    }

    #[test]
    fn voluntary_support_never_exceeds_the_contribution(
        m in month(), extra in 0u32..45_000_000, group in 0usize..4, months in prop::sample::select(vec![1u8, 3, 6, 12]),
        before in 0u32..200,
    ) {
        let group = ["poorHousehold", "nearPoorHousehold", "ethnicMinority", "other"][group];
        let run = |income: f64| -> VoluntaryContribution {
            bhxh::voluntary_contribution(&object(vec![
                ("month", Raw::Text(m.clone().into())),
                ("income", Raw::Number(income)),
                ("group", Raw::Text(group.into())),
                ("mode", object(vec![("months", Raw::Number(f64::from(months)))])),
                ("supportedMonthsBefore", Raw::Number(f64::from(before))),
            ]))
            .unwrap()
        };
        let range = run(2_200_000.0);
        let (floor, cap) = (range.income_floor.to_i64() as f64, range.income_cap.to_i64() as f64);
        let a = run(floor + f64::from(extra % 1_000_000));
        let b = run((floor + f64::from(extra)).min(cap));
        for v in [&a, &b] {
            prop_assert!(v.per_month.state_support <= v.per_month.gross);
            prop_assert_eq!(v.payment.participant_pays, v.payment.gross - v.payment.state_support);
            prop_assert_eq!(v.payment.gross.to_i64(), v.per_month.gross.to_i64() * i64::from(months));
            prop_assert!(v.supported_months <= u32::from(months));
            prop_assert!(before + v.supported_months <= 120 || v.supported_months == 0);
        }
        prop_assert!(a.payment.participant_pays <= b.payment.participant_pays);
    }

    /// Whatever a caller sends, the calculators answer or explain; they never panic.
    #[test]
    fn no_input_makes_a_calculator_panic(input in raw_input()) {
        let _ = bhxh::contribution(&input);
        let _ = bhxh::voluntary_contribution(&input);
        let _ = bhxh::retirement_age(&input, TODAY);
        let _ = bhxh::pension(&input, TODAY);
        let _ = bhxh::one_time_withdrawal(&input, TODAY);
        let _ = bhxh::compare_withdrawal(&input, TODAY);
        let _ = bhxh::read_record(&input, TODAY);
    }
}

/// Pieces of a record, well formed and not: months, numbers, the header's words, special rows, separators.
fn record_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Từ tháng",
            "Đến tháng",
            "đến nay",
            "Mức đóng",
            "Phụ cấp",
            "Chức vụ",
            "TN VK (%)",
            "TN Nghề (%)",
            "Khu vực",
            "Khác",
            "Tái cử",
            "Tỷ lệ đóng",
            "Tiền lương",
            "Phụ cấp lương",
            "Các khoản bổ sung",
            "Đơn vị",
            "Tổng thời gian đóng BHXH là",
            "năm",
            "tháng",
            "Nghỉ hưởng chế độ thai sản",
            "Không tham gia BHXH",
            "BHTN",
            "tự nguyện",
            "Trang 2/3",
            "Ngày sinh: 31/12/1980",
            "Giới tính: Nữ",
            "Quá trình đóng BHXH tự nguyện",
            "thất nghiệp",
            "ốm đau",
            "truy đóng",
            "\t",
            "\n",
            "  ",
            " | ",
            "%",
            "-",
            "\u{0301}",
            "Đ",
            "ế",
            "0l/2O15",
            "9.156.OOO",
            "3.990",
            "3,99",
            "1.234,5",
            "99999999999999999999",
            "12/2026",
            "01/1960",
            "13/2020",
            "2100-12",
            "0,30",
            "22%",
            "5",
            ",",
            ".",
            "/",
        ])
        .prop_map(str::to_string),
        (1u32..13, 1900u32..2200).prop_map(|(m, y)| format!("{m:02}/{y}")),
        // A period's row begun: two months of recent years, then cells.
        (1u32..13, 1985u32..2027, 1u32..13, 1985u32..2027, prop::bool::ANY).prop_map(|(a, y, b, z, tab)| {
            let gap = if tab { "\t" } else { "  " };
            format!("\n{a:02}/{y}{gap}{b:02}/{z}{gap}")
        }),
        Just("\nTừ tháng\tĐến tháng\tCấp bậc\tMức đóng\tChức vụ\tTN VK (%)\tKhu vực\tTái cử\tTiền lương\n".to_string()),
        Just("\nTừ tháng  Đến tháng  Cấp bậc  Mức đóng  Chức vụ  TN VK (%)  Tỷ lệ đóng\n".to_string()),
        (0u64..100_000_000_000).prop_map(|n| n.to_string()),
        ".{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Whatever text or table a worker gives, the record reader answers or explains; it never panics, and what
    /// it calls used is a history `pension` reads.
    #[test]
    fn no_record_makes_the_reader_panic(pieces in prop::collection::vec(record_piece(), 0..80), table: bool) {
        let text: String = pieces.concat();
        let input = if table {
            let rows = text.split('\n').map(|line| Raw::List(line.split('\t').map(|c| Raw::Text(c.into())).collect())).collect();
            object(vec![("rows", Raw::List(rows))])
        } else {
            object(vec![("text", Raw::Text(text.into()))])
        };
        if let Ok(record) = bhxh::read_record(&input, TODAY) {
            // The months counted are those of the rows read as periods, the history's (which never overlap)
            // among them.
            let history: u32 = record.periods.iter().map(|p| p.months()).sum();
            let read: u32 = record.rows.iter().filter_map(|r| r.period).map(|p| p.months()).sum();
            prop_assert!(history <= record.counted_months && record.counted_months <= read, "{} {} {}", history, record.counted_months, read);
            if !record.periods.is_empty() {
                let history = serde_json::to_value(&record.periods).unwrap();
                let raw = json_raw(&history);
                let result = bhxh::pension(&object(vec![("sex", Raw::Text("female".into())), ("birth", Raw::Text("1900-01".into())), ("history", raw)]), TODAY);
                if let Err(e) = result {
                    prop_assert!(!e.field.starts_with("history["), "{}", e);
                }
            }
        }
    }

    /// Any text at all, however odd.
    #[test]
    fn no_string_makes_the_reader_panic(text in any::<String>()) {
        let _ = bhxh::read_record(&object(vec![("text", Raw::Text(text.into()))]), TODAY);
    }
}

/// A JSON value as the JS boundary would hand it over.
fn json_raw(value: &serde_json::Value) -> Raw<'_> {
    match value {
        serde_json::Value::Null => Raw::Null,
        serde_json::Value::Bool(b) => Raw::Bool(*b),
        serde_json::Value::Number(n) => Raw::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Raw::Text(s.as_str().into()),
        serde_json::Value::Array(items) => Raw::List(items.iter().map(json_raw).collect()),
        serde_json::Value::Object(map) => {
            Raw::Object(map.iter().map(|(k, v)| (k.as_str().into(), json_raw(v))).collect())
        }
    }
}

const TODAY: bhxh::Month = bhxh::Month::ym(2026, 11);

/// A pension decided in 2026-11 for a history of `months` months ending 2026-10 at `salary`, split into a
/// compulsory part and a voluntary part of the last `voluntary` months.
fn pension(male: bool, birth_year: u16, months: u32, voluntary: u32, salary: f64) -> Pension {
    let history = history_ending(bhxh::Month::ym(2026, 10), months, voluntary, salary);
    bhxh::pension(
        &object(vec![
            ("sex", Raw::Text(if male { "male" } else { "female" }.into())),
            ("birth", Raw::Text(format!("{birth_year}-06").into())),
            ("history", history),
            ("decisionMonth", Raw::Text("2026-11".into())),
            ("explain", Raw::Bool(false)),
        ]),
        TODAY,
    )
    .unwrap()
}

fn rate(p: &Pension) -> Option<rust_decimal::Decimal> {
    p.rate.map(|r| r.rate.value())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// More months never lower the rate, and never take a pension away.
    #[test]
    fn more_months_never_lower_the_rate(male: bool, birth in 1950u16..1966, months in 12u32..500, more in 1u32..60, salary in 5_000_000.0..40_000_000.0f64) {
        let salary = salary.round();
        let (a, b) = (pension(male, birth, months, 0, salary), pension(male, birth, months + more, 0, salary));
        prop_assert!(b.eligible || !a.eligible);
        if a.eligible {
            prop_assert!(rate(&b) >= rate(&a), "{:?} then {:?}", rate(&a), rate(&b));
        }
    }

    /// A higher salary never lowers the average or the pension.
    #[test]
    fn a_higher_salary_never_lowers_the_pension(male: bool, birth in 1950u16..1966, months in 12u32..500, voluntary in 0u32..60, salary in 2_000_000.0..60_000_000.0f64, raise in 1.0..10_000_000.0f64) {
        let (salary, raise) = (salary.round(), raise.round());
        let voluntary = voluntary.min(months - 1).min(200);
        let (a, b) = (pension(male, birth, months, voluntary, salary), pension(male, birth, months, voluntary, salary + raise));
        prop_assert!(b.average.value >= a.average.value);
        prop_assert!(b.monthly_pension >= a.monthly_pension);
    }

    /// The rate is within 0–75 %, and the pension is the average times it, or the minimum.
    #[test]
    fn the_rate_stays_within_its_bounds(male: bool, birth in 1950u16..1966, months in 12u32..480, voluntary in 0u32..120, salary in 2_000_000.0..60_000_000.0f64) {
        let voluntary = voluntary.min(months - 1).min(200);
        let p = pension(male, birth, months, voluntary, salary.round());
        if let Some(r) = p.rate {
            prop_assert!(r.rate.value() >= rust_decimal::Decimal::ZERO && r.rate.value() <= rust_decimal::Decimal::new(75, 2));
            let computed = bhxh::core::money::Vnd::round_half_up(p.average.value.times(r.rate.value()));
            prop_assert_eq!(p.computed_pension, Some(computed));
            prop_assert_eq!(p.monthly_pension, Some(p.minimum_pension.map_or(computed, |m| computed.max(m))));
        } else {
            prop_assert!(!p.eligible && p.monthly_pension.is_none() && !p.missing.is_empty());
        }
    }

    /// In years whose coefficient is 1 (2025 and 2026 in the 2026 table), the average of a constant salary
    /// below the cap is that salary.
    #[test]
    fn a_constant_salary_at_coefficient_one_averages_to_itself(months in 1u32..22, salary in 1_000_000.0..46_800_000.0f64) {
        let salary = salary.round();
        let p = pension(true, 1960, months, 0, salary);
        prop_assert_eq!(p.average.value.to_i64(), salary as i64);
    }
}

/// A pension decided in 2026-11 for a compulsory history of `months` months ending 2026-10, under a condition and
/// a special policy, if any.
fn pension_under(
    male: bool,
    birth: &str,
    condition: &str,
    months: u32,
    policy: Option<&str>,
) -> Result<Pension, bhxh::Error> {
    let history = history_ending(bhxh::Month::ym(2026, 10), months, 0, 10_000_000.0);
    let mut fields = vec![
        ("sex", Raw::Text(if male { "male" } else { "female" }.into())),
        ("birth", Raw::Text(birth.into())),
        ("condition", Raw::Text(condition.into())),
        ("history", history),
        ("decisionMonth", Raw::Text("2026-11".into())),
        ("explain", Raw::Bool(false)),
    ];
    match policy {
        Some("noReduction") => fields.push(("noReduction", Raw::Bool(true))),
        Some(kind) => fields.push(("policy", object(vec![("kind", Raw::Text(kind.into()))]))),
        None => {}
    }
    bhxh::pension(&object(fields), TODAY)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A special policy never lowers the rate of the same decision, nor takes a pension away; the pension it opens
    /// early (at most 60 months under these policies) is not reduced.
    #[test]
    fn a_policy_never_lowers_the_rate(
        male: bool, year in 1960u16..1975, month in 1u8..=12, months in 120u32..480,
        condition in prop::sample::select(vec!["normal", "hardship", "reducedCapacity", "reducedCapacitySevere"]),
        policy in prop::sample::select(vec!["decree154", "decree177", "noReduction"]),
    ) {
        let birth = format!("{year}-{month:02}");
        // The history starts at 13 at the earliest, and ends 2026-10.
        let months = months.min(bhxh::Month::ym(2026, 10).index() + 1 - bhxh::Month::ym(year + 13, month).index());
        let without = pension_under(male, &birth, condition, months, None).unwrap();
        let with = pension_under(male, &birth, condition, months, Some(policy)).unwrap();
        prop_assert!(with.eligible || !without.eligible);
        if without.eligible {
            prop_assert!(rate(&with) >= rate(&without), "{:?} then {:?}", rate(&without), rate(&with));
        }
        if with.route == Some(bhxh::core::assessment::Route::SpecialPolicy) {
            prop_assert!(with.rate.is_some_and(|r| r.reduction.value().is_zero() && r.months_early <= 60));
        }
    }
}

/// Objects with the calculators' field names (and a few others) holding any kind of value.
fn raw_input() -> impl Strategy<Value = Raw<'static>> {
    let leaf = prop_oneof![
        Just(Raw::Null),
        any::<bool>().prop_map(Raw::Bool),
        any::<f64>().prop_map(Raw::Number),
        prop::sample::select(vec![0.0, -1.0, 1.0, 4.0, 12.0, 1e20, 5_310_000.0, f64::NAN, f64::INFINITY, 0.5])
            .prop_map(Raw::Number),
        "[0-9a-zA-Z-]{0,10}".prop_map(|s: String| Raw::Text(s.into())),
        prop::sample::select(vec![
            "2026-11",
            "2016-01",
            "2015-12",
            "2026-13",
            "other",
            "poorHousehold",
            "2100-12",
            "2101-01",
            "male",
            "female",
            "compulsory",
            "state",
            "voluntary",
            "1960-05",
            "1426-01",
            "2026-10",
            "hardship",
            "reducedCapacity",
            "emigrating",
            "seriousIllness",
            "2027-03",
            "decree178",
            "decree154",
            "decree177",
            "spouse",
            "child",
            "parent",
            "1980",
            "1975-05"
        ])
        .prop_map(|s| Raw::Text(s.into())),
        Just(Raw::Other),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Raw::List),
            prop::collection::vec((field_name(), inner), 0..4).prop_map(owned_object),
        ]
    });
    prop::collection::vec((field_name(), value), 0..8).prop_map(owned_object)
}

fn field_name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "text",
        "rows",
        "month",
        "salary",
        "region",
        "income",
        "group",
        "mode",
        "months",
        "years",
        "supportedMonthsBefore",
        "reducedOccupationalRate",
        "foreignEmployee",
        "unionFee",
        "overrides",
        "parameters",
        "revaluationTables",
        "referenceLevel",
        "regionalMinimumWage",
        "voluntarySupportRate",
        "voluntaryPrepayMonthlyReturn",
        "from",
        "value",
        "decisionYear",
        "salary",
        "I",
        "other",
        "x",
        "sex",
        "birth",
        "condition",
        "history",
        "kind",
        "to",
        "coefficient",
        "allowances",
        "decisionMonth",
        "noReduction",
        "continuation",
        "raise",
        "until",
        "inflation",
        "today",
        "requestMonth",
        "circumstance",
        "horizonAge",
        "discountRate",
        "indexation",
        "policy",
        "restructuringMonth",
        "currentSalary",
        "dependants",
        "relation",
        "otherSupport",
        "severeIncapacity",
        "noCarer",
    ])
    .prop_map(str::to_string)
}

/// A history ending 2025-10 (so a request in 2026-11 comes after 12 months without contributions) of
/// `months` months at `salary`, the last `voluntary` of them voluntary (group "other").
fn history(months: u32, voluntary: u32, salary: f64) -> Raw<'static> {
    history_ending(bhxh::Month::ym(2025, 10), months, voluntary, salary)
}

/// Every coefficient of the 2026 table at 1.00.
fn at_coefficient_one() -> Raw<'static> {
    let table = object(vec![
        ("decisionYear", Raw::Number(2026.0)),
        ("salary", object(vec![("1994", Raw::Number(1.0))])),
        ("income", object(vec![("2008", Raw::Number(1.0))])),
    ]);
    object(vec![("revaluationTables", Raw::List(vec![table]))])
}

fn history_ending(end: bhxh::Month, months: u32, voluntary: u32, salary: f64) -> Raw<'static> {
    let start = end.plus(1 - months as i32).unwrap();
    let split = end.plus(1 - voluntary as i32).unwrap();
    let period = |from: bhxh::Month, to: bhxh::Month, kind: &'static str, amount: &'static str| {
        object(vec![
            ("from", Raw::Text(from.to_string().into())),
            ("to", Raw::Text(to.to_string().into())),
            ("kind", Raw::Text(kind.into())),
            (amount, Raw::Number(salary)),
        ])
    };
    let mut periods = vec![];
    if voluntary < months {
        periods.push(period(start, split.plus(-1).unwrap(), "compulsory", "salary"));
    }
    if voluntary > 0 {
        periods.push(period(split, end, "voluntary", "income"));
    }
    Raw::List(periods)
}

fn person<'a>(male: bool, history: Raw<'a>, extra: Vec<(&'a str, Raw<'a>)>) -> Raw<'a> {
    let mut fields = vec![
        ("sex", Raw::Text(if male { "male" } else { "female" }.into())),
        ("birth", Raw::Text("1980-06".into())),
        ("history", history),
        ("explain", Raw::Bool(false)),
    ];
    fields.extend(extra);
    object(fields)
}

#[test]
fn the_law_is_not_monotone_at_its_rounding_edges() {
    let amount = |months: u32| withdrawal(false, months, 0, 1_500_000.0);
    assert!(amount(166).amount < amount(163).amount);
    assert_eq!((amount(163).months_of_average, amount(166).months_of_average), (27.5, 27.0));
}

fn withdrawal(male: bool, months: u32, voluntary: u32, salary: f64) -> OneTimeWithdrawal {
    bhxh::one_time_withdrawal(&person(male, history(months, voluntary, salary), vec![]), TODAY).unwrap()
}

fn comparison(male: bool, months: u32, salary: f64, discount: f64) -> Comparison {
    comparison_with(male, months, salary, discount, vec![])
}

fn comparison_with(male: bool, months: u32, salary: f64, discount: f64, dependants: Vec<Raw>) -> Comparison {
    let extra = vec![("discountRate", Raw::Number(discount)), ("dependants", Raw::List(dependants))];
    bhxh::compare_withdrawal(&person(male, history(months, 0, salary), extra), TODAY).unwrap()
}

/// A relative: relation, birth year, and the three facts.
fn dependant() -> impl Strategy<Value = Raw<'static>> {
    (prop::sample::select(vec!["spouse", "child", "parent", "other"]), 1930u32..2026, any::<[bool; 3]>()).prop_map(
        |(relation, year, [other, severe, no_carer])| {
            object(vec![
                ("relation", Raw::Text(relation.into())),
                ("birth", Raw::Text(year.to_string().into())),
                ("otherSupport", Raw::Bool(other)),
                ("severeIncapacity", Raw::Bool(severe)),
                ("noCarer", Raw::Bool(no_carer)),
            ])
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Months added after the last never lower the lump sum, at coefficients of 1.00. (Months added before 2014
    /// can: the law moves odd pre-2014 months into the later part and counts 7–11 odd months as a year, so
    /// 163 months from 2012-04 pay 27.5 months of average and 166 from 2012-01 pay 27; and 11 months pay up to
    /// 2 months of average, a pre-2014 year 1.5. See `the_law_is_not_monotone_at_its_rounding_edges`.)
    #[test]
    fn months_added_later_never_lower_the_lump_sum(male: bool, months in 1u32..140, more in 1u32..12, voluntary in 0u32..40, salary in 1_500_000.0..20_000_000.0f64) {
        // Below 20 × the reference level of 2014 (23,000,000): no month is capped, whatever its year.
        let salary = salary.round();
        let amount = |n: u32| {
            let end = bhxh::Month::ym(2014, 1).plus(n as i32 - 1).unwrap();
            let periods = history_ending(end, n, voluntary.min(n), salary);
            bhxh::one_time_withdrawal(&person(male, periods, vec![("overrides", at_coefficient_one())]), TODAY).unwrap()
        };
        let (a, b) = (amount(months), amount(months + more));
        prop_assert!(b.gross_amount >= a.gross_amount, "{} months: {}, {} months: {}", months, a.gross_amount, months + more, b.gross_amount);
        // The amount paid, net of the State's support, also rises unless the added months are supported voluntary
        // ones within the same half-year step, each of which takes its support back.
        if voluntary == 0 {
            prop_assert!(b.amount >= a.amount);
        }
    }

    /// A higher salary never lowers the lump sum.
    #[test]
    fn a_higher_salary_never_lowers_the_lump_sum(male: bool, months in 1u32..300, voluntary in 0u32..40, salary in 1_500_000.0..40_000_000.0f64, raise in 1.0..10_000_000.0f64) {
        let (salary, raise) = (salary.round(), raise.round());
        let voluntary = voluntary.min(months);
        let (a, b) = (withdrawal(male, months, voluntary, salary), withdrawal(male, months, voluntary, salary + raise));
        prop_assert!(b.amount >= a.amount);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Every series adds up to its totals, and the break-even month agrees with the yearly present values.
    #[test]
    fn series_agree_with_their_totals_and_the_break_even(male: bool, months in 12u32..239, salary in 4_000_000.0..40_000_000.0f64, discount in 0.0..10.0f64) {
        let c = comparison(male, months, salary.round(), (discount * 10.0).round() / 10.0);
        for path in [&c.withdraw, &c.keep, &c.contribute] {
            let mut cumulative = 0i64;
            for y in &path.series {
                cumulative += y.received.to_i64() - y.paid.to_i64();
                prop_assert_eq!(y.cumulative.to_i64(), cumulative);
            }
            prop_assert_eq!(path.totals.net.to_i64(), cumulative);
            prop_assert_eq!(path.totals.net.to_i64(), path.totals.received.to_i64() - path.totals.paid.to_i64());
            prop_assert_eq!(path.series.last().map(|y| y.present_value), Some(path.totals.present_value));
        }
        for path in [&c.keep, &c.contribute] {
            let (Some(b), Some(start)) = (path.break_even, path.pension_start) else { continue };
            if !b.within_horizon {
                continue;
            }
            let year = |p: &bhxh::core::comparison::Scenario, y: u16| p.series.iter().find(|s| s.year == y).map(|s| s.present_value.to_i64()).unwrap();
            // At the end of the break-even year the path is ahead (to the đồng each is rounded to)...
            let y = b.month.year();
            prop_assert!(year(path, y) + 1 >= year(&c.withdraw, y), "{}: {} < {}", y, year(path, y), year(&c.withdraw, y));
            // ...and at the end of the year before, if the pension had started, it was behind.
            if y > start.year() && y > c.request_month.year() {
                prop_assert!(year(path, y - 1) <= year(&c.withdraw, y - 1) + 1);
            }
        }
    }

    /// What the family keeps is never negative, its parts add up, its series only grows, and a path's worth with the
    /// family is its own plus the family's; the time withdrawn now leaves the family nothing.
    #[test]
    fn family_values_are_never_negative_and_add_up(male: bool, months in 1u32..239, salary in 4_000_000.0..40_000_000.0f64, discount in 0u32..100, dependants in prop::collection::vec(dependant(), 0..6)) {
        let c = comparison_with(male, months, salary.round(), f64::from(discount) / 10.0, dependants);
        for path in [&c.withdraw, &c.keep, &c.contribute] {
            let (family, totals) = (&path.family, &path.totals);
            prop_assert!(family.funeral.to_i64() >= 0 && family.survivors.to_i64() >= 0);
            prop_assert_eq!(totals.family_value, family.funeral + family.survivors);
            prop_assert_eq!(totals.expected_value_with_family, totals.expected_value + totals.family_value);
            let mut before = 0;
            for y in &path.series {
                prop_assert!(y.family_value.to_i64() >= before && y.family_value <= totals.family_value);
                before = y.family_value.to_i64();
            }
            let death = family.on_death.unwrap();
            prop_assert!(death.recipients <= 4);
            prop_assert_eq!(death.monthly_allowance.is_some(), death.recipients > 0);
        }
        // The history ends 2025-10, 12 months before the request: the withdrawal is taken now, and no time is left.
        if c.withdraw.lump_sum_month == Some(c.request_month) {
            prop_assert_eq!(c.withdraw.totals.family_value.to_i64(), 0);
            prop_assert_eq!(c.withdraw.family.on_death.unwrap().counted, "none");
        }
    }

    /// A higher discount rate lowers the present value of money received later.
    #[test]
    fn present_values_fall_as_the_discount_rate_rises(male: bool, months in 12u32..239, salary in 4_000_000.0..40_000_000.0f64, low in 0u32..80, more in 1u32..40) {
        let salary = salary.round();
        let (a, b) = (comparison(male, months, salary, f64::from(low) / 10.0), comparison(male, months, salary, f64::from(low + more) / 10.0));
        // Withdrawing and keeping the time only receive money, the later the more discounted.
        prop_assert!(b.withdraw.totals.present_value <= a.withdraw.totals.present_value);
        prop_assert!(b.keep.totals.present_value <= a.keep.totals.present_value);
        prop_assert!(b.keep.totals.expected_value <= a.keep.totals.expected_value);
    }
}

proptest! {
    /// A JS number below 10^9 written with at most six decimals reads as exactly those decimals; below 10^8, one with a
    /// seventh decimal is refused (`input::exact_decimal`, which every rate and coefficient goes through).
    #[test]
    fn a_number_reads_as_the_decimals_it_was_written_with(whole in -999_999_999i64..=999_999_999, fraction in 0i64..1_000_000, scale in 0u32..=6) {
        let unit = 10i64.pow(scale);
        let digits = whole * unit + whole.signum().max(1) * (fraction % unit);
        let written = rust_decimal::Decimal::new(digits, scale);
        // As JS parses the literal: the nearest f64 to the decimal.
        let value: f64 = written.to_string().parse().unwrap();
        prop_assert_eq!(bhxh::core::input::exact_decimal(value), Some(written.normalize()));
        // Below 10^8, where an f64 still tells a seventh decimal apart.
        if whole.abs() < 100_000_000 {
            let seventh = rust_decimal::Decimal::new(digits * 10 + whole.signum().max(1) * 7, 7);
            let value: f64 = seventh.to_string().parse().unwrap();
            prop_assert_eq!(bhxh::core::input::exact_decimal(value), None, "{}", seventh);
        }
    }
}
