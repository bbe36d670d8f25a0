//! `decode [FILE|-]`: explains a captured error response.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::time::Duration;

use http::{HeaderMap, HeaderValue, StatusCode};
use ief_errors::{ApiError, IefError, RetryKind};

use crate::commands::explain::{write_explanation, write_retry};
use crate::commands::{self, Failure, LangChoice, TableArgs, http_status, print, shown};
use crate::describe::status_with_reason;
use crate::escape::escape_controls;
use crate::layout::Layout;
use crate::response;
use crate::sdk_reports::{self, Report};
use crate::style::CODE;
use crate::table::{Catalogue, Entry};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors decode response.json --status 400\n  curl -si https://... | ief-errors decode\n  curl -i -o response.txt https://... && ief-errors decode response.txt\n  ief-errors decode response.json --table data/codes.toml --table data/custom.toml\n\nThe input is a response body, or a whole response as curl -i prints it; then its status line gives the status and its X-Request-Id header the request id. Codes outside the IEF table (or the tables given with --table), such as the API gateway's APIGW.* or another service's, are shown as they came."
)]
pub(crate) struct Args {
    /// The body or the whole response: a file, or - (the default) for standard input
    #[arg(value_name = "FILE|-", default_value = "-")]
    input: PathBuf,
    /// The response's HTTP status (100 to 599); overrides a status line in the input
    #[arg(long, value_name = "N", value_parser = http_status())]
    status: Option<u16>,
    /// The language of the explanation
    #[arg(long, value_enum, default_value_t)]
    lang: LangChoice,
    #[command(flatten)]
    tables: TableArgs,
}

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let tables = self.tables.read()?;
        let catalogue = commands::catalogue(tables.as_ref());
        let input = read_input(&self.input)?;
        let captured = response::read(&input);
        let status = self.status.or(captured.status);
        // A status line whose code is no status, unless --status replaces it.
        let unreadable_status = captured
            .unreadable_status
            .filter(|_| self.status.is_none())
            .map(|code| {
                format!("\"{code}\" is not a valid HTTP status (100 to 599); the status is unknown")
            });
        // Without a status, a known code's own status stands in for it
        // below. The body is read as any error body; its code is looked up
        // in the catalogue, which for --table is not the shipped enum's.
        let error: ApiError<IefError> = ApiError::from_response(
            status.unwrap_or(0),
            captured.request_id.as_deref(),
            captured.body,
        );
        // The code as the table has it or as a person would type it: any
        // case, spaces around. `ApiError` matches it exactly, which the
        // report says when the two differ.
        let known = error.code().and_then(|code| catalogue.find_code(code));
        let retry_after =
            (!captured.retry_after.is_empty()).then(|| RetryAfter::read(&captured.retry_after));
        let sdk_reports = sdk_reports::reports(&sdk_reports::Response {
            status,
            request_id: captured
                .request_id
                .as_deref()
                .filter(|_| captured.request_id_is_x_request_id),
            x_request_id_in_its_case: captured.x_request_id_in_its_case.as_deref(),
            content_type: captured.content_type.as_deref(),
            body: captured.body,
        });
        print(ExitCode::SUCCESS, || {
            let mut out = anstream::stdout();
            let layout = Layout::of_stdout();
            write_decoded(
                &mut out,
                layout,
                (&error, known, &catalogue),
                (status, unreadable_status.as_deref(), self.lang),
            )?;
            if let Some(retry_after) = &retry_after {
                layout.field(&mut out, "retry after", &retry_after.to_string())?;
            }
            write_sdk_differences(&mut out, layout, &error, &sdk_reports, captured.body)
        })
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    if path == Path::new("-") {
        if io::stdin().is_terminal() {
            // Someone typed `ief-errors decode` alone: say what it waits for.
            let _ = writeln!(
                anstream::stderr(),
                "reading a response body or curl -i output from standard input; end it with Ctrl-D"
            );
        }
        let mut input = Vec::new();
        let _ = io::stdin()
            .read_to_end(&mut input)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        Ok(input)
    } else {
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", shown(path)))
    }
}

