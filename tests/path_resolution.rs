//! A user's own table, named by a path relative to this crate's `Cargo.toml`.
//! rustc runs in the workspace root, where `tables/minimal.toml` does not
//! exist, so this compiles only if the macro resolves against
//! `CARGO_MANIFEST_DIR`.

use ief_errors::Lang;

mod plain {
    ief_errors::ief_errors!("tables/minimal.toml");
}

ief_errors::ief_errors! {
    /// A tailored enum: its own name and visibility, not `#[non_exhaustive]`.
    pub(crate) enum Minimal from "tables/minimal.toml";
}

/// A `macro_rules!` around the macro hands over each fragment but an
/// identifier in a group without delimiters; each means what it would
/// written out.
macro_rules! from_fragments {
    ($facade:literal, $visibility:vis $name:ident, $first:literal, $second:expr) => {
        ief_errors::ief_errors! {
            #[ief_errors(crate = $facade)]
            $visibility enum $name from $first, $second;
        }
    };
}

from_fragments!("::ief_errors", pub FromFragments, "tables/minimal.toml", "tables/fork.toml");
from_fragments!(
    "::ief_errors",
    PrivateFromFragments,
    "tables/minimal.toml",
    "tables/fork.toml"
);

mod path_alone_from_fragments {
    macro_rules! path_alone {
        ($path:expr) => {
            ief_errors::ief_errors!($path);
        };
    }

    path_alone!("tables/minimal.toml");
}

#[test]
fn relative_path_resolves_against_the_manifest_directory() {
    assert_eq!(Minimal::ALL.len(), 3);
    assert_eq!(plain::IefError::ALL.len(), 3);
    assert_eq!(
        plain::IefError::from_code("APIC.0201"),
        Some(plain::IefError::RouteNotFound)
    );
}

#[test]
fn paths_visibility_and_options_may_come_from_macro_rules_fragments() {
    assert_eq!(FromFragments::ALL.len(), 6);
    assert_eq!(PrivateFromFragments::ALL.len(), 6);
    assert_eq!(
        FromFragments::from_code("FORK.0001").map(FromFragments::name),
        Some("QuotaFrozen")
    );
    assert_eq!(path_alone_from_fragments::IefError::ALL.len(), 3);
}

#[test]
fn user_enums_are_exhaustive_and_matchable() {
    let describe = |error: Minimal| match error {
        Minimal::RouteNotFound => "route",
        Minimal::GatewayBusy => "gateway",
        Minimal::StorageFailed => "storage",
    };
    assert_eq!(
        Minimal::ALL
            .iter()
            .map(|error| describe(*error))
            .collect::<Vec<_>>(),
        ["route", "gateway", "storage"]
    );
}

#[test]
fn codes_of_any_shape_are_looked_up() {
    for &error in Minimal::ALL {
        assert_eq!(Minimal::from_code(error.code()), Some(error));
    }
    assert_eq!(Minimal::from_code("IEF.100004"), None);
}

#[test]
fn internal_defaults_to_5xx_unless_the_row_says_otherwise() {
    assert!(!Minimal::RouteNotFound.is_internal());
    assert!(!Minimal::GatewayBusy.is_internal());
    assert!(Minimal::StorageFailed.is_internal());
}

#[test]
fn messages_are_literal_text() {
    assert_eq!(
        Minimal::RouteNotFound.to_string(),
        "Route not found: {0} %s \"quoted\" \\ backslash"
    );
    assert_eq!(
        Minimal::RouteNotFound.localized(Lang::Zh).to_string(),
        "路由不存在"
    );
    assert_eq!(Minimal::GatewayBusy.remediation(Lang::Zh), "稍后重试。");
}
