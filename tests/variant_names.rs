//! Any upper camel case identifier that is not a keyword is a variant name,
//! including names of associated items (`Err`, `Error`, `Output`, ...),
//! prelude items, the facade's types and the generated code's own constants.

use std::path::Path;

use ief_errors::ErrorCode;
use ief_errors_tests::{table_rows, text};

ief_errors::ief_errors! {
    /// Variants named like the items generated code might reach.
    #[allow(clippy::upper_case_acronyms)]
    pub enum Named from "tables/associated-item-names.toml";
}

mod plain {
    ief_errors::ief_errors!("tables/associated-item-names.toml");
}

fn names() -> Vec<String> {
    table_rows(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tables/associated-item-names.toml"))
        .iter()
        .map(|row| text(row, "name").to_owned())
        .collect()
}

#[test]
fn every_name_is_a_variant_in_table_order() {
    let generated: Vec<&str> = Named::ALL.iter().map(|error| error.name()).collect();
    assert_eq!(generated, names());
    for error in Named::ALL {
        assert_eq!(format!("{error:?}"), error.name());
    }
    assert_eq!(plain::IefError::ALL.len(), Named::ALL.len());
}

#[test]
fn variants_named_like_associated_types_parse_and_convert() {
    assert_eq!("N.0".parse::<Named>(), Ok(Named::Err));
    assert_eq!(Named::try_from("N.1"), Ok(Named::Error));
    assert_eq!(Named::from_code("N.2"), Some(Named::Output));
    assert_eq!(<Named as ErrorCode>::from_code("N.3"), Some(Named::Target));
    let unknown = "N.999".parse::<Named>().unwrap_err();
    assert_eq!(unknown.code(), "N.999");
    assert!(Named::try_from("nope").is_err());
}

#[test]
fn variants_named_like_the_generated_constants_keep_their_rows() {
    for error in [
        Named::CODES,
        Named::VARIANTS,
        Named::NAMES,
        Named::SEED,
        Named::PILOTS,
        Named::SLOTS,
    ] {
        assert_eq!(Named::from_code(error.code()), Some(error));
        assert_eq!(error.to_string(), format!("{}.", error.name()));
    }
    assert_eq!(<Named as ErrorCode>::ALL, Named::ALL);
}

#[test]
fn name_is_const() {
    const NAME: &str = Named::Residual.name();
    assert_eq!(NAME, "Residual");
}
