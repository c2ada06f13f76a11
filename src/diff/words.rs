//! Word-level changes of a text: Latin words, numbers and punctuation are tokens; in
//! Chinese (and other scripts written without spaces) every character is a word.

use serde::Serialize;
use similar::{Algorithm, ChangeTag, capture_diff_slices};

/// A run of text that is unchanged, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

/// A text's word changes in each language that changed, by language code.
pub type Texts = std::collections::BTreeMap<String, Vec<Piece>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Same,
    Insert,
    Delete,
}

/// The changes from `old` to `new`, adjacent pieces of the same kind merged.
pub fn diff(old: &str, new: &str) -> Vec<Piece> {
    let (a, b) = (tokens(old), tokens(new));
    let mut pieces: Vec<Piece> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        for change in op.iter_changes(&a, &b) {
            let kind = match change.tag() {
                ChangeTag::Equal => Op::Same,
                ChangeTag::Insert => Op::Insert,
                ChangeTag::Delete => Op::Delete,
            };
            push(&mut pieces, kind, change.value());
        }
    }
    pieces
}

fn push(pieces: &mut Vec<Piece>, op: Op, text: &str) {
    match pieces.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => pieces.push(Piece {
            op,
            text: text.to_string(),
        }),
    }
}

/// Splits text into its tokens: words, single spaces and punctuation marks, and single
/// characters of scripts without spaces, each a run of whole grapheme clusters (a letter
/// keeps its marks, "بُعد" is one word; an emoji keeps its selectors and joined emoji).
/// What a changes document marks is a run of whole tokens.
pub fn tokens(s: &str) -> Vec<&str> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out = Vec::new();
    let mut start = None;
    for (i, cluster) in s.grapheme_indices(true) {
        let c = cluster.chars().next().unwrap_or(' ');
        let wordy = c.is_alphanumeric() && !is_unspaced(c);
        match (start, wordy) {
            (None, true) => start = Some(i),
            (Some(_), true) => {}
            (Some(st), false) => {
                out.push(&s[st..i]);
                start = None;
                out.push(cluster);
            }
            (None, false) => out.push(cluster),
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// Characters of scripts written without spaces between words (CJK, kana, hangul).
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p.op {
                Op::Same => p.text.clone(),
                Op::Insert => format!("{{+{}+}}", p.text),
                Op::Delete => format!("[-{}-]", p.text),
            })
            .collect()
    }

    #[test]
    fn english_changes_by_word() {
        assert_eq!(
            show(&diff("Review of work plans", "Review of the work plan")),
            "Review of {+the +}work [-plans-]{+plan+}"
        );
    }

    #[test]
    fn a_letter_keeps_its_marks_and_an_emoji_its_selectors() {
        assert_eq!(tokens("عن بُعد"), ["عن", " ", "بُعد"]);
        assert_eq!(
            show(&diff("اجتماع عن بعد", "اجتماع عن بُعد")),
            "اجتماع عن [-بعد-]{+بُعد+}"
        );
        assert_eq!(
            tokens("a ☺\u{fe0f}, b"),
            ["a", " ", "☺\u{fe0f}", ",", " ", "b"]
        );
    }

    #[test]
    fn chinese_changes_by_character() {
        assert_eq!(
            show(&diff("审议工作计划", "审议新的工作计划")),
            "审议{+新的+}工作计划"
        );
    }

    #[test]
    fn equal_texts_have_one_piece() {
        assert_eq!(
            diff("会议开幕", "会议开幕"),
            vec![Piece {
                op: Op::Same,
                text: "会议开幕".into()
            }]
        );
    }
}
