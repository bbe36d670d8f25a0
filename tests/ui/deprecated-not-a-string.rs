ief_errors::ief_errors!("ui/tables/deprecated-not-a-string.toml");

fn main() {}
