//! Build-time benchmarks: the macro against the same API written by hand,
//! and a clean build of an `ief-errors` user against a `thiserror` user.
//!
//! ```text
//! cargo run --release -p ief-errors-benches --bin compile-bench -- [ROUNDS] [RELEASE_ROUNDS] [--clean-only]
//! ```
//!
//! `--clean-only` runs only the clean builds: a crate that invokes the
//! macro, a crate that uses only the shipped enum without the macro, and a
//! crate that derives one error with thiserror. `--baseline CHECKOUT` adds
//! the macro crate built against another checkout of this repository (an
//! earlier commit, say `git worktree add /tmp/base dde4b3e`), as a
//! workspace of its own with that checkout's lock file, in the same rounds.
//!
//! The crate-alone builds run in three profiles: `dev`; `dev` with proc
//! macros optimized (what `[profile.dev.build-override] opt-level = 3` in a
//! user's workspace gives); and `release`. Cargo compiles proc macros
//! unoptimized by default in both `dev` and `release`.
//!
//! It writes a scratch workspace under `target/compile-bench/` (one crate per
//! contender, all sharing one target directory so dependencies build once),
//! fetches its dependencies, then times `cargo build` offline, alternating the
//! contenders round by round so drift in the machine's speed cancels out. It
//! prints the median of each and the ratios the goals are stated in.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ief_errors_benches::scratch::{cargo, run, touch, workspace_root, write};
use ief_errors_benches::synthetic::{macro_crate, naive_crate, synthetic_table};

const TABLE_SIZES: [usize; 3] = [149, 2_000, 10_000];

fn main() {
    let clean_only = std::env::args().any(|arg| arg == "--clean-only");
    let baseline = std::env::args()
        .skip_while(|arg| arg != "--baseline")
        .nth(1)
        .map(PathBuf::from);
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(5);
    // Release builds of the hand-written 10,000-row crate take minutes each.
    let release_rounds: usize = std::env::args()
        .nth(2)
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(1);
    let root = workspace_root().join("target/compile-bench");
    let _ = std::fs::remove_dir_all(&root);
    let mut members = Vec::new();
    for rows in TABLE_SIZES {
        write_crate(
            &root,
            &format!("macro-{rows}"),
            "ief-errors",
            &macro_crate(rows),
            Some(&synthetic_table(rows)),
        );
        write_crate(
            &root,
            &format!("naive-{rows}"),
            "ief-errors",
            &naive_crate(rows),
            None,
        );
        members.push(format!("macro-{rows}"));
        members.push(format!("naive-{rows}"));
    }
    write_crate(
        &root,
        "clean-macro",
        "ief-errors",
        CLEAN_MACRO,
        Some(
            &std::fs::read_to_string(workspace_root().join("data/codes.toml"))
                .expect("read the shipped table"),
        ),
    );
    write_crate(
        &root,
        "clean-shipped",
        "ief-errors without macro",
        CLEAN_SHIPPED,
        None,
    );
    write_crate(&root, "clean-thiserror", "thiserror", CLEAN_THISERROR, None);
    if let Some(checkout) = &baseline {
        write_baseline_crate(&root.join("baseline"), checkout);
    }
    members.extend([
        "clean-macro".to_owned(),
        "clean-shipped".to_owned(),
        "clean-thiserror".to_owned(),
    ]);
    let quoted: Vec<String> = members.iter().map(|member| format!("{member:?}")).collect();
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n\
             [profile.dev-optimized-macros]\ninherits = \"dev\"\n\n\
             [profile.dev-optimized-macros.build-override]\nopt-level = 3\n{}",
            quoted.join(", "),
            as_published(&workspace_root())
        ),
    );
    std::fs::copy(workspace_root().join("Cargo.lock"), root.join("Cargo.lock"))
        .expect("copy the lock file");
    run(Command::new(cargo()).arg("fetch").current_dir(&root));

    println!(
        "machine: {} cores; {} rounds each, alternating; median build times\n",
        std::thread::available_parallelism().map_or(0, usize::from),
        rounds
    );
    if !clean_only {
        for (profile, rounds) in [
            ("dev", rounds),
            ("dev-optimized-macros", rounds),
            ("release", release_rounds),
        ] {
            incremental_builds(&root, profile, rounds);
        }
    }
    clean_builds(&root, rounds, baseline.is_some());
}

/// The crate alone rebuilt (its dependencies built once beforehand), for each table size.
fn incremental_builds(root: &Path, profile: &str, rounds: usize) {
    println!("profile {profile}, crate alone rebuilt:");
    let target = root.join("target");
    for rows in TABLE_SIZES {
        let contenders = [format!("macro-{rows}"), format!("naive-{rows}")];
        for name in &contenders {
            run(&mut cargo_build(root, name, &target, profile));
        }
        let times = alternate(rounds, &contenders, |name| {
            touch(&root.join(name).join("src/lib.rs"));
            timed(cargo_build(root, name, &target, profile))
        });
        let (macro_time, naive_time) = (times[0], times[1]);
        println!(
            "{rows:>6} rows: ief_errors! {:>7.2} s   hand-written {:>7.2} s   ratio {:.2}x   ({:.1} ms per 1,000 rows with the macro)",
            macro_time.as_secs_f64(),
            naive_time.as_secs_f64(),
            macro_time.as_secs_f64() / naive_time.as_secs_f64(),
            macro_time.as_secs_f64() * 1e6 / f64::from(u32::try_from(rows).unwrap_or(u32::MAX)),
        );
    }
    println!();
}

