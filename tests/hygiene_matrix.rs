//! The generated code under strict lints and clippy, in every edition, in a
//! crate without the prelude and with items named like the prelude's.

use ief_errors_tests::FixtureCrate;

const LIB: &str = r#"//! A crate with strict lints.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications, unused_results, unreachable_pub)]
#![deny(clippy::all)]

/// Named like the prelude's.
pub struct Option;
/// Named like the prelude's.
pub struct Result;
/// Named like the prelude's.
pub struct Some;
/// Named like the prelude's.
pub struct Ok;
/// Named like the facade's.
pub struct Lang;
/// Named like `core::fmt`.
pub mod fmt {}
/// Named like the trait.
pub struct Display;
/// Named like the trait.
pub struct Error;
/// Named like the conversion traits.
pub struct From;
/// Named like the conversion traits.
pub struct TryFrom;
/// Named like the facade's conversion error.
pub struct NotShipped;
/// Named like a primitive.
#[allow(non_camel_case_types)]
pub struct u8;
/// Named like a primitive.
#[allow(non_camel_case_types)]
pub struct u16;
/// Named like a primitive.
#[allow(non_camel_case_types)]
pub struct str;

::ief_errors::ief_errors!("codes.toml");

::ief_errors::ief_errors! {
    /// Every integration, under the same lints.
    #[ief_errors(serde, http, miette)]
    #[cfg_attr(all(), derive(Debug))]
    pub enum WithIntegrations from "codes.toml";
}

::ief_errors::ief_errors! {
    /// The shipped table's rows, then the crate's own, with the conversions.
    #[ief_errors(extends = "ief")]
    pub enum Extended from "codes.toml";
}

mod private {
    ::ief_errors::ief_errors! {
        /// A crate-private enum whose methods are never called.
        pub(crate) enum Unused from "codes.toml";
    }
}

/// Uses the public enum.
pub fn status_of(
    code: &::core::primitive::str,
) -> ::core::option::Option<::core::primitive::u16> {
    IefError::from_code(code).map(IefError::status)
}
"#;

const TABLE: &str = "[[error]]\ncode = \"X.1\"\nname = \"First\"\nstatus = 400\n\
                     deprecated = \"replaced by X.2\"\nmessage.en = \"First.\"\n\
                     message.zh = \"第一\"\nremediation.en = \"Fix it.\"\nremediation.zh = \"修复\"\n\n\
                     [[error]]\ncode = \"X.2\"\nname = \"Second\"\nstatus = 500\nmessage.en = \"Second.\"\n\
                     message.zh = \"第二\"\nremediation.en = \"Retry.\"\nremediation.zh = \"重试\"\n";

fn check_edition(edition: &str) {
    let fixture = FixtureCrate::with_manifest(
        env!("CARGO_TARGET_TMPDIR"),
        &format!("hygiene-{edition}"),
        edition,
        // Every integration on, so their generated impls face the same lints
        // (`WithIntegrations` asks for them).
        &format!(
            "ief-errors = {}",
            ief_errors_tests::facade_dependency(
                r#", features = ["json", "serde", "http", "miette"]"#
            )
        ),
        &[("src/lib.rs", LIB), ("codes.toml", TABLE)],
    );
    let _ = fixture.cargo(&["clippy", "--quiet", "--", "-D", "warnings"]);
}

#[test]
fn strict_lints_and_clippy_pass_in_edition_2018() {
    check_edition("2018");
}

#[test]
fn strict_lints_and_clippy_pass_in_edition_2021() {
    check_edition("2021");
}

#[test]
fn strict_lints_and_clippy_pass_in_edition_2024() {
    check_edition("2024");
}
