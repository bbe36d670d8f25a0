//! The `ief-errors` binary, run as a user runs it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use ief_errors::{IefError, Lang};

fn ief_errors() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
    // Output to a pipe is never coloured; NO_COLOR makes sure of it.
    let _ = command.env("NO_COLOR", "1");
    command
}

fn stdout_of(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn published_page() -> PathBuf {
    workspace().join("data/published/ief-error-codes-2025-08-26.txt")
}

mod explain {
    use super::*;

    #[test]
    fn in_both_languages() {
        insta::assert_snapshot!(stdout_of(ief_errors().args(["explain", "IEF.100004"])));
    }

    #[test]
    fn in_english() {
        insta::assert_snapshot!(stdout_of(ief_errors().args([
            "explain",
            "IEF.310002",
            "--lang",
            "en"
        ])));
    }

    #[test]
    fn in_chinese() {
        insta::assert_snapshot!(stdout_of(ief_errors().args([
            "explain",
            "IEF.100412",
            "--lang",
            "zh"
        ])));
    }

    #[test]
    fn several_codes() {
        insta::assert_snapshot!(stdout_of(ief_errors().args([
            "explain",
            "IEF.100427",
            "IEF.130091",
            "--lang",
            "en"
        ])));
    }

    #[test]
    fn every_shipped_code_is_explained() {
        for error in IefError::ALL {
            let out = stdout_of(ief_errors().args(["explain", error.code()]));
            assert!(
                out.starts_with(&format!("{}  {error:?}\n", error.code())),
                "{out}"
            );
            for lang in Lang::ALL {
                assert!(out.contains(error.message(lang)) && out.contains(error.remediation(lang)));
            }
        }
    }

    #[test]
    fn an_unknown_code_fails_and_suggests_the_nearest() {
        let output = ief_errors()
            .args(["explain", "IEF.100006"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(output.stdout.is_empty());
        insta::assert_snapshot!(String::from_utf8(output.stderr).unwrap());
    }

    #[test]
    fn a_gateway_code_is_explained_as_such() {
        let output = ief_errors()
            .args(["explain", "APIGW.0101"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("APIGW.* codes come from the API gateway"),
            "{stderr}"
        );
    }

    #[test]
    fn output_to_a_pipe_has_no_colour_codes() {
        let out = stdout_of(
            Command::new(env!("CARGO_BIN_EXE_ief-errors")).args(["explain", "IEF.100004"]),
        );
        assert!(!out.contains('\u{1b}'));
    }
}

mod list {
    use super::*;

    #[test]
    fn json_lists_every_code_with_every_field() {
        let out = stdout_of(ief_errors().args(["list", "--format", "json"]));
        let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(rows.len(), 149);
        for (row, error) in rows.iter().zip(IefError::ALL) {
            assert_eq!(row["code"], error.code());
            assert_eq!(row["name"], format!("{error:?}"));
            assert_eq!(row["status"], error.status());
            assert_eq!(row["internal"], error.is_internal());
            assert_eq!(row["message"]["zh"], error.message(Lang::Zh));
            assert_eq!(row["remediation"]["en"], error.remediation(Lang::En));
        }
    }

    #[test]
    fn csv_reads_back_to_the_table() {
        let out = stdout_of(ief_errors().args(["list", "--format", "csv"]));
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            [
                "code",
                "name",
                "status",
                "internal",
                "message_en",
                "message_zh",
                "remediation_en",
                "remediation_zh"
            ]
        );
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 149);
        for (record, error) in records.iter().zip(IefError::ALL) {
            assert_eq!(record[0], *error.code());
            assert_eq!(record[2], error.status().to_string());
            assert_eq!(record[5], *error.message(Lang::Zh));
            assert_eq!(record[6], *error.remediation(Lang::En));
        }
    }

    #[test]
    fn markdown_is_one_table_row_per_code() {
        let out = stdout_of(ief_errors().args(["list", "--format", "markdown"]));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2 + 149);
        assert_eq!(
            lines[0],
            "| Status | Code | Name | Fault | Message | 描述 | Remediation | 处理措施 |"
        );
        for (line, error) in lines[2..].iter().zip(IefError::ALL) {
            // Cells split on unescaped pipes only.
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 8, "{line}");
            assert_eq!(cells[1], format!("`{}`", error.code()));
            assert_eq!(cells[5], error.message(Lang::Zh));
        }
    }

    #[test]
    fn the_terminal_table_is_aligned() {
        let out = stdout_of(ief_errors().args(["list"]));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1 + 149);
        let message_column = lines[0].find("MESSAGE").unwrap();
        for (line, error) in lines[1..].iter().zip(IefError::ALL) {
            assert!(line.starts_with(error.code()));
            assert_eq!(&line[message_column..], error.message(Lang::En), "{line}");
        }
    }

    #[test]
    fn filters_narrow_the_list() {
        let codes = |args: &[&str]| -> Vec<String> {
            let out = stdout_of(
                ief_errors()
                    .arg("list")
                    .args(args)
                    .args(["--format", "json"]),
            );
            let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
            rows.iter()
                .map(|row| row["code"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(codes(&["--status", "500"]).len(), 11);
        assert_eq!(codes(&["--internal"]).len(), 22);
        assert_eq!(codes(&["--caller"]).len(), 127);
        assert_eq!(codes(&["--status", "400", "--internal"]).len(), 11);
        assert_eq!(
            codes(&["--search", "k8s", "--status", "500"]),
            ["IEF.100411", "IEF.100413", "IEF.100414", "IEF.100415"]
        );
        assert_eq!(codes(&["--search", "TOKEN已过期"]), ["IEF.310002"]);
        assert!(codes(&["--search", "no such text"]).is_empty());
    }

    #[test]
    fn internal_and_caller_exclude_each_other() {
        let output = ief_errors()
            .args(["list", "--internal", "--caller"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
    }
}

mod decode {
    use super::*;

    fn decode(body: &str, status: Option<&str>) -> String {
        let mut command = ief_errors();
        let _ = command.arg("decode");
        if let Some(status) = status {
            let _ = command.args(["--status", status]);
        }
        stdout_of(command.write_stdin(body))
    }

    #[test]
    fn each_body_shape_is_explained() {
        for body in [
            r#"{"error_code":"IEF.100004","error_msg":"The request offset does not comply with specifications."}"#,
            r#"{"errorCode":"IEF.100004","errorMsg":"bad offset"}"#,
            r#"{"code":"IEF.100004","message":"bad offset"}"#,
            r#"{"error":{"code":"IEF.100004","message":"bad offset"}}"#,
        ] {
            let out = decode(body, Some("400"));
            assert!(
                out.starts_with("IEF.100004  InvalidOffset\n"),
                "{body}: {out}"
            );
        }
    }

    #[test]
    fn a_message_other_than_the_tables_is_shown() {
        insta::assert_snapshot!(decode(
            r#"{"errorCode":"IEF.100004","errorMsg":"offset -1 < 0","request_id":"r-7"}"#,
            Some("400")
        ));
    }

    #[test]
    fn a_gateway_code_is_shown_raw_with_a_note() {
        insta::assert_snapshot!(decode(
            r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"9bd8d1f7","encoded_authorization_message":"AAAA"}"#,
            Some("401")
        ));
    }

    #[test]
    fn a_body_of_no_known_shape_is_shown_as_it_is() {
        insta::assert_snapshot!(decode(
            "<html><body>502 Bad Gateway</body></html>",
            Some("502")
        ));
    }

    #[test]
    fn numeric_codes_and_empty_bodies_do_not_fail() {
        assert!(
            decode(r#"{"error_code":400,"error_msg":"bad"}"#, None)
                .starts_with("400  (not in the IEF table)")
        );
        assert!(decode("", None).starts_with("no error code"));
    }

    #[test]
    fn a_file_is_read_too() {
        let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("decode-body.json");
        std::fs::write(
            &file,
            r#"{"error_code":"IEF.310002","error_msg":"The token has expired."}"#,
        )
        .unwrap();
        let out = stdout_of(ief_errors().arg("decode").arg(&file));
        assert!(out.starts_with("IEF.310002  TokenExpired\n"), "{out}");
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let output = ief_errors()
            .args(["decode", "/nonexistent/body.json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .starts_with("error: cannot read /nonexistent/body.json")
        );
    }
}

mod import {
    use super::*;

    /// A scratch copy of the shipped table.
    fn table_copy(name: &str) -> PathBuf {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::copy(workspace().join("data/codes.toml"), &path).unwrap();
        path
    }

    /// The published page with a code reworded, one re-statused, one removed and one added.
    fn altered_page() -> PathBuf {
        let mut page = std::fs::read_to_string(published_page()).unwrap();
        page = page.replace(
            "The request offset does not comply with specifications.",
            "The request offset is invalid.",
        );
        page = page.replace("400\n\nIEF.100005", "409\n\nIEF.100005");
        let removed_start = page.find("400\n\nIEF.100009").unwrap();
        let removed_end = page.find("400\n\nIEF.100010").unwrap();
        page.replace_range(removed_start..removed_end, "");
        page.push_str("\n400\n\nIEF.999001\n\nThe edge site is frozen.\n\n边缘站点已冻结\n\n内部错误,请联系技术支持工程师协助解决\n");
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("altered-page.txt");
        std::fs::write(&path, page).unwrap();
        path
    }

    #[test]
    fn the_published_page_reproduces_the_shipped_table() {
        let table = table_copy("import-published.toml");
        let out = stdout_of(
            ief_errors()
                .arg("import")
                .arg(published_page())
                .arg("--table")
                .arg(&table),
        );
        assert!(out.ends_with("matches the page (149 codes)\n"), "{out}");
        assert_eq!(
            std::fs::read(&table).unwrap(),
            std::fs::read(workspace().join("data/codes.toml")).unwrap()
        );
    }

    #[test]
    fn check_passes_on_the_shipped_table() {
        let output = ief_errors()
            .arg("import")
            .arg(published_page())
            .arg("--table")
            .arg(workspace().join("data/codes.toml"))
            .arg("--check")
            .output()
            .unwrap();
        assert!(output.status.success());
    }

    #[test]
    fn every_kind_of_change_is_reported_and_applied() {
        let table = table_copy("import-altered.toml");
        let out = stdout_of(
            ief_errors()
                .arg("import")
                .arg(altered_page())
                .arg("--table")
                .arg(&table),
        );
        insta::assert_snapshot!(out.replace(table.to_str().unwrap(), "TABLE"));

        let document: toml_edit::DocumentMut =
            std::fs::read_to_string(&table).unwrap().parse().unwrap();
        let rows = document["error"].as_array_of_tables().unwrap();
        let row = |code: &str| {
            rows.iter()
                .find(|row| row["code"].as_str() == Some(code))
                .unwrap()
        };
        assert_eq!(
            row("IEF.100004")["message"]["en"].as_str(),
            Some("The request offset is invalid.")
        );
        assert_eq!(
            row("IEF.100004")["name"].as_str(),
            Some("InvalidOffset"),
            "names stay"
        );
        assert_eq!(
            row("IEF.100004")["remediation"]["en"].as_str(),
            Some(IefError::InvalidOffset.remediation(Lang::En)),
            "English remediations stay"
        );
        assert_eq!(row("IEF.100005")["status"].as_integer(), Some(409));
        assert_eq!(
            row("IEF.100009")["deprecated"].as_str(),
            Some("no longer on the published page (updated 2025-08-26)")
        );
        let added = row("IEF.999001");
        assert_eq!(added["name"].as_str(), Some("EdgeSiteFrozen"));
        assert_eq!(added["status"].as_integer(), Some(400));
        assert_eq!(added["internal"].as_bool(), Some(true));
        assert_eq!(added["remediation"]["en"].as_str(), Some(""));
        assert_eq!(rows.len(), 150, "rows are never removed");
        assert_eq!(
            rows.iter().last().unwrap()["code"].as_str(),
            Some("IEF.999001"),
            "new rows go last"
        );
    }

    #[test]
    fn check_fails_on_a_differing_table_and_writes_nothing() {
        let table = table_copy("import-check.toml");
        let output = ief_errors()
            .arg("import")
            .arg(altered_page())
            .arg("--table")
            .arg(&table)
            .arg("--check")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("differs from the page: 4 changes")
        );
        assert_eq!(
            std::fs::read(&table).unwrap(),
            std::fs::read(workspace().join("data/codes.toml")).unwrap()
        );
    }

    #[test]
    fn importing_twice_changes_nothing_the_second_time() {
        let table = table_copy("import-twice.toml");
        let page = altered_page();
        let _ = stdout_of(
            ief_errors()
                .arg("import")
                .arg(&page)
                .arg("--table")
                .arg(&table),
        );
        let out = stdout_of(
            ief_errors()
                .arg("import")
                .arg(&page)
                .arg("--table")
                .arg(&table),
        );
        assert!(out.ends_with("matches the page (149 codes)\n"), "{out}");
    }

    #[test]
    fn a_malformed_page_is_an_error_naming_its_line() {
        let page = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-page.txt");
        std::fs::write(
            &page,
            "状态码\n错误码\n错误信息\n描述\n处理措施\nfour\nIEF.1\na\nb\nc\n",
        )
        .unwrap();
        let output = ief_errors()
            .arg("import")
            .arg(&page)
            .arg("--table")
            .arg(table_copy("import-bad.toml"))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.ends_with("bad-page.txt: line 6: expected an HTTP status, found \"four\"\n"),
            "{stderr}"
        );
    }
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for subcommand in ["explain", "list", "decode", "import"] {
        let out = stdout_of(ief_errors().args([subcommand, "--help"]));
        assert!(out.contains("Examples:"), "{subcommand}: {out}");
    }
    assert!(stdout_of(ief_errors().arg("--help")).contains("Examples:"));
}
