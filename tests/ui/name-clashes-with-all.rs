ief_errors::ief_errors!("ui/tables/name-clashes-with-all.toml");

fn main() {}
