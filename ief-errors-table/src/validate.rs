//! The schema's value rules, row by row and across rows.
//!
//! Every rule runs on every row, so one build reports every problem. The rows
//! returned are those the enum can still be generated from: a row that breaks
//! a rule, or repeats an earlier code or name, is left out.

use std::collections::{BTreeMap, HashMap};

use ief_errors_core::retry;
use ief_errors_core::text::must_escape;

use crate::diagnostic::{Diagnostics, Problem};
use crate::identifier::{KEYWORDS, is_identifier, merges_under_nfc};
use crate::model::{Located, ParsedRow, Row};
use crate::schema::retry_kind_choices;
use crate::shipped::ShippedTable;
use crate::source::FileId;
use crate::suggest::edit_distance;
use crate::text::{quoted, shown};

/// Names the generated impl already uses in the enum's namespace.
const GENERATED_ITEMS: &[&str] = &["ALL"];

/// `shipped` is the shipped table the others extend, if any, and its file.
pub(crate) fn validate(
    rows: Vec<ParsedRow>,
    shipped: Option<(FileId, ShippedTable)>,
    diagnostics: &mut Diagnostics,
) -> Vec<Row> {
    let shipped_file = shipped.map(|(file, _)| file);
    let mut first_code: HashMap<String, Located<String>> = HashMap::new();
    let mut first_name: HashMap<String, Located<String>> = HashMap::new();
    let mut shipped_repeats: BTreeMap<FileId, ShippedRepeats> = BTreeMap::new();
    let mut valid = Vec::with_capacity(rows.len());
    for row in rows {
        let mut row_is_valid = check_values(&row, diagnostics);
        for (key, value, firsts) in [
            ("code", &row.code, &mut first_code),
            ("name", &row.name, &mut first_name),
        ] {
            let Some(value) = value else { continue };
            // Codes that differ only in ASCII case are one code, as `import`
            // and the command read them; names are Rust's, case and all.
            let identity = if key == "code" {
                value.value.to_ascii_uppercase()
            } else {
                value.value.clone()
            };
            if let Some(first) = firsts.get(&identity) {
                let message = if first.value == value.value {
                    format!("duplicate {key} `{}`", shown(&value.value))
                } else {
                    format!(
                        "code `{}` is code `{}` in another case",
                        shown(&value.value),
                        shown(&first.value)
                    )
                };
                let help = match (first.value == value.value, first.span.file == value.span.file) {
                    (false, _) if Some(first.span.file) == shipped_file => "codes that differ only in case are one code, and `extends` puts the shipped table's spelling, the service's, first; a table listed after it carries only codes of its own, so remove this row".to_owned(),
                    (false, _) => "codes that differ only in case are one code, as `ief-errors import` and the command read them; keep one spelling".to_owned(),
                    (true, false) if Some(first.span.file) == shipped_file && key == "code" => "`extends` puts the shipped table's rows first, and it has this code; a table listed after it carries only codes of its own, so remove this row".to_owned(),
                    (true, false) if Some(first.span.file) == shipped_file => "the shipped table, which `extends` puts first, has a variant of this name; give this row another".to_owned(),
                    (true, true) => format!("every row needs its own {key}"),
                    (true, false) => format!(
                        "every row needs its own {key}; a table listed later cannot override an earlier one"
                    ),
                };
                let problem = Problem::at(value.span.clone(), message)
                    .note(first.span.clone(), "first defined here")
                    .help(help);
                // A repeat of a shipped row waits until its table is known
                // to be a copy of the shipped one, or not.
                if Some(first.span.file) == shipped_file && first.value == value.value {
                    let repeats = shipped_repeats.entry(value.span.file).or_default();
                    repeats.codes += usize::from(key == "code");
                    repeats.problems.push(problem);
                } else {
                    diagnostics.push(problem);
                }
                row_is_valid = false;
            } else {
                let _ = firsts.insert(identity, value.clone());
            }
        }
        if row_is_valid {
            valid.extend(row.into_row());
        }
    }
    if let Some((shipped_file, table)) = shipped {
        let shipped_codes = valid
            .iter()
            .take_while(|row| row.code.span.file == shipped_file)
            .count();
        report_shipped_repeats(shipped_repeats, table, shipped_codes, diagnostics);
    }
    valid
}

/// A table's repeats of the shipped table's rows, which `extends` layers first.
#[derive(Default)]
struct ShippedRepeats {
    /// How many of them repeat a shipped code.
    codes: usize,
    problems: Vec<Problem>,
}

