ief_errors::ief_errors!("ui/tables/unknown-language.toml");

fn main() {}
