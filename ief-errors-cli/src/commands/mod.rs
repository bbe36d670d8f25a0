//! One module per subcommand, each with its arguments and its `exec`, and
//! what they share: how a command stops, and the arguments of several.

pub(crate) mod check;
pub(crate) mod decode;
pub(crate) mod expand;
pub(crate) mod explain;
pub(crate) mod import;
pub(crate) mod list;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use ief_errors_table::{PathBase, ShippedTable, Tables};

use crate::escape::{escape_controls, escape_live};
use crate::problems;
use crate::style::{ERROR, WARNING};
use crate::table::Catalogue;

/// Why a command stopped early: each entry is one `error:` line.
#[derive(Debug)]
pub(crate) struct Failure(pub(crate) Vec<String>);

impl Failure {
    /// A failure whose errors are already on standard error.
    pub(crate) fn already_reported() -> Self {
        Failure(Vec::new())
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure(vec![message])
    }
}

/// The one rule for write errors. A command decides its result before it
/// writes; `write` then prints what the command has to say, and its
/// result is `result` whatever happens to the reader: a reader that went
/// away (`| head`, `| true`) ends the writing quietly and changes nothing,
/// so a failed check or an unknown code still exits 1. Any other write
/// error (a full disk) means the output, which is the command's product,
/// is lost: an error, status 2.
pub(crate) fn print(
    result: ExitCode,
    write: impl FnOnce() -> io::Result<()>,
) -> Result<ExitCode, Failure> {
    match write() {
        Ok(()) => Ok(result),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(result),
        Err(error) => Err(format!("cannot write the output: {error}").into()),
    }
}

/// The exit status of a command: its own, or 2 after `error:` lines on
/// standard error.
pub(crate) fn finish(result: Result<ExitCode, Failure>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Failure(messages)) => {
            let mut err = anstream::stderr();
            for message in messages {
                // Messages escape what they quote; this catches what an
                // operating-system or TOML error carried, leaving the
                // escapes already made as they are. A message of several lines (a TOML error's
                // snippet) keeps its lines, each escaped. Standard error
                // failing too leaves nothing to report to.
                let mut lines = message.trim_end().lines();
                let first = lines.next().unwrap_or_default();
                let _ = writeln!(err, "{ERROR}error{ERROR:#}: {}", escape_live(first));
                for line in lines {
                    let _ = writeln!(err, "{}", escape_live(line));
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

/// `warning: ...` on standard error; the message escapes what it quotes.
/// A warning that cannot be written changes nothing the command does.
pub(crate) fn warn(message: &str) {
    let _ = writeln!(
        anstream::stderr(),
        "{WARNING}warning{WARNING:#}: {}",
        escape_live(message)
    );
}

/// A path as messages show it, its control characters escaped.
pub(crate) fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string()).into_owned()
}

/// `--table PATH`, repeatable, and `--extends NAME`: the tables a command
/// answers from instead of the shipped one.
#[derive(clap::Args, Debug)]
pub(crate) struct TableArgs {
    /// Answer from this table instead of the shipped one; repeat it to layer tables in order, as the macro does (relative to the current directory)
    #[arg(long = "table", value_name = "PATH")]
    paths: Vec<String>,
    /// Layer the tables over this shipped table, as extends = "ief" does in the macro; alone, answer from it
    #[arg(long, value_name = "NAME", value_parser = shipped_table)]
    extends: Option<ShippedTable>,
}

impl TableArgs {
    /// The tables given, read and checked as the macro reads them; `None`
    /// without `--table` or `--extends`. Tables the macro would refuse are
    /// reported as `check` reports them, and the command stops without
    /// answering.
    pub(crate) fn read(&self) -> Result<Option<Tables>, Failure> {
        if self.paths.is_empty() && self.extends.is_none() {
            return Ok(None);
        }
        let tables = read_tables(self.extends, &self.paths)?;
        if !tables.is_valid() {
            problems::report(&mut anstream::stderr(), &tables);
            return Err(Failure::already_reported());
        }
        Ok(Some(tables))
    }
}

/// The catalogue of the tables read with `--table`, else the shipped one.
pub(crate) fn catalogue(tables: Option<&Tables>) -> Catalogue<'_> {
    match tables {
        Some(tables) => Catalogue::of_tables(tables),
        None => Catalogue::shipped(),
    }
}

/// The parser of an `--extends` value: the name of a shipped table, as
/// `#[ief_errors(extends = "...")]` takes it.
pub(crate) fn shipped_table(name: &str) -> Result<ShippedTable, String> {
    ShippedTable::from_name(name).ok_or_else(|| {
        format!(
            "no shipped table is named {}; the shipped tables are {}",
            crate::escape::quoted(name),
            ShippedTable::names_for_message()
        )
    })
}

/// The tables at `paths`, layered in order over the shipped table
/// `extends` names, relative paths resolved against the current directory.
pub(crate) fn read_tables(
    extends: Option<ShippedTable>,
    paths: &[String],
) -> Result<Tables, Failure> {
    let directory = match std::env::current_dir() {
        Ok(directory) => directory,
        // Absolute paths need no current directory.
        Err(_) if paths.iter().all(|path| Path::new(path).is_absolute()) => PathBuf::from("/"),
        Err(error) => {
            return Err(format!(
                "cannot find the current directory, against which relative table paths are resolved: {error}"
            )
            .into());
        }
    };
    Ok(Tables::read_extending(
        extends,
        paths,
        &PathBase::directory(directory, "the current directory"),
    ))
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
