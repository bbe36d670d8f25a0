ief_errors::ief_errors!("ui/tables/status-too-large.toml");

fn main() {}
