//! Problems with tables, as `check` prints them: each as the compiler shows
//! it after `error: ` (the same message, file, line and column), with a
//! count line after them; or, for tools, one JSON object a line.

use std::io::{self, Write};

use ief_errors_table::{RenderedProblem, Tables};

use crate::commands::list::escape_json_controls;
use crate::escape::escape_live;
use crate::style::ERROR;
use crate::table::tables_named;

/// Every problem of `tables` and the count line, on standard error, for a
/// command that stops because of them. Standard error failing too leaves
/// nothing to report to.
pub(crate) fn report(err: &mut impl Write, tables: &Tables) {
    let problems = tables.render_problems();
    let _ = write_problems(err, &problems)
        .and_then(|()| write_unreported(err, tables))
        .and_then(|()| writeln!(err))
        .and_then(|()| write_count(err, tables));
}

/// `error: and N more problems, not shown; ...`, when the problems shown
/// are not all there are.
pub(crate) fn write_unreported(err: &mut impl Write, tables: &Tables) -> io::Result<()> {
    match tables.unreported() {
        Some(message) => writeln!(err, "\n{ERROR}error{ERROR:#}: {message}"),
        None => Ok(()),
    }
}

/// Each problem as the compiler shows it, after `error: `, a blank line
/// between two. The text quotes the table, so each line is escaped; the
/// escapes the message already made (a value quoted as `"a\u{1b}"`) and
/// the table's own backslashes are left as they are, as the compiler
/// shows them. A tab in a quoted line stays aligned with its caret line,
/// which mirrors it: both become `\t`.
pub(crate) fn write_problems(err: &mut impl Write, problems: &[RenderedProblem]) -> io::Result<()> {
    for (index, problem) in problems.iter().enumerate() {
        if index > 0 {
            writeln!(err)?;
        }
        let mut lines = problem.text.split('\n');
        let first = lines.next().unwrap_or_default();
        writeln!(err, "{ERROR}error{ERROR:#}: {}", escape_live(first))?;
        for line in lines {
            writeln!(err, "{}", escape_live(line))?;
        }
    }
    Ok(())
}

/// `error: the table data/codes.toml has 2 problems; ...`, after the problems.
pub(crate) fn write_count(err: &mut impl Write, tables: &Tables) -> io::Result<()> {
    let count = tables.problems().len();
    let paths = paths_of(tables);
    let problems = if count == 1 {
        "1 problem".to_owned()
    } else {
        format!("{count} problems")
    };
    let (has, them) = if paths.len() == 1 {
        ("has", "it")
    } else {
        ("have", "them")
    };
    writeln!(
        err,
        "{ERROR}error{ERROR:#}: {} {has} {problems}; the ief_errors! macro would refuse {them}",
        tables_named(&paths)
    )
}

/// `data/codes.toml, data/custom.toml: 152 codes, no problems`.
pub(crate) fn summary(tables: &Tables) -> String {
    let paths = paths_of(tables);
    let rows = tables.rows();
    let codes = match rows.len() {
        1 => "1 code".to_owned(),
        count => format!("{count} codes"),
    };
    let deprecated = rows.iter().filter(|row| row.deprecated.is_some()).count();
    let deprecated = if deprecated == 0 {
        String::new()
    } else {
        format!(" ({deprecated} deprecated)")
    };
    let paths: Vec<String> = paths
        .iter()
        .map(|path| crate::escape::escape_controls(path).into_owned())
        .collect();
    format!("{}: {codes}{deprecated}, no problems", paths.join(", "))
}

fn paths_of(tables: &Tables) -> Vec<&str> {
    tables
        .files()
        .iter()
        .map(|file| file.written_path.as_str())
        .collect()
}

/// Each problem as one JSON object on a line of its own, as cargo prints
/// its messages: where it is (`file` as written, `table` its place among
/// the paths from 1, `line` and `column`, which counts characters; both are
/// `null` for a problem with the whole file), what is wrong, the help, the
/// notes, and `rendered`, the text the compiler shows. The message and the
/// rendered text show table text escaped, as the compiler shows them; the
/// paths are as given, and JSON escapes what they hold.
pub(crate) fn write_json(out: &mut impl Write, problems: &[RenderedProblem]) -> io::Result<()> {
    for problem in problems {
        let (line, column) = problem.line_column.unzip();
        let notes: Vec<serde_json::Value> = problem
            .notes
            .iter()
            .map(|note| {
                serde_json::json!({
                    "file": note.path,
                    "line": note.line_column.0,
                    "column": note.line_column.1,
                    "message": note.message,
                })
            })
            .collect();
        let object = serde_json::json!({
            "level": "error",
            "file": problem.path,
            "table": problem.file + 1,
            "line": line,
            "column": column,
            "message": problem.message,
            "help": problem.help,
            "notes": notes,
            "rendered": problem.text,
        });
        writeln!(out, "{}", escape_json_controls(&object.to_string()))?;
    }
    Ok(())
}
