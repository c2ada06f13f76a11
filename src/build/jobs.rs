//! The threads a build renders on: plain threads, not rayon's pool. Typst and its PDF
//! writer use that pool for their own parallel work and, while they wait, would run other
//! jobs on top of their stack, so that every meeting would be in memory at once.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack of each thread that renders: Typst's layout recurses deeply.
const STACK: usize = 16 << 20;

/// Stack of each thread of rayon's pool, where meetings are checked and where Typst lays
/// out pages in parallel: its layout recurses deeply. Only what is used is committed.
const POOL_STACK: usize = 16 << 20;

/// Sets up rayon's pool (one thread per core) with [`POOL_STACK`], before anything uses
/// it: a build called as a library function (by `agenda serve`, a bench, the fuzz target)
/// gets the same pool as the command line's.
pub(super) fn pool() {
    // Fails only if the pool is set up already (a second build in one process): keep it.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(POOL_STACK)
        .build_global();
}

/// How many threads render: `jobs`, or one per core.
pub(super) fn threads(jobs: usize) -> usize {
    if jobs > 0 {
        return jobs;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` on every job, on `threads` threads (this one included) that each take the
/// next job in order until none is left, or until `stop` says to take no more.
pub(super) fn run<T: Sync>(
    jobs: &[T],
    threads: usize,
    stop: &(dyn Fn() -> bool + Sync),
    work: impl Fn(&T) + Sync,
) {
    let next = AtomicUsize::new(0);
    let worker = || {
        while !stop()
            && let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed))
        {
            work(job);
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            // A thread that cannot be started leaves its share to the others.
            let _ = std::thread::Builder::new()
                .stack_size(STACK)
                .spawn_scoped(s, worker);
        }
        worker();
    });
}
