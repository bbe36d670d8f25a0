//! The limit on every text kept from a body, and the cutting and trimming
//! that hold texts to it.

use alloc::string::{String, ToString};

/// The most bytes of any text kept from a body (the message, the code, the
/// request id, the authorization message, or a body of no known shape).
/// Error bodies are small; a gateway's HTML page or a runaway field is cut
/// here so that logs stay readable.
pub(crate) const TEXT_LIMIT: usize = 4096;

/// A body that is not a known shape, as text: invalid UTF-8 replaced,
/// surrounding whitespace dropped, cut to the limit.
pub(super) fn raw_message(body: &[u8]) -> String {
    let mut head = &body[..body.len().min(TEXT_LIMIT)];
    // A character that straddles the cut is left out whole, not decoded from
    // its first bytes as a replacement character.
    let invalid_end = head
        .utf8_chunks()
        .last()
        .map_or(0, |chunk| chunk.invalid().len());
    if invalid_end > 0 && body.len() > head.len() {
        let start = head.len() - invalid_end;
        let width = match body[start] {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        if width > invalid_end
            && body
                .get(start..start + width)
                .is_some_and(|whole| core::str::from_utf8(whole).is_ok())
        {
            head = &head[..start];
        }
    }
    let text = String::from_utf8_lossy(head);
    let mut message = capped(text.trim());
    if body.len() > TEXT_LIMIT && !message.ends_with('…') {
        message.push('…');
    }
    message
}

/// `text`, or its first `TEXT_LIMIT` bytes (at a character boundary) and `…`.
pub(crate) fn capped(text: &str) -> String {
    if text.len() <= TEXT_LIMIT {
        return text.to_string();
    }
    let mut end = TEXT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cut = String::with_capacity(end + '…'.len_utf8());
    cut.push_str(&text[..end]);
    cut.push('…');
    cut
}

/// An identifier-like text (code, request id, authorization message):
/// surrounding whitespace, byte order marks and zero-width spaces dropped,
/// `None` if nothing is left.
pub(crate) fn trimmed_identifier(text: &str) -> Option<String> {
    let text =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'));
    (!text.is_empty()).then(|| capped(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_cut_at_a_character_boundary() {
        let long = "错".repeat(2000);
        let cut = capped(&long);
        assert!(cut.ends_with('…'));
        assert!(cut.len() <= TEXT_LIMIT + '…'.len_utf8());
        assert_eq!(capped("short"), "short");
    }
}
