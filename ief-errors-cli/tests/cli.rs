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
                out.starts_with(&format!("{}  {}\n", error.code(), error.name())),
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
    fn piped_output_is_never_wrapped_whatever_columns_says() {
        let unset = stdout_of(
            ief_errors()
                .args(["explain", "IEF.100004"])
                .env_remove("COLUMNS"),
        );
        for columns in ["30", "0", "junk"] {
            let set = stdout_of(
                ief_errors()
                    .args(["explain", "IEF.100004"])
                    .env("COLUMNS", columns),
            );
            assert_eq!(set, unset, "COLUMNS={columns}");
        }
        assert_eq!(unset.lines().count(), 8);
        let list = stdout_of(ief_errors().arg("list").env("COLUMNS", "40"));
        assert!(!list.contains('…'));
    }

    #[test]
    fn output_to_a_pipe_has_no_colour_codes() {
        let out = stdout_of(
            Command::new(env!("CARGO_BIN_EXE_ief-errors"))
                .args(["explain", "IEF.100004"])
                .env_remove("CLICOLOR_FORCE")
                .env_remove("NO_COLOR"),
        );
        assert!(!out.contains('\u{1b}'));
    }

    #[test]
    fn clicolor_force_colours_a_pipe_unless_no_color_is_set() {
        let forced = |no_color: bool| {
            let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
            let _ = command
                .args(["explain", "IEF.100004"])
                .env("CLICOLOR_FORCE", "1")
                .env_remove("NO_COLOR");
            if no_color {
                let _ = command.env("NO_COLOR", "1");
            }
            stdout_of(&mut command)
        };
        let coloured = forced(false);
        assert!(
            coloured.starts_with("\u{1b}[1mIEF.100004\u{1b}[0m  InvalidOffset\n"),
            "{coloured:?}"
        );
        assert_eq!(coloured.lines().count(), 8, "forced colour does not wrap");
        assert!(!forced(true).contains('\u{1b}'));
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
            assert_eq!(row["name"], error.name());
            assert_eq!(row["status"], error.status());
            assert_eq!(row["internal"], error.is_internal());
            assert_eq!(row["retry"], error.retry_kind().as_str());
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
                "remediation_zh",
                "retry",
                "deprecated"
            ]
        );
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 149);
        for (record, error) in records.iter().zip(IefError::ALL) {
            assert_eq!(record[0], *error.code());
            assert_eq!(record[2], error.status().to_string());
            assert_eq!(record[5], *error.message(Lang::Zh));
            assert_eq!(record[6], *error.remediation(Lang::En));
            assert_eq!(record[8], *error.retry_kind().as_str());
            assert_eq!(&record[9], "");
        }
    }

    #[test]
    fn markdown_is_one_table_row_per_code() {
        let out = stdout_of(ief_errors().args(["list", "--format", "markdown"]));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2 + 149);
        assert_eq!(
            lines[0],
            "| Status | Code | Name | Fault | Retry | Message | 描述 | Remediation | 处理措施 |"
        );
        for (line, error) in lines[2..].iter().zip(IefError::ALL) {
            // Cells split on unescaped pipes only.
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 9, "{line}");
            assert_eq!(cells[1], format!("`{}`", error.code()));
            assert_eq!(cells[4], error.retry_kind().as_str());
            // Markdown escapes its punctuation; read as Markdown, the cell is the text.
            assert_eq!(markdown_unescaped(cells[6]), error.message(Lang::Zh));
            assert_eq!(markdown_unescaped(cells[7]), error.remediation(Lang::En));
        }
    }

    /// A cell as Markdown reads it: a backslash before ASCII punctuation
    /// stands for that punctuation.
    fn markdown_unescaped(cell: &str) -> String {
        let mut out = String::new();
        let mut characters = cell.chars().peekable();
        while let Some(character) = characters.next() {
            match characters.peek() {
                Some(next) if character == '\\' && next.is_ascii_punctuation() => {
                    out.push(*next);
                    let _ = characters.next();
                }
                _ => out.push(character),
            }
        }
        out
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
        assert_eq!(codes(&["--fault", "internal"]).len(), 22);
        assert_eq!(codes(&["--fault", "caller"]).len(), 127);
        assert_eq!(codes(&["--status", "400", "--fault", "internal"]).len(), 11);
        assert_eq!(
            codes(&["--search", "k8s", "--status", "500"]),
            ["IEF.100411", "IEF.100413", "IEF.100414", "IEF.100415"]
        );
        assert_eq!(codes(&["--search", "TOKEN已过期"]), ["IEF.310002"]);
        assert!(codes(&["--search", "no such text"]).is_empty());
    }

    #[test]
    fn fault_takes_one_of_its_two_values() {
        for fault in ["both", "INTERNAL ", ""] {
            let output = ief_errors()
                .args(["list", "--fault", fault])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(2), "{fault:?}");
        }
    }

    #[test]
    fn the_count_goes_to_standard_error_for_the_table_only() {
        let output = ief_errors()
            .args(["list", "--status", "500"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            "11 of 149 codes\n"
        );
        let output = ief_errors()
            .args(["list", "--format", "json"])
            .output()
            .unwrap();
        assert!(output.stderr.is_empty());
    }
}

