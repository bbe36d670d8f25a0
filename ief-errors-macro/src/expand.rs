//! The generated enum: variants, static row data indexed by discriminant, and
//! the impls. Table problems become `compile_error!`s next to an enum built
//! from the rows that are still valid, so the user sees the real errors and
//! not a cascade of "cannot find type" ones.

use std::path::Path;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::diagnostic::Diagnostics;
use crate::invocation::Invocation;
use crate::load::{self, LoadError};
use crate::lookup::{self, PerfectHash};
use crate::model::Row;
use crate::{parse, validate};

pub(crate) fn expand(invocation: &Invocation) -> TokenStream {
    let written_path = invocation.table_path.value();
    let source = match load::load(&written_path) {
        Ok(source) => source,
        Err(LoadError(message)) => {
            let error = syn::Error::new(invocation.table_path.span(), message).to_compile_error();
            let stub = generate(invocation, &[], None);
            return quote! { #error #stub };
        }
    };

    let mut diagnostics = Diagnostics::default();
    let rows = parse::parse_table(&source.text, &mut diagnostics);
    let rows = validate::validate(rows, &mut diagnostics);
    let errors = diagnostics
        .render(&source.written_path, &source.text)
        .into_iter()
        .map(|message| syn::Error::new(invocation.table_path.span(), message).to_compile_error());
    let generated = generate(invocation, &rows, Some(&source.resolved_path));
    quote! {
        #(#errors)*
        #generated
    }
}

/// The enum and its impls for `rows`; `table_file` is tracked so an edit rebuilds.
pub(crate) fn generate(
    invocation: &Invocation,
    rows: &[Row],
    table_file: Option<&Path>,
) -> TokenStream {
    let Invocation {
        attributes,
        visibility,
        enum_name,
        table_path,
    } = invocation;
    let attributes = attributes.iter().map(|attribute| &attribute.tokens);
    let default_docs = (!invocation.has_docs()).then(|| {
        let summary = format!(
            " Error codes generated from `{}` ({} codes).",
            table_path.value(),
            rows.len()
        );
        quote! {
            #[doc = #summary]
            #[doc = ""]
            #[doc = " Each variant's documentation shows its code, HTTP status, messages and remediation."]
        }
    });

    let variants: Vec<Ident> = rows
        .iter()
        .map(|row| variant_ident(&row.name.value))
        .collect();
    let variant_docs = rows.iter().map(variant_doc);
    let track_table_file = table_file.and_then(Path::to_str).map(|path| {
        quote! { const _: &[u8] = ::core::include_bytes!(#path); }
    });
    let data = RowData::new(rows);
    let methods = methods(enum_name, rows, &variants);
    let trait_impls = trait_impls(enum_name);

    quote! {
        #(#attributes)*
        #default_docs
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
        #visibility enum #enum_name {
            #(
                #(#[doc = #variant_docs])*
                #variants,
            )*
        }

        const _: () = {
            #track_table_file
            #data
            #methods
            #trait_impls
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

fn methods(enum_name: &Ident, rows: &[Row], variants: &[Ident]) -> TokenStream {
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
                ::ief_errors::Lang::En => #english,
                ::ief_errors::Lang::Zh => #chinese,
            }
        }
    };
    let code = by_index(quote!(CODES));
    let status = by_index(quote!(STATUSES));
    let is_internal = by_index(quote!(INTERNAL));
    let message = by_language("MESSAGES_EN", "MESSAGES_ZH");
    let remediation = by_language("REMEDIATIONS_EN", "REMEDIATIONS_ZH");
    let from_code = from_code_body(rows);

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
            pub const fn message(self, lang: ::ief_errors::Lang) -> &'static ::core::primitive::str {
                #message
            }

            /// What the caller can do about this error, in `lang`.
            #[must_use]
            #[inline]
            pub const fn remediation(self, lang: ::ief_errors::Lang) -> &'static ::core::primitive::str {
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
            pub const fn localized(self, lang: ::ief_errors::Lang) -> ::ief_errors::Localized<Self> {
                ::ief_errors::Localized::new(self, lang)
            }
        }
    }
}

/// The standard traits and [`ErrorCode`](ief_errors::ErrorCode), all in terms of the inherent methods.
fn trait_impls(enum_name: &Ident) -> TokenStream {
    quote! {
        /// Displays the English message, exactly as the table has it.
        impl ::core::fmt::Display for #enum_name {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.pad(self.message(::ief_errors::Lang::En))
            }
        }

        impl ::core::error::Error for #enum_name {}

        impl ::core::str::FromStr for #enum_name {
            type Err = ::ief_errors::UnknownCode;

            fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(error) => ::core::result::Result::Ok(error),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(::ief_errors::UnknownCode::new(code))
                    }
                }
            }
        }

        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #enum_name {
            type Error = ::ief_errors::UnknownCode;

            fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::str::FromStr>::from_str(code)
            }
        }

        impl ::ief_errors::ErrorCode for #enum_name {
            const ALL: &'static [Self] = Self::ALL;

            fn code(self) -> &'static ::core::primitive::str {
                Self::code(self)
            }

            fn status(self) -> ::core::primitive::u16 {
                Self::status(self)
            }

            fn message(self, lang: ::ief_errors::Lang) -> &'static ::core::primitive::str {
                Self::message(self, lang)
            }

            fn remediation(self, lang: ::ief_errors::Lang) -> &'static ::core::primitive::str {
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

fn from_code_body(rows: &[Row]) -> TokenStream {
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
        let index = ::ief_errors::__private::perfect_hash_index(SEED, code, PILOTS, SLOTS);
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
    vec![
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
    ]
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
