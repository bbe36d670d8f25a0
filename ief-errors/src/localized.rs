use core::fmt;

use crate::{ErrorCode, Lang};

/// An error displayed in a chosen language, from `localized(lang)`.
///
/// ```
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

/// Writes the message in the chosen language, exactly as the table has it.
impl<E: ErrorCode> fmt::Display for Localized<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.error.message(self.lang))
    }
}
