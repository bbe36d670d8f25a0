// A device or a FIFO would be read forever or block the build.
ief_errors::ief_errors!("/dev/zero");

fn main() {}
