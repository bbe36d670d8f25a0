//! The generated code names everything by absolute path, so it compiles in a
//! module without the prelude, next to items that shadow the prelude's names.

#![deny(warnings)]

/// Items named like the prelude's, and a generated enum among them.
#[allow(dead_code, missing_docs)]
pub mod hostile {
    #![no_implicit_prelude]

    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Lang;
    pub struct Display;
    pub struct Error;
    pub struct Localized;
    pub struct UnknownCode;
    pub trait ErrorCode {}
    pub trait FromStr {}
    pub mod fmt {}
    pub mod core {}
    pub mod std {}
    pub mod ief_errors {}
    // Primitive names are not reserved: generated code must write
    // `::core::primitive::u8` and the like.
    #[allow(non_camel_case_types)]
    pub struct u8;
    #[allow(non_camel_case_types)]
    pub struct u16;
    #[allow(non_camel_case_types)]
    pub struct u32;
    #[allow(non_camel_case_types)]
    pub struct u64;
    #[allow(non_camel_case_types)]
    pub struct usize;
    #[allow(non_camel_case_types)]
    pub struct bool;
    #[allow(non_camel_case_types)]
    pub struct str;
    pub struct Self_;
    pub struct Box;
    pub struct String;
    pub trait Serialize {}
    pub trait Diagnostic {}
    // Constants named like locals and parameters: a binding of the same
    // name would be a pattern that compares with them. Trait impls name
    // their parameters `__formatter` and the like, as derives do; the
    // inherent methods keep the names their docs show (`code`, `lang`).
    #[allow(non_upper_case_globals)]
    pub const index: i8 = -1;
    #[allow(non_upper_case_globals)]
    pub const error: i8 = -1;
    #[allow(non_upper_case_globals)]
    pub const discriminants: i8 = -1;
    #[allow(non_upper_case_globals)]
    pub const formatter: i8 = -1;
    #[allow(non_upper_case_globals)]
    pub const serializer: i8 = -1;
    #[allow(non_upper_case_globals)]
    pub const deserializer: i8 = -1;

    ::ief_errors::ief_errors!("tables/minimal.toml");

    ::ief_errors::ief_errors! {
        /// Every integration asked for, among the same shadowing names.
        #[ief_errors(serde, http, miette)]
        pub enum WithIntegrations from "tables/256-rows.toml", "tables/one-more-row.toml";
    }
}

/// A table without deprecated rows adds no `allow(deprecated)`, which these
/// `forbid`s would reject (and `forbid(warnings)` would warn about).
#[allow(dead_code, missing_docs)]
pub mod forbids {
    #![forbid(deprecated)]
    #![forbid(warnings)]

    ::ief_errors::ief_errors!("tables/minimal.toml");
}

#[test]
fn generated_code_ignores_shadowing_names_and_a_missing_prelude() {
    use ief_errors::Lang;

    assert_eq!(hostile::IefError::ALL.len(), 3);
    let error: hostile::IefError = "APIC.0201".parse().unwrap();
    assert_eq!(error, hostile::IefError::RouteNotFound);
    assert_eq!(error.localized(Lang::Zh).to_string(), "路由不存在");
    assert_eq!(
        hostile::IefError::try_from("nope").unwrap_err().code(),
        "nope"
    );
    // 257 rows: the lookup's slot indexes no longer fit in a `u8`.
    assert_eq!(hostile::WithIntegrations::ALL.len(), 257);
    for &error in hostile::WithIntegrations::ALL {
        assert_eq!(
            hostile::WithIntegrations::from_code(error.code()),
            Some(error)
        );
        assert_eq!(error.status_code().as_u16(), error.status());
    }
}
