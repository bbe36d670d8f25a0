//! The macro's one job past parsing its input: read the tables with the
//! table library, generate the enum, and put each problem on a span. Table
//! problems become `compile_error!`s at the literal naming their file, next
//! to an enum built from the rows that are still valid, so the user sees the
//! real errors and not a cascade of "cannot find type" ones.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

use ief_errors_table::{Lexer, PathBase, Tables, generate};

use crate::error::Error;
use crate::invocation::Invocation;
use crate::manifest;

pub(crate) fn expand(invocation: &Invocation, lexer: Lexer<'_>) -> TokenStream {
    let paths: Vec<&str> = invocation
        .table_paths
        .iter()
        .map(|path| path.value.as_str())
        .collect();
    let extends = invocation.extends.map(|(table, _)| table);
    let tables = Tables::read_extending(extends, &paths, &PathBase::manifest_dir());
    let (facade, missing_facade) = facade_path(invocation);
    let expansion = generate(&invocation.definition(facade), &tables, lexer);

    // Each message names its file and line itself; it points at the literal
    // that named the file (the shipped table's, at `extends`'s).
    let file_span = |file: usize| match invocation.extends {
        Some((_, extends)) if file == 0 => extends,
        extends => invocation
            .table_paths
            .get(file - usize::from(extends.is_some()))
            .map_or_else(Span::call_site, |path| path.span),
    };
    let table_errors = tables
        .render_problems()
        .into_iter()
        .map(|problem| Error::new(file_span(problem.file), problem.text));
    // Past the problems rendered, one more error says how many are left.
    let unreported = tables.unreported().map(|message| {
        let last_path = invocation.table_paths.last().map(|path| path.span);
        Error::new(last_path.unwrap_or_else(Span::call_site), message)
    });
    let table_errors = table_errors.chain(unreported);
    let enum_errors = expansion
        .problems
        .into_iter()
        .map(|problem| Error::new(problem.span, problem.message));
    // A gated-out enum's tables are still read (the macro cannot evaluate
    // `cfg`), but their problems are reported only where the enum exists.
    let gated = |error: &Error| {
        let mut tokens = TokenStream::new();
        for gate in invocation.gates() {
            tokens.extend(cfg_attribute(gate.clone()));
        }
        tokens.extend(error.to_compile_error());
        tokens
    };
    let mut tokens = TokenStream::new();
    for error in missing_facade
        .into_iter()
        .chain(table_errors)
        .chain(enum_errors)
    {
        tokens.extend(gated(&error));
    }
    tokens.extend(expansion.code);
    tokens
}

/// `#[cfg(predicate)]`.
fn cfg_attribute(predicate: TokenStream) -> [TokenTree; 2] {
    let cfg = TokenStream::from_iter([
        TokenTree::Ident(Ident::new("cfg", Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, predicate)),
    ]);
    [
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, cfg)),
    ]
}

/// The facade's path in generated code, and an error with a hint when the
/// invoking crate's manifest shows the path cannot resolve.
fn facade_path(invocation: &Invocation) -> (TokenStream, Option<Error>) {
    if let Some(path) = &invocation.facade {
        return (path.clone(), None);
    }
    let found = manifest::facade_path();
    let hint = found.not_a_dependency.then(|| {
        Error::new(
            Span::call_site(),
            "this crate's Cargo.toml does not depend on `ief-errors`, so the generated code cannot name it; add the dependency, or, to reach it through another crate's re-export, use the header form with `#[ief_errors(crate = \"::that_crate::ief_errors\")]`",
        )
    });
    (found.tokens, hint)
}
