//! The organisation's terms, as src/lang/glossary.yaml lists them: in each language, no
//! form the glossary says to avoid appears in the sample's documents (its Markdown, built
//! by the binary) or in the tool's translation file (src/lang/<code>.ftl), and the form it
//! says to use does appear there, so that the glossary keeps up with the sample and the
//! tool. Case is ignored, and a form in Latin or Cyrillic text matches whole words only.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::common::{build_sample, files, root};

/// The languages of the sample, and of the glossary.
const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The languages whose words are separated by spaces: there a form matches whole words
/// only. Arabic attaches prefixes to its words (و، ب، ل، ال) and Chinese has no spaces, so
/// their forms match anywhere.
const SPACED: [&str; 4] = ["en", "fr", "ru", "es"];

/// One term of the glossary.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    term: String,
    /// What the term is, where its name does not say (for readers of the file).
    #[serde(default, rename = "note")]
    _note: Option<String>,
    /// The form each language uses, or its accepted forms (cases, plural).
    #[serde(rename = "use")]
    forms: BTreeMap<String, Forms>,
    /// Forms that must not appear, by language.
    #[serde(default)]
    avoid: BTreeMap<String, Vec<String>>,
    /// Languages whose documents need not use the term: all (`true`) or those listed.
    #[serde(default)]
    optional: Optional,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Forms {
    One(String),
    Many(Vec<String>),
}

impl Forms {
    fn list(&self) -> Vec<&str> {
        match self {
            Forms::One(form) => vec![form.as_str()],
            Forms::Many(forms) => forms.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Optional {
    All(bool),
    Languages(Vec<String>),
}

impl Default for Optional {
    fn default() -> Self {
        Optional::All(false)
    }
}

impl Term {
    fn is_optional(&self, lang: &str) -> bool {
        match &self.optional {
            Optional::All(all) => *all,
            Optional::Languages(langs) => langs.iter().any(|l| l == lang),
        }
    }
}

/// The glossary, as the file says it.
fn glossary() -> Vec<Term> {
    let path = root().join("src/lang/glossary.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Text as it is compared: lower case, no-break spaces as spaces.
fn normal(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ").to_lowercase()
}

/// Where `form` occurs in `text` (both normal), as a whole word where `lang` is `SPACED`.
fn occurs(text: &str, form: &str, lang: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let spaced = SPACED.contains(&lang);
    text.match_indices(form).any(|(at, _)| {
        let (before, after) = (
            text[..at].chars().next_back(),
            text[at + form.len()..].chars().next(),
        );
        !spaced
            || ((!word(form.chars().next()) || !word(before))
                && (!word(form.chars().next_back()) || !word(after)))
    })
}

/// What a translation file says: its messages' text, without comments, message ids,
/// variant keys and variables, which are English identifiers ("kinds-ad-hoc", "$against").
fn ftl_text(ftl: &str) -> String {
    let mut out = String::new();
    for line in ftl.lines().map(str::trim).filter(|l| !l.starts_with('#')) {
        let line = match line.split_once(" = ") {
            Some((id, rest)) if id.chars().all(identifier) => rest,
            _ => line,
        };
        let line = match line.trim_start_matches('*').strip_prefix('[') {
            Some(keyed) => keyed.split_once(']').map_or("", |(_, rest)| rest),
            None => line,
        };
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '$' {
                while chars.next_if(|c| identifier(*c)).is_some() {}
            } else {
                out.push(c);
            }
        }
        out.push('\n');
    }
    out
}

/// Whether `c` may be part of a message's id or a variable's name.
fn identifier(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Each language's texts, each named as a report names it ("ru/draft.md",
/// "src/lang/ru.ftl"), normal: the sample's Markdown documents and the translation file.
fn texts() -> BTreeMap<&'static str, Vec<(String, String)>> {
    let out = build_sample(&["--format", "md"]);
    let meeting = out.path().join("sg12-2025-09");
    let mut by_lang = BTreeMap::new();
    for lang in LANGUAGES {
        let mut texts = markdown(&meeting, lang);
        let ftl = format!("src/lang/{lang}.ftl");
        let text = std::fs::read_to_string(root().join(&ftl)).unwrap();
        texts.push((ftl, normal(&ftl_text(&text))));
        by_lang.insert(lang, texts);
    }
    by_lang
}

/// The Markdown files of `lang` under the built meeting `meeting`, named from there.
fn markdown(meeting: &Path, lang: &str) -> Vec<(String, String)> {
    let files: Vec<(String, String)> = (files(meeting).into_iter())
        .filter(|(name, _)| name.starts_with(&format!("{lang}/")) && name.ends_with(".md"))
        .map(|(name, bytes)| (name, normal(&String::from_utf8_lossy(&bytes))))
        .collect();
    assert!(
        files.iter().any(|(n, _)| n.ends_with("/draft.md")),
        "{lang}: {files:?}"
    );
    files
}

#[test]
fn the_glossary_gives_each_term_in_every_language() {
    let mut problems = Vec::new();
    for term in glossary() {
        for lang in LANGUAGES {
            match term.forms.get(lang) {
                None => problems.push(format!("'{}' has no form in {lang}", term.term)),
                Some(forms) if forms.list().iter().any(|f| f.trim().is_empty()) => {
                    problems.push(format!("'{}' has an empty form in {lang}", term.term));
                }
                Some(_) => {}
            }
        }
        let optional: Vec<&String> = match &term.optional {
            Optional::Languages(langs) => langs.iter().collect(),
            Optional::All(_) => Vec::new(),
        };
        let langs = term.forms.keys().chain(term.avoid.keys()).chain(optional);
        for lang in langs.filter(|l| !LANGUAGES.contains(&l.as_str())) {
            problems.push(format!("'{}': `{lang}` is not a language", term.term));
        }
        for (lang, avoided) in &term.avoid {
            let used: Vec<String> = term
                .forms
                .get(lang)
                .map_or(Vec::new(), |f| f.list().into_iter().map(normal).collect());
            for form in avoided.iter().filter(|a| used.contains(&normal(a))) {
                problems.push(format!(
                    "{lang}: '{form}' is both used and avoided for '{}'",
                    term.term
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "src/lang/glossary.yaml:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_language_writes_a_form_the_glossary_avoids() {
    let (glossary, texts) = (glossary(), texts());
    let mut found = Vec::new();
    for (lang, texts) in &texts {
        for term in &glossary {
            for form in term.avoid.get(*lang).into_iter().flatten() {
                let needle = normal(form);
                for (name, _) in texts.iter().filter(|(_, t)| occurs(t, &needle, lang)) {
                    found.push(format!(
                        "{lang}: '{form}' (avoid for '{}') in {name}",
                        term.term
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "forms the glossary avoids:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_language_uses_the_glossary_s_forms() {
    let (glossary, texts) = (glossary(), texts());
    let mut missing = Vec::new();
    for (lang, texts) in &texts {
        for term in glossary.iter().filter(|t| !t.is_optional(lang)) {
            let Some(forms) = term.forms.get(*lang) else {
                continue;
            };
            let used = forms.list().iter().any(|form| {
                let needle = normal(form);
                texts.iter().any(|(_, t)| occurs(t, &needle, lang))
            });
            if !used {
                let forms = forms.list().join("' | '");
                let term = &term.term;
                missing.push(format!(
                    "{lang}: '{forms}' (use for '{term}') is in no {lang} document \
                     nor src/lang/{lang}.ftl"
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "terms of the glossary the sample and the tool do not use (mark them `optional` for \
         the language, or correct the form):\n{}",
        missing.join("\n")
    );
}
