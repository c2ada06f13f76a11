//! Translated text: one string per published language, each remembering where it was
//! written so later stages (the glyph check) can point at it.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diag::{Pos, SourceFile};

/// How the texts of a meeting are read: literally (the default), or as inline Markdown
/// when `meeting.yaml` says `markdown: true`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Syntax {
    #[default]
    Literal,
    Markdown,
}

/// A text and where it was written.
#[derive(Debug, Clone)]
pub struct Located {
    pub text: String,
    pub file: Arc<SourceFile>,
    pub pos: Pos,
}

/// A text in every language of the meeting.
#[derive(Debug, Clone, Default)]
pub struct Tr(pub BTreeMap<String, Located>);

impl Tr {
    /// The text in `lang` (present for every language of the meeting, by construction).
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).map_or("", |l| l.text.as_str())
    }

    /// Its text in each language, by language (where it was written aside).
    pub fn texts(&self) -> BTreeMap<String, String> {
        (self.0.iter())
            .map(|(lang, l)| (lang.clone(), l.text.clone()))
            .collect()
    }

    pub fn located(&self, lang: &str) -> Option<&Located> {
        self.0.get(lang)
    }

    /// An English-only text, for unit tests.
    #[cfg(test)]
    pub fn en(text: &str) -> Tr {
        let file = SourceFile::new("test.yaml", String::new());
        Tr([(
            "en".to_string(),
            Located {
                text: text.into(),
                file,
                pos: Pos::default(),
            },
        )]
        .into())
    }
}
