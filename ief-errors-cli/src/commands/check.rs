//! `check PATH...`: whether the `ief_errors!` macro would accept tables,
//! and every problem it would report, as it reports them.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::commands::{Failure, print, read_tables};
use crate::problems;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors check data/codes.toml\n  ief-errors check data/codes.toml data/custom.toml\n  ief-errors check data/codes.toml --message-format json\n\nThe tables are read, validated and layered exactly as the ief_errors! macro does, and each problem is printed with the message, file, line and column the compiler would show. Exits with 0 when the macro would accept the tables, 1 when it would not. Relative paths are resolved against the current directory (the macro resolves them against the directory of the invoking crate's Cargo.toml)."
)]
pub(crate) struct Args {
    /// The tables, layered in the order given, as the macro layers its paths
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// human: each problem as the compiler shows it, on standard error; json: one JSON object per problem a line, on standard output
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t)]
    message_format: MessageFormat,
}

/// How `check` prints problems.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum MessageFormat {
    #[default]
    Human,
    Json,
}

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let tables = read_tables(&self.paths)?;
        let problems = tables.render_problems();
        let result = if tables.is_valid() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
        print(result, || {
            let mut err = anstream::stderr();
            if problems.is_empty() {
                return writeln!(err, "{}", problems::summary(&tables));
            }
            match self.message_format {
                MessageFormat::Human => {
                    problems::write_problems(&mut err, &problems)?;
                    problems::write_unreported(&mut err, &tables)?;
                    writeln!(err)?;
                }
                MessageFormat::Json => problems::write_json(&mut anstream::stdout(), &problems)?,
            }
            problems::write_count(&mut err, &tables)
        })
    }
}
