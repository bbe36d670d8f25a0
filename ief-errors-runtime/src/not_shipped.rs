use core::fmt;

use crate::ErrorCode;

/// A variant of an enum that extends the shipped table
/// (`#[ief_errors(extends = "ief")]`) whose code is not one of the shipped
/// table's, so it has no [`IefError`](crate::IefError): the error of
/// `IefError::try_from`. It names the code and gives the variant back.
///
/// The facade's documentation of `ief_errors!` shows it in use: an
/// extending enum is needed to make one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct NotShipped<E> {
    error: E,
}

impl<E: ErrorCode> NotShipped<E> {
    /// `error`, as a variant the shipped table does not have: for the
    /// generated `TryFrom`, which makes one only of such a variant.
    #[doc(hidden)]
    #[must_use]
    pub const fn new(error: E) -> Self {
        NotShipped { error }
    }

    /// The variant's code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.error.code()
    }

    /// The variant that could not be converted.
    #[must_use]
    pub const fn into_inner(self) -> E {
        self.error
    }
}

impl<E: ErrorCode> fmt::Display for NotShipped<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug-quoted: the code is table text, and control characters in it
        // are shown escaped.
        write!(
            formatter,
            "error code {:?} is not in the shipped IEF table",
            self.code()
        )
    }
}

impl<E: ErrorCode> core::error::Error for NotShipped<E> {}
