//! Helpers shared by the workspace tests: the published page and the shipped
//! table, each read independently of the macro that turns them into code.

// Test helpers fail the test on any unexpected state; that is their job.
#![allow(clippy::missing_panics_doc)]

use std::path::{Path, PathBuf};

/// The workspace's root directory.
#[must_use]
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits inside the workspace")
        .to_path_buf()
}

/// One row of the published page, as printed there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedRow {
    /// 状态码
    pub status: u16,
    /// 错误码
    pub code: String,
    /// 错误信息 (English)
    pub message_en: String,
    /// 描述 (Chinese)
    pub message_zh: String,
    /// 处理措施 (Chinese)
    pub remediation_zh: String,
}

/// The rows of `data/published/ief-error-codes-2025-08-26.txt`.
///
/// The page text is a header (update date, title, a note, the five column
/// names) followed by one non-empty line per cell, five cells a row.
#[must_use]
pub fn published_rows() -> Vec<PublishedRow> {
    let path = workspace_root().join("data/published/ief-error-codes-2025-08-26.txt");
    let text = std::fs::read_to_string(&path).expect("the published page is in data/published");
    let cells: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let header = ["状态码", "错误码", "错误信息", "描述", "处理措施"];
    let header_end = cells
        .windows(5)
        .position(|window| window == header)
        .expect("the page has the five column names")
        + 5;
    let body = &cells[header_end..];
    assert_eq!(body.len() % 5, 0, "every row of the page has five cells");
    body.chunks(5)
        .map(|cells| PublishedRow {
            status: cells[0].parse().expect("the first cell is a status"),
            code: cells[1].to_owned(),
            message_en: cells[2].to_owned(),
            message_zh: cells[3].to_owned(),
            remediation_zh: cells[4].to_owned(),
        })
        .collect()
}

/// The `[[error]]` rows of `data/codes.toml`, read with the `toml` crate.
#[must_use]
pub fn shipped_table_rows() -> Vec<toml::Table> {
    table_rows(&workspace_root().join("data/codes.toml"))
}

/// The `[[error]]` rows of the table at `path`, read with the `toml` crate.
#[must_use]
pub fn table_rows(path: &Path) -> Vec<toml::Table> {
    let text = std::fs::read_to_string(path).expect("the table exists");
    let mut document: toml::Table = text.parse().expect("the table is valid TOML");
    let Some(toml::Value::Array(rows)) = document.remove("error") else {
        panic!("{} has [[error]] rows", path.display());
    };
    rows.into_iter()
        .map(|row| match row {
            toml::Value::Table(row) => row,
            other => panic!("row is not a table: {other:?}"),
        })
        .collect()
}

/// A string value of a row, following a dotted key such as `message.en`.
#[must_use]
pub fn text<'a>(row: &'a toml::Table, dotted_key: &str) -> &'a str {
    let mut value: Option<&toml::Value> = None;
    let mut table = row;
    for key in dotted_key.split('.') {
        let found = table
            .get(key)
            .unwrap_or_else(|| panic!("row has `{dotted_key}`: {row:?}"));
        if let toml::Value::Table(inner) = found {
            table = inner;
        }
        value = Some(found);
    }
    value
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| panic!("`{dotted_key}` is a string"))
}

/// A valid table of one row, `X.1` named `First`, for fixture crates.
pub const ONE_ROW_TABLE: &str = "[[error]]\ncode = \"X.1\"\nname = \"First\"\nstatus = 400\n\
                                 message.en = \"First.\"\nmessage.zh = \"第一\"\n\
                                 remediation.en = \"Fix it.\"\nremediation.zh = \"修复\"\n";

/// The facade as a path dependency, with `options` (such as
/// `, default-features = false`) appended inside the braces.
#[must_use]
pub fn facade_dependency(options: &str) -> String {
    // Debug-quoted, the path is a valid TOML string.
    let facade = workspace_root().join("ief-errors").display().to_string();
    format!("{{ path = {facade:?}{options} }}")
}

/// A throwaway crate built with the workspace's `cargo`, pinned to the
/// workspace's lock file and sharing one target directory between tests.
pub struct FixtureCrate {
    /// The crate's directory.
    pub dir: PathBuf,
    target_dir: PathBuf,
}

impl FixtureCrate {
    /// Writes the crate under `scratch` (a test's `CARGO_TARGET_TMPDIR`): its
    /// `Cargo.toml`, depending on the facade with `facade_options` appended
    /// (such as `, default-features = false`), and the given files.
    #[must_use]
    pub fn new(scratch: &str, name: &str, facade_options: &str, files: &[(&str, &str)]) -> Self {
        let dependencies = format!("ief-errors = {}", facade_dependency(facade_options));
        Self::with_manifest(scratch, name, "2021", &dependencies, files)
    }

    /// Writes a crate of the given edition whose `[dependencies]` section is
    /// `dependencies`, and the given files.
    #[must_use]
    pub fn with_manifest(
        scratch: &str,
        name: &str,
        edition: &str,
        dependencies: &str,
        files: &[(&str, &str)],
    ) -> Self {
        let scratch = Path::new(scratch);
        let dir = scratch.join("fixtures").join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).expect("create the fixture's directory");
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\npublish = false\n\n\
             [dependencies]\n{dependencies}\n\n[workspace]\n"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("write the fixture's manifest");
        std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock"))
            .expect("copy the workspace's lock file");
        let fixture = FixtureCrate {
            dir,
            target_dir: scratch.join("fixture-target"),
        };
        for (path, contents) in files {
            fixture.write(path, contents);
        }
        fixture
    }

    /// Where `cargo doc` writes this crate's documentation.
    #[must_use]
    pub fn doc_dir(&self) -> PathBuf {
        self.target_dir.join("doc")
    }

    /// Writes (or overwrites) a file of the crate.
    pub fn write(&self, path: &str, contents: &str) {
        let path = self.dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a file has a parent"))
            .expect("create the directory");
        std::fs::write(path, contents).expect("write a fixture file");
    }

    /// Runs `cargo <args>` in the crate, offline (the workspace build already
    /// fetched every dependency); returns stdout, or panics with stderr.
    #[must_use]
    pub fn cargo(&self, args: &[&str]) -> String {
        let output = self.run_cargo(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "cargo {args:?} failed in {}:\n{stderr}",
            self.dir.display()
        );
        String::from_utf8(output.stdout).expect("cargo's output is UTF-8")
    }

    /// Runs `cargo <args>` in the crate, expecting it to fail; returns stderr,
    /// or panics if it succeeded.
    #[must_use]
    pub fn cargo_fails(&self, args: &[&str]) -> String {
        let output = self.run_cargo(args);
        assert!(
            !output.status.success(),
            "cargo {args:?} succeeded in {} but should have failed",
            self.dir.display()
        );
        String::from_utf8_lossy(&output.stderr).into_owned()
    }

    fn run_cargo(&self, args: &[&str]) -> std::process::Output {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        std::process::Command::new(cargo)
            // `--offline` must precede a `--` that passes the rest to a tool.
            .args(args.iter().take(1))
            .arg("--offline")
            .args(args.iter().skip(1))
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env("CARGO_TERM_COLOR", "never")
            .output()
            .expect("run cargo")
    }
}
