//! `from_code` against a `phf::Map` and a `std` `HashMap` over the same codes.
//!
//! A plain harness, so that each round times every contender back to back
//! and the ratio to phf is taken within the round: drift in the machine's
//! speed then cancels out. Run with `cargo bench -p ief-errors-benches --bench lookup`.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use ief_errors::IefError;
use ief_errors_benches::PHF_CODES;

const ROUNDS: usize = 31;
/// Lookups per contender per round.
const LOOKUPS: usize = 2_000_000;

type Lookup<'a> = &'a dyn Fn(&str) -> Option<usize>;

fn main() {
    let hits: Vec<String> = IefError::ALL
        .iter()
        .map(|error| error.code().to_owned())
        .collect();
    // One digit off, at the end, in the middle and at the start of the number.
    let near_misses: Vec<String> = IefError::ALL
        .iter()
        .flat_map(|error| {
            let code = error.code();
            let bump = |position: usize| {
                let mut bytes = code.as_bytes().to_vec();
                bytes[position] = if bytes[position] == b'9' {
                    b'0'
                } else {
                    bytes[position] + 1
                };
                String::from_utf8(bytes).unwrap()
            };
            [bump(code.len() - 1), bump(code.len() - 3), bump(4)]
        })
        .filter(|code| IefError::from_code(code).is_none())
        .collect();
    let foreign: Vec<String> = [
        "APIGW.0101",
        "APIGW.0301",
        "APIGW.0308",
        "IoTEdge.00000005",
        "APIC.0201",
        "IIC.400",
        "common.param.checkError",
        "IAM.0001",
    ]
    .map(str::to_owned)
    .to_vec();
    let malformed: Vec<String> = [
        "",
        " ",
        "IEF",
        "IEF.",
        "ief.100004",
        "IEF.100004 ",
        "IEF-100004",
        "IEF.1000040",
        "错误码",
        "{\"error_code\":\"IEF.100004\"}",
    ]
    .map(str::to_owned)
    .to_vec();

    let map: HashMap<&str, usize> = IefError::ALL
        .iter()
        .enumerate()
        .map(|(index, error)| (error.code(), index))
        .collect();
    let ief = |code: &str| IefError::from_code(code).map(|error| error as usize);
    let phf = |code: &str| PHF_CODES.get(code).copied();
    let hash_map = |code: &str| map.get(code).copied();
    let scan = |code: &str| IefError::ALL.iter().position(|error| error.code() == code);
    let contenders: [(&str, Lookup<'_>); 4] = [
        ("ief-errors from_code", &ief),
        ("phf::Map (baseline)", &phf),
        ("std HashMap", &hash_map),
        ("linear scan", &scan),
    ];

    println!(
        "median of {ROUNDS} rounds, {LOOKUPS} lookups per contender per round; ratio = time / phf's time in the same round\n"
    );
    for (set, inputs) in [
        ("hits", &hits),
        ("near misses", &near_misses),
        ("foreign codes", &foreign),
        ("empty and malformed", &malformed),
    ] {
        run_set(set, inputs, &contenders);
    }
}

fn run_set(set: &str, inputs: &[String], contenders: &[(&str, Lookup<'_>)]) {
    // Every contender must agree before its speed means anything.
    for input in inputs {
        let expected = (contenders[1].1)(input);
        for (name, lookup) in contenders {
            assert_eq!(lookup(input), expected, "{name} on {input:?}");
        }
    }
    let inputs: Vec<&str> = inputs
        .iter()
        .map(String::as_str)
        .cycle()
        .take(1024)
        .collect();
    let mut nanos: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    let mut ratios: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    for round in 0..ROUNDS {
        let mut this_round = vec![0.0; contenders.len()];
        // Rotate the order so no contender always runs first.
        for offset in 0..contenders.len() {
            let which = (round + offset) % contenders.len();
            this_round[which] = time_per_lookup(contenders[which].1, &inputs);
        }
        for (which, time) in this_round.iter().enumerate() {
            nanos[which].push(*time);
            ratios[which].push(time / this_round[1]);
        }
    }
    println!(
        "{set} ({} distinct inputs)",
        inputs
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len()
    );
    for (which, (name, _)) in contenders.iter().enumerate() {
        println!(
            "  {name:<22} {:>7.2} ns   {:>5.2}x phf",
            median(&mut nanos[which]),
            median(&mut ratios[which])
        );
    }
    println!();
}

fn time_per_lookup(lookup: Lookup<'_>, inputs: &[&str]) -> f64 {
    let start = Instant::now();
    let mut found = 0usize;
    for input in inputs.iter().cycle().take(LOOKUPS) {
        if lookup(black_box(input)).is_some() {
            found += 1;
        }
    }
    let elapsed = start.elapsed();
    let _ = black_box(found);
    #[allow(clippy::cast_precision_loss)]
    let per_lookup = elapsed.as_nanos() as f64 / LOOKUPS as f64;
    per_lookup
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