#[test]
fn status_arguments_must_be_http_statuses() {
    for args in [
        ["list", "--status", "999"],
        ["list", "--status", "99"],
        ["decode", "--status", "99"],
        ["decode", "--status", "600"],
    ] {
        let output = ief_errors().args(args).write_stdin("{}").output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("100..=599"), "{args:?}: {stderr}");
    }
    for args in [["list", "--status", "100"], ["decode", "--status", "599"]] {
        let output = ief_errors().args(args).write_stdin("{}").output().unwrap();
        assert!(output.status.success(), "{args:?}");
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
    fn a_code_in_another_case_or_with_spaces_is_recognised() {
        for body in [
            r#"{"error_code":"ief.100004"}"#,
            r#"{"error_code":" IEF.100004 "}"#,
            "\u{feff}{\"error_code\":\"IEF.100004\"}",
            "\u{feff}HTTP/1.1 400 Bad Request\r\n\r\n{\"error_code\":\"Ief.100004\"}",
        ] {
            let out = decode(body, None);
            assert!(
                out.starts_with("IEF.100004  InvalidOffset\n") && !out.contains("may have added"),
                "{body}: {out}"
            );
            // What the library makes of it is said too: it matches exactly.
            let in_another_case = !body.contains("IEF.100004");
            assert_eq!(
                out.contains("match codes exactly: for them this response has no known error"),
                in_another_case,
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
        assert_eq!(
            decode(r#"{"error_code":100004.0}"#, None),
            "100004.0  (not in the IEF table)\n  retry             unknown: no valid status to go by (give one with --status N)\n  message           {\"error_code\":100004.0}\n  note              this code names no service: 100004 is a number, not a service's prefix such as IEF in IEF.100004; this table covers IEF only\n  Go SDK            no code\n  Python SDK        code: the status\n  Java SDK          no code\n  Node.js SDK       message: \"Request failed with status code (the status)\"\n  .NET SDK          no code\n  PHP SDK           no code; no message; request id: the body\n  C++ SDK           no message\n"
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
            stderr.ends_with(
                "bad-page.txt: line 6: expected a row's HTTP status followed by its code, found \"four\"\n"
            ),
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

/// How people type codes.
mod code_input {
    use super::*;

    #[test]
    fn codes_are_matched_in_any_case_and_around_whitespace() {
        let expected = stdout_of(ief_errors().args(["explain", "IEF.100004"]));
        for typed in [
            "ief.100004",
            "Ief.100004",
            "  IEF.100004\t",
            "100004",
            " 100004 ",
        ] {
            assert_eq!(
                stdout_of(ief_errors().args(["explain", typed])),
                expected,
                "{typed:?}"
            );
        }
    }

    #[test]
    fn a_number_ending_several_codes_lists_them_and_fails() {
        let output = ief_errors().args(["explain", "0004"]).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(output.stdout.is_empty());
        insta::assert_snapshot!(String::from_utf8(output.stderr).unwrap());
    }

    #[test]
    fn a_number_ending_no_code_fails_with_suggestions() {
        let output = ief_errors().args(["explain", "100006"]).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("error: \"100006\" is not a code of the IEF table"),
            "{stderr}"
        );
        assert!(stderr.contains("note: no code ends in 100006"), "{stderr}");
    }

    #[test]
    fn every_unknown_ief_code_gets_suggestions() {
        for typed in ["IEF.999999", "IEF.4", "0100004"] {
            let output = ief_errors().args(["explain", typed]).output().unwrap();
            assert_eq!(output.status.code(), Some(1));
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.contains("help: the nearest known codes are\n  IEF."),
                "{typed}: {stderr}"
            );
        }
    }

    #[test]
    fn a_lowercase_unknown_code_still_gets_suggestions() {
        let output = ief_errors()
            .args(["explain", "ief.100006"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("  IEF.100004  "), "{stderr}");
    }

    #[test]
    fn known_and_unknown_codes_together_explain_the_known_and_exit_1() {
        let output = ief_errors()
            .args(["explain", "nope", "310002"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.starts_with("IEF.310002  TokenExpired\n"), "{stdout}");
    }

    #[test]
    fn another_services_code_is_named_by_its_prefix() {
        let output = ief_errors().args(["explain", "IAM.0001"]).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains(
                "note: IAM.* codes come from another service (IAM); this table covers IEF only"
            ),
            "{stderr}"
        );
    }

    #[test]
    fn a_prefix_is_named_as_it_was_written_and_a_number_is_no_prefix() {
        let output = ief_errors()
            .args(["explain", "IoTEdge.00000005", "100004.0"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("note: IoTEdge.* codes come from another service (IoTEdge);"),
            "{stderr}"
        );
        assert!(
            stderr.contains("note: this code names no service: 100004 is a number"),
            "{stderr}"
        );
        let out = stdout_of(
            ief_errors()
                .arg("decode")
                .write_stdin(r#"{"error_code":"ModelArts.0104"}"#),
        );
        assert!(
            out.contains("ModelArts.* codes come from another service (ModelArts)"),
            "{out}"
        );
    }
}

/// `decode` reading whole responses.
mod raw_response {
    use super::*;

    const BODY: &str = r#"{"error_code":"IEF.100004","error_msg":"offset -1 < 0"}"#;

    fn decode(input: &str) -> String {
        stdout_of(ief_errors().arg("decode").write_stdin(input))
    }

    #[test]
    fn curl_i_output_gives_the_status_and_request_id() {
        let input = format!(
            "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: 5c6b0d7e\r\nContent-Length: {}\r\n\r\n{BODY}",
            BODY.len()
        );
        insta::assert_snapshot!(decode(&input));
    }

    #[test]
    fn http2_output_and_bare_newlines_are_read() {
        let out = decode(&format!(
            "HTTP/2 400 \nx-request-id: ab12\nx-request-id: cd34\n\n{BODY}\n"
        ));
        assert!(out.starts_with("IEF.100004  InvalidOffset\n"), "{out}");
        assert!(out.contains("\n  request id        ab12\n"), "{out}");
        assert!(!out.contains("response status"), "{out}");
    }

    #[test]
    fn the_status_flag_overrides_the_status_line() {
        let out = stdout_of(
            ief_errors()
                .args(["decode", "--status", "400"])
                .write_stdin(format!("HTTP/1.1 502 Bad Gateway\r\n\r\n{BODY}")),
        );
        assert!(!out.contains("response status"), "{out}");
    }

    #[test]
    fn a_response_without_a_body_shows_its_status() {
        let out = decode("HTTP/1.1 504 Gateway Time-out\r\nX-Request-Id: r-1\r\n\r\n");
        assert_eq!(
            out,
            "no error code  (the body is empty)\n  status            504 Gateway Timeout\n  retry             server: retry with backoff\n  request id        r-1\n  Python SDK        code: 504 (the status)\n  Java SDK          no request id\n  Node.js SDK       message: \"Request failed with status code 504\"\n  PHP SDK           code: 504 (the status)\n  C++ SDK           fails: throws web::json::json_exception\n"
        );
    }

    #[test]
    fn a_proxy_answer_before_the_response_is_skipped() {
        let out = decode(&format!(
            "HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 409 Conflict\r\nX-Request-Id: r-2\r\n\r\n{}",
            r#"{"error_code":"IEF.130091","error_msg":"Instance is existed do not allow to delete."}"#
        ));
        assert!(out.starts_with("IEF.130091  NodeHasInstances\n"), "{out}");
        assert!(out.contains("request id        r-2"), "{out}");
    }

    #[test]
    fn a_status_out_of_range_is_named_and_the_headers_and_body_still_read() {
        for (line, code) in [
            ("HTTP/1.1 600 Weird", "600"),
            ("HTTP/2 99", "99"),
            ("HTTP/1.1 4000", "4000"),
            ("HTTP/1.1 -400", "-400"),
            ("HTTP/1.1 +400", "+400"),
            ("HTTP/1.1 4\u{1b}[2J00", "4\\u{1b}[2J00"),
        ] {
            let out = decode(&format!("{line}\r\nX-Request-Id: r-3\r\n\r\n{BODY}"));
            assert!(
                out.starts_with("IEF.100004  InvalidOffset\n"),
                "{line}: {out}"
            );
            assert!(
                out.contains(&format!(
                    "\n  response status   \"{code}\" is not a valid HTTP status (100 to 599); the status is unknown\n"
                )),
                "{line}: {out}"
            );
            assert!(out.contains("\n  request id        r-3\n"), "{line}: {out}");
            assert!(!out.contains('\u{1b}'), "{line}: {out}");
        }
        let out = decode("HTTP/1.1 600 Weird\r\n\r\n{\"error_code\":\"IAM.0001\"}");
        assert!(
            out.contains("\n  status            \"600\" is not a valid HTTP status"),
            "{out}"
        );
    }

    #[test]
    fn folded_and_malformed_header_lines_set_no_request_id() {
        for head in ["X-Foo: a\r\n\tX-Request-Id: evil", "X-Request-Id : evil"] {
            let out = decode(&format!("HTTP/1.1 400 Bad Request\r\n{head}\r\n\r\n{BODY}"));
            assert!(
                out.starts_with("IEF.100004  InvalidOffset\n"),
                "{head}: {out}"
            );
            assert!(!out.contains("request id"), "{head}: {out}");
        }
        let out = decode(&format!(
            "HTTP/1.1 400 Bad Request\r\nX-Request-Id: abc\r\n  def\r\n\r\n{BODY}"
        ));
        assert!(out.contains("\n  request id        abc def\n"), "{out}");
    }

    #[test]
    fn a_body_that_looks_like_a_response_is_not_read_as_one() {
        let out = decode(&format!(
            "HTTP/1.1 400 Bad Request\r\nX-Request-Id: real\r\n\r\nHTTP/1.1 500 X\r\nX-Request-Id: evil\r\n\r\n{BODY}"
        ));
        assert!(
            out.contains("(the body is not a known error shape)"),
            "{out}"
        );
        assert!(
            out.contains("\n  status            400 Bad Request\n"),
            "{out}"
        );
        assert!(out.contains("\n  request id        real\n"), "{out}");
        assert!(!out.contains("\n  request id        evil"), "{out}");
    }

    #[test]
    fn a_foreign_code_is_named_by_its_prefix() {
        let out = decode(
            "HTTP/1.1 400 Bad Request\r\n\r\n{\"error_code\":\"IAM.0001\",\"error_msg\":\"The request body is abnormal.\"}",
        );
        insta::assert_snapshot!(out);
        assert!(!out.contains("may have added it"), "{out}");
    }
}

/// `import`'s refusals, its date record and new tables.
mod import_pages {
    use super::*;

    fn page_with(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("page.txt");
        std::fs::write(
            &page,
            edit(std::fs::read_to_string(published_page()).unwrap()),
        )
        .unwrap();
        (dir, page)
    }

    fn shipped_table_in(dir: &tempfile::TempDir) -> PathBuf {
        let table = dir.path().join("codes.toml");
        std::fs::copy(workspace().join("data/codes.toml"), &table).unwrap();
        table
    }

    fn import(page: &Path, table: &Path, extra: &[&str]) -> std::process::Output {
        ief_errors()
            .arg("import")
            .arg(page)
            .arg("--table")
            .arg(table)
            .args(extra)
            .output()
            .unwrap()
    }

    fn shipped_table() -> Vec<u8> {
        std::fs::read(workspace().join("data/codes.toml")).unwrap()
    }

    #[test]
    fn a_code_listed_twice_names_both_rows_and_nothing_is_written() {
        let (dir, page) = page_with(|page| page.replace("IEF.100005", "IEF.100004"));
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &[]);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        let page_text = std::fs::read_to_string(&page).unwrap();
        let line_of = |needle: &str, nth: usize| {
            page_text
                .lines()
                .enumerate()
                .filter(|(_, line)| line.trim() == needle)
                .nth(nth)
                .unwrap()
                .0
                // The status is two lines above the code.
                - 1
        };
        assert_eq!(
            stderr,
            format!(
                "error: {}: line {}: \"IEF.100004\" is listed twice; its first row starts on line {}\n",
                page.display(),
                line_of("IEF.100004", 1),
                line_of("IEF.100004", 0)
            )
        );
        assert_eq!(std::fs::read(&table).unwrap(), shipped_table());
    }

    #[test]
    fn a_short_row_is_reported_at_its_own_line_by_its_code() {
        let (dir, page) = page_with(|page| page.replace("\n\n请求limit不符合规范\n", "\n"));
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &[]);
        assert_eq!(output.status.code(), Some(2));
        let page_text = std::fs::read_to_string(&page).unwrap();
        let status_line = page_text
            .lines()
            .position(|line| line == "IEF.100005")
            .unwrap()
            - 1;
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            format!(
                "error: {}: line {status_line}: the row of \"IEF.100005\" has 4 of the 5 cells 状态码, 错误码, 错误信息, 描述, 处理措施\n",
                page.display()
            )
        );
        assert_eq!(std::fs::read(&table).unwrap(), shipped_table());
    }

    #[test]
    fn an_older_page_is_refused_unless_allowed() {
        let (dir, page) = page_with(|page| page.replace("2025-08-26", "2025-07-01"));
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &[]);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("error: the page is dated 2025-07-01, older than 2025-08-26"),
            "{stderr}"
        );
        assert!(stderr.contains("--allow-older"), "{stderr}");
        assert_eq!(std::fs::read(&table).unwrap(), shipped_table());
        assert_eq!(import(&page, &table, &["--check"]).status.code(), Some(2));

        let output = import(&page, &table, &["--allow-older"]);
        assert!(output.status.success());
        assert!(
            String::from_utf8(output.stderr)
                .unwrap()
                .starts_with("warning: the page is dated 2025-07-01, older than 2025-08-26")
        );
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            format!(
                "~ page date: 2025-08-26 -> 2025-07-01\n{} updated: 1 change\n",
                table.display()
            )
        );
        let written = std::fs::read_to_string(&table).unwrap();
        assert!(written.contains("\n# imported-from: page.txt, dated 2025-07-01\n"));
        assert_eq!(
            written.replace(
                "page.txt, dated 2025-07-01",
                "ief-error-codes-2025-08-26.txt, dated 2025-08-26"
            ),
            String::from_utf8(shipped_table()).unwrap(),
            "only the record changed"
        );
    }

    #[test]
    fn a_page_dated_in_the_future_is_refused_unless_allowed() {
        let (dir, page) = page_with(|page| page.replace("2025-08-26", "2999-01-01"));
        for table in [shipped_table_in(&dir), dir.path().join("new.toml")] {
            let before = std::fs::read(&table).ok();
            for extra in [&[][..], &["--check"], &["--allow-older"]] {
                let output = import(&page, &table, extra);
                assert_eq!(output.status.code(), Some(2), "{extra:?}");
                let stderr = String::from_utf8(output.stderr).unwrap();
                assert!(
                    stderr.starts_with("error: the page is dated 2999-01-01, after today (")
                        && stderr.contains("--allow-future"),
                    "{extra:?}: {stderr}"
                );
                assert_eq!(std::fs::read(&table).ok(), before, "{extra:?}");
            }
        }

        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &["--allow-future"]);
        assert!(output.status.success());
        assert!(
            String::from_utf8(output.stderr)
                .unwrap()
                .starts_with("warning: the page is dated 2999-01-01, after today (")
        );
        let written = std::fs::read_to_string(&table).unwrap();
        assert!(written.contains("\n# imported-from: page.txt, dated 2999-01-01\n"));
    }

    #[test]
    fn a_page_dated_today_or_earlier_is_not_from_the_future() {
        // The shipped page's date has passed whenever this runs.
        let (dir, page) = page_with(|page| page.replace("2025-08-26", "2025-09-30"));
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &[]);
        assert!(output.status.success());
        assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    }

    #[test]
    fn an_undated_or_misdated_page_is_refused_unless_allowed() {
        for edit in ["2025-8-1", "2025-02-30", ""] {
            let (dir, page) = page_with(|page| {
                if edit.is_empty() {
                    page.replacen("更新时间", "发布", 1)
                } else {
                    page.replace("2025-08-26", edit)
                }
            });
            let table = shipped_table_in(&dir);
            let output = import(&page, &table, &[]);
            assert_eq!(output.status.code(), Some(2), "{edit:?}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.contains("error: the page gives no update date")
                    && stderr.contains("--allow-older"),
                "{edit:?}: {stderr}"
            );
            assert_eq!(std::fs::read(&table).unwrap(), shipped_table());

            let output = import(&page, &table, &["--allow-older"]);
            assert!(output.status.success(), "{edit:?}");
            assert_eq!(std::fs::read(&table).unwrap(), shipped_table());
        }
    }

    #[test]
    fn a_table_started_from_an_undated_page_says_it_has_no_record() {
        let (dir, page) = page_with(|page| page.replacen("更新时间", "发布", 1));
        let table = dir.path().join("new.toml");
        let output = import(&page, &table, &[]);
        assert!(output.status.success());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("warning: the page has no update date, so")
                && stderr.contains("has no import record"),
            "{stderr}"
        );
        assert!(
            !std::fs::read_to_string(&table)
                .unwrap()
                .contains("imported-from")
        );
    }

    #[test]
    fn a_crlf_table_with_a_bom_keeps_both() {
        let (dir, page) = page_with(|page| page.replace("2025-08-26", "2025-09-30"));
        let table = dir.path().join("codes.toml");
        let shipped = String::from_utf8(shipped_table()).unwrap();
        std::fs::write(&table, format!("\u{feff}{}", shipped.replace('\n', "\r\n"))).unwrap();
        let (_older_dir, older) = page_with(|page| page.replace("2025-08-26", "2025-07-01"));
        assert_eq!(
            import(&older, &table, &[]).status.code(),
            Some(2),
            "the record behind the BOM was not read"
        );
        let output = import(&page, &table, &[]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let written = std::fs::read_to_string(&table).unwrap();
        assert!(written.starts_with('\u{feff}'), "the BOM was dropped");
        assert!(
            !written.replace("\r\n", "").contains('\n'),
            "a line lost its CR"
        );
        assert_eq!(
            written
                .replace("2025-09-30", "2025-08-26")
                .replace("page.txt", "ief-error-codes-2025-08-26.txt"),
            format!("\u{feff}{}", shipped.replace('\n', "\r\n"))
        );
    }

    #[test]
    fn a_new_5xx_row_the_page_does_not_call_internal_is_left_to_a_person() {
        let (dir, page) = page_with(|page| {
            page + "\n503\n\nIEF.999002\n\nThe service is busy.\n\n服务繁忙\n\n请稍后重试\n"
        });
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &[]);
        assert!(output.status.success());
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            stdout.contains("  IEF.999002: status 503 makes it internal by default, but the page's remediation does not say 内部错误; confirm, or set internal = false\n"),
            "{stdout}"
        );
        let written: toml_edit::DocumentMut =
            std::fs::read_to_string(&table).unwrap().parse().unwrap();
        let added = written["error"]
            .as_array_of_tables()
            .unwrap()
            .iter()
            .find(|row| row["code"].as_str() == Some("IEF.999002"))
            .unwrap();
        assert!(!added.contains_key("internal"), "{added}");
    }

    #[test]
    fn a_newer_page_updates_the_record() {
        let (dir, page) = page_with(|page| page.replace("2025-08-26", "2025-09-30"));
        let table = shipped_table_in(&dir);
        assert_eq!(import(&page, &table, &["--check"]).status.code(), Some(1));
        let output = import(&page, &table, &[]);
        assert!(output.status.success());
        assert!(
            std::fs::read_to_string(&table)
                .unwrap()
                .contains("\n# imported-from: page.txt, dated 2025-09-30\n")
        );
        assert!(import(&page, &table, &["--check"]).status.success());
    }

    #[test]
    fn the_shipped_table_records_the_shipped_page() {
        let table = String::from_utf8(shipped_table()).unwrap();
        assert!(
            table.contains("\n# imported-from: ief-error-codes-2025-08-26.txt, dated 2025-08-26\n")
        );
    }

    #[test]
    fn a_page_sharing_no_code_with_the_table_is_refused_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let iam_page = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/iam-error-codes-2025-06-30.txt");
        let table = shipped_table_in(&dir);
        // The IAM page is older than the shipped one's record, which
        // `--allow-older` lets by, leaving the codes to refuse it.
        for extra in [&["--allow-older"][..], &["--allow-older", "--check"]] {
            let output = import(&iam_page, &table, extra);
            assert_eq!(output.status.code(), Some(2), "{extra:?}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.contains("shares no code with")
                    && stderr.contains("the table's 149 codes are all missing from the page's")
                    && stderr.contains("would mark every row of the table deprecated")
                    && stderr.contains("--force"),
                "{stderr}"
            );
            assert_eq!(
                std::fs::read(&table).unwrap(),
                shipped_table(),
                "nothing is written"
            );
        }
        // Forced, it imports as asked: every shipped row marked deprecated.
        let output = import(&iam_page, &table, &["--force", "--allow-older"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(&table).unwrap();
        assert_eq!(text.matches("\ndeprecated = ").count(), 149);
        // A page sharing even one code is imported without it.
        let (dir, page) = page_with(|page| page);
        let table = shipped_table_in(&dir);
        let output = import(&page, &table, &["--check"]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn another_services_page_starts_a_new_table() {
        let dir = tempfile::tempdir().unwrap();
        let page = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/iam-error-codes-2025-06-30.txt");
        let table = dir.path().join("iam-codes.toml");

        let output = import(&page, &table, &["--check"]);
        assert_eq!(output.status.code(), Some(1));
        assert!(!table.exists(), "--check writes nothing");

        let output = import(&page, &table, &[]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        insta::assert_snapshot!(
            "new_table_report",
            stdout.replace(table.to_str().unwrap(), "TABLE")
        );
        insta::assert_snapshot!("new_table", std::fs::read_to_string(&table).unwrap());

        let document: toml_edit::DocumentMut =
            std::fs::read_to_string(&table).unwrap().parse().unwrap();
        let rows = document["error"].as_array_of_tables().unwrap();
        assert_eq!(rows.len(), 7);
        for row in rows {
            assert_eq!(
                row["remediation"]["en"].as_str(),
                Some(""),
                "flagged for a person"
            );
        }
        assert_eq!(rows.get(5).unwrap()["code"].as_str(), Some("IAM.0006"));
        assert_eq!(
            rows.get(6).unwrap()["name"].as_str(),
            Some("RequestBodyAbnormal0007"),
            "two rows with one message get distinct names"
        );

        let again = import(&page, &table, &["--check"]);
        assert!(
            again.status.success(),
            "{}",
            String::from_utf8_lossy(&again.stdout)
        );
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    /// Each row's code and texts, from a table's text.
    fn row_texts(table: &Path) -> Vec<[String; 5]> {
        let document: toml_edit::DocumentMut =
            std::fs::read_to_string(table).unwrap().parse().unwrap();
        let text = |item: &toml_edit::Item| item.as_str().unwrap().to_owned();
        document["error"]
            .as_array_of_tables()
            .unwrap()
            .iter()
            .map(|row| {
                [
                    text(&row["code"]),
                    text(&row["message"]["en"]),
                    text(&row["message"]["zh"]),
                    text(&row["remediation"]["en"]),
                    text(&row["remediation"]["zh"]),
                ]
            })
            .collect()
    }

    #[test]
    fn an_english_page_starts_a_table_and_the_chinese_page_completes_it() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("iam-codes.toml");
        let english = fixture("iam-error-codes-en-2025-06-30.txt");
        let output = import(&english, &table, &[]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains(
            "IAM.0006: confirm the name UnexpectedErrorPreventedServerFromFulfilling; write message.zh and remediation.zh, translating \"An unexpected error prevented the server from fulfilling your request.\" and \"Internal error. Contact technical support.\" (the table does not compile until they are written)"
        ), "{stdout}");
        let text = std::fs::read_to_string(&table).unwrap();
        assert!(
            text.contains(
                "# imported-from-en: iam-error-codes-en-2025-06-30.txt, dated 2025-06-30\n"
            )
        );
        assert!(
            text.contains(
                "every\n# message.zh and remediation.zh is empty until a person writes it."
            )
        );
        let rows = row_texts(&table);
        assert_eq!(rows.len(), 7);
        assert_eq!(
            rows[0],
            [
                "IAM.0001",
                "The request body is abnormal.",
                "",
                "Check whether the format of the request body is correct.",
                ""
            ]
            .map(String::from)
        );
        // Until a person writes the Chinese texts, the macro refuses the table.
        let check = ief_errors().arg("check").arg(&table).output().unwrap();
        assert_eq!(check.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&check.stderr).contains("`message.zh` is empty"));

        // The Chinese page fills them, and keeps the English remediations.
        let chinese = fixture("iam-error-codes-2025-06-30.txt");
        let output = import(&chinese, &table, &[]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            !stdout.contains("review"),
            "nothing was translated yet: {stdout}"
        );
        let rows = row_texts(&table);
        assert_eq!(
            rows[5],
            [
                "IAM.0006",
                "An unexpected error prevented the server from fulfilling your request.",
                "系统内部异常。",
                "Internal error. Contact technical support.",
                "内部错误,请联系技术支持工程师协助解决"
            ]
            .map(String::from)
        );
        let check = ief_errors().arg("check").arg(&table).output().unwrap();
        assert_eq!(
            check.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );

        // Both pages now agree with the table.
        for page in [&english, &chinese] {
            let again = import(page, &table, &["--check"]);
            assert_eq!(
                again.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&again.stdout)
            );
        }
    }

    #[test]
    fn each_page_is_held_to_the_record_of_its_language() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("iam-codes.toml");
        let english = fixture("iam-error-codes-en-2025-06-30.txt");
        let chinese = fixture("iam-error-codes-2025-06-30.txt");
        assert!(import(&english, &table, &[]).status.success());
        assert!(import(&chinese, &table, &[]).status.success());
        // Each page's date is recorded on a line of its own, and a page is
        // held only to the record of its language.
        let text = std::fs::read_to_string(&table).unwrap();
        assert!(text.contains(
            "# imported-from-en: iam-error-codes-en-2025-06-30.txt, dated 2025-06-30\n# imported-from: iam-error-codes-2025-06-30.txt, dated 2025-06-30\n"
        ), "{text}");
        let older_english = dir.path().join("iam-en-older.txt");
        std::fs::write(
            &older_english,
            std::fs::read_to_string(&english)
                .unwrap()
                .replace("2025-06-30", "2025-01-15"),
        )
        .unwrap();
        let output = import(&older_english, &table, &["--check"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .contains("the page is dated 2025-01-15, older than 2025-06-30")
        );
        let fresh = dir.path().join("chinese-first.toml");
        assert!(import(&chinese, &fresh, &[]).status.success());
        let output = import(&older_english, &fresh, &[]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn a_changed_remediation_asks_for_its_translation_to_be_reviewed() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("iam-codes.toml");
        assert!(
            import(&fixture("iam-error-codes-en-2025-06-30.txt"), &table, &[])
                .status
                .success()
        );
        assert!(
            import(&fixture("iam-error-codes-2025-06-30.txt"), &table, &[])
                .status
                .success()
        );
        let edited = std::fs::read_to_string(fixture("iam-error-codes-en-2025-06-30.txt"))
            .unwrap()
            .replace(
                "Check the request body and try again.",
                "Check the request body, then retry.",
            );
        let page = dir.path().join("iam-en-edited.txt");
        std::fs::write(&page, edited).unwrap();
        let output = import(&page, &table, &[]);
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            stdout.contains("IAM.0007: remediation.en changed; review remediation.zh"),
            "{stdout}"
        );
    }

    #[test]
    fn a_tab_separated_copy_of_the_page_imports_as_the_page_does() {
        let dir = tempfile::tempdir().unwrap();
        let from_page = dir.path().join("from-page.toml");
        let from_copy = dir.path().join("from-copy.toml");
        assert!(
            import(
                &fixture("iam-error-codes-en-2025-06-30.txt"),
                &from_page,
                &[]
            )
            .status
            .success()
        );
        let output = import(
            &fixture("iam-error-codes-en-2025-06-30.tsv"),
            &from_copy,
            &[],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(row_texts(&from_copy), row_texts(&from_page));
        assert!(
            std::fs::read_to_string(&from_copy).unwrap().contains(
                "# imported-from-en: iam-error-codes-en-2025-06-30.tsv, dated 2025-06-30\n"
            )
        );
    }

    #[test]
    fn a_table_the_page_does_not_change_is_still_held_to_the_macros_rules() {
        let dir = tempfile::tempdir().unwrap();
        let page = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/iam-error-codes-2025-06-30.txt");
        let table = dir.path().join("iam-codes.toml");
        assert!(import(&page, &table, &[]).status.success());
        // A name the macro refuses, which an import keeps: the table's own.
        let text = std::fs::read_to_string(&table).unwrap();
        let broken = text.replacen("name = \"RequestBodyAbnormal\"", "name = \"ALL\"", 1);
        assert_ne!(broken, text);
        std::fs::write(&table, &broken).unwrap();

        let output = import(&page, &table, &[]);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains("the imported table would not compile"),
            "{stderr}"
        );
        assert_eq!(std::fs::read_to_string(&table).unwrap(), broken);
    }

    #[test]
    fn a_new_table_in_a_missing_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let page = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/iam-error-codes-2025-06-30.txt");
        let output = import(&page, &dir.path().join("no/such/dir/t.toml"), &[]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            "",
            "no plan is printed for a table that cannot be written"
        );
        assert!(
            String::from_utf8(output.stderr)
                .unwrap()
                .starts_with("error: cannot write ")
        );
    }
}

