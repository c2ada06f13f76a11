//! Points where a debug build (the one the tests run) can be made to stop at once, as a
//! kill would, so that the tests of killed runs stop exactly where they mean to instead
//! of guessing with timers. Release builds never read the variable.
//!
//! `AGENDA_KILL_AT` names the point: `staged` (a build's new files written, before the
//! swap), `swapped` (the new publication in place, the old one not yet removed), `aside`
//! (between the two renames where the system cannot exchange folders), `lock-written`
//! (`agenda publish`'s new lock written, before it replaces the old one), `indexed`
//! (likewise the output folder's index).
//!
//! Likewise a debug build can be made to wait at a point, so that a test can edit files
//! exactly there: `AGENDA_PAUSE_AT` names the point (`loading`: a meeting found changed,
//! before its sources are read; `loaded`: just after) and `AGENDA_PAUSE_FILE` a file, which the process makes
//! when it gets there; it goes on once the test has removed it (or after a minute).

/// Ends the process if `AGENDA_KILL_AT` names `point` (debug builds only).
#[cfg(debug_assertions)]
pub fn stop_if_asked(point: &str) {
    if std::env::var_os("AGENDA_KILL_AT").is_some_and(|p| p == point) {
        std::process::abort();
    }
}

/// Release builds never stop.
#[cfg(not(debug_assertions))]
pub fn stop_if_asked(_point: &str) {}

/// Waits at `point` if `AGENDA_PAUSE_AT` names it, while `AGENDA_PAUSE_FILE`, which it
/// makes, is there (debug builds only).
#[cfg(debug_assertions)]
pub fn pause_if_asked(point: &str) {
    let asked = std::env::var_os("AGENDA_PAUSE_AT").is_some_and(|p| p == point);
    let Some(file) = std::env::var_os("AGENDA_PAUSE_FILE").filter(|_| asked) else {
        return;
    };
    if std::fs::write(&file, point).is_err() {
        return;
    }
    for _ in 0..6000 {
        if std::fs::symlink_metadata(&file).is_err() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Release builds never wait.
#[cfg(not(debug_assertions))]
pub fn pause_if_asked(_point: &str) {}
