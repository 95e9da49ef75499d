//! A stable hash of bytes, as the store keeps it: what a file held, and what an item is made of.

/// A hash of bytes (64-bit FNV-1a, stable across builds, as it is stored): two
/// files with the same bytes have the same digest, whatever their stamps.
pub fn digest(bytes: &[u8]) -> i64 {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    hash as i64
}
