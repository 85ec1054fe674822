//! What a row of a record becomes under the law: a period of compulsory SI on the state scale or on a
//! salary, of voluntary SI, time without a salary before 1995, or months that do not count (unemployment
//! insurance alone, months without contributions); with the allowance columns turned into the allowance
//! coefficient the calculators take.

use super::layout::Column;
use super::text::{fold, has, month, number, Number};
use super::{ReadPeriod, RecordFormat, RecordPerson, RowStatus, Section};
use crate::core::explain::{Figure, Note, NoteId, Source};
use crate::core::history::{SALARY_DATA_FROM, VOLUNTARY_FROM};
use crate::core::input::MAX_AMOUNT;
use crate::core::money::Vnd;
use crate::core::month::Month;
use crate::core::retirement::Sex;
use rust_decimal::Decimal;

/// How a period's months were paid, as far as the row says.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Pay {
    /// Compulsory SI on a salary the employer decides; `None` when the row gives none.
    Employer(Option<Vnd>),
    /// Compulsory SI on the state scale: the salary coefficient and the allowances counted for SI, as one
    /// coefficient. `None`: no coefficient (months before 1995, or not read).
    State { coefficient: Option<Decimal>, allowances: Decimal },
    /// Voluntary SI on a chosen income; `None` when the row gives none.
    Voluntary(Option<Vnd>),
}

impl Pay {
    fn complete(self) -> bool {
        match self {
            Pay::Employer(s) | Pay::Voluntary(s) => s.is_some(),
            Pay::State { coefficient, .. } => coefficient.is_some(),
        }
    }
}

/// Where a row stands in its record.
pub struct Context<'a> {
    pub section: Section,
    pub today: Month,
    /// The period of the row before, for maternity months the row gives no salary for.
    pub previous: Option<ReadPeriod>,
    /// The numeric columns of the header, in order (for flowing text).
    pub figures: &'a [Column],
    pub format: RecordFormat,
}

/// A row's pieces: by column (table, aligned text), or each line's words (flowing text).
pub struct Cells<'a> {
    pub positions: Option<&'a [(Column, String)]>,
    pub words: &'a [Vec<String>],
}

pub struct Outcome {
    pub status: RowStatus,
    pub notes: Vec<Note>,
    pub period: Option<ReadPeriod>,
}

const LAW_41: &str = "Luật BHXH 41/2024/QH15";
const LAW_58: &str = "Luật BHXH 58/2014/QH13";

/// A row's months and figures, read from its pieces.
#[derive(Clone, Default)]
struct Read {
    from: Option<Month>,
    /// `None`: not read; `Some(None)`: "đến nay".
    to: Option<Option<Month>>,
    description: String,
    figures: Vec<(Column, Number)>,
    /// Pieces in a numeric column that are no number.
    unreadable: Vec<(Column, String)>,
}

/// "đến nay", "nay", "hiện nay", "hiện tại": the period runs to now.
fn until_now(words: &str) -> bool {
    matches!(words, "den nay" | "nay" | "hien nay" | "hien tai" | "den hien tai" | "den hien nay")
}

fn read_positions(cells: &[(Column, String)]) -> Read {
    let mut read = Read::default();
    for (column, text) in cells {
        match column {
            Column::From | Column::To => {
                // An aligned line may put both months in one piece.
                for word in text.split_whitespace() {
                    match month(word) {
                        Some(m) if read.from.is_none() && *column == Column::From => read.from = Some(m),
                        Some(m) if read.to.is_none() => read.to = Some(Some(m)),
                        _ => {}
                    }
                }
                if read.to.is_none() && *column == Column::To && until_now(&fold(text)) {
                    read.to = Some(None);
                }
            }
            Column::Description | Column::Unknown => {
                if !read.description.is_empty() {
                    read.description.push(' ');
                }
                read.description.push_str(text);
            }
            figure => {
                let trimmed = text.trim();
                if matches!(trimmed, "-" | "–" | "x") {
                    continue;
                }
                match number(trimmed).filter(|n| fits(*figure, *n)) {
                    Some(n) => read.figures.push((*figure, n)),
                    None => read.unreadable.push((*figure, trimmed.to_string())),
                }
            }
        }
    }
    read
}

