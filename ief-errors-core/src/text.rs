//! Which characters are shown escaped wherever text this project did not
//! write (a table's values, a response body, what a user typed) reaches a
//! terminal, a log line or a rendered page: the generated rustdoc, the
//! `Display` of a parsed error response, and the command's output.

/// Whether `character` must be shown as an escape rather than as itself:
/// it would act on a terminal or page, or show as nothing, so that text
/// holding it could pass for other text (`IEF.100004` with a zero-width
/// space or a Hangul filler in it reads as the real code).
///
/// - control characters: C0 (so line breaks, tab, ESC and BEL), DEL and C1
///   (which some terminals take as CSI or OSC);
/// - the line and paragraph separators U+2028 and U+2029;
/// - every format character (general category Cf, as of Unicode 16): the
///   bidirectional controls that reorder a line, zero-width spaces and
///   joiners, the soft hyphen, the byte-order mark, the Arabic number signs
///   U+0600 to U+0605, tags;
/// - the other default-ignorable characters, which a terminal shows as
///   nothing: the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
///   combining grapheme joiner U+034F, the Khmer inherent vowels, the
///   Mongolian variation selectors, the variation selectors and the rest of
///   the tag block's reserved range.
///
/// ```
/// use ief_errors_core::text::must_escape;
///
/// assert!(must_escape('\u{1b}'));
/// assert!(must_escape('\u{202e}'));
/// assert!(must_escape('\u{3164}'));
/// assert!(!must_escape('请'));
/// ```
#[must_use]
pub const fn must_escape(character: char) -> bool {
    // Most table and response text is printable ASCII or CJK ideographs, none
    // of which is escaped. Answered first, because this runs for every
    // character of a table inside the macro, unoptimized in a debug build,
    // where each range below is one more comparison.
    if matches!(character, ' '..='~' | '\u{4e00}'..='\u{9fff}') {
        return false;
    }
    is_control(character)
        || matches!(character, '\u{2028}' | '\u{2029}')
        || is_format(character)
        || is_ignorable_non_format(character)
}

/// Writes `character` as the escape that stands for it wherever text is
/// shown escaped: `\n`, `\r` and `\t` by name, any other as `\u{1b}` (its
/// code point in lowercase hex). One spelling for the generated docs'
/// messages, `ApiError`'s `Display` and the command.
///
/// ```
/// let mut out = String::new();
/// ief_errors_core::text::write_escape(&mut out, '\u{1b}').unwrap();
/// ief_errors_core::text::write_escape(&mut out, '\n').unwrap();
/// assert_eq!(out, "\\u{1b}\\n");
/// ```
///
/// # Errors
///
/// Only those of `out`.
pub fn write_escape(out: &mut impl core::fmt::Write, character: char) -> core::fmt::Result {
    match character {
        '\n' => out.write_str("\\n"),
        '\r' => out.write_str("\\r"),
        '\t' => out.write_str("\\t"),
        character => write!(out, "\\u{{{:x}}}", u32::from(character)),
    }
}

/// General category Cc: C0, DEL and C1.
const fn is_control(character: char) -> bool {
    matches!(character, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// General category Cf as of Unicode 16, by hand so that no table crate is
/// needed for twenty ranges. U+2065, unassigned inside the run of invisible
/// operators and bidirectional isolates, is escaped with them.
const fn is_format(character: char) -> bool {
    matches!(
        character,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// The default-ignorable code points outside Cf (Unicode's
/// `Default_Ignorable_Code_Point`), which render as nothing or as a change
/// to the character before.
const fn is_ignorable_non_format(character: char) -> bool {
    matches!(
        character,
        '\u{034f}'
            | '\u{115f}'..='\u{1160}'
            | '\u{17b4}'..='\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{ffa0}'
            | '\u{e0000}'..='\u{e0fff}'
    )
}

#[cfg(test)]
mod tests {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    use super::*;

    /// Every `char` against an independent reading of Unicode: each control
    /// and format character is escaped, and of the rest only the listed
    /// invisible ones are.
    #[test]
    fn every_char_is_classified_as_unicode_says() {
        let mut escaped_visible = 0;
        for character in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let category = character.general_category();
            let expected = matches!(category, GeneralCategory::Control | GeneralCategory::Format)
                || matches!(character, '\u{2028}' | '\u{2029}')
                || is_ignorable_non_format(character)
                // Reserved code points among the format runs are escaped with them.
                || (category == GeneralCategory::Unassigned && is_format(character));
            assert_eq!(
                must_escape(character),
                expected,
                "U+{:04X}",
                u32::from(character)
            );
            if must_escape(character)
                && !matches!(category, GeneralCategory::Control | GeneralCategory::Format)
            {
                escaped_visible += 1;
            }
        }
        // The separators, the fillers and selectors, and the tag block's reserved range.
        assert!(escaped_visible > 4000, "{escaped_visible}");
    }

    #[test]
    fn text_a_person_reads_is_not_escaped() {
        for character in [
            'a', ' ', '请', 'é', '\u{3000}', '\u{ff0e}', '\u{3163}', '\u{fe10}', '\u{1161}',
        ] {
            assert!(!must_escape(character), "{character:?}");
        }
    }
}
