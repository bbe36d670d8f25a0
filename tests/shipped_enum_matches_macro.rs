//! The shipped `IefError` is checked-in generated code; the macro generates
//! an enum from the same table here. The two must be the same enum: the
//! same variants in the same order, and the same answer from every method
//! for every variant and every code.

use ief_errors::{ErrorCode, IefError, Lang, RetryKind};

ief_errors::ief_errors! {
    /// The shipped table, through the macro.
    #[non_exhaustive]
    pub enum MacroIef from "../data/codes.toml";
}

/// Everything a variant answers, as one comparable value.
fn answers<E: ErrorCode>(
    error: E,
) -> (
    String,
    &'static str,
    u16,
    [&'static str; 4],
    bool,
    RetryKind,
    String,
) {
    (
        format!("{error:?}"),
        error.code(),
        error.status(),
        [
            error.message(Lang::En),
            error.message(Lang::Zh),
            error.remediation(Lang::En),
            error.remediation(Lang::Zh),
        ],
        error.is_internal(),
        error.retry_kind(),
        format!("{error} / {error:>300} / {}", error.localized(Lang::Zh)),
    )
}

#[test]
fn every_variant_answers_the_same() {
    assert_eq!(IefError::ALL.len(), MacroIef::ALL.len());
    for (shipped, generated) in IefError::ALL.iter().zip(MacroIef::ALL) {
        assert_eq!(answers(*shipped), answers(*generated));
        assert_eq!(shipped.name(), generated.name());
        assert_eq!(format!("{shipped:#?}"), format!("{generated:#?}"));
    }
}

#[test]
fn every_code_finds_the_same_variant() {
    for (index, error) in IefError::ALL.iter().enumerate() {
        let code = error.code();
        assert_eq!(IefError::from_code(code), Some(IefError::ALL[index]));
        assert_eq!(MacroIef::from_code(code), Some(MacroIef::ALL[index]));
        for near in [
            code.to_lowercase(),
            format!("{code} "),
            code[..code.len() - 1].to_owned(),
        ] {
            assert_eq!(
                IefError::from_code(&near).is_some(),
                MacroIef::from_code(&near).is_some(),
                "{near:?}"
            );
        }
    }
}

#[test]
fn the_order_of_the_variants_is_the_same() {
    for (a, b) in IefError::ALL.iter().zip(IefError::ALL.iter().skip(1)) {
        assert!(a < b);
    }
    for (a, b) in MacroIef::ALL.iter().zip(MacroIef::ALL.iter().skip(1)) {
        assert!(a < b);
    }
    let shipped: Vec<usize> = IefError::ALL.iter().map(|error| *error as usize).collect();
    let generated: Vec<usize> = MacroIef::ALL.iter().map(|error| *error as usize).collect();
    assert_eq!(shipped, generated);
}
