//! Reading a worker's own record (quá trình đóng BHXH) into the contribution history the calculators take:
//! the 07/SBH statement (tờ rời) as text, a PDF's or a spreadsheet's cells or an OCR's lines, and the
//! VssID app's list of periods.
//!
//! Every line of the source comes back with what it became and why: `used` (a period of the history),
//! `skipped` (a header, a total, a month that does not count) or `check` (a period that needs the worker's
//! eye: a salary missing, a column unclear, an overlap). Only `used` periods make the history, so that it
//! can go to `pension` as it is; a worker completes the others in the review.
//!
//! - [`text`]: words, months and numbers, whatever their accents, separators or OCR slips;
//! - [`layout`]: lines, the header, and which column each piece stands in;
//! - [`rules`]: what a row becomes under the law.

mod layout;
mod rules;
mod text;

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::explain::{Figure, Note};
use crate::core::input::{Fields, Raw};
use crate::core::money::to_f64;
use crate::core::month::Month;
use crate::core::params::{data, Lookup, Overrides};
use crate::core::retirement::{self, Sex};
use layout::{Column, Line, Shape};
use rust_decimal::{prelude::FromPrimitive, Decimal};
use serde::Serialize;

pub use rules::{AllowanceTerm, Pay, RowNote};

/// Decree 204/2004/NĐ-CP put the state salary scale in force from 2004-10; coefficients before are of the old one.
const STATE_SCALE_2004: Month = Month::ym(2004, 10);

/// The longest text read: a statement of forty years is a few pages, some 20,000 characters.
const MAX_TEXT: usize = 300_000;
/// The most rows and cells a table may have.
const MAX_ROWS: usize = 3_000;
const MAX_CELLS: usize = 60;
const MAX_CELL: usize = 1_000;

/// What a line became.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum RowStatus {
    /// A period of the history, as read.
    Used,
    /// Not a period of the history (a header, a total, months that do not count), and why.
    Skipped,
    /// A period that needs a look before it can be used: what is missing or unclear is said.
    Check,
}

/// A period as read, in the shape of the calculators' `HistoryPeriod` (a salary left out when not read).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ReadPeriod {
    pub from: Month,
    pub to: Month,
    pub pay: Pay,
}

impl ReadPeriod {
    pub fn months(self) -> u32 {
        (self.to.index() + 1).saturating_sub(self.from.index())
    }

    fn overlaps(self, other: ReadPeriod) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

impl Serialize for ReadPeriod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("to", &self.to)?;
        match self.pay {
            Pay::Employer(salary) => {
                map.serialize_entry("kind", "compulsory")?;
                if let Some(salary) = salary {
                    map.serialize_entry("salary", &salary)?;
                }
            }
            Pay::State { coefficient, allowances } => {
                map.serialize_entry("kind", "state")?;
                if let Some(c) = coefficient {
                    map.serialize_entry("coefficient", &to_f64(c))?;
                }
                if !allowances.is_zero() {
                    map.serialize_entry("allowances", &to_f64(allowances))?;
                }
            }
            Pay::Voluntary(income) => {
                map.serialize_entry("kind", "voluntary")?;
                if let Some(income) = income {
                    map.serialize_entry("income", &income)?;
                }
            }
        }
        map.end()
    }
}

/// One line of the source (or several, when a period's row ran over more than one), and what it became.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct ReadRow {
    /// The source line's number, from 1 (a table's row number); the first, when several lines make the row.
    pub line: u32,
    /// The source text: a table's cells joined by " | ", several lines by a line break.
    pub text: String,
    pub status: RowStatus,
    /// Why it became that (`salaryMissing`, `maternityLeave`, …), with the rule behind it where there is one.
    pub notes: Vec<Note>,
    /// The period the row became; for a row to check, what could be read of it (a salary may be missing).
    #[cfg_attr(feature = "wasm", tsify(type = "HistoryPeriod | null"))]
    pub period: Option<ReadPeriod>,
    /// The months of its period.
    pub months: u32,
}

/// Where the record came from, as its columns tell.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum RecordFormat {
    /// The 07/SBH statement: months, work, and what was paid.
    Statement,
    /// The VssID list: months and employers, no salary.
    Vssid,
    /// No header: the statement's columns were assumed.
    Unknown,
}

/// The person, when the record says.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct RecordPerson {
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub birth: Option<Month>,
    #[cfg_attr(feature = "wasm", tsify(type = "Sex | null"))]
    pub sex: Option<Sex>,
}

