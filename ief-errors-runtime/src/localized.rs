use core::fmt;

use crate::{ErrorCode, Lang};

/// An error displayed in a chosen language, from `localized(lang)`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, Lang};
///
/// let error = IefError::TokenExpired;
/// assert_eq!(error.localized(Lang::En).to_string(), "The token has expired.");
/// assert_eq!(error.localized(Lang::Zh).to_string(), "token已过期");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Localized<E> {
    error: E,
    lang: Lang,
}

impl<E> Localized<E> {
    /// Pairs `error` with the language to display it in.
    #[must_use]
    pub const fn new(error: E, lang: Lang) -> Self {
        Localized { error, lang }
    }

    /// The language the message is displayed in.
    #[must_use]
    pub const fn lang(&self) -> Lang {
        self.lang
    }
}

impl<E: Copy> Localized<E> {
    /// The error being displayed.
    #[must_use]
    pub const fn error(&self) -> E {
        self.error
    }
}

/// The error in English, the language of [`Lang::default`], so that `?`
/// turns an error into a `Localized` one where a handler returns that.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{IefError, Lang, Localized};
///
/// fn check(offset: i64) -> Result<i64, Localized<IefError>> {
///     if offset < 0 {
///         Err(IefError::InvalidOffset)?;
///     }
///     Ok(offset)
/// }
/// assert_eq!(check(-1), Err(IefError::InvalidOffset.localized(Lang::En)));
/// ```
impl<E: ErrorCode> From<E> for Localized<E> {
    fn from(error: E) -> Self {
        Localized::new(error, Lang::En)
    }
}

/// Writes the message in the chosen language, exactly as the table has it.
impl<E: ErrorCode> fmt::Display for Localized<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.error.message(self.lang))
    }
}
