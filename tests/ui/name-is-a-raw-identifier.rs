ief_errors::ief_errors!("ui/tables/name-is-a-raw-identifier.toml");

fn main() {}
