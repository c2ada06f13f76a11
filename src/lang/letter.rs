//! The standard paragraphs of the invitation letter, in each language: the organisation's
//! own texts (ITU-T's, built in from `templates/letter/<code>.ftl`), in Fluent, with the
//! meeting's facts as placeholders. A paragraph is inline Markdown; the order of its
//! `body-`, `closing-` and `annex-a-` messages in the file is the order of the letter.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::messages::Bundle;

/// The built-in paragraphs: (language, text).
pub const FILES: &[(&str, &str)] = &[
    ("ar", include_str!("../../templates/letter/ar.ftl")),
    ("zh", include_str!("../../templates/letter/zh.ftl")),
    ("en", include_str!("../../templates/letter/en.ftl")),
    ("fr", include_str!("../../templates/letter/fr.ftl")),
    ("ru", include_str!("../../templates/letter/ru.ftl")),
    ("es", include_str!("../../templates/letter/es.ftl")),
];

/// The paragraphs of one language: its bundle, and its messages' ids in file order,
/// each with the names of the facts it says (`$group` → `group`).
pub struct Paragraphs {
    bundle: Bundle,
    pub ids: Vec<String>,
    pub names: HashMap<String, Vec<String>>,
}

/// The paragraphs of `lang` (English's for a language without a file).
pub fn paragraphs(lang: &str) -> &'static Paragraphs {
    static ALL: OnceLock<HashMap<&'static str, Paragraphs>> = OnceLock::new();
    let all = ALL.get_or_init(|| FILES.iter().map(|(c, t)| (*c, parse(c, t))).collect());
    all.get(lang)
        .or_else(|| all.get("en"))
        .unwrap_or_else(|| unreachable!("en.ftl is built in"))
}

fn parse(code: &str, text: &str) -> Paragraphs {
    let id = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
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
    Paragraphs { bundle, ids, names }
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
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in texts {
            args.set(*name, FluentValue::from(*value));
        }
        for (name, value) in counts {
            args.set(*name, FluentValue::from(*value));
        }
        let mut errors = Vec::new();
        (self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors))
        .into_owned()
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

    /// Every language has English's paragraphs, in its order, each saying the same facts.
    #[test]
    fn every_language_has_the_same_paragraphs_and_facts() {
        let en = paragraphs("en");
        for (code, _) in FILES {
            let here = paragraphs(code);
            assert_eq!(
                here.ids, en.ids,
                "{code}.ftl: its messages differ from en.ftl's"
            );
            for id in &en.ids {
                let mut a = here.names[id].clone();
                let mut b = en.names[id].clone();
                a.sort();
                a.dedup();
                b.sort();
                b.dedup();
                assert_eq!(a, b, "{code}.ftl: `{id}` says other facts than en.ftl's");
            }
        }
    }
}
