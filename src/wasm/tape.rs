//! Values cross between JS and the engine as tapes: a value written into three flat buffers, read on the other
//! side in one call. Made value by value across the boundary (serde-wasm-bindgen for results, `js-sys` calls
//! for inputs), a result of a few hundred values or a history of a few periods cost more than the rules.
//!
//! - A result: serde's view of it, written here by `Tape` and made into a plain JS object by `tape.js`.
//! - An input: written by `tape.js` and read here by `read` into the core's `Raw`.
//!
//! A tape is a list of words (`ops`), each value in order:
//!
//! | op | words after it | value |
//! |---|---|---|
//! | `OBJECT` | count, then count × (key, value) | a plain object; a key is a string or a number |
//! | `ARRAY` | count, then count × value | an array |
//! | `NUMBER` | | the next of `numbers` |
//! | `NULL`, `FALSE`, `TRUE` | | |
//! | `KNOWN` | slot | a string that lives as long as the module (field names, note ids, enum variants, sources), sent before |
//! | `STATIC` | slot, address, length | such a string sent for the first time to its slot: its UTF-8 bytes in the module's memory, which `tape.js` decodes and keeps in the slot |
//! | `TEXT` | length | the next `length` UTF-16 units of `text` |
//! | `OTHER` | | in an input, a value the engine does not read: a function, a symbol, a bigint, an object nested too deep |
//! | `SHARED` | slot | a legal source (`explain::Source`) sent before: one frozen object, shared between results |
//! | `SHARE` | slot, then the object | such a source sent for the first time to its slot, which `tape.js` freezes and keeps |
//!
//! The static strings are kept on both sides in `SLOTS` slots (a hash table by address, with linear probing):
//! each is sent once, and again only if the table fills up and starts over. One tape serves every result
//! (`Tape::write` empties it first), so its buffers and its slots last as long as the module.
//!
//! A source is the one value that recurs whole from result to result (the same article behind the same step), and
//! its fields are all static strings: sent once and shared, a third of an explained contribution's objects are
//! not made again, and the call takes 6 % fewer instructions through the JS API. Sources have slots of their own,
//! kept as the strings' are.
//!
//! The values are those of serde-wasm-bindgen's JSON-compatible serializer: `None` and `()` are `null`, maps
//! are objects, an enum's variant with data is `{ variant: data }`, integers past 2^53 are refused.

use crate::core::input::Raw;
use serde::ser::{self, Serialize};
use std::fmt;

pub const OBJECT: u32 = 0;
pub const ARRAY: u32 = 1;
pub const NUMBER: u32 = 2;
pub const NULL: u32 = 3;
pub const FALSE: u32 = 4;
pub const TRUE: u32 = 5;
pub const KNOWN: u32 = 6;
pub const STATIC: u32 = 7;
pub const TEXT: u32 = 8;
pub const OTHER: u32 = 9;
pub const SHARED: u32 = 10;
pub const SHARE: u32 = 11;

/// Slots for static strings: ten times the 370 that one result of each calculator sends between them, so that
/// a lookup seldom probes more than one and the rarer strings fit too.
const SLOTS: usize = 4096;

/// The struct sent as a shared object: `explain::Source`, by the name serde gives it. Its fields are static strings,
/// at most `SHARED_FIELDS` of them; a tape with a struct of that name holding anything else fails.
const SHARED_STRUCT: &str = "Source";
const SHARED_FIELDS: usize = 3;
/// Slots for sources: four times the hundred or so that the law and the parameters give the engine.
const SHARED_SLOTS: usize = 512;

