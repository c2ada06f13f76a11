//! One meeting's work in a build: the files it publishes (each language, document and
//! format, its calendars, feed and groups' pages), each one job; the view of each
//! document and group page, built by the first file that needs it and read by every
//! format; and, once the last file is in, what publishing the meeting gave.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use super::Options;
use super::cache::Pdfs;
use super::files::{self, Makers, Page};
use super::gather::{Ready, selected};
use crate::error::Error;
use crate::format::Format;
use crate::model::Meeting;
use crate::output::{self, OutFile, keep::Scope};
use crate::render::calendar::{self, Feed};
use crate::render::view::{self, GroupView, View};
use crate::render::{self, documents::Document};

/// The output folder, and its lock once the first meeting is ready to publish (so that a
/// build that fails before writes nothing, not even the folder), held to the end.
pub(super) struct Output<'a> {
    pub dir: &'a Path,
    lock: OnceLock<Result<output::guard::OutputLock, output::OutputError>>,
    /// Says that another build holds the lock, and that this one waits for it.
    waiting: &'a (dyn Fn(&str) + Sync),
}

impl<'a> Output<'a> {
    pub fn new(dir: &'a Path, waiting: &'a (dyn Fn(&str) + Sync)) -> Output<'a> {
        Output {
            dir,
            lock: OnceLock::new(),
            waiting,
        }
    }

    /// Takes the output's lock if this build does not hold it yet.
    pub fn lock(&self) -> Result<(), Error> {
        let lock = self
            .lock
            .get_or_init(|| output::guard::lock_output(self.dir, self.waiting));
        lock.as_ref()
            .map(|_| ())
            .map_err(|e| Error::from(e.clone()))
    }

    /// Whether this build took the lock (and so published something, or tried to).
    pub fn locked(&self) -> bool {
        self.lock.get().is_some_and(Result::is_ok)
    }
}

/// What publishing a meeting gave: its folder and how many files it holds.
pub(super) type Outcome = Result<(PathBuf, usize), Error>;

/// One meeting's work: its documents and templates, the files rendered so far, and, once
/// the last is in, what publishing it gave.
pub(super) struct Plan<'a> {
    meeting: &'a Meeting,
    /// The templates, or why they cannot be used (the meeting then has no jobs), and
    /// their Typst layout.
    makers: Result<Makers, Error>,
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
    rendered: Mutex<Vec<Option<Result<OutFile, Error>>>>,
    left: AtomicUsize,
    pub outcome: OnceLock<Outcome>,
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

/// One file to render: the meeting's plan and the file's place in it.
pub(super) struct Job {
    pub plan: usize,
    pub slot: usize,
}

