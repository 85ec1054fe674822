//! The shape of a record: its lines, the header that names the columns, and which column each piece of a
//! line stands in. Three shapes come in:
//!
//! - a **table**: cells by index, from a spreadsheet, or text copied from one (tab-separated);
//! - **aligned** text: pieces at character offsets under the header's words, as a PDF's or an OCR's text
//!   laid out line by line (pieces are separated by two spaces or more);
//! - **flowing** text: words only, as text copied from a PDF viewer or an app, where an empty cell leaves
//!   no trace; the rules then place the numbers by their shape ([`super::rules`]).

use super::text::{fold, has, month};

/// What a column of the 07/SBH statement or of the VssID list holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Column {
    /// Từ tháng.
    From,
    /// Đến tháng.
    To,
    /// Cấp bậc, chức vụ, chức danh nghề, công việc, nơi làm việc; in VssID, Đơn vị and Nghề nghiệp.
    Description,
    /// Mức đóng: a state-scale salary coefficient, or a salary in đồng.
    Base,
    /// Phụ cấp chức vụ: a coefficient.
    Position,
    /// Phụ cấp thâm niên vượt khung, in percent.
    BeyondScale,
    /// Phụ cấp thâm niên nghề, in percent.
    Occupational,
    /// Phụ cấp khu vực: a coefficient.
    Regional,
    /// Hệ số chênh lệch bảo lưu and other allowances counted for SI ("Khác"): a coefficient.
    Other,
    /// Phụ cấp tái cử (Tái cử).
    Reelection,
    /// Tỷ lệ đóng.
    Rate,
    /// Tiền lương, in đồng.
    Salary,
    /// Phụ cấp lương, in đồng.
    SalaryAllowances,
    /// Các khoản bổ sung, in đồng.
    Supplements,
    /// A column the reader does not use (STT, notes).
    Unknown,
}

/// Each column by words of its header (folded, without spaces), tried in this order: "cấp bậc, chức vụ" is the
/// work's description before "chức vụ" alone is the position allowance. "tháng" may be cut short ("thán"), or
/// OCR'd without its mark.
const HEADERS: &[(&[&str], Column)] = &[
    (&["tuthan"], Column::From),
    (&["denthan"], Column::To),
    (&["capbac", "noilamviec", "diengiai", "donvi", "nghenghiep", "congviec", "chucdanh"], Column::Description),
    (&["mucdong"], Column::Base),
    (&["phucapluong"], Column::SalaryAllowances),
    (&["bosung"], Column::Supplements),
    (&["tienluong"], Column::Salary),
    (&["tyle"], Column::Rate),
    (&["vuotkhung", "tnvk"], Column::BeyondScale),
    (&["tnnghe", "thamniennghe", "tnn"], Column::Occupational),
    (&["khuvuc"], Column::Regional),
    (&["taicu"], Column::Reelection),
    (&["chucvu"], Column::Position),
    (&["khac"], Column::Other),
];

impl Column {
    /// The column a header's words name (folded). The words are compared without their spaces: a header
    /// wrapped in a narrow column, or read by OCR, may cut a word ("Từ thán g").
    fn named(words: &str) -> Column {
        let compact = compact(words);
        HEADERS
            .iter()
            .find(|(keys, _)| keys.iter().any(|k| compact.contains(k)))
            .map_or(Column::Unknown, |&(_, column)| column)
    }

    /// The columns of the 07/SBH statement, left to right: the order assumed when a text has no header.
    pub const STATEMENT: [Column; 14] = [
        Column::From,
        Column::To,
        Column::Description,
        Column::Base,
        Column::Position,
        Column::BeyondScale,
        Column::Occupational,
        Column::Regional,
        Column::Other,
        Column::Reelection,
        Column::Rate,
        Column::Salary,
        Column::SalaryAllowances,
        Column::Supplements,
    ];
}

/// A piece of a line and where it stands: a character offset in text, an index in a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Cell {
    fn overlaps(&self, other: &Cell) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A line of the source, numbered from 1.
