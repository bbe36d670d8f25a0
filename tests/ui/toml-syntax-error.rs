ief_errors::ief_errors!("ui/tables/toml-syntax-error.toml");

fn main() {}
