//! The shipped table against the published page it was copied from: every
//! published field character for character, and the rules for the fields we add.

use std::collections::{BTreeMap, BTreeSet};

use ief_errors_tests::{published_rows, shipped_table_rows, text};

#[test]
fn page_has_the_149_published_codes() {
    let page = published_rows();
    assert_eq!(page.len(), 149);
    assert_eq!(page[0].code, "IEF.011002");
    assert_eq!(page[148].code, "IEF.100429");
}

#[test]
fn table_has_one_row_per_published_code_in_page_order() {
    let codes: Vec<String> = shipped_table_rows()
        .iter()
        .map(|row| text(row, "code").to_owned())
        .collect();
    let published: Vec<String> = published_rows().into_iter().map(|row| row.code).collect();
    assert_eq!(codes, published);
}

#[test]
fn published_fields_are_copied_verbatim() {
    for (row, published) in shipped_table_rows().iter().zip(published_rows()) {
        let code = &published.code;
        assert_eq!(
            row["status"].as_integer(),
            Some(i64::from(published.status)),
            "{code}"
        );
        assert_eq!(text(row, "message.en"), published.message_en, "{code}");
        assert_eq!(text(row, "message.zh"), published.message_zh, "{code}");
        assert_eq!(
            text(row, "remediation.zh"),
            published.remediation_zh,
            "{code}"
        );
    }
}

#[test]
fn rows_use_only_schema_keys() {
    let allowed: BTreeSet<&str> = [
        "code",
        "name",
        "status",
        "internal",
        "retry",
        "message",
        "remediation",
    ]
    .into();
    for row in shipped_table_rows() {
        let keys: BTreeSet<&str> = row.keys().map(String::as_str).collect();
        assert!(keys.is_subset(&allowed), "{keys:?}");
        for texts in ["message", "remediation"] {
            let languages: Vec<&String> = row[texts].as_table().unwrap().keys().collect();
            assert_eq!(languages, ["en", "zh"], "{}", text(&row, "code"));
        }
    }
}

/// Internal exactly where the page's remediation says 内部错误 (internal error),
/// whether stated with `internal` or left to the 5xx default.
#[test]
fn internal_rows_are_those_the_page_calls_internal_errors() {
    let mut internal_codes = Vec::new();
    for (row, published) in shipped_table_rows().iter().zip(published_rows()) {
        let internal = row
            .get("internal")
            .map_or(published.status >= 500, |flag| flag.as_bool().unwrap());
        assert_eq!(
            internal,
            published.remediation_zh.starts_with("内部错误"),
            "{}",
            published.code
        );
        if internal {
            internal_codes.push(published.code);
        }
    }
    assert_eq!(internal_codes.len(), 22);
    let rows = shipped_table_rows();
    let internal_400: Vec<&str> = rows
        .iter()
        .filter(|row| row.get("internal").and_then(toml::Value::as_bool) == Some(true))
        .map(|row| text(row, "code"))
        .collect();
    assert_eq!(
        internal_400,
        [
            "IEF.100412",
            "IEF.100425",
            "IEF.101004",
            "IEF.101005",
            "IEF.101006",
            "IEF.101007",
            "IEF.120001",
            "IEF.310003",
            "IEF.330000",
            "IEF.330001",
            "IEF.340001",
        ]
    );
}

#[test]
fn same_chinese_remediation_always_gets_the_same_english() {
    let mut english_for: BTreeMap<String, String> = BTreeMap::new();
    for row in shipped_table_rows() {
        let chinese = text(&row, "remediation.zh").to_owned();
        let english = text(&row, "remediation.en").to_owned();
        assert!(!english.trim().is_empty());
        assert!(
            english.is_ascii(),
            "English remediation is plain ASCII: {english}"
        );
        assert!(
            english.ends_with('.'),
            "English remediation is a full sentence: {english}"
        );
        let first = english_for
            .entry(chinese.clone())
            .or_insert_with(|| english.clone());
        assert_eq!(*first, english, "{chinese}");
    }
}

#[test]
fn names_are_unique_upper_camel_case() {
    let names: Vec<String> = shipped_table_rows()
        .iter()
        .map(|row| text(row, "name").to_owned())
        .collect();
    let unique: BTreeSet<&String> = names.iter().collect();
    assert_eq!(unique.len(), 149);
    for name in &names {
        assert!(
            name.starts_with(|first: char| first.is_ascii_uppercase()),
            "{name}"
        );
        assert!(
            name.chars()
                .all(|character| character.is_ascii_alphanumeric()),
            "{name}"
        );
    }
}

/// The page repeats three English messages; each repeated message still maps
/// to distinct variant names.
#[test]
fn repeated_messages_get_distinct_names() {
    let rows = shipped_table_rows();
    for message in [
        "Internal error",
        "The requested edge node does not exist.",
        "Operation error.",
    ] {
        let names: BTreeSet<&str> = rows
            .iter()
            .filter(|row| text(row, "message.en") == message)
            .map(|row| text(row, "name"))
            .collect();
        assert_eq!(names.len(), 2, "{message}: {names:?}");
    }
}
