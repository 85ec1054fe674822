//! Reading input as a caller writes it (a JS object, or the same in a test file) into domain values, with
//! errors that name the field.
//!
//! Input arrives as a [`Raw`] tree: the wasm boundary builds it from a JS value, the tests from TOML. The
//! calculators read it through [`Fields`], which knows the path of every value it hands out, so an error can
//! say exactly which field is wrong (`mode.months`, `overrides.parameters.referenceLevel[0].from`). This is
//! a few hundred bytes of wasm where a generic deserializer with path tracking costs tens of kilobytes.
//! Every bound here also keeps the arithmetic far from `Decimal`'s limits.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::Figure;
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::notes;
use rust_decimal::Decimal;
use std::borrow::Cow;

notes! {
    /// What an error in reading the input says, and the words it names values with.
    pub enum InputNote {
        /// A value of the wrong JS type: `expected` and `got` are words below.
        WrongType,
        /// A field the calculator does not read, with the fields it does.
        UnknownField,
        MissingField,
        /// A value outside a fixed list, with the list.
        UnknownChoice,
        /// A well-written month of a year no calculator covers.
        MonthOutsideYears,
        MonthMalformed,
        /// A month before or after the months the calculators cover.
        MonthOutsideRange,
        AmountNotANumber,
        AmountNotPositive,
        AmountTooLarge,
        AmountNotWhole,
        PercentOutOfRange,
        /// An input past what the JS boundary takes: `maxText` characters and `maxValues` values in all.
        InputTooLarge,
        // The kinds of JS values, as an error names them.
        EmptyValue,
        BooleanValue,
        NumberValue,
        TextValue,
        ListValue,
        ObjectValue,
        UnusableValue,
        /// What a flag must be.
        TrueOrFalse,
    }
}

/// A JS-like value. `null` and `undefined` are both `Null`, which reads as "absent". Its strings and keys
/// borrow from the text they were read in where they can (a JS input's are all in one string).
#[derive(Clone, PartialEq, Debug)]
pub enum Raw<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<Raw<'a>>),
    Object(Vec<(Cow<'a, str>, Raw<'a>)>),
    /// A JS value of another kind (a function, a symbol, a bigint, a structure nested too deep).
    Other,
}

impl Raw<'_> {
    /// The word for what kind of value this is.
    fn kind(&self) -> InputNote {
        match self {
            Raw::Null => InputNote::EmptyValue,
            Raw::Bool(_) => InputNote::BooleanValue,
            Raw::Number(_) => InputNote::NumberValue,
            Raw::Text(_) => InputNote::TextValue,
            Raw::List(_) => InputNote::ListValue,
            Raw::Object(_) => InputNote::ObjectValue,
            Raw::Other => InputNote::UnusableValue,
        }
    }

    /// Reads the whole input as an object; `path` names it in errors (empty for the top level).
    pub fn fields(&self, path: &str) -> Result<Fields<'_>> {
        match self {
            Raw::Object(entries) => Ok(Fields { path: path.to_string(), entries }),
            other => Err(wrong_type(if path.is_empty() { "input" } else { path }, other, InputNote::ObjectValue)),
        }
    }
}

fn wrong_type(field: &str, got: &Raw, expected: InputNote) -> Error {
    Error::of(
        ErrorCode::WrongType,
        field,
        InputNote::WrongType,
        vec![field_figure(field), Figure::word("expected", expected), Figure::word("got", got.kind())],
    )
}

/// The field an error is about, as its message names it.
pub fn field_figure(field: &str) -> Figure {
    Figure::text("field", field.to_string())
}

/// An error that says only which field is wrong.
fn field_error(code: ErrorCode, field: &str, detail: InputNote) -> Error {
    Error::of(code, field, detail, vec![field_figure(field)])
}

/// The fields of one input object, each read with the path that names it in errors.
pub struct Fields<'a> {
    path: String,
    entries: &'a [(Cow<'a, str>, Raw<'a>)],
}

impl<'a> Fields<'a> {
    /// The path of a field of this object. A key with no name at the top level is written `""`, so that an
    /// error about it still names a field.
    pub fn path(&self, name: &str) -> String {
        if self.path.is_empty() {
            if name.is_empty() {
                "\"\"".to_string()
            } else {
                name.to_string()
            }
        } else {
            [self.path.as_str(), name].join(".")
        }
    }

    /// Checks field `name` with `check`, which is given the field's path for its error. The path is built
    /// only when the check fails: reading a long history builds no string.
    pub fn at<T>(&self, name: &str, check: impl Fn(&str) -> Result<T>) -> Result<T> {
        check(name).or_else(|_| check(&self.path(name)))
    }

