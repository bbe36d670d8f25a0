ief_errors::ief_errors!("ui/tables/name-shows-as-nothing.toml");

fn main() {}
