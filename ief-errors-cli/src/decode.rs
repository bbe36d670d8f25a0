//! `decode [FILE|-]`: explains a captured error response body.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use ief_errors::{ApiError, IefError, Lang};

use crate::explain::write_explanation;
use crate::style::{self, CODE};
use crate::{Failure, LangChoice};

const LABEL_WIDTH: usize = 16;

pub(crate) fn run(
    body_path: &Path,
    status: Option<u16>,
    lang: LangChoice,
) -> Result<ExitCode, Failure> {
    let body = read_body(body_path)?;
    // Without a status, a known code's own status stands in for it below.
    let error: ApiError<IefError> = ApiError::from_response(status.unwrap_or(0), None, &body);
    let mut out = anstream::stdout();
    write_decoded(&mut out, &error, status, lang)?;
    Ok(ExitCode::SUCCESS)
}

fn read_body(path: &Path) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    if path == Path::new("-") {
        let _ = std::io::stdin()
            .read_to_end(&mut body)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
    } else {
        body = std::fs::read(path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    }
    Ok(body)
}

fn write_decoded(
    out: &mut impl Write,
    error: &ApiError<IefError>,
    status: Option<u16>,
    lang: LangChoice,
) -> std::io::Result<()> {
    match (error.error(), error.code()) {
        (Some(known), _) => {
            write_explanation(out, known, lang)?;
            if let Some(status) = status.filter(|status| *status != known.status()) {
                let note = format!(
                    "{status}, but the table says {} for this code",
                    known.status()
                );
                style::field(out, "response status", LABEL_WIDTH, &note)?;
            }
            let table_texts = Lang::ALL.map(|lang| known.message(lang));
            if !error.message().is_empty() && !table_texts.contains(&error.message()) {
                style::field(out, "response message", LABEL_WIDTH, error.message())?;
            }
        }
        (None, Some(code)) => {
            writeln!(out, "{CODE}{code}{CODE:#}  (not in the IEF table)")?;
            write_status(out, status)?;
            style::field(out, "message", LABEL_WIDTH, error.message())?;
            let note = if code.starts_with("APIGW") {
                "APIGW.* codes come from the API gateway in front of IEF; see the gateway's error-code list"
            } else {
                "the shipped table does not have this code; the service may have added it since 2025-08-26"
            };
            style::field(out, "note", LABEL_WIDTH, note)?;
        }
        (None, None) => {
            writeln!(
                out,
                "{CODE}no error code{CODE:#}  (the body is not a known error shape)"
            )?;
            write_status(out, status)?;
            style::field(out, "body", LABEL_WIDTH, error.message())?;
        }
    }
    if let Some(request_id) = error.request_id() {
        style::field(out, "request id", LABEL_WIDTH, request_id)?;
    }
    if let Some(message) = error.encoded_authorization_message() {
        style::field(out, "authorization", LABEL_WIDTH, message)?;
    }
    Ok(())
}

/// The response's status, when it was given.
fn write_status(out: &mut impl Write, status: Option<u16>) -> std::io::Result<()> {
    match status {
        Some(status) => style::field(
            out,
            "status",
            LABEL_WIDTH,
            &style::status_with_reason(status),
        ),
        None => Ok(()),
    }
}