/// Each table's repeats of shipped rows, one problem each; or, for a table
/// that repeats at least half of the shipped codes, one problem saying it
/// is a copy: the fork that adds `extends` and still lists its copy would
/// otherwise get a screen of "duplicate" errors, each true and none the fix.
fn report_shipped_repeats(
    repeats: BTreeMap<FileId, ShippedRepeats>,
    table: ShippedTable,
    shipped_codes: usize,
    diagnostics: &mut Diagnostics,
) {
    for (file, repeats) in repeats {
        if shipped_codes > 0 && repeats.codes * 2 >= shipped_codes {
            diagnostics.push(Problem::whole_file(file, format!(
                "this table repeats {} of the {shipped_codes} codes of the shipped table, which `extends = \"{}\"` already layers first; it looks like a copy of it: remove its path from the invocation, keeping any rows of your own in a table of their own",
                repeats.codes,
                table.name()
            )));
        } else {
            for problem in repeats.problems {
                diagnostics.push(problem);
            }
        }
    }
}

/// Checks every value the row has, complete or not; `false` if any rule is broken.
fn check_values(row: &ParsedRow, diagnostics: &mut Diagnostics) -> bool {
    let problems_before = diagnostics.problems().len();
    if let Some(problem) = row.code.as_ref().and_then(code_problem) {
        diagnostics.push(problem);
    }
    if let Some(problem) = row.name.as_ref().and_then(name_problem) {
        diagnostics.push(problem);
    }
    if let Some(problem) = row.retry.as_ref().and_then(retry_problem) {
        diagnostics.push(problem);
    }
    if let Some(status) = row
        .status
        .as_ref()
        .filter(|status| !(100..=599).contains(&status.value))
    {
        diagnostics.push(
            Problem::at(
                status.span.clone(),
                format!("status {} is not an HTTP status", status.value),
            )
            .help("use a status from 100 to 599, such as 400 or 500"),
        );
    }
    for (key, text) in row.texts() {
        if text.value.trim().is_empty() {
            let help = if key == "deprecated" {
                "say why the code is deprecated, or remove the key"
            } else {
                "write the text users should see"
            };
            diagnostics
                .push(Problem::at(text.span.clone(), format!("`{key}` is empty")).help(help));
        }
    }
    diagnostics.problems().len() == problems_before
}

fn code_problem(code: &Located<String>) -> Option<Problem> {
    if code.value.is_empty() {
        return Some(
            Problem::at(code.span.clone(), "`code` is empty")
                .help("write the code exactly as the service returns it, such as \"IEF.100004\""),
        );
    }
    if code.value.chars().any(char::is_whitespace) {
        return Some(
            Problem::at(
                code.span.clone(),
                format!("`code` {} contains whitespace", quoted(&code.value)),
            )
            .help("codes are matched exactly: remove the whitespace"),
        );
    }
    None
}

fn retry_problem(retry: &Located<String>) -> Option<Problem> {
    let value = retry.value.as_str();
    if retry::kind_of_key(value).is_some() {
        return None;
    }
    // Only a slip of one character, case or spaces: a word such as "never"
    // is a different meaning, not a misspelling of "server".
    let typed = value.trim().to_lowercase();
    let meant = retry::KEYS
        .into_iter()
        .find(|spelling| edit_distance(&typed, spelling) <= 1);
    let help = match meant {
        Some(meant) => format!("did you mean `retry = \"{meant}\"`?"),
        None => format!(
            "write {}, or leave the key out for the default",
            retry_kind_choices("retry")
        ),
    };
    Some(
        Problem::at(
            retry.span.clone(),
            format!("`retry` {} is not a retry kind", quoted(value)),
        )
        .help(help),
    )
}

