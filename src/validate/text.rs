//! Resolving translated texts ([`Tr`](crate::model::Tr)): one per published language, each
//! where it was written; a text missing, empty or longer than [`MAX_TEXT`] is reported.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::Cx;
use crate::diag::Pos;
use crate::load::model::{LangText, Text};
use crate::model::{Located, Tr};

/// The most characters one text may have: about five printed pages, far beyond any title
/// or note, and a bound on what typesetting one text may cost.
pub const MAX_TEXT: usize = 20_000;

/// A text with each tab a space: a tab means a space to whoever typed it, and Typst
/// would drop it ("Draft\tagenda" printed "Draftagenda").
fn spaced(s: &str) -> String {
    s.replace('\t', " ")
}

impl Cx<'_> {
    /// Resolves a text for every language; a missing, empty or unexpected one is reported.
    pub fn tr(&mut self, text: &Text) -> Option<Tr> {
        let mut out = BTreeMap::new();
        let mut ok = true;
        match &text.value {
            LangText::All(s) => {
                ok &= self.non_empty(s, text.pos);
                for lang in &self.languages {
                    let located = Located {
                        text: spaced(s),
                        file: Arc::clone(&self.file),
                        pos: text.pos,
                    };
                    out.insert(lang.clone(), located);
                }
            }
            LangText::Per(per) => {
                for (lang, s) in per {
                    if !self.languages.contains(lang) && !self.optional.contains(lang) {
                        let langs = self.languages.join(", ");
                        self.error(
                            s.pos,
                            format!("text in `{lang}`, which the meeting does not publish"),
                            format!("the meeting's languages are {langs}: fix the language code or add it to `languages` in meeting.yaml"),
                        );
                        ok = false;
                        continue;
                    }
                    ok &= self.non_empty(&s.value, s.pos);
                    let located = Located {
                        text: spaced(&s.value),
                        file: Arc::clone(&self.file),
                        pos: s.pos,
                    };
                    out.insert(lang.clone(), located);
                }
                for lang in self.languages.clone() {
                    if !out.contains_key(&lang) {
                        self.error(
                            text.pos,
                            format!("missing `{lang}` text"),
                            format!("add the translation to this text, as `{lang}: …`"),
                        );
                        ok = false;
                    }
                }
            }
        }
        ok.then_some(Tr(out))
    }

    fn non_empty(&mut self, s: &str, pos: Pos) -> bool {
        if s.trim().is_empty() {
            self.error(pos, "empty text", "write the text, or remove the entry");
            return false;
        }
        let length = s.chars().count();
        if length > MAX_TEXT {
            self.error(
                pos,
                format!("this text is {length} characters long; a text holds at most {MAX_TEXT}"),
                "shorten it: a long explanation belongs in a document of its own, linked from a note",
            );
            return false;
        }
        true
    }
}
