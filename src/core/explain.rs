//! What a result says, as data. Each note (a step of the calculation, a warning, an assumption, the detail of
//! an error) is a stable id, the figures its wording needs and the articles behind it. The words live in
//! the catalogues of `www/src/wording/`, one per language, so the engine carries no sentence and a new
//! language is one more catalogue.

use crate::core::money::{to_f64, Rate, Vnd};
use crate::core::month::Month;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// The stable id of a note: the name of a variant of one of the engine's note enums (see [`notes!`]) in
/// camelCase, as results and catalogues write it (`SocialInsuranceBase` → `socialInsuranceBase`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct NoteId(pub &'static str);

impl NoteId {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl Serialize for NoteId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        static_str(&self.0, s)
    }
}

/// A string that lives as long as the program, given as serde gives the name of an enum's variant: the same
/// JSON string, and at the JS boundary one JS string made once and reused (the result's tape sends it once),
/// where every other string is sent anew on each call.
pub fn static_str<S: serde::Serializer>(text: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("", 0, text)
}

/// The bytes of `name` with its first letter in lower case: an enum variant's name as a note id, made when the
/// engine is compiled.
pub const fn camel_case<const N: usize>(name: &str) -> [u8; N] {
    let mut out = [0u8; N];
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < N {
        out[i] = bytes[i];
        i += 1;
    }
    out[0] = out[0].to_ascii_lowercase();
    out
}

/// Declares the notes one part of the engine can write: an enum of their ids, each with wording in every
/// catalogue, and `IDS`, the list the catalogue test checks.
#[macro_export]
macro_rules! notes {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            pub const IDS: &'static [$crate::core::explain::NoteId] =
                &[$($name::$variant.id()),*];

            /// The note's id: the variant's name in camelCase, made when the engine is compiled.
            pub const fn id(self) -> $crate::core::explain::NoteId {
                match self {
                    $($name::$variant => {
                        const NAME: &str = stringify!($variant);
                        const BYTES: [u8; NAME.len()] = $crate::core::explain::camel_case(NAME);
                        // A constant, so that the check is the compiler's and a call is a lookup.
                        const ID: $crate::core::explain::NoteId = match core::str::from_utf8(&BYTES) {
                            Ok(id) => $crate::core::explain::NoteId(id),
                            Err(_) => panic!("a variant's name is ASCII"),
                        };
                        ID
                    }),*
                }
            }
        }

        impl From<$name> for $crate::core::explain::NoteId {
            fn from(note: $name) -> Self {
                note.id()
            }
        }
    };
}

/// How far a figure can be trusted (RULES.md §0).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// The primary text was read, or two independent sources agree.
    Verified,
    /// One source, or secondary sources only.
    SingleSource,
    /// Best-known value; a result that uses it says so.
    Unverified,
    /// Supplied by the caller as a what-if.
    Override,
}

impl Confidence {
    fn is_verified(&self) -> bool {
        *self == Confidence::Verified
    }
}

/// The legal instrument and article behind a figure or a rule.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Source {
    #[serde(serialize_with = "static_str")]
    pub instrument: &'static str,
    #[serde(serialize_with = "static_str")]
    pub article: &'static str,
    /// Absent when verified.
    #[serde(skip_serializing_if = "Confidence::is_verified")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub confidence: Confidence,
}

impl Source {
    /// A rule of law (not a figure) cited by an explanation step.
    pub const fn law(instrument: &'static str, article: &'static str) -> Source {
        Source { instrument, article, confidence: Confidence::Verified }
    }

    /// A rule cited from secondary sources: its text was not read.
    pub const fn secondhand(instrument: &'static str, article: &'static str) -> Source {
        Source { instrument, article, confidence: Confidence::SingleSource }
    }

    pub const OVERRIDE: Source = Source {
        instrument: "Giả định của người dùng / What-if override",
        article: "",
        confidence: Confidence::Override,
    };
}

/// One thing a result says: what was computed from which figures under which article, a warning, an
/// assumption. `figures` are what its wording shows.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Note {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub id: NoteId,
    #[cfg_attr(feature = "wasm", tsify(type = "Figures"))]
    pub figures: Figures,
    /// The articles and instruments behind it.
    pub sources: Vec<Source>,
}

impl Note {
    pub fn new(id: impl Into<NoteId>, figures: Vec<Figure>) -> Note {
        Note { id: id.into(), figures: Figures(figures), sources: Vec::new() }
    }

    pub fn cite(mut self, sources: impl IntoIterator<Item = Source>) -> Note {
        self.sources.extend(sources);
        self
    }
}

/// One named figure of a note.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub name: &'static str,
    pub value: FigureValue,
}

