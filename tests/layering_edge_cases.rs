//! Layering: a later table may have no rows yet (a fork with no codes of its
//! own); only the first table listed must have some.

mod comments_only {
    ief_errors::ief_errors!("tables/minimal.toml", "tables/fork-without-rows.toml");
}

mod empty_array {
    ief_errors::ief_errors! {
        /// The fork's table says `error = []`.
        pub enum Fork from "tables/minimal.toml", "tables/fork-with-empty-array.toml";
    }
}

mod empty_file {
    ief_errors::ief_errors!(
        "tables/minimal.toml",
        "tables/fork-empty-file.toml",
        "tables/fork-without-rows.toml",
        "tables/one-more-row.toml",
    );
}

#[test]
fn a_later_table_without_rows_adds_nothing() {
    assert_eq!(comments_only::IefError::ALL.len(), 3);
    assert_eq!(empty_array::Fork::ALL.len(), 3);
}

#[test]
fn tables_after_an_empty_one_are_still_layered() {
    let codes: Vec<&str> = empty_file::IefError::ALL
        .iter()
        .map(|error| error.code())
        .collect();
    assert_eq!(codes.len(), 4);
    assert_eq!(
        &codes[..3],
        ["APIC.0201", "IoTEdge.00000005", "common.param.checkError"]
    );
}
