//! What a row of a record becomes under the law: a period of compulsory SI on the state scale or on a
//! salary, of voluntary SI, time without a salary before 1995, or months that do not count (unemployment
//! insurance alone, months without contributions); with the allowance columns turned into the allowance
//! coefficient the calculators take.

use super::layout::Column;
use super::text::{fold, has, month, number, Number};
use super::{ReadPeriod, RecordFormat, RecordPerson, RowNote, RowStatus, Section};
use crate::core::explain::Warning;
use crate::core::history::{SALARY_DATA_FROM, VOLUNTARY_FROM};
use crate::core::input::MAX_AMOUNT;
use crate::core::money::Vnd;
use crate::core::month::Month;
use crate::core::params::Source;
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
    pub notes: Vec<RowNote>,
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
        return check(vec![note_month_unreadable(true)], None);
    };
    let mut first = outcome(read, context);
    if others.iter().any(|r| outcome(r, context).period != first.period) {
        first.notes.push(note_ambiguous());
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
    let Some(from) = read.from else {
        return check(vec![note_month_unreadable(true)], None);
    };
    let mut notes = Vec::new();
    let to = match read.to {
        Some(Some(to)) => to,
        // "Đến nay", or the open period of the VssID list.
        Some(None) | None if read.to.is_some() || context.format == RecordFormat::Vssid => {
            let last = context.today.plus(-1).unwrap_or(context.today);
            notes.push(note_until_now(last));
            last
        }
        _ => return check(vec![note_month_unreadable(false)], None),
    };
    if to < from {
        return check(vec![note_end_before_start(from, to)], None);
    }
    let voluntary = context.section == Section::Voluntary || ["tu nguyen", "dai ly thu"].iter().any(|w| has(&words, w));
    let maternity = has(&words, "thai san") || has(&words, "ts");
    if has(&words, "truy dong") {
        notes.push(note_back_paid());
    }

    let mut pay = match paid_on(read, voluntary, &mut notes) {
        Ok(pay) => pay,
        Err(note) => {
            notes.push(note);
            return check(notes, Some(ReadPeriod { from, to, pay: Pay::Employer(None) }));
        }
    };
    // Maternity months count as contribution time at the salary of the month before the leave.
    let mut carried = false;
    if maternity {
        notes.push(note_maternity());
        if let (false, Some(previous)) = (pay.complete(), context.previous.filter(|p| p.to.plus(1) == Some(from))) {
            pay = previous.pay;
            carried = true;
            notes.push(note_maternity_salary());
        }
    }

    let period = Some(ReadPeriod { from, to, pay });
    if !read.unreadable.is_empty() {
        notes.push(note_unreadable(&read.unreadable));
        return check(notes, period);
    }
    if to > context.today {
        notes.push(note_future(to, context.today));
        return check(notes, period);
    }
    if voluntary && from < VOLUNTARY_FROM {
        notes.push(note_voluntary_too_early());
        return check(notes, period);
    }
    if read.figures.iter().any(|(c, n)| *c == Column::Reelection && !n.decimal.is_zero()) {
        notes.push(note_reelection());
        return check(notes, period);
    }
    if pay.complete() {
        return used(notes, period);
    }
    // No salary: before 1995 the time counts without one; from 1995 the worker gives it. A maternity row
    // with no period just before it may be leave after the contract ended, which does not count.
    if to < SALARY_DATA_FROM && !voluntary {
        notes.push(note_before_1995());
        return used(
            notes,
            Some(ReadPeriod { from, to, pay: Pay::State { coefficient: None, allowances: Decimal::ZERO } }),
        );
    }
    if maternity && !carried {
        notes.push(note_maternity_alone());
    }
    notes.push(if context.format == RecordFormat::Vssid { note_vssid_salary() } else { note_salary_missing() });
    check(notes, period)
}

/// Rows of months that are no social-insurance time, and why: unemployment or accident insurance alone, months
/// without pay, sick leave, months already paid out as a lump sum.
fn not_counted(words: &str, section: Section) -> Option<RowNote> {
    if section == Section::Unemployment || only_unemployment(words) {
        Some(note_unemployment())
    } else if section == Section::Accident {
        Some(note_accident_only())
    } else if ["khong tham gia", "khong dong", "nghi khong luong", "khong huong luong"].iter().any(|w| has(words, w)) {
        Some(note_not_participating())
    } else if has(words, "om dau") || has(words, "nghi om") {
        Some(note_sickness())
    } else if has(words, "da huong") && has(words, "mot lan") {
        Some(note_paid_out())
    } else {
        None
    }
}

