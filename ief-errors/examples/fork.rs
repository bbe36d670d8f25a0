//! A fork of the IEF table: every shipped code plus the fork's own, in an
//! enum of the fork's own name and attributes.
//!
//! ```text
//! cargo run -p ief-errors --example fork
//! ```
//!
//! The fork keeps its codes in a file of its own (`examples/fork-codes.toml`)
//! layered after an untouched copy of the IEF table, so taking upstream's
//! table updates never conflicts with its own rows. A code or name defined in
//! both files is a compile error naming both places.

use ief_errors::{ErrorCode, Lang};

ief_errors::ief_errors! {
    /// Errors of our edge platform: every IEF code, then our own.
    ///
    /// The macro derives `Clone, Copy, Debug, PartialEq, Eq, Hash,
    /// PartialOrd, Ord`; attributes written here are added to those.
    #[repr(u16)]
    #[non_exhaustive]
    pub enum EdgeError from "data/codes.toml", "examples/fork-codes.toml";
}

/// Generic over any generated enum, through the shared trait.
fn describe<E: ErrorCode>(code: &str) -> String {
    match E::from_code(code) {
        Some(error) => format!(
            "{code}: HTTP {} {}\n  {}\n  {}",
            error.status(),
            if error.is_internal() {
                "(internal)"
            } else {
                "(caller)"
            },
            error.localized(Lang::En),
            error.localized(Lang::Zh),
        ),
        None => format!("{code}: not a known code"),
    }
}

fn main() {
    println!(
        "{} codes: {} from IEF, {} our own\n",
        EdgeError::ALL.len(),
        ief_errors::IefError::ALL.len(),
        EdgeError::ALL.len() - ief_errors::IefError::ALL.len()
    );
    for code in ["IEF.100004", "EDGE.000001", "EDGE.000002", "APIGW.0101"] {
        println!("{}", describe::<EdgeError>(code));
    }
    // A deprecated row stays in the enum; naming it warns, so this example
    // opts in to show its data.
    #[allow(deprecated)]
    let legacy = EdgeError::LegacyDeviceApi;
    println!(
        "\n{} is deprecated: {}",
        legacy.code(),
        legacy.remediation(Lang::En)
    );
}
