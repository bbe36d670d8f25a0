//! The sync engine: applies a page's rows to the table's document, editing
//! it in place so comments and layout stay.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use ief_errors_table::schema;

use super::naming::unique_name;
use super::report::{Change, Report};
use crate::escape::quoted;
use crate::page::{Page, PageRow};

/// Applies the page to the document; returns what changed, and the text of
/// the rows new to the table, to be written after the document's rows.
///
/// New rows are written as text rather than added to the document: for a
/// page of 50,000 codes, building and printing them as `toml_edit` tables
/// took half the import. They read as `toml_edit` would print them, each
/// value encoded by it (`tests::new_rows_read_as_the_document_would_print_them`).
pub(crate) fn sync(document: &mut DocumentMut, page: &Page) -> Result<(Report, String), String> {
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
        // Codes that differ only in ASCII case are one code, as the macro
        // reads them: a page that writes one in another case updates its row.
        if let Some(code) = text(row, &["code"]) {
            let _ = position_of.insert(code.to_ascii_uppercase(), position);
        }
        if let Some(name) = text(row, &["name"]) {
            let _ = names.insert(name.to_owned());
        }
    }

    let mut new_rows = String::new();
    for published in &page.rows {
        match position_of.get(&published.code.to_ascii_uppercase()) {
            Some(&position) => {
                if let Some(row) = rows.get_mut(position) {
                    update_row(row, published, &mut report);
                }
            }
            None => add_row(&mut new_rows, published, &mut names, &mut report),
        }
    }

    let on_page: HashSet<String> = page
        .rows
        .iter()
        .map(|row| row.code.to_ascii_uppercase())
        .collect();
    let reason = match &page.updated {
        Some(date) => format!("no longer on the published page (updated {date})"),
        None => "no longer on the published page".to_owned(),
    };
    for row in rows.iter_mut() {
        let Some(code) = text(row, &["code"]).map(str::to_owned) else {
            continue;
        };
        if !on_page.contains(&code.to_ascii_uppercase()) && !row.contains_key("deprecated") {
            row["deprecated"] = value(reason.as_str());
            report.changes.push(Change::Deprecated { code });
        }
    }
    Ok((report, new_rows))
}

/// The document's text with the new rows after its last row, where
/// `toml_edit` would have printed them had they been added to it: before
/// the comments and blank lines that end the file, which it prints last
/// (with its own line endings, so they are printed by it here too).
pub(crate) fn with_new_rows(document: &mut DocumentMut, new_rows: &str) -> String {
    let trailing = document.trailing().clone();
    document.set_trailing("");
    let mut text = document.to_string();
    text.push_str(new_rows);
    let mut ending = DocumentMut::new();
    ending.set_trailing(trailing.clone());
    text.push_str(&ending.to_string());
    document.set_trailing(trailing);
    text
}

/// Brings an existing row's published fields in line with the page: the
/// status and the texts the page holds in its language. The name, and the
/// texts the page does not hold, are the table's own and stay.
fn update_row(row: &mut Table, published: &PageRow, report: &mut Report) {
    let code = &published.code;
    // The row was found in any case; its spelling is the service's, which
    // `from_code` matches exactly.
    let old_code = text(row, &["code"]).map(str::to_owned);
    if old_code.as_deref() != Some(code.as_str()) {
        set_value(row, &["code"], Value::from(code.as_str()));
        report.changes.push(Change::Updated {
            code: code.clone(),
            field: "code",
            old: old_code.unwrap_or_default(),
            new: code.clone(),
        });
    }
    let old_status = row.get("status").and_then(Item::as_integer);
    if old_status != Some(i64::from(published.status)) {
        set_value(row, &["status"], Value::from(i64::from(published.status)));
        report.changes.push(Change::StatusChanged {
            code: code.clone(),
            old: old_status,
            new: published.status,
        });
    }
    for (field, new) in published.texts() {
        let path: Vec<&str> = field.split('.').collect();
        let old = text(row, &path).map(str::to_owned);
        if old.as_deref() == Some(new) {
            continue;
        }
        set_value(row, &path, Value::from(new));
        let old = old.unwrap_or_default();
        let was_empty = old.is_empty();
        report.changes.push(Change::Updated {
            code: code.clone(),
            field,
            old,
            new: new.to_owned(),
        });
        // A remediation's translation is the table's; when the published
        // one changes, the other language may need to follow (not when the
        // page fills a text for the first time: then nothing was translated
        // from it).
        if was_empty {
            continue;
        }
        let counterpart = match field {
            "remediation.zh" => "remediation.en",
            "remediation.en" => "remediation.zh",
            _ => continue,
        };
        report
            .needs_person
            .push(format!("{code}: {field} changed; review {counterpart}"));
    }
    if row.remove("deprecated").is_some() {
        report
            .changes
            .push(Change::Republished { code: code.clone() });
    }
}

