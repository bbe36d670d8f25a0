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

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use crate::commands::{Failure, print, shown, warn};
use crate::escape::{escape_controls, escape_live, quoted};
use crate::layout::Layout;
use crate::page::{self, Page, PageRow};
use crate::record;
use crate::style::{CODE, HELP};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors import page.txt --table data/codes.toml\n  ief-errors import data/published/ief-error-codes-2025-08-26.txt --table data/codes.toml --check\n  ief-errors import iam-error-codes.txt --table iam-codes.toml\n\nExisting codes keep their names and English remediations; changed texts and statuses are updated; new codes are added with a derived name and an empty remediation.en; codes missing from the page stay, marked deprecated. A table that does not exist is started from the page, so any Huawei Cloud service's page in the same five-column layout starts a table. A page that lists a code twice, or has a row with a cell too few or too many, is refused and nothing is written.\n\nThe table's header records the page it was last imported from, as the comment line\n  # imported-from: PAGE, dated YYYY-MM-DD\nand a page dated earlier than that is refused unless --allow-older is given. A page dated after today (in UTC, with a day's margin) is refused unless --allow-future is given: recorded, its date would make every genuine page look older. With --check nothing is written, and the exit status is 1 when the table differs from the page."
)]
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
}

/// Today as days since 1970-01-01 in UTC, from the system clock; `None`
/// for a clock set before 1970.
fn today_in_utc() -> Option<u64> {
    let since_1970 = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
    Some(since_1970.as_secs() / 86_400)
}

