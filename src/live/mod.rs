//! What `agenda watch` and `agenda serve` do: build, then build again whenever a source
//! or a template changes ([`Live::run`]), and serve the output folder to a browser that
//! reloads after each build ([`http::Server`]). Each build is [`crate::build::build`], in
//! this process; what it reports is handed to the caller, which says it as `agenda build`
//! would. A build that panics is reported as a fault of the tool and the watcher goes on;
//! a change made while a build runs stops it (a meeting not wholly rendered is not
//! published) and a new one starts once the sources are left alone. Saves in bursts, and
//! editors that write a file by renaming another over it, make one build: changes are gathered until none has come for
//! [`QUIET`]. Only changes count (a file made, written, renamed or removed): a build reads
//! the sources, and reading them must not start another; nor do its own writes (the output
//! folder, wherever it really is, and a log its output is redirected to). A watched folder
//! removed and put back is watched again (its parent is watched to see it come back).

pub mod http;
mod wire;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use crate::build::{Options, Progress, Report};
use crate::error::Error;
use crate::format::Format;

/// How long the sources must be left alone before a build starts.
const QUIET: Duration = Duration::from_millis(40);

/// What to build, and where.
pub struct Live<'a> {
    pub paths: &'a [PathBuf],
    pub out: &'a Path,
    /// The formats to build (`--format` of `agenda build`).
    pub formats: &'a [Format],
}

/// What one build gave: its report, or why it could not run (a build that panicked is
/// an [`Error::Internal`]).
pub type Built = Result<Report, Error>;

/// What the watcher hears: a change of the files, or the end of a build.
enum Heard {
    Change(notify::Result<Event>),
    Built(Built),
}

/// What a build that panicked says: a fault of the tool, not of the sources.
const PANICKED: &str = "the build stopped on an internal error, a fault of agenda (please report it with the message above); the output folder is as the last build left it";

/// How long a build's thread may recurse: Typst's layout recurses deeply (see
/// [`crate::build`]; its own threads have as much).
const STACK: usize = 16 << 20;

/// A build of the watcher's: silent while it runs (but for a wait for the output's lock),
/// stopped when `stop` is set.
struct Watching<'a> {
    stop: &'a AtomicBool,
    say: &'a (dyn Fn(&str) + Sync),
}

