//! What-if overrides: a caller's own values for any dated parameter or coefficient table. From an
//! override's first month on, its values replace the official ones; results list them with an
//! "override" source, so a reader sees what shaped the figures.

//!
//! As a caller writes them:
//!
//! ```text
//! overrides: {
//!   parameters: { referenceLevel: [{ from: "2027-01", value: 2800000 }],
//!                 regionalMinimumWage: [{ from: "2027-01", value: { I: 5700000, II: …, III: …, IV: … } }] },
//!   revaluationTables: [{ decisionYear: 2027, salary: { "1994": 6.0, …, "2027": 1.0 }, income: { … } }]
//! }
//! ```

use super::{ByGroup, ByRegion, Dated, RevaluationTable};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::Figure;
use crate::core::input::{field_figure, Fields};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::notes;

notes! {
    /// What an override that cannot be used says is wrong with it.
    pub enum OverrideNote {
        UnknownParameter,
        /// The values of a parameter are not a list of `{ from, value }`.
        OverrideNotAList,
        OverrideEmpty,
        OverrideMonthsOutOfOrder,
        OverrideNotANumber,
        OverrideCountInvalid,
        /// A coefficient table's decision year.
        DecisionYearInvalid,
        DecisionYearTwice,
        /// A contribution year of a coefficient table.
        CoefficientYearInvalid,
        CoefficientInvalid,
        /// An assumed yearly rate above `maxPercent`.
        AssumedRateTooHigh,
        /// A value that puts a month reckoned from it outside the calendar the calculators count.
        BeyondCalendar,
        /// Overrides given to an engine built without them (the site's).
        OverridesNotInThisEngine,
    }
}

/// Validated overrides, by value type.
#[derive(Default, Debug, Clone)]
pub struct Overrides {
    pub(super) vnd: Vec<(&'static str, Vec<Dated<Vnd>>)>,
    pub(super) rate: Vec<(&'static str, Vec<Dated<Rate>>)>,
    pub(super) count: Vec<(&'static str, Vec<Dated<u32>>)>,
    pub(super) by_region: Vec<(&'static str, Vec<Dated<ByRegion<Vnd>>>)>,
    pub(super) by_group: Vec<(&'static str, Vec<Dated<ByGroup<Rate>>>)>,
    pub(super) revaluation_tables: Vec<RevaluationTable>,
}

impl Overrides {
    /// Reads the `overrides` object of an input, if it has one. An engine built without the `overrides` feature
    /// (the site's: its pages offer no what-if) takes none, and says so.
    pub fn read(input: &Fields) -> Result<Overrides> {
        match input.object("overrides")? {
            None => Ok(Overrides::default()),
            #[cfg(feature = "overrides")]
            Some(overrides) => read::overrides(&overrides),
            #[cfg(not(feature = "overrides"))]
            Some(_) => {
                let field = input.path("overrides");
                let figures = vec![field_figure(&field)];
                Err(Error::of(ErrorCode::UnknownField, &field, OverrideNote::OverridesNotInThisEngine, figures))
            }
        }
    }
}

#[cfg(feature = "overrides")]
mod read;

/// The path of an override of parameter `id`, which errors about it name. Joined by hand, as `Month::iso` says why.
pub fn override_field(id: &str) -> String {
    ["overrides.parameters.", id].concat()
}

/// The error for a month that the value of parameter `id` puts outside the months the calculators count
/// (1900-01 to 2199-12). Only an override's value can (an age of 500 years, a wait of 10,000 months): the official
/// values keep every such month decades inside.
pub fn beyond_calendar(id: &str) -> Error {
    let field = override_field(id);
    let (first, last) = (Month::ym(Month::FIRST_YEAR, 1), Month::ym(Month::LAST_YEAR, 12));
    let figures = vec![field_figure(&field), Figure::month("first", first), Figure::month("last", last)];
    Error::of(ErrorCode::OverrideInvalid, &field, OverrideNote::BeyondCalendar, figures)
}