/// The header of a table that `import` starts.
const NEW_TABLE_HEADER: &str = "\
# An error-code table for the ief_errors! macro, started by `ief-errors import`
# from a published error-code page. Rows are never removed; every
# remediation.en is empty until a person writes it.
";

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
        let (existing, mut document, old_record) = self.load_table()?;
        self.check_page_date(&page, old_record.as_ref())?;
        // A missing or empty table file is started from the page.
        let starting = existing
            .as_deref()
            .is_none_or(|text| text.trim().is_empty());

        let mut report =
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

        let count = report.changes.len();
        if report.changes.is_empty() {
            let summary = format!(
                "{table_name} matches the page ({})",
                counted(page.rows.len(), "code")
            );
            return print(ExitCode::SUCCESS, || {
                write_report(&mut anstream::stdout(), &report, &summary)
            });
        }
        if self.check {
            let verb = if existing.is_some() {
                "differs from"
            } else {
                "does not exist; it would be started from"
            };
            let summary = format!(
                "{table_name} {verb} the page: {} (run without --check to apply them)",
                counted(count, "change")
            );
            return print(ExitCode::FAILURE, || {
                write_report(&mut anstream::stdout(), &report, &summary)
            });
        }
        let mut text = document.to_string();
        if starting {
            text.insert_str(0, NEW_TABLE_HEADER);
        }
        if let Some(date) = &page.updated {
            text = record::write(&text, &record::line(&self.page_source(), date));
        }
        let text = in_the_files_layout(text, existing.as_deref());
        // The table is the command's effect: it is written before the report,
        // so nothing is reported when it cannot be, and a report nobody reads
        // cannot keep it from being written.
        std::fs::write(&self.table, text)
            .map_err(|error| format!("cannot write {table_name}: {error}"))?;
        if page.updated.is_none() {
            warn(&format!(
                "the page has no update date, so {table_name} has no import record to hold later pages to"
            ));
        }
        let summary = if starting {
            format!(
                "{table_name} started from the page: {}",
                counted(page.rows.len(), "code")
            )
        } else {
            format!("{table_name} updated: {}", counted(count, "change"))
        };
        let written = print(ExitCode::SUCCESS, || {
            write_report(&mut anstream::stdout(), &report, &summary)
        });
        if let Err(Failure(messages)) = written {
            // The report is lost, not the table: the import succeeded.
            for message in messages {
                warn(&format!("{message}; {table_name} was written"));
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    /// The table's text (`None` when there is no such file), its document
    /// and its import record.
    fn load_table(&self) -> Result<(Option<String>, DocumentMut, Option<record::Record>), Failure> {
        let table_name = shown(&self.table);
        let existing = match std::fs::read_to_string(&self.table) {
            Ok(text) => text,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok((None, DocumentMut::new(), None));
            }
            Err(error) => return Err(format!("cannot read {table_name}: {error}").into()),
        };
        // A byte-order mark is no part of the TOML; it is put back on writing.
        let document = without_bom(&existing)
            .parse::<DocumentMut>()
            .map_err(|error| format!("{table_name}: not a TOML table: {error}"))?;
        let record = record::read(without_bom(&existing))
            .map_err(|error| format!("{table_name}: {error}"))?;
        Ok((Some(existing), document, record))
    }

    /// Refuses a page older than the table's record, unless asked not to.
    fn check_page_date(&self, page: &Page, old: Option<&record::Record>) -> Result<(), Failure> {
        if let Some(unreadable) = &page.unreadable_date {
            warn(&format!(
                "the page's update time {} is not a YYYY-MM-DD date; its date is not recorded",
                quoted(unreadable)
            ));
        }
        self.check_page_not_from_the_future(page)?;
        let Some(old) = old else {
            return Ok(());
        };
        let refusal = match &page.updated {
            Some(date) if *date < old.date => format!(
                "the page is dated {date}, older than {}, the date of the page {} was last imported from ({})",
                old.date,
                shown(&self.table),
                escape_live(&old.source)
            ),
            Some(_) => return Ok(()),
            // Without a date the page may be older: refused as an older page
            // is, since the check cannot be made.
            None => format!(
                "the page gives no update date (更新时间: YYYY-MM-DD), so it cannot be compared with {}, the date of the page {} was last imported from",
                old.date,
                shown(&self.table)
            ),
        };
        if !self.allow_older {
            return Err(Failure(vec![
                refusal,
                "nothing was written; pass --allow-older to import it anyway".to_owned(),
            ]));
        }
        warn(&format!("{refusal}; importing it as --allow-older asks"));
        Ok(())
    }

    /// Refuses a page dated after tomorrow in UTC (today somewhere east of
    /// it), unless asked not to: its date, once recorded, would make every
    /// genuine page look older.
    fn check_page_not_from_the_future(&self, page: &Page) -> Result<(), Failure> {
        let Some(date) = &page.updated else {
            return Ok(());
        };
        let today = today_in_utc();
        let Some(today_days) = today else {
            // A clock before 1970 tells nothing about the page.
            return Ok(());
        };
        if *date <= page::date_of_day(today_days + 1) {
            return Ok(());
        }
        let refusal = format!(
            "the page is dated {date}, after today ({} in UTC); recorded, that date would make every genuine page look older",
            page::date_of_day(today_days)
        );
        if !self.allow_future {
            return Err(Failure(vec![
                refusal,
                "nothing was written; check the page's 更新时间, or pass --allow-future to import it anyway".to_owned(),
            ]));
        }
        warn(&format!("{refusal}; importing it as --allow-future asks"));
        Ok(())
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

/// The report and its summary line, each line wrapped on a terminal under
/// a hanging indent.
fn write_report(out: &mut impl Write, report: &Report, summary: &str) -> io::Result<()> {
    let layout = Layout::of_stdout();
    for line in report.to_string().lines() {
        layout.hanging(out, line, 4)?;
    }
    layout.hanging(out, summary, 4)
}

/// `1 code`, `2 codes`.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// `text` with the line endings and byte-order mark of the file it
/// replaces, so an import changes rows, not the file's layout.
fn in_the_files_layout(text: String, old: Option<&str>) -> String {
    let Some(old) = old else {
        return text;
    };
    let mut text = without_bom(&text).to_owned();
    if old.contains("\r\n") {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if old.starts_with('\u{feff}') {
        text.insert(0, '\u{feff}');
    }
    text
}

/// What changed, and what only a person can finish.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) changes: Vec<Change>,
    pub(crate) needs_person: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Change {
    PageDate {
        old: Option<String>,
        new: String,
    },
    Added {
        code: String,
        name: String,
        status: u16,
    },
    Updated {
        code: String,
        field: &'static str,
        old: String,
        new: String,
    },
    StatusChanged {
        code: String,
        old: Option<i64>,
        new: u16,
    },
    Deprecated {
        code: String,
    },
    Republished {
        code: String,
    },
}

/// Every code, name and text in the report is escaped: they come from the
/// page or the table.
impl fmt::Display for Report {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            match change {
                Change::PageDate { old: None, new } => {
                    writeln!(formatter, "+ page date: {new} recorded")?;
                }
                Change::PageDate {
                    old: Some(old),
                    new,
                } => {
                    writeln!(formatter, "~ page date: {old} -> {new}")?;
                }
                Change::Added { code, name, status } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "+ {CODE}{code}{CODE:#}  added as {name} (status {status})"
                    )?;
                }
                Change::Updated {
                    code,
                    field,
                    old,
                    new,
                } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "~ {CODE}{code}{CODE:#}  {field}: {} -> {}",
                        quoted(old),
                        quoted(new)
                    )?;
                }
                Change::StatusChanged { code, old, new } => {
                    let code = escape_controls(code);
                    let old = old.map_or_else(|| "none".to_owned(), |old| old.to_string());
                    writeln!(formatter, "~ {CODE}{code}{CODE:#}  status: {old} -> {new}")?;
                }
                Change::Deprecated { code } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "- {CODE}{code}{CODE:#}  no longer on the page: kept, marked deprecated"
                    )?;
                }
                Change::Republished { code } => {
                    let code = escape_controls(code);
                    writeln!(
                        formatter,
                        "+ {CODE}{code}{CODE:#}  back on the page: deprecation removed"
                    )?;
                }
            }
        }
        if !self.needs_person.is_empty() {
            writeln!(formatter, "{HELP}needs a person{HELP:#}:")?;
            for item in &self.needs_person {
                writeln!(formatter, "  {}", escape_live(item))?;
            }
        }
        Ok(())
    }
}

