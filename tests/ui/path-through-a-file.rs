// An absolute path, so the message does not depend on where the build runs.
ief_errors::ief_errors!("/dev/null/codes.toml");

fn main() {}
