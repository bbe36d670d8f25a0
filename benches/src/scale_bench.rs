//! How the build of a crate that invokes the macro grows with its table,
//! against the same API written by hand: build time and the compiler's peak
//! memory at 149, 2,000, 10,000, 50,000 and 100,000 rows, and `cargo doc`
//! of the macro crates.
//!
//! ```text
//! cargo run --release -p ief-errors-benches --bin scale-bench -- [ROWS...] [--limit-gib N] [--timeout-s N] [--baseline CHECKOUT]
//! ```
//!
//! `--baseline CHECKOUT` adds the macro crates built against another
//! checkout of this repository (`git worktree add /tmp/base COMMIT`), in a
//! workspace of their own with that checkout's lock file.
//!
//! It writes a scratch workspace under `target/scale-bench/`, builds the
//! dependencies once, then builds each crate alone in the `dev` profile
//! without incremental compilation, as the issue that asked for it measured.
//! Cargo runs the compiler through this same program (`RUSTC_WRAPPER`, and
//! `RUSTDOC` for the docs), which times the compiler process of the crate
//! and reads its peak resident memory from the kernel's resource usage
//! (`getrusage(RUSAGE_CHILDREN)`). A compiler that passes `--limit-gib`
//! (default 8) of resident memory or `--timeout-s` (default 300) is stopped,
//! and the row says so: the hand-written crate cannot be built at the larger
//! sizes on a machine of ordinary memory.
//!
//! Then the command, built in release, on the same sizes: `import` of a
//! page of that many rows into a new table and again into the table it
//! made, and `check`, `list` and `explain` of the synthetic table, each the median of three runs with
//! the peak memory of the slowest, alternating with the baseline's command
//! when there is one.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use ief_errors_benches::scratch::{cargo, run, touch, workspace_root, write};
use ief_errors_benches::synthetic::{
    macro_crate, naive_crate, synthetic_code, synthetic_page, synthetic_table,
};

const DEFAULT_SIZES: [usize; 5] = [149, 2_000, 10_000, 50_000, 100_000];

/// Set for the wrapper: the file it appends its measurements to.
const RECORD: &str = "IEF_SCALE_BENCH_RECORD";
/// Set for the wrapper when it stands for rustdoc: the real rustdoc.
const REAL_RUSTDOC: &str = "IEF_SCALE_BENCH_RUSTDOC";
const LIMIT: &str = "IEF_SCALE_BENCH_LIMIT_KIB";
const TIMEOUT: &str = "IEF_SCALE_BENCH_TIMEOUT_S";
/// Set when this program times one run of the command.
const TIME_COMMAND: &str = "IEF_SCALE_BENCH_TIME_COMMAND";

