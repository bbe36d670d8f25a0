ief_errors::ief_errors!("ui/tables/retry-unknown-kind.toml");

fn main() {}
