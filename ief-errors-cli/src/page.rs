//! The published error-code page, as its text reads: a header (the update
//! time, the title, a note, the five column names), then one non-empty line
//! per cell, five cells a row: status, code, English message, Chinese
//! description, remediation.

/// The columns, as the page names them.
const COLUMNS: [&str; 5] = ["状态码", "错误码", "错误信息", "描述", "处理措施"];

/// One row of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageRow {
    pub(crate) status: u16,
    pub(crate) code: String,
    pub(crate) message_en: String,
    pub(crate) message_zh: String,
    pub(crate) remediation_zh: String,
}

/// The page's rows and its update date (`2025-08-26`), when it gives one.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) updated: Option<String>,
    pub(crate) rows: Vec<PageRow>,
}

/// Reads the page; an error names the line that does not fit the layout.
pub(crate) fn parse(text: &str) -> Result<Page, String> {
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
            format!(
                "no header row: expected the columns {} on lines of their own",
                COLUMNS.join(", ")
            )
        })?
        + COLUMNS.len();
    let updated = cells.first().and_then(|(_, first)| {
        let rest = first
            .strip_prefix("更新时间")?
            .trim_start_matches([':', '：']);
        rest.split_whitespace().next().map(str::to_owned)
    });

    let body = &cells[header_end..];
    let mut rows = Vec::with_capacity(body.len() / COLUMNS.len());
    for row in body.chunks(COLUMNS.len()) {
        let [
            (status_line, status),
            (code_line, code),
            (_, message_en),
            (_, message_zh),
            (_, remediation_zh),
        ] = row
        else {
            let (line, cell) = row[0];
            return Err(format!(
                "line {line}: the row starting with {cell:?} has {} of the 5 cells",
                row.len()
            ));
        };
        let status: u16 = status
            .parse()
            .ok()
            .filter(|status| (100..=599).contains(status))
            .ok_or_else(|| {
                format!("line {status_line}: expected an HTTP status, found {status:?}")
            })?;
        if code.chars().any(char::is_whitespace) {
            return Err(format!(
                "line {code_line}: expected an error code, found {code:?}"
            ));
        }
        rows.push(PageRow {
            status,
            code: (*code).to_owned(),
            message_en: (*message_en).to_owned(),
            message_zh: (*message_zh).to_owned(),
            remediation_zh: (*remediation_zh).to_owned(),
        });
    }
    Ok(Page { updated, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "更新时间:2025-08-26 GMT+08:00\n\n错误码\n\n状态码\n\n错误码\n\n错误信息\n\n描述\n\n处理措施\n\n400\n\nIEF.1\n\nBad.\n\n坏\n\n修复\n";

    #[test]
    fn rows_and_date_are_read() {
        let page = parse(PAGE).unwrap();
        assert_eq!(page.updated.as_deref(), Some("2025-08-26"));
        assert_eq!(
            page.rows,
            [PageRow {
                status: 400,
                code: "IEF.1".into(),
                message_en: "Bad.".into(),
                message_zh: "坏".into(),
                remediation_zh: "修复".into(),
            }]
        );
    }

    #[test]
    fn a_short_row_names_its_line() {
        let error = parse(&PAGE.replace("\n修复\n", "\n")).unwrap_err();
        assert_eq!(
            error,
            "line 15: the row starting with \"400\" has 4 of the 5 cells"
        );
    }

    #[test]
    fn a_bad_status_names_its_line() {
        let error = parse(&PAGE.replace("\n400\n", "\nfour\n")).unwrap_err();
        assert_eq!(error, "line 15: expected an HTTP status, found \"four\"");
    }

    #[test]
    fn text_without_the_header_is_refused() {
        assert!(
            parse("400\nIEF.1\n")
                .unwrap_err()
                .starts_with("no header row")
        );
    }
}
