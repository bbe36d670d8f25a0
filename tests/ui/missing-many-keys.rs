ief_errors::ief_errors!("ui/tables/missing-many-keys.toml");

fn main() {}
