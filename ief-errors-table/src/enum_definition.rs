//! What the generated enum looks like apart from its rows: its name,
//! visibility and attributes, the facade's path, and the integrations it
//! asks for. The macro fills it from its invocation; the command and the
//! shipped enum's generator write it out.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;

/// Everything about the generated enum that the tables do not say.
#[derive(Debug, Clone)]
pub struct EnumDefinition {
    /// Outer attributes to put on the enum, as written (doc comments as
    /// `#[doc = "..."]`).
    pub attributes: Vec<EnumAttribute>,
    /// `pub`, `pub(crate)`, ... or nothing.
    pub visibility: TokenStream,
    /// The enum's name.
    pub name: Ident,
    /// The path generated code names the facade by, such as `::ief_errors`.
    pub facade: TokenStream,
    /// The integrations asked for with `#[ief_errors(serde, http, miette)]`,
    /// each with the word that asked, so an error can point at it.
    pub integrations: Vec<Ident>,
    /// Whether the generated code includes each table file (by its absolute
    /// path), so that editing a table rebuilds the crate. A proc macro wants
    /// it; code written to a file and checked in must not have it.
    pub track_table_files: bool,
}

/// One `#[...]` attribute, kept as tokens, with what generation needs to know of it.
#[derive(Debug, Clone)]
pub struct EnumAttribute {
    /// The whole attribute, `#` and brackets included.
    pub tokens: TokenStream,
    /// Whether it is a doc comment.
    pub is_doc: bool,
    /// The traits it derives, directly or inside `cfg_attr`.
    pub derives: Vec<Derived>,
    /// What `repr(...)` names, directly or inside `cfg_attr`: `u8`, `C`, ...
    pub reprs: Vec<Ident>,
    /// The `cfg` predicates that must hold for the enum to exist at all, as
    /// one predicate (`cfg_attr(a, cfg(b))` gives `any(not(a), b)`).
    pub gate: Option<TokenStream>,
}

/// A trait the user's attributes derive, and the `cfg_attr` predicates under
/// which they do (empty: always).
#[derive(Debug, Clone)]
pub struct Derived {
    /// The last path segment, without `r#`: `Hash` and `std::hash::Hash` both name `Hash`.
    pub name: String,
    /// Where the derive names it, for errors.
    pub span: Span,
    /// The `cfg_attr` predicates it sits under.
    pub conditions: Vec<TokenStream>,
}

/// The primitive integer a generated enum is stored as.
#[derive(Debug, Clone)]
pub(crate) struct DiscriminantType {
    /// `u8`, `i16`, ...
    pub(crate) integer: Ident,
    /// Whether the user's attributes say it (`#[repr(u16)]`); if not,
    /// generation writes that `repr`.
    pub(crate) is_written: bool,
}

/// The narrowest unsigned integer with `count` distinct values.
fn narrowest_unsigned(count: usize) -> &'static str {
    if count <= 1 << 8 {
        "u8"
    } else if count <= 1 << 16 {
        "u16"
    } else {
        "u32"
    }
}

/// The integer of an attribute written exactly `#[repr(int)]`.
fn plain_integer_repr(attribute: &TokenStream) -> Option<Ident> {
    let Some(TokenTree::Group(brackets)) = attribute.clone().into_iter().nth(1) else {
        return None;
    };
    let mut meta = without_invisible_groups(brackets.stream()).into_iter();
    let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(arguments)), None) =
        (meta.next(), meta.next(), meta.next())
    else {
        return None;
    };
    if name != "repr" || arguments.delimiter() != Delimiter::Parenthesis {
        return None;
    }
    let mut arguments = without_invisible_groups(arguments.stream()).into_iter();
    match (arguments.next(), arguments.next()) {
        (Some(TokenTree::Ident(integer)), None) if INTEGERS.contains(&&*integer.to_string()) => {
            Some(integer)
        }
        _ => None,
    }
}

/// The tokens with each invisible group replaced by what it holds; groups
/// with delimiters are kept as they are.
///
/// What reaches a proc macro through a `macro_rules!` fragment other than an
/// identifier or a token tree arrives in a group without delimiters: the
/// path in `ief_errors!($path)` (an `expr` or a `literal`), the `pub` of a
/// `$visibility:vis`, the meta of `#[$attribute:meta]` (`#[⟦repr(u8)⟧]`),
/// the integer of `repr($integer:ty)`. Each means what it would written out.
///
/// ```
/// use ief_errors_table::without_invisible_groups;
/// use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
///
/// let repr: TokenStream = "repr(u8)".parse().unwrap();
/// let fragment = TokenTree::Group(Group::new(Delimiter::None, repr));
/// let flat = without_invisible_groups(TokenStream::from(fragment));
/// assert_eq!(flat.to_string(), "repr (u8)");
/// ```
#[must_use]
pub fn without_invisible_groups(stream: TokenStream) -> TokenStream {
    let mut trees = TokenStream::new();
    for tree in stream {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                trees.extend(without_invisible_groups(group.stream()));
            }
            tree => trees.extend([tree]),
        }
    }
    trees
}

/// The types `repr` accepts that store a fieldless enum as that integer.
const INTEGERS: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
];

/// A problem with the enum the attributes ask for, at the attribute's span.
#[derive(Debug, Clone)]
pub struct EnumProblem {
    /// The tokens the problem is about, in the invocation.
    pub span: Span,
    /// What is wrong, with the fix.
    pub message: String,
}

