//! One module per subcommand, each with its arguments and its `exec`, and
//! what they share: how a command stops, and the arguments of several.

pub(crate) mod decode;
pub(crate) mod explain;
pub(crate) mod import;
pub(crate) mod list;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::escape::escape_controls;
use crate::style::{ERROR, WARNING};

/// Why a command stopped early. Every write error becomes one of these
/// through `?`; [`finish`] alone decides what each means.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The reader of the output went away (`| head`): not an error.
    BrokenPipe,
    /// What went wrong; each entry is one `error:` line.
    Messages(Vec<String>),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Messages(vec![format!("cannot write the output: {error}")])
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Messages(vec![message])
    }
}

/// The exit status of a command: its own, 0 when the output's reader went
/// away, 2 after `error:` lines on standard error.
pub(crate) fn finish(result: Result<ExitCode, Failure>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Messages(messages)) => {
            let mut err = anstream::stderr();
            for message in messages {
                // Escaping is idempotent: messages escape what they quote,
                // and this catches what an operating-system or TOML error
                // carried. A message of several lines (a TOML error's
                // snippet) keeps its lines, each escaped. Standard error
                // failing too leaves nothing to report to.
                let mut lines = message.trim_end().lines();
                let first = lines.next().unwrap_or_default();
                let _ = writeln!(err, "{ERROR}error{ERROR:#}: {}", escape_controls(first));
                for line in lines {
                    let _ = writeln!(err, "{}", escape_controls(line));
                }
            }
            ExitCode::from(2)
        }
    }
}

/// Prints clap's help or version and returns its exit status.
pub(crate) fn clap_answer(answer: &clap::Error) -> ExitCode {
    let _ = answer.print();
    ExitCode::from(u8::try_from(answer.exit_code()).unwrap_or(0))
}

/// Prints a usage error, rendered without styles, with every line escaped:
/// the arguments it quotes can hold anything, and the escaped text shows
/// exactly what was typed, on a terminal and off it. Returns its status.
pub(crate) fn usage_error(error: &clap::Error) -> ExitCode {
    let text = error.render().ansi().to_string();
    let mut err = anstream::stderr();
    for (index, line) in text.trim_end().lines().enumerate() {
        let line = escape_controls(line);
        // The `error:` word is styled as the command's own errors are.
        let rest = (index == 0).then(|| line.strip_prefix("error:")).flatten();
        let _ = match rest {
            Some(rest) => writeln!(err, "{ERROR}error{ERROR:#}:{rest}"),
            None => writeln!(err, "{line}"),
        };
    }
    // clap's code for a usage error is 2.
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// `warning: ...` on standard error.
pub(crate) fn warn(message: &str) -> io::Result<()> {
    writeln!(
        anstream::stderr(),
        "{WARNING}warning{WARNING:#}: {}",
        escape_controls(message)
    )
}

/// A path as messages show it, its control characters escaped.
pub(crate) fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string()).into_owned()
}

/// The parser of a `--status` value: an HTTP status, 100 to 599.
pub(crate) fn http_status() -> clap::builder::RangedI64ValueParser<u16> {
    clap::value_parser!(u16).range(100..=599)
}

/// Which language(s) to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangChoice {
    En,
    Zh,
    #[default]
    Both,
}

impl LangChoice {
    pub(crate) fn languages(self) -> &'static [ief_errors::Lang] {
        match self {
            LangChoice::En => &[ief_errors::Lang::En],
            LangChoice::Zh => &[ief_errors::Lang::Zh],
            LangChoice::Both => &ief_errors::Lang::ALL,
        }
    }
}
