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
//! ief_errors! {
//!     #[ief_errors(extends = "ief")]
//!     pub enum AcmeError from "data/acme.toml";
//! }
//! ```
//!
//! Read token by token, without `syn`: the grammar is small, and leaving
//! `syn` out takes it off the build path of every crate that invokes the
//! macro.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

use ief_errors_table::identifier::{is_identifier, is_keyword};
use ief_errors_table::{
    Derived, EnumAttribute, EnumDefinition, ShippedTable, without_invisible_groups,
};

use crate::error::{Error, Result};
use crate::literal::StringLiteral;

/// What the user asked for, before any file is read.
pub(crate) struct Invocation {
    /// Outer attributes to put on the enum, as written (doc comments arrive as
    /// `#[doc = "..."]`); `#[ief_errors(...)]` is taken out.
    pub(crate) attributes: Vec<EnumAttribute>,
    /// `pub`, `pub(crate)`, ... or nothing.
    pub(crate) visibility: TokenStream,
    pub(crate) enum_name: Ident,
    /// The shipped table layered before `table_paths`, from
    /// `#[ief_errors(extends = "ief")]`, and where it was named.
    pub(crate) extends: Option<(ShippedTable, Span)>,
    /// The tables, in layering order.
    pub(crate) table_paths: Vec<StringLiteral>,
    /// The path of the facade crate given by `#[ief_errors(crate = "...")]`;
    /// `None` means "find it in the invoking crate's manifest".
    pub(crate) facade: Option<TokenStream>,
    /// The integrations asked for with `#[ief_errors(serde, http, miette)]`,
    /// each with the word that asked, so an error can point at it.
    pub(crate) integrations: Vec<Ident>,
}

/// The integrations a user's enum may ask for, each implemented by a facade
/// macro that exists only with the facade feature of the same name.
pub(crate) const INTEGRATIONS: &[&str] = &["serde", "http", "miette"];

impl Invocation {
    /// The enum to generate, naming the facade by `facade`.
    pub(crate) fn definition(&self, facade: TokenStream) -> EnumDefinition {
        EnumDefinition {
            attributes: self.attributes.clone(),
            visibility: self.visibility.clone(),
            name: self.enum_name.clone(),
            facade,
            integrations: self.integrations.clone(),
            track_table_files: true,
        }
    }

    /// The `cfg` predicates of the enum, to put on everything generated for it.
    pub(crate) fn gates(&self) -> impl Iterator<Item = &TokenStream> {
        self.attributes
            .iter()
            .filter_map(|attribute| attribute.gate.as_ref())
    }

    pub(crate) fn parse(input: TokenStream) -> Result<Self> {
        let mut input = Cursor::new(input);
        if input.peek_string() {
            let table_paths = parse_table_paths(&mut input)?;
            let _ = input.eat_punct(';');
            if !input.is_empty() {
                return Err(input.error(
                    "unexpected tokens after the table paths; write `ief_errors!(\"a.toml\", \"b.toml\")`",
                ));
            }
            return Ok(Invocation {
                attributes: Vec::new(),
                visibility: Ident::new("pub", Span::call_site()).into_token_stream(),
                enum_name: Ident::new("IefError", Span::call_site()),
                extends: None,
                table_paths,
                facade: None,
                integrations: Vec::new(),
            });
        }

        let mut attributes = Vec::new();
        let mut options = MacroOptions::default();
        while input.peek_punct('#') {
            match parse_outer_attribute(&mut input)? {
                OuterAttribute::Macro(arguments, span) => options.add(arguments, span)?,
                OuterAttribute::Other(attribute) => attributes.push(attribute),
            }
        }
        let visibility = parse_visibility(&mut input);
        if !input.eat_word("enum") {
            return Err(input.error(
                "expected a table path (\"data/codes.toml\") or `enum Name from \"data/codes.toml\"`",
            ));
        }
        let enum_name = input.identifier()?;
        match input.peek() {
            Some(TokenTree::Ident(from)) if from == "from" => {
                let _ = input.next();
            }
            Some(TokenTree::Ident(other)) => {
                return Err(Error::new(
                    other.span(),
                    "expected `from` followed by the table paths, as in `enum Name from \"data/codes.toml\"`",
                ));
            }
            _ => return Err(input.error("expected `from` followed by the table paths")),
        }
        let table_paths = parse_table_paths(&mut input)?;
        let _ = input.eat_punct(';');
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens after the table paths; one invocation generates one enum",
            ));
        }
        Ok(Invocation {
            attributes,
            visibility,
            enum_name,
            extends: options.extends,
            table_paths,
            facade: options.facade,
            integrations: options.integrations,
        })
    }
}

