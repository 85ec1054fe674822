//! The words, months and numbers of a record, however it reached us: typed, copied from a PDF, exported
//! to a spreadsheet or read by OCR from a photo. Nothing here knows what a column means.

use crate::core::month::Month;
use rust_decimal::Decimal;

/// Vietnamese vowels with their marks, upper and lower case, each run followed by its bare letter.
const MARKED: [(&str, char); 14] = [
    ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
    ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
    ("èéẻẽẹêềếểễệ", 'e'),
    ("ÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
    ("ìíỉĩị", 'i'),
    ("ÌÍỈĨỊ", 'i'),
    ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
    ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
    ("ùúủũụưừứửữự", 'u'),
    ("ÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
    ("ỳýỷỹỵ", 'y'),
    ("ỲÝỶỸỴ", 'y'),
    ("đ", 'd'),
    ("Đ", 'd'),
];

/// A letter without its Vietnamese marks, in lower case; `None` for a combining mark (text copied from
/// some PDFs writes "ế" as "e" followed by two marks).
fn bare(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if ('\u{0300}'..='\u{036F}').contains(&c) {
        return None;
    }
    Some(MARKED.iter().find(|(marked, _)| marked.contains(c)).map_or(c, |(_, letter)| *letter))
}

/// Text as the reader compares it: without marks, in lower case, punctuation as spaces, one space
/// between words. "Từ  tháng\n(năm)" and "TU THANG NAM" both give "tu thang nam".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter_map(bare) {
        let c = if c.is_alphanumeric() || c == '%' { c } else { ' ' };
        if c != ' ' || !out.ends_with(' ') && !out.is_empty() {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Whether `folded` (a [`fold`]ed text) holds `words` as whole words, in that order and next to each other.
pub fn has(folded: &str, words: &str) -> bool {
    folded.match_indices(words).any(|(start, _)| {
        let end = start + words.len();
        (start == 0 || folded.as_bytes()[start - 1] == b' ') && (end == folded.len() || folded.as_bytes()[end] == b' ')
    })
}

/// OCR reads a 0 as O and a 1 as l or I; in a token that is otherwise digits, they are digits.
fn digits_as_read(token: &str) -> Option<String> {
    let mapped: String = token
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'l' | 'I' | '|' => '1',
            c => c,
        })
        .collect();
    mapped.chars().any(|c| c.is_ascii_digit()).then_some(mapped)
}

/// A month as records write it: `01/2015`, `1/2015`, `01-2015`, `01.2015`, `2015-01`, `2015/01`, `T01/2015`,
/// with OCR's letters for digits. Only months from 1900 to 2199.
pub fn month(token: &str) -> Option<Month> {
    let token = token.strip_prefix(['T', 't']).unwrap_or(token);
    let token = digits_as_read(trim_noise(token))?;
    let (a, b) = token.split_once(['/', '-', '.'])?;
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|d| d.is_ascii_digit());
    let year = |s: &str| s.len() == 4 && s.bytes().all(|d| d.is_ascii_digit());
    // A table's rule read by OCR as a 1 before the month: "106/2023".
    let a = if a.len() == 3 && a.starts_with('1') && small(&a[1..]) && matches!(a[1..].parse::<u8>(), Ok(1..=12)) {
        &a[1..]
    } else {
        a
    };
    let (m, y) = if small(a) && year(b) {
        (a, b)
    } else if year(a) && small(b) {
        (b, a)
    } else {
        return None;
    };
    Month::new(y.parse().ok()?, m.parse().ok()?)
}

/// A token without the marks around it: punctuation, and what OCR makes of a table's rules beside a figure
/// ("(12/2010", "¡6.800.000", "07/2014Ï", "19.500.000)…").
fn trim_noise(token: &str) -> &str {
    let noise =
        |c: char| !c.is_alphanumeric() && c != '%' || matches!(c, '¡' | 'Ï' | 'ï' | 'Ì' | 'ì' | 'Í' | 'í' | 'i');
    token.trim_matches(noise)
}

/// A number as written in a record's cell.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Number {
    /// The separator taken as a decimal point: `3,99`, `3.99` and `3.990` are all 3.99.
    pub decimal: Decimal,
    /// The separators taken as thousands: `9.156.000` or `9,156,000` is 9,156,000; `None` when the groups
    /// are not of three digits (`3,99`).
    pub grouped: Option<Decimal>,
    /// Written with `%`.
    pub percent: bool,
    /// Written with a decimal part (`0,20`, `1,0`): a coefficient, not a percentage.
    pub fraction: bool,
}

impl Number {
    /// The amount of đồng it can only be: several groups of thousands, or a plain whole number of
    /// at least `least` (no salary of the record's years is below it).
    pub fn dong(self, least: Decimal) -> Option<Decimal> {
        self.grouped.filter(|g| *g >= least)
    }
}

/// The longest run of digits a number may have: more is not a figure of any record.
const MAX_DIGITS: usize = 16;

