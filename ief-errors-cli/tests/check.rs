//! `check PATH...`: the macro's verdict on tables, and every problem with
//! the message, file, line and column the compiler shows; held to the
//! compile-fail cases of `tests/ui/`.

use std::path::{Path, PathBuf};
use std::process::Output;

mod support;

use support::{assert_safe, ief_errors, workspace};

fn check_in(dir: &Path, args: &[&str]) -> Output {
    ief_errors()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

const ROW: &str = r#"[[error]]
code = "EDGE.1"
name = "First"
status = 400
message.en = "First."
message.zh = "第一"
remediation.en = "Retry."
remediation.zh = "重试"
"#;

fn scratch(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn the_shipped_table_passes_with_a_one_line_summary() {
    let output = check_in(&workspace(), &["data/codes.toml"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    assert_eq!(stderr(&output), "data/codes.toml: 149 codes, no problems\n");
}

#[test]
fn a_fork_layered_over_the_shipped_table_passes() {
    let dir = scratch(&[("custom.toml", &format!("{ROW}deprecated = \"gone\"\n"))]);
    let shipped = workspace().join("data/codes.toml");
    let output = check_in(dir.path(), &[shipped.to_str().unwrap(), "custom.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "{}, custom.toml: 150 codes (1 deprecated), no problems\n",
            shipped.display()
        )
    );
    // A fork's own table may have no rows yet, after the first.
    let dir = scratch(&[
        ("a.toml", ROW),
        ("b.toml", "# none yet\n"),
        ("c.toml", "error = []\n"),
    ]);
    let output = check_in(dir.path(), &["a.toml", "b.toml", "c.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "a.toml, b.toml, c.toml: 1 code, no problems\n"
    );
}

#[test]
fn every_problem_is_printed_with_its_place_and_a_count() {
    let dir = scratch(&[
        ("base.toml", ROW),
        (
            "fork.toml",
            &ROW.replace("name = \"First\"", "name = \"Second\"")
                .replace("status = 400", "status = 4000"),
        ),
    ]);
    let output = check_in(dir.path(), &["base.toml", "fork.toml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr(&output),
        "error: fork.toml:2:8: duplicate code `EDGE.1`\n\
         \x20 |\n\
         2 | code = \"EDGE.1\"\n\
         \x20 |        ^^^^^^^^\n\
         base.toml:2:8: note: first defined here\n\
         \x20 |\n\
         2 | code = \"EDGE.1\"\n\
         \x20 |        ^^^^^^^^\n\
         \x20 = help: every row needs its own code; a table listed later cannot override an earlier one\n\
         \n\
         error: fork.toml:4:10: status 4000 is not an HTTP status\n\
         \x20 |\n\
         4 | status = 4000\n\
         \x20 |          ^^^^\n\
         \x20 = help: use a status from 100 to 599, such as 400 or 500\n\
         \n\
         error: the tables base.toml, fork.toml have 2 problems; the ief_errors! macro would refuse them\n"
    );
}

#[test]
fn json_gives_one_object_per_problem_per_line() {
    let dir = scratch(&[
        ("base.toml", ROW),
        (
            "fork.toml",
            &ROW.replace("name = \"First\"", "name = \"Second\""),
        ),
    ]);
    let output = check_in(
        dir.path(),
        &[
            "base.toml",
            "fork.toml",
            "missing.toml",
            "--message-format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: the tables base.toml, fork.toml, missing.toml have 2 problems; the ief_errors! macro would refuse them\n"
    );
    let problems: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(problems.len(), 2);
    let duplicate = &problems[0];
    assert_eq!(duplicate["file"], "fork.toml");
    assert_eq!(duplicate["table"], 2);
    assert_eq!(
        (&duplicate["line"], &duplicate["column"]),
        (&2.into(), &8.into())
    );
    assert_eq!(duplicate["message"], "duplicate code `EDGE.1`");
    assert_eq!(
        duplicate["help"],
        "every row needs its own code; a table listed later cannot override an earlier one"
    );
    assert_eq!(
        duplicate["notes"],
        serde_json::json!([{"file": "base.toml", "line": 2, "column": 8, "message": "first defined here"}])
    );
    let human = check_in(dir.path(), &["base.toml", "fork.toml", "missing.toml"]);
    let rendered = duplicate["rendered"].as_str().unwrap();
    assert!(stderr(&human).starts_with(&format!("error: {rendered}\n\n")));
    // A problem with the whole file has no line or column.
    let missing = &problems[1];
    assert_eq!(missing["file"], "missing.toml");
    assert!(missing["line"].is_null() && missing["column"].is_null());
    assert!(missing["help"].is_null());
    assert_eq!(missing["notes"], serde_json::json!([]));
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .starts_with("no such file (looked for "),
        "{missing}"
    );
    // Nothing at all on standard output when the tables pass.
    let passing = check_in(dir.path(), &["base.toml", "--message-format", "json"]);
    assert_eq!(passing.status.code(), Some(0));
    assert!(passing.stdout.is_empty());
}

#[test]
fn control_characters_are_escaped_for_people_and_exact_in_json() {
    // A duplicate code holding ESC in a file whose name holds one too, and
    // a status after a tab, on a line with a right-to-left override.
    let base = ROW.replace("EDGE.1", "X.\\u001b[2J");
    let hostile = base
        .replace("First", "Second")
        .replace("status = 400", "status =\t4000 # \u{202e}note");
    let dir = scratch(&[("base.toml", &base), ("hostile\u{1b}[31m.toml", &hostile)]);
    let human = check_in(dir.path(), &["base.toml", "hostile\u{1b}[31m.toml"]);
    assert_eq!(human.status.code(), Some(1));
    assert_safe(&human);
    let err = stderr(&human);
    assert!(
        err.starts_with("error: hostile\\u{1b}[31m.toml:2:8: duplicate code `X.\\u{1b}[2J`\n  |\n2 | code = \"X.\\u001b[2J\"\n"),
        "{err}"
    );
    // The tab is shown as `\t`, as everywhere, and the caret counts its
    // two columns, so it stays under the value on any terminal.
    assert!(
        err.contains(
            "error: hostile\\u{1b}[31m.toml:4:10: status 4000 is not an HTTP status\n  |\n4 | status =\\t4000 # \\u{202e}note\n  |           ^^^^\n"
        ),
        "{err}"
    );
    let json = check_in(
        dir.path(),
        &[
            "base.toml",
            "hostile\u{1b}[31m.toml",
            "--message-format",
            "json",
        ],
    );
    assert_safe(&json);
    let problems: Vec<serde_json::Value> = stdout(&json)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["file"], "hostile\u{1b}[31m.toml");
    // The message and the rendered text are the compiler's, which shows
    // table text escaped; the file is the path as given.
    assert_eq!(problems[0]["message"], "duplicate code `X.\\u{1b}[2J`");
    assert_eq!(
        problems[1]["rendered"],
        "hostile\\u{1b}[31m.toml:4:10: status 4000 is not an HTTP status\n  |\n4 | status =\\t4000 # \\u{202e}note\n  |           ^^^^\n  = help: use a status from 100 to 599, such as 400 or 500"
    );
}

#[test]
fn odd_paths_are_each_a_problem_of_their_own() {
    let dir = scratch(&[("a.toml", ROW), ("latin1.toml", "")]);
    std::fs::write(dir.path().join("latin1.toml"), b"# caf\xe9\n").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let output = check_in(
        dir.path(),
        &[
            "a.toml",
            "./a.toml",
            "a.toml",
            "sub",
            "latin1.toml",
            "none.toml",
            "",
            "/dev/null",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let directory = dir.path().join("sub");
    let missing = dir.path().join("none.toml");
    assert_eq!(
        err,
        format!(
            "error: ./a.toml: this table is already listed (as \"a.toml\", table 1 of this invocation); list each table once\n\
             \n\
             error: a.toml: this table is already listed (as \"a.toml\", table 1 of this invocation); list each table once\n\
             \n\
             error: sub: is a directory ({}); name the table file inside it\n\
             \n\
             error: latin1.toml:1:6: the file is not valid UTF-8 (byte 0xe9); save the table as UTF-8\n\
             \n\
             error: none.toml: no such file (looked for {}); relative paths are resolved against the current directory\n\
             \n\
             error: the table path is empty; write the path of a TOML file, such as \"data/codes.toml\"\n\
             \n\
             error: /dev/null: is not a regular file; name a TOML file\n\
             \n\
             error: the tables a.toml, ./a.toml, a.toml, sub, latin1.toml, none.toml, \"\", /dev/null have 7 problems; the ief_errors! macro would refuse them\n",
            directory.display(),
            missing.display()
        )
    );
}

#[cfg(unix)]
#[test]
fn a_path_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt as _;
    let output = ief_errors()
        .arg("check")
        .arg(std::ffi::OsStr::from_bytes(b"caf\xe9.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_safe(&output);
}

#[test]
fn check_and_expand_have_help_with_examples() {
    for subcommand in ["check", "expand"] {
        let output = ief_errors().args([subcommand, "--help"]).output().unwrap();
        assert!(output.status.success());
        assert!(stdout(&output).contains("Examples:"), "{subcommand}");
    }
    let top = ief_errors().arg("--help").output().unwrap();
    let help = stdout(&top);
    for line in [
        "  check ",
        "  expand ",
        "ief-errors check data/codes.toml data/custom.toml",
    ] {
        assert!(help.contains(line), "{line}: {help}");
    }
}

/// The compile-fail cases of `tests/ui/`, each run through `check`: every
/// error the compiler reports about one of the case's tables is a problem
/// `check` prints, in the same order and with the same text, and a case
/// whose errors are about anything else (its invocation, its enum's
/// attributes, a use of a deprecated variant) has tables `check` passes.
mod ui_cases {
    use super::*;

    /// Cases the rule cannot be applied to, and why.
    const NOT_FITTING: &[(&str, &str)] = &[
        (
            "invocation-byte-string-path.rs",
            "its path is a byte string, which names no table",
        ),
        ("invocation-empty.rs", "it names no table"),
        (
            "invocation-without-from.rs",
            "its path follows neither `ief_errors!(` nor `from`",
        ),
    ];

    /// The paths of the case's invocation: the string literals after
    /// `ief_errors!(` or after `from`, whichever comes first, separated
    /// by commas (anything else ends them: a suffix, a missing comma, a
    /// second enum).
    fn table_paths(source: &str) -> Vec<String> {
        let code: String = source
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let after_macro = code
            .find("ief_errors!(")
            .map(|at| at + "ief_errors!(".len());
        let after_from = code
            .match_indices("from")
            .filter(|(at, _)| {
                let before = code[..*at].chars().next_back();
                let after = code[at + 4..].chars().next();
                before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
            })
            .map(|(at, _)| at + 4)
            .next();
        let Some(start) = [after_macro, after_from].into_iter().flatten().min() else {
            return Vec::new();
        };
        let mut rest = &code[start..];
        let mut paths = Vec::new();
        loop {
            rest = rest.trim_start();
            let Some((path, after)) = string_literal(rest) else {
                break;
            };
            paths.push(path);
            rest = after.trim_start();
            match rest.strip_prefix(',') {
                Some(after_comma) => rest = after_comma,
                None => break,
            }
        }
        paths
    }

    /// A `"..."` literal at the start of `text`, its value and what follows.
    fn string_literal(text: &str) -> Option<(String, &str)> {
        let mut characters = text.strip_prefix('"')?.char_indices();
        let mut value = String::new();
        while let Some((at, character)) = characters.next() {
            match character {
                '"' => return Some((value, &text[1 + at + 1..])),
                '\\' => match characters.next()?.1 {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    escaped => value.push(escaped),
                },
                character => value.push(character),
            }
        }
        None
    }

    /// The message of each `error: ` in a `.stderr`: its text up to the
    /// ` --> ` line pointing into the case, with the compiler's
    /// continuation indentation (7 columns, under `error: `) removed.
    fn compiler_errors(stderr: &str) -> Vec<String> {
        let mut errors = Vec::new();
        let mut lines = stderr.lines().peekable();
        while let Some(line) = lines.next() {
            let Some(first) = line.strip_prefix("error: ") else {
                continue;
            };
            let mut message = first.to_owned();
            while let Some(next) = lines.peek() {
                if next.trim_start().starts_with("--> ") || next.is_empty() {
                    break;
                }
                let continuation = next
                    .strip_prefix("       ")
                    .unwrap_or_else(|| panic!("a continuation line indented by 7: {next:?}"));
                message.push('\n');
                message.push_str(continuation);
                let _ = lines.next();
            }
            errors.push(message);
        }
        errors
    }

    /// The problems `check` printed, without the count line after them.
    fn printed_problems(stderr: &str) -> Vec<String> {
        let mut problems: Vec<String> = stderr
            .split("\n\n")
            .map(|block| {
                block
                    .trim_end_matches('\n')
                    .strip_prefix("error: ")
                    .unwrap_or_else(|| panic!("a problem starts with `error: `: {block:?}"))
                    .to_owned()
            })
            .collect();
        let count = problems.pop().expect("a count line");
        assert!(count.starts_with("the table"), "{count}");
        problems
    }

    #[test]
    fn every_table_error_of_a_case_is_a_problem_check_prints() {
        let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
        let mut cases: Vec<PathBuf> = std::fs::read_dir(tests.join("ui"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
            .collect();
        cases.sort();
        assert!(cases.len() > 50, "{} cases", cases.len());
        // The cases' tables, where the compile-fail test puts them: with the
        // copy of the shipped table it makes as a fork makes one.
        let tables_dir = tempfile::tempdir().unwrap();
        let ui_tables = tables_dir.path().join("ui/tables");
        std::fs::create_dir_all(&ui_tables).unwrap();
        for entry in std::fs::read_dir(tests.join("ui/tables")).unwrap() {
            let entry = entry.unwrap();
            let _ = std::fs::copy(entry.path(), ui_tables.join(entry.file_name())).unwrap();
        }
        let _ = std::fs::copy(
            workspace().join("data/codes.toml"),
            ui_tables.join("copy-of-shipped.toml"),
        )
        .unwrap();
        let mut not_fitting = Vec::new();
        let mut with_table_errors = 0;
        for case in &cases {
            let name = case.file_name().unwrap().to_str().unwrap();
            let source = std::fs::read_to_string(case).unwrap();
            let paths = table_paths(&source);
            if paths.is_empty() {
                not_fitting.push(name);
                continue;
            }
            let expected = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
            let table_errors: Vec<String> = compiler_errors(&expected)
                .into_iter()
                .filter(|error| {
                    paths
                        .iter()
                        .any(|path| error.starts_with(&format!("{path}:")))
                })
                .collect();
            let mut args: Vec<&str> = Vec::new();
            if source.contains("#[ief_errors(extends = \"ief\")]") {
                args.extend(["--extends", "ief"]);
            }
            args.extend(paths.iter().map(String::as_str));
            let output = check_in(tables_dir.path(), &args);
            let err = stderr(&output);
            if table_errors.is_empty() {
                assert_eq!(output.status.code(), Some(0), "{name} {paths:?}: {err}");
            } else {
                with_table_errors += 1;
                assert_eq!(output.status.code(), Some(1), "{name}: {err}");
                assert_eq!(printed_problems(&err), table_errors, "{name}");
            }
        }
        let expected_not_fitting: Vec<&str> = NOT_FITTING.iter().map(|(name, _)| *name).collect();
        assert_eq!(not_fitting, expected_not_fitting);
        assert!(
            with_table_errors > 40,
            "{with_table_errors} cases with table errors"
        );
    }

    #[test]
    fn the_paths_of_every_invocation_form_are_read() {
        assert_eq!(
            table_paths("ief_errors::ief_errors!(\"a.toml\");"),
            ["a.toml"]
        );
        assert_eq!(
            table_paths("ief_errors::ief_errors!(\"a.toml\", \"b\\\\c.toml\",);"),
            ["a.toml", "b\\c.toml"]
        );
        assert_eq!(
            table_paths(
                "// from \"comment.toml\"\nief_errors! {\n    enum E from \"a.toml\", \"b.toml\";\n}"
            ),
            ["a.toml", "b.toml"]
        );
        assert_eq!(table_paths("ief_errors!(\"a.toml\"suffix);"), ["a.toml"]);
        assert_eq!(
            table_paths("ief_errors! { enum E from \"a.toml\" \"b.toml\"; }"),
            ["a.toml"]
        );
        assert!(table_paths("ief_errors! { enum E \"a.toml\"; }").is_empty());
    }

    #[test]
    fn continuation_lines_lose_the_compilers_indentation() {
        let stderr = "error: t.toml:1:1: bad\n         |\n       1 | x\n         | ^\n --> ui/x.rs:1:25\n  |\n\nerror: other\n --> ui/x.rs:2:1\n";
        assert_eq!(
            compiler_errors(stderr),
            ["t.toml:1:1: bad\n  |\n1 | x\n  | ^", "other"]
        );
    }
}

mod extends {
    use super::*;

    /// The shipped table as a fork copied it, then edited by `edit`.
    fn shipped_copy(edit: impl FnOnce(String) -> String) -> String {
        edit(std::fs::read_to_string(workspace().join("data/codes.toml")).unwrap())
    }

    /// The copy without its last row, as one taken before that code was published.
    fn without_last_row(text: &str) -> String {
        let last = text.rfind("[[error]]").unwrap();
        text[..last].to_owned()
    }

    #[test]
    fn a_fork_checks_its_own_rows_over_the_shipped_table() {
        let dir = scratch(&[("custom.toml", ROW)]);
        let output = check_in(dir.path(), &["--extends", "ief", "custom.toml"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(
            stderr(&output),
            format!(
                "ief-errors-{}/data/codes.toml, custom.toml: 150 codes, no problems\n",
                env!("CARGO_PKG_VERSION")
            )
        );
        let output = check_in(dir.path(), &["--extends", "ief"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }

    #[test]
    fn a_row_repeating_a_shipped_code_is_refused_as_the_macro_refuses_it() {
        let repeat = ROW.replace("EDGE.1", "ief.100004");
        let dir = scratch(&[("custom.toml", &repeat)]);
        let output = check_in(dir.path(), &["--extends", "ief", "custom.toml"]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = stderr(&output);
        assert!(
            stderr.contains(
                "custom.toml:2:8: code `ief.100004` is code `IEF.100004` in another case"
            ),
            "{stderr}"
        );
        assert!(
            stderr.contains("/data/codes.toml:43:8: note: first defined here"),
            "{stderr}"
        );
        assert!(
            stderr.contains("the shipped table's spelling, the service's, first"),
            "{stderr}"
        );
    }

    #[test]
    fn an_unknown_shipped_table_is_refused_with_the_known_ones() {
        let output = check_in(&workspace(), &["--extends", "iam", "data/codes.toml"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output)
                .contains("no shipped table is named \"iam\"; the shipped tables are \"ief\"")
        );
    }

    #[test]
    fn an_exact_copy_draws_no_warning() {
        let output = check_in(&workspace(), &["data/codes.toml", "--strict"]);
        assert_eq!(output.status.code(), Some(0));
        assert!(!stderr(&output).contains("warning"));
    }

    #[test]
    fn a_copy_behind_the_shipped_table_is_warned_of_with_each_difference() {
        let copy = shipped_copy(|text| {
            without_last_row(&text)
                .replacen("status = 400", "status = 409", 1)
                .replacen(
                    "message.en = \"The API is not registered.\"",
                    "message.en = \"Edited \\u001b[2J here.\"",
                    1,
                )
        });
        let dir = scratch(&[("codes.toml", &copy), ("custom.toml", ROW)]);
        let output = check_in(dir.path(), &["codes.toml", "custom.toml"]);
        // The macro accepts the copy: the warning does not fail the check.
        assert_eq!(output.status.code(), Some(0));
        assert_safe(&output);
        let stderr = stderr(&output);
        let shipped_path = format!("ief-errors-{}/data/codes.toml", env!("CARGO_PKG_VERSION"));
        assert_eq!(
            stderr,
            format!(
                "warning: codes.toml is a copy of the shipped IEF table ({shipped_path}), and differs from it\n\
                 \x20 it lacks 1 of the 149 shipped codes: IEF.100429\n\
                 \x20 codes.toml:24:8: IEF.011002 differs:\n\
                 \x20     status: 409 here, 400 shipped\n\
                 \x20     message.en: \"Edited \\u{{1b}}[2J here.\" here, \"The API is not registered.\" shipped\n\
                 \x20 = help: to follow the shipped table across upgrades, extend it instead of copying it: #[ief_errors(extends = \"ief\")], with only your own rows in your tables\n\
                 \n\
                 codes.toml, custom.toml: 149 codes, no problems\n"
            )
        );
        let strict = check_in(dir.path(), &["codes.toml", "custom.toml", "--strict"]);
        assert_eq!(strict.status.code(), Some(1));
    }

    #[test]
    fn a_copy_with_rows_in_another_order_is_told_where() {
        let copy = shipped_copy(|text| {
            let starts: Vec<usize> = text.match_indices("[[error]]").map(|(at, _)| at).collect();
            // The second and third rows swapped.
            format!(
                "{}{}{}{}",
                &text[..starts[1]],
                &text[starts[2]..starts[3]],
                &text[starts[1]..starts[2]],
                &text[starts[3]..]
            )
        });
        let dir = scratch(&[("codes.toml", &copy)]);
        let output = check_in(dir.path(), &["codes.toml", "--strict"]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = stderr(&output);
        assert!(
            stderr.contains(":42:8: IEF.011005 is in another place than shipped"),
            "{stderr}"
        );
        assert!(!stderr.contains("lacks"), "{stderr}");
    }

    #[test]
    fn the_warning_is_json_for_tools_too() {
        let copy = shipped_copy(|text| {
            without_last_row(&text).replacen("status = 400", "status = 409", 1)
        });
        let dir = scratch(&[("codes.toml", &copy)]);
        let output = check_in(
            dir.path(),
            &["codes.toml", "--message-format", "json", "--strict"],
        );
        assert_eq!(output.status.code(), Some(1));
        let objects: Vec<serde_json::Value> = stdout(&output)
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(objects.len(), 2, "{objects:#?}");
        assert!(objects.iter().all(|object| object["level"] == "warning"));
        assert_eq!(objects[0]["line"], serde_json::Value::Null);
        assert!(
            objects[0]["message"]
                .as_str()
                .unwrap()
                .ends_with("lacks 1 of its 149 codes: IEF.100429")
        );
        assert_eq!(
            (objects[1]["line"].as_u64(), objects[1]["column"].as_u64()),
            (Some(24), Some(8))
        );
        assert_eq!(
            objects[1]["message"],
            "IEF.011002 differs from the shipped IEF table: status: 409 here, 400 shipped"
        );
    }

    #[test]
    fn a_fork_holding_a_few_shipped_rows_is_told_only_of_those_it_changed() {
        let shipped = shipped_copy(|text| text);
        let first_two_rows: String = {
            let starts: Vec<usize> = shipped
                .match_indices("[[error]]")
                .map(|(at, _)| at)
                .collect();
            shipped[starts[0]..starts[2]].replacen("status = 400", "status = 404", 1)
        };
        let dir = scratch(&[("mine.toml", &first_two_rows)]);
        let output = check_in(dir.path(), &["mine.toml"]);
        let stderr = stderr(&output);
        assert!(stderr.starts_with(&format!(
            "warning: mine.toml holds 1 code of the shipped IEF table (ief-errors-{}/data/codes.toml) with values other than shipped\n  mine.toml:2:8: IEF.011002 differs:\n      status: 404 here, 400 shipped\n",
            env!("CARGO_PKG_VERSION")
        )), "{stderr}");
        assert!(!stderr.contains("lacks"), "{stderr}");
    }
}
