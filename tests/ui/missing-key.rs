ief_errors::ief_errors!("ui/tables/missing-key.toml");

fn main() {}
