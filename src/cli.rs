//! The command line: `agenda build` and `agenda check`. Arguments are parsed by clap,
//! then each command runs the pipeline stages in order and maps the outcome to an exit
//! code (see [`ExitCode`]).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostic};
use crate::load;
use crate::lock;
use crate::pdf;
use crate::publish::{self, OutFile};
use crate::render::{self, Engine, documents::Document, inline::Markup};
use crate::validate::{self, Meeting};

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
        /// Languages to render (default: every language of each meeting).
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// Formats to render.
        #[arg(long, value_delimiter = ',', default_value = "md,html,pdf")]
        format: Vec<Format>,
    },
    /// Check every meeting found under PATHS; write nothing.
    Check {
        #[arg(default_value = "agendas")]
        paths: Vec<PathBuf>,
    },
    /// Show what changed between two versions of a meeting (two meeting folders).
    /// The exit status is 0 whether or not they differ.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, default_value = "text")]
        format: DiffFormat,
        /// The language of the texts shown (default: the new version's first language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Start the next revision of a stream as a copy of its latest version.
    Revise {
        /// The meeting folder.
        meeting: PathBuf,
        stream: Stream,
        /// One line on what the revision changes (the same in every language until translated).
        #[arg(long)]
        summary: String,
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
}

/// The two revision streams of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Stream {
    Agenda,
    Timeplan,
}

/// Displays of a diff: `text` for people, `json` for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

/// Output formats. `typ` is the Typst source the PDF is compiled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Md,
    Html,
    Pdf,
    Typ,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Typ => "typ",
        }
    }
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
    let code = match args.command {
        Command::Build {
            paths,
            output,
            lang,
            format,
        } => build(&paths, &output, &lang, &format),
        Command::Check { paths } => check(&paths),
        Command::Revise {
            meeting,
            stream,
            summary,
            date,
        } => revise(&meeting, stream, &summary, date.as_deref()),
        Command::Publish { meeting, republish } => publish_lock(&meeting, republish),
        Command::Diff {
            old,
            new,
            format,
            lang,
        } => diff(&old, &new, format, lang.as_deref()),
    };
    code as i32
}

/// A meeting that passed every check, and the `templates/` folder that applies to it.
struct Ready {
    meeting: Meeting,
    templates: Option<PathBuf>,
}

/// Loads and validates every meeting under `paths`, checking glyphs for `pdf_langs`.
fn gather(paths: &[PathBuf], pdf: bool, langs: &[String]) -> Result<Vec<Ready>, ExitCode> {
    let dirs = load::find_meetings(paths).map_err(|e| usage(&e.to_string()))?;
    if dirs.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| diag::display_path(p)).collect();
        return Err(usage(&format!(
            "no meeting found under {} (a meeting is a folder with meeting.yaml)",
            shown.join(", ")
        )));
    }
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut ready = Vec::new();
    for dir in &dirs {
        let loaded = load::load_meeting(dir, &mut diags);
        lock::check(&loaded, &mut diags);
        let Some(meeting) = validate::validate(&loaded, &mut diags) else {
            continue;
        };
        for lang in selected(&meeting, langs).map_err(|m| usage(&m))? {
            if pdf {
                pdf::check_glyphs(&meeting, &lang, &mut diags);
            }
        }
        let root = paths
            .iter()
            .find(|p| dir.starts_with(p))
            .map_or(dir.as_path(), PathBuf::as_path);
        ready.push(Ready {
            templates: render::overrides_for(dir, root),
            meeting,
        });
    }
    if !diags.is_empty() {
        diag::sort(&mut diags);
        let _ = std::io::stderr().write_all(diag::render_all(&diags).as_bytes());
        return Err(ExitCode::Invalid);
    }
    Ok(ready)
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

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::Usage
}

