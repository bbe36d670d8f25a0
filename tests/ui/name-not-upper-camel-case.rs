ief_errors::ief_errors!("ui/tables/name-not-upper-camel-case.toml");

fn main() {}
