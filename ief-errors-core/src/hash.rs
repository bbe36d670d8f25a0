//! The hash behind the generated `from_code`.
//!
//! Each code hashes to a bucket; each bucket has a small "pilot", chosen when
//! the table is generated, so that every code of the table lands in a slot
//! of its own (the scheme of `PTHash`). At run time a lookup is one hash of
//! the input, two table reads and one string comparison, with no allocation.
//! The generator places the codes with these functions and the generated
//! code finds them with [`perfect_hash_index`]: one definition for both.

const MULTIPLIER: u64 = 0xA076_1D64_78BD_642F;
const PILOT_MULTIPLIER: u64 = 0xE703_7ED1_A0B4_28DB;

#[inline]
const fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    #[allow(clippy::cast_possible_truncation)] // the two halves are folded on purpose
    let folded = (product as u64) ^ ((product >> 64) as u64);
    folded
}

/// Hashes a code's bytes with the table's seed.
///
/// ```
/// assert_eq!(ief_errors_core::hash::code_hash(1, b"IEF.100004"), 0xbe44_c03a_245b_e3e8);
/// ```
#[inline]
#[must_use]
pub fn code_hash(seed: u64, bytes: &[u8]) -> u64 {
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

/// The bucket of a hash among `buckets`: multiply-shift maps the hash's high
/// half onto `0..buckets` without a division.
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // the product's high half is below `buckets`
pub const fn bucket_of(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot a hash lands in with its bucket's pilot; `slots` is a power of two.
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // masked to the table's size
pub const fn slot_of(hash: u64, pilot: u64, slots: usize) -> usize {
    (fold_multiply(hash ^ pilot.wrapping_mul(PILOT_MULTIPLIER), MULTIPLIER) as usize) & (slots - 1)
}

/// The only row `code` can be: the caller compares that row's code with it.
///
/// `pilots` has one entry per bucket and `slots` a power-of-two number of
/// row indexes, each array of the smallest unsigned type that holds its
/// values, as the generator writes them.
#[inline]
#[must_use]
pub fn perfect_hash_index<P, S>(seed: u64, code: &str, pilots: &[P], slots: &[S]) -> usize
where
    P: Copy + Into<u64>,
    // `u32` slots (tables past 65,536 rows) have no `Into<usize>`.
    S: Copy + Into<u64>,
{
    let hash = code_hash(seed, code.as_bytes());
    let pilot = pilots[bucket_of(hash, pilots.len())].into();
    let slot = slots[slot_of(hash, pilot, slots.len())].into();
    // A slot holds a row index, so it fits; were it not to, row 0's code
    // comparison would still reject the input.
    usize::try_from(slot).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values computed once and pinned, one input per length of the tail
    /// (0 to 7 bytes past the last whole word), so that a change to any
    /// branch of the hash shows here.
    #[test]
    fn hash_matches_pinned_vectors() {
        assert_eq!(code_hash(0, b""), 0);
        assert_eq!(code_hash(1, b"IEF.100004"), 0xbe44_c03a_245b_e3e8);
        assert_eq!(
            code_hash(0x9E37_79B9_7F4A_7C15, b"APIGW.0101"),
            0xef55_bb30_324a_df80
        );
        assert_eq!(code_hash(7, b"abc"), 0x5a5f_f280_4326_c4ae);
        assert_eq!(bucket_of(u64::MAX, 38), 37);
        assert_eq!(slot_of(0xbe44_c03a_245b_e3e8, 3, 256), 205);
    }

    #[test]
    fn every_tail_length_is_pinned() {
        let pinned: [(&[u8], u64); 8] = [
            (b"IEF.1000", PINNED[0]),
            (b"IEF.10000", PINNED[1]),
            (b"IEF.100004", PINNED[2]),
            (b"IEF.100004A", PINNED[3]),
            (b"IEF.100004AB", PINNED[4]),
            (b"IEF.100004ABC", PINNED[5]),
            (b"IEF.100004ABCD", PINNED[6]),
            (b"IEF.100004ABCDE", PINNED[7]),
        ];
        for (bytes, expected) in pinned {
            assert_eq!(
                code_hash(1, bytes),
                expected,
                "{:?}",
                core::str::from_utf8(bytes)
            );
        }
    }

    const PINNED: [u64; 8] = [
        0x3cd7_393b_6dd8_49a7,
        0x318e_0b19_4c2b_b9c4,
        0xbe44_c03a_245b_e3e8,
        0x7e71_0de6_24a9_496b,
        0xf7b8_d59b_d8d4_17f1,
        0x5710_cdec_dd9e_87a6,
        0xbe1c_4e94_2970_23c7,
        0x7799_1aaa_de3c_ff18,
    ];

    /// The hash as its definition reads, byte by byte and with no fast
    /// paths: words are little-endian, a tail of 4 to 7 bytes is its first
    /// four and its last four bytes, a shorter one its first, middle and
    /// last byte.
    fn reference_hash(seed: u64, bytes: &[u8]) -> u64 {
        let word = |part: &[u8]| {
            part.iter()
                .rev()
                .fold(0u64, |word, byte| (word << 8) | u64::from(*byte))
        };
        let mix = |hash: u64, value: u64| {
            let product = u128::from(hash ^ value) * u128::from(MULTIPLIER);
            #[allow(clippy::cast_possible_truncation)]
            let folded = (product as u64) ^ ((product >> 64) as u64);
            folded
        };
        let whole = bytes.len() / 8 * 8;
        let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
        for start in (0..whole).step_by(8) {
            hash = mix(hash, word(&bytes[start..start + 8]));
        }
        let tail = &bytes[whole..];
        let tail_value = match tail.len() {
            0 => 0,
            1..=3 => {
                (u64::from(tail[0]) << 16)
                    | (u64::from(tail[tail.len() / 2]) << 8)
                    | u64::from(tail[tail.len() - 1])
            }
            _ => (word(&tail[..4]) << 32) | word(&tail[tail.len() - 4..]),
        };
        mix(hash, tail_value)
    }

    /// A fixed xorshift sequence: the same corpus on every run.
    fn corpus() -> impl Iterator<Item = (u64, [u8; 80], usize)> {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..100_000).map(move |_| {
            let seed = next();
            let mut bytes = [0u8; 80];
            for chunk in bytes.chunks_mut(8) {
                chunk.copy_from_slice(&next().to_le_bytes());
            }
            #[allow(clippy::cast_possible_truncation)] // below 81
            let len = (next() % 81) as usize;
            (seed, bytes, len)
        })
    }

    #[test]
    fn hash_agrees_with_its_definition_on_a_random_corpus_and_every_edge_length() {
        for (seed, bytes, len) in corpus() {
            assert_eq!(
                code_hash(seed, &bytes[..len]),
                reference_hash(seed, &bytes[..len])
            );
        }
        let bytes: [u8; 80] = core::array::from_fn(|index| {
            #[allow(clippy::cast_possible_truncation)]
            let byte = (index * 37 + 11) as u8;
            byte
        });
        for len in 0..=bytes.len() {
            for seed in [0, 1, u64::MAX, 0x9E37_79B9_7F4A_7C15] {
                assert_eq!(
                    code_hash(seed, &bytes[..len]),
                    reference_hash(seed, &bytes[..len]),
                    "{len}"
                );
            }
        }
    }

    #[test]
    fn every_index_type_the_generator_picks_is_accepted() {
        let hash = code_hash(1, b"IEF.100004");
        let slot = slot_of(hash, 0, 8);
        let mut slots = [0u32; 8];
        slots[slot] = 70_000;
        assert_eq!(
            perfect_hash_index(1, "IEF.100004", &[0u8; 4], &slots),
            70_000
        );
        let small: [u8; 8] = [5; 8];
        assert_eq!(perfect_hash_index(1, "x", &[0u16; 4], &small), 5);
        let medium: [u16; 8] = [300; 8];
        assert_eq!(perfect_hash_index(1, "x", &[0u32; 4], &medium), 300);
    }
}