fn main() -> ExitCode {
    if let Ok(record) = std::env::var(RECORD) {
        return wrap_compiler(Path::new(&record));
    }
    if std::env::var_os(TIME_COMMAND).is_some() {
        return time_command();
    }
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str, default: u64| {
        arguments
            .iter()
            .position(|argument| argument == name)
            .and_then(|at| arguments.get(at + 1))
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let limit_gib = option("--limit-gib", 8);
    let timeout_s = option("--timeout-s", 300);
    let mut sizes: Vec<usize> = arguments
        .iter()
        .take_while(|argument| !argument.starts_with("--"))
        .filter_map(|argument| argument.replace(['_', ','], "").parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = DEFAULT_SIZES.to_vec();
    }
    let baseline = arguments
        .iter()
        .position(|argument| argument == "--baseline")
        .and_then(|at| arguments.get(at + 1))
        .map(PathBuf::from);
    run_benchmark(&sizes, limit_gib, timeout_s, baseline.as_deref());
    ExitCode::SUCCESS
}

/// One compiler run, as the wrapper recorded it.
#[derive(Clone, Copy)]
struct Measurement {
    seconds: f64,
    peak_mib: f64,
    /// `None` when it finished; otherwise why it was stopped.
    stopped: Option<&'static str>,
}

fn run_benchmark(sizes: &[usize], limit_gib: u64, timeout_s: u64, baseline: Option<&Path>) {
    let this = std::env::current_exe().expect("the benchmark's own path");
    let rustdoc = std::env::var("RUSTDOC").unwrap_or_else(|_| "rustdoc".to_owned());
    let bench_in = |root: PathBuf| Bench {
        record: root.join("measurements.txt"),
        this: this.clone(),
        rustdoc: rustdoc.clone(),
        limit_kib: limit_gib * 1024 * 1024,
        timeout_s,
        root,
    };
    let root = workspace_root().join("target/scale-bench");
    let _ = std::fs::remove_dir_all(&root);
    let bench = bench_in(root.clone());
    write_workspace(&bench.root, sizes, &workspace_root(), true);
    let baseline_bench = baseline.map(|checkout| {
        let bench = bench_in(root.join("baseline"));
        write_workspace(&bench.root, sizes, checkout, false);
        bench
    });
    println!(
        "machine: {} cores; dev profile, CARGO_INCREMENTAL=0, dependencies built; \
         stopped past {limit_gib} GiB or {timeout_s} s\n",
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    );
    println!(
        "| rows | macro: build | macro: peak memory | by hand: build | by hand: peak memory | macro / by hand | macro: `cargo doc` | doc: peak memory |{}",
        if baseline.is_some() {
            " baseline macro: build | baseline: peak memory |"
        } else {
            ""
        }
    );
    println!(
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |{}",
        if baseline.is_some() {
            " ---: | ---: |"
        } else {
            ""
        }
    );
    let mut macro_builds = Vec::new();
    for &rows in sizes {
        let macro_build = bench.measure(&format!("macro-{rows}"), false);
        let naive_build = bench.measure(&format!("naive-{rows}"), false);
        let macro_doc = bench.measure(&format!("macro-{rows}"), true);
        let ratio = match (macro_build, naive_build) {
            (Some(ours), Some(theirs)) if ours.stopped.is_none() && theirs.stopped.is_none() => {
                format!("{:.2}x", ours.seconds / theirs.seconds)
            }
            _ => "-".to_owned(),
        };
        let baseline_cells = baseline_bench
            .as_ref()
            .map_or_else(String::new, |baseline| {
                let build = baseline.measure(&format!("macro-{rows}"), false);
                format!(" {} | {} |", time_cell(build), memory_cell(build))
            });
        println!(
            "| {rows} | {} | {} | {} | {} | {ratio} | {} | {} |{baseline_cells}",
            time_cell(macro_build),
            memory_cell(macro_build),
            time_cell(naive_build),
            memory_cell(naive_build),
            time_cell(macro_doc),
            memory_cell(macro_doc),
        );
        if let Some(build) = macro_build.filter(|build| build.stopped.is_none()) {
            macro_builds.push((rows, build));
        }
    }
    println!("\ngrowth of the macro crate's build, against the growth in rows:");
    for pair in macro_builds.windows(2) {
        let ((small, small_build), (large, large_build)) = (pair[0], pair[1]);
        println!(
            "  {small} -> {large} rows ({:.1}x the rows): time {:.2}x, peak memory {:.2}x",
            ratio(large, small),
            large_build.seconds / small_build.seconds,
            large_build.peak_mib / small_build.peak_mib
        );
    }
    run_commands(sizes, &root, baseline);
}

/// The command on each size, in release: ours and, with a baseline, its.
fn run_commands(sizes: &[usize], root: &Path, baseline: Option<&Path>) {
    let ours = build_command(&workspace_root(), &root.join("command-target"));
    let theirs =
        baseline.map(|checkout| build_command(checkout, &root.join("baseline/command-target")));
    let files = root.join("command-files");
    println!(
        "\nthe command, release build, median of 3 runs (peak memory of the slowest){}:\n",
        if theirs.is_some() {
            "; the baseline's in the same rounds"
        } else {
            ""
        }
    );
    println!(
        "| rows | command | time | peak memory |{}",
        if theirs.is_some() {
            " baseline: time | baseline: peak memory | ours / baseline |"
        } else {
            ""
        }
    );
    println!(
        "| ---: | --- | ---: | ---: |{}",
        if theirs.is_some() {
            " ---: | ---: | ---: |"
        } else {
            ""
        }
    );
    for &rows in sizes {
        let page = files.join(format!("page-{rows}.txt"));
        let table = files.join(format!("table-{rows}.toml"));
        let imported = files.join(format!("imported-{rows}.toml"));
        let reimported = files.join(format!("reimported-{rows}.toml"));
        write(&page, &synthetic_page(rows));
        write(&table, &synthetic_table(rows));
        let (page, table, imported, reimported) = (
            page.display().to_string(),
            table.display().to_string(),
            imported.display().to_string(),
            reimported.display().to_string(),
        );
        let code = synthetic_code(rows);
        let commands: [(&str, Vec<&str>); 5] = [
            (
                "`import` into a new table",
                vec!["import", &page, "--table", &imported],
            ),
            (
                "`import` again, nothing changed",
                vec!["import", &page, "--table", &reimported],
            ),
            ("`check`", vec!["check", &table]),
            ("`list --table`", vec!["list", "--table", &table]),
            (
                "`explain --table`",
                vec!["explain", &code, "--table", &table],
            ),
        ];
        // The table the page was imported into once, for the import again.
        let _ = time_run(&ours, &["import", &page, "--table", &reimported]);
        for (label, arguments) in commands {
            let mut our_runs = Vec::new();
            let mut their_runs = Vec::new();
            for _ in 0..3 {
                // `import` into a new table starts it each time.
                let _ = std::fs::remove_file(&imported);
                our_runs.push(time_run(&ours, &arguments));
                if let Some(theirs) = &theirs {
                    let _ = std::fs::remove_file(&imported);
                    their_runs.push(time_run(theirs, &arguments));
                }
            }
            let ours_median = median(&mut our_runs);
            let baseline_cells = if theirs.is_some() {
                let theirs_median = median(&mut their_runs);
                let ratio = match (ours_median, theirs_median) {
                    (Some(ours), Some(theirs)) => format!("{:.2}x", ours.seconds / theirs.seconds),
                    _ => "-".to_owned(),
                };
                format!(
                    " {} | {} | {ratio} |",
                    run_time_cell(theirs_median),
                    run_memory_cell(theirs_median)
                )
            } else {
                String::new()
            };
            println!(
                "| {rows} | {label} | {} | {} |{baseline_cells}",
                run_time_cell(ours_median),
                run_memory_cell(ours_median)
            );
        }
    }
}

/// The command of `checkout`, built in release into `target`.
fn build_command(checkout: &Path, target: &Path) -> PathBuf {
    run(Command::new(cargo())
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "ief-errors-cli",
            "--manifest-path",
        ])
        .arg(checkout.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS"));
    target.join("release/ief-errors")
}

/// One run of the command, timed by this program in a process of its own,
/// so that the peak memory it reads is the command's alone. `None` if the
/// command failed.
fn time_run(program: &Path, arguments: &[&str]) -> Option<Measurement> {
    let this = std::env::current_exe().expect("the benchmark's own path");
    let output = Command::new(this)
        .arg(program)
        .args(arguments)
        .env(TIME_COMMAND, "1")
        .env_remove(RECORD)
        .output()
        .expect("run the timer");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut fields = text.split_whitespace();
    let seconds: f64 = fields.next()?.parse().ok()?;
    let peak_kib: f64 = fields.next()?.parse().ok()?;
    (fields.next() == Some("ok")).then_some(Measurement {
        seconds,
        peak_mib: peak_kib / 1024.0,
        stopped: None,
    })
}

/// The timer: runs the command its arguments name, its output discarded,
/// and prints its wall time, its peak resident memory and whether it
/// succeeded.
fn time_command() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let Some((program, arguments)) = arguments.split_first() else {
        return ExitCode::FAILURE;
    };
    let start = Instant::now();
    let status = Command::new(program)
        .args(arguments)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    let seconds = start.elapsed().as_secs_f64();
    let outcome = match status {
        Ok(status) if status.success() => "ok",
        _ => "failed",
    };
    println!("{seconds:.4} {} {outcome}", children_peak_kib());
    ExitCode::SUCCESS
}

