//! `--table`: `explain`, `list` and `decode` answer from a fork's tables,
//! layered as the macro layers them, as they answer from the shipped one.

use std::path::Path;
use std::process::Output;

mod support;

use support::{assert_safe, ief_errors, workspace};

/// A fork's own codes: an internal 503, a deprecated 400 a new token fixes,
/// and a 429.
const CUSTOM: &str = r#"# The fork's own codes, layered after an untouched data/codes.toml.
[[error]]
code = "EDGE.7001"
name = "EdgeNodeOffline"
status = 503
message.en = "The edge node is offline."
message.zh = "边缘节点离线"
remediation.en = "Wait for the node to reconnect, then retry."
remediation.zh = "等待节点重新连接后重试"

[[error]]
code = "EDGE.7002"
name = "EdgeTokenRejected"
status = 400
retry = "auth"
message.en = "The edge token was rejected."
message.zh = "边缘token被拒绝"
remediation.en = "Obtain a new token."
remediation.zh = "重新获取token"
deprecated = "replaced by EDGE.7003; see \"docs\"\u001b[2J"

[[error]]
code = "EDGE.7003"
name = "EdgeThrottled"
status = 429
message.en = "Too many edge requests."
message.zh = "边缘请求过多"
remediation.en = "Slow down."
remediation.zh = "降低请求频率"
"#;

