//! Prints everything the shipped table knows about an IEF error code, in
//! English and Chinese.
//!
//! ```text
//! cargo run -p ief-errors --example explain -- IEF.100004
//! ```

use std::fmt::Write as _;
use std::process::ExitCode;

use ief_errors::{IefError, Lang};

fn main() -> ExitCode {
    let codes: Vec<String> = std::env::args().skip(1).collect();
    if codes.is_empty() || codes.iter().any(|arg| arg == "-h" || arg == "--help") {
        eprintln!("usage: explain CODE [CODE...]\n\nexample: explain IEF.100004");
        return ExitCode::from(2);
    }
    let mut all_known = true;
    for (position, code) in codes.iter().enumerate() {
        if position > 0 {
            println!();
        }
        if let Some(error) = IefError::from_code(code.trim()) {
            print!("{}", explanation(error));
        } else {
            all_known = false;
            eprintln!("{}", unknown(code));
        }
    }
    if all_known {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn explanation(error: IefError) -> String {
    let kind = if error.is_internal() {
        "yes: the service's own fault, not the request's"
    } else {
        "no: a caller error, fixed by changing the request"
    };
    let fields = [
        (
            "HTTP status",
            format!("{} {}", error.status(), reason_phrase(error.status())),
        ),
        ("Internal", kind.to_owned()),
        ("Message (en)", error.message(Lang::En).to_owned()),
        ("Message (zh)", error.message(Lang::Zh).to_owned()),
        ("Remediation (en)", error.remediation(Lang::En).to_owned()),
        ("Remediation (zh)", error.remediation(Lang::Zh).to_owned()),
    ];
    let mut out = format!("{}  {error:?}\n", error.code());
    for (label, value) in fields {
        let _ = writeln!(out, "  {label:<17} {value}");
    }
    out
}

fn unknown(code: &str) -> String {
    let mut nearest: Vec<(usize, IefError)> = IefError::ALL
        .iter()
        .map(|error| (edit_distance(code, error.code()), *error))
        .collect();
    nearest.sort_by_key(|(distance, _)| *distance);
    let suggestions: Vec<String> = nearest
        .iter()
        .take_while(|(distance, _)| *distance <= 2)
        .take(3)
        .map(|(_, error)| format!("  {}  {}", error.code(), error))
        .collect();
    let mut out =
        format!("error: {code:?} is not a code of the IEF table (149 codes, published 2025-08-26)");
    if code.starts_with("APIGW") {
        out.push_str(
            "\nnote: APIGW.* codes come from the API gateway in front of IEF, not from IEF itself",
        );
    }
    if !suggestions.is_empty() {
        out.push_str("\nhelp: the nearest known codes are\n");
        out.push_str(&suggestions.join("\n"));
    }
    out
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "",
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}