/// The README's command section lists every subcommand with exactly the
/// options its `--help` has.
#[test]
fn the_readme_usage_matches_the_help() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let section = &readme[readme.find("## The `ief-errors` command").unwrap()..];
    let usage = &section[section.find("```text\n").unwrap() + 8..];
    let usage = &usage[..usage.find("```").unwrap()];
    for subcommand in ["explain", "list", "decode", "import"] {
        let line = usage
            .lines()
            .find(|line| line.starts_with(&format!("ief-errors {subcommand} ")))
            .unwrap_or_else(|| panic!("no usage line for {subcommand}"));
        let documented: Vec<&str> = line
            .split(|character: char| !(character.is_ascii_alphanumeric() || character == '-'))
            .filter(|word| word.starts_with("--"))
            .collect();
        let help = stdout_of(ief_errors().args([subcommand, "--help"]));
        let options = &help[help.find("Options:").unwrap()..];
        let options = &options[..options.find("Examples:").unwrap()];
        let mut offered: Vec<&str> = options
            .lines()
            .filter_map(|line| {
                line.trim_start()
                    .split([' ', ',', '='])
                    .find(|word| word.starts_with("--"))
            })
            .filter(|flag| *flag != "--help")
            .collect();
        offered.dedup();
        assert_eq!(documented, offered, "{subcommand}: {line}");
    }
}

