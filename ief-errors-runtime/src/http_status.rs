/// The HTTP status of any generated enum as an [`http::StatusCode`].
///
/// A trait of its own, brought into scope where it is wanted, rather than a
/// method the `http` feature adds to the enums: turning the feature on
/// anywhere in a dependency graph must not change which `status_code` a
/// crate's existing method calls find. Enums generated with
/// `#[ief_errors(http)]` also get it as an inherent method.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::{HttpStatus, IefError};
///
/// assert_eq!(IefError::InvalidOffset.status_code(), http::StatusCode::BAD_REQUEST);
/// ```
pub trait HttpStatus: crate::ErrorCode {
    /// The HTTP status as an [`http::StatusCode`].
    #[must_use]
    fn status_code(self) -> http::StatusCode {
        // Tables only admit statuses from 100 to 599, all valid here.
        http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

// A blanket impl in a gated module does not carry the module's feature
// mark into other pages' "Blanket Implementations": state it.
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl<E: crate::ErrorCode> HttpStatus for E {}
