ief_errors::ief_errors!("ui/tables/name-merged-under-nfc.toml");

fn main() {}
