//! Every dated parameter, coefficient table and the retirement-age roadmap, with values and sources, as
//! the legal-basis page shows them (`parameters()` in the JS API).

use super::{data, AgeMonths, AgeRoadmap, AnyValue, Dated, LifeTable, Param, Source, Value, Values};
use crate::core::month::Month;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Catalogue {
    pub parameters: Vec<ParameterInfo>,
    pub revaluation_tables: Vec<RevaluationTableInfo>,
    pub retirement_age: RetirementAgeInfo,
    pub life_table: LifeTableInfo,
}

/// The life table behind the comparison's expected values and its default horizon.
#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct LifeTableInfo {
    pub source: Source,
    /// The year of the death rates used.
    pub year: u16,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct ParameterInfo {
    /// Its name is `parameter.<id>` in the wording's catalogues.
    pub id: &'static str,
    /// `vnd`, `percent` (8 means 8 %), `times`, `months`, `years`, `vnd-by-region` or `percent-by-group`.
    pub unit: &'static str,
    /// Oldest first; each applies from its month until the next one.
    pub values: Vec<DatedValueInfo>,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct DatedValueInfo {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub from: Month,
    pub value: AnyValue,
    pub source: Source,
    /// Why the value is believed, or what about it is unsure, when the data says (in English).
    #[serde(skip_serializing_if = "str::is_empty")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: &'static str,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RevaluationTableInfo {
    pub decision_year: u16,
    pub source: Source,
    /// How the table was read, when the data says (in English).
    #[serde(skip_serializing_if = "str::is_empty")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: &'static str,
    pub salary: Vec<CoefficientInfo>,
    pub income: Vec<CoefficientInfo>,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct CoefficientInfo {
    /// The contribution year; the first row also covers every earlier year.
    pub year: u16,
    #[serde(serialize_with = "crate::core::money::decimal_as_number")]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub coefficient: Decimal,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RetirementAgeInfo {
    pub source: Source,
    pub male: RoadmapInfo,
    pub female: RoadmapInfo,
    pub lower_source: Source,
    pub hardship_years_lower: u16,
    pub coal_mining_years_lower: u16,
}

#[derive(Serialize, Debug)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RoadmapInfo {
    /// The normal age before `firstYear`, as `60y0m`.
    pub before: String,
    pub first_year: u16,
    /// Months added in each calendar year from `firstYear` on.
    pub step_months: u16,
    /// The age the roadmap stops at.
    #[serde(rename = "final")]
    pub final_age: String,
}

fn values<T: Value>(param: &Param<T>) -> Vec<DatedValueInfo> {
    let note = |from| {
        data::PARAMETER_NOTES.iter().find(|&&(id, month, _)| id == param.id && month == from).map_or("", |n| n.2)
    };
    param
        .values
        .iter()
        .map(|d: &Dated<T>| DatedValueInfo { from: d.from, value: d.value.any(), source: d.source, note: note(d.from) })
        .collect()
}

fn age(a: AgeMonths) -> String {
    format!("{}y{}m", a.0 / 12, a.0 % 12)
}

fn roadmap(r: &AgeRoadmap) -> RoadmapInfo {
    RoadmapInfo {
        before: age(r.before),
        first_year: r.first_year,
        step_months: r.step_months,
        final_age: age(r.final_age),
    }
}

/// The coefficient tables (hệ số điều chỉnh) by decision year, with their sources.
pub fn revaluation_tables() -> Vec<RevaluationTableInfo> {
    let rows = |rows: &[(u16, Decimal)]| {
        rows.iter().map(|&(year, coefficient)| CoefficientInfo { year, coefficient }).collect()
    };
    data::REVALUATION_TABLES
        .iter()
        .map(|t| RevaluationTableInfo {
            decision_year: t.decision_year,
            source: t.source,
            note: data::REVALUATION_NOTES.iter().find(|n| n.0 == t.decision_year).map_or("", |n| n.1),
            salary: rows(&t.salary),
            income: rows(&t.income),
        })
        .collect()
}

pub fn catalogue() -> Catalogue {
    let r = &data::RETIREMENT_AGE;
    Catalogue {
        parameters: data::CATALOGUE
            .iter()
            .map(|p| ParameterInfo {
                id: p.id,
                unit: p.unit,
                values: match p.values {
                    Values::Vnd(param) => values(param),
                    Values::Rate(param) => values(param),
                    Values::Count(param) => values(param),
                    Values::VndByRegion(param) => values(param),
                    Values::RateByGroup(param) => values(param),
                },
            })
            .collect(),
        revaluation_tables: revaluation_tables(),
        retirement_age: RetirementAgeInfo {
            source: r.source,
            male: roadmap(&r.male),
            female: roadmap(&r.female),
            lower_source: r.lower_source,
            hardship_years_lower: r.hardship_years,
            coal_mining_years_lower: r.coal_mining_years,
        },
        life_table: LifeTableInfo { source: LifeTable::SOURCE, year: data::LIFE_TABLE.year },
    }
}
