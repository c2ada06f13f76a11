//! Finds the translation files (`src/lang/*.ftl`, one per language) and lists them for
//! `lang`: adding a language is adding its file, with no change to the code. Languages are
//! listed in the order of their English names (`-english-name = …` in each file), as the
//! organisation lists its six.
//!
//! Also fingerprints what the binary is made of (its code, templates, fonts, translation
//! files and locked dependencies) as `AGENDA_BUILD_ID`: a build's cache made by another
//! binary is not trusted.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    build_id();
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

/// `AGENDA_BUILD_ID`: a hash (FNV-1a, 64 bits) of every file the binary is made of, by
/// path and contents.
fn build_id() {
    let mut files = Vec::new();
    for root in ["src", "templates", "fonts", "Cargo.lock", "build.rs"] {
        println!("cargo::rerun-if-changed={root}");
        collect(Path::new(root), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for path in files {
        eat(path.to_string_lossy().as_bytes());
        eat(&std::fs::read(&path).unwrap_or_default());
    }
    println!(
        "cargo::rustc-env=AGENDA_BUILD_ID={}-{hash:016x}",
        env!("CARGO_PKG_VERSION")
    );
}

fn collect(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                collect(&entry.path(), out);
            }
        }
        Err(_) if path.is_file() => out.push(path.to_path_buf()),
        Err(_) => {}
    }
}
