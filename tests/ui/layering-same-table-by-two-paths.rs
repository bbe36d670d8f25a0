ief_errors::ief_errors! {
    enum Twice from "ui/tables/base.toml", "ui/tables/../tables/./base.toml";
}

fn main() {
    let _ = Twice::ALL;
}