/// Applies the page to the document; returns what changed.
pub(crate) fn sync(document: &mut DocumentMut, page: &Page) -> Result<Report, String> {
    if document.is_empty() {
        // A table being started, or an empty file: the page gives the rows.
        document.insert("error", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let rows = document
        .get_mut("error")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or("the table has no [[error]] rows")?;
    let mut report = Report::default();
    let mut position_of: HashMap<String, usize> = HashMap::new();
    let mut names: HashSet<String> = HashSet::new();
    for (position, row) in rows.iter().enumerate() {
        if let Some(code) = text(row, &["code"]) {
            let _ = position_of.insert(code.to_owned(), position);
        }
        if let Some(name) = text(row, &["name"]) {
            let _ = names.insert(name.to_owned());
        }
    }

    for published in &page.rows {
        match position_of.get(&published.code) {
            Some(&position) => {
                if let Some(row) = rows.get_mut(position) {
                    update_row(row, published, &mut report);
                }
            }
            None => add_row(rows, published, &mut names, &mut report),
        }
    }

    let on_page: HashSet<&str> = page.rows.iter().map(|row| row.code.as_str()).collect();
    let reason = match &page.updated {
        Some(date) => format!("no longer on the published page (updated {date})"),
        None => "no longer on the published page".to_owned(),
    };
    for row in rows.iter_mut() {
        let Some(code) = text(row, &["code"]).map(str::to_owned) else {
            continue;
        };
        if !on_page.contains(code.as_str()) && !row.contains_key("deprecated") {
            row["deprecated"] = value(reason.as_str());
            report.changes.push(Change::Deprecated { code });
        }
    }
    Ok(report)
}

/// Brings an existing row's published fields in line with the page; its
/// name and English remediation are the table's own and stay.
fn update_row(row: &mut Table, published: &PageRow, report: &mut Report) {
    let code = &published.code;
    let old_status = row.get("status").and_then(Item::as_integer);
    if old_status != Some(i64::from(published.status)) {
        set_value(row, &["status"], Value::from(i64::from(published.status)));
        report.changes.push(Change::StatusChanged {
            code: code.clone(),
            old: old_status,
            new: published.status,
        });
    }
    for (path, field, new) in [
        (["message", "en"], "message.en", &published.message_en),
        (["message", "zh"], "message.zh", &published.message_zh),
        (
            ["remediation", "zh"],
            "remediation.zh",
            &published.remediation_zh,
        ),
    ] {
        let old = text(row, &path).map(str::to_owned);
        if old.as_deref() == Some(new.as_str()) {
            continue;
        }
        set_value(row, &path, Value::from(new.as_str()));
        report.changes.push(Change::Updated {
            code: code.clone(),
            field,
            old: old.unwrap_or_default(),
            new: new.clone(),
        });
        if field == "remediation.zh" {
            report.needs_person.push(format!(
                "{code}: remediation.zh changed; review remediation.en"
            ));
        }
    }
    if row.remove("deprecated").is_some() {
        report
            .changes
            .push(Change::Republished { code: code.clone() });
    }
}

/// Appends a new code with a derived name and an empty English remediation.
fn add_row(
    rows: &mut ArrayOfTables,
    published: &PageRow,
    names: &mut HashSet<String>,
    report: &mut Report,
) {
    let name = unique_name(&published.message_en, &published.code, names);
    let mut row = Table::new();
    row.decor_mut().set_prefix("\n");
    row["code"] = value(published.code.as_str());
    row["name"] = value(name.as_str());
    row["status"] = value(i64::from(published.status));
    // A row is internal where the page says 内部错误; otherwise the
    // macro's default (5xx is internal) applies, and a 5xx row the page
    // does not call internal is left to a person rather than guessed.
    let says_internal = published.remediation_zh.starts_with("内部错误");
    if says_internal && published.status < 500 {
        row["internal"] = value(true);
    }
    if !says_internal && published.status >= 500 {
        report.needs_person.push(format!(
            "{}: status {} makes it internal by default, but the page's remediation does not say 内部错误; confirm, or set internal = false",
            published.code, published.status
        ));
    }
    row["message"] = dotted([
        ("en", published.message_en.as_str()),
        ("zh", published.message_zh.as_str()),
    ]);
    row["remediation"] = dotted([("en", ""), ("zh", published.remediation_zh.as_str())]);
    rows.push(row);
    report.needs_person.push(format!(
        "{}: confirm the name {name}; write remediation.en, translating {} (the table does not compile until it is written)",
        published.code,
        quoted(&published.remediation_zh)
    ));
    report.changes.push(Change::Added {
        code: published.code.clone(),
        name,
        status: published.status,
    });
}

/// `key.en = ...` / `key.zh = ...` lines, as the table writes them.
fn dotted<const N: usize>(entries: [(&str, &str); N]) -> Item {
    let mut table = Table::new();
    table.set_dotted(true);
    for (key, text) in entries {
        table[key] = value(text);
    }
    Item::Table(table)
}

/// The string at a dotted path of a row.
fn text<'t>(row: &'t Table, path: &[&str]) -> Option<&'t str> {
    let (last, parents) = path.split_last()?;
    let mut table: &dyn toml_edit::TableLike = row;
    for parent in parents {
        table = table.get(parent)?.as_table_like()?;
    }
    table.get(last)?.as_str()
}

