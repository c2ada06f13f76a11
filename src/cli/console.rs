//! The one place where commands write to the terminal: standard output for results,
//! standard error for problems. Writing never panics: a reader that went away (`| head`)
//! ends the run quietly, a full disk is reported.

use std::io::{ErrorKind, Write};

use crate::diag::{self, Diagnostic};
use crate::error::{Error, ExitCode};

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

/// Sorts and prints `diags` (warnings and errors alike) and says whether any is an error.
pub(crate) fn report(diags: &mut Vec<Diagnostic>) -> bool {
    if diags.is_empty() {
        return false;
    }
    diag::sort(diags);
    stderr(&diag::render_all(diags));
    diags.iter().any(Diagnostic::is_error)
}

/// Prints `warnings` (sorted), if there are any.
pub(crate) fn warn(warnings: &[Diagnostic]) {
    if !warnings.is_empty() {
        stderr(&diag::render_all(warnings));
    }
}

/// Prints why a command failed, and gives the exit code it ends with: the one place
/// every error is said.
pub(crate) fn fail(e: &Error) -> ExitCode {
    stderr(&e.to_string());
    e.exit_code()
}

/// Prints a usage or I/O error (exit 2).
pub(crate) fn usage(message: &str) -> ExitCode {
    fail(&Error::usage(message))
}
