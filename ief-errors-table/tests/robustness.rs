//! Every stage (read, decode, parse, validate, render, generate) returns a
//! table or problems for any input, never panics, and locates every problem
//! inside the input.
//!
//! CI runs a few thousand cases; for a longer search run
//! `PROPTEST_CASES=200000 cargo test --release -p ief-errors-table --test robustness`.

use std::sync::atomic::{AtomicUsize, Ordering};

use ief_errors_table::{EnumDefinition, PathBase, Tables, generate};
use proptest::prelude::*;
use proptest::test_runner::Config;

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

/// `bytes` as a table file of its own, read back as the front ends read it.
fn read_as_file(bytes: &[u8]) -> Tables {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let directory =
        std::env::temp_dir().join(format!("ief-errors-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("create the scratch directory");
    let name = format!("t{}.toml", NEXT.fetch_add(1, Ordering::Relaxed));
    std::fs::write(directory.join(&name), bytes).expect("write the table");
    let tables = Tables::read(
        &[name.as_str()],
        &PathBase::directory(directory.clone(), "the scratch directory"),
    );
    let _ = std::fs::remove_file(directory.join(&name));
    tables
}

/// Runs every stage on `bytes` and checks what they report.
fn check_all_stages(bytes: &[u8]) {
    let tables = read_as_file(bytes);
    let text = &tables.files()[0].text;
    for problem in tables.problems() {
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
    let last_line = text.split('\n').count();
    for rendered in tables.render_problems() {
        assert!(
            rendered.text.starts_with(&rendered.path),
            "{}",
            rendered.text
        );
        if let Some((line, column)) = rendered.line_column {
            assert!((1..=last_line).contains(&line), "{}", rendered.text);
            assert!(column >= 1, "{}", rendered.text);
            assert!(
                rendered
                    .text
                    .starts_with(&format!("{}:{line}:{column}: ", rendered.path))
            );
        }
    }
    if tables.is_valid() {
        assert!(
            !tables.rows().is_empty(),
            "a table without problems has rows"
        );
    }
    let lexer = |text: &str| text.parse().ok();
    let expansion = generate(
        &EnumDefinition::plain(proc_macro2::Ident::new(
            "IefError",
            proc_macro2::Span::call_site(),
        )),
        &tables,
        &lexer,
    );
    assert!(
        !expansion.code.to_string().contains("does not lex"),
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

/// Found by `random_bytes_never_panic`: a table of a lone `\r` made the
/// snippet under its problem slice past its line, and panic.
#[test]
fn tables_of_carriage_returns_are_problems_not_panics() {
    for table in [
        &b"\r"[..],
        b"\r\r",
        b"\n\r",
        b"[[error]]\r",
        b"code = 1\r",
        b"\r\n\r",
    ] {
        check_all_stages(table);
    }
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
    let tables = read_as_file(SHIPPED.as_bytes());
    assert!(tables.is_valid(), "{:?}", tables.problems());
    assert_eq!(tables.rows().len(), 149);
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
        let tables = Tables::from_texts(&[("big.toml", text)]);
        assert_eq!(tables.rows().len(), 19_999);
        let rendered: Vec<String> = tables
            .render_problems()
            .into_iter()
            .map(|problem| problem.text)
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

#[test]
fn a_file_of_problems_reports_the_first_ones_and_how_many_are_left_out() {
    // 5,000 lines that are each a syntax error.
    let text = "= =\n".repeat(5_000);
    let tables = Tables::from_texts(&[("garbage.toml", text)]);
    let rendered = tables.render_problems();
    assert_eq!(rendered.len(), ief_errors_table::MAX_REPORTED_PROBLEMS);
    let left_out = tables.problems().len() - ief_errors_table::MAX_REPORTED_PROBLEMS;
    assert!(left_out > 1000, "{left_out}");
    assert_eq!(
        tables.unreported().as_deref(),
        Some(format!("and {left_out} more problems, not shown; fix the ones above first").as_str())
    );
    assert!(!tables.is_valid());
    assert_eq!(
        Tables::from_texts(&[("t.toml", "= =\n")]).unreported(),
        None
    );
}

#[test]
fn a_file_far_larger_than_any_table_is_refused_before_it_is_read() {
    let directory = std::env::temp_dir().join(format!("ief-errors-huge-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("huge.toml");
    // Sparse: nothing is written, and the refusal reads nothing.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(300 << 20)
        .unwrap();
    let tables = Tables::read(
        &["huge.toml"],
        &PathBase::directory(directory.clone(), "the scratch directory"),
    );
    let rendered = tables.render_problems();
    let _ = std::fs::remove_dir_all(&directory);
    assert_eq!(rendered.len(), 1);
    assert!(
        rendered[0]
            .text
            .starts_with("huge.toml: is 314572800 bytes (")
            && rendered[0]
                .text
                .ends_with("); a table may be at most 268435456 bytes (256 MiB)"),
        "{}",
        rendered[0].text
    );
}

#[test]
fn a_line_of_megabytes_is_quoted_in_part() {
    let value = "x".repeat(10 << 20);
    let text = format!("[[error]]\nretry = \"{value}\"\n");
    let tables = Tables::from_texts(&[("t.toml", text)]);
    let total: usize = tables
        .render_problems()
        .iter()
        .map(|problem| problem.text.len())
        .sum();
    assert!(total < 4_000, "{total} bytes of messages");
}
