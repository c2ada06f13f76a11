//! Rich text ([`Rich`]) written out in each markup: HTML, Typst, Markdown. Every text
//! part is escaped for its markup. (Word writes the same trees as runs of its own:
//! [`super::docx`].)
//!
//! In Typst, a rich text is a list of parts, each a Typst expression followed by `, `:
//! string literals, and calls of the functions `layout.typ` defines (`em`, `bold`, `url`,
//! `code`, `br`, `iso`; `ins` and `del` in a changes document), whose arguments are parts again:
//! `"Report of ", em("WP1", ), `. The template writes it in parentheses, as an array.

use super::escape;
use crate::model::Syntax;
use crate::model::rich::{Inline, Rich};

/// The output formats of rich text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Typst,
    Markdown,
}

/// Renders `src`, read as `syntax`, as `markup`. A line break in the text is a line
/// break in the output.
pub fn render(src: &str, syntax: Syntax, markup: Markup) -> String {
    write(&Rich::read(src, syntax), markup)
}

/// `rich` written in `markup`.
pub fn write(rich: &Rich, markup: Markup) -> String {
    let mut out = String::new();
    parts(&rich.0, markup, &mut out);
    out
}

fn parts(parts: &[Inline], markup: Markup, out: &mut String) {
    let mut before: Option<&Inline> = None;
    for part in parts {
        // Words struck through right before the words that replace them are set apart
        // in the PDF ("Work Review", not "WorkReview"; HTML does it in its style sheet),
        // with space that is in neither version.
        let replacing = matches!(
            (before, part),
            (Some(Inline::Deleted(_)), Inline::Inserted(_))
        );
        if replacing && markup == Markup::Typst {
            out.push_str("h(0.3em), ");
        }
        before = Some(part);
        match part {
            Inline::Text(t) => out.push_str(&text(t, markup)),
            Inline::Code(t) => out.push_str(&code(t, markup)),
            Inline::LineBreak => out.push_str(line_break(markup)),
            Inline::Emphasis(c) => wrapped(c, markup, EMPHASIS, out),
            Inline::Strong(c) => wrapped(c, markup, STRONG, out),
            Inline::Isolated(c) => wrapped(c, markup, ISOLATED, out),
            Inline::Link { href, body } => link(href, body, markup, out),
            Inline::Superscript(c) => out.push_str(&superscript(&inner(c, markup), markup)),
            Inline::Inserted(c) => out.push_str(&ins(&inner(c, markup), markup)),
            Inline::Deleted(c) => out.push_str(&del(&inner(c, markup), markup)),
            Inline::Revised { marked, .. } => self::parts(marked, markup, out),
        }
    }
}

/// `rich` as plain text, for a writer of no markup (an iCalendar value, an Atom title):
/// what a reader sees ([`Rich::plain`]), each text part escaped by `escape`, and an
/// isolated run ([`Inline::Isolated`]) between Unicode's first-strong isolate and its end,
/// which `escape` (dropping such controls from the sources' text) never sees.
pub fn plain(rich: &Rich, escape: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    plain_parts(&rich.0, escape, &mut out);
    out
}

fn plain_parts(parts: &[Inline], escape: &dyn Fn(&str) -> String, out: &mut String) {
    for part in parts {
        match part {
            Inline::Isolated(c) => {
                out.push('\u{2068}');
                plain_parts(c, escape, out);
                out.push('\u{2069}');
            }
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Superscript(c)
            | Inline::Inserted(c)
            | Inline::Deleted(c)
            | Inline::Link { body: c, .. }
            | Inline::Revised { marked: c, .. } => plain_parts(c, escape, out),
            other => out.push_str(&escape(&Rich(vec![other.clone()]).plain())),
        }
    }
}

fn inner(c: &[Inline], markup: Markup) -> String {
    let mut out = String::new();
    parts(c, markup, &mut out);
    out
}

/// How a container opens and closes, in the order of [`Markup`]'s variants.
type Delimiters = [(&'static str, &'static str); 3];

const EMPHASIS: Delimiters = [("<em>", "</em>"), ("em(", "), "), ("*", "*")];
const STRONG: Delimiters = [("<strong>", "</strong>"), ("bold(", "), "), ("**", "**")];
/// Isolation: HTML's element; in Typst `layout.typ`'s `iso` (a box, laid out in its own
/// direction, which keeps the PDF's text free of controls); in Markdown Unicode's
/// first-strong isolate and its end (the escapers drop them from the sources' text).
const ISOLATED: Delimiters = [
    ("<bdi>", "</bdi>"),
    ("iso(", "), "),
    ("\u{2068}", "\u{2069}"),
];

fn wrapped(c: &[Inline], markup: Markup, delimiters: Delimiters, out: &mut String) {
    let (open, close) = delimiters[markup as usize];
    out.push_str(open);
    parts(c, markup, out);
    out.push_str(close);
}

