//! Marking changes as rich text: the words a diff changed, inserted and deleted parts of
//! a text, and blocks on lines of their own whose line breaks each version reads; and for
//! a terminal, as `wdiff` does (`{+…+}`, `[-…-]`). How a mark shows is each markup's own
//! (see [`super::inline`]).

use crate::diff::words::{Op, Piece};
use crate::model::rich::{Inline, Rich};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::inline::{Markup, write};

    #[test]
    fn each_version_reads_one_block_a_line() {
        let b = |t: &str, p| (Rich::text(t), p);
        let joined = join_lines(vec![
            (Rich::text("a").deleted(), Presence::Old),
            b("b", Presence::Both),
            (Rich::text("c").inserted(), Presence::New),
        ]);
        assert_eq!(
            write(&joined, Markup::Html),
            "<del>a</del><del><br></del>b<ins><br></ins><ins>c</ins>"
        );
        let replaced = join_lines(vec![
            (Rich::text("a").deleted(), Presence::Old),
            (Rich::text("c").inserted(), Presence::New),
        ]);
        assert_eq!(write(&replaced, Markup::Html), "<del>a</del><ins>c</ins>");
    }
}

/// Which versions a block of a redlined text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
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
pub fn join_lines(blocks: Vec<(Rich, Presence)>) -> Rich {
    let mut out = Vec::new();
    let (mut seen_new, mut seen_old) = (false, false);
    for (text, presence) in blocks {
        let (in_new, in_old) = (presence != Presence::Old, presence != Presence::New);
        let br = vec![Inline::LineBreak];
        match (seen_new && in_new, seen_old && in_old) {
            (true, true) => out.extend(br),
            (true, false) => out.push(Inline::Inserted(br)),
            (false, true) => out.push(Inline::Deleted(br)),
            (false, false) => {}
        }
        out.extend(text.0);
        seen_new |= in_new;
        seen_old |= in_old;
    }
    Rich(out)
}

/// Blocks on lines of their own (none empty).
pub fn lines(blocks: impl IntoIterator<Item = Rich>) -> Rich {
    joined(blocks, Rich(vec![Inline::LineBreak]))
}

/// Parts with `sep` between them, the empty ones left out.
pub fn joined(parts: impl IntoIterator<Item = Rich>, sep: Rich) -> Rich {
    let mut out = Vec::new();
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.extend(sep.0.iter().cloned());
        }
        out.extend(part.0);
    }
    Rich(out)
}

/// A text's word changes, marked.
pub fn pieces(pieces: &[Piece]) -> Rich {
    pieces
        .iter()
        .map(|p| {
            let t = Rich::text(p.text.clone());
            match p.op {
                Op::Same => t,
                Op::Insert => t.inserted(),
                Op::Delete => t.deleted(),
            }
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
