//! The `miette` feature: every generated enum is a `miette::Diagnostic` with
//! its code as the diagnostic code and its remediation as the help.

use ief_errors::{IefError, Lang};
use miette::{Diagnostic, NarratableReportHandler};

fn render(diagnostic: &dyn Diagnostic) -> String {
    let mut out = String::new();
    NarratableReportHandler::new()
        .render_report(&mut out, diagnostic)
        .unwrap();
    out
}

#[test]
fn diagnostic_carries_code_and_remediation() {
    for &error in IefError::ALL {
        assert_eq!(
            error.code().to_string(),
            Diagnostic::code(&error).unwrap().to_string()
        );
        assert_eq!(
            Diagnostic::help(&error).unwrap().to_string(),
            error.remediation(Lang::En)
        );
    }
}

#[test]
fn miette_renders_message_code_and_remediation() {
    let report = render(&IefError::TokenExpired);
    assert!(report.contains("The token has expired."), "{report}");
    assert!(report.contains("diagnostic code: IEF.310002"), "{report}");
    assert!(report.contains("Obtain a new token."), "{report}");
}