    /// Rejects fields not in `known` (often typos, which would otherwise be silently ignored).
    pub fn only(&self, known: &[&str]) -> Result<()> {
        match self.entries.iter().find(|(k, _)| !known.contains(&k.as_ref())) {
            None => Ok(()),
            Some((name, _)) => {
                let field = self.path(name);
                let figures = vec![field_figure(&field), Figure::text("fields", known.join(", "))];
                Err(Error::of(ErrorCode::UnknownField, &field, InputNote::UnknownField, figures))
            }
        }
    }

    /// The field's value, if present and not null.
    pub fn get(&self, name: &str) -> Option<&'a Raw<'a>> {
        self.entries.iter().find(|(k, _)| k == name).map(|(_, v)| v).filter(|v| **v != Raw::Null)
    }

    pub fn required(&self, name: &str) -> Result<&'a Raw<'a>> {
        self.get(name).ok_or_else(|| field_error(ErrorCode::Missing, &self.path(name), InputNote::MissingField))
    }

    pub fn number(&self, name: &str) -> Result<f64> {
        match self.required(name)? {
            Raw::Number(n) => Ok(*n),
            other => Err(wrong_type(&self.path(name), other, InputNote::NumberValue)),
        }
    }

    pub fn number_or(&self, name: &str, default: f64) -> Result<f64> {
        if self.get(name).is_some() {
            self.number(name)
        } else {
            Ok(default)
        }
    }

    pub fn text(&self, name: &str) -> Result<&'a str> {
        match self.required(name)? {
            Raw::Text(t) => Ok(t),
            other => Err(wrong_type(&self.path(name), other, InputNote::TextValue)),
        }
    }

    pub fn flag(&self, name: &str) -> Result<bool> {
        self.flag_or(name, false)
    }

    pub fn flag_or(&self, name: &str, default: bool) -> Result<bool> {
        match self.get(name) {
            None => Ok(default),
            Some(Raw::Bool(b)) => Ok(*b),
            Some(other) => Err(wrong_type(&self.path(name), other, InputNote::TrueOrFalse)),
        }
    }

    pub fn object(&self, name: &str) -> Result<Option<Fields<'a>>> {
        self.get(name).map(|raw| raw.fields(&self.path(name))).transpose()
    }

    /// The items of a list field, each with its path (`name[0]`, …); empty if absent.
    pub fn list(&self, name: &str) -> Result<Vec<(String, &'a Raw<'a>)>> {
        match self.get(name) {
            None => Ok(Vec::new()),
            Some(Raw::List(items)) => {
                let base = self.path(name);
                Ok(items.iter().enumerate().map(|(i, v)| (indexed(&base, i), v)).collect())
            }
            Some(other) => Err(wrong_type(&self.path(name), other, InputNote::ListValue)),
        }
    }

    /// The entries of an object field (a map from names to values); empty if absent.
    pub fn entries(&self, name: &str) -> Result<&'a [(Cow<'a, str>, Raw<'a>)]> {
        Ok(self.object(name)?.map_or(&[][..], |f| f.entries))
    }

    /// One of a fixed list of names.
    pub fn choice<T: Copy>(&self, name: &str, choices: &[(&str, T)]) -> Result<T> {
        let text = self.text(name)?;
        choices.iter().find(|(n, _)| *n == text).map(|(_, v)| *v).ok_or_else(|| {
            let field = self.path(name);
            let list = choices.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            let figures =
                vec![field_figure(&field), Figure::text("value", text.to_string()), Figure::text("choices", list)];
            Error::of(ErrorCode::UnknownValue, &field, InputNote::UnknownChoice, figures)
        })
    }
}

/// `base[i]`, written without the formatting machinery (a history has many items).
fn indexed(base: &str, i: usize) -> String {
    let mut digits = [0u8; 20];
    let (mut n, mut start) = (i, digits.len());
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(base.len() + 2 + digits.len() - start);
    out.push_str(base);
    out.push('[');
    out.extend(digits[start..].iter().map(|d| char::from(*d)));
    out.push(']');
    out
}

/// No monthly salary or income comes near 1,000 billion đồng; anything above is a typing error.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// The first month the calculators cover: Law 58/2014 took effect in 2016-01.
pub const FIRST_MONTH: Month = Month::ym(2016, 1);
/// The last month a projection may reach.
pub const LAST_MONTH: Month = Month::ym(2100, 12);

/// A month written `YYYY-MM`. A well-written month of a year no calculator covers (1426-01) is out of
/// range, not malformed.
pub fn month(text: &str, field: &str) -> Result<Month> {
    if let Some(m) = Month::parse(text) {
        return Ok(m);
    }
    let well_written = text.len() == 7
        && text.bytes().enumerate().all(|(i, b)| if i == 4 { b == b'-' } else { b.is_ascii_digit() })
        && matches!(text[5..].parse::<u8>(), Ok(1..=12));
    let written = || Figure::text("month", text.to_string());
    if well_written {
        let (first, last) = (Month::ym(Month::FIRST_YEAR, 1), Month::ym(Month::LAST_YEAR, 12));
        let figures = vec![field_figure(field), written(), Figure::month("first", first), Figure::month("last", last)];
        return Err(Error::of(ErrorCode::MonthOutOfRange, field, InputNote::MonthOutsideYears, figures));
    }
    Err(Error::of(ErrorCode::MonthInvalid, field, InputNote::MonthMalformed, vec![field_figure(field), written()]))
}

