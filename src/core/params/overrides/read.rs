//! Reading what-if overrides: each parameter's values as `{ from, value }` in its unit, and whole coefficient
//! tables. Only an engine built with the `overrides` feature reads them (the package's); the site's pages offer
//! no what-if, and their engines leave this out.

use super::super::{data, ByGroup, ByRegion, Dated, Kind, RevaluationTable, Source};
use super::{OverrideNote, Overrides};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::input::{self, field_figure, Fields, Raw};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use rust_decimal::Decimal;
use std::borrow::Cow;

const REGION_KEYS: [&str; 4] = ["I", "II", "III", "IV"];
const GROUP_KEYS: [&str; 4] = ["poorHousehold", "nearPoorHousehold", "ethnicMinority", "other"];

fn invalid(field: &str, detail: OverrideNote) -> Error {
    Error::of(ErrorCode::OverrideInvalid, field, detail, vec![field_figure(field)])
}

/// The overrides an input gives, validated.
pub(super) fn overrides(overrides: &Fields) -> Result<Overrides> {
    let mut out = Overrides::default();
    overrides.only(&["parameters", "revaluationTables"])?;
    let parameters_path = overrides.path("parameters");
    for (id, entries) in overrides.entries("parameters")? {
        let field = format!("{parameters_path}.{id}");
        let &(id, kind) = data::KINDS
            .iter()
            .find(|(known, _)| *known == id)
            .ok_or_else(|| invalid(&field, OverrideNote::UnknownParameter))?;
        let list = dated(entries, &field, kind)?;
        match kind {
            Kind::Vnd => out.vnd.push((id, typed(list, |v| if let Value::Vnd(x) = v { Some(x) } else { None }))),
            Kind::Rate => out.rate.push((id, typed(list, |v| if let Value::Rate(x) = v { Some(x) } else { None }))),
            Kind::Count => out.count.push((id, typed(list, |v| if let Value::Count(x) = v { Some(x) } else { None }))),
            Kind::VndByRegion => out
                .by_region
                .push((id, typed(list, |v| if let Value::ByRegion(x) = v { Some(ByRegion(x)) } else { None }))),
            Kind::RateByGroup => out
                .by_group
                .push((id, typed(list, |v| if let Value::ByGroup(x) = v { Some(ByGroup(x)) } else { None }))),
        }
    }
    for (field, raw) in overrides.list("revaluationTables")? {
        let table = raw.fields(&field)?;
        table.only(&["decisionYear", "salary", "income"])?;
        let year = table.number("decisionYear")?;
        let decision_year = (year.fract() == 0.0 && (2000.0..=2100.0).contains(&year))
            .then_some(year as u16)
            .ok_or_else(|| invalid(&table.path("decisionYear"), OverrideNote::DecisionYearInvalid))?;
        if out.revaluation_tables.iter().any(|t| t.decision_year == decision_year) {
            return Err(invalid(&field, OverrideNote::DecisionYearTwice));
        }
        table.required("salary")?;
        out.revaluation_tables.push(RevaluationTable {
            decision_year,
            source: Source::OVERRIDE,
            salary: Cow::Owned(coefficients(&table, "salary", decision_year)?),
            income: Cow::Owned(coefficients(&table, "income", decision_year)?),
        });
    }
    Ok(out)
}

/// An override value, read in the unit of its parameter. One reader for every unit keeps the wasm small.
enum Value {
    Vnd(Vnd),
    Rate(Rate),
    Count(u32),
    ByRegion([Vnd; 4]),
    ByGroup([Rate; 4]),
}

/// A list of `{ from, value }` in month order, each value read in the unit of `kind`.
fn dated(entries: &Raw, field: &str, kind: Kind) -> Result<Vec<(Month, Value)>> {
    let Raw::List(items) = entries else {
        return Err(invalid(field, OverrideNote::OverrideNotAList));
    };
    if items.is_empty() {
        return Err(invalid(field, OverrideNote::OverrideEmpty));
    }
    let mut out: Vec<(Month, Value)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let entry = item.fields(&format!("{field}[{i}]"))?;
        entry.only(&["from", "value"])?;
        let from = input::month(entry.text("from")?, &entry.path("from"))?;
        if out.last().is_some_and(|previous| previous.0 >= from) {
            return Err(invalid(&entry.path("from"), OverrideNote::OverrideMonthsOutOfOrder));
        }
        let (raw, at) = (entry.required("value")?, entry.path("value"));
        let value = match kind {
            Kind::Vnd => Value::Vnd(input::amount(number(raw, &at)?, &at)?),
            Kind::Rate => Value::Rate(percent(number(raw, &at)?, &at)?),
            Kind::Count => Value::Count(count(raw, &at)?),
            Kind::VndByRegion => Value::ByRegion(keyed(raw, &at, &REGION_KEYS, input::amount)?),
            Kind::RateByGroup => Value::ByGroup(keyed(raw, &at, &GROUP_KEYS, percent)?),
        };
        out.push((from, value));
    }
    Ok(out)
}

/// The values of one unit, as dated override values.
fn typed<T>(list: Vec<(Month, Value)>, pick: fn(Value) -> Option<T>) -> Vec<Dated<T>> {
    list.into_iter().filter_map(|(from, v)| Some(Dated { from, value: pick(v)?, source: Source::OVERRIDE })).collect()
}

fn number(value: &Raw, field: &str) -> Result<f64> {
    match value {
        Raw::Number(n) => Ok(*n),
        _ => Err(invalid(field, OverrideNote::OverrideNotANumber)),
    }
}

/// Rates in the data reach 200 % (an allowance of two months' average per year).
fn percent(value: f64, field: &str) -> Result<Rate> {
    input::percent(value, field, 1000, ErrorCode::OverrideInvalid)
}

