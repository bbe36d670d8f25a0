//! A table checked out with CRLF line endings gives the same texts as with LF.

use ief_errors::Lang;

mod lf {
    ief_errors::ief_errors!("tables/lf.toml");
}

mod crlf {
    ief_errors::ief_errors!("tables/crlf/table.toml");
}

#[test]
fn the_crlf_file_really_has_crlf_endings() {
    let bytes = include_bytes!("tables/crlf/table.toml");
    assert!(bytes.windows(2).any(|pair| pair == b"\r\n"));
}

#[test]
fn multi_line_texts_are_the_same_whatever_the_line_endings() {
    let (lf, crlf) = (lf::IefError::MultiLine, crlf::IefError::MultiLine);
    for lang in [Lang::En, Lang::Zh] {
        assert_eq!(crlf.message(lang), lf.message(lang));
        assert_eq!(crlf.remediation(lang), lf.remediation(lang));
        assert!(!crlf.message(lang).contains('\r'));
    }
    assert_eq!(lf.message(Lang::En), "First line.\nSecond line.");
    assert_eq!(lf.message(Lang::Zh), "第一行\n第二行");
    assert_eq!(lf.remediation(Lang::En), "Folded onto one line.");
    assert_eq!(crlf.remediation(Lang::En), "Folded onto one line.");
}
