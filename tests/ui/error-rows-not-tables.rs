ief_errors::ief_errors!("ui/tables/error-rows-not-tables.toml");

fn main() {}
