//! The generated enum: variants, static row data indexed by discriminant, and
//! the impls. Table problems become `compile_error!`s next to an enum built
//! from the rows that are still valid, so the user sees the real errors and
//! not a cascade of "cannot find type" ones.

use std::fmt::Write as _;
use std::path::PathBuf;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::diagnostic::{Diagnostics, Sources};
use crate::invocation::Invocation;
use crate::load::{self, LoadError};
use crate::lookup::{self, PerfectHash};
use crate::model::Row;
use crate::{parse, validate};

/// The traits every generated enum derives, unless the user's attributes already do.
const DERIVES: &[(&str, &str)] = &[
    ("Clone", "::core::clone::Clone"),
    ("Copy", "::core::marker::Copy"),
    ("Debug", "::core::fmt::Debug"),
    ("PartialEq", "::core::cmp::PartialEq"),
    ("Eq", "::core::cmp::Eq"),
    ("Hash", "::core::hash::Hash"),
    ("PartialOrd", "::core::cmp::PartialOrd"),
    ("Ord", "::core::cmp::Ord"),
];

/// Turns generated text into tokens: the compiler's own lexer inside the
/// proc macro, `proc_macro2`'s in unit tests. `None` if the text does not lex.
pub(crate) type Lexer<'a> = &'a dyn Fn(&str) -> Option<TokenStream>;

pub(crate) fn expand(invocation: &Invocation, lexer: Lexer<'_>) -> TokenStream {
    let mut sources = Sources::default();
    let mut diagnostics = Diagnostics::default();
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    let mut tracked_files = Vec::new();
    // The literal each table was named by, so its errors point there.
    let mut literal_of_file = Vec::new();

    for literal in &invocation.table_paths {
        match load::load(&literal.value()) {
            Ok(source) => {
                let mut found = Diagnostics::default();
                let parsed = parse::parse_table(&source.text, &mut found);
                let (file, base) = sources.add(&source.written_path, source.text);
                diagnostics.absorb(found, file, base);
                rows.extend(parsed.into_iter().map(|row| row.shifted(base)));
                tracked_files.push(source.resolved_path);
                literal_of_file.push(literal);
            }
            Err(LoadError(message)) => errors.push(syn::Error::new(literal.span(), message)),
        }
    }
    // Layering: rows of later tables are checked against all earlier ones.
    let rows = validate::validate(rows, &mut diagnostics);
    errors.extend(
        diagnostics
            .render(&sources)
            .into_iter()
            .map(|(file, message)| {
                let literal = literal_of_file.get(file).copied();
                let span = literal.map_or_else(proc_macro2::Span::call_site, syn::LitStr::span);
                syn::Error::new(span, message)
            }),
    );
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let generated = generate(invocation, &rows, &tracked_files, lexer);
    quote! {
        #(#errors)*
        #generated
    }
}

/// The enum and its impls for `rows`; `tracked_files` are included so an
/// edit to any of them rebuilds the invoking crate.
///
/// The user's own tokens (attributes, visibility, name) keep their spans;
/// everything else is written as text and handed to `lexer` in one call:
/// for tables of thousands of rows, the compiler's lexer is far cheaper than
/// building tokens one by one or lexing them with `proc_macro2`, which runs
/// unoptimized in a proc macro.
pub(crate) fn generate(
    invocation: &Invocation,
    rows: &[Row],
    tracked_files: &[PathBuf],
    lexer: Lexer<'_>,
) -> TokenStream {
    let Invocation {
        attributes,
        visibility,
        enum_name,
        table_paths,
        facade,
    } = invocation;
    let attributes = attributes.iter().map(|attribute| &attribute.tokens);
    let default_docs = (!invocation.has_docs()).then(|| {
        let files: Vec<String> = table_paths
            .iter()
            .map(|path| format!("`{}`", path.value()))
            .collect();
        let summary = format!(
            " Error codes generated from {} ({} codes).",
            files.join(" and "),
            rows.len()
        );
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = " Each variant's documentation shows its code, HTTP status, messages and remediation."]
        }
    });
    let derives = DERIVES
        .iter()
        .filter(|(name, _)| !invocation.derives(name))
        .map(|(_, path)| path.parse::<TokenStream>().unwrap_or_default());

    let lex = |text: &str| {
        lexer(text).unwrap_or_else(|| {
            let message = "ief_errors! generated code that does not lex; please report this";
            quote!(::core::compile_error!(#message);)
        })
    };
    let variants = lex(&variants_source(rows));
    let body = lex(&body_source(
        &enum_name.to_string(),
        &facade.to_string(),
        rows,
        tracked_files,
    ));
    quote! {
        #(#attributes)*
        #default_docs
        #[derive(#(#derives),*)]
        #visibility enum #enum_name {
            #variants
        }

        // The generated code itself names deprecated variants (in `ALL`, in the
        // tables); only the user's own uses should warn.
        #[allow(deprecated)]
        const _: () = {
            #body
        };
    }
}

