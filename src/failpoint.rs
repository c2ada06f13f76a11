//! Points where a debug build (the one the tests run) can be made to stop at once, as a
//! kill would, so that the tests of killed runs stop exactly where they mean to instead
//! of guessing with timers. Release builds never read the variable.
//!
//! `AGENDA_KILL_AT` names the point: `staged` (a build's new files written, before the
//! swap), `swapped` (the new publication in place, the old one not yet removed), `aside`
//! (between the two renames where the system cannot exchange folders), `lock-written`
//! (`agenda publish`'s new lock written, before it replaces the old one).

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
