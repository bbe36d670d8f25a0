//! `list`: the shipped table, or those given with `--table`, filtered, in
//! four formats.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser as _};
use ief_errors::{Lang, RetryKind};
use ief_errors_table::markdown;

use crate::commands::{self, Failure, TableArgs, http_status, print};
use crate::describe::Fault;
use crate::escape::{escape_controls, is_escaped};
use crate::layout::{self, Layout};
use crate::style::CODE;
use crate::table::Entry;

/// The narrowest the message column is shortened to on a terminal.
const MIN_MESSAGE_WIDTH: usize = 20;
/// The narrowest the name column is shortened to, after the message.
const MIN_NAME_WIDTH: usize = 16;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors list\n  ief-errors list --status 404\n  ief-errors list --fault internal --format json\n  ief-errors list --retry auth\n  ief-errors list --search token --format csv\n  ief-errors list --format markdown > docs/error-codes.md\n  ief-errors list --table data/codes.toml --table data/custom.toml --format json\n\nWith --table, the rows are those of the tables given, layered as the macro layers them; tables the macro would refuse are reported as check reports them, with status 2. JSON gives each row's deprecation reason, or null.\n\nOn a terminal the table fits its width (COLUMNS when set) by shortening the message with an ellipsis, and on a narrow one by dropping the name, fault and retry, and status columns; piped, every column and message is whole."
)]
pub(crate) struct Args {
    /// Only codes answered with this HTTP status (100 to 599)
    #[arg(long, value_name = "N", value_parser = http_status())]
    status: Option<u16>,
    /// Only the service's own errors (internal) or only those the caller can fix (caller)
    #[arg(long, value_enum)]
    fault: Option<Fault>,
    /// Only codes whose retry kind is KIND: back off (throttled), retry with backoff (server), renew the token (auth), or change the request (caller)
    #[arg(long, value_name = "KIND", value_parser = retry_kind(), ignore_case = true)]
    retry: Option<RetryKind>,
    /// Only codes whose code, name, message or remediation contains TEXT (any case, either language)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// The output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    tables: TableArgs,
}

/// How `list` prints.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let tables = self.tables.read()?;
        let catalogue = commands::catalogue(tables.as_ref());
        let search = self.search.as_deref().map(str::to_lowercase);
        let entries: Vec<&Entry<'_>> = catalogue
            .entries()
            .iter()
            .filter(|entry| {
                self.status.is_none_or(|status| entry.status == status)
                    && self.fault.is_none_or(|fault| entry.fault == fault)
                    && self.retry.is_none_or(|retry| entry.retry == retry)
                    && search.as_deref().is_none_or(|text| contains(entry, text))
            })
            .collect();
        print(ExitCode::SUCCESS, || {
            let mut out = anstream::stdout();
            match self.format {
                Format::Table => {
                    write_table(&mut out, Layout::of_stdout(), &entries)?;
                    // The count goes to standard error so the table stays data.
                    writeln!(
                        anstream::stderr(),
                        "{} of {} codes",
                        entries.len(),
                        catalogue.entries().len()
                    )
                }
                Format::Json => write_json(&mut out, &entries),
                Format::Csv => write_csv(&mut out, &entries),
                Format::Markdown => write_markdown(&mut out, &entries),
            }
        })
    }
}

/// The kinds as the table spells them, listed in `--help` and in the error
/// for any other value.
fn retry_kind() -> impl clap::builder::TypedValueParser<Value = RetryKind> {
    PossibleValuesParser::new(RetryKind::ALL.iter().map(|kind| kind.as_str()))
        .try_map(|kind| kind.parse::<RetryKind>())
}

/// Whether any text of the row contains `lowercase_text`.
fn contains(entry: &Entry<'_>, lowercase_text: &str) -> bool {
    [entry.code, entry.name.as_ref()]
        .into_iter()
        .chain(entry.messages)
        .chain(entry.remediations)
        .any(|field| field.to_lowercase().contains(lowercase_text))
}

/// Which columns the terminal table shows and how wide the shortened ones
/// are; piped, all of them, whole.
struct Fit {
    status: bool,
    /// The fault and retry columns, which go together.
    fault: bool,
    /// The name column's width, when it is shown.
    name: Option<usize>,
    /// The message column's width, when it is shortened.
    message: Option<usize>,
}

