ief_errors::ief_errors!("ui/tables/retry-every-row-reported.toml");

fn main() {}
