//! `#[ief_errors(extends = "ief")]`: the shipped table's rows first, exactly
//! those `IefError` has, then the fork's own, and conversions both ways.

use ief_errors::{ErrorCode, IefError, Lang, NotShipped};

ief_errors::ief_errors! {
    /// A fork that carries only its own rows.
    #[ief_errors(extends = "ief")]
    pub enum Acme from "tables/fork.toml";
}

ief_errors::ief_errors! {
    /// A fork whose own table has no rows yet.
    #[ief_errors(extends = "ief")]
    pub enum AcmeWithoutRows from "tables/fork-without-rows.toml";
}

mod layered_twice {
    ief_errors::ief_errors! {
        /// Two tables of its own after the shipped one, in that order.
        #[ief_errors(extends = "ief", serde)]
        #[derive(Debug)]
        #[non_exhaustive]
        pub(crate) enum Layered from "tables/fork.toml", "tables/one-more-row.toml";
    }
}

#[test]
fn the_shipped_rows_come_first_in_their_order_then_the_forks() {
    let shipped = IefError::ALL.len();
    assert_eq!(Acme::ALL.len(), shipped + 3);
    for (extended, shipped) in Acme::ALL.iter().zip(IefError::ALL) {
        assert_eq!(extended.code(), shipped.code());
        assert_eq!(extended.name(), shipped.name());
        assert_eq!(extended.status(), shipped.status());
        assert_eq!(extended.is_internal(), shipped.is_internal());
        assert_eq!(extended.retry_kind(), shipped.retry_kind());
        for lang in Lang::ALL {
            assert_eq!(extended.message(lang), shipped.message(lang));
            assert_eq!(extended.remediation(lang), shipped.remediation(lang));
        }
    }
    let own: Vec<&str> = Acme::ALL[shipped..]
        .iter()
        .map(|error| error.code())
        .collect();
    assert_eq!(own, ["FORK.0001", "FORK.0002", "IIC.400"]);
    let codes: Vec<&str> = layered_twice::Layered::ALL[shipped..]
        .iter()
        .map(|error| error.code())
        .collect();
    assert_eq!(codes, ["FORK.0001", "FORK.0002", "IIC.400", "ROW.256"]);
}

#[test]
fn a_fork_without_rows_of_its_own_is_the_shipped_table() {
    assert_eq!(AcmeWithoutRows::ALL.len(), IefError::ALL.len());
}

#[test]
fn every_shipped_code_is_found_in_the_extending_enum() {
    for shipped in IefError::ALL {
        let extended = Acme::from_code(shipped.code()).expect("a shipped code");
        assert_eq!(extended.code(), shipped.code());
        assert_eq!(
            <Acme as ErrorCode>::from_code(shipped.code()),
            Some(extended)
        );
    }
    assert_eq!(
        Acme::from_code("FORK.0001").map(Acme::name),
        Some("QuotaFrozen")
    );
}

#[test]
fn from_ief_error_is_the_variant_of_the_same_row() {
    for shipped in IefError::ALL {
        let extended = Acme::from(*shipped);
        assert_eq!(extended.code(), shipped.code());
        assert_eq!(extended.name(), shipped.name());
        let extended: layered_twice::Layered = (*shipped).into();
        assert_eq!(extended.code(), shipped.code());
    }
}

#[test]
fn try_from_gives_back_each_shipped_variant() {
    for shipped in IefError::ALL {
        assert_eq!(IefError::try_from(Acme::from(*shipped)), Ok(*shipped));
        assert_eq!(
            IefError::try_from(AcmeWithoutRows::from(*shipped)),
            Ok(*shipped)
        );
    }
}

#[test]
fn try_from_a_forks_own_row_names_its_code_and_gives_it_back() {
    let own = Acme::from_code("FORK.0002").expect("a fork code");
    let error: NotShipped<Acme> = IefError::try_from(own).expect_err("not shipped");
    assert_eq!(error.code(), "FORK.0002");
    assert_eq!(error.into_inner(), own);
    assert_eq!(
        error.to_string(),
        "error code \"FORK.0002\" is not in the shipped IEF table"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("FORK.0002"));
    let last = *layered_twice::Layered::ALL.last().expect("rows");
    assert_eq!(
        IefError::try_from(last).map_err(|error| error.code()),
        Err("ROW.256")
    );
}

#[test]
fn conversions_go_through_generic_code() {
    fn widen<E: From<IefError>>(error: IefError) -> E {
        E::from(error)
    }
    fn narrow<E>(error: E) -> Option<IefError>
    where
        IefError: TryFrom<E>,
    {
        IefError::try_from(error).ok()
    }
    let shipped = IefError::ALL[0];
    let extended: Acme = widen(shipped);
    assert_eq!(narrow(extended), Some(shipped));
    assert_eq!(narrow(Acme::ALL[IefError::ALL.len()]), None);
}

#[test]
fn the_integrations_asked_for_serve_the_extended_enum() {
    let shipped = IefError::ALL[3];
    let extended = layered_twice::Layered::from(shipped);
    let json = serde_json::to_string(&extended).expect("serialize");
    assert_eq!(json, serde_json::to_string(&shipped).expect("serialize"));
}