/// The median run by time; `None` if any run failed.
fn median(runs: &mut [Option<Measurement>]) -> Option<Measurement> {
    let mut finished: Vec<Measurement> = runs.iter().copied().collect::<Option<_>>()?;
    finished.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let slowest_peak = finished.last()?.peak_mib;
    finished.get(finished.len() / 2).map(|middle| Measurement {
        peak_mib: slowest_peak,
        ..*middle
    })
}

fn run_time_cell(measurement: Option<Measurement>) -> String {
    measurement.map_or_else(
        || "failed".to_owned(),
        |measurement| format!("{:.3} s", measurement.seconds),
    )
}

fn run_memory_cell(measurement: Option<Measurement>) -> String {
    measurement.map_or_else(String::new, |measurement| {
        format!("{:.0} MiB", measurement.peak_mib)
    })
}

/// One crate per table size for the macro on `checkout`'s facade and, with
/// `naive`, for the hand-written form; then its dependencies, built once
/// with the settings of the measured builds (a changed wrapper would
/// rebuild them).
fn write_workspace(root: &Path, sizes: &[usize], checkout: &Path, naive: bool) {
    let facade = checkout.join("ief-errors");
    let mut members = Vec::new();
    for &rows in sizes {
        write_crate(
            root,
            &format!("macro-{rows}"),
            &facade,
            &macro_crate(rows),
            Some(&synthetic_table(rows)),
        );
        members.push(format!("\"macro-{rows}\""));
        if naive {
            write_crate(
                root,
                &format!("naive-{rows}"),
                &facade,
                &naive_crate(rows),
                None,
            );
            members.push(format!("\"naive-{rows}\""));
        }
    }
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
    std::fs::copy(checkout.join("Cargo.lock"), root.join("Cargo.lock"))
        .expect("copy the lock file");
    run(Command::new(cargo()).arg("fetch").current_dir(root));
    let this = std::env::current_exe().expect("the benchmark's own path");
    run(Command::new(cargo())
        .args(["build", "--offline", "--quiet", "-p", "ief-errors"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_WRAPPER", this)
        .env(RECORD, root.join("measurements.txt"))
        .env_remove("RUSTFLAGS"));
}

/// What every measured build shares.
struct Bench {
    root: PathBuf,
    /// The file the wrapper appends to.
    record: PathBuf,
    /// This program, which cargo runs as the wrapper.
    this: PathBuf,
    rustdoc: String,
    limit_kib: u64,
    timeout_s: u64,
}

impl Bench {
    /// `cargo build` or `cargo doc` of one package, as every build here runs.
    fn cargo(&self, subcommand: &str, package: &str) -> Command {
        let mut command = Command::new(cargo());
        let _ = command
            .args([subcommand, "--offline", "--quiet", "-p", package])
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", self.root.join("target"))
            .env("CARGO_INCREMENTAL", "0")
            .env(RECORD, &self.record)
            .env(LIMIT, self.limit_kib.to_string())
            .env(TIMEOUT, self.timeout_s.to_string())
            .env_remove("RUSTFLAGS");
        command
    }

    /// Builds (or documents) `package` alone and reads what the wrapper measured.
    fn measure(&self, package: &str, doc: bool) -> Option<Measurement> {
        let _ = std::fs::remove_file(&self.record);
        let mut command = if doc {
            let mut command = self.cargo("doc", package);
            let _ = command
                .arg("--no-deps")
                .env("RUSTDOC", &self.this)
                .env(REAL_RUSTDOC, &self.rustdoc);
            command
        } else {
            let mut command = self.cargo("build", package);
            let _ = command.env("RUSTC_WRAPPER", &self.this);
            command
        };
        // The crate's own earlier output would make cargo skip it.
        touch(&self.root.join(package).join("src/lib.rs"));
        let _ = command.status().expect("run cargo");
        read_measurement(&self.record, &package.replace('-', "_"))
    }
}

#[allow(clippy::cast_precision_loss)]
fn ratio(large: usize, small: usize) -> f64 {
    large as f64 / small as f64
}

fn time_cell(measurement: Option<Measurement>) -> String {
    match measurement {
        None => "no measurement".to_owned(),
        Some(Measurement {
            stopped: Some(reason),
            seconds,
            ..
        }) => format!("stopped after {seconds:.1} s ({reason})"),
        Some(Measurement { seconds, .. }) => format!("{seconds:.2} s"),
    }
}

fn memory_cell(measurement: Option<Measurement>) -> String {
    measurement.map_or_else(String::new, |measurement| {
        let prefix = if measurement.stopped.is_some() {
            "over "
        } else {
            ""
        };
        format!("{prefix}{:.0} MiB", measurement.peak_mib)
    })
}

/// The wrapper's line for the crate `crate_name`: `name seconds peak_kib status`.
fn read_measurement(record: &Path, crate_name: &str) -> Option<Measurement> {
    let text = std::fs::read_to_string(record).ok()?;
    let line = text
        .lines()
        .rev()
        .find(|line| line.split(' ').next() == Some(crate_name))?;
    let mut fields = line.split(' ').skip(1);
    let seconds: f64 = fields.next()?.parse().ok()?;
    let peak_kib: f64 = fields.next()?.parse().ok()?;
    let stopped = match fields.next()? {
        "memory" => Some("memory limit"),
        "time" => Some("time limit"),
        "failed" => Some("compile error"),
        _ => None,
    };
    Some(Measurement {
        seconds,
        peak_mib: peak_kib / 1024.0,
        stopped,
    })
}

/// Runs the compiler cargo asked for, as cargo would, and appends to the
/// record its crate's name, wall time, peak resident memory and whether it
/// finished. Stops it past the memory or time limit.
fn wrap_compiler(record: &Path) -> ExitCode {
    let mut arguments: Vec<String> = std::env::args().skip(1).collect();
    // As `RUSTC_WRAPPER`, the first argument is the compiler; as `RUSTDOC`,
    // the arguments are rustdoc's own.
    let program = match std::env::var(REAL_RUSTDOC) {
        Ok(rustdoc) => rustdoc,
        Err(_) if !arguments.is_empty() => arguments.remove(0),
        Err(_) => return ExitCode::FAILURE,
    };
    let crate_name = arguments
        .iter()
        .position(|argument| argument == "--crate-name")
        .and_then(|at| arguments.get(at + 1))
        .cloned();
    let limit_kib: u64 = env_number(LIMIT).unwrap_or(u64::MAX);
    let timeout = Duration::from_secs(env_number(TIMEOUT).unwrap_or(u64::MAX / 4));
    let start = Instant::now();
    let Ok(mut child) = Command::new(&program).args(&arguments).spawn() else {
        return ExitCode::FAILURE;
    };
    let mut stopped = None;
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if resident_kib(child.id()).is_some_and(|resident| resident > limit_kib) {
            stopped = Some("memory");
        } else if start.elapsed() > timeout {
            stopped = Some("time");
        }
        if stopped.is_some() {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let seconds = start.elapsed().as_secs_f64();
    let Some(crate_name) = crate_name else {
        return exit_code(status);
    };
    let outcome = match (stopped, status) {
        (Some(reason), _) => reason,
        (None, Some(status)) if status.success() => "ok",
        (None, _) => "failed",
    };
    let line = format!(
        "{crate_name} {seconds:.3} {} {outcome}\n",
        children_peak_kib()
    );
    let mut text = std::fs::read_to_string(record).unwrap_or_default();
    text.push_str(&line);
    let _ = std::fs::write(record, text);
    exit_code(status)
}

fn exit_code(status: Option<std::process::ExitStatus>) -> ExitCode {
    match status {
        Some(status) if status.success() => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

/// The resident memory of a running process, from `/proc` (Linux).
fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The largest peak resident memory of this process's waited-for children,
/// in KiB: here, the one compiler it ran.
#[allow(unsafe_code)]
fn children_peak_kib() -> i64 {
    // SAFETY: `getrusage` writes a `rusage` into the zeroed one it is given,
    // which lives across the call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let result = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &raw mut usage) };
    if result == 0 { usage.ru_maxrss } else { -1 }
}

fn write_crate(root: &Path, name: &str, facade: &Path, lib: &str, table: Option<&str>) {
    let facade = facade.display().to_string();
    write(
        &root.join(name).join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nief-errors = {{ path = {facade:?} }}\n"
        ),
    );
    write(&root.join(name).join("src/lib.rs"), lib);
    if let Some(table) = table {
        write(&root.join(name).join("codes.toml"), table);
    }
}
