//! The command line: `agenda build` and `agenda check`. Arguments are parsed by clap,
//! then each command runs the pipeline stages in order and maps the outcome to an exit
//! code (see [`ExitCode`]).

mod build;
mod console;
mod diff;
mod live;
mod new;
mod revisions;
mod shell;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::diag::{self, Diagnostic};
use crate::load;
use crate::lock;
use crate::model::Meeting;
use crate::pdf;
use crate::render;
use crate::validate::{self};

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

#[derive(Parser)]
#[command(
    name = "agenda",
    version,
    about = "Render meeting agendas and time plans from YAML"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render every meeting found under PATHS into the output folder.
    Build {
        /// Folders holding meetings (a meeting is a folder with meeting.yaml).
        #[arg(default_value = "agendas")]
        paths: Vec<PathBuf>,
        /// Where to write: <DIR>/<meeting>/<lang>/...
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// Languages to render (default: every language of each meeting). With --lang or
        /// --format, only those files are replaced; the others already published are kept.
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// Formats to render (default: md,html,pdf,ics,atom,docx).
        #[arg(long, value_delimiter = ',')]
        format: Vec<Format>,
        /// How many files to render at once (default: one per core).
        #[arg(short, long, default_value_t = 0, hide_default_value = true)]
        jobs: usize,
        /// A folder of fonts the PDFs may use beyond the bundled ones (repeatable).
        #[arg(long = "font-path", value_name = "DIR")]
        font_path: Vec<PathBuf>,
        /// Hash every file of a publication whose sources did not change against its
        /// manifest, and build it again if any differs.
        #[arg(long)]
        verify: bool,
    },
    /// Check every meeting found under PATHS; write nothing.
    Check {
        #[arg(default_value = "agendas")]
        paths: Vec<PathBuf>,
        /// A folder of fonts the PDFs may use beyond the bundled ones (repeatable).
        #[arg(long = "font-path", value_name = "DIR")]
        font_path: Vec<PathBuf>,
    },
    /// Show what changed between two versions: two meeting folders, or two versions of a
    /// stream (agenda.yaml, timeplan.yaml, or revisions/<stream>/N.yaml files).
    /// The exit status is 0 whether or not they differ.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, default_value = "text")]
        format: DiffFormat,
        /// The language of the summary (default: the new version's first language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Start the next revision of a stream as a copy of its latest version.
    Revise {
        /// The meeting folder.
        meeting: PathBuf,
        stream: Stream,
        /// One line on what the revision changes (the same in every language until
        /// translated). Without it the summary is left empty, and `check` asks for it.
        #[arg(long)]
        summary: Option<String>,
        /// The revision's date, YYYY-MM-DD (default: today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Freeze the meeting's sources as published: record their hashes in revisions.lock.
    Publish {
        /// The meeting folder.
        meeting: PathBuf,
        /// Also re-publish published files that have been edited since.
        #[arg(long)]
        republish: bool,
    },
    /// Write a new meeting's sources into DIR: every day of the time plan, the usual
    /// agenda items, every text in each language; checked, and never over a file.
    New {
        /// The meeting's folder (its name is the meeting's id).
        dir: PathBuf,
        /// The meeting's title ("Meeting of ITU-T Study Group 12").
        #[arg(long)]
        title: String,
        /// The first day, YYYY-MM-DD.
        #[arg(long)]
        first_day: String,
        /// The last day, YYYY-MM-DD.
        #[arg(long)]
        last_day: String,
        /// The meeting's languages (comma-separated).
        #[arg(long, value_delimiter = ',', default_value = "en")]
        languages: Vec<String>,
    },
    /// Build, then build again whenever a source or a template changes.
    Watch {
        /// Folders holding meetings.
        #[arg(default_value = "agendas")]
        paths: Vec<PathBuf>,
        /// Where to write.
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// The formats to build, as for `agenda build`.
        #[arg(long, default_value = "md,html,pdf,ics,atom")]
        format: String,
    },
    /// Build, serve the output on 127.0.0.1, and rebuild and reload the browser whenever a
    /// source or a template changes (a build's problems show over the page).
    Serve {
        /// Folders holding meetings.
        #[arg(default_value = "agendas")]
        paths: Vec<PathBuf>,
        /// Where to write, and what to serve.
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// The port (0: any free one).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Open the index in the desktop's browser.
        #[arg(long)]
        open: bool,
        /// The formats to build, as for `agenda build` (HTML alone is the quickest).
        #[arg(long, default_value = "html")]
        format: String,
    },
    /// Write the JSON Schemas of the source files (meeting, agenda, time plan, and their
    /// revisions) into DIR, for editors that check YAML as it is typed.
    Schema {
        /// Where to write them.
        #[arg(short, long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Write the built-in reference document of the Word files to PATH, to make an
    /// organisation's own from: its styles, page set-up, header and footer, saved as
    /// templates/reference.docx, apply to every Word file built. Never over a file.
    ReferenceDocx {
        /// Where to write it.
        #[arg(default_value = "reference.docx")]
        path: PathBuf,
    },
    /// Print the shell completion script for SHELL (e.g. `agenda completions bash >
    /// ~/.local/share/bash-completion/completions/agenda`).
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `agenda man > agenda.1`, or a command's:
    /// `agenda man build > agenda-build.1`.
    Man {
        /// The command whose page to print (default: agenda's own).
        command: Option<String>,
    },
}

/// The two revision streams of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Stream {
    Agenda,
    Timeplan,
}