/// What the command does when its output cannot be written: a reader that
/// went away (`| true`) changes no exit status, and a table is written
/// whatever happens to the report.
#[cfg(unix)]
mod write_errors {
    use std::ffi::OsStr;
    use std::process::{Command, Output, Stdio};

    use super::*;

    /// Runs the command with standard output, and with `stderr_too`
    /// standard error, on a pipe whose reader is already gone.
    fn with_reader_gone(args: &[&OsStr], stderr_too: bool) -> Output {
        let (reader, writer) = rustix::pipe::pipe().unwrap();
        drop(reader);
        let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
        let _ = command
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::from(writer.try_clone().unwrap()))
            .stderr(if stderr_too {
                Stdio::from(writer)
            } else {
                Stdio::piped()
            });
        command.output().unwrap()
    }

    fn to_dev_full(args: &[&OsStr]) -> Output {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
        let _ = command
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped());
        command.output().unwrap()
    }

    fn import_args<'a>(page: &'a Path, table: &'a Path, check: bool) -> Vec<&'a OsStr> {
        let mut args = vec![
            OsStr::new("import"),
            page.as_os_str(),
            OsStr::new("--table"),
            table.as_os_str(),
        ];
        if check {
            args.push(OsStr::new("--check"));
        }
        args
    }

    #[test]
    fn import_writes_the_table_when_nobody_reads_the_report() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("new.toml");
        let page = published_page();
        let output = with_reader_gone(&import_args(&page, &table, false), false);
        assert_eq!(output.status.code(), Some(0));
        assert!(table.exists(), "the table was not written");
    }

    #[test]
    fn a_failed_check_fails_when_nobody_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("missing.toml");
        let page = published_page();
        let output = with_reader_gone(&import_args(&page, &table, true), false);
        assert_eq!(output.status.code(), Some(1));
        assert!(!table.exists());
    }

    #[test]
    fn an_unknown_code_fails_when_nobody_reads_the_error() {
        let args = [OsStr::new("explain"), OsStr::new("NOPE")];
        assert_eq!(with_reader_gone(&args, true).status.code(), Some(1));
        let args = [OsStr::new("explain"), OsStr::new("IEF.100004")];
        assert_eq!(with_reader_gone(&args, true).status.code(), Some(0));
    }

    #[test]
    fn every_list_format_ends_quietly_when_nobody_reads_it() {
        for format in ["table", "json", "csv", "markdown"] {
            let args = [
                OsStr::new("list"),
                OsStr::new("--format"),
                OsStr::new(format),
            ];
            let output = with_reader_gone(&args, false);
            assert_eq!(output.status.code(), Some(0), "{format}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(!stderr.contains("error"), "{format}: {stderr}");
        }
    }

    #[test]
    fn a_full_disk_loses_the_report_not_the_table() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("new.toml");
        let page = published_page();
        let output = to_dev_full(&import_args(&page, &table, false));
        assert_eq!(output.status.code(), Some(0));
        assert!(table.exists(), "the table was not written");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("warning: cannot write the output: ")
                && stderr.ends_with(" was written\n"),
            "{stderr}"
        );
    }

    #[test]
    fn output_lost_to_a_full_disk_is_an_error() {
        for command in ["list", "explain"] {
            let mut args = vec![OsStr::new(command)];
            if command == "explain" {
                args.push(OsStr::new("IEF.100004"));
            }
            let output = to_dev_full(&args);
            assert_eq!(output.status.code(), Some(2), "{command}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.starts_with("error: cannot write the output: "),
                "{stderr}"
            );
        }
    }
}