/// Flowing text: the first month, the last (or "đến nay"), the words of the work, and the numbers that end
/// each line, placed in the header's columns by their shape; one reading for each way they fit (a few at most).
fn read_words(lines: &[Vec<String>], figures: &[Column]) -> Vec<Read> {
    let mut read = Read::default();
    let words: Vec<(usize, &String)> =
        lines.iter().enumerate().flat_map(|(i, l)| l.iter().map(move |w| (i, w))).collect();
    let mut rest = &words[..];
    // A row number, or "Tháng", before the first month.
    while let [(_, first), tail @ ..] = rest {
        if month(first).is_some() {
            break;
        }
        rest = tail;
    }
    if let [(_, first), tail @ ..] = rest {
        read.from = month(first);
        rest = tail;
    }
    if let [(_, first), tail @ ..] = rest {
        if let Some(m) = month(first) {
            read.to = Some(Some(m));
            rest = tail;
        } else if let Some(n) = (1..=3).rev().find(|n| {
            rest.len() >= *n
                && until_now(&fold(&rest[..*n].iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>().join(" ")))
        }) {
            read.to = Some(None);
            rest = &rest[n..];
        }
    }
    // The numbers at the end of each line; the words before them are the work's.
    let is_figure = |w: &str| number(w).is_some() || matches!(w, "-" | "–");
    let mut description = Vec::new();
    let mut numbers = Vec::new();
    for line in rest.chunk_by(|a, b| a.0 == b.0) {
        let tail = line.iter().rev().take_while(|(_, w)| is_figure(w)).count();
        let (text, figures) = line.split_at(line.len() - tail);
        description.extend(text.iter().map(|(_, w)| w.as_str()));
        numbers.extend(figures.iter().filter_map(|(_, w)| number(w)));
    }
    read.description = description.join(" ");
    let placements = place(&numbers, figures);
    if placements.is_empty() {
        read.unreadable = numbers.iter().map(|n| (Column::Unknown, n.decimal.to_string())).collect();
        return vec![read];
    }
    placements
        .into_iter()
        .map(|columns| Read { figures: columns.into_iter().zip(numbers.iter().copied()).collect(), ..read.clone() })
        .collect()
}

/// Whether a number can stand in a column, by its shape: an amount of đồng, a coefficient, a percentage.
fn fits(column: Column, n: Number) -> bool {
    let v = n.decimal;
    let zero = v.is_zero();
    let dong = n.dong(Decimal::from(MIN_SALARY)).is_some() && !n.percent;
    let coefficient = |max: i64| !n.percent && !dong && v < Decimal::from(max);
    // Seniority allowances are whole percentages (5 % and 1 % a year more; Decree 204/2004 Art 6); allowance
    // coefficients are written with their decimals (0,20; 1,00).
    // written with "%" it is the contribution rate (the header gives the seniority columns' "%").
    let percentage = v <= Decimal::ONE_HUNDRED && v.fract().is_zero() && !n.fraction && !n.percent;
    match column {
        Column::Base => dong || coefficient(30),
        Column::Position | Column::Regional => zero || coefficient(3) && n.fraction,
        Column::Other | Column::Reelection => zero || coefficient(10) && n.fraction,
        Column::BeyondScale | Column::Occupational => zero || percentage,
        Column::Rate => n.percent || !dong && v <= Decimal::ONE_HUNDRED,
        Column::Salary | Column::SalaryAllowances | Column::Supplements => zero || dong,
        Column::From | Column::To | Column::Description | Column::Unknown => false,
    }
}

