//! `agenda build`: renders every document of the checked meetings and publishes them.
//!
//! Every file of every meeting (each language, document and format) is one job, and the
//! jobs run in parallel on all cores, in meeting order: a Markdown or HTML file never waits
//! for a PDF, and a meeting's documents in one language are compiled one after another:
//! they share most of their text, and Typst's cache (kept over the last few documents,
//! see [`pdf::compile`]) lays out a paragraph or cell that recurs only once. The last job
//! of a meeting publishes it, all or nothing, so only the meetings being worked on are
//! held in memory. A meeting that fails leaves its previous publication as it was; the
//! others are still published.
//!
//! The jobs run on plain threads, not on rayon's pool: Typst and its PDF writer use that
//! pool for their own parallel work and, while they wait, would run other jobs on top of
//! their stack, so that every meeting would be in memory at once.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use indicatif::{ProgressBar, ProgressStyle};

use super::{
    ExitCode, Format, Found, Last, Publications, Ready, console, gather_unless, selected, usage,
};
use crate::diag;
use crate::docx;
use crate::load::Loaded;
use crate::model::Meeting;
use crate::output::{self, OutFile, keep::Scope};
use crate::pdf;
use crate::render::calendar::{self, Feed};
use crate::render::view::{GroupView, View};
use crate::render::{self, Engine, documents::Document, inline::Markup};

/// What `agenda build` was asked to do.
pub(super) struct Options<'a> {
    pub out: &'a Path,
    /// Whether only some languages or formats were asked for: the other files already
    /// published are then kept.
    pub partial: bool,
    /// Languages to render; empty for all of each meeting's.
    pub langs: &'a [String],
    pub formats: &'a [Format],
    /// How many files to render at once; 0 for one per core.
    pub jobs: usize,
    /// Folders of fonts added with `--font-path` (inputs of every PDF).
    pub fonts: &'a [PathBuf],
    /// Whether a publication whose inputs did not change has its files hashed again
    /// before it is left as it is (`--verify`).
    pub verify: bool,
}

pub(super) fn build(paths: &[PathBuf], o: &Options) -> ExitCode {
    let found = match gather_unless(
        paths,
        (o.formats.contains(&Format::Pdf), o.langs),
        &Cache(o),
    ) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let dirs: Vec<PathBuf> = found
        .iter()
        .map(|f| match f {
            Found::Ready(r) => r.dir.clone(),
            Found::Unchanged { dir, .. } => dir.clone(),
        })
        .collect();
    if let Err(overlap) = output::guard::check_apart(o.out, paths, &dirs) {
        return usage(&overlap.to_string());
    }
    let (ready, left): (Vec<Found>, Vec<Found>) = found
        .into_iter()
        .partition(|f| matches!(f, Found::Ready(_)));
    let ready: Vec<Ready> = ready.into_iter().filter_map(Found::ready).collect();
    let output = Output {
        dir: o.out,
        lock: OnceLock::new(),
    };
    let plans: Vec<Plan> = ready.iter().map(|r| Plan::new(r, o)).collect();
    let jobs: Vec<Job> = plans.iter().enumerate().flat_map(Plan::jobs).collect();
    let progress = progress_bar(jobs.len());
    run_jobs(&jobs, threads(o.jobs), |job| {
        let plan = &plans[job.plan];
        let file = plan.render(job);
        progress.inc(1);
        plan.done(job.slot, file, &output);
    });
    progress.finish_and_clear();
    let tidied = tidy_unchanged(&left, &output);
    let code = worse(report(&plans), tidied);
    // The index lists what is published, once the meetings of this build are.
    if output.lock.get().is_some_and(Result::is_ok)
        && let Err(e) = output::index::write(o.out)
    {
        console::stderr(&format!("error: {e}\n"));
        return worse(code, ExitCode::Usage);
    }
    code
}

/// The output folder, and its lock once the first meeting is ready to publish (so that a
/// build that fails before writes nothing, not even the folder), held to the end.
struct Output<'a> {
    dir: &'a Path,
    lock: OnceLock<Result<output::guard::OutputLock, output::OutputError>>,
}

