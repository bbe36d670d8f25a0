ief_errors::ief_errors!("ui/tables/retry-misspelt-kind.toml");

fn main() {}
