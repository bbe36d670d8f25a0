//! `Tables::read_extending`: the shipped table layered first, from memory.

use std::path::PathBuf;

use ief_errors_table::{PathBase, ShippedTable, Tables};

/// A directory of its own under the target's temporary directory, holding
/// `files`.
fn directory_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    for (file, text) in files {
        std::fs::write(directory.join(file), text).unwrap();
    }
    directory
}

fn read(directory: PathBuf, paths: &[&str]) -> Tables {
    let base = PathBase::directory(directory, "the test's directory");
    Tables::read_extending(Some(ShippedTable::Ief), paths, &base)
}

/// The shipped table's first `rows` rows, as a fork's copy holds them.
fn copy_of_shipped_rows(rows: usize) -> String {
    let text = ShippedTable::Ief.text();
    let starts: Vec<usize> = text.match_indices("[[error]]").map(|(at, _)| at).collect();
    let end = starts.get(rows).copied().unwrap_or(text.len());
    text[starts[0]..end].to_owned()
}

const OWN_ROW: &str = "[[error]]\ncode = \"ACME.1\"\nname = \"AcmeDown\"\nstatus = 503\n\
                       message.en = \"Down.\"\nmessage.zh = \"停机\"\n\
                       remediation.en = \"Wait.\"\nremediation.zh = \"等待\"\n";

#[test]
fn the_shipped_rows_come_first_from_memory_and_are_not_tracked_as_files() {
    let directory = directory_with("extends-own-row", &[("acme.toml", OWN_ROW)]);
    let tables = read(directory, &["acme.toml"]);
    assert!(tables.is_valid(), "{:?}", tables.render_problems());
    assert_eq!(tables.extends(), Some(ShippedTable::Ief));
    let shipped = Tables::from_texts(&[("codes.toml", ShippedTable::Ief.text())]);
    assert_eq!(tables.rows().len(), shipped.rows().len() + 1);
    assert_eq!(tables.rows().last().unwrap().code.value, "ACME.1");
    let files = tables.files();
    assert_eq!(files[0].written_path, ShippedTable::Ief.path());
    assert!(!files[0].is_on_disk);
    assert!(files[1].is_on_disk);
}

#[test]
fn problems_in_a_listed_table_are_in_its_file_not_the_shipped_one() {
    let directory = directory_with(
        "extends-problem",
        &[("acme.toml", "[[error]]\ncode = \"ACME.1\"\n")],
    );
    let tables = read(directory, &["acme.toml"]);
    let problems = tables.render_problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].file, 1);
    assert_eq!(problems[0].path, "acme.toml");
    assert_eq!(problems[0].line_column, Some((1, 1)));
}

#[test]
fn a_missing_table_after_the_shipped_one_is_named_by_its_path() {
    let directory = directory_with("extends-missing", &[]);
    let tables = read(directory, &["nowhere.toml"]);
    let problems = tables.render_problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].file, problems[0].path.as_str()),
        (1, "nowhere.toml")
    );
}

#[test]
fn a_table_listed_twice_after_the_shipped_one_is_named_as_listed() {
    let directory = directory_with("extends-twice", &[("acme.toml", OWN_ROW)]);
    let tables = read(directory, &["acme.toml", "./acme.toml"]);
    let messages: Vec<String> = tables
        .render_problems()
        .into_iter()
        .map(|problem| problem.message)
        .collect();
    assert_eq!(
        messages,
        [
            "this table is already listed (as \"acme.toml\", table 1 of this invocation); list each table once"
        ]
    );
}

#[test]
fn a_copy_of_half_the_shipped_table_is_one_problem_naming_it_a_copy() {
    let shipped_rows = Tables::from_texts(&[("codes.toml", ShippedTable::Ief.text())])
        .rows()
        .len();
    let half = shipped_rows.div_ceil(2);
    let copy = copy_of_shipped_rows(half);
    let directory = directory_with("extends-copy", &[("copy.toml", &copy)]);
    let tables = read(directory, &["copy.toml"]);
    let problems = tables.render_problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "copy.toml");
    assert_eq!(problems[0].line_column, None);
    assert!(problems[0].message.starts_with(&format!(
        "this table repeats {half} of the {shipped_rows} codes of the shipped table"
    )));
    // Its rows repeat the shipped ones, so none is added.
    assert_eq!(tables.rows().len(), shipped_rows);
}

#[test]
fn fewer_repeats_than_half_are_reported_row_by_row() {
    let copy = copy_of_shipped_rows(2);
    let directory = directory_with("extends-two-repeats", &[("acme.toml", &copy)]);
    let tables = read(directory, &["acme.toml"]);
    let messages: Vec<String> = tables
        .render_problems()
        .into_iter()
        .map(|problem| problem.message)
        .collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(
        messages
            .iter()
            .all(|message| message.starts_with("duplicate "))
    );
}
