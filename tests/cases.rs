//! Runs every case in `tests/cases/<calculator>/*.toml` through the native core. The wasm tests in
//! `tests/js/` run the very same files through the JS API, so the two can never drift apart.
//!
//! A case has a `source` (the legal basis of its figures), an optional `example` (the id of a worked example
//! in the shared rules folder it copies), an `[input]` as a caller writes it, and an `[expect]` that the
//! result must contain: every key given must match; keys not given are not checked. `[expect.error]`
//! expects an error; a key ending in `Contains` checks that the text of the key without it contains the
//! string.

use serde::Serialize;
use serde_json::{json, Value};
use std::path::Path;

/// The current month the cases are written for, unless a case sets `today`; the JS runners pass it too.
const CASES_TODAY: bhxh::Month = bhxh::Month::ym(2026, 11);

/// A TOML value as the JS boundary would hand it over.
fn raw(value: &toml::Value) -> bhxh::Raw<'_> {
    use bhxh::Raw;
    match value {
        toml::Value::String(s) => Raw::Text(s.as_str().into()),
        toml::Value::Integer(n) => Raw::Number(*n as f64),
        toml::Value::Float(f) => Raw::Number(*f),
        toml::Value::Boolean(b) => Raw::Bool(*b),
        toml::Value::Datetime(d) => Raw::Text(d.to_string().into()),
        toml::Value::Array(items) => Raw::List(items.iter().map(raw).collect()),
        toml::Value::Table(t) => Raw::Object(t.iter().map(|(k, v)| (k.as_str().into(), raw(v))).collect()),
    }
}

fn run(calculator: &str, input: toml::Value) -> Value {
    fn result<T: Serialize>(r: Result<T, bhxh::Error>) -> Value {
        match r {
            Ok(result) => serde_json::to_value(result).expect("results serialize"),
            Err(e) => json!({ "error": { "code": e.code.code(), "field": e.field, "id": e.detail.id } }),
        }
    }
    let input = raw(&input);
    match calculator {
        "contribution" => result(bhxh::contribution(&input)),
        "voluntary" => result(bhxh::voluntary_contribution(&input)),
        "retirement_age" => result(bhxh::retirement_age(&input, CASES_TODAY)),
        "pension" => result(bhxh::pension(&input, CASES_TODAY)),
        "one_time" => result(bhxh::one_time_withdrawal(&input, CASES_TODAY)),
        "compare" => result(bhxh::compare_withdrawal(&input, CASES_TODAY)),
        "record" => result(bhxh::read_record(&input, CASES_TODAY)),
        other => panic!("no calculator named {other}"),
    }
}

/// Checks that `actual` contains `expected`, and says where it does not.
fn contains(actual: &Value, expected: &Value, path: &str, failures: &mut Vec<String>) {
    match expected {
        Value::Object(map) => {
            for (key, want) in map {
                if let Some(key) = key.strip_suffix("Contains") {
                    // A note's words are the site's (www/src/wording/): the JS runner checks them.
                    if actual.get("id").is_some() && ["vi", "en", "messageVi", "messageEn"].contains(&key) {
                        continue;
                    }
                    let text = actual.get(key).and_then(Value::as_str).unwrap_or_default();
                    if !text.contains(want.as_str().unwrap_or_default()) {
                        failures.push(format!("{path}.{key}: {text:?} does not contain {want}"));
                    }
                } else {
                    contains(actual.get(key).unwrap_or(&Value::Null), want, &format!("{path}.{key}"), failures);
                }
            }
        }
        Value::Array(items) => match actual.as_array() {
            Some(got) if got.len() == items.len() => {
                for (i, (g, w)) in got.iter().zip(items).enumerate() {
                    contains(g, w, &format!("{path}[{i}]"), failures);
                }
            }
            _ => failures.push(format!("{path}: expected {} items, got {actual}", items.len())),
        },
        Value::Number(n) => {
            if actual.as_f64() != n.as_f64() {
                failures.push(format!("{path}: expected {n}, got {actual}"));
            }
        }
        _ => {
            if actual != expected {
                failures.push(format!("{path}: expected {expected}, got {actual}"));
            }
        }
    }
}

fn cases() -> Vec<(String, String, toml::Table)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    for calculator in ["contribution", "voluntary", "retirement_age", "pension", "one_time", "compare", "record"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(calculator)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            let case: toml::Table = toml::from_str(&std::fs::read_to_string(&file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            out.push((calculator.to_string(), file.file_stem().unwrap().to_string_lossy().into_owned(), case));
        }
    }
    out
}

