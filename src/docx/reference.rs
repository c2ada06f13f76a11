//! The reference document: the built-in one (made from `templates/reference/`), or a
//! `reference.docx` in the templates folder that applies, read once per meeting.

use std::io::{Cursor, Read};
use std::path::Path;

use super::ReferenceError;

/// The parts of the built-in reference, in the order they are written.
const BUILTIN: &[(&str, &str)] = &[
    (
        "[Content_Types].xml",
        include_str!("../../templates/reference/[Content_Types].xml"),
    ),
    (
        "_rels/.rels",
        include_str!("../../templates/reference/_rels/.rels"),
    ),
    (
        "word/document.xml",
        include_str!("../../templates/reference/word/document.xml"),
    ),
    (
        "word/_rels/document.xml.rels",
        include_str!("../../templates/reference/word/_rels/document.xml.rels"),
    ),
    (
        "word/styles.xml",
        include_str!("../../templates/reference/word/styles.xml"),
    ),
    (
        "word/settings.xml",
        include_str!("../../templates/reference/word/settings.xml"),
    ),
    (
        "word/footer1.xml",
        include_str!("../../templates/reference/word/footer1.xml"),
    ),
];

/// The file name of a reference document in a templates folder.
pub const FILE_NAME: &str = "reference.docx";

/// The most a reference document may hold, packed or unpacked: its styles and page set-up
/// are a few hundred kilobytes; beyond this it is not read (a part that claims less than it
/// holds included).
pub const LIMIT: usize = 32 << 20;

/// A reference document, read: its parts in their order, and what the body needs of it.
#[derive(Debug, Clone)]
pub struct Reference {
    /// Where it came from: its path, or `built-in reference.docx`.
    pub origin: String,
    /// Every part: its name in the zip and its bytes.
    pub parts: Vec<(String, Vec<u8>)>,
    /// The start tag of its `w:document`, with the namespaces it declares.
    pub root: String,
    /// The body's last `w:sectPr`: the page set-up, header and footer.
    pub section: String,
    /// Its `word/styles.xml`, with the styles the tool uses that it lacks added.
    pub styles: String,
    /// The width of its pages' text, portrait and turned landscape (twips), which tables
    /// fill.
    pub text_width: crate::render::docx::TextWidth,
}

impl Reference {
    /// The reference that applies to a meeting: `templates/reference.docx` in its
    /// templates folder, else the built-in one.
    pub fn for_templates(templates: Option<&Path>) -> Result<Reference, ReferenceError> {
        match templates.map(|d| d.join(FILE_NAME)).filter(|p| p.is_file()) {
            Some(path) => {
                let shown = crate::diag::display_path(&path);
                let fail = |reason: String| ReferenceError {
                    path: shown.clone(),
                    reason,
                };
                let too_large = format!(
                    "it is larger than {} MiB, more than a reference document's styles and page set-up need (remove its images and embedded fonts)",
                    LIMIT >> 20
                );
                let size = std::fs::metadata(&path).map_or(0, |m| m.len());
                if size > LIMIT as u64 {
                    return Err(fail(too_large));
                }
                let bytes = std::fs::read(&path).map_err(|e| fail(crate::files::io_reason(&e)))?;
                let read = Reference::read(&bytes).map_err(fail)?;
                Ok(Reference {
                    origin: shown.clone(),
                    ..read
                })
            }
            None => Ok(Reference::builtin()),
        }
    }

    /// The built-in reference.
    pub fn builtin() -> Reference {
        let parts = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
            .collect();
        // The built-in parts are the project's own, and tested to read.
        Reference::from_parts(parts).unwrap_or_else(|_| Reference {
            origin: String::new(),
            parts: Vec::new(),
            root: String::new(),
            section: String::new(),
            styles: String::new(),
            text_width: crate::render::docx::TextWidth::default(),
        })
    }

