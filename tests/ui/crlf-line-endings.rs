ief_errors::ief_errors!("ui/tables/crlf-line-endings.toml");

fn main() {}
