//! The enum's `cfg` reaches everything generated for it, and derives under
//! `cfg_attr` count when the macro adds the standard ones.

use ief_errors::ErrorCode;

/// Each module declares a type of the enum's name beside a gated-out enum:
/// any generated impl left ungated would be for that type, and fail.
mod gated_out {
    ief_errors::ief_errors! {
        #[cfg(any())]
        pub enum Never from "tables/minimal.toml";
    }
    pub(crate) struct Never;

    ief_errors::ief_errors! {
        #[cfg(not(test))]
        pub enum NotInTests from "tables/minimal.toml";
    }
    pub(crate) struct NotInTests;

    ief_errors::ief_errors! {
        #[cfg_attr(all(), cfg(any()))]
        pub enum GatedThroughCfgAttr from "tables/minimal.toml";
    }
    pub(crate) struct GatedThroughCfgAttr;

    ief_errors::ief_errors! {
        #[cfg(all())]
        #[cfg(any())]
        pub enum SecondCfgFalse from "tables/minimal.toml";
    }
    pub(crate) struct SecondCfgFalse;

    // The tables of a gated-out enum may be missing or broken (a test
    // fixture left out of a package): their errors are gated out too.
    ief_errors::ief_errors! {
        #[cfg(any())]
        pub enum MissingTable from "tables/not-in-this-package.toml";
    }

    ief_errors::ief_errors! {
        #[cfg(not(test))]
        pub enum BrokenTable from "tables/minimal.toml", "tables/broken.toml";
    }
}

mod gated_in {
    ief_errors::ief_errors! {
        #[cfg(test)]
        pub enum OnlyInTests from "tables/minimal.toml";
    }

    ief_errors::ief_errors! {
        #[cfg_attr(any(), cfg(any()))]
        #[cfg(all(test, not(any())))]
        pub enum ConditionFalse from "tables/minimal.toml";
    }
}

ief_errors::ief_errors! {
    /// Derives the user adds only when a condition holds.
    #[cfg_attr(all(), derive(Debug, Hash))]
    #[cfg_attr(any(), derive(Clone, Copy))]
    #[cfg_attr(all(), cfg_attr(all(), derive(PartialEq)))]
    #[cfg_attr(any(), cfg_attr(all(), derive(Eq)))]
    #[cfg_attr(all(), cfg_attr(any(), derive(PartialOrd)))]
    #[cfg_attr(all(), derive(::core::cmp::Ord), doc = "")]
    pub enum ConditionalDerives from "tables/minimal.toml";
}

#[test]
fn gated_out_enums_leave_other_types_of_their_name_alone() {
    let _ = (
        gated_out::Never,
        gated_out::NotInTests,
        gated_out::GatedThroughCfgAttr,
        gated_out::SecondCfgFalse,
    );
}

#[test]
fn gated_in_enums_have_their_whole_api() {
    assert_eq!(gated_in::OnlyInTests::ALL.len(), 3);
    assert_eq!(
        gated_in::ConditionFalse::from_code("APIC.0201"),
        Some(gated_in::ConditionFalse::RouteNotFound)
    );
}

fn needs_every_standard_trait<T: ErrorCode + Clone + core::fmt::Debug>(_: T) {}

#[test]
fn conditional_derives_are_derived_exactly_once() {
    let error = ConditionalDerives::RouteNotFound;
    needs_every_standard_trait(error);
    assert_eq!(format!("{error:?}"), "RouteNotFound");
    assert!(ConditionalDerives::RouteNotFound < ConditionalDerives::GatewayBusy);
    let copied = error;
    assert_eq!(copied, error);
}
