//! The rules, in plain Rust: no wasm or JS type appears here. Each calculator takes its input as a caller
//! writes it, validates it into domain types, and returns a result with its explanation.

pub mod assessment;
pub mod comparison;
pub mod contribution;
pub mod error;
pub mod explain;
pub mod history;
pub mod input;
pub mod law;
pub mod money;
pub mod month;
pub mod params;
pub mod pension;
pub mod period;
pub mod policy;
pub mod projection;
pub mod record;
pub mod retirement;
pub mod survivors;
pub mod voluntary;
pub mod withdrawal;

use explain::NoteId;

/// Every note the engine can write: each has wording in every catalogue of `www/src/wording/`, which
/// tests/js/wording.test.mjs checks against tests/golden/note-ids.json.
pub fn note_ids() -> Vec<NoteId> {
    [
        params::ParameterNote::IDS,
        record::RowNote::IDS,
        record::AllowanceTerm::IDS,
        record::RecordWarning::IDS,
        record::RecordError::IDS,
        error::ErrorNote::IDS,
        input::InputNote::IDS,
        period::PeriodNote::IDS,
        params::ParamsNote::IDS,
        params::OverrideNote::IDS,
        contribution::ContributionNote::IDS,
        voluntary::VoluntaryNote::IDS,
        history::HistoryNote::IDS,
        policy::PolicyNote::IDS,
        retirement::RetirementNote::IDS,
        assessment::AssessmentNote::IDS,
        projection::ProjectionNote::IDS,
        pension::PensionNote::IDS,
        withdrawal::WithdrawalNote::IDS,
        comparison::ComparisonNote::IDS,
        survivors::SurvivorNote::IDS,
    ]
    .concat()
}