#[derive(Clone, Debug)]
pub struct Line {
    pub number: u32,
    /// As written (a table row's cells joined by " | ").
    pub text: String,
    /// Folded ([`fold`]): for recognising words.
    pub folded: String,
    pub cells: Vec<Cell>,
}

impl Line {
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.text.split_whitespace()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    Table,
    Aligned,
    Flowing,
}

/// The header: where it is, how many lines it takes, and the columns it names.
#[derive(Clone, Debug)]
pub struct Header {
    /// The index in the lines of its first line.
    pub at: usize,
    pub lines: usize,
    /// Each column with its place on the line (table and aligned shapes), in order.
    pub columns: Vec<(Column, Cell)>,
}

impl Header {
    /// The column a piece of a data line stands in: among the columns whose name it stands under, a named one
    /// (a number right-aligned in a wide cell may reach under the name of the next, unread, column), the one it
    /// overlaps most; under none, the one whose name is nearest. A table's index is its column's.
    pub fn column_of(&self, cell: &Cell) -> Column {
        let overlap = |h: &Cell| cell.end.min(h.end).saturating_sub(cell.start.max(h.start));
        let distance = |h: &Cell| h.start.saturating_sub(cell.end).max(cell.start.saturating_sub(h.end));
        let best = self
            .columns
            .iter()
            .filter(|(_, h)| overlap(h) > 0)
            .max_by_key(|(k, h)| (*k != Column::Unknown, overlap(h)))
            .or_else(|| self.columns.iter().min_by_key(|(k, h)| (distance(h), *k == Column::Unknown)));
        best.map_or(Column::Unknown, |(k, _)| *k)
    }

    pub fn has(&self, column: Column) -> bool {
        self.columns.iter().any(|(c, _)| *c == column)
    }

    /// The numeric columns, in order: where flowing text's numbers may go.
    pub fn figures(&self) -> Vec<Column> {
        self.columns
            .iter()
            .map(|(c, _)| *c)
            .filter(|c| !matches!(c, Column::From | Column::To | Column::Description | Column::Unknown))
            .collect()
    }
}

/// A source read into lines, with its shape and header.
#[derive(Clone, Debug)]
pub struct Source {
    pub lines: Vec<Line>,
    pub shape: Shape,
    /// `None` when the source names no columns: the statement's order is then assumed.
    pub header: Option<Header>,
}

impl Source {
    fn new(lines: Vec<Line>, table: bool) -> Source {
        // Text whose header or first rows stand in four pieces or more is laid out by columns.
        let at = lines.iter().position(opens_header);
        let shape = match at {
            _ if table => Shape::Table,
            Some(at) if lines[at..].iter().take(10).any(|l| l.cells.len() >= 4) => Shape::Aligned,
            _ => Shape::Flowing,
        };
        let header = header(&lines, shape);
        Source { lines, shape: if header.is_some() { shape } else { Shape::Flowing }, header }
    }

    /// A text. With a tab anywhere, its lines are table rows (text copied from a spreadsheet); otherwise a
    /// line's pieces are the runs separated by two spaces or more, or by `|`, at their character offsets.
    pub fn text(text: &str) -> Source {
        let tabbed = text.contains('\t');
        let lines = text
            .split('\n')
            .enumerate()
            .filter_map(|(i, raw)| {
                let raw = months_apart(raw.trim_end_matches('\r'));
                let cells = if tabbed { tab_cells(&raw) } else { aligned_cells(&raw) };
                line(i, raw.trim().to_string(), cells)
            })
            .collect();
        Source::new(lines, tabbed)
    }

    /// A table: its rows' cells by index. A table whose rows each hold one cell at most is text in a column
    /// (a PDF pasted into a spreadsheet): its cells are read as lines of text.
    pub fn table(rows: &[Vec<String>]) -> Source {
        if rows.iter().all(|r| r.iter().filter(|c| !c.trim().is_empty()).count() <= 1) {
            let text: Vec<&str> =
                rows.iter().map(|r| r.iter().find(|c| !c.trim().is_empty()).map_or("", |c| c)).collect();
            return Source::text(&text.join("\n"));
        }
        let lines = rows
            .iter()
            .enumerate()
            .filter_map(|(i, row)| {
                let cells = indexed_cells(row.iter().map(String::as_str));
                let text = cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ");
                line(i, text, cells)
            })
            .collect();
        Source::new(lines, true)
    }
}

