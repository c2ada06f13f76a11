//! The one place where commands write to the terminal: standard output for results,
//! standard error for problems, and the one printer of every error ([`fail`]). Writing
//! never panics: a reader that went away (`| head`) ends the run quietly, a full disk is
//! reported.

use std::io::{ErrorKind, Write};

use crate::diag::{self, Diagnostic};
use crate::error::{Error, ExitCode};

/// A line of what a command says: a result on standard output, or a problem on standard
/// error.
pub(crate) enum Line {
    Out(String),
    Err(String),
}

/// What a command that ran to its end says, and the exit code it ends with.
pub(crate) struct Said {
    pub lines: Vec<Line>,
    pub code: ExitCode,
}

impl Said {
    /// Success, saying `text` on standard output after `warnings`.
    pub fn ok(warnings: &[Diagnostic], text: String) -> Said {
        let mut lines = warned(warnings);
        lines.push(Line::Out(text));
        Said {
            lines,
            code: ExitCode::Ok,
        }
    }
}

/// The warnings, as a line of standard error (none if there are none).
pub(crate) fn warned(warnings: &[Diagnostic]) -> Vec<Line> {
    match warnings.is_empty() {
        true => Vec::new(),
        false => vec![Line::Err(diag::render_all(warnings))],
    }
}

/// Writes `text` to standard output and flushes it. `Err` holds the exit code the run
/// ends with: 0 if the reader closed the pipe (nobody is left to tell), 2 if the output
/// cannot be written (a full disk), after saying so on standard error.
pub(crate) fn stdout(text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(ExitCode::Ok),
        Err(e) => {
            stderr(&format!(
                "error: cannot write to standard output ({})\n",
                crate::files::io_reason(&e)
            ));
            Err(ExitCode::Usage)
        }
    }
}

/// Writes `text` to standard error; if even that fails there is nobody to tell.
pub(crate) fn stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// Prints what a command said, each line on its stream, and gives its exit code, or a
/// worse one if standard output cannot be written (once it fails, nothing more is written
/// to it).
pub(crate) fn print(said: &Said) -> ExitCode {
    let mut code = said.code;
    let mut stdout_ok = true;
    for line in &said.lines {
        match line {
            Line::Out(text) if stdout_ok => {
                if let Err(stop) = stdout(text) {
                    stdout_ok = false;
                    code = code.worse(stop);
                }
            }
            Line::Out(_) => {}
            Line::Err(text) => stderr(text),
        }
    }
    code
}

/// Prints why a command failed, and gives the exit code it ends with: the one place
/// every error is said.
pub(crate) fn fail(e: &Error) -> ExitCode {
    stderr(&e.to_string());
    e.exit_code()
}