impl Fit {
    /// On a terminal the message gives way first, then a long name; when
    /// even that is too wide, the name, the fault and retry columns, and the
    /// status column go, in that order, and last the message is shortened
    /// below its minimum.
    fn of(layout: Layout, code_width: usize, name_width: usize) -> Self {
        let Some(columns) = layout.columns() else {
            return Fit {
                status: true,
                fault: true,
                name: Some(name_width),
                message: None,
            };
        };
        let shown_name = name_width.min(MIN_NAME_WIDTH);
        for (status, fault, name) in [
            (true, true, true),
            (true, true, false),
            (true, false, false),
            (false, false, false),
        ] {
            let fixed = code_width
                + if status { 2 + 6 } else { 0 }
                + if fault { 2 + 8 + 2 + 9 } else { 0 }
                + 2;
            let name_fixed = if name { shown_name + 2 } else { 0 };
            if fixed + name_fixed + MIN_MESSAGE_WIDTH > columns {
                continue;
            }
            let available = columns - fixed;
            let name = name.then(|| {
                name_width
                    .min(available.saturating_sub(MIN_MESSAGE_WIDTH + 2))
                    .max(shown_name)
            });
            let message = available - name.map_or(0, |name| name + 2);
            return Fit {
                status,
                fault,
                name,
                message: Some(message),
            };
        }
        Fit {
            status: false,
            fault: false,
            name: None,
            message: Some(columns.saturating_sub(code_width + 2).max(1)),
        }
    }
}

