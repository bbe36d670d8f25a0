//! The generated enum: variants, static row data indexed by discriminant, and
//! the impls. Table problems become `compile_error!`s next to an enum built
//! from the rows that are still valid, so the user sees the real errors and
//! not a cascade of "cannot find type" ones.

use std::path::PathBuf;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

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

pub(crate) fn expand(invocation: &Invocation) -> TokenStream {
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
            .map(|(file, message)| syn::Error::new(literal_of_file[file].span(), message)),
    );
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let generated = generate(invocation, &rows, &tracked_files);
    quote! {
        #(#errors)*
        #generated
    }
}

/// The enum and its impls for `rows`; `tracked_files` are included so an
/// edit to any of them rebuilds the invoking crate.
pub(crate) fn generate(
    invocation: &Invocation,
    rows: &[Row],
    tracked_files: &[PathBuf],
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

    let variants: Vec<Ident> = rows
        .iter()
        .map(|row| variant_ident(&row.name.value))
        .collect();
    let variant_docs = rows.iter().map(variant_doc);
    let deprecations = rows.iter().map(|row| {
        row.deprecated.as_ref().map(|reason| {
            let reason = &reason.value;
            quote!(#[deprecated = #reason])
        })
    });
    let track_table_files = tracked_files
        .iter()
        .filter_map(|path| path.to_str())
        .map(|path| quote! { const _: &[u8] = ::core::include_bytes!(#path); });
    let data = RowData::new(rows);
    let methods = methods(invocation, rows, &variants);
    let trait_impls = trait_impls(enum_name, facade);

    quote! {
        #(#attributes)*
        #default_docs
        #[derive(#(#derives),*)]
        #visibility enum #enum_name {
            #(
                #(#[doc = #variant_docs])*
                #deprecations
                #variants,
            )*
        }

        // The generated code itself names deprecated variants (in `ALL`, in the
        // tables); only the user's own uses should warn.
        #[allow(deprecated)]
        const _: () = {
            #(#track_table_files)*
            #data
            #methods
            #trait_impls
            #facade::__ief_errors_impl_features!(#enum_name);
        };
    }
}

/// The validated name as an identifier. Validation has already rejected
/// anything that is not one, but a macro must not panic, so a failure here
/// yields a placeholder that cannot collide with a validated name.
fn variant_ident(name: &str) -> Ident {
    syn::parse_str::<Ident>(name).unwrap_or_else(|_| format_ident!("__InvalidName"))
}

/// Static arrays of each column, indexed by the variant's discriminant.
struct RowData<'r> {
    rows: &'r [Row],
}

impl<'r> RowData<'r> {
    fn new(rows: &'r [Row]) -> Self {
        RowData { rows }
    }

    fn column<T: ToTokens>(
        &self,
        name: &str,
        ty: &TokenStream,
        value: impl Fn(&Row) -> T,
    ) -> TokenStream {
        let name = Ident::new(name, Span::call_site());
        let values = self.rows.iter().map(value);
        let count = self.rows.len();
        quote! { const #name: &[#ty; #count] = &[#(#values),*]; }
    }
}

impl ToTokens for RowData<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let str_type = quote!(&'static ::core::primitive::str);
        tokens.extend([
            self.column("CODES", &str_type, |row| row.code.value.clone()),
            self.column("STATUSES", &quote!(::core::primitive::u16), |row| {
                Literal::u16_unsuffixed(u16::try_from(row.status.value).unwrap_or_default())
            }),
            self.column(
                "INTERNAL",
                &quote!(::core::primitive::bool),
                Row::is_internal,
            ),
            self.column("MESSAGES_EN", &str_type, |row| row.message.en.value.clone()),
            self.column("MESSAGES_ZH", &str_type, |row| row.message.zh.value.clone()),
            self.column("REMEDIATIONS_EN", &str_type, |row| {
                row.remediation.en.value.clone()
            }),
            self.column("REMEDIATIONS_ZH", &str_type, |row| {
                row.remediation.zh.value.clone()
            }),
        ]);
    }
}

fn methods(invocation: &Invocation, rows: &[Row], variants: &[Ident]) -> TokenStream {
    let Invocation {
        enum_name, facade, ..
    } = invocation;
    let count = rows.len();
    // An enum without variants cannot be cast to an index; `match self {}` is its only body.
    let by_index = |column: TokenStream| {
        if rows.is_empty() {
            quote! { match self {} }
        } else {
            quote! { #column[self as ::core::primitive::usize] }
        }
    };
    let by_language = |english: &str, chinese: &str| {
        let english = by_index(Ident::new(english, Span::call_site()).into_token_stream());
        let chinese = by_index(Ident::new(chinese, Span::call_site()).into_token_stream());
        quote! {
            match lang {
                #facade::Lang::En => #english,
                #facade::Lang::Zh => #chinese,
            }
        }
    };
    let code = by_index(quote!(CODES));
    let status = by_index(quote!(STATUSES));
    let is_internal = by_index(quote!(INTERNAL));
    let message = by_language("MESSAGES_EN", "MESSAGES_ZH");
    let remediation = by_language("REMEDIATIONS_EN", "REMEDIATIONS_ZH");
    let from_code = from_code_body(rows, facade);

    let example = rows.first();
    let code_doc = format!(
        " The code the service sends for this error, such as `{:?}`.",
        example.map_or("IEF.100004", |row| row.code.value.as_str())
    );
    let all_doc = format!(" Every variant ({count}), in the table's order.");

    quote! {
        impl #enum_name {
            #[doc = #all_doc]
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            #[doc = #code_doc]
            #[must_use]
            #[inline]
            pub const fn code(self) -> &'static ::core::primitive::str {
                #code
            }

            /// The HTTP status the service answers this error with.
            #[must_use]
            #[inline]
            pub const fn status(self) -> ::core::primitive::u16 {
                #status
            }

            /// The error message in `lang`, exactly as the table has it.
            #[must_use]
            #[inline]
            pub const fn message(self, lang: #facade::Lang) -> &'static ::core::primitive::str {
                #message
            }

            /// What the caller can do about this error, in `lang`.
            #[must_use]
            #[inline]
            pub const fn remediation(self, lang: #facade::Lang) -> &'static ::core::primitive::str {
                #remediation
            }

            /// Whether the error is the service's own fault rather than the
            /// caller's: the table's `internal`, or a 5xx status when it has none.
            #[must_use]
            #[inline]
            pub const fn is_internal(self) -> ::core::primitive::bool {
                #is_internal
            }

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

/// The standard traits and [`ErrorCode`](ief_errors::ErrorCode), all in terms of the inherent methods.
fn trait_impls(enum_name: &Ident, facade: &TokenStream) -> TokenStream {
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

            fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
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

            fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::str::FromStr>::from_str(code)
            }
        }

        impl #facade::ErrorCode for #enum_name {
            const ALL: &'static [Self] = Self::ALL;

            fn code(self) -> &'static ::core::primitive::str {
                Self::code(self)
            }

            fn status(self) -> ::core::primitive::u16 {
                Self::status(self)
            }

            fn message(self, lang: #facade::Lang) -> &'static ::core::primitive::str {
                Self::message(self, lang)
            }

            fn remediation(self, lang: #facade::Lang) -> &'static ::core::primitive::str {
                Self::remediation(self, lang)
            }

            fn is_internal(self) -> ::core::primitive::bool {
                Self::is_internal(self)
            }

            fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }
        }
    }
}

