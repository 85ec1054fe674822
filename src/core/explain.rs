//! The explanation that comes with every result: steps, each saying what was computed from which figures
//! under which article, and warnings, each in Vietnamese and English.

use crate::core::money::{group_thousands, Rate, Vnd};
use crate::core::params::{AnyValue, Confidence, Source, UsedParameter};
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Step {
    /// A stable name for the step (`socialInsuranceBase`, …).
    pub id: &'static str,
    pub vi: String,
    pub en: String,
    /// The numbers the step used or produced, by name.
    pub figures: Vec<Figure>,
    /// The articles and instruments behind the step.
    pub sources: Vec<Source>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Figure {
    pub name: &'static str,
    /// Đồng, percent (8 for 8 %) or a count, as `unit` says.
    pub value: AnyValue,
    #[cfg_attr(feature = "wasm", tsify(type = "\"vnd\" | \"percent\" | \"count\""))]
    pub unit: &'static str,
}

impl Figure {
    pub fn vnd(name: &'static str, v: Vnd) -> Figure {
        Figure { name, value: AnyValue::Vnd(v), unit: "vnd" }
    }
    pub fn rate(name: &'static str, r: Rate) -> Figure {
        Figure { name, value: AnyValue::Rate(r), unit: "percent" }
    }
    pub fn count(name: &'static str, n: u32) -> Figure {
        Figure { name, value: AnyValue::Count(n), unit: "count" }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Warning {
    /// A stable name (`salaryBelowRegionalMinimum`, `unverifiedParameter`, …).
    pub code: &'static str,
    pub vi: String,
    pub en: String,
}

impl Warning {
    pub fn new(code: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Warning {
        Warning { code, vi: vi.into(), en: en.into() }
    }
}

/// The warnings every result carries about the parameters it used: unverified figures and overrides.
pub fn parameter_warnings(used: &[UsedParameter]) -> Vec<Warning> {
    let mut out = Vec::new();
    for p in used {
        match p.source.confidence {
            Confidence::Unverified => out.push(Warning::new(
                "unverifiedParameter",
                format!(
                    "Giá trị «{}» áp dụng từ {} chưa được xác minh ({}): kết quả chỉ mang tính tham khảo.",
                    p.id, p.from, p.source.instrument
                ),
                format!(
                    "The value of “{}” from {} is unverified ({}): treat the result as indicative.",
                    p.id, p.from, p.source.instrument
                ),
            )),
            Confidence::Override => out.push(Warning::new(
                "overrideUsed",
                format!("Kết quả dùng giá trị giả định cho «{}» từ {}.", p.id, p.from),
                format!("The result uses a what-if value of “{}” from {}.", p.id, p.from),
            )),
            Confidence::Verified | Confidence::SingleSource => {}
        }
    }
    out
}

/// 1.234.567 đ
pub fn vi(v: Vnd) -> String {
    v.to_string()
}

/// 1,234,567 VND
pub fn en(v: Vnd) -> String {
    format!("{} VND", group_thousands(&v.amount().to_string(), ','))
}

/// 0,5%
pub fn vi_rate(r: Rate) -> String {
    format!("{}%", r.percent().to_string().replace('.', ","))
}

/// 0.5%
pub fn en_rate(r: Rate) -> String {
    format!("{}%", r.percent())
}