/// A month the contribution rules cover: from 2016-01 to 2100-12.
pub fn month_in_range(text: &str, field: &str) -> Result<Month> {
    let m = month(text, field)?;
    if m < FIRST_MONTH || m > LAST_MONTH {
        let figures = vec![field_figure(field), Figure::month("first", FIRST_MONTH), Figure::month("last", LAST_MONTH)];
        return Err(Error::of(ErrorCode::MonthOutOfRange, field, InputNote::MonthOutsideRange, figures));
    }
    Ok(m)
}

/// A positive amount of whole đồng.
pub fn amount(value: f64, field: &str) -> Result<Vnd> {
    let error = |code, detail| Err(field_error(code, field, detail));
    if !value.is_finite() {
        return error(ErrorCode::AmountInvalid, InputNote::AmountNotANumber);
    }
    if value <= 0.0 {
        return error(ErrorCode::AmountNotPositive, InputNote::AmountNotPositive);
    }
    if value > MAX_AMOUNT as f64 {
        return error(ErrorCode::AmountTooLarge, InputNote::AmountTooLarge);
    }
    if value.fract() != 0.0 {
        return error(ErrorCode::AmountNotWhole, InputNote::AmountNotWhole);
    }
    Ok(Vnd::whole(value as i64))
}

/// The decimal a JS number was written as, if it has at most six decimals (0.31 stays 0.31, not 0.30999…):
/// its nearest whole number of millionths, kept if dividing it back gives the same `f64`. A number below 10^9
/// (every rate and coefficient is far below) written with six decimals or fewer always does, as its millionths
/// are then recovered exactly and IEEE division rounds correctly. One with a seventh decimal does not, below 10^8
/// (where an `f64` still tells a seventh decimal apart).
/// (Not rust_decimal's `from_f64`: its conversion of any `f64` is 1.4 KB of wasm in every engine.)
pub fn exact_decimal(value: f64) -> Option<Decimal> {
    const MILLION: f64 = 1e6;
    let millionths = (value * MILLION).round_ties_even();
    // Far inside both `i64` and the integers an `f64` holds exactly; NaN and infinities fail here too.
    let in_range = millionths.abs() < 1e15;
    (in_range && millionths / MILLION == value).then(|| Decimal::new(millionths as i64, 6).normalize())
}

/// A percentage from 0 to `max` (8 means 8 %), with at most 6 decimals; `code` says what kind of input
/// it was (an override, an assumption).
pub fn percent(value: f64, field: &str, max: u32, code: ErrorCode) -> Result<Rate> {
    exact_decimal(value)
        .filter(|d| (Decimal::ZERO..=Decimal::from(max)).contains(d))
        .map(|d| Rate::fraction(d / Decimal::ONE_HUNDRED))
        .ok_or_else(|| {
            let figures = vec![field_figure(field), Figure::number("max", Decimal::from(max))];
            Error::of(code, field, InputNote::PercentOutOfRange, figures)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_positive_whole_and_bounded() {
        assert_eq!(amount(20_000_000.0, "salary"), Ok(Vnd::whole(20_000_000)));
        let code = |v| amount(v, "salary").unwrap_err().code;
        assert_eq!(code(-1.0), ErrorCode::AmountNotPositive);
        assert_eq!(code(0.0), ErrorCode::AmountNotPositive);
        assert_eq!(code(1e20), ErrorCode::AmountTooLarge);
        assert_eq!(code(f64::NAN), ErrorCode::AmountInvalid);
        assert_eq!(code(f64::INFINITY), ErrorCode::AmountInvalid);
        assert_eq!(code(1000.5), ErrorCode::AmountNotWhole);
    }

    #[test]
    fn percentages_keep_the_decimals_as_written() {
        let percent = |v| percent(v, "r", 100, ErrorCode::RateInvalid);
        assert_eq!(percent(0.31).unwrap().value().to_string(), "0.0031");
        assert_eq!(percent(8.123456).unwrap().value().to_string(), "0.08123456");
        assert_eq!(percent(100.0).unwrap().value().to_string(), "1");
        assert!(percent(8.1234567).is_err());
        assert!(percent(f64::NAN).is_err());
        assert_eq!(percent(100.5).unwrap_err().code, ErrorCode::RateInvalid);
        assert!(percent(-1.0).is_err());
    }
}
