//! The JS API: the only code that knows about JavaScript. Each function reads a JS object into the core's
//! input type, runs the calculator, and returns the result as a plain JS object, or throws an `Error`
//! carrying `code`, `field` and its detail as a note (`id`, `figures`). Inputs and results cross as tapes
//! (`tape.rs`), each in one call.

use crate::core::error::{Error, ErrorCode};
use crate::core::explain::Figure;
use crate::core::input::{field_figure, InputNote, Raw};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod tape;

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    /// An input's tape as `[ops, numbers, text]`, or the path of the value where it runs past `MAX_TEXT` or `MAX_VALUES`.
    #[wasm_bindgen(js_name = toTape)]
    fn to_tape(input: &JsValue, max_depth: u8, max_text: u32, max_values: u32) -> JsValue;
    /// A result from its tape. `ops` is seen in place in the module's memory, where `tape.js` reads the static
    /// strings sent for the first time.
    #[wasm_bindgen(js_name = fromTape)]
    fn from_tape(ops: &[u32], numbers: &[f64], text: &str) -> JsValue;
}

/// Talc in place of the standard library's dlmalloc: about 2.5 KB less gzipped wasm, at the same speed. The
/// engine runs on one thread (no `atomics`), which is what this allocator asks.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "wasm")]
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = TYPES_TEXT;

// Read by the macro above, which rustc does not count as a use.
#[cfg(feature = "wasm")]
#[allow(dead_code)]
const TYPES_TEXT: &str = r#"
/** Whole đồng (VND). */
export type Vnd = number;
/** A percentage: 8 means 8 %. */
export type Rate = number;
/** The figures a note's wording shows, by name: amounts in đồng, rates in percent, months "YYYY-MM", words, and
 *  notes (the items of a list, a word of the catalogue). */
export type Figures = Record<string, number | string | Note[]>;

/** Every error the calculators throw. `message` is the English message. */
export interface BhxhError extends Error {
  name: "BhxhError";
  code: ErrorCode;
  /** The input field at fault, as a path: "salary", "mode.months", "overrides.parameters.referenceLevel[0].from". */
  field: string;
  /** What exactly is wrong, as a note: its id and the figures its words show. */
  id: string;
  figures: Figures;
  /** The words of the note, added by the package's index.js (the raw engine of bhxh.js leaves them out). */
  messageVi: string;
  messageEn: string;
}

/** Compulsory contributions for one month. */
export interface ContributionInput {
  /** The month contributed for, "YYYY-MM", from "2016-01". */
  month: string;
  /** The monthly salary on which SI is paid (tiền lương tháng đóng BHXH), in whole đồng. */
  salary: Vnd;
  /** The region of the employer's place of business (vùng I–IV). */
  region: 1 | 2 | 3 | 4;
  /** The employer pays the reduced 0.3 % occupational-accident rate (Decree 58/2020 Art 4.1.b, from 2020-07). */
  reducedOccupationalRate?: boolean;
  /** A foreign employee: not covered by unemployment insurance. */
  foreignEmployee?: boolean;
  /** Include the employer's 2 % trade-union fee in the employer's cost. */
  unionFee?: boolean;
  /** Build the step-by-step explanation (default true); without it `steps` is empty and a call is faster. */
  explain?: boolean;
  overrides?: Overrides;
}

/** A voluntary contribution. */
export interface VoluntaryInput {
  /** The first month paid for, "YYYY-MM", from "2016-01". */
  month: string;
  /** The monthly income chosen (thu nhập tháng), between the rural poverty line and 20 × the reference level. */
  income: Vnd;
  group: SupportGroup;
  /** Default: monthly. `years`: one payment for 1–5 future years, discounted (provisional). */
  mode?: { months: 1 | 3 | 6 | 12 } | { years: 1 | 2 | 3 | 4 | 5 };
  /** Months of state support already received; support stops after 120. Default 0. */
  supportedMonthsBefore?: number;
  /** Build the step-by-step explanation (default true); without it `steps` is empty and a call is faster. */
  explain?: boolean;
  overrides?: Overrides;
}

