//! What a publication's `manifest.json` says, as data every stage that reads it shares:
//! the meeting (its id, its line in each language, its groups' names, the key of the
//! inputs it was made from) and each file it lists. The output stage writes it and reads
//! it back (partial builds, the cache); the index is made from it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// What the index says of a meeting, kept in its manifest: its id, its line in each
/// language ("Meeting of …; Geneva, 9-18 September 2025"), and its groups' names.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct About {
    pub meeting: String,
    #[serde(default)]
    pub titles: BTreeMap<String, String>,
    #[serde(default)]
    pub groups: Vec<Named>,
    /// The hash of the inputs the publication was made from (see [`crate::output::cache`]).
    #[serde(default)]
    pub key: String,
    /// The source files the meeting's lock recorded (frozen) when it was made: a later
    /// lock must still record them (see [`crate::lock::check`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frozen: Vec<String>,
}

/// A group, by id, and its name in each language.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Named {
    pub id: String,
    pub names: BTreeMap<String, String>,
}

/// A publication's manifest, read back: what it says of the meeting (with the key of the
/// inputs it was made from) and of each file. Partial builds, the cache and the index
/// all read it so.
#[derive(Deserialize)]
pub struct Published {
    #[serde(flatten)]
    pub about: About,
    pub files: Vec<Listed>,
}

/// A file as a manifest lists it: a file of [`crate::output::OutFile`], with the SHA-256
/// of its bytes instead of them (written by [`crate::output::OutFile::listed`], read back
/// into one by [`crate::output::OutFile::kept`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Listed {
    pub path: String,
    pub format: String,
    pub lang: String,
    pub document: String,
    pub revision: Option<u32>,
    pub changes: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub sha256: String,
}

impl Published {
    /// The manifest of the publication in `folder`: none if there is no manifest; an
    /// error (why) if there is one that cannot be read.
    pub fn read(folder: &Path) -> Result<Option<Published>, String> {
        let bytes = match crate::files::read_regular(&folder.join("manifest.json")) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(crate::files::io_reason(&e)),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}
