//! The Typst world of one document: its in-memory source, which imports the meeting's
//! layout, the shared library and fonts, and nothing else: no file system, no packages,
//! no clock, no network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};

use super::fonts;

/// The standard library, with the `a11y-extras` feature: `pdf.header-cell` tags the time
/// plan's day and group cells as row headers.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| {
    let features = [Feature::A11yExtras].into_iter().collect();
    LazyHash::new(Library::builder().with_features(features).build())
});

/// The id of `layout.typ`, beside the main file (which imports it by that name).
static LAYOUT: LazyLock<FileId> = LazyLock::new(|| {
    let path = VirtualPath::new("/layout.typ").expect("a valid constant path");
    RootedPath::new(VirtualRoot::Project, path).intern()
});

/// A `layout.typ`, parsed once and shared by the documents that import it, and how errors
/// name it.
pub struct Layout {
    source: Source,
    name: String,
}

impl Layout {
    pub fn new(text: &str, name: &str) -> Self {
        Layout {
            source: Source::new(*LAYOUT, text.to_string()),
            name: name.to_string(),
        }
    }

    /// Its text.
    pub(super) fn text(&self) -> &str {
        self.source.text()
    }
}

pub struct DocWorld<'a> {
    main: Source,
    layout: &'a Layout,
}

impl<'a> DocWorld<'a> {
    /// The world of the document `text`, which `--format typ` writes at `at` in its
    /// language's folder (`draft.typ`, `groups/q1.typ`), beside or below `layout.typ`: it
    /// is placed in that folder, so its import of the layout (`"layout.typ"`,
    /// `"../layout.typ"`) finds it here as it does in those files. It is named `main.typ`
    /// there whatever its name: Typst's file ids are interned for the process's life, and
    /// run out at 65,535 (a long `agenda serve` would see ever new group names).
    pub fn new(text: String, at: &str, layout: &'a Layout) -> Self {
        let main = match at.rsplit_once('/') {
            Some((folder, _)) => format!("/{folder}/main.typ"),
            None => "/main.typ".to_string(),
        };
        let main = VirtualPath::new(main)
            .unwrap_or_else(|_| VirtualPath::new("/main.typ").expect("a valid constant path"));
        Self {
            main: Source::new(RootedPath::new(VirtualRoot::Project, main).intern(), text),
            layout,
        }
    }

    /// The source of `id`, if it is one of this world's two.
    pub fn lookup(&self, id: FileId) -> Option<&Source> {
        [&self.main, &self.layout.source]
            .into_iter()
            .find(|s| s.id() == id)
    }

    /// How errors name the layout (`None` for the document's own data, which the caller
    /// names).
    pub fn name(&self, id: FileId) -> Option<&str> {
        (id == *LAYOUT).then_some(self.layout.name.as_str())
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        fonts::store().book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.lookup(id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let source = self.lookup(id).ok_or_else(|| not_found(id))?;
        Ok(Bytes::from_string(source.text().to_string()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts::store().font(index)
    }

    /// No clock: a document that asks for today's date gets an error, not a varying answer.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