/** The retirement age. */
export interface RetirementAgeInput {
  sex: Sex;
  /** "YYYY-MM" or "YYYY-MM-DD"; an unknown day counts as the 1st. */
  birth: string;
  /** Default "normal". */
  condition?: Condition;
  /** A special early-retirement policy: the result's `policy` gives the months a pension may start in under it. */
  policy?: PolicyInput;
  /** The current month, "YYYY-MM"; default: the device's clock. */
  today?: string;
  /** Build the step-by-step explanation (default true). */
  explain?: boolean;
}

/** A special early-retirement policy the worker is covered by (the worker asserts it; the engine does not check
 *  who a decree covers). The pension may start before the age, at the unreduced rate. `currentSalary`: the
 *  salary the policy's allowances are multiples of (tiền lương hiện hưởng: the grade salary with the position,
 *  seniority, public-service and other allowances it counts); default: estimated from the history's last period,
 *  and said so. */
export type PolicyInput =
  /** Decree 178/2024 as amended by Decree 67/2025 (restructuring): for pensions starting 2025-01 to 2026-01.
   *  `restructuringMonth`: the month the restructuring decision took effect, which starts its 12-month clock
   *  (default: leaving within the first 12 months). */
  | { kind: "decree178"; restructuringMonth?: string; currentSalary?: Vnd }
  /** Decree 154/2025 (staff streamlining), for pensions starting 2025-07 to 2031-01; Decree 177/2024 (not
   *  re-elected or re-appointed). */
  | { kind: "decree154" | "decree177"; currentSalary?: Vnd };

/** One period of a contribution history, both months included. */
export type HistoryPeriod =
  /** Compulsory SI on a salary the employer decides; `salary` may be left out only for months before 1995. */
  | { from: string; to: string; kind: "compulsory"; salary?: Vnd }
  /** Compulsory SI on the state salary scale: salary coefficient plus allowance coefficients. */
  | { from: string; to: string; kind: "state"; coefficient?: number; allowances?: number }
  /** Voluntary SI (from 2008) on a chosen income; the support group matters for withdrawals. */
  | { from: string; to: string; kind: "voluntary"; income: Vnd; group?: SupportGroup };

/** Contributing on from the end of the history (or from today) to see how the pension grows. */
export type ContinuationInput =
  /** `raise`: yearly raise in percent, default the assumed inflation. `until`: last month paid, default until retirement. */
  | { kind: "compulsory"; salary: Vnd; raise?: number; until?: string }
  /** `raise` default 0. `group` default "other". */
  | { kind: "voluntary"; income: Vnd; group?: SupportGroup; raise?: number; until?: string };

/** The pension for a contribution history. */
export interface PensionInput {
  sex: Sex;
  /** "YYYY-MM" or "YYYY-MM-DD". */
  birth: string;
  condition?: Condition;
  /** The contribution periods: at least one, none overlapping, none after `today`. */
  history: HistoryPeriod[];
  /** "YYYY-MM", from "2016-01", after the last month contributed; default: the month the pension can start
   *  (under `policy`, as early as it allows). */
  decisionMonth?: string;
  /** A special early-retirement policy: a pension before the age, not reduced, and the policy's own allowances. */
  policy?: PolicyInput;
  /** @deprecated Use `policy`. `true`: a policy not named: no reduction, a pension up to 5 years early, no allowances. */
  noReduction?: boolean;
  continuation?: ContinuationInput;
  /** Assumed yearly inflation in percent for coefficient tables not yet published (default 3.5). */
  inflation?: number;
  /** The current month, "YYYY-MM"; default: the device's clock. */
  today?: string;
  /** Build the step-by-step explanation (default true). */
  explain?: boolean;
  overrides?: Overrides;
}

/** A circumstance that opens the withdrawal at any age (Law 41/2024 Art 70.1.b–e). */
export type Circumstance = "emigrating" | "seriousIllness" | "severeIncapacity" | "armedForces";

