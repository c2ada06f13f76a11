//! Writing the index of everything published in an output folder: each meeting's
//! manifest read back (so meetings built earlier are listed too), the index's view made
//! in each language the meetings publish in ([`crate::render::view::index`]) and written
//! as HTML and Markdown ([`crate::render::index`]): `index.html` and `index.md` in
//! English, `index.<lang>.html` and `index.<lang>.md` in each other language; the pages of
//! a language no meeting publishes in any more removed. Written after the build's meetings
//! are published, under the output's lock, each file replacing the previous one whole
//! (written beside it, then renamed).

use std::fs;
use std::path::Path;

use super::{OutputError, Published, fail};
use crate::render::index::{file_name, html, markdown};
use crate::render::view::index::index;

/// Writes the index of every meeting published in `out`, in each language.
pub fn write(out: &Path) -> Result<(), OutputError> {
    let published = listed(out);
    let langs = languages(&published);
    for lang in &langs {
        let view = index(&published, lang, &langs);
        replace(&out.join(file_name(lang, "html")), &html(&view))?;
        replace(&out.join(file_name(lang, "md")), &markdown(&view))?;
    }
    // The index in a language no meeting publishes in any more is gone.
    for lang in crate::lang::known()
        .iter()
        .filter(|l| !langs.iter().any(|x| x == *l))
    {
        for ext in ["html", "md"] {
            let path = out.join(file_name(lang, ext));
            match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(fail(&path)(e)),
                _ => {}
            }
        }
    }
    Ok(())
}

/// English, then each other language a published file is in, in the tool's order.
fn languages(published: &[Published]) -> Vec<String> {
    let used = |l: &str| {
        published
            .iter()
            .any(|m| m.files.iter().any(|f| f.lang == l))
    };
    let known = crate::lang::known();
    let others = known.iter().copied().filter(|l| *l != "en" && used(l));
    std::iter::once("en")
        .chain(others)
        .map(str::to_string)
        .collect()
}

/// The meetings of `out`, by folder name; a folder without a readable manifest of this
/// tool is not one.
fn listed(out: &Path) -> Vec<Published> {
    let Ok(dir) = fs::read_dir(out) else {
        return Vec::new();
    };
    let mut names: Vec<String> = dir
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|n| Published::read(&out.join(n)).ok().flatten())
        .collect()
}

/// Writes `text` to `path` whole (see [`super::replace_file`]).
fn replace(path: &Path, text: &str) -> Result<(), OutputError> {
    crate::files::replace_file(path, text.as_bytes(), "indexed").map_err(fail(path))
}
