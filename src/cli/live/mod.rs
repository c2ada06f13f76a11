//! `agenda watch` and `agenda serve`: build, then build again whenever a source or a
//! template changes. Each build is the library's [`crate::build::build`], in this process,
//! and what it reports (and the browser's overlay shows) is said in the very lines
//! `agenda build` prints. A build that panics is reported as a bug and the watcher goes
//! on; a change made while a build runs stops it (a meeting not wholly rendered is not
//! published) and a new one starts once the sources are left alone. Saves in bursts, and editors that write a file by renaming
//! another over it, make one build: changes are gathered until none has come for
//! [`QUIET`]. Only changes count (a file made, written, renamed or removed): a build reads
//! the sources, and reading them must not start another; nor do its own writes (the output
//! folder, wherever it really is, and a log its output is redirected to). A watched folder
//! removed and put back is watched again (its parent is watched to see it come back).

mod http;
mod wire;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use super::ExitCode;
use super::build::said;
use super::console::{self, Line, Said};
use crate::build::{Options, Progress};
use crate::error::Error;
use crate::format::Format;

/// How long the sources must be left alone before a build starts.
const QUIET: Duration = Duration::from_millis(40);

/// What to build, and where.
pub(super) struct Live<'a> {
    pub paths: &'a [PathBuf],
    pub out: &'a Path,
    /// The formats to build (`--format` of `agenda build`).
    pub formats: &'a [Format],
}

/// What one build gave: whether it succeeded, and what it said on each stream.
pub(super) struct Built {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

/// What the watcher hears: a change of the files, or the end of a build.
enum Heard {
    Change(notify::Result<Event>),
    Built(Built),
}

/// What a build that panicked says: a bug, not a problem of the sources.
const PANICKED: &str = "error: the build stopped on an internal error, a bug of agenda (please report it with the message above); the output folder is as the last build left it\n";

/// How long a build's thread may recurse: Typst's layout recurses deeply (see
/// [`crate::build`]; its own threads have as much).
const STACK: usize = 16 << 20;

/// A build of the watcher's: silent while it runs (but for a wait for the output's lock),
/// stopped when `stop` is set.
struct Watching<'a> {
    stop: &'a AtomicBool,
}