/// Writes a new code's row after `new_rows`: a derived name, the page's
/// texts, and the texts it does not hold, in the other language, empty.
fn add_row(
    new_rows: &mut String,
    published: &PageRow,
    names: &mut HashSet<String>,
    report: &mut Report,
) {
    let name = unique_name(&published.message_en, &published.code, names);
    // A row is internal where the page's remediation says so (内部错误,
    // "Internal error"); otherwise the macro's default (5xx is internal)
    // applies, and a 5xx row the page does not call internal is left to a
    // person rather than guessed.
    let says_internal = published
        .remediation_zh
        .as_deref()
        .is_some_and(|remediation| remediation.starts_with("内部错误"))
        || published
            .remediation_en
            .as_deref()
            .is_some_and(|remediation| {
                remediation
                    .get(..INTERNAL_ERROR.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(INTERNAL_ERROR))
            });
    let internal_by_default = ief_errors_core::retry::is_internal_by_default(published.status);
    if !says_internal && internal_by_default {
        report.needs_person.push(format!(
            "{}: status {} makes it internal by default, but the page's remediation does not say {}; confirm, or set internal = false",
            published.code,
            published.status,
            if published.remediation_zh.is_some() { "内部错误" } else { "Internal error" }
        ));
    }
    new_rows.push_str("\n[[error]]\n");
    // The keys in the schema's order; a new row has no retry kind or
    // deprecation of its own, and the texts the page does not hold wait
    // for a person.
    let page_texts: Vec<(&str, &str)> = published.texts().collect();
    let mut to_write = Vec::new();
    for row_key in schema::ROW {
        let value = match row_key.key {
            "code" => Value::from(published.code.as_str()),
            "name" => Value::from(name.as_str()),
            "status" => Value::from(i64::from(published.status)),
            "internal" if says_internal && !internal_by_default => Value::from(true),
            key @ ("message.en" | "message.zh" | "remediation.en" | "remediation.zh") => {
                if let Some((_, text)) = page_texts.iter().find(|(field, _)| *field == key) {
                    Value::from(*text)
                } else {
                    to_write.push(key);
                    Value::from("")
                }
            }
            _ => continue,
        };
        // A new value has no decor: it prints as the value alone.
        let _ = writeln!(new_rows, "{} = {value}", row_key.key);
    }
    let translating: Vec<String> = to_write
        .iter()
        .filter_map(|key| {
            let source = translation_source(key);
            let (_, text) = page_texts.iter().find(|(field, _)| *field == source)?;
            Some(quoted(text))
        })
        .collect();
    report.needs_person.push(format!(
        "{}: confirm the name {name}; write {}, translating {} (the table does not compile until {} written)",
        published.code,
        to_write.join(" and "),
        translating.join(" and "),
        if to_write.len() == 1 { "it is" } else { "they are" }
    ));
    report.changes.push(Change::Added {
        code: published.code.clone(),
        name,
        status: published.status,
    });
}

/// How the international page's remediations say a row is internal.
const INTERNAL_ERROR: &str = "Internal error";