fn count(value: &Raw, field: &str) -> Result<u32> {
    let n = number(value, field)?;
    if n.fract() == 0.0 && (0.0..=10_000.0).contains(&n) {
        Ok(n as u32)
    } else {
        Err(invalid(field, OverrideNote::OverrideCountInvalid))
    }
}

fn keyed<T: Copy + Default>(
    value: &Raw,
    field: &str,
    keys: &[&str; 4],
    read: fn(f64, &str) -> Result<T>,
) -> Result<[T; 4]> {
    let values = value.fields(field)?;
    values.only(keys)?;
    let mut out = [T::default(); 4];
    for (slot, key) in out.iter_mut().zip(keys) {
        *slot = read(values.number(key)?, &values.path(key))?;
    }
    Ok(out)
}

/// A coefficient table: years up to the decision year, coefficients of at most 2 decimals and at least 1.00
/// (Decree 158/2025 Art 16.1.a).
fn coefficients(table: &Fields, name: &str, decision_year: u16) -> Result<Vec<(u16, Decimal)>> {
    let mut rows = Vec::new();
    for (year, value) in table.entries(name)? {
        let at = format!("{}.{year}", table.path(name));
        let year = year
            .parse::<u16>()
            .ok()
            .filter(|y| (1900..=decision_year).contains(y) && rows.last().is_none_or(|r: &(u16, Decimal)| r.0 < *y))
            .ok_or_else(|| invalid(&at, OverrideNote::CoefficientYearInvalid))?;
        let coefficient = input::exact_decimal(number(value, &at)?)
            .filter(|c| *c >= Decimal::ONE && c.scale() <= 2 && *c <= Decimal::ONE_HUNDRED)
            .ok_or_else(|| invalid(&at, OverrideNote::CoefficientInvalid))?;
        rows.push((year, coefficient));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::month::Month;
    use crate::core::params::{data::REFERENCE_LEVEL, Lookup};

    fn obj<'a>(entries: Vec<(&'a str, Raw<'a>)>) -> Raw<'a> {
        Raw::Object(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    fn with<'a>(id: &'a str, entries: Vec<(&'a str, Raw<'a>)>) -> Raw<'a> {
        obj(vec![(
            "overrides",
            obj(vec![(
                "parameters",
                obj(vec![(
                    id,
                    Raw::List(
                        entries
                            .into_iter()
                            .map(|(from, value)| obj(vec![("from", Raw::Text(from.into())), ("value", value)]))
                            .collect(),
                    ),
                )]),
            )]),
        )])
    }

    fn read(raw: &Raw) -> Result<Overrides> {
        Overrides::read(&raw.fields("").unwrap())
    }

    #[test]
    fn an_override_replaces_official_values_from_its_first_month() {
        let overrides = read(&with("referenceLevel", vec![("2027-01", Raw::Number(2_800_000.0))])).unwrap();
        let mut lookup = Lookup::new(&overrides);
        let at = |l: &mut Lookup, m| l.get(&REFERENCE_LEVEL, Month::parse(m).unwrap()).copied().unwrap();
        assert_eq!(at(&mut lookup, "2026-12").value, Vnd::whole(2_530_000));
        let overridden = at(&mut lookup, "2027-01");
        assert_eq!(overridden.value, Vnd::whole(2_800_000));
        assert_eq!(overridden.source, Source::OVERRIDE);
    }

    #[test]
    fn bad_overrides_name_their_field() {
        let field = |id: &str, entries| read(&with(id, entries)).unwrap_err().field.clone();
        let n = Raw::Number;
        assert_eq!(field("nope", vec![("2027-01", n(1.0))]), "overrides.parameters.nope");
        assert_eq!(field("referenceLevel", vec![("2027-13", n(1.0))]), "overrides.parameters.referenceLevel[0].from");
        assert_eq!(field("referenceLevel", vec![("2027-01", n(-5.0))]), "overrides.parameters.referenceLevel[0].value");
        assert_eq!(
            field("referenceLevel", vec![("2027-01", n(1.0)), ("2026-01", n(1.0))]),
            "overrides.parameters.referenceLevel[1].from"
        );
        assert_eq!(
            field("retirementEmployee", vec![("2027-01", n(1001.0))]),
            "overrides.parameters.retirementEmployee[0].value"
        );
        assert_eq!(
            field("regionalMinimumWage", vec![("2027-01", n(1.0))]),
            "overrides.parameters.regionalMinimumWage[0].value"
        );
        assert_eq!(
            field("regionalMinimumWage", vec![("2027-01", obj(vec![("I", n(1.0)), ("V", n(1.0))]))]),
            "overrides.parameters.regionalMinimumWage[0].value.V"
        );
    }

    #[test]
    fn a_coefficient_table_override_answers_for_its_decision_year() {
        let table = obj(vec![
            ("decisionYear", Raw::Number(2027.0)),
            ("salary", obj(vec![("1994", Raw::Number(6.0)), ("2026", Raw::Number(1.04)), ("2027", Raw::Number(1.0))])),
        ]);
        let raw = obj(vec![("overrides", obj(vec![("revaluationTables", Raw::List(vec![table]))]))]);
        let overrides = read(&raw).unwrap();
        let c = |y| {
            crate::core::params::revaluation_coefficient(&overrides, 2027, y, crate::core::params::Revaluation::Salary)
        };
        assert_eq!(c(1990).map(|(c, s)| (c.to_string(), s)), Some(("6".into(), Source::OVERRIDE)));
        assert_eq!(c(2026).map(|(c, _)| c.to_string()), Some("1.04".into()));
    }
}
