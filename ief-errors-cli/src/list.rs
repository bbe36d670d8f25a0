//! `list`: the shipped table, filtered, in four formats.

use std::io::Write;
use std::process::ExitCode;

use ief_errors::{IefError, Lang};

use crate::style::CODE;
use crate::{Failure, Format};

/// Which rows to show.
pub(crate) struct Filter {
    status: Option<u16>,
    internal: Option<bool>,
    search: Option<String>,
}

impl Filter {
    pub(crate) fn new(
        status: Option<u16>,
        internal: bool,
        caller: bool,
        search: Option<String>,
    ) -> Self {
        let internal = match (internal, caller) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        Filter {
            status,
            internal,
            search: search.map(|text| text.to_lowercase()),
        }
    }

    fn matches(&self, error: IefError) -> bool {
        self.status.is_none_or(|status| error.status() == status)
            && self
                .internal
                .is_none_or(|internal| error.is_internal() == internal)
            && self.search.as_ref().is_none_or(|text| {
                let name = format!("{error:?}");
                [error.code(), name.as_str()]
                    .into_iter()
                    .chain(
                        Lang::ALL
                            .iter()
                            .flat_map(|&lang| [error.message(lang), error.remediation(lang)]),
                    )
                    .any(|field| field.to_lowercase().contains(text.as_str()))
            })
    }
}

pub(crate) fn run(filter: &Filter, format: Format) -> Result<ExitCode, Failure> {
    let rows: Vec<IefError> = IefError::ALL
        .iter()
        .copied()
        .filter(|error| filter.matches(*error))
        .collect();
    let mut out = anstream::stdout();
    let written = match format {
        Format::Table => write_table(&mut out, &rows),
        Format::Json => write_json(&mut out, &rows),
        Format::Csv => write_csv(&mut out, &rows),
        Format::Markdown => write_markdown(&mut out, &rows),
    };
    written?;
    Ok(ExitCode::SUCCESS)
}

fn write_table(out: &mut impl Write, rows: &[IefError]) -> std::io::Result<()> {
    let name_width = rows
        .iter()
        .map(|error| format!("{error:?}").len())
        .max()
        .unwrap_or(4)
        .max(4);
    let code_width = rows
        .iter()
        .map(|error| error.code().len())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        out,
        "{CODE}{:<code_width$}  STATUS  FAULT     {:<name_width$}  MESSAGE{CODE:#}",
        "CODE", "NAME"
    )?;
    for error in rows {
        let fault = fault_word(*error);
        writeln!(
            out,
            "{:<code_width$}  {:<6}  {fault:<8}  {:<name_width$}  {}",
            error.code(),
            error.status(),
            format!("{error:?}"),
            error.message(Lang::En)
        )?;
    }
    let mut err = anstream::stderr();
    writeln!(err, "{} of {} codes", rows.len(), IefError::ALL.len())
}

fn write_json(out: &mut impl Write, rows: &[IefError]) -> std::io::Result<()> {
    let rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|error| {
            serde_json::json!({
                "code": error.code(),
                "name": format!("{error:?}"),
                "status": error.status(),
                "internal": error.is_internal(),
                "message": { "en": error.message(Lang::En), "zh": error.message(Lang::Zh) },
                "remediation": { "en": error.remediation(Lang::En), "zh": error.remediation(Lang::Zh) },
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rows)?;
    writeln!(out)
}

fn write_csv(out: &mut impl Write, rows: &[IefError]) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "code",
        "name",
        "status",
        "internal",
        "message_en",
        "message_zh",
        "remediation_en",
        "remediation_zh",
    ])?;
    for error in rows {
        writer.write_record([
            error.code(),
            &format!("{error:?}"),
            &error.status().to_string(),
            &error.is_internal().to_string(),
            error.message(Lang::En),
            error.message(Lang::Zh),
            error.remediation(Lang::En),
            error.remediation(Lang::Zh),
        ])?;
    }
    writer.flush()
}

/// The table as documentation: one Markdown table, both languages.
fn write_markdown(out: &mut impl Write, rows: &[IefError]) -> std::io::Result<()> {
    writeln!(
        out,
        "| Status | Code | Name | Fault | Message | 描述 | Remediation | 处理措施 |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- | --- | --- |")?;
    for error in rows {
        let fault = fault_word(*error);
        writeln!(
            out,
            "| {} | `{}` | `{error:?}` | {fault} | {} | {} | {} | {} |",
            error.status(),
            error.code(),
            cell(error.message(Lang::En)),
            cell(error.message(Lang::Zh)),
            cell(error.remediation(Lang::En)),
            cell(error.remediation(Lang::Zh)),
        )?;
    }
    Ok(())
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// `internal` or `caller`: whose fault the error is.
fn fault_word(error: IefError) -> &'static str {
    if error.is_internal() {
        "internal"
    } else {
        "caller"
    }
}
