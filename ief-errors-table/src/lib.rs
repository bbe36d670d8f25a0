//! What an `ief-errors` error-code table means: reading the files, the TOML
//! schema, validation, layering, located diagnostics and the generated code,
//! callable from any front end. The `ief_errors!` macro puts the problems on
//! its spans; the `ief-errors` command prints them and shows the rows.
//!
//! ```
//! use ief_errors_table::Tables;
//!
//! let tables = Tables::from_texts(&[("codes.toml", "[[error]]\ncode = \"X.1\"\n")]);
//! let problems = tables.render_problems();
//! assert_eq!(problems[0].line_column, Some((1, 1)));
//! assert!(problems[0].message.starts_with("this row is missing the required keys `name`"));
//! assert!(tables.rows().is_empty());
//! ```
//!
//! The stages live in modules named after them, in the order they run:
//! `load` (find and read the files), `parse` (TOML into a located `model`,
//! keys by `schema`), `validate` (the schema's value rules, and layering)
//! and `generate` (the tokens). Problems are collected in `diagnostic` and
//! rendered together.

mod diagnostic;
mod drift;
mod enum_definition;
mod generate;
pub mod identifier;
mod load;
pub mod markdown;
mod model;
mod parse;
pub mod schema;
mod shipped;
mod source;
mod suggest;
mod tables;
mod text;
mod validate;

pub use diagnostic::{Problem, RenderedNote, RenderedProblem};
pub use drift::{ChangedField, ChangedRow, Drift};
pub use enum_definition::{
    Derived, EnumAttribute, EnumDefinition, EnumProblem, without_invisible_groups,
};
pub use generate::{Expansion, Lexer, generate};
pub use load::PathBase;
pub use model::{Bilingual, Located, RetryKind, Row, Span};
pub use shipped::ShippedTable;
pub use source::{FileId, TableFile};
pub use tables::{MAX_REPORTED_PROBLEMS, Tables};