/// What the months were paid on: a voluntary income; a state-scale coefficient with its allowances; an
/// employer's salary in đồng (Mức đóng, or its parts). `Err` when the base is neither a coefficient nor đồng.
fn paid_on(read: &Read, voluntary: bool, notes: &mut Vec<RowNote>) -> Result<Pay, RowNote> {
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
            notes.push(note_parts_differ(sum));
        }
    }
    if voluntary {
        notes.push(note_voluntary());
        return Ok(Pay::Voluntary(base_dong.or(parts_sum)));
    }
    match base {
        Some(_) if base_dong.is_some() => Ok(Pay::Employer(base_dong)),
        Some(b) if !b.percent && b.decimal > Decimal::ZERO && b.decimal < Decimal::from(30) => {
            let (allowances, note) = state_allowances(b.decimal, &read.figures, read.from);
            notes.extend(note);
            Ok(Pay::State { coefficient: Some(b.decimal), allowances })
        }
        Some(_) => Err(note_base_unreadable()),
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

fn used(notes: Vec<RowNote>, period: Option<ReadPeriod>) -> Outcome {
    Outcome { status: RowStatus::Used, notes, period }
}

fn check(notes: Vec<RowNote>, period: Option<ReadPeriod>) -> Outcome {
    Outcome { status: RowStatus::Check, notes, period }
}

fn skipped(note: RowNote) -> Outcome {
    Outcome { status: RowStatus::Skipped, notes: vec![note], period: None }
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
) -> (Decimal, Option<RowNote>) {
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
    (total, any.then(|| note_allowances(&parts)))
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

// The notes, each with the rule behind it.

pub fn note_header() -> RowNote {
    RowNote::new("header", "Dòng tiêu đề của bảng.", "The table's header.")
}

pub fn note_total() -> RowNote {
    RowNote::new(
        "statementTotal",
        "Dòng tổng thời gian của tờ khai: dùng để đối chiếu với tổng các dòng.",
        "The record's own total: compared with the rows' total.",
    )
}

pub fn note_section(section: Section) -> RowNote {
    let (vi, en) = match section {
        Section::Compulsory => ("BHXH bắt buộc", "compulsory social insurance"),
        Section::Voluntary => ("BHXH tự nguyện", "voluntary social insurance"),
        Section::Unemployment => (
            "bảo hiểm thất nghiệp (không tính vào thời gian đóng BHXH)",
            "unemployment insurance (not social-insurance time)",
        ),
        Section::Accident => {
            ("bảo hiểm tai nạn lao động, bệnh nghề nghiệp", "occupational accident and disease insurance")
        }
    };
    RowNote::new(
        "section",
        format!("Tiêu đề phần: các dòng sau là {vi}."),
        format!("A section's title: the rows below are {en}."),
    )
}

pub fn note_page() -> RowNote {
    RowNote::new("pageBreak", "Số trang.", "A page number.")
}

pub fn note_person() -> RowNote {
    RowNote::new("person", "Thông tin về người tham gia.", "About the insured person.")
}

pub fn note_not_a_period() -> RowNote {
    RowNote::new("notAPeriod", "Không phải một giai đoạn đóng.", "Not a contribution period.")
}

pub fn note_repeated(line: u32) -> RowNote {
    RowNote::new(
        "repeated",
        format!("Dòng {line} lặp lại (hai ảnh chụp hoặc hai trang chồng lên nhau): chỉ tính một lần."),
        format!("Line {line} again (two screenshots or pages overlapping): counted once."),
    )
}

pub fn note_overlap(line: u32) -> RowNote {
    RowNote::new(
        "overlap",
        format!("Trùng tháng với dòng {line}: mỗi tháng chỉ tính một lần. Hãy sửa tháng hoặc bỏ một trong hai dòng."),
        format!(
            "Shares months with line {line}: each month counts once. Correct the months or leave one of the two out."
        ),
    )
    .citing(&[Source::law(LAW_41, "Điều 5.3")])
}

fn note_unemployment() -> RowNote {
    RowNote::new(
        "unemploymentOnly",
        "Bảo hiểm thất nghiệp: là loại bảo hiểm riêng, không phải thời gian đóng BHXH, không tính vào lương hưu.",
        "Unemployment insurance: a separate insurance, not social-insurance time; it does not count towards a pension.",
    )
    .citing(&[Source::law(LAW_41, "Điều 3.6, 4.4")])
}

fn note_accident_only() -> RowNote {
    RowNote::new(
        "accidentOnly",
        "Chỉ đóng bảo hiểm tai nạn lao động, bệnh nghề nghiệp: không đóng vào quỹ hưu trí, không tính vào lương hưu.",
        "Occupational accident insurance only: nothing went into the retirement fund; it does not count towards a pension.",
    )
    .citing(&[Source::law(LAW_41, "Điều 2.5.a, 3.6")])
}

fn note_not_participating() -> RowNote {
    RowNote::new(
        "notParticipating",
        "Không tham gia BHXH (không hưởng lương từ 14 ngày làm việc trở lên trong tháng): không đóng, và các tháng này không được tính.",
        "No social insurance (no pay for 14 working days or more in the month): nothing was paid, and these months do not count.",
    )
    .citing(&[Source::law(LAW_41, "Điều 3.6, 33.5, 34.3")])
}

fn note_sickness() -> RowNote {
    RowNote::new(
        "sickness",
        "Nghỉ ốm từ 14 ngày làm việc trở lên trong tháng: không đóng BHXH, và tháng đó không được tính.",
        "Sick leave of 14 working days or more in the month: no contribution, and the month does not count.",
    )
    .citing(&[Source::law(LAW_41, "Điều 33.5"), Source::law("Thông tư 59/2015/TT-BLĐTBXH", "Điều 6.4")])
}

fn note_paid_out() -> RowNote {
    RowNote::new(
        "paidOut",
        "Thời gian đã hưởng BHXH một lần: không còn được tính.",
        "Time already paid out as a lump sum: it no longer counts.",
    )
    .citing(&[Source::law(LAW_41, "Điều 5.3")])
}

fn note_month_unreadable(first: bool) -> RowNote {
    let (vi, en) = if first { ("tháng bắt đầu", "first month") } else { ("tháng kết thúc", "last month") };
    RowNote::new(
        "monthUnreadable",
        format!("Không đọc được {vi}: hãy nhập theo dạng tháng/năm."),
        format!("The {en} could not be read: enter it as month/year."),
    )
}

fn note_until_now(last: Month) -> RowNote {
    RowNote::new(
        "untilNow",
        format!("«Đến nay» được hiểu là đến tháng {last}, tháng trọn gần nhất; hãy sửa nếu cần."),
        format!("“Until now” is read as up to {last}, the last full month; correct it if needed."),
    )
}

fn note_end_before_start(from: Month, to: Month) -> RowNote {
    RowNote::new(
        "endBeforeStart",
        format!("Tháng kết thúc {to} trước tháng bắt đầu {from}: hãy kiểm tra lại."),
        format!("The last month {to} is before the first month {from}: please check."),
    )
}

fn note_back_paid() -> RowNote {
    RowNote::new(
        "backPaid",
        "Truy đóng: các tháng được tính khi đã đóng đủ, mỗi tháng một lần.",
        "Paid afterwards: the months count once paid in full, each month once.",
    )
    .citing(&[Source::law(LAW_41, "Điều 5.3, 31.3")])
}

fn note_voluntary() -> RowNote {
    RowNote::new(
        "voluntary",
        "BHXH tự nguyện: mức đóng là thu nhập tháng đã chọn; thời gian này được cộng với thời gian đóng bắt buộc.",
        "Voluntary social insurance: the amount is the monthly income chosen; this time adds to compulsory time.",
    )
    .citing(&[Source::law(LAW_41, "Điều 3.6, 31.2")])
}

fn note_maternity() -> RowNote {
    RowNote::new(
        "maternity",
        "Nghỉ hưởng chế độ thai sản: các tháng này được tính là thời gian đóng BHXH, dù người lao động và đơn vị không phải đóng.",
        "Maternity leave: these months count as contribution time, though neither the worker nor the employer paid.",
    )
    .citing(&[Source::law(LAW_41, "Điều 53.8"), Source::secondhand(LAW_58, "Điều 39.2")])
}

fn note_maternity_salary() -> RowNote {
    RowNote::new(
        "maternitySalary",
        "Dòng không ghi tiền lương: tính theo tiền lương đóng BHXH của tháng trước khi nghỉ.",
        "The row gives no salary: the months count at the salary of the month before the leave.",
    )
    .citing(&[Source::law("Thông tư 59/2015/TT-BLĐTBXH", "Điều 12.4")])
}

fn note_maternity_alone() -> RowNote {
    RowNote::new(
        "maternityAlone",
        "Không có giai đoạn đóng ngay trước kỳ nghỉ: nếu nghỉ sau khi đã chấm dứt hợp đồng thì thời gian này không được tính.",
        "No period just before the leave: leave taken after the contract ended does not count as contribution time.",
    )
    .citing(&[Source::law(LAW_41, "Điều 50.4")])
}

fn note_base_unreadable() -> RowNote {
    RowNote::new(
        "baseUnreadable",
        "Không rõ mức đóng là hệ số hay số tiền: hãy nhập lại.",
        "The amount is neither a clear coefficient nor an amount of đồng: please enter it.",
    )
}

fn note_parts_differ(sum: Vnd) -> RowNote {
    RowNote::new(
        "salaryParts",
        format!("Tiền lương, phụ cấp lương và các khoản bổ sung cộng lại là {sum}, khác mức đóng: mức đóng được dùng."),
        format!(
            "The salary, salary allowances and supplements add up to {}, not the amount paid on: the amount paid on is used.",
            crate::core::explain::en(sum)
        ),
    )
}

fn note_unreadable(pieces: &[(Column, String)]) -> RowNote {
    let list = pieces.iter().map(|(_, t)| format!("«{t}»")).collect::<Vec<_>>().join(", ");
    RowNote::new(
        "unreadable",
        format!("Không đọc được {list}: hãy kiểm tra các con số của dòng này."),
        format!("{list} could not be read: please check this row's figures."),
    )
}

fn note_ambiguous() -> RowNote {
    RowNote::new(
        "ambiguousColumns",
        "Văn bản không cho biết mỗi con số thuộc cột nào (các ô trống bị mất khi sao chép): hãy kiểm tra hệ số và phụ cấp.",
        "The text does not say which column each number is in (empty cells are lost when copying): check the coefficient and allowances.",
    )
}

fn note_future(to: Month, today: Month) -> RowNote {
    RowNote::new(
        "future",
        format!("Tháng {to} chưa đến (hôm nay là tháng {today})."),
        format!("{to} has not come yet (this is {today})."),
    )
}

fn note_voluntary_too_early() -> RowNote {
    RowNote::new(
        "voluntaryBefore2008",
        "BHXH tự nguyện chỉ có từ tháng 01/2008: hãy kiểm tra loại bảo hiểm của dòng này.",
        "Voluntary social insurance began in 2008-01: check this row's kind of insurance.",
    )
    .citing(&[Source::law("Luật BHXH 71/2006/QH11", "Chương XI (hiệu lực thi hành)")])
}

fn note_reelection() -> RowNote {
    RowNote::new(
        "reelection",
        "Có phụ cấp tái cử: chưa rõ khoản này có tính vào tiền lương đóng BHXH hay không, nên chưa được cộng. Hãy kiểm tra hệ số phụ cấp.",
        "There is a re-election allowance: whether it is part of the SI salary is not settled, so it is not added. Check the allowances.",
    )
    .citing(&[Source::law(LAW_41, "Điều 31.1.a")])
}

fn note_before_1995() -> RowNote {
    RowNote::new(
        "before1995",
        "Thời gian làm việc trước năm 1995 không có dữ liệu tiền lương: được tính vào thời gian đóng, không tính vào mức bình quân.",
        "Work before 1995 without salary data: it counts as time, not in the average.",
    )
    .citing(&[Source::law(LAW_41, "Điều 141.7"), Source::law("Nghị định 158/2025/NĐ-CP", "Điều 15.6")])
}

fn note_salary_missing() -> RowNote {
    RowNote::new(
        "salaryMissing",
        "Dòng không ghi tiền lương hoặc hệ số: hãy nhập tiền lương đóng BHXH của giai đoạn này.",
        "The row gives no salary or coefficient: enter the salary contributed on for this period.",
    )
}

fn note_vssid_salary() -> RowNote {
    RowNote::new(
        "salaryMissing",
        "Danh sách trong VssID không có tiền lương: hãy nhập tiền lương đóng BHXH (xem trong chi tiết của dòng), hoặc dùng mức lương tính lùi từ mức hiện nay.",
        "The VssID list has no salary: enter the salary contributed on (in the row's detail), or use today's salary carried back.",
    )
}

/// A state-scale coefficient of the scale before 2004-10: the agency converts it to the scale in force when the
/// benefit is decided, which the calculators do not.
pub fn note_old_scale() -> RowNote {
    RowNote::new(
        "oldScale",
        "Hệ số theo thang lương cũ (trước 10/2004) nằm trong số năm cuối dùng để tính bình quân: cơ quan BHXH quy đổi sang thang lương hiện hành, nên mức bình quân có thể cao hơn. Hãy nhập hệ số đã quy đổi nếu biết.",
        "A coefficient of the scale before 2004-10 in the last years averaged: the agency converts it to today's scale, so the average may be higher. Enter the converted coefficient if you know it.",
    )
    .citing(&[Source::law("Công văn 3432/LĐTBXH-BHXH ngày 08/9/2016", "Mục 3.c")])
}

fn note_allowances(a: &Allowances) -> RowNote {
    let vi_number = |d: Decimal| d.normalize().to_string().replace('.', ",");
    let en_number = |d: Decimal| d.normalize().to_string();
    let parts = |n: &dyn Fn(Decimal) -> String, names: [&str; 4]| {
        let list: Vec<String> = [a.position, a.beyond_scale, a.occupational, a.retained]
            .iter()
            .zip(names)
            .filter(|(v, _)| !v.is_zero())
            .map(|(v, name)| format!("{name} {}", n(*v)))
            .collect();
        if list.is_empty() {
            n(Decimal::ZERO)
        } else {
            format!("{} = {}", list.join(" + "), n(a.total))
        }
    };
    let vi = parts(&vi_number, ["chức vụ", "thâm niên vượt khung", "thâm niên nghề", "chênh lệch bảo lưu"]);
    let en = parts(&en_number, ["position", "beyond-scale seniority", "occupational seniority", "retained difference"]);
    let mut note = RowNote::new(
        "allowances",
        format!("Hệ số lương {}; phụ cấp tính đóng BHXH: {vi}.", vi_number(a.coefficient)),
        format!("Salary coefficient {}; allowances counted for SI: {en}.", en_number(a.coefficient)),
    )
    .citing(&[
        Source::law(LAW_41, "Điều 31.1.a"),
        Source::law("Thông tư 59/2015/TT-BLĐTBXH", "Điều 20.1"),
        Source::secondhand("Nghị định 204/2004/NĐ-CP", "Điều 6"),
        Source::secondhand("Thông tư 04/2005/TT-BNV", "Mục III"),
    ]);
    if !a.regional.is_zero() {
        let (vi, en) = if a.before_2007 {
            (
                " Phụ cấp khu vực không tính vào mức bình quân: phần đã đóng trước năm 2007 được trả bằng trợ cấp khu vực một lần khi hưởng chế độ.",
                " The regional allowance is left out of the average: what was paid on it before 2007 comes back as a one-time regional allowance.",
            )
        } else {
            (
                " Phụ cấp khu vực không tính vào tiền lương đóng BHXH.",
                " The regional allowance is no part of the SI salary.",
            )
        };
        note.vi.push_str(vi);
        note.en.push_str(en);
        note.sources.push(Source::law(LAW_41, "Điều 141.3"));
    }
    note
}

pub fn warning_totals(declared: u32, counted: u32) -> Warning {
    let (dy, dm, cy, cm) = (declared / 12, declared % 12, counted / 12, counted % 12);
    Warning::new(
        "totalsDiffer",
        format!("Tờ khai ghi tổng {dy} năm {dm} tháng, nhưng các dòng đọc được cộng lại {cy} năm {cm} tháng. Hãy xem các dòng cần kiểm tra và các dòng bị bỏ qua."),
        format!("The record states {dy} years {dm} months in all, but the rows read add up to {cy} years {cm} months. Look at the rows to check and the rows left out."),
    )
}

pub fn warning_to_check(count: usize) -> Warning {
    let en = if count == 1 { "1 row needs".to_string() } else { format!("{count} rows need") };
    Warning::new(
        "rowsToCheck",
        format!("{count} dòng cần bạn kiểm tra trước khi dùng."),
        format!("{en} a look before use."),
    )
}

pub fn warning_late(months: u32) -> Warning {
    Warning::new(
        "latePayment",
        format!("Đơn vị còn chậm đóng {months} tháng: các tháng này chỉ được tính khi đơn vị đã đóng đủ."),
        format!("The employer is {months} months late paying: those months count only once it has paid them."),
    )
}

pub fn warning_no_header() -> Warning {
    Warning::new(
        "noHeader",
        "Không thấy dòng tiêu đề (Từ tháng, Đến tháng…): các cột được hiểu theo thứ tự của tờ rời 07/SBH.",
        "No header was found (Từ tháng, Đến tháng…): the columns are taken in the order of the 07/SBH statement.",
    )
}