fn name_problem(name: &Located<String>) -> Option<Problem> {
    let value = name.value.as_str();
    let span = name.span.clone();
    // Quoted only when a message says it: most names have no problem.
    let shown = Quoted(value);
    if value.is_empty() {
        return Some(
            Problem::at(span, "`name` is empty")
                .help("write the variant's name, such as \"InvalidOffset\""),
        );
    }
    if let Some(raw) = value.strip_prefix("r#") {
        return Some(
            Problem::at(span, format!("`name` {shown} is a raw identifier"))
                .help(format!("variant names are written without `r#`; choose an UpperCamelCase name, such as \"{}\"", upper_camel_case(raw))),
        );
    }
    if KEYWORDS.contains(&value) {
        return Some(
            Problem::at(span, format!("`name` {shown} is a Rust keyword"))
                .help("choose another name, such as one taken from the message"),
        );
    }
    if !is_identifier(value) {
        return Some(
            Problem::at(span, format!("`name` {shown} is not a Rust identifier")).help(format!(
                "use letters and digits only, starting with a letter, such as \"{}\"",
                upper_camel_case(value)
            )),
        );
    }
    // Names are read by people, in code, docs and messages: none may hold
    // a character that shows as nothing or acts on a terminal.
    if let Some(hidden) = value.chars().find(|character| must_escape(*character)) {
        return Some(
            Problem::at(
                span,
                format!(
                    "`name` {shown} contains U+{:04X}, which shows as nothing",
                    u32::from(hidden)
                ),
            )
            .help(format!(
                "remove it: {}",
                quoted(
                    &value
                        .chars()
                        .filter(|character| !must_escape(*character))
                        .collect::<String>()
                )
            )),
        );
    }
    // rustc compares identifiers in NFC: `Cafe\u{301}` would be `Café`.
    if let Some(merged) = value.chars().find(|character| merges_under_nfc(*character)) {
        return Some(
            Problem::at(
                span,
                format!(
                    "`name` {shown} contains U+{:04X}, which the compiler replaces or merges with the character before it (it compares names in Unicode NFC), so another name could be the same",
                    u32::from(merged)
                ),
            )
            .help("write each letter as the one character it stands for (`é`, not `e` and a combining accent; `K`, not the Kelvin sign), or use ASCII letters"),
        );
    }
    if !is_upper_camel_case(value) {
        return Some(
            Problem::at(span, format!("`name` {shown} is not UpperCamelCase"))
                .help(format!("write it as \"{}\"", upper_camel_case(value))),
        );
    }
    if GENERATED_ITEMS.contains(&value) {
        return Some(
            Problem::at(
                span,
                format!("`name` {shown} clashes with the generated `{value}` constant"),
            )
            .help("choose another name"),
        );
    }
    None
}

/// What rustc's `non_camel_case_types` lint accepts (a first character that
/// is not lowercase: an uppercase or titlecase letter, or one of a script
/// without case), and no underscores at all.
fn is_upper_camel_case(value: &str) -> bool {
    value
        .chars()
        .next()
        .is_some_and(|first| !first.is_lowercase())
        && !value.contains('_')
}

/// A suggestion for a name that breaks the rules: words capitalised and joined.
fn upper_camel_case(value: &str) -> String {
    let mut out = String::new();
    for word in value
        .split(|character: char| !character.is_alphanumeric() || must_escape(character))
        .filter(|word| !word.is_empty())
    {
        let mut characters = word.chars();
        if let Some(first) = characters.next() {
            out.extend(first.to_uppercase());
            out.push_str(characters.as_str());
        }
    }
    if out
        .chars()
        .next()
        .is_none_or(|first| first.is_ascii_digit())
    {
        out.insert(0, 'E');
    }
    // `Self_` would become `Self`, which is refused in turn.
    if KEYWORDS.contains(&out.as_str()) || GENERATED_ITEMS.contains(&out.as_str()) {
        out.push_str("Error");
    }
    out
}

