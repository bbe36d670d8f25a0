//! The styles of the command's output. anstream drops them when the output
//! is not a terminal or `NO_COLOR` is set; what the text says is decided
//! elsewhere.

use anstyle::{AnsiColor, Color, Style};

pub(crate) const CODE: Style = Style::new().bold();
pub(crate) const LABEL: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Cyan)));
pub(crate) const INTERNAL: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red)));
pub(crate) const RETRY_LATER: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green)));
pub(crate) const CALLER: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
pub(crate) const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Red)));
pub(crate) const WARNING: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
pub(crate) const HELP: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Green)));

/// The colour of a retry kind: red where the service failed, yellow where
/// the request must change, green where a retry (after waiting or renewing
/// credentials) can succeed.
pub(crate) fn of_retry(kind: ief_errors::RetryKind) -> Style {
    match kind {
        ief_errors::RetryKind::Server => INTERNAL,
        ief_errors::RetryKind::Caller => CALLER,
        _ => RETRY_LATER,
    }
}

/// The colour of a fault word.
pub(crate) const fn of_fault(fault: crate::describe::Fault) -> Style {
    match fault {
        crate::describe::Fault::Internal => INTERNAL,
        crate::describe::Fault::Caller => CALLER,
    }
}