/// The ways to place `numbers` in `columns` in order, each number in a column it fits (at most a few).
fn place(numbers: &[Number], columns: &[Column]) -> Vec<Vec<Column>> {
    fn go(numbers: &[Number], columns: &[Column], chosen: &mut Vec<Column>, out: &mut Vec<Vec<Column>>) {
        if out.len() >= 8 {
            return;
        }
        let Some((n, rest)) = numbers.split_first() else {
            out.push(chosen.clone());
            return;
        };
        for (i, column) in columns.iter().enumerate() {
            if columns.len() - i < numbers.len() {
                break;
            }
            if fits(*column, *n) {
                chosen.push(*column);
                go(rest, &columns[i + 1..], chosen, out);
                chosen.pop();
            }
        }
    }
    let mut out = Vec::new();
    // A period's row always gives what was paid on: its first number is the base, when the header has one.
    match (columns.iter().position(|c| *c == Column::Base), numbers.split_first()) {
        (Some(i), Some((first, rest))) if fits(Column::Base, *first) => {
            go(rest, &columns[i + 1..], &mut vec![Column::Base], &mut out)
        }
        _ => go(numbers, columns, &mut Vec::new(), &mut out),
    }
    out
}

/// No monthly salary in đồng of the years a record covers is below this (the 1995 minimum wage was
/// 120,000 đồng); a smaller number in the base column is a coefficient.
const MIN_SALARY: i64 = 100_000;

/// Reads a period's row. Flowing text may be read in several ways: when they give different periods, the first
/// is kept and the row is for the worker to check.
pub fn read_row(cells: &Cells, context: &Context) -> Outcome {
    let reads = match cells.positions {
        Some(positions) => vec![read_positions(positions)],
        None => read_words(cells.words, context.figures),
    };
    let Some((read, others)) = reads.split_first() else {
        return check(vec![RowNote::FirstMonthUnreadable.note()], None);
    };
    let mut first = outcome(read, context);
    if others.iter().any(|r| outcome(r, context).period != first.period) {
        first.notes.push(RowNote::AmbiguousColumns.note());
        first.status = RowStatus::Check;
    }
    first
}

/// What one reading of a row becomes.
fn outcome(read: &Read, context: &Context) -> Outcome {
    let words = fold(&read.description);
    if let Some(note) = not_counted(&words, context.section) {
        return skipped(note);
    }
    let (from, to, until_now) = match months(read, context) {
        Ok(months) => months,
        Err(note) => return check(vec![note], None),
    };
    let mut notes: Vec<Note> = until_now.into_iter().collect();
    let voluntary = context.section == Section::Voluntary || ["tu nguyen", "dai ly thu"].iter().any(|w| has(&words, w));
    let maternity = has(&words, "thai san") || has(&words, "ts");
    if has(&words, "truy dong") {
        notes.push(RowNote::BackPaid.note());
    }

    let mut pay = match paid_on(read, voluntary, &mut notes) {
        Ok(pay) => pay,
        Err(note) => {
            notes.push(note);
            return check(notes, Some(ReadPeriod { from, to, pay: Pay::Employer(None) }));
        }
    };
    let mut carried = false;
    if maternity {
        notes.push(RowNote::MaternityLeave.note());
        if let Some(before) = leave_pay(pay, from, context.previous) {
            pay = before;
            carried = true;
            notes.push(RowNote::MaternitySalary.note());
        }
    }

    let period = Some(ReadPeriod { from, to, pay });
    if let Some(note) = needs_a_look(read, from, to, voluntary, context.today) {
        notes.push(note);
        return check(notes, period);
    }
    if pay.complete() {
        return used(notes, period);
    }
    // No salary: before 1995 the time counts without one; from 1995 the worker gives it. A maternity row
    // with no period just before it may be leave after the contract ended, which does not count.
    if to < SALARY_DATA_FROM && !voluntary {
        notes.push(RowNote::Before1995.note());
        return used(
            notes,
            Some(ReadPeriod { from, to, pay: Pay::State { coefficient: None, allowances: Decimal::ZERO } }),
        );
    }
    if maternity && !carried {
        notes.push(RowNote::MaternityAlone.note());
    }
    let missing =
        if context.format == RecordFormat::Vssid { RowNote::VssidSalaryMissing } else { RowNote::SalaryMissing };
    notes.push(missing.note());
    check(notes, period)
}

