//! Run-time helpers for the generated code. Not public API: no semver
//! guarantees; only `ief_errors!` should name these.
//!
//! The hash is `ief_errors_core::hash`, the same code the generator placed
//! the codes with.

pub use ief_errors_core::hash::perfect_hash_index;

// Generated code calls these rather than bind locals of its own: a `let
// index` in the user's crate is a pattern, and a constant of the user's
// named `index` would turn it into a comparison with that constant.

/// The variant whose code is exactly `code`, found by the perfect hash the
/// generator built: one hash, two reads from small tables, one comparison.
#[inline]
#[must_use]
pub fn find<E, P, S>(
    code: &str,
    seed: u64,
    pilots: &[P],
    slots: &[S],
    codes: &[&str],
    variants: &[E],
) -> Option<E>
where
    E: Copy,
    P: Copy + Into<u64>,
    S: Copy + Into<u64>,
{
    let index = perfect_hash_index(seed, code, pilots, slots);
    (codes[index] == code).then(|| variants[index])
}

/// The variant whose code is exactly `code`, by comparing every code: for
/// a table the generator found no perfect hash for, which distinct codes
/// never are.
#[must_use]
pub fn scan<E: Copy>(code: &str, codes: &[&str], variants: &[E]) -> Option<E> {
    let index = codes.iter().position(|candidate| *candidate == code)?;
    Some(variants[index])
}

macro_rules! discriminants {
    ($($name:ident: $integer:ident),* $(,)?) => {$(
        /// `[0, 1, ..., N - 1]`: the discriminants of an enum of `N` unit
        /// variants that is stored as this integer, which numbers them all.
        #[must_use]
        #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
        pub const fn $name<const N: usize>() -> [$integer; N] {
            let mut discriminants = [0; N];
            let mut index = 0;
            while index < N {
                discriminants[index] = index as $integer;
                index += 1;
            }
            discriminants
        }
    )*};
}

discriminants!(
    discriminants_u8: u8,
    discriminants_u16: u16,
    discriminants_u32: u32,
    discriminants_u64: u64,
    discriminants_u128: u128,
    discriminants_usize: usize,
    discriminants_i8: i8,
    discriminants_i16: i16,
    discriminants_i32: i32,
    discriminants_i64: i64,
    discriminants_i128: i128,
    discriminants_isize: isize,
);

/// The kind a generated enum's `RETRY` column entry stands for: the
/// generator writes each kind as its number in `ief_errors_core::retry`.
#[must_use]
pub const fn retry_kind(number: u8) -> crate::RetryKind {
    crate::RetryKind::from_number(number)
}

// ---------------------------------------------------------------------------
// Integrations. A user's enum asks for each with `#[ief_errors(serde, http,
// miette)]`, and its generated code then calls the macro of that name. Each
// macro has two forms, chosen by this crate's feature of the same name: the
// impls, or a compile error that names the feature. A feature turned on
// elsewhere in the dependency graph therefore adds nothing to an enum that
// did not ask, so it cannot collide with impls the user wrote. The shipped
// `IefError` gets every integration whose feature is on (see `ief.rs`).
// Attributes before the type go on each impl: `ief.rs` passes the
// feature's `doc(cfg)`, so docs.rs marks the shipped enum's impls with it.

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "http")]
pub use http;

#[cfg(feature = "miette")]
pub use miette;

#[cfg(feature = "miette")]
pub use std::boxed::Box;

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_serde {
    ($(#[$attr:meta])* $ty:ty) => {
        /// Serializes as the error's code, such as `"IEF.100004"`.
        $(#[$attr])*
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, __serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                __serializer.serialize_str(Self::code(*self))
            }
        }

        /// Deserializes from the error's code; an unknown code is an error
        /// that names it.
        $(#[$attr])*
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(__deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(__deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_serde {
    ($(#[$attr:meta])* $ty:ty) => {
        ::core::compile_error!(
            "`#[ief_errors(serde)]` needs the `serde` feature of ief-errors: add `features = [\"serde\"]` to the ief-errors dependency in Cargo.toml"
        );
    };
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_http {
    ($(#[$attr:meta])* $ty:ty) => {
        $(#[$attr])*
        impl $ty {
            /// The HTTP status as an [`http::StatusCode`].
            #[must_use]
            pub fn status_code(self) -> $crate::__private::http::StatusCode {
                <Self as $crate::HttpStatus>::status_code(self)
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_http {
    ($(#[$attr:meta])* $ty:ty) => {
        ::core::compile_error!(
            "`#[ief_errors(http)]` needs the `http` feature of ief-errors: add `features = [\"http\"]` to the ief-errors dependency in Cargo.toml"
        );
    };
}

#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_miette {
    ($(#[$attr:meta])* $ty:ty) => {
        /// The code as the diagnostic's code, the English remediation as its help.
        $(#[$attr])*
        impl $crate::__private::miette::Diagnostic for $ty {
            fn code<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                ::core::option::Option::Some($crate::__private::Box::new(Self::code(*self)))
            }

            fn help<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                ::core::option::Option::Some($crate::__private::Box::new(Self::remediation(
                    *self,
                    $crate::Lang::En,
                )))
            }
        }
    };
}

#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __ief_errors_impl_miette {
    ($(#[$attr:meta])* $ty:ty) => {
        ::core::compile_error!(
            "`#[ief_errors(miette)]` needs the `miette` feature of ief-errors: add `features = [\"miette\"]` to the ief-errors dependency in Cargo.toml"
        );
    };
}

/// `Deserialize` for any generated enum: a borrowed or owned string that is a code.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, D, E>(deserializer: D) -> Result<E, D::Error>
where
    D: serde::Deserializer<'de>,
    E: crate::ErrorCode,
{
    struct CodeVisitor<E>(core::marker::PhantomData<E>);

    impl<E: crate::ErrorCode> serde::de::Visitor<'_> for CodeVisitor<E> {
        type Value = E;

        fn expecting(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            formatter.write_str("an error code")
        }

        fn visit_str<Error: serde::de::Error>(self, code: &str) -> Result<E, Error> {
            E::from_code(code).ok_or_else(|| Error::custom(crate::UnknownCode::new(code)))
        }
    }

    deserializer.deserialize_str(CodeVisitor(core::marker::PhantomData))
}
