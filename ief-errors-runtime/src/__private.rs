//! Run-time helpers for the generated code. Not public API: no semver
//! guarantees; only `ief_errors!` should name these.
//!
//! The hash is `ief_errors_core::hash`, the same code the generator placed
//! the codes with.

pub use ief_errors_core::hash::perfect_hash_index;

// Generated code calls these rather than bind locals of its own: a `let
// index` in the user's crate is a pattern, and a constant of the user's
// named `index` would turn it into a comparison with that constant.

/// A column of a table's texts, such as every row's English message: the
/// texts one after another in one string, and where each starts.
///
/// Generated code holds each text column this way rather than as an array
/// of `&str`: rustc and LLVM spend time and memory on every element of an
/// array, and six text columns of 50,000 rows took about 9 s and 1.3 GB to
/// compile as arrays, about 1.2 s and under half the memory as one string
/// and one byte string each.
#[derive(Clone, Copy)]
pub struct Texts {
    joined: &'static str,
    /// The byte offset in `joined` at which each text starts, and then the
    /// length of `joined`: a little-endian `u32` each (a table file is at
    /// most 256 MiB). The `i`th text is between the `i`th and the next.
    offsets: &'static [u8],
}

impl Texts {
    /// The column whose texts are `joined`, the `i`th between the offsets
    /// in `offsets[4 * i..4 * i + 4]` and `offsets[4 * i + 4..4 * i + 8]`.
    ///
    /// # Safety
    ///
    /// `offsets` is 4 bytes for each text and 4 more, each little-endian
    /// `u32` at least the one before it, the last at most `joined.len()`,
    /// and each on a character boundary of `joined`: [`Texts::get`] takes
    /// the bytes between two of them as a string without checking them
    /// again. The generator writes them from the texts it joined.
    #[must_use]
    #[allow(unsafe_code)]
    pub const unsafe fn new(joined: &'static str, offsets: &'static [u8]) -> Self {
        Texts { joined, offsets }
    }

    /// How many texts the column holds.
    #[must_use]
    pub const fn len(self) -> usize {
        (self.offsets.len() / 4).saturating_sub(1)
    }

    /// Whether the column holds no text.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether the `index`th text is `text`, for the lookup by code: the
    /// lengths compared, then the bytes; `false` past the last text. Not a
    /// `const fn`: it reads the column with one bounds check, where the
    /// `const` slice methods [`Texts::get`] is limited to take five.
    #[must_use]
    #[inline]
    #[allow(unsafe_code, clippy::cast_possible_truncation)]
    pub fn is(self, index: usize, text: &str) -> bool {
        if index >= self.len() {
            return false;
        }
        // SAFETY: `index < self.len()`, so `offsets` holds at least
        // `4 * index + 8` bytes; `[u8; 8]` has alignment 1.
        let [s0, s1, s2, s3, e0, e1, e2, e3] = unsafe {
            self.offsets
                .as_ptr()
                .add(4 * index)
                .cast::<[u8; 8]>()
                .read()
        };
        let start = u32::from_le_bytes([s0, s1, s2, s3]) as usize;
        let end = u32::from_le_bytes([e0, e1, e2, e3]) as usize;
        // SAFETY: `new`'s contract: `start <= end <= joined.len()`.
        end - start == text.len()
            && same_bytes(
                unsafe { self.joined.as_bytes().get_unchecked(start..end) },
                text.as_bytes(),
            )
    }

    /// The `index`th text.
    ///
    /// # Panics
    ///
    /// If `index` is not below [`Texts::len`].
    #[must_use]
    #[inline]
    #[allow(clippy::cast_possible_truncation)]
    pub const fn get(self, index: usize) -> &'static str {
        // The text's start and end, read in one piece: one bounds check.
        let (_, from_start) = self.offsets.split_at(4 * index);
        let Some(&[s0, s1, s2, s3, e0, e1, e2, e3]) = from_start.first_chunk::<8>() else {
            panic!("no text at this index");
        };
        let start = u32::from_le_bytes([s0, s1, s2, s3]) as usize;
        let end = u32::from_le_bytes([e0, e1, e2, e3]) as usize;
        let (up_to_end, _) = self.joined.as_bytes().split_at(end);
        let (_, text) = up_to_end.split_at(start);
        // SAFETY: `new`'s contract: `start` and `end` are character
        // boundaries of `joined`, in order, so the bytes between them are
        // whole characters of a `str`, which is UTF-8.
        #[allow(unsafe_code)]
        unsafe {
            core::str::from_utf8_unchecked(text)
        }
    }
}

