//! The generated enum and its impls.
//!
//! Everything here is the same size for any table, so it is written with
//! `quote!` and the compiler sees it as code. The per-row parts come from
//! [`row_text`] as text, lexed once; the two meet only through the item
//! names in [`row_text::names`].

use std::path::PathBuf;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::enum_definition::{EnumDefinition, EnumProblem};
use crate::model::Row;
use crate::tables::Tables;

pub(crate) mod perfect_hash;
pub(crate) mod row_text;
pub(crate) mod variant_docs;
use self::row_text::names;

/// Turns generated text into tokens: the compiler's own lexer inside the
/// proc macro, `proc_macro2`'s in unit tests. `None` if the text does not lex.
pub type Lexer<'a> = &'a dyn Fn(&str) -> Option<TokenStream>;

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

/// The generated code, and what the enum's attributes ask that the tables
/// cannot give.
#[derive(Debug, Clone)]
pub struct Expansion {
    /// The enum and its impls. Problems of the tables are not in it: the
    /// front end reports them (the macro as `compile_error!`s).
    pub code: TokenStream,
    /// Problems with the definition, such as a `repr` too narrow for the rows.
    pub problems: Vec<EnumProblem>,
}

/// Generates the enum `definition` describes from the valid rows of
/// `tables`. `lexer` turns the per-row text into tokens: inside a proc
/// macro, the compiler's own (far faster than `proc_macro2`'s there).
#[must_use]
pub fn generate(definition: &EnumDefinition, tables: &Tables, lexer: Lexer<'_>) -> Expansion {
    let (fitting, problems) = definition.fit(tables.rows().len());
    let table_paths: Vec<&str> = tables
        .files()
        .iter()
        .map(|file| file.written_path.as_str())
        .collect();
    let tracked_files: Vec<PathBuf> = if definition.track_table_files {
        tables
            .files()
            .iter()
            .filter(|file| file.is_read)
            .map(|file| file.resolved_path.clone())
            .collect()
    } else {
        Vec::new()
    };
    let code = generate_enum(
        &Generation {
            definition,
            facade: &definition.facade,
            rows: &tables.rows()[..fitting],
            table_paths: &table_paths,
            tracked_files: &tracked_files,
        },
        lexer,
    );
    Expansion { code, problems }
}

/// What the generated code is built from.
struct Generation<'a> {
    pub(crate) definition: &'a EnumDefinition,
    /// The path generated code names the facade by, such as `::ief_errors`.
    pub(crate) facade: &'a TokenStream,
    pub(crate) rows: &'a [Row],
    /// The tables' paths as written, for the enum's default docs.
    pub(crate) table_paths: &'a [&'a str],
    /// Included so an edit to any of them rebuilds the invoking crate.
    pub(crate) tracked_files: &'a [PathBuf],
}

