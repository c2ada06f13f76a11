//! Rebuild only what changed: a meeting whose inputs are those its publication was made
//! from is left as it is. The inputs are everything that determines its files: the bytes
//! of every file of its folder (sources, revisions, lock), the templates that apply to it,
//! the fonts added with `--font-path`, the languages and formats asked for, and the binary
//! itself ([`crate::BUILD_ID`]). Their hash, the key, is kept in the publication's
//! `manifest.json`, so that it is replaced with the files it describes, all or nothing. A
//! manifest that cannot be read, from another binary, made from other inputs, or listing a
//! file that is gone, is no cache: the meeting is built again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::Published;

/// Hashes inputs: each named part, its name and bytes length-prefixed, so that no two
/// different lists of parts hash alike.
#[derive(Default)]
pub struct Key(Sha256);

impl Key {
    pub fn new() -> Key {
        let mut key = Key::default();
        key.add("binary", crate::BUILD_ID.as_bytes());
        key
    }

    pub fn add(&mut self, name: &str, bytes: &[u8]) {
        for part in [name.as_bytes(), bytes] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
    }

    /// Every file under `dir`, by path (relative to it, in order) and contents.
    pub fn add_folder(&mut self, dir: &Path) {
        let files = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok);
        for entry in files.filter(|e| e.file_type().is_file()) {
            let name = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            // A file that cannot be read makes a key no publication has.
            let bytes = std::fs::read(entry.path()).unwrap_or_else(|e| e.to_string().into_bytes());
            self.add(&name.to_string_lossy(), &bytes);
        }
    }

    pub fn finish(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// How many files the publication `<out>/<meeting>` holds, if it was made from inputs
/// with `key` and every file it lists is there.
pub fn published(out: &Path, meeting: &str, key: &str) -> Option<usize> {
    let folder = out.join(meeting);
    let manifest = Published::read(&folder).ok()??;
    if manifest.about.key != key {
        return None;
    }
    let all_there = manifest
        .files
        .iter()
        .all(|f| folder.join(&f.path).is_file());
    all_there.then_some(manifest.files.len() + 1)
}

/// The PDFs of a meeting's publication: for each, the key of the Typst source it was
/// compiled from and the hash of its bytes. Within a meeting that changed, a PDF whose
/// source did not change is taken from the publication instead of compiled again, once
/// its bytes are checked against the manifest.
#[derive(Default)]
pub struct Compiled {
    folder: PathBuf,
    by_path: HashMap<String, (String, String)>,
}

impl Compiled {
    /// What the publication `<out>/<meeting>` says of its PDFs (nothing, if its manifest
    /// cannot be read; a PDF made by another binary has another source key, so it is never
    /// reused).
    pub fn read(out: &Path, meeting: &str) -> Compiled {
        let folder = out.join(meeting);
        let Ok(Some(manifest)) = Published::read(&folder) else {
            return Compiled::default();
        };
        let by_path = manifest
            .files
            .into_iter()
            .filter_map(|f| Some((f.path, (f.source?, f.sha256))))
            .collect();
        Compiled { folder, by_path }
    }

    /// The bytes of the PDF at `path` if it was compiled from a source with key `source`
    /// and is as the manifest says.
    pub fn reuse(&self, path: &str, source: &str) -> Option<Vec<u8>> {
        let (was, sha256) = self.by_path.get(path)?;
        if was != source {
            return None;
        }
        let bytes = crate::load::read_regular(&self.folder.join(path)).ok()?;
        (crate::lock::sha256_hex(&bytes) == *sha256).then_some(bytes)
    }
}
