//! Vietnamese social insurance (BHXH) calculators.
//!
//! - [`core`]: the rules and the dated parameters, pure Rust.
//! - `wasm` (feature `wasm`): the only code that knows about JavaScript; it converts JS values to the
//!   core's inputs and results and errors back.

pub mod core;
#[cfg(feature = "boundary")]
mod wasm;

pub use crate::core::comparison::{compare_withdrawal, Comparison};
pub use crate::core::contribution::{contribution, Contribution};
pub use crate::core::error::{Error, ErrorCode};
pub use crate::core::input::Raw;
pub use crate::core::month::Month;
pub use crate::core::params::catalogue as parameters;
pub use crate::core::pension::{pension, Pension};
pub use crate::core::record::{read_record, Reading};
pub use crate::core::retirement::{retirement_age, RetirementAge};
pub use crate::core::voluntary::{voluntary_contribution, VoluntaryContribution};
pub use crate::core::withdrawal::{one_time_withdrawal, OneTimeWithdrawal};
