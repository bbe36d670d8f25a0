//! `expand PATH... [--name NAME]`: the code the `ief_errors!` macro
//! generates for tables, formatted, as `cargo expand` would show it, with
//! no nightly toolchain.

use std::io::Write;
use std::process::ExitCode;

use ief_errors_table::{EnumDefinition, ShippedTable, generate};
use proc_macro2::{Group, Literal, TokenStream, TokenTree};

use crate::commands::{Failure, print, read_tables};
use crate::escape::{escape_live, is_escaped};
use crate::problems;

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  ief-errors expand data/codes.toml\n  ief-errors expand data/codes.toml data/custom.toml --name EdgeError > edge_error.rs\n  ief-errors expand --extends ief data/acme.toml --name AcmeError\n\nThe code is what ief_errors!(\"PATH\", ...) generates for `pub enum NAME`, formatted by prettyplease. Tables the macro would refuse are reported as check reports them, with status 1. Relative paths are resolved against the current directory."
)]
pub(crate) struct Args {
    /// The tables, layered in the order given, as the macro layers its paths
    #[arg(required_unless_present = "extends", value_name = "PATH")]
    paths: Vec<String>,
    /// Layer the tables over this shipped table, as extends = "ief" does in the macro
    #[arg(long, value_name = "NAME", value_parser = crate::commands::shipped_table)]
    extends: Option<ShippedTable>,
    /// The enum's name, a Rust identifier
    #[arg(long, value_name = "NAME", default_value = "IefError", value_parser = enum_name)]
    name: String,
}

impl Args {
    pub(crate) fn exec(self) -> Result<ExitCode, Failure> {
        let tables = read_tables(self.extends, &self.paths)?;
        if !tables.is_valid() {
            problems::report(&mut anstream::stderr(), &tables);
            return Ok(ExitCode::FAILURE);
        }
        let lexer = |text: &str| text.parse::<TokenStream>().ok();
        // `--name` was held to what an identifier is when it was parsed.
        let name =
            syn::parse_str::<syn::Ident>(&self.name).map_err(|error| format!("--name: {error}"))?;
        let expansion = generate(&EnumDefinition::plain(name), &tables, &lexer);
        // A plain enum asks nothing a table cannot give; were that to change,
        // what it asks is no table's problem.
        if !expansion.problems.is_empty() {
            return Err(Failure(
                expansion
                    .problems
                    .into_iter()
                    .map(|problem| problem.message)
                    .collect(),
            ));
        }
        let file = syn::parse2::<syn::File>(escaped_literals(expansion.code)).map_err(|error| {
            format!("the generated code is not a Rust file ({error}); please report this")
        })?;
        let code = prettyplease::unparse(&file);
        print(ExitCode::SUCCESS, || {
            let mut out = anstream::stdout();
            // Table texts are in escaped literals and escaped docs by now;
            // what is left for a terminal to act on or show as nothing (a
            // Hangul filler in a literal or a name) is shown as an escape,
            // as everywhere. In a literal, the escape means the same text.
            for line in code.lines() {
                writeln!(out, "{}", escape_live(line))?;
            }
            Ok(())
        })
    }
}

/// `tokens` with every raw string literal that holds a character the
/// command shows escaped written as an escaped literal of the same text:
/// the generator writes table texts as raw literals, which would carry
/// control characters to the terminal as they are.
fn escaped_literals(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let mut escaped = Group::new(group.delimiter(), escaped_literals(group.stream()));
                escaped.set_span(group.span());
                TokenTree::Group(escaped)
            }
            TokenTree::Literal(literal) => TokenTree::Literal(escaped_literal(literal)),
            token => token,
        })
        .collect()
}

fn escaped_literal(literal: Literal) -> Literal {
    let written = literal.to_string();
    if !written.starts_with('r') || !written.chars().any(is_escaped) {
        return literal;
    }
    match syn::parse_str::<syn::LitStr>(&written) {
        Ok(text) => {
            let mut escaped = Literal::string(&text.value());
            escaped.set_span(literal.span());
            escaped
        }
        Err(_) => literal,
    }
}

/// The parser of `--name`: a Rust identifier, as the enum's name must be.
fn enum_name(name: &str) -> Result<String, String> {
    // As the table's names are held: nothing that shows as nothing, and
    // nothing the compiler would merge with the character before it.
    let is_identifier = !name.starts_with("r#")
        && syn::parse_str::<syn::Ident>(name).is_ok_and(|ident| ident == name)
        && !name.chars().any(|character| {
            ief_errors_core::text::must_escape(character)
                || ief_errors_table::identifier::merges_under_nfc(character)
        });
    if is_identifier {
        Ok(name.to_owned())
    } else {
        Err("not a Rust identifier (nor a keyword); name the enum as a type is named, such as IefError".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_literals_holding_controls_become_escaped_literals_of_the_same_text() {
        let tokens: TokenStream =
            "const A: [&str; 3] = [r\"a\u{1b}[2J\u{202e}\", r#\"plain\"#, \"q\"];"
                .parse()
                .unwrap();
        let escaped = escaped_literals(tokens).to_string();
        assert!(
            !escaped
                .chars()
                .any(|character| character == '\u{1b}' || character == '\u{202e}'),
            "{escaped}"
        );
        assert!(escaped.contains("r#\"plain\"#"), "{escaped}");
        let file: syn::File = syn::parse_str(&escaped).unwrap();
        let syn::Item::Const(constant) = &file.items[0] else {
            panic!("a const");
        };
        let syn::Expr::Array(array) = &*constant.expr else {
            panic!("an array");
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &array.elems[0]
        else {
            panic!("a string");
        };
        assert_eq!(text.value(), "a\u{1b}[2J\u{202e}");
    }

    #[test]
    fn the_name_must_be_an_identifier() {
        for name in ["IefError", "EdgeError", "错误", "_Private", "E"] {
            assert_eq!(enum_name(name).as_deref(), Ok(name), "{name}");
        }
        for name in [
            "",
            "fn",
            "Self",
            "r#Foo",
            "_",
            "Edge Error",
            " E",
            "E<T>",
            "1E",
            "a::B",
        ] {
            assert!(enum_name(name).is_err(), "{name:?}");
        }
    }
}
