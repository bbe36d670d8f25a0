// The enum and its impls are generated from `data/codes.toml` by the table
// library, as the `ief_errors!` macro would generate them, and checked in:
// a crate that uses only the shipped enum builds no proc macro. A test of
// `ief-errors-table` keeps the file fresh; another holds it to what the
// macro generates from the same table (`tests/shipped_enum_matches_macro.rs`).
//
// Generated code spells out every path (`::core::option::Option`), as the
// macro must, and is formatted by prettyplease, not rustfmt.
//
// `unsafe_code`: the enum is defined by `__ief_errors_enum!`, whose one
// `unsafe` block (see its SAFETY comment) is in this crate. In a user's
// crate it is in a foreign macro, and `#![forbid(unsafe_code)]` holds.
#[rustfmt::skip]
#[allow(unused_qualifications, unsafe_code, clippy::all, clippy::pedantic)]
mod generated;

pub use generated::IefError;

// The facade alone may implement foreign traits for its own enum, so it gives
// `IefError` every integration whose feature is on. Not `http`'s inherent
// `status_code`: an inherent method that appears with a feature would take
// the place of a trait method a crate calls by that name; `HttpStatus`
// serves `IefError` instead.
#[cfg(feature = "serde")]
crate::__ief_errors_impl_serde!(
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    IefError
);
#[cfg(feature = "miette")]
crate::__ief_errors_impl_miette!(
    #[cfg_attr(docsrs, doc(cfg(feature = "miette")))]
    IefError
);
