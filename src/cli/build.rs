//! `agenda build` and `agenda check` on the command line: each calls its library function
//! ([`crate::build`]) and prints what it reports. A build's report is said line by line
//! ([`said`]), the same lines `agenda watch` and `agenda serve` show.

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use super::console;
use crate::build::{self, Options, Outcome, Progress, Report};
use crate::diag;
use crate::error::ExitCode;

/// `agenda build`: builds, drawing a progress bar on a terminal, then prints the report.
pub(super) fn build(paths: &[PathBuf], o: &Options) -> ExitCode {
    let bar = Bar::new();
    let report = build::build(paths, o, &bar);
    bar.0.finish_and_clear();
    match report {
        Ok(report) => print(&said(&report), report.exit_code()),
        Err(e) => console::fail(&e),
    }
}

/// `agenda check`: checks, then says how many meetings passed (or what is wrong).
pub(super) fn check(paths: &[PathBuf], fonts: &[PathBuf]) -> ExitCode {
    match build::check(paths, fonts) {
        Ok(checked) => {
            console::warn(&checked.warnings);
            let n = checked.meetings;
            let s = if n == 1 { "" } else { "s" };
            let line = Line::Out(format!("ok: {n} meeting{s} checked\n"));
            print(&[line], ExitCode::Ok)
        }
        Err(e) => console::fail(&e),
    }
}

/// A line of what a command says: a result on standard output, or a problem on standard
/// error.
pub(super) enum Line {
    Out(String),
    Err(String),
}

/// What a build's report says, in order: its warnings, then what became of each meeting,
/// then a failure to write the index.
pub(super) fn said(report: &Report) -> Vec<Line> {
    let mut lines = Vec::new();
    if !report.warnings.is_empty() {
        lines.push(Line::Err(diag::render_all(&report.warnings)));
    }
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

/// Prints `lines`, each on its stream, and gives `code`, or a worse one if standard output
/// cannot be written (once it fails, nothing more is written to it).
fn print(lines: &[Line], code: ExitCode) -> ExitCode {
    let mut code = code;
    let mut stdout_ok = true;
    for line in lines {
        match line {
            Line::Out(text) if stdout_ok => {
                if let Err(stop) = console::stdout(text) {
                    stdout_ok = false;
                    code = code.worse(stop);
                }
            }
            Line::Out(_) => {}
            Line::Err(text) => console::stderr(text),
        }
    }
    code
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
