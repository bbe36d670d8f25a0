//! Text the command did not write (codes typed, response bodies and headers,
//! pages, tables, file names) never reaches the output with a live control
//! character: CSI, OSC, BEL, C1 and bidirectional controls all arrive
//! escaped, in every subcommand that prints such text. (`list` prints only
//! the shipped table; its formatters are tested with hostile rows in
//! `src/commands/list.rs`.)

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// A clear-screen CSI, an OSC retitle ended by BEL, a colour CSI, the C1
/// CSI (U+009B) and NEL (U+0085), a right-to-left override, DEL.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}[31mred\u{9b}1m\u{85}\u{202e}txt\u{7f}";
/// The same, as JSON string content.
const HOSTILE_JSON: &str =
    r"\u001b[2J\u001b]0;pwned\u0007\u001b[31mred\u009b1m\u0085\u202etxt\u007f";

fn ief_errors() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
    let _ = command.env("NO_COLOR", "1");
    command
}

/// Fails on any control character other than a line break, and on
/// bidirectional controls.
fn assert_safe(output: &Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        let live: Vec<char> = text
            .chars()
            .filter(|&character| {
                (character.is_control() && character != '\n')
                    || matches!(character, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            })
            .collect();
        assert!(live.is_empty(), "{stream} has {live:?}:\n{text}");
    }
}

/// Asserts the escaped form of `HOSTILE` is in the output, so the text was
/// shown, not dropped.
fn assert_shown_escaped(output: &Output) {
    let text = String::from_utf8_lossy(&output.stdout) + String::from_utf8_lossy(&output.stderr);
    assert!(
        text.contains(
            "\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{1b}[31mred\\u{9b}1m\\u{85}\\u{202e}txt\\u{7f}"
        ),
        "{text}"
    );
}

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn explain_escapes_the_code_it_was_given() {
    for typed in [
        HOSTILE.to_owned(),
        format!("IEF.100004{HOSTILE}"),
        format!("IAM.{HOSTILE}"),
    ] {
        let output = ief_errors().arg("explain").arg(&typed).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_safe(&output);
        assert_shown_escaped(&output);
    }
}

#[test]
fn decode_escapes_every_field_of_a_known_code() {
    let body = format!(
        r#"{{"error_code":"IEF.100004","error_msg":"{HOSTILE_JSON}","request_id":"{HOSTILE_JSON}","encoded_authorization_message":"{HOSTILE_JSON}"}}"#
    );
    let output = ief_errors()
        .arg("decode")
        .write_stdin(body)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_safe(&output);
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    for label in ["response message", "request id", "authorization"] {
        assert!(
            stdout.contains(&format!("{label:<16}  \\u{{1b}}[2J")),
            "{label}: {stdout}"
        );
    }
}

