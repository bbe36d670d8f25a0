//! `import PAGE --table TABLE [--check] [--allow-older] [--allow-future]`: brings a table in
//! line with a published page, editing the TOML in place so comments and
//! layout stay, or starts a table from the page when there is none.
//!
//! Published codes are never deleted (a registry is append-only): a code
//! that left the page is marked `deprecated`. What only a person can do,
//! naming a new code and translating its remediation, is listed; a new row's
//! `remediation.en` is left empty, which the macro reports as an error, so the
//! table cannot ship untranslated. The table's header records the page's
//! date (see `record`), and an older page is refused, as is a page dated
//! after today.

mod dates;
mod line_endings;
mod naming;
mod report;
mod sync;

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use toml_edit::DocumentMut;

use self::line_endings::{in_the_files_layout, without_bom};
use self::report::{Change, Report, counted, render_report};
use self::sync::{sync, with_new_rows};
use ief_errors_table::Tables;

use crate::commands::{Failure, print, shown, warn};
use crate::escape::escape_live;
use crate::page::{self, PageLanguage};
use crate::record;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors import page.txt --table data/codes.toml\n  ief-errors import data/published/ief-error-codes-2025-08-26.txt --table data/codes.toml --check\n  ief-errors import iam-error-codes.txt --table iam-codes.toml\n\nThe page is Huawei Cloud's Chinese page (状态码, 错误码, 错误信息, 描述, 处理措施) or its international English page (Status Code, Error Codes, Error Message, Description, Solution), as its text reads, one cell a line, or as a copy of its table, cells separated by tabs. Existing codes keep their names and the texts the page does not hold (from a Chinese page, remediation.en; from an English page, message.zh and remediation.zh); changed texts and statuses are updated; new codes are added with a derived name and those texts empty, for a person to write; codes missing from the page stay, marked deprecated. A table that does not exist is started from the page, so any Huawei Cloud service's page in the same five-column layout starts a table. A page that lists a code twice, or has a row with a cell too few or too many, is refused and nothing is written; so is a page that shares no code with a table that has rows, unless --force is given.\n\nThe table's header records the page it was last imported from, as the comment line\n  # imported-from: PAGE, dated YYYY-MM-DD\n(# imported-from-en: for the English page, whose dates are its own), and a page dated earlier than the record of its language is refused unless --allow-older is given. A page dated after today (in UTC, with a day's margin) is refused unless --allow-future is given: recorded, its date would make every genuine page look older. With --check nothing is written, and the exit status is 1 when the table differs from the page."
)]
// Each bool is one of the command's own switches, as clap reads them.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Args {
    /// The page's text
    #[arg(value_name = "PAGE.txt")]
    page: PathBuf,
    /// The table to update, or to start when it does not exist
    #[arg(long, value_name = "TABLE.toml")]
    table: PathBuf,
    /// Change nothing; exit with status 1 if the table differs from the page
    #[arg(long)]
    check: bool,
    /// Import a page dated earlier than the one the table was last imported from
    #[arg(long)]
    allow_older: bool,
    /// Import a page dated after today (a day's margin allowed for time zones)
    #[arg(long)]
    allow_future: bool,
    /// Import a page that shares no code with the table (every row of the
    /// table would be marked deprecated)
    #[arg(long)]
    force: bool,
}

/// The header of a table that `import` starts from a page in `language`:
/// what the page does not hold waits for a person.
fn new_table_header(language: PageLanguage) -> &'static str {
    match language {
        PageLanguage::Chinese => {
            "\
# An error-code table for the ief_errors! macro, started by `ief-errors import`
# from a published error-code page. Rows are never removed; every
# remediation.en is empty until a person writes it.
"
        }
        PageLanguage::English => {
            "\
# An error-code table for the ief_errors! macro, started by `ief-errors import`
# from a published error-code page in English. Rows are never removed; every
# message.zh and remediation.zh is empty until a person writes it.
"
        }
    }
}

