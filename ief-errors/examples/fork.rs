//! A fork of the IEF table: every shipped code plus the fork's own, in an
//! enum of the fork's own name and attributes.
//!
//! ```text
//! cargo run -p ief-errors --example fork
//! ```
//!
//! The fork keeps only its own codes, in a file of its own
//! (`examples/fork-codes.toml`); `extends = "ief"` layers the IEF table this
//! release of `ief-errors` ships before them, so each upgrade brings the new
//! official codes and nothing is copied. A code or name of the fork's that
//! the IEF table has too is a compile error naming both places.

use ief_errors::{ErrorCode, IefError, Lang};

ief_errors::ief_errors! {
    /// Errors of our edge platform: every IEF code, then our own.
    ///
    /// The macro derives `Clone, Copy, Debug, PartialEq, Eq, Hash,
    /// PartialOrd, Ord`; attributes written here are added to those.
    #[ief_errors(extends = "ief")]
    #[repr(u16)]
    #[non_exhaustive]
    pub enum EdgeError from "examples/fork-codes.toml";
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
        IefError::ALL.len(),
        EdgeError::ALL.len() - IefError::ALL.len()
    );
    for code in ["IEF.100004", "EDGE.000001", "EDGE.000002", "APIGW.0101"] {
        println!("{}", describe::<EdgeError>(code));
    }
    // An enum that extends the shipped table converts to and from it.
    let shipped = IefError::from_code("IEF.100004").expect("a shipped code");
    let ours = EdgeError::from(shipped);
    assert_eq!(IefError::try_from(ours), Ok(shipped));
    let own = EdgeError::from_code("EDGE.000001").expect("a fork code");
    if let Err(not_shipped) = IefError::try_from(own) {
        println!("\n{not_shipped}");
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
