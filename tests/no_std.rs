//! The facade in a `#![no_std]` crate with default features off: the shipped
//! enum and a generated one, with nothing from `std` in the build.

use ief_errors_tests::FixtureCrate;

const LIB: &str = r#"
#![no_std]
#![deny(warnings)]

use ief_errors::{ErrorCode, IefError, Lang};

ief_errors::ief_errors! {
    /// An enum generated in a `no_std` crate.
    pub enum Own from "codes.toml";
}

/// Looks up a code and returns its status and Chinese message.
pub fn describe(code: &str) -> Option<(u16, &'static str)> {
    let error = IefError::from_code(code)?;
    Some((error.status(), error.message(Lang::Zh)))
}

/// Works for any generated enum.
pub fn status_of<E: ErrorCode>(code: &str) -> Option<u16> {
    E::from_code(code).map(ErrorCode::status)
}

/// Formatting needs only `core`.
pub fn write_message(out: &mut dyn core::fmt::Write) -> core::fmt::Result {
    write!(out, "{}", Own::First.localized(Lang::Zh))
}
"#;

const TABLE: &str = "[[error]]\ncode = \"X.1\"\nname = \"First\"\nstatus = 500\nmessage.en = \"First.\"\n\
                     message.zh = \"第一\"\nremediation.en = \"Fix it.\"\nremediation.zh = \"修复\"\n";

#[test]
fn facade_builds_in_a_no_std_crate_without_default_features() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "no-std-consumer",
        ", default-features = false, features = [\"macro\"]",
        &[("src/lib.rs", LIB), ("codes.toml", TABLE)],
    );
    let _ = fixture.cargo(&["build", "--quiet"]);
    // The facade itself is `no_std` then: its build must not see `std`.
    let tree = fixture.cargo(&["tree", "--edges", "features", "--invert", "ief-errors"]);
    assert!(!tree.contains("feature \"std\""), "{tree}");
}