impl Progress for Watching<'_> {
    fn planned(&self, _: usize) {}
    fn rendered(&self) {}
    fn waiting(&self, message: &str) {
        (self.say)(message);
    }
    fn cancelled(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

impl Live<'_> {
    /// Builds once, in this process, as `agenda build --format …` would; stops early if
    /// `stop` is set.
    fn build(&self, stop: &AtomicBool, say: &(dyn Fn(&str) + Sync)) -> Built {
        let options = Options {
            partial: true,
            ..Options::new(self.out, self.formats)
        };
        let progress = Watching { stop, say };
        let run = || crate::build::build(self.paths, &options, &progress);
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
            Ok(built) => built,
            Err(_) => Err(Error::Internal {
                message: PANICKED.to_string(),
                problems: Vec::new(),
            }),
        }
    }

    /// Refuses a path given that is not there, as `agenda build` would.
    pub fn check(&self) -> Result<(), Error> {
        let gone = (self.paths.iter()).find(|p| std::fs::symlink_metadata(p).is_err());
        match gone {
            Some(gone) => Err(Error::usage(format!(
                "no such file or folder: {} (give the folder that holds the meetings, e.g. agendas/)",
                crate::diag::display_path(gone)
            ))),
            None => Ok(()),
        }
    }

    /// The folders to watch: each of `paths`, and a `templates/` folder beside it.
    pub fn watched(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self.paths.to_vec();
        for p in self.paths {
            let beside = p
                .parent()
                .map_or_else(|| PathBuf::from("templates"), |d| d.join("templates"));
            if beside.is_dir() && !out.contains(&beside) {
                out.push(beside);
            }
        }
        out
    }

    /// Builds now and after every change, calling `done` with each build's result and
    /// `say` with what the watcher notices (a wait for the output's lock, a watched folder
    /// replaced); returns only if it cannot watch.
    pub fn run(
        &self,
        say: &(dyn Fn(&str) + Sync),
        mut done: impl FnMut(Built),
    ) -> Result<(), Error> {
        let (tx, rx) = mpsc::channel::<Heard>();
        let heard = tx.clone();
        let handler = move |e| {
            let _ = heard.send(Heard::Change(e));
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(w) => w,
            Err(e) => return Err(Error::usage(format!("cannot watch for changes ({e})"))),
        };
        let seen = Seen::new(self);
        for dir in &seen.roots {
            if let Err(e) = watcher.watch(dir, RecursiveMode::Recursive) {
                let shown = crate::diag::display_path(dir);
                return Err(Error::usage(format!("cannot watch {shown} ({e})")));
            }
            // Its folder too, to see it removed, replaced or made again.
            if let Some(parent) = dir.parent() {
                let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
            }
        }
        let mut rearm = Vec::new();
        loop {
            match self.build_heeding((&seen, say), (&tx, &rx), &mut rearm) {
                Some(built) => done(built),
                None => return Err(stopped()),
            }
            for dir in rearm.drain(..) {
                say(&seen.rearm(&mut watcher, &dir));
            }
            if seen.next_change(&rx, &mut rearm).is_none() {
                return Err(stopped());
            }
        }
    }

    /// Builds on a thread of its own while listening for changes: a change stops the
    /// build, and a new one starts once the sources are left alone. Gives the first build
    /// that ran to its end.
    fn build_heeding(
        &self,
        (seen, say): (&Seen, &(dyn Fn(&str) + Sync)),
        (tx, rx): (&mpsc::Sender<Heard>, &mpsc::Receiver<Heard>),
        rearm: &mut Vec<PathBuf>,
    ) -> Option<Built> {
        loop {
            let stop = AtomicBool::new(false);
            let built = std::thread::scope(|s| {
                let spawned = std::thread::Builder::new()
                    .stack_size(STACK)
                    .spawn_scoped(s, || {
                        let _ = tx.send(Heard::Built(self.build(&stop, say)));
                    });
                if spawned.is_err() {
                    let _ = tx.send(Heard::Built(self.build(&stop, say)));
                }
                seen.until_built(rx, &stop, rearm)
            });
            if !stop.load(Ordering::Relaxed) {
                return built;
            }
            seen.next_quiet(rx, rearm)?;
        }
    }
}

/// What the watcher looks at, and what it passes over: the folders watched (as absolute
/// paths, which the events name), the output folder where it really is (links resolved),
/// and the files standard output and error are written to (`agenda watch > watch.log`
/// inside a watched folder): a build's own writes are no change.
struct Seen {
    /// The watched folders, absolute, and as they really are (links resolved), since a
    /// watcher may name a change either way (FSEvents on macOS gives resolved paths).
    roots: Vec<PathBuf>,
    real_roots: Vec<PathBuf>,
    out: PathBuf,
    logs: Vec<PathBuf>,
}

impl Seen {
    fn new(live: &Live) -> Seen {
        let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let logs = ["/proc/self/fd/1", "/proc/self/fd/2"]
            .iter()
            .filter_map(|fd| std::fs::canonicalize(fd).ok())
            .filter(|p| p.is_file())
            .collect();
        let roots: Vec<PathBuf> = live.watched().iter().map(|p| absolute(p)).collect();
        Seen {
            real_roots: roots.iter().filter_map(|r| r.canonicalize().ok()).collect(),
            roots,
            out: crate::output::guard::resolved(live.out),
            logs,
        }
    }

