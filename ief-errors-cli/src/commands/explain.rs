//! `explain CODE...`: everything the table says about each code: the
//! shipped one, or those given with `--table`.

use std::io::{self, Write};
use std::process::ExitCode;

use ief_errors::{Lang, RetryKind};

use crate::commands::{self, Failure, LangChoice, TableArgs, print};
use crate::describe::status_with_reason;
use crate::escape::{escape_controls, quoted};
use crate::layout::Layout;
use crate::style::{self, CODE, ERROR, HELP};
use crate::table::{self, Catalogue, Entry, Lookup};

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors explain IEF.100004\n  ief-errors explain ief.100004 310002 --lang zh\n  ief-errors explain EDGE.0001 --table data/codes.toml --table data/custom.toml\n\nCodes are matched in any case; a bare number stands for the one code that ends in it. An unknown code exits with status 1 and suggests the nearest known codes. With --table, the codes are those of the tables given, layered as the macro layers them; tables the macro would refuse are reported as check reports them, with status 2."
)]
pub(crate) struct Args {
    /// One or more codes, such as IEF.100004, ief.100004 or 100004
    #[arg(required = true, value_name = "CODE")]
    codes: Vec<String>,
    /// The language of the messages and remediations
    #[arg(long, value_enum, default_value_t)]
    lang: LangChoice,
    #[command(flatten)]
    tables: TableArgs,
}

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let tables = self.tables.read()?;
        let catalogue = commands::catalogue(tables.as_ref());
        let lookups: Vec<(&str, Lookup<'_, '_>)> = self
            .codes
            .iter()
            .map(|typed| (typed.as_str(), catalogue.look_up(typed)))
            .collect();
        let all_found = lookups
            .iter()
            .all(|(_, lookup)| matches!(lookup, Lookup::Found(_)));
        let result = if all_found {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
        let layout = Layout::of_stdout();
        let err_layout = Layout::of_stderr();
        print(result, || {
            let mut out = anstream::stdout();
            let mut err = anstream::stderr();
            let mut explained_any = false;
            for (typed, lookup) in &lookups {
                match lookup {
                    Lookup::Found(entry) => {
                        if explained_any {
                            writeln!(out)?;
                        }
                        write_explanation(&mut out, layout, entry, self.lang)?;
                        explained_any = true;
                    }
                    Lookup::Several(candidates) => {
                        write_several(&mut err, err_layout, typed, candidates)?;
                    }
                    Lookup::Unknown => write_unknown(&mut err, err_layout, typed, &catalogue)?,
                }
            }
            Ok(())
        })
    }
}

/// The explanation of one row.
pub(crate) fn write_explanation(
    out: &mut impl Write,
    layout: Layout,
    entry: &Entry<'_>,
    lang: LangChoice,
) -> io::Result<()> {
    layout.line(
        out,
        &format!(
            "{CODE}{}{CODE:#}  {}",
            escape_controls(entry.code),
            escape_controls(&entry.name)
        ),
    )?;
    if let Some(reason) = entry.deprecated {
        layout.field(out, "deprecated", reason)?;
    }
    layout.field(out, "status", &status_with_reason(entry.status))?;
    layout.field_with_word(
        out,
        "fault",
        (style::of_fault(entry.fault), entry.fault.word()),
        entry.fault.meaning(),
    )?;
    write_retry(out, layout, entry.retry)?;
    let languages = lang.languages();
    for &language in languages {
        let label = label("message", language, languages.len());
        layout.field(out, &label, entry.message(language))?;
    }
    for &language in languages {
        let label = label("remediation", language, languages.len());
        layout.field(out, &label, entry.remediation(language))?;
    }
    Ok(())
}

/// The retry kind with its advice: `auth: renew the credentials or token, then retry once`.
pub(crate) fn write_retry(out: &mut impl Write, layout: Layout, kind: RetryKind) -> io::Result<()> {
    layout.field_with_word(
        out,
        "retry",
        (style::of_retry(kind), kind.as_str()),
        kind.advice(),
    )
}

/// `message`, or `message (zh)` when both languages are shown.
fn label(name: &str, lang: Lang, shown: usize) -> String {
    if shown > 1 {
        format!("{name} ({lang})")
    } else {
        name.to_owned()
    }
}

/// An unknown code, with the nearest known ones and where it may come from.
fn write_unknown(
    err: &mut impl Write,
    layout: Layout,
    typed: &str,
    catalogue: &Catalogue<'_>,
) -> io::Result<()> {
    layout.hanging(
        err,
        &format!(
            "{ERROR}error{ERROR:#}: {} is not a code of {}",
            quoted(typed),
            catalogue.described()
        ),
        7,
    )?;
    let trimmed = table::normalized(typed);
    let trimmed = trimmed.as_str();
    let is_bare_number = !trimmed.is_empty() && trimmed.bytes().all(|byte| byte.is_ascii_digit());
    let names_foreign_service = catalogue.names_another_service(trimmed);
    if is_bare_number {
        layout.hanging(
            err,
            &format!("note: no code ends in {}", escape_controls(trimmed)),
            6,
        )?;
    } else if names_foreign_service {
        layout.hanging(
            err,
            &format!("note: {}", escape_controls(&catalogue.origin_note(trimmed))),
            6,
        )?;
    }
    let suggestions = catalogue.nearest_codes(typed);
    if !suggestions.is_empty() {
        layout.hanging(
            err,
            &format!("{HELP}help{HELP:#}: the nearest known codes are"),
            6,
        )?;
        write_code_list(err, layout, &suggestions)?;
    }
    Ok(())
}

/// A bare number that ends several codes.
fn write_several(
    err: &mut impl Write,
    layout: Layout,
    typed: &str,
    candidates: &[&Entry<'_>],
) -> io::Result<()> {
    let number = table::normalized(typed);
    let number = escape_controls(&number);
    layout.hanging(
        err,
        &format!(
            "{ERROR}error{ERROR:#}: {number} ends {} codes; give the whole code",
            candidates.len()
        ),
        7,
    )?;
    layout.hanging(
        err,
        &format!("{HELP}help{HELP:#}: the codes ending in {number} are"),
        6,
    )?;
    write_code_list(err, layout, candidates)
}

/// `  CODE  message` lines, each message wrapped under itself.
fn write_code_list(err: &mut impl Write, layout: Layout, entries: &[&Entry<'_>]) -> io::Result<()> {
    for entry in entries {
        let code = escape_controls(entry.code);
        layout.hanging(
            err,
            &format!("  {code}  {}", escape_controls(entry.message(Lang::En))),
            4 + crate::wrap::display_width(&code),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_of_a_row_is_escaped() {
        let mut out = anstream::StripStream::new(Vec::new());
        write_explanation(
            &mut out,
            Layout::wrapped(80),
            &Entry::hostile(),
            LangChoice::Both,
        )
        .unwrap();
        let out = String::from_utf8(out.into_inner()).unwrap();
        assert_eq!(
            out,
            "X.1\\u{1b}[2J  Name\\u{7}\n\
             \x20 deprecated        old\\u{1b}[2J\\n\n\
             \x20 status            400 Bad Request\n\
             \x20 fault             caller: fixed by changing the request\n\
             \x20 retry             caller: the request must change; do not retry\n\
             \x20 message (en)      en\\u{1b}]0;title\\u{7}\\u{9b}31m\n\
             \x20 message (zh)      zh\\u{202e}\n\
             \x20 remediation (en)  fix\\u{7f}\n\
             \x20 remediation (zh)  修\\n复\n"
        );
    }
}
