//! `agenda build`: renders every document of the checked meetings and publishes them.

use std::path::{Path, PathBuf};

use super::{ExitCode, Format, Ready, gather, selected};
use crate::diag;
use crate::pdf;
use crate::publish::{self, OutFile};
use crate::render::{self, Engine, documents::Document, inline::Markup};
use crate::validate::Meeting;

pub(super) fn build(
    paths: &[PathBuf],
    out: &Path,
    langs: &[String],
    formats: &[Format],
) -> ExitCode {
    let ready = match gather(paths, formats.contains(&Format::Pdf), langs) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut rendered = Vec::new();
    for r in &ready {
        match render_meeting(r, langs, formats) {
            Ok(files) => rendered.push((r.meeting.id.as_str(), files)),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::Invalid;
            }
        }
    }
    for (id, files) in &rendered {
        match publish::publish(out, id, files) {
            Ok(dir) => println!(
                "wrote {} ({} files)",
                diag::display_path(&dir),
                files.len() + 1
            ),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::Usage;
            }
        }
    }
    ExitCode::Ok
}

/// Every file of one meeting, in memory.
fn render_meeting(r: &Ready, langs: &[String], formats: &[Format]) -> Result<Vec<OutFile>, String> {
    let engine = Engine::new(r.templates.as_deref()).map_err(|e| e.to_string())?;
    let meeting = &r.meeting;
    let mut files = Vec::new();
    for lang in selected(meeting, langs)? {
        for doc in render::documents::documents(meeting) {
            for format in formats {
                let bytes = render_one(&engine, meeting, &doc, &lang, *format)?;
                files.push(OutFile {
                    path: format!("{lang}/{}.{}", doc.name, format.name()),
                    format: format.name(),
                    lang: lang.clone(),
                    document: doc.document.clone(),
                    revision: doc.revision,
                    changes: doc.changes.is_some(),
                    bytes,
                });
            }
        }
    }
    Ok(files)
}

fn render_one(
    engine: &Engine,
    meeting: &Meeting,
    doc: &Document,
    lang: &str,
    format: Format,
) -> Result<Vec<u8>, String> {
    let text = |markup| {
        engine
            .render(meeting, doc, lang, markup)
            .map_err(|e| e.to_string())
    };
    Ok(match format {
        Format::Md => text(Markup::Markdown)?.into_bytes(),
        Format::Html => text(Markup::Html)?.into_bytes(),
        Format::Typ => text(Markup::Typst)?.into_bytes(),
        Format::Pdf => {
            let ident = format!("{}/{lang}/{}", meeting.id, doc.name);
            let date = doc
                .stamp
                .as_ref()
                .map_or(meeting.meta.first_day, |(_, d)| *d);
            pdf::compile(text(Markup::Typst)?, &ident, date).map_err(|e| {
                format!(
                    "the Typst template for {} ({lang}) does not compile:\n{e}",
                    doc.name
                )
            })?
        }
    })
}
