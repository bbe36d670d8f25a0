//! `explain CODE...`: everything the shipped table says about each code.

use std::io::Write;
use std::process::ExitCode;

use ief_errors::{IefError, Lang};

use crate::style::{self, CODE, HELP};
use crate::{Failure, LangChoice};

/// The widest label, so values line up.
const LABEL_WIDTH: usize = 16;

pub(crate) fn run(codes: &[String], lang: LangChoice) -> Result<ExitCode, Failure> {
    let mut out = anstream::stdout();
    let mut all_known = true;
    for (position, code) in codes.iter().enumerate() {
        if position > 0 {
            writeln!(out)?;
        }
        if let Some(error) = IefError::from_code(code.trim()) {
            write_explanation(&mut out, error, lang)?;
        } else {
            all_known = false;
            unknown(code);
        }
    }
    Ok(if all_known {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The explanation of one known code.
pub(crate) fn write_explanation(
    out: &mut impl Write,
    error: IefError,
    lang: LangChoice,
) -> std::io::Result<()> {
    writeln!(out, "{CODE}{}{CODE:#}  {error:?}", error.code())?;
    style::field(
        out,
        "status",
        LABEL_WIDTH,
        &style::status_with_reason(error.status()),
    )?;
    style::field(
        out,
        "fault",
        LABEL_WIDTH,
        &style::fault(error.is_internal()),
    )?;
    let languages = lang.languages();
    for &language in languages {
        style::field(
            out,
            &label("message", language, languages.len()),
            LABEL_WIDTH,
            error.message(language),
        )?;
    }
    for &language in languages {
        style::field(
            out,
            &label("remediation", language, languages.len()),
            LABEL_WIDTH,
            error.remediation(language),
        )?;
    }
    Ok(())
}

/// `message`, or `message (zh)` when both languages are shown.
fn label(name: &str, lang: Lang, shown: usize) -> String {
    if shown > 1 {
        format!("{name} ({lang})")
    } else {
        name.to_owned()
    }
}

/// Reports an unknown code on standard error, with the nearest known ones.
pub(crate) fn unknown(code: &str) {
    style::error(&format!(
        "{code:?} is not a code of the IEF table ({} codes, published 2025-08-26)",
        IefError::ALL.len()
    ));
    let mut err = anstream::stderr();
    if code.trim().starts_with("APIGW") {
        let _ = writeln!(
            err,
            "note: APIGW.* codes come from the API gateway in front of IEF, not from IEF itself"
        );
    }
    let suggestions = nearest_codes(code);
    if !suggestions.is_empty() {
        let _ = writeln!(err, "{HELP}help{HELP:#}: the nearest known codes are");
        for error in suggestions {
            let _ = writeln!(err, "  {}  {error}", error.code());
        }
    }
}

/// Up to three codes within three edits of `code`, nearest first.
fn nearest_codes(code: &str) -> Vec<IefError> {
    let code = code.trim();
    let mut near: Vec<(usize, IefError)> = IefError::ALL
        .iter()
        .map(|error| (strsim::levenshtein(code, error.code()), *error))
        .filter(|(distance, _)| *distance <= 3)
        .collect();
    near.sort_by_key(|(distance, _)| *distance);
    near.into_iter().take(3).map(|(_, error)| error).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_suggest_their_neighbours() {
        assert_eq!(
            nearest_codes("IEF.100006")[..2],
            [IefError::InvalidOffset, IefError::InvalidLimit]
        );
        assert_eq!(
            nearest_codes("ief.100004").first(),
            Some(&IefError::InvalidOffset)
        );
        assert!(nearest_codes("APIGW.0101").is_empty());
    }
}
