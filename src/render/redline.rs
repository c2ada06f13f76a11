//! Marking changes in each markup: insertions and deletions (HTML `<ins>`/`<del>`, Typst
//! coloured underline and strike-through, Markdown CriticMarkup `{++…++}`/`{--…--}`), and
//! Word's own revision marks (see [`super::docx`]), and for a terminal as `wdiff` does (`{+…+}`, `[-…-]`).

use super::escape;
use super::inline::Markup;
use crate::diff::words::{Op, Piece};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_version_reads_one_block_a_line() {
        let b = |t: &str, p| (t.to_string(), p);
        let joined = join_lines(
            &[
                b("<del>a</del>", Presence::Old),
                b("b", Presence::Both),
                b("<ins>c</ins>", Presence::New),
            ],
            Markup::Docx,
        );
        assert_eq!(
            joined,
            "<del>a</del><del><br/></del>b<ins><br/></ins><ins>c</ins>"
        );
        let replaced = join_lines(
            &[
                b("<del>a</del>", Presence::Old),
                b("<ins>c</ins>", Presence::New),
            ],
            Markup::Docx,
        );
        assert_eq!(replaced, "<del>a</del><ins>c</ins>");
    }
}

/// Plain text escaped for `markup`.
pub fn escaped(t: &str, markup: Markup) -> String {
    text(t, markup)
}

pub(super) fn text(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => escape::html_string(t),
        Markup::Typst => escape::typst_part(t),
        Markup::Markdown => escape::markdown_string(t),
        Markup::Docx => escape::xml_string(t),
    }
}

/// `inner` (already markup) marked as inserted.
pub fn ins(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html | Markup::Docx => format!("<ins>{inner}</ins>"),
        Markup::Typst => format!("ins({inner}), "),
        Markup::Markdown => format!("{{++{inner}++}}"),
    }
}

/// `inner` (already markup) marked as deleted.
pub fn del(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html | Markup::Docx => format!("<del>{inner}</del>"),
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

/// Which versions a block of a redlined text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Both,
    /// Inserted: only in the newer version.
    New,
    /// Deleted: only in the older version.
    Old,
}

/// Blocks on lines of their own, each line break marked as the blocks around it need: a
/// version has the break where it has the block after it and one before (so that each
/// version, read alone, has its blocks one per line, and no break more).
pub fn join_lines(blocks: &[(String, Presence)], markup: Markup) -> String {
    let br = super::inline::line_break(markup);
    let mut out = String::new();
    let (mut seen_new, mut seen_old) = (false, false);
    for (text, presence) in blocks {
        let (in_new, in_old) = (*presence != Presence::Old, *presence != Presence::New);
        match (seen_new && in_new, seen_old && in_old) {
            (true, true) => out.push_str(br),
            (true, false) => out.push_str(&ins(br, markup)),
            (false, true) => out.push_str(&del(br, markup)),
            (false, false) => {}
        }
        out.push_str(text);
        seen_new |= in_new;
        seen_old |= in_old;
    }
    out
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