fn check(paths: &[PathBuf]) -> ExitCode {
    match gather(paths, true, &[]) {
        Ok(ready) => {
            let n = ready.len();
            println!("ok: {n} meeting{} checked", if n == 1 { "" } else { "s" });
            ExitCode::Ok
        }
        Err(code) => code,
    }
}

fn build(paths: &[PathBuf], out: &Path, langs: &[String], formats: &[Format]) -> ExitCode {
    let ready = match gather(paths, formats.contains(&Format::Pdf), langs) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut rendered = Vec::new();
    for r in &ready {
        match render_meeting(r, langs, formats) {
            Ok(files) => rendered.push((r.meeting.id.as_str(), files)),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::Invalid;
            }
        }
    }
    for (id, files) in &rendered {
        match publish::publish(out, id, files) {
            Ok(dir) => println!(
                "wrote {} ({} files)",
                diag::display_path(&dir),
                files.len() + 1
            ),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::Usage;
            }
        }
    }
    ExitCode::Ok
}

/// Every file of one meeting, in memory.
fn render_meeting(r: &Ready, langs: &[String], formats: &[Format]) -> Result<Vec<OutFile>, String> {
    let engine = Engine::new(r.templates.as_deref()).map_err(|e| e.to_string())?;
    let meeting = &r.meeting;
    let mut files = Vec::new();
    for lang in selected(meeting, langs)? {
        for doc in render::documents::documents(meeting) {
            for format in formats {
                let bytes = render_one(&engine, meeting, &doc, &lang, *format)?;
                files.push(OutFile {
                    path: format!("{lang}/{}.{}", doc.name, format.name()),
                    format: format.name(),
                    lang: lang.clone(),
                    document: doc.document.clone(),
                    revision: doc.revision,
                    changes: doc.changes.is_some(),
                    bytes,
                });
            }
        }
    }
    Ok(files)
}

fn render_one(
    engine: &Engine,
    meeting: &Meeting,
    doc: &Document,
    lang: &str,
    format: Format,
) -> Result<Vec<u8>, String> {
    let text = |markup| {
        engine
            .render(meeting, doc, lang, markup)
            .map_err(|e| e.to_string())
    };
    Ok(match format {
        Format::Md => text(Markup::Markdown)?.into_bytes(),
        Format::Html => text(Markup::Html)?.into_bytes(),
        Format::Typ => text(Markup::Typst)?.into_bytes(),
        Format::Pdf => {
            let ident = format!("{}/{lang}/{}", meeting.id, doc.name);
            let date = doc
                .stamp
                .as_ref()
                .map_or(meeting.meta.first_day, |(_, d)| *d);
            pdf::compile(text(Markup::Typst)?, &ident, date).map_err(|e| {
                format!(
                    "the Typst template for {} ({lang}) does not compile:\n{e}",
                    doc.name
                )
            })?
        }
    })
}

/// Loads and validates one meeting folder, printing its problems if it has any.
fn one_meeting(dir: &Path) -> Result<Meeting, ExitCode> {
    if !dir.join(load::MEETING_FILE).is_file() {
        return Err(usage(&format!(
            "{} is not a meeting folder (it has no {})",
            diag::display_path(dir),
            load::MEETING_FILE
        )));
    }
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    match validate::validate(&loaded, &mut diags) {
        Some(m) if diags.is_empty() => Ok(m),
        _ => {
            diag::sort(&mut diags);
            let _ = std::io::stderr().write_all(diag::render_all(&diags).as_bytes());
            Err(ExitCode::Invalid)
        }
    }
}

fn diff(old: &Path, new: &Path, format: DiffFormat, lang: Option<&str>) -> ExitCode {
    let (old, new) = match (one_meeting(old), one_meeting(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let lang = lang.map_or_else(|| new.languages[0].clone(), str::to_string);
    if !new.languages.contains(&lang) {
        return usage(&format!(
            "the new version does not publish `{lang}` (it publishes {})",
            new.languages.join(", ")
        ));
    }
    let changes = crate::diff::diff(&old, &new);
    match format {
        DiffFormat::Text => print!("{}", crate::diff::text::render(&changes, &new, &old, &lang)),
        DiffFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&changes).unwrap_or_default()
        ),
    }
    ExitCode::Ok
}

