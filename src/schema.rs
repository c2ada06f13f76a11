//! JSON Schemas (2020-12) of the source files, derived from the very types the loader
//! reads them into (`load::model`), so that they cannot drift from what `agenda check`
//! accepts: titles and descriptions come from the types' doc comments. Editors that know
//! JSON Schema (a `# yaml-language-server: $schema=…` line) then complete keys and flag
//! mistakes as the chair types.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::load::letter::{AddendumFile, LetterFile};
use crate::load::model::{AgendaFile, MeetingFile, TimeplanFile};
use crate::load::register::RegisterFile;

/// Each schema: its file name and text. A revision file is an agenda or a time plan with
/// a `revision:` head, required.
pub fn schemas() -> Vec<(&'static str, String)> {
    vec![
        (
            "meeting.schema.json",
            text::<MeetingFile>("meeting.yaml: what the meeting is", false),
        ),
        (
            "agenda.schema.json",
            text::<AgendaFile>("agenda.yaml: the draft agenda", false),
        ),
        (
            "timeplan.schema.json",
            text::<TimeplanFile>("timeplan.yaml: the draft time plan", false),
        ),
        (
            "letter.schema.json",
            text::<LetterFile>("letter.yaml: the invitation letter's own facts", false),
        ),
        (
            "letter-addendum.schema.json",
            text::<AddendumFile>("revisions/letter/N.yaml: an addendum to the letter", false),
        ),
        (
            "documents.schema.json",
            text::<RegisterFile>("documents.yaml: the meeting's document register", false),
        ),
        (
            "agenda-revision.schema.json",
            text::<AgendaFile>("revisions/agenda/N.yaml: a revision of the agenda", true),
        ),
        (
            "timeplan-revision.schema.json",
            text::<TimeplanFile>(
                "revisions/timeplan/N.yaml: a revision of the time plan",
                true,
            ),
        ),
    ]
}

fn text<T: JsonSchema>(title: &str, revision: bool) -> String {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema: Schema = generator.into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    if revision && let Some(required) = schema.get_mut("required").and_then(|r| r.as_array_mut()) {
        required.push("revision".into());
    }
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

/// Writes the schemas into `out` (made if need be; the schemas there are replaced), and
/// gives their names.
pub fn write(out: &std::path::Path) -> Result<Vec<&'static str>, crate::error::Error> {
    let failed = |path: &std::path::Path, verb: &str, e: std::io::Error| {
        crate::error::Error::usage(format!(
            "cannot {verb} {} ({})",
            crate::diag::display_path(path),
            crate::files::io_reason(&e)
        ))
    };
    std::fs::create_dir_all(out).map_err(|e| failed(out, "make", e))?;
    let mut written = Vec::new();
    for (name, text) in schemas() {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(|e| failed(&path, "write", e))?;
        written.push(name);
    }
    Ok(written)
}

/// A time zone: a name of the time-zone database bundled in the binary (the one
/// `agenda check` reads), so that an editor flags a misspelt one.
pub fn zone(_: &mut schemars::SchemaGenerator) -> Schema {
    let mut names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    names.sort();
    schemars::json_schema!({
        "description": "A name of the IANA time-zone database (\"Europe/Zurich\").",
        "type": "string",
        "enum": names,
    })
}

/// The languages a meeting publishes in: the codes of the translation files.
pub fn languages(_: &mut schemars::SchemaGenerator) -> Schema {
    schemars::json_schema!({
        "description": "The languages the meeting publishes in.",
        "type": "array",
        "items": { "enum": crate::lang::known() },
        "minItems": 1,
        "uniqueItems": true,
    })
}
