//! Sorting with a small code footprint.
//!
//! The standard library's sorts (driftsort, ipnsort) are fast but large, and they are
//! instantiated once per element type and comparator: in this crate they were ~70 KB of
//! the wasm module before optimization. Here one non-generic heapsort orders indices
//! through a `dyn` comparator, ties broken by position (so the sort is stable), and the
//! slice is then permuted in place with O(n) swaps. O(n log n), no allocation beyond
//! the index vector. Input already in order (mentions come in text order, most lists
//! here are built in it) is found in one pass and left as it is: heapsort itself is not
//! adaptive, and sorting 500,000 ordered items cost a fifth of a figure-dense compare.

use std::cmp::Ordering;

/// Stable sort of a slice by a comparator.
///
/// ```
/// let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
/// fact_compare::sort::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
/// assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
/// ```
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_mut))]
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // Natively size does not count and the standard stable sort is several times
    // faster; a stable sort's result is one and the same for a given order, so the
    // output does not change (issue 13: the heapsort was a tenth of a 16 MiB compare).
    #[cfg(not(target_arch = "wasm32"))]
    {
        v.sort_by(cmp);
    }
    #[cfg(target_arch = "wasm32")]
    sort_by_small(v, &mut cmp);
}

/// [`sort_by`] with the small heapsort (the wasm build's; tested natively too).
pub fn sort_by_small<T>(v: &mut [T], cmp: &mut impl FnMut(&T, &T) -> Ordering) {
    // Each element type and comparator costs only these two closures: the order and
    // the permutation are computed by code compiled once (issue 13, the wasm size).
    let order = {
        let items: &[T] = v;
        order_of(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    if let Some(mut idx) = order {
        permute(&mut idx, &mut |a, b| v.swap(a, b));
    }
}

/// Stable sort of a slice by a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort of a slice by a key computed once per element (for keys that cost more
/// than a comparison: the same order as [`sort_by_key`]).
///
/// ```
/// let mut v = vec!["bb", "a", "ccc", "dd"];
/// fact_compare::sort::sort_by_cached_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "bb", "dd", "ccc"]);
/// ```
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        v.sort_by_cached_key(key);
    }
    #[cfg(target_arch = "wasm32")]
    sort_by_cached_key_small(v, key);
}

/// [`sort_by_cached_key`] with the small heapsort (the wasm build's).
pub fn sort_by_cached_key_small<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(key).collect();
    if let Some(mut idx) = order_of(keys.len(), &mut |a, b| keys[a].cmp(&keys[b])) {
        permute(&mut idx, &mut |a, b| v.swap(a, b));
    }
}

/// Sort a slice of ordered values.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// The stable order of `n` items under `cmp` (by index), or None when they are in order
/// already.
fn order_of(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if n < 2 || (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    heapsort(&mut idx, &mut |a, b| {
        cmp(a, b).then(a.cmp(&b)) == Ordering::Less
    });
    Some(idx)
}

fn heapsort(a: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = a.len();
    for start in (0..n / 2).rev() {
        sift_down(a, start, n, less);
    }
    for end in (1..n).rev() {
        a.swap(0, end);
        sift_down(a, 0, end, less);
    }
}

fn sift_down(
    a: &mut [usize],
    mut root: usize,
    end: usize,
    less: &mut dyn FnMut(usize, usize) -> bool,
) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(a[child], a[child + 1]) {
            child += 1;
        }
        if !less(a[root], a[child]) {
            return;
        }
        a.swap(root, child);
        root = child;
    }
}

/// Reorder items so that the new item `i` is the old item `idx[i]`, through `swap`;
/// `idx` is a permutation and is consumed (overwritten with markers).
fn permute(idx: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..idx.len() {
        let mut cur = start;
        while idx[cur] != DONE {
            let next = idx[cur];
            idx[cur] = DONE;
            if next == start {
                break;
            }
            swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_small_sort_matches_the_standard_stable_sort() {
        // a small deterministic generator; many lengths, many duplicates
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in (0..40).chain([100, 1000, 4097]) {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            // The heapsort the wasm build uses (natively `sort_by` is the standard one).
            let mut ours = v.clone();
            sort_by_small(&mut ours, &mut |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "len {len}");
            let mut cached = v.clone();
            sort_by_cached_key_small(&mut cached, |x| x.0);
            assert_eq!(cached, std, "len {len}, cached key");
            // Already in order, and in order but for the last item.
            let mut again = std.clone();
            sort_by_small(&mut again, &mut |a, b| a.0.cmp(&b.0));
            assert_eq!(again, std, "len {len}, sorted input");
            if let Some(low) = std.first().copied() {
                let mut tail = std.clone();
                tail.push((0, len));
                let mut want = tail.clone();
                want.sort_by_key(|x| x.0);
                sort_by_small(&mut tail, &mut |a, b| a.0.cmp(&b.0));
                assert_eq!(tail, want, "len {len}, one out of order (first {low:?})");
            }
        }
    }
}