/// The variants, each with its rustdoc and deprecation.
fn variants_source(rows: &[Row]) -> String {
    let mut out = String::with_capacity(rows.len() * 512);
    for row in rows {
        // One attribute for the whole doc: fewer nodes for the compiler than one per line.
        out.push_str("#[doc = ");
        push_literal(&mut out, &variant_doc(row).join("\n"));
        out.push_str("]\n");
        if let Some(reason) = &row.deprecated {
            out.push_str("#[deprecated = ");
            push_literal(&mut out, &reason.value);
            out.push_str("]\n");
        }
        let _ = writeln!(out, "{},", variant_name(&row.name.value));
    }
    out
}

/// The validated name. Validation has already rejected anything that is
/// not an identifier, but a macro must not panic, so a failure here yields a
/// placeholder that cannot collide with a validated name.
fn variant_name(name: &str) -> String {
    match syn::parse_str::<Ident>(name) {
        Ok(_) => name.to_owned(),
        Err(_) => "__InvalidName".to_owned(),
    }
}

/// Everything inside `const _: () = { ... };`: the row data, the lookup
/// tables, the inherent methods and the trait impls.
fn body_source(enum_name: &str, facade: &str, rows: &[Row], tracked_files: &[PathBuf]) -> String {
    let mut out = String::with_capacity(rows.len() * 512 + 8 * 1024);
    for path in tracked_files.iter().filter_map(|path| path.to_str()) {
        let _ = writeln!(out, "const _: &[u8] = ::core::include_bytes!({path:?});");
    }
    write_columns(&mut out, rows);

    let variants: Vec<String> = rows
        .iter()
        .map(|row| format!("Self::{}", variant_name(&row.name.value)))
        .collect();
    let count = rows.len();
    let example_code = rows
        .first()
        .map_or("IEF.100004", |row| row.code.value.as_str());
    let index = |column: &str| {
        if rows.is_empty() {
            // An enum without variants cannot be cast to an index.
            "match self {}".to_owned()
        } else {
            format!("{column}[self as ::core::primitive::usize]")
        }
    };
    let by_language = |english: &str, chinese: &str| {
        format!(
            "match lang {{ {facade}::Lang::En => {}, {facade}::Lang::Zh => {} }}",
            index(english),
            index(chinese)
        )
    };
    out.push_str(
        &INHERENT_IMPL
            .replace(
                "__ALL_DOC__",
                &format!(
                    "{:?}",
                    format!(" Every variant ({count}), in the table's order.")
                ),
            )
            .replace("__ALL__", &variants.join(", "))
            .replace(
                "__CODE_DOC__",
                &format!(
                    "{:?}",
                    format!(
                        " The code the service sends for this error, such as `{example_code:?}`."
                    )
                ),
            )
            .replace("__CODE__", &index("CODES"))
            .replace("__STATUS__", &index("STATUSES"))
            .replace("__MESSAGE__", &by_language("MESSAGES_EN", "MESSAGES_ZH"))
            .replace(
                "__REMEDIATION__",
                &by_language("REMEDIATIONS_EN", "REMEDIATIONS_ZH"),
            )
            .replace("__INTERNAL__", &index("INTERNAL"))
            .replace("__FROM_CODE__", &from_code_source(rows, facade)),
    );
    out.push_str(TRAIT_IMPLS);
    let _ = writeln!(out, "__FACADE__::__ief_errors_impl_features!(__ENUM__);");
    out.replace("__ENUM__", enum_name)
        .replace("__FACADE__", facade)
}

/// `text` as a Rust string literal.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    push_literal(&mut out, text);
    out
}

/// Appends `text` as a Rust string literal: raw when it can be, because a
/// raw literal needs no per-character escaping, which is slow in a proc macro
/// (it runs unoptimized); escaped only for the rare text with a carriage
/// return, which raw literals cannot hold.
fn push_literal(out: &mut String, text: &str) {
    if text.contains('\r') {
        let _ = write!(out, "{text:?}");
        return;
    }
    // A raw literal ends at `"` followed by its hashes: use one more than any such run.
    let mut hashes = String::new();
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    out.push('r');
    out.push_str(&hashes);
    out.push('"');
    out.push_str(text);
    out.push('"');
    out.push_str(&hashes);
}

