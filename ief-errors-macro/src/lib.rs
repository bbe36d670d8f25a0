//! The proc macro behind [`ief-errors`](https://docs.rs/ief-errors).
//!
//! Use it through the facade crate, `ief_errors::ief_errors!`: the code it
//! generates refers to `::ief_errors` items and does not compile without it.

// The stages live in their own modules, in the order they run: `invocation`
// (the macro's input), `manifest` (the facade's name in the invoking crate),
// `load` (find and read the tables), `parse` (TOML into a located `model`),
// `validate` (the schema's rules) and `generate` (the tokens: fixed impls
// there, per-row text in `row_text` and `variant_docs`, the perfect hash
// behind `from_code` in `lookup`). `expand` runs them in order. Problems are
// collected in a `diagnostic::Diagnostics` and reported together.

mod diagnostic;
mod expand;
mod generate;
mod invocation;
mod load;
mod lookup;
mod manifest;
mod model;
mod parse;
#[cfg(test)]
mod robustness;
mod row_text;
mod validate;
mod variant_docs;

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