/// The problems an import leaves on purpose: a text the page does not hold
/// in its language, empty for a person to write.
const LEFT_FOR_A_PERSON: [&str; 3] = [
    "`remediation.en` is empty",
    "`message.zh` is empty",
    "`remediation.zh` is empty",
];

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let page_name = shown(&self.page);
        let table_name = shown(&self.table);
        let page_text = std::fs::read_to_string(&self.page)
            .map_err(|error| format!("cannot read {page_name}: {error}"))?;
        let page = page::parse(&page_text).map_err(|problems| {
            Failure(
                problems
                    .into_iter()
                    .map(|problem| format!("{page_name}: {problem}"))
                    .collect(),
            )
        })?;
        let LoadedTable {
            existing,
            mut document,
            record: old_record,
            check_as_it_is,
        } = self.load_table(page.language)?;
        self.check_page_date(&page, old_record.as_ref())?;
        let had_record = old_record.is_some();
        // A missing or empty table file is started from the page.
        let starting = existing
            .as_deref()
            .is_none_or(|text| text.trim().is_empty());
        if !starting && !self.force {
            self.check_page_belongs_to_table(&page, &document)?;
        }

        let (mut report, new_rows) =
            sync(&mut document, &page).map_err(|error| format!("{table_name}: {error}"))?;
        if let Some(date) = &page.updated {
            let old = old_record.map(|record| record.date);
            if old.as_ref() != Some(date) {
                report.changes.insert(
                    0,
                    Change::PageDate {
                        old,
                        new: date.clone(),
                    },
                );
            }
        }

        let mut text = with_new_rows(&mut document, &new_rows);
        free_in_background(document);
        if starting {
            text.insert_str(0, new_table_header(page.language));
        }
        if let Some(date) = &page.updated {
            text = record::write(
                &text,
                page.language,
                &record::line(page.language, &self.page_source(), date),
            );
        }
        let (summary, status) = self.outcome(
            &table_name,
            &report,
            page.rows.len(),
            existing.is_some(),
            starting,
        );
        // The check reads the table as the macro would, half a second at
        // 50,000 rows; the report is rendered on the other core meanwhile.
        let unchanged = existing.as_deref().map(without_bom) == Some(text.as_str());
        let (refusal, rendered) = std::thread::scope(|scope| {
            let checking = scope.spawn(|| match check_as_it_is {
                Some(check) if unchanged => check
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                _ => refuse_what_would_not_compile(&table_name, &text),
            });
            let rendered = render_report(&report, &summary);
            (checking.join(), rendered)
        });
        refusal.unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        let write_rendered = || anstream::stdout().write_all(&rendered?);

        if report.changes.is_empty() || self.check {
            return print(status, write_rendered);
        }
        let text = in_the_files_layout(text, existing.as_deref());
        // The table is the command's effect: it is written before the report,
        // so nothing is reported when it cannot be, and a report nobody reads
        // cannot keep it from being written.
        std::fs::write(&self.table, text)
            .map_err(|error| format!("cannot write {table_name}: {error}"))?;
        if page.updated.is_none() {
            warn(&if had_record {
                format!(
                    "the page has no update date, so the import record of {table_name} is left as it was"
                )
            } else {
                format!(
                    "the page has no update date, so {table_name} has no import record to hold later pages to"
                )
            });
        }
        let written = print(status, write_rendered);
        free_in_background((page, report, existing));
        if let Err(Failure(messages)) = written {
            // The report is lost, not the table: the import succeeded.
            for message in messages {
                warn(&format!("{message}; {table_name} was written"));
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// Frees `value` on a thread of its own, which the process does not wait
/// for when it exits: a document of 50,000 rows is hundreds of thousands of
/// allocations, a tenth of a second to free, and the command is done with
/// it. Where no thread can be started, it is freed here.
fn free_in_background<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}

/// Holds the table as imported to the macro's rules, through the table
/// library: the problems an import leaves on purpose, a new row's texts in
/// the language the page does not hold, empty for a person to write
/// ([`LEFT_FOR_A_PERSON`]), are allowed; any other (a derived name the
/// macro refuses, a code it cannot take, an empty message on the page)
/// stops the import before anything is written.
fn refuse_what_would_not_compile(table_name: &str, text: &str) -> Result<(), Failure> {
    let tables = Tables::from_texts(&[(table_name, text)]);
    // Filtered before rendering, which stops at a cap: a page of new codes
    // has more empty remediations than that, and they must not hide a
    // problem further down.
    let problems: Vec<String> = tables
        .render_problems_where(|problem| !LEFT_FOR_A_PERSON.contains(&problem.message.as_str()))
        .into_iter()
        .map(|problem| {
            format!(
                "the imported table would not compile (its place as it would be written): {}",
                problem.text
            )
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure(problems))
    }
}

/// The table as `import` found it.
struct LoadedTable {
    /// Its text; `None` when there is no such file.
    existing: Option<String>,
    document: DocumentMut,
    /// Its import record.
    record: Option<record::Record>,
    /// The check of the table as it is, begun on another thread before it
    /// is parsed: an import that changes nothing writes the same text, and
    /// this is then its check, done while the main thread parsed.
    check_as_it_is: Option<std::thread::JoinHandle<Result<(), Failure>>>,
}

impl Args {
    /// Refuses a page that shares no code with a table that has rows: a
    /// page of another service, or the wrong table, would otherwise mark
    /// every row deprecated.
    fn check_page_belongs_to_table(
        &self,
        page: &page::Page,
        document: &DocumentMut,
    ) -> Result<(), Failure> {
        let table_codes: Vec<&str> = document
            .get("error")
            .and_then(toml_edit::Item::as_array_of_tables)
            .map(|rows| {
                rows.iter()
                    .filter_map(|row| row.get("code").and_then(toml_edit::Item::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let shared = page.rows.iter().any(|row| {
            table_codes
                .iter()
                .any(|code| code.trim().eq_ignore_ascii_case(row.code.trim()))
        });
        if table_codes.is_empty() || shared {
            return Ok(());
        }
        Err(format!(
            "{page} shares no code with {table}: the table's {table_count} codes are all missing from the page's {page_count}, so importing would mark every row of the table deprecated; is this the table the page is for? Give --force to import it all the same",
            page = shown(&self.page),
            table = shown(&self.table),
            table_count = table_codes.len(),
            page_count = page.rows.len(),
        )
        .into())
    }

    /// The table, with its record of the last page in `language` imported.
    fn load_table(&self, language: PageLanguage) -> Result<LoadedTable, Failure> {
        let table_name = shown(&self.table);
        let existing = match std::fs::read_to_string(&self.table) {
            Ok(text) => text,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(LoadedTable {
                    existing: None,
                    document: DocumentMut::new(),
                    record: None,
                    check_as_it_is: None,
                });
            }
            Err(error) => return Err(format!("cannot read {table_name}: {error}").into()),
        };
        let check_as_it_is = {
            let (table_name, text) = (table_name.clone(), without_bom(&existing).to_owned());
            std::thread::Builder::new()
                .spawn(move || refuse_what_would_not_compile(&table_name, &text))
                .ok()
        };
        // A byte-order mark is no part of the TOML; it is put back on writing.
        let document = without_bom(&existing)
            .parse::<DocumentMut>()
            .map_err(|error| format!("{table_name}: not a TOML table: {error}"))?;
        let record = record::read(without_bom(&existing), language)
            .map_err(|error| format!("{table_name}: {error}"))?;
        Ok(LoadedTable {
            existing: Some(existing),
            document,
            record,
            check_as_it_is,
        })
    }

    /// The report's last line, and the exit status.
    fn outcome(
        &self,
        table_name: &str,
        report: &Report,
        page_rows: usize,
        table_exists: bool,
        starting: bool,
    ) -> (String, ExitCode) {
        let count = report.changes.len();
        if report.changes.is_empty() {
            let summary = format!(
                "{table_name} matches the page ({})",
                counted(page_rows, "code")
            );
            (summary, ExitCode::SUCCESS)
        } else if self.check {
            let verb = if table_exists {
                "differs from"
            } else {
                "does not exist; it would be started from"
            };
            let summary = format!(
                "{table_name} {verb} the page: {} (run without --check to apply them)",
                counted(count, "change")
            );
            (summary, ExitCode::FAILURE)
        } else if starting {
            let summary = format!(
                "{table_name} started from the page: {}",
                counted(page_rows, "code")
            );
            (summary, ExitCode::SUCCESS)
        } else {
            let summary = format!("{table_name} updated: {}", counted(count, "change"));
            (summary, ExitCode::SUCCESS)
        }
    }

    /// The page's name as the record keeps it: its file name, escaped so
    /// that it stays one comment line.
    fn page_source(&self) -> String {
        let name = self.page.file_name().map_or_else(
            || self.page.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        escape_live(&name).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ief_errors_table::MAX_REPORTED_PROBLEMS;

    const ROW: &str = "[[error]]\ncode = \"X.1\"\nname = \"First\"\nstatus = 400\n\
                       message.en = \"First.\"\nmessage.zh = \"第一\"\n\
                       remediation.en = \"\"\nremediation.zh = \"修复\"\n";

    #[test]
    fn an_empty_english_remediation_is_left_for_a_person() {
        assert!(refuse_what_would_not_compile("t.toml", ROW).is_ok());
    }

    #[test]
    fn any_other_problem_stops_the_import_with_its_location() {
        let broken = ROW.replace("status = 400", "status = 4000");
        let Err(Failure(messages)) = refuse_what_would_not_compile("t.toml", &broken) else {
            panic!("a status of 4000 does not compile");
        };
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0].starts_with(
                "the imported table would not compile (its place as it would be written): t.toml:4:10: status 4000 is not an HTTP status"
            ),
            "{}",
            messages[0]
        );
        let clash = ROW.replace("name = \"First\"", "name = \"ALL\"");
        assert!(refuse_what_would_not_compile("t.toml", &clash).is_err());
    }

    #[test]
    fn a_problem_after_more_empty_remediations_than_are_rendered_still_stops_it() {
        let mut table = String::new();
        for index in 0..=MAX_REPORTED_PROBLEMS {
            table.push_str(
                &ROW.replace("X.1", &format!("X.{index}"))
                    .replace("First", &format!("Row{index}")),
            );
        }
        table.push_str(
            &ROW.replace("X.1", "Y.1")
                .replace("status = 400", "status = 4000"),
        );
        let Err(Failure(messages)) = refuse_what_would_not_compile("t.toml", &table) else {
            panic!("a status of 4000 does not compile, however many rows come before it");
        };
        assert_eq!(messages.len(), 1);
        assert!(messages[0].contains("status 4000"), "{}", messages[0]);
    }
}