/// The key whose text a key left empty is translated from: the same text
/// in the other language. (On the Chinese page, `message.zh` is the
/// description, not a translation of the API's message; it is always there.)
fn translation_source(key: &str) -> &'static str {
    match key {
        "message.zh" => "message.en",
        "remediation.en" => "remediation.zh",
        _ => "remediation.en",
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageLanguage;

    /// A page row with these texts.
    fn published(code: &str, status: u16, message_en: &str, remediation_zh: &str) -> PageRow {
        PageRow {
            line: 1,
            status,
            code: code.to_owned(),
            message_en: message_en.to_owned(),
            message_zh: Some(format!("{message_en}（中文）")),
            remediation_en: None,
            remediation_zh: Some(remediation_zh.to_owned()),
        }
    }

    /// The document with the rows added as tables, as `toml_edit` prints
    /// it: what `sync` did before it wrote new rows as text.
    fn added_as_tables(mut document: DocumentMut, rows: &[PageRow], names: &[&str]) -> String {
        let tables = document["error"].as_array_of_tables_mut().unwrap();
        for (row, name) in rows.iter().zip(names) {
            let mut table = Table::new();
            table.decor_mut().set_prefix("\n");
            table["code"] = value(row.code.as_str());
            table["name"] = value(*name);
            table["status"] = value(i64::from(row.status));
            let remediation_zh = row.remediation_zh.as_deref().unwrap_or_default();
            if remediation_zh.starts_with("内部错误") && row.status < 500 {
                table["internal"] = value(true);
            }
            for (top, en, zh) in [
                (
                    "message",
                    row.message_en.as_str(),
                    row.message_zh.as_deref().unwrap_or_default(),
                ),
                ("remediation", "", remediation_zh),
            ] {
                let mut dotted = Table::new();
                dotted.set_dotted(true);
                dotted["en"] = value(en);
                dotted["zh"] = value(zh);
                table[top] = Item::Table(dotted);
            }
            tables.push(table);
        }
        document.to_string()
    }

    #[test]
    fn new_rows_read_as_the_document_would_print_them() {
        let rows = [
            published("X.1", 400, "Plain text.", "修复"),
            published("X.2", 404, r#"Quotes "x" and \ backslash"#, "修复"),
            published("X.3", 409, r#"Both ' and " quotes"#, "修复"),
            published("X.4", 500, "Line\nbreak\ttab\u{1b}[2J", "内部错误"),
            published(
                "X.5",
                403,
                "Internal by the page",
                "内部错误，请联系技术支持",
            ),
            published("X.6", 429, "", r#"''' """"#),
        ];
        let row = "[[error]]\ncode = \"A.1\"\nname = \"Old\"\nstatus = 400\n\
                   message.en = \"a\"\nmessage.zh = \"b\"\nremediation.en = \"c\"\nremediation.zh = \"d\"";
        for existing in [
            String::new(),
            "# A header.\n".to_owned(),
            format!("# A header.\n\n{row}\n"),
            row.to_owned(),
            format!("{row}\n\n# A comment that ends the file.\n\n"),
            format!("{row}\n# No newline at the end."),
            format!("{row}\r\n\r\n# CRLF.\r\n"),
            format!("{}\r\n# CRLF throughout.\r\n", row.replace('\n', "\r\n")),
            format!(
                "{row}\n\n# Between rows.\n\n{}\n\n",
                row.replace("A.1", "A.2").replace("Old", "Older")
            ),
        ] {
            let mut document: DocumentMut = existing.parse().unwrap();
            let page = Page {
                language: PageLanguage::Chinese,
                updated: None,
                unreadable_date: None,
                rows: rows.to_vec(),
            };
            let (report, new_rows) = sync(&mut document, &page).unwrap();
            let names: Vec<&str> = report
                .changes
                .iter()
                .filter_map(|change| match change {
                    Change::Added { name, .. } => Some(name.as_str()),
                    _ => None,
                })
                .collect();
            assert_eq!(names.len(), rows.len());
            assert_eq!(
                with_new_rows(&mut document.clone(), &new_rows),
                added_as_tables(document, &rows, &names),
                "{existing:?}"
            );
        }
    }

    #[test]
    fn a_code_the_page_writes_in_another_case_is_the_tables_row_respelt() {
        let row = "[[error]]\ncode = \"IEF.1\"\nname = \"Old\"\nstatus = 400\n\
                   message.en = \"a\"\nmessage.zh = \"b\"\nremediation.en = \"c\"\nremediation.zh = \"d\"\n";
        let mut document: DocumentMut = row.parse().unwrap();
        let mut published = published("ief.1", 400, "a", "d");
        published.message_zh = Some("b".to_owned());
        let page = Page {
            language: PageLanguage::Chinese,
            updated: None,
            unreadable_date: None,
            rows: vec![published],
        };
        let (report, new_rows) = sync(&mut document, &page).unwrap();
        assert!(new_rows.is_empty());
        assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
        assert!(matches!(
            &report.changes[0],
            Change::Updated { field: "code", old, new, .. } if old == "IEF.1" && new == "ief.1"
        ));
        assert!(document.to_string().contains("code = \"ief.1\"\n"));
        assert!(!document.to_string().contains("deprecated"));
    }
}