/// The result of `readRecord`.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    pub format: RecordFormat,
    /// The periods of the `used` rows, in order: a history `pension` takes as it is.
    #[cfg_attr(feature = "wasm", tsify(type = "HistoryPeriod[]"))]
    pub periods: Vec<ReadPeriod>,
    /// Every line of the source, in order.
    pub rows: Vec<ReadRow>,
    /// The record's own total ("Tổng thời gian đóng BHXH … X năm Y tháng"), in months.
    #[cfg_attr(feature = "wasm", tsify(type = "number | null"))]
    pub declared_months: Option<u32>,
    /// The months the rows read as periods cover (used, and to check), each once, up to this month: what is
    /// set against the record's own total.
    pub counted_months: u32,
    pub person: RecordPerson,
    /// What the reading says of the whole record (`totalsDiffer`, `rowsToCheck`, …): first of all when the two
    /// totals differ.
    pub warnings: Vec<Note>,
}

crate::notes! {
    /// What a reading says of the whole record (`warnings`).
    pub enum RecordWarning {
        /// The record states `declaredYears` years `declaredMonths` months in all; the rows read add up to
        /// `countedYears` years `countedMonths` months.
        TotalsDiffer,
        /// One row needs a look before use.
        OneRowToCheck,
        /// `count` rows need a look before use.
        RowsToCheck,
        /// The employer has not yet paid `months` months.
        LatePayment,
        /// No header: the columns are taken in the statement's order.
        NoHeader,
    }
}

/// The fields of `readRecord`'s input.
pub const FIELDS: &[&str] = &["text", "rows", "today"];

/// Reads a record given as `{ text }` or `{ rows }`, with an optional `today`. `clock` is the current
/// month unless the input says.
pub fn read_record(input: &Raw, clock: Month) -> Result<Reading> {
    let f = input.fields("")?;
    f.only(FIELDS)?;
    let today = retirement::today(&f, clock)?;
    let source = match (f.get("text"), f.get("rows")) {
        (Some(_), Some(_)) => {
            return Err(Error::of(ErrorCode::InputConflict, "rows", RecordError::TextAndRows, Vec::new()))
        }
        (None, Some(_)) => layout::Source::table(&table(&f)?),
        _ => {
            let text = f.text("text")?;
            if text.chars().count() > MAX_TEXT {
                return Err(too_large("text", MAX_TEXT, RecordError::TooManyCharacters));
            }
            layout::Source::text(text)
        }
    };
    let overrides = Overrides::default();
    let mut lookup = Lookup::new(&overrides);
    let record = Reader::new(&source, today).read(&mut lookup);
    if record.rows.iter().all(|r| r.status == RowStatus::Skipped) {
        let field = if f.get("rows").is_some() { "rows" } else { "text" };
        return Err(Error::of(
            ErrorCode::RecordEmpty,
            field,
            RecordError::NoPeriod,
            vec![Figure::text("field", field)],
        ));
    }
    Ok(record)
}

crate::notes! {
    /// What is wrong with a record given to `readRecord` (an error's detail).
    pub enum RecordError {
        /// Both `text` and `rows`.
        TextAndRows,
        /// `field` has more than `max` characters.
        TooManyCharacters,
        /// More than `max` rows.
        TooManyRows,
        /// The row `field` has more than `max` cells.
        TooManyCells,
        /// The row `field` is no list of cells.
        RowNotAList,
        /// The cell `field` is neither text nor a number.
        CellNotText,
        /// `field` gives no contribution period.
        NoPeriod,
    }
}

/// A record longer than any real one: `field` with more than `max` of what `detail` counts.
fn too_large(field: &str, max: usize, detail: RecordError) -> Error {
    let figures = vec![Figure::text("field", field.to_string()), Figure::count("max", max as u32)];
    Error::of(ErrorCode::RecordTooLarge, field, detail, figures)
}

