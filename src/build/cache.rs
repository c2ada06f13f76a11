//! What a build reuses of the last publication (see [`output::cache`]): a meeting whose
//! inputs are those its publication was made from is not read again, and a PDF whose
//! Typst source has not changed is not compiled again.

use std::path::Path;

use super::Options;
use super::gather::{Last, Publications};
use crate::error::Error;
use crate::load::Loaded;
use crate::output;
use crate::pdf;

/// How a meeting's PDFs are made: the key of what each depends on besides its Typst
/// source (the binary, the layout, the fonts added), and the PDFs of its publication, of
/// which one whose source has not changed is reused instead of compiled again.
pub(super) struct Pdfs {
    base: String,
    old: output::cache::Compiled,
}

impl Pdfs {
    pub fn new(layout_text: &str, o: &Options, meeting: &str) -> Pdfs {
        let mut key = output::cache::Key::new();
        key.add("layout", layout_text.as_bytes());
        for fonts in &o.fonts {
            key.add_folder(fonts);
        }
        Pdfs {
            base: key.finish(),
            old: output::cache::Compiled::read(&o.out, meeting),
        }
    }

    /// The PDF at `path` from Typst source `typ`, and the key of that source.
    pub fn make(
        &self,
        layout: &pdf::Layout,
        (path, typ): (&str, String),
        (ident, date): (&str, chrono::NaiveDate),
    ) -> Result<(Vec<u8>, String), Error> {
        let mut key = output::cache::Key::new();
        key.add("base", self.base.as_bytes());
        key.add("source", typ.as_bytes());
        let source = key.finish();
        if let Some(bytes) = self.old.reuse(path, &source) {
            return Ok((bytes, source));
        }
        // `<lang>/groups/q1.pdf` is compiled from `groups/q1.typ` in the language's folder.
        let at = path.split_once('/').map_or(path, |(_, at)| at);
        let at = at.strip_suffix(".pdf").map(|stem| format!("{stem}.typ"));
        let at = at.as_deref().unwrap_or(path);
        let bytes = pdf::compile(typ, at, layout, ident, date).map_err(Error::Typst)?;
        Ok((bytes, source))
    }
}

/// The publications in the output folder, as the build's cache (see [`output::cache`]).
pub(super) struct Cache<'a>(pub &'a Options);

impl Publications for Cache<'_> {
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
    for fonts in &o.fonts {
        key.add_folder(fonts);
    }
    key.add("languages", o.langs.join(",").as_bytes());
    let formats: Vec<&str> = o.formats.iter().map(|f| f.name()).collect();
    key.add("formats", formats.join(",").as_bytes());
    key.finish()
}