/// The row's first and last months. "Đến nay", and the open period of the VssID list, end with the last full
/// month, which the note says. `Err`: months that make no period.
fn months(read: &Read, context: &Context) -> Result<(Month, Month, Option<Note>), Note> {
    let from = read.from.ok_or_else(|| RowNote::FirstMonthUnreadable.note())?;
    let (to, until_now) = match (read.to, context.format) {
        (Some(Some(to)), _) => (to, None),
        (Some(None), _) | (None, RecordFormat::Vssid) => {
            let last = context.today.plus(-1).unwrap_or(context.today);
            (last, Some(RowNote::UntilNow.with(vec![Figure::month("last", last)])))
        }
        (None, _) => return Err(RowNote::LastMonthUnreadable.note()),
    };
    if to < from {
        return Err(RowNote::RowEndsBeforeStart.with(vec![Figure::month("from", from), Figure::month("to", to)]));
    }
    Ok((from, to, until_now))
}

/// Maternity months count as contribution time at the salary of the month before the leave: a maternity row
/// without its own takes the pay of the period just before it, when there is one.
fn leave_pay(pay: Pay, from: Month, previous: Option<ReadPeriod>) -> Option<Pay> {
    let before = previous.filter(|p| p.to.plus(1) == Some(from))?;
    (!pay.complete()).then_some(before.pay)
}

/// What leaves a row read whole for the worker to check: a figure that is no number, months not yet come,
/// voluntary SI before there was any, a re-election allowance the law does not settle.
fn needs_a_look(read: &Read, from: Month, to: Month, voluntary: bool, today: Month) -> Option<Note> {
    if !read.unreadable.is_empty() {
        Some(RowNote::FiguresUnreadable.with(vec![Figure::text("pieces", quoted(&read.unreadable))]))
    } else if to > today {
        Some(RowNote::FutureMonths.with(vec![Figure::month("to", to), Figure::month("today", today)]))
    } else if voluntary && from < VOLUNTARY_FROM {
        Some(RowNote::VoluntaryBefore2008.note())
    } else if read.figures.iter().any(|(c, n)| *c == Column::Reelection && !n.decimal.is_zero()) {
        Some(RowNote::ReelectionAllowance.note())
    } else {
        None
    }
}

/// Rows of months that are no social-insurance time, and why: unemployment or accident insurance alone, months
/// without pay, sick leave, months already paid out as a lump sum.
fn not_counted(words: &str, section: Section) -> Option<RowNote> {
    if section == Section::Unemployment || only_unemployment(words) {
        Some(RowNote::UnemploymentOnly)
    } else if section == Section::Accident {
        Some(RowNote::AccidentOnly)
    } else if ["khong tham gia", "khong dong", "nghi khong luong", "khong huong luong"].iter().any(|w| has(words, w)) {
        Some(RowNote::NotParticipating)
    } else if has(words, "om dau") || has(words, "nghi om") {
        Some(RowNote::SickLeave)
    } else if has(words, "da huong") && has(words, "mot lan") {
        Some(RowNote::AlreadyPaidOut)
    } else {
        None
    }
}

/// What the months were paid on: a voluntary income; a state-scale coefficient with its allowances; an
/// employer's salary in đồng (Mức đóng, or its parts). `Err` when the base is neither a coefficient nor đồng.
fn paid_on(read: &Read, voluntary: bool, notes: &mut Vec<Note>) -> Result<Pay, Note> {
    let figure = |c: Column| read.figures.iter().find(|(k, _)| *k == c).map(|(_, n)| *n);
    let base = figure(Column::Base);
    let base_dong = base.and_then(|b| b.dong(Decimal::from(MIN_SALARY))).and_then(whole_dong);
    // Law 41/2024 Art 31.1.b: the salary, the salary allowances and the other supplements.
    let parts: Vec<Vnd> = [Column::Salary, Column::SalaryAllowances, Column::Supplements]
        .iter()
        .filter_map(|c| figure(*c)?.dong(Decimal::ZERO))
        .filter_map(whole_dong)
        .collect();
    let parts_sum = (!parts.is_empty()).then(|| parts.iter().fold(Vnd::ZERO, |a, b| a + *b));
    if let (Some(b), Some(sum)) = (base_dong, parts_sum) {
        if b != sum {
            notes.push(RowNote::SalaryParts.with(vec![Figure::vnd("sum", sum)]));
        }
    }
    if voluntary {
        notes.push(RowNote::VoluntaryTime.note());
        return Ok(Pay::Voluntary(base_dong.or(parts_sum)));
    }
    match base {
        Some(_) if base_dong.is_some() => Ok(Pay::Employer(base_dong)),
        Some(b) if !b.percent && b.decimal > Decimal::ZERO && b.decimal < Decimal::from(30) => {
            let (allowances, note) = state_allowances(b.decimal, &read.figures, read.from);
            notes.extend(note);
            Ok(Pay::State { coefficient: Some(b.decimal), allowances })
        }
        Some(_) => Err(RowNote::BaseUnreadable.note()),
        None => Ok(Pay::Employer(parts_sum)),
    }
}