/// `agenda revise`: copies the stream's latest version to the next revision file, with a
/// new `revision:` head. Never overwrites a file.
fn revise(dir: &Path, stream: Stream, summary: &str, date: Option<&str>) -> ExitCode {
    let (draft, folder) = match stream {
        Stream::Agenda => (load::AGENDA_FILE, load::AGENDA_REVISIONS),
        Stream::Timeplan => (load::TIMEPLAN_FILE, load::TIMEPLAN_REVISIONS),
    };
    let date = match date {
        Some(d) => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => return usage(&format!("`{d}` is not a date (write YYYY-MM-DD)")),
        },
        None => chrono::Local::now().date_naive(),
    };
    let revisions = dir.join(folder);
    let mut next = 0;
    while revisions.join(format!("{next}.yaml")).exists() {
        next += 1;
    }
    let latest = if next == 0 {
        dir.join(draft)
    } else {
        revisions.join(format!("{}.yaml", next - 1))
    };
    let text = match std::fs::read_to_string(&latest) {
        Ok(t) => t,
        Err(e) => {
            return usage(&format!(
                "cannot read {} ({})",
                diag::display_path(&latest),
                load::io_reason(&e)
            ));
        }
    };
    let target = revisions.join(format!("{next}.yaml"));
    let head = format!(
        "revision:\n  date: {date}\n  summary: {}\n",
        serde_json::to_string(summary).unwrap_or_default()
    );
    let body = crate::revise::without_head(&text);
    let written = std::fs::create_dir_all(&revisions).and_then(|()| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .and_then(|mut f| f.write_all(format!("{head}{body}").as_bytes()))
    });
    match written {
        Ok(()) => {
            println!(
                "started {} (a copy of {}): edit it, then `agenda publish`",
                diag::display_path(&target),
                diag::display_path(&latest)
            );
            ExitCode::Ok
        }
        Err(e) => usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&target),
            load::io_reason(&e)
        )),
    }
}

/// `agenda publish`: records the hashes of the meeting's sources in revisions.lock.
fn publish_lock(dir: &Path, republish: bool) -> ExitCode {
    let mut diags = Vec::new();
    let loaded = load::load_meeting(dir, &mut diags);
    let valid = validate::validate(&loaded, &mut diags).is_some();
    let mut entries = loaded
        .lock
        .as_ref()
        .map(|l| lock::parse(l, &mut diags))
        .unwrap_or_default();
    if !valid || !diags.is_empty() {
        diag::sort(&mut diags);
        let _ = std::io::stderr().write_all(diag::render_all(&diags).as_bytes());
        return ExitCode::Invalid;
    }
    let mut changed = Vec::new();
    for path in lock::published_files(&loaded) {
        let Some(hash) = lock::current_hash(dir, &path) else {
            continue;
        };
        match entries.get(&path) {
            Some(old) if *old == hash => {}
            Some(_) if !republish => changed.push(path),
            Some(_) => {
                println!("re-published {path}");
                entries.insert(path, hash);
            }
            None => {
                println!("published {path}");
                entries.insert(path, hash);
            }
        }
    }
    if !changed.is_empty() {
        eprintln!(
            "error: published files were edited since: {}",
            changed.join(", ")
        );
        eprintln!(
            "  = hint: undo the edits and start a new revision with `agenda revise`, or re-publish them with `agenda publish --republish`"
        );
        return ExitCode::Invalid;
    }
    let path = dir.join(load::LOCK_FILE);
    match std::fs::write(&path, lock::render(&entries)) {
        Ok(()) => ExitCode::Ok,
        Err(e) => usage(&format!(
            "cannot write {} ({})",
            diag::display_path(&path),
            load::io_reason(&e)
        )),
    }
}
