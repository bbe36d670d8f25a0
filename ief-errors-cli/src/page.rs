//! A published error-code page, as its text reads: a header (the update
//! time, the title, a note, the five column names), then the rows, five
//! cells a row: status, code, the API's message, a description, and the
//! remediation. Huawei Cloud services publish their codes in this layout,
//! so any service's page reads the same way, in either of its languages:
//!
//! - the Chinese page (状态码, 错误码, 错误信息, 描述, 处理措施), whose
//!   message is the API's English one and whose description and
//!   remediation are Chinese;
//! - the international page (Status Code, Error Codes, Error Message,
//!   Description, Solution), all English.
//!
//! The page's text comes as a browser's reader view or a copy of the page
//! gives it, one cell a line, or as a copy of the table alone, one row a
//! line with its cells separated by tabs.
//!
//! Rows are found by their code column (see `row_spans`), so a row with a
//! cell too few or too many, or a status or code mistyped, is reported
//! where it starts, by its code, and the rows after it are still read.

use std::collections::{HashMap, HashSet};

use crate::escape::quoted;

/// The language of a page, which says what its columns hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageLanguage {
    /// The Chinese page: the API's English message, then the Chinese
    /// description and remediation.
    Chinese,
    /// The international page: every column English.
    English,
}

/// The columns of the Chinese page, as it names them.
const CHINESE_COLUMNS: [&str; 5] = ["状态码", "错误码", "错误信息", "描述", "处理措施"];

/// The columns of the international page: the names each is given, as
/// Huawei Cloud's English pages spell them (matched in any case).
const ENGLISH_COLUMNS: [&[&str]; 5] = [
    &["Status Code"],
    &["Error Codes", "Error Code"],
    &["Error Message"],
    &["Description"],
    &["Solution", "Handling Measure", "Measure", "Troubleshooting"],
];

/// One row of the page. The texts the page does not hold, in its language,
/// are `None`: a person writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageRow {
    /// Where the row starts (its status), counting from 1.
    pub(crate) line: usize,
    pub(crate) status: u16,
    pub(crate) code: String,
    /// The API's message, in English on both pages.
    pub(crate) message_en: String,
    /// The Chinese page's description.
    pub(crate) message_zh: Option<String>,
    /// The international page's solution.
    pub(crate) remediation_en: Option<String>,
    /// The Chinese page's remediation.
    pub(crate) remediation_zh: Option<String>,
}

impl PageRow {
    /// The row's texts that the page holds, each with the table key it fills.
    pub(crate) fn texts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("message.en", Some(self.message_en.as_str())),
            ("message.zh", self.message_zh.as_deref()),
            ("remediation.en", self.remediation_en.as_deref()),
            ("remediation.zh", self.remediation_zh.as_deref()),
        ]
        .into_iter()
        .filter_map(|(key, text)| Some((key, text?)))
    }
}

/// The page's rows and its update date.
#[derive(Debug)]
pub(crate) struct Page {
    /// Which page it is.
    pub(crate) language: PageLanguage,
    /// The update date (`2025-08-26`), when the page gives one that reads as a date.
    pub(crate) updated: Option<String>,
    /// What the page gives as its update time when that is not a date.
    pub(crate) unreadable_date: Option<String>,
    pub(crate) rows: Vec<PageRow>,
}

/// The header as the page writes it, its language, and the cells after it,
/// each with its line.
struct Body<'t> {
    language: PageLanguage,
    /// Whether the rows are lines of tab-separated cells.
    tab_separated: bool,
    columns: Vec<&'t str>,
    cells: Vec<(usize, &'t str)>,
}

