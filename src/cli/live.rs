//! `agenda watch` and `agenda serve` on the command line: the watcher and the preview
//! server of [`crate::live`], each build said as `agenda build` says it.

use std::process::Command;

use super::ExitCode;
use super::build::said;
use super::console::{self, Line, Said};
use crate::error::Error;
use crate::live::{Built, Live, http};

/// What a watcher says when it ends: nothing more (it said each build as it went).
fn ended(code: ExitCode) -> Said {
    Said {
        lines: Vec::new(),
        code,
    }
}

/// A notice of the watcher's, on standard error.
fn notice(message: &str) {
    console::stderr(&format!("{message}\n"));
}

/// What a build said, on each stream: (standard output, standard error), and whether it
/// succeeded.
struct Told {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn told(built: &Built) -> Told {
    let (ok, lines) = match built {
        Ok(report) => (super::build::succeeded(report), said(report)),
        Err(e) => (false, vec![Line::Err(e.to_string())]),
    };
    let mut out = Told {
        ok,
        stdout: String::new(),
        stderr: String::new(),
    };
    for line in lines {
        match line {
            Line::Out(t) => out.stdout.push_str(&t),
            Line::Err(t) => out.stderr.push_str(&t),
        }
    }
    out
}

/// `agenda watch`: builds and builds again, saying each time what the build said.
pub(super) fn watch(live: &Live) -> Result<Said, Error> {
    live.check()?;
    let shown: Vec<String> = (live.watched().iter())
        .map(|p| crate::diag::display_path(p))
        .collect();
    notice(&format!(
        "watching {} for changes (Ctrl-C stops)",
        shown.join(", ")
    ));
    live.run(&notice, |built| {
        let told = told(&built);
        let _ = console::stdout(&told.stdout);
        console::stderr(&told.stderr);
    })?;
    Ok(ended(ExitCode::Ok))
}

/// `agenda serve`: builds as `watch` does, and serves the output folder over HTTP on
/// 127.0.0.1, each page reloading itself after a build, or showing the build's problems.
pub(super) fn serve(live: &Live, port: u16, open: bool) -> Result<Said, Error> {
    live.check()?;
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
    live.run(&notice, |built| {
        let told = told(&built);
        console::stderr(&told.stderr);
        server.built((!told.ok).then_some(told.stderr.as_str()));
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
        notice(&format!("cannot open a browser ({opener}): open {url}"));
    }
}
