//! The standard paragraphs of the invitation letter, in each language: the organisation's
//! own texts (ITU-T's, built in from `templates/letter/<code>.ftl`), in Fluent, with the
//! meeting's facts as placeholders. A paragraph is inline Markdown; the order of its
//! `body-`, `closing-` and `annex-a-` messages in the file is the order of the letter.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::messages::{Arg, Bundle};
use crate::diag::{Diagnostic, Pos, SourceFile};

/// The built-in paragraphs: (language, text).
pub const FILES: &[(&str, &str)] = &[
    ("ar", include_str!("../../templates/letter/ar.ftl")),
    ("zh", include_str!("../../templates/letter/zh.ftl")),
    ("en", include_str!("../../templates/letter/en.ftl")),
    ("fr", include_str!("../../templates/letter/fr.ftl")),
    ("ru", include_str!("../../templates/letter/ru.ftl")),
    ("es", include_str!("../../templates/letter/es.ftl")),
];

/// The messages a letter's file must have besides its paragraphs: the letterhead's labels,
/// the deadlines' and the information's, the annexes', Annex A's label and title, and how
/// a period is said.
pub const REQUIRED: &[&str] = &[
    "date-place",
    "reference-label",
    "addressees-label",
    "telephone-label",
    "fax-label",
    "email-label",
    "web-label",
    "subject-label",
    "deadlines-label",
    "information-label",
    "annexes",
    "annex-a-label",
    "annex-a-title",
    "period",
];

/// The paragraphs of one language: its bundle, and its messages' ids in file order,
/// each with the names of the facts it says (`$group` → `group`).
pub struct Paragraphs {
    bundle: Bundle,
    pub ids: Vec<String>,
    pub names: HashMap<String, Vec<String>>,
    /// The file they were read from (a built-in one named as in agenda's sources).
    pub file: Arc<SourceFile>,
}

/// The paragraphs of every language a letter is written with: the built-in ones, each
/// replaced by the organisation's own where a `templates/letter/<code>.ftl` applies.
pub struct Texts {
    by_lang: HashMap<String, Paragraphs>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut langs: Vec<&String> = self.by_lang.keys().collect();
        langs.sort();
        write!(f, "Texts({langs:?})")
    }
}

impl Texts {
    /// The built-in paragraphs (ITU-T's).
    pub fn builtin() -> Arc<Texts> {
        static BUILTIN: OnceLock<Arc<Texts>> = OnceLock::new();
        Arc::clone(BUILTIN.get_or_init(|| {
            let by_lang = FILES
                .iter()
                .map(|(c, t)| (c.to_string(), parse(c, &builtin_file(c, t)).0))
                .collect();
            Arc::new(Texts { by_lang })
        }))
    }

    /// The built-in paragraphs, with those of `dir/letter/<code>.ftl` (a `templates/`
    /// folder) where such a file exists; a file that cannot be read or parsed is a problem
    /// at its line and column, and the built-in paragraphs stand for it.
    pub fn with_overrides(dir: Option<&Path>, diags: &mut Vec<Diagnostic>) -> Arc<Texts> {
        let builtin = Texts::builtin();
        let Some(dir) = dir.filter(|d| d.join("letter").is_dir()) else {
            return builtin;
        };
        let mut by_lang = HashMap::new();
        for (code, text) in FILES {
            let path = dir.join("letter").join(format!("{code}.ftl"));
            let own = path.is_file().then(|| read(&path, diags)).flatten();
            let paragraphs = own.map_or_else(|| parse(code, &builtin_file(code, text)).0, |file| {
                let (p, errors) = parse(code, &file);
                for id in REQUIRED.iter().filter(|id| !p.ids.iter().any(|i| i == *id)) {
                    diags.push(
                        Diagnostic::new(&file, Pos::FILE, format!("this paragraph file has no message `{id}`"))
                            .hint(format!("add `{id} = …`, as the built-in {code}.ftl has it (`templates/letter/{code}.ftl` in agenda's sources)")),
                    );
                }
                diags.extend(errors.into_iter().map(|(pos, why)| {
                    Diagnostic::new(&file, pos, format!("this paragraph file does not parse: {why}"))
                        .hint("write each paragraph as `id = text` on one line, a fact as `{ $name }`, as the built-in files do (see the README's `letter.yaml` section)")
                }));
                p
            });
            by_lang.insert(code.to_string(), paragraphs);
        }
        Arc::new(Texts { by_lang })
    }

