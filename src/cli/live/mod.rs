//! `agenda watch` and `agenda serve`: build, then build again whenever a source or a
//! template changes. Each build is the very `agenda build` a user runs, in a process of
//! its own, so that what is reported (and shown in the browser's overlay) is exactly what
//! the command line says. Saves in bursts, and editors that write a file by renaming
//! another over it, make one build: changes are gathered until none has come for
//! [`QUIET`]. Only changes count (a file made, written, renamed or removed): a build reads
//! the sources, and reading them must not start another; nor do its own writes (the output
//! folder, wherever it really is, and a log its output is redirected to). A watched folder
//! removed and put back is watched again (its parent is watched to see it come back).

mod http;
mod wire;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use super::{ExitCode, console};

/// How long the sources must be left alone before a build starts.
const QUIET: Duration = Duration::from_millis(40);

/// What to build, and where.
pub(super) struct Live<'a> {
    pub paths: &'a [PathBuf],
    pub out: &'a Path,
    /// The formats to build (`--format` of `agenda build`).
    pub formats: &'a str,
}

/// What one build gave: whether it succeeded, and what it said on each stream.
pub(super) struct Built {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Live<'_> {
    /// Builds once, in a process of its own.
    fn build(&self) -> Built {
        let program = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("agenda"));
        let mut command = Command::new(program);
        command
            .arg("build")
            .args(self.paths)
            .arg("-o")
            .arg(self.out);
        command.args(["--format", self.formats]);
        match command.output() {
            Ok(out) => Built {
                ok: out.status.success(),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            },
            Err(e) => Built {
                ok: false,
                stdout: String::new(),
                stderr: format!(
                    "error: cannot run agenda build ({})\n",
                    crate::files::io_reason(&e)
                ),
            },
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

    /// Builds now and after every change, calling `done` with each build's result, until
    /// the watcher stops (it cannot go on).
    fn run(&self, mut done: impl FnMut(&Built)) -> ExitCode {
        let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
        let mut watcher = match notify::recommended_watcher(tx) {
            Ok(w) => w,
            Err(e) => return console::usage(&format!("cannot watch for changes ({e})")),
        };
        let seen = Seen::new(self);
        for dir in &seen.roots {
            if let Err(e) = watcher.watch(dir, RecursiveMode::Recursive) {
                let shown = crate::diag::display_path(dir);
                return console::usage(&format!("cannot watch {shown} ({e})"));
            }
            // Its folder too, to see it removed, replaced or made again.
            if let Some(parent) = dir.parent() {
                let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
            }
        }
        done(&self.build());
        while let Some(rearm) = seen.next_change(&rx) {
            for dir in rearm {
                seen.rearm(&mut watcher, &dir);
            }
            done(&self.build());
        }
        ExitCode::Ok
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

    /// Waits for a change, then for the sources to be left alone for [`QUIET`]; gives
    /// the watched folders that were removed or made meanwhile (to watch again), or none
    /// once the watcher has stopped.
    fn next_change(&self, rx: &mpsc::Receiver<notify::Result<Event>>) -> Option<Vec<PathBuf>> {
        let mut rearm = Vec::new();
        loop {
            match rx.recv() {
                Ok(Ok(e)) if self.is_change(&e) => {
                    self.roots_in(&e, &mut rearm);
                    break;
                }
                Ok(_) => {}
                Err(_) => return None,
            }
        }
        // Only changes that count put the build off (not, say, a busy parent folder's).
        let mut until = std::time::Instant::now() + QUIET;
        loop {
            let left = until.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(Ok(e)) if self.is_change(&e) => {
                    self.roots_in(&e, &mut rearm);
                    until = std::time::Instant::now() + QUIET;
                }
                Ok(_) => {}
                Err(mpsc::RecvTimeoutError::Timeout) => return Some(rearm),
                Err(mpsc::RecvTimeoutError::Disconnected) => return None,
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
fn missing(live: &Live) -> Option<ExitCode> {
    let gone = live
        .paths
        .iter()
        .find(|p| std::fs::symlink_metadata(p).is_err())?;
    let shown = crate::diag::display_path(gone);
    Some(console::usage(&format!(
        "no such file or folder: {shown} (give the folder that holds the meetings, e.g. agendas/)"
    )))
}

/// `agenda watch`: builds and builds again, saying each time what the build said.
pub(super) fn watch(live: &Live) -> ExitCode {
    if let Some(code) = missing(live) {
        return code;
    }
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
    })
}

/// `agenda serve`: builds as `watch` does, and serves the output folder over HTTP on
/// 127.0.0.1, each page reloading itself after a build, or showing the build's problems.
pub(super) fn serve(live: &Live, port: u16, open: bool) -> ExitCode {
    if let Some(code) = missing(live) {
        return code;
    }
    let server = match http::Server::start(live.out, port) {
        Ok(s) => s,
        Err(e) => return console::usage(&e),
    };
    let url = server.url();
    if console::stdout(&format!(
        "serving {} on {url} (Ctrl-C stops)\n",
        crate::diag::display_path(live.out)
    ))
    .is_err()
    {
        return ExitCode::Usage;
    }
    if open {
        open_browser(&url);
    }
    live.run(|built| {
        console::stderr(&built.stderr);
        server.built(built);
    })
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