/// Reads the page; each problem names the line it is on.
pub(crate) fn parse(text: &str) -> Result<Page, Vec<String>> {
    // A byte-order mark is no part of the first cell.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .collect();
    let Body {
        language,
        tab_separated,
        columns,
        cells: body,
    } = tab_separated_body(&lines)
        .or_else(|| one_cell_a_line_body(&lines))
        .ok_or_else(|| {
            let english: Vec<&str> = ENGLISH_COLUMNS.iter().map(|names| names[0]).collect();
            vec![format!(
                "no header row: expected the columns {} (the Chinese page) or {} (the international page), one a line or separated by tabs",
                CHINESE_COLUMNS.join(", "),
                english.join(", ")
            )]
        })?;
    // The update time is above the header, first or after a breadcrumb.
    let first_row_line = body.first().map_or(usize::MAX, |(line, _)| *line);
    let update_time = lines
        .iter()
        .take_while(|(line, _)| *line < first_row_line)
        .find_map(|(_, line)| {
            let line = line.trim();
            let rest = line
                .strip_prefix("更新时间")
                .or_else(|| line.strip_prefix("Updated on"))?
                .trim_start_matches([':', '：', ' '])
                .trim();
            Some(rest.split_whitespace().next().unwrap_or_default())
        });
    let updated = update_time.filter(|time| is_date(time)).map(str::to_owned);
    let unreadable_date = update_time.filter(|time| !is_date(time)).map(str::to_owned);

    let mut problems = Vec::new();
    if body.is_empty() {
        // Imported, a page without rows would mark every code deprecated.
        problems.push("the page has no rows after its header".to_owned());
    }
    let spans = row_spans(&body);
    if let Some(&(line, cell)) = body.first() {
        if spans.first().is_none_or(|span| span.start > 0) {
            problems.push(format!(
                "line {line}: expected a row's HTTP status followed by its code, found {}",
                quoted(cell)
            ));
        }
    }

    let mut rows = Vec::with_capacity(spans.len());
    let mut first_line_of: HashMap<String, (usize, &str)> = HashMap::new();
    let layout = Layout {
        language,
        tab_separated,
        columns: &columns,
    };
    for span in &spans {
        if let Some(row) = read_row(&body, span, &layout, &mut first_line_of, &mut problems) {
            rows.push(row);
        }
    }
    if problems.is_empty() {
        Ok(Page {
            language,
            updated,
            unreadable_date,
            rows,
        })
    } else {
        Err(problems)
    }
}

/// The language whose column names `cells` are, if they are either's.
fn header_language(cells: &[&str]) -> Option<PageLanguage> {
    if cells.len() != CHINESE_COLUMNS.len() {
        return None;
    }
    if cells.iter().eq(CHINESE_COLUMNS.iter()) {
        return Some(PageLanguage::Chinese);
    }
    let english = cells
        .iter()
        .zip(ENGLISH_COLUMNS)
        .all(|(cell, names)| names.iter().any(|name| name.eq_ignore_ascii_case(cell)));
    english.then_some(PageLanguage::English)
}

/// The body of a page whose header row is one line of tab-separated column
/// names, as a browser copies a table: each line after it a row, its cells
/// between tabs. An empty cell is kept, so the cells keep their columns;
/// the empty cells a line ends with past the last column are not cells.
fn tab_separated_body<'t>(lines: &[(usize, &'t str)]) -> Option<Body<'t>> {
    let (header, language, columns) = lines.iter().enumerate().find_map(|(index, (_, line))| {
        if !line.contains('\t') {
            return None;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let columns = without_trailing_empty(&cells).to_vec();
        Some((index, header_language(&columns)?, columns))
    })?;
    let mut cells = Vec::new();
    for &(line, text) in &lines[header + 1..] {
        let row: Vec<&str> = text.split('\t').map(str::trim).collect();
        // An empty last column is a cell (a row with no solution yet); the
        // empty cells past the columns are the copy's trailing tabs.
        let filled = without_trailing_empty(&row).len();
        let kept = if filled == 0 {
            0
        } else {
            filled.max(row.len().min(columns.len()))
        };
        cells.extend(row[..kept].iter().map(|cell| (line, *cell)));
    }
    Some(Body {
        language,
        tab_separated: true,
        columns,
        cells,
    })
}

fn without_trailing_empty<'c, 't>(cells: &'c [&'t str]) -> &'c [&'t str] {
    let kept = cells
        .iter()
        .rposition(|cell| !cell.is_empty())
        .map_or(0, |last| last + 1);
    &cells[..kept]
}

