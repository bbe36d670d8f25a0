ief_errors::ief_errors!("ui/tables/status-not-an-integer.toml");

fn main() {}
