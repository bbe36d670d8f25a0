use core::fmt;

use crate::kept_text::KeptText;

/// A string that is not a code of the table, from `str::parse` or `TryFrom<&str>`.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
/// use ief_errors::IefError;
///
/// let error = "APIGW.0101".parse::<IefError>().unwrap_err();
/// assert_eq!(error.code(), "APIGW.0101");
/// assert_eq!(error.to_string(), "unknown error code \"APIGW.0101\"");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: KeptText,
}

impl UnknownCode {
    /// Records `code` as unknown (its first 64 bytes, cut at a character
    /// boundary, so that the error needs no allocation).
    #[must_use]
    pub fn new(code: &str) -> Self {
        UnknownCode {
            code: KeptText::new(code),
        }
    }

    /// The unknown code, or its first 64 bytes if it was longer (see [`is_truncated`](Self::is_truncated)).
    #[must_use]
    pub fn code(&self) -> &str {
        self.code.as_str()
    }

    /// Whether the input was longer than what [`code`](Self::code) keeps.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.code.is_truncated()
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("UnknownCode")
            .field("code", &self.code())
            .field("truncated", &self.is_truncated())
            .finish()
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("unknown error code ")?;
        self.code.fmt_quoted(formatter)
    }
}

impl core::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_codes_are_kept_whole() {
        let error = UnknownCode::new("IEF.999999");
        assert_eq!(error.code(), "IEF.999999");
        assert!(!error.is_truncated());
    }

    #[test]
    fn long_input_is_cut_at_a_character_boundary() {
        let input = "错".repeat(30);
        let error = UnknownCode::new(&input);
        assert_eq!(error.code(), "错".repeat(21));
        assert!(error.is_truncated());
        assert_eq!(
            error.to_string(),
            format!("unknown error code {:?}…", "错".repeat(21))
        );
    }

    #[test]
    fn empty_input_is_an_unknown_empty_code() {
        assert_eq!(UnknownCode::new("").to_string(), "unknown error code \"\"");
    }
}