impl<'a> Plan<'a> {
    pub fn new(r: &'a Ready, o: &Options) -> Plan<'a> {
        let meeting = &r.meeting;
        let docs = render::documents::documents(meeting);
        let makers = Makers::new(r.templates.as_deref(), &o.formats);
        let langs = selected(meeting, &o.langs).unwrap_or_default();
        let scope = match o.partial {
            true => Scope::Only {
                langs: langs.clone(),
                formats: o.formats.iter().map(|f| f.name().to_string()).collect(),
            },
            false => Scope::All,
        };
        let feed = calendar::feed(meeting, &docs);
        let files = match makers.is_ok() {
            true => {
                // A meeting's calendar, where it has something to say (sessions or deadlines).
                let said = !feed.events.is_empty() || !meeting.meta.deadlines.is_empty();
                listing((&docs, &feed, said), &langs, &o.formats)
            }
            false => Vec::new(),
        };
        let layout_text = makers.as_ref().map_or("", |m| m.engine.layout());
        let about = output::About {
            key: r.key.clone(),
            frozen: r.frozen.clone(),
            ..files::about(meeting, &feed)
        };
        let plan = Plan {
            pdfs: Pdfs::new(layout_text, o, &meeting.id),
            about,
            feed,
            meeting,
            rendered: Mutex::new((0..files.len()).map(|_| None).collect()),
            left: AtomicUsize::new(files.len()),
            outcome: OnceLock::new(),
            views: cells(&files, |c| match c {
                Content::Doc(doc, _) => Some(*doc),
                _ => None,
            }),
            group_views: cells(&files, |c| match c {
                Content::Group(g, _) => Some(g.clone()),
                _ => None,
            }),
            makers,
            docs,
            scope,
            files,
        };
        if let Err(e) = &plan.makers {
            let _ = plan.outcome.set(Err(e.clone()));
        }
        plan
    }

    pub fn jobs((plan, p): (usize, &Plan)) -> impl Iterator<Item = Job> {
        (0..p.files.len()).map(move |slot| Job { plan, slot })
    }

    /// The language of the file in `slot`.
    pub fn lang(&self, slot: usize) -> &str {
        &self.files[slot].0
    }

    pub fn render(&self, job: &Job) -> Result<OutFile, Error> {
        let makers = self.makers.as_ref().map_err(Clone::clone)?;
        let meeting = self.meeting;
        let page = Page {
            makers,
            pdfs: &self.pdfs,
            meeting,
        };
        let (lang, content) = &self.files[job.slot];
        match content {
            Content::Doc(index, format) => self.with_view(*index, lang, |view| {
                files::document_file(&page, &self.docs[*index], view, *format)
            }),
            Content::Layout => Ok(files::layout_file(&makers.engine, lang)),
            Content::Calendar(group) => Ok(files::calendar_file(
                meeting,
                &self.feed,
                lang,
                group.as_deref(),
            )),
            Content::Feed => Ok(files::feed_file(meeting, &self.docs, lang)),
            Content::Group(group, format) => self.with_group_view(group, lang, |view| {
                files::group_file(&page, &self.feed, view, *format)
            }),
        }
    }

    /// `then` of the view of document `index` in `lang`: built once where the plan has its
    /// cell (every document file has one), else on its own.
    fn with_view<R>(&self, index: usize, lang: &str, then: impl FnOnce(&View) -> R) -> R {
        let build = || view::build(self.meeting, &self.docs[index], lang);
        match self.views.get(&(index, lang.to_string())) {
            Some(cell) => then(cell.get_or_init(build)),
            None => then(&build()),
        }
    }

    /// `then` of the view of group `id`'s page in `lang`: built once where the plan has its
    /// cell (every group page file has one), else on its own.
    fn with_group_view<R>(&self, id: &str, lang: &str, then: impl FnOnce(&GroupView) -> R) -> R {
        let page = (self.meeting, &self.feed, self.docs.as_slice());
        let build = || view::build_group(page, id, lang);
        match self.group_views.get(&(id.to_string(), lang.to_string())) {
            Some(cell) => then(cell.get_or_init(build)),
            None => then(&build()),
        }
    }

    /// Keeps the file of `slot`; the last file in publishes the meeting.
    pub fn done(&self, slot: usize, file: Result<OutFile, Error>, out: &Output) {
        let mut rendered = self.rendered.lock().unwrap_or_else(|e| e.into_inner());
        rendered[slot] = Some(file);
        if self.left.fetch_sub(1, Ordering::AcqRel) != 1 {
            return;
        }
        let files: Result<Vec<OutFile>, Error> = rendered.drain(..).flatten().collect();
        drop(rendered);
        let outcome = files.and_then(|files| {
            out.lock()?;
            output::write(out.dir, &self.about, files, &self.scope).map_err(Error::from)
        });
        let _ = self.outcome.set(outcome);
    }
}

/// An empty cell for each (key, language) that `key` finds among `files`.
fn cells<K, V>(
    files: &[(String, Content)],
    key: impl Fn(&Content) -> Option<K>,
) -> HashMap<(K, String), OnceLock<V>>
where
    K: std::hash::Hash + Eq,
{
    (files.iter())
        .filter_map(|(lang, c)| Some(((key(c)?, lang.clone()), OnceLock::new())))
        .collect()
}

/// The files of a meeting, in each language: its documents in each format of a page (and
/// the layout their Typst imports), its calendars, its feed, its groups' pages.
fn listing(
    (docs, feed, calendar): (&[Document], &Feed, bool),
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
            calendars(feed, calendar).for_each(&mut add);
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

/// The calendars of a meeting: its own (where it has one), then one per group of the plan
/// in effect.
fn calendars<'f>(feed: &'f Feed, own: bool) -> impl Iterator<Item = Content> + 'f {
    let groups = feed.plan.groups.iter().map(|g| Some(g.id.clone()));
    own.then_some(None)
        .into_iter()
        .chain(groups)
        .map(Content::Calendar)
}
