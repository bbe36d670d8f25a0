ief_errors::ief_errors!("ui/tables/retry-wrong-case.toml");

fn main() {}
