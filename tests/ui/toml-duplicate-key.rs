ief_errors::ief_errors!("ui/tables/toml-duplicate-key.toml");

fn main() {}