/// Displays of a diff: `text` for a terminal, `md` and `html` for documents (in the
/// reader's language), `json` for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Text,
    Md,
    Html,
    Json,
}

/// Output formats. `typ` is the Typst source the PDF is compiled from; `ics` the
/// meeting's and each group's calendar; `atom` the feed of the meeting's revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Md,
    Html,
    Pdf,
    Typ,
    Ics,
    Atom,
    Docx,
}

impl Format {
    /// Whether documents and group pages are written in this format (a calendar and a
    /// feed are files of their own).
    fn is_page(self) -> bool {
        !matches!(self, Format::Ics | Format::Atom)
    }

    /// Whether groups' pages are written in this format (Word files are the documents'
    /// only).
    fn for_groups(self) -> bool {
        self.is_page() && self != Format::Docx
    }

    fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Typ => "typ",
            Format::Ics => "ics",
            Format::Atom => "atom",
            Format::Docx => "docx",
        }
    }
}

/// Stack of each thread of rayon's pool, where meetings are checked and where Typst lays
/// out pages in parallel: its layout recurses deeply. Only what is used is committed.
const POOL_STACK: usize = 16 << 20;

/// Sets up rayon's pool (one thread per core).
fn threads() {
    // Fails only if already set up (when `run` is called twice in one process): keep that.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(POOL_STACK)
        .build_global();
}

/// Runs the command line `argv` and returns the exit code.
pub fn run(argv: impl IntoIterator<Item = String>) -> i32 {
    let args = match Args::try_parse_from(argv) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::Usage as i32
            } else {
                ExitCode::Ok as i32
            };
        }
    };
    threads();
    let code = match args.command {
        Command::Build {
            paths,
            output,
            lang,
            format,
            jobs,
            font_path,
            verify,
        } => with_fonts(&font_path, || {
            build::build(
                &paths,
                &build::Options {
                    out: &output,
                    partial: !lang.is_empty() || !format.is_empty(),
                    langs: &distinct(lang),
                    formats: &formats(format),
                    jobs,
                    fonts: &font_path,
                    verify,
                },
            )
        }),
        Command::Check { paths, font_path } => with_fonts(&font_path, || check(&paths)),
        Command::Revise {
            meeting,
            stream,
            summary,
            date,
        } => revisions::revise(&meeting, stream, summary.as_deref(), date.as_deref()),
        Command::Publish { meeting, republish } => revisions::publish_lock(&meeting, republish),
        Command::Diff {
            old,
            new,
            format,
            lang,
        } => diff::diff(&old, &new, format, lang.as_deref()),
        other => run_more(other),
    };
    code as i32
}

