//! Rebuild only what changed: a meeting whose inputs are those its publication was made
//! from is left as it is. The inputs are everything that determines its files: the bytes
//! of every file of its folder (sources, revisions, lock; links followed, as the loader
//! follows them; the sources hashed as they were read, not as they are once the build
//! is done), the templates that apply to it,
//! the fonts added with `--font-path`, the languages and formats asked for, and the binary
//! itself ([`crate::BUILD_ID`]). Their hash, the key, is kept in the publication's
//! `manifest.json`, so that it is replaced with the files it describes, all or nothing. A
//! manifest from another binary or made from other inputs is no cache (one that cannot be
//! read at all is not taken for this tool's: see [`super::write`]), nor is a publication
//! that is not as its manifest says: a file it lists gone, a
//! file it does not list, a file written after it (all cheap to see), or, with `agenda
//! build --verify`, a file whose bytes are not those it hashed. The meeting is then built
//! again.

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

    /// Every file under `dir`, by path (relative to it, in order) and the SHA-256 of its
    /// bytes, links followed as the build's readers follow them (a linked source, folder,
    /// template or font is an input like any other).
    pub fn add_folder(&mut self, dir: &Path) {
        self.add_folder_read(dir, &|_| None);
    }

    /// As [`Key::add_folder`], but a file that the build has read already is hashed as
    /// it was read (`read` gives the digest of the bytes it read), not as it is now: the
    /// key then says what the publication was made from, even if the file changed since.
    pub fn add_folder_read(&mut self, dir: &Path, read: &dyn Fn(&Path) -> Option<String>) {
        let files = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok);
        for entry in files.filter(|e| e.file_type().is_file()) {
            let name = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            // A file that cannot be read makes a key no publication has.
            let digest = read(entry.path()).unwrap_or_else(|| {
                digest_of(entry.path()).unwrap_or_else(|e| format!("unreadable: {e}"))
            });
            self.add(&name.to_string_lossy(), digest.as_bytes());
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

/// The hex SHA-256 of the file at `path`, read a piece at a time (a large font or a file
/// behind a link is never held whole).
fn digest_of(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = [0u8; 16 << 10];
    loop {
        match file.read(&mut buffer)? {
            0 => break,
            n => hasher.update(&buffer[..n]),
        }
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// How many files the publication in `folder`, whose manifest is `manifest`, holds, if it
/// was made from inputs with `key` and is as its manifest says: every file it lists is
/// there and no other, and none was written after the manifest (a build writes the
/// manifest last, so a later time is an edit by hand); with `verify`, every file's bytes
/// are also hashed and compared with the manifest's SHA-256.
pub fn published(folder: &Path, manifest: &Published, key: &str, verify: bool) -> Option<usize> {
    if manifest.about.key != key {
        return None;
    }
    let written = modified(&folder.join("manifest.json"))?;
    let mut listed: HashMap<&str, &str> = manifest
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.sha256.as_str()))
        .collect();
    for entry in walkdir::WalkDir::new(folder).min_depth(1) {
        let entry = entry.ok()?;
        if entry.file_type().is_dir() {
            continue;
        }
        let name = entry.path().strip_prefix(folder).ok()?.to_str()?;
        if name == "manifest.json" {
            continue;
        }
        let sha256 = listed.remove(name.replace('\\', "/").as_str())?;
        let bytes_ok = || {
            let bytes = crate::files::read_regular(entry.path()).ok()?;
            (crate::files::sha256_hex(&bytes) == sha256).then_some(())
        };
        if !entry.file_type().is_file() || modified(entry.path())? > written {
            return None;
        }
        if verify {
            bytes_ok()?;
        }
    }
    listed.is_empty().then_some(manifest.files.len() + 1)
}

/// When the file at `path` was last written.
fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::symlink_metadata(path).ok()?.modified().ok()
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
        let bytes = crate::files::read_regular(&self.folder.join(path)).ok()?;
        (crate::files::sha256_hex(&bytes) == *sha256).then_some(bytes)
    }
}