    /// Waits for a change, then for the sources to be left alone for [`QUIET`], adding to
    /// `rearm` the watched folders that were removed or made meanwhile (to watch again);
    /// none once the watcher has stopped.
    fn next_change(&self, rx: &mpsc::Receiver<Heard>, rearm: &mut Vec<PathBuf>) -> Option<()> {
        loop {
            match rx.recv() {
                Ok(Heard::Change(Ok(e))) if self.is_change(&e) => {
                    self.roots_in(&e, rearm);
                    break;
                }
                Ok(_) => {}
                Err(_) => return None,
            }
        }
        self.next_quiet(rx, rearm)
    }

    /// Waits for the sources to be left alone for [`QUIET`] (only changes that count put
    /// the build off, not, say, a busy parent folder's); none once the watcher has stopped.
    fn next_quiet(&self, rx: &mpsc::Receiver<Heard>, rearm: &mut Vec<PathBuf>) -> Option<()> {
        let mut until = std::time::Instant::now() + QUIET;
        loop {
            let left = until.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(Heard::Change(Ok(e))) if self.is_change(&e) => {
                    self.roots_in(&e, rearm);
                    until = std::time::Instant::now() + QUIET;
                }
                Ok(_) => {}
                Err(mpsc::RecvTimeoutError::Timeout) => return Some(()),
                Err(mpsc::RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Waits for the build running to end, asking it (through `stop`) to stop at the first
    /// change that counts; gives what it said.
    fn until_built(
        &self,
        rx: &mpsc::Receiver<Heard>,
        stop: &AtomicBool,
        rearm: &mut Vec<PathBuf>,
    ) -> Option<Built> {
        loop {
            match rx.recv() {
                Ok(Heard::Built(built)) => return Some(built),
                Ok(Heard::Change(Ok(e))) if self.is_change(&e) => {
                    self.roots_in(&e, rearm);
                    stop.store(true, Ordering::Relaxed);
                }
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }

    /// Adds to `rearm` each watched folder `e` names itself (removed, made, renamed).
    fn roots_in(&self, e: &Event, rearm: &mut Vec<PathBuf>) {
        use notify::event::ModifyKind;
        let moved = matches!(
            e.kind,
            EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
        );
        if !moved {
            return;
        }
        for root in &self.roots {
            if e.paths.contains(root) && !rearm.contains(root) {
                rearm.push(root.clone());
            }
        }
    }

    /// Watches `dir` again (its old watch went with the folder it watched); says so, or
    /// that it is gone and that its return is watched for.
    fn rearm(&self, watcher: &mut impl Watcher, dir: &Path) -> String {
        let _ = watcher.unwatch(dir);
        let shown = crate::diag::display_path(dir);
        match watcher.watch(dir, RecursiveMode::Recursive) {
            Ok(()) => format!("{shown} was replaced; watching it again"),
            Err(_) => format!("{shown} is gone; it will be built again when it is back"),
        }
    }

    /// A file made, written, renamed or removed, outside the output folder, and not the
    /// log the watcher itself writes.
    fn is_change(&self, e: &Event) -> bool {
        // A change of metadata alone (times, permissions) changes no text.
        let kind = match e.kind {
            EventKind::Modify(notify::event::ModifyKind::Metadata(_)) => false,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
            EventKind::Any => true,
            EventKind::Access(_) | EventKind::Other => false,
        };
        kind && e.paths.iter().any(|p| self.counts(p))
    }

    /// Whether a change of `path` counts: inside a watched folder (or one itself), not in
    /// the output folder, not a log of the watcher's own.
    fn counts(&self, path: &Path) -> bool {
        let mut roots = self.roots.iter().chain(&self.real_roots);
        let watched = roots.any(|r| path.starts_with(r));
        let real = crate::output::guard::resolved(path);
        watched && !real.starts_with(&self.out) && !self.logs.contains(&real)
    }
}

/// Why the watcher stopped: its events no longer come.
fn stopped() -> Error {
    Error::usage("the watcher of the files stopped")
}