impl Progress for Watching<'_> {
    fn planned(&self, _: usize) {}
    fn rendered(&self) {}
    fn waiting(&self, message: &str) {
        console::stderr(&format!("{message}\n"));
    }
    fn cancelled(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

impl Live<'_> {
    /// Builds once, in this process, as `agenda build --format …` would; stops early if
    /// `stop` is set.
    fn build(&self, stop: &AtomicBool) -> Built {
        let options = Options {
            partial: true,
            ..Options::new(self.out, self.formats)
        };
        let progress = Watching { stop };
        let run = || crate::build::build(self.paths, &options, &progress);
        let (ok, lines) = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
            Ok(Ok(report)) => (super::build::succeeded(&report), said(&report)),
            Ok(Err(e)) => (false, vec![Line::Err(e.to_string())]),
            Err(_) => (false, vec![Line::Err(PANICKED.to_string())]),
        };
        let text = |out: bool| -> String {
            (lines.iter())
                .filter_map(|l| match l {
                    Line::Out(t) if out => Some(t.as_str()),
                    Line::Err(t) if !out => Some(t.as_str()),
                    _ => None,
                })
                .collect()
        };
        Built {
            ok,
            stdout: text(true),
            stderr: text(false),
        }
    }

    /// The folders to watch: each of `paths`, and a `templates/` folder beside it.
    fn watched(&self) -> Vec<PathBuf> {
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

    /// Builds now and after every change, calling `done` with each build's result; returns
    /// only if it cannot watch.
    fn run(&self, mut done: impl FnMut(&Built)) -> Result<(), Error> {
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
            match self.build_heeding(&seen, (&tx, &rx), &mut rearm) {
                Some(built) => done(&built),
                None => return Err(STOPPED.clone()),
            }
            for dir in rearm.drain(..) {
                seen.rearm(&mut watcher, &dir);
            }
            if seen.next_change(&rx, &mut rearm).is_none() {
                return Err(STOPPED.clone());
            }
        }
    }

    /// Builds on a thread of its own while listening for changes: a change stops the
    /// build, and a new one starts once the sources are left alone. Gives the first build
    /// that ran to its end.
    fn build_heeding(
        &self,
        seen: &Seen,
        (tx, rx): (&mpsc::Sender<Heard>, &mpsc::Receiver<Heard>),
        rearm: &mut Vec<PathBuf>,
    ) -> Option<Built> {
        loop {
            let stop = AtomicBool::new(false);
            let built = std::thread::scope(|s| {
                let spawned = std::thread::Builder::new()
                    .stack_size(STACK)
                    .spawn_scoped(s, || {
                        let _ = tx.send(Heard::Built(self.build(&stop)));
                    });
                if spawned.is_err() {
                    let _ = tx.send(Heard::Built(self.build(&stop)));
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

    /// Watches `dir` again (its old watch went with the folder it watched), or says that
    /// it is gone and that its return is watched for.
    fn rearm(&self, watcher: &mut impl Watcher, dir: &Path) {
        let _ = watcher.unwatch(dir);
        let shown = crate::diag::display_path(dir);
        match watcher.watch(dir, RecursiveMode::Recursive) {
            Ok(()) => console::stderr(&format!("{shown} was replaced; watching it again\n")),
            Err(_) => console::stderr(&format!(
                "{shown} is gone; it will be built again when it is back\n"
            )),
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

/// A path given that is not there, said as `agenda build` says it.
fn missing(live: &Live) -> Result<(), Error> {
    let gone = live
        .paths
        .iter()
        .find(|p| std::fs::symlink_metadata(p).is_err());
    match gone {
        Some(gone) => Err(Error::usage(format!(
            "no such file or folder: {} (give the folder that holds the meetings, e.g. agendas/)",
            crate::diag::display_path(gone)
        ))),
        None => Ok(()),
    }
}

/// Why the watcher stopped: its events no longer come.
static STOPPED: std::sync::LazyLock<Error> =
    std::sync::LazyLock::new(|| Error::usage("the watcher of the files stopped"));

/// What a watcher says when it ends: nothing more (it said each build as it went).
fn ended(code: ExitCode) -> Said {
    Said {
        lines: Vec::new(),
        code,
    }
}

/// `agenda watch`: builds and builds again, saying each time what the build said.
pub(super) fn watch(live: &Live) -> Result<Said, Error> {
    missing(live)?;
    let shown: Vec<String> = live
        .watched()
        .iter()
        .map(|p| crate::diag::display_path(p))
        .collect();
    console::stderr(&format!(
        "watching {} for changes (Ctrl-C stops)\n",
        shown.join(", ")
    ));
    live.run(|built| {
        let _ = console::stdout(&built.stdout);
        console::stderr(&built.stderr);
    })?;
    Ok(ended(ExitCode::Ok))
}

/// `agenda serve`: builds as `watch` does, and serves the output folder over HTTP on
/// 127.0.0.1, each page reloading itself after a build, or showing the build's problems.
pub(super) fn serve(live: &Live, port: u16, open: bool) -> Result<Said, Error> {
    missing(live)?;
    let server = http::Server::start(live.out, port)?;
    let url = server.url();
    let serving = format!(
        "serving {} on {url} (Ctrl-C stops)\n",
        crate::diag::display_path(live.out)
    );
    if let Err(code) = console::stdout(&serving) {
        return Ok(ended(code));
    }
    if open {
        open_browser(&url);
    }
    live.run(|built| {
        console::stderr(&built.stderr);
        server.built(built);
    })?;
    Ok(ended(ExitCode::Ok))
}

/// Opens `url` in the desktop's browser, if there is one to ask.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if Command::new(opener).arg(url).spawn().is_err() {
        console::stderr(&format!("cannot open a browser ({opener}): open {url}\n"));
    }
}
