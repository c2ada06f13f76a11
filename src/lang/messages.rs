//! What the tool itself says, in each language: the messages of the translation files
//! (`src/lang/<code>.ftl`, in [Fluent](https://projectfluent.org), with plural selectors),
//! parsed once per process. A message missing from a file is a test failure
//! (`every_language_has_every_message`), never a silent fallback to English.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

pub type Bundle = FluentBundle<FluentResource>;

/// A value given to a message: text, or a count (which selects the plural form).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Count(usize),
}

/// The bundle of `lang`, if the language has a translation file.
pub fn bundle(lang: &str) -> Option<&'static Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES
        .get_or_init(|| {
            FILES
                .iter()
                .map(|(code, text)| (*code, parse(code, text)))
                .collect()
        })
        .get(lang)
}

/// A bundle of one file. The files are part of the binary and checked by the tests, so a
/// syntax error cannot reach a user; what parses is kept.
fn parse(code: &str, text: &str) -> Bundle {
    let id = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Placeables are not wrapped in Unicode isolation marks: the documents mark direction
    // themselves, and the text outputs must be byte-stable.
    bundle.set_use_isolating(false);
    let _ = bundle.add_function("CAPITAL", capital);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// `CAPITAL($text)`: the text with its first letter capitalised ("mardi" → "Mardi").
fn capital<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::String(s)) => {
            let mut chars = s.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            FluentValue::from(first.unwrap_or_default() + chars.as_str())
        }
        Some(other) => other.clone(),
        None => FluentValue::None,
    }
}

/// Message `id` of `bundle` with `args`; the id itself if the message is missing (which
/// the tests rule out).
pub fn say(bundle: &Bundle, id: &str, args: &[(&str, Arg)]) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(t) => FluentValue::from(*t),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of the messages of a translation file, in order.
    fn ids(text: &str) -> Vec<String> {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("a file does not parse: {errors:?}"));
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let english = FILES.iter().find(|(c, _)| *c == "en").map(|(_, t)| ids(t));
        let english = english.expect("en.ftl exists");
        for (code, text) in FILES {
            let here = ids(text);
            for id in &english {
                assert!(here.contains(id), "{code}.ftl has no message `{id}`");
            }
            for id in &here {
                assert!(
                    english.contains(id),
                    "{code}.ftl has `{id}`, which en.ftl does not"
                );
            }
        }
    }

    /// The string literals of the code that says things (`src/render`, `src/lang/mod.rs`,
    /// the scaffold, the index)
    /// that look like message ids: lowercase words joined by `-`, or any literal right
    /// after `text(` or `say(`.
    fn literals() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![
            root.join("lang/mod.rs"),
            root.join("scaffold/mod.rs"),
            root.join("output/index.rs"),
        ];
        let mut dirs = vec![root.join("render")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                match path.extension() {
                    None => dirs.push(path),
                    Some(e) if e == "rs" => files.push(path),
                    Some(_) => {}
                }
            }
        }
        let mut out = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (i, literal) in text.split('"').enumerate().filter(|(i, _)| i % 2 == 1) {
                let before = text.split('"').nth(i - 1).unwrap_or_default();
                let before = before.trim_end();
                // A locale's `text(`, not a constructor's (`Rich::text(`).
                let called = ["text(", "say(", "say(messages,"]
                    .iter()
                    .any(|c| before.ends_with(c))
                    && !before.ends_with("::text(");
                let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
                let hyphenated = literal.contains('-') && literal.split('-').all(word);
                if (called && word(&literal.replace('-', ""))) || hyphenated {
                    out.push((file.display().to_string(), literal.to_string()));
                }
            }
        }
        out
    }

    #[test]
    fn the_code_asks_for_messages_that_exist_and_every_message_is_used() {
        let english = ids(FILES
            .iter()
            .find(|(c, _)| *c == "en")
            .map_or("", |(_, t)| t));
        let asked = literals();
        // The letter's standard paragraphs are messages of their own files.
        let letter = ids(super::super::letter::FILES
            .iter()
            .find(|(c, _)| *c == "en")
            .map_or("", |(_, t)| t));
        for (file, id) in &asked {
            assert!(
                english.contains(id) || (file.ends_with("view/letter.rs") && letter.contains(id)),
                "{file} asks for `{id}`, which en.ftl does not have"
            );
        }
        for id in &english {
            assert!(
                asked.iter().any(|(_, a)| a == id),
                "en.ftl has `{id}`, which no code asks for"
            );
        }
    }

    #[test]
    fn plurals_and_arguments() {
        let en = bundle("en").expect("English");
        let renumbered = |n| {
            let args = [
                ("count", Arg::Count(n)),
                ("from", Arg::Text("6")),
                ("to", Arg::Text("7")),
            ];
            say(en, "items-renumbered", &args)
        };
        assert_eq!(renumbered(1), "Item 6 renumbered 7");
        assert_eq!(renumbered(13), "Items 6 renumbered 7");
        assert_eq!(say(en, "chair", &[]), "Chair: ");
    }
}
