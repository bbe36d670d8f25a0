//! `Debug` prints what the derive would, though it is no longer derived, and
//! every `repr` a user may write gives a correct enum: `ALL` in table order,
//! lookups, names and layout. Deprecated rows and `#[non_exhaustive]` among
//! them. The crate forbids `unsafe`: the generated code compiles under it.

#![forbid(unsafe_code)]
#![deny(warnings)]

use ief_errors::{ErrorCode, IefError};

/// The variants of `tests/tables/minimal.toml` then `fork.toml`, as `derive(Debug)` prints them.
#[derive(Debug, Clone, Copy)]
enum Derived {
    InvalidOffset,
    RouteNotFound,
    GatewayBusy,
    StorageFailed,
    QuotaFrozen,
    LegacyRoute,
    IicBadRequest,
}

const DERIVED: [Derived; 6] = [
    Derived::RouteNotFound,
    Derived::GatewayBusy,
    Derived::StorageFailed,
    Derived::QuotaFrozen,
    Derived::LegacyRoute,
    Derived::IicBadRequest,
];

/// Every way a test formats a value with `Debug`: plain, alternate, padded
/// (which the derive ignores for a unit variant), and inside `Option`.
fn debug_forms<T: std::fmt::Debug + Copy>(value: T) -> Vec<String> {
    vec![
        format!("{value:?}"),
        format!("{value:#?}"),
        format!("{value:>30?}"),
        format!("{value:-<30?}"),
        format!("{:?}", Some(value)),
        format!("{:#?}", Some(value)),
        format!("{:?}", [value, value]),
        format!("{:#?}", (value, 1)),
    ]
}

