//! `import PAGE --table TABLE [--check]`: brings a table in line with the
//! published page, editing the TOML in place so comments and layout stay.
//!
//! Published codes are never deleted (a registry is append-only): a code
//! that left the page is marked `deprecated`. What only a person can do,
//! naming a new code and translating its remediation, is listed; a new row's
//! `remediation.en` is left empty, which the macro reports as an error, so the
//! table cannot ship untranslated.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use crate::Failure;
use crate::page::{self, Page, PageRow};
use crate::style::{CODE, HELP};

pub(crate) fn run(page_path: &Path, table_path: &Path, check: bool) -> Result<ExitCode, Failure> {
    let page_text = std::fs::read_to_string(page_path)
        .map_err(|error| format!("cannot read {}: {error}", page_path.display()))?;
    let page =
        page::parse(&page_text).map_err(|error| format!("{}: {error}", page_path.display()))?;
    let table_text = std::fs::read_to_string(table_path)
        .map_err(|error| format!("cannot read {}: {error}", table_path.display()))?;
    let mut document: DocumentMut = table_text
        .parse()
        .map_err(|error| format!("{}: not a TOML table: {error}", table_path.display()))?;

    let report =
        sync(&mut document, &page).map_err(|error| format!("{}: {error}", table_path.display()))?;
    let mut out = anstream::stdout();
    let table = table_path.display();
    write!(out, "{report}")?;
    if report.changes.is_empty() {
        let _ = writeln!(out, "{table} matches the page ({} codes)", page.rows.len());
        return Ok(ExitCode::SUCCESS);
    }
    let count = report.changes.len();
    if check {
        let _ = writeln!(
            out,
            "{table} differs from the page: {count} changes (run without --check to apply them)"
        );
        return Ok(ExitCode::FAILURE);
    }
    std::fs::write(table_path, document.to_string())
        .map_err(|error| format!("cannot write {table}: {error}"))?;
    let _ = writeln!(out, "{table} updated: {count} changes");
    Ok(ExitCode::SUCCESS)
}

/// What changed, and what only a person can finish.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) changes: Vec<Change>,
    pub(crate) needs_person: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Change {
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

impl fmt::Display for Report {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            match change {
                Change::Added { code, name, status } => {
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
                    writeln!(
                        formatter,
                        "~ {CODE}{code}{CODE:#}  {field}: {old:?} -> {new:?}"
                    )?;
                }
                Change::StatusChanged { code, old, new } => {
                    let old = old.map_or_else(|| "none".to_owned(), |old| old.to_string());
                    writeln!(formatter, "~ {CODE}{code}{CODE:#}  status: {old} -> {new}")?;
                }
                Change::Deprecated { code } => {
                    writeln!(
                        formatter,
                        "- {CODE}{code}{CODE:#}  no longer on the page: kept, marked deprecated"
                    )?;
                }
                Change::Republished { code } => {
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
                writeln!(formatter, "  {item}")?;
            }
        }
        Ok(())
    }
}

/// Applies the page to the document; returns what changed.
pub(crate) fn sync(document: &mut DocumentMut, page: &Page) -> Result<Report, String> {
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
    // The shipped table's rule: internal exactly where the page says 内部错误.
    let internal = published.remediation_zh.starts_with("内部错误");
    if internal != (published.status >= 500) {
        row["internal"] = value(internal);
    }
    row["message"] = dotted([
        ("en", published.message_en.as_str()),
        ("zh", published.message_zh.as_str()),
    ]);
    row["remediation"] = dotted([("en", ""), ("zh", published.remediation_zh.as_str())]);
    rows.push(row);
    report.needs_person.push(format!(
        "{}: confirm the name {name}; write remediation.en, translating {:?} (the table does not compile until it is written)",
        published.code, published.remediation_zh
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
    let words: Vec<String> = message
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
    if names.contains(&name) {
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
    }
}
