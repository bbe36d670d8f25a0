//! Wrapping text to a width: lines break at spaces and between wide
//! (CJK) characters, never at hyphens, and a word is cut only when it
//! alone is longer than the width, then never inside an escape such as
//! `\u{1b}` or a style sequence.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// `text` in lines at most `width` columns wide (a single atom wider than
/// the width, which cannot happen with a width of 10 or more, stays whole).
/// Spaces where a line breaks are dropped.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<Cow<'_, str>> {
    wrap_hanging(text, width, width)
}

/// As [`wrap`], the first line `first_width` wide and the others `width`.
pub(crate) fn wrap_hanging(text: &str, first_width: usize, width: usize) -> Vec<Cow<'_, str>> {
    let first_width = first_width.max(1);
    let rest_width = width.max(1);
    let mut width = first_width;
    let mut lines: Vec<Cow<'_, str>> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in words(text) {
        let body = word.trim_end_matches(' ');
        let spaces = word.len() - body.len();
        let body_width = display_width(body);
        if used > 0 && used + body_width > width {
            lines.push(Cow::Owned(std::mem::take(&mut line).trim_end().to_owned()));
            used = 0;
            width = rest_width;
        }
        if body_width > width {
            // A word longer than a line: cut it between atoms.
            for atom in atoms(body) {
                let atom_width = display_width(atom);
                if used > 0 && used + atom_width > width {
                    lines.push(Cow::Owned(std::mem::take(&mut line)));
                    used = 0;
                    width = rest_width;
                }
                line.push_str(atom);
                used += atom_width;
            }
        } else {
            line.push_str(body);
            used += body_width;
        }
        line.push_str(&word[body.len()..]);
        used += spaces;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(Cow::Owned(line.trim_end().to_owned()));
    }
    lines
}

/// The words of `text`, each with the spaces after it: a break may come
/// after spaces, and before and after a wide character (CJK text has no
/// spaces), except before punctuation.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut characters = text.char_indices().peekable();
    while let Some((_, character)) = characters.next() {
        let Some(&(next_index, next)) = characters.peek() else {
            break;
        };
        let breaks = if character == ' ' {
            next != ' '
        } else {
            next != ' '
                && !is_punctuation(next)
                && (is_wide(character) || is_wide(next))
                && character != '\u{1b}'
        };
        if breaks {
            words.push(&text[start..next_index]);
            start = next_index;
        }
    }
    if start < text.len() {
        words.push(&text[start..]);
    }
    words
}

/// The pieces a word may be cut between: an escape written by
/// `escape_controls` (`\u{1b}`, `\n`, `\\`), a style sequence (`ESC[...m`),
/// or one character.
fn atoms(word: &str) -> Vec<&str> {
    let mut atoms = Vec::new();
    let mut rest = word;
    while let Some(first) = rest.chars().next() {
        let length = match first {
            '\\' if rest[1..].starts_with("u{") => rest.find('}').map_or(1, |close| close + 1),
            '\\' => 1 + rest[1..].chars().next().map_or(0, char::len_utf8),
            '\u{1b}' => rest.find('m').map_or(1, |end| end + 1),
            first => first.len_utf8(),
        };
        atoms.push(&rest[..length]);
        rest = &rest[length..];
    }
    atoms
}

fn is_wide(character: char) -> bool {
    character.width() == Some(2)
}

/// Punctuation no line should start with: ASCII, CJK and full-width.
fn is_punctuation(character: char) -> bool {
    character.is_ascii_punctuation()
        || matches!(character, '\u{3001}'..='\u{3002}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF1F}' | '\u{300D}' | '\u{300F}')
}

/// Columns `text` takes on a terminal; style sequences take none.
pub(crate) fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_at_spaces_not_at_hyphens() {
        assert_eq!(
            wrap("id 0a1b2c3d-4e5f-6789-abcd-ef0123456789 end", 38),
            ["id", "0a1b2c3d-4e5f-6789-abcd-ef0123456789", "end"]
        );
        assert_eq!(wrap("a well-known word", 12), ["a well-known", "word"]);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_between_escapes() {
        let lines = wrap("ab\\u{1b}[2Jcd\\u{7}", 7);
        assert_eq!(lines, ["ab", "\\u{1b}[", "2Jcd", "\\u{7}"]);
    }

    #[test]
    fn chinese_text_breaks_between_characters_not_before_punctuation() {
        assert_eq!(
            wrap("请求offset不符合规范", 10),
            ["请求offset", "不符合规范"]
        );
        assert_eq!(wrap("错误信息,或者对照", 10), ["错误信息,", "或者对照"]);
    }

    #[test]
    fn styles_take_no_width_and_are_not_cut() {
        let styled = "\u{1b}[31mcaller\u{1b}[0m: fixed";
        assert_eq!(wrap(styled, 8), ["\u{1b}[31mcaller\u{1b}[0m:", "fixed"]);
    }

    #[test]
    fn a_hanging_wrap_gives_the_first_line_its_own_width() {
        assert_eq!(
            wrap_hanging("one two three four", 9, 5),
            ["one two", "three", "four"]
        );
        assert_eq!(
            wrap_hanging("请求不符合规范", 6, 4),
            ["请求不", "符合", "规范"]
        );
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), [""]);
    }
}
