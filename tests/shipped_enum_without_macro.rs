//! A crate that uses only the shipped enum and `ApiError` builds no proc
//! macro: with `default-features = false, features = ["std", "json"]`, no
//! syn, toml, quote, proc-macro2 or proc-macro crate is in its graph.

use ief_errors_tests::FixtureCrate;

const LIB: &str = r"
#![deny(warnings)]

use ief_errors::{ApiError, IefError};

/// The shipped enum and the response parser, without the macro.
pub fn status_of(body: &[u8]) -> Option<u16> {
    let error: ApiError<IefError> = ApiError::from_response(500, None, body);
    error.error().map(IefError::status)
}
";

/// The crates a proc macro and its parsing bring.
const MACRO_CRATES: &[&str] = &[
    "syn",
    "toml",
    "quote",
    "proc-macro2",
    "ief-errors-macro",
    "ief-errors-table",
];

fn package_names(tree: &str) -> Vec<String> {
    tree.lines()
        .filter_map(|line| {
            line.trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
                .split(' ')
                .next()
                .map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_shipped_enum_and_api_error_build_without_any_proc_macro() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "shipped-enum-without-macro",
        ", default-features = false, features = [\"std\", \"json\"]",
        &[("src/lib.rs", LIB)],
    );
    let _ = fixture.cargo(&["build", "--quiet"]);
    let tree = fixture.cargo(&["tree", "--prefix", "none", "--edges", "normal,build"]);
    let packages = package_names(&tree);
    for unwanted in MACRO_CRATES {
        assert!(
            !packages.iter().any(|package| package == unwanted),
            "{unwanted} is in the graph:\n{tree}"
        );
    }
    assert!(
        packages.iter().any(|package| package == "ief-errors-core"),
        "{tree}"
    );
}

#[test]
fn the_macro_feature_adds_the_macro_and_takes_nothing_away() {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "shipped-enum-with-macro",
        ", default-features = false, features = [\"std\", \"json\", \"macro\"]",
        &[
            (
                "src/lib.rs",
                &format!(
                    "{LIB}\nief_errors::ief_errors! {{ pub enum Own from \"codes.toml\"; }}\n"
                ),
            ),
            ("codes.toml", ief_errors_tests::ONE_ROW_TABLE),
        ],
    );
    let _ = fixture.cargo(&["build", "--quiet"]);
    let tree = fixture.cargo(&["tree", "--prefix", "none", "--edges", "normal,build"]);
    assert!(
        package_names(&tree)
            .iter()
            .any(|package| package == "ief-errors-macro"),
        "{tree}"
    );
}
