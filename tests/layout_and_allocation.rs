//! Layout and allocation guarantees of generated enums: one byte up to 256
//! codes (`Option` included while a niche is left), and no allocation in
//! lookups, texts or `Display`.

// A counting global allocator needs `unsafe`; it only forwards to `System`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;

use ief_errors::{IefError, Lang};

ief_errors::ief_errors! {
    /// 256 codes: the most that fit in one byte.
    pub enum Byte from "tables/256-rows.toml";
}

ief_errors::ief_errors! {
    /// 257 codes: one more than a byte holds.
    pub enum TwoBytes from "tables/256-rows.toml", "tables/one-more-row.toml";
}

#[test]
fn the_shipped_enum_and_its_option_take_one_byte() {
    assert_eq!(size_of::<IefError>(), 1);
    assert_eq!(size_of::<Option<IefError>>(), 1);
}

#[test]
fn a_full_byte_leaves_no_niche_for_option() {
    assert_eq!(Byte::ALL.len(), 256);
    assert_eq!(size_of::<Byte>(), 1);
    assert_eq!(size_of::<Option<Byte>>(), 2);
}

#[test]
fn more_than_256_codes_take_two_bytes() {
    assert_eq!(TwoBytes::ALL.len(), 257);
    assert_eq!(size_of::<TwoBytes>(), 2);
    assert_eq!(size_of::<Option<TwoBytes>>(), 2);
    for &error in TwoBytes::ALL {
        assert_eq!(TwoBytes::from_code(error.code()), Some(error));
    }
    assert_eq!(TwoBytes::Row256.status(), 500);
}

/// Counts the allocations of the thread that switched counting on.
struct CountingAllocator;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to `System` unchanged; the thread-locals
// are `const`-initialised `Cell`s, which never allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = COUNTING.try_with(|counting| {
            if counting.get() {
                let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
            }
        });
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(pointer, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    COUNTING.with(|counting| counting.set(true));
    work();
    COUNTING.with(|counting| counting.set(false));
    ALLOCATIONS.with(Cell::get) - before
}

/// A `fmt::Write` that keeps nothing, so formatting itself cannot allocate.
struct Sink(usize);

impl std::fmt::Write for Sink {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0 += text.len();
        Ok(())
    }
}

#[test]
fn the_counter_sees_an_allocation() {
    assert_eq!(allocations_during(|| drop(black_box(String::from("x")))), 1);
}

#[test]
fn lookups_texts_and_display_never_allocate() {
    let misses: Vec<String> = [
        "",
        "IEF.100005x",
        "APIGW.0101",
        "ief.100004",
        "IEF.999999",
        "错误码",
    ]
    .map(str::to_owned)
    .to_vec();
    let mut sink = Sink(0);
    let allocations = allocations_during(|| {
        for &error in IefError::ALL {
            let _ = black_box(error.code());
            for lang in Lang::ALL {
                let _ = black_box(error.message(lang));
                let _ = black_box(error.remediation(lang));
                let _ = write!(sink, "{}", error.localized(lang));
            }
            let _ = write!(sink, "{error} {error:>80}");
            let _ = black_box(IefError::from_code(black_box(error.code())));
            let _ = black_box(error.code().parse::<IefError>());
        }
        for miss in &misses {
            let _ = black_box(IefError::from_code(black_box(miss)));
            let _ = write!(sink, "{}", black_box(miss).parse::<IefError>().unwrap_err());
        }
    });
    assert_eq!(allocations, 0);
    assert!(sink.0 > 0);
}