impl EnumDefinition {
    /// A plain `pub enum name` with no attributes, naming the facade
    /// `::ief_errors`, for tools that show what a table generates.
    ///
    /// ```
    /// use ief_errors_table::EnumDefinition;
    /// use proc_macro2::{Ident, Span};
    ///
    /// let definition = EnumDefinition::plain(Ident::new("EdgeError", Span::call_site()));
    /// assert_eq!(definition.name, "EdgeError");
    /// ```
    #[must_use]
    pub fn plain(name: Ident) -> Self {
        EnumDefinition {
            attributes: Vec::new(),
            visibility: quote!(pub),
            name,
            facade: quote!(::ief_errors),
            integrations: Vec::new(),
            track_table_files: false,
        }
    }

    /// Whether the user wrote any doc comment for the enum.
    pub(crate) fn has_docs(&self) -> bool {
        self.attributes.iter().any(|attribute| attribute.is_doc)
    }

    /// Every derive of `name` in the user's attributes, each with its
    /// `cfg_attr` conditions.
    pub(crate) fn derives_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Derived> {
        self.attributes
            .iter()
            .flat_map(|attribute| &attribute.derives)
            .filter(move |derived| derived.name == name)
    }

    /// The `repr` integer that holds the fewest variants, with how many it
    /// holds (`u8`: 256, `i8`: 128, ...).
    pub(crate) fn narrowest_repr(&self) -> Option<(&Ident, usize)> {
        self.attributes
            .iter()
            .flat_map(|attribute| &attribute.reprs)
            .filter_map(|repr| {
                let capacity = match repr.to_string().as_str() {
                    "u8" => 1 << 8,
                    "i8" => 1 << 7,
                    "u16" => 1 << 16,
                    "i16" => 1 << 15,
                    _ => return None,
                };
                Some((repr, capacity))
            })
            .min_by_key(|(_, capacity)| *capacity)
    }

    /// The integer the enum is stored as, when the generated code may read
    /// its values from discriminants: the user's own `#[repr(int)]`, if it
    /// is their only `repr` and sits under no `cfg_attr`, or without any
    /// `repr` the narrowest integer that numbers `row_count` variants, as
    /// rustc would choose.
    ///
    /// `None` for any other `repr` (`C`, `align`, one under `cfg_attr`),
    /// whose layout cannot be known before `cfg`s are, and for an enum
    /// without variants, which cannot have a `repr`.
    pub(crate) fn discriminant_type(&self, row_count: usize) -> Option<DiscriminantType> {
        if row_count == 0 {
            return None;
        }
        let mut with_repr = self
            .attributes
            .iter()
            .filter(|attribute| !attribute.reprs.is_empty());
        match (with_repr.next(), with_repr.next()) {
            (None, _) => Some(DiscriminantType {
                integer: Ident::new(narrowest_unsigned(row_count), Span::call_site()),
                is_written: false,
            }),
            (Some(attribute), None) => {
                plain_integer_repr(&attribute.tokens).map(|integer| DiscriminantType {
                    integer,
                    is_written: true,
                })
            }
            (Some(_), Some(_)) => None,
        }
    }

    /// The `cfg` predicates of the enum, to put on everything generated for it.
    pub fn gates(&self) -> impl Iterator<Item = &TokenStream> {
        self.attributes
            .iter()
            .filter_map(|attribute| attribute.gate.as_ref())
    }

    /// What the attributes ask of the enum that a table cannot give: a
    /// `repr` too narrow for its rows (rustc would report an overflow per
    /// row, or crash), `repr(transparent)`, which needs a single variant, or
    /// `derive(Default)`, which needs a `#[default]` variant. Returns how
    /// many rows to generate, so that rustc's own errors do not repeat the
    /// problem once per row, and the problems.
    ///
    /// A `repr` under `cfg_attr` is held to the rows too: the configuration
    /// it applies in would not build.
    pub(crate) fn fit(&self, row_count: usize) -> (usize, Vec<EnumProblem>) {
        let mut problems = Vec::new();
        let mut fitting = row_count;
        if let Some((repr, capacity)) = self.narrowest_repr() {
            if row_count > capacity {
                let holding = narrowest_unsigned(row_count);
                problems.push(EnumProblem {
                    span: repr.span(),
                    message: format!(
                        "`repr({repr})` holds {capacity} variants, and the tables have {row_count} rows; use an integer that holds them, such as `repr({holding})`, or no `repr`"
                    ),
                });
                fitting = capacity;
            }
        }
        let transparent = self
            .attributes
            .iter()
            .flat_map(|attribute| &attribute.reprs)
            .find(|repr| *repr == "transparent");
        if let Some(repr) = transparent {
            if row_count != 1 {
                problems.push(EnumProblem {
                    span: repr.span(),
                    message: format!(
                        "`repr(transparent)` needs an enum with exactly one variant, and the tables have {row_count} rows; remove it"
                    ),
                });
                fitting = fitting.min(1);
            }
        }
        for derived in self.derives_of("Default") {
            problems.push(EnumProblem {
                span: derived.span,
                message: "`derive(Default)` needs a `#[default]` variant, which a table cannot mark; implement `Default` by hand".to_owned(),
            });
        }
        (fitting, problems)
    }
}
