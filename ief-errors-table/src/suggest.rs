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

/// Single-character edits from `a` to `b`: insertions, deletions,
/// substitutions, and swaps of two neighbours (`auht` is one slip from
/// `auth`), each counted once (the optimal string alignment distance).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows: the one before the previous is needed for swaps.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 0..a.len() {
        let mut current = vec![i + 1; b.len() + 1];
        for j in 0..b.len() {
            let substitution = previous[j] + usize::from(a[i] != b[j]);
            let mut best = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                best = best.min(before[j - 1] + 1);
            }
            current[j + 1] = best;
        }
        before = std::mem::replace(&mut previous, current);
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
        assert_eq!(edit_distance("auht", "auth"), 1);
        assert_eq!(edit_distance("stauts", "status"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("never", "server"), 2);
    }
}