#[test]
fn every_case_gives_its_expected_figures() {
    let mut failures = Vec::new();
    let cases = cases();
    for (calculator, name, case) in &cases {
        assert!(case.get("source").and_then(|s| s.as_str()).is_some_and(|s| !s.is_empty()), "{name}: no source");
        let input = case.get("input").cloned().unwrap_or_else(|| panic!("{name}: no [input]"));
        let expected =
            serde_json::to_value(case.get("expect").unwrap_or_else(|| panic!("{name}: no [expect]"))).unwrap();
        let actual = run(calculator, input);
        let mut errors = Vec::new();
        contains(&actual, &expected, "", &mut errors);
        failures.extend(errors.into_iter().map(|e| format!("{calculator}/{name}{e}")));
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
    assert!(cases.len() > 60);
}

#[test]
fn every_shared_example_of_these_calculators_is_a_case() {
    let covered: Vec<String> = cases()
        .iter()
        .filter_map(|(_, _, case)| case.get("example").and_then(|e| e.as_str()).map(str::to_string))
        .collect();
    let wanted = [
        "CON-01", "CON-02", "CON-03", "CON-06", "CON-07", "CON-08", "VOL-01", "VOL-02", "VOL-03", "VOL-04", "VOL-05",
        "VOL-06", "VOL-07", "PEN-01", "PEN-02", "PEN-03", "PEN-04", "PEN-05", "PEN-06", "PEN-07", "PEN-08", "PEN-09",
        "PEN-10", "PEN-11", "PEN-12", "PEN-13", "PEN-14", "PEN-15", "AGE-01", "AGE-02", "AGE-03", "AGE-04", "AGE-05",
        "ONE-02", "ONE-04", "ONE-05",
    ];
    for id in wanted {
        assert!(covered.iter().any(|c| c == id), "{id} has no case");
    }
    // When the shared examples are beside the repository, check that the lists above are all of them.
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/domain/examples.json");
    if let Ok(text) = std::fs::read_to_string(shared) {
        let examples: Value = serde_json::from_str(&text).unwrap();
        for example in examples.as_array().unwrap() {
            if matches!(
                example["calculator"].as_str(),
                Some("contribution" | "voluntary" | "pension" | "retirement_age" | "one_time")
            ) {
                let id = example["id"].as_str().unwrap();
                assert!(wanted.contains(&id), "shared example {id} is not covered");
            }
        }
    }
}

#[test]
fn every_error_code_a_caller_can_cause_has_a_case() {
    let codes: Vec<String> = cases()
        .iter()
        .filter_map(|(_, _, case)| case.get("expect")?.get("error")?.get("code")?.as_str().map(str::to_string))
        .collect();
    use bhxh::ErrorCode::{InputTooLarge, Internal};
    for code in bhxh::ErrorCode::ALL {
        // No input reaches `Internal`: arithmetic on bounded input cannot fail. `InputTooLarge` comes from the
        // JS boundary alone (src/wasm/), before the core reads anything: tests/js/node.test.mjs has its cases.
        if matches!(code, Internal | InputTooLarge) {
            continue;
        }
        assert!(codes.iter().any(|c| c == code.code()), "no case for {}", code.code());
    }
}

/// Whole results, explanation included, for a few cases: a change of wording, rounding or sources shows up
/// as a diff to review. `BLESS=1 cargo test --test cases` rewrites the files after a deliberate change.
#[test]
fn whole_results_match_their_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    // The cases kept whole, also read by tests/js/wording.test.mjs for their words.
    let golden: Vec<String> = serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    let mut stale = Vec::new();
    for (calculator, name, case) in cases() {
        let key = format!("{calculator}/{name}");
        if !golden.contains(&key) {
            continue;
        }
        let actual = serde_json::to_string_pretty(&run(&calculator, case["input"].clone())).unwrap() + "\n";
        let file = dir.join(format!("{calculator}.{name}.json"));
        if std::env::var_os("BLESS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, &actual).unwrap();
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(actual.as_str()) {
            stale.push(format!("{} differs:\n{actual}", file.display()));
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

/// The ids of every note the engine can write, for the catalogue test of the site's wording
/// (tests/js/wording.test.mjs); `BLESS=1 cargo test --test cases` rewrites the file after adding notes.
#[test]
fn note_ids_are_unique_and_match_their_golden_file() {
    let mut ids: Vec<&str> = bhxh::core::note_ids().iter().map(|id| id.as_str()).collect();
    ids.sort();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "two notes share an id");
    let actual = serde_json::to_string_pretty(&ids).unwrap() + "\n";
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/note-ids.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&file, &actual).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some(actual.as_str()), "{} is stale", file.display());
}