/// The body of a page written one cell a line: the non-empty lines after
/// the five column names, each on a line of its own.
fn one_cell_a_line_body<'t>(lines: &[(usize, &'t str)]) -> Option<Body<'t>> {
    let cells: Vec<(usize, &str)> = lines
        .iter()
        .map(|&(line, text)| (line, text.trim()))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let (header, language) =
        cells
            .windows(CHINESE_COLUMNS.len())
            .enumerate()
            .find_map(|(index, window)| {
                let names: Vec<&str> = window.iter().map(|(_, cell)| *cell).collect();
                Some((index, header_language(&names)?))
            })?;
    let header_end = header + CHINESE_COLUMNS.len();
    Some(Body {
        language,
        tab_separated: false,
        columns: cells[header..header_end]
            .iter()
            .map(|(_, cell)| *cell)
            .collect(),
        cells: cells[header_end..].to_vec(),
    })
}

/// What reading a row needs to know of the page: its language, and its
/// column names as it writes them, for messages.
struct Layout<'a> {
    language: PageLanguage,
    tab_separated: bool,
    columns: &'a [&'a str],
}

/// The row at `span`, or `None` after pushing its problems.
fn read_row<'t>(
    body: &[(usize, &'t str)],
    span: &RowSpan,
    layout: &Layout<'_>,
    first_line_of: &mut HashMap<String, (usize, &'t str)>,
    problems: &mut Vec<String>,
) -> Option<PageRow> {
    let cells = &body[span.start..span.end];
    let (line, _) = cells[0];
    let Some(code_index) = span.code else {
        problems.push(format!(
            "line {line}: the row that starts here with the status {} has no code cell; {} stands where its code should",
            quoted(cells[0].1),
            cells
                .get(1)
                .map_or_else(|| "nothing".to_owned(), |(_, cell)| quoted(cell)),
        ));
        return None;
    };
    let (code_line, code) = body[code_index];
    let texts = &body[code_index + 1..span.end];
    let problems_before = problems.len();
    if !is_code(code) {
        problems.push(format!(
            "line {code_line}: the code {} is not a code: a code is ASCII letters, digits, `.`, `_` and `-`, starting with a letter",
            quoted(code)
        ));
    }
    // Codes are typed in any case, so codes that differ only in case are
    // one code listed twice.
    match first_line_of.get(code.to_ascii_lowercase().as_str()) {
        Some(&(first_line, first)) if first == code => problems.push(format!(
            "line {line}: {} is listed twice; its first row starts on line {first_line}",
            quoted(code)
        )),
        Some(&(first_line, first)) => problems.push(format!(
            "line {line}: {} is listed twice, as {} in the row that starts on line {first_line} (codes are read in any case)",
            quoted(code),
            quoted(first)
        )),
        None => {
            let _ = first_line_of.insert(code.to_ascii_lowercase(), (line, code));
        }
    }
    let status = match span.status {
        None => {
            problems.push(format!(
                "line {code_line}: the row of {} has no status cell: an HTTP status should be on the line before its code",
                quoted(code)
            ));
            None
        }
        Some(index) => {
            let status = body[index].1;
            let parsed = Some(status)
                .filter(|status| is_status(status))
                .and_then(|status| status.parse::<u16>().ok())
                .filter(|status| (100..=599).contains(status));
            if parsed.is_none() {
                problems.push(format!(
                    "line {line}: the row of {} has the status {}, which is not an HTTP status (100 to 599)",
                    quoted(code),
                    quoted(status)
                ));
            }
            parsed
        }
    };
    let [(_, message), (_, description), (_, remediation)] = texts else {
        problems.push(wrong_cell_count(code, cells, texts, layout));
        return None;
    };
    let status = status?;
    if problems.len() > problems_before {
        return None;
    }
    let text = |cell: &str| Some(cell.to_owned());
    let (message_zh, remediation_en, remediation_zh) = match layout.language {
        PageLanguage::Chinese => (text(description), None, text(remediation)),
        // The English description says again, in other words, what the
        // API's message says; the table's English message is the API's.
        PageLanguage::English => (None, text(remediation), None),
    };
    Some(PageRow {
        line,
        status,
        code: code.to_owned(),
        message_en: (*message).to_owned(),
        message_zh,
        remediation_en,
        remediation_zh,
    })
}

fn wrong_cell_count(
    code: &str,
    row: &[(usize, &str)],
    texts: &[(usize, &str)],
    layout: &Layout<'_>,
) -> String {
    let line = row[0].0;
    let columns = layout.columns.join(", ");
    let likely_cause = if layout.tab_separated {
        "is there a tab inside a cell?"
    } else {
        "is a cell split over two lines?"
    };
    let cells = row.len();
    match texts.get(3) {
        Some((extra_line, _)) => format!(
            "line {line}: the row of {} has {cells} cells, not the 5 columns {columns}; its 6th cell is on line {extra_line} ({likely_cause})",
            quoted(code),
        ),
        None => format!(
            "line {line}: the row of {} has {cells} of the 5 cells {columns}",
            quoted(code),
        ),
    }
}

/// Where one row lies in the page's cells: `start..end`, with the index of
/// its status and of its code cell when it has them.
#[derive(Debug, PartialEq, Eq)]
struct RowSpan {
    start: usize,
    end: usize,
    status: Option<usize>,
    code: Option<usize>,
}

/// Finds the rows by their code column, so that one broken row (a cell
/// missing, a status or code mistyped) is reported where it starts and
/// the rows after it still read.
///
/// The page's code prefixes (`IEF`, `IAM`) are learnt from the rows that
/// read cleanly, a three-digit status followed by a code with a digit. Every cell that
/// looks like a code with one of those prefixes (even mistyped: `IAM 0002`,
/// a zero-width space inside) is a row's code; the cell before it is the
/// row's status when it looks like one (short, with a digit), else the
/// status cell is missing. A row longer than it should be that holds a
/// three-digit status after its remediation is two rows, the second
/// without its code cell.
fn row_spans(cells: &[(usize, &str)]) -> Vec<RowSpan> {
    let clean_codes: Vec<usize> = (1..cells.len())
        .filter(|&index| {
            let cell = cells[index].1;
            // A digit tells a code from a one-word message (`Forbidden.`).
            is_status(cells[index - 1].1)
                && is_code(cell)
                && cell.bytes().any(|byte| byte.is_ascii_digit())
        })
        .collect();
    let prefixes: HashSet<String> = clean_codes
        .iter()
        .map(|&index| code_prefix(cells[index].1).to_ascii_lowercase())
        .collect();
    // `clean_codes` is in ascending order: a search, not a scan, keeps a
    // page of 50,000 rows linear.
    let codes: Vec<usize> = (0..cells.len())
        .filter(|&index| {
            clean_codes.binary_search(&index).is_ok() || looks_like_code(cells[index].1, &prefixes)
        })
        .collect();

    let mut spans: Vec<RowSpan> = Vec::with_capacity(codes.len() + 1);
    for (position, &code) in codes.iter().enumerate() {
        let after_previous = position
            .checked_sub(1)
            .map_or(0, |previous| codes[previous] + 1);
        let status = code
            .checked_sub(1)
            .filter(|&status| status >= after_previous && looks_like_status(cells[status].1));
        spans.push(RowSpan {
            start: status.unwrap_or(code),
            end: cells.len(),
            status,
            code: Some(code),
        });
    }
    for position in 1..spans.len() {
        spans[position - 1].end = spans[position].start;
    }

    // Rows without a code cell: cells before the first code that start
    // with a status, and the tails of rows too long by a status and more.
    let mut rows = Vec::with_capacity(spans.len() + 1);
    if let Some(first) = spans.first() {
        if first.start > 0 && is_status(cells[0].1) {
            rows.push(RowSpan {
                start: 0,
                end: first.start,
                status: Some(0),
                code: None,
            });
        }
    }
    for mut span in spans {
        let tail = span
            .code
            .and_then(|code| (code + 4..span.end).find(|&index| is_status(cells[index].1)));
        match tail {
            Some(tail) => {
                let end = span.end;
                span.end = tail;
                rows.push(span);
                rows.push(RowSpan {
                    start: tail,
                    end,
                    status: Some(tail),
                    code: None,
                });
            }
            None => rows.push(span),
        }
    }
    rows
}

/// A status as the page writes it: three digits.
fn is_status(cell: &str) -> bool {
    cell.len() == 3 && cell.bytes().all(|byte| byte.is_ascii_digit())
}

/// A cell that stands where a status should, even mistyped (`40O`, a
/// control sequence inside): past its control characters, a short ASCII
/// word with a digit. A remediation is text, usually Chinese.
fn looks_like_status(cell: &str) -> bool {
    let visible: Vec<char> = cell
        .chars()
        .filter(|character| !crate::escape::is_escaped(*character))
        .collect();
    (1..=6).contains(&visible.len())
        && visible.iter().all(char::is_ascii_graphic)
        && visible.iter().any(char::is_ascii_digit)
}

/// The service part of a code: `IEF` of `IEF.100004`.
fn code_prefix(cell: &str) -> &str {
    let end = cell
        .find(|character: char| !(character.is_ascii_alphanumeric() || character == '_'))
        .unwrap_or(cell.len());
    &cell[..end]
}

/// A cell that stands where a code should, even mistyped: one of the
/// page's prefixes (any case), a short separator (`.`, a space), then one
/// word holding a digit, such as `IAM 0002` or `IEF.1000\u{200b}04`.
fn looks_like_code(cell: &str, prefixes: &HashSet<String>) -> bool {
    let prefix = code_prefix(cell);
    if prefix.is_empty() || !prefixes.contains(&prefix.to_ascii_lowercase()) {
        return false;
    }
    let rest = &cell[prefix.len()..];
    let number = rest.trim_start_matches(|character: char| !character.is_alphanumeric());
    let separator = rest.len() - number.len();
    (1..=4).contains(&separator)
        && number.len() <= 32
        && number.bytes().any(|byte| byte.is_ascii_digit())
        && !number.chars().any(char::is_whitespace)
}

/// `IEF.100004`, `IAM.0001`, `APIGW.0101`, `CCE_CM.0001`: ASCII letters,
/// digits, `.`, `_` and `-`, starting with a letter.
fn is_code(cell: &str) -> bool {
    cell.starts_with(|first: char| first.is_ascii_alphabetic())
        && cell
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
}

/// The calendar date `days` days after 1970-01-01, as `YYYY-MM-DD`
/// (Howard Hinnant's `civil_from_days`, for the proleptic Gregorian calendar).
pub(crate) fn date_of_day(days: u64) -> String {
    let shifted = days + 719_468;
    let era = shifted / 146_097;
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    // Months counted from March, so that February's leap day comes last.
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `YYYY-MM-DD`, a real calendar date (`2025-02-30` is not one).
pub(crate) fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .filter(|digits| digits.iter().all(u8::is_ascii_digit))
            .and_then(|digits| std::str::from_utf8(digits).ok()?.parse::<u32>().ok())
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "更新时间:2025-08-26 GMT+08:00\n\n错误码\n\n状态码\n\n错误码\n\n错误信息\n\n描述\n\n处理措施\n\n400\n\nIEF.1\n\nBad.\n\n坏\n\n修复\n\n500\n\nIEF.2\n\nBroken.\n\n坏了\n\n内部错误\n";

    #[test]
    fn rows_and_date_are_read() {
        let page = parse(PAGE).unwrap();
        assert_eq!(page.updated.as_deref(), Some("2025-08-26"));
        assert_eq!(
            page.rows[0],
            PageRow {
                line: 15,
                status: 400,
                code: "IEF.1".into(),
                message_en: "Bad.".into(),
                message_zh: Some("坏".into()),
                remediation_en: None,
                remediation_zh: Some("修复".into()),
            }
        );
        assert_eq!(
            (page.rows[1].line, page.rows[1].code.as_str()),
            (25, "IEF.2")
        );
    }

    #[test]
    fn a_short_row_is_reported_where_it_starts_by_its_code() {
        let problems = parse(&PAGE.replace("\n修复\n", "\n")).unwrap_err();
        assert_eq!(
            problems,
            [
                "line 15: the row of \"IEF.1\" has 4 of the 5 cells 状态码, 错误码, 错误信息, 描述, 处理措施"
            ]
        );
    }

    #[test]
    fn a_long_row_names_its_extra_cell() {
        let problems = parse(&PAGE.replace("\nBad.\n", "\nBad.\n\nmore.\n")).unwrap_err();
        assert_eq!(
            problems,
            [
                "line 15: the row of \"IEF.1\" has 6 cells, not the 5 columns 状态码, 错误码, 错误信息, 描述, 处理措施; its 6th cell is on line 25 (is a cell split over two lines?)"
            ]
        );
    }

    #[test]
    fn a_duplicated_code_names_both_rows() {
        let problems = parse(&PAGE.replace("IEF.2", "IEF.1")).unwrap_err();
        assert_eq!(
            problems,
            ["line 25: \"IEF.1\" is listed twice; its first row starts on line 15"]
        );
    }

    #[test]
    fn codes_that_differ_only_in_case_are_listed_twice() {
        let problems = parse(&PAGE.replace("IEF.2", "ief.1")).unwrap_err();
        assert_eq!(
            problems,
            [
                "line 25: \"ief.1\" is listed twice, as \"IEF.1\" in the row that starts on line 15 (codes are read in any case)"
            ]
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let page = PAGE.replace("\n修复\n", "\n").replace("\n500\n", "\n999\n");
        assert_eq!(parse(&page).unwrap_err().len(), 2);
    }

    #[test]
    fn a_bad_first_status_names_its_line() {
        let problems = parse(&PAGE.replace("\n400\n", "\nfour\n")).unwrap_err();
        assert_eq!(
            problems[0],
            "line 15: expected a row's HTTP status followed by its code, found \"four\""
        );
    }

    #[test]
    fn a_status_out_of_range_is_reported() {
        let problems = parse(&PAGE.replace("\n500\n", "\n999\n")).unwrap_err();
        assert_eq!(
            problems,
            [
                "line 25: the row of \"IEF.2\" has the status \"999\", which is not an HTTP status (100 to 599)"
            ]
        );
    }

    /// `PAGE` with a third row; its second row starts on line 25.
    fn three_rows() -> String {
        format!("{PAGE}\n401\n\nIEF.3\n\nNo.\n\n不\n\n登录\n")
    }

    #[test]
    fn a_broken_status_or_code_is_reported_at_its_own_row() {
        for (broken, fixed, problem) in [
            (
                "\n500\n\nIEF.2\n",
                "\nIEF.2\n",
                "line 25: the row of \"IEF.2\" has no status cell: an HTTP status should be on the line before its code",
            ),
            (
                "\n500\n\nIEF.2\n",
                "\n50O\n\nIEF.2\n",
                "line 25: the row of \"IEF.2\" has the status \"50O\", which is not an HTTP status (100 to 599)",
            ),
            (
                "\n500\n\nIEF.2\n",
                "\n5\u{1b}[0m00\n\nIEF.2\n",
                "line 25: the row of \"IEF.2\" has the status \"5\\u{1b}[0m00\", which is not an HTTP status (100 to 599)",
            ),
            (
                "\nIEF.2\n",
                "\nIEF 2\n",
                "line 27: the code \"IEF 2\" is not a code: a code is ASCII letters, digits, `.`, `_` and `-`, starting with a letter",
            ),
            (
                "\nIEF.2\n",
                "\nief.\u{200b}2\n",
                "line 27: the code \"ief.\\u{200b}2\" is not a code: a code is ASCII letters, digits, `.`, `_` and `-`, starting with a letter",
            ),
            (
                "\nIEF.2\n\n",
                "\n",
                "line 25: the row that starts here with the status \"500\" has no code cell; \"Broken.\" stands where its code should",
            ),
        ] {
            let page = three_rows().replacen(broken, fixed, 1);
            assert_eq!(parse(&page).unwrap_err(), [problem], "{fixed:?}");
        }
    }

    #[test]
    fn a_byte_order_mark_does_not_hide_the_date() {
        let page = parse(&format!("\u{feff}{PAGE}")).unwrap();
        assert_eq!(page.updated.as_deref(), Some("2025-08-26"));
    }

    #[test]
    fn a_page_without_rows_is_refused() {
        let header_only = &PAGE[..PAGE.find("400").unwrap()];
        assert_eq!(
            parse(header_only).unwrap_err(),
            ["the page has no rows after its header"]
        );
    }

    #[test]
    fn text_without_the_header_is_refused() {
        assert!(parse("400\nIEF.1\n").unwrap_err()[0].starts_with("no header row"));
    }

    #[test]
    fn an_unreadable_update_time_is_kept_for_a_warning() {
        let page = parse(&PAGE.replace("2025-08-26", "2025/08/26")).unwrap();
        assert_eq!(page.updated, None);
        assert_eq!(page.unreadable_date.as_deref(), Some("2025/08/26"));
    }

    #[test]
    fn days_since_1970_are_calendar_dates() {
        assert_eq!(date_of_day(0), "1970-01-01");
        assert_eq!(date_of_day(59), "1970-03-01");
        assert_eq!(date_of_day(11_016), "2000-02-29");
        assert_eq!(date_of_day(11_017), "2000-03-01");
        assert_eq!(date_of_day(20_326), "2025-08-26");
        assert_eq!(date_of_day(20_453), "2025-12-31");
        assert_eq!(date_of_day(20_454), "2026-01-01");
        for days in [0, 59, 11_016, 20_326, 400_000] {
            assert!(is_date(&date_of_day(days)), "{days}");
        }
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2025-08-26"));
        assert!(is_date("2024-02-29"));
        assert!(is_date("2000-02-29"));
        for text in [
            "2025-02-29",
            "1900-02-29",
            "2025-02-30",
            "2025-04-31",
            "2025-8-1",
            "2025-8-26",
            "2025-13-01",
            "2025-00-10",
            "2025-08-32",
            "20250826xx",
            "２０２５-08-26",
        ] {
            assert!(!is_date(text), "{text}");
        }
    }

    const ENGLISH_PAGE: &str = "Updated on 2024-02-23 GMT+08:00\n\nError Codes\n\nStatus Code\n\nError Codes\n\nError Message\n\nDescription\n\nSolution\n\n400\n\nIEF.1\n\nBad.\n\nThe request is bad.\n\nFix it.\n\n500\n\nIEF.2\n\nBroken.\n\nThe service broke.\n\nInternal error. Contact support.\n";

    #[test]
    fn an_english_page_fills_the_english_texts_and_leaves_the_chinese() {
        let page = parse(ENGLISH_PAGE).unwrap();
        assert_eq!(page.language, PageLanguage::English);
        assert_eq!(page.updated.as_deref(), Some("2024-02-23"));
        assert_eq!(
            page.rows[0],
            PageRow {
                line: 15,
                status: 400,
                code: "IEF.1".into(),
                message_en: "Bad.".into(),
                message_zh: None,
                remediation_en: Some("Fix it.".into()),
                remediation_zh: None,
            }
        );
        assert_eq!(page.rows.len(), 2);
    }

    #[test]
    fn the_english_columns_go_by_each_name_huawei_cloud_gives_them_in_any_case() {
        for (from, to) in [
            ("Error Codes", "Error Code"),
            ("Solution", "Handling Measure"),
            ("Solution", "Measure"),
            ("Solution", "Troubleshooting"),
            ("Status Code", "STATUS CODE"),
            ("Error Message", "error message"),
        ] {
            let page =
                parse(&ENGLISH_PAGE.replacen(&format!("\n{from}\n"), &format!("\n{to}\n"), 1))
                    .unwrap_or_else(|problems| panic!("{to}: {problems:?}"));
            assert_eq!(page.language, PageLanguage::English, "{to}");
            assert_eq!(page.rows.len(), 2, "{to}");
        }
        assert!(
            parse(&ENGLISH_PAGE.replacen("\nSolution\n", "\nRemarks\n", 1)).unwrap_err()[0]
                .starts_with("no header row")
        );
    }

    #[test]
    fn an_english_row_of_the_wrong_length_is_named_by_the_pages_own_columns() {
        let problems = parse(&ENGLISH_PAGE.replace("\nFix it.\n", "\n")).unwrap_err();
        assert_eq!(
            problems,
            [
                "line 15: the row of \"IEF.1\" has 4 of the 5 cells Status Code, Error Codes, Error Message, Description, Solution"
            ]
        );
    }

    /// `page`'s rows as a browser copies its table: a line each, its cells
    /// separated by tabs, after the same lines before the header.
    fn tab_separated(page: &str) -> String {
        let cells: Vec<&str> = page.lines().filter(|line| !line.is_empty()).collect();
        let header = cells
            .iter()
            .position(|cell| *cell == "Status Code" || *cell == "状态码")
            .unwrap();
        let mut text = cells[..header].join("\n");
        text.push('\n');
        for row in cells[header..].chunks(5) {
            text.push_str(&row.join("\t"));
            text.push('\n');
        }
        text
    }

    #[test]
    fn a_tab_separated_copy_reads_as_the_page_does() {
        for page in [PAGE, ENGLISH_PAGE] {
            let expected = parse(page).unwrap();
            let copy = tab_separated(page);
            let read = parse(&copy).unwrap_or_else(|problems| panic!("{copy}: {problems:?}"));
            assert_eq!(read.language, expected.language);
            assert_eq!(read.updated, expected.updated);
            let without_lines = |page: &Page| -> Vec<PageRow> {
                page.rows
                    .iter()
                    .map(|row| PageRow {
                        line: 0,
                        ..row.clone()
                    })
                    .collect()
            };
            assert_eq!(without_lines(&read), without_lines(&expected));
            // Each row is where its line is.
            let lines: Vec<usize> = read.rows.iter().map(|row| row.line).collect();
            assert_eq!(lines, [4, 5]);
        }
    }

    #[test]
    fn a_tab_separated_copy_keeps_empty_cells_and_drops_trailing_tabs_and_carriage_returns() {
        let copy = "Status Code\tError Codes\tError Message\tDescription\tSolution\t\r\n\
                    400\tIEF.1\tBad.\t\tFix it.\t\t\r\n\
                    \r\n\
                    500\t IEF.2 \tBroken.\tIt broke.\tInternal error.\r\n";
        let page = parse(copy).unwrap();
        assert_eq!(page.rows.len(), 2);
        assert_eq!(page.rows[0].remediation_en.as_deref(), Some("Fix it."));
        assert_eq!(page.rows[1].code, "IEF.2");
        assert_eq!(page.rows[1].line, 4);
        assert_eq!(page.updated, None);
    }

    #[test]
    fn a_tab_separated_row_of_the_wrong_length_is_named_at_its_line() {
        let copy = "状态码\t错误码\t错误信息\t描述\t处理措施\n400\tIEF.1\tBad.\t坏\n500\tIEF.2\tBroken.\t坏了\t内部错误\textra\n401\tIEF.3\tNo.\t不\t登录\n";
        assert_eq!(
            parse(copy).unwrap_err(),
            [
                "line 2: the row of \"IEF.1\" has 4 of the 5 cells 状态码, 错误码, 错误信息, 描述, 处理措施",
                "line 3: the row of \"IEF.2\" has 6 cells, not the 5 columns 状态码, 错误码, 错误信息, 描述, 处理措施; its 6th cell is on line 3 (is there a tab inside a cell?)",
            ]
        );
    }

    #[test]
    fn the_update_time_is_found_under_a_breadcrumb() {
        let page = parse(&ENGLISH_PAGE.replacen(
            "Updated on",
            "Documentation > API Reference > Error Codes\n\nUpdated on",
            1,
        ))
        .unwrap();
        assert_eq!(page.updated.as_deref(), Some("2024-02-23"));
        let page = parse(&PAGE.replacen("更新时间", "错误码\n更新时间", 1)).unwrap();
        assert_eq!(page.updated.as_deref(), Some("2025-08-26"));
        // A row's text is no update time.
        let undated = ENGLISH_PAGE
            .replacen("Updated on 2024-02-23 GMT+08:00", "", 1)
            .replacen("Fix it.", "Updated on 2020-01-01", 1);
        assert_eq!(parse(&undated).unwrap().updated, None);
    }

    #[test]
    fn a_tab_separated_row_with_its_last_cell_empty_keeps_it() {
        let copy = "Status Code\tError Codes\tError Message\tDescription\tSolution\n\
                    400\tIEF.1\tBad.\tIt is bad.\t\n\
                    401\tIEF.2\tNo.\t\t\t\t\n";
        let page = parse(copy).unwrap();
        assert_eq!(page.rows.len(), 2);
        assert_eq!(page.rows[0].remediation_en.as_deref(), Some(""));
        assert_eq!(page.rows[1].message_en, "No.");
    }
}
