//! The macro's input: a path alone, or an enum header followed by `from` and a path.
//!
//! ```text
//! ief_errors!("data/codes.toml");
//! ief_errors! {
//!     /// Docs for the enum.
//!     #[non_exhaustive]
//!     pub enum IefError from "data/codes.toml";
//! }
//! ```

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token, bracketed, parenthesized};

/// What the user asked for, before any file is read.
pub(crate) struct Invocation {
    /// Outer attributes (doc comments arrive as `#[doc = "..."]`), as written.
    pub(crate) attributes: Vec<Attribute>,
    /// `pub`, `pub(crate)`, ... or nothing.
    pub(crate) visibility: TokenStream,
    pub(crate) enum_name: Ident,
    pub(crate) table_path: LitStr,
}

/// One `#[...]` attribute, kept as tokens: the macro only needs to know
/// whether it is a doc comment.
pub(crate) struct Attribute {
    pub(crate) tokens: TokenStream,
    pub(crate) is_doc: bool,
}

impl Invocation {
    /// Whether the user wrote any doc comment for the enum.
    pub(crate) fn has_docs(&self) -> bool {
        self.attributes.iter().any(|attribute| attribute.is_doc)
    }
}

impl Parse for Invocation {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let table_path = input.parse()?;
            let _: Option<Token![,]> = input.parse()?;
            return Ok(Invocation {
                attributes: Vec::new(),
                visibility: Token![pub](Span::call_site()).into_token_stream(),
                enum_name: Ident::new("IefError", Span::call_site()),
                table_path,
            });
        }

        let mut attributes = Vec::new();
        while input.peek(Token![#]) {
            attributes.push(parse_outer_attribute(input)?);
        }
        let visibility = parse_visibility(input)?;
        let _: Token![enum] = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a table path (\"data/codes.toml\") or `enum Name from \"data/codes.toml\"`",
            )
        })?;
        let enum_name: Ident = input.parse()?;
        let from: Ident = input.parse()?;
        if from != "from" {
            return Err(syn::Error::new(
                from.span(),
                "expected `from` followed by the table path, as in `enum Name from \"data/codes.toml\"`",
            ));
        }
        let table_path = input.parse()?;
        let _: Option<Token![;]> = input.parse()?;
        Ok(Invocation {
            attributes,
            visibility,
            enum_name,
            table_path,
        })
    }
}

fn parse_outer_attribute(input: ParseStream<'_>) -> syn::Result<Attribute> {
    let pound: Token![#] = input.parse()?;
    let content;
    let brackets = bracketed!(content in input);
    let inner: TokenStream = content.parse()?;
    let is_doc = inner
        .clone()
        .into_iter()
        .next()
        .is_some_and(|first| first.to_string() == "doc");
    let mut tokens = pound.into_token_stream();
    brackets.surround(&mut tokens, |tokens| tokens.extend(inner));
    Ok(Attribute { tokens, is_doc })
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
