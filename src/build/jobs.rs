//! The threads a build renders on: plain threads, not rayon's pool. Typst and its PDF
//! writer use that pool for their own parallel work and, while they wait, would run other
//! jobs on top of their stack, so that every meeting would be in memory at once.
//!
//! Each thread works inside a rayon pool of its own, of one thread: Typst's parallel work
//! is then done on the thread that asks for it, one part after another. Sent to the shared
//! pool, it left the asking thread waiting, and each hand-over (waking a pool thread, then
//! the asking one) left a core idle: with every core rendering a file of its own, there is
//! nothing to gain from it. The cold build of the sample took 0.90× the time (3.20 s
//! against 3.55 s, the same CPU time).

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
    // A pool that cannot be made leaves Typst's work to the shared pool.
    let own = || match rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(STACK)
        .build()
    {
        Ok(pool) => pool.install(worker),
        Err(_) => worker(),
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            // A thread that cannot be started leaves its share to the others.
            let _ = std::thread::Builder::new()
                .stack_size(STACK)
                .spawn_scoped(s, own);
        }
        own();
    });
}
