//! `agenda` turns a meeting's YAML sources into the draft agenda and time plan that a
//! standards body publishes, in every language of the meeting, as Markdown, HTML and PDF.
//!
//! The modules follow the pipeline:
//! 1. [`load`]: find meeting folders, read their YAML into a typed model with positions;
//! 2. [`validate`]: check meaning (dates, days, spans, ids, translations) and resolve it
//!    into the [`model`]: plain data ([`model::Meeting`]), its texts read once as rich
//!    text trees ([`model::rich::Rich`]) that every output writes in its own markup;
//! 3. [`diff`]: what changed between two versions of a meeting, as plain data, read by
//!    `agenda diff` and by the changes documents of each revision;
//! 4. [`render`]: build a view per language and render the Tera templates to Markdown,
//!    HTML and Typst, and the Word body ([`render::docx`]), escaping every text from the
//!    sources for its format;
//! 5. [`pdf`]: compile the Typst source in-process with bundled fonts; [`docx`]: package
//!    a Word body on the reference document;
//! 6. [`output`]: write a meeting's files and manifest into the output folder, never
//!    beside sources, one build at a time.
//!
//! [`build`] runs these stages for every meeting under the paths given, as a library
//! function that the command line ([`cli`]), `agenda watch`/`serve`, the benches and the
//! fuzz target call; what stops a command is an [`error::Error`], printed in one place.
//! [`format`] names the formats a build writes.
//!
//! Beside the pipeline: [`lock`] freezes published sources (`agenda publish`), [`revise`]
//! starts revisions, [`scaffold`] writes a new meeting's sources, [`schema`] the sources' JSON Schemas, [`lang`] holds the languages (codes, labels, how dates are written).
//! Problems in the sources are [`diag::Diagnostic`]s: file, line:col, message and hint;
//! [`files`] holds the file-system primitives the stages share, [`hints`] the "did you
//! mean" of every stage that reports an unknown name.
//!
//! Functions stay short: at most 60 lines and 5 parameters (`clippy.toml`; CI denies
//! clippy's warnings, these included).

#![warn(clippy::too_many_lines)]

pub mod build;
pub mod cli;
pub mod compare;
pub mod diag;
pub mod diff;
pub mod docx;
pub mod error;
pub mod failpoint;
pub mod files;
pub mod format;
pub mod hints;
pub mod lang;
pub mod live;
pub mod load;
pub mod lock;
pub mod manifest;
pub mod model;
pub mod output;
pub mod pdf;
pub mod render;
pub mod revise;
pub mod scaffold;
pub mod schema;
pub mod validate;

/// What this binary is made of, fingerprinted (`build.rs`): its version and a hash of its
/// code, templates, fonts, translation files and locked dependencies. A build's cache
/// records it, and one from another binary is not trusted.
pub const BUILD_ID: &str = env!("AGENDA_BUILD_ID");
