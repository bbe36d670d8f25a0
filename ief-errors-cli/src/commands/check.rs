//! `check PATH...`: whether the `ief_errors!` macro would accept tables,
//! and every problem it would report, as it reports them.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use ief_errors_table::{Drift, ShippedTable};

use crate::commands::{Failure, print, read_tables};
use crate::drift;
use crate::problems;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors check data/codes.toml\n  ief-errors check --extends ief data/acme.toml\n  ief-errors check data/codes.toml data/custom.toml --strict\n  ief-errors check data/codes.toml --message-format json\n\nThe tables are read, validated and layered exactly as the ief_errors! macro does, and each problem is printed with the message, file, line and column the compiler would show. Exits with 0 when the macro would accept the tables, 1 when it would not. A table holding codes of the shipped IEF table with other values than this release ships (a copy that fell behind an upgrade, or was edited) draws a warning naming each difference, and with --strict exit status 1. Relative paths are resolved against the current directory (the macro resolves them against the directory of the invoking crate's Cargo.toml)."
)]
pub(crate) struct Args {
    /// The tables, layered in the order given, as the macro layers its paths
    #[arg(required_unless_present = "extends", value_name = "PATH")]
    paths: Vec<String>,
    /// Layer the tables over this shipped table, as extends = "ief" does in the macro
    #[arg(long, value_name = "NAME", value_parser = crate::commands::shipped_table)]
    extends: Option<ShippedTable>,
    /// human: each problem as the compiler shows it, on standard error; json: one JSON object per problem a line, on standard output
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t)]
    message_format: MessageFormat,
    /// Exit with 1 also when a table holding codes of the shipped IEF table holds them otherwise than this release ships them
    #[arg(long)]
    strict: bool,
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
        let tables = read_tables(self.extends, &self.paths)?;
        let problems = tables.render_problems();
        let drifts: Vec<Drift> = ShippedTable::Ief
            .compare(&tables)
            .into_iter()
            .filter(|drift| !drift.is_empty())
            .collect();
        let result = if tables.is_valid() && (!self.strict || drifts.is_empty()) {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
        print(result, || {
            let mut err = anstream::stderr();
            for drift in &drifts {
                match self.message_format {
                    MessageFormat::Human => {
                        drift::write_drift(&mut err, &tables, drift)?;
                        writeln!(err)?;
                    }
                    MessageFormat::Json => {
                        drift::write_drift_json(&mut anstream::stdout(), &tables, drift)?;
                    }
                }
            }
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
