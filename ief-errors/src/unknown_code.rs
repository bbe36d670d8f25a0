use core::fmt;

/// The longest part of an unknown code kept for the message. Real codes are
/// under 30 bytes; the rest of a longer input is elided, so the error needs no
/// allocation and stays `Copy`.
const KEPT_BYTES: usize = 64;

/// A string that is not a code of the table, from `str::parse` or `TryFrom<&str>`.
///
/// ```
/// use ief_errors::IefError;
///
/// let error = "APIGW.0101".parse::<IefError>().unwrap_err();
/// assert_eq!(error.code(), "APIGW.0101");
/// assert_eq!(error.to_string(), "unknown error code \"APIGW.0101\"");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    kept: [u8; KEPT_BYTES],
    kept_len: u8,
    truncated: bool,
}

impl UnknownCode {
    /// Records `code` as unknown (its first 64 bytes, cut at a character boundary).
    #[must_use]
    pub fn new(code: &str) -> Self {
        let mut kept_len = code.len().min(KEPT_BYTES);
        while !code.is_char_boundary(kept_len) {
            kept_len -= 1;
        }
        let mut kept = [0; KEPT_BYTES];
        kept[..kept_len].copy_from_slice(&code.as_bytes()[..kept_len]);
        UnknownCode {
            kept,
            kept_len: u8::try_from(kept_len).unwrap_or(u8::MAX),
            truncated: kept_len < code.len(),
        }
    }

    /// The unknown code, or its first 64 bytes if it was longer (see [`is_truncated`](Self::is_truncated)).
    #[must_use]
    pub fn code(&self) -> &str {
        // `new` only keeps whole characters, so this never fails.
        core::str::from_utf8(&self.kept[..usize::from(self.kept_len)]).unwrap_or_default()
    }

    /// Whether the input was longer than what [`code`](Self::code) keeps.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("UnknownCode")
            .field("code", &self.code())
            .field("truncated", &self.truncated)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(formatter, "unknown error code {:?}{ellipsis}", self.code())
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
