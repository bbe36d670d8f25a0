// Codes that differ only in case are one code: `ief-errors import` and the
// command read them alike, so the macro does too.
ief_errors::ief_errors!("ui/tables/code-in-another-case.toml");

fn main() {}
