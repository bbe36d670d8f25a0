//! The stages after reading a file (decode, parse, validate, expand) must
//! return a table or problems for any input, never panic, and locate every
//! problem inside the input.
//!
//! CI runs a few thousand cases; for a longer search run
//! `PROPTEST_CASES=200000 cargo test --release -p ief-errors-macro robustness`.

use proptest::prelude::*;
use proptest::test_runner::Config;

use crate::diagnostic::{Diagnostics, LineIndex};
use crate::invocation::Invocation;
use crate::load::{LoadError, TableFile, decode_table_text};

const SHIPPED: &str = include_str!("../data/codes.toml");

/// `PROPTEST_CASES` when set, else `default`.
fn cases(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Runs every stage on `bytes` and checks what they report.
fn check_all_stages(bytes: &[u8]) {
    let text = match decode_table_text("t.toml", bytes.to_vec()) {
        Ok(text) => text,
        Err(LoadError(message)) => {
            assert!(message.starts_with("t.toml:"), "{message}");
            return;
        }
    };
    let mut diagnostics = Diagnostics::default();
    let rows = crate::parse::parse_table(0, &text, true, &mut diagnostics);
    let rows = crate::validate::validate(rows, &mut diagnostics);

    let index = LineIndex::new(&text);
    let last_line = index.line_column(&text, text.len()).0;
    for problem in diagnostics.problems() {
        let spans = problem
            .bytes
            .iter()
            .chain(problem.notes.iter().map(|(span, _)| &span.bytes));
        for span in spans {
            assert!(
                span.start <= text.len() && span.end <= text.len(),
                "{problem:?} is outside the input"
            );
        }
    }
    for (_, rendered) in diagnostics.render(&[TableFile::in_memory("t.toml", &text)]) {
        let location = rendered
            .strip_prefix("t.toml")
            .expect("every message names the file");
        if location.starts_with(": ") {
            continue; // a problem with the file as a whole, such as having no rows
        }
        let mut numbers = location
            .split(':')
            .skip(1)
            .map(|number| number.parse::<usize>().ok());
        let line = numbers.next().flatten();
        let column = numbers.next().flatten();
        assert!(
            line.is_some_and(|line| (1..=last_line).contains(&line)),
            "{rendered}"
        );
        assert!(column.is_some_and(|column| column >= 1), "{rendered}");
    }
    if diagnostics.problems().is_empty() {
        assert!(!rows.is_empty(), "a table without problems has rows");
    }
    let invocation: Invocation = syn::parse_str("\"t.toml\"").expect("a path literal parses");
    let lexer = |text: &str| text.parse().ok();
    let generated = crate::generate::generate(
        &crate::generate::Generation {
            invocation: &invocation,
            facade: &quote::quote!(::ief_errors),
            rows: &rows,
            tracked_files: &[],
        },
        &lexer,
    );
    assert!(
        !generated.to_string().contains("does not lex"),
        "the generated text lexes"
    );
}

/// A TOML value of any type, including the ones the schema rejects.
fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>().prop_map(|text| format!("{text:?}")
            .replace("\\u{", "\\u{0")
            .replace("\\'", "'")),
        "[ \t\u{3000}a-zA-Z0-9_.#\"\\\\{}%-]{0,12}"
            .prop_map(|text| format!("'{}'", text.replace('\'', ""))),
        any::<i64>().prop_map(|number| number.to_string()),
        (0u32..1000).prop_map(|number| number.to_string()),
        Just("99999999999999999999999".to_owned()),
        any::<f64>().prop_map(|number| format!("{number:?}")),
        any::<bool>().prop_map(|flag| flag.to_string()),
        Just("1979-05-27T07:32:00Z".to_owned()),
        Just("[1, \"a\"]".to_owned()),
        Just("{ en = \"x\", zh = \"y\" }".to_owned()),
        prop::sample::select(vec![
            "\"auth\"",
            "\"server\"",
            "\"Throttled\"",
            "\"caller \""
        ])
        .prop_map(str::to_owned),
        Just(String::new()),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "code",
            "name",
            "status",
            "internal",
            "retry",
            "message",
            "remediation",
            "message.en",
            "message.zh",
            "remediation.en",
            "remediation.zh",
            "message.fr",
            "remedation.en",
            "code.x",
            "\"quoted key\"",
            "error",
            "errors",
        ])
        .prop_map(str::to_owned),
        "[a-z]{1,8}(\\.[a-z]{1,4})?",
    ]
}

fn any_line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (any_key(), any_value()).prop_map(|(key, value)| format!("{key} = {value}")),
        2 => Just("[[error]]".to_owned()),
        1 => prop::sample::select(vec!["[[errors]]", "[error]", "[error.message]", "[[error.message]]", "# comment", ""])
            .prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(cases(2_000))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_all_stages(&bytes);
    }

    #[test]
    fn random_toml_documents_never_panic(
        lines in prop::collection::vec(any_line(), 0..40),
        crlf in any::<bool>(),
    ) {
        let newline = if crlf { "\r\n" } else { "\n" };
        check_all_stages(lines.join(newline).as_bytes());
    }
}