/// A table value shown in a message, quoted as [`quoted`] does, when formatted.
struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&quoted(self.0))
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::parse::parse_table;

    /// A table of rows with the given code, name and status, and otherwise
    /// valid values.
    fn table(rows: &[(&str, &str, i64)]) -> String {
        let mut text = String::new();
        for (code, name, status) in rows {
            let _ = write!(
                text,
                "[[error]]\ncode = {code:?}\nname = {name:?}\nstatus = {status}\n\
                 message.en = \"Message.\"\nmessage.zh = \"消息\"\n\
                 remediation.en = \"Fix it.\"\nremediation.zh = \"修复\"\n\n"
            );
        }
        text
    }

    /// The valid rows of `text` and every problem found in it.
    fn check(text: &str) -> (Vec<Row>, Vec<Problem>) {
        let mut diagnostics = Diagnostics::default();
        let rows = parse_table(0, text, true, &mut diagnostics);
        let valid = validate(rows, None, &mut diagnostics);
        (valid, diagnostics.problems().to_vec())
    }

    fn messages(problems: &[Problem]) -> Vec<&str> {
        problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect()
    }

    /// The 1-based line a byte offset of `text` is on.
    fn line_of(text: &str, offset: usize) -> usize {
        text[..offset].matches('\n').count() + 1
    }

    #[test]
    fn valid_rows_pass_unchanged() {
        let (valid, problems) = check(&table(&[("IEF.1", "First", 400), ("IEF.2", "Second", 500)]));
        assert_eq!(problems, []);
        let codes: Vec<&str> = valid.iter().map(|row| row.code.value.as_str()).collect();
        assert_eq!(codes, ["IEF.1", "IEF.2"]);
    }

    #[test]
    fn duplicate_code_points_at_the_repeat_and_notes_the_first() {
        let text = table(&[("IEF.1", "First", 400), ("IEF.1", "Second", 400)]);
        let (valid, problems) = check(&text);
        assert_eq!(valid.len(), 1);
        assert_eq!(messages(&problems), ["duplicate code `IEF.1`"]);
        let repeat = problems[0].bytes.clone().unwrap();
        assert_eq!(&text[repeat.clone()], "\"IEF.1\"");
        assert_eq!(line_of(&text, repeat.start), 11);
        let (first, note) = &problems[0].notes[0];
        assert_eq!(note, "first defined here");
        assert_eq!(&text[first.bytes.clone()], "\"IEF.1\"");
        assert_eq!(line_of(&text, first.bytes.start), 2);
    }

    #[test]
    fn duplicate_name_points_at_the_repeat_and_notes_the_first() {
        let text = table(&[("IEF.1", "Same", 400), ("IEF.2", "Same", 400)]);
        let (_, problems) = check(&text);
        assert_eq!(messages(&problems), ["duplicate name `Same`"]);
        assert_eq!(line_of(&text, problems[0].bytes.clone().unwrap().start), 12);
        assert_eq!(line_of(&text, problems[0].notes[0].0.bytes.start), 3);
    }

    #[test]
    fn status_outside_http_range_is_rejected() {
        for status in [99, 600, -1, 0, 1000] {
            let text = table(&[("IEF.1", "First", status)]);
            let (valid, problems) = check(&text);
            assert!(valid.is_empty());
            assert_eq!(
                messages(&problems),
                [format!("status {status} is not an HTTP status").as_str()]
            );
            assert_eq!(
                &text[problems[0].bytes.clone().unwrap()],
                status.to_string()
            );
        }
        for status in [100, 599] {
            assert_eq!(check(&table(&[("IEF.1", "First", status)])).1, []);
        }
    }

    #[test]
    fn names_must_be_upper_camel_case_identifiers() {
        let cases = [
            ("match", "`name` \"match\" is a Rust keyword"),
            ("Self", "`name` \"Self\" is a Rust keyword"),
            ("r#match", "`name` \"r#match\" is a raw identifier"),
            (
                "Invalid Offset",
                "`name` \"Invalid Offset\" is not a Rust identifier",
            ),
            ("1Bad", "`name` \"1Bad\" is not a Rust identifier"),
            (
                "invalidOffset",
                "`name` \"invalidOffset\" is not UpperCamelCase",
            ),
            (
                "Invalid_Offset",
                "`name` \"Invalid_Offset\" is not UpperCamelCase",
            ),
            (
                "ALL",
                "`name` \"ALL\" clashes with the generated `ALL` constant",
            ),
        ];
        for (name, message) in cases {
            let (valid, problems) = check(&table(&[("IEF.1", name, 400)]));
            assert!(valid.is_empty(), "{name}");
            assert_eq!(messages(&problems), [message]);
        }
    }

    #[test]
    fn names_of_associated_items_and_prelude_types_are_valid() {
        for name in [
            "Err", "Error", "Output", "Target", "Item", "Ok", "Some", "Ärger", "E9",
        ] {
            assert_eq!(check(&table(&[("IEF.1", name, 400)])).1, [], "{name}");
        }
    }

    #[test]
    fn name_suggestions_are_upper_camel_case() {
        assert_eq!(upper_camel_case("invalid_offset"), "InvalidOffset");
        assert_eq!(upper_camel_case("Invalid Offset"), "InvalidOffset");
        assert_eq!(upper_camel_case("1bad"), "E1bad");
        assert_eq!(upper_camel_case("Self_"), "SelfError");
    }

    #[test]
    fn codes_must_be_non_empty_without_whitespace() {
        assert_eq!(
            messages(&check(&table(&[("", "First", 400)])).1),
            ["`code` is empty"]
        );
        assert_eq!(
            messages(&check(&table(&[("IEF. 1", "First", 400)])).1),
            ["`code` \"IEF. 1\" contains whitespace"]
        );
    }

    #[test]
    fn blank_texts_are_rejected_each_at_its_own_place() {
        let text = table(&[("IEF.1", "First", 400)])
            .replace("message.en = \"Message.\"", "message.en = \"  \"")
            .replace("remediation.zh = \"修复\"", "remediation.zh = \"\"");
        let (_, problems) = check(&text);
        assert_eq!(
            messages(&problems),
            ["`message.en` is empty", "`remediation.zh` is empty"]
        );
        assert_eq!(&text[problems[0].bytes.clone().unwrap()], "\"  \"");
        assert_eq!(line_of(&text, problems[1].bytes.clone().unwrap().start), 8);
    }

    #[test]
    fn incomplete_rows_are_checked_for_duplicates_and_values() {
        let text = format!(
            "{}[[error]]\ncode = \"IEF.1\"\nname = \"second\"\n",
            table(&[("IEF.1", "First", 400)])
        );
        let (valid, problems) = check(&text);
        assert_eq!(valid.len(), 1);
        assert_eq!(
            messages(&problems),
            [
                "this row is missing the required keys `status`, `message.en`, `message.zh`, `remediation.en`, `remediation.zh`",
                "`name` \"second\" is not UpperCamelCase",
                "duplicate code `IEF.1`"
            ]
        );
        assert_eq!(line_of(&text, problems[2].notes[0].0.bytes.start), 2);
    }

    #[test]
    fn every_broken_row_is_reported() {
        let (valid, problems) = check(&table(&[
            ("IEF.1", "bad", 400),
            ("IEF.2", "Good", 400),
            ("IEF.3", "Fine", 999),
        ]));
        assert_eq!(valid.len(), 1);
        assert_eq!(problems.len(), 2);
    }

    /// A one-row table whose name is `name`, written into the TOML as it is.
    fn with_name(name: &str) -> String {
        table(&[("IEF.1", "NAME", 400)]).replace("\"NAME\"", &format!("\"{name}\""))
    }

    #[test]
    fn names_holding_what_shows_as_nothing_are_refused() {
        for (name, hidden) in [
            ("A\u{fe0f}", "FE0F"),
            ("X\u{3164}Y", "3164"),
            ("Ab\u{115f}", "115F"),
            ("A\u{34f}b", "034F"),
            ("A\u{200d}b", "200D"),
        ] {
            let (valid, problems) = check(&with_name(name));
            assert!(valid.is_empty(), "{name:?}");
            assert_eq!(problems.len(), 1, "{name:?}");
            assert!(
                problems[0]
                    .message
                    .contains(&format!("contains U+{hidden}, which shows as nothing")),
                "{}",
                problems[0].message
            );
            assert!(
                !problems[0].message.chars().any(must_escape),
                "{}",
                problems[0].message
            );
            let help = problems[0].help.clone().unwrap_or_default();
            assert!(!help.chars().any(must_escape), "{help}");
        }
    }

    #[test]
    fn names_the_compiler_would_merge_under_nfc_are_refused() {
        for name in ["Cafe\u{301}", "A\u{30a}x", "Ka\u{1161}"] {
            let (valid, problems) = check(&with_name(name));
            assert!(valid.is_empty(), "{name:?}");
            assert!(
                problems[0].message.contains("Unicode NFC"),
                "{}",
                problems[0].message
            );
        }
        // The precomposed forms are names like any other.
        assert_eq!(
            check(&table(&[("IEF.1", "Café", 400), ("IEF.2", "Åx", 400)])).1,
            []
        );
    }

    #[test]
    fn quoted_table_text_cannot_add_a_line_to_a_message() {
        let text = table(&[("CODE", "First", 400), ("CODE", "Second", 400)])
            .replace("\"CODE\"", "\"X\\u001b[2J\\u3164\"");
        let (_, problems) = check(&text);
        assert_eq!(
            messages(&problems),
            ["duplicate code `X\\u{1b}[2J\\u{3164}`"]
        );
        let unknown = "[[error]]\n\"a\\nerror: fake\" = 1\n";
        let (_, problems) = check(unknown);
        assert!(
            problems
                .iter()
                .all(|problem| !problem.message.contains('\n')),
            "{problems:?}"
        );
    }

    #[test]
    fn the_suggested_name_is_the_name_without_what_shows_as_nothing() {
        let (_, problems) = check(&with_name("Ba\u{200d}z"));
        assert_eq!(problems[0].help.as_deref(), Some("remove it: \"Baz\""));
    }

    #[test]
    fn a_titlecase_or_caseless_first_letter_is_camel_case_as_rustc_reads_it() {
        for name in ["\u{1c5}ungla", "中文错误", "Ärger"] {
            assert_eq!(check(&with_name(name)).1, [], "{name}");
        }
    }
}