/** The one-time withdrawal (BHXH một lần). */
export interface OneTimeWithdrawalInput {
  sex: Sex;
  /** "YYYY-MM" or "YYYY-MM-DD". */
  birth: string;
  condition?: Condition;
  /** The contribution periods; the worker contributes nothing after them. */
  history: HistoryPeriod[];
  /** "YYYY-MM": the month the request reaches the agency and is decided, after the last month contributed;
   *  default: the later of today and the month after the last contribution. May be in the future. */
  requestMonth?: string;
  /** Declared grounds; without one, only the retirement-age and the 12-months-without-contributions grounds apply. */
  circumstance?: Circumstance;
  /** A special early-retirement policy: a warning says when it opens a pension instead. */
  policy?: PolicyInput;
  /** Assumed yearly inflation in percent for coefficient tables not yet published (default 3.5). */
  inflation?: number;
  /** The current month, "YYYY-MM"; default: the device's clock. */
  today?: string;
  /** Build the step-by-step explanation (default true). */
  explain?: boolean;
  overrides?: Overrides;
}

/** Withdrawing against keeping the time and against contributing on, year by year to a horizon. */
export interface CompareWithdrawalInput {
  sex: Sex;
  /** "YYYY-MM" or "YYYY-MM-DD". */
  birth: string;
  condition?: Condition;
  history: HistoryPeriod[];
  /** As in `OneTimeWithdrawalInput`; the withdrawal path takes the lump sum then, or at the first month allowed. */
  requestMonth?: string;
  circumstance?: Circumstance;
  /** A special early-retirement policy: the keep and contribute paths take the pension as early as it allows, if
   *  the time gives one then; each such path lists the policy's allowances apart. */
  policy?: PolicyInput;
  /** The relatives the worker would leave, for the survivors' benefits each path keeps (at most 10). Without them
   *  the family's part is the funeral allowance and the lump sum. */
  dependants?: Dependant[];
  /** How the "contribute" path goes on; default: the last period's salary (compulsory) or income (voluntary). */
  continuation?: ContinuationInput;
  /** The age the series run to, in years (may have a fraction); default: the retirement age plus the life
   *  expectancy at that age (UN life table; from today's age if past it). At least the age the pension starts, at most 110. */
  horizonAge?: number;
  /** Percent a year, 0–20 (default 5): what the lump sum could earn. */
  discountRate?: number;
  /** Percent a year, 0–20 (default 3.5): the assumed raise of pensions and allowances. */
  indexation?: number;
  /** Assumed yearly inflation in percent for coefficient tables not yet published (default 3.5). */
  inflation?: number;
  /** The current month, "YYYY-MM"; default: the device's clock. */
  today?: string;
  /** Build the step-by-step explanation (default true). */
  explain?: boolean;
  /** Give each path's year-by-year `series`, for a chart (default true); `false` leaves them empty, and the
   *  result a third of the size. The totals are the same. */
  series?: boolean;
  overrides?: Overrides;
}

/** A relative of the worker (Law 41/2024 Art 86.2–86.3). */
export interface Dependant {
  /** "other": another family member the worker had a legal duty to support. */
  relation: "spouse" | "child" | "parent" | "other";
  /** "YYYY" or "YYYY-MM"; an unknown month counts as January. */
  birth: string;
  /** For the relative's own retirement age and life table; default: a spouse the other sex than the worker,
   *  anyone else a man. */
  sex?: Sex;
  /** Works with compulsory SI, or receives a pension or a monthly benefit of at least the reference level: no
   *  monthly allowance, except for a child under 18. */
  otherSupport?: boolean;
  /** Work capacity reduced by 81% or more: the monthly allowance at any age, for life. */
  severeIncapacity?: boolean;
  /** No direct carer: 70% of the reference level instead of 50%. */
  noCarer?: boolean;
}

