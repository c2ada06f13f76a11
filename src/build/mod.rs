//! The build, as a library function: [`build`] finds the meetings under the paths given,
//! loads them, checks them against their locks, validates them, plans their files,
//! renders every file (each format a peer writer of the same view), compiles the PDFs,
//! and publishes each meeting, all or nothing, reusing what its last publication holds
//! where its inputs did not change; [`check`] does the first half and writes nothing.
//! Both return what happened as data ([`Report`], [`Checked`]) or an [`Error`]; the
//! command line prints them, and `agenda watch` and `agenda serve` call the same function
//! in their own process.
//!
//! Every file of every meeting (each language, document and format) is one job, and the
//! jobs run in parallel on all cores, in meeting order: a Markdown or HTML file never waits
//! for a PDF, and a meeting's documents in one language are compiled one after another:
//! they share most of their text, and Typst's cache (kept over the last few documents,
//! see [`crate::pdf::compile`]) lays out a paragraph or cell that recurs only once. The
//! last job of a meeting publishes it, all or nothing, so only the meetings being worked
//! on are held in memory. A meeting that fails leaves its previous publication as it was;
//! the others are still published.

mod cache;
mod files;
mod gather;
mod jobs;
mod plan;

use rayon::prelude::*;
use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::error::{Error, ExitCode};
use crate::format::Format;
use crate::output;
use gather::{Asked, Found};
use plan::{Job, Output, Plan};

/// What a build is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The output folder: `<out>/<meeting>/<lang>/…`.
    pub out: PathBuf,
    /// Languages to render; empty for all of each meeting's.
    pub langs: Vec<String>,
    /// Formats to render, each once.
    pub formats: Vec<Format>,
    /// Whether only some languages or formats were asked for: the other files already
    /// published are then kept.
    pub partial: bool,
    /// How many files to render at once; 0 for one per core.
    pub jobs: usize,
    /// Folders of fonts the PDFs may use beyond the bundled ones (inputs of every PDF).
    pub fonts: Vec<PathBuf>,
    /// Whether a publication whose inputs did not change has its files hashed again
    /// before it is left as it is (`--verify`).
    pub verify: bool,
}

impl Options {
    /// A whole build into `out` of every language in `formats` (all of them, when none
    /// is given, but the Typst sources).
    pub fn new(out: impl Into<PathBuf>, formats: &[Format]) -> Options {
        Options {
            out: out.into(),
            langs: Vec::new(),
            formats: match formats.is_empty() {
                true => Format::DEFAULT.to_vec(),
                false => formats.to_vec(),
            },
            partial: false,
            jobs: 0,
            fonts: Vec::new(),
            verify: false,
        }
    }
}

/// What a build says while it runs, and whether it should stop: the command line draws a
/// progress bar; `agenda serve` stops a build whose sources changed meanwhile.
pub trait Progress: Sync {
    /// The build has `files` files to render, as far as it has planned (it plans a few
    /// meetings at a time: the count grows as it goes on).
    fn planned(&self, files: usize);
    /// One more file is rendered.
    fn rendered(&self);
    /// Another build holds the output folder's lock; `message` says this one waits.
    fn waiting(&self, message: &str);
    /// Whether to render no more files: a meeting not wholly rendered is not published.
    fn cancelled(&self) -> bool {
        false
    }
}

/// A build that says nothing while it runs, and runs to its end.
pub struct Quiet;

impl Progress for Quiet {
    fn planned(&self, _: usize) {}
    fn rendered(&self) {}
    fn waiting(&self, _: &str) {}
}

/// What a build did, in the order it is said.
#[derive(Debug)]
pub struct Report {
    /// The warnings found in the sources (errors stop a build: [`Error::Invalid`]).
    pub warnings: Vec<Diagnostic>,
    /// What became of each meeting: those built, in order, then those left unchanged.
    pub meetings: Vec<Outcome>,
    /// Why the index of the output folder could not be written, if it could not.
    pub index: Option<Error>,
    /// Whether the build was stopped before its end ([`Progress::cancelled`]).
    pub cancelled: bool,
}

/// What became of one meeting.
#[derive(Debug)]
pub enum Outcome {
    /// Published into `dir`, with `files` files.
    Written { dir: PathBuf, files: usize },
    /// Its publication was made from the inputs it has now, and is left as it is.
    Unchanged { dir: PathBuf, files: usize },
    /// Not published: its last publication stands.
    Failed(Error),
}

impl Report {
    /// The exit code of the build: 1 if a template failed, else 2 if a file could not be
    /// written, else 0.
    pub fn exit_code(&self) -> ExitCode {
        let failures = self.meetings.iter().filter_map(|m| match m {
            Outcome::Failed(e) => Some(e),
            _ => None,
        });
        (failures.chain(&self.index)).fold(ExitCode::Ok, |code, e| code.worse(e.exit_code()))
    }
}

/// Sets up rayon's pool (one thread per core, with the stack Typst's layout needs), if it
/// is not set up yet: every build does, and the command line does first of all, so that
/// the threads a process has are there from its start.
pub fn pool() {
    jobs::pool();
}

