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
}
