//! The name a new code gets: derived from its English message, unique in
//! the table.

use std::collections::HashSet;

use ief_errors_table::identifier::name_from_message;

/// An `UpperCamelCase` name from the English message, unique in the table:
/// the name the table library derives, with the code's digits after it
/// when the table has it already.
pub(crate) fn unique_name(message: &str, code: &str, names: &mut HashSet<String>) -> String {
    let mut name = name_from_message(message);
    if names.contains(&name) {
        // The code's digits tell two rows with the same message apart.
        let digits: String = code.chars().filter(char::is_ascii_digit).collect();
        let suffix = if digits.is_empty() {
            code.chars().filter(char::is_ascii_alphanumeric).collect()
        } else {
            digits
        };
        name = format!("{name}{suffix}");
    }
    let _ = names.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_message_and_stay_unique() {
        let mut names = HashSet::from(["TokenExpired".to_owned()]);
        assert_eq!(
            unique_name("The token is expired.", "IEF.1", &mut names),
            "TokenExpired1"
        );
        assert_eq!(
            unique_name(
                "Failed to query K8S cluster resources.",
                "IEF.2",
                &mut names
            ),
            "FailedToQueryK8SClusterResources"
        );
        assert_eq!(
            unique_name("500 errors", "IEF.3", &mut names),
            "Error500Errors"
        );
        assert_eq!(unique_name("错误", "IEF.4", &mut names), "Error");
        assert_eq!(unique_name("self", "IEF.5", &mut names), "SelfError");
        assert_eq!(unique_name("Self", "IEF.6", &mut names), "SelfError6");
        assert_eq!(
            unique_name(
                "Policy doesn't allow %(actions)s to be performed.",
                "IAM.3",
                &mut names
            ),
            "PolicyDoesntAllowToBePerformed"
        );
        assert_eq!(
            unique_name("Could not find {target}: 100% sure", "IAM.4", &mut names),
            "CouldNotFind100Sure"
        );
    }
}