fn link(href: &str, body: &[Inline], markup: Markup, out: &mut String) {
    let open = match markup {
        Markup::Html => format!("<a href=\"{}\">", escape::html_string(href)),
        Markup::Typst => format!("url(\"{}\", ", escape::typst_literal(href)),
        Markup::Markdown => "[".to_string(),
    };
    out.push_str(&open);
    parts(body, markup, out);
    let close = match markup {
        Markup::Html => "</a>".to_string(),
        Markup::Typst => "), ".to_string(),
        // In a table a `|` would end the cell, and a `\` escape the closing `>`:
        // percent-encoded, the address is the same.
        Markup::Markdown => {
            let href = href
                .replace(['<', '>', '\n'], "")
                .replace('|', "%7C")
                .replace('\\', "%5C");
            format!("](<{href}>)")
        }
    };
    out.push_str(&close);
}

fn text(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => escape::html_string(t),
        Markup::Typst => escape::typst_part(t),
        Markup::Markdown => escape::markdown_string(t),
    }
}

fn code(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<code>{}</code>", escape::html_string(t)),
        Markup::Typst => format!("code(\"{}\"), ", escape::typst_literal(t)),
        Markup::Markdown => {
            let ticks = "`".repeat(longest_run(t, '`') + 1);
            let t = t.replace('|', "\\|").replace('\n', " ");
            format!("{ticks} {t} {ticks}")
        }
    }
}

pub(crate) fn line_break(markup: Markup) -> &'static str {
    match markup {
        Markup::Html | Markup::Markdown => "<br>",
        Markup::Typst => "br(), ",
    }
}

/// `inner` (already markup) raised as a footnote reference.
pub(crate) fn superscript(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html | Markup::Markdown => format!("<sup>{inner}</sup>"),
        // Typst's own `super`, on the parts joined (so no import is needed).
        Markup::Typst => format!("super(({inner}).join()), "),
    }
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        cur = if c == ch { cur + 1 } else { 0 };
        best = best.max(cur);
    }
    best
}

/// `inner` (already markup) marked as inserted.
fn ins(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<ins>{inner}</ins>"),
        Markup::Typst => format!("ins({inner}), "),
        Markup::Markdown => format!("{{++{inner}++}}"),
    }
}

/// `inner` (already markup) marked as deleted.
fn del(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => format!("<del>{inner}</del>"),
        Markup::Typst => format!("del({inner}), "),
        Markup::Markdown => format!("{{--{inner}--}}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_words_are_set_apart_in_the_pdf_only() {
        let rich = Rich(vec![
            Inline::Deleted(vec![Inline::Text("Work".into())]),
            Inline::Inserted(vec![Inline::Text("Review".into())]),
        ]);
        assert!(write(&rich, Markup::Typst).contains("h(0.3em), "));
        assert!(!write(&rich, Markup::Html).contains(' '));
        assert_eq!(write(&rich, Markup::Markdown), "{--Work--}{++Review++}");
    }
    use crate::model::reading::seen;

    #[test]
    fn emphasis_and_links_per_format() {
        let src = "Report of *WP1* and [ITU](https://itu.int)";
        assert_eq!(
            render(src, Syntax::Markdown, Markup::Html),
            "Report of <em>WP1</em> and <a href=\"https://itu.int\">ITU</a>"
        );
        assert_eq!(
            render(src, Syntax::Markdown, Markup::Typst),
            "\"Report of \", em(\"WP1\", ), \" and \", url(\"https://itu.int\", \"ITU\", ), "
        );
        assert_eq!(
            render(src, Syntax::Markdown, Markup::Markdown),
            "Report of *WP1* and [ITU](<https://itu.int>)"
        );
    }

    #[test]
    fn block_starts_stay_literal() {
        for src in [
            "# Heading",
            "- item",
            "1. item",
            "> quote",
            "```",
            "[a]: /x",
            "---",
            "+ x",
        ] {
            assert_eq!(seen(src, Syntax::Markdown), src, "{src}");
        }
    }

    #[test]
    fn unsafe_links_and_html_are_text() {
        assert_eq!(
            render("[x](javascript:alert(1))", Syntax::Markdown, Markup::Html),
            "[x](javascript:alert(1))"
        );
        assert_eq!(
            render("<script>alert(1)</script>", Syntax::Markdown, Markup::Html),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
    }

    #[test]
    fn line_breaks() {
        for syntax in [Syntax::Literal, Syntax::Markdown] {
            assert_eq!(render("a\nb", syntax, Markup::Html), "a<br>b");
            assert_eq!(
                render("a\nb", syntax, Markup::Typst),
                "\"a\", br(), \"b\", "
            );
        }
    }

    #[test]
    fn literal_text_is_never_markup() {
        let src = "#read(\"/etc/passwd\") <script>alert(1)</script> | *x* [l](https://x)";
        assert_eq!(seen(src, Syntax::Literal), src);
        assert_eq!(
            render(src, Syntax::Literal, Markup::Html),
            "#read(&quot;/etc/passwd&quot;) &lt;script&gt;alert(1)&lt;/script&gt; | *x* [l](https://x)"
        );
        assert_eq!(
            render(src, Syntax::Literal, Markup::Markdown),
            "\\#read(\"/etc/passwd\") \\<script\\>alert(1)\\</script\\> \\| \\*x\\* \\[l\\](https://x)"
        );
        assert_eq!(
            render(src, Syntax::Literal, Markup::Typst),
            "\"#read(\\\"/etc/passwd\\\") <script>alert(1)</script> | *x* [l](https://x)\", "
        );
    }
}
