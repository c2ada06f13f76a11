//! Stage 4, render: the meeting's documents as Markdown, HTML and Typst, from Tera
//! templates. The templates are built into the binary; a `templates/` folder found
//! beside the sources replaces them file by file.
//!
//! Each markup has its own Tera instance, because the autoescape function (HTML,
//! Markdown or Typst escaping) is one per instance.

pub mod atom;
mod breaks;
pub mod calendar;
pub mod documents;
pub mod docx;
pub mod escape;
mod filter;
pub mod index;
pub mod inline;
pub mod qr;
pub mod redline;
pub mod summary;
pub mod view;
pub mod wording;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use inline::Markup;

use crate::diag::{Diagnostic, Pos, SourceFile};

/// Built-in templates: (file name, text). One template per markup renders every kind of
/// document: the draft, a revision, and a revision's changes; another, a group's page.
const BUILTIN: &[(&str, &str)] = &[
    ("document.md", include_str!("../../templates/document.md")),
    (
        "document.html",
        include_str!("../../templates/document.html"),
    ),
    ("document.typ", include_str!("../../templates/document.typ")),
    ("group.md", include_str!("../../templates/group.md")),
    ("group.html", include_str!("../../templates/group.html")),
    ("group.typ", include_str!("../../templates/group.typ")),
];

/// The Typst layout that `document.typ`'s output imports: plain Typst, not a Tera template.
pub const LAYOUT: (&str, &str) = ("layout.typ", include_str!("../../templates/layout.typ"));

/// A rendering failure: a template that does not parse or does not render, at its line
/// and column in the template where Tera says where, with the source line.
#[derive(Debug, Clone)]
pub enum RenderError {
    Located(Diagnostic),
    /// A failure Tera does not place, or a template that cannot be read.
    Other {
        template: String,
        message: String,
    },
}

impl std::fmt::Display for RenderError {
    /// The whole report, as `error: …` lines ending in a line break.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Located(d) => write!(f, "{d}"),
            RenderError::Other { template, message } => {
                writeln!(f, "error: template {template} failed ({message})")
            }
        }
    }
}

/// The three template engines.
pub struct Engine {
    markdown: tera::Tera,
    html: tera::Tera,
    typst: tera::Tera,
    /// Each template's text and where it came from (`built-in NAME`, or its path), for
    /// messages.
    sources: Vec<(String, Arc<SourceFile>)>,
    /// The text of `layout.typ`.
    layout: String,
    /// How errors name `layout.typ`: the overriding file's path, or `layout.typ`.
    layout_name: String,
}

impl Engine {
    /// The built-in templates, each replaced by `dir/<name>` where that file exists.
    pub fn new(overrides: Option<&Path>) -> Result<Self, RenderError> {
        let mut sources = Vec::new();
        for (name, builtin) in BUILTIN {
            let (text, file) = source(overrides, name, builtin)?;
            let origin = file.unwrap_or_else(|| format!("built-in {name}"));
            sources.push((*name, text, origin));
        }
        let (layout, layout_name) = layout(overrides)?;
        let mut engine = Engine {
            markdown: instance(Markup::Markdown, escape::markdown),
            html: instance(Markup::Html, escape::html),
            typst: instance(Markup::Typst, escape::typst),
            sources: Vec::new(),
            layout,
            layout_name,
        };
        for (name, text, origin) in sources {
            let file = SourceFile::new(origin, text);
            engine.sources.push((name.to_string(), Arc::clone(&file)));
            let tera = engine.tera_mut(markup_of(name));
            let added = tera.add_raw_template(name, &file.text);
            added.map_err(|e| engine.error(name, &e))?;
        }
        Ok(engine)
    }

    /// The text of `layout.typ`, which the Typst documents import.
    pub fn layout(&self) -> &str {
        &self.layout
    }

    /// How errors name `layout.typ`: the path of the file that replaces the built-in one,
    /// or `layout.typ`.
    pub fn layout_name(&self) -> &str {
        &self.layout_name
    }

    /// Template `name` as read (`built-in NAME` or its path, and its text).
    fn source_of(&self, name: &str) -> Arc<SourceFile> {
        let found = self.sources.iter().find(|(n, _)| n == name);
        found.map_or_else(
            || SourceFile::new(name, String::new()),
            |(_, file)| Arc::clone(file),
        )
    }

    /// Tera's error `e` in template `name`, at its place in the template where Tera gives
    /// one (in the template it names, which may be another one that `name` includes).
    fn error(&self, name: &str, e: &tera::Error) -> RenderError {
        let Some(report) = report_of(e) else {
            let template = self.source_of(name).path.to_string_lossy().into_owned();
            let message = tera_message(e);
            return RenderError::Other { template, message };
        };
        let in_file = Some(report.filename())
            .filter(|f| !f.is_empty())
            .unwrap_or(name);
        let span = report.span();
        let len = match span.end_line == span.start_line {
            true => span.end_col.saturating_sub(span.start_col),
            false => 1,
        };
        let pos = Pos::new(span.start_line as u32, span.start_col as u32 + 1).with_len(len);
        let diag = Diagnostic::new(&self.source_of(in_file), pos, report.message())
            .hint("fix the template (its syntax: https://keats.github.io/tera/docs/)");
        RenderError::Located(diag)
    }