/// The cells of `rows`: texts, numbers written as text, and empty cells.
fn table(f: &Fields) -> Result<Vec<Vec<String>>> {
    let rows = f.list("rows")?;
    if rows.len() > MAX_ROWS {
        return Err(too_large("rows", MAX_ROWS, RecordError::TooManyRows));
    }
    rows.iter()
        .map(|(path, row)| {
            let Raw::List(cells) = row else {
                let figures = vec![Figure::text("field", path.to_string())];
                return Err(Error::of(ErrorCode::WrongType, path, RecordError::RowNotAList, figures));
            };
            if cells.len() > MAX_CELLS {
                return Err(too_large(path, MAX_CELLS, RecordError::TooManyCells));
            }
            cells
                .iter()
                .enumerate()
                .map(|(j, cell)| {
                    let at = || format!("{path}[{j}]");
                    let text = match cell {
                        Raw::Text(t) => t.to_string(),
                        Raw::Number(n) if n.is_finite() => {
                            Decimal::from_f64(*n).map_or_else(String::new, |d| d.normalize().to_string())
                        }
                        Raw::Null => String::new(),
                        _ => {
                            let at = at();
                            let figures = vec![Figure::text("field", at.clone())];
                            return Err(Error::of(ErrorCode::WrongType, at, RecordError::CellNotText, figures));
                        }
                    };
                    if text.chars().count() > MAX_CELL {
                        return Err(too_large(&at(), MAX_CELL, RecordError::TooManyCharacters));
                    }
                    Ok(text)
                })
                .collect()
        })
        .collect()
}

/// The section of the record a row is in: its titles say which insurance the rows below were paid to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Compulsory,
    Voluntary,
    /// Unemployment insurance (BHTN): not social-insurance time.
    Unemployment,
    /// Occupational accident and disease insurance alone (BHTNLĐ-BNN): not social-insurance time.
    Accident,
}

impl Section {
    /// The section a title opens ("Quá trình đóng BHXH tự nguyện"), if the line is one.
    fn titled(line: &Line) -> Option<Section> {
        let words = &line.folded;
        // "Quá trình đóng …", or a short line in capitals naming an insurance ("BHXH TỰ NGUYỆN"); not a
        // row's work in small letters that names one ("Tự nguyện, Đại lý thu BHXH xã Yên Bình").
        let short = words.split(' ').count() <= 10;
        let capitals = line.text.chars().filter(|c| c.is_alphabetic()).all(|c| !c.is_lowercase());
        let named =
            ["tu nguyen", "bat buoc", "that nghiep", "bhtn", "tai nan lao dong"].iter().any(|w| text::has(words, w));
        let title = text::has(words, "qua trinh") || short && capitals && named;
        if !title || layout::starts_with_month(line) || line.words().any(|w| text::number(w).is_some()) {
            return None;
        }
        // "BHXH  BHTN  BHYT", the tabs of the VssID screen, names no section of its own.
        let unemployment = text::has(words, "that nghiep") || text::has(words, "bhtn");
        let social = text::has(words, "bhxh") || text::has(words, "xa hoi");
        Some(if unemployment && !social {
            Section::Unemployment
        } else if text::has(words, "tai nan lao dong") {
            Section::Accident
        } else if text::has(words, "tu nguyen") && !text::has(words, "bat buoc") {
            Section::Voluntary
        } else {
            Section::Compulsory
        })
    }
}

/// A period's row as read: its lines and the text of each column.
#[derive(Clone, Debug, Default)]
struct RowCells {
    first: u32,
    lines: Vec<String>,
    /// The pieces by column (table and aligned text).
    cells: Vec<(Column, String)>,
    /// The words of each line (flowing text).
    words: Vec<Vec<String>>,
    section: Option<Section>,
}

impl RowCells {
    fn add(&mut self, line: &Line, header: Option<&layout::Header>, shape: Shape) {
        self.lines.push(line.text.clone());
        match (shape, header) {
            (Shape::Table | Shape::Aligned, Some(h)) => {
                for cell in &line.cells {
                    let column = h.column_of(cell);
                    match self.cells.iter_mut().find(|(c, _)| *c == column) {
                        Some((_, text)) => {
                            text.push(' ');
                            text.push_str(&cell.text);
                        }
                        None => self.cells.push((column, cell.text.clone())),
                    }
                }
            }
            _ => self.words.push(line.words().map(str::to_string).collect()),
        }
    }

    /// Only the first month has been read (flowing text with a cell a line): the next month is its end.
    fn only_a_month(&self) -> bool {
        self.cells.is_empty() && self.words.iter().flatten().count() == 1
    }
}

