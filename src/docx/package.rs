//! The `.docx` zip: the reference's parts, its body replaced by the document's, its
//! styles completed, the comments and core properties added, written deterministically.

use std::io::{Cursor, Write};

use super::reference::Reference;
use super::section::section;
use crate::render::docx::xml::escaped as attr;
use crate::render::docx::{Block, Body};

const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const CORE_TYPE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
const CORE_REL: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
/// The reference's comment parts, left out with their relationships and content types:
/// a document's comments are its own.
const COMMENT_PARTS: &[&str] = &[
    "word/comments.xml",
    "word/commentsExtended.xml",
    "word/commentsIds.xml",
    "word/commentsExtensible.xml",
];
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// What the package's core properties say of the document.
#[derive(Debug)]
pub struct About<'a> {
    pub title: &'a str,
    /// BCP 47: "zh", "ar".
    pub lang: &'a str,
    pub creator: &'a str,
    /// The document's date (never the clock).
    pub date: chrono::NaiveDate,
}

/// The `.docx` of `body` on `reference`.
pub fn package(reference: &Reference, body: &Body, about: &About) -> Result<Vec<u8>, String> {
    let core_path = core_path(reference);
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, bytes) in &reference.parts {
        let replaced = match name.as_str() {
            "word/document.xml" => document(reference, body),
            "word/styles.xml" => reference.styles.clone(),
            "[Content_Types].xml" => content_types(bytes, body, &core_path),
            "_rels/.rels" => package_rels(bytes, &core_path),
            "word/_rels/document.xml.rels" => document_rels(bytes, body),
            n if n == core_path || COMMENT_PARTS.contains(&n) => continue,
            _ => {
                parts.push((name.clone(), bytes.clone()));
                continue;
            }
        };
        parts.push((name.clone(), replaced.into_bytes()));
    }
    if !reference.parts.iter().any(|(n, _)| n == "word/styles.xml") {
        parts.push((
            "word/styles.xml".into(),
            reference.styles.clone().into_bytes(),
        ));
    }
    if !body.comments.is_empty() {
        parts.push(("word/comments.xml".into(), comments(body).into_bytes()));
    }
    for image in &body.images {
        parts.push((format!("word/media/{}.png", image.id), image.png.clone()));
    }
    parts.push((core_path, core(about).into_bytes()));
    zip(&parts)
}

/// `parts` as a zip: in their order, deflated, each dated 1980-01-01 and readable by all.
pub fn zip(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| e.to_string())?;
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    let done = writer.finish().map_err(|e| e.to_string())?;
    Ok(done.into_inner())
}

/// `word/document.xml`: the reference's root element around the body, each section
/// closed with the reference's page set-up.
fn document(reference: &Reference, body: &Body) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    x.push_str(&reference.root);
    x.push_str("<w:body>\n");
    for block in &body.blocks {
        match block {
            Block::Xml(xml) => x.push_str(xml),
            Block::SectionEnd { landscape, mark } => {
                let bidi = if body.rtl { "<w:bidi/>" } else { "" };
                let sect = section(&reference.section, *landscape, body.rtl);
                x.push_str(&format!("<w:p><w:pPr>{bidi}{mark}{sect}</w:pPr></w:p>\n"));
            }
        }
    }
    x.push_str(&section(&reference.section, false, body.rtl));
    x.push_str("</w:body></w:document>");
    x
}

fn comments(body: &Body) -> String {
    let mut x = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"{W_NS}\">"
    );
    let bidi = if body.rtl { "<w:bidi/>" } else { "" };
    for c in &body.comments {
        x.push_str(&format!(
            "<w:comment w:id=\"{}\" w:author=\"{}\" w:date=\"{}\">",
            c.id,
            attr(&body.author),
            body.date
        ));
        for p in &c.paragraphs {
            x.push_str(&format!(
                "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/>{bidi}</w:pPr>{p}</w:p>"
            ));
        }
        x.push_str("</w:comment>");
    }
    x.push_str("</w:comments>");
    x
}

/// Where the core properties are: as the reference's package relationships say, else
/// `docProps/core.xml`.
fn core_path(reference: &Reference) -> String {
    let rels = reference.parts.iter().find(|(n, _)| n == "_rels/.rels");
    let text = rels.map(|(_, b)| String::from_utf8_lossy(b).into_owned());
    text.and_then(|t| {
        let at = t.find(CORE_REL)?;
        let element_start = t[..at].rfind('<')?;
        let element = &t[element_start..element_start + t[element_start..].find('>')?];
        let target = element.split("Target=\"").nth(1)?.split('"').next()?;
        Some(target.trim_start_matches('/').to_string())
    })
    .unwrap_or_else(|| "docProps/core.xml".to_string())
}

