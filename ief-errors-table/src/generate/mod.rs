//! The generated enum and its impls.
//!
//! Everything here is the same size for any table, so it is written with
//! `quote!` and the compiler sees it as code. The per-row parts come from
//! [`row_text`] as text, lexed once; the two meet only through the item
//! names in [`row_text::names`].

use std::path::PathBuf;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::enum_definition::{DiscriminantType, EnumDefinition, EnumProblem};
use crate::model::Row;
use crate::shipped::SHIPPED_FILE;
use crate::tables::Tables;

pub(crate) mod perfect_hash;
pub(crate) mod row_text;
pub(crate) mod variant_docs;
use self::row_text::names;

/// Turns generated text into tokens: the compiler's own lexer inside the
/// proc macro, `proc_macro2`'s in unit tests. `None` if the text does not lex.
pub type Lexer<'a> = &'a dyn Fn(&str) -> Option<TokenStream>;

/// The traits every generated enum derives, unless the user's attributes
/// already do. Not `Debug`: rustc's derive of it matches on every variant,
/// which it compiles in time and memory quadratic in their number (see
/// [`debug_impl`]).
const DERIVES: &[(&str, &str)] = &[
    ("Clone", "::core::clone::Clone"),
    ("Copy", "::core::marker::Copy"),
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
    let (mut fitting, mut problems) = definition.fit(tables.rows().len());
    // `Texts` numbers a column's bytes with `u32`s, and its soundness rests
    // on every offset being right: no row is generated rather than one
    // with an offset that does not fit. (A table file is at most 256 MiB,
    // so only many layered ones could come near.)
    let (column, bytes) = row_text::largest_text_column(&tables.rows()[..fitting]);
    if u32::try_from(bytes).is_err() {
        problems.push(EnumProblem {
            span: definition.name.span(),
            message: format!(
                "the tables' texts come to {bytes} bytes in the `{column}` column; a generated enum holds at most 4 GiB in each"
            ),
        });
        fitting = 0;
    }
    let table_paths: Vec<&str> = tables
        .files()
        .iter()
        .map(|file| file.written_path.as_str())
        .collect();
    let tracked_files: Vec<PathBuf> = if definition.track_table_files {
        tables
            .files()
            .iter()
            .filter(|file| file.is_read && file.is_on_disk)
            .map(|file| file.resolved_path.clone())
            .collect()
    } else {
        Vec::new()
    };
    let rows = &tables.rows()[..fitting];
    let code = generate_enum(
        &Generation {
            definition,
            facade: &definition.facade,
            rows,
            shipped_rows: shipped_rows(tables, rows),
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
    /// How many of `rows`, from the first, are the shipped table's, when
    /// the tables extend it and every one of its rows is there.
    pub(crate) shipped_rows: Option<usize>,
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
    let discriminant_type = definition.discriminant_type(rows.len());
    let enum_item = enum_item(
        definition,
        generation.table_paths,
        rows.len(),
        discriminant_type.as_ref(),
        &lex(&row_text::variants(rows)),
    );
    let variants = match &discriminant_type {
        Some(discriminant_type) => {
            variants_from_discriminants(definition, rows.len(), discriminant_type)
        }
        None => lex(&row_text::named_variants(
            &definition.name.to_string(),
            rows,
        )),
    };
    let data = lex(&row_text::data(rows, generation.tracked_files));
    let text_columns = text_columns(&definition.facade);
    let perfect_hash = row_text::perfect_hash(rows);
    let lookup_data = perfect_hash.as_deref().map(lex);
    let inherent = inherent_impl(generation, perfect_hash.is_some());
    let standard_traits = standard_trait_impls(generation);
    let error_code = error_code_impl(generation);
    let integrations = integrations(generation);
    let shipped_conversions = shipped_conversions(generation);
    let gates = definition.gates();
    // A `variants()` that names every variant names the deprecated ones too;
    // only the user's own uses should warn. Only then: an `allow` is an
    // error under the user's `#![forbid(deprecated)]`.
    let allow_deprecated = (discriminant_type.is_none()
        && rows.iter().any(|row| row.deprecated.is_some()))
    .then(|| quote!(#[allow(deprecated)]));
    quote! {
        #enum_item

        #(#[cfg(#gates)])*
        #allow_deprecated
        const _: () = {
            #variants
            #data
            #text_columns
            #lookup_data
            #inherent
            #standard_traits
            #error_code
            #shipped_conversions
            #integrations
        };
    }
}

/// How many of `rows` are the shipped table's, when the tables extend it:
/// `extends` layers it first, as file 0. `None` when the rows do not start
/// with every one of its rows (a `repr` too narrow keeps only some).
fn shipped_rows(tables: &Tables, rows: &[Row]) -> Option<usize> {
    tables.extends()?;
    let total = tables
        .rows()
        .iter()
        .take_while(|row| row.code.span.file == SHIPPED_FILE)
        .count();
    (rows.len() >= total).then_some(total)
}

/// `From<IefError>` and `TryFrom<Self> for IefError`, for an enum that
/// extends the shipped table.
///
/// Its first rows are the shipped table's, in order, so a shipped variant
/// and the same row's variant here are at one index: the conversions are
/// an index each way, the same size for any table, where a `match` would
/// name every shipped variant. A constant holds the facade's `IefError` to
/// the rows extended, value by value, which only crates of different
/// releases (or a checkout's table edited without regenerating the shipped
/// enum) could break.
fn shipped_conversions(generation: &Generation<'_>) -> TokenStream {
    let Generation {
        definition,
        facade,
        shipped_rows: Some(shipped_rows),
        ..
    } = generation
    else {
        return TokenStream::new();
    };
    let enum_name = &definition.name;
    let variants = ident(names::VARIANTS);
    let count = Literal::usize_unsuffixed(*shipped_rows);
    let shipped = quote!(#facade::IefError);
    let not_shipped = quote!(#facade::NotShipped<#enum_name>);
    let same = quote!(#facade::__private::same_text);
    let retry = quote!(#facade::__private::retry_number);
    let mismatch = "the table `extends = \"ief\"` layered is not the one the facade's `IefError` is generated from: the `ief-errors` and `ief-errors-macro` in the build are of different releases, or, in a checkout of ief-errors, data/codes.toml was edited without regenerating the shipped enum (IEF_ERRORS_REGENERATE=1 cargo test -p ief-errors-table --test shipped_enum)";
    quote! {
        // Row by row, every value, at compile time: the facade's `IefError`
        // and the rows extended come from one table in any one release.
        const _: () = {
            let __shipped = #shipped::all();
            let __extended = #variants();
            if __shipped.len() != #count {
                ::core::panic!(#mismatch);
            }
            let mut __index = 0;
            while __index < #count {
                let (__a, __b) = (__shipped[__index], __extended[__index]);
                let __en = #facade::Lang::En;
                let __zh = #facade::Lang::Zh;
                if !(#same(#shipped::code(__a), #enum_name::code(__b))
                    && #same(#shipped::name(__a), #enum_name::name(__b))
                    && #shipped::status(__a) == #enum_name::status(__b)
                    && #shipped::is_internal(__a) == #enum_name::is_internal(__b)
                    && #retry(#shipped::retry_kind(__a)) == #retry(#enum_name::retry_kind(__b))
                    && #same(#shipped::message(__a, __en), #enum_name::message(__b, __en))
                    && #same(#shipped::message(__a, __zh), #enum_name::message(__b, __zh))
                    && #same(#shipped::remediation(__a, __en), #enum_name::remediation(__b, __en))
                    && #same(#shipped::remediation(__a, __zh), #enum_name::remediation(__b, __zh)))
                {
                    ::core::panic!(#mismatch);
                }
                __index += 1;
            }
        };

        /// The variant of the same row: an enum that extends the shipped
        /// table has every one of its rows, first and in order.
        impl ::core::convert::From<#shipped> for #enum_name {
            #[inline]
            fn from(__error: #shipped) -> Self {
                #variants()[#facade::__private::shipped_index(__error)]
            }
        }

        /// The shipped table's variant of the same row, or, for a row of
        /// the extending tables' own, an error naming its code.
        impl ::core::convert::TryFrom<#enum_name> for #shipped {
            type Error = #not_shipped;

            #[inline]
            fn try_from(__error: #enum_name) -> ::core::result::Result<Self, #not_shipped> {
                ::core::option::Option::ok_or(
                    <::core::option::Option<&#shipped>>::copied(
                        #shipped::all().get(__error as ::core::primitive::usize),
                    ),
                    #facade::NotShipped::new(__error),
                )
            }
        }
    }
}

/// `variants()`, every variant in order, read from the discriminants
/// `0..row_count` rather than named one by one.
///
/// For each variant a constant names (`[E::A, E::B, ...]`), rustc spends
/// time in proportion to the number of variants, when it builds the
/// expression and again when it validates the constant, so such an array of
/// 50,000 variants took about 15 s to compile. Only for an enum whose
/// layout is known: see [`EnumDefinition::discriminant_type`].
///
/// A `const fn` rather than a constant: rustc validates a constant's value,
/// every element of this array included, in time quadratic in the number
/// of variants (about 3 s at 50,000), and it evaluates a free constant
/// whether or not it is used. `from_code` calls it at run time; only a
/// crate that uses `ALL` has it evaluated, and validated, at build time.
fn variants_from_discriminants(
    definition: &EnumDefinition,
    row_count: usize,
    discriminant_type: &DiscriminantType,
) -> TokenStream {
    let EnumDefinition {
        name: enum_name,
        facade,
        ..
    } = definition;
    let integer_name = &discriminant_type.integer;
    let integer = quote!(::core::primitive::#integer_name);
    let count = Literal::usize_unsuffixed(row_count);
    let (variants, discriminants) = (ident(names::VARIANTS), ident(names::DISCRIMINANTS));
    // SAFETY: the enum is written by `enum_item` with `row_count` unit
    // variants without explicit discriminants, so theirs are 0 to
    // row_count - 1 in order, and with `#[repr(#integer)]` (written there or
    // by the user, alone: `discriminant_type`), so each is stored as an
    // `#integer`. Each `DISCRIMINANTS[i]` is `i`, and `i as #integer` is
    // exact: `EnumDefinition::fit` keeps the rows to what the `repr`
    // numbers. The assertion holds the size and alignment to the integer's,
    // which an attribute that changes the layout (an attribute macro adding
    // `repr(align)`) would break. So the static's bytes are a valid
    // `[Enum; row_count]`; it is immutable and lives for 'static. Where
    // `ALL` is used, rustc checks this too: it validates every element of a
    // constant, behind references into statics included, and fails the
    // build on an invalid discriminant.
    //
    // The block is spanned at the macro's own site: `unsafe` written by a
    // crate's dependency is not the crate's own, and `#![forbid(unsafe_code)]`
    // in the user's crate holds.
    let reinterpret = quote_spanned! {Span::mixed_site()=>
        unsafe { &*::core::ptr::addr_of!(#discriminants).cast::<[#enum_name; #count]>() }
    };
    let discriminants_of = Ident::new(&format!("discriminants_{integer_name}"), Span::call_site());
    quote! {
        static #discriminants: [#integer; #count] = #facade::__private::#discriminants_of::<#count>();
        const _: () = {
            if ::core::mem::size_of::<#enum_name>() != ::core::mem::size_of::<#integer>()
                || ::core::mem::align_of::<#enum_name>() != ::core::mem::align_of::<#integer>()
            {
                ::core::panic!("an attribute changes the enum's layout, which ief_errors! relies on");
            }
        };
        const fn #variants() -> &'static [#enum_name; #count] {
            #reinterpret
        }
    }
}

/// Each column of texts as a `Texts`, from the constants `row_text::data`
/// writes for it.
fn text_columns(facade: &TokenStream) -> TokenStream {
    let texts = quote!(#facade::__private::Texts);
    row_text::TEXT_COLUMNS
        .iter()
        .map(|column| {
            let (name, joined, offsets) = (
                ident(column.constant),
                ident(&names::joined(column.constant)),
                ident(&names::offsets(column.constant)),
            );
            // SAFETY: `row_text::push_text_column` writes `offsets` from the
            // texts it joins into `joined`, as little-endian `u32`s: 0, then
            // the length of the texts up to and including each, exact since
            // `generate` keeps every column under 4 GiB. So they are
            // one more than the texts, in order, the last `joined.len()`,
            // and each on a character boundary, which is what `Texts::new`
            // asks. Spanned at the macro's own site, as in
            // `variants_from_discriminants`.
            let make = quote_spanned! {Span::mixed_site()=>
                unsafe { #texts::new(#joined, #offsets) }
            };
            quote!(const #name: #texts = #make;)
        })
        .collect()
}

/// The enum item: the user's attributes, default docs when they wrote none,
/// the standard derives they did not write themselves, the `repr` when
/// generation chose it, and the variants.
fn enum_item(
    definition: &EnumDefinition,
    table_paths: &[&str],
    row_count: usize,
    discriminant_type: Option<&DiscriminantType>,
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
    let repr = discriminant_type
        .filter(|discriminant_type| !discriminant_type.is_written)
        .map(|discriminant_type| {
            let integer = &discriminant_type.integer;
            quote!(#[repr(#integer)])
        });
    let default_marker = (row_count > 0).then(|| default_marker(definition));
    quote! {
        #(#attributes)*
        #default_docs
        #derives
        #repr
        #visibility enum #enum_name {
            #default_marker
            #variants
        }
    }
}

/// `#[default]` on the first variant wherever the user derives `Default`.
///
/// `EnumDefinition::fit` refuses that derive, since a table cannot say
/// which variant is the default; without a marked variant, rustc would
/// repeat the refusal with one suggestion per variant (40,000 lines at
/// 10,000 rows). Marked, the derive compiles and the refusal is said once.
fn default_marker(definition: &EnumDefinition) -> TokenStream {
    match provision(definition, "Default") {
        Provision::Always => TokenStream::new(),
        Provision::Never => quote!(#[default]),
        Provision::Unless(user_derives) => quote!(#[cfg_attr(#user_derives, default)]),
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
        match provision(definition, name) {
            Provision::Always => always.push(path),
            Provision::Never => {}
            Provision::Unless(user_derives) => {
                conditional.push(quote!(#[cfg_attr(not(#user_derives), derive(#path))]));
            }
        }
    }
    quote! {
        #[derive(#(#always),*)]
        #(#conditional)*
    }
}

/// Whether generated code provides a standard trait, given the user's derives.
enum Provision {
    Always,
    /// The user derives it.
    Never,
    /// The user derives it under `cfg_attr`: provided where this predicate
    /// (when they derive it) does not hold.
    Unless(TokenStream),
}

fn provision(definition: &EnumDefinition, trait_name: &str) -> Provision {
    if definition
        .derives_of(trait_name)
        .any(|derived| derived.conditions.is_empty())
    {
        return Provision::Never;
    }
    let conditions: Vec<TokenStream> = definition
        .derives_of(trait_name)
        .map(|derived| {
            let conditions = &derived.conditions;
            quote!(all(#(#conditions),*))
        })
        .collect();
    if conditions.is_empty() {
        Provision::Always
    } else {
        Provision::Unless(quote!(any(#(#conditions),*)))
    }
}

/// `Debug`, written as the derive would print (the variant's name, padding
/// ignored), unless the user derives it.
///
/// Not derived: rustc's derive matches on every variant, which it compiles
/// in time and memory quadratic in their number (rust-lang/rust#50450); at
/// 10,000 variants, 2.7 GB. The name is instead read from the `NAMES`
/// column by discriminant, as rustc's own later fix does.
fn debug_impl(definition: &EnumDefinition) -> TokenStream {
    let enum_name = &definition.name;
    let gate = match provision(definition, "Debug") {
        Provision::Always => None,
        Provision::Never => return TokenStream::new(),
        Provision::Unless(user_derives) => Some(quote!(#[cfg(not(#user_derives))])),
    };
    quote! {
        #gate
        impl ::core::fmt::Debug for #enum_name {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __formatter.write_str(Self::name(*self))
            }
        }
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
    let all_fn_doc = format!(
        " Every variant ({}), in the table's order: [`Self::ALL`] as a function.",
        rows.len()
    );
    let variants = ident(names::VARIANTS);
    let accessors = accessors(facade, rows.is_empty());
    let from_code = from_code_body(facade, rows.is_empty(), has_perfect_hash);
    quote! {
        impl #enum_name {
            #[doc = #all_doc]
            pub const ALL: &'static [Self] = #variants();

            #[doc = #all_fn_doc]
            ///
            /// rustc checks every element of a constant it evaluates, in time
            /// quadratic in the number of variants: the first use of `ALL`
            /// costs about 3 s of build time at 50,000 rows. A call is not
            /// evaluated at build time, so this costs nothing there.
            #[must_use]
            #[inline]
            pub const fn all() -> &'static [Self] {
                #variants()
            }

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
    let text = |column: &str| text_index(no_rows, column);
    let by_language = |english: &str, chinese: &str| {
        let (english, chinese) = (text(english), text(chinese));
        quote!(match lang { #facade::Lang::En => #english, #facade::Lang::Zh => #chinese })
    };
    let name = text(names::NAMES);
    let code = text(names::CODES);
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

/// `COLUMN.get(self as usize)`, for a column of texts.
fn text_index(no_rows: bool, column: &str) -> TokenStream {
    if no_rows {
        quote!(match self {})
    } else {
        let column = ident(column);
        quote!(#column.get(self as ::core::primitive::usize))
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
        return quote!(#facade::__private::scan(code, #codes, #variants()));
    }
    let (seed, pilots, slots) = (
        ident(names::SEED),
        ident(names::PILOTS),
        ident(names::SLOTS),
    );
    quote!(#facade::__private::find(code, #seed, #pilots, #slots, #codes, #variants()))
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
    let debug = debug_impl(definition);
    quote! {
        #debug

        /// Displays the English message, exactly as the table has it.
        impl ::core::fmt::Display for #enum_name {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __formatter.pad(self.message(#facade::Lang::En))
            }
        }

        impl ::core::error::Error for #enum_name {}

        impl ::core::str::FromStr for #enum_name {
            type Err = #facade::UnknownCode;

            fn from_str(__code: &::core::primitive::str) -> #result {
                ::core::option::Option::ok_or_else(Self::from_code(__code), || {
                    #facade::UnknownCode::new(__code)
                })
            }
        }

        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #enum_name {
            type Error = #facade::UnknownCode;

            fn try_from(__code: &'a ::core::primitive::str) -> #result {
                <Self as ::core::str::FromStr>::from_str(__code)
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
            const ALL: &'static [Self] = #variants();

            fn code(self) -> #str {
                Self::code(self)
            }

            fn name(self) -> #str {
                Self::name(self)
            }

            fn status(self) -> ::core::primitive::u16 {
                Self::status(self)
            }

            fn message(self, __lang: #facade::Lang) -> #str {
                Self::message(self, __lang)
            }

            fn remediation(self, __lang: #facade::Lang) -> #str {
                Self::remediation(self, __lang)
            }

            fn is_internal(self) -> ::core::primitive::bool {
                Self::is_internal(self)
            }

            fn retry_kind(self) -> #facade::RetryKind {
                Self::retry_kind(self)
            }

            fn from_code(__code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_code(__code)
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
