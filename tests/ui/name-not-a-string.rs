ief_errors::ief_errors!("ui/tables/name-not-a-string.toml");

fn main() {}
