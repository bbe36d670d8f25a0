//! What a misspelling probably meant.

/// The known key a misspelling most likely meant: within a third of its
/// length in edits, the closest, and among those an absent one first.
pub(crate) fn closest<'k>(
    name: &str,
    known: &[&'k str],
    is_absent: impl Fn(&str) -> bool,
) -> Option<&'k str> {
    known
        .iter()
        .map(|candidate| {
            (
                edit_distance(name, candidate),
                !is_absent(candidate),
                *candidate,
            )
        })
        .filter(|(distance, _, candidate)| *distance <= candidate.len().div_ceil(3))
        .min_by_key(|(distance, present, _)| (*distance, *present))
        .map(|(_, _, candidate)| candidate)
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("remedation", "remediation"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("status", "status"), 0);
    }
}