/// Replaces the value at a dotted path, keeping the spacing and comments around it.
fn set_value(row: &mut Table, path: &[&str], new: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut table: &mut dyn toml_edit::TableLike = row;
    for parent in parents {
        let Some(inner) = table.get_mut(parent).and_then(Item::as_table_like_mut) else {
            return;
        };
        table = inner;
    }
    match table.get_mut(last).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        None => {
            let _ = table.insert(last, Item::Value(new));
        }
    }
}

/// An `UpperCamelCase` name from the English message, unique in the table.
pub(crate) fn unique_name(message: &str, code: &str, names: &mut HashSet<String>) -> String {
    let words: Vec<String> = without_placeholders(message)
        .replace(['\'', '’'], "")
        .split(|character: char| !character.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .filter(|word| {
            !matches!(
                word.to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "is" | "are" | "of"
            )
        })
        .take(6)
        .map(|word| {
            let mut characters = word.chars();
            characters
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + characters.as_str())
                .unwrap_or_default()
        })
        .collect();
    let mut name = words.concat();
    if !name.starts_with(|first: char| first.is_ascii_uppercase()) {
        name.insert_str(0, "Error");
    }
    // `Self` is the one keyword an UpperCamelCase name can be.
    if names.contains(&name) || name == "Self" {
        // The code's digits tell two rows with the same message apart.
        let digits: String = code.chars().filter(char::is_ascii_digit).collect();
        let suffix = if digits.is_empty() {
            code.chars().filter(char::is_ascii_alphanumeric).collect()
        } else {
            digits
        };
        name = format!("{name}{suffix}");
    }
    let _ = names.insert(name.clone());
    name
}

/// `message` without the placeholders some services leave in their texts,
/// `%(target)s` and `{target}`, which name nothing about the error.
fn without_placeholders(message: &str) -> String {
    let mut kept = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['%', '{']) {
        kept.push_str(&rest[..start]);
        let placeholder = &rest[start..];
        let end = if placeholder.starts_with("%(") {
            // `%(name)s`: the name, its closing parenthesis and one letter.
            placeholder.find(')').map(|close| {
                close
                    + 1
                    + placeholder[close + 1..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8)
            })
        } else if placeholder.starts_with('{') {
            placeholder.find('}').map(|close| close + 1)
        } else {
            None
        };
        if let Some(end) = end {
            rest = &placeholder[end..];
        } else {
            kept.push_str(&placeholder[..1]);
            rest = &placeholder[1..];
        }
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_message_and_stay_unique() {
        let mut names = HashSet::from(["TokenExpired".to_owned()]);
        assert_eq!(
            unique_name("The token is expired.", "IEF.1", &mut names),
            "TokenExpired1"
        );
        assert_eq!(
            unique_name(
                "Failed to query K8S cluster resources.",
                "IEF.2",
                &mut names
            ),
            "FailedToQueryK8SClusterResources"
        );
        assert_eq!(
            unique_name("500 errors", "IEF.3", &mut names),
            "Error500Errors"
        );
        assert_eq!(unique_name("错误", "IEF.4", &mut names), "Error");
        assert_eq!(unique_name("self", "IEF.5", &mut names), "Self5");
        assert_eq!(
            unique_name(
                "Policy doesn't allow %(actions)s to be performed.",
                "IAM.3",
                &mut names
            ),
            "PolicyDoesntAllowToBePerformed"
        );
        assert_eq!(
            unique_name("Could not find {target}: 100% sure", "IAM.4", &mut names),
            "CouldNotFind100Sure"
        );
    }
}