/// The commands beside the pipeline's own: starting a meeting, building as sources
/// change, and what editors and shells are given.
fn run_more(command: Command) -> ExitCode {
    match command {
        Command::New {
            dir,
            title,
            first_day,
            last_day,
            languages,
        } => new::new(&new::Asked {
            dir: &dir,
            title: &title,
            first_day: &first_day,
            last_day: &last_day,
            languages: &distinct(languages),
        }),
        Command::Watch {
            paths,
            output,
            format,
        } => live::watch(&live::Live {
            paths: &paths,
            out: &output,
            formats: &format,
        }),
        Command::Serve {
            paths,
            output,
            port,
            open,
            format,
        } => {
            let live = live::Live {
                paths: &paths,
                out: &output,
                formats: &format,
            };
            live::serve(&live, port, open)
        }
        Command::Schema { out } => shell::schema(&out),
        Command::ReferenceDocx { path } => shell::reference_docx(&path),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { command } => shell::man(command.as_deref()),
        // The pipeline's commands are run by `run`.
        Command::Build { .. }
        | Command::Check { .. }
        | Command::Revise { .. }
        | Command::Publish { .. }
        | Command::Diff { .. } => ExitCode::Usage,
    }
}

/// Runs `then` once the fonts of `folders` are read; a folder that cannot be read is a
/// usage error.
fn with_fonts(folders: &[PathBuf], then: impl FnOnce() -> ExitCode) -> ExitCode {
    match crate::pdf::fonts::add_folders(folders) {
        Ok(_) => then(),
        Err(e) => usage(&e.0),
    }
}

/// `items` in their order, each once (`--format md,md` is `--format md`).
fn distinct<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The formats asked for, each once; none asked for means the default ones.
fn formats(asked: Vec<Format>) -> Vec<Format> {
    if asked.is_empty() {
        return vec![
            Format::Md,
            Format::Html,
            Format::Pdf,
            Format::Ics,
            Format::Atom,
            Format::Docx,
        ];
    }
    distinct(asked)
}

/// A meeting that passed every check, and the `templates/` folder that applies to it.
struct Ready {
    /// The meeting's folder, as found.
    dir: PathBuf,
    meeting: Meeting,
    templates: Option<PathBuf>,
    /// The key of its inputs, as they were read, where the build keeps a cache (see
    /// `output::cache`).
    key: String,
    /// The source files its lock records (frozen), for its manifest.
    frozen: Vec<String>,
}

/// What a command knows of the meetings' last publications: `build` reads them (see
/// `output::cache`), `check` knows none.
trait Publications: Sync {
    /// What the last publication of the meeting in `dir` says, the templates that apply
    /// to it being `templates`.
    fn last(&self, dir: &Path, templates: Option<&Path>) -> Last;
    /// The key of the meeting's inputs, its sources as `loaded` read them.
    fn key(&self, loaded: &load::Loaded, templates: Option<&Path>) -> String;
}

/// What a meeting's last publication says.
#[derive(Default)]
struct Last {
    /// How many files it holds, if it was made from the inputs the meeting has now: the
    /// meeting is then not read at all.
    unchanged: Option<usize>,
    /// The source files the meeting's lock recorded when it was made.
    frozen: Vec<String>,
}

/// No publication at all (`agenda check`).
struct Unpublished;

impl Publications for Unpublished {
    fn last(&self, _: &Path, _: Option<&Path>) -> Last {
        Last::default()
    }
    fn key(&self, _: &load::Loaded, _: Option<&Path>) -> String {
        String::new()
    }
}

/// Loads and validates every meeting under `paths`, checking glyphs for `pdf_langs`.
fn gather(paths: &[PathBuf], pdf: bool, langs: &[String]) -> Result<Vec<Ready>, ExitCode> {
    let found = gather_unless(paths, (pdf, langs), &Unpublished)?;
    Ok(found.into_iter().filter_map(Found::ready).collect())
}

/// A meeting found: read and checked, or (its publication made from the same inputs) left
/// unread.
enum Found {
    Ready(Box<Ready>),
    Unchanged {
        dir: PathBuf,
        id: String,
        files: usize,
    },
}

impl Found {
    fn ready(self) -> Option<Ready> {
        match self {
            Found::Ready(r) => Some(*r),
            Found::Unchanged { .. } => None,
        }
    }
}

