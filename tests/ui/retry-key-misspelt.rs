ief_errors::ief_errors!("ui/tables/retry-key-misspelt.toml");

fn main() {}
