//! The sync engine: applies a page's rows to the table's document, editing
//! it in place so comments and layout stay.

use std::collections::{HashMap, HashSet};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use ief_errors_table::schema;

use super::naming::unique_name;
use super::report::{Change, Report};
use crate::escape::quoted;
use crate::page::{Page, PageRow};

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
    // A row is internal where the page says 内部错误; otherwise the
    // macro's default (5xx is internal) applies, and a 5xx row the page
    // does not call internal is left to a person rather than guessed.
    let says_internal = published.remediation_zh.starts_with("内部错误");
    let internal_by_default = ief_errors_core::retry::is_internal_by_default(published.status);
    if !says_internal && internal_by_default {
        report.needs_person.push(format!(
            "{}: status {} makes it internal by default, but the page's remediation does not say 内部错误; confirm, or set internal = false",
            published.code, published.status
        ));
    }
    let mut row = Table::new();
    row.decor_mut().set_prefix("\n");
    // The keys in the schema's order; a new row has no retry kind or
    // deprecation of its own, and remediation.en waits for a person.
    for row_key in schema::ROW {
        let top = row_key.key.split('.').next().unwrap_or(row_key.key);
        if row.contains_key(top) {
            continue;
        }
        let item = match top {
            "code" => value(published.code.as_str()),
            "name" => value(name.as_str()),
            "status" => value(i64::from(published.status)),
            "internal" if says_internal && !internal_by_default => value(true),
            "message" => dotted([
                ("en", published.message_en.as_str()),
                ("zh", published.message_zh.as_str()),
            ]),
            "remediation" => dotted([("en", ""), ("zh", published.remediation_zh.as_str())]),
            _ => continue,
        };
        row[top] = item;
    }
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
