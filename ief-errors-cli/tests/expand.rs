//! `expand PATH... [--name NAME]`: the code the macro generates for tables,
//! formatted, read back as a Rust file.

use std::path::Path;
use std::process::Output;

mod support;

use ief_errors::IefError;
use support::{assert_safe, ief_errors, workspace};

fn expand_in(dir: &Path, args: &[&str]) -> Output {
    ief_errors()
        .current_dir(dir)
        .arg("expand")
        .args(args)
        .output()
        .unwrap()
}

fn expanded_file(output: &Output) -> syn::File {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let code = String::from_utf8(output.stdout.clone()).unwrap();
    syn::parse_file(&code).unwrap_or_else(|error| panic!("{error}:\n{code}"))
}

/// The enum of the expanded file: its name and its variants' names.
fn the_enum(file: &syn::File) -> (String, Vec<String>) {
    let enums: Vec<&syn::ItemEnum> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(item) => Some(item),
            _ => None,
        })
        .collect();
    assert_eq!(enums.len(), 1);
    (
        enums[0].ident.to_string(),
        enums[0]
            .variants
            .iter()
            .map(|variant| variant.ident.to_string())
            .collect(),
    )
}

const FORK: &str = r#"[[error]]
code = "EDGE.7001"
name = "EdgeNodeOffline"
status = 503
message.en = "The edge node is offline."
message.zh = "边缘节点离线"
remediation.en = "Wait."
remediation.zh = "等待"
deprecated = "replaced by EDGE.7002"
"#;

#[test]
fn the_shipped_table_expands_to_a_file_naming_every_variant() {
    let output = expand_in(&workspace(), &["data/codes.toml"]);
    assert!(output.stderr.is_empty());
    let file = expanded_file(&output);
    let (name, variants) = the_enum(&file);
    assert_eq!(name, "IefError");
    let shipped: Vec<&str> = IefError::ALL.iter().map(|error| error.name()).collect();
    assert_eq!(variants, shipped);
    // Formatted: one item per line, indented, as prettyplease writes it.
    let code = String::from_utf8(output.stdout).unwrap();
    assert!(code.contains("\npub enum IefError {\n"), "{code}");
    assert!(code.contains("\n    InvalidOffset,\n"), "{code}");
}

#[test]
fn a_fork_expands_under_its_own_name_with_its_deprecation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("custom.toml"), FORK).unwrap();
    let shipped = workspace().join("data/codes.toml");
    let output = expand_in(
        dir.path(),
        &[
            shipped.to_str().unwrap(),
            "custom.toml",
            "--name",
            "EdgeError",
        ],
    );
    let file = expanded_file(&output);
    let (name, variants) = the_enum(&file);
    assert_eq!(name, "EdgeError");
    assert_eq!(variants.len(), 150);
    assert_eq!(variants.last().map(String::as_str), Some("EdgeNodeOffline"));
    let code = String::from_utf8(output.stdout).unwrap();
    assert!(
        code.contains("    #[deprecated = r\"replaced by EDGE.7002\"]\n    EdgeNodeOffline,\n"),
        "{code}"
    );
    assert!(!code.contains("IefError"), "{code}");
}

#[test]
fn a_fork_extending_the_shipped_table_expands_with_the_conversions() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("custom.toml"), FORK).unwrap();
    let output = expand_in(
        dir.path(),
        &["--extends", "ief", "custom.toml", "--name", "EdgeError"],
    );
    let file = expanded_file(&output);
    let (name, variants) = the_enum(&file);
    assert_eq!(name, "EdgeError");
    let shipped: Vec<&str> = IefError::ALL.iter().map(|error| error.name()).collect();
    assert_eq!(variants[..shipped.len()], shipped);
    assert_eq!(variants[shipped.len()..], ["EdgeNodeOffline"]);
    let code = String::from_utf8(output.stdout).unwrap();
    assert!(
        code.contains("impl ::core::convert::From<::ief_errors::IefError> for EdgeError {"),
        "{code}"
    );
    assert!(
        code.contains("impl ::core::convert::TryFrom<EdgeError> for ::ief_errors::IefError {"),
        "{code}"
    );
    // The shipped table is built in: no file of it is included.
    assert!(!code.contains("include_bytes"), "{code}");
}

#[test]
fn table_texts_with_control_characters_arrive_escaped_and_mean_the_same() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("hostile.toml"),
        FORK.replace("EDGE.7001", "EDGE.\\u001b[2J\\u202e7")
            .replace(
                "The edge node is offline.",
                "red \\u001b[31m \\u3164 \\u009b text",
            ),
    )
    .unwrap();
    let output = expand_in(dir.path(), &["hostile.toml"]);
    assert_safe(&output);
    let file = expanded_file(&output);
    let code = String::from_utf8(output.stdout).unwrap();
    // The code's and the message's columns hold the texts as the table has them.
    let literals = string_literals(code.parse().unwrap());
    assert!(
        literals.contains(&"red \u{1b}[31m \u{3164} \u{9b} text".to_owned()),
        "{literals:?}"
    );
    assert!(
        literals.contains(&"EDGE.\u{1b}[2J\u{202e}7".to_owned()),
        "{literals:?}"
    );
    assert_eq!(the_enum(&file).1, ["EdgeNodeOffline"]);
}

/// The value of every string literal in `tokens`.
fn string_literals(tokens: proc_macro2::TokenStream) -> Vec<String> {
    tokens
        .into_iter()
        .flat_map(|token| match token {
            proc_macro2::TokenTree::Group(group) => string_literals(group.stream()),
            proc_macro2::TokenTree::Literal(literal) => {
                syn::parse_str::<syn::LitStr>(&literal.to_string())
                    .map(|literal| literal.value())
                    .into_iter()
                    .collect()
            }
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn tables_with_problems_are_reported_as_check_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("custom.toml"),
        FORK.replace("status = 503", "status = 5030"),
    )
    .unwrap();
    for paths in [
        &["custom.toml"][..],
        &["custom.toml", "custom.toml"],
        &["missing.toml"],
        &["."],
    ] {
        let output = expand_in(dir.path(), paths);
        assert_eq!(output.status.code(), Some(1), "{paths:?}");
        assert!(output.stdout.is_empty(), "{paths:?}");
        let checked = ief_errors()
            .current_dir(dir.path())
            .arg("check")
            .args(paths)
            .output()
            .unwrap();
        assert_eq!(output.stderr, checked.stderr, "{paths:?}");
        assert!(String::from_utf8_lossy(&output.stderr).starts_with("error: "));
    }
}

#[test]
fn the_name_must_be_a_rust_identifier() {
    for name in [
        "fn",
        "Edge Error",
        "r#Foo",
        "",
        "a::B",
        "\u{1b}[2J",
        "E\u{3164}",
        "E\u{fe0f}",
        "Cafe\u{301}",
    ] {
        let output = expand_in(&workspace(), &["data/codes.toml", "--name", name]);
        assert_eq!(output.status.code(), Some(2), "{name:?}");
        assert_safe(&output);
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("not a Rust identifier"),
            "{name:?}"
        );
    }
}