#[test]
fn decode_escapes_an_unknown_code_and_its_message() {
    let body = format!(r#"{{"error_code":"X{HOSTILE_JSON}.1","error_msg":"{HOSTILE_JSON}"}}"#);
    let output = ief_errors()
        .arg("decode")
        .write_stdin(body)
        .output()
        .unwrap();
    assert_safe(&output);
    assert_shown_escaped(&output);
}

#[test]
fn decode_escapes_a_body_of_no_known_shape_and_raw_bytes() {
    let mut body = HOSTILE.as_bytes().to_vec();
    body.extend_from_slice(b" raw C1 byte: \x9b2J, NUL: \0");
    let output = ief_errors()
        .arg("decode")
        .write_stdin(body)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_safe(&output);
    assert_shown_escaped(&output);
}

#[test]
fn decode_escapes_headers_of_a_raw_response() {
    let input = format!(
        "HTTP/1.1 400 Bad Request\r\nX-Request-Id: {HOSTILE}\r\n\r\n{{\"error_code\":\"IEF.100004\",\"error_msg\":\"x\"}}"
    );
    let output = ief_errors()
        .arg("decode")
        .write_stdin(input)
        .output()
        .unwrap();
    assert_safe(&output);
    assert_shown_escaped(&output);
}

#[test]
fn file_names_in_errors_are_escaped() {
    let dir = scratch();
    let path = dir.path().join(format!("body{HOSTILE}.json"));
    let output = ief_errors().arg("decode").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
    assert_shown_escaped(&output);

    let output = ief_errors()
        .arg("import")
        .arg(&path)
        .arg("--table")
        .arg(dir.path().join("t.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
}

const PAGE_HEADER: &str = "更新时间:2025-09-01 GMT+08:00\n\n错误码\n\n状态码\n\n错误码\n\n错误信息\n\n描述\n\n处理措施\n\n";

fn page(dir: &tempfile::TempDir, rows: &str) -> PathBuf {
    let path = dir.path().join("page.txt");
    std::fs::write(&path, format!("{PAGE_HEADER}{rows}")).unwrap();
    path
}

fn import(page: &Path, table: &Path) -> Output {
    ief_errors()
        .arg("import")
        .arg(page)
        .arg("--table")
        .arg(table)
        .output()
        .unwrap()
}

#[test]
fn import_escapes_page_text_in_its_report() {
    let dir = scratch();
    let table = dir.path().join("t.toml");
    // New codes: the report quotes the remediation a person must translate.
    let page = page(
        &dir,
        &format!("400\n\nX.1\n\nBad.\n\n坏\n\n修复{HOSTILE}\n"),
    );
    let output = import(&page, &table);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_safe(&output);
    assert_shown_escaped(&output);

    // A changed message, then the table's hostile texts changed back: the
    // report quotes old and new texts from the page and from the table.
    for rows in [
        format!("400\n\nX.1\n\nBad{HOSTILE}\n\n坏\n\n修复{HOSTILE}\n"),
        "400\n\nX.1\n\nBad.\n\n坏\n\n修复\n".to_owned(),
    ] {
        std::fs::write(&page, format!("{PAGE_HEADER}{rows}")).unwrap();
        let output = import(&page, &table);
        assert!(output.status.success());
        assert_safe(&output);
        assert_shown_escaped(&output);
    }
}

#[test]
fn import_escapes_page_cells_in_its_errors() {
    let dir = scratch();
    let page = page(
        &dir,
        &format!("{HOSTILE}\n\n400\n\nX.1\n\nBad.\n\n坏\n\n修复\n"),
    );
    let output = import(&page, &dir.path().join("t.toml"));
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
    assert_shown_escaped(&output);

    let output = ief_errors()
        .arg("import")
        .arg(page_with_bad_status(&dir))
        .arg("--table")
        .arg(dir.path().join("t.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
}

fn page_with_bad_status(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("bad-status.txt");
    std::fs::write(
        &path,
        format!("{PAGE_HEADER}400\n\nX.1\n\nBad.\n\n坏\n\n修复\n\n999\n\nX.2\n\n{HOSTILE}\n\n坏\n\n修复\n"),
    )
    .unwrap();
    path
}

#[test]
fn usage_errors_escape_the_arguments_they_quote() {
    for args in [
        vec!["list", "--format", HOSTILE],
        vec!["list", "--status", HOSTILE],
        vec!["decode", "--lang", HOSTILE],
        vec![HOSTILE],
    ] {
        let output = ief_errors().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_safe(&output);
        let stderr = String::from_utf8(output.stderr.clone()).unwrap();
        assert!(stderr.contains("\\u{9b}1m"), "{args:?}: {stderr}");
    }
}

#[test]
fn usage_errors_show_escape_sequences_backspaces_and_del_off_a_terminal() {
    for (args, shown) in [
        (
            vec!["list", "--status=\u{1b}[2J\u{1b}]2;PWNED\u{7}"],
            "'\\u{1b}[2J\\u{1b}]2;PWNED\\u{7}'",
        ),
        (
            vec!["list", "--status=4\u{8}\u{8}\u{8}\r\u{7f}"],
            "'4\\u{8}\\u{8}\\u{8}\\r\\u{7f}'",
        ),
        (vec!["\u{1b}[31mbogus"], "'\\u{1b}[31mbogus'"),
        (vec!["list", "--wide\u{1b}[2J"], "'--wide\\u{1b}[2J'"),
    ] {
        let output = ief_errors().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_safe(&output);
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(shown), "{args:?}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn usage_errors_escape_arguments_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let argument = std::ffi::OsStr::from_bytes(b"\x1b[31m\xff");
    let output = ief_errors().arg(argument).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("\\u{1b}[31m"));
}

/// What `decode` prints for `body`, which it must read successfully.
fn decoded(body: &str) -> String {
    let output = ief_errors()
        .arg("decode")
        .write_stdin(body)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn invisible_characters_and_backslashes_are_shown_escaped() {
    let stdout = decoded(
        "{\"error_code\":\"X\u{200b}1\",\"error_msg\":\"a\u{200d}b\u{2060}c\u{feff}d\u{ad}e\u{e0001}f \\\\u{1b} g\"}",
    );
    assert!(
        stdout.starts_with("X\\u{200b}1  (not in the IEF table)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "  message           a\\u{200d}b\\u{2060}c\\u{feff}d\\u{ad}e\\u{e0001}f \\\\u{1b} g\n"
        ),
        "{stdout}"
    );
}

#[test]
fn hangul_fillers_and_variation_selectors_are_shown_escaped() {
    let stdout = decoded(
        "{\"error_code\":\"IEF\u{3164}.100004\",\"error_msg\":\"a\u{115f}b\u{1160}c\u{ffa0}d\u{fe0f}e\u{e0100}f\"}",
    );
    assert!(
        stdout.starts_with("IEF\\u{3164}.100004  (not in the IEF table)\n"),
        "{stdout}"
    );
    assert!(
        stdout
            .contains("  message           a\\u{115f}b\\u{1160}c\\u{ffa0}d\\u{fe0f}e\\u{e0100}f\n"),
        "{stdout}"
    );
}