/// The reading of one source: its lines one by one, each a row, part of a period's row, or skipped.
struct Reader<'a> {
    source: &'a layout::Source,
    today: Month,
    rows: Vec<ReadRow>,
    declared: Declared,
    person: RecordPerson,
    /// The period's row being read: the lines after its first may go on with it.
    pending: Option<RowCells>,
    /// A line of the work's words alone, between two periods' rows: in a table whose cells are centred
    /// vertically, the first line of a row's wrapped words stands above its months.
    held: Option<&'a Line>,
    /// The periods' rows, each with its place in `rows`.
    read_rows: Vec<(usize, RowCells)>,
    section: Section,
    /// Within the table: after a total or a signature, lines are no longer parts of the last period's row.
    table_open: bool,
}

/// The totals a record states: overall, or by kind when it gives them apart.
#[derive(Default)]
struct Declared {
    overall: Option<u32>,
    parts: Option<u32>,
    late: u32,
}

impl<'a> Reader<'a> {
    fn new(source: &'a layout::Source, today: Month) -> Reader<'a> {
        Reader {
            source,
            today,
            rows: Vec::new(),
            declared: Declared::default(),
            person: RecordPerson::default(),
            pending: None,
            held: None,
            read_rows: Vec::new(),
            section: Section::Compulsory,
            table_open: source.header.is_none(),
        }
    }

    fn skip(&mut self, line: &Line, note: RowNote) {
        self.rows.push(ReadRow {
            line: line.number,
            text: line.text.clone(),
            status: RowStatus::Skipped,
            notes: vec![note.note()],
            period: None,
            months: 0,
        });
    }

    fn add(&mut self, cells: &mut RowCells, line: &Line) {
        cells.add(line, self.source.header.as_ref(), self.source.shape);
    }

    /// The held line goes on with the period's row before it (or, with none, is no period).
    fn release(&mut self) {
        let Some(line) = self.held.take() else { return };
        match self.pending.take() {
            Some(mut cells) => {
                self.add(&mut cells, line);
                self.pending = Some(cells);
            }
            None => self.skip(line, RowNote::NotAPeriod),
        }
    }

    /// The period's row is complete: its place in `rows` is kept, filled once the rules have read it.
    fn flush(&mut self) {
        self.release();
        if let Some(cells) = self.pending.take() {
            self.read_rows.push((self.rows.len(), cells));
            self.rows.push(ReadRow {
                line: 0,
                text: String::new(),
                status: RowStatus::Check,
                notes: Vec::new(),
                period: None,
                months: 0,
            });
        }
    }

    /// Whether every piece of the line that stands in a column of figures is one: a line with words there is a
    /// piece of the header (its group names above "Từ tháng" on the next page), not part of a period's row.
    fn figures_are_numbers(&self, line: &Line) -> bool {
        let Some(header) = self.source.header.as_ref().filter(|_| self.source.shape != Shape::Flowing) else {
            return true;
        };
        line.cells.iter().all(|c| {
            matches!(header.column_of(c), Column::From | Column::To | Column::Description | Column::Unknown)
                || c.text.split_whitespace().all(|w| text::number(w).is_some() || matches!(w, "-" | "–"))
        })
    }

    /// Whether every piece of the line stands in the work's column (a table, aligned text).
    fn only_words(&self, line: &Line) -> bool {
        let header = self.source.header.as_ref();
        self.source.shape != Shape::Flowing
            && header.is_some_and(|h| line.cells.iter().all(|c| matches!(h.column_of(c), Column::Description)))
    }

    fn read(mut self, lookup: &mut Lookup) -> Reading {
        let source = self.source;
        let header = source.header.as_ref();
        let header_lines = header.map_or(0..0, |h| h.at..h.at + h.lines);
        let repeat_lines = header.map_or(1, |h| h.lines);
        let mut in_header = 0;
        for (i, line) in source.lines.iter().enumerate() {
            if header_lines.contains(&i) {
                self.flush();
                self.table_open = true;
                self.skip(line, RowNote::TableHeader);
                continue;
            }
            if in_header > 0 && !layout::starts_with_month(line) {
                in_header -= 1;
                self.skip(line, RowNote::TableHeader);
                continue;
            }
            in_header = 0;
            if layout::opens_header(line) {
                // The header again, on the next page: the period cut by the page break goes on after it.
                in_header = repeat_lines - 1;
                self.table_open = true;
                self.skip(line, RowNote::TableHeader);
                continue;
            }
            if let Some(months) = rules::declared_total(&line.folded) {
                self.flush();
                self.table_open = false;
                match months {
                    rules::Total::Overall(m) => self.declared.overall = self.declared.overall.or(Some(m)),
                    rules::Total::Part(m) => self.declared.parts = Some(self.declared.parts.unwrap_or(0) + m),
                    rules::Total::Late(m) => self.declared.late += m,
                    rules::Total::Other => {}
                }
                self.skip(line, RowNote::StatementTotal);
                continue;
            }
            if let Some(s) = Section::titled(line) {
                self.flush();
                self.section = s;
                self.skip(line, RowNote::section(s));
                continue;
            }
            if rules::page_marker(&line.folded) {
                self.skip(line, RowNote::PageBreak);
                continue;
            }
            let continues = self.pending.as_ref().is_some_and(|p| p.only_a_month());
            if layout::starts_with_month(line) && self.table_open && !continues {
                let mut cells = RowCells { first: line.number, section: Some(self.section), ..RowCells::default() };
                // The held words begin this row if it has none of its own; else they end the row before.
                if !line.cells.iter().any(|c| header.is_some_and(|h| h.column_of(c) == Column::Description)) {
                    if let Some(held) = self.held.take() {
                        cells.first = held.number;
                        self.add(&mut cells, held);
                    }
                }
                self.flush();
                self.add(&mut cells, line);
                self.pending = Some(cells);
                continue;
            }
            if let Some(found) = rules::person(&line.folded, line) {
                self.person.birth = self.person.birth.or(found.birth);
                self.person.sex = self.person.sex.or(found.sex);
                self.skip(line, RowNote::PersonDetails);
                continue;
            }
            let part = self.table_open && rules::continues_a_row(&line.folded) && self.figures_are_numbers(line);
            if part && self.only_words(line) {
                self.release();
                self.held = Some(line);
            } else if part && self.pending.is_some() {
                self.release();
                let mut cells = self.pending.take().unwrap_or_default();
                self.add(&mut cells, line);
                self.pending = Some(cells);
            } else {
                if rules::closes_table(&line.folded) {
                    self.flush();
                    self.table_open = false;
                }
                self.skip(line, RowNote::NotAPeriod);
            }
        }
        self.flush();

        // Each period's row, by the rules, in order: a maternity row without a salary takes the one before.
        let figures: Vec<Column> = header.map_or_else(|| Column::STATEMENT[3..].to_vec(), |h| h.figures());
        let format = match header {
            None => RecordFormat::Unknown,
            Some(h) if !h.has(Column::Base) && !h.has(Column::Salary) => RecordFormat::Vssid,
            Some(_) => RecordFormat::Statement,
        };
        let mut previous: Option<ReadPeriod> = None;
        for (index, cells) in &self.read_rows {
            let context = rules::Context {
                section: cells.section.unwrap_or(Section::Compulsory),
                today: self.today,
                previous,
                figures: &figures,
                format,
            };
            let outcome = rules::read_row(
                &rules::Cells {
                    positions: (source.shape != Shape::Flowing).then_some(&cells.cells[..]),
                    words: &cells.words,
                },
                &context,
            );
            if outcome.status == RowStatus::Used {
                previous = outcome.period;
            }
            self.rows[*index] = ReadRow {
                line: cells.first,
                text: cells.lines.join("\n"),
                status: outcome.status,
                notes: outcome.notes,
                months: outcome.period.map_or(0, |p| p.months()),
                period: outcome.period,
            };
        }
        // A period's row was placed when it ended, after any header or page number inside it: back to the order
        // of the source.
        self.rows.sort_by_key(|r| r.line);
        self.check_old_scale(lookup);
        self.finish(format)
    }

    /// State-scale coefficients of the scale before 2004-10 within the last years averaged (Law 41/2024 Art
    /// 72.1, by the month SI began): the agency converts them, the calculators cannot, so the worker looks.
    fn check_old_scale(&mut self, lookup: &mut Lookup) {
        let state = |r: &ReadRow| match r.period {
            Some(p @ ReadPeriod { pay: Pay::State { coefficient: Some(_), .. }, .. })
                if r.status == RowStatus::Used =>
            {
                Some(p)
            }
            _ => None,
        };
        let Some(first) =
            self.rows.iter().filter(|r| r.status == RowStatus::Used).filter_map(|r| r.period).map(|p| p.from).min()
        else {
            return;
        };
        let years = lookup.get(&data::STATE_SALARY_AVERAGE_YEARS, first).map_or(0, |d| d.value);
        let mut left = if years == 0 { u32::MAX } else { years * 12 };
        let mut order: Vec<usize> = (0..self.rows.len()).filter(|&i| state(&self.rows[i]).is_some()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.rows[i].period.map(|p| p.to)));
        for i in order {
            if left == 0 {
                break;
            }
            let Some(p) = state(&self.rows[i]) else { continue };
            let in_window = p.months().min(left);
            left -= in_window;
            // The months of this period in the window are its last ones.
            let first_in_window = p.to.plus(1 - in_window as i32).unwrap_or(p.from);
            if first_in_window < STATE_SCALE_2004 {
                let row = &mut self.rows[i];
                row.status = RowStatus::Check;
                row.notes.push(RowNote::OldScale.note());
            }
        }
    }

