//! Turning on a feature of `ief-errors` anywhere in a dependency graph never
//! breaks a crate that built without it: integrations for an enum generated
//! in the user's crate are asked for per enum, so impls the user wrote
//! themselves never collide with the facade's.

use ief_errors_tests::{FixtureCrate, ONE_ROW_TABLE, facade_dependency};

/// A crate that implements every integration's trait for its enum itself,
/// has its own inherent `status_code`, and its own `status_code` trait
/// method for the shipped enum.
const OWN_IMPLS: &str = r#"
ief_errors::ief_errors! {
    /// Serialized by the user's own derive.
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Own from "codes.toml";
}

impl miette::Diagnostic for Own {}

impl Own {
    /// The user's own method of the name the `http` integration uses.
    pub fn status_code(self) -> u32 {
        u32::from(self.status()) * 10
    }
}

/// A trait of the user's with a method named like the `http` integration's,
/// for the shipped enum, called with the facade's own trait in scope too.
trait StatusExt {
    fn status_code(self) -> u16;
}

impl StatusExt for ief_errors::IefError {
    fn status_code(self) -> u16 {
        ief_errors::ErrorCode::status(self)
    }
}

fn shipped_status() -> u16 {
    use ief_errors::ErrorCode as _;
    ief_errors::IefError::InvalidOffset.status_code()
}

fn main() {
    let json = serde_json::to_string(&Own::First).unwrap();
    println!("{json} {} {}", Own::First.status_code(), shipped_status());
}
"#;

fn own_impls_fixture(name: &str, facade_features: &str) -> FixtureCrate {
    let dependencies = format!(
        "ief-errors = {}\nserde = {{ version = \"1\", features = [\"derive\"] }}\n\
         serde_json = \"1\"\nmiette = {{ version = \"7\", default-features = false }}\n",
        facade_dependency(facade_features)
    );
    FixtureCrate::with_manifest(
        env!("CARGO_TARGET_TMPDIR"),
        name,
        "2021",
        &dependencies,
        &[("src/main.rs", OWN_IMPLS), ("codes.toml", ONE_ROW_TABLE)],
    )
}

#[test]
fn a_crate_with_its_own_impls_builds_with_no_facade_feature() {
    // `macro` is the one feature a crate that invokes the macro needs.
    let fixture = own_impls_fixture(
        "additive-none",
        ", default-features = false, features = [\"std\", \"macro\"]",
    );
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "\"First\" 4000 400\n");
}

#[test]
fn a_crate_with_its_own_impls_builds_with_every_facade_feature() {
    let fixture = own_impls_fixture(
        "additive-all",
        ", features = [\"json\", \"serde\", \"http\", \"miette\", \"axum\"]",
    );
    assert_eq!(fixture.cargo(&["run", "--quiet"]), "\"First\" 4000 400\n");
}

#[test]
fn asking_for_an_integration_without_its_feature_names_the_feature() {
    let lib = r#"
ief_errors::ief_errors! {
    #[ief_errors(serde, http, miette)]
    pub enum Asks from "codes.toml";
}
"#;
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "integration-without-feature",
        "",
        &[("src/lib.rs", lib), ("codes.toml", ONE_ROW_TABLE)],
    );
    let stderr = fixture.cargo_fails(&["build", "--quiet"]);
    for feature in ["serde", "http", "miette"] {
        let message = format!(
            "`#[ief_errors({feature})]` needs the `{feature}` feature of ief-errors: add `features = [\"{feature}\"]` to the ief-errors dependency in Cargo.toml"
        );
        assert!(stderr.contains(&message), "{message}\nnot in:\n{stderr}");
    }
    // The error points at the word that asked.
    assert!(
        stderr.contains("#[ief_errors(serde, http, miette)]"),
        "{stderr}"
    );
}