impl Output<'_> {
    /// Takes the output's lock if this build does not hold it yet.
    fn lock(&self) -> Result<(), output::OutputError> {
        let waiting = |m: &str| console::stderr(&format!("{m}\n"));
        let lock = self
            .lock
            .get_or_init(|| output::guard::lock_output(self.dir, waiting));
        lock.as_ref().map(|_| ()).map_err(Clone::clone)
    }
}

/// Stack of each thread that renders: Typst's layout recurses deeply.
const STACK: usize = 16 << 20;

/// How many threads render: `jobs`, or one per core.
fn threads(jobs: usize) -> usize {
    if jobs > 0 {
        return jobs;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` on every job, on `threads` threads (this one included) that each take the
/// next job in order until none is left.
fn run_jobs<T: Sync>(jobs: &[T], threads: usize, work: impl Fn(&T) + Sync) {
    let next = AtomicUsize::new(0);
    let worker = || {
        while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
            work(job);
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            // A thread that cannot be started leaves its share to the others.
            let _ = std::thread::Builder::new()
                .stack_size(STACK)
                .spawn_scoped(s, worker);
        }
        worker();
    });
}

/// Why a file could not be rendered: a template that fails, or Typst's errors, each
/// located in its file where possible.
#[derive(Clone)]
enum RenderFailure {
    Template(render::RenderError),
    Typst(pdf::PdfError),
    /// The reference document of the Word files cannot be used.
    Word(docx::ReferenceError),
    /// A Word file could not be put together (its path, and why).
    Package(String, String),
}

impl std::fmt::Display for RenderFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderFailure::Template(e) => write!(f, "{e}"),
            RenderFailure::Typst(e) => write!(f, "{e}"),
            RenderFailure::Word(e) => write!(f, "{e}"),
            RenderFailure::Package(path, reason) => {
                writeln!(
                    f,
                    "error: {path}: the Word file could not be made ({reason})"
                )
            }
        }
    }
}

/// Why a meeting was not published.
enum Failure {
    /// A template does not render or compile (exit 1).
    Render(RenderFailure),
    /// The files could not be written (exit 2).
    Write(output::OutputError),
}

type Outcome = Result<(PathBuf, usize), Failure>;

/// One meeting's work: its documents and templates, the files rendered so far, and, once
/// the last is in, what publishing it gave.
struct Plan<'a> {
    meeting: &'a Meeting,
    /// The templates, or why they cannot be used (the meeting then has no jobs), and
    /// their Typst layout.
    engine: Result<Makers, RenderFailure>,
    docs: Vec<Document<'a>>,
    /// The events of the meeting's calendars.
    feed: Feed<'a>,
    /// What its manifest says of it, for the index, and the key of its inputs.
    about: output::About,
    pdfs: Pdfs,
    /// Which of the meeting's published files this build replaces.
    scope: Scope,
    /// (language, what) of each file, in order.
    files: Vec<(String, Content)>,
    /// The view of each document in each language it is rendered in (built by the first
    /// file that needs it, and read by every format), by document and language.
    views: HashMap<(usize, String), OnceLock<View>>,
    /// The view of each group's page in each language, likewise.
    group_views: HashMap<(String, String), OnceLock<GroupView>>,
    rendered: Mutex<Vec<Option<Result<OutFile, RenderFailure>>>>,
    left: AtomicUsize,
    outcome: OnceLock<Outcome>,
}

/// What a file holds: a document (by index) in a format, the Typst layout that each
/// language's `.typ` files import, a calendar (the meeting's, or a group's), or a group's
/// page.
enum Content {
    Doc(usize, Format),
    Layout,
    Calendar(Option<String>),
    /// The page of a group, in a format.
    Group(String, Format),
    /// The Atom feed of the meeting's revisions.
    Feed,
}

/// What a meeting's files are made with: its templates, its Typst layout, and the
/// reference document of its Word files (read only where they are asked for; else the
/// built-in one stands, unused).
type Makers = (Engine, pdf::Layout, docx::Reference);

fn makers(templates: Option<&Path>, formats: &[Format]) -> Result<Makers, RenderFailure> {
    let engine = Engine::new(templates).map_err(RenderFailure::Template)?;
    let layout = pdf::Layout::new(engine.layout(), engine.layout_name());
    let reference = match formats.contains(&Format::Docx) {
        true => docx::Reference::for_templates(templates).map_err(RenderFailure::Word)?,
        false => docx::Reference::builtin(),
    };
    Ok((engine, layout, reference))
}

/// One file to render: the meeting's plan and the file's place in it.
struct Job {
    plan: usize,
    slot: usize,
}

impl<'a> Plan<'a> {
    fn new(r: &'a Ready, o: &Options) -> Plan<'a> {
        let formats = o.formats;
        let meeting = &r.meeting;
        let docs = render::documents::documents(meeting);
        let mut files = Vec::new();
        let engine = makers(r.templates.as_deref(), formats);
        let langs = selected(meeting, o.langs).unwrap_or_default();
        let scope = match o.partial {
            true => Scope::Only {
                langs: langs.clone(),
                formats: formats.iter().map(|f| f.name().to_string()).collect(),
            },
            false => Scope::All,
        };
        let feed = calendar::feed(meeting, &docs);
        let key = r.key.clone();
        if engine.is_ok() {
            files = listing((&docs, &feed), &langs, formats);
        }
        let layout_text = engine.as_ref().map_or("", |(e, _, _)| e.layout());
        let pdfs = Pdfs::new(layout_text, o, &meeting.id);
        let plan = Plan {
            pdfs,
            about: output::About {
                key,
                frozen: r.frozen.clone(),
                ..about(meeting, &feed)
            },
            feed,
            meeting,
            rendered: Mutex::new((0..files.len()).map(|_| None).collect()),
            left: AtomicUsize::new(files.len()),
            outcome: OnceLock::new(),
            views: (files.iter())
                .filter_map(|(lang, c)| match c {
                    Content::Doc(doc, _) => Some(((*doc, lang.clone()), OnceLock::new())),
                    _ => None,
                })
                .collect(),
            group_views: (files.iter())
                .filter_map(|(lang, c)| match c {
                    Content::Group(g, _) => Some(((g.clone(), lang.clone()), OnceLock::new())),
                    _ => None,
                })
                .collect(),
            engine,
            docs,
            scope,
            files,
        };
        if let Err(e) = &plan.engine {
            let _ = plan.outcome.set(Err(Failure::Render(e.clone())));
        }
        plan
    }

    fn jobs((plan, p): (usize, &Plan)) -> impl Iterator<Item = Job> {
        (0..p.files.len()).map(move |slot| Job { plan, slot })
    }

    fn render(&self, job: &Job) -> Result<OutFile, RenderFailure> {
        let templates = self.engine.as_ref().map_err(Clone::clone)?;
        let (lang, index, format) = match &self.files[job.slot] {
            (lang, Content::Doc(doc, format)) => (lang, *doc, *format),
            (lang, Content::Layout) => return Ok(layout_file(&templates.0, lang)),
            (lang, Content::Calendar(group)) => {
                return Ok(calendar_file(
                    self.meeting,
                    &self.feed,
                    lang,
                    group.as_deref(),
                ));
            }
            (lang, Content::Feed) => return Ok(feed_file(self.meeting, &self.docs, lang)),
            (lang, Content::Group(group, format)) => {
                let making = (templates, &self.pdfs);
                let page = (self.meeting, &self.feed);
                return self.with_group_view(group, lang, |v| group_file(making, page, v, *format));
            }
        };
        let doc = &self.docs[index];
        let path = format!("{lang}/{}.{}", doc.name, format.name());
        let making = (templates, &self.pdfs);
        let build = || render::view::build(self.meeting, doc, lang);
        let fresh;
        let view = match self.views.get(&(index, lang.clone())) {
            Some(cell) => cell.get_or_init(build),
            // Every document file has its cell (`Plan::new`); else a view of its own.
            None => {
                fresh = build();
                &fresh
            }
        };
        let (bytes, source) = render_one(making, self.meeting, doc, (view, &path), format)?;
        Ok(OutFile {
            path,
            format: format.name().to_string(),
            lang: lang.clone(),
            document: doc.document.clone(),
            revision: doc.revision,
            changes: doc.changes.is_some(),
            group: None,
            issued: doc.stamp.as_ref().map(|(_, d)| d.to_string()),
            source,
            bytes,
        })
    }

    /// `then` of the view of group `id`'s page in `lang`: built once where the plan has its
    /// cell (every group page file has one), else on its own.
    fn with_group_view<R>(&self, id: &str, lang: &str, then: impl FnOnce(&GroupView) -> R) -> R {
        let page = (self.meeting, &self.feed, self.docs.as_slice());
        let build = || render::view::build_group(page, id, lang);
        match self.group_views.get(&(id.to_string(), lang.to_string())) {
            Some(cell) => then(cell.get_or_init(build)),
            None => then(&build()),
        }
    }

    /// Keeps the file of `slot`; the last file in publishes the meeting.
    fn done(&self, slot: usize, file: Result<OutFile, RenderFailure>, out: &Output) {
        let mut rendered = self.rendered.lock().unwrap_or_else(|e| e.into_inner());
        rendered[slot] = Some(file);
        if self.left.fetch_sub(1, Ordering::AcqRel) != 1 {
            return;
        }
        let files: Result<Vec<OutFile>, RenderFailure> = rendered.drain(..).flatten().collect();
        drop(rendered);
        let outcome = files.map_err(Failure::Render).and_then(|files| {
            out.lock()
                .and_then(|()| output::write(out.dir, &self.about, files, &self.scope))
                .map_err(Failure::Write)
        });
        let _ = self.outcome.set(outcome);
    }
}

/// Prints what was written and what failed, in meeting order, and gives the exit code:
/// 1 if a template failed, else 2 if a file (or standard output) could not be written,
/// else 0.
fn report(plans: &[Plan]) -> ExitCode {
    let mut code = ExitCode::Ok;
    // Once standard output fails (a closed pipe, a full disk), nothing more is written to it.
    let mut stdout_ok = true;
    for plan in plans {
        match plan.outcome.get() {
            Some(Ok((dir, n))) if stdout_ok => {
                let line = format!("wrote {} ({n} files)\n", diag::display_path(dir));
                if let Err(stop) = console::stdout(&line) {
                    stdout_ok = false;
                    code = worse(code, stop);
                }
            }
            Some(Ok(_)) => {}
            Some(Err(Failure::Render(failure))) => {
                console::stderr(&failure.to_string());
                code = ExitCode::Invalid;
            }
            Some(Err(Failure::Write(e))) => {
                console::stderr(&format!("error: {e}\n"));
                code = worse(code, ExitCode::Usage);
            }
            // No file to render (no format asked for): nothing to publish.
            None => {}
        }
    }
    code
}

/// The worse of two outcomes: problems in the sources or templates (1) before I/O
/// failures (2) before success.
fn worse(a: ExitCode, b: ExitCode) -> ExitCode {
    let rank = |c: ExitCode| match c {
        ExitCode::Ok => 0,
        ExitCode::Usage => 1,
        ExitCode::Invalid => 2,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// The meetings this build leaves as they are: what a killed build left beside them is
/// removed, under the output's lock, and each is said unchanged; a failure to tidy is
/// said, and is exit 2.
fn tidy_unchanged(left: &[Found], output: &Output) -> ExitCode {
    let mut code = ExitCode::Ok;
    for found in left {
        let Found::Unchanged { id, files, .. } = found else {
            continue;
        };
        match output.lock().and_then(|()| output::tidy(output.dir, id)) {
            Ok(()) => {
                let line = format!(
                    "unchanged {} ({files} files)\n",
                    diag::display_path(&output.dir.join(id))
                );
                if let Err(stop) = console::stdout(&line) {
                    return worse(code, stop);
                }
            }
            Err(e) => {
                console::stderr(&format!("error: {e}\n"));
                code = ExitCode::Usage;
            }
        }
    }
    code
}

/// The files of a meeting, in each language: its documents in each format of a page (and
/// the layout their Typst imports), its calendars, its feed, its groups' pages.
fn listing(
    (docs, feed): (&[Document], &Feed),
    langs: &[String],
    formats: &[Format],
) -> Vec<(String, Content)> {
    let mut files = Vec::new();
    let pages: Vec<Format> = formats.iter().copied().filter(|f| f.is_page()).collect();
    for lang in langs {
        let mut add = |c: Content| files.push((lang.clone(), c));
        if formats.contains(&Format::Typ) {
            add(Content::Layout);
        }
        for doc in (0..docs.len()).filter(|d| docs[*d].languages.contains(lang)) {
            pages.iter().for_each(|f| add(Content::Doc(doc, *f)));
        }
        if formats.contains(&Format::Ics) {
            calendars(feed).for_each(&mut add);
        }
        if formats.contains(&Format::Atom) {
            add(Content::Feed);
        }
        for g in &feed.plan.groups {
            (pages.iter().filter(|f| f.for_groups()))
                .for_each(|f| add(Content::Group(g.id.clone(), *f)));
        }
    }
    files
}

/// How a meeting's PDFs are made: the key of what each depends on besides its Typst
/// source (the binary, the layout, the fonts added), and the PDFs of its publication, of
/// which one whose source has not changed is reused instead of compiled again.
struct Pdfs {
    base: String,
    old: output::cache::Compiled,
}

impl Pdfs {
    fn new(layout_text: &str, o: &Options, meeting: &str) -> Pdfs {
        let mut key = output::cache::Key::new();
        key.add("layout", layout_text.as_bytes());
        for fonts in o.fonts {
            key.add_folder(fonts);
        }
        Pdfs {
            base: key.finish(),
            old: output::cache::Compiled::read(o.out, meeting),
        }
    }

    /// The PDF at `path` from Typst source `typ`, and the key of that source.
    fn make(
        &self,
        layout: &pdf::Layout,
        (path, typ): (&str, String),
        (ident, date): (&str, chrono::NaiveDate),
    ) -> Result<(Vec<u8>, String), RenderFailure> {
        let mut key = output::cache::Key::new();
        key.add("base", self.base.as_bytes());
        key.add("source", typ.as_bytes());
        let source = key.finish();
        if let Some(bytes) = self.old.reuse(path, &source) {
            return Ok((bytes, source));
        }
        let bytes = pdf::compile(typ, layout, ident, date).map_err(RenderFailure::Typst)?;
        Ok((bytes, source))
    }
}

/// The publications in the output folder, as the build's cache (see [`output::cache`]).
struct Cache<'a, 'o>(&'a Options<'o>);

impl Publications for Cache<'_, '_> {
    fn last(&self, dir: &Path, templates: Option<&Path>) -> Last {
        let folder = self.0.out.join(crate::load::meeting_id(dir));
        let Ok(Some(manifest)) = output::Published::read(&folder) else {
            return Last::default();
        };
        // A meeting whose publication was made from the inputs it has now is not read.
        let key = inputs_key((dir, templates), None, self.0);
        Last {
            unchanged: output::cache::published(&folder, &manifest, &key, self.0.verify),
            frozen: manifest.about.frozen,
        }
    }

    fn key(&self, loaded: &Loaded, templates: Option<&Path>) -> String {
        inputs_key((&loaded.dir, templates), Some(loaded), self.0)
    }
}

/// The key of everything a meeting's files are made from (see [`output::cache`]): its
/// folder (its sources as `loaded` read them, where they are read), the templates that
/// apply to it, and the options.
fn inputs_key(
    (dir, templates): (&Path, Option<&Path>),
    loaded: Option<&Loaded>,
    o: &Options,
) -> String {
    let mut key = output::cache::Key::new();
    let read = |path: &Path| -> Option<String> {
        let loaded = loaded?;
        match loaded.files().find(|f| f.path == path) {
            Some(file) => file.digest.clone(),
            // A source made after the sources were read: the build did not read it.
            None => crate::load::is_source(dir, path).then(|| "not read".to_string()),
        }
    };
    key.add_folder_read(dir, &read);
    // A source read, then removed before the key was made: the build read it.
    let gone = loaded.into_iter().flat_map(Loaded::files);
    for file in gone.filter(|f| std::fs::symlink_metadata(&f.path).is_err()) {
        let digest = file.digest.as_deref().unwrap_or_default();
        key.add(&format!("gone: {}", file.path.display()), digest.as_bytes());
    }
    if let Some(templates) = templates {
        key.add_folder(templates);
    }
    for fonts in o.fonts {
        key.add_folder(fonts);
    }
    key.add("languages", o.langs.join(",").as_bytes());
    let formats: Vec<&str> = o.formats.iter().map(|f| f.name()).collect();
    key.add("formats", formats.join(",").as_bytes());
    key.finish()
}

/// What the manifest of `meeting` says of it: its line and its groups' names in each
/// of its languages.
fn about(meeting: &Meeting, feed: &Feed) -> output::About {
    let m = &meeting.meta;
    let in_each = |f: &dyn Fn(&str) -> String| -> std::collections::BTreeMap<String, String> {
        meeting
            .languages
            .iter()
            .map(|l| (l.clone(), f(l)))
            .collect()
    };
    let titles = in_each(&|l| render::wording::meeting_line(m, &crate::lang::locale(l)));
    let groups = feed.plan.groups.iter().map(|g| output::Named {
        id: g.id.clone(),
        names: in_each(&|l| g.name.get(l).to_string()),
    });
    output::About {
        meeting: meeting.id.clone(),
        titles,
        groups: groups.collect(),
        key: String::new(),
        frozen: Vec::new(),
    }
}

/// The calendars of a meeting: its own, then one per group of the plan in effect.
fn calendars<'f>(feed: &'f Feed) -> impl Iterator<Item = Content> + 'f {
    let groups = feed.plan.groups.iter().map(|g| Some(g.id.clone()));
    std::iter::once(None).chain(groups).map(Content::Calendar)
}

/// `<lang>/<meeting>.ics`, or `<lang>/groups/<group>.ics`.
fn calendar_file(meeting: &Meeting, feed: &Feed, lang: &str, group: Option<&str>) -> OutFile {
    let path = match group {
        Some(g) => format!("{lang}/groups/{g}.ics"),
        None => format!("{lang}/{}.ics", meeting.id),
    };
    OutFile {
        path,
        format: Format::Ics.name().to_string(),
        lang: lang.to_string(),
        document: "calendar".to_string(),
        revision: None,
        changes: false,
        group: group.map(str::to_string),
        issued: None,
        source: None,
        bytes: calendar::ics::calendar(meeting, feed, lang, group).into_bytes(),
    }
}

/// `<lang>/revisions.atom`: the feed of the meeting's revisions.
fn feed_file(meeting: &Meeting, docs: &[Document], lang: &str) -> OutFile {
    OutFile {
        path: format!("{lang}/revisions.atom"),
        format: Format::Atom.name().to_string(),
        lang: lang.to_string(),
        document: "feed".to_string(),
        revision: None,
        changes: false,
        group: None,
        issued: None,
        source: None,
        bytes: render::atom::atom(meeting, docs, lang).into_bytes(),
    }
}

/// `<lang>/groups/<group>.<format>`: a group's page.
fn group_file(
    ((engine, layout, _), pdfs): (&Makers, &Pdfs),
    (meeting, feed): (&Meeting, &Feed),
    view: &GroupView,
    format: Format,
) -> Result<OutFile, RenderFailure> {
    let (lang, group) = (view.lang.as_str(), view.id.as_str());
    let text = |markup| {
        engine
            .render_group(view, markup)
            .map_err(RenderFailure::Template)
    };
    let path = format!("{lang}/groups/{group}.{}", format.name());
    let (bytes, source) = match format {
        Format::Md => (text(Markup::Markdown)?.into_bytes(), None),
        Format::Html => (text(Markup::Html)?.into_bytes(), None),
        Format::Typ => (text(Markup::Typst)?.into_bytes(), None),
        Format::Pdf => {
            let ident = format!("{}/{lang}/groups/{group}", meeting.id);
            let typ = text(Markup::Typst)?;
            let (bytes, source) = pdfs.make(layout, (&path, typ), (&ident, feed.issued))?;
            (bytes, Some(source))
        }
        // Calendars and feeds are files of their own, and Word files are documents
        // only: never a group page's format (see `listing`).
        Format::Ics | Format::Atom | Format::Docx => (Vec::new(), None),
    };
    Ok(OutFile {
        path,
        format: format.name().to_string(),
        lang: lang.to_string(),
        document: "group".to_string(),
        revision: None,
        changes: false,
        group: Some(group.to_string()),
        issued: None,
        source,
        bytes,
    })
}

/// `<lang>/layout.typ`, which that language's `.typ` files import.
fn layout_file(engine: &Engine, lang: &str) -> OutFile {
    OutFile {
        path: format!("{lang}/{}", render::LAYOUT.0),
        format: Format::Typ.name().to_string(),
        lang: lang.to_string(),
        document: "layout".to_string(),
        revision: None,
        changes: false,
        group: None,
        issued: None,
        source: None,
        bytes: engine.layout().as_bytes().to_vec(),
    }
}

/// A progress bar counting files, drawn only when standard error is a terminal.
fn progress_bar(total: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// The bytes of `doc` of `meeting` in `lang` and `format`, from the meeting's templates
/// and Typst layout.
/// The bytes of `doc` in `lang` and `format` (written at `path`), and for a PDF the key of
/// its Typst source.
fn render_one(
    ((engine, layout, reference), pdfs): (&Makers, &Pdfs),
    meeting: &Meeting,
    doc: &Document,
    (view, path): (&View, &str),
    format: Format,
) -> Result<(Vec<u8>, Option<String>), RenderFailure> {
    let lang = view.lang.as_str();
    let text = |markup| engine.render(view, markup).map_err(RenderFailure::Template);
    Ok(match format {
        Format::Md => (text(Markup::Markdown)?.into_bytes(), None),
        Format::Html => (text(Markup::Html)?.into_bytes(), None),
        Format::Typ => (text(Markup::Typst)?.into_bytes(), None),
        Format::Pdf => {
            let ident = format!("{}/{lang}/{}", meeting.id, doc.name);
            let date = doc
                .stamp
                .as_ref()
                .map_or(meeting.meta.first_day, |(_, d)| *d);
            let typ = text(Markup::Typst)?;
            let (bytes, source) = pdfs.make(layout, (path, typ), (&ident, date))?;
            (bytes, Some(source))
        }
        Format::Docx => (word_file(reference, meeting, doc, (view, path))?, None),
        // Calendars and feeds are files of their own, never a document's format:
        // `Plan::new` asks for none.
        Format::Ics | Format::Atom => (Vec::new(), None),
    })
}

/// The `.docx` of `doc` in `lang` (written at `path`), on the meeting's reference
/// document.
fn word_file(
    reference: &docx::Reference,
    meeting: &Meeting,
    doc: &Document,
    (view, path): (&View, &str),
) -> Result<Vec<u8>, RenderFailure> {
    let lang = view.lang.as_str();
    let body = render::docx::body(meeting, doc, view, reference.text_width);
    let about = docx::About {
        title: &body.title,
        lang,
        creator: &body.author,
        date: doc
            .stamp
            .as_ref()
            .map_or(meeting.meta.first_day, |(_, d)| *d),
    };
    docx::package(reference, &body, &about)
        .map_err(|reason| RenderFailure::Package(format!("{}/{path}", meeting.id), reason))
}
