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

/// Runs `work` on every job of `bundles`, on `threads` threads (this one included), until
/// none is left or until `stop` says to take no more. Each thread takes the next bundle
/// and works through its jobs in order; once no bundle is left untaken, a thread helps
/// with one still under way (the two then take its jobs in turn).
///
/// A bundle is a meeting's documents in one language: on one thread, each finds in that
/// thread's part of Typst's cache what the one before laid out that it shares (the
/// unchanged items, rows and notes of a revision). Taken job by job, one thread after the
/// other, each document found half as much.
pub(super) fn run<T: Sync>(
    bundles: &[&[T]],
    threads: usize,
    stop: &(dyn Fn() -> bool + Sync),
    work: impl Fn(&T) + Sync,
) {
    let taken = AtomicUsize::new(0);
    let cursors: Vec<AtomicUsize> = bundles.iter().map(|_| AtomicUsize::new(0)).collect();
    // The next job of bundle `b`, if it has one left.
    let next = |b: usize| bundles[b].get(cursors[b].fetch_add(1, Ordering::Relaxed));
    let worker = || {
        let mut current = None;
        while !stop() {
            if let Some(job) = current.and_then(next) {
                work(job);
                continue;
            }
            current = match taken.fetch_add(1, Ordering::Relaxed) {
                b if b < bundles.len() => Some(b),
                // None left to take: one still under way, if any.
                _ => (0..bundles.len())
                    .find(|b| cursors[*b].load(Ordering::Relaxed) < bundles[*b].len()),
            };
            if current.is_none() {
                break;
            }
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

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::run;

    /// Every job of every bundle is done once, however many threads share them, and on
    /// one thread in the bundles' order.
    #[test]
    fn each_job_is_done_once() {
        let jobs: Vec<usize> = (0..40).collect();
        let bundles: Vec<&[usize]> = jobs.chunks(7).collect();
        for threads in [1, 2, 3] {
            let done = Mutex::new(Vec::new());
            run(&bundles, threads, &|| false, |j| {
                done.lock().unwrap().push(*j)
            });
            let mut done = done.into_inner().unwrap();
            if threads == 1 {
                assert_eq!(done, jobs);
            }
            done.sort_unstable();
            assert_eq!(done, jobs, "{threads} threads");
        }
    }

    /// Once `stop` says so, no job is taken.
    #[test]
    fn no_job_is_taken_after_stop() {
        let jobs: Vec<usize> = (0..10).collect();
        let bundles: Vec<&[usize]> = jobs.chunks(3).collect();
        let done = Mutex::new(Vec::new());
        let stop = || done.lock().unwrap().len() >= 4;
        run(&bundles, 1, &stop, |j| done.lock().unwrap().push(*j));
        assert_eq!(done.into_inner().unwrap(), [0, 1, 2, 3]);
    }
}
