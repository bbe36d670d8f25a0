//! The import record: one comment line in a table's header saying which
//! page the table was last imported from and that page's date,
//!
//! ```toml
//! # imported-from: ief-error-codes-2025-08-26.txt, dated 2025-08-26
//! ```
//!
//! and one more for the international English page, whose dates are its
//! own (a service updates its two pages on different days):
//!
//! ```toml
//! # imported-from-en: ief-error-codes-en.txt, dated 2025-06-30
//! ```
//!
//! A TOML comment, so the `ief_errors!` macro reads the table as before;
//! `import` reads and rewrites the line. The header is the comment and
//! blank lines before the first key or table.

use crate::page::{PageLanguage, is_date};

/// What separates the page's name from its date.
const DATED: &str = ", dated ";

/// The key of the record of a page in `language`.
fn key(language: PageLanguage) -> &'static str {
    match language {
        PageLanguage::Chinese => "imported-from",
        PageLanguage::English => "imported-from-en",
    }
}

/// What the record says.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// The page's file name, as it was when imported.
    pub(crate) source: String,
    /// The page's update date, `YYYY-MM-DD`.
    pub(crate) date: String,
}

/// The record of the page in `language` in the header of `table`, if it
/// has one; a record line that does not read is an error naming its line.
pub(crate) fn read(table: &str, language: PageLanguage) -> Result<Option<Record>, String> {
    let key = key(language);
    let mut records = header_lines(table).filter(|(_, line)| record_text(line, key).is_some());
    let Some((index, line)) = records.next() else {
        return Ok(None);
    };
    if let Some((second, _)) = records.next() {
        return Err(format!(
            "line {}: a second import record; the first is on line {}, and a table has one",
            second + 1,
            index + 1
        ));
    }
    let rest = record_text(line, key).unwrap_or_default().trim();
    rest.rsplit_once(DATED)
        .map(|(source, date)| (source.trim(), date.trim()))
        .filter(|(source, date)| !source.is_empty() && is_date(date))
        .map(|(source, date)| {
            Some(Record {
                source: source.to_owned(),
                date: date.to_owned(),
            })
        })
        .ok_or_else(|| {
            format!(
                "line {}: the import record must read `# {key}: PAGE{DATED}YYYY-MM-DD`",
                index + 1
            )
        })
}

/// The record line for a page in `language`.
pub(crate) fn line(language: PageLanguage, source: &str, date: &str) -> String {
    format!("# {}: {source}{DATED}{date}", key(language))
}

/// `table` with its record of the page in `language` set to `record_line`:
/// the old record replaced, else the line added at the end of the header's
/// comments, else at the top.
pub(crate) fn write(table: &str, language: PageLanguage, record_line: &str) -> String {
    let key = key(language);
    let header: Vec<(usize, &str)> = header_lines(table).collect();
    let newline = if table.contains("\r\n") { "\r\n" } else { "\n" };
    // Only the header's lines are edited; the rows after it, 50,000 of them
    // in a large table, are copied in one piece.
    let mut lines: Vec<String> = table
        .split_inclusive('\n')
        .take(header.len())
        .map(str::to_owned)
        .collect();
    let rows = &table[lines.iter().map(String::len).sum::<usize>()..];
    let with_ending = format!("{record_line}{newline}");
    if let Some((index, _)) = header
        .iter()
        .find(|(_, line)| record_text(line, key).is_some())
    {
        lines[*index] = with_ending;
    } else if let Some((index, _)) = header
        .iter()
        .rev()
        .find(|(_, line)| line.trim_start().starts_with('#'))
    {
        if !lines[*index].ends_with('\n') {
            lines[*index].push_str(newline);
        }
        lines.insert(index + 1, with_ending);
    } else {
        lines.insert(0, with_ending);
        lines.insert(1, newline.to_owned());
    }
    let mut written = String::with_capacity(table.len() + record_line.len() + 2 * newline.len());
    written.extend(lines);
    written.push_str(rows);
    written
}

/// What follows `KEY:` on a record line (`imported-from:`). Read
/// leniently: any spacing around `#` and the colon (`#imported-from:`);
/// written as [`line()`] writes it.
fn record_text<'l>(line: &'l str, key: &str) -> Option<&'l str> {
    line.trim()
        .strip_prefix('#')?
        .trim_start()
        .strip_prefix(key)?
        .trim_start()
        .strip_prefix(':')
}

