ief_errors::ief_errors!("ui/tables/status-out-of-range.toml");

fn main() {}
