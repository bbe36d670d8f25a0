//! A crate that depends on the facade under another name finds it with no
//! attribute: the macro reads the name from the crate's manifest.

use ief_errors_tests::{FixtureCrate, ONE_ROW_TABLE, facade_dependency, workspace_root};

const APP: &str = r#"
mod plain {
    errs::ief_errors!("codes.toml");
}

errs::ief_errors! {
    /// With an integration, through the renamed facade too.
    #[ief_errors(serde)]
    pub enum Header from "codes.toml";
}

fn main() {
    let error = plain::IefError::from_code("X.1").unwrap();
    let header: Header = "X.1".parse().unwrap();
    println!(
        "{} {} {}",
        error.localized(errs::Lang::Zh),
        header,
        errs::IefError::InvalidOffset.code()
    );
}
"#;

#[test]
fn a_renamed_dependency_needs_no_attribute() {
    let dependency = format!(
        "errs = {}",
        facade_dependency(r#", package = "ief-errors", features = ["serde"]"#)
    );
    let fixture = FixtureCrate::with_manifest(
        env!("CARGO_TARGET_TMPDIR"),
        "renamed-facade",
        "2021",
        &dependency,
        &[("src/main.rs", APP), ("codes.toml", ONE_ROW_TABLE)],
    );
    assert_eq!(
        fixture.cargo(&["run", "--quiet"]),
        "第一 First. IEF.100004\n"
    );
}

#[test]
fn a_rename_inherited_from_the_workspace_is_found() {
    // A workspace whose `[workspace.dependencies]` renames the facade, and a
    // member that inherits the entry with `workspace = true`.
    let facade = workspace_root().join("ief-errors").display().to_string();
    let fixture = FixtureCrate::with_manifest(
        env!("CARGO_TARGET_TMPDIR"),
        "renamed-in-workspace",
        "2021",
        "",
        &[
            (
                "Cargo.toml",
                &format!(
                    "[workspace]\nmembers = [\"app\"]\nresolver = \"2\"\n\n[workspace.dependencies]\n\
                     my-errs = {{ path = {facade:?}, package = \"ief-errors\", features = [\"serde\"] }}\n"
                ),
            ),
            (
                "app/Cargo.toml",
                "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
                 [dependencies]\nmy-errs = { workspace = true }\n",
            ),
            ("app/src/main.rs", &APP.replace("errs::", "my_errs::")),
            ("app/codes.toml", ONE_ROW_TABLE),
        ],
    );
    assert_eq!(
        fixture.cargo(&["run", "--quiet", "-p", "app"]),
        "第一 First. IEF.100004\n"
    );
}