/// Each crate built from an empty target directory, dependencies included.
fn clean_builds(root: &Path, rounds: usize, with_baseline: bool) {
    let mut contenders = vec![
        "clean-macro".to_owned(),
        "clean-shipped".to_owned(),
        "clean-thiserror".to_owned(),
    ];
    if with_baseline {
        contenders.push("baseline".to_owned());
    }
    let times = alternate(rounds, &contenders, |name| {
        let target = root.join("clean-target");
        let _ = std::fs::remove_dir_all(&target);
        if name == "baseline" {
            // A workspace of its own: its facade is another `ief-errors`.
            let baseline = root.join("baseline");
            timed(cargo_build(&baseline, "clean-macro", &target, "dev"))
        } else {
            timed(cargo_build(root, name, &target, "dev"))
        }
    });
    let thiserror = times[2].as_secs_f64();
    println!(
        "clean build (dev profile, empty target directory), against a thiserror user ({thiserror:.2} s):"
    );
    let mut labelled = vec![
        ("invokes ief_errors! (149 rows), default features", times[0]),
        (
            "uses the shipped IefError, default-features = false, std",
            times[1],
        ),
    ];
    if with_baseline {
        labelled.push((
            "invokes ief_errors!, against the baseline checkout",
            times[3],
        ));
    }
    for (label, time) in labelled {
        println!(
            "  {label:<58} {:>6.2} s   ratio {:.2}x",
            time.as_secs_f64(),
            time.as_secs_f64() / thiserror
        );
    }
}

/// The macro crate in a workspace of its own under `directory`, depending
/// on the facade of `checkout`, with that checkout's lock file.
fn write_baseline_crate(directory: &Path, checkout: &Path) {
    let facade = checkout.join("ief-errors").display().to_string();
    write(
        &directory.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"clean-macro\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nief-errors = {{ path = {facade:?} }}\n\n[workspace]\n{}",
            as_published(checkout)
        ),
    );
    write(&directory.join("src/lib.rs"), CLEAN_MACRO);
    std::fs::copy(
        workspace_root().join("data/codes.toml"),
        directory.join("codes.toml"),
    )
    .expect("copy the shipped table");
    std::fs::copy(checkout.join("Cargo.lock"), directory.join("Cargo.lock"))
        .expect("copy the baseline's lock file");
    run(Command::new(cargo()).arg("fetch").current_dir(directory));
}

/// Profile settings that build the crates of `checkout` as cargo builds them
/// for a user who depends on the published crates.
///
/// Cargo compiles a dependency from a path incrementally, and one from a
/// registry not. The scratch crates depend on the checkout by path, and
/// incremental compilation costs a clean build about 0.6 s here, a cost a
/// user of the published crates (or of `thiserror`) does not pay. Only the
/// user's own crate stays incremental, as it is for them.
fn as_published(checkout: &Path) -> String {
    let mut settings = String::new();
    for name in [
        "ief-errors",
        "ief-errors-core",
        "ief-errors-macro",
        "ief-errors-runtime",
        "ief-errors-table",
    ] {
        if checkout.join(name).join("Cargo.toml").is_file() {
            let _ = write!(
                settings,
                "\n[profile.dev.package.{name}]\nincremental = false\n"
            );
        }
    }
    settings
}

/// Runs `measure` on each contender in turn, `rounds` times, and returns each one's median.
fn alternate(
    rounds: usize,
    contenders: &[String],
    mut measure: impl FnMut(&str) -> Duration,
) -> Vec<Duration> {
    let mut samples = vec![Vec::with_capacity(rounds); contenders.len()];
    for round in 0..rounds {
        for offset in 0..contenders.len() {
            let which = (round + offset) % contenders.len();
            samples[which].push(measure(&contenders[which]));
        }
    }
    samples
        .into_iter()
        .map(|mut times| {
            times.sort();
            times[times.len() / 2]
        })
        .collect()
}

fn cargo_build(root: &Path, package: &str, target: &Path, profile: &str) -> Command {
    let mut command = Command::new(cargo());
    let _ = command
        .args([
            "build",
            "--offline",
            "--quiet",
            "--profile",
            profile,
            "-p",
            package,
        ])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS");
    command
}

fn timed(mut command: Command) -> Duration {
    let start = Instant::now();
    run(&mut command);
    start.elapsed()
}

fn write_crate(root: &Path, name: &str, dependency: &str, lib: &str, table: Option<&str>) {
    let facade = workspace_root().join("ief-errors").display().to_string();
    let dependency = match dependency {
        "ief-errors" => format!("ief-errors = {{ path = {facade:?} }}"),
        "ief-errors without macro" => format!(
            "ief-errors = {{ path = {facade:?}, default-features = false, features = [\"std\"] }}"
        ),
        _ => "thiserror = \"2\"".to_owned(),
    };
    write(
        &root.join(name).join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dependency}\n"
        ),
    );
    write(&root.join(name).join("src/lib.rs"), lib);
    if let Some(table) = table {
        write(&root.join(name).join("codes.toml"), table);
    }
}

const CLEAN_MACRO: &str = r#"//! A crate that generates its enum from a table (the shipped one, 149 rows).

ief_errors::ief_errors!("codes.toml");

/// The status of a code, if the table has it.
pub fn status_of(code: &str) -> Option<u16> {
    IefError::from_code(code).map(IefError::status)
}
"#;

const CLEAN_SHIPPED: &str = r"//! A user of the shipped enum alone, without the macro.

/// The status of a code, if IEF publishes it.
pub fn status_of(code: &str) -> Option<u16> {
    ief_errors::IefError::from_code(code).map(ief_errors::IefError::status)
}
";

const CLEAN_THISERROR: &str = r#"//! A user deriving one error with thiserror.

/// One error.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A bad offset.
    #[error("The request offset does not comply with specifications.")]
    InvalidOffset,
}
"#;
