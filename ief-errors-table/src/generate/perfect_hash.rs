//! Placing a table's codes for the perfect hash behind `from_code`: a seed,
//! and a pilot per bucket such that every code lands in a slot of its own.
//! The hash itself is `ief_errors_core::hash`, which the generated code
//! calls at run time.

use ief_errors_core::hash::{bucket_of, code_hash, slot_of};

/// Seeds are tried in this sequence until every code gets a slot of its own.
const SEED_STEP: u64 = 0x9E37_79B9_7F4A_7C15;
/// The largest pilot tried per bucket before another seed is tried.
const MAX_PILOT: u32 = u16::MAX as u32;
const SEEDS_PER_SIZE: u64 = 64;

/// A collision-free placement of a table's codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PerfectHash {
    pub(crate) seed: u64,
    /// One per bucket.
    pub(crate) pilots: Vec<u32>,
    /// A power of two in length; each slot holds a row index (unused slots hold 0,
    /// which the final string comparison rejects).
    pub(crate) slots: Vec<usize>,
}

/// Places `codes` (distinct) so that each gets its own slot; `None` only if no
/// placement was found in any table size tried, which distinct codes never hit
/// in practice.
pub(crate) fn build(codes: &[&str]) -> Option<PerfectHash> {
    let buckets = codes.len().div_ceil(4).max(1);
    let mut slots = (codes.len() + codes.len() / 4 + 1).next_power_of_two();
    while slots <= 1 << 26 {
        for attempt in 1..=SEEDS_PER_SIZE {
            let seed = attempt.wrapping_mul(SEED_STEP);
            if let Some(found) = try_seed(codes, seed, buckets, slots) {
                return Some(found);
            }
        }
        slots *= 2;
    }
    None
}

fn try_seed(codes: &[&str], seed: u64, buckets: usize, slots: usize) -> Option<PerfectHash> {
    let hashes: Vec<u64> = codes
        .iter()
        .map(|code| code_hash(seed, code.as_bytes()))
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (row, hash) in hashes.iter().enumerate() {
        members[bucket_of(*hash, buckets)].push(row);
    }
    // Largest buckets first: they are the hardest to place while the table is empty.
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|bucket| std::cmp::Reverse(members[*bucket].len()));

    let mut taken = vec![false; slots];
    let mut slot_rows = vec![0usize; slots];
    let mut pilots = vec![0u32; buckets];
    let mut positions = Vec::new();
    for bucket in order {
        let rows = &members[bucket];
        if rows.is_empty() {
            break;
        }
        let pilot = (0..=MAX_PILOT).find(|pilot| {
            positions.clear();
            rows.iter().all(|row| {
                let slot = slot_of(hashes[*row], u64::from(*pilot), slots);
                let free = !taken[slot] && !positions.contains(&slot);
                positions.push(slot);
                free
            })
        })?;
        pilots[bucket] = pilot;
        for (row, slot) in rows.iter().zip(&positions) {
            taken[*slot] = true;
            slot_rows[*slot] = *row;
        }
    }
    Some(PerfectHash {
        seed,
        pilots,
        slots: slot_rows,
    })
}

impl PerfectHash {
    /// The row a code would be compared with, as the generated `from_code` finds it.
    #[cfg(test)]
    fn candidate(&self, code: &str) -> usize {
        let hash = code_hash(self.seed, code.as_bytes());
        let pilot = self.pilots[bucket_of(hash, self.pilots.len())];
        self.slots[slot_of(hash, u64::from(pilot), self.slots.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(count: usize) -> Vec<String> {
        (0..count)
            .map(|number| format!("IEF.{:06}", 100_000 + number * 7))
            .collect()
    }

    #[test]
    fn every_code_finds_its_own_row() {
        for count in [1, 2, 3, 149, 300, 2_000] {
            let owned = codes(count);
            let codes: Vec<&str> = owned.iter().map(String::as_str).collect();
            let hash = build(&codes).expect("distinct codes are always placed");
            assert!(hash.slots.len().is_power_of_two());
            for (row, code) in codes.iter().enumerate() {
                assert_eq!(hash.candidate(code), row, "{code} in a table of {count}");
            }
        }
    }

    #[test]
    fn codes_of_other_shapes_are_placed() {
        let codes = [
            "",
            "a",
            "IoTEdge.00000005",
            "APIC.0201",
            "IIC.400",
            "common.param.checkError",
            "这是一个很长的代码",
        ];
        let hash = build(&codes).unwrap();
        for (row, code) in codes.iter().enumerate() {
            assert_eq!(hash.candidate(code), row);
        }
    }

    #[test]
    fn placement_is_deterministic() {
        let owned = codes(149);
        let codes: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert_eq!(build(&codes), build(&codes));
    }
}
