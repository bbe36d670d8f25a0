//! Broken tables are compile errors on the path literal that name the file as
//! written and say where and what; the macro never panics, and the enum is
//! still generated from the valid rows so the rest of the crate compiles.

use ief_errors_tests::FixtureCrate;

const LIB: &str = r#"#![allow(dead_code)]
mod missing {
    ief_errors::ief_errors!("tables/missing.toml");
    pub fn uses_the_stub() -> usize { IefError::ALL.len() }
}
mod directory {
    ief_errors::ief_errors!("tables");
}
mod not_utf8 {
    ief_errors::ief_errors!("tables/latin1.toml");
}
mod syntax {
    ief_errors::ief_errors!("tables/syntax.toml");
}
mod schema {
    ief_errors::ief_errors!("tables/schema.toml");
    pub fn valid_rows_are_still_generated() -> u16 { IefError::Good.status() }
}
"#;

const SCHEMA: &str = r#"[[error]]
code = "X.1"
name = "Good"
status = 400
message.en = "Good."
message.zh = "好"
remediation.en = "None."
remediation.zh = "无"

[[error]]
code = "X.2"
name = "Bad"
status = 999
message.en = "Bad."
message.zh = "坏"
remediation.en = "Fix it."
remediation.zh = "修复"

[[error]]
code = "X.1"
name = "Again"
status = 400
message.en = "Again."
message.zh = "又"
remediation.en = "None."
remediation.zh = "无"

[[error]]
code = "X.2"
name = "Misspelt"
status = 400
message.en = "Misspelt."
message.zh = "拼错"
remediation.en = "None."
remedation.zh = "无"
"#;

/// Built once: the tests below read the same compiler output.
fn build_broken_crate() -> (String, String) {
    static OUTPUT: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    OUTPUT.get_or_init(build_broken_crate_once).clone()
}

fn build_broken_crate_once() -> (String, String) {
    let fixture = FixtureCrate::new(
        env!("CARGO_TARGET_TMPDIR"),
        "table-errors",
        "",
        &[
            ("src/lib.rs", LIB),
            ("tables/syntax.toml", "[[error]]\ncode = \n"),
            ("tables/schema.toml", SCHEMA),
        ],
    );
    std::fs::write(
        fixture.dir.join("tables/latin1.toml"),
        b"[[error]]\ncode = \"caf\xe9\"\n",
    )
    .unwrap();
    let stderr = fixture.cargo_failure(&["build", "--quiet"]);
    (stderr, fixture.dir.display().to_string())
}

/// The `error:` messages, in the order rustc printed them.
fn messages(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|line| line.strip_prefix("error: "))
        .collect()
}

#[test]
fn every_broken_table_gives_located_errors_and_nothing_else() {
    let (stderr, dir) = build_broken_crate();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.contains("cannot find"),
        "follow-on errors:\n{stderr}"
    );
    assert!(
        !stderr.contains("no variant"),
        "follow-on errors:\n{stderr}"
    );

    let expected = [
        format!(
            "tables/missing.toml: no such file (looked for {dir}/tables/missing.toml); relative paths are resolved against the directory of the invoking crate's Cargo.toml"
        ),
        format!("tables: is a directory ({dir}/tables); name the table file inside it"),
        "tables/latin1.toml:2:12: the file is not valid UTF-8 (byte 0xe9); save the table as UTF-8"
            .to_owned(),
    ];
    let messages = messages(&stderr);
    for message in &expected {
        assert!(
            messages.contains(&message.as_str()),
            "missing {message:?} in:\n{stderr}"
        );
    }
    assert!(
        messages
            .iter()
            .any(|message| message.starts_with("tables/syntax.toml:2:8: invalid TOML: ")),
        "{stderr}"
    );
    // The last line is cargo's summary, not a table error.
    assert_eq!(messages.len(), 10, "{stderr}");
}

#[test]
fn schema_errors_are_all_reported_with_line_column_snippet_and_help() {
    let (stderr, _) = build_broken_crate();
    // rustc indents the lines after a message's first by nine columns.
    let status = [
        "error: tables/schema.toml:13:10: status 999 is not an HTTP status",
        "          |",
        "       13 | status = 999",
        "          |          ^^^",
        "         = help: use a status from 100 to 599, such as 400 or 500",
    ];
    assert!(stderr.contains(&status.join("\n")), "{stderr}");
    let duplicate = [
        "error: tables/schema.toml:20:8: duplicate code `X.1`",
        "          |",
        "       20 | code = \"X.1\"",
        "          |        ^^^^^",
        "       tables/schema.toml:2:8: note: first defined here",
        "         |",
        "       2 | code = \"X.1\"",
        "         |        ^^^^^",
        "         = help: every row needs its own code",
    ];
    assert!(stderr.contains(&duplicate.join("\n")), "{stderr}");
    let unknown_key = [
        "error: tables/schema.toml:35:1: unknown key `remedation` in an `[[error]]` row",
        "          |",
        "       35 | remedation.zh = \"无\"",
        "          | ^^^^^^^^^^",
        "         = help: did you mean `remediation`?",
    ];
    assert!(stderr.contains(&unknown_key.join("\n")), "{stderr}");
    let missing_key =
        "error: tables/schema.toml:28:1: this row is missing the required key `remediation.zh`";
    assert!(stderr.contains(missing_key), "{stderr}");
}

#[test]
fn errors_point_at_the_path_literal_of_their_invocation() {
    let (stderr, _) = build_broken_crate();
    for (line, column) in [(3, 29), (7, 29), (10, 29), (13, 29), (16, 29)] {
        let location = format!("--> src/lib.rs:{line}:{column}");
        assert!(
            stderr.contains(&location),
            "no error at {location}:\n{stderr}"
        );
    }
}