/// The header's lines with their indexes: comments and blank lines before
/// the first line of TOML.
fn header_lines(table: &str) -> impl Iterator<Item = (usize, &str)> {
    table.lines().enumerate().take_while(|(_, line)| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: PageLanguage = PageLanguage::Chinese;
    const EN: PageLanguage = PageLanguage::English;

    #[test]
    fn each_language_has_a_record_of_its_own() {
        let table = write(TABLE, EN, &line(EN, "en.txt", "2024-02-23"));
        assert_eq!(
            table,
            TABLE.replace(
                "# imported-from: page.txt, dated 2025-08-26\n",
                "# imported-from: page.txt, dated 2025-08-26\n# imported-from-en: en.txt, dated 2024-02-23\n"
            )
        );
        assert_eq!(read(&table, ZH).unwrap().unwrap().date, "2025-08-26");
        assert_eq!(read(&table, EN).unwrap().unwrap().date, "2024-02-23");
        let rewritten = write(&table, EN, &line(EN, "en.txt", "2024-03-01"));
        assert_eq!(rewritten, table.replace("2024-02-23", "2024-03-01"));
        assert_eq!(read(TABLE, EN), Ok(None));
    }

    const TABLE: &str = "# A table.\n#\n# imported-from: page.txt, dated 2025-08-26\n\n[[error]]\ncode = \"X.1\"\n# imported-from: not the header, dated 2020-01-01\n";

    #[test]
    fn the_record_is_read_from_the_header() {
        assert_eq!(
            read(TABLE, ZH),
            Ok(Some(Record {
                source: "page.txt".into(),
                date: "2025-08-26".into()
            }))
        );
        assert_eq!(
            read("[[error]]\n# imported-from: x, dated 2025-01-01\n", ZH),
            Ok(None)
        );
    }

    #[test]
    fn a_malformed_record_names_its_line() {
        assert_eq!(
            read("# A table.\n# imported-from: page.txt on 2025-08-26\n", ZH),
            Err(
                "line 2: the import record must read `# imported-from: PAGE, dated YYYY-MM-DD`"
                    .into()
            )
        );
        assert!(read("# imported-from: page.txt, dated 2025-02-30x\n", ZH).is_err());
    }

    #[test]
    fn a_record_without_spaces_is_read_and_written_canonically() {
        let table = "#imported-from:page.txt, dated 2025-08-26\n[[error]]\n";
        assert_eq!(
            read(table, ZH).unwrap().unwrap(),
            Record {
                source: "page.txt".into(),
                date: "2025-08-26".into()
            }
        );
        assert_eq!(
            write(table, ZH, &line(ZH, "new.txt", "2025-09-30")),
            "# imported-from: new.txt, dated 2025-09-30\n[[error]]\n"
        );
    }

    #[test]
    fn two_records_are_an_error_naming_both_lines() {
        let table = "# imported-from: a.txt, dated 2025-01-01\n#\n# imported-from: b.txt, dated 2025-02-01\n";
        assert_eq!(
            read(table, ZH),
            Err(
                "line 3: a second import record; the first is on line 1, and a table has one"
                    .into()
            )
        );
    }

    #[test]
    fn writing_replaces_the_old_record() {
        let written = write(TABLE, ZH, &line(ZH, "new.txt", "2025-09-30"));
        assert_eq!(
            written,
            TABLE.replace("page.txt, dated 2025-08-26", "new.txt, dated 2025-09-30")
        );
    }

    #[test]
    fn writing_adds_the_record_after_the_header_comments() {
        let table = "# A table.\n# More.\n\n[[error]]\n";
        assert_eq!(
            write(table, ZH, &line(ZH, "p.txt", "2025-01-02")),
            "# A table.\n# More.\n# imported-from: p.txt, dated 2025-01-02\n\n[[error]]\n"
        );
        assert_eq!(
            write("[[error]]\n", ZH, &line(ZH, "p.txt", "2025-01-02")),
            "# imported-from: p.txt, dated 2025-01-02\n\n[[error]]\n"
        );
    }

    #[test]
    fn a_header_without_a_final_newline_gets_one() {
        assert_eq!(
            write("# Only a comment", ZH, &line(ZH, "p.txt", "2025-01-02")),
            "# Only a comment\n# imported-from: p.txt, dated 2025-01-02\n"
        );
    }

    #[test]
    fn a_written_record_reads_back() {
        let table = write(
            "[[error]]\r\n",
            ZH,
            &line(ZH, "a, dated b.txt", "2025-01-02"),
        );
        assert_eq!(
            table,
            "# imported-from: a, dated b.txt, dated 2025-01-02\r\n\r\n[[error]]\r\n"
        );
        assert_eq!(
            read(&table, ZH).unwrap().unwrap(),
            Record {
                source: "a, dated b.txt".into(),
                date: "2025-01-02".into()
            }
        );
    }
}
