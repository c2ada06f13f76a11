//! `agenda` turns a meeting's YAML sources into the draft agenda and time plan that a
//! standards body publishes, in every language of the meeting, as Markdown, HTML and PDF.
//!
//! The modules follow the pipeline:
//! 1. [`load`]: find meeting folders, read their YAML into a typed model with positions;
//! 2. [`validate`]: check meaning (dates, days, spans, ids, translations) and resolve it
//!    into plain data ([`validate::Meeting`]);
//! 3. [`render`]: build a view per language and render the Tera templates to Markdown,
//!    HTML and Typst, escaping every text from the sources for its format;
//! 4. [`pdf`]: compile the Typst source in-process with bundled fonts;
//! 5. [`publish`]: write the files and the manifest;
//! 6. [`diff`]: what changed between two versions of a meeting, as plain data, read by
//!    `agenda diff` and by the changes documents of each revision.
//!
//! Problems in the sources are [`diag::Diagnostic`]s: file, line:col, message and hint.

pub mod cli;
pub mod diag;
pub mod diff;
pub mod load;
pub mod lock;
pub mod pdf;
pub mod publish;
pub mod render;
pub mod revise;
pub mod validate;