fn write_decoded(
    out: &mut impl Write,
    layout: Layout,
    (error, known, catalogue): (&ApiError<IefError>, Option<&Entry<'_>>, &Catalogue<'_>),
    (status, unreadable_status, lang): (Option<u16>, Option<&str>, LangChoice),
) -> io::Result<()> {
    match (known, error.code()) {
        (Some(known), sent) => {
            write_explanation(out, layout, known, lang)?;
            if let Some(sent) = sent.filter(|sent| *sent != known.code) {
                let note = format!(
                    "ApiError reads the code as {}, and it and the generated from_code match codes exactly: for them this response has no known error",
                    crate::escape::quoted(sent)
                );
                layout.field(out, "note", &note)?;
            }
            if let Some(status) = status.filter(|status| *status != known.status) {
                let note = format!(
                    "{status}, but the table says {} for this code",
                    known.status
                );
                layout.field(out, "response status", &note)?;
            }
            if let Some(note) = unreadable_status {
                layout.field(out, "response status", note)?;
            }
            if !error.message().is_empty() && !known.messages.contains(&error.message()) {
                layout.field(out, "response message", error.message())?;
            }
        }
        (None, Some(code)) => {
            layout.line(
                out,
                &format!(
                    "{CODE}{}{CODE:#}  {}",
                    escape_controls(code),
                    catalogue.not_in()
                ),
            )?;
            write_status(out, layout, status, unreadable_status)?;
            write_unknown_retry(out, layout, status)?;
            if !error.message().trim().is_empty() {
                layout.field(out, "message", error.message())?;
            }
            layout.field(out, "note", &catalogue.origin_note(code))?;
        }
        (None, None) if error.message().trim().is_empty() => {
            layout.line(
                out,
                &format!("{CODE}no error code{CODE:#}  (the body is empty)"),
            )?;
            write_status(out, layout, status, unreadable_status)?;
            write_unknown_retry(out, layout, status)?;
        }
        (None, None) => {
            layout.line(
                out,
                &format!("{CODE}no error code{CODE:#}  (the body is not a known error shape)"),
            )?;
            write_status(out, layout, status, unreadable_status)?;
            write_unknown_retry(out, layout, status)?;
            layout.field(out, "body", error.message())?;
        }
    }
    if let Some(request_id) = error.request_id() {
        layout.field(out, "request id", request_id)?;
    }
    if let Some(message) = error.encoded_authorization_message() {
        layout.field(out, "authorization", message)?;
    }
    Ok(())
}

/// What each official SDK would have reported, where it differs from what
/// was read above: one line an SDK, its fields that differ.
fn write_sdk_differences(
    out: &mut impl Write,
    layout: Layout,
    error: &ApiError<IefError>,
    reports: &[(&str, Report)],
    body: &[u8],
) -> io::Result<()> {
    let body = String::from_utf8_lossy(body);
    let mut all_agree = true;
    for (sdk, report) in reports {
        let difference = match report {
            Report::Fails(thrown) => Some(format!("fails: throws {thrown}")),
            Report::Error {
                code,
                message,
                request_id,
                authorization,
            } => describe_difference(
                error,
                [code, message, request_id, authorization].map(Option::as_deref),
                &body,
            ),
        };
        if let Some(difference) = difference {
            all_agree = false;
            layout.field(out, &format!("{sdk} SDK"), &difference)?;
        }
    }
    if reports.is_empty() {
        layout.field(
            out,
            "official SDKs",
            "not modelled: the body is nested deeper than 128 levels",
        )?;
    } else if all_agree {
        layout.field(out, "official SDKs", "all seven report the same")?;
    }
    Ok(())
}

