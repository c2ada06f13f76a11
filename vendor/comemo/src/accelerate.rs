use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rustc_hash::FxHashMap;

/// The ID of the first accelerator that is still alive (accelerators with smaller IDs
/// were evicted).
static OFFSET: AtomicUsize = AtomicUsize::new(0);

/// The current ID of the accelerator.
static ID: AtomicUsize = AtomicUsize::new(0);

/// Which of the first 64 thread indices are taken (see [`thread_index`]).
static TAKEN: AtomicU64 = AtomicU64::new(0);

/// The next index past the first 64, for a thread that finds them all taken.
static BEYOND: AtomicUsize = AtomicUsize::new(64);

/// A thread's index, given back when the thread ends.
struct ThreadIndex(usize);

impl ThreadIndex {
    /// The smallest index no living thread has.
    fn take() -> Self {
        let mut taken = TAKEN.load(Ordering::Relaxed);
        loop {
            let free = (!taken).trailing_zeros() as usize;
            if free >= 64 {
                return Self(BEYOND.fetch_add(1, Ordering::Relaxed));
            }
            match TAKEN.compare_exchange_weak(
                taken,
                taken | (1 << free),
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Self(free),
                Err(now) => taken = now,
            }
        }
    }
}

impl Drop for ThreadIndex {
    fn drop(&mut self) {
        if self.0 < 64 {
            TAKEN.fetch_and(!(1 << self.0), Ordering::AcqRel);
        }
    }
}

thread_local! {
    /// This thread's index, taken on first use.
    static THREAD: ThreadIndex = ThreadIndex::take();

    /// This thread's accelerators: the offset they were made at, and one map per
    /// accelerator from that offset on. Each thread has its own, so that threads do not
    /// wait on each other's locks; an accelerator is a cache (from call hashes to return
    /// hashes), so that a thread that does not find another's entry computes it again.
    static ACCELERATORS: RefCell<(usize, Vec<FxHashMap<u128, u128>>)> =
        const { RefCell::new((0, Vec::new())) };
}

/// A number of this thread's own: the smallest no other living thread has, so that the
/// threads of one build after another use the same numbers (and the same parts of the
/// caches). 0 for a thread that is ending.
pub fn thread_index() -> usize {
    THREAD.try_with(|index| index.0).unwrap_or(0)
}

/// Generate a new accelerator.
pub fn id() -> usize {
    // Get the next ID.
    ID.fetch_add(1, Ordering::SeqCst)
}

/// Evict the accelerators: every thread clears its own when it next uses them.
pub fn evict() {
    OFFSET.store(ID.load(Ordering::SeqCst), Ordering::SeqCst);
}

/// The return hash of the call `call_hash` to the accelerated instance `id`, if this
/// thread has it; `None` also where `id` has no accelerator (it was evicted).
pub fn get(id: usize, call_hash: u128) -> Option<Option<u128>> {
    with(id, |map| map.get(&call_hash).copied())
}

/// Keeps the return hash of the call `call_hash` to the accelerated instance `id`.
pub fn insert(id: usize, call_hash: u128, return_hash: u128) {
    with(id, |map| map.insert(call_hash, return_hash));
}

/// Runs `f` on this thread's accelerator `id`, if it is alive.
fn with<T>(id: usize, f: impl FnOnce(&mut FxHashMap<u128, u128>) -> T) -> Option<T> {
    // A thread that is ending has no accelerators left.
    let found = ACCELERATORS.try_with(|accelerators| {
        let mut accelerators = accelerators.borrow_mut();
        let (offset, vec) = &mut *accelerators;
        let current = OFFSET.load(Ordering::SeqCst);
        if *offset != current {
            // Evicted since this thread last looked: clear all while keeping the memory.
            *offset = current;
            vec.iter_mut().for_each(|map| map.clear());
        }
        let i = id.checked_sub(*offset)?;
        if i >= vec.len() {
            vec.resize_with(i + 1, FxHashMap::default);
        }
        Some(f(&mut vec[i]))
    });
    found.ok().flatten()
}
