//! `check`'s warning about a table that holds codes of the shipped IEF
//! table otherwise than this release ships them: a fork's copy that fell
//! behind an upgrade, or was edited.

use std::io::{self, Write};

use ief_errors_table::{Drift, Tables};

use crate::commands::list::escape_json_controls;
use crate::escape::{escape_controls, escape_live};
use crate::style::{HELP, WARNING};

/// The longest value shown whole, in characters; longer ones are cut.
const MAX_SHOWN_VALUE: usize = 100;

/// The warning, its lines and its help. Paths, codes and values are table
/// text, escaped.
pub(crate) fn write_drift(err: &mut impl Write, tables: &Tables, drift: &Drift) -> io::Result<()> {
    let path = tables
        .files()
        .get(drift.file)
        .map_or("", |file| file.written_path.as_str());
    let path = escape_controls(path);
    let shipped = drift.shipped.path();
    if drift.is_copy() {
        writeln!(
            err,
            "{WARNING}warning{WARNING:#}: {path} is a copy of the shipped IEF table ({shipped}), and differs from it"
        )?;
    } else {
        let codes = match drift.changed_rows.len() {
            1 => "1 code".to_owned(),
            count => format!("{count} codes"),
        };
        writeln!(
            err,
            "{WARNING}warning{WARNING:#}: {path} holds {codes} of the shipped IEF table ({shipped}) with values other than shipped"
        )?;
    }
    if !drift.missing_codes.is_empty() {
        let codes: Vec<String> = drift
            .missing_codes
            .iter()
            .map(|code| escape_controls(code).into_owned())
            .collect();
        writeln!(
            err,
            "  it lacks {} of the {} shipped codes: {}",
            codes.len(),
            drift.shipped_codes,
            codes.join(", ")
        )?;
    }
    if let Some(code) = &drift.out_of_order {
        let (line, column) = tables.line_column(&code.span).unwrap_or((1, 1));
        writeln!(
            err,
            "  {path}:{line}:{column}: {}",
            out_of_order(&code.value)
        )?;
    }
    for row in &drift.changed_rows {
        let (line, column) = tables.line_column(&row.code.span).unwrap_or((1, 1));
        writeln!(
            err,
            "  {path}:{line}:{column}: {} differs:",
            escape_controls(&row.code.value)
        )?;
        for field in &row.fields {
            writeln!(
                err,
                "      {}: {} here, {} shipped",
                field.key,
                shown_value(&field.here),
                shown_value(&field.shipped)
            )?;
        }
    }
    let help = if drift.is_copy() {
        "to follow the shipped table across upgrades, extend it instead of copying it: #[ief_errors(extends = \"ief\")], with only your own rows in your tables"
    } else {
        "the shipped table's values are the service's; to follow them across upgrades, extend it with #[ief_errors(extends = \"ief\")] and keep only your own codes"
    };
    writeln!(err, "  {HELP}= help{HELP:#}: {help}")
}

/// What the warning says of the first code out of the shipped order.
fn out_of_order(code: &str) -> String {
    format!(
        "{} is in another place than shipped: the rows are in another order, and so are the variants' numbers",
        escape_controls(code)
    )
}

/// A value as the warning shows it: `(absent)` for a key not written, cut
/// to [`MAX_SHOWN_VALUE`] characters. Texts come quoted and escaped by
/// `{:?}`; what that leaves live (format characters it prints) is escaped,
/// its own escapes are not escaped again.
fn shown_value(value: &str) -> String {
    if value.is_empty() {
        return "(absent)".to_owned();
    }
    let mut shown: String = value.chars().take(MAX_SHOWN_VALUE).collect();
    if value.chars().nth(MAX_SHOWN_VALUE).is_some() {
        shown.push('…');
    }
    escape_live(&shown).into_owned()
}

/// The warning as JSON objects, one a line, as `check --message-format json`
/// prints problems, with `"level": "warning"`: one for the table when it is
/// a copy that lacks shipped codes, one at the first row out of order, and
/// one for each changed row, at its code. Table text is escaped as in the
/// human form.
pub(crate) fn write_drift_json(
    out: &mut impl Write,
    tables: &Tables,
    drift: &Drift,
) -> io::Result<()> {
    let path = tables
        .files()
        .get(drift.file)
        .map_or("", |file| file.written_path.as_str());
    let warning = |at: Option<&ief_errors_table::Span>, message: String| {
        let (line, column) = at
            .map(|span| tables.line_column(span).unwrap_or((1, 1)))
            .unzip();
        serde_json::json!({
            "level": "warning",
            "file": path,
            "table": drift.file + 1,
            "line": line,
            "column": column,
            "message": message,
            "help": "extend the shipped table instead of keeping a copy: #[ief_errors(extends = \"ief\")]",
        })
    };
    let mut objects = Vec::new();
    if !drift.missing_codes.is_empty() {
        let codes: Vec<String> = drift
            .missing_codes
            .iter()
            .map(|code| escape_controls(code).into_owned())
            .collect();
        objects.push(warning(
            None,
            format!(
                "this copy of the shipped IEF table ({}) lacks {} of its {} codes: {}",
                drift.shipped.path(),
                codes.len(),
                drift.shipped_codes,
                codes.join(", ")
            ),
        ));
    }
    if let Some(code) = &drift.out_of_order {
        objects.push(warning(Some(&code.span), out_of_order(&code.value)));
    }
    for row in &drift.changed_rows {
        let fields: Vec<String> = row
            .fields
            .iter()
            .map(|field| {
                format!(
                    "{}: {} here, {} shipped",
                    field.key,
                    shown_value(&field.here),
                    shown_value(&field.shipped)
                )
            })
            .collect();
        objects.push(warning(
            Some(&row.code.span),
            format!(
                "{} differs from the shipped IEF table: {}",
                escape_controls(&row.code.value),
                fields.join("; ")
            ),
        ));
    }
    for object in objects {
        writeln!(out, "{}", escape_json_controls(&object.to_string()))?;
    }
    Ok(())
}