    /// The months of the rows read as periods, each month once, none after this month.
    fn months_read(&self) -> u32 {
        let mut spans: Vec<(u32, u32)> = self
            .rows
            .iter()
            .filter(|r| r.status != RowStatus::Skipped)
            .filter_map(|r| r.period)
            .filter(|p| p.from <= self.today)
            .map(|p| (p.from.index(), p.to.min(self.today).index()))
            .collect();
        spans.sort_unstable();
        let (mut counted, mut next) = (0, 0);
        for (from, to) in spans {
            let from = from.max(next);
            if to >= from {
                counted += to - from + 1;
                next = to + 1;
            }
        }
        counted
    }

    /// The history of the used rows, each overlap sent to the worker; the totals and the warnings.
    fn finish(mut self, format: RecordFormat) -> Reading {
        // A row read twice (two screenshots of a list that overlap, a page printed twice) is one row.
        for i in 0..self.rows.len() {
            let Some(period) = self.rows[i].period else { continue };
            let same = |r: &ReadRow| {
                r.status != RowStatus::Skipped
                    && r.period == Some(period)
                    && text::fold(&r.text) == text::fold(&self.rows[i].text)
            };
            if let Some(line) = self.rows[..i].iter().find(|r| same(r)).map(|r| r.line) {
                let row = &mut self.rows[i];
                row.status = RowStatus::Skipped;
                row.notes = vec![RowNote::RepeatedRow.with(vec![Figure::count("line", line)])];
                row.period = None;
                row.months = 0;
            }
        }
        let mut periods: Vec<ReadPeriod> = Vec::new();
        for i in 0..self.rows.len() {
            let Some(period) = self.rows[i].period.filter(|_| self.rows[i].status == RowStatus::Used) else { continue };
            let clash = self.rows[..i]
                .iter()
                .filter(|r| r.status == RowStatus::Used)
                .find(|r| r.period.is_some_and(|p| p.overlaps(period)))
                .map(|r| r.line);
            match clash {
                Some(line) => {
                    let row = &mut self.rows[i];
                    row.status = RowStatus::Check;
                    row.notes.push(RowNote::OverlappingRow.with(vec![Figure::count("line", line)]));
                }
                None => periods.push(period),
            }
        }
        periods.sort_by_key(|p| p.from);
        let counted_months = self.months_read();
        let declared_months = self.declared.overall.or(self.declared.parts);
        let warnings = self.warnings(declared_months, counted_months, format);
        Reading { format, periods, rows: self.rows, declared_months, counted_months, person: self.person, warnings }
    }

