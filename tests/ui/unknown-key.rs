ief_errors::ief_errors!("ui/tables/unknown-key.toml");

fn main() {}