/// A whole, positive number of đồng within what an input may hold.
fn whole_dong(d: Decimal) -> Option<Vnd> {
    let whole = d.trunc() == d && d > Decimal::ZERO && d <= Decimal::from(MAX_AMOUNT);
    whole.then(|| i64::try_from(d.mantissa()).ok()).flatten().map(Vnd::dong)
}

/// "thất nghiệp" or "BHTN" with no word of social insurance: a row of unemployment insurance alone.
fn only_unemployment(words: &str) -> bool {
    (has(words, "that nghiep") || has(words, "bhtn")) && !has(words, "bhxh") && !has(words, "xa hoi")
}

fn used(notes: Vec<Note>, period: Option<ReadPeriod>) -> Outcome {
    Outcome { status: RowStatus::Used, notes, period }
}

fn check(notes: Vec<Note>, period: Option<ReadPeriod>) -> Outcome {
    Outcome { status: RowStatus::Check, notes, period }
}

fn skipped(note: RowNote) -> Outcome {
    Outcome { status: RowStatus::Skipped, notes: vec![note.note()], period: None }
}

/// The allowances of a state-scale row, as one coefficient counted for SI (Law 41/2024 Art 31.1.a; Law
/// 58/2014 Art 89.1): the position allowance; the seniority beyond the scale, a percentage of the salary
/// coefficient and the position allowance; the occupational seniority, a percentage of those and the
/// beyond-scale allowance; the retained difference ("Khác"). Not the regional allowance, which is no part of
/// the SI salary (before 2007 it was, and is paid back apart: Art 141.3). Exact: no rounding.
fn state_allowances(
    coefficient: Decimal,
    figures: &[(Column, Number)],
    from: Option<Month>,
) -> (Decimal, Option<Note>) {
    let value = |c: Column| figures.iter().find(|(k, _)| *k == c).map_or(Decimal::ZERO, |(_, n)| n.decimal);
    let percent = |c: Column| value(c) / Decimal::ONE_HUNDRED;
    let position = value(Column::Position);
    let beyond_scale = percent(Column::BeyondScale) * (coefficient + position);
    let occupational = percent(Column::Occupational) * (coefficient + position + beyond_scale);
    let retained = value(Column::Other);
    let total = (position + beyond_scale + occupational + retained).normalize();
    let regional = value(Column::Regional);
    let before_2007 = from.is_some_and(|m| m < REGIONAL_IN_SALARY_UNTIL);
    let any = !(total.is_zero() && regional.is_zero());
    let parts =
        Allowances { coefficient, position, beyond_scale, occupational, retained, total, regional, before_2007 };
    (total, any.then(|| allowances_note(&parts)))
}

/// The allowances of a state-scale row, for its note.
struct Allowances {
    coefficient: Decimal,
    position: Decimal,
    beyond_scale: Decimal,
    occupational: Decimal,
    retained: Decimal,
    total: Decimal,
    /// Left out of the SI salary, and said why.
    regional: Decimal,
    before_2007: bool,
}

/// SI was paid on the regional allowance until 2006 (Law 71/2006 left it out from 2007-01); the law pays those
/// contributions back as a one-time regional allowance (Law 41/2024 Art 141.3).
const REGIONAL_IN_SALARY_UNTIL: Month = Month::ym(2007, 1);

