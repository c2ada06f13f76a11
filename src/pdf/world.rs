//! The Typst world of one document: its single in-memory source, the shared library and
//! fonts, and nothing else: no file system, no packages, no clock, no network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts;

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The one file id every document's source uses (ids are interned for the process's life).
static MAIN: LazyLock<FileId> = LazyLock::new(|| {
    let path = VirtualPath::new("/main.typ").expect("a valid constant path");
    RootedPath::new(VirtualRoot::Project, path).intern()
});

pub struct DocWorld {
    main: Source,
}

impl DocWorld {
    pub fn new(text: String) -> Self {
        Self {
            main: Source::new(*MAIN, text),
        }
    }

    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        fonts::store().book()
    }

    fn main(&self) -> FileId {
        *MAIN
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *MAIN {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(not_found(id))
        }
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
