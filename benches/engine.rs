//! Native speed of the calculators (criterion). The wasm figures come from benches/wasm.mjs, which times the
//! same inputs through the JS API.

use bhxh::{Month, Raw};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn object(entries: &[(&'static str, Raw<'static>)]) -> Raw<'static> {
    Raw::Object(entries.iter().map(|(k, v)| ((*k).into(), v.clone())).collect())
}

fn text(s: &'static str) -> Raw<'static> {
    Raw::Text(s.into())
}

/// One period of a history: `from`, `to`, `kind` and the fields of that kind.
fn period(from: &'static str, to: &'static str, kind: &'static str, fields: &[(&'static str, f64)]) -> Raw<'static> {
    let mut entries = vec![("from", text(from)), ("to", text(to)), ("kind", text(kind))];
    entries.extend(fields.iter().map(|(k, v)| (*k, Raw::Number(*v))));
    object(&entries)
}

/// A man born 1966-04 (retirement age 62 in 2028-04), deciding in 2028-05, with `history` and `extra` fields.
fn pension_input(history: Vec<Raw<'static>>, extra: &[(&'static str, Raw<'static>)]) -> Raw<'static> {
    let mut entries = vec![
        ("sex", text("male")),
        ("birth", text("1966-04")),
        ("today", text("2026-11")),
        ("decisionMonth", text("2028-05")),
        ("history", Raw::List(history)),
    ];
    entries.extend(extra.iter().cloned());
    object(&entries)
}

fn calculators(c: &mut Criterion) {
    let contribution = object(&[
        ("month", Raw::Text("2026-11".into())),
        ("salary", Raw::Number(20_000_000.0)),
        ("region", Raw::Number(1.0)),
    ]);
    c.bench_function("contribution", |b| b.iter(|| bhxh::contribution(black_box(&contribution)).unwrap()));

    let voluntary = object(&[
        ("month", Raw::Text("2026-11".into())),
        ("income", Raw::Number(1_500_000.0)),
        ("group", Raw::Text("other".into())),
        ("mode", object(&[("years", Raw::Number(5.0))])),
    ]);
    c.bench_function("voluntary, 5 years prepaid", |b| {
        b.iter(|| bhxh::voluntary_contribution(black_box(&voluntary)).unwrap())
    });

    let today = Month::ym(2026, 11);
    // 40 years, 480 months in 6 periods: the state salary scale, then salaries the employer decides, with
    // voluntary months between (the same career as benches/wasm.mjs).
    let career = vec![
        period("1986-12", "1994-12", "state", &[("coefficient", 2.34)]),
        period("1995-01", "2004-12", "state", &[("coefficient", 3.66), ("allowances", 0.5)]),
        period("2005-01", "2012-06", "compulsory", &[("salary", 8_000_000.0)]),
        period("2012-07", "2013-12", "voluntary", &[("income", 3_000_000.0)]),
        period("2014-01", "2021-12", "compulsory", &[("salary", 15_000_000.0)]),
        period("2022-01", "2026-11", "compulsory", &[("salary", 25_000_000.0)]),
    ];
    let pension = pension_input(career.clone(), &[]);
    let result = bhxh::pension(&pension, today).unwrap();
    assert_eq!(result.months.total, 480);
    assert!(result.monthly_pension.is_some());
    c.bench_function("pension, 480-month history", |b| b.iter(|| bhxh::pension(black_box(&pension), today).unwrap()));
    let quiet = pension_input(career, &[("explain", Raw::Bool(false))]);
    c.bench_function("pension, 480-month history, explain: false", |b| {
        b.iter(|| bhxh::pension(black_box(&quiet), today).unwrap())
    });

    // The accumulation: a shorter history that lacks years, contributed on until every retirement month of
    // ten years has its pension.
    let short = vec![
        period("1995-01", "1999-12", "state", &[("coefficient", 2.34)]),
        period("2015-01", "2020-12", "compulsory", &[("salary", 12_000_000.0)]),
        period("2021-01", "2021-12", "voluntary", &[("income", 3_000_000.0)]),
    ];
    let continuation = object(&[("kind", text("compulsory")), ("salary", Raw::Number(15_000_000.0))]);
    let accumulation = pension_input(short, &[("continuation", continuation)]);
    let months = bhxh::pension(&accumulation, today).unwrap().projection.map(|p| p.by_retirement_month.len());
    assert_eq!(months, Some(120));
    let mut group = c.benchmark_group("accumulation");
    group.sample_size(20);
    group.bench_function("pension with continuation, 120 retirement months", |b| {
        b.iter(|| bhxh::pension(black_box(&accumulation), today).unwrap())
    });
    group.finish();

    // The withdrawal question for the 20-year worker of the JS tests (tests/js/check.mjs `twentyYearWorker`).
    let worker = object(&[
        ("sex", text("male")),
        ("birth", text("1986-03")),
        ("today", text("2026-11")),
        (
            "history",
            Raw::List(vec![
                period("2006-01", "2013-12", "compulsory", &[("salary", 4_500_000.0)]),
                period("2014-01", "2019-12", "compulsory", &[("salary", 8_000_000.0)]),
                period("2020-01", "2022-06", "voluntary", &[("income", 2_000_000.0)]),
                period("2022-07", "2025-10", "compulsory", &[("salary", 12_000_000.0)]),
            ]),
        ),
    ]);
    c.bench_function("oneTimeWithdrawal, 20-year history", |b| {
        b.iter(|| bhxh::one_time_withdrawal(black_box(&worker), today).unwrap())
    });
    c.bench_function("compareWithdrawal, 20-year history", |b| {
        b.iter(|| bhxh::compare_withdrawal(black_box(&worker), today).unwrap())
    });
}

criterion_group!(benches, calculators);
criterion_main!(benches);
