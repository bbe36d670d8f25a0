ief_errors::ief_errors!("ui/tables/name-not-an-identifier.toml");

fn main() {}