fn from_code_body(rows: &[Row], facade: &TokenStream) -> TokenStream {
    if rows.is_empty() {
        return quote! {
            let _ = code;
            ::core::option::Option::None
        };
    }
    let codes: Vec<&str> = rows.iter().map(|row| row.code.value.as_str()).collect();
    let Some(PerfectHash {
        seed,
        pilots,
        slots,
    }) = lookup::build(&codes)
    else {
        // Unreachable for distinct codes; a scan is still correct.
        return quote! {
            let mut index = 0;
            while index < CODES.len() {
                if CODES[index] == code {
                    return ::core::option::Option::Some(Self::ALL[index]);
                }
                index += 1;
            }
            ::core::option::Option::None
        };
    };
    let pilot_type = smallest_unsigned(
        pilots
            .iter()
            .map(|pilot| *pilot as usize)
            .max()
            .unwrap_or(0),
    );
    let slot_type = smallest_unsigned(rows.len() - 1);
    let pilots = pilots
        .iter()
        .map(|pilot| Literal::u64_unsuffixed(u64::from(*pilot)));
    let slots = slots.iter().map(|slot| Literal::usize_unsuffixed(*slot));
    let pilot_count = Literal::usize_unsuffixed(pilots.len());
    let slot_count = Literal::usize_unsuffixed(slots.len());
    quote! {
        const SEED: ::core::primitive::u64 = #seed;
        const PILOTS: &[#pilot_type; #pilot_count] = &[#(#pilots),*];
        const SLOTS: &[#slot_type; #slot_count] = &[#(#slots),*];
        let index = #facade::__private::perfect_hash_index(SEED, code, PILOTS, SLOTS);
        if CODES[index] == code {
            ::core::option::Option::Some(Self::ALL[index])
        } else {
            ::core::option::Option::None
        }
    }
}

fn smallest_unsigned(max: usize) -> TokenStream {
    if u8::try_from(max).is_ok() {
        quote!(::core::primitive::u8)
    } else if u16::try_from(max).is_ok() {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
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
    fn index_types_fit_the_table() {
        assert_eq!(
            smallest_unsigned(255).to_string(),
            quote!(::core::primitive::u8).to_string()
        );
        assert_eq!(
            smallest_unsigned(256).to_string(),
            quote!(::core::primitive::u16).to_string()
        );
        assert_eq!(
            smallest_unsigned(70_000).to_string(),
            quote!(::core::primitive::u32).to_string()
        );
    }
}
