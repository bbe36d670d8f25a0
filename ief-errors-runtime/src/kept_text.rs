//! A short copy of user input for error messages, with no allocation.

/// The longest part of an input kept. Real codes and language tags are far
/// shorter; the rest of a longer input is elided, so errors stay `Copy` and
/// need no allocator.
const KEPT_BYTES: usize = 64;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct KeptText {
    kept: [u8; KEPT_BYTES],
    kept_len: u8,
    truncated: bool,
}

impl KeptText {
    /// The first 64 bytes of `text`, cut at a character boundary.
    pub(crate) fn new(text: &str) -> Self {
        let mut kept_len = text.len().min(KEPT_BYTES);
        while !text.is_char_boundary(kept_len) {
            kept_len -= 1;
        }
        let mut kept = [0; KEPT_BYTES];
        kept[..kept_len].copy_from_slice(&text.as_bytes()[..kept_len]);
        KeptText {
            kept,
            kept_len: u8::try_from(kept_len).unwrap_or(u8::MAX),
            truncated: kept_len < text.len(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // `new` only keeps whole characters, so this never fails.
        core::str::from_utf8(&self.kept[..usize::from(self.kept_len)]).unwrap_or_default()
    }

    pub(crate) const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// `"text"` in quotes, with `…` when it was cut.
    pub(crate) fn fmt_quoted(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(formatter, "{:?}{ellipsis}", self.as_str())
    }
}
