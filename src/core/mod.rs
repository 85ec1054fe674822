//! The rules, in plain Rust: no wasm or JS type appears here. Each calculator takes its input as a caller
//! writes it, validates it into domain types, and returns a result with its explanation.

pub mod contribution;
pub mod error;
pub mod explain;
pub mod input;
pub mod money;
pub mod month;
pub mod params;
pub mod period;
pub mod voluntary;