macro_rules! layered {
    ($(#[$attribute:meta])* $name:ident) => {
        ief_errors::ief_errors! {
            $(#[$attribute])*
            pub enum $name from "tables/minimal.toml", "tables/fork.toml";
        }
    };
}

layered!(
    #[non_exhaustive]
    NoRepr
);
layered!(
    #[repr(u8)]
    ReprU8
);
layered!(
    #[repr(u16)]
    ReprU16
);
layered!(
    #[repr(u32)]
    ReprU32
);
layered!(
    #[repr(u64)]
    ReprU64
);
layered!(
    #[repr(usize)]
    ReprUsize
);
layered!(
    #[repr(i8)]
    ReprI8
);
layered!(
    #[repr(i16)]
    ReprI16
);
layered!(
    #[repr(i32)]
    ReprI32
);
layered!(
    #[repr(i128)]
    ReprI128
);
layered!(
    #[repr(isize)]
    ReprIsize
);
layered!(
    #[repr(C)]
    ReprC
);
layered!(
    #[repr(C)]
    #[non_exhaustive]
    ReprCNonExhaustive
);
layered!(
    #[repr(u8, align(8))]
    ReprU8Align8
);
layered!(
    #[repr(align(4))]
    ReprAlign4
);
layered!(
    #[cfg_attr(all(), repr(u16))]
    ReprUnderCfgAttr
);
layered!(
    #[cfg_attr(any(), repr(u16))]
    ReprUnderFalseCfgAttr
);
layered!(
    #[derive(Debug)]
    UserDebug
);

/// `repr($integer:ty)`: the integer reaches the macro in a group without
/// delimiters, and is still the enum's only, plain `repr`.
macro_rules! repr_from_type {
    ($integer:ty, $name:ident) => {
        ief_errors::ief_errors! {
            #[repr($integer)]
            pub enum $name from "tables/minimal.toml", "tables/fork.toml";
        }
    };
}

repr_from_type!(u16, ReprU16FromType);
repr_from_type!(i64, ReprI64FromType);
layered!(
    #[cfg_attr(all(), derive(Debug))]
    UserDebugUnderCfgAttr
);
layered!(
    #[cfg_attr(any(), derive(Debug))]
    UserDebugUnderFalseCfgAttr
);

/// Checks one generated enum against the table: `ALL` in order, each
/// variant's name and code, `from_code` back to it, and `Debug` as derived.
fn check<E>(size: usize, align: usize)
where
    E: ErrorCode + std::fmt::Debug + PartialEq + 'static,
{
    let codes = [
        "APIC.0201",
        "IoTEdge.00000005",
        "common.param.checkError",
        "FORK.0001",
        "FORK.0002",
        "IIC.400",
    ];
    assert_eq!(E::ALL.len(), codes.len());
    for ((variant, code), derived) in E::ALL.iter().zip(codes).zip(DERIVED) {
        assert_eq!(variant.code(), code);
        assert_eq!(E::from_code(code), Some(*variant));
        assert_eq!(debug_forms(*variant), debug_forms(derived));
    }
    assert_eq!(E::from_code("APIC.0202"), None);
    assert_eq!(size_of::<E>(), size, "{}", std::any::type_name::<E>());
    assert_eq!(align_of::<E>(), align, "{}", std::any::type_name::<E>());
}

#[test]
fn every_repr_gives_all_in_table_order_and_the_derived_debug() {
    check::<NoRepr>(1, 1);
    check::<ReprU8>(1, 1);
    check::<ReprU16>(2, 2);
    check::<ReprU32>(4, 4);
    check::<ReprU64>(8, align_of::<u64>());
    check::<ReprUsize>(size_of::<usize>(), align_of::<usize>());
    check::<ReprI8>(1, 1);
    check::<ReprI16>(2, 2);
    check::<ReprI32>(4, 4);
    check::<ReprI128>(16, align_of::<i128>());
    check::<ReprIsize>(size_of::<isize>(), align_of::<isize>());
    check::<ReprC>(size_of::<std::ffi::c_int>(), align_of::<std::ffi::c_int>());
    check::<ReprCNonExhaustive>(size_of::<std::ffi::c_int>(), align_of::<std::ffi::c_int>());
    check::<ReprU8Align8>(8, 8);
    check::<ReprAlign4>(4, 4);
    check::<ReprUnderCfgAttr>(2, 2);
    check::<ReprUnderFalseCfgAttr>(1, 1);
    check::<ReprU16FromType>(2, 2);
    check::<ReprI64FromType>(8, align_of::<i64>());
}

#[test]
fn a_users_own_debug_derive_replaces_the_generated_impl() {
    check::<UserDebug>(1, 1);
    check::<UserDebugUnderCfgAttr>(1, 1);
    check::<UserDebugUnderFalseCfgAttr>(1, 1);
}

#[test]
fn the_shipped_enums_debug_is_the_variant_name() {
    assert_eq!(
        debug_forms(IefError::InvalidOffset),
        debug_forms(Derived::InvalidOffset)
    );
    for error in IefError::ALL {
        assert_eq!(format!("{error:?}"), error.name());
        assert_eq!(
            format!("{:?}", Some(*error)),
            format!("Some({})", error.name())
        );
        assert_eq!(
            format!("{:#?}", Some(*error)),
            format!("Some(\n    {},\n)", error.name())
        );
    }
}

#[test]
fn deprecated_rows_keep_their_place() {
    #[allow(deprecated)]
    let legacy = NoRepr::LegacyRoute;
    assert_eq!(NoRepr::ALL[4], legacy);
    assert_eq!(format!("{legacy:?}"), "LegacyRoute");
    assert_eq!(NoRepr::from_code("FORK.0002"), Some(legacy));
}

#[test]
fn all_is_the_all_constant_as_a_function() {
    // A `const fn`: usable where a constant is needed.
    const COUNT: usize = NoRepr::all().len();
    assert_eq!(COUNT, 6);
    assert_eq!(NoRepr::all(), NoRepr::ALL);
    assert_eq!(ReprU16FromType::all(), ReprU16FromType::ALL);
    assert_eq!(ReprC::all(), ReprC::ALL);
    assert_eq!(ReprAlign4::all(), ReprAlign4::ALL);
    assert_eq!(IefError::all(), IefError::ALL);
}