/// The invocation's tokens, read one at a time.
struct Cursor {
    trees: Vec<TokenTree>,
    position: usize,
}

impl Cursor {
    fn new(input: TokenStream) -> Self {
        Cursor {
            trees: without_invisible_groups(input).into_iter().collect(),
            position: 0,
        }
    }

    fn peek(&self) -> Option<&TokenTree> {
        self.trees.get(self.position)
    }

    fn next(&mut self) -> Option<TokenTree> {
        let tree = self.trees.get(self.position).cloned();
        self.position += usize::from(tree.is_some());
        tree
    }

    fn is_empty(&self) -> bool {
        self.position >= self.trees.len()
    }

    /// An error at the next token, or at the invocation when there is none.
    fn error(&self, message: &str) -> Error {
        let span = self.peek().map_or_else(Span::call_site, TokenTree::span);
        match self.peek() {
            Some(_) => Error::new(span, message),
            None => Error::new(span, format!("unexpected end of input, {message}")),
        }
    }

    fn peek_punct(&self, character: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(punct)) if punct.as_char() == character)
    }

    fn eat_punct(&mut self, character: char) -> bool {
        let found = self.peek_punct(character);
        self.position += usize::from(found);
        found
    }

    fn peek_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == word)
    }

    fn eat_word(&mut self, word: &str) -> bool {
        let found = self.peek_word(word);
        self.position += usize::from(found);
        found
    }

    fn peek_string(&self) -> bool {
        matches!(self.peek(), Some(TokenTree::Literal(literal)) if StringLiteral::of(literal).is_some())
    }

    /// The next token as an identifier that is not a keyword (`r#match` is one).
    fn identifier(&mut self) -> Result<Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => {
                let name = ident.to_string();
                if is_keyword(&name) || name == "_" {
                    return Err(Error::new(
                        ident.span(),
                        format!("expected identifier, found keyword `{name}`"),
                    ));
                }
                let ident = ident.clone();
                self.position += 1;
                Ok(ident)
            }
            _ => Err(self.error("expected identifier")),
        }
    }

    /// The next token as a string literal.
    fn string(&mut self) -> Result<StringLiteral> {
        let string = match self.peek() {
            Some(TokenTree::Literal(literal)) => StringLiteral::of(literal),
            _ => None,
        };
        match string {
            Some(string) => {
                self.position += 1;
                Ok(string)
            }
            None => Err(self.error("expected string literal")),
        }
    }
}

/// One or more string literals separated by commas.
fn parse_table_paths(input: &mut Cursor) -> Result<Vec<StringLiteral>> {
    let mut paths = vec![table_path(input)?];
    loop {
        if input.peek_string() {
            return Err(input.error("expected `,` between the table paths"));
        }
        if !input.eat_punct(',') {
            break;
        }
        if !input.peek_string() {
            break;
        }
        paths.push(table_path(input)?);
    }
    Ok(paths)
}

/// A string literal naming a table: no suffix, which would mean nothing here.
fn table_path(input: &mut Cursor) -> Result<StringLiteral> {
    let path = input.string()?;
    if !path.suffix.is_empty() {
        return Err(Error::new(
            path.span,
            format!("a table path takes no suffix; remove `{}`", path.suffix),
        ));
    }
    Ok(path)
}