    /// The paragraphs of `lang` (English's for a language without a file).
    pub fn get(&self, lang: &str) -> &Paragraphs {
        (self.by_lang.get(lang))
            .or_else(|| self.by_lang.get("en"))
            .unwrap_or_else(|| unreachable!("en.ftl is built in"))
    }
}

/// A built-in file, named as in agenda's sources.
fn builtin_file(code: &str, text: &str) -> Arc<SourceFile> {
    SourceFile::new(format!("templates/letter/{code}.ftl"), text.to_string())
}

/// The file at `path`, or a problem said.
fn read(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Arc<SourceFile>> {
    let text = crate::files::read_regular(path)
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let file = SourceFile::new(path, text.clone().unwrap_or_default());
    if text.is_none() {
        diags.push(
            Diagnostic::new(
                &file,
                Pos::FILE,
                "this paragraph file cannot be read as UTF-8 text",
            )
            .hint("save it as UTF-8 text, or remove it to use the built-in paragraphs"),
        );
    }
    text.map(|_| file)
}

/// The paragraphs of `text`, and where it does not parse (each error's position and why).
fn parse(code: &str, file: &Arc<SourceFile>) -> (Paragraphs, Vec<(Pos, String)>) {
    let text = file.text.as_str();
    let id = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let (resource, errors) = match FluentResource::try_new(text.to_string()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let errors = (errors.iter())
        .map(|e| (position(text, e.pos.start), e.kind.to_string()))
        .collect();
    let (mut ids, mut names) = (Vec::new(), HashMap::new());
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut said = Vec::new();
            if let Some(p) = &m.value {
                variables(p, &mut said);
            }
            ids.push(m.id.name.to_string());
            names.insert(m.id.name.to_string(), said);
        }
    }
    let _ = bundle.add_resource(resource);
    let file = Arc::clone(file);
    (
        Paragraphs {
            bundle,
            ids,
            names,
            file,
        },
        errors,
    )
}

/// The line and column of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos::new(line as u32, col as u32)
}

/// The variables a pattern says, selectors and variants included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    let inline = |i: &ast::InlineExpression<&str>, out: &mut Vec<String>| match i {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    };
    match e {
        ast::Expression::Inline(i) => inline(i, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            variants.iter().for_each(|v| variables(&v.value, out));
        }
    }
}

impl Paragraphs {
    /// Message `id` with text arguments, and counts (`$n`).
    pub fn say(&self, id: &str, texts: &[(&str, &str)], counts: &[(&str, u32)]) -> String {
        let texts = texts.iter().map(|(k, v)| (*k, Arg::Text(v)));
        let counts = counts.iter().map(|(k, n)| (*k, Arg::Count(*n as usize)));
        let args: Vec<(&str, Arg)> = texts.chain(counts).collect();
        super::messages::say(&self.bundle, id, &args)
    }

    /// The ids that start with `prefix`, in file order.
    pub fn starting(&self, prefix: &str) -> Vec<&str> {
        let ids = self.ids.iter().map(String::as_str);
        ids.filter(|id| id.starts_with(prefix)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language has English's paragraphs, in its order, each saying the same facts
    /// (the chair's gender aside: a language chooses on it where its words agree).
    #[test]
    fn every_language_has_the_same_paragraphs_and_facts() {
        let texts = Texts::builtin();
        let en = texts.get("en");
        for (code, _) in FILES {
            let here = texts.get(code);
            assert_eq!(
                here.ids, en.ids,
                "{code}.ftl: its messages differ from en.ftl's"
            );
            let said = |names: &Vec<String>| -> Vec<String> {
                names
                    .iter()
                    .filter(|n| *n != "chair_gender")
                    .cloned()
                    .collect()
            };
            for id in &en.ids {
                let mut a = said(&here.names[id]);
                let mut b = said(&en.names[id]);
                a.sort();
                a.dedup();
                b.sort();
                b.dedup();
                assert_eq!(a, b, "{code}.ftl: `{id}` says other facts than en.ftl's");
            }
        }
    }
}
