//! Terminal output: colour only on a terminal and never with `NO_COLOR` set
//! (anstream strips the styles otherwise), and aligned labels.

use std::io::Write;

use anstyle::{AnsiColor, Style};

pub(crate) const CODE: Style = Style::new().bold();
pub(crate) const LABEL: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
pub(crate) const INTERNAL: Style =
    Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
pub(crate) const CALLER: Style =
    Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
pub(crate) const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
pub(crate) const HELP: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));

/// Writes an `error:` line to standard error.
pub(crate) fn error(message: &str) {
    let mut err = anstream::stderr();
    let _ = writeln!(err, "{ERROR}error{ERROR:#}: {message}");
}

/// `  label      value`, the label padded to `width` columns.
pub(crate) fn field(
    out: &mut impl Write,
    label: &str,
    width: usize,
    value: &str,
) -> std::io::Result<()> {
    writeln!(out, "  {LABEL}{label:<width$}{LABEL:#}  {value}")
}

/// Whether an error is the service's fault, in words.
pub(crate) fn fault(internal: bool) -> String {
    if internal {
        format!(
            "{INTERNAL}internal{INTERNAL:#}: the service's own fault; retry later or contact support"
        )
    } else {
        format!("{CALLER}caller{CALLER:#}: fixed by changing the request")
    }
}

/// The status with its reason phrase, such as `400 Bad Request`.
pub(crate) fn status_with_reason(status: u16) -> String {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason());
    match reason {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}