    fn tera_mut(&mut self, markup: Markup) -> &mut tera::Tera {
        match markup {
            Markup::Markdown => &mut self.markdown,
            // Word files are written by [`docx`], from no template of Tera's: asked for
            // one, the HTML instance says it has no `document.docx`.
            Markup::Html => &mut self.html,
            Markup::Typst => &mut self.typst,
        }
    }

    fn tera(&self, markup: Markup) -> &tera::Tera {
        match markup {
            Markup::Markdown => &self.markdown,
            Markup::Html => &self.html,
            Markup::Typst => &self.typst,
        }
    }

    /// Renders a document's `view` (see [`view::build`]) as `markup`.
    pub fn render(&self, view: &view::View, markup: Markup) -> Result<String, RenderError> {
        let name = format!("document.{}", extension(markup));
        let context = tera::Context::from_serialize(view).map_err(|e| self.error(&name, &e))?;
        self.tera(markup)
            .render(&name, &context)
            .map_err(|e| self.error(&name, &e))
    }
}

impl Engine {
    /// Renders a group page's `view` (see [`view::build_group`]) as `markup`.
    pub fn render_group(
        &self,
        view: &view::GroupView,
        markup: Markup,
    ) -> Result<String, RenderError> {
        let name = format!("group.{}", extension(markup));
        let context = tera::Context::from_serialize(view).map_err(|e| self.error(&name, &e))?;
        self.tera(markup)
            .render(&name, &context)
            .map_err(|e| self.error(&name, &e))
    }
}

/// The file extension of a markup.
pub fn extension(markup: Markup) -> &'static str {
    match markup {
        Markup::Markdown => "md",
        Markup::Html => "html",
        Markup::Typst => "typ",
    }
}

fn markup_of(name: &str) -> Markup {
    if name.ends_with(".md") {
        Markup::Markdown
    } else if name.ends_with(".html") {
        Markup::Html
    } else {
        Markup::Typst
    }
}

/// A template engine for `markup`: escaping every value with `escape`, and writing rich
/// texts with the `rich` filter.
fn instance(markup: Markup, escape: tera::EscapeFn) -> tera::Tera {
    let mut tera = tera::Tera::new();
    tera.set_escape_fn(escape);
    let suffix: &'static str = match markup {
        Markup::Markdown => ".md",
        Markup::Html => ".html",
        Markup::Typst => ".typ",
    };
    tera.autoescape_on([suffix]);
    filter::register(&mut tera, markup);
    tera
}

/// The text of template `name`, and the path of the file it came from: `dir/<name>`
/// where that file exists (None for the built-in text).
/// The text of `layout.typ` (`dir`'s, where it has one, else the built-in one), and how
/// errors name it: the overriding file's path, or `layout.typ`.
pub fn layout(dir: Option<&Path>) -> Result<(String, String), RenderError> {
    let (text, file) = source(dir, LAYOUT.0, LAYOUT.1)?;
    Ok((text, file.unwrap_or_else(|| LAYOUT.0.to_string())))
}

fn source(
    dir: Option<&Path>,
    name: &str,
    builtin: &str,
) -> Result<(String, Option<String>), RenderError> {
    match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
        Some(path) => Ok((
            read_template(&path, name)?,
            Some(crate::diag::display_path(&path)),
        )),
        None => Ok((builtin.to_string(), None)),
    }
}

fn read_template(path: &Path, name: &str) -> Result<String, RenderError> {
    std::fs::read_to_string(path).map_err(|e| RenderError::Other {
        template: crate::diag::display_path(path),
        message: format!(
            "cannot read the template {name}: {}",
            crate::files::io_reason(&e)
        ),
    })
}

/// The first error in `e`'s chain of causes that Tera places in a template.
fn report_of(e: &tera::Error) -> Option<&tera::ReportError> {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = next {
        if let Some(tera_error) = err.downcast_ref::<tera::Error>()
            && let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) =
                tera_error.kind()
        {
            return Some(r);
        }
        next = err.source();
    }
    None
}

/// Tera's message with its causes, on one line each.
fn tera_message(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!("\n{s}"));
        source = s.source();
    }
    msg
}

/// The `templates/` folder that applies to a meeting folder: the nearest one found in
/// the meeting's folder or above it, up to (and including) the parent of `root`.
pub fn overrides_for(meeting_dir: &Path, root: &Path) -> Option<PathBuf> {
    let stop = root.parent().map(Path::to_path_buf);
    let mut dir = Some(meeting_dir);
    while let Some(d) = dir {
        let candidate = d.join("templates");
        if candidate.is_dir() {
            return Some(candidate);
        }
        if stop.as_deref() == Some(d) || d.as_os_str().is_empty() {
            break;
        }
        dir = d.parent();
    }
    None
}
