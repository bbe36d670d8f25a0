ief_errors::ief_errors!("ui/tables/misspelt-language.toml");

fn main() {}