/// A line with two months run together, as OCR may read "01/2020  06/2023" ("01/2020.06/2023"), set apart.
fn months_apart(raw: &str) -> std::borrow::Cow<'_, str> {
    let glued = |w: &str| {
        let cut = w.find('/').map_or(0, |i| i + 5);
        if !w.is_char_boundary(cut) {
            return None;
        }
        let (first, rest) = w.split_at(cut);
        let rest = rest.trim_start_matches(['.', ',', ';', ':', '-']);
        (month(first).is_some() && month(rest).is_some()).then(|| format!("{first}  {rest}"))
    };
    if !raw.split_whitespace().any(|w| glued(w).is_some()) {
        return raw.into();
    }
    raw.split(' ').map(|w| glued(w).unwrap_or_else(|| w.to_string())).collect::<Vec<_>>().join(" ").into()
}

fn line(index: usize, text: String, cells: Vec<Cell>) -> Option<Line> {
    if cells.is_empty() {
        return None;
    }
    let number = u32::try_from(index + 1).ok()?;
    Some(Line { number, folded: fold(&text), text, cells })
}

fn tab_cells(raw: &str) -> Vec<Cell> {
    indexed_cells(raw.split('\t'))
}

/// Cells by their index in a row, without the empty ones.
fn indexed_cells<'a>(cells: impl Iterator<Item = &'a str>) -> Vec<Cell> {
    cells
        .enumerate()
        .filter(|(_, c)| !c.trim().is_empty())
        .map(|(j, c)| Cell { text: c.split_whitespace().collect::<Vec<_>>().join(" "), start: j, end: j + 1 })
        .collect()
}

fn aligned_cells(raw: &str) -> Vec<Cell> {
    let chars: Vec<char> = raw.chars().collect();
    let mut cells = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() || chars[i] == '|' {
            i += 1;
            continue;
        }
        let start = i;
        // A piece ends at `|`, or at two spaces running.
        while i < chars.len()
            && chars[i] != '|'
            && !(chars[i].is_whitespace() && chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
        {
            i += 1;
        }
        let text: String = chars[start..i].iter().collect();
        cells.push(Cell { text: text.trim().to_string(), start, end: i });
    }
    cells
}

/// Whether the line opens a period: its first piece (after a row number) is a month.
pub fn starts_with_month(line: &Line) -> bool {
    let mut words = line.words();
    match words.next() {
        Some(w) if month(w).is_some() => true,
        // "1", "1.", "01)": a row number before the month.
        Some(w) if w.trim_end_matches(['.', ')']).bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4 => {
            words.next().is_some_and(|w| month(w).is_some())
        }
        // "Tháng 01/2015", "T 01/2015".
        Some(w) if matches!(fold(w).as_str(), "thang" | "t") => words.next().is_some_and(|w| month(w).is_some()),
        _ => false,
    }
}

/// Folded words without their spaces.
fn compact(words: &str) -> String {
    words.split(' ').collect()
}

/// Whether a line is (the first line of) the table's header: it names the first month's column ("Từ tháng"),
/// or, wrapped in narrow columns, begins both month columns' names ("Từ", "Đến").
pub fn opens_header(line: &Line) -> bool {
    let words = &line.folded;
    (compact(words).contains("tuthang") || has(words, "tu") && has(words, "den")) && !starts_with_month(line)
}

