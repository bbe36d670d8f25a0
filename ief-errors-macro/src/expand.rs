//! The macro's one job past parsing its input: read the tables with the
//! table library, generate the enum, and put each problem on a span. Table
//! problems become `compile_error!`s at the literal naming their file, next
//! to an enum built from the rows that are still valid, so the user sees the
//! real errors and not a cascade of "cannot find type" ones.

use proc_macro2::TokenStream;
use quote::quote;

use ief_errors_table::{Lexer, PathBase, Tables, generate};

use crate::invocation::Invocation;
use crate::manifest;

pub(crate) fn expand(invocation: &Invocation, lexer: Lexer<'_>) -> TokenStream {
    let paths: Vec<String> = invocation
        .table_paths
        .iter()
        .map(syn::LitStr::value)
        .collect();
    let tables = Tables::read(&paths, &PathBase::manifest_dir());
    let (facade, missing_facade) = facade_path(invocation);
    let expansion = generate(&invocation.definition(facade), &tables, lexer);

    // Each message names its file and line itself; it points at the literal
    // that named the file.
    let table_errors = tables
        .render_problems()
        .into_iter()
        .map(|problem| syn::Error::new(invocation.table_paths[problem.file].span(), problem.text));
    let enum_errors = expansion
        .problems
        .into_iter()
        .map(|problem| syn::Error::new(problem.span, problem.message));
    // A gated-out enum's tables are still read (the macro cannot evaluate
    // `cfg`), but their problems are reported only where the enum exists.
    let gates: Vec<&TokenStream> = invocation.gates().collect();
    let errors = table_errors
        .chain(enum_errors)
        .map(|error| error.to_compile_error())
        .map(|error| quote!(#(#[cfg(#gates)])* #error));
    let missing_facade = missing_facade.map(|error| quote!(#(#[cfg(#gates)])* #error));
    let generated = expansion.code;
    quote! {
        #missing_facade
        #(#errors)*
        #generated
    }
}

/// The facade's path in generated code, and an error with a hint when the
/// invoking crate's manifest shows the path cannot resolve.
fn facade_path(invocation: &Invocation) -> (TokenStream, Option<TokenStream>) {
    if let Some(path) = &invocation.facade {
        return (path.clone(), None);
    }
    let found = manifest::facade_path();
    let hint = found.not_a_dependency.then(|| {
        syn::Error::new(
            proc_macro2::Span::call_site(),
            "this crate's Cargo.toml does not depend on `ief-errors`, so the generated code cannot name it; add the dependency, or, to reach it through another crate's re-export, use the header form with `#[ief_errors(crate = \"::that_crate::ief_errors\")]`",
        )
        .to_compile_error()
    });
    (found.tokens, hint)
}
