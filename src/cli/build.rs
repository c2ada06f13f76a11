//! `agenda build` and `agenda check` on the command line: each calls its library function
//! ([`crate::build`]) and says what it reports. A build's report is said line by line
//! ([`said`]), the same lines `agenda watch` and `agenda serve` show.

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use super::console::{self, Line, Said};
use crate::build::{self, Options, Outcome, Progress, Report};
use crate::diag;
use crate::error::{Error, ExitCode};

/// `agenda build`: builds, drawing a progress bar on a terminal.
pub(super) fn build(paths: &[PathBuf], o: &Options) -> Result<Said, Error> {
    let bar = Bar::new();
    let report = build::build(paths, o, &bar);
    bar.0.finish_and_clear();
    let report = report?;
    Ok(Said {
        lines: said(&report),
        code: report.exit_code(),
    })
}

/// `agenda check`: how many meetings passed (or what is wrong).
pub(super) fn check(paths: &[PathBuf], fonts: &[PathBuf]) -> Result<Said, Error> {
    let checked = build::check(paths, fonts)?;
    let n = checked.meetings;
    let s = if n == 1 { "" } else { "s" };
    let line = format!("ok: {n} meeting{s} checked\n");
    Ok(Said::ok(&checked.warnings, line))
}

/// What a build's report says, in order: its warnings, then what became of each meeting,
/// then a failure to write the index.
pub(super) fn said(report: &Report) -> Vec<Line> {
    let mut lines = console::warned(&report.warnings);
    for meeting in &report.meetings {
        lines.push(match meeting {
            Outcome::Written { dir, files } => Line::Out(format!(
                "wrote {} ({files} files)\n",
                diag::display_path(dir)
            )),
            Outcome::Unchanged { dir, files } => Line::Out(format!(
                "unchanged {} ({files} files)\n",
                diag::display_path(dir)
            )),
            Outcome::Failed(e) => Line::Err(e.to_string()),
        });
    }
    lines.extend(report.index.iter().map(|e| Line::Err(e.to_string())));
    lines
}

/// Whether a build's report says it succeeded.
pub(super) fn succeeded(report: &Report) -> bool {
    report.exit_code() == ExitCode::Ok
}

/// A progress bar counting files, drawn only when standard error is a terminal.
struct Bar(ProgressBar);

impl Bar {
    fn new() -> Bar {
        if !std::io::stderr().is_terminal() {
            return Bar(ProgressBar::hidden());
        }
        let bar = ProgressBar::new(0);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed}") {
            bar.set_style(style);
        }
        Bar(bar)
    }
}

impl Progress for Bar {
    fn planned(&self, files: usize) {
        self.0.set_length(files as u64);
    }

    fn rendered(&self) {
        self.0.inc(1);
    }

    fn waiting(&self, message: &str) {
        self.0.suspend(|| console::stderr(&format!("{message}\n")));
    }
}
