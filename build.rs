//! Finds the translation files (`src/lang/*.ftl`, one per language) and lists them for
//! `lang`: adding a language is adding its file, with no change to the code. Languages are
//! listed in the order of their English names (`-english-name = …` in each file), as the
//! organisation lists its six.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/lang");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut found: Vec<(String, String, String)> = Vec::new();
    let entries = std::fs::read_dir(dir).expect("src/lang is readable");
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("a translation file is UTF-8");
        let name = text
            .lines()
            .find_map(|l| l.strip_prefix("-english-name = "))
            .unwrap_or_else(|| panic!("{} has no `-english-name = …` line", path.display()))
            .trim()
            .to_string();
        let absolute = std::fs::canonicalize(&path).expect("the file exists");
        found.push((name, code, absolute.display().to_string()));
    }
    found.sort();
    let mut out =
        String::from("/// The translation files: (language code, contents), by English name.\n");
    out.push_str("pub const FILES: &[(&str, &str)] = &[\n");
    for (_, code, path) in &found {
        let _ = writeln!(out, "    ({code:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
