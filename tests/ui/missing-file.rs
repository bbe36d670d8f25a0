ief_errors::ief_errors!("ui/tables/missing.toml");

fn main() {}