/** What-if values. From its first month on, an override replaces the official values of its parameter. */
export interface Overrides {
  /** Parameter id (see `parameters()`) → values, oldest first. Units as in `parameters()`: đồng, percent, count. */
  parameters?: Record<string, Array<{ from: string; value: number | Record<string, number> }>>;
  /** Coefficient tables for decision years: contribution year → coefficient (≥ 1.00, 2 decimals). */
  revaluationTables?: Array<{ decisionYear: number; salary: Record<string, number>; income?: Record<string, number> }>;
}

/** A worker's own record, to read into a history: text (copied from a PDF or the VssID app, or read by OCR)
 *  or a table's cells (a spreadsheet, a PDF's table). */
export interface ReadRecordInput {
  /** Lines of text; columns apart by a tab, by two spaces or more, or by single spaces only. */
  text?: string;
  /** The cells of each row (strings; numbers and null are taken too). */
  rows?: Array<Array<string | number | null>>;
  /** The current month, "YYYY-MM" (for "đến nay" and months not yet come); default: the device's clock. */
  today?: string;
}

export type ErrorCode =
  | "input.missing" | "input.wrongType" | "input.unknownField" | "input.unknownValue"
  | "month.invalid" | "month.outOfRange" | "month.future" | "month.order"
  | "period.invalid" | "history.overlap" | "history.empty" | "birth.implausible"
  | "amount.invalid" | "amount.notPositive" | "amount.tooLarge" | "amount.notWhole"
  | "region.unknown" | "income.outOfRange" | "mode.invalid" | "rate.invalid"
  | "option.notInForce" | "parameter.notInForce" | "override.invalid" | "horizon.invalid"
  | "input.conflict" | "record.tooLarge" | "record.empty" | "input.tooMany" | "input.tooLarge" | "internal";
"#;

/// Compulsory contributions for one month: bases, each fund's share for employee and employer, totals,
/// warnings and the explanation.
#[cfg(feature = "contributions-api")]
#[wasm_bindgen(js_name = contribution, unchecked_return_type = "Contribution")]
pub fn contribution(
    #[wasm_bindgen(unchecked_param_type = "ContributionInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, crate::core::contribution::contribution)
}

/// A voluntary contribution: gross, state support and what the participant pays per month and per payment.
#[cfg(feature = "contributions-api")]
#[wasm_bindgen(js_name = voluntaryContribution, unchecked_return_type = "VoluntaryContribution")]
pub fn voluntary_contribution(
    #[wasm_bindgen(unchecked_param_type = "VoluntaryInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, crate::core::voluntary::voluntary_contribution)
}

/// The retirement age for a birth month, sex and condition: the age, the month it is reached and the month
/// the pension starts.
#[cfg(feature = "pension-api")]
#[wasm_bindgen(js_name = retirementAge, unchecked_return_type = "RetirementAge")]
pub fn retirement_age(
    #[wasm_bindgen(unchecked_param_type = "RetirementAgeInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, |raw| crate::core::retirement::retirement_age(raw, this_month()))
}

/// The pension for a contribution history: eligibility, years, average, rate, monthly pension, allowance,
/// and with `continuation` the pension at each retirement month and a yearly timeline.
#[cfg(feature = "pension-api")]
#[wasm_bindgen(js_name = pension, unchecked_return_type = "Pension")]
pub fn pension(#[wasm_bindgen(unchecked_param_type = "PensionInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, |raw| crate::core::pension::pension(raw, this_month()))
}

/// The one-time withdrawal: whether it is open in the request month (and if not, why and from when), the
/// amount, and what withdrawing gives up.
#[cfg(feature = "withdrawal-api")]
#[wasm_bindgen(js_name = oneTimeWithdrawal, unchecked_return_type = "OneTimeWithdrawal")]
pub fn one_time_withdrawal(
    #[wasm_bindgen(unchecked_param_type = "OneTimeWithdrawalInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, |raw| crate::core::withdrawal::one_time_withdrawal(raw, this_month()))
}

