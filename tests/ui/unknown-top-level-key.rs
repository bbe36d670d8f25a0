ief_errors::ief_errors!("ui/tables/unknown-top-level-key.toml");

fn main() {}
