//! Errors a person can act on: a stable code, the input field it concerns, and a message in Vietnamese
//! and in English. Calculators return them; none of them panics.

use crate::core::explain::{Figure, Note, NoteId};
use crate::notes;
use std::fmt;

notes! {
    /// What an error says that belongs to no calculator.
    pub enum ErrorNote {
        /// A computation that could not finish, with what it was doing.
        InternalError,
    }
}

/// The stable codes a caller can switch on. The string form (`code()`) is part of the JS API.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorCode {
    /// A required field is absent.
    Missing,
    /// A field has the wrong JS type (a string where a number belongs, …).
    WrongType,
    /// A field the calculator does not know (often a typo).
    UnknownField,
    /// A value outside a fixed list (an unknown support group, …).
    UnknownValue,
    /// Not a month written `YYYY-MM`.
    MonthInvalid,
    /// A month outside the period the calculator covers.
    MonthOutOfRange,
    /// A period that ends before it starts.
    PeriodInvalid,
    /// Two periods of a contribution history that share a month.
    PeriodsOverlap,
    /// A contribution history with no period.
    HistoryEmpty,
    /// A month of the history after the current month.
    MonthInFuture,
    /// A month that must come after another (a decision before the last contribution, …).
    MonthOrder,
    /// A birth month that cannot be right (after the first contribution, or too long ago).
    BirthImplausible,
    /// An amount that is not a finite number.
    AmountInvalid,
    /// An amount of zero or less.
    AmountNotPositive,
    /// An amount beyond any real salary or income.
    AmountTooLarge,
    /// An amount with a fraction of a đồng.
    AmountNotWhole,
    /// A region other than I–IV.
    RegionUnknown,
    /// A voluntary income outside the range the law allows.
    IncomeOutOfRange,
    /// A payment mode the law does not offer.
    ModeInvalid,
    /// A percentage (an assumed raise or inflation) outside its range.
    RateInvalid,
    /// An option the law did not offer in that month.
    OptionNotInForce,
    /// No value of a parameter applies to that month.
    ParameterNotInForce,
    /// A what-if override that cannot be used.
    OverrideInvalid,
    /// A comparison horizon before the retirement age, or past the life table.
    HorizonInvalid,
    /// Two fields given where only one of them may be (a record as text and as a table).
    InputConflict,
    /// A record too long to be one (a text of more than 300,000 characters, …).
    RecordTooLarge,
    /// A record in which no contribution period was found.
    RecordEmpty,
    /// A list with more items than a calculator takes (more than 10 relatives, …).
    TooMany,
    /// An input larger than any real one (more than 1,000,000 characters or values in all), refused at the JS
    /// boundary before it is copied.
    InputTooLarge,
    /// A computation that could not finish; a defect to report.
    Internal,
}

impl ErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Missing => "input.missing",
            ErrorCode::WrongType => "input.wrongType",
            ErrorCode::UnknownField => "input.unknownField",
            ErrorCode::UnknownValue => "input.unknownValue",
            ErrorCode::MonthInvalid => "month.invalid",
            ErrorCode::MonthOutOfRange => "month.outOfRange",
            ErrorCode::PeriodInvalid => "period.invalid",
            ErrorCode::PeriodsOverlap => "history.overlap",
            ErrorCode::HistoryEmpty => "history.empty",
            ErrorCode::MonthInFuture => "month.future",
            ErrorCode::MonthOrder => "month.order",
            ErrorCode::BirthImplausible => "birth.implausible",
            ErrorCode::AmountInvalid => "amount.invalid",
            ErrorCode::AmountNotPositive => "amount.notPositive",
            ErrorCode::AmountTooLarge => "amount.tooLarge",
            ErrorCode::AmountNotWhole => "amount.notWhole",
            ErrorCode::RegionUnknown => "region.unknown",
            ErrorCode::IncomeOutOfRange => "income.outOfRange",
            ErrorCode::ModeInvalid => "mode.invalid",
            ErrorCode::RateInvalid => "rate.invalid",
            ErrorCode::OptionNotInForce => "option.notInForce",
            ErrorCode::ParameterNotInForce => "parameter.notInForce",
            ErrorCode::OverrideInvalid => "override.invalid",
            ErrorCode::HorizonInvalid => "horizon.invalid",
            ErrorCode::InputConflict => "input.conflict",
            ErrorCode::RecordTooLarge => "record.tooLarge",
            ErrorCode::RecordEmpty => "record.empty",
            ErrorCode::TooMany => "input.tooMany",
            ErrorCode::InputTooLarge => "input.tooLarge",
            ErrorCode::Internal => "internal",
        }
    }

    pub const ALL: [ErrorCode; 30] = [
        ErrorCode::Missing,
        ErrorCode::WrongType,
        ErrorCode::UnknownField,
        ErrorCode::UnknownValue,
        ErrorCode::MonthInvalid,
        ErrorCode::MonthOutOfRange,
        ErrorCode::PeriodInvalid,
        ErrorCode::PeriodsOverlap,
        ErrorCode::HistoryEmpty,
        ErrorCode::MonthInFuture,
        ErrorCode::MonthOrder,
        ErrorCode::BirthImplausible,
        ErrorCode::AmountInvalid,
        ErrorCode::AmountNotPositive,
        ErrorCode::AmountTooLarge,
        ErrorCode::AmountNotWhole,
        ErrorCode::RegionUnknown,
        ErrorCode::IncomeOutOfRange,
        ErrorCode::ModeInvalid,
        ErrorCode::RateInvalid,
        ErrorCode::OptionNotInForce,
        ErrorCode::ParameterNotInForce,
        ErrorCode::OverrideInvalid,
        ErrorCode::HorizonInvalid,
        ErrorCode::InputConflict,
        ErrorCode::RecordTooLarge,
        ErrorCode::RecordEmpty,
        ErrorCode::TooMany,
        ErrorCode::InputTooLarge,
        ErrorCode::Internal,
    ];
}

/// An error, boxed: a `Result` holds one word for it and a `?` passes that word on, where the rules return
/// thousands of results for each error (3.5 KB less gzipped wasm on the withdrawal page than the error inline).
#[derive(Clone, PartialEq, Debug)]
pub struct Error(Box<ErrorData>);

#[derive(Clone, PartialEq, Debug)]
pub struct ErrorData {
    pub code: ErrorCode,
    /// The input field, as a path in the JS input (`mode.months`, `overrides.referenceLevel[0].from`).
    pub field: String,
    /// What exactly is wrong, with the figures its message shows (the limit passed, the month, …).
    pub detail: Note,
}

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

impl Error {
    /// An error about `field`, said by the note `detail` with its `figures`.
    pub fn of(code: ErrorCode, field: impl Into<String>, detail: impl Into<NoteId>, figures: Vec<Figure>) -> Error {
        Error::made(code, field.into(), detail.into(), figures)
    }

    /// `of` once, rather than once for each type of field and note it is given.
    #[inline(never)]
    fn made(code: ErrorCode, field: String, detail: NoteId, figures: Vec<Figure>) -> Error {
        Error(Box::new(ErrorData { code, field, detail: Note::new(detail, figures) }))
    }

    /// Arithmetic that cannot fail on validated input failed anyway.
    pub fn internal(what: &str) -> Error {
        Error::of(ErrorCode::Internal, "", ErrorNote::InternalError, vec![Figure::text("what", what.to_string())])
    }

    /// `[code] field: note id`, the message of a JS `BhxhError`; joined by hand for the reason `Month::iso` gives.
    pub fn summary(&self) -> String {
        ["[", self.code.code(), "] ", &self.field, ": ", self.detail.id.as_str()].concat()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
