//! Run-time helpers for the generated code. Not public API: no semver
//! guarantees; only `ief_errors!` should name these.
//!
//! The hash must compute exactly what `ief-errors-macro/src/lookup.rs`
//! computed when it placed the codes. It is written in both crates on
//! purpose: a proc-macro crate cannot export functions for the facade to
//! call, and a third crate holding forty lines would be one more package to
//! publish in lockstep and one more build on every user's critical path.
//! Both copies pin the same test vectors, so they cannot drift apart
//! unnoticed.

const MULTIPLIER: u64 = 0xA076_1D64_78BD_642F;
const PILOT_MULTIPLIER: u64 = 0xE703_7ED1_A0B4_28DB;

#[inline]
const fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    #[allow(clippy::cast_possible_truncation)] // the two halves are folded on purpose
    let folded = (product as u64) ^ ((product >> 64) as u64);
    folded
}

/// Hashes a code with the table's seed.
#[inline]
#[must_use]
pub fn code_hash(seed: u64, bytes: &[u8]) -> u64 {
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = fold_multiply(hash ^ u64::from_le_bytes(word), MULTIPLIER);
    }
    fold_multiply(hash ^ tail_word(chunks.remainder()), MULTIPLIER)
}

/// The last 0 to 7 bytes as one word, read with at most two loads instead of
/// a variable-length copy (which costs more than the rest of the hash). The
/// reads overlap but cover every byte, and the length is already mixed in,
/// so distinct tails give distinct words.
#[inline]
fn tail_word(tail: &[u8]) -> u64 {
    let len = tail.len();
    if len >= 4 {
        let first = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
        let last = u32::from_le_bytes([tail[len - 4], tail[len - 3], tail[len - 2], tail[len - 1]]);
        (u64::from(first) << 32) | u64::from(last)
    } else if len > 0 {
        (u64::from(tail[0]) << 16) | (u64::from(tail[len / 2]) << 8) | u64::from(tail[len - 1])
    } else {
        0
    }
}

#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // the product's high half is below `buckets`
pub const fn bucket_of(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // masked to the table's size
pub const fn slot_of(hash: u64, pilot: u64, slots: usize) -> usize {
    (fold_multiply(hash ^ pilot.wrapping_mul(PILOT_MULTIPLIER), MULTIPLIER) as usize) & (slots - 1)
}

/// The only row `code` can be: the caller compares that row's code with it.
#[inline]
#[must_use]
pub fn perfect_hash_index<P, S>(seed: u64, code: &str, pilots: &[P], slots: &[S]) -> usize
where
    P: Copy + Into<u64>,
    // `u32` slots (tables past 65,536 rows) have no `Into<usize>`.
    S: Copy + Into<u64>,
{
    let hash = code_hash(seed, code.as_bytes());
    let pilot = pilots[bucket_of(hash, pilots.len())].into();
    let slot = slots[slot_of(hash, pilot, slots.len())].into();
    // A slot holds a row index, so it fits; were it not to, row 0's code
    // comparison would still reject the input.
    usize::try_from(slot).unwrap_or(0)
}

/// The kind a generated enum's `RETRY` column entry stands for. The macro
/// writes each kind as its index in this order (`RetryKind::column_index` in
/// `ief-errors-macro/src/model.rs`); `tests/retry.rs` pins the two together
/// with a table that names every kind.
#[must_use]
pub const fn retry_kind(index: u8) -> crate::RetryKind {
    match index {
        0 => crate::RetryKind::Throttled,
        1 => crate::RetryKind::Server,
        2 => crate::RetryKind::Auth,
        _ => crate::RetryKind::Caller,
    }
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
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(Self::code(*self))
            }
        }

        /// Deserializes from the error's code; an unknown code is an error
        /// that names it.
        $(#[$attr])*
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The same vectors pin `ief-errors-macro/src/lookup.rs`.
    #[test]
    fn hash_matches_pinned_vectors() {
        const SEED_STEP: u64 = 0x9E37_79B9_7F4A_7C15;
        assert_eq!(code_hash(0, b""), 0);
        assert_eq!(code_hash(1, b"IEF.100004"), 0xbe44_c03a_245b_e3e8);
        assert_eq!(code_hash(SEED_STEP, b"APIGW.0101"), 0xef55_bb30_324a_df80);
        assert_eq!(code_hash(7, b"abc"), 0x5a5f_f280_4326_c4ae);
        assert_eq!(bucket_of(u64::MAX, 38), 37);
        assert_eq!(slot_of(0xbe44_c03a_245b_e3e8, 3, 256), 205);
    }

    /// The macro picks the smallest unsigned type for pilots and slots: past
    /// 65,536 rows, slots are `u32`.
    #[test]
    fn every_index_type_the_macro_picks_is_accepted() {
        let hash = code_hash(1, b"IEF.100004");
        let slot = slot_of(hash, 0, 8);
        let mut slots = [0u32; 8];
        slots[slot] = 70_000;
        assert_eq!(
            perfect_hash_index(1, "IEF.100004", &[0u8; 4], &slots),
            70_000
        );
        let small: [u8; 8] = [5; 8];
        assert_eq!(perfect_hash_index(1, "x", &[0u16; 4], &small), 5);
        let medium: [u16; 8] = [300; 8];
        assert_eq!(perfect_hash_index(1, "x", &[0u32; 4], &medium), 300);
    }
}
