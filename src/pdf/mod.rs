//! Stage 5, pdf: compiles a rendered Typst source to PDF in-process, and checks before,
//! by setting them ([`check_glyphs`]), that the meeting's texts can be set in a PDF.

pub mod fonts;
mod glyphs;
mod seen;
mod world;

pub use glyphs::{check_glyphs, with_sources};
pub use world::Layout;

use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Datelike, NaiveDate};
use typst::WorldExt;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::diag::{Diagnostic, Pos, SourceFile};
use world::DocWorld;

/// A failure to compile: a template bug (source texts are escaped and cannot cause it),
/// as Typst's errors, each at its file, line and column with the source line.
#[derive(Debug, Clone)]
pub struct PdfError(pub Vec<Diagnostic>);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Compiles `source`, which imports `layout` and which `--format typ` writes at `at` in its
/// language's folder (`draft.typ`, `groups/q1.typ`), into PDF bytes. `ident` and `date`
/// fix the PDF's identifier and timestamp, so the same sources always give the same bytes.
///
/// Afterwards, every [`EVICT_EVERY`] compilations, Typst's cache is evicted ([`evict`]).
pub fn compile(
    source: String,
    at: &str,
    layout: &Layout,
    ident: &str,
    date: NaiveDate,
) -> Result<Vec<u8>, PdfError> {
    let world = DocWorld::new(source, at, layout);
    let pdf = laid_out(&world, ident).and_then(|doc| {
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_string()),
            timestamp: timestamp(date),
            standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
                .unwrap_or_default(),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&doc, &options).map_err(|errors| describe(&world, &errors, ident))
    });
    evict();
    pdf
}

/// Lays `source` (at `at`, which imports `layout`) out in pages, as [`compile`] does
/// before it writes them: what the page-break tests read (each page's lines, its headings).
pub fn lay_out(
    source: String,
    at: &str,
    layout: &Layout,
    ident: &str,
) -> Result<PagedDocument, PdfError> {
    laid_out(&DocWorld::new(source, at, layout), ident)
}

/// How many compilations (on any thread) there are between two evictions of Typst's cache.
pub const EVICT_EVERY: usize = 10;

/// Every [`EVICT_EVERY`]th call, drops from Typst's cache what was not used since the
/// eviction before (by the last 10 to 20 compilations): memory stays flat, and the next
/// documents of the meeting, which share the layout and much of their text, still find
/// what they share (on the same thread: each has its own part of each cache, see
/// `vendor/README.md`). Each eviction walks every cache under its lock: the cold build of
/// the sample takes 0.87× to 0.92× the time it took when every PDF evicted (keeping what
/// the last ten used), at 30 MB more at its peak; never evicting, it held 1.2 GB, and was
/// slower.
fn evict() {
    static COMPILED: AtomicUsize = AtomicUsize::new(0);
    if (COMPILED.fetch_add(1, Ordering::Relaxed) + 1).is_multiple_of(EVICT_EVERY) {
        typst::comemo::evict(1);
    }
}

fn laid_out(world: &DocWorld, ident: &str) -> Result<PagedDocument, PdfError> {
    let result = typst::compile::<PagedDocument>(world).output;
    result.map_err(|errors| describe(world, &errors, ident))
}

fn timestamp(date: NaiveDate) -> Option<Timestamp> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Datetime::from_ymd(date.year(), month, day).map(Timestamp::new_utc)
}

/// Typst's errors as diagnostics: at their place in the data (named `<ident>.typ`, the
/// file `--format typ` writes) or in the layout (named by its path if it replaces the
/// built-in one), with Typst's hints.
fn describe(world: &DocWorld, errors: &[SourceDiagnostic], ident: &str) -> PdfError {
    let data_name = format!("{ident}.typ");
    let diags = errors.iter().map(|e| {
        let source = e.span.id().and_then(|id| world.lookup(id));
        let located = source.zip(world.range(e.span)).and_then(|(s, r)| {
            let (l, c) = s.lines().byte_to_line_column(r.start)?;
            let len = s.text().get(r.clone()).map_or(1, |t| t.chars().count());
            let name = world.name(s.id());
            let file = SourceFile::new(name.unwrap_or(&data_name), s.text().to_string());
            let pos = Pos::new(l as u32 + 1, c as u32 + 1).with_len(len);
            Some((file, pos, name.is_none()))
        });
        let (file, pos, in_data) = located.unwrap_or_else(|| {
            (SourceFile::new(&data_name, String::new()), Pos::new(1, 1), true)
        });
        let mut hints: Vec<String> = e.hints.iter().map(|h| h.v.to_string()).collect();
        hints.push(match in_data {
            true => format!("Typst reports this while making {ident}.pdf, in the data that document.typ renders (`agenda build --format typ` writes it as {data_name})"),
            false => format!("Typst reports this while making {ident}.pdf"),
        });
        Diagnostic::new(&file, pos, e.message.to_string()).hint(hints.join("; "))
    });
    PdfError(diags.collect())
}
