//! The JSON Schemas of `agenda schema`: the committed ones (`schemas/`, which the sources'
//! `yaml-language-server` lines name) are what the tool writes today, every source of the
//! sample and of the fixtures passes them, and the invalid fixtures do not.

use std::path::Path;

use crate::common::{agenda, root};

/// The schema for a source file, by its name and folder.
fn schema_for(path: &Path) -> &'static str {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str());
    match (name, folder) {
        ("meeting.yaml", _) => "meeting.schema.json",
        ("agenda.yaml", _) => "agenda.schema.json",
        ("timeplan.yaml", _) => "timeplan.schema.json",
        ("letter.yaml", _) => "letter.schema.json",
        ("documents.yaml", _) => "documents.schema.json",
        (_, Some("agenda")) => "agenda-revision.schema.json",
        (_, Some("timeplan")) => "timeplan-revision.schema.json",
        (_, Some("letter" | "addendum")) => "letter-addendum.schema.json",
        _ => panic!("no schema for {}", path.display()),
    }
}

/// The errors of `path` against its schema (none if it is valid).
fn errors(path: &Path) -> Vec<String> {
    let schema_text =
        std::fs::read_to_string(root().join("schemas").join(schema_for(path))).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let text = std::fs::read_to_string(path).unwrap();
    let value: serde_json::Value = serde_saphyr::from_str(&text).expect("YAML");
    validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect()
}

fn sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out: Vec<std::path::PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    out.sort();
    out
}

#[test]
fn the_committed_schemas_are_what_agenda_schema_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let run = agenda(tmp.path(), &["schema", "--out", "s"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for entry in std::fs::read_dir(tmp.path().join("s")).unwrap() {
        let entry = entry.unwrap();
        let committed = std::fs::read_to_string(root().join("schemas").join(entry.file_name()))
            .unwrap_or_default();
        assert_eq!(
            std::fs::read_to_string(entry.path()).unwrap(),
            committed,
            "{:?}: run `agenda schema`",
            entry.file_name()
        );
    }
}

#[test]
fn every_source_of_the_sample_and_the_fixtures_passes_its_schema() {
    let mut all = sources(&root().join("agendas"));
    all.extend(
        sources(&root().join("tests/fixtures"))
            .into_iter()
            .filter(|p| !p.to_string_lossy().contains("fixtures/invalid/")),
    );
    assert!(all.len() >= 20, "{all:?}");
    for path in all {
        let errors = errors(&path);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn a_misspelt_key_fails_its_schema() {
    let path = root().join("tests/fixtures/invalid/misspelt-key/meeting.yaml");
    let errors = errors(&path);
    assert!(errors.iter().any(|e| e.contains("venu")), "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("\"venue\" is a required property")),
        "{errors:#?}"
    );
}
