//! The macro's stages in order: load the tables, parse them, validate the
//! rows, generate the enum. Table problems become `compile_error!`s next to
//! an enum built from the rows that are still valid, so the user sees the
//! real errors and not a cascade of "cannot find type" ones.

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostic::Diagnostics;
use crate::generate::{self, Generation, Lexer};
use crate::invocation::Invocation;
use crate::{load, manifest, parse, validate};

pub(crate) fn expand(invocation: &Invocation, lexer: Lexer<'_>) -> TokenStream {
    let (loaded, load_errors) = load::load_all(&invocation.table_paths);
    let (literal_of_file, files): (Vec<usize>, Vec<load::TableFile>) = loaded.into_iter().unzip();

    let mut diagnostics = Diagnostics::default();
    let mut rows = Vec::new();
    for (file, table) in files.iter().enumerate() {
        // Only the first table listed must have rows: a fork's own may have none yet.
        let rows_required = literal_of_file[file] == 0;
        rows.extend(parse::parse_table(
            file,
            &table.text,
            rows_required,
            &mut diagnostics,
        ));
    }
    // Layering: rows of later tables are checked against all earlier ones.
    let mut rows = validate::validate(rows, &mut diagnostics);
    let enum_errors = validate::fit_rows_to_enum(invocation, &mut rows);

    let table_errors = diagnostics
        .render(&files)
        .into_iter()
        .map(|(file, message)| {
            // Each message already names its file and line; it points at the literal that named the file.
            let literal = &invocation.table_paths[literal_of_file[file]];
            syn::Error::new(literal.span(), message)
        });
    // A gated-out enum's tables are still read (the macro cannot evaluate
    // `cfg`), but their problems are reported only where the enum exists.
    let gates: Vec<&TokenStream> = invocation.gates().collect();
    let errors = load_errors
        .into_iter()
        .chain(table_errors)
        .chain(enum_errors)
        .map(|error| error.to_compile_error())
        .map(|error| quote!(#(#[cfg(#gates)])* #error));

    let (facade, missing_facade) = facade_path(invocation);
    let tracked_files: Vec<_> = files.into_iter().map(|file| file.resolved_path).collect();
    let generated = generate::generate(
        &Generation {
            invocation,
            facade: &facade,
            rows: &rows,
            tracked_files: &tracked_files,
        },
        lexer,
    );
    let missing_facade = missing_facade.map(|error| quote!(#(#[cfg(#gates)])* #error));
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
