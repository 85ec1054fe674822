//! Which Law on Social Insurance settles a benefit: the one in force in the month it is decided
//! (Law 41/2024 Art 5.7; Art 140 repeals Law 58/2014 from 2025-07-01).

use crate::core::explain::Source;
use crate::core::month::Month;
use serde::Serialize;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub enum Law {
    /// Luật BHXH 58/2014/QH13, for benefits decided from 2016-01 to 2025-06.
    #[serde(rename = "58/2014/QH13")]
    Law58Of2014,
    /// Luật BHXH 41/2024/QH15, from 2025-07-01.
    #[serde(rename = "41/2024/QH15")]
    Law41Of2024,
}

impl Law {
    pub const LAW_41_FROM: Month = Month::ym(2025, 7);

    pub fn in_force(m: Month) -> Law {
        if m < Self::LAW_41_FROM {
            Law::Law58Of2014
        } else {
            Law::Law41Of2024
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Law::Law58Of2014 => "Luật BHXH 58/2014/QH13",
            Law::Law41Of2024 => "Luật BHXH 41/2024/QH15",
        }
    }

    /// An article of this law, or of the other one: `(article under Law 58/2014, under Law 41/2024)`.
    pub fn cite(self, articles: (&'static str, &'static str)) -> Source {
        match self {
            Law::Law58Of2014 => Source::law(self.name(), articles.0),
            Law::Law41Of2024 => Source::law(self.name(), articles.1),
        }
    }
}
