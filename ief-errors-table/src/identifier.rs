//! What Rust accepts as an identifier: the rule the schema holds variant
//! names to, and that front ends use for the names they are given (an
//! enum's name, a path's segments), so nothing invalid reaches
//! `proc_macro2::Ident::new`, which panics on it.

/// Rust's strict and reserved keywords, 2015 to 2024 editions.
pub const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `value` is written like an identifier (`XID_Start` or `_`, then
/// `XID_Continue`; not `_` alone), keywords included.
///
/// ```
/// use ief_errors_table::identifier::is_identifier;
///
/// assert!(is_identifier("Ärger") && is_identifier("_x") && is_identifier("match"));
/// assert!(!is_identifier("_") && !is_identifier("1a") && !is_identifier("a-b") && !is_identifier(""));
/// ```
#[must_use]
pub fn is_identifier(value: &str) -> bool {
    let mut characters = value.chars();
    characters
        .next()
        .is_some_and(|first| first == '_' || unicode_ident::is_xid_start(first))
        && characters.all(unicode_ident::is_xid_continue)
        && value != "_"
}

/// Whether `value` is a keyword, which only a raw identifier (`r#match`) may spell.
#[must_use]
pub fn is_keyword(value: &str) -> bool {
    KEYWORDS.contains(&value)
}

/// Whether the compiler may merge `character` with the character before it,
/// or reorder it: rustc compares identifiers in Unicode NFC, so a name
/// holding one could be the same identifier as another name that looks
/// different (`Cafe\u{301}` and `Café`). The identifier characters whose
/// `NFC_Quick_Check` is not `Yes` or whose canonical combining class is not
/// 0, as ranges that may take in characters that are no identifier
/// characters at all; made with the `unicode-normalization` crate (0.1.26,
/// Unicode 16), which a test holds this to for every `char`.
#[must_use]
#[allow(clippy::too_many_lines)] // one match over a Unicode table
pub const fn merges_under_nfc(character: char) -> bool {
    // Below U+0300 none does; asked first as the macro runs unoptimized.
    if (character as u32) < 0x300 {
        return false;
    }
    matches!(
        character,
        '\u{0300}'..='\u{034e}'
            | '\u{0350}'..='\u{036f}'
            | '\u{0374}'
            | '\u{0387}'
            | '\u{0483}'..='\u{0487}'
            | '\u{0591}'..='\u{05c9}'
            | '\u{0610}'..='\u{061a}'
            | '\u{064b}'..='\u{065f}'
            | '\u{0670}'
            | '\u{06d6}'..='\u{06e4}'
            | '\u{06e7}'..='\u{06ed}'
            | '\u{0711}'
            | '\u{0730}'..='\u{074a}'
            | '\u{07eb}'..='\u{07f3}'
            | '\u{07fd}'
            | '\u{0816}'..='\u{0819}'
            | '\u{081b}'..='\u{0823}'
            | '\u{0825}'..='\u{0827}'
            | '\u{0829}'..='\u{082d}'
            | '\u{0859}'..='\u{085b}'
            | '\u{0897}'..='\u{089f}'
            | '\u{08ca}'..='\u{08ff}'
            | '\u{093c}'
            | '\u{094d}'
            | '\u{0951}'..='\u{0954}'
            | '\u{0958}'..='\u{095f}'
            | '\u{09bc}'
            | '\u{09be}'
            | '\u{09cd}'
            | '\u{09d7}'..='\u{09df}'
            | '\u{09fe}'
            | '\u{0a33}'
            | '\u{0a36}'
            | '\u{0a3c}'
            | '\u{0a4d}'
            | '\u{0a59}'..='\u{0a5b}'
            | '\u{0a5e}'
            | '\u{0abc}'
            | '\u{0acd}'
            | '\u{0b3c}'
            | '\u{0b3e}'
            | '\u{0b4d}'
            | '\u{0b56}'..='\u{0b5d}'
            | '\u{0bbe}'
            | '\u{0bcd}'
            | '\u{0bd7}'
            | '\u{0c3c}'
            | '\u{0c4d}'..='\u{0c56}'
            | '\u{0cbc}'
            | '\u{0cc2}'
            | '\u{0ccd}'..='\u{0cd6}'
            | '\u{0d3b}'..='\u{0d3c}'
            | '\u{0d3e}'
            | '\u{0d4d}'
            | '\u{0d57}'
            | '\u{0dca}'..='\u{0dcf}'
            | '\u{0ddf}'
            | '\u{0e38}'..='\u{0e3a}'
            | '\u{0e48}'..='\u{0e4b}'
            | '\u{0eb8}'..='\u{0eba}'
            | '\u{0ec8}'..='\u{0ecb}'
            | '\u{0f18}'..='\u{0f19}'
            | '\u{0f35}'..='\u{0f39}'
            | '\u{0f43}'
            | '\u{0f4d}'
            | '\u{0f52}'
            | '\u{0f57}'
            | '\u{0f5c}'
            | '\u{0f69}'
            | '\u{0f71}'..='\u{0f76}'
            | '\u{0f78}'
            | '\u{0f7a}'..='\u{0f7d}'
            | '\u{0f80}'..='\u{0f87}'
            | '\u{0f93}'
            | '\u{0f9d}'
            | '\u{0fa2}'
            | '\u{0fa7}'
            | '\u{0fac}'
            | '\u{0fb9}'
            | '\u{0fc6}'
            | '\u{102e}'
            | '\u{1037}'
            | '\u{1039}'..='\u{103a}'
            | '\u{108d}'
            | '\u{1161}'..='\u{1175}'
            | '\u{11a8}'..='\u{11c2}'
            | '\u{135d}'..='\u{135f}'
            | '\u{1714}'..='\u{1715}'
            | '\u{1734}'
            | '\u{17d2}'
            | '\u{17dd}'
            | '\u{18a9}'
            | '\u{1939}'..='\u{193b}'
            | '\u{1a17}'..='\u{1a18}'
            | '\u{1a60}'
            | '\u{1a75}'..='\u{1a7f}'
            | '\u{1ab0}'..='\u{1af0}'
            | '\u{1b34}'..='\u{1b35}'
            | '\u{1b44}'
            | '\u{1b6b}'..='\u{1b73}'
            | '\u{1baa}'..='\u{1bab}'
            | '\u{1be6}'
            | '\u{1bf2}'..='\u{1bf3}'
            | '\u{1c37}'
            | '\u{1cd0}'..='\u{1ce0}'
            | '\u{1ce2}'..='\u{1ce8}'
            | '\u{1ced}'
            | '\u{1cf4}'
            | '\u{1cf8}'..='\u{1cf9}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{1f71}'
            | '\u{1f73}'
            | '\u{1f75}'
            | '\u{1f77}'
            | '\u{1f79}'
            | '\u{1f7b}'
            | '\u{1f7d}'
            | '\u{1fbb}'
            | '\u{1fbe}'
            | '\u{1fc9}'
            | '\u{1fcb}'
            | '\u{1fd3}'
            | '\u{1fdb}'
            | '\u{1fe3}'
            | '\u{1feb}'
            | '\u{1ff9}'
            | '\u{1ffb}'
            | '\u{20d0}'..='\u{20f0}'
            | '\u{2126}'
            | '\u{212a}'..='\u{212b}'
            | '\u{2cef}'..='\u{2cf1}'
            | '\u{2d7f}'
            | '\u{2de0}'..='\u{2dff}'
            | '\u{302a}'..='\u{302f}'
            | '\u{3099}'..='\u{309a}'
            | '\u{a66f}'..='\u{a67d}'
            | '\u{a69e}'..='\u{a69f}'
            | '\u{a6f0}'..='\u{a6f1}'
            | '\u{a806}'
            | '\u{a82c}'
            | '\u{a8c4}'
            | '\u{a8e0}'..='\u{a8f1}'
            | '\u{a92b}'..='\u{a92d}'
            | '\u{a953}'
            | '\u{a9b3}'
            | '\u{a9c0}'
            | '\u{aab0}'
            | '\u{aab2}'..='\u{aab4}'
            | '\u{aab7}'..='\u{aab8}'
            | '\u{aabe}'..='\u{aabf}'
            | '\u{aac1}'
            | '\u{aaf6}'
            | '\u{abed}'
            | '\u{f900}'..='\u{fa0d}'
            | '\u{fa10}'
            | '\u{fa12}'
            | '\u{fa15}'..='\u{fa1e}'
            | '\u{fa20}'
            | '\u{fa22}'
            | '\u{fa25}'..='\u{fa26}'
            | '\u{fa2a}'..='\u{fad9}'
            | '\u{fb1d}'..='\u{fb1f}'
            | '\u{fb2a}'..='\u{fb4e}'
            | '\u{fe20}'..='\u{fe2f}'
            | '\u{101fd}'
            | '\u{102e0}'
            | '\u{10376}'..='\u{1037a}'
            | '\u{10a0d}'
            | '\u{10a0f}'
            | '\u{10a38}'..='\u{10a3f}'
            | '\u{10ae5}'..='\u{10ae6}'
            | '\u{10d24}'..='\u{10d27}'
            | '\u{10d69}'..='\u{10d6d}'
            | '\u{10eab}'..='\u{10eac}'
            | '\u{10ecb}'..='\u{10ecf}'
            | '\u{10ef0}'..='\u{10efb}'
            | '\u{10efd}'..='\u{10eff}'
            | '\u{10f46}'..='\u{10f50}'
            | '\u{10f82}'..='\u{10f85}'
            | '\u{11046}'
            | '\u{11070}'
            | '\u{1107f}'
            | '\u{110b9}'..='\u{110ba}'
            | '\u{11100}'..='\u{11102}'
            | '\u{11127}'
            | '\u{11133}'..='\u{11134}'
            | '\u{11173}'
            | '\u{111c0}'
            | '\u{111ca}'
            | '\u{11235}'..='\u{11236}'
            | '\u{112e9}'..='\u{112ea}'
            | '\u{1133b}'..='\u{1133c}'
            | '\u{1133e}'
            | '\u{1134d}'
            | '\u{11357}'
            | '\u{11366}'..='\u{11374}'
            | '\u{113b8}'
            | '\u{113bb}'
            | '\u{113c2}'..='\u{113c9}'
            | '\u{113ce}'..='\u{113d0}'
            | '\u{11442}'
            | '\u{11446}'
            | '\u{1145e}'
            | '\u{114b0}'
            | '\u{114ba}'
            | '\u{114bd}'
            | '\u{114c2}'..='\u{114c3}'
            | '\u{115af}'
            | '\u{115bf}'..='\u{115c0}'
            | '\u{1163f}'
            | '\u{116b6}'..='\u{116b7}'
            | '\u{1172b}'
            | '\u{11839}'..='\u{1183a}'
            | '\u{11930}'
            | '\u{1193d}'..='\u{1193e}'
            | '\u{11943}'
            | '\u{119e0}'
            | '\u{11a34}'
            | '\u{11a47}'
            | '\u{11a99}'
            | '\u{11c3f}'
            | '\u{11d42}'
            | '\u{11d44}'..='\u{11d45}'
            | '\u{11d97}'
            | '\u{11f41}'..='\u{11f42}'
            | '\u{1611e}'..='\u{16129}'
            | '\u{1612f}'
            | '\u{16af0}'..='\u{16af4}'
            | '\u{16b30}'..='\u{16b36}'
            | '\u{16d67}'..='\u{16d68}'
            | '\u{16ff0}'..='\u{16ff1}'
            | '\u{1bc9e}'
            | '\u{1d127}'..='\u{1d281}'
            | '\u{1e000}'..='\u{1e02a}'
            | '\u{1e08f}'
            | '\u{1e130}'..='\u{1e136}'
            | '\u{1e2ae}'
            | '\u{1e2ec}'..='\u{1e2ef}'
            | '\u{1e4ec}'..='\u{1e4ef}'
            | '\u{1e5ee}'..='\u{1e5ef}'
            | '\u{1e6e3}'
            | '\u{1e6e6}'
            | '\u{1e6ee}'..='\u{1e6ef}'
            | '\u{1e6f5}'
            | '\u{1e8d0}'..='\u{1e8d6}'
            | '\u{1e944}'..='\u{1e94a}'
            | '\u{2f800}'..='\u{2fa1d}'
    )
}

/// An `UpperCamelCase` variant name from an English message, as
/// `ief-errors import` names a new code and as a table's help suggests one:
/// its first six words that are not articles, with placeholders (`%(x)s`,
/// `{x}`) left out, and `Error` before a name that would not start with an
/// ASCII capital. Not checked for uniqueness: a table may hold it already.
///
/// ```
/// use ief_errors_table::identifier::name_from_message;
///
/// assert_eq!(name_from_message("The token is expired."), "TokenExpired");
/// assert_eq!(name_from_message("Could not find {target}"), "CouldNotFind");
/// assert_eq!(name_from_message("500 errors"), "Error500Errors");
/// assert_eq!(name_from_message("错误"), "Error");
/// assert_eq!(name_from_message("Self"), "SelfError");
/// assert_eq!(name_from_message(&"x".repeat(1000)).len(), 24);
/// ```
#[must_use]
pub fn name_from_message(message: &str) -> String {
    let words: Vec<String> = without_placeholders(message)
        .replace(['\'', '\u{2019}'], "")
        .split(|character: char| !character.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .filter(|word| {
            !matches!(
                word.to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "is" | "are" | "of"
            )
        })
        .take(6)
        .map(|word| {
            // A name is read, not searched: a word past this is cut (a
            // message of one 10 MB "word" is no name).
            let word = &word[..word.len().min(MAX_NAME_WORD)];
            let mut characters = word.chars();
            characters
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + characters.as_str())
                .unwrap_or_default()
        })
        .collect();
    let mut name = words.concat();
    if !name.starts_with(|first: char| first.is_ascii_uppercase()) {
        name.insert_str(0, "Error");
    }
    // `Self` is the one keyword an UpperCamelCase name can be.
    if name == "Self" {
        name.push_str("Error");
    }
    name
}

/// The longest word, in bytes (the words are ASCII), a derived name takes.
const MAX_NAME_WORD: usize = 24;

/// `message` without the placeholders some services leave in their texts,
/// `%(target)s` and `{target}`, which name nothing about the error.
fn without_placeholders(message: &str) -> String {
    let mut kept = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['%', '{']) {
        kept.push_str(&rest[..start]);
        let placeholder = &rest[start..];
        let end = if placeholder.starts_with("%(") {
            // `%(name)s`: the name, its closing parenthesis and one letter.
            placeholder.find(')').map(|close| {
                close
                    + 1
                    + placeholder[close + 1..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8)
            })
        } else if placeholder.starts_with('{') {
            placeholder.find('}').map(|close| close + 1)
        } else {
            None
        };
        if let Some(end) = end {
            rest = &placeholder[end..];
        } else {
            kept.push_str(&placeholder[..1]);
            rest = &placeholder[1..];
        }
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{IsNormalized, is_nfc_quick};

    use super::*;

    /// Every identifier character that NFC may change, compose or reorder
    /// is in the table, and every one in the table is such a character or
    /// no identifier character at all.
    #[test]
    fn every_char_that_nfc_may_merge_is_known() {
        for character in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if !unicode_ident::is_xid_continue(character) {
                continue;
            }
            let merges = is_nfc_quick(std::iter::once(character)) != IsNormalized::Yes
                || canonical_combining_class(character) != 0;
            assert_eq!(
                merges_under_nfc(character),
                merges,
                "U+{:04X}",
                u32::from(character)
            );
        }
    }

    #[test]
    fn precomposed_and_ascii_letters_stay() {
        for character in ['A', 'é', 'Å', 'Ä', '中', '가', '_', '9'] {
            assert!(!merges_under_nfc(character), "{character:?}");
        }
        for character in ['\u{301}', '\u{30a}', '\u{1161}', '\u{f900}'] {
            assert!(merges_under_nfc(character), "{character:?}");
        }
    }
}
