//! The templates' `rich` filter: a rich text of the view ([`Rich`], which reaches Tera as
//! its serialised tree) written in the markup of the template's instance. A plain string
//! is taken as text, so the filter is also a way to write one as the rich texts are.

use tera::{Kwargs, State, TeraResult, Value};

use super::inline::{self, Markup};
use crate::model::rich::{Inline, Rich};

/// Registers `rich` (and `qr`) on `tera`, writing `markup`.
pub fn register(tera: &mut tera::Tera, markup: Markup) {
    tera.register_filter(
        "qr",
        move |v: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
            let address = v
                .as_str()
                .ok_or_else(|| tera::Error::message("the `qr` filter takes an address"))?;
            Ok(Value::safe_string(&qr(address, markup)))
        },
    );
    tera.register_filter(
        "rich",
        move |v: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
            let rich = rich(&v).ok_or_else(|| {
                tera::Error::message("the `rich` filter takes a rich text of the view, or a string")
            })?;
            Ok(Value::safe_string(&inline::write(&rich, markup)))
        },
    );
}

/// The rich text that `v` serialises, or a string as text.
fn rich(v: &Value) -> Option<Rich> {
    if let Some(s) = v.as_str() {
        return Some(Rich::text(s));
    }
    if v.is_none() || v.is_undefined() {
        return Some(Rich::default());
    }
    parts(v).map(Rich)
}

fn parts(v: &Value) -> Option<Vec<Inline>> {
    v.as_array()?.iter().map(part).collect()
}

fn part(v: &Value) -> Option<Inline> {
    if v.as_str() == Some("line_break") {
        return Some(Inline::LineBreak);
    }
    let map = v.as_map()?;
    let (key, inner) = map.iter().next().filter(|_| map.len() == 1)?;
    let key = key.as_str()?;
    let string = || inner.as_str().map(str::to_string);
    Some(match key {
        "text" => Inline::Text(string()?),
        "code" => Inline::Code(string()?),
        "emphasis" => Inline::Emphasis(parts(inner)?),
        "strong" => Inline::Strong(parts(inner)?),
        "superscript" => Inline::Superscript(parts(inner)?),
        "isolated" => Inline::Isolated(parts(inner)?),
        "inserted" => Inline::Inserted(parts(inner)?),
        "deleted" => Inline::Deleted(parts(inner)?),
        "revised" => Inline::Revised {
            marked: parts(inner.get_from_path("marked")?)?,
            old: parts(inner.get_from_path("old")?)?,
            new: parts(inner.get_from_path("new")?)?,
        },
        "link" => Inline::Link {
            href: inner.get_from_path("href")?.as_str()?.to_string(),
            body: parts(inner.get_from_path("body")?)?,
        },
        _ => return None,
    })
}

/// The QR code of `address` in `markup`: an SVG element in HTML, an image call in Typst
/// (its alternative text the address), nothing in Markdown (which has no image without a
/// file).
fn qr(address: &str, markup: Markup) -> String {
    let Some(svg) = super::qr::svg(address, 96) else {
        return String::new();
    };
    match markup {
        Markup::Html => svg,
        Markup::Typst => format!(
            "image(bytes(\"{}\"), format: \"svg\", width: 2.4cm, alt: \"{}\")",
            super::escape::typst_literal(&svg),
            super::escape::typst_literal(address)
        ),
        Markup::Markdown => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Syntax;

    #[test]
    fn a_tree_reaches_the_filter_whole() {
        let tree = Rich::read("a *b* [c](https://x.org/?q=\"1\")\nd `e`", Syntax::Markdown);
        let marked = [tree.clone().deleted(), Rich::text("f").inserted()];
        let tree: Rich = marked.into_iter().collect();
        let value = Value::from_serializable(&tree);
        assert_eq!(rich(&value), Some(tree));
        assert_eq!(rich(&Value::from("<x>")), Some(Rich::text("<x>")));
    }
}
