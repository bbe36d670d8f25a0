//! The shipped `IefError` is generated from `data/codes.toml` by this
//! library and checked in as `ief-errors-runtime/src/ief/generated.rs`, so that a
//! crate using only the shipped enum builds no proc macro. This test
//! regenerates it and fails, with the diff and the command that refreshes
//! it, when the checked-in file is stale.

use std::path::{Path, PathBuf};

use ief_errors_table::{EnumAttribute, EnumDefinition, PathBase, Tables, generate};
use proc_macro2::TokenStream;
use quote::quote;

/// The environment variable that makes this test write the file instead of failing.
const REGENERATE: &str = "IEF_ERRORS_REGENERATE";

/// The enum's own documentation: the facade's words, not the table's.
const ENUM_DOCS: &str = r#"The error codes of Huawei Cloud Intelligent EdgeFabric (IEF), as
published on 2025-08-26: 149 codes, each with its HTTP status, English
and Chinese messages, and remediation.

Generated from the crate's `data/codes.toml`. Each variant's page shows
everything the table says about it. The service adds codes over time,
so the enum is `#[non_exhaustive]`: parse codes with
[`from_code`](Self::from_code) and expect `None` for new ones (the API
gateway in front of IEF also answers with its own `APIGW.*` codes).

With the `serde` feature it serializes and deserializes as its code; with
`miette` it is a `miette::Diagnostic` (the code, and the remediation as
help); with `http` it has `status_code()` through `HttpStatus`; with `axum`
it is a response.

```
# extern crate ief_errors_runtime as ief_errors;
use ief_errors::{IefError, Lang};

let error = IefError::from_code("IEF.310002").unwrap();
assert_eq!(error, IefError::TokenExpired);
assert_eq!(error.code(), "IEF.310002");
assert_eq!(error.status(), 400);
assert_eq!(error.message(Lang::Zh), "token已过期");
assert_eq!(error.remediation(Lang::En), "Obtain a new token.");
assert_eq!(IefError::ALL.len(), 149);
```"#;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the table library is a workspace member")
        .to_path_buf()
}

fn attribute(tokens: TokenStream, is_doc: bool) -> EnumAttribute {
    EnumAttribute {
        tokens,
        is_doc,
        derives: Vec::new(),
        reprs: Vec::new(),
        gate: None,
    }
}

/// The shipped enum's source, as the checked-in file holds it.
fn generated_source() -> String {
    let base = PathBase::directory(workspace(), "the workspace");
    let tables = Tables::read(&["data/codes.toml"], &base);
    assert!(tables.is_valid(), "{:#?}", tables.render_problems());
    let mut definition = EnumDefinition::plain(proc_macro2::Ident::new(
        "IefError",
        proc_macro2::Span::call_site(),
    ));
    // Doc lines as rustdoc would get them from `///` comments.
    definition.attributes = ENUM_DOCS
        .lines()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            attribute(quote!(#[doc = #line]), true)
        })
        .chain([attribute(quote!(#[non_exhaustive]), false)])
        .collect();
    let lexer = |text: &str| text.parse::<TokenStream>().ok();
    let expansion = generate(&definition, &tables, &lexer);
    assert!(expansion.problems.is_empty());
    let file: syn::File = syn::parse2(expansion.code).expect("the generated code parses");
    format!(
        "// @generated from data/codes.toml by ief-errors-table; do not edit.\n\
         // Refresh: {REGENERATE}=1 cargo test -p ief-errors-table --test shipped_enum\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn the_checked_in_shipped_enum_is_what_the_table_generates() {
    let path = workspace().join("ief-errors-runtime/src/ief/generated.rs");
    let expected = generated_source();
    if std::env::var_os(REGENERATE).is_some() {
        std::fs::write(&path, &expected).expect("write the generated source");
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    if checked_in != expected {
        let diff = similar::TextDiff::from_lines(&checked_in, &expected);
        panic!(
            "{} is stale: the table or the generator changed.\n\n{}\nRefresh it with\n\n    {REGENERATE}=1 cargo test -p ief-errors-table --test shipped_enum\n",
            path.display(),
            diff.unified_diff()
                .context_radius(3)
                .header("checked in", "generated")
        );
    }
}