/// The fields of an SDK's report that differ from `error`'s, in words; `None`
/// when none does. An empty text and none are alike.
fn describe_difference(
    error: &ApiError<IefError>,
    [code, message, request_id, authorization]: [Option<&str>; 4],
    body: &str,
) -> Option<String> {
    // Quoted, so that spaces show; a long text cut; the body named, not shown.
    let shown = |text: &str| {
        if text == body && !body.is_empty() {
            return "the body".to_owned();
        }
        let mut chars = text.chars();
        let mut cut: String = chars.by_ref().take(120).collect();
        if chars.next().is_some() {
            cut.push('…');
        }
        format!("\"{cut}\"")
    };
    let status = error.status().map(|status| status.to_string());
    let mut parts = Vec::new();
    let mut differs = |name: &str, theirs: Option<&str>, ours: Option<&str>| {
        if some(theirs) != some(ours) {
            parts.push(some(theirs).map_or_else(
                || format!("no {name}"),
                |text| match &status {
                    _ if name == "code" && text == sdk_reports::UNKNOWN_STATUS => {
                        "code: the status".to_owned()
                    }
                    Some(status) if name == "code" && text == status => {
                        format!("code: {text} (the status)")
                    }
                    _ => format!("{name}: {}", shown(text)),
                },
            ));
        }
    };
    differs("code", code, error.code());
    differs("message", message, Some(error.message()));
    differs("request id", request_id, error.request_id());
    differs(
        "authorization message",
        authorization,
        error.encoded_authorization_message(),
    );
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A text, unless it is empty.
fn some(text: Option<&str>) -> Option<&str> {
    text.filter(|text| !text.is_empty())
}

/// The retry kind of a response without a code of the table, which only the
/// status can give (as `ApiError::retry_kind` gives it for a code it does
/// not know): without one, saying "do not retry" would be a guess.
fn write_unknown_retry(
    out: &mut impl Write,
    layout: Layout,
    status: Option<u16>,
) -> io::Result<()> {
    match status {
        Some(status) => write_retry(out, layout, RetryKind::from_status(status)),
        None => layout.field(
            out,
            "retry",
            "unknown: no valid status to go by (give one with --status N)",
        ),
    }
}

/// The response's status, when there was one, or what its status line
/// held instead of a status.
fn write_status(
    out: &mut impl Write,
    layout: Layout,
    status: Option<u16>,
    unreadable_status: Option<&str>,
) -> io::Result<()> {
    match (status, unreadable_status) {
        (Some(status), _) => layout.field(out, "status", &status_with_reason(status)),
        (None, Some(note)) => layout.field(out, "status", note),
        (None, None) => Ok(()),
    }
}

/// The `Retry-After` headers of a captured response, with what the library
/// makes of them.
struct RetryAfter {
    /// The values as written, joined as one list.
    written: String,
    wait: Option<Duration>,
}

impl RetryAfter {
    fn read(values: &[Vec<u8>]) -> Self {
        let mut headers = HeaderMap::new();
        let mut all_valid = true;
        for value in values {
            match HeaderValue::from_bytes(value) {
                Ok(value) => {
                    let _ = headers.append(http::header::RETRY_AFTER, value);
                }
                Err(_) => all_valid = false,
            }
        }
        // The library reads the header, so decode and a client agree; the
        // status plays no part in it.
        let wait = all_valid
            .then(|| {
                ApiError::<IefError>::from_parts(StatusCode::SERVICE_UNAVAILABLE, &headers, b"")
                    .retry_after()
            })
            .flatten();
        let written = values
            .iter()
            .map(|value| String::from_utf8_lossy(value))
            .collect::<Vec<_>>()
            .join(", ");
        RetryAfter { written, wait }
    }
}

/// `120 s (Retry-After: 120)`, or `not understood (Retry-After: soon)`.
impl std::fmt::Display for RetryAfter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.wait {
            // Rounded up: waiting less than asked is the mistake to avoid.
            Some(wait) => write!(
                formatter,
                "{} s",
                wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
            )?,
            None => formatter.write_str("not understood")?,
        }
        write!(formatter, " (Retry-After: {})", self.written)
    }
}

#[cfg(test)]
mod tests {
    //! The README's table "What `ApiError` reads, against the SDKs" and the
    //! models `decode` shows the SDKs' reports from are written from the
    //! same reading of the SDKs: each SDK cell the models can say something
    //! about must agree with them.

    use super::*;

    /// The README's parity table: each row's cells.
    fn table() -> Vec<Vec<String>> {
        let readme = include_str!("../../../README.md");
        let start = readme.find("| input shape |").expect("the parity table");
        readme[start..]
            .lines()
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .map(|line| {
                line.trim_matches('|')
                    .split(" | ")
                    .map(|cell| cell.trim().to_owned())
                    .collect()
            })
            .collect()
    }

    /// A row's response, from its first cell.
    struct Row {
        body: String,
        x_request_id: Option<&'static str>,
        other_request_id: Option<&'static str>,
        content_type: Option<&'static str>,
    }