/// One static array per column, indexed by the variant's discriminant.
fn write_columns(out: &mut String, rows: &[Row]) {
    let count = rows.len();
    let mut column = |name: &str, element: &str, value: &dyn Fn(&Row) -> String| {
        let _ = write!(out, "const {name}: &[{element}; {count}] = &[");
        for row in rows {
            out.push_str(&value(row));
            out.push(',');
        }
        out.push_str("];\n");
    };
    let text = "&'static ::core::primitive::str";
    column("CODES", text, &|row| literal(&row.code.value));
    column("STATUSES", "::core::primitive::u16", &|row| {
        u16::try_from(row.status.value)
            .unwrap_or_default()
            .to_string()
    });
    column("INTERNAL", "::core::primitive::bool", &|row| {
        row.is_internal().to_string()
    });
    column("MESSAGES_EN", text, &|row| {
        format!("{:?}", row.message.en.value)
    });
    column("MESSAGES_ZH", text, &|row| {
        format!("{:?}", row.message.zh.value)
    });
    column("REMEDIATIONS_EN", text, &|row| {
        format!("{:?}", row.remediation.en.value)
    });
    column("REMEDIATIONS_ZH", text, &|row| {
        format!("{:?}", row.remediation.zh.value)
    });
}

/// The inherent API. `__NAME__` markers are filled in by [`body_source`].
const INHERENT_IMPL: &str = r"
impl __ENUM__ {
    #[doc = __ALL_DOC__]
    pub const ALL: &'static [Self] = &[__ALL__];

    #[doc = __CODE_DOC__]
    #[must_use]
    #[inline]
    pub const fn code(self) -> &'static ::core::primitive::str {
        __CODE__
    }

    /// The HTTP status the service answers this error with.
    #[must_use]
    #[inline]
    pub const fn status(self) -> ::core::primitive::u16 {
        __STATUS__
    }

    /// The error message in `lang`, exactly as the table has it.
    #[must_use]
    #[inline]
    pub const fn message(self, lang: __FACADE__::Lang) -> &'static ::core::primitive::str {
        __MESSAGE__
    }

    /// What the caller can do about this error, in `lang`.
    #[must_use]
    #[inline]
    pub const fn remediation(self, lang: __FACADE__::Lang) -> &'static ::core::primitive::str {
        __REMEDIATION__
    }

    /// Whether the error is the service's own fault rather than the
    /// caller's: the table's `internal`, or a 5xx status when it has none.
    #[must_use]
    #[inline]
    pub const fn is_internal(self) -> ::core::primitive::bool {
        __INTERNAL__
    }

    /// The variant for an exact, case-sensitive code, or `None`.
    ///
    /// A constant-time perfect-hash lookup: no allocation, one string comparison.
    #[must_use]
    pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
        __FROM_CODE__
    }

    /// Displays the message in `lang` instead of English.
    #[must_use]
    #[inline]
    pub const fn localized(self, lang: __FACADE__::Lang) -> __FACADE__::Localized<Self> {
        __FACADE__::Localized::new(self, lang)
    }
}
";

/// The standard traits and `ErrorCode`, all in terms of the inherent methods.
const TRAIT_IMPLS: &str = r"
/// Displays the English message, exactly as the table has it.
impl ::core::fmt::Display for __ENUM__ {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.pad(self.message(__FACADE__::Lang::En))
    }
}

impl ::core::error::Error for __ENUM__ {}

impl ::core::str::FromStr for __ENUM__ {
    type Err = __FACADE__::UnknownCode;

    fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
        match Self::from_code(code) {
            ::core::option::Option::Some(error) => ::core::result::Result::Ok(error),
            ::core::option::Option::None => {
                ::core::result::Result::Err(__FACADE__::UnknownCode::new(code))
            }
        }
    }
}

impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for __ENUM__ {
    type Error = __FACADE__::UnknownCode;

    fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::core::str::FromStr>::from_str(code)
    }
}

impl __FACADE__::ErrorCode for __ENUM__ {
    const ALL: &'static [Self] = Self::ALL;

    fn code(self) -> &'static ::core::primitive::str {
        Self::code(self)
    }

    fn status(self) -> ::core::primitive::u16 {
        Self::status(self)
    }

    fn message(self, lang: __FACADE__::Lang) -> &'static ::core::primitive::str {
        Self::message(self, lang)
    }

    fn remediation(self, lang: __FACADE__::Lang) -> &'static ::core::primitive::str {
        Self::remediation(self, lang)
    }

    fn is_internal(self) -> ::core::primitive::bool {
        Self::is_internal(self)
    }

    fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
        Self::from_code(code)
    }
}
";

