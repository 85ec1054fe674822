//! What-if overrides: a caller's own values for any dated parameter or coefficient table. From an
//! override's first month on, its values replace the official ones; results list them with an
//! "override" source, so a reader sees what shaped the figures.

use super::{data, ByGroup, ByRegion, Dated, RevaluationTable, Source, Values};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::input;
use crate::core::money::{Rate, Vnd};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Overrides as a caller writes them.
#[derive(Deserialize, Default, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OverridesInput {
    /// Parameter id (as listed by `parameters()`) → its values from the month they apply.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub parameters: BTreeMap<String, Vec<OverrideEntry>>,
    /// Coefficient tables for decision years, replacing or adding to the official ones.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub revaluation_tables: Vec<RevaluationTableInput>,
}

#[derive(Deserialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct OverrideEntry {
    /// The first month (`YYYY-MM`) the value applies to.
    pub from: String,
    /// A number in the parameter's unit (đồng; percent, 8 for 8 %; a count), or an object keyed by
    /// region (`I`…`IV`) or support group.
    pub value: OverrideValue,
}

#[derive(Deserialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum OverrideValue {
    Number(f64),
    Keyed(BTreeMap<String, f64>),
}

#[derive(Deserialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RevaluationTableInput {
    pub decision_year: u16,
    /// Contribution year → coefficient for salaries (compulsory SI); the first year covers earlier ones.
    pub salary: BTreeMap<String, f64>,
    /// Contribution year → coefficient for incomes (voluntary SI).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub income: BTreeMap<String, f64>,
}