enum OuterAttribute {
    /// The arguments of `#[ief_errors(...)]`, an attribute for this macro
    /// rather than the enum, and the attribute's span.
    Macro(TokenStream, Span),
    Other(EnumAttribute),
}

fn parse_outer_attribute(input: &mut Cursor) -> Result<OuterAttribute> {
    let Some(pound) = input.next() else {
        return Err(input.error("expected `#`"));
    };
    let brackets = match input.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => group.clone(),
        _ => return Err(input.error("expected square brackets")),
    };
    let _ = input.next();
    let inner = without_invisible_groups(brackets.stream());
    let mut trees = inner.clone().into_iter();
    let first = trees.next().map(|first| first.to_string());
    let span = brackets.span();
    if first.as_deref() == Some("ief_errors") {
        return match (trees.next(), trees.next()) {
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                Ok(OuterAttribute::Macro(group.stream(), span))
            }
            _ => Err(Error::new(span, OPTIONS_USAGE)),
        };
    }
    let mut derives = Vec::new();
    let mut gates = Vec::new();
    let mut reprs = Vec::new();
    scan_meta(inner, &[], &mut derives, &mut gates, &mut reprs)?;
    Ok(OuterAttribute::Other(EnumAttribute {
        tokens: TokenStream::from_iter([pound, TokenTree::Group(brackets)]),
        is_doc: first.as_deref() == Some("doc"),
        derives,
        reprs,
        gate: match gates.len() {
            0 => None,
            1 => gates.pop(),
            _ => Some(call("all", gates)),
        },
    }))
}

