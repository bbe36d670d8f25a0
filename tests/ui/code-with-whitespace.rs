ief_errors::ief_errors!("ui/tables/code-with-whitespace.toml");

fn main() {}