    /// Writes the built-in reference document at `path`, where no file is (a file left
    /// half written by a failure is removed).
    pub fn write_builtin(path: &std::path::Path) -> Result<(), crate::error::Error> {
        use crate::error::Error;
        use std::io::Write;
        let shown = crate::diag::display_path(path);
        let bytes = Reference::builtin_docx().map_err(|reason| {
            Error::usage(format!("cannot make the reference document ({reason})"))
        })?;
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path);
        let written = file.and_then(|mut f| f.write_all(&bytes).and_then(|()| f.sync_all()));
        match written {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::usage(format!(
                "{shown} exists; name another file, or remove it first"
            ))),
            Err(e) => {
                let _ = std::fs::remove_file(path);
                Err(Error::usage(format!(
                    "cannot write {shown} ({})",
                    crate::files::io_reason(&e)
                )))
            }
        }
    }

    /// The built-in reference as a `.docx`, to start an organisation's own from.
    pub fn builtin_docx() -> Result<Vec<u8>, String> {
        let parts: Vec<(String, Vec<u8>)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
            .collect();
        super::package::zip(&parts)
    }

    /// A reference read from the bytes of a `.docx` (at most [`LIMIT`] bytes unpacked).
    pub fn read(bytes: &[u8]) -> Result<Reference, String> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|_| "it is not a zip package, as a .docx is".to_string())?;
        let mut parts = Vec::new();
        let mut left = LIMIT;
        for i in 0..archive.len() {
            let file = archive.by_index(i).map_err(|e| e.to_string())?;
            if file.is_dir() {
                continue;
            }
            let name = file.name().map_err(|e| e.to_string())?.into_owned();
            // Read no further than the limit, whatever size the package claims.
            let mut data = Vec::new();
            file.take(left as u64 + 1)
                .read_to_end(&mut data)
                .map_err(|e| format!("{name} cannot be read ({e})"))?;
            left = left.checked_sub(data.len()).ok_or_else(|| {
                format!("unpacked, it is larger than {} MiB (at {name}), more than a reference document's styles and page set-up need (remove its images and embedded fonts)", LIMIT >> 20)
            })?;
            parts.push((name, data));
        }
        Reference::from_parts(parts)
    }

    fn from_parts(parts: Vec<(String, Vec<u8>)>) -> Result<Reference, String> {
        let text = |name: &str| {
            parts
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        };
        let document = text("word/document.xml")
            .ok_or("it has no word/document.xml (is it a Word document?)")?;
        let root = root_tag(&document).ok_or("its word/document.xml has no w:document element")?;
        let section =
            last_section(&document).ok_or("its body has no page set-up (w:sectPr) to take")?;
        let builtin_styles = BUILTIN
            .iter()
            .find(|(n, _)| *n == "word/styles.xml")
            .map_or("", |(_, t)| t);
        let styles = match text("word/styles.xml") {
            Some(own) => add_missing_styles(&own, builtin_styles),
            None => builtin_styles.to_string(),
        };
        Ok(Reference {
            origin: format!("built-in {FILE_NAME}"),
            text_width: text_width(&section),
            parts,
            root,
            section,
            styles,
        })
    }
}

/// The width of the text of a section's pages, portrait and landscape: the page's
/// width (its height, turned) less the left and right margins.
fn text_width(section: &str) -> crate::render::docx::TextWidth {
    let element = |name: &str| {
        let at = section.find(name)?;
        Some(&section[at..at + section[at..].find('>')?])
    };
    let number = |element: Option<&str>, key: &str| -> Option<u32> {
        value(element?, &format!(" {key}=\"")).and_then(|v| v.parse().ok())
    };
    let (size, margins) = (element("<w:pgSz"), element("<w:pgMar"));
    let (w, h) = (
        number(size, "w:w").unwrap_or(11906),
        number(size, "w:h").unwrap_or(16838),
    );
    let sides =
        number(margins, "w:left").unwrap_or(1134) + number(margins, "w:right").unwrap_or(1134);
    let (short, long) = (w.min(h), w.max(h));
    crate::render::docx::TextWidth {
        portrait: short.saturating_sub(sides).max(1440),
        landscape: long.saturating_sub(sides).max(1440),
    }
}

/// `<w:document …>`, the start tag.
fn root_tag(document: &str) -> Option<String> {
    let start = document.find("<w:document")?;
    let end = start + document[start..].find('>')?;
    let tag = &document[start..=end];
    Some(match tag.strip_suffix("/>") {
        Some(open) => format!("{open}>"),
        None => tag.to_string(),
    })
}

/// The last `<w:sectPr …>…</w:sectPr>` of the document (the body's own).
fn last_section(document: &str) -> Option<String> {
    let start = document.rfind("<w:sectPr")?;
    let rest = &document[start..];
    let open_end = rest.find('>')?;
    if rest[..=open_end].ends_with("/>") {
        return Some(rest[..=open_end].to_string());
    }
    let end = rest.find("</w:sectPr>")? + "</w:sectPr>".len();
    Some(rest[..end].to_string())
}