/// A shared struct as its static strings: each field's name, then its value, in order; `None` past its last
/// field. Two are the same where their strings are the same strings, at the same addresses (`same`).
type SharedKey = [Option<&'static str>; 2 * SHARED_FIELDS];

fn same(a: &SharedKey, b: &SharedKey) -> bool {
    a.iter().zip(b).all(|(a, b)| a.map(|a| (a.as_ptr(), a.len())) == b.map(|b| (b.as_ptr(), b.len())))
}

/// A shared struct being written: its static strings so far, and the length of the tape's buffers at its start.
struct Capture {
    strings: SharedKey,
    count: usize,
    start: (usize, usize, usize),
}

pub struct Tape {
    pub ops: Vec<u32>,
    pub numbers: Vec<f64>,
    pub text: String,
    /// The static string `tape.js` holds in each slot, as its address and length (0, 0: none yet).
    slots: Box<[(usize, usize); SLOTS]>,
    used: usize,
    /// The source `tape.js` holds in each shared slot (all `None`: none yet).
    shared: Box<[SharedKey; SHARED_SLOTS]>,
    shared_used: usize,
    /// While a shared struct is written: its static strings, kept here rather than written.
    capture: Option<Capture>,
    /// A shared struct held something else than static strings: the tape fails at its end (`end`), not where the
    /// struct ends, which every struct's writing would then check for.
    misshared: bool,
}

impl Default for Tape {
    fn default() -> Tape {
        Tape {
            ops: Vec::new(),
            numbers: Vec::new(),
            text: String::new(),
            slots: Box::new([(0, 0); SLOTS]),
            used: 0,
            shared: Box::new([[None; 2 * SHARED_FIELDS]; SHARED_SLOTS]),
            shared_used: 0,
            capture: None,
            misshared: false,
        }
    }
}

impl Tape {
    /// Empties the tape and writes `value` on it.
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.ops.clear();
        self.numbers.clear();
        self.text.clear();
        let written = value.serialize(&mut *self);
        self.end(written)
    }

    /// The end of `write`, the same for every value written.
    #[inline(never)]
    fn end(&mut self, written: Result<(), TapeError>) -> Result<(), TapeError> {
        let written = written.and_then(|()| match std::mem::take(&mut self.misshared) {
            true => Err(TapeError("a shared struct holds only static strings, three fields at most".into())),
            false => Ok(()),
        });
        // A tape that fails never reaches `tape.js`: the strings and sources it would have sent are not there.
        if written.is_err() {
            (self.capture, self.misshared) = (None, false);
            self.forget_statics();
            self.forget_shared();
        }
        written
    }

    fn forget_statics(&mut self) {
        self.slots.fill((0, 0));
        self.used = 0;
    }

    fn forget_shared(&mut self) {
        self.shared.fill([None; 2 * SHARED_FIELDS]);
        self.shared_used = 0;
    }

    /// Words written after one check of the room for them, copied at once (a `memory.copy`), not a `push` each,
    /// a call each in a wasm built for size. Copied, not `extend`ed from the array (a loop over its items): 7 % fewer
    /// instructions for an explained contribution through the JS API, 3 % for a pension (callgrind).
    fn put<const N: usize>(&mut self, words: &[u32; N]) {
        self.ops.extend_from_slice(words);
    }

    fn number(&mut self, value: f64) {
        self.ops.push(NUMBER);
        self.numbers.push(value);
    }

    fn static_str(&mut self, text: &'static str) {
        if let Some(capture) = &mut self.capture {
            // Past the room for them, the shared struct is refused at its end (`share`).
            if let Some(room) = capture.strings.get_mut(capture.count) {
                *room = Some(text);
            }
            capture.count += 1;
            return;
        }
        let key = (text.as_ptr() as usize, text.len());
        let mut slot = Self::home(key.0);
        while self.slots[slot] != (0, 0) {
            if self.slots[slot] == key {
                self.put(&[KNOWN, slot as u32]);
                return;
            }
            slot = (slot + 1) % SLOTS;
        }
        if self.used == SLOTS * 3 / 4 {
            // Full enough to probe long: start over. `tape.js` reads the tape in order, so the strings this
            // tape has sent before are already read when their slots are sent new ones.
            self.forget_statics();
            slot = Self::home(key.0);
        }
        self.slots[slot] = key;
        self.used += 1;
        // On wasm32 an address and a length are 32 bits.
        self.put(&[STATIC, slot as u32, key.0 as u32, key.1 as u32]);
    }

    /// The first slot to try for a string at `address`: Fibonacci hashing, the address times 2^32 / φ.
    fn home(address: usize) -> usize {
        ((address as u32).wrapping_mul(0x9e37_79b9) >> (32 - SLOTS.trailing_zeros())) as usize
    }

    /// Starts a shared struct: its fields' static strings are kept, not written, until `share`. It has no slot for
    /// its count on the tape (`Compound::close`). Not inlined, as `share`: where serde writes each struct is.
    #[inline(never)]
    fn open_shared(&mut self) -> Compound<'_> {
        let start = (self.ops.len(), self.numbers.len(), self.text.len());
        self.capture = Some(Capture { strings: [None; 2 * SHARED_FIELDS], count: 0, start });
        Compound { slot: usize::MAX, count: 0, tape: self }
    }

    /// Ends a shared struct: its slot if `tape.js` has it, or the struct itself, written with its slot.
    #[inline(never)]
    fn share(&mut self) {
        let Some(Capture { strings: key, count, start }) = self.capture.take() else { return };
        let only_strings = start == (self.ops.len(), self.numbers.len(), self.text.len());
        if count % 2 != 0 || count > key.len() || !only_strings {
            self.misshared = true;
            return;
        }
        // Fibonacci hashing (`home`) of the strings' addresses and lengths together.
        let hash =
            key.iter().flatten().fold(0u32, |h, s| (h ^ s.as_ptr() as u32 ^ s.len() as u32).wrapping_mul(0x9e37_79b9));
        let home = (hash >> (32 - SHARED_SLOTS.trailing_zeros())) as usize;
        let mut slot = home;
        while self.shared[slot][0].is_some() {
            if same(&self.shared[slot], &key) {
                self.put(&[SHARED, slot as u32]);
                return;
            }
            slot = (slot + 1) % SHARED_SLOTS;
        }
        if self.shared_used == SHARED_SLOTS * 3 / 4 {
            // As for the strings (`static_str`): start over; the sources sent before are already read.
            self.forget_shared();
            slot = home;
        }
        self.shared[slot] = key;
        self.shared_used += 1;
        self.put(&[SHARE, slot as u32, OBJECT, count as u32 / 2]);
        for text in key.into_iter().flatten() {
            self.static_str(text);
        }
    }

    fn text(&mut self, text: &str) {
        self.put(&[TEXT, text.encode_utf16().count() as u32]);
        self.text.push_str(text);
    }

    /// Starts an object or an array, whose count `Compound::close` writes.
    fn open(&mut self, op: u32) -> Compound<'_> {
        self.put(&[op, 0]);
        Compound { slot: self.ops.len() - 1, count: 0, tape: self }
    }

    /// `{ variant: … }`, the object around an enum variant's data.
    fn variant(&mut self, variant: &'static str) {
        self.put(&[OBJECT, 1]);
        self.static_str(variant);
    }

    /// A whole number, exact in JS up to Number.MAX_SAFE_INTEGER and refused past it.
    fn integer(&mut self, value: impl TryInto<i64>) -> Result<(), TapeError> {
        const SAFE: i64 = (1 << 53) - 1;
        match value.try_into() {
            Ok(n) if (-SAFE..=SAFE).contains(&n) => {
                self.number(n as f64);
                Ok(())
            }
            // Without the value: formatting it would bring core::fmt into every engine (see `Month::iso`).
            _ => Err(TapeError("an integer past 2^53 can't be represented as a JavaScript number".into())),
        }
    }
}