/// Withdrawing, keeping the time, and contributing on, side by side: yearly series, present and expected
/// values, the break-even age and the assumptions.
#[cfg(feature = "withdrawal-api")]
#[wasm_bindgen(js_name = compareWithdrawal, unchecked_return_type = "Comparison")]
pub fn compare_withdrawal(
    #[wasm_bindgen(unchecked_param_type = "CompareWithdrawalInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, |raw| crate::core::comparison::compare_withdrawal(raw, this_month()))
}

/// A worker's record (the 07/SBH statement, the VssID list) read into a history: every line with what it became
/// and why, the periods ready for `pension`, and the record's own total against the months counted.
#[cfg(feature = "record-api")]
#[wasm_bindgen(js_name = readRecord, unchecked_return_type = "Reading")]
pub fn read_record(
    #[wasm_bindgen(unchecked_param_type = "ReadRecordInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    run(input, |raw| crate::core::record::read_record(raw, this_month()))
}

/// The current month by the device's clock: what "today" means when the input does not say.
#[cfg(any(feature = "pension-api", feature = "withdrawal-api", feature = "record-api"))]
fn this_month() -> crate::core::month::Month {
    use crate::core::month::Month;
    let now = js_sys::Date::new_0();
    Month::new(now.get_full_year() as u16, now.get_month() as u8 + 1).unwrap_or(Month::ym(2026, 11))
}

/// Every dated parameter, coefficient table and the retirement-age roadmap, with values and sources. Only in
/// the package: the site's legal page has the catalogue from the build (`www/vite.config.ts`), and no engine.
#[cfg(feature = "wasm")]
#[wasm_bindgen(js_name = parameters, unchecked_return_type = "Catalogue")]
pub fn parameters() -> Result<JsValue, JsValue> {
    to_js(&crate::core::params::catalogue())
}

/// The coefficient tables by decision year (as in `parameters()`), which the rules carry anyway: what the
/// site's quick entry carries a salary back with.
#[cfg(any(feature = "pension-api", feature = "withdrawal-api"))]
#[wasm_bindgen(js_name = revaluationTables, unchecked_return_type = "RevaluationTableInfo[]")]
pub fn revaluation_tables() -> Result<JsValue, JsValue> {
    result(&crate::core::params::revaluation_tables())
}

fn run<O: Serialize>(value: JsValue, calculate: impl Fn(&Raw) -> Result<O, Error>) -> Result<JsValue, JsValue> {
    let (ops, numbers, text) = input(&value).map_err(js_error)?;
    result(&calculate(&tape::read(&ops, &numbers, &text)).map_err(js_error)?)
}

/// Deeper input is no real input: a history is an object holding a list of objects.
const MAX_DEPTH: u8 = 8;

/// What one input may carry across the boundary, in UTF-16 units of its strings and keys, and in values: far
/// above any real input (a record's text of 300,000 characters, a table of 3,000 rows), and low enough that a
/// caller's mistake (a string of megabytes in every cell, a list of a billion empty places) is refused before
/// it is copied into the module's memory, which would otherwise take seconds to minutes, or all of it.
const MAX_TEXT: u32 = 1_000_000;
const MAX_VALUES: u32 = 1_000_000;

/// A JS value as a tape (its words, numbers and text), written by `tape.js` in one call, which `tape::read`
/// reads as the core reads input. Cycles and very deep structures stop at `MAX_DEPTH`; an input past its
/// allowance is refused with the path of the value where it ran out.
fn input(value: &JsValue) -> Result<(Vec<u32>, Vec<f64>, String), Error> {
    let written = to_tape(value, MAX_DEPTH, MAX_TEXT, MAX_VALUES);
    if let Some(path) = written.as_string() {
        return Err(too_large(path));
    }
    let parts: js_sys::Array = written.unchecked_into();
    let ops = parts.get(0).unchecked_into::<js_sys::Uint32Array>().to_vec();
    let numbers = parts.get(1).unchecked_into::<js_sys::Float64Array>().to_vec();
    Ok((ops, numbers, parts.get(2).as_string().unwrap_or_default()))
}

