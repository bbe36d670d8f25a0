ief_errors::ief_errors!("ui/tables/status-below-range.toml");

fn main() {}