/// Finds the header: the first line that opens one, with the lines after it up to the first period (at most
/// 8), whose words name the two month columns. `None` when the text names no columns.
fn header(lines: &[Line], shape: Shape) -> Option<Header> {
    (0..lines.len()).filter(|&at| opens_header(&lines[at])).find_map(|at| {
        let mut count = 1;
        while count < 8 && at + count < lines.len() && !starts_with_month(&lines[at + count]) {
            count += 1;
        }
        // A section's title between the header and the first period is no part of the header.
        while count > 1 && has(&lines[at + count - 1].folded, "qua trinh") {
            count -= 1;
        }
        let block = &lines[at..at + count];
        let columns = match shape {
            Shape::Flowing => flowing_columns(&block.iter().map(|l| l.folded.as_str()).collect::<Vec<_>>().join(" ")),
            Shape::Table | Shape::Aligned => placed_columns(block),
        };
        let named = |c: Column| columns.iter().any(|(k, _)| *k == c);
        (named(Column::From) && named(Column::To)).then_some(Header { at, lines: count, columns })
    })
}

/// The columns of a header written as flowing words: each name where it first appears.
fn flowing_columns(words: &str) -> Vec<(Column, Cell)> {
    const NAMES: [(&str, Column); 17] = [
        ("tu thang", Column::From),
        ("den thang", Column::To),
        ("cap bac", Column::Description),
        ("don vi", Column::Description),
        ("muc dong", Column::Base),
        ("chuc vu", Column::Position),
        ("vk", Column::BeyondScale),
        ("vuot khung", Column::BeyondScale),
        ("nghe %", Column::Occupational),
        ("tham nien nghe", Column::Occupational),
        ("khu vuc", Column::Regional),
        ("khac", Column::Other),
        ("tai cu", Column::Reelection),
        ("ty le", Column::Rate),
        ("tien luong", Column::Salary),
        ("phu cap luong", Column::SalaryAllowances),
        ("bo sung", Column::Supplements),
    ];
    let mut found: Vec<(usize, Column)> = Vec::new();
    for (name, column) in NAMES {
        let at = words.match_indices(name).map(|(i, _)| i).find(|i| {
            // "chức vụ" inside "cấp bậc, chức vụ, chức danh …" names the description, not the allowance;
            // "tiền lương" inside "phụ cấp lương" is not the salary column.
            let description_words = column == Column::Position && words[..*i].ends_with("cap bac ");
            let allowance_words = column == Column::Salary && words[..*i].ends_with("phu cap ");
            !description_words && !allowance_words
        });
        if let Some(at) = at {
            if !found.iter().any(|(_, c)| *c == column) {
                found.push((at, column));
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().enumerate().map(|(i, (_, c))| (c, Cell { text: String::new(), start: i, end: i + 1 })).collect()
}

/// The columns of a header whose pieces have places: pieces of lines below that stand under a piece above
/// continue it (a name that wraps); a piece above over several below is a group's name ("Phụ cấp") and
/// prefixes each of them.
fn placed_columns(block: &[Line]) -> Vec<(Column, Cell)> {
    let mut columns: Vec<Cell> = Vec::new();
    for line in block {
        let mut next: Vec<Cell> = Vec::new();
        let mut used = vec![false; columns.len()];
        for cell in &line.cells {
            let mut above: Vec<usize> = (0..columns.len()).filter(|&i| columns[i].overlaps(cell)).collect();
            // A letter or two alone, just beside a name above: the end of a word cut by the wrap ("thán" / "g").
            if above.is_empty() && cell.text.chars().count() <= 2 && cell.text.chars().all(char::is_alphabetic) {
                above.extend(
                    (0..columns.len()).filter(|&i| columns[i].end <= cell.start && cell.start - columns[i].end <= 1),
                );
            }
            match above.as_slice() {
                [i] if line.cells.iter().filter(|c| c.overlaps(&columns[*i])).count() > 1 => {
                    // A group's name over several pieces.
                    next.push(Cell { text: format!("{} {}", columns[*i].text, cell.text), ..cell.clone() });
                    used[*i] = true;
                }
                [] => next.push(cell.clone()),
                several => {
                    let text = several
                        .iter()
                        .map(|&i| columns[i].text.as_str())
                        .chain([cell.text.as_str()])
                        .collect::<Vec<_>>();
                    let start =
                        several.iter().map(|&i| columns[i].start).chain([cell.start]).min().unwrap_or(cell.start);
                    let end = several.iter().map(|&i| columns[i].end).chain([cell.end]).max().unwrap_or(cell.end);
                    next.push(Cell { text: text.join(" "), start, end });
                    several.iter().for_each(|&i| used[i] = true);
                }
            }
        }
        next.extend(columns.iter().zip(&used).filter(|(_, u)| !**u).map(|(c, _)| c.clone()));
        next.sort_by_key(|c| c.start);
        columns = next;
    }
    columns.into_iter().map(|c| (Column::named(&fold(&c.text)), c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_pieces_keep_their_offsets() {
        let cells = aligned_cells("01/2005  12/2007   Chuyên viên, Sở Tài chính    3,99 | 0,3");
        let texts: Vec<&str> = cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["01/2005", "12/2007", "Chuyên viên, Sở Tài chính", "3,99", "0,3"]);
        assert_eq!((cells[1].start, cells[1].end), (9, 16));
    }

    #[test]
    fn a_wrapped_header_with_a_group_names_every_column() {
        let source = Source::text(concat!(
            "Từ tháng  Đến tháng  Cấp bậc, chức vụ,  Mức đóng             Phụ cấp              Tỷ lệ\n",
            "năm       năm        nơi làm việc                 Chức vụ  TN VK (%)  Khu vực  đóng\n",
            "01/2005   12/2007    Chuyên viên        3,99      0,3      5          0,2      22%",
        ));
        assert_eq!(source.shape, Shape::Aligned);
        let h = source.header.unwrap();
        let names: Vec<Column> = h.columns.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            names,
            [
                Column::From,
                Column::To,
                Column::Description,
                Column::Base,
                Column::Position,
                Column::BeyondScale,
                Column::Regional,
                Column::Rate
            ]
        );
        let placed: Vec<Column> = source.lines[2].cells.iter().map(|c| h.column_of(c)).collect();
        assert_eq!(placed, names);
    }

    #[test]
    fn a_flowing_header_gives_the_order_of_its_names() {
        let source = Source::text("Từ tháng Đến tháng Cấp bậc, chức vụ, chức danh nghề Mức đóng Phụ cấp Chức vụ TN VK (%) TN Nghề (%) Khu vực Tỷ lệ đóng Tiền lương Phụ cấp lương\n01/2005 12/2007 x 3,99");
        assert_eq!(source.shape, Shape::Flowing);
        assert_eq!(
            source.header.unwrap().figures(),
            [
                Column::Base,
                Column::Position,
                Column::BeyondScale,
                Column::Occupational,
                Column::Regional,
                Column::Rate,
                Column::Salary,
                Column::SalaryAllowances
            ]
        );
    }

    #[test]
    fn a_table_names_its_columns_by_index() {
        let rows: Vec<Vec<String>> = [
            vec!["Từ tháng", "Đến tháng", "Cấp bậc", "Mức đóng", "Phụ cấp", "", "Tỷ lệ đóng"],
            vec!["", "", "", "", "Chức vụ", "TN VK (%)", ""],
            vec!["01/2005", "12/2007", "Chuyên viên", "3,99", "", "5", "22%"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        let source = Source::table(&rows);
        assert_eq!(source.shape, Shape::Table);
        let h = source.header.unwrap();
        assert_eq!(h.lines, 2);
        let placed: Vec<Column> = source.lines[2].cells.iter().map(|c| h.column_of(c)).collect();
        assert_eq!(
            placed,
            [Column::From, Column::To, Column::Description, Column::Base, Column::BeyondScale, Column::Rate]
        );
    }

    #[test]
    fn periods_open_with_a_month() {
        let l = |t: &str| Source::text(t).lines.remove(0);
        assert!(starts_with_month(&l("01/2005 12/2007 x")));
        assert!(starts_with_month(&l("3. 01/2005 12/2007 x")));
        assert!(starts_with_month(&l("Tháng 01/2005")));
        assert_eq!(Source::text("01/2020.06/2023  Công nhân").lines[0].cells[1].text, "06/2023");
        assert!(!starts_with_month(&l("Tổng thời gian: 5 năm")));
        assert!(!starts_with_month(&l("2005 là năm")));
    }
}
