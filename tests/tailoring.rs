//! Tailored enums: the header form with name, visibility, docs and
//! attributes; layered tables; deprecated rows; the shared trait.

use ief_errors::{ErrorCode, IefError, Lang};

ief_errors::ief_errors! {
    /// The codes of minimal.toml with the fork's own after them.
    #[derive(Hash)] // already derived by the macro: must not clash
    #[repr(u16)]
    #[non_exhaustive]
    #[allow(clippy::upper_case_acronyms)]
    pub(crate) enum ForkError from "tables/minimal.toml", "tables/fork.toml";
}

mod plain_layered {
    ief_errors::ief_errors!("tables/minimal.toml", "tables/fork.toml",);
}

#[test]
fn later_tables_are_appended_in_order() {
    let codes: Vec<&str> = ForkError::ALL.iter().map(|error| error.code()).collect();
    assert_eq!(
        codes,
        [
            "APIC.0201",
            "IoTEdge.00000005",
            "common.param.checkError",
            "FORK.0001",
            "FORK.0002",
            "IIC.400",
        ]
    );
    assert_eq!(plain_layered::IefError::ALL.len(), 6);
}

#[test]
fn rows_of_every_table_are_found_by_code() {
    for &error in ForkError::ALL {
        assert_eq!(ForkError::from_code(error.code()), Some(error));
    }
    assert_eq!(
        ForkError::from_code("FORK.0001"),
        Some(ForkError::QuotaFrozen)
    );
    assert_eq!(ForkError::from_code("IEF.100004"), None);
}

#[test]
fn repr_attribute_applies_to_the_enum() {
    assert_eq!(size_of::<ForkError>(), 2);
    assert_eq!(ForkError::QuotaFrozen as u16, 3);
}

#[test]
#[allow(deprecated)]
fn deprecated_rows_stay_usable_with_their_data() {
    let legacy = ForkError::LegacyRoute;
    assert_eq!(legacy.code(), "FORK.0002");
    assert_eq!(legacy.status(), 410);
    assert_eq!(ForkError::from_code("FORK.0002"), Some(legacy));
    assert_eq!(ForkError::ALL[4], legacy);
}

#[test]
fn messages_print_exactly_as_written() {
    assert_eq!(
        ForkError::QuotaFrozen.to_string(),
        "Quota frozen:\n{}\t100%"
    );
    assert_eq!(
        ForkError::QuotaFrozen.localized(Lang::Zh).to_string(),
        "配额已冻结"
    );
}

/// Works for any generated enum through the shared trait.
fn summary<E: ErrorCode>(code: &str) -> Option<String> {
    let error = E::from_code(code)?;
    let kind = if error.is_internal() {
        "internal"
    } else {
        "caller"
    };
    Some(format!(
        "{} {} {kind}: {}",
        error.code(),
        error.status(),
        error.localized(Lang::En)
    ))
}

fn codes_of<E: ErrorCode>() -> Vec<&'static str> {
    E::ALL.iter().map(|error| error.code()).collect()
}

#[test]
fn the_trait_serves_generic_code_over_different_enums() {
    assert_eq!(
        summary::<IefError>("IEF.100004").as_deref(),
        Some("IEF.100004 400 caller: The request offset does not comply with specifications.")
    );
    assert_eq!(
        summary::<ForkError>("FORK.0001").as_deref(),
        Some("FORK.0001 403 caller: Quota frozen:\n{}\t100%")
    );
    assert_eq!(summary::<IefError>("FORK.0001"), None);
    assert_eq!(codes_of::<IefError>().len(), 149);
    assert_eq!(codes_of::<ForkError>().len(), 6);
    let remediation: fn(ForkError, Lang) -> &'static str = ErrorCode::remediation;
    assert_eq!(
        remediation(ForkError::QuotaFrozen, Lang::Zh),
        "请申请解冻配额。"
    );
}
