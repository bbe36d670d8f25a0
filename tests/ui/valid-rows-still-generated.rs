ief_errors::ief_errors!("ui/tables/valid-rows-still-generated.toml");

// Only the table's error is reported: the valid row is still a variant.
pub fn second() -> IefError {
    IefError::Second
}

fn main() {}
