//! Turning raw input (JS numbers and strings, or the same from test files) into domain values, with an
//! error that names the field. Every bound here also keeps the arithmetic far from `Decimal`'s limits.

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use rust_decimal::Decimal;
use std::str::FromStr;

/// No monthly salary or income comes near 1,000 billion đồng; anything above is a typing error.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// The first month the calculators cover: Law 58/2014 took effect in 2016-01.
pub const FIRST_MONTH: Month = Month::ym(2016, 1);
/// The last month a projection may reach.
pub const LAST_MONTH: Month = Month::ym(2100, 12);

/// Reads a calculator's input from any serde source (a JS value, a test file), turning serde's errors into
/// coded errors that name the field: `input.missing`, `input.unknownField`, `input.unknownValue` or
/// `input.wrongType`. The codes follow serde's own error wording, which is stable across its versions.
pub fn deserialize<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(source: D) -> Result<T> {
    serde_path_to_error::deserialize(source).map_err(|e| {
        let path = e.path().to_string();
        let detail = e.inner().to_string();
        let quoted = detail.split('`').nth(1).unwrap_or_default();
        let join = |name: &str| if path == "." { name.to_string() } else { format!("{path}.{name}") };
        let at = if path == "." { "input".to_string() } else { path.clone() };
        if detail.starts_with("missing field") {
            let field = join(quoted);
            Error::new(
                ErrorCode::Missing,
                &field,
                format!("Thiếu trường bắt buộc «{field}»."),
                format!("The required field “{field}” is missing."),
            )
        } else if detail.starts_with("unknown field") {
            let field = if path.ends_with(quoted) { path.clone() } else { join(quoted) };
            Error::new(
                ErrorCode::UnknownField,
                &field,
                format!("Trường «{field}» không được hỗ trợ (có thể viết sai tên): {detail}."),
                format!("The field “{field}” is not supported (perhaps a typo): {detail}."),
            )
        } else if detail.starts_with("unknown variant") {
            Error::new(
                ErrorCode::UnknownValue,
                &at,
                format!("«{at}»: giá trị «{quoted}» không hợp lệ; {}.", detail.split_once(", ").map_or("", |(_, rest)| rest)),
                format!("“{at}”: “{quoted}” is not a valid value; {}.", detail.split_once(", ").map_or("", |(_, rest)| rest)),
            )
        } else {
            Error::new(
                ErrorCode::WrongType,
                &at,
                format!("«{at}» không đúng kiểu dữ liệu ({detail})."),
                format!("“{at}” has the wrong type ({detail})."),
            )
        }
    })
}

/// A month written `YYYY-MM`.
pub fn month(text: &str, field: &str) -> Result<Month> {
    Month::parse(text).ok_or_else(|| {
        Error::new(
            ErrorCode::MonthInvalid,
            field,
            format!("«{field}»: «{text}» không phải là một tháng hợp lệ; hãy viết theo dạng NNNN-TT, ví dụ 2026-11."),
            format!("“{field}”: “{text}” is not a valid month; write it as YYYY-MM, for example 2026-11."),
        )
    })
}

/// A month the contribution rules cover: from 2016-01 to 2100-12.
pub fn month_in_range(text: &str, field: &str) -> Result<Month> {
    let m = month(text, field)?;
    if m < FIRST_MONTH || m > LAST_MONTH {
        return Err(Error::new(
            ErrorCode::MonthOutOfRange,
            field,
            format!("«{field}»: chỉ tính được cho các tháng từ {FIRST_MONTH} đến {LAST_MONTH}."),
            format!("“{field}”: only months from {FIRST_MONTH} to {LAST_MONTH} can be calculated."),
        ));
    }
    Ok(m)
}

/// A positive amount of whole đồng.
pub fn amount(value: f64, field: &str) -> Result<Vnd> {
    let error = |code, vi: &str, en: &str| Err(Error::new(code, field, format!("«{field}»: {vi}"), format!("“{field}”: {en}")));
    if !value.is_finite() {
        return error(ErrorCode::AmountInvalid, "cần một số tiền.", "an amount of money is needed.");
    }
    if value <= 0.0 {
        return error(ErrorCode::AmountNotPositive, "số tiền phải lớn hơn 0.", "the amount must be greater than 0.");
    }
    if value > MAX_AMOUNT as f64 {
        return error(
            ErrorCode::AmountTooLarge,
            "số tiền quá lớn (tối đa 1.000 tỷ đồng một tháng).",
            "the amount is too large (at most 1,000 billion đồng a month).",
        );
    }
    if value.fract() != 0.0 {
        return error(ErrorCode::AmountNotWhole, "số tiền phải là số đồng chẵn.", "the amount must be a whole number of đồng.");
    }
    Ok(Vnd::whole(value as i64))
}

/// The exact decimal a JS number was written as (0.31 stays 0.31): Rust prints the shortest text that reads
/// back as the same `f64`.
pub fn exact_decimal(value: f64) -> Option<Decimal> {
    value.is_finite().then(|| Decimal::from_str(&value.to_string()).ok()).flatten()
}

/// A percentage from 0 to 100 (8 means 8 %).
pub fn percent(value: f64, field: &str) -> Result<Rate> {
    exact_decimal(value)
        .filter(|d| (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(d) && d.scale() <= 6)
        .map(|d| Rate::fraction(d / Decimal::ONE_HUNDRED))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::OverrideInvalid,
                field,
                format!("«{field}»: cần một tỷ lệ phần trăm từ 0 đến 100."),
                format!("“{field}”: a percentage from 0 to 100 is needed."),
            )
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
        assert_eq!(percent(0.31, "r").unwrap().value().to_string(), "0.0031");
        assert!(percent(100.5, "r").is_err());
        assert!(percent(-1.0, "r").is_err());
    }
}