/// `name(argument, argument, ...)` as tokens.
fn call(name: &str, arguments: Vec<TokenStream>) -> TokenStream {
    let mut list = TokenStream::new();
    for (index, argument) in arguments.into_iter().enumerate() {
        if index > 0 {
            list.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        list.extend(argument);
    }
    TokenStream::from_iter([
        TokenTree::Ident(Ident::new(name, Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, list)),
    ])
}

/// Walks one attribute's meta (`derive(..)`, `cfg(..)`, `cfg_attr(p, ..)`,
/// nested), noting derives with the `cfg_attr` predicates they sit under and
/// `cfg`s as the predicate under which the enum exists.
fn scan_meta(
    meta: TokenStream,
    conditions: &[TokenStream],
    derives: &mut Vec<Derived>,
    gates: &mut Vec<TokenStream>,
    reprs: &mut Vec<Ident>,
) -> Result<()> {
    // The attribute's name is the last segment of its path:
    // `::core::prelude::v1::derive(..)` is `derive(..)`.
    let mut name = None;
    let mut arguments = None;
    for tree in without_invisible_groups(meta) {
        match tree {
            TokenTree::Ident(ident) => name = Some(ident),
            TokenTree::Group(group) => {
                arguments = Some(group);
                break;
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
    let (Some(name), Some(arguments)) = (name, arguments) else {
        return Ok(());
    };
    if name == "ief_errors" {
        return Err(Error::new(
            name.span(),
            "`ief_errors(...)` cannot be under `cfg_attr`: the macro reads its options before any `cfg` is known; write `#[ief_errors(...)]` on its own",
        ));
    }
    if name == "derive" {
        derives.extend(
            derived_names(arguments.stream())
                .into_iter()
                .map(|ident| Derived {
                    name: unraw(&ident),
                    span: ident.span(),
                    conditions: conditions.to_vec(),
                }),
        );
    } else if name == "repr" {
        reprs.extend(
            without_invisible_groups(arguments.stream())
                .into_iter()
                .filter_map(|tree| match tree {
                    TokenTree::Ident(ident) => Some(ident),
                    _ => None,
                }),
        );
    } else if name == "cfg" {
        let predicate = arguments.stream();
        gates.push(if conditions.is_empty() {
            predicate
        } else {
            let not_all = call("not", vec![call("all", conditions.to_vec())]);
            call("any", vec![not_all, predicate])
        });
    } else if name == "cfg_attr" {
        let mut parts = split_on_commas(arguments.stream()).into_iter();
        let Some(predicate) = parts.next() else {
            return Ok(());
        };
        let mut nested = conditions.to_vec();
        nested.push(predicate);
        for attribute in parts {
            scan_meta(attribute, &nested, derives, gates, reprs)?;
        }
    }
    Ok(())
}

/// A comma-separated list, each item as tokens; empty items are left out.
fn split_on_commas(list: TokenStream) -> Vec<TokenStream> {
    let mut items = vec![TokenStream::new()];
    for tree in list {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => items.push(TokenStream::new()),
            _ => items
                .last_mut()
                .into_iter()
                .for_each(|item| item.extend([tree.clone()])),
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

/// `Hash`, `r#Hash` and `std::hash::Hash` all name `Hash`: the last
/// segment of each path, without `r#`.
fn derived_names(list: TokenStream) -> Vec<Ident> {
    split_on_commas(list)
        .into_iter()
        .filter_map(|path| {
            without_invisible_groups(path)
                .into_iter()
                .fold(None, |last, tree| match tree {
                    TokenTree::Ident(ident) => Some(ident),
                    _ => last,
                })
        })
        .collect()
}

fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#")
        .map_or_else(|| name.clone(), str::to_owned)
}

const OPTIONS_USAGE: &str = "expected `#[ief_errors(extends = \"ief\")]`, `#[ief_errors(crate = \"path::to::ief_errors\")]` or integrations such as `#[ief_errors(serde, http, miette)]`";

/// What `#[ief_errors(...)]` attributes said, each option at most once.
#[derive(Default)]
struct MacroOptions {
    extends: Option<(ShippedTable, Span)>,
    facade: Option<TokenStream>,
    integrations: Vec<Ident>,
}

impl MacroOptions {
    /// Takes the options of one `#[ief_errors(...)]`: `crate = "path"` and
    /// integration names, separated by commas.
    fn add(&mut self, arguments: TokenStream, span: Span) -> Result<()> {
        let options = split_on_commas(arguments);
        if options.is_empty() {
            return Err(Error::new(span, OPTIONS_USAGE));
        }
        for option in options {
            let trees: Vec<TokenTree> = without_invisible_groups(option).into_iter().collect();
            match trees.as_slice() {
                [
                    TokenTree::Ident(word),
                    TokenTree::Punct(equals),
                    TokenTree::Literal(path),
                ] if word == "crate" && equals.as_char() == '=' => {
                    let Some(path) = StringLiteral::of(path) else {
                        return Err(Error::new(path.span(), "expected string literal"));
                    };
                    if self.facade.replace(facade_path_tokens(&path)?).is_some() {
                        return Err(Error::new(word.span(), "`crate = ...` is given twice"));
                    }
                }
                [
                    TokenTree::Ident(word),
                    TokenTree::Punct(equals),
                    TokenTree::Literal(name),
                ] if word == "extends" && equals.as_char() == '=' => {
                    let table = shipped_table(name)?;
                    if self.extends.replace((table, name.span())).is_some() {
                        return Err(Error::new(word.span(), "`extends = ...` is given twice"));
                    }
                }
                [TokenTree::Ident(word), TokenTree::Punct(equals), value]
                    if word == "extends" && equals.as_char() == '=' =>
                {
                    return Err(Error::new(
                        value.span(),
                        format!(
                            "expected string literal naming a shipped table: {}",
                            ShippedTable::names_for_message()
                        ),
                    ));
                }
                [TokenTree::Ident(word)] if !KEY_VALUE_OPTIONS.iter().any(|key| word == key) => {
                    self.add_integration(word)?;
                }
                [TokenTree::Ident(word), ..]
                    if !KEY_VALUE_OPTIONS.iter().any(|key| word == key)
                        && !INTEGRATIONS.iter().any(|known| word == known) =>
                {
                    return Err(unknown_option(word));
                }
                [first, ..] => return Err(Error::new(first.span(), OPTIONS_USAGE)),
                [] => {}
            }
        }
        Ok(())
    }

    fn add_integration(&mut self, word: &Ident) -> Result<()> {
        if !INTEGRATIONS.iter().any(|known| word == known) {
            return Err(unknown_option(word));
        }
        if self.integrations.iter().any(|asked| asked == word) {
            return Err(Error::new(word.span(), format!("`{word}` is given twice")));
        }
        self.integrations.push(word.clone());
        Ok(())
    }
}

/// The options written `key = "value"`.
const KEY_VALUE_OPTIONS: &[&str] = &["crate", "extends"];

/// The shipped table `extends = "name"` names.
fn shipped_table(name: &proc_macro2::Literal) -> Result<ShippedTable> {
    let Some(name) = StringLiteral::of(name) else {
        return Err(Error::new(
            name.span(),
            format!(
                "expected string literal naming a shipped table: {}",
                ShippedTable::names_for_message()
            ),
        ));
    };
    if !name.suffix.is_empty() {
        return Err(Error::new(
            name.span,
            format!("a table name takes no suffix; remove `{}`", name.suffix),
        ));
    }
    ShippedTable::from_name(&name.value).ok_or_else(|| {
        Error::new(
            name.span,
            format!(
                "no shipped table is named {:?}; `extends` takes {}, and to layer a table of your own, list its path after `from`",
                name.value,
                ShippedTable::names_for_message()
            ),
        )
    })
}

fn unknown_option(word: &Ident) -> Error {
    let known: Vec<String> = INTEGRATIONS
        .iter()
        .map(|known| format!("`{known}`"))
        .collect();
    Error::new(
        word.span(),
        format!(
            "unknown option `{word}`; the options are `extends = \"ief\"`, `crate = \"...\"` and the integrations {}",
            known.join(", ")
        ),
    )
}

/// `"::my_sdk::ief_errors"` as tokens, accepting only a plain path.
fn facade_path_tokens(path: &StringLiteral) -> Result<TokenStream> {
    let text = &path.value;
    let invalid = || {
        Error::new(
            path.span,
            format!("`{text}` is not a path such as `::my_sdk::ief_errors`"),
        )
    };
    let body = text.strip_prefix("::").unwrap_or(text);
    let mut tokens = TokenStream::new();
    for (position, segment) in body.split("::").enumerate() {
        if position > 0 || text.starts_with("::") {
            tokens.extend(path_separator());
        }
        let ident = match segment.strip_prefix("r#") {
            Some(raw)
                if is_identifier(raw) && !matches!(raw, "crate" | "self" | "super" | "Self") =>
            {
                Ident::new_raw(raw, path.span)
            }
            None if matches!(segment, "crate" | "self" | "super") => Ident::new(segment, path.span),
            None if is_identifier(segment) && !is_keyword(segment) => {
                Ident::new(segment, path.span)
            }
            Some(_) | None => return Err(invalid()),
        };
        tokens.extend([TokenTree::Ident(ident)]);
    }
    Ok(tokens)
}

/// `::`, as two joined punctuation tokens.
pub(crate) fn path_separator() -> [TokenTree; 2] {
    [
        TokenTree::Punct(Punct::new(':', Spacing::Joint)),
        TokenTree::Punct(Punct::new(':', Spacing::Alone)),
    ]
}

/// `pub`, `pub(...)` or nothing, as written.
fn parse_visibility(input: &mut Cursor) -> TokenStream {
    let mut tokens = TokenStream::new();
    if !input.peek_word("pub") {
        return tokens;
    }
    tokens.extend(input.next());
    if matches!(input.peek(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis)
    {
        tokens.extend(input.next());
    }
    tokens
}

trait IntoTokenStream {
    fn into_token_stream(self) -> TokenStream;
}

impl IntoTokenStream for Ident {
    fn into_token_stream(self) -> TokenStream {
        TokenTree::Ident(self).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: &str) -> Result<Invocation> {
        Invocation::parse(tokens.parse().expect("the test's tokens lex"))
    }

    fn message(tokens: &str) -> String {
        parse(tokens)
            .err()
            .map(|error| error.message)
            .unwrap_or_default()
    }

    /// Each derive of `name`, as its conditions joined by `&`.
    fn derives(invocation: &Invocation, name: &str) -> Vec<String> {
        invocation
            .attributes
            .iter()
            .flat_map(|attribute| &attribute.derives)
            .filter(|derived| derived.name == name)
            .map(|derived| {
                derived
                    .conditions
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" & ")
            })
            .collect()
    }

    #[test]
    fn a_path_alone_is_a_pub_enum_named_ief_error() {
        let invocation = parse("\"data/codes.toml\"").unwrap();
        assert_eq!(invocation.enum_name, "IefError");
        assert_eq!(invocation.visibility.to_string(), "pub");
        assert_eq!(invocation.table_paths.len(), 1);
        assert!(invocation.facade.is_none(), "found in the manifest");
        assert!(invocation.integrations.is_empty());
    }

    #[test]
    fn several_paths_layer_in_order() {
        let invocation = parse("\"a.toml\", \"b.toml\",").unwrap();
        let paths: Vec<&str> = invocation
            .table_paths
            .iter()
            .map(|path| path.value.as_str())
            .collect();
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
        assert!(
            invocation
                .attributes
                .iter()
                .any(|attribute| attribute.is_doc)
        );
        assert_eq!(derives(&invocation, "Hash"), [""]);
        assert_eq!(derives(&invocation, "Serialize"), [""]);
        assert!(derives(&invocation, "Debug").is_empty());
        assert_eq!(invocation.attributes.len(), 3);
        assert_eq!(invocation.table_paths.len(), 2);
    }

    #[test]
    fn derives_under_cfg_attr_keep_their_conditions() {
        let invocation = parse(
            "#[cfg_attr(feature = \"x\", derive(Debug, ::core::hash::Hash))] \
             #[cfg_attr(a, cfg_attr(b, derive(Clone)))] \
             #[cfg_attr(c, doc = \"x\", derive(Copy,))] enum E from \"a.toml\"",
        )
        .unwrap();
        assert_eq!(derives(&invocation, "Debug"), ["feature = \"x\""]);
        assert_eq!(derives(&invocation, "Hash"), ["feature = \"x\""]);
        assert_eq!(derives(&invocation, "Clone"), ["a & b"]);
        assert_eq!(derives(&invocation, "Copy"), ["c"]);
        assert!(invocation.gates().next().is_none());
    }

    #[test]
    fn cfgs_on_the_enum_become_gates_for_what_is_generated() {
        let invocation = parse(
            "#[cfg(test)] #[cfg_attr(feature = \"a\", cfg(unix))] #[cfg(any(x, y))] enum E from \"a.toml\"",
        )
        .unwrap();
        let gates: Vec<String> = invocation.gates().map(ToString::to_string).collect();
        assert_eq!(
            gates,
            [
                "test",
                "any (not (all (feature = \"a\")) , unix)",
                "any (x , y)"
            ]
        );
    }

    #[test]
    fn the_facade_path_can_be_overridden() {
        let invocation =
            parse("#[ief_errors(crate = \"::my_sdk::errors\")] enum E from \"a.toml\"").unwrap();
        assert_eq!(
            invocation.facade.map(|path| path.to_string()).as_deref(),
            Some(":: my_sdk :: errors")
        );
        assert!(invocation.attributes.is_empty());
        let relative =
            parse("#[ief_errors(crate = \"crate::reexport\")] enum E from \"a.toml\"").unwrap();
        assert_eq!(
            relative.facade.map(|path| path.to_string()).as_deref(),
            Some("crate :: reexport")
        );
    }

    #[test]
    fn integrations_are_asked_for_by_name() {
        let invocation = parse(
            "#[ief_errors(serde, http)] #[ief_errors(crate = \"::x\", miette,)] enum E from \"a.toml\"",
        )
        .unwrap();
        let asked: Vec<String> = invocation
            .integrations
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(asked, ["serde", "http", "miette"]);
        assert!(invocation.facade.is_some());
    }

    #[test]
    fn extends_names_a_shipped_table_beside_the_other_options() {
        let invocation =
            parse("#[ief_errors(serde, extends = \"ief\", crate = \"::sdk::ief_errors\")] pub enum E from \"a.toml\"")
                .unwrap();
        assert_eq!(
            invocation.extends.map(|(table, _)| table),
            Some(ShippedTable::Ief)
        );
        assert_eq!(invocation.table_paths.len(), 1);
        assert!(parse("enum E from \"a.toml\"").unwrap().extends.is_none());
    }

    #[test]
    fn malformed_options_say_what_was_expected() {
        assert_eq!(
            message("#[ief_errors(crate = \"not a path\")] enum E from \"a.toml\""),
            "`not a path` is not a path such as `::my_sdk::ief_errors`"
        );
        assert!(
            message("#[ief_errors(krate = \"x\")] enum E from \"a.toml\"")
                .starts_with("unknown option `krate`")
        );
        assert!(
            message("#[ief_errors(serde = true)] enum E from \"a.toml\"")
                .starts_with("expected `#[ief_errors(extends = ")
        );
        assert_eq!(
            message("#[ief_errors(extends = ief)] enum E from \"a.toml\""),
            "expected string literal naming a shipped table: \"ief\""
        );
        assert_eq!(
            message("#[ief_errors(extends = \"ief\"x)] enum E from \"a.toml\""),
            "a table name takes no suffix; remove `x`"
        );
        assert_eq!(
            message("#[ief_errors(extends = \"IEF\")] enum E from \"a.toml\""),
            "no shipped table is named \"IEF\"; `extends` takes \"ief\", and to layer a table of your own, list its path after `from`"
        );
        assert_eq!(
            message("#[ief_errors(extends = \"ief\", extends = \"ief\")] enum E from \"a.toml\""),
            "`extends = ...` is given twice"
        );
        assert!(
            message("#[ief_errors] enum E from \"a.toml\"").starts_with("expected `#[ief_errors(")
        );
        assert!(
            message("#[ief_errors()] enum E from \"a.toml\"")
                .starts_with("expected `#[ief_errors(")
        );
        assert_eq!(
            message("#[ief_errors(json)] enum E from \"a.toml\""),
            "unknown option `json`; the options are `extends = \"ief\"`, `crate = \"...\"` and the integrations `serde`, `http`, `miette`"
        );
        assert_eq!(
            message("#[ief_errors(serde)] #[ief_errors(serde)] enum E from \"a.toml\""),
            "`serde` is given twice"
        );
        assert_eq!(
            message("#[ief_errors(crate = \"::a\", crate = \"::b\")] enum E from \"a.toml\""),
            "`crate = ...` is given twice"
        );
    }

    #[test]
    fn options_under_cfg_attr_are_refused() {
        assert!(
            message("#[cfg_attr(all(), ief_errors(serde))] enum E from \"a.toml\"")
                .starts_with("`ief_errors(...)` cannot be under `cfg_attr`")
        );
        assert!(
            message("#[cfg_attr(a, cfg_attr(b, derive(Debug), ief_errors(crate = \"::x\")))] enum E from \"a.toml\"")
                .starts_with("`ief_errors(...)` cannot be under `cfg_attr`")
        );
    }

    #[test]
    fn malformed_invocations_say_what_was_expected() {
        assert!(message("enum E \"a.toml\"").starts_with("expected `from`"));
        assert!(message("enum E from").contains("string literal"));
        assert!(message("struct E from \"a.toml\"").starts_with("expected a table path"));
        assert!(
            message("enum E from \"a.toml\"; enum F from \"b.toml\"")
                .starts_with("unexpected tokens")
        );
        assert!(message("\"a.toml\"; x").starts_with("unexpected tokens"));
    }

    #[test]
    fn paths_may_be_raw_or_escaped_strings() {
        let invocation =
            parse("r\"a.toml\", r#\"b \"c\".toml\"#, \"d\\x2etoml\", \"\\u{6570}.toml\"").unwrap();
        let paths: Vec<&str> = invocation
            .table_paths
            .iter()
            .map(|path| path.value.as_str())
            .collect();
        assert_eq!(paths, ["a.toml", "b \"c\".toml", "d.toml", "数.toml"]);
    }

    #[test]
    fn what_is_not_a_string_path_is_refused() {
        for input in ["b\"a.toml\"", "c\"a.toml\"", "'a'", "7", "a_toml"] {
            assert!(
                message(input).starts_with("expected a table path"),
                "{input}: {}",
                message(input)
            );
        }
        assert_eq!(
            message("enum E from b\"a.toml\""),
            "expected string literal"
        );
        assert_eq!(
            message("\"a.toml\", b\"b.toml\""),
            "unexpected tokens after the table paths; write `ief_errors!(\"a.toml\", \"b.toml\")`"
        );
    }

    #[test]
    fn an_empty_invocation_says_what_was_expected() {
        assert_eq!(
            message(""),
            "unexpected end of input, expected a table path (\"data/codes.toml\") or `enum Name from \"data/codes.toml\"`"
        );
        assert_eq!(
            message("enum"),
            "unexpected end of input, expected identifier"
        );
        assert_eq!(
            message("enum E"),
            "unexpected end of input, expected `from` followed by the table paths"
        );
    }

    #[test]
    fn the_enum_name_is_an_identifier_and_not_a_keyword() {
        assert_eq!(
            message("enum match from \"a.toml\""),
            "expected identifier, found keyword `match`"
        );
        assert_eq!(
            message("enum _ from \"a.toml\""),
            "expected identifier, found keyword `_`"
        );
        assert_eq!(message("enum \"E\" from \"a.toml\""), "expected identifier");
        let raw = parse("enum r#Type from \"a.toml\"").unwrap();
        assert_eq!(raw.enum_name.to_string(), "r#Type");
    }

    #[test]
    fn every_visibility_is_kept_as_written() {
        for (input, visibility) in [
            (
                "pub(in crate::a) enum E from \"a.toml\"",
                "pub (in crate :: a)",
            ),
            ("pub(super) enum E from \"a.toml\"", "pub (super)"),
            ("enum E from \"a.toml\"", ""),
        ] {
            assert_eq!(parse(input).unwrap().visibility.to_string(), visibility);
        }
    }

    #[test]
    fn an_inner_attribute_or_a_lone_pound_is_refused() {
        assert_eq!(
            message("#![doc = \"x\"] enum E from \"a.toml\""),
            "expected square brackets"
        );
        assert_eq!(
            message("# enum E from \"a.toml\""),
            "expected square brackets"
        );
    }

    #[test]
    fn crate_paths_take_raw_segments_and_refuse_keywords() {
        let raw =
            parse("#[ief_errors(crate = \"::r#async::errors\")] enum E from \"a.toml\"").unwrap();
        assert_eq!(
            raw.facade.map(|path| path.to_string()).as_deref(),
            Some(":: r#async :: errors")
        );
        for path in ["::match::x", "", "::", "a::", "a b", "r#crate", "::1a", "_"] {
            let input = format!("#[ief_errors(crate = {path:?})] enum E from \"a.toml\"");
            assert_eq!(
                message(&input),
                format!("`{path}` is not a path such as `::my_sdk::ief_errors`"),
                "{path}"
            );
        }
        assert_eq!(
            message("#[ief_errors(crate = b\"x\")] enum E from \"a.toml\""),
            "expected string literal"
        );
    }
}
