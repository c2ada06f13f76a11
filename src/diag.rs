//! Diagnostics: every problem a stage finds in the user's sources, with the file, the
//! line and column it points at, a one-line message and a hint on how to fix it.
//!
//! Stages collect diagnostics instead of stopping at the first, so one run of
//! `agenda check` reports everything that is wrong.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A source file as read from disk, shared by every diagnostic that points into it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user named it (relative paths stay relative).
    pub path: PathBuf,
    pub text: String,
    /// The SHA-256 of the bytes the text was read from, for a file read from disk: what
    /// the build's cache keys it by (see `output::cache`).
    pub digest: Option<String>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Arc<Self> {
        Arc::new(Self {
            path: path.into(),
            text,
            digest: None,
        })
    }

    /// A file read from disk: its text, and the SHA-256 of the bytes it was read from.
    pub fn hashed(path: impl Into<PathBuf>, text: String, digest: String) -> Arc<Self> {
        Arc::new(Self {
            path: path.into(),
            text,
            digest: Some(digest),
        })
    }

    /// The text of line `line` (1-based), without its line break.
    fn line(&self, line: u32) -> Option<&str> {
        self.text.lines().nth(line.checked_sub(1)? as usize)
    }
}

/// A position in a YAML source: 1-based line and column (in characters), and the
/// length of the token it points at (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub len: u32,
}

impl Pos {
    /// No place in a file: a problem of the file as a whole (missing, empty, misnamed,
    /// not what the lock records), reported at its path alone.
    pub const FILE: Pos = Pos {
        line: 0,
        col: 0,
        len: 0,
    };

    pub fn new(line: u32, col: u32) -> Self {
        Self { line, col, len: 1 }
    }

    pub fn with_len(self, len: usize) -> Self {
        Self {
            len: len.clamp(1, 200) as u32,
            ..self
        }
    }
}

/// How serious a problem is: an error stops the run (exit 1); a warning is shown and the
/// run goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, pointing into one file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub file: Arc<SourceFile>,
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
    pub severity: Severity,
}

impl Diagnostic {
    pub fn new(file: &Arc<SourceFile>, pos: Pos, message: impl Into<String>) -> Self {
        Self {
            file: Arc::clone(file),
            pos,
            message: message.into(),
            hint: None,
            severity: Severity::Error,
        }
    }

    /// A problem that is shown but does not stop the run.
    pub fn warning(file: &Arc<SourceFile>, pos: Pos, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::new(file, pos, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:col`, the form editors and terminals recognise; the path alone for a
    /// problem of the whole file ([`Pos::FILE`]).
    pub fn location(&self) -> String {
        let path = display_path(&self.file.path);
        match self.pos == Pos::FILE {
            true => path,
            false => format!("{path}:{}:{}", self.pos.line, self.pos.col),
        }
    }
}

/// Paths are shown with forward slashes on every platform, so messages are stable.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

impl fmt::Display for Diagnostic {
    /// Renders as
    /// ```text
    /// error: unknown key `tilte` (did you mean `title`?)
    ///   --> agendas/sg12/agenda.yaml:4:5
    ///    |
    ///  4 |     tilte: {zh: 会议开幕, en: Opening of the meeting}
    ///    |     ^^^^^
    ///    = hint: ...
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let gutter = self.pos.line.to_string().len();
        let pad = " ".repeat(gutter);
        writeln!(f, "{pad}--> {}", self.location())?;
        let shown = self
            .file
            .line(self.pos.line)
            .filter(|_| self.pos.col <= 300);
        if let Some(text) = shown {
            let text = visible(text);
            writeln!(f, "{pad} |")?;
            writeln!(f, "{} | {}", self.pos.line, text)?;
            let lead: String = text
                .chars()
                .take(self.pos.col.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(
                f,
                "{pad} | {lead}{}",
                "^".repeat(self.pos.len.max(1) as usize)
            )?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = hint: {hint}")?;
        }
        Ok(())
    }
}

/// A source line made safe to print: control characters (other than tab) are shown as
/// `\u{..}` so a hostile file cannot move the terminal's cursor; long lines are cut.
pub fn visible(line: &str) -> String {
    let mut out = String::new();
    for (i, c) in line.chars().enumerate() {
        if i == 300 {
            out.push('…');
            break;
        }
        if c.is_control() && c != '\t' || is_bidi_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Unicode's noncharacters: never text to interchange.
pub fn is_noncharacter(c: char) -> bool {
    matches!(c, '\u{fdd0}'..='\u{fdef}') || (c as u32) & 0xfffe == 0xfffe
}

/// Bidirectional formatting characters, which can make a printed line lie about its order.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Renders a list of diagnostics, one block each, followed by a count of the errors (if
/// Where `c` is first written at or after `start` in the file, if on the same line or
/// later: as itself, or as a YAML escape (`\u2728`, `\U0001F6A8`, `\xA0`), the whole of
/// which the position then covers.
pub fn char_pos(text: &str, start: Pos, c: char) -> Option<Pos> {
    let n = c as u32;
    let mut escapes = vec![format!("\\u{n:04x}"), format!("\\U{n:08x}")];
    if n < 0x100 {
        escapes.push(format!("\\x{n:02x}"));
    }
    let from = start.line.saturating_sub(1) as usize;
    for (i, line) in text.lines().enumerate().skip(from) {
        let skip = match i == from {
            true => start.col.saturating_sub(1) as usize,
            false => 0,
        };
        let rest: String = line.chars().skip(skip).collect();
        let lower = rest.to_ascii_lowercase();
        let literal = rest.find(c).map(|at| (at, 1));
        let escaped = (escapes.iter())
            .filter_map(|e| lower.find(&e.to_ascii_lowercase()).map(|at| (at, e.len())));
        if let Some((at, len)) = literal.into_iter().chain(escaped).min() {
            let col = skip + rest[..at].chars().count();
            return Some(Pos::new(i as u32 + 1, col as u32 + 1).with_len(len));
        }
    }
    None
}

/// there are any).
pub fn render_all(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let _ = writeln!(out, "{d}");
    }
    let n = diags.iter().filter(|d| d.is_error()).count();
    if n > 0 {
        let _ = writeln!(out, "{n} problem{} found", if n == 1 { "" } else { "s" });
    }
    out
}

/// Sorts diagnostics by file, then position, and drops exact repeats, so output is stable.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (a.file.path.as_path(), a.pos, &a.message).cmp(&(b.file.path.as_path(), b.pos, &b.message))
    });
    diags.dedup_by(|a, b| a.file.path == b.file.path && a.pos == b.pos && a.message == b.message);
}
