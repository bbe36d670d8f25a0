ief_errors::ief_errors!("ui/tables/status-is-a-float.toml");

fn main() {}
