//! The meeting's document register: every contribution and temporary document (C 12,
//! TD 45/GEN, their revisions), with its title, source, date, link, the groups it is for
//! and its status. Read from `documents.yaml`, or from a spreadsheet a secretariat
//! exports from its document system: `documents.csv` or `documents.xlsx` (see
//! [`sheet`]). Every value keeps where it was read: a line and column in YAML and CSV, a
//! row and column in a workbook. Checked in `validate::register`.

pub mod sheet;
pub mod workbook;

use std::path::Path;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Deserialize;

use super::model::List;
use super::spanned::Sp;
use crate::diag::{Diagnostic, Pos, SourceFile};

/// The names a register may have in a meeting folder, in the order they are looked for.
pub const REGISTER_FILES: [&str; 3] = ["documents.yaml", "documents.csv", "documents.xlsx"];

/// `documents.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RegisterFile {
    /// The documents of the meeting, in any order (they are shown sorted by number).
    pub documents: Sp<List<Entry>>,
}

/// One document of the register, as written (a row of a spreadsheet).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Entry {
    /// Its number as the organisation writes it: "C 12", "C 12 Rev.1", "C 12 Add.1",
    /// "TD 45/GEN", "TD 12 (PLEN/12)".
    #[schemars(regex(pattern = r"^[ -~†‡§¶‖]*$"))]
    pub number: Sp<String>,
    /// Its title, in the language it was submitted in.
    pub title: Sp<String>,
    /// Who submitted it: a member, a company, a group (optional).
    pub source: Option<Sp<String>>,
    /// The date it was registered, YYYY-MM-DD (optional).
    #[schemars(extend("format" = "date"))]
    pub date: Option<Sp<String>>,
    /// Where it can be read: an http(s) address (optional).
    pub link: Option<Sp<String>>,
    /// The groups of the time plan it is for, by id ("Q5/12", "WP1/12"; optional). In a
    /// spreadsheet, one cell with the ids separated by commas or semicolons.
    #[serde(rename = "for", default)]
    pub groups: List<Sp<String>>,
    /// `submitted` (the default), `revised` (a later revision replaces it) or `withdrawn`.
    #[schemars(extend("enum" = ["submitted", "revised", "withdrawn"]))]
    pub status: Option<Sp<String>>,
    /// The date it was withdrawn, YYYY-MM-DD: issues of the agenda from that day on may
    /// no longer allocate it (optional; a withdrawn document without it is withdrawn for
    /// every issue).
    #[schemars(extend("format" = "date"))]
    pub withdrawn: Option<Sp<String>>,
}

/// The register as read from its file.
pub struct Register {
    pub file: Arc<SourceFile>,
    pub entries: Vec<Entry>,
    /// Whether positions are a workbook's rows and columns (named as cells, "D4", in
    /// messages) rather than a text's lines and columns.
    pub cells: bool,
}

/// The register of the meeting in `dir`, if it has one; two registers are an error.
pub fn load(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<Register> {
    let present: Vec<&str> = (REGISTER_FILES.iter().copied())
        .filter(|name| std::fs::symlink_metadata(dir.join(name)).is_ok())
        .collect();
    let name = *present.first()?;
    if let Some(other) = present.get(1) {
        let file = SourceFile::new(dir.join(other), String::new());
        diags.push(
            Diagnostic::new(
                &file,
                Pos::FILE,
                format!("a second document register, beside {name}"),
            )
            .hint(format!(
                "a meeting has one register: keep {name} or {other}, and remove the other"
            )),
        );
    }
    let path = dir.join(name);
    match name {
        "documents.yaml" => {
            let source = super::load_file::<RegisterFile>(&path, diags);
            let entries = source
                .model
                .map(|m| m.documents.value.0)
                .unwrap_or_default();
            Some(Register {
                file: source.file,
                entries,
                cells: false,
            })
        }
        "documents.csv" => sheet::csv(&path, diags),
        _ => sheet::workbook(&path, diags),
    }
}
