//! The macro's input: table paths alone, or an enum header followed by `from`
//! and the table paths.
//!
//! ```text
//! ief_errors!("data/codes.toml");
//! ief_errors!("data/codes.toml", "data/custom.toml");
//! ief_errors! {
//!     /// Docs for the enum.
//!     #[derive(serde::Serialize)]
//!     #[non_exhaustive]
//!     #[ief_errors(crate = "::my_sdk::ief_errors")]
//!     pub enum EdgeError from "data/codes.toml", "data/custom.toml";
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token, bracketed, parenthesized};

/// What the user asked for, before any file is read.
pub(crate) struct Invocation {
    /// Outer attributes to put on the enum, as written (doc comments arrive as
    /// `#[doc = "..."]`); `#[ief_errors(...)]` is taken out.
    pub(crate) attributes: Vec<Attribute>,
    /// `pub`, `pub(crate)`, ... or nothing.
    pub(crate) visibility: TokenStream,
    pub(crate) enum_name: Ident,
    /// The tables, in layering order.
    pub(crate) table_paths: Vec<LitStr>,
    /// The path of the facade crate in generated code.
    pub(crate) facade: TokenStream,
}

/// One `#[...]` attribute, kept as tokens.
pub(crate) struct Attribute {
    pub(crate) tokens: TokenStream,
    pub(crate) is_doc: bool,
    /// The last path segment of each trait in a `#[derive(...)]`.
    pub(crate) derives: Vec<String>,
}

impl Invocation {
    /// Whether the user wrote any doc comment for the enum.
    pub(crate) fn has_docs(&self) -> bool {
        self.attributes.iter().any(|attribute| attribute.is_doc)
    }

    /// Whether the user's own attributes already derive `name`.
    pub(crate) fn derives(&self, name: &str) -> bool {
        self.attributes
            .iter()
            .any(|attribute| attribute.derives.iter().any(|derived| derived == name))
    }
}

impl Parse for Invocation {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let table_paths = parse_table_paths(input)?;
            let _: Option<Token![;]> = input.parse()?;
            return Ok(Invocation {
                attributes: Vec::new(),
                visibility: quote!(pub),
                enum_name: Ident::new("IefError", Span::call_site()),
                table_paths,
                facade: quote!(::ief_errors),
            });
        }

        let mut attributes = Vec::new();
        let mut facade = None;
        while input.peek(Token![#]) {
            match parse_outer_attribute(input)? {
                OuterAttribute::Facade(path) => {
                    if facade.replace(path).is_some() {
                        return Err(input.error("`#[ief_errors(crate = ...)]` is given twice"));
                    }
                }
                OuterAttribute::Other(attribute) => attributes.push(attribute),
            }
        }
        let visibility = parse_visibility(input)?;
        let _: Token![enum] = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a table path (\"data/codes.toml\") or `enum Name from \"data/codes.toml\"`",
            )
        })?;
        let enum_name: Ident = input.parse()?;
        let from: Ident = input.parse().map_err(|error| {
            syn::Error::new(error.span(), "expected `from` followed by the table paths")
        })?;
        if from != "from" {
            return Err(syn::Error::new(
                from.span(),
                "expected `from` followed by the table paths, as in `enum Name from \"data/codes.toml\"`",
            ));
        }
        let table_paths = parse_table_paths(input)?;
        let _: Option<Token![;]> = input.parse()?;
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens after the table paths; one invocation generates one enum",
            ));
        }
        Ok(Invocation {
            attributes,
            visibility,
            enum_name,
            table_paths,
            facade: facade.unwrap_or_else(|| quote!(::ief_errors)),
        })
    }
}

/// One or more string literals separated by commas.
fn parse_table_paths(input: ParseStream<'_>) -> syn::Result<Vec<LitStr>> {
    let mut paths = vec![input.parse::<LitStr>()?];
    while input.peek(Token![,]) {
        let _: Token![,] = input.parse()?;
        if !input.peek(LitStr) {
            break;
        }
        paths.push(input.parse()?);
    }
    Ok(paths)
}

enum OuterAttribute {
    /// `#[ief_errors(crate = "path")]`, for this macro rather than the enum.
    Facade(TokenStream),
    Other(Attribute),
}

fn parse_outer_attribute(input: ParseStream<'_>) -> syn::Result<OuterAttribute> {
    let pound: Token![#] = input.parse()?;
    let content;
    let brackets = bracketed!(content in input);
    let inner: TokenStream = content.parse()?;
    let mut trees = inner.clone().into_iter();
    let first = trees.next().map(|first| first.to_string());
    if first.as_deref() == Some("ief_errors") {
        return parse_facade_option(trees.next(), brackets.span.join()).map(OuterAttribute::Facade);
    }
    let derives = match (first.as_deref(), trees.next()) {
        (Some("derive"), Some(TokenTree::Group(group))) => derived_names(group.stream()),
        _ => Vec::new(),
    };
    let mut tokens = pound.into_token_stream();
    brackets.surround(&mut tokens, |tokens| tokens.extend(inner));
    Ok(OuterAttribute::Other(Attribute {
        tokens,
        is_doc: first.as_deref() == Some("doc"),
        derives,
    }))
}

/// `Hash` and `std::hash::Hash` both name `Hash`: the last segment of each path.
fn derived_names(list: TokenStream) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = None;
    for tree in list {
        match tree {
            TokenTree::Ident(ident) => current = Some(ident.to_string()),
            TokenTree::Punct(punct) if punct.as_char() == ',' => names.extend(current.take()),
            _ => {}
        }
    }
    names.extend(current);
    names
}