/// Validated overrides, by value type.
#[derive(Default, Debug)]
pub struct Overrides {
    pub(super) vnd: Vec<(&'static str, Vec<Dated<Vnd>>)>,
    pub(super) rate: Vec<(&'static str, Vec<Dated<Rate>>)>,
    pub(super) count: Vec<(&'static str, Vec<Dated<u32>>)>,
    pub(super) by_region: Vec<(&'static str, Vec<Dated<ByRegion<Vnd>>>)>,
    pub(super) by_group: Vec<(&'static str, Vec<Dated<ByGroup<Rate>>>)>,
    pub(super) revaluation_tables: Vec<RevaluationTable>,
}

const REGION_KEYS: [&str; 4] = ["I", "II", "III", "IV"];
const GROUP_KEYS: [&str; 4] = ["poorHousehold", "nearPoorHousehold", "ethnicMinority", "other"];

fn invalid(field: &str, vi: &str, en: &str) -> Error {
    Error::new(ErrorCode::OverrideInvalid, field, format!("«{field}»: {vi}"), format!("“{field}”: {en}"))
}

impl Overrides {
    pub fn from_input(input: &OverridesInput) -> Result<Overrides> {
        let mut out = Overrides::default();
        for (id, entries) in &input.parameters {
            let field = format!("overrides.parameters.{id}");
            let parameter = data::CATALOGUE.iter().find(|p| p.id == id).ok_or_else(|| {
                invalid(&field, "không có tham số nào tên như vậy.", "there is no parameter of that name.")
            })?;
            let id = parameter.id;
            match parameter.values {
                Values::Vnd(_) => out.vnd.push((id, dated(entries, &field, |v, f| number(v, f).and_then(|n| input::amount(n, f)))?)),
                Values::Rate(_) => out.rate.push((id, dated(entries, &field, |v, f| number(v, f).and_then(|n| input::percent(n, f)))?)),
                Values::Count(_) => out.count.push((id, dated(entries, &field, count)?)),
                Values::VndByRegion(_) => out.by_region.push((
                    id,
                    dated(entries, &field, |v, f| keyed(v, f, &REGION_KEYS, |n, f| input::amount(n, f)).map(ByRegion))?,
                )),
                Values::RateByGroup(_) => out.by_group.push((
                    id,
                    dated(entries, &field, |v, f| keyed(v, f, &GROUP_KEYS, |n, f| input::percent(n, f)).map(ByGroup))?,
                )),
            }
        }
        for (i, table) in input.revaluation_tables.iter().enumerate() {
            let field = format!("overrides.revaluationTables[{i}]");
            if input.revaluation_tables[..i].iter().any(|t| t.decision_year == table.decision_year) {
                return Err(invalid(&field, "năm quyết định bị lặp lại.", "the decision year appears twice."));
            }
            out.revaluation_tables.push(RevaluationTable {
                decision_year: table.decision_year,
                source: Source::OVERRIDE,
                salary: Cow::Owned(coefficients(&table.salary, table.decision_year, &format!("{field}.salary"))?),
                income: Cow::Owned(coefficients(&table.income, table.decision_year, &format!("{field}.income"))?),
            });
        }
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        self.vnd.is_empty()
            && self.rate.is_empty()
            && self.count.is_empty()
            && self.by_region.is_empty()
            && self.by_group.is_empty()
            && self.revaluation_tables.is_empty()
    }
}

/// Entries in month order, each value read by `read`.
fn dated<T>(
    entries: &[OverrideEntry],
    field: &str,
    read: impl Fn(&OverrideValue, &str) -> Result<T>,
) -> Result<Vec<Dated<T>>> {
    if entries.is_empty() {
        return Err(invalid(field, "cần ít nhất một giá trị.", "at least one value is needed."));
    }
    let mut out: Vec<Dated<T>> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let from = input::month(&entry.from, &format!("{field}[{i}].from"))?;
        if out.last().is_some_and(|previous| previous.from >= from) {
            return Err(invalid(
                &format!("{field}[{i}].from"),
                "các tháng phải tăng dần.",
                "the months must be in increasing order.",
            ));
        }
        out.push(Dated { from, value: read(&entry.value, &format!("{field}[{i}].value"))?, source: Source::OVERRIDE });
    }
    Ok(out)
}

fn number(value: &OverrideValue, field: &str) -> Result<f64> {
    match value {
        OverrideValue::Number(n) => Ok(*n),
        OverrideValue::Keyed(_) => Err(invalid(field, "cần một số.", "a number is needed.")),
    }
}

fn count(value: &OverrideValue, field: &str) -> Result<u32> {
    number(value, field).and_then(|n| {
        if n.fract() == 0.0 && (1.0..=10_000.0).contains(&n) {
            Ok(n as u32)
        } else {
            Err(invalid(field, "cần một số nguyên từ 1 đến 10.000.", "a whole number from 1 to 10,000 is needed."))
        }
    })
}

fn keyed<T: Copy + Default>(
    value: &OverrideValue,
    field: &str,
    keys: &[&str; 4],
    read: impl Fn(f64, &str) -> Result<T>,
) -> Result<[T; 4]> {
    let OverrideValue::Keyed(map) = value else {
        return Err(invalid(field, &format!("cần các giá trị cho {keys:?}."), &format!("values for {keys:?} are needed.")));
    };
    if map.len() != 4 || keys.iter().any(|k| !map.contains_key(*k)) {
        return Err(invalid(field, &format!("cần đúng các khóa {keys:?}."), &format!("exactly the keys {keys:?} are needed.")));
    }
    let mut out = [T::default(); 4];
    for (slot, key) in out.iter_mut().zip(keys) {
        *slot = read(map[*key], &format!("{field}.{key}"))?;
    }
    Ok(out)
}

/// A coefficient table: years up to the decision year, coefficients of at most 2 decimals and at least 1.00
/// (Decree 158/2025 Art 16.1.a).
fn coefficients(
    table: &BTreeMap<String, f64>,
    decision_year: u16,
    field: &str,
) -> Result<Vec<(u16, rust_decimal::Decimal)>> {
    let mut rows = Vec::with_capacity(table.len());
    for (year, value) in table {
        let at = format!("{field}.{year}");
        let year = year
            .parse::<u16>()
            .ok()
            .filter(|y| (1900..=decision_year).contains(y))
            .ok_or_else(|| invalid(&at, "năm đóng không hợp lệ.", "not a valid contribution year."))?;
        let coefficient = input::exact_decimal(*value)
            .filter(|c| *c >= rust_decimal::Decimal::ONE && c.scale() <= 2 && *c <= rust_decimal::Decimal::ONE_HUNDRED)
            .ok_or_else(|| invalid(&at, "hệ số từ 1,00 đến 100, tối đa 2 chữ số thập phân.", "a coefficient from 1.00 to 100 with at most 2 decimals."))?;
        rows.push((year, coefficient));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::month::Month;
    use crate::core::params::{data::REFERENCE_LEVEL, Lookup};

    fn entry(from: &str, value: f64) -> OverrideEntry {
        OverrideEntry { from: from.into(), value: OverrideValue::Number(value) }
    }

    #[test]
    fn an_override_replaces_official_values_from_its_first_month() {
        let mut input = OverridesInput::default();
        input.parameters.insert("referenceLevel".into(), vec![entry("2027-01", 2_800_000.0)]);
        let overrides = Overrides::from_input(&input).unwrap();
        let mut lookup = Lookup::new(&overrides);
        let at = |l: &mut Lookup, m| l.get(&REFERENCE_LEVEL, Month::parse(m).unwrap()).unwrap();
        assert_eq!(at(&mut lookup, "2026-12").value, Vnd::whole(2_530_000));
        let overridden = at(&mut lookup, "2027-01");
        assert_eq!(overridden.value, Vnd::whole(2_800_000));
        assert_eq!(overridden.source, Source::OVERRIDE);
    }

    #[test]
    fn bad_overrides_name_their_field() {
        let field = |id: &str, entries| {
            let mut input = OverridesInput::default();
            input.parameters.insert(id.into(), entries);
            Overrides::from_input(&input).unwrap_err().field
        };
        assert_eq!(field("nope", vec![entry("2027-01", 1.0)]), "overrides.parameters.nope");
        assert_eq!(field("referenceLevel", vec![entry("2027-13", 1.0)]), "overrides.parameters.referenceLevel[0].from");
        assert_eq!(field("referenceLevel", vec![entry("2027-01", -5.0)]), "overrides.parameters.referenceLevel[0].value");
        assert_eq!(
            field("referenceLevel", vec![entry("2027-01", 1.0), entry("2026-01", 1.0)]),
            "overrides.parameters.referenceLevel[1].from"
        );
        assert_eq!(field("retirementEmployee", vec![entry("2027-01", 101.0)]), "overrides.parameters.retirementEmployee[0].value");
        assert_eq!(field("regionalMinimumWage", vec![entry("2027-01", 1.0)]), "overrides.parameters.regionalMinimumWage[0].value");
    }
}
