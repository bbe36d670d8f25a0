ief_errors::ief_errors!();

fn main() {}
