ief_errors::ief_errors!("ui/tables/name-is-a-keyword.toml");

fn main() {}
