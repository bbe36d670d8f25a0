//! `ief-errors`: explain IEF error codes, list the shipped table (or tables
//! of your own), decode captured error responses, keep a table in sync with
//! a published page, and check tables and show their generated code as the
//! `ief_errors!` macro would.

mod commands;
mod describe;
mod drift;
mod escape;
mod layout;
mod page;
mod problems;
mod record;
mod response;
mod sdk_reports;
mod style;
mod table;
mod wrap;

use std::process::ExitCode;

use clap::builder::Styles;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::{check, decode, expand, explain, import, list};

#[derive(Parser)]
#[command(
    name = "ief-errors",
    version,
    about = "Explain, list, decode and import Huawei Cloud IEF error codes; check tables of your own and show the code the ief_errors! macro generates for them",
    after_help = "Examples:\n  ief-errors explain IEF.100004\n  ief-errors explain 100004\n  ief-errors list --status 500 --format markdown\n  curl -si ... | ief-errors decode\n  ief-errors import page.txt --table data/codes.toml --check\n  ief-errors check data/codes.toml data/custom.toml\n  ief-errors expand data/codes.toml data/custom.toml --name EdgeError\n  ief-errors explain EDGE.0001 --table data/codes.toml --table data/custom.toml"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Everything the table says about a code: status, messages, remediation, whose fault it is
    Explain(explain::Args),
    /// The shipped table (or those given with --table), filtered, as a table, JSON, CSV or Markdown
    List(list::Args),
    /// Explains a captured error response: a body, or curl -i output with its status and headers
    Decode(decode::Args),
    /// Updates (or starts) a table from a published error-code page (its text, five cells a row)
    Import(import::Args),
    /// Checks tables exactly as the macro reads them, reporting every problem as the compiler would
    Check(check::Args),
    /// Prints the code the macro generates for tables, formatted, as cargo expand would show it
    Expand(expand::Args),
}

fn main() -> ExitCode {
    // Parsed without styles, so that the only control characters in a
    // usage error's text are those of the arguments it quotes.
    let parsed = Cli::command()
        .styles(Styles::plain())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // Help and version quote no argument: clap prints them, styled.
            let styled = Cli::try_parse().err().unwrap_or(error);
            return commands::clap_answer(&styled);
        }
        Err(error) => return commands::usage_error(&error),
    };
    let result = match cli.command {
        Command::Explain(args) => args.exec(),
        Command::List(args) => args.exec(),
        Command::Decode(args) => args.exec(),
        Command::Import(args) => args.exec(),
        Command::Check(args) => args.exec(),
        Command::Expand(args) => args.exec(),
    };
    commands::finish(result)
}
