//! The command line: arguments parsed by clap, each command's library function called
//! ([`crate::build`], [`crate::compare`], [`crate::revise`], [`crate::lock`],
//! [`crate::scaffold`]…), and what it says printed ([`console::print`]), or its error
//! ([`console::fail`], the one place errors are printed and the exit code chosen:
//! ripgrep's `main` → `try_main` shape).

mod build;
mod console;
mod live;
mod new;
mod revisions;
mod shell;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::compare::DiffFormat;
use crate::error::Error;
pub use crate::error::ExitCode;
use crate::format::Format;
use crate::revise::Stream;
use console::Said;

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
        #[arg(long, value_delimiter = ',', default_value = "md,html,pdf,ics,atom")]
        format: Vec<Format>,
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
        #[arg(long, value_delimiter = ',', default_value = "html")]
        format: Vec<Format>,
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
    crate::build::pool();
    let code = match try_run(args.command) {
        Ok(said) => console::print(&said),
        Err(e) => console::fail(&e),
    };
    code as i32
}

/// Runs `command`: what it says, or why it failed.
fn try_run(command: Command) -> Result<Said, Error> {
    match command {
        Command::Build {
            paths,
            output,
            lang,
            format,
            jobs,
            font_path,
            verify,
        } => {
            let options = crate::build::Options {
                partial: !lang.is_empty() || !format.is_empty(),
                langs: distinct(lang),
                jobs,
                fonts: font_path,
                verify,
                ..crate::build::Options::new(output, &distinct(format))
            };
            build::build(&paths, &options)
        }
        Command::Check { paths, font_path } => build::check(&paths, &font_path),
        Command::Revise {
            meeting,
            stream,
            summary,
            date,
        } => revisions::revise(&meeting, stream, summary.as_deref(), date.as_deref()),
        Command::Publish { meeting, republish } => revisions::publish(&meeting, republish),
        Command::Diff {
            old,
            new,
            format,
            lang,
        } => {
            let said = crate::compare::compare((&old, &new), format, lang.as_deref())?;
            Ok(Said::ok(&said.warnings, said.text))
        }
        other => run_more(other),
    }
}

/// The commands beside the pipeline's own: starting a meeting, building as sources
/// change, and what editors and shells are given.
fn run_more(command: Command) -> Result<Said, Error> {
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
        } => live::watch(&crate::live::Live {
            paths: &paths,
            out: &output,
            formats: &distinct(format),
        }),
        Command::Serve {
            paths,
            output,
            port,
            open,
            format,
        } => {
            let live = crate::live::Live {
                paths: &paths,
                out: &output,
                formats: &distinct(format),
            };
            live::serve(&live, port, open)
        }
        Command::Schema { out } => shell::schema(&out),
        Command::ReferenceDocx { path } => shell::reference_docx(&path),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { command } => shell::man(command.as_deref()),
        // The pipeline's commands are run by `try_run` itself.
        other @ (Command::Build { .. }
        | Command::Check { .. }
        | Command::Revise { .. }
        | Command::Publish { .. }
        | Command::Diff { .. }) => try_run(other),
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