/// A record's total line: "Tổng thời gian đóng BHXH … là 18 năm 7 tháng".
pub enum Total {
    /// All social-insurance time.
    Overall(u32),
    /// Compulsory or voluntary time, given apart.
    Part(u32),
    /// Months the employer has not yet paid (VssID: "Tổng thời gian chậm đóng").
    Late(u32),
    /// Unemployment insurance, or time already paid out: not the history's.
    Other,
}

pub fn declared_total(words: &str) -> Option<Total> {
    if !(has(words, "tong thoi gian") || has(words, "tong cong") || has(words, "cong thoi gian")) {
        return None;
    }
    let mut years = None;
    let mut months = None;
    let list: Vec<&str> = words.split(' ').collect();
    for pair in list.windows(2) {
        let n = pair[0].parse::<u32>().ok().filter(|n| *n < 100);
        match (n, pair[1]) {
            (Some(n), "nam") => years = years.or(Some(n)),
            (Some(n), "thang") => months = months.or(Some(n)),
            _ => {}
        }
    }
    if years.is_none() && months.is_none() {
        return None;
    }
    let total = years.unwrap_or(0) * 12 + months.unwrap_or(0);
    Some(if has(words, "cham dong") {
        Total::Late(total)
    } else if has(words, "that nghiep") || has(words, "bhtn") || has(words, "chua huong") || has(words, "da huong") {
        Total::Other
    } else if has(words, "bat buoc") || has(words, "tu nguyen") {
        Total::Part(total)
    } else {
        Total::Overall(total)
    })
}

/// "Trang 2/3", "Trang 2", "- 2 -", "2/3": a page's number.
pub fn page_marker(words: &str) -> bool {
    let rest = words.strip_prefix("trang ").unwrap_or(words);
    !rest.is_empty() && rest.split(' ').count() <= 3 && rest.split(' ').all(|w| w.bytes().all(|b| b.is_ascii_digit()))
}

/// The person's birth date or sex, on a line of the record's heading.
pub fn person(words: &str, line: &super::layout::Line) -> Option<RecordPerson> {
    let mut found = RecordPerson::default();
    if has(words, "ngay sinh") || has(words, "nam sinh") || has(words, "sinh ngay") {
        found.birth = line.words().find_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            // dd/mm/yyyy: its month and year.
            match w.split(['/', '-', '.']).collect::<Vec<_>>().as_slice() {
                [_, m, y] => month(&format!("{m}/{y}")),
                _ => month(w),
            }
        });
    }
    if has(words, "gioi tinh") {
        let after = words.split("gioi tinh").nth(1).unwrap_or_default();
        found.sex = match after.split(' ').find(|w| !w.is_empty()) {
            Some("nu") => Some(Sex::Female),
            Some("nam") => Some(Sex::Male),
            _ => None,
        };
    }
    (found.birth.is_some() || found.sex.is_some()).then_some(found)
}

/// A line that goes on with the period above it (its work's words wrapped, or its cells cut by a page):
/// not a date, a signature or a note of the record's own.
pub fn continues_a_row(words: &str) -> bool {
    !closes_table(words) && !words.contains(':')
}

/// The lines that end the table: the place and date of signing, the signatures, notes.
pub fn closes_table(words: &str) -> bool {
    ["ngay", "nguoi lap", "giam doc", "thu truong", "ky ten", "xac nhan", "ghi chu", "luu y", "can bo"]
        .iter()
        .any(|w| words.starts_with(w))
        || has(words, "ngay") && has(words, "thang") && has(words, "nam")
}

