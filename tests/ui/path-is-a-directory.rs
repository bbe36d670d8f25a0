ief_errors::ief_errors!("ui/tables");

fn main() {}