fn from_code_source(rows: &[Row], facade: &str) -> String {
    if rows.is_empty() {
        return "let _ = code; ::core::option::Option::None".to_owned();
    }
    let codes: Vec<&str> = rows.iter().map(|row| row.code.value.as_str()).collect();
    let Some(PerfectHash {
        seed,
        pilots,
        slots,
    }) = lookup::build(&codes)
    else {
        // Unreachable for distinct codes; a scan is still correct.
        return "let mut index = 0; \
                while index < CODES.len() { \
                    if CODES[index] == code { return ::core::option::Option::Some(Self::ALL[index]); } \
                    index += 1; \
                } \
                ::core::option::Option::None"
            .to_owned();
    };
    let pilot_type = smallest_unsigned(
        pilots
            .iter()
            .map(|pilot| *pilot as usize)
            .max()
            .unwrap_or(0),
    );
    let slot_type = smallest_unsigned(rows.len() - 1);
    let join = |values: &mut dyn Iterator<Item = String>| values.collect::<Vec<_>>().join(",");
    format!(
        "const SEED: ::core::primitive::u64 = {seed};\n\
         const PILOTS: &[{pilot_type}; {}] = &[{}];\n\
         const SLOTS: &[{slot_type}; {}] = &[{}];\n\
         let index = {facade}::__private::perfect_hash_index(SEED, code, PILOTS, SLOTS);\n\
         if CODES[index] == code {{ ::core::option::Option::Some(Self::ALL[index]) }} else {{ ::core::option::Option::None }}",
        pilots.len(),
        join(&mut pilots.iter().map(u32::to_string)),
        slots.len(),
        join(&mut slots.iter().map(usize::to_string)),
    )
}

fn smallest_unsigned(max: usize) -> &'static str {
    if u8::try_from(max).is_ok() {
        "::core::primitive::u8"
    } else if u16::try_from(max).is_ok() {
        "::core::primitive::u16"
    } else {
        "::core::primitive::u32"
    }
}

/// Rustdoc for one variant: a summary line for the enum's variant list, then
/// a table of everything the row says.
fn variant_doc(row: &Row) -> Vec<String> {
    let kind = if row.is_internal() {
        "internal error"
    } else {
        "caller error"
    };
    let mut lines = vec![
        format!(
            " `{}` · HTTP {} · {}",
            row.code.value,
            row.status.value,
            markdown_text(&row.message.en.value)
        ),
        String::new(),
        " | | |".to_owned(),
        " |---|---|".to_owned(),
        format!(" | Code | `{}` |", row.code.value.replace('`', "")),
        format!(" | HTTP status | {} ({kind}) |", row.status.value),
        format!(" | Message | {} |", markdown_text(&row.message.en.value)),
        format!(" | 描述 | {} |", markdown_text(&row.message.zh.value)),
        format!(
            " | Remediation | {} |",
            markdown_text(&row.remediation.en.value)
        ),
        format!(
            " | 处理措施 | {} |",
            markdown_text(&row.remediation.zh.value)
        ),
    ];
    if let Some(reason) = &row.deprecated {
        lines.push(format!(
            " | Deprecated | {} |",
            markdown_text(&reason.value)
        ));
    }
    lines
}

/// Table text as literal Markdown: no links, emphasis, HTML or cell breaks.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' | '$' => {
                out.push('\\');
                out.push(character);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(character),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_escapes_link_and_emphasis_syntax() {
        assert_eq!(
            markdown_text("[Service Grid] a|b *x*"),
            "\\[Service Grid\\] a\\|b \\*x\\*"
        );
        assert_eq!(
            markdown_text("请求offset不符合规范"),
            "请求offset不符合规范"
        );
        assert_eq!(markdown_text("line\nbreak"), "line break");
    }

    #[test]
    fn literals_read_back_as_the_same_text() {
        for text in [
            "",
            "plain",
            "quote \" inside",
            "\"# and \"##",
            "back\\slash {0} %s",
            "new\nline",
            "carriage\r return",
            "请求",
        ] {
            let token: proc_macro2::Literal = literal(text).parse().unwrap();
            let value: syn::LitStr =
                syn::parse2(proc_macro2::TokenTree::from(token).into()).unwrap();
            assert_eq!(value.value(), text, "{}", literal(text));
        }
        assert_eq!(literal("plain"), "r\"plain\"");
        assert_eq!(literal("a \"# b"), "r##\"a \"# b\"##");
    }

    #[test]
    fn index_types_fit_the_table() {
        assert_eq!(smallest_unsigned(255), "::core::primitive::u8");
        assert_eq!(smallest_unsigned(256), "::core::primitive::u16");
        assert_eq!(smallest_unsigned(70_000), "::core::primitive::u32");
    }
}
