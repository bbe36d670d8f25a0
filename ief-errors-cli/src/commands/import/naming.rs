//! The name a new code gets: derived from its English message, unique in
//! the table.

use std::collections::HashSet;

/// An `UpperCamelCase` name from the English message, unique in the table.
pub(crate) fn unique_name(message: &str, code: &str, names: &mut HashSet<String>) -> String {
    let words: Vec<String> = without_placeholders(message)
        .replace(['\'', '’'], "")
        .split(|character: char| !character.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .filter(|word| {
            !matches!(
                word.to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "is" | "are" | "of"
            )
        })
        .take(6)
        .map(|word| {
            let mut characters = word.chars();
            characters
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + characters.as_str())
                .unwrap_or_default()
        })
        .collect();
    let mut name = words.concat();
    if !name.starts_with(|first: char| first.is_ascii_uppercase()) {
        name.insert_str(0, "Error");
    }
    // `Self` is the one keyword an UpperCamelCase name can be.
    if names.contains(&name) || name == "Self" {
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

/// `message` without the placeholders some services leave in their texts,
/// `%(target)s` and `{target}`, which name nothing about the error.
fn without_placeholders(message: &str) -> String {
    let mut kept = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['%', '{']) {
        kept.push_str(&rest[..start]);
        let placeholder = &rest[start..];
        let end = if placeholder.starts_with("%(") {
            // `%(name)s`: the name, its closing parenthesis and one letter.
            placeholder.find(')').map(|close| {
                close
                    + 1
                    + placeholder[close + 1..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8)
            })
        } else if placeholder.starts_with('{') {
            placeholder.find('}').map(|close| close + 1)
        } else {
            None
        };
        if let Some(end) = end {
            rest = &placeholder[end..];
        } else {
            kept.push_str(&placeholder[..1]);
            rest = &placeholder[1..];
        }
    }
    kept.push_str(rest);
    kept
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
        assert_eq!(unique_name("self", "IEF.5", &mut names), "Self5");
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
