ief_errors::ief_errors!("ui/tables/retry-as-a-table.toml");

fn main() {}