/// Why a value could not be written: an integer past 2^53, or a type's own serializer failing.
#[derive(Debug)]
pub struct TapeError(pub String);

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<T: fmt::Display>(message: T) -> TapeError {
        TapeError(message.to_string())
    }
}

/// serde's numbers that a JS number holds exactly: written as one.
macro_rules! numbers {
    ($($method:ident: $type:ty),*) => {$(
        fn $method(self, v: $type) -> Result<(), TapeError> {
            self.serialize_f64(v.into())
        }
    )*};
}

/// serde's 64-bit integers: written as a JS number while exact in one, refused past it.
macro_rules! integers {
    ($($method:ident: $type:ty),*) => {$(
        fn $method(self, v: $type) -> Result<(), TapeError> {
            self.integer(v)
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.ops.push(if v { TRUE } else { FALSE });
        Ok(())
    }

    // Every number a JS number; the 64-bit integers only while they are exact in one.
    numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_u8: u8, serialize_u16: u16);
    numbers!(serialize_u32: u32, serialize_f32: f32);
    integers!(serialize_i64: i64, serialize_u64: u64);

    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        self.number(v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.text(v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), TapeError> {
        v.serialize(self)
    }

    fn serialize_none(self) -> Result<(), TapeError> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), TapeError> {
        self.ops.push(NULL);
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), TapeError> {
        self.serialize_unit()
    }

    /// Also how the core marks a string that lives as long as the program (`explain::static_str`).
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), TapeError> {
        self.static_str(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.variant(variant);
        value.serialize(self)
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, TapeError> {
        Ok(self.open(ARRAY))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, TapeError> {
        Ok(self.open(ARRAY))
    }

    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, TapeError> {
        Ok(self.open(ARRAY))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, TapeError> {
        self.variant(variant);
        Ok(self.open(ARRAY))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, TapeError> {
        Ok(self.open(OBJECT))
    }

    /// Always inlined, so that the name, known where each struct is written, is compared as the code is compiled.
    #[inline(always)]
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Compound<'a>, TapeError> {
        Ok(if name == SHARED_STRUCT { self.open_shared() } else { self.open(OBJECT) })
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, TapeError> {
        self.variant(variant);
        Ok(self.open(OBJECT))
    }
}

/// An object or an array being written: its count is known only at its end (fields skipped, maps of unknown
/// length), so the slot for it is filled then.
pub struct Compound<'a> {
    tape: &'a mut Tape,
    slot: usize,
    count: u32,
}

impl Compound<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.count += 1;
        value.serialize(&mut *self.tape)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), TapeError> {
        self.tape.static_str(key);
        self.item(value)
    }

    fn close(self) -> Result<(), TapeError> {
        match self.tape.ops.get_mut(self.slot) {
            Some(count) => *count = self.count,
            // A shared struct's: it is written only now.
            None => self.tape.share(),
        }
        Ok(())
    }
}

/// serde's four kinds of list (a sequence, a tuple, a tuple struct, a tuple variant's data), all an array.
macro_rules! array {
    ($($kind:ident :: $element:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = TapeError;

            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
                self.item(value)
            }

            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = TapeError;

    /// A key is written as a value: `tape.js` makes a number key a property name, as JS does.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TapeError> {
        self.item(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        value.serialize(&mut *self.tape)
    }

    fn end(self) -> Result<(), TapeError> {
        self.close()
    }
}

/// A struct and a struct variant's data, both an object of their fields.
macro_rules! object {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = TapeError;

            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), TapeError> {
                self.field(key, value)
            }

            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

object!(SerializeStruct, SerializeStructVariant);

/// An input's tape, as `tape.js` writes it, read into the core's plain tree. A tape cut short reads as the
/// values it has, and `Raw::Other` for the rest: never a panic.
pub fn read<'a>(ops: &[u32], numbers: &[f64], text: &'a str) -> Raw<'a> {
    Reader { ops: ops.iter(), numbers: numbers.iter(), text, ascii: text.is_ascii() }.value()
}

/// Reads a tape whose strings and keys the `Raw` borrows from its text (`'a`).
struct Reader<'t, 'a> {
    ops: std::slice::Iter<'t, u32>,
    numbers: std::slice::Iter<'t, f64>,
    /// What is left of the text.
    text: &'a str,
    /// All of it ASCII, where a UTF-16 unit is a byte.
    ascii: bool,
}

impl<'a> Reader<'_, 'a> {
    fn next(&mut self) -> u32 {
        self.ops.next().copied().unwrap_or(OTHER)
    }

    fn value(&mut self) -> Raw<'a> {
        match self.next() {
            NULL => Raw::Null,
            FALSE => Raw::Bool(false),
            TRUE => Raw::Bool(true),
            NUMBER => self.numbers.next().map_or(Raw::Other, |&n| Raw::Number(n)),
            TEXT => Raw::Text(self.text().into()),
            ARRAY => {
                let count = self.next() as usize;
                Raw::List((0..count.min(self.ops.len())).map(|_| self.value()).collect())
            }
            OBJECT => {
                let count = self.next() as usize;
                let fields = (0..count.min(self.ops.len())).map(|_| {
                    let key = if self.next() == TEXT { self.text() } else { "" };
                    (key.into(), self.value())
                });
                Raw::Object(fields.collect())
            }
            _ => Raw::Other,
        }
    }

    /// The next string: as many UTF-16 units of the text as the tape says, as JS counted them.
    fn text(&mut self) -> &'a str {
        let units = self.next() as usize;
        let end = if self.ascii {
            units.min(self.text.len())
        } else {
            // The first character past the units: where a JS string had a lone surrogate, its UTF-8 has
            // U+FFFD, one unit too.
            let mut left = units;
            let past = self.text.char_indices().find(|&(_, c)| {
                let done = left == 0;
                left = left.saturating_sub(c.len_utf16());
                done
            });
            past.map_or(self.text.len(), |(at, _)| at)
        };
        let (taken, rest) = self.text.split_at(end);
        self.text = rest;
        taken
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::{json, Value};

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Step {
        #[serde(serialize_with = "crate::core::explain::static_str")]
        id: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        left_out: Option<u32>,
        missing: Option<u32>,
        amount: i64,
        month: String,
        done: bool,
        kinds: Vec<Kind>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    enum Kind {
        Plain,
        Counted(u8),
        Pair(f64, char),
        Named { at: (u16, u16) },
    }

    fn step() -> Step {
        Step {
            id: "tiềnLương",
            left_out: None,
            missing: None,
            amount: -5,
            month: "2026-11".into(),
            done: true,
            kinds: vec![Kind::Plain, Kind::Counted(3), Kind::Pair(0.5, 'đ'), Kind::Named { at: (1, 2) }],
        }
    }

    /// What `tape.js` keeps between results: the static strings and the shared sources, each in its slot; and
    /// how many sources it was sent.
    struct Js {
        statics: Vec<String>,
        shared: Vec<Value>,
        shares: usize,
    }

    impl Js {
        fn new() -> Js {
            Js { statics: vec![String::new(); SLOTS], shared: vec![Value::Null; SHARED_SLOTS], shares: 0 }
        }
    }

    /// What `tape.js` makes of the tape: the same reading, in Rust. A static string sent is read where the
    /// tape's slot says it is, as `tape.js` reads it in the module's memory. With the value, the number of
    /// static strings sent.
    fn read(tape: &Tape, js: &mut Js) -> (Value, usize) {
        let text = tape.text.encode_utf16().collect();
        let mut reader = Reader { tape, js, op: 0, number: 0, text, offset: 0, sent: 0 };
        let value = reader.value();
        assert_eq!(reader.op, tape.ops.len(), "all of the tape is read");
        assert_eq!(reader.number, tape.numbers.len());
        assert_eq!(reader.offset, reader.text.len());
        (value, reader.sent)
    }

    struct Reader<'a> {
        tape: &'a Tape,
        js: &'a mut Js,
        op: usize,
        number: usize,
        text: Vec<u16>,
        offset: usize,
        sent: usize,
    }

    impl Reader<'_> {
        fn next(&mut self) -> u32 {
            self.op += 1;
            self.tape.ops[self.op - 1]
        }

        fn value(&mut self) -> Value {
            match self.next() {
                OBJECT => Value::Object(
                    (0..self.next())
                        .map(|_| {
                            let key = match self.value() {
                                Value::String(s) => s,
                                number => number.to_string(),
                            };
                            (key, self.value())
                        })
                        .collect(),
                ),
                ARRAY => Value::Array((0..self.next()).map(|_| self.value()).collect()),
                NUMBER => {
                    self.number += 1;
                    // As JS writes a number: whole ones without a fraction.
                    let n = self.tape.numbers[self.number - 1];
                    if n.fract() == 0.0 {
                        json!(n as i64)
                    } else {
                        json!(n)
                    }
                }
                NULL => Value::Null,
                FALSE => json!(false),
                TRUE => json!(true),
                KNOWN => {
                    let slot = self.next() as usize;
                    json!(self.js.statics[slot])
                }
                STATIC => {
                    let (slot, address, length) = (self.next() as usize, self.next(), self.next());
                    let (full_address, full_length) = self.tape.slots[slot];
                    assert_eq!((full_address as u32, full_length as u32), (address, length));
                    // SAFETY: the tape keeps only the addresses and lengths of `&'static str`s.
                    let bytes = unsafe { std::slice::from_raw_parts(full_address as *const u8, full_length) };
                    self.js.statics[slot] = std::str::from_utf8(bytes).unwrap().to_string();
                    self.sent += 1;
                    json!(self.js.statics[slot])
                }
                SHARED => {
                    let slot = self.next() as usize;
                    self.js.shared[slot].clone()
                }
                SHARE => {
                    let slot = self.next() as usize;
                    self.js.shares += 1;
                    self.js.shared[slot] = self.value();
                    self.js.shared[slot].clone()
                }
                TEXT => {
                    let length = self.next() as usize;
                    self.offset += length;
                    json!(String::from_utf16(&self.text[self.offset - length..self.offset]).unwrap())
                }
                op => panic!("unknown op {op}"),
            }
        }
    }

    #[test]
    fn a_tape_reads_as_the_json_of_the_value_and_sends_each_static_string_once() {
        let mut tape = Tape::default();
        let mut js = Js::new();
        let expected = serde_json::to_value([step(), step()]).unwrap();
        assert_eq!(expected[0]["kinds"][3], json!({ "named": { "at": [1, 2] } }));
        tape.write(&[step(), step()]).unwrap();
        // Each static string is sent once, in the first step: 7 field names, 4 variants and a note id.
        // "2026-11" is text, sent each time.
        assert_eq!(read(&tape, &mut js), (expected, 12));
        assert_eq!(tape.text, "2026-11đ2026-11đ");
        // The next tape sends none again.
        tape.write(&step()).unwrap();
        assert_eq!(read(&tape, &mut js), (serde_json::to_value(step()).unwrap(), 0));
    }

    #[test]
    fn a_source_is_sent_once_then_by_its_slot() {
        use crate::core::explain::Source;
        // One string each, at one address, however the compiler places literals.
        let (instrument, article): (&'static str, &'static str) = ("Luật BHXH 41/2024/QH15", "Điều 64");
        let law = Source::law(instrument, article);
        let sources = vec![law, Source::secondhand(instrument, article), law, Source::law(instrument, "Điều 98")];
        let expected = serde_json::to_value(&sources).unwrap();
        assert_eq!(expected[1], json!({ "instrument": instrument, "article": article, "confidence": "singleSource" }));
        let mut tape = Tape::default();
        let mut js = Js::new();
        tape.write(&sources).unwrap();
        // Seven static strings: three field names, the instrument, two articles and a confidence.
        assert_eq!(read(&tape, &mut js), (expected.clone(), 7));
        // The same source with another confidence is another; the third is the first again.
        assert_eq!(js.shares, 3);
        // The next result sends each by its slot alone: the array's two words, then two a source.
        tape.write(&sources).unwrap();
        assert_eq!(tape.ops.len(), 2 + 4 * 2);
        assert_eq!(read(&tape, &mut js), (expected, 0));
        assert_eq!(js.shares, 3);
    }

    #[test]
    fn a_shared_struct_of_anything_but_static_strings_fails_its_tape_and_nothing_of_it_is_kept() {
        #[derive(Serialize)]
        struct Source {
            article: String,
        }
        let mut tape = Tape::default();
        let error = tape.write(&(step(), Source { article: "Điều 64".into() })).unwrap_err();
        assert_eq!(error.to_string(), "a shared struct holds only static strings, three fields at most");
        tape.write(&step()).unwrap();
        assert_eq!(read(&tape, &mut Js::new()).1, 12, "the failed tape never reached JS");
    }

    #[test]
    fn a_full_table_of_sources_starts_over_and_every_source_is_sent_again() {
        use crate::core::explain::Source;
        let text: &'static str = Box::leak("x".repeat(SHARED_SLOTS).into_boxed_str());
        let sources: Vec<Source> = (1..=SHARED_SLOTS * 3 / 4 + 1).map(|n| Source::law("Luật", &text[..n])).collect();
        let send = |tape: &mut Tape, source: &Source| {
            tape.write(source).unwrap();
            tape.ops[0]
        };
        let mut tape = Tape::default();
        for source in &sources[..SHARED_SLOTS * 3 / 4] {
            assert_eq!(send(&mut tape, source), SHARE);
        }
        assert_eq!(send(&mut tape, &sources[0]), SHARED);
        assert_eq!(send(&mut tape, &sources[SHARED_SLOTS * 3 / 4]), SHARE);
        assert_eq!(tape.shared_used, 1, "the table started over");
        assert_eq!(send(&mut tape, &sources[0]), SHARE);
    }

    #[test]
    fn text_lengths_are_in_utf16_units_as_js_counts_them() {
        let mut tape = Tape::default();
        tape.write(&("tiền lương".to_string(), '€', "𝄞".to_string())).unwrap();
        assert_eq!(tape.ops, [ARRAY, 3, TEXT, 10, TEXT, 1, TEXT, 2]);
        assert_eq!(tape.text, "tiền lương€𝄞");
    }

    #[test]
    fn an_integer_past_2_53_is_refused_and_the_strings_of_the_failed_tape_are_sent_again() {
        let mut tape = Tape::default();
        let error = tape.write(&(step(), 1u64 << 53)).unwrap_err();
        assert_eq!(error.to_string(), "an integer past 2^53 can't be represented as a JavaScript number");
        tape.write(&step()).unwrap();
        assert_eq!(read(&tape, &mut Js::new()).1, 12, "the failed tape never reached JS");
        tape.write(&((1u64 << 53) - 1, -(1i64 << 53) + 1)).unwrap();
        assert_eq!(tape.numbers, [9_007_199_254_740_991.0, -9_007_199_254_740_991.0]);
    }

    #[test]
    fn a_full_table_starts_over_and_every_string_is_sent_again() {
        let mut tape = Tape::default();
        // More distinct static strings than three quarters of the slots: the beginnings of one string.
        let text: &'static str = Box::leak("x".repeat(SLOTS).into_boxed_str());
        let strings: Vec<&'static str> = (1..=SLOTS * 3 / 4 + 1).map(|n| &text[..n]).collect();
        let send = |tape: &mut Tape, s: &'static str| {
            tape.ops.clear();
            tape.static_str(s);
            tape.ops[0]
        };
        for &s in &strings[..SLOTS * 3 / 4] {
            assert_eq!(send(&mut tape, s), STATIC);
        }
        assert_eq!(send(&mut tape, strings[0]), KNOWN);
        assert_eq!(send(&mut tape, strings[SLOTS * 3 / 4]), STATIC);
        assert_eq!(tape.used, 1, "the table started over");
        assert_eq!(send(&mut tape, strings[0]), STATIC);
    }
}
