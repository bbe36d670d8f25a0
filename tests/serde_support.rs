//! Serde for the shipped enum and for enums that ask for it (as their code),
//! and for `Lang` (as its tag), with the facade's `serde` feature: this crate
//! has no serde dependency of its own.

use ief_errors::{IefError, Lang};

ief_errors::ief_errors! {
    /// An enum generated in this crate, asking for the serde integration.
    #[ief_errors(serde)]
    pub enum OtherService from "tables/minimal.toml";
}

#[test]
fn every_shipped_error_round_trips_as_its_code() {
    for &error in IefError::ALL {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(json, format!("\"{}\"", error.code()));
        assert_eq!(serde_json::from_str::<IefError>(&json).unwrap(), error);
    }
}

#[test]
fn user_enums_round_trip_too() {
    for &error in OtherService::ALL {
        let json = serde_json::to_value(error).unwrap();
        assert_eq!(json, serde_json::Value::from(error.code()));
        assert_eq!(serde_json::from_value::<OtherService>(json).unwrap(), error);
    }
}

#[test]
fn an_unknown_code_is_an_error_that_names_it() {
    let error = serde_json::from_str::<IefError>("\"APIGW.0101\"").unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown error code \"APIGW.0101\" at line 1 column 12"
    );
}

#[test]
fn a_code_must_be_a_string() {
    let error = serde_json::from_str::<IefError>("100004").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid type: integer `100004`, expected an error code at line 1"),
        "{error}"
    );
}

#[test]
fn codes_inside_structures_deserialize() {
    let codes: Vec<IefError> = serde_json::from_str(r#"["IEF.100004", "IEF.310002"]"#).unwrap();
    assert_eq!(codes, [IefError::InvalidOffset, IefError::TokenExpired]);
}

#[test]
fn lang_round_trips_as_its_tag_and_reads_any_accepted_spelling() {
    for lang in Lang::ALL {
        let json = serde_json::to_string(&lang).unwrap();
        assert_eq!(json, format!("\"{}\"", lang.tag()));
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
    }
    assert_eq!(serde_json::from_str::<Lang>("\"zh-CN\"").unwrap(), Lang::Zh);
    let error = serde_json::from_str::<Lang>("\"fr\"").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown language \"fr\"; expected en, en-US, zh, zh-CN or zh-Hans"),
        "{error}"
    );
}
