//! The proc macro behind [`ief-errors`](https://docs.rs/ief-errors).
//!
//! Use it through the facade crate, `ief_errors::ief_errors!`: the code it
//! generates refers to `::ief_errors` items and does not compile without it.

// The stages live in their own modules, in the order they run: `invocation`
// (the macro's input), `load` (find and read the table), `parse` (TOML into a
// located `model`), `validate` (the schema's rules), `lookup` (the perfect hash
// behind `from_code`) and `expand` (the tokens). Problems are collected in a
// `diagnostic::Diagnostics` and reported together.

mod diagnostic;
mod expand;
mod invocation;
mod load;
mod lookup;
mod model;
mod parse;
#[cfg(test)]
mod robustness;
mod validate;

use proc_macro::TokenStream;

/// Generates an error-code enum from a TOML table. See the `ief-errors` crate
/// for the table schema, the invocation forms and the generated API.
#[proc_macro]
pub fn ief_errors(input: TokenStream) -> TokenStream {
    let invocation = syn::parse_macro_input!(input as invocation::Invocation);
    let compiler_lexer = |text: &str| {
        text.parse::<TokenStream>()
            .ok()
            .map(proc_macro2::TokenStream::from)
    };
    expand::expand(&invocation, &compiler_lexer).into()
}