/// `own`, with the styles of `builtin` it lacks added at its end. A style it has under
/// the same id is its own; one it has under the same name but another id (a localized
/// Word saves "heading 1" as `Überschrift1`) is added under the tool's id as a style
/// based on it, so that its look applies; any other is added as built in, never as a
/// second default style.
fn add_missing_styles(own: &str, builtin: &str) -> String {
    let Some(close) = own.rfind("</w:styles>") else {
        return own.to_string();
    };
    let theirs = styles_of(own);
    let mut added = String::new();
    for (block, id, name) in styles_of(builtin) {
        if theirs.iter().any(|(_, i, _)| *i == id) {
            continue;
        }
        match theirs.iter().find(|(_, _, n)| n.eq_ignore_ascii_case(name)) {
            Some((theirs, their_id, _)) => {
                let kind = value(theirs, "w:type=\"").unwrap_or("paragraph");
                added.push_str(&format!(
                    "<w:style w:type=\"{kind}\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name} (agenda)\"/><w:basedOn w:val=\"{their_id}\"/></w:style>\n"
                ));
            }
            None => {
                let kind = value(block, "w:type=\"");
                let has_default = theirs.iter().any(|(b, _, _)| {
                    b.contains("w:default=\"1\"") && value(b, "w:type=\"") == kind
                });
                match has_default {
                    true => added.push_str(&block.replacen(" w:default=\"1\"", "", 1)),
                    false => added.push_str(block),
                }
                added.push('\n');
            }
        }
    }
    format!("{}{added}{}", &own[..close], &own[close..])
}

/// The styles of a styles part: each one's element, id and name.
fn styles_of(xml: &str) -> Vec<(&str, &str, &str)> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<w:style ") {
        let Some(len) = rest[start..].find("</w:style>") else {
            break;
        };
        let block = &rest[start..start + len + "</w:style>".len()];
        if let Some(id) = value(block, "w:styleId=\"") {
            out.push((block, id, value(block, "<w:name w:val=\"").unwrap_or("")));
        }
        rest = &rest[start + len..];
    }
    out
}

/// The value after `lead` (which ends in a quote) up to the next quote.
fn value<'a>(text: &'a str, lead: &str) -> Option<&'a str> {
    let at = text.find(lead)? + lead.len();
    let len = text[at..].find('"')?;
    Some(&text[at..at + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_larger_than_the_limit_unpacked_is_not_read() {
        let mut parts: Vec<(String, Vec<u8>)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
            .collect();
        parts.push(("word/media/huge.bin".to_string(), vec![0; LIMIT + 1]));
        let packed = super::super::package::zip(&parts).unwrap();
        assert!(packed.len() < LIMIT / 100, "zeros pack small");
        let Err(why) = Reference::read(&packed) else {
            panic!("read");
        };
        assert!(
            why.starts_with("unpacked, it is larger than 32 MiB (at word/media/huge.bin)"),
            "{why}"
        );
        parts.pop();
        assert!(Reference::read(&super::super::package::zip(&parts).unwrap()).is_ok());
    }

    #[test]
    fn the_builtin_reads_and_has_a_page_set_up() {
        let r = Reference::builtin();
        assert!(r.section.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        assert_eq!(
            (r.text_width.portrait, r.text_width.landscape),
            (9638, 14570)
        );
        assert!(r.root.starts_with("<w:document xmlns:w="));
        let again = Reference::builtin_docx()
            .and_then(|b| Reference::read(&b))
            .map(|r| r.styles);
        assert_eq!(again, Ok(r.styles));
    }

    #[test]
    fn missing_styles_are_added_and_own_ones_kept() {
        let own = "<w:styles><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"mine\"/></w:style></w:styles>";
        let merged = add_missing_styles(
            own,
            include_str!("../../templates/reference/word/styles.xml"),
        );
        assert_eq!(merged.matches("w:styleId=\"Heading1\"").count(), 1);
        assert!(merged.contains("<w:name w:val=\"mine\"/>"));
        assert!(merged.contains("w:styleId=\"AgendaItem1\""));
        // Its defaults (paragraph, character, table) are the built-in ones: it has none.
        assert_eq!(merged.matches("w:default=\"1\"").count(), 3);
    }

    #[test]
    fn a_localized_style_is_used_under_the_tools_id() {
        let own = "<w:styles><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
        let merged = add_missing_styles(
            own,
            include_str!("../../templates/reference/word/styles.xml"),
        );
        assert!(merged.contains("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1 (agenda)\"/><w:basedOn w:val=\"berschrift1\"/></w:style>"));
        assert!(merged.contains("w:styleId=\"Normal\"><w:name w:val=\"Normal (agenda)\"/><w:basedOn w:val=\"Standard\"/>"));
        // Its default paragraph style stays the one; the character and table ones are added.
        assert_eq!(merged.matches("w:default=\"1\"").count(), 3);
        assert!(merged.contains("w:default=\"1\" w:styleId=\"Standard\""));
    }
}