    /// A row's response, from its first cell; `None` for a body the cell
    /// shows cut.
    fn response_of(first_cell: &str) -> Option<Row> {
        let body = match first_cell.split_once(": `") {
            Some((_, body)) => body.strip_suffix('`')?.to_owned(),
            None => String::new(),
        };
        if body.contains('…') {
            return None;
        }
        Some(Row {
            x_request_id: first_cell.contains("`X-Request-Id: h`").then_some("h"),
            other_request_id: first_cell
                .contains("`X-Openstack-Request-Id: o`")
                .then_some("o"),
            content_type: body.starts_with('<').then_some("application/xml"),
            body,
        })
    }

    /// Whether `report` says what `cell` says; `None` for a cell the models
    /// cannot speak to.
    fn agrees(cell: &str, report: &Report, error: &ApiError<IefError>, body: &str) -> Option<bool> {
        let client_text = "Request failed with status code 400";
        let Report::Error {
            code,
            message,
            request_id,
            authorization,
        } = report
        else {
            return Some(cell.starts_with("throws"));
        };
        let (code, message, request_id, authorization) = (
            some(code.as_deref()),
            message.as_deref().unwrap_or_default(),
            some(request_id.as_deref()),
            some(authorization.as_deref()),
        );
        let unquoted = |text: &str| text.strip_prefix('`')?.strip_suffix('`').map(str::to_owned);
        // How Python, Java, .NET and C++ print an object is not modelled:
        // the model writes JSON.
        if cell.contains("the object") || cell.contains("{id=1}") {
            return None;
        }
        Some(match cell {
            "✓, but the request id is lost" => request_id.is_none() && code.is_none(),
            _ if cell.starts_with('✓') => describe_difference(
                error,
                [code, Some(message), request_id, authorization],
                body,
            )
            .is_none(),
            _ if cell.starts_with("throws") => false,
            "body" => code.is_none() && message == body,
            "status, body" => code == Some("400") && message == body,
            "status, empty" => code == Some("400") && message.is_empty(),
            "body in the request id" => {
                code.is_none() && message.is_empty() && request_id == Some(body)
            }
            "client text" => code.is_none() && message == client_text,
            "no code, empty" => code.is_none() && message.is_empty(),
            "no request id" => request_id.is_none(),
            "no authorization message" => authorization.is_none(),
            _ if cell.starts_with("request id `") => {
                request_id.map(str::to_owned) == cell.strip_prefix("request id ").and_then(unquoted)
            }
            _ => {
                let (code_cell, message_cell) = cell.split_once(", ")?;
                let expected_message = match message_cell {
                    "empty" => String::new(),
                    "client text" => client_text.to_owned(),
                    quoted => unquoted(quoted)?,
                };
                code.map(str::to_owned) == Some(unquoted(code_cell)?) && message == expected_message
            }
        })
    }

    #[test]
    fn the_readme_tables_sdk_cells_agree_with_the_models() {
        let mut checked = 0;
        let mut unchecked = Vec::new();
        for row in table() {
            let Some(Row {
                body,
                x_request_id,
                other_request_id,
                content_type,
            }) = response_of(&row[0])
            else {
                continue;
            };
            let reports = sdk_reports::reports(&sdk_reports::Response {
                status: Some(400),
                request_id: x_request_id,
                x_request_id_in_its_case: x_request_id,
                content_type,
                body: body.as_bytes(),
            });
            let error: ApiError<IefError> =
                ApiError::from_response(400, x_request_id.or(other_request_id), body.as_bytes());
            for ((sdk, report), cell) in reports.iter().zip(&row[1..]) {
                match agrees(cell, report, &error, &body) {
                    Some(agrees) => {
                        assert!(
                            agrees,
                            "{}: {sdk} {cell:?} but the model says {report:?}",
                            row[0]
                        );
                        checked += 1;
                    }
                    None => unchecked.push(format!("{sdk}: {cell}")),
                }
            }
        }
        // Every cell but these says something the models can check.
        assert_eq!(
            unchecked,
            [
                "Go: either, at random",
                "Python: the object, `m`",
                "Java: `{id=1}`, `m`",
                ".NET: the object as JSON, `m`",
                "C++: the object as JSON, `m`",
                "C++: not read",
                "C++: the raw header block as the request id",
                ".NET: its reader's error text",
                ".NET: its reader's error text",
            ]
        );
        assert!(checked > 200, "{checked}");
    }
}