/// Builds every meeting under `paths` as `o` asks, saying how it goes to `progress`.
pub fn build(paths: &[PathBuf], o: &Options, progress: &dyn Progress) -> Result<Report, Error> {
    jobs::pool();
    crate::pdf::fonts::add_folders(&o.fonts).map_err(|e| Error::usage(e.0))?;
    let asked = Asked {
        pdf: o.formats.contains(&Format::Pdf),
        langs: &o.langs,
    };
    let (found, warnings) = gather::gather(paths, asked, &cache::Cache(o))?;
    let dirs: Vec<PathBuf> = found.iter().map(|f| f.dir().to_path_buf()).collect();
    output::guard::check_apart(&o.out, paths, &dirs)
        .map_err(|e| Error::from(output::OutputError::from(e)))?;
    let (ready, left): (Vec<Found>, Vec<Found>) = found
        .into_iter()
        .partition(|f| matches!(f, Found::Ready(_)));
    let ready: Vec<gather::Ready> = ready.into_iter().filter_map(Found::ready).collect();
    let waiting = |m: &str| progress.waiting(m);
    let output = Output::new(&o.out, &waiting);
    let mut meetings = render(&ready, o, progress, &output);
    meetings.extend(left.iter().filter_map(|f| unchanged(f, &output)));
    // The index lists what is published, once the meetings of this build are.
    let index = match output.locked() {
        true => output::index::write(&o.out).err().map(Error::from),
        false => None,
    };
    let cancelled = progress.cancelled();
    Ok(Report {
        warnings,
        meetings,
        index,
        cancelled,
    })
}

/// How many meetings are planned, rendered and let go at a time, per thread: a meeting's
/// plan holds its templates and the views of its documents until the build lets it go,
/// so that planning every meeting at once held 570 MB for 200 meetings in Markdown alone.
const MEETINGS_PER_THREAD: usize = 16;

/// Renders and publishes the meetings `ready`, a few at a time ([`MEETINGS_PER_THREAD`]),
/// each file a job on the build's threads; what became of each.
fn render(
    ready: &[gather::Ready],
    o: &Options,
    progress: &dyn Progress,
    output: &Output,
) -> Vec<Outcome> {
    let threads = jobs::threads(o.jobs);
    let mut planned = 0;
    let mut meetings = Vec::new();
    for window in ready.chunks(threads * MEETINGS_PER_THREAD) {
        // Planned on every core: a plan's diffs, views and templates are a meeting's own.
        let plans: Vec<Plan> = window.par_iter().map(|r| Plan::new(r, o)).collect();
        let jobs: Vec<Job> = plans.iter().enumerate().flat_map(Plan::jobs).collect();
        planned += jobs.len();
        progress.planned(planned);
        // A meeting's files in one language, each a bundle (see `jobs::run`).
        let lang = |job: &Job| plans[job.plan].lang(job.slot);
        let bundles: Vec<&[Job]> =
            (jobs.chunk_by(|a, b| a.plan == b.plan && lang(a) == lang(b))).collect();
        let stop = || progress.cancelled();
        jobs::run(&bundles, threads, &stop, |job| {
            let plan = &plans[job.plan];
            let file = plan.render(job);
            progress.rendered();
            plan.done(job.slot, file, output);
        });
        meetings.extend(plans.iter().filter_map(outcome));
    }
    meetings
}

/// What became of a meeting of this build (none if it had no file to render, or was not
/// wholly rendered).
fn outcome(plan: &Plan) -> Option<Outcome> {
    Some(match plan.outcome.get()? {
        Ok((dir, files)) => Outcome::Written {
            dir: dir.clone(),
            files: *files,
        },
        Err(e) => Outcome::Failed(e.clone()),
    })
}

/// A meeting this build leaves as it is: what a killed build left beside it is removed,
/// under the output's lock.
fn unchanged(found: &Found, output: &Output) -> Option<Outcome> {
    let Found::Unchanged { id, files, .. } = found else {
        return None;
    };
    let tidied = output
        .lock()
        .and_then(|()| output::tidy(output.dir, id).map_err(Error::from));
    Some(match tidied {
        Ok(()) => Outcome::Unchanged {
            dir: output.dir.join(id),
            files: *files,
        },
        Err(e) => Outcome::Failed(e),
    })
}

/// What a check found: how many meetings passed, and the warnings found in them.
#[derive(Debug)]
pub struct Checked {
    pub meetings: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Checks every meeting under `paths` (and that each character of theirs is in a font of
/// the PDFs, those of `fonts` among them); writes nothing.
pub fn check(paths: &[PathBuf], fonts: &[PathBuf]) -> Result<Checked, Error> {
    jobs::pool();
    crate::pdf::fonts::add_folders(fonts).map_err(|e| Error::usage(e.0))?;
    let asked = Asked {
        pdf: true,
        langs: &[],
    };
    let (found, warnings) = gather::gather(paths, asked, &gather::Unpublished)?;
    let meetings = found.into_iter().filter_map(Found::ready).count();
    Ok(Checked { meetings, warnings })
}
