//! What the glyph check found of what it set before, in this process: a text, or a
//! character of a catalogue, set with the same layout (the same `layout.typ`, and the
//! process's fonts, which do not change) in the same language is set the same again, so
//! the check sets it once. The meetings of an archive share many texts (the agenda's
//! standing items, the letter's paragraphs), and `agenda serve` rebuilds a meeting whose
//! texts are all but one the same as before.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard};

use super::Layout;
use crate::files::sha256_hex;

/// What a page of the check sets: a text whole (its parts, as a document's data writes
/// them), or a character of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Set {
    Text(String),
    Char(char),
}

/// What each thing set was found to have that the PDFs cannot carry, by layout (the
/// SHA-256 of its text) and language.
type Found = HashMap<(String, String), HashMap<Set, Vec<char>>>;

static FOUND: LazyLock<Mutex<Found>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// What was found with one layout, in one language.
pub(super) struct Seen {
    key: (String, String),
}

impl Seen {
    pub(super) fn new(layout: &Layout, lang: &str) -> Seen {
        Seen {
            key: (sha256_hex(layout.text().as_bytes()), lang.to_string()),
        }
    }

    /// The characters of `set` that the PDFs cannot carry, if it was set before.
    pub(super) fn found(&self, set: &Set) -> Option<Vec<char>> {
        found().get(&self.key)?.get(set).cloned()
    }

    /// Keeps what was found of each thing set.
    pub(super) fn keep(&self, sets: impl IntoIterator<Item = (Set, Vec<char>)>) {
        found().entry(self.key.clone()).or_default().extend(sets);
    }
}

/// The map, even where a thread panicked holding it: it only ever gains whole entries.
fn found() -> MutexGuard<'static, Found> {
    FOUND
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
