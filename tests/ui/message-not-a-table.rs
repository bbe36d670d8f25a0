ief_errors::ief_errors!("ui/tables/message-not-a-table.toml");

fn main() {}