/// Aligned columns; on a terminal, the table fits its width (see [`Fit`]).
fn write_table(out: &mut impl Write, layout: Layout, entries: &[&Entry<'_>]) -> io::Result<()> {
    let codes: Vec<Cow<'_, str>> = entries
        .iter()
        .map(|entry| escape_controls(entry.code))
        .collect();
    // A deprecated row says so after its name; the reason is in the other formats.
    let names: Vec<Cow<'_, str>> = entries
        .iter()
        .map(|entry| match entry.deprecated {
            Some(_) => Cow::Owned(format!("{} (deprecated)", escape_controls(&entry.name))),
            None => escape_controls(&entry.name),
        })
        .collect();
    let code_width = column_width(&codes, "CODE");
    let fit = Fit::of(layout, code_width, column_width(&names, "NAME"));
    let row =
        |code: &str, status: &str, (fault, retry): (&str, &str), name: &str, message: &str| {
            let mut line = format!("{code}{:pad$}", "", pad = code_width - display_width(code));
            if fit.status {
                let _ = write!(line, "  {status:<6}");
            }
            if fit.fault {
                let _ = write!(line, "  {fault:<8}  {retry:<9}");
            }
            if let Some(width) = fit.name {
                let name = layout::shorten(name, width);
                let pad = width.saturating_sub(display_width(&name));
                let _ = write!(line, "  {name}{:pad$}", "");
            }
            let message = match fit.message {
                Some(width) => layout::shorten(message, width),
                None => Cow::Borrowed(message),
            };
            let _ = write!(line, "  {message}");
            line
        };
    writeln!(
        out,
        "{CODE}{}{CODE:#}",
        row("CODE", "STATUS", ("FAULT", "RETRY"), "NAME", "MESSAGE")
    )?;
    for ((entry, code), name) in entries.iter().zip(&codes).zip(&names) {
        let message = escape_controls(entry.message(Lang::En));
        let status = entry.status.to_string();
        writeln!(
            out,
            "{}",
            row(
                code,
                &status,
                (entry.fault.word(), entry.retry.as_str()),
                name,
                &message
            )
        )?;
    }
    Ok(())
}

fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

fn column_width(cells: &[Cow<'_, str>], heading: &str) -> usize {
    cells
        .iter()
        .map(|cell| display_width(cell))
        .chain([heading.len()])
        .max()
        .unwrap_or(0)
}

fn write_json(out: &mut impl Write, entries: &[&Entry<'_>]) -> io::Result<()> {
    let rows: Vec<serde_json::Value> = entries
        .iter()
        .map(|entry| {
            serde_json::json!({
                "code": entry.code,
                "name": entry.name,
                "status": entry.status,
                "internal": entry.fault == Fault::Internal,
                "retry": entry.retry.as_str(),
                "message": { "en": entry.message(Lang::En), "zh": entry.message(Lang::Zh) },
                "remediation": { "en": entry.remediation(Lang::En), "zh": entry.remediation(Lang::Zh) },
                "deprecated": entry.deprecated,
            })
        })
        .collect();
    let json = serde_json::to_string_pretty(&rows)?;
    writeln!(out, "{}", escape_json_controls(&json))
}

/// JSON whose strings carry no live control character: `serde_json` escapes
/// C0 but not DEL, C1 or the bidirectional controls. `\uXXXX` is the same
/// string to a JSON reader, so the data stays exact.
pub(crate) fn escape_json_controls(json: &str) -> Cow<'_, str> {
    // Outside strings, JSON text is ASCII whitespace and punctuation, which
    // `escape_controls` leaves alone apart from line breaks, kept here.
    let is_live = |character: char| character != '\n' && is_escaped(character);
    if !json.chars().any(is_live) {
        return Cow::Borrowed(json);
    }
    let mut escaped = String::with_capacity(json.len());
    for character in json.chars() {
        if is_live(character) {
            for unit in character.encode_utf16(&mut [0; 2]) {
                let _ = write!(escaped, "\\u{unit:04x}");
            }
        } else {
            escaped.push(character);
        }
    }
    Cow::Owned(escaped)
}

fn write_csv(out: &mut impl Write, entries: &[&Entry<'_>]) -> io::Result<()> {
    write_csv_records(out, entries).map_err(csv_io_error)
}

/// The io error a csv error carries, as it is, so that its kind (a broken
/// pipe) decides what happens as for every other format; csv's own
/// conversion would hide it behind `Other`.
fn csv_io_error(error: csv::Error) -> io::Error {
    if !error.is_io_error() {
        return io::Error::other(error);
    }
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        kind => io::Error::other(format!("{kind:?}")),
    }
}

fn write_csv_records(out: &mut impl Write, entries: &[&Entry<'_>]) -> csv::Result<()> {
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
        "retry",
        "deprecated",
    ])?;
    for entry in entries {
        let status = entry.status.to_string();
        let internal = (entry.fault == Fault::Internal).to_string();
        writer.write_record([
            escape_controls(entry.code).as_ref(),
            &escape_controls(&entry.name),
            &status,
            &internal,
            &escape_controls(entry.message(Lang::En)),
            &escape_controls(entry.message(Lang::Zh)),
            &escape_controls(entry.remediation(Lang::En)),
            &escape_controls(entry.remediation(Lang::Zh)),
            entry.retry.as_str(),
            &escape_controls(entry.deprecated.unwrap_or_default()),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// The table as documentation: one Markdown table, both languages.
fn write_markdown(out: &mut impl Write, entries: &[&Entry<'_>]) -> io::Result<()> {
    writeln!(
        out,
        "| Status | Code | Name | Fault | Retry | Message | 描述 | Remediation | 处理措施 |"
    )?;
    writeln!(
        out,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )?;
    for entry in entries {
        writeln!(
            out,
            "| {} | {} | {}{} | {} | {} | {} | {} | {} | {} |",
            entry.status,
            markdown::code(entry.code, true),
            markdown::code(&entry.name, true),
            entry
                .deprecated
                .map(|reason| format!(" (deprecated: {})", cell(reason)))
                .unwrap_or_default(),
            entry.fault.word(),
            entry.retry,
            cell(entry.message(Lang::En)),
            cell(entry.message(Lang::Zh)),
            cell(entry.remediation(Lang::En)),
            cell(entry.remediation(Lang::Zh)),
        )?;
    }
    Ok(())
}

/// Text safe inside a Markdown table cell: escaped, pipes too.
/// Table text in a cell, as text: no markup, links or HTML from the table,
/// its line breaks as `<br>`, as the generated rustdoc shows it.
fn cell(text: &str) -> String {
    markdown::text(text, "<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(write: impl Fn(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn assert_no_live_controls(text: &str) {
        let live: Vec<char> = text
            .chars()
            .filter(|&character| character != '\n' && is_escaped(character))
            .collect();
        assert!(live.is_empty(), "{live:?} in {text}");
    }

    #[test]
    fn json_escapes_controls_and_reads_back_exactly() {
        let hostile = Entry::hostile();
        let entries = [&hostile];
        let json = written(|out| write_json(out, &entries));
        assert_no_live_controls(&json);
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(rows[0]["message"]["en"], "en\u{1b}]0;title\u{7}\u{9b}31m");
        assert_eq!(rows[0]["message"]["zh"], "zh\u{202e}");
        assert_eq!(rows[0]["code"], "X.1\u{1b}[2J");
        assert_eq!(rows[0]["deprecated"], "old\u{1b}[2J\n");
    }

    #[test]
    fn csv_markdown_and_the_table_escape_controls() {
        let hostile = Entry::hostile();
        let entries = [&hostile];
        let csv = written(|out| write_csv(out, &entries));
        assert_no_live_controls(&csv);
        assert!(csv.contains("en\\u{1b}]0;title\\u{7}\\u{9b}31m"), "{csv}");
        let markdown = written(|out| write_markdown(out, &entries));
        assert_no_live_controls(&markdown);
        assert!(markdown.contains("修<br>复"), "{markdown}");
        assert!(
            markdown.contains("`Name\\u{7}` (deprecated: old\\\\u{1b}\\[2J<br>) |"),
            "{markdown}"
        );
        // The table is styled; strip the styles as a pipe would.
        let mut table = anstream::StripStream::new(Vec::new());
        write_table(&mut table, Layout::unwrapped(), &entries).unwrap();
        let table = String::from_utf8(table.into_inner()).unwrap();
        assert_no_live_controls(&table);
        assert!(
            table.contains(
                "X.1\\u{1b}[2J  400     caller    caller     Name\\u{7} (deprecated)  en\\u{1b}]0;title"
            ),
            "{table}"
        );
    }

    #[test]
    fn markdown_shows_table_text_as_text_and_codes_whatever_they_hold() {
        let entry = Entry {
            code: "E`1|x",
            name: Cow::Borrowed("Name"),
            messages: ["*star* [link](http://x) <b>bold</b>", "中"],
            ..Entry::hostile()
        };
        let markdown = written(|out| write_markdown(out, &[&entry]));
        let row = markdown.lines().nth(2).unwrap();
        assert!(row.starts_with("| 400 | ``E`1\\|x`` | `Name`"), "{row}");
        assert!(
            row.contains("| \\*star\\* \\[link\\](http://x) \\<b\\>bold\\</b\\> |"),
            "{row}"
        );
    }

    #[test]
    fn the_table_fits_the_width_by_shortening_messages_then_names() {
        let shipped = crate::table::Catalogue::shipped();
        let entries: Vec<&Entry<'_>> = shipped.entries().iter().collect();
        let mut out = anstream::StripStream::new(Vec::new());
        write_table(&mut out, Layout::wrapped(100), &entries).unwrap();
        let out = String::from_utf8(out.into_inner()).unwrap();
        for line in out.lines() {
            assert!(display_width(line) <= 100, "{line}");
        }
        assert!(out.lines().skip(1).any(|line| line.ends_with('…')));

        for (columns, heading) in [
            (
                80,
                "CODE        STATUS  FAULT     RETRY      NAME               MESSAGE",
            ),
            (70, "CODE        STATUS  FAULT     RETRY      MESSAGE"),
            (60, "CODE        STATUS  MESSAGE"),
            (45, "CODE        STATUS  MESSAGE"),
            (35, "CODE        MESSAGE"),
            (20, "CODE        MESSAGE"),
            (5, "CODE        MESSAGE"),
        ] {
            let mut out = anstream::StripStream::new(Vec::new());
            write_table(&mut out, Layout::wrapped(columns), &entries).unwrap();
            let out = String::from_utf8(out.into_inner()).unwrap();
            assert_eq!(out.lines().next(), Some(heading), "{columns}");
            for line in out.lines() {
                assert!(display_width(line) <= columns.max(20), "{columns}: {line}");
            }
        }
    }
}
