ief_errors::ief_errors!("ui/tables/retry-with-control-characters.toml");

fn main() {}
