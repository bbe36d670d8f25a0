//! `ief-errors`: explain IEF error codes, list the shipped table, decode
//! captured error responses, and keep a table in sync with the published page.

mod decode;
mod explain;
mod import;
mod list;
mod page;
mod style;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "ief-errors",
    version,
    about = "Explain, list, decode and import Huawei Cloud IEF error codes",
    after_help = "Examples:\n  ief-errors explain IEF.100004\n  ief-errors list --status 500 --format markdown\n  curl -s ... | ief-errors decode - --status 400\n  ief-errors import page.txt --table data/codes.toml --check"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Everything the table says about a code: status, messages, remediation, whose fault it is
    #[command(
        after_help = "Examples:\n  ief-errors explain IEF.100004\n  ief-errors explain IEF.100004 IEF.310002 --lang zh\n\nAn unknown code exits with status 1 and suggests the nearest known codes."
    )]
    Explain {
        /// One or more codes, such as IEF.100004
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,
        /// The language of the messages and remediations
        #[arg(long, value_enum, default_value_t = LangChoice::Both)]
        lang: LangChoice,
    },
    /// The shipped table, filtered, as a table, JSON, CSV or Markdown
    #[command(
        after_help = "Examples:\n  ief-errors list\n  ief-errors list --status 404\n  ief-errors list --internal --format json\n  ief-errors list --search token --format csv\n  ief-errors list --format markdown > docs/error-codes.md"
    )]
    List {
        /// Only codes answered with this HTTP status
        #[arg(long, value_name = "N")]
        status: Option<u16>,
        /// Only the service's own errors
        #[arg(long, conflicts_with = "caller")]
        internal: bool,
        /// Only errors the caller can fix
        #[arg(long)]
        caller: bool,
        /// Only codes whose code, name, message or remediation contains TEXT (any case, either language)
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// The output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Explains a captured error response body (any shape IEF or Huawei Cloud answers with)
    #[command(
        after_help = "Examples:\n  ief-errors decode response.json --status 400\n  curl -s https://... | ief-errors decode - --status 401\n\nCodes outside the IEF table, such as the API gateway's APIGW.*, are shown as they came."
    )]
    Decode {
        /// The body: a file, or - (the default) for standard input
        #[arg(value_name = "FILE|-", default_value = "-")]
        body: PathBuf,
        /// The response's HTTP status
        #[arg(long, value_name = "N")]
        status: Option<u16>,
        /// The language of the explanation
        #[arg(long, value_enum, default_value_t = LangChoice::Both)]
        lang: LangChoice,
    },
    /// Updates a table from the published error-code page (its text, five cells a row)
    #[command(
        after_help = "Examples:\n  ief-errors import page.txt --table data/codes.toml\n  ief-errors import data/published/ief-error-codes-2025-08-26.txt --table data/codes.toml --check\n\nExisting codes keep their names and English remediations; changed texts and statuses are updated; new codes are added with a derived name; codes missing from the page stay, marked deprecated. With --check nothing is written, and the exit status is 1 when the table differs from the page."
    )]
    Import {
        /// The page's text
        #[arg(value_name = "PAGE.txt")]
        page: PathBuf,
        /// The table to update
        #[arg(long, value_name = "TABLE.toml")]
        table: PathBuf,
        /// Change nothing; exit with status 1 if the table differs from the page
        #[arg(long)]
        check: bool,
    },
}

/// Which language(s) to show.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangChoice {
    En,
    Zh,
    Both,
}

impl LangChoice {
    fn languages(self) -> &'static [ief_errors::Lang] {
        match self {
            LangChoice::En => &[ief_errors::Lang::En],
            LangChoice::Zh => &[ief_errors::Lang::Zh],
            LangChoice::Both => &ief_errors::Lang::ALL,
        }
    }
}

/// How `list` prints.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

/// Why a command stopped.
enum Failure {
    /// The reader of standard output went away (`| head`): not an error.
    BrokenPipe,
    Message(String),
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Message(error.to_string())
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Explain { codes, lang } => explain::run(&codes, lang),
        Command::List {
            status,
            internal,
            caller,
            search,
            format,
        } => list::run(&list::Filter::new(status, internal, caller, search), format),
        Command::Decode { body, status, lang } => decode::run(&body, status, lang),
        Command::Import { page, table, check } => import::run(&page, &table, check),
    };
    match result {
        Ok(code) => code,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Message(message)) => {
            style::error(&message);
            ExitCode::from(2)
        }
    }
}