crate::notes! {
    /// What a line of a record became, and why (`rows[].notes`); their words are in the catalogues' `record`.
    pub enum RowNote {
        /// A line of the table's header.
        TableHeader,
        /// The record's own total, set against the rows'.
        StatementTotal,
        /// A section's title: the rows below are compulsory social insurance.
        SectionCompulsory,
        /// A section's title: the rows below are voluntary social insurance.
        SectionVoluntary,
        /// A section's title: the rows below are unemployment insurance.
        SectionUnemployment,
        /// A section's title: the rows below are occupational accident and disease insurance.
        SectionAccident,
        /// A page's number.
        PageBreak,
        /// The person's birth date or sex.
        PersonDetails,
        /// A line that is no period.
        NotAPeriod,
        /// A row read twice: `line`, the first.
        RepeatedRow,
        /// A row that shares months with the row of `line`.
        OverlappingRow,
        /// Unemployment insurance alone.
        UnemploymentOnly,
        /// Occupational accident insurance alone.
        AccidentOnly,
        /// Months without social insurance (without pay).
        NotParticipating,
        /// Sick leave the whole month.
        SickLeave,
        /// Time already paid out as a lump sum.
        AlreadyPaidOut,
        /// The first month could not be read.
        FirstMonthUnreadable,
        /// The last month could not be read.
        LastMonthUnreadable,
        /// "Đến nay": up to `last`, the last full month.
        UntilNow,
        /// The last month `to` is before the first `from`.
        RowEndsBeforeStart,
        /// Paid afterwards.
        BackPaid,
        /// Voluntary social insurance.
        VoluntaryTime,
        /// Maternity leave.
        MaternityLeave,
        /// Maternity months at the salary of the month before the leave.
        MaternitySalary,
        /// Maternity leave with no period just before it.
        MaternityAlone,
        /// The amount paid on is neither a coefficient nor đồng.
        BaseUnreadable,
        /// The salary's parts add up to `sum`, not the amount paid on.
        SalaryParts,
        /// Pieces of a column of figures that are no number: `pieces`, each quoted.
        FiguresUnreadable,
        /// Flowing text whose numbers fit the columns in more than one way.
        AmbiguousColumns,
        /// The month `to` is after `today`.
        FutureMonths,
        /// Voluntary social insurance before it existed.
        VoluntaryBefore2008,
        /// A re-election allowance, not added.
        ReelectionAllowance,
        /// Time before 1995, without a salary.
        Before1995,
        /// No salary or coefficient.
        SalaryMissing,
        /// No salary: the VssID list gives none.
        VssidSalaryMissing,
        /// A coefficient of the scale before 2004-10 in the years averaged.
        OldScale,
        /// The salary `coefficient` and the `allowances` counted for SI (a sum of [`AllowanceTerm`]s).
        StateAllowances,
        /// The same, and a regional allowance paid on before 2007, left out of the average.
        StateAllowancesRegionalRefunded,
        /// The same, and a regional allowance, no part of the SI salary.
        StateAllowancesRegionalLeftOut,
    }
}

crate::notes! {
    /// The allowances a state-scale row counts for SI, by name: the terms of [`RowNote::StateAllowances`]'s sum.
    pub enum AllowanceTerm {
        PositionAllowance,
        BeyondScaleSeniority,
        OccupationalSeniority,
        RetainedDifference,
    }
}

const CIRCULAR_59: &str = "Thông tư 59/2015/TT-BLĐTBXH";

