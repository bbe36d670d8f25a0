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
