//! Reads the JSON text that `JSON.stringify` makes of an input (see `TO_JSON` in `mod.rs`) into the core's
//! `Raw` tree. One string crossing the boundary is several times quicker than a call into JS for every
//! field and key of a long contribution history.
//!
//! Values JSON cannot carry arrive as a marker object with the single key "\u0000": `"NaN"`, `"Infinity"`
//! or `"-Infinity"` for those numbers, `"other"` for a BigInt, a symbol, a function or a Date.

use crate::core::input::Raw;

/// The marker key; no caller's field has this name.
const MARKER: &str = "\u{0}";

/// The `Raw` tree of `text`, with structures nested deeper than `max_depth` read as `Raw::Other`, or
/// `None` if the text is not JSON.
pub fn parse(text: &str, max_depth: u8) -> Option<Raw> {
    let mut p = Parser { text, pos: 0, max_depth };
    let value = p.value(0)?;
    p.skip_space();
    (p.pos == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    max_depth: u8,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Raw) -> Option<Raw> {
        self.text[self.pos..].starts_with(word).then(|| {
            self.pos += word.len();
            value
        })
    }

    fn value(&mut self, depth: u8) -> Option<Raw> {
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal("null", Raw::Null),
            b't' => self.literal("true", Raw::Bool(true)),
            b'f' => self.literal("false", Raw::Bool(false)),
            b'"' => self.string().map(Raw::Text),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(if depth >= self.max_depth { Raw::Other } else { Raw::List(items) })
            }
            b'{' => {
                self.pos += 1;
                let mut entries = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        self.eat(b':').then_some(())?;
                        entries.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(if depth >= self.max_depth { Raw::Other } else { marked(entries) })
            }
            _ => {
                let start = self.pos;
                while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    self.pos += 1;
                }
                self.text[start..self.pos].parse().ok().map(Raw::Number)
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        (self.peek()? == b'"').then_some(())?;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let end = rest.find(['"', '\\'])?;
            out.push_str(&rest[..end]);
            self.pos += end + 1;
            if rest.as_bytes()[end] == b'"' {
                return Some(out);
            }
            let escape = self.peek()?;
            self.pos += 1;
            out.push(match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            });
        }
    }

    /// The character of `\uXXXX`, or of a surrogate pair `\uD83D\uDE00`; a lone surrogate becomes U+FFFD,
    /// as a JS string with one would print.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.text[self.pos..].starts_with("\\u") {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
            }
            self.pos = save;
        }
        Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

/// An object, or the value a marker object stands for.
fn marked(entries: Vec<(String, Raw)>) -> Raw {
    match entries.as_slice() {
        [(key, Raw::Text(what))] if key == MARKER => match what.as_str() {
            "NaN" => Raw::Number(f64::NAN),
            "Infinity" => Raw::Number(f64::INFINITY),
            "-Infinity" => Raw::Number(f64::NEG_INFINITY),
            _ => Raw::Other,
        },
        _ => Raw::Object(entries),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(entries: Vec<(&str, Raw)>) -> Raw {
        Raw::Object(entries.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    #[test]
    fn reads_what_json_stringify_writes() {
        let text = r#"{"month":"2026-11","salary":20000000,"rate":0.31,"e":1e21,"neg":-5,"ok":true,"no":false,"x":null,"list":[1,[],{}],"s":"a\"b\\c\/d\n\u00e9\ud83d\ude00","v":"đồng"}"#;
        let expected = object(vec![
            ("month", Raw::Text("2026-11".into())),
            ("salary", Raw::Number(20_000_000.0)),
            ("rate", Raw::Number(0.31)),
            ("e", Raw::Number(1e21)),
            ("neg", Raw::Number(-5.0)),
            ("ok", Raw::Bool(true)),
            ("no", Raw::Bool(false)),
            ("x", Raw::Null),
            ("list", Raw::List(vec![Raw::Number(1.0), Raw::List(vec![]), Raw::Object(vec![])])),
            ("s", Raw::Text("a\"b\\c/d\né😀".into())),
            ("v", Raw::Text("đồng".into())),
        ]);
        assert_eq!(parse(text, 8), Some(expected));
    }

    #[test]
    fn markers_stand_for_what_json_cannot_carry() {
        let text = r#"[{"\u0000":"NaN"},{"\u0000":"Infinity"},{"\u0000":"-Infinity"},{"\u0000":"other"}]"#;
        let Some(Raw::List(items)) = parse(text, 8) else { panic!() };
        assert!(matches!(items[0], Raw::Number(n) if n.is_nan()));
        assert_eq!(items[1..], [Raw::Number(f64::INFINITY), Raw::Number(f64::NEG_INFINITY), Raw::Other]);
    }

    #[test]
    fn deep_structures_stop_at_the_limit() {
        assert_eq!(parse(r#"{"a":{"b":{"c":1}}}"#, 1), Some(object(vec![("a", Raw::Other)])));
    }

    #[test]
    fn malformed_text_is_refused_not_a_panic() {
        for bad in ["", "{", "[1,", r#"{"a"}"#, r#""\u12"#, r#""\x""#, "nul", "1 2", r#"{"a":1,}"#, "\"é"] {
            assert_eq!(parse(bad, 8), None, "{bad}");
        }
    }
}