impl RowNote {
    /// The rules behind the note.
    fn sources(self) -> Vec<Source> {
        use RowNote::*;
        let allowances = [
            Source::law(LAW_41, "Điều 31.1.a"),
            Source::law(CIRCULAR_59, "Điều 20.1"),
            Source::secondhand("Nghị định 204/2004/NĐ-CP", "Điều 6"),
            Source::secondhand("Thông tư 04/2005/TT-BNV", "Mục III"),
        ];
        match self {
            OverlappingRow | AlreadyPaidOut => vec![Source::law(LAW_41, "Điều 5.3")],
            UnemploymentOnly => vec![Source::law(LAW_41, "Điều 3.6, 4.4")],
            AccidentOnly => vec![Source::law(LAW_41, "Điều 2.5.a, 3.6")],
            NotParticipating => vec![Source::law(LAW_41, "Điều 3.6, 33.5, 34.3")],
            SickLeave => vec![Source::law(LAW_41, "Điều 33.5"), Source::law(CIRCULAR_59, "Điều 6.4")],
            BackPaid => vec![Source::law(LAW_41, "Điều 5.3, 31.3")],
            VoluntaryTime => vec![Source::law(LAW_41, "Điều 3.6, 31.2")],
            MaternityLeave => vec![Source::law(LAW_41, "Điều 53.8"), Source::secondhand(LAW_58, "Điều 39.2")],
            MaternitySalary => vec![Source::law(CIRCULAR_59, "Điều 12.4")],
            MaternityAlone => vec![Source::law(LAW_41, "Điều 50.4")],
            VoluntaryBefore2008 => vec![Source::law("Luật BHXH 71/2006/QH11", "Chương XI (hiệu lực thi hành)")],
            ReelectionAllowance => vec![Source::law(LAW_41, "Điều 31.1.a")],
            Before1995 => vec![Source::law(LAW_41, "Điều 141.7"), Source::law("Nghị định 158/2025/NĐ-CP", "Điều 15.6")],
            OldScale => vec![Source::law("Công văn 3432/LĐTBXH-BHXH ngày 08/9/2016", "Mục 3.c")],
            StateAllowances => allowances.to_vec(),
            // What became of the regional allowance, in or out of the SI salary (Art 141.3).
            StateAllowancesRegionalRefunded | StateAllowancesRegionalLeftOut => {
                [&allowances[..], &[Source::law(LAW_41, "Điều 141.3")]].concat()
            }
            TableHeader | StatementTotal | SectionCompulsory | SectionVoluntary | SectionUnemployment
            | SectionAccident | PageBreak | PersonDetails | NotAPeriod | RepeatedRow | FirstMonthUnreadable
            | LastMonthUnreadable | UntilNow | RowEndsBeforeStart | BaseUnreadable | SalaryParts
            | FiguresUnreadable | AmbiguousColumns | FutureMonths | SalaryMissing | VssidSalaryMissing => vec![],
        }
    }

    /// The note, with the figures its words show and the rules behind it.
    pub fn with(self, figures: Vec<Figure>) -> Note {
        Note::new(self, figures).cite(self.sources())
    }

    /// The note, for a note whose words show no figure.
    pub fn note(self) -> Note {
        self.with(Vec::new())
    }

    /// The title of a section of the record.
    pub fn section(section: Section) -> RowNote {
        match section {
            Section::Compulsory => RowNote::SectionCompulsory,
            Section::Voluntary => RowNote::SectionVoluntary,
            Section::Unemployment => RowNote::SectionUnemployment,
            Section::Accident => RowNote::SectionAccident,
        }
    }
}

/// The note on a state-scale row's coefficient and allowances. The allowances are a sum of named terms, written
/// `positionAllowance 0.2 + occupationalSeniority 0.117 = 0.317` (the catalogues' `sum`), or `0` with none.
fn allowances_note(a: &Allowances) -> Note {
    let terms: Vec<String> = [
        (AllowanceTerm::PositionAllowance, a.position),
        (AllowanceTerm::BeyondScaleSeniority, a.beyond_scale),
        (AllowanceTerm::OccupationalSeniority, a.occupational),
        (AllowanceTerm::RetainedDifference, a.retained),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_zero())
    .map(|(term, v)| format!("{} {}", NoteId::from(term).as_str(), v.normalize()))
    .collect();
    let sum = if terms.is_empty() { "0".to_string() } else { format!("{} = {}", terms.join(" + "), a.total) };
    let id = match (a.regional.is_zero(), a.before_2007) {
        (true, _) => RowNote::StateAllowances,
        (false, true) => RowNote::StateAllowancesRegionalRefunded,
        (false, false) => RowNote::StateAllowancesRegionalLeftOut,
    };
    id.with(vec![Figure::number("coefficient", a.coefficient), Figure::text("allowances", sum)])
}

/// The pieces of a row that could not be read, as its note quotes them: «1,7B», «x2».
fn quoted(pieces: &[(Column, String)]) -> String {
    pieces.iter().map(|(_, t)| format!("«{t}»")).collect::<Vec<_>>().join(", ")
}
