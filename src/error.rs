//! The one error type of every command, and the exit codes: a command's work returns
//! `Result<_, Error>`, and the command line prints the error in one place
//! (`cli::console::fail`) and exits with [`Error::exit_code`].
//!
//! Problems in the sources are diagnostics ([`Diagnostic`]), each at its file and
//! line:col with its hint; a template, Typst or the Word reference that fails says where
//! in its file; a command used wrongly, or an environment that refuses (a path missing, a
//! folder not writable), says what and, where there is something to do, how to fix it.

use crate::diag::Diagnostic;

/// Exit codes, as documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything was checked (and written).
    Ok = 0,
    /// The sources or templates have problems; nothing was written.
    Invalid = 1,
    /// Usage error or I/O failure (a path that does not exist, a folder not writable).
    Usage = 2,
}

impl ExitCode {
    /// The worse of two outcomes: problems in the sources or templates (1) before I/O
    /// failures (2) before success.
    pub fn worse(self, other: ExitCode) -> ExitCode {
        let rank = |c: ExitCode| match c {
            ExitCode::Ok => 0,
            ExitCode::Usage => 1,
            ExitCode::Invalid => 2,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// Why a command could not do what it was asked.
#[derive(Debug, Clone)]
pub enum Error {
    /// Problems in the sources, sorted, warnings among them (exit 1).
    Invalid(Vec<Diagnostic>),
    /// A template that does not render (exit 1).
    Template(crate::render::RenderError),
    /// A Typst source that does not compile (exit 1).
    Typst(crate::pdf::PdfError),
    /// The reference document of the Word files cannot be used (exit 1).
    Reference(crate::docx::ReferenceError),
    /// A Word file could not be put together: its path, and why (exit 1).
    Package { path: String, reason: String },
    /// Sources a command must not act on as they are, for a reason no one position shows
    /// (published files edited since they were published): exit 1.
    Refused {
        message: String,
        /// What to do about it.
        hint: String,
    },
    /// A fault of this tool, not of the user's sources or command (what it made does not
    /// pass its own checks): what went wrong, after the problems found (exit 2).
    Internal {
        message: String,
        problems: Vec<Diagnostic>,
    },
    /// A command used wrongly, or a file or folder that cannot be read or written
    /// (exit 2).
    Usage {
        message: String,
        /// What to do about it, where there is something to do.
        hint: Option<String>,
    },
}

impl Error {
    /// A usage or I/O error, its message said in full (a hint, if any, already in it as a
    /// `\n  = hint: ` line).
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            hint: None,
        }
    }

    /// A usage or I/O error and what to do about it.
    pub fn with_hint(message: impl Into<String>, hint: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// The exit code a run that fails with this error ends with.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage { .. } | Error::Internal { .. } => ExitCode::Usage,
            _ => ExitCode::Invalid,
        }
    }
}

impl std::fmt::Display for Error {
    /// The whole report, as it is printed: lines ending in a line break.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(diags) => f.write_str(&crate::diag::render_all(diags)),
            Error::Template(e) => write!(f, "{e}"),
            Error::Typst(e) => write!(f, "{e}"),
            Error::Reference(e) => write!(f, "{e}"),
            Error::Package { path, reason } => {
                writeln!(
                    f,
                    "error: {path}: the Word file could not be made ({reason})"
                )
            }
            Error::Internal { message, problems } => {
                f.write_str(&crate::diag::render_all(problems))?;
                writeln!(f, "error: {message}")
            }
            Error::Refused { message, hint } => {
                writeln!(f, "error: {message}")?;
                writeln!(f, "  = hint: {hint}")
            }
            Error::Usage { message, hint } => {
                writeln!(f, "error: {message}")?;
                match hint {
                    Some(hint) => writeln!(f, "  = hint: {hint}"),
                    None => Ok(()),
                }
            }
        }
    }
}
