//! A published error-code page, as its text reads: a header (the update
//! time, the title, a note, the five column names), then one non-empty line
//! per cell, five cells a row: status, code, English message, Chinese
//! description, remediation. Huawei Cloud services publish their codes in
//! this layout, so any service's page reads the same way.
//!
//! A row starts at a status (three digits) followed by a code, so a row
//! with a cell too few or too many is reported where it starts, by its
//! code, and the rows after it are still read.

use std::collections::HashMap;

use crate::escape::quoted;

/// The columns, as the page names them.
const COLUMNS: [&str; 5] = ["状态码", "错误码", "错误信息", "描述", "处理措施"];

/// One row of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageRow {
    /// Where the row starts (its status), counting from 1.
    pub(crate) line: usize,
    pub(crate) status: u16,
    pub(crate) code: String,
    pub(crate) message_en: String,
    pub(crate) message_zh: String,
    pub(crate) remediation_zh: String,
}

/// The page's rows and its update date.
#[derive(Debug)]
pub(crate) struct Page {
    /// The update date (`2025-08-26`), when the page gives one that reads as a date.
    pub(crate) updated: Option<String>,
    /// What the page gives as its update time when that is not a date.
    pub(crate) unreadable_date: Option<String>,
    pub(crate) rows: Vec<PageRow>,
}

/// Reads the page; each problem names the line it is on.
pub(crate) fn parse(text: &str) -> Result<Page, Vec<String>> {
    // A byte-order mark is no part of the first cell.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cells: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let header_end = cells
        .windows(COLUMNS.len())
        .position(|window| window.iter().map(|(_, cell)| *cell).eq(COLUMNS))
        .ok_or_else(|| {
            vec![format!(
                "no header row: expected the columns {} on lines of their own",
                COLUMNS.join(", ")
            )]
        })?
        + COLUMNS.len();
    let update_time = cells.first().and_then(|(_, first)| {
        let rest = first
            .strip_prefix("更新时间")?
            .trim_start_matches([':', '：'])
            .trim();
        rest.split_whitespace().next()
    });
    let updated = update_time.filter(|time| is_date(time)).map(str::to_owned);
    let unreadable_date = update_time.filter(|time| !is_date(time)).map(str::to_owned);

    let body = &cells[header_end..];
    let starts: Vec<usize> = (0..body.len())
        .filter(|&index| starts_row(body, index))
        .collect();
    let mut problems = Vec::new();
    if let Some(&(line, cell)) = body.first() {
        if starts.first() != Some(&0) {
            problems.push(format!(
                "line {line}: expected a row's HTTP status followed by its code, found {}",
                quoted(cell)
            ));
        }
    }

    if body.is_empty() {
        // Imported, a page without rows would mark every code deprecated.
        problems.push("the page has no rows after its header".to_owned());
    }

    let mut rows = Vec::with_capacity(starts.len());
    let mut first_line_of: HashMap<&str, usize> = HashMap::new();
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(body.len());
        let row = &body[start..end];
        let (line, status) = row[0];
        let code = row[1].1;
        if let Some(first_line) = first_line_of.get(code) {
            problems.push(format!(
                "line {line}: {} is listed twice; its first row starts on line {first_line}",
                quoted(code)
            ));
        } else {
            let _ = first_line_of.insert(code, line);
        }
        let status: Option<u16> = status
            .parse()
            .ok()
            .filter(|status| (100..=599).contains(status));
        let Some(status) = status else {
            problems.push(format!(
                "line {line}: the row of {} has the status {}, which is not an HTTP status (100 to 599)",
                quoted(code),
                quoted(row[0].1)
            ));
            continue;
        };
        let [_, _, (_, message_en), (_, message_zh), (_, remediation_zh)] = row else {
            problems.push(wrong_cell_count(code, row));
            continue;
        };
        rows.push(PageRow {
            line,
            status,
            code: code.to_owned(),
            message_en: (*message_en).to_owned(),
            message_zh: (*message_zh).to_owned(),
            remediation_zh: (*remediation_zh).to_owned(),
        });
    }
    if problems.is_empty() {
        Ok(Page {
            updated,
            unreadable_date,
            rows,
        })
    } else {
        Err(problems)
    }
}

fn wrong_cell_count(code: &str, row: &[(usize, &str)]) -> String {
    let line = row[0].0;
    let columns = COLUMNS.join(", ");
    match row.get(COLUMNS.len()) {
        Some((extra_line, _)) => format!(
            "line {line}: the row of {} has {} cells, not the 5 columns {columns}; its 6th cell is on line {extra_line} (is a cell split over two lines?)",
            quoted(code),
            row.len(),
        ),
        None => format!(
            "line {line}: the row of {} has {} of the 5 cells {columns}",
            quoted(code),
            row.len(),
        ),
    }
}

/// Whether a row starts at `cells[index]`: a three-digit status followed
/// by a code.
fn starts_row(cells: &[(usize, &str)], index: usize) -> bool {
    let is_status = |cell: &str| cell.len() == 3 && cell.bytes().all(|byte| byte.is_ascii_digit());
    cells.get(index).is_some_and(|(_, cell)| is_status(cell))
        && cells.get(index + 1).is_some_and(|(_, cell)| is_code(cell))
}

/// `IEF.100004`, `IAM.0001`, `APIGW.0101`, `CCE_CM.0001`: ASCII letters,
/// digits, `.`, `_` and `-`, starting with a letter.
fn is_code(cell: &str) -> bool {
    cell.starts_with(|first: char| first.is_ascii_alphabetic())
        && cell
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
}

/// `YYYY-MM-DD`, with a month and day in range.
pub(crate) fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .filter(|digits| digits.iter().all(u8::is_ascii_digit))
            .and_then(|digits| std::str::from_utf8(digits).ok()?.parse::<u32>().ok())
    };
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && number(0..4).is_some()
        && number(5..7).is_some_and(|month| (1..=12).contains(&month))
        && number(8..10).is_some_and(|day| (1..=31).contains(&day))
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
                message_zh: "坏".into(),
                remediation_zh: "修复".into(),
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
    fn dates_are_checked() {
        assert!(is_date("2025-08-26"));
        for text in [
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
}
