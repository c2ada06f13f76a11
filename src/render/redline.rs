//! Marking changes in each markup: insertions and deletions (HTML `<ins>`/`<del>`, Typst
//! coloured underline and strike-through, Markdown CriticMarkup `{++…++}`/`{--…--}`), and
//! for a terminal as `wdiff` does (`{+…+}`, `[-…-]`).

use super::escape;
use super::inline::Markup;
use crate::diff::words::{Op, Piece};

/// Plain text escaped for `markup`.
pub fn escaped(t: &str, markup: Markup) -> String {
    text(t, markup)
}

pub(super) fn text(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => escape::html_string(t),
        Markup::Typst => escape::typst_part(t),
        Markup::Markdown => escape::markdown_string(t),
    }
}

/// `inner` (already markup) marked as inserted.
pub fn ins(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<ins>{inner}</ins>"),
        Markup::Typst => format!("ins({inner}), "),
        Markup::Markdown => format!("{{++{inner}++}}"),
    }
}

/// `inner` (already markup) marked as deleted.
pub fn del(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<del>{inner}</del>"),
        Markup::Typst => format!("del({inner}), "),
        Markup::Markdown => format!("{{--{inner}--}}"),
    }
}

/// Plain text marked as inserted or deleted.
pub fn ins_text(t: &str, markup: Markup) -> String {
    ins(&text(t, markup), markup)
}

pub fn del_text(t: &str, markup: Markup) -> String {
    del(&text(t, markup), markup)
}

/// A text's word changes, marked.
pub fn pieces(pieces: &[Piece], markup: Markup) -> String {
    pieces
        .iter()
        .map(|p| match p.op {
            Op::Same => text(&p.text, markup),
            Op::Insert => ins_text(&p.text, markup),
            Op::Delete => del_text(&p.text, markup),
        })
        .collect()
}

/// A text's word changes for a terminal, marked as `wdiff` does; line breaks as spaces.
pub fn wdiff(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| {
            let t = p.text.replace('\n', " ");
            match p.op {
                Op::Same => t,
                Op::Insert => format!("{{+{t}+}}"),
                Op::Delete => format!("[-{t}-]"),
            }
        })
        .collect()
}