/// As [`gather`], but a meeting `published` says is unchanged is not read (its lock is
/// still checked).
fn gather_unless(
    paths: &[PathBuf],
    (pdf, langs): (bool, &[String]),
    published: &dyn Publications,
) -> Result<Vec<Found>, ExitCode> {
    let dirs = load::find_meetings(paths).map_err(|e| usage(&e.to_string()))?;
    if dirs.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| diag::display_path(p)).collect();
        return Err(usage(&format!(
            "no meeting found under {} (a meeting is a folder with meeting.yaml)",
            shown.join(", ")
        )));
    }
    same_ids(&dirs)?;
    // Meetings are read and checked in parallel; problems are sorted before they are shown.
    let checked: Vec<Result<Checked, String>> = dirs
        .par_iter()
        .map(|dir| check_meeting(dir, paths, (pdf, langs), published))
        .collect();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut found = Vec::new();
    for result in checked {
        let (meeting, problems) = result.map_err(|m| usage(&m))?;
        found.extend(meeting);
        diags.extend(problems);
    }
    if console::report(&mut diags) {
        return Err(ExitCode::Invalid);
    }
    Ok(found)
}

/// Refuses two meeting folders with the same id (the same folder name under different
/// parents): they would be published into one output folder, one replacing the other.
fn same_ids(dirs: &[PathBuf]) -> Result<(), ExitCode> {
    let mut seen: std::collections::BTreeMap<String, &PathBuf> = Default::default();
    for dir in dirs {
        if let Some(first) = seen.insert(load::meeting_id(dir), dir) {
            return Err(usage(&format!(
                "two meetings have the id `{}`: {} and {} (a meeting's id is its folder's name, and names its output folder)\n  = hint: rename one of the folders, or build them one at a time into different output folders (-o)",
                load::meeting_id(dir),
                diag::display_path(first),
                diag::display_path(dir)
            )));
        }
    }
    Ok(())
}

/// A meeting that passed its checks (if it did), and the problems found in it.
type Checked = (Option<Found>, Vec<Diagnostic>);

/// Loads and validates the meeting in `dir` (one of those under `paths`), checking glyphs
/// if `pdf`. Err if a language asked for is not one the meeting publishes.
fn check_meeting(
    dir: &Path,
    paths: &[PathBuf],
    (pdf, langs): (bool, &[String]),
    published: &dyn Publications,
) -> Result<Checked, String> {
    let root = paths
        .iter()
        .find(|p| dir.starts_with(p))
        .map_or(dir, PathBuf::as_path);
    let templates = render::overrides_for(dir, root);
    let mut diags = Vec::new();
    let Last { unchanged, frozen } = published.last(dir, templates.as_deref());
    if let Some(files) = unchanged {
        // Unchanged, but its published sources are still checked against the lock.
        lock::check(&load::Frozen::read(dir, &mut diags), &frozen, &mut diags);
        let (id, dir) = (load::meeting_id(dir), dir.to_path_buf());
        return Ok((Some(Found::Unchanged { dir, id, files }), diags));
    }
    crate::failpoint::pause_if_asked("loading");
    let loaded = load::load_meeting(dir, &mut diags);
    crate::failpoint::pause_if_asked("loaded");
    let frozen = lock::check(&loaded.frozen(), &frozen, &mut diags);
    let Some(meeting) = validate::validate(&loaded, &mut diags) else {
        return Ok((None, diags));
    };
    for lang in selected(&meeting, langs)? {
        if pdf {
            pdf::check_glyphs(&meeting, &lang, &mut diags);
        }
    }
    let ready = Ready {
        dir: dir.to_path_buf(),
        key: published.key(&loaded, templates.as_deref()),
        templates,
        meeting,
        frozen,
    };
    Ok((Some(Found::Ready(Box::new(ready))), diags))
}

/// The languages to render for a meeting: those asked for, or all of its languages.
fn selected(meeting: &Meeting, langs: &[String]) -> Result<Vec<String>, String> {
    if langs.is_empty() {
        return Ok(meeting.languages.clone());
    }
    for l in langs {
        if !meeting.languages.contains(l) {
            return Err(format!(
                "meeting {} does not publish `{l}` (it publishes {})",
                meeting.id,
                meeting.languages.join(", ")
            ));
        }
    }
    Ok(meeting
        .languages
        .iter()
        .filter(|l| langs.contains(l))
        .cloned()
        .collect())
}

use console::usage;

fn check(paths: &[PathBuf]) -> ExitCode {
    match gather(paths, true, &[]) {
        Ok(ready) => {
            let n = ready.len();
            let s = if n == 1 { "" } else { "s" };
            console::stdout(&format!("ok: {n} meeting{s} checked\n"))
                .err()
                .unwrap_or(ExitCode::Ok)
        }
        Err(code) => code,
    }
}
