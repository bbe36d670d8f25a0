//! The proc macro behind [`ief-errors`](https://docs.rs/ief-errors).
//!
//! Use it through the facade crate, `ief_errors::ief_errors!`: the code it
//! generates refers to `::ief_errors` items and does not compile without it.

// What a table means lives in the `ief-errors-table` library; this crate
// parses the invocation (`invocation`, with string literals read in
// `literal`), finds the facade's name in the invoking crate's manifest
// (`manifest`), and in `expand` calls the library and puts each problem on
// a span (`error`). No `syn`: the grammar is small, and `syn` would be on
// the build path of every crate that invokes the macro.

mod error;
mod expand;
mod invocation;
mod literal;
mod manifest;

use proc_macro::TokenStream;

// The grammar, the schema and an example, so that an editor's hover on the
// macro shows them; the example is the facade's, which its doctests run.
#[doc = include_str!("hover.md")]
#[proc_macro]
pub fn ief_errors(input: TokenStream) -> TokenStream {
    let invocation = match invocation::Invocation::parse(input.into()) {
        Ok(invocation) => invocation,
        Err(error) => return error.to_compile_error().into(),
    };
    let compiler_lexer = |text: &str| {
        text.parse::<TokenStream>()
            .ok()
            .map(proc_macro2::TokenStream::from)
    };
    expand::expand(&invocation, &compiler_lexer).into()
}
