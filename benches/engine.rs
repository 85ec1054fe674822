//! Native speed of the calculators (criterion). The wasm figures come from benches/wasm.mjs.

use bhxh::Raw;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn object(entries: &[(&str, Raw)]) -> Raw {
    Raw::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
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
}

criterion_group!(benches, calculators);
criterion_main!(benches);