/// The enum, and a `const _` block with its data and impls that exists
/// exactly when the enum does (the enum's `cfg`s are put on it).
fn generate_enum(generation: &Generation<'_>, lexer: Lexer<'_>) -> TokenStream {
    let Generation {
        definition, rows, ..
    } = generation;
    let lex = |text: &str| {
        lexer(text).unwrap_or_else(|| {
            let message = "ief_errors! generated code that does not lex; please report this";
            quote!(::core::compile_error!(#message);)
        })
    };
    let enum_name = &definition.name;
    let enum_item = enum_item(
        definition,
        generation.table_paths,
        rows.len(),
        &lex(&row_text::variants(rows)),
    );
    let data = lex(&row_text::data(
        &enum_name.to_string(),
        rows,
        generation.tracked_files,
    ));
    let perfect_hash = row_text::perfect_hash(rows);
    let lookup_data = perfect_hash.as_deref().map(lex);
    let inherent = inherent_impl(generation, perfect_hash.is_some());
    let standard_traits = standard_trait_impls(generation);
    let error_code = error_code_impl(generation);
    let integrations = integrations(generation);
    let gates = definition.gates();
    // The generated code itself names deprecated variants (in `ALL`, in the
    // columns); only the user's own uses should warn. Only then: an `allow`
    // is an error under the user's `#![forbid(deprecated)]`.
    let allow_deprecated = rows
        .iter()
        .any(|row| row.deprecated.is_some())
        .then(|| quote!(#[allow(deprecated)]));
    quote! {
        #enum_item

        #(#[cfg(#gates)])*
        #allow_deprecated
        const _: () = {
            #data
            #lookup_data
            #inherent
            #standard_traits
            #error_code
            #integrations
        };
    }
}

/// The enum item: the user's attributes, default docs when they wrote none,
/// the standard derives they did not write themselves, and the variants.
fn enum_item(
    definition: &EnumDefinition,
    table_paths: &[&str],
    row_count: usize,
    variants: &TokenStream,
) -> TokenStream {
    let EnumDefinition {
        attributes,
        visibility,
        name: enum_name,
        ..
    } = definition;
    let attributes = attributes.iter().map(|attribute| &attribute.tokens);
    let default_docs = (!definition.has_docs()).then(|| {
        let files: Vec<String> = table_paths
            .iter()
            .map(|path| format!("`{}`", path.replace('`', "'")))
            .collect();
        let summary = format!(
            " Error codes generated from {} ({row_count} codes).",
            files.join(" and ")
        );
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = " Each variant's documentation shows its code, HTTP status, messages and remediation."]
        }
    });
    let derives = standard_derives(definition);
    quote! {
        #(#attributes)*
        #default_docs
        #derives
        #visibility enum #enum_name {
            #variants
        }
    }
}

/// `#[derive(...)]` of each standard trait the user does not derive. A trait
/// the user derives only under `cfg_attr(p, ...)` is derived here under
/// `not(p)`, so it is derived exactly once in every configuration.
fn standard_derives(definition: &EnumDefinition) -> TokenStream {
    let mut always = Vec::new();
    let mut conditional = Vec::new();
    for (name, path) in DERIVES {
        let path: TokenStream = path.parse().unwrap_or_default();
        let conditions: Vec<TokenStream> = definition
            .derives_of(name)
            .map(|derived| {
                let conditions = &derived.conditions;
                quote!(all(#(#conditions),*))
            })
            .collect();
        if definition
            .derives_of(name)
            .any(|derived| derived.conditions.is_empty())
        {
            continue;
        }
        if conditions.is_empty() {
            always.push(path);
        } else {
            conditional.push(quote!(#[cfg_attr(not(any(#(#conditions),*)), derive(#path))]));
        }
    }
    quote! {
        #[derive(#(#always),*)]
        #(#conditional)*
    }
}

/// The inherent API: `ALL`, the per-row accessors, `from_code`, `localized`.
fn inherent_impl(generation: &Generation<'_>, has_perfect_hash: bool) -> TokenStream {
    let Generation {
        definition,
        facade,
        rows,
        ..
    } = generation;
    let enum_name = &definition.name;
    let all_doc = format!(" Every variant ({}), in the table's order.", rows.len());
    let variants = ident(names::VARIANTS);
    let accessors = accessors(facade, rows.is_empty());
    let from_code = from_code_body(facade, rows.is_empty(), has_perfect_hash);
    quote! {
        impl #enum_name {
            #[doc = #all_doc]
            pub const ALL: &'static [Self] = #variants;

            #accessors

            /// The variant for an exact, case-sensitive code, or `None`.
            ///
            /// A constant-time perfect-hash lookup: no allocation, one string comparison.
            #[must_use]
            pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_code
            }

            /// Displays the message in `lang` instead of English.
            #[must_use]
            #[inline]
            pub const fn localized(self, lang: #facade::Lang) -> #facade::Localized<Self> {
                #facade::Localized::new(self, lang)
            }
        }
    }
}

/// The `const fn`s that read the variant's row.
fn accessors(facade: &TokenStream, no_rows: bool) -> TokenStream {
    let index = |column: &str| column_index(no_rows, column);
    let by_language = |english: &str, chinese: &str| {
        let (english, chinese) = (index(english), index(chinese));
        quote!(match lang { #facade::Lang::En => #english, #facade::Lang::Zh => #chinese })
    };
    let name = index(names::NAMES);
    let code = index(names::CODES);
    let status = index(names::STATUSES);
    let internal = index(names::INTERNAL);
    // Without rows there is no value to pass: the whole body is the empty
    // match, which a call around it would turn into an unreachable call.
    let retry = if no_rows {
        quote!(match self {})
    } else {
        let retry = index(names::RETRY);
        quote!(#facade::__private::retry_kind(#retry))
    };
    let message = by_language(names::MESSAGES_EN, names::MESSAGES_ZH);
    let remediation = by_language(names::REMEDIATIONS_EN, names::REMEDIATIONS_ZH);
    let str = quote!(&'static ::core::primitive::str);
    quote! {
        /// The variant's name as the table writes it, such as `"InvalidOffset"`.
        #[must_use]
        #[inline]
        pub const fn name(self) -> #str { #name }

        /// The code the service sends for this error, as the table writes it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> #str { #code }

        /// The HTTP status the service answers this error with.
        #[must_use]
        #[inline]
        pub const fn status(self) -> ::core::primitive::u16 { #status }

        /// The error message in `lang`, exactly as the table has it.
        #[must_use]
        #[inline]
        pub const fn message(self, lang: #facade::Lang) -> #str { #message }

        /// What the caller can do about this error, in `lang`.
        #[must_use]
        #[inline]
        pub const fn remediation(self, lang: #facade::Lang) -> #str { #remediation }

        /// Whether the error is the service's own fault rather than the
        /// caller's: the table's `internal`, or a 5xx status when it has none.
        #[must_use]
        #[inline]
        pub const fn is_internal(self) -> ::core::primitive::bool { #internal }

        /// What a client should do next: the table's `retry`, or without
        /// one, `Server` when the error is internal, `Throttled` for status
        /// 429, `Auth` for 401 and `Caller` otherwise.
        #[must_use]
        #[inline]
        pub const fn retry_kind(self) -> #facade::RetryKind { #retry }
    }
}

/// `COLUMN[self as usize]`; an enum without variants cannot be cast, and
/// has no value to index with.
fn column_index(no_rows: bool, column: &str) -> TokenStream {
    if no_rows {
        quote!(match self {})
    } else {
        let column = ident(column);
        quote!(#column[self as ::core::primitive::usize])
    }
}

fn from_code_body(facade: &TokenStream, no_rows: bool, has_perfect_hash: bool) -> TokenStream {
    let (variants, codes) = (ident(names::VARIANTS), ident(names::CODES));
    if no_rows {
        return quote! {
            let _ = code;
            ::core::option::Option::None
        };
    }
    if !has_perfect_hash {
        // Unreachable for distinct codes; a scan is still correct.
        return quote! {
            let mut index = 0;
            while index < #codes.len() {
                if #codes[index] == code {
                    return ::core::option::Option::Some(#variants[index]);
                }
                index += 1;
            }
            ::core::option::Option::None
        };
    }
    let (seed, pilots, slots) = (
        ident(names::SEED),
        ident(names::PILOTS),
        ident(names::SLOTS),
    );
    quote! {
        let index = #facade::__private::perfect_hash_index(#seed, code, #pilots, #slots);
        if #codes[index] == code {
            ::core::option::Option::Some(#variants[index])
        } else {
            ::core::option::Option::None
        }
    }
}

/// The standard traits, in terms of the inherent methods.
///
/// Associated types are named by their value (`#facade::UnknownCode`), never
/// as `Self::Err`: a variant named `Err` would make that path ambiguous.
fn standard_trait_impls(generation: &Generation<'_>) -> TokenStream {
    let Generation {
        definition, facade, ..
    } = generation;
    let enum_name = &definition.name;
    let result = quote!(::core::result::Result<Self, #facade::UnknownCode>);
    quote! {
        /// Displays the English message, exactly as the table has it.
        impl ::core::fmt::Display for #enum_name {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.pad(self.message(#facade::Lang::En))
            }
        }

        impl ::core::error::Error for #enum_name {}

        impl ::core::str::FromStr for #enum_name {
            type Err = #facade::UnknownCode;

            fn from_str(code: &::core::primitive::str) -> #result {
                match Self::from_code(code) {
                    ::core::option::Option::Some(error) => ::core::result::Result::Ok(error),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#facade::UnknownCode::new(code))
                    }
                }
            }
        }

        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #enum_name {
            type Error = #facade::UnknownCode;

            fn try_from(code: &'a ::core::primitive::str) -> #result {
                <Self as ::core::str::FromStr>::from_str(code)
            }
        }
    }
}

/// `ErrorCode`, in terms of the inherent methods.
fn error_code_impl(generation: &Generation<'_>) -> TokenStream {
    let Generation {
        definition, facade, ..
    } = generation;
    let enum_name = &definition.name;
    let variants = ident(names::VARIANTS);
    let str = quote!(&'static ::core::primitive::str);
    quote! {
        impl #facade::ErrorCode for #enum_name {
            const ALL: &'static [Self] = #variants;

            fn code(self) -> #str {
                Self::code(self)
            }

            fn status(self) -> ::core::primitive::u16 {
                Self::status(self)
            }

            fn message(self, lang: #facade::Lang) -> #str {
                Self::message(self, lang)
            }

            fn remediation(self, lang: #facade::Lang) -> #str {
                Self::remediation(self, lang)
            }

            fn is_internal(self) -> ::core::primitive::bool {
                Self::is_internal(self)
            }

            fn retry_kind(self) -> #facade::RetryKind {
                Self::retry_kind(self)
            }

            fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }
        }
    }
}

/// One facade macro call per integration the user asked for. Each macro
/// exists in two forms, chosen by the facade's feature of the same name: the
/// impls, or a `compile_error!` naming the feature. Spanned at the user's
/// word, so that error points there.
fn integrations(generation: &Generation<'_>) -> TokenStream {
    let Generation {
        definition, facade, ..
    } = generation;
    let enum_name = &definition.name;
    definition
        .integrations
        .iter()
        .map(|word| {
            let implement = Ident::new(&format!("__ief_errors_impl_{word}"), word.span());
            quote_spanned!(word.span()=> #facade::#implement!(#enum_name);)
        })
        .collect()
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
