// An absolute path, so the message does not depend on where the build runs.
ief_errors::ief_errors!("ui/tables/base.toml", "/nonexistent-ief-errors-dir/fork.toml");

// The base table still yields its variants.
pub fn first() -> IefError {
    IefError::First
}

fn main() {}
