use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::{Lang, Localized, RetryKind};

/// What every enum generated from a table provides (the shipped
/// [`IefError`](crate::IefError), and each enum of the `ief_errors!` macro),
/// for code that works with any of them.
///
/// The generated enums also have these as inherent `const fn`s, which is
/// what to call when the type is known.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{ErrorCode, IefError, Lang};
///
/// fn describe<E: ErrorCode>(code: &str) -> Option<(u16, &'static str)> {
///     let error = E::from_code(code)?;
///     Some((error.status(), error.remediation(Lang::En)))
/// }
///
/// assert_eq!(describe::<IefError>("IEF.310002"), Some((400, "Obtain a new token.")));
/// assert_eq!(describe::<IefError>("APIGW.0101"), None);
/// ```
pub trait ErrorCode:
    Copy + Eq + Ord + Hash + Debug + Display + core::error::Error + 'static
{
    /// Every variant, in the table's order.
    const ALL: &'static [Self];

    /// The code the service sends, such as `"IEF.100004"`.
    fn code(self) -> &'static str;

    /// The variant's name as the table writes it, such as
    /// `"InvalidOffset"`: what a log line or a metric label can name the
    /// error by, across enums.
    ///
    /// Generated enums answer from the table. This default body, for types
    /// that implement the trait by hand, names each error by its
    /// [`code`](Self::code).
    ///
    /// ```
    /// # extern crate ief_errors_runtime as ief_errors;
    /// use ief_errors::{ErrorCode, IefError};
    ///
    /// fn label<E: ErrorCode>(error: E) -> &'static str {
    ///     error.name()
    /// }
    /// assert_eq!(label(IefError::InvalidOffset), "InvalidOffset");
    /// ```
    fn name(self) -> &'static str {
        self.code()
    }

    /// The HTTP status the service answers this error with.
    fn status(self) -> u16;

    /// The error message in `lang`.
    fn message(self, lang: Lang) -> &'static str;

    /// What the caller can do about this error, in `lang`.
    fn remediation(self, lang: Lang) -> &'static str;

    /// Whether the error is the service's fault rather than the caller's.
    fn is_internal(self) -> bool;

    /// What a client should do next: back off, retry, renew its
    /// credentials, or change the request.
    ///
    /// Generated enums answer from the table's `retry` key, or without one:
    /// [`Server`](RetryKind::Server) when the row is internal,
    /// [`Throttled`](RetryKind::Throttled) for status 429,
    /// [`Auth`](RetryKind::Auth) for 401, [`Caller`](RetryKind::Caller)
    /// otherwise. This default body applies the same rule to
    /// [`status`](Self::status) and [`is_internal`](Self::is_internal), for
    /// types that implement the trait by hand.
    fn retry_kind(self) -> RetryKind {
        RetryKind::table_default(self.status(), self.is_internal())
    }

    /// The variant for an exact, case-sensitive code.
    fn from_code(code: &str) -> Option<Self>;

    /// Displays the message in `lang`.
    #[must_use]
    fn localized(self, lang: Lang) -> Localized<Self> {
        Localized::new(self, lang)
    }
}