/// `a == b`. Up to 16 bytes, as codes are, with at most two loads a side,
/// where `==` calls `memcmp`: that call was a tenth of a lookup.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    fn head_and_tail<const N: usize>(bytes: &[u8]) -> Option<([u8; N], [u8; N])> {
        Some((*bytes.first_chunk::<N>()?, *bytes.last_chunk::<N>()?))
    }
    if a.len() != b.len() {
        return false;
    }
    match a.len() {
        0 => true,
        // The first, middle and last bytes are every byte.
        length @ 1..=3 => {
            a[0] == b[0] && a[length / 2] == b[length / 2] && a[length - 1] == b[length - 1]
        }
        4..=7 => head_and_tail::<4>(a) == head_and_tail::<4>(b),
        8..=16 => head_and_tail::<8>(a) == head_and_tail::<8>(b),
        _ => a == b,
    }
}

/// The variant whose code is exactly `code`, found by the perfect hash the
/// generator built: one hash, two reads from small tables, one comparison.
#[inline]
#[must_use]
pub fn find<E, P, S>(
    code: &str,
    seed: u64,
    pilots: &[P],
    slots: &[S],
    codes: Texts,
    variants: &[E],
) -> Option<E>
where
    E: Copy,
    P: Copy + Into<u64>,
    S: Copy + Into<u64>,
{
    let index = perfect_hash_index(seed, code, pilots, slots);
    codes.is(index, code).then(|| variants[index])
}

/// The variant whose code is exactly `code`, by comparing every code: for
/// a table the generator found no perfect hash for, which distinct codes
/// never are.
#[must_use]
pub fn scan<E: Copy>(code: &str, codes: Texts, variants: &[E]) -> Option<E> {
    let index = (0..codes.len()).find(|&index| codes.is(index, code))?;
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

/// The position of `error` in the shipped table, which is that of the same
/// row in an enum that extends it (`extends = "ief"` layers the shipped
/// rows first, in order): its `From<IefError>` reads its own variant there.
/// Here, where `IefError` is defined, the cast needs no wildcard arm for
/// its `#[non_exhaustive]`.
#[must_use]
pub const fn shipped_index(error: crate::IefError) -> usize {
    error as usize
}

/// Whether two texts are the same, at compile time: for the check that an
/// enum extending the shipped table holds its rows as `IefError` does.
#[must_use]
pub const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// A retry kind's number, at compile time (`PartialEq` is not `const`).
#[must_use]
pub const fn retry_number(kind: crate::RetryKind) -> u8 {
    kind as u8
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The column of `texts`, with the ends the generator would write.
    fn column(texts: &[&str]) -> Texts {
        let joined: &'static str = Box::leak(texts.concat().into_boxed_str());
        let mut offsets = 0u32.to_le_bytes().to_vec();
        let mut end = 0u32;
        for text in texts {
            end += u32::try_from(text.len()).unwrap();
            offsets.extend_from_slice(&end.to_le_bytes());
        }
        // SAFETY: the offsets are 0 and the running lengths of whole texts.
        #[allow(unsafe_code)]
        unsafe {
            Texts::new(joined, Box::leak(offsets.into_boxed_slice()))
        }
    }

    #[test]
    fn a_column_gives_back_each_text() {
        let texts = ["IEF.100004", "", "请求offset不符合规范", "🦀", "last"];
        let column = column(&texts);
        assert_eq!(column.len(), texts.len());
        assert!(!column.is_empty());
        for (index, text) in texts.iter().enumerate() {
            assert_eq!(column.get(index), *text);
            assert!(column.is(index, text));
            assert!(!column.is(index, &format!("{text}x")));
        }
        assert!(!column.is(texts.len(), ""));
        assert!(!column.is(usize::MAX / 4, ""));
        assert!(!column.is(usize::MAX, ""));
        assert!(self::column(&[]).is_empty());
    }

    #[test]
    fn same_bytes_is_equality_at_every_length() {
        let text: Vec<u8> = (0..40).collect();
        for length in 0..=text.len() {
            let a = &text[..length];
            assert!(same_bytes(a, a), "{length}");
            for at in 0..length {
                let mut b = a.to_vec();
                b[at] ^= 0x80;
                assert!(!same_bytes(a, &b), "{length}: byte {at}");
            }
        }
        assert!(!same_bytes(b"ab", b"abc"));
        assert!(!same_bytes(b"abcdefgh", b"abcdefg"));
        assert!(!same_bytes(b"abcdefgh", b"abcdXXefgh"));
    }

    #[test]
    fn codes_are_found_by_a_scan_of_the_column() {
        let codes = column(&["A.1", "B.2", "C.3"]);
        assert_eq!(scan("B.2", codes, &['a', 'b', 'c']), Some('b'));
        assert_eq!(scan("b.2", codes, &['a', 'b', 'c']), None);
        assert_eq!(scan("", codes, &['a', 'b', 'c']), None);
    }

    #[test]
    #[should_panic(expected = "no text at this index")]
    fn a_text_past_the_last_is_a_panic() {
        let _ = column(&["only"]).get(1);
    }
}