/// A figure's value as JS gets it: amounts in đồng, rates in percent (8 for 8 %), counts and decimals as
/// numbers, months as `YYYY-MM`, words (a parameter's id, a line of a record) as text, and notes (the
/// items of a list, a word of the catalogue) as a list of notes. The catalogues say how each is written.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureValue {
    Vnd(Vnd),
    Rate(Rate),
    Count(u32),
    Number(Decimal),
    Month(Month),
    Text(Cow<'static, str>),
    Notes(Vec<Note>),
}

impl Figure {
    pub fn vnd(name: &'static str, v: Vnd) -> Figure {
        Figure { name, value: FigureValue::Vnd(v) }
    }
    pub fn rate(name: &'static str, r: Rate) -> Figure {
        Figure { name, value: FigureValue::Rate(r) }
    }
    pub fn count(name: &'static str, n: u32) -> Figure {
        Figure { name, value: FigureValue::Count(n) }
    }
    pub fn number(name: &'static str, d: Decimal) -> Figure {
        Figure { name, value: FigureValue::Number(d) }
    }
    pub fn month(name: &'static str, m: Month) -> Figure {
        Figure { name, value: FigureValue::Month(m) }
    }
    pub fn text(name: &'static str, t: impl Into<Cow<'static, str>>) -> Figure {
        Figure { name, value: FigureValue::Text(t.into()) }
    }
    /// The id of `note` as figure `name`: the words of that note, where a wording writes `{name:notes}` (a name,
    /// a clause).
    pub fn note(name: &'static str, note: impl Into<NoteId>) -> Figure {
        Figure::text(name, note.into().as_str())
    }
    /// Notes that a wording writes in turn where it says `{name:notes}`, each with the figures of the note it
    /// stands in: a sentence made of clauses. With no note, it writes nothing.
    pub fn clauses<T: Into<NoteId>>(name: &'static str, ids: impl IntoIterator<Item = T>) -> Figure {
        let ids: Vec<&str> = ids.into_iter().map(|id| id.into().as_str()).collect();
        Figure::text(name, ids.join(" "))
    }
    /// Notes written one after the other: the items of a list whose length varies (the funds a side pays).
    pub fn notes(name: &'static str, notes: Vec<Note>) -> Figure {
        Figure { name, value: FigureValue::Notes(notes) }
    }
    /// A word of the catalogue (a group, a kind of value): a note without figures.
    pub fn word(name: &'static str, id: impl Into<NoteId>) -> Figure {
        Figure::notes(name, vec![Note::new(id, Vec::new())])
    }
}

impl Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FigureValue::Vnd(v) => v.serialize(s),
            FigureValue::Rate(r) => r.serialize(s),
            FigureValue::Count(n) => s.serialize_u32(*n),
            FigureValue::Number(d) => s.serialize_f64(to_f64(*d)),
            FigureValue::Month(m) => m.serialize(s),
            FigureValue::Text(Cow::Borrowed(t)) => static_str(t, s),
            FigureValue::Text(Cow::Owned(t)) => s.serialize_str(t),
            FigureValue::Notes(notes) => notes.serialize(s),
        }
    }
}

/// A note's figures, written as one object `{ name: value }`: compact, so results stay quick to hand to JS.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures(pub Vec<Figure>);

impl Serialize for Figures {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // As a struct, whose field names are static strings: the result's tape sends each once, not on each call.
        use serde::ser::SerializeStruct;
        let mut object = s.serialize_struct("Figures", self.0.len())?;
        for f in &self.0 {
            object.serialize_field(f.name, &f.value)?;
        }
        object.end()
    }
}

/// `figures` with those of `more` it does not name yet: the figures of a note and of the clauses it writes.
pub fn gather<'a>(mut figures: Vec<Figure>, more: impl IntoIterator<Item = &'a Figures>) -> Vec<Figure> {
    for f in more.into_iter().flat_map(|m| &m.0) {
        if !figures.iter().any(|g| g.name == f.name) {
            figures.push(f.clone());
        }
    }
    figures
}

/// The steps of a result, built only when the caller asks for them.
pub struct Explanation<T = Note> {
    steps: Option<Vec<T>>,
}

impl<T> Explanation<T> {
    pub fn new(enabled: bool) -> Explanation<T> {
        Explanation { steps: enabled.then(Vec::new) }
    }

    pub fn add(&mut self, step: impl FnOnce() -> T) {
        if let Some(steps) = &mut self.steps {
            steps.push(step());
        }
    }

    pub fn into_steps(self) -> Vec<T> {
        self.steps.unwrap_or_default()
    }
}