/// One change to the shipped table.
#[derive(Debug, Clone)]
enum Mutation {
    DropLine(usize),
    SwapValueType { line: usize, value: String },
    DuplicateRow(usize),
    TruncateAt(usize),
    InsertLine { line: usize, text: String },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let lines = SHIPPED.lines().count();
    prop_oneof![
        (0..lines).prop_map(Mutation::DropLine),
        (0..lines, any_value()).prop_map(|(line, value)| Mutation::SwapValueType { line, value }),
        (0..149usize).prop_map(Mutation::DuplicateRow),
        (0..SHIPPED.len()).prop_map(Mutation::TruncateAt),
        (0..lines, any_line()).prop_map(|(line, text)| Mutation::InsertLine { line, text }),
    ]
}

fn apply(mutations: &[Mutation]) -> Vec<u8> {
    let mut lines: Vec<String> = SHIPPED.lines().map(str::to_owned).collect();
    let mut truncate_at = None;
    for mutation in mutations {
        let count = lines.len().max(1);
        match mutation {
            Mutation::DropLine(line) => {
                if *line < lines.len() {
                    let _ = lines.remove(*line);
                }
            }
            Mutation::SwapValueType { line, value } => {
                if let Some(text) = lines.get_mut(line % count) {
                    if let Some((key, _)) = text.split_once(" = ") {
                        *text = format!("{key} = {value}");
                    }
                }
            }
            Mutation::DuplicateRow(row) => {
                let starts: Vec<usize> = (0..lines.len())
                    .filter(|&index| lines[index] == "[[error]]")
                    .collect();
                if let Some(&start) = starts.get(row % starts.len().max(1)) {
                    let end = starts
                        .iter()
                        .find(|&&next| next > start)
                        .copied()
                        .unwrap_or(lines.len());
                    let copy: Vec<String> = lines[start..end].to_vec();
                    lines.extend(copy);
                }
            }
            Mutation::TruncateAt(byte) => truncate_at = Some(*byte),
            Mutation::InsertLine { line, text } => lines.insert(line % count, text.clone()),
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    if let Some(byte) = truncate_at {
        bytes.truncate(byte);
    }
    bytes
}

proptest! {
    #![proptest_config(cases(300))]

    #[test]
    fn shipped_table_mutations_never_panic(mutations in prop::collection::vec(mutation(), 1..4)) {
        check_all_stages(&apply(&mutations));
    }
}

#[test]
fn the_shipped_table_passes_every_stage_without_problems() {
    let mut diagnostics = Diagnostics::default();
    let rows = crate::parse::parse_table(0, SHIPPED, true, &mut diagnostics);
    let rows = crate::validate::validate(rows, &mut diagnostics);
    assert!(
        diagnostics.problems().is_empty(),
        "{:?}",
        diagnostics.problems()
    );
    assert_eq!(rows.len(), 149);
}

/// Every byte, so cuts inside a multi-byte character and inside an escape are covered.
#[test]
fn truncating_the_first_rows_at_every_byte_never_panics() {
    let third_row = SHIPPED
        .match_indices("[[error]]")
        .nth(3)
        .map_or(SHIPPED.len(), |(offset, _)| offset);
    for end in 0..third_row {
        check_all_stages(&SHIPPED.as_bytes()[..end]);
    }
}

#[test]
fn each_line_dropped_in_turn_never_panics() {
    let lines: Vec<&str> = SHIPPED.lines().take(60).collect();
    for skipped in 0..lines.len() {
        let text: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != skipped)
            .map(|(_, line)| *line)
            .collect();
        check_all_stages(text.join("\n").as_bytes());
    }
}

/// Rows of a generated table; row `bad` has status 999.
fn large_table(rows: usize, bad: usize, newline: &str) -> String {
    (0..rows)
        .map(|row| {
            let status = if row == bad { 999 } else { 400 };
            [
                "[[error]]".to_owned(),
                format!("code = \"X.{row}\""),
                format!("name = \"Row{row}\""),
                format!("status = {status}"),
                "message.en = \"Message.\"".to_owned(),
                "message.zh = \"消息\"".to_owned(),
                "remediation.en = \"Fix it.\"".to_owned(),
                "remediation.zh = \"修复\"".to_owned(),
                String::new(),
            ]
            .join(newline)
        })
        .collect()
}

#[test]
fn locations_are_right_in_a_table_of_twenty_thousand_rows() {
    for newline in ["\n", "\r\n"] {
        let text = large_table(20_000, 19_998, newline);
        let mut diagnostics = Diagnostics::default();
        let rows = crate::parse::parse_table(0, &text, true, &mut diagnostics);
        let rows = crate::validate::validate(rows, &mut diagnostics);
        assert_eq!(rows.len(), 19_999);
        let rendered: Vec<String> = diagnostics
            .render(&[TableFile::in_memory("big.toml", &text)])
            .into_iter()
            .map(|(_, message)| message)
            .collect();
        // Each row is eight lines, so row 19,998 starts on line 19,998 * 8 + 1
        // and its status is the fourth line of the row.
        let line = 19_998 * 8 + 4;
        assert_eq!(rendered.len(), 1);
        assert!(
            rendered[0].starts_with(&format!(
                "big.toml:{line}:10: status 999 is not an HTTP status"
            )),
            "{}",
            rendered[0]
        );
    }
}
