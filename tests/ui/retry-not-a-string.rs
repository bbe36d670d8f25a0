ief_errors::ief_errors!("ui/tables/retry-not-a-string.toml");

fn main() {}
