//! Stage 5 for Word (beside [`crate::pdf`]): a rendered body ([`crate::render::docx`])
//! packaged as a `.docx` on a reference document, as pandoc's `--reference-doc` does:
//! every part of the reference (styles, settings, theme, header and footer, their
//! images) is kept, its page set-up closes each section, and its body is replaced. The
//! styles the body uses and the reference lacks are added from the built-in reference.
//! The zip is deterministic: entries in a fixed order, each dated 1980-01-01.

mod package;
mod reference;
mod section;

pub use package::{About, package};
pub use reference::Reference;

/// A reference document that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceError {
    /// The file, as the user named it.
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "error: {}: cannot be used as the reference document: {}",
            self.path, self.reason
        )?;
        writeln!(
            f,
            "  = hint: save it from Word or LibreOffice as a .docx, or remove it to use the built-in one (`agenda reference-docx` writes that one out)"
        )
    }
}