    /// What the reading says of the whole record: first of all when its total is not the rows'.
    fn warnings(&self, declared: Option<u32>, counted: u32, format: RecordFormat) -> Vec<Note> {
        let mut warnings = Vec::new();
        if let Some(declared) = declared.filter(|d| *d != counted) {
            let figures = vec![
                Figure::count("declaredYears", declared / 12),
                Figure::count("declaredMonths", declared % 12),
                Figure::count("countedYears", counted / 12),
                Figure::count("countedMonths", counted % 12),
            ];
            warnings.push(Note::new(RecordWarning::TotalsDiffer, figures));
        }
        let to_check = self.rows.iter().filter(|r| r.status == RowStatus::Check).count();
        match u32::try_from(to_check).unwrap_or(u32::MAX) {
            0 => {}
            1 => warnings.push(Note::new(RecordWarning::OneRowToCheck, Vec::new())),
            count => warnings.push(Note::new(RecordWarning::RowsToCheck, vec![Figure::count("count", count)])),
        }
        if self.declared.late > 0 {
            warnings.push(Note::new(RecordWarning::LatePayment, vec![Figure::count("months", self.declared.late)]));
        }
        if format == RecordFormat::Unknown {
            warnings.push(Note::new(RecordWarning::NoHeader, Vec::new()));
        }
        warnings
    }
}