mod retry {
    use super::*;

    fn decode(input: &str) -> String {
        stdout_of(ief_errors().arg("decode").write_stdin(input.to_owned()))
    }

    fn listed(kind: &str) -> Vec<String> {
        let out = stdout_of(ief_errors().args(["list", "--retry", kind, "--format", "json"]));
        let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        rows.iter()
            .map(|row| {
                assert_eq!(row["retry"], kind);
                row["code"].as_str().unwrap().to_owned()
            })
            .collect()
    }

    #[test]
    fn explain_shows_the_kind_with_its_advice() {
        for (code, line) in [
            (
                "IEF.310002",
                "  retry             auth: renew the credentials or token, then retry once",
            ),
            (
                "IEF.120001",
                "  retry             server: retry with backoff",
            ),
            (
                "IEF.100004",
                "  retry             caller: the request must change; do not retry",
            ),
        ] {
            let out = stdout_of(ief_errors().args(["explain", code]));
            assert_eq!(out.lines().nth(3), Some(line), "{out}");
        }
    }

    #[test]
    fn list_filters_by_kind_and_the_kinds_cover_the_table() {
        let auth = listed("auth");
        assert_eq!(
            auth,
            [
                "IEF.011005",
                "IEF.100424",
                "IEF.310000",
                "IEF.310001",
                "IEF.310002",
                "IEF.340000",
                "IEF.100049",
                "IEF.100050",
                "IEF.110001",
                "IEF.110002",
            ]
        );
        // Kinds are read in any case, as codes are.
        let out = stdout_of(ief_errors().args(["list", "--retry", "AUTH", "--format", "csv"]));
        assert_eq!(out.lines().count(), 1 + 10, "{out}");
        let counts: Vec<usize> = ["throttled", "server", "auth", "caller"]
            .iter()
            .map(|kind| listed(kind).len())
            .collect();
        assert_eq!(counts, [0, 22, 10, 117]);
        // Filters combine.
        let out = stdout_of(ief_errors().args([
            "list", "--retry", "auth", "--status", "401", "--format", "csv",
        ]));
        assert_eq!(out.lines().count(), 1 + 4, "{out}");
    }

