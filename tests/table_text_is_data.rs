//! Table text is data: codes, messages, remediations and paths that look like
//! code, markup or the generator's own markers come out exactly as written.

// A row of the table is deprecated, and the tests read it.
#![allow(deprecated)]

use std::path::Path;

use ief_errors::Lang;
use ief_errors_tests::{table_rows, text};

ief_errors::ief_errors! {
    /// Rows whose text looks like code.
    #[repr(u16)]
    pub enum Hostile from "tables/text-is-data.toml";
}

mod odd_path {
    ief_errors::ief_errors!("tables/odd path 表/__ENUM__ __FACADE__ #{}.toml");
}

fn table() -> Vec<toml::Table> {
    table_rows(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tables/text-is-data.toml"))
}

#[test]
fn every_text_is_the_table_text_byte_for_byte() {
    let rows = table();
    assert_eq!(Hostile::ALL.len(), rows.len());
    for (error, row) in Hostile::ALL.iter().zip(&rows) {
        assert_eq!(error.code(), text(row, "code"));
        assert_eq!(error.name(), text(row, "name"));
        assert_eq!(error.message(Lang::En), text(row, "message.en"));
        assert_eq!(error.message(Lang::Zh), text(row, "message.zh"));
        assert_eq!(error.remediation(Lang::En), text(row, "remediation.en"));
        assert_eq!(error.remediation(Lang::Zh), text(row, "remediation.zh"));
        assert_eq!(error.to_string(), text(row, "message.en"));
    }
}

#[test]
fn markers_and_template_syntax_are_not_substituted() {
    assert_eq!(Hostile::EnumMarker.code(), "Y.__ENUM__");
    assert_eq!(
        Hostile::EnumMarker.message(Lang::En),
        "a __ENUM__ b __FACADE__ c"
    );
    assert_eq!(
        Hostile::EnumMarker.remediation(Lang::En),
        "#enum_name #(#rows)* $crate::x {} {0} %s ${ENUM}"
    );
    assert_eq!(Hostile::FacadeMarker.code(), "Y.__FACADE__");
}

#[test]
fn codes_with_markers_quotes_and_markup_are_found() {
    for code in [
        "Y.__ENUM__",
        "Y.__FACADE__",
        "Y.`|<b>&amp;</b>|`",
        "Y.\"'\\",
        "Ω.表.🦀",
    ] {
        let error = Hostile::from_code(code).unwrap_or_else(|| panic!("{code} is found"));
        assert_eq!(error.code(), code);
        assert_eq!(code.parse::<Hostile>().ok(), Some(error));
    }
    assert_eq!(Hostile::from_code("Y.E"), None);
    assert_eq!(Hostile::from_code("Y.__enum__"), None);
}

#[test]
fn control_characters_and_raw_string_delimiters_survive() {
    let controls = Hostile::FacadeMarker.remediation(Lang::En);
    for control in ['\0', '\u{1b}', '\u{7}', '\u{7f}', '\u{85}', '\u{9b}', '\r'] {
        assert!(controls.contains(control), "{control:?} in {controls:?}");
    }
    assert_eq!(Hostile::QuotedCode.message(Lang::En), "\"#\"##\"###\"####");
    assert_eq!(
        Hostile::FacadeMarker.message(Lang::En),
        "raw \"# and \"## and r#\"x\"# end"
    );
    assert_eq!(
        Hostile::FacadeMarker.remediation(Lang::Zh),
        "multi\nline ✓ 🦀\r\ncrlf written as an escape\n"
    );
}

#[test]
fn a_table_path_with_markers_spaces_and_cjk_is_read_from_that_path() {
    assert_eq!(odd_path::IefError::ALL, [odd_path::IefError::FromAnOddPath]);
    assert_eq!(odd_path::IefError::FromAnOddPath.code(), "P.1");
}

#[test]
fn user_attributes_and_derives_apply_to_a_hostile_table() {
    assert_eq!(size_of::<Hostile>(), 2);
    assert!(Hostile::QuotedCode.is_internal());
    assert_eq!(Hostile::Ärger.status(), 599);
}
