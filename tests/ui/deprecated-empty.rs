ief_errors::ief_errors!("ui/tables/deprecated-empty.toml");

fn main() {}