fn core(about: &About) -> String {
    let date = format!("{}T00:00:00Z", about.date.format("%Y-%m-%d"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>",
        attr(about.title),
        attr(about.creator),
        attr(about.lang)
    )
}

/// The content types, with the comments' and core properties' added where missing.
fn content_types(bytes: &[u8], body: &Body, core_path: &str) -> String {
    let parts: Vec<String> = COMMENT_PARTS
        .iter()
        .map(|p| format!("PartName=\"/{p}\""))
        .collect();
    let mut t = without_elements(
        String::from_utf8_lossy(bytes).into_owned(),
        "<Override ",
        &parts,
    );
    let mut add = |part: &str, kind: &str| {
        let entry = format!("PartName=\"/{part}\"");
        if !t.contains(&entry)
            && let Some(at) = t.rfind("</Types>")
        {
            t.insert_str(at, &format!("<Override {entry} ContentType=\"{kind}\"/>"));
        }
    };
    if !body.comments.is_empty() {
        add("word/comments.xml", COMMENTS_TYPE);
    }
    add(core_path, CORE_TYPE);
    if !body.images.is_empty()
        && !t.contains("Extension=\"png\"")
        && let Some(at) = t.rfind("</Types>")
    {
        t.insert_str(at, "<Default Extension=\"png\" ContentType=\"image/png\"/>");
    }
    t
}

fn package_rels(bytes: &[u8], core_path: &str) -> String {
    let t = String::from_utf8_lossy(bytes).into_owned();
    with_relationship(t, CORE_REL, ("rIdAgendaCore", core_path))
}

fn document_rels(bytes: &[u8], body: &Body) -> String {
    let targets: Vec<String> = (COMMENT_PARTS.iter())
        .flat_map(|p| {
            [
                format!("Target=\"{}\"", &p["word/".len()..]),
                format!("Target=\"/{p}\""),
            ]
        })
        .collect();
    let t = without_elements(
        String::from_utf8_lossy(bytes).into_owned(),
        "<Relationship ",
        &targets,
    );
    let mut t = match body.comments.is_empty() {
        true => t,
        false => with_relationship(t, COMMENTS_REL, ("rIdAgendaComments", "comments.xml")),
    };
    for image in &body.images {
        if let Some(at) = t.rfind("</Relationships>") {
            let target = format!("media/{}.png", image.id);
            t.insert_str(
                at,
                &format!(
                    "<Relationship Id=\"{}\" Type=\"{IMAGE_REL}\" Target=\"{target}\"/>",
                    image.id
                ),
            );
        }
    }
    t
}

/// The relationship type of a picture.
const IMAGE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

/// `xml` without the elements starting `start` (written empty, `<… />`) that hold any of
/// `needles`.
fn without_elements(xml: String, start: &str, needles: &[String]) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml.as_str();
    while let Some(at) = rest.find(start) {
        let Some(len) = rest[at..].find("/>") else {
            break;
        };
        let element = &rest[at..at + len + 2];
        out.push_str(&rest[..at]);
        if !needles.iter().any(|n| element.contains(n.as_str())) {
            out.push_str(element);
        }
        rest = &rest[at + len + 2..];
    }
    out.push_str(rest);
    out
}

/// `rels` with a relationship of type `kind` to `target`, where it has none of that type.
fn with_relationship(mut rels: String, kind: &str, (id, target): (&str, &str)) -> String {
    if rels.contains(kind) {
        return rels;
    }
    if let Some(at) = rels.rfind("</Relationships>") {
        rels.insert_str(
            at,
            &format!("<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"),
        );
    }
    rels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_references_comments_go_with_their_relationships() {
        let rels = "<Relationships><Relationship Id=\"r1\" Type=\"x/styles\" Target=\"styles.xml\"/><Relationship Id=\"r9\" Type=\"x/comments\" Target=\"comments.xml\"/><Relationship Id=\"r10\" Type=\"y\" Target=\"commentsIds.xml\"/></Relationships>";
        let body = Body {
            blocks: Vec::new(),
            comments: Vec::new(),
            rtl: false,
            author: String::new(),
            date: String::new(),
            title: String::new(),
            images: Vec::new(),
        };
        assert_eq!(
            document_rels(rels.as_bytes(), &body),
            "<Relationships><Relationship Id=\"r1\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>"
        );
    }
}
