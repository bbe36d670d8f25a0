ief_errors::ief_errors!("ui/tables/retry-empty.toml");

fn main() {}
