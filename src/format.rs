//! The formats a build writes, each a peer writer of the same views: what `--format`
//! names, which files each makes, and the name its files end in.

/// Output formats. `typ` is the Typst source the PDF is compiled from; `ics` the
/// meeting's and each group's calendar; `atom` the feed of the meeting's revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
    Pdf,
    Typ,
    Ics,
    Atom,
    Docx,
}

impl Format {
    /// What a build writes when no format is asked for (every format but the Typst
    /// sources).
    pub const DEFAULT: [Format; 6] = [
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Ics,
        Format::Atom,
        Format::Docx,
    ];

    /// Every format, the Typst sources among them.
    pub const ALL: [Format; 7] = [
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Typ,
        Format::Ics,
        Format::Atom,
        Format::Docx,
    ];

    /// Whether documents and group pages are written in this format (a calendar and a
    /// feed are files of their own).
    pub fn is_page(self) -> bool {
        !matches!(self, Format::Ics | Format::Atom)
    }

    /// Whether groups' pages are written in this format (Word files are the documents'
    /// only).
    pub fn for_groups(self) -> bool {
        self.is_page() && self != Format::Docx
    }

    /// Its name on the command line, in the manifest, and at the end of its files' names.
    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Typ => "typ",
            Format::Ics => "ics",
            Format::Atom => "atom",
            Format::Docx => "docx",
        }
    }
}