/// The `(crate = "...")` of `#[ief_errors(...)]`, as path tokens.
fn parse_facade_option(arguments: Option<TokenTree>, span: Span) -> syn::Result<TokenStream> {
    let usage = "expected `#[ief_errors(crate = \"path::to::ief_errors\")]`";
    let Some(TokenTree::Group(group)) = arguments else {
        return Err(syn::Error::new(span, usage));
    };
    let parser = |input: ParseStream<'_>| {
        let _: Token![crate] = input.parse()?;
        let _: Token![=] = input.parse()?;
        let path: LitStr = input.parse()?;
        if !input.is_empty() {
            return Err(input.error("`crate` is the only option of `#[ief_errors(...)]`"));
        }
        Ok(path)
    };
    let path = syn::parse::Parser::parse2(parser, group.stream())
        .map_err(|error| syn::Error::new(error.span(), format!("{error}; {usage}")))?;
    facade_path_tokens(&path)
}

/// `"::my_sdk::ief_errors"` as tokens, accepting only a plain path.
fn facade_path_tokens(path: &LitStr) -> syn::Result<TokenStream> {
    let text = path.value();
    let invalid = || {
        syn::Error::new(
            path.span(),
            format!("`{text}` is not a path such as `::my_sdk::ief_errors`"),
        )
    };
    let body = text.strip_prefix("::").unwrap_or(&text);
    let mut tokens = if text.starts_with("::") {
        quote!(::)
    } else {
        TokenStream::new()
    };
    for (position, segment) in body.split("::").enumerate() {
        let ident = syn::parse_str::<Ident>(segment)
            .or_else(|_| match segment {
                "crate" | "self" | "super" => Ok(Ident::new(segment, path.span())),
                _ => Err(invalid()),
            })
            .map_err(|_| invalid())?;
        if position > 0 {
            tokens.extend(quote!(::));
        }
        tokens.extend(ident.into_token_stream());
    }
    Ok(tokens)
}

fn parse_visibility(input: ParseStream<'_>) -> syn::Result<TokenStream> {
    if !input.peek(Token![pub]) {
        return Ok(TokenStream::new());
    }
    let pub_token: Token![pub] = input.parse()?;
    let mut tokens = pub_token.into_token_stream();
    if input.peek(syn::token::Paren) {
        let content;
        let parens = parenthesized!(content in input);
        let restriction: TokenStream = content.parse()?;
        parens.surround(&mut tokens, |tokens| tokens.extend(restriction));
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: &str) -> syn::Result<Invocation> {
        syn::parse_str(tokens)
    }

    #[test]
    fn a_path_alone_is_a_pub_enum_named_ief_error() {
        let invocation = parse("\"data/codes.toml\"").unwrap();
        assert_eq!(invocation.enum_name, "IefError");
        assert_eq!(invocation.visibility.to_string(), "pub");
        assert_eq!(invocation.table_paths.len(), 1);
        assert_eq!(invocation.facade.to_string(), ":: ief_errors");
    }

    #[test]
    fn several_paths_layer_in_order() {
        let invocation = parse("\"a.toml\", \"b.toml\",").unwrap();
        let paths: Vec<String> = invocation.table_paths.iter().map(LitStr::value).collect();
        assert_eq!(paths, ["a.toml", "b.toml"]);
    }

    #[test]
    fn the_header_form_takes_attributes_visibility_and_name() {
        let invocation = parse(
            "#[doc = \" Docs.\"] #[derive(Hash, serde::Serialize)] #[repr(u16)] pub(crate) enum EdgeError from \"a.toml\", \"b.toml\";",
        )
        .unwrap();
        assert_eq!(invocation.enum_name, "EdgeError");
        assert_eq!(invocation.visibility.to_string(), "pub (crate)");
        assert!(invocation.has_docs());
        assert!(invocation.derives("Hash"));
        assert!(invocation.derives("Serialize"));
        assert!(!invocation.derives("Debug"));
        assert_eq!(invocation.attributes.len(), 3);
        assert_eq!(invocation.table_paths.len(), 2);
    }

    #[test]
    fn the_facade_path_can_be_overridden() {
        let invocation =
            parse("#[ief_errors(crate = \"::my_sdk::errors\")] enum E from \"a.toml\"").unwrap();
        assert_eq!(invocation.facade.to_string(), ":: my_sdk :: errors");
        assert!(invocation.attributes.is_empty());
        let relative =
            parse("#[ief_errors(crate = \"crate::reexport\")] enum E from \"a.toml\"").unwrap();
        assert_eq!(relative.facade.to_string(), "crate :: reexport");
    }

    #[test]
    fn malformed_invocations_say_what_was_expected() {
        let message = |tokens: &str| {
            parse(tokens)
                .err()
                .map(|error| error.to_string())
                .unwrap_or_default()
        };
        assert!(message("enum E \"a.toml\"").starts_with("expected `from`"));
        assert!(message("enum E from").contains("string literal"));
        assert!(message("struct E from \"a.toml\"").starts_with("expected a table path"));
        assert_eq!(
            message("#[ief_errors(crate = \"not a path\")] enum E from \"a.toml\""),
            "`not a path` is not a path such as `::my_sdk::ief_errors`"
        );
        assert!(
            message("#[ief_errors(krate = \"x\")] enum E from \"a.toml\"")
                .contains("expected `#[ief_errors(crate = ")
        );
        assert!(
            message("enum E from \"a.toml\"; enum F from \"b.toml\"")
                .starts_with("unexpected tokens")
        );
    }
}
