//! Stage 4, render: the meeting's documents as Markdown, HTML and Typst, from Tera
//! templates. The templates are built into the binary; a `templates/` folder found
//! beside the sources replaces them file by file.
//!
//! Each markup has its own Tera instance, because the autoescape function (HTML,
//! Markdown or Typst escaping) is one per instance.

pub mod documents;
pub mod escape;
pub mod inline;
pub mod locale;
pub mod redline;
pub mod view;

use std::path::{Path, PathBuf};

use inline::Markup;

use crate::validate::Meeting;

/// Built-in templates: (file name, text). One template per markup renders every kind of
/// document: the draft, a revision, and a revision's changes.
const BUILTIN: &[(&str, &str)] = &[
    ("document.md", include_str!("../../templates/document.md")),
    (
        "document.html",
        include_str!("../../templates/document.html"),
    ),
    ("document.typ", include_str!("../../templates/document.typ")),
];

/// The Typst layout that `document.typ`'s output imports: plain Typst, not a Tera template.
pub const LAYOUT: (&str, &str) = ("layout.typ", include_str!("../../templates/layout.typ"));

/// A rendering failure: a template that does not parse or does not render.
#[derive(Debug)]
pub struct RenderError {
    pub template: String,
    pub message: String,
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "template {} failed ({})", self.template, self.message)
    }
}

/// The three template engines.
pub struct Engine {
    markdown: tera::Tera,
    html: tera::Tera,
    typst: tera::Tera,
    /// Where each template came from (built in, or a file), for messages.
    origins: Vec<(String, String)>,
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
        let (layout, file) = source(overrides, LAYOUT.0, LAYOUT.1)?;
        let layout_name = file.unwrap_or_else(|| LAYOUT.0.to_string());
        let mut engine = Engine {
            markdown: instance(".md", escape::markdown),
            html: instance(".html", escape::html),
            typst: instance(".typ", escape::typst),
            origins: Vec::new(),
            layout,
            layout_name,
        };
        for (name, text, origin) in sources {
            let tera = engine.tera_mut(markup_of(name));
            tera.add_raw_template(name, &text)
                .map_err(|e| RenderError {
                    template: origin.clone(),
                    message: tera_message(&e),
                })?;
            engine.origins.push((name.to_string(), origin));
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

    /// Where template `name` came from: `built-in NAME` or its path.
    fn origin(&self, name: &str) -> String {
        self.origins
            .iter()
            .find(|(n, _)| n == name)
            .map_or(name.to_string(), |(_, o)| o.clone())
    }

    fn tera_mut(&mut self, markup: Markup) -> &mut tera::Tera {
        match markup {
            Markup::Markdown => &mut self.markdown,
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

    /// Renders `doc` of `meeting` in `lang` as `markup`.
    pub fn render(
        &self,
        meeting: &Meeting,
        doc: &documents::Document,
        lang: &str,
        markup: Markup,
    ) -> Result<String, RenderError> {
        let name = format!("document.{}", extension(markup));
        let view = view::build(meeting, doc, lang, markup);
        let origin = self.origin(&name);
        let fail = |message: String| RenderError {
            template: origin.clone(),
            message,
        };
        let context = tera::Context::from_serialize(&view).map_err(|e| fail(tera_message(&e)))?;
        self.tera(markup)
            .render(&name, &context)
            .map_err(|e| fail(tera_message(&e)))
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

fn instance(suffix: &'static str, escape: tera::EscapeFn) -> tera::Tera {
    let mut tera = tera::Tera::new();
    tera.set_escape_fn(escape);
    tera.autoescape_on([suffix]);
    tera
}

/// The text of template `name`, and the path of the file it came from: `dir/<name>`
/// where that file exists (None for the built-in text).
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
    std::fs::read_to_string(path).map_err(|e| RenderError {
        template: crate::diag::display_path(path),
        message: format!(
            "cannot read the template {name}: {}",
            crate::load::io_reason(&e)
        ),
    })
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