/// The error for an input past its allowance, naming the value where it ran out (`rows[12][3]`).
fn too_large(path: String) -> Error {
    let field = if path.is_empty() { "input".to_string() } else { path };
    let figures =
        vec![field_figure(&field), Figure::count("maxText", MAX_TEXT), Figure::count("maxValues", MAX_VALUES)];
    Error::of(ErrorCode::InputTooLarge, &field, InputNote::InputTooLarge, figures)
}

thread_local! {
    /// The one tape of every result: its buffers and the static strings it has sent to `tape.js` are kept.
    static TAPE: std::cell::RefCell<tape::Tape> = std::cell::RefCell::default();
}

/// A result (or an error's figures) as a JS object, made from its tape (`tape.rs`) in one call into JS.
fn result<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let made = TAPE.with_borrow_mut(|tape| tape.write(value).map(|()| from_tape(&tape.ops, &tape.numbers, &tape.text)));
    made.map_err(|e| js_error(Error::internal(&e.0)))
}

/// A value as a JS object through serde-wasm-bindgen, a call into JS for each value: for the package's
/// catalogue of parameters, asked for once. The site's engines leave it out, and serde-wasm-bindgen with it.
#[cfg(feature = "wasm")]
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // JSON-compatible: `None` becomes `null`, and objects are plain objects.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(Error::internal(&e.to_string())))
}

/// A `BhxhError`: its code, its field and its detail, a note (`id`, `figures`) that the wording of
/// `describe.js` turns into `messageVi` and `messageEn`.
fn js_error(e: Error) -> JsValue {
    let error = js_sys::Error::new(&e.summary());
    error.set_name("BhxhError");
    let set = |key: &str, value: &JsValue| {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&error, &key.into(), value);
    };
    set("code", &e.code.code().into());
    set("field", &e.field.as_str().into());
    set("id", &e.detail.id.as_str().into());
    set("figures", &result(&e.detail.figures).unwrap_or(JsValue::NULL));
    error.into()
}

#[cfg(all(test, feature = "wasm"))]
mod tests {
    #[test]
    fn the_typescript_inputs_list_the_fields_the_core_reads() {
        let interface = |name: &str| {
            let start = super::TYPES_TEXT.find(&format!("interface {name} {{")).unwrap();
            let end = start + super::TYPES_TEXT[start..].find("\n}").unwrap();
            super::TYPES_TEXT[start..end].to_string()
        };
        let fields = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.trim().split_once(':').map(|(name, _)| name.trim_end_matches('?').to_string()))
                .filter(|name| !name.starts_with('/') && !name.starts_with('*') && !name.contains(' '))
                .collect()
        };
        use crate::core::{contribution::ContributionRequest, pension::PensionRequest, voluntary::VoluntaryRequest};
        assert_eq!(fields(&interface("ContributionInput")), ContributionRequest::FIELDS);
        assert_eq!(fields(&interface("VoluntaryInput")), VoluntaryRequest::FIELDS);
        assert_eq!(fields(&interface("PensionInput")), PensionRequest::FIELDS);
        assert_eq!(fields(&interface("RetirementAgeInput")), crate::core::retirement::FIELDS);
        assert_eq!(fields(&interface("OneTimeWithdrawalInput")), crate::core::withdrawal::WithdrawalRequest::FIELDS);
        assert_eq!(fields(&interface("CompareWithdrawalInput")), crate::core::comparison::CompareRequest::FIELDS);
        assert_eq!(fields(&interface("ReadRecordInput")), crate::core::record::FIELDS);
    }

    use crate::core::error::ErrorCode;

    #[test]
    fn the_typescript_error_codes_are_the_rust_ones() {
        for code in ErrorCode::ALL {
            assert!(
                super::TYPES_TEXT.contains(&format!("\"{}\"", code.code())),
                "{} missing from the .d.ts",
                code.code()
            );
        }
        let codes = &super::TYPES_TEXT[super::TYPES_TEXT.find("export type ErrorCode").unwrap()..];
        assert_eq!(codes[..codes.find(';').unwrap()].matches("| \"").count(), ErrorCode::ALL.len());
    }
}
