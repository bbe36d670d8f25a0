//! The perfect hash behind `from_code`, computed while the macro expands.
//!
//! Each code hashes to a bucket; each bucket has a small "pilot" chosen here so
//! that every code of the table lands in a slot of its own (the scheme of `PTHash`).
//! At run time a lookup is one hash of the input, two table reads and one
//! string comparison, whatever the table's size, with no allocation.
//!
//! The three functions below must compute exactly what `ief_errors::__private`
//! computes at run time. They are copied there on purpose (its module docs
//! say why); both copies pin the same test vectors, and the round-trip tests
//! over every shipped code check the pair.

/// Seeds are tried in this sequence until every code gets a slot of its own.
const SEED_STEP: u64 = 0x9E37_79B9_7F4A_7C15;
const MULTIPLIER: u64 = 0xA076_1D64_78BD_642F;
const PILOT_MULTIPLIER: u64 = 0xE703_7ED1_A0B4_28DB;
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

fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    #[allow(clippy::cast_possible_truncation)] // the two halves are folded on purpose
    let (low, high) = (product as u64, (product >> 64) as u64);
    low ^ high
}

pub(crate) fn code_hash(seed: u64, bytes: &[u8]) -> u64 {
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = fold_multiply(hash ^ u64::from_le_bytes(word), MULTIPLIER);
    }
    fold_multiply(hash ^ tail_word(chunks.remainder()), MULTIPLIER)
}

/// The last 0 to 7 bytes as one word, read with at most two loads instead of
/// a variable-length copy (which costs more than the rest of the hash). The
/// reads overlap but cover every byte, and the length is already mixed in,
/// so distinct tails give distinct words.
#[inline]
fn tail_word(tail: &[u8]) -> u64 {
    let len = tail.len();
    if len >= 4 {
        let first = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
        let last = u32::from_le_bytes([tail[len - 4], tail[len - 3], tail[len - 2], tail[len - 1]]);
        (u64::from(first) << 32) | u64::from(last)
    } else if len > 0 {
        (u64::from(tail[0]) << 16) | (u64::from(tail[len / 2]) << 8) | u64::from(tail[len - 1])
    } else {
        0
    }
}

#[allow(clippy::cast_possible_truncation)] // the product's high half is below `buckets`
pub(crate) fn bucket_of(hash: u64, buckets: usize) -> usize {
    // Multiply-shift maps the hash's high half onto 0..buckets without a division.
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

#[allow(clippy::cast_possible_truncation)] // masked to the table's size
pub(crate) fn slot_of(hash: u64, pilot: u64, slots: usize) -> usize {
    (fold_multiply(hash ^ pilot.wrapping_mul(PILOT_MULTIPLIER), MULTIPLIER) as usize) & (slots - 1)
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

    /// The facade computes the same values at run time (`ief_errors::__private`);
    /// both pin these vectors.
    #[test]
    fn hash_matches_pinned_vectors() {
        assert_eq!(code_hash(0, b""), 0);
        assert_eq!(code_hash(1, b"IEF.100004"), 0xbe44_c03a_245b_e3e8);
        assert_eq!(code_hash(SEED_STEP, b"APIGW.0101"), 0xef55_bb30_324a_df80);
        assert_eq!(code_hash(7, b"abc"), 0x5a5f_f280_4326_c4ae);
        assert_eq!(bucket_of(u64::MAX, 38), 37);
        assert_eq!(slot_of(0xbe44_c03a_245b_e3e8, 3, 256), 205);
    }
}