    #[test]
    fn an_unknown_kind_is_a_usage_error_listing_the_kinds() {
        for kind in ["never", "", "Auth\u{1b}[2J"] {
            let output = ief_errors()
                .args(["list", "--retry", kind])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(2), "{kind:?}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.contains("[possible values: throttled, server, auth, caller]"),
                "{stderr}"
            );
            assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
        }
    }

    #[test]
    fn decode_reads_an_unknown_codes_kind_from_the_status() {
        let out = decode(
            "HTTP/1.1 429 Too Many Requests\r\n\r\n{\"error_code\":\"APIGW.0308\",\"error_msg\":\"throttled\"}",
        );
        assert!(
            out.contains("  retry             throttled: back off, then retry\n"),
            "{out}"
        );
        let out = decode("HTTP/1.1 503 Service Unavailable\r\n\r\n<html>down</html>");
        assert!(out.contains("  retry             throttled"), "{out}");
        // Without a status, nothing says what a gateway's code asks for.
        let out = decode("{\"error_code\":\"APIGW.0308\"}");
        assert!(out.contains("  retry             unknown: "), "{out}");
        // A known code's kind is the table's, whatever the status.
        let out = decode(
            "HTTP/1.1 503 Service Unavailable\r\n\r\n{\"error_code\":\"IEF.310002\",\"error_msg\":\"token已过期\"}",
        );
        assert!(out.contains("  retry             auth"), "{out}");
    }

    #[test]
    fn decode_shows_retry_after_as_the_library_reads_it() {
        let response = |headers: &str| {
            decode(&format!(
                "HTTP/1.1 503 Service Unavailable\r\n{headers}\r\n{{\"error_code\":\"APIGW.0201\"}}"
            ))
        };
        let line = |out: &str| {
            out.lines()
                .find(|line| line.starts_with("  retry after"))
                .map(str::to_owned)
        };
        assert_eq!(
            line(&response("Retry-After: 120\r\n")).as_deref(),
            Some("  retry after       120 s (Retry-After: 120)")
        );
        assert_eq!(
            line(&response("retry-after: Sun, 06 Nov 1994 08:49:37 GMT\r\n")).as_deref(),
            Some("  retry after       0 s (Retry-After: Sun, 06 Nov 1994 08:49:37 GMT)")
        );
        assert_eq!(
            line(&response("Retry-After: soon\r\n")).as_deref(),
            Some("  retry after       not understood (Retry-After: soon)")
        );
        assert_eq!(
            line(&response("Retry-After: 30\r\nRetry-After: 60\r\n")).as_deref(),
            Some("  retry after       not understood (Retry-After: 30, 60)")
        );
        assert_eq!(
            line(&response("Retry-After: 5\u{1b}[2J\r\n")).as_deref(),
            Some("  retry after       not understood (Retry-After: 5\\u{1b}[2J)")
        );
        assert_eq!(line(&response("")), None);
    }
}