/// A number written with `.` or `,` as decimal point or thousands separator, perhaps with `%`; OCR's letters
/// for digits are read as digits. `None` for anything else (a word, a month, an empty cell, `-`).
pub fn number(token: &str) -> Option<Number> {
    let token = trim_noise(token.trim());
    let (token, percent) = match token.strip_suffix('%') {
        Some(t) => (t.trim_end(), true),
        None => (token, false),
    };
    let token = digits_as_read(token)?;
    let bytes = token.as_bytes();
    if bytes.is_empty() || !bytes.iter().all(|b| b.is_ascii_digit() || *b == b'.' || *b == b',') {
        return None;
    }
    if !bytes[0].is_ascii_digit() || !bytes[bytes.len() - 1].is_ascii_digit() {
        return None;
    }
    let groups: Vec<&str> = token.split(['.', ',']).collect();
    if groups.iter().any(|g| g.is_empty()) || groups.iter().map(|g| g.len()).sum::<usize>() > MAX_DIGITS {
        return None;
    }
    let whole = |digits: &str| digits.parse::<i64>().ok().map(Decimal::from);
    let separators: Vec<u8> = bytes.iter().copied().filter(|b| *b == b'.' || *b == b',').collect();
    let thousands_shaped = groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    let grouped = match separators.len() {
        0 => whole(&token),
        // 9.156.000: the same separator between groups of three.
        _ if thousands_shaped && separators.iter().all(|s| *s == separators[0]) => whole(&groups.concat()),
        _ => None,
    };
    let decimal = match separators.len() {
        0 => whole(&token)?,
        1 => {
            let (int, frac) = (whole(groups[0])?, groups[1]);
            let scale = frac.len() as u32;
            int + Decimal::new(frac.parse::<i64>().ok()?, scale)
        }
        // 1.234,5 (a decimal comma after thousands): rare, read as written.
        _ => {
            let last = separators[separators.len() - 1];
            let first = separators[0];
            if first == last {
                grouped?
            } else {
                let (int, frac) = token.rsplit_once(char::from(last))?;
                let int: String = int.chars().filter(|c| c.is_ascii_digit()).collect();
                whole(&int)? + Decimal::new(frac.parse::<i64>().ok()?, frac.len() as u32)
            }
        }
    };
    // "3.990" may be a coefficient written with three decimals; "150.000" is no coefficient.
    let fraction = separators.len() == 1 && (!thousands_shaped || groups[0].len() <= 2);
    Some(Number { decimal: decimal.normalize(), grouped, percent, fraction })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn folding_drops_marks_case_and_punctuation() {
        assert_eq!(fold("Từ  tháng\n(năm)"), "tu thang nam");
        assert_eq!(fold("ĐẾN THÁNG"), "den thang");
        assert_eq!(fold("Tiền lương, phụ cấp"), "tien luong phu cap");
        // "ế" written as e + circumflex + acute, as some PDFs copy it.
        assert_eq!(fold("Đe\u{302}\u{301}n nay"), "den nay");
        assert_eq!(fold("TN VK (%)"), "tn vk %");
        assert_eq!(fold("  "), "");
        assert!(has("phu cap chuc vu", "chuc vu"));
        assert!(!has("phu cap chuc vuot", "chuc vu"));
        assert!(has("tu thang den thang", "den thang"));
    }

    #[test]
    fn months_in_every_written_form() {
        let m = |s| month(s).map(|m| m.to_string());
        for text in [
            "01/2015",
            "1/2015",
            "01-2015",
            "01.2015",
            "2015-01",
            "2015/1",
            "T01/2015",
            "0l/2015",
            "O1/2015",
            "(01/2015",
            "01/2015.",
            "i01/2015",
            "101/2015",
            "01/2015Ï",
        ] {
            assert_eq!(m(text).as_deref(), Some("2015-01"), "{text}");
        }
        for text in ["13/2015", "00/2015", "01/15", "2015", "abc", "", "1/2/2015", "01/1899"] {
            assert_eq!(m(text), None, "{text}");
        }
    }

    #[test]
    fn numbers_keep_both_readings_of_a_separator() {
        let n = |s| number(s).unwrap();
        assert_eq!(n("3,99").decimal, d("3.99"));
        assert_eq!(n("3,99").grouped, None);
        assert_eq!(n("3.99").decimal, d("3.99"));
        assert_eq!((n("3.990").decimal, n("3.990").grouped), (d("3.99"), Some(d("3990"))));
        assert_eq!((n("9.156.000").grouped, n("9,156,000").grouped), (Some(d("9156000")), Some(d("9156000"))));
        assert_eq!(n("9156000").grouped, Some(d("9156000")));
        assert_eq!(n("9.156.000").dong(d("100000")), Some(d("9156000")));
        assert_eq!(n("3.990").dong(d("100000")), None);
        assert_eq!(n("22%").decimal, d("22"));
        assert!(n("25,5 %").percent);
        assert!(n("0,2").fraction && n("1,00").fraction && n("3.990").fraction);
        assert!(!n("5").fraction && !n("9.156.000").fraction && !n("150.000").fraction);
        assert_eq!(n("1.234,5").decimal, d("1234.5"));
        assert_eq!(n("9.l56.OOO").grouped, Some(d("9156000")));
        assert_eq!(n("¡6.800.000").grouped, Some(d("6800000")));
        assert_eq!(n("9.500.000)...").grouped, Some(d("9500000")));
        // Punctuation around a figure is no part of it.
        assert_eq!((n("3,").decimal, n("(5)").decimal), (d("3"), d("5")));
        for text in ["", "-", "abc", "1..2", "12345678901234567", "3,99a", "01/2015"] {
            assert_eq!(number(text), None, "{text}");
        }
    }
}