/// A fork's checkout: `data/codes.toml` as shipped and `data/custom.toml`.
fn fork() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::copy(
        workspace().join("data/codes.toml"),
        dir.path().join("data/codes.toml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("data/custom.toml"), CUSTOM).unwrap();
    dir
}

/// The command run in `dir` with `args` and the fork's two tables.
fn in_fork(dir: &tempfile::TempDir, args: &[&str]) -> Output {
    ief_errors()
        .current_dir(dir.path())
        .args(args)
        .args(["--table", "data/codes.toml", "--table", "data/custom.toml"])
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

mod explain {
    use super::*;

    #[test]
    fn a_forks_code_is_explained_in_any_case_and_width() {
        let dir = fork();
        for typed in [
            "EDGE.7001",
            "edge.7001",
            " Edge.7001\t",
            "ＥＤＧＥ．７００１",
            "7001",
        ] {
            let out = stdout(&in_fork(&dir, &["explain", typed, "--lang", "en"]));
            assert_eq!(
                out,
                "EDGE.7001  EdgeNodeOffline\n\
                 \x20 status            503 Service Unavailable\n\
                 \x20 fault             internal: the service's own fault; retry later or contact support\n\
                 \x20 retry             server: retry with backoff\n\
                 \x20 message           The edge node is offline.\n\
                 \x20 remediation       Wait for the node to reconnect, then retry.\n",
                "{typed:?}"
            );
        }
    }

    #[test]
    fn the_shipped_codes_are_still_there_under_the_fork() {
        let dir = fork();
        let out = stdout(&in_fork(&dir, &["explain", "ief.100004"]));
        assert!(out.starts_with("IEF.100004  InvalidOffset\n"), "{out}");
    }

    #[test]
    fn a_deprecated_row_says_why_escaped() {
        let dir = fork();
        let output = in_fork(&dir, &["explain", "EDGE.7002"]);
        assert_safe(&output);
        let out = stdout(&output);
        assert!(
            out.starts_with(
                "EDGE.7002  EdgeTokenRejected\n\
                 \x20 deprecated        replaced by EDGE.7003; see \"docs\"\\u{1b}[2J\n\
                 \x20 status            400 Bad Request\n"
            ),
            "{out}"
        );
        assert!(out.contains(
            "  retry             auth: renew the credentials or token, then retry once\n"
        ));
        assert!(out.contains("  message (zh)      边缘token被拒绝\n"));
        // A row that is not deprecated has no such line.
        let out = stdout(&in_fork(&dir, &["explain", "EDGE.7003"]));
        assert!(!out.contains("deprecated"), "{out}");
    }

    #[test]
    fn an_unknown_code_names_the_tables_and_suggests_the_forks_codes() {
        let dir = fork();
        let output = in_fork(&dir, &["explain", "EDGE.7004"]);
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            stderr(&output),
            "error: \"EDGE.7004\" is not a code of the tables data/codes.toml, data/custom.toml (152 codes)\n\
             help: the nearest known codes are\n\
             \x20 EDGE.7001  The edge node is offline.\n\
             \x20 EDGE.7002  The edge token was rejected.\n\
             \x20 EDGE.7003  Too many edge requests.\n"
        );
    }

    #[test]
    fn a_bare_number_ending_several_codes_lists_the_forks_too() {
        let dir = fork();
        let output = in_fork(&dir, &["explain", "01"]);
        assert_eq!(output.status.code(), Some(1));
        let err = stderr(&output);
        assert!(
            err.contains("\n  EDGE.7001  The edge node is offline.\n"),
            "{err}"
        );
        assert!(err.contains("\n  IEF.120001  "), "{err}");
    }

    #[test]
    fn another_services_code_is_named_against_the_prefixes_of_the_tables() {
        let dir = fork();
        let output = in_fork(&dir, &["explain", "IAM.0001", "7.1", "x"]);
        assert_eq!(output.status.code(), Some(1));
        let err = stderr(&output);
        assert!(
            err.contains("note: IAM.* codes come from another service (IAM); the tables cover IEF and EDGE only\n"),
            "{err}"
        );
        assert!(
            err.contains("note: this code names no service: 7 is a number, not a service's prefix such as IEF in IEF.011002; the tables cover IEF and EDGE only\n"),
            "{err}"
        );
        assert!(!err.contains("this table covers IEF only"), "{err}");
    }

    #[test]
    fn a_fork_of_another_service_does_not_claim_ief() {
        let dir = fork();
        let output = ief_errors()
            .current_dir(dir.path())
            .args(["explain", "IEF.100004", "--table", "data/custom.toml"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            stderr(&output),
            "error: \"IEF.100004\" is not a code of the table data/custom.toml (3 codes)\n\
             note: IEF.* codes come from another service (IEF); the table covers EDGE only\n"
        );
    }
}

mod list {
    use super::*;

    fn json_codes(dir: &tempfile::TempDir, filters: &[&str]) -> Vec<String> {
        let mut args = vec!["list", "--format", "json"];
        args.extend_from_slice(filters);
        let rows: Vec<serde_json::Value> =
            serde_json::from_str(&stdout(&in_fork(dir, &args))).unwrap();
        rows.iter()
            .map(|row| row["code"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn json_has_every_row_with_its_deprecation() {
        let dir = fork();
        let output = in_fork(&dir, &["list", "--format", "json"]);
        assert_safe(&output);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(rows.len(), 152);
        assert!(rows[..149].iter().all(|row| row["deprecated"].is_null()));
        let edge = &rows[149..];
        assert_eq!(edge[0]["code"], "EDGE.7001");
        assert_eq!(edge[0]["internal"], true);
        assert_eq!(edge[0]["retry"], "server");
        assert_eq!(edge[0]["deprecated"], serde_json::Value::Null);
        assert_eq!(edge[1]["retry"], "auth");
        assert_eq!(
            edge[1]["deprecated"],
            "replaced by EDGE.7003; see \"docs\"\u{1b}[2J"
        );
        assert_eq!(edge[2]["retry"], "throttled");
        assert_eq!(edge[2]["message"]["zh"], "边缘请求过多");
    }

    #[test]
    fn each_filter_reaches_the_forks_rows() {
        let dir = fork();
        assert_eq!(json_codes(&dir, &["--status", "503"]), ["EDGE.7001"]);
        assert_eq!(json_codes(&dir, &["--status", "429"]), ["EDGE.7003"]);
        assert_eq!(json_codes(&dir, &["--fault", "internal"]).len(), 23);
        assert_eq!(json_codes(&dir, &["--fault", "caller"]).len(), 129);
        assert_eq!(json_codes(&dir, &["--retry", "throttled"]), ["EDGE.7003"]);
        assert_eq!(json_codes(&dir, &["--retry", "auth"]).len(), 11);
        assert_eq!(json_codes(&dir, &["--retry", "server"]).len(), 23);
        assert_eq!(json_codes(&dir, &["--search", "EDGE token"]), ["EDGE.7002"]);
        assert_eq!(
            json_codes(&dir, &["--search", "边缘节点离线"]),
            ["EDGE.7001"]
        );
        assert_eq!(
            json_codes(&dir, &["--search", "edge.70", "--status", "400"]),
            ["EDGE.7002"]
        );
    }

    #[test]
    fn the_table_counts_the_forks_rows() {
        let dir = fork();
        let output = in_fork(&dir, &["list", "--search", "edge.70"]);
        assert_eq!(stderr(&output), "3 of 152 codes\n");
        let out = stdout(&output);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[1].starts_with("EDGE.7001  503     internal  server     EdgeNodeOffline"));
        assert!(lines[3].ends_with("Too many edge requests."));
    }

    #[test]
    fn csv_has_the_deprecation_as_its_last_column() {
        let dir = fork();
        let out = stdout(&in_fork(&dir, &["list", "--format", "csv"]));
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
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
        assert_eq!(records.len(), 152);
        assert_eq!(&records[151][0], "EDGE.7003");
        assert_eq!(&records[151][8], "throttled");
        assert_eq!(&records[150][1], "EdgeTokenRejected");
        assert_eq!(
            &records[150][9],
            "replaced by EDGE.7003; see \"docs\"\\u{1b}[2J"
        );
        assert_eq!(&records[151][9], "");
    }

    #[test]
    fn the_table_format_marks_the_deprecated_row() {
        let dir = fork();
        let output = in_fork(&dir, &["list", "--search", "edge.70"]);
        assert_safe(&output);
        let out = stdout(&output);
        let deprecated: Vec<&str> = out
            .lines()
            .filter(|line| line.contains("(deprecated)"))
            .collect();
        assert_eq!(deprecated.len(), 1, "{out}");
        assert!(deprecated[0].starts_with("EDGE.7002 "), "{out}");
        assert!(
            deprecated[0].contains("EdgeTokenRejected (deprecated)"),
            "{out}"
        );
    }

    #[test]
    fn markdown_marks_the_deprecated_row() {
        let dir = fork();
        let output = in_fork(
            &dir,
            &["list", "--format", "markdown", "--search", "edge.70"],
        );
        assert_safe(&output);
        let out = stdout(&output);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2 + 3);
        assert_eq!(
            lines[3],
            "| 400 | `EDGE.7002` | `EdgeTokenRejected` (deprecated: replaced by EDGE\\.7003; see \\\"docs\\\"\\\\u{1b}\\[2J) | caller | auth | The edge token was rejected\\. | 边缘token被拒绝 | Obtain a new token\\. | 重新获取token |"
        );
        assert_eq!(
            lines[2],
            "| 503 | `EDGE.7001` | `EdgeNodeOffline` | internal | server | The edge node is offline\\. | 边缘节点离线 | Wait for the node to reconnect, then retry\\. | 等待节点重新连接后重试 |"
        );
    }
}

mod decode {
    use super::*;

    fn decoded(dir: &tempfile::TempDir, body: &str, args: &[&str]) -> Output {
        ief_errors()
            .current_dir(dir.path())
            .arg("decode")
            .args(args)
            .args(["--table", "data/codes.toml", "--table", "data/custom.toml"])
            .write_stdin(body)
            .output()
            .unwrap()
    }

    #[test]
    fn a_body_with_a_forks_code_is_explained() {
        let dir = fork();
        let output = decoded(
            &dir,
            r#"{"error_code":" edge.7003 ","error_msg":"slow down!","request_id":"r-1"}"#,
            &["--status", "400", "--lang", "en"],
        );
        assert_eq!(
            stdout(&output),
            "EDGE.7003  EdgeThrottled\n\
             \x20 status            429 Too Many Requests\n\
             \x20 fault             caller: fixed by changing the request\n\
             \x20 retry             throttled: back off, then retry\n\
             \x20 message           Too many edge requests.\n\
             \x20 remediation       Slow down.\n\
             \x20 note              ApiError reads the code as \"edge.7003\", and it and the generated from_code match codes exactly: for them this response has no known error\n\
             \x20 response status   400, but the table says 429 for this code\n\
             \x20 response message  slow down!\n\
             \x20 request id        r-1\n\
             \x20 Go SDK            code: \" edge.7003 \"; no request id\n\
             \x20 Python SDK        code: \" edge.7003 \"; no request id\n\
             \x20 Java SDK          code: \" edge.7003 \"; no request id\n\
             \x20 Node.js SDK       code: \" edge.7003 \"; no request id\n\
             \x20 .NET SDK          code: \" edge.7003 \"\n\
             \x20 PHP SDK           code: \" edge.7003 \"; no request id\n\
             \x20 C++ SDK           code: \" edge.7003 \"\n"
        );
    }

    #[test]
    fn a_curl_response_with_a_deprecated_code_shows_the_deprecation() {
        let dir = fork();
        let output = decoded(
            &dir,
            "HTTP/1.1 400 Bad Request\r\nX-Request-Id: abc\r\n\r\n{\"error_code\":\"EDGE.7002\",\"error_msg\":\"The edge token was rejected.\"}",
            &[],
        );
        assert_safe(&output);
        let out = stdout(&output);
        assert!(out.starts_with("EDGE.7002  EdgeTokenRejected\n  deprecated        replaced by EDGE.7003; see \"docs\"\\u{1b}[2J\n"), "{out}");
        assert!(!out.contains("response message"), "{out}");
        assert!(
            out.ends_with(
                "  request id        abc\n  official SDKs     all seven report the same\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_code_outside_the_tables_is_shown_with_the_tables_words() {
        let dir = fork();
        let out = stdout(&decoded(
            &dir,
            r#"{"error_code":"EDGE.9999","error_msg":"new"}"#,
            &["--status", "503"],
        ));
        assert_eq!(
            out,
            "EDGE.9999  (not in the tables)\n\
             \x20 status            503 Service Unavailable\n\
             \x20 retry             throttled: back off, then retry\n\
             \x20 message           new\n\
             \x20 note              The tables data/codes.toml, data/custom.toml have other EDGE.* codes, but not this one; the service may have added it since\n\
             \x20 official SDKs     all seven report the same\n"
        );
    }

    #[test]
    fn a_shipped_code_outside_a_forks_only_table_is_unknown_with_its_status_kind() {
        let dir = fork();
        let output = ief_errors()
            .current_dir(dir.path())
            .args(["decode", "--table", "data/custom.toml", "--status", "400"])
            .write_stdin(r#"{"error_code":"IEF.310002","error_msg":"token expired"}"#)
            .output()
            .unwrap();
        // The shipped enum says `auth` for IEF.310002; this table does not know it.
        assert_eq!(
            stdout(&output),
            "IEF.310002  (not in the table)\n\
             \x20 status            400 Bad Request\n\
             \x20 retry             caller: the request must change; do not retry\n\
             \x20 message           token expired\n\
             \x20 note              IEF.* codes come from another service (IEF); the table covers EDGE only\n\
             \x20 official SDKs     all seven report the same\n"
        );
    }
}

/// Tables the macro would refuse stop every command before it answers.
mod problems {
    use super::*;

    fn run(dir: &Path, args: &[&str]) -> Output {
        ief_errors().current_dir(dir).args(args).output().unwrap()
    }

    #[test]
    fn a_broken_table_is_reported_as_check_reports_it_and_nothing_is_answered() {
        let dir = fork();
        std::fs::write(
            dir.path().join("data/custom.toml"),
            CUSTOM.replace("status = 429", "status = 4290"),
        )
        .unwrap();
        for args in [
            &["explain", "EDGE.7001"][..],
            &["list"],
            &["list", "--format", "json"],
            &["decode", "/dev/null"],
        ] {
            let output = in_fork(&dir, args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(output.stdout.is_empty(), "{args:?}");
            let checked = run(
                dir.path(),
                &["check", "data/codes.toml", "data/custom.toml"],
            );
            assert_eq!(stderr(&output), stderr(&checked), "{args:?}");
            assert!(stderr(&output).starts_with(
                "error: data/custom.toml:25:10: status 4290 is not an HTTP status\n   |\n25 | status = 4290\n   |          ^^^^\n"
            ));
        }
    }

    #[test]
    fn a_fork_table_without_rows_yet_adds_nothing() {
        let dir = fork();
        std::fs::write(dir.path().join("data/custom.toml"), "# no codes yet\n").unwrap();
        std::fs::write(dir.path().join("data/empty.toml"), "error = []\n").unwrap();
        let output = ief_errors()
            .current_dir(dir.path())
            .args([
                "list",
                "--table",
                "data/codes.toml",
                "--table",
                "data/custom.toml",
            ])
            .args(["--table", "data/empty.toml"])
            .output()
            .unwrap();
        assert_eq!(stdout(&output).lines().count(), 1 + 149);
        assert_eq!(stderr(&output), "149 of 149 codes\n");
    }

    #[test]
    fn odd_paths_are_each_a_problem() {
        let dir = fork();
        std::fs::write(dir.path().join("data/latin1.toml"), b"# caf\xe9\n").unwrap();
        for (tables, expected) in [
            (
                &["data/codes.toml", "./data/codes.toml"][..],
                "error: ./data/codes.toml: this table is already listed (as \"data/codes.toml\", table 1 of this invocation); list each table once\n",
            ),
            (
                &["data/codes.toml", "data/codes.toml"],
                "error: data/codes.toml: this table is already listed (as \"data/codes.toml\", table 1 of this invocation); list each table once\n",
            ),
            (
                &["data/codes.toml", "data"],
                "error: data: is a directory (",
            ),
            (
                &["data/nope.toml"],
                "error: data/nope.toml: no such file (looked for ",
            ),
            (
                &["data/codes.toml", "data/latin1.toml"],
                "error: data/latin1.toml:1:6: the file is not valid UTF-8 (byte 0xe9); save the table as UTF-8\n",
            ),
        ] {
            let mut command = ief_errors();
            let _ = command
                .current_dir(dir.path())
                .args(["explain", "IEF.100004"]);
            for table in tables {
                let _ = command.args(["--table", table]);
            }
            let output = command.output().unwrap();
            assert_eq!(output.status.code(), Some(2), "{tables:?}");
            assert!(output.stdout.is_empty());
            assert!(
                stderr(&output).starts_with(expected),
                "{tables:?}: {}",
                stderr(&output)
            );
        }
        let missing = run(dir.path(), &["list", "--table", "data/nope.toml"]);
        assert!(
            stderr(&missing)
                .contains("; relative paths are resolved against the current directory\n"),
            "{}",
            stderr(&missing)
        );
    }

    #[test]
    fn control_characters_in_a_forks_codes_and_texts_arrive_escaped() {
        let dir = fork();
        std::fs::write(
            dir.path().join("data/hostile.toml"),
            r#"[[error]]
code = "EVIL.\u001b]0;pwned\u0007\u202e1"
name = "Evil"
status = 400
message.en = "red \u001b[31m text \u009b1m"
message.zh = "隐藏\u3164字"
remediation.en = "line\nbreak"
remediation.zh = "修复"
deprecated = "\u202egone"
"#,
        )
        .unwrap();
        let with_hostile = |args: &[&str]| {
            ief_errors()
                .current_dir(dir.path())
                .args(args)
                .args([
                    "--table",
                    "data/custom.toml",
                    "--table",
                    "data/hostile.toml",
                ])
                .output()
                .unwrap()
        };
        let explained = with_hostile(&["explain", "evil.\u{1b}]0;pwned\u{7}\u{202e}1"]);
        assert_safe(&explained);
        assert_eq!(
            stdout(&explained),
            "EVIL.\\u{1b}]0;pwned\\u{7}\\u{202e}1  Evil\n\
             \x20 deprecated        \\u{202e}gone\n\
             \x20 status            400 Bad Request\n\
             \x20 fault             caller: fixed by changing the request\n\
             \x20 retry             caller: the request must change; do not retry\n\
             \x20 message (en)      red \\u{1b}[31m text \\u{9b}1m\n\
             \x20 message (zh)      隐藏\\u{3164}字\n\
             \x20 remediation (en)  line\\nbreak\n\
             \x20 remediation (zh)  修复\n"
        );
        for format in ["table", "json", "csv", "markdown"] {
            let listed = with_hostile(&["list", "--format", format]);
            assert_safe(&listed);
            assert!(listed.status.success(), "{format}");
        }
        let json: Vec<serde_json::Value> =
            serde_json::from_slice(&with_hostile(&["list", "--format", "json"]).stdout).unwrap();
        assert_eq!(json[3]["code"], "EVIL.\u{1b}]0;pwned\u{7}\u{202e}1");
        assert_eq!(json[3]["deprecated"], "\u{202e}gone");
        let unknown = with_hostile(&["explain", "EVIL.\u{1b}]0;pwned\u{7}\u{202e}2"]);
        assert_safe(&unknown);
        assert!(
            stderr(&unknown).contains(
                "\n  EVIL.\\u{1b}]0;pwned\\u{7}\\u{202e}1  red \\u{1b}[31m text \\u{9b}1m\n"
            ),
            "{}",
            stderr(&unknown)
        );
        let decoded = ief_errors()
            .current_dir(dir.path())
            .args(["decode", "--table", "data/hostile.toml"])
            .write_stdin(r#"{"error_code":"EVIL.\u001b]0;pwned\u0007\u202e1"}"#)
            .output()
            .unwrap();
        assert_safe(&decoded);
        assert!(stdout(&decoded).starts_with("EVIL.\\u{1b}]0;pwned\\u{7}\\u{202e}1  Evil\n"));
    }
}

#[test]
fn help_names_the_table_option_with_an_example() {
    for subcommand in ["explain", "list", "decode"] {
        let output = ief_errors().args([subcommand, "--help"]).output().unwrap();
        let help = stdout(&output);
        assert!(help.contains("--table <PATH>"), "{subcommand}: {help}");
        assert!(
            help.contains(" --table data/codes.toml --table data/custom.toml"),
            "{subcommand}: {help}"
        );
    }
}
