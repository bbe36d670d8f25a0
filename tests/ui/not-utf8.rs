ief_errors::ief_errors!("ui/tables/not-utf8.toml");

fn main() {}
