//! The `ief-errors` binary writing to a terminal: a pseudo-terminal of a
//! chosen size stands in for one, so wrapping is tested as a user sees it.
#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::Path;
use std::process::{Command, Stdio};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};
use unicode_width::UnicodeWidthStr;

/// What a run on a terminal printed: standard output as the terminal got
/// it (its CRLF turned back into LF), standard error from a pipe.
struct Run {
    stdout: String,
    stderr: String,
    success: bool,
}

/// Runs the command with standard output on a terminal `columns` wide,
/// with `COLUMNS` set to `columns_variable` (unset when `None`).
fn on_terminal(args: &[&str], columns: u16, columns_variable: Option<&str>) -> Run {
    on_terminal_with(args, (50, columns), &[("COLUMNS", columns_variable)])
}

/// Runs the command with standard output on a terminal of `(rows, columns)`,
/// and `NO_COLOR` set and `COLUMNS` unset unless `env` says otherwise
/// (`None` removes a variable).
fn on_terminal_with(
    args: &[&str],
    (rows, columns): (u16, u16),
    env: &[(&str, Option<&str>)],
) -> Run {
    on_terminal_typing(args, (rows, columns), env, None, false)
}

/// As [`on_terminal_with`]; with `typed`, standard input is the terminal
/// too, and `typed` is what a person types into it. With
/// `stderr_on_terminal`, standard error goes to the terminal as well, and
/// `stdout` holds both.
fn on_terminal_typing(
    args: &[&str],
    (rows, columns): (u16, u16),
    env: &[(&str, Option<&str>)],
    typed: Option<&[u8]>,
    stderr_on_terminal: bool,
) -> Run {
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("open a pseudo-terminal");
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    let terminal: OwnedFd = File::options()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap()
        .into();
    tcsetwinsize(
        &terminal,
        Winsize {
            ws_row: rows,
            ws_col: columns,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .unwrap();

    let mut command = Command::new(env!("CARGO_BIN_EXE_ief-errors"));
    let _ = command
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .stdin(match typed {
            Some(_) => Stdio::from(terminal.try_clone().unwrap()),
            None => Stdio::null(),
        })
        .stderr(if stderr_on_terminal {
            Stdio::from(terminal.try_clone().unwrap())
        } else {
            Stdio::piped()
        })
        .stdout(Stdio::from(terminal));
    for (name, value) in env {
        let _ = match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    let mut child = command.spawn().unwrap();
    // The command holds the terminal's only other descriptor: dropping it
    // lets the read below end when the child exits.
    drop(command);

    let mut master = File::from(master);
    if let Some(typed) = typed {
        master.write_all(typed).unwrap();
    }
    let mut output = Vec::new();
    let mut buffer = [0; 4096];
    // Read while the child writes, so a full terminal buffer cannot block it;
    // Linux answers EIO once the child's end is closed.
    while let Ok(read @ 1..) = master.read(&mut buffer) {
        output.extend_from_slice(&buffer[..read]);
    }
    let mut stderr = String::new();
    if let Some(mut piped) = child.stderr.take() {
        let _ = piped.read_to_string(&mut stderr).unwrap();
    }
    let status = child.wait().unwrap();
    Run {
        stdout: String::from_utf8(output).unwrap().replace("\r\n", "\n"),
        stderr,
        success: status.success(),
    }
}

fn assert_fits(out: &str, columns: usize) {
    for line in out.lines() {
        assert!(
            line.width() <= columns,
            "wider than {columns}: {line:?}\n{out}"
        );
    }
}

/// The text of a field, its wrapped lines joined again.
fn field_text(out: &str, label: &str) -> String {
    let mut lines = out
        .lines()
        .skip_while(|line| !line.starts_with(&format!("  {label} ")));
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no {label} in\n{out}"));
    let mut text = first[20..].to_owned();
    for continuation in lines.take_while(|line| line.starts_with(&" ".repeat(20))) {
        text.push(' ');
        text.push_str(&continuation[20..]);
    }
    text
}

#[test]
fn explain_wraps_at_words_under_a_hanging_indent() {
    let run = on_terminal(&["explain", "IEF.100004"], 60, None);
    assert!(run.success, "{}", run.stderr);
    assert_fits(&run.stdout, 60);
    insta::assert_snapshot!(run.stdout);
    assert_eq!(
        field_text(&run.stdout, "remediation (en)"),
        "Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again."
    );
}

#[test]
fn columns_overrides_the_terminals_own_width() {
    let run = on_terminal(&["explain", "IEF.100004", "--lang", "en"], 200, Some("50"));
    assert_fits(&run.stdout, 50);
    assert!(run.stdout.lines().count() > 5, "{}", run.stdout);
}

#[test]
fn columns_that_is_not_a_width_is_ignored() {
    for value in ["wide", "0", "-3", ""] {
        let run = on_terminal(&["explain", "IEF.100004", "--lang", "en"], 70, Some(value));
        assert_fits(&run.stdout, 70);
        assert!(run.stdout.lines().count() > 5, "{value:?}: {}", run.stdout);
    }
}

#[test]
fn a_terminal_that_reports_no_rows_still_gives_its_width() {
    // `script` and some containers leave the row count at 0.
    let run = on_terminal_with(&["explain", "IEF.100004", "--lang", "en"], (0, 45), &[]);
    assert_fits(&run.stdout, 45);
    assert!(run.stdout.lines().count() > 5, "{}", run.stdout);
}

#[test]
fn a_huge_width_means_one_line_per_value() {
    let run = on_terminal(
        &["explain", "IEF.100004"],
        80,
        Some("1000000000000000000000"),
    );
    assert_eq!(run.stdout.lines().count(), 8, "{}", run.stdout);
}

#[test]
fn a_narrow_terminal_gets_labels_on_their_own_lines_and_whole_words() {
    let run = on_terminal(&["explain", "IEF.100004", "--lang", "en"], 24, None);
    assert_fits(&run.stdout, 24);
    let remediation: Vec<&str> = run
        .stdout
        .lines()
        .skip_while(|line| *line != "  remediation")
        .skip(1)
        .map(|line| line.strip_prefix("    ").unwrap())
        .collect();
    assert_eq!(
        remediation.join(" "),
        "Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again."
    );
}

#[test]
fn nothing_is_wider_than_a_terminal_of_20_columns_or_more() {
    let body = Path::new(env!("CARGO_TARGET_TMPDIR")).join("terminal-narrow.json");
    std::fs::write(
        &body,
        r#"{"error_code":"IAM.0001","error_msg":"The request body is abnormal.","request_id":"0a1b2c3d-4e5f-6789-abcd-ef0123456789"}"#,
    )
    .unwrap();
    for columns in [20, 27, 39, 41, 55, 67] {
        for args in [
            vec!["explain", "IEF.100004"],
            vec!["explain", "IEF.100021"],
            vec!["decode", body.to_str().unwrap()],
            vec!["list"],
        ] {
            let run = on_terminal(&args, columns, None);
            assert!(run.success, "{args:?}: {}", run.stderr);
            assert_fits(&run.stdout, usize::from(columns));
        }
    }
}

#[test]
fn list_fits_the_terminal_by_shortening_messages() {
    let run = on_terminal(&["list"], 80, None);
    assert!(run.success);
    assert_fits(&run.stdout, 80);
    assert_eq!(run.stdout.lines().count(), 150);
    let shortened = run
        .stdout
        .lines()
        .filter(|line| line.ends_with('…'))
        .count();
    assert!(shortened > 10, "{}", run.stdout);
    assert_eq!(run.stderr, "149 of 149 codes\n");
}

#[test]
fn decode_wraps_on_a_terminal_too() {
    let body = Path::new(env!("CARGO_TARGET_TMPDIR")).join("terminal-decode.json");
    std::fs::write(
        &body,
        r#"{"error_code":"IAM.0001","error_msg":"The request body is abnormal because the field named 'user' holds a value that is far too long for it."}"#,
    )
    .unwrap();
    let run = on_terminal(&["decode", body.to_str().unwrap()], 64, None);
    assert_fits(&run.stdout, 64);
    assert_eq!(
        field_text(&run.stdout, "note"),
        "IAM.* codes come from another service (IAM); this table covers IEF only"
    );
}

#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let run = on_terminal(&["explain", "IEF.100004"], 80, None);
    assert!(!run.stdout.contains('\u{1b}'), "NO_COLOR is set");

    // Without NO_COLOR: the same text, styled.
    let styled = on_terminal_with(
        &["explain", "IEF.100004"],
        (50, 80),
        &[
            ("NO_COLOR", None),
            ("CLICOLOR", None),
            ("CLICOLOR_FORCE", None),
            ("TERM", Some("xterm-256color")),
        ],
    );
    assert!(styled.stdout.contains("\u{1b}["), "{:?}", styled.stdout);
}

#[test]
fn outside_text_is_escaped_on_a_terminal_too() {
    let body = Path::new(env!("CARGO_TARGET_TMPDIR")).join("terminal-hostile.json");
    std::fs::write(
        &body,
        r#"{"error_code":"IEF.100004","error_msg":"\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil","request_id":"\u001b[31mred"}"#,
    )
    .unwrap();
    let run = on_terminal(&["decode", body.to_str().unwrap()], 80, None);
    assert!(run.success);
    let live: Vec<char> = run
        .stdout
        .chars()
        .filter(|&character| {
            (character.is_control() && character != '\n') || character == '\u{202e}'
        })
        .collect();
    assert!(live.is_empty(), "{live:?} in {}", run.stdout);
    assert!(
        run.stdout
            .contains("response message  \\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{9b}31m\\u{202e}evil"),
        "{}",
        run.stdout
    );
}

#[test]
fn decode_from_a_terminal_says_what_it_waits_for() {
    let run = on_terminal_typing(
        &["decode", "--lang", "en"],
        (50, 80),
        &[],
        // A line, then Ctrl-D at the start of the next: end of input.
        Some(b"{\"error_code\":\"IEF.310002\"}\n\x04"),
        false,
    );
    assert!(run.success, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "reading a response body or curl -i output from standard input; end it with Ctrl-D\n"
    );
    assert!(
        run.stdout.contains("IEF.310002  TokenExpired\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn usage_errors_on_a_terminal_show_arguments_escaped() {
    for (args, shown) in [
        (
            vec!["list", "--status=\u{1b}[2J\u{1b}]2;PWNED\u{7}"],
            "'\\u{1b}[2J\\u{1b}]2;PWNED\\u{7}'",
        ),
        (vec!["\u{1b}[31mbogus"], "'\\u{1b}[31mbogus'"),
        (vec!["list", "--format=\u{1b}[31mx"], "'\\u{1b}[31mx'"),
        (vec!["explain", "--lang=\u{1b}[1m"], "'\\u{1b}[1m'"),
        (vec!["list", "--wide\u{1b}[2J"], "'--wide\\u{1b}[2J'"),
    ] {
        let run = on_terminal_typing(&args, (50, 80), &[], None, true);
        assert!(!run.success);
        assert!(!run.stdout.contains('\u{1b}'), "{args:?}: {:?}", run.stdout);
        assert!(run.stdout.contains(shown), "{args:?}: {}", run.stdout);
    }
}

#[test]
fn words_break_at_spaces_only_never_at_hyphens() {
    let body = Path::new(env!("CARGO_TARGET_TMPDIR")).join("terminal-hyphens.json");
    std::fs::write(
        &body,
        r#"{"error_code":"IEF.100004","error_msg":"offset of job 0a1b2c3d-4e5f-6789-abcd-ef0123456789 rejected"}"#,
    )
    .unwrap();
    let run = on_terminal(
        &["decode", body.to_str().unwrap(), "--lang", "en"],
        60,
        None,
    );
    assert!(run.success, "{}", run.stderr);
    assert_fits(&run.stdout, 60);
    assert!(
        run.stdout
            .contains("\n                    0a1b2c3d-4e5f-6789-abcd-ef0123456789\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn candidate_lists_and_import_reports_wrap_on_a_terminal() {
    let run = on_terminal_typing(&["explain", "04"], (50, 40), &[], None, true);
    assert!(!run.success);
    assert_fits(&run.stdout, 40);
    assert!(
        run.stdout
            .contains("\n  IEF.100004  The request offset does\n"),
        "{}",
        run.stdout
    );

    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("new.toml");
    let page =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iam-error-codes-2025-06-30.txt");
    let run = on_terminal_typing(
        &[
            "import",
            page.to_str().unwrap(),
            "--table",
            table.to_str().unwrap(),
        ],
        (50, 50),
        &[],
        None,
        true,
    );
    assert!(run.success, "{}", run.stdout);
    assert_fits(&run.stdout, 50);
    assert!(run.stdout.contains("needs a person"), "{}", run.stdout);
}
