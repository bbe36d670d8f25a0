//! `#[ief_errors(crate = "...")]`: a crate that reaches the facade only
//! through another crate's re-export can still generate enums.

use ief_errors_tests::{FixtureCrate, ONE_ROW_TABLE, facade_dependency};

const SDK: &str = "//! An SDK that re-exports the facade.\npub use ief_errors;\n";

const APP: &str = r#"
sdk::ief_errors::ief_errors! {
    /// The app's errors, through the SDK's re-export.
    #[ief_errors(crate = "::sdk::ief_errors")]
    pub enum AppError from "codes.toml";
}

fn main() {
    let error = AppError::from_code("X.1").unwrap();
    println!("{} {}", error, error.localized(sdk::ief_errors::Lang::Zh));
}
"#;

#[test]
fn generated_code_uses_the_overridden_facade_path() {
    let scratch = env!("CARGO_TARGET_TMPDIR");
    let sdk = FixtureCrate::with_manifest(
        scratch,
        "crate-path-sdk",
        "2021",
        &format!("ief-errors = {}", facade_dependency("")),
        &[("src/lib.rs", SDK)],
    );
    // The app depends on the SDK only: `::ief_errors` does not exist for it.
    let sdk_dependency = format!(
        "sdk = {{ path = {:?}, package = \"crate-path-sdk\" }}",
        sdk.dir.display().to_string()
    );
    let app = FixtureCrate::with_manifest(
        scratch,
        "crate-path-app",
        "2021",
        &sdk_dependency,
        &[("src/main.rs", APP), ("codes.toml", ONE_ROW_TABLE)],
    );
    assert_eq!(app.cargo(&["run", "--quiet"]), "First. 第一\n");
}

#[test]
fn reaching_the_facade_only_through_a_re_export_says_how_to_name_it() {
    let scratch = env!("CARGO_TARGET_TMPDIR");
    let sdk = FixtureCrate::with_manifest(
        scratch,
        "crate-path-sdk-hint",
        "2021",
        &format!("ief-errors = {}", facade_dependency("")),
        &[("src/lib.rs", SDK)],
    );
    let sdk_dependency = format!(
        "sdk = {{ path = {:?}, package = \"crate-path-sdk-hint\" }}",
        sdk.dir.display().to_string()
    );
    let app = FixtureCrate::with_manifest(
        scratch,
        "crate-path-app-hint",
        "2021",
        &sdk_dependency,
        &[
            (
                "src/lib.rs",
                "sdk::ief_errors::ief_errors!(\"codes.toml\");\n",
            ),
            ("codes.toml", ONE_ROW_TABLE),
        ],
    );
    let stderr = app.cargo_fails(&["build", "--quiet"]);
    assert!(
        stderr.contains(
            "this crate's Cargo.toml does not depend on `ief-errors`, so the generated code cannot name it; add the dependency, or, to reach it through another crate's re-export, use the header form with `#[ief_errors(crate = \"::that_crate::ief_errors\")]`"
        ),
        "{stderr}"
    );
}
