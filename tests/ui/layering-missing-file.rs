ief_errors::ief_errors!("ui/tables/base.toml", "ui/tables/fork-missing.toml");

// The base table still yields its variants.
pub fn first() -> IefError {
    IefError::First
}

fn main() {}
