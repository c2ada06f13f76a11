//! Text from the sources written out as HTML, Typst or Markdown: literally (the default),
//! or, for a meeting that says `markdown: true`, as inline Markdown (emphasis, strong,
//! code, links, line breaks) parsed with pulldown-cmark.
//!
//! In Typst, a rich text is a list of parts, each a Typst expression followed by `, `:
//! string literals, and calls of the functions `layout.typ` defines (`em`, `bold`, `url`,
//! `code`, `br`; `ins` and `del` in a changes document), whose arguments are parts again:
//! `"Report of ", em("WP1", ), `. The template writes it in parentheses, as an array.
//!
//! For Word, a rich text is a fragment of XML in a vocabulary of its own, which the Word
//! writer ([`super::docx`]) turns into runs: escaped text, `<i>`, `<b>`, `<code>`,
//! `<a href="…">`, `<br/>`, `<sup>`, and `<ins>`/`<del>` in a changes document.
//!
//! In Markdown mode only inline constructs are honoured: a line that would start a block (a heading, a
//! list, a quote, a code fence, a link definition) is taken literally. Raw HTML is shown
//! as text, and links are kept only for http, https and mailto addresses; any other link
//! is shown literally, as written.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::escape;
use crate::validate::Syntax;
use crate::validate::reading::guard_blocks;

/// The output formats of rich text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Typst,
    Markdown,
    /// The XML of rich texts for Word.
    Docx,
}

/// Renders `src`, read as `syntax`, as `markup`. A line break in the text is a line
/// break in the output.
pub fn render(src: &str, syntax: Syntax, markup: Markup) -> String {
    match syntax {
        Syntax::Literal => src
            .split('\n')
            .map(|line| text(line, markup))
            .collect::<Vec<_>>()
            .join(line_break(markup)),
        Syntax::Markdown => markdown(src, markup),
    }
}

fn markdown(src: &str, markup: Markup) -> String {
    let guarded = guard_blocks(src);
    let mut out = String::new();
    let mut links: Vec<Link> = Vec::new();
    // Adjacent text events are escaped as one, so escaping sees where a text starts.
    let mut pending = String::new();
    for event in Parser::new_ext(&guarded, Options::empty()) {
        if let Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) = &event {
            pending.push_str(t);
            continue;
        }
        if !pending.is_empty() {
            out.push_str(&text(&std::mem::take(&mut pending), markup));
        }
        match event {
            Event::Code(t) => out.push_str(&code(&t, markup)),
            Event::SoftBreak | Event::HardBreak => out.push_str(line_break(markup)),
            Event::Start(tag) => start(tag, markup, &mut links, &mut out),
            Event::End(end) => finish(end, markup, &mut links, &mut out),
            _ => {}
        }
    }
    out.push_str(&text(&pending, markup));
    out
}

fn text(t: &str, markup: Markup) -> String {
    match markup {
        Markup::Html => escape::html_string(t),
        Markup::Typst => escape::typst_part(t),
        Markup::Markdown => escape::markdown_string(t),
        Markup::Docx => escape::xml_string(t),
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
        Markup::Docx => format!("<code>{}</code>", escape::xml_string(t)),
    }
}

pub(crate) fn line_break(markup: Markup) -> &'static str {
    match markup {
        Markup::Html | Markup::Markdown => "<br>",
        Markup::Typst => "br(), ",
        Markup::Docx => "<br/>",
    }
}

/// `inner` (already markup) raised as a footnote reference.
pub(crate) fn superscript(inner: &str, markup: Markup) -> String {
    match markup {
        Markup::Html | Markup::Markdown | Markup::Docx => format!("<sup>{inner}</sup>"),
        // Typst's own `super`, on the parts joined (so no import is needed).
        Markup::Typst => format!("super(({inner}).join()), "),
    }
}

/// A link being written: to a safe address, or shown literally as its source.
type Link = Result<String, String>;

fn start(tag: Tag, markup: Markup, links: &mut Vec<Link>, out: &mut String) {
    let s = match (tag, markup) {
        (Tag::Emphasis, Markup::Html) => "<em>".to_string(),
        (Tag::Emphasis, Markup::Typst) => "em(".to_string(),
        (Tag::Emphasis, Markup::Markdown) => "*".to_string(),
        (Tag::Emphasis, Markup::Docx) => "<i>".to_string(),
        (Tag::Strong, Markup::Docx) => "<b>".to_string(),
        (Tag::Strong, Markup::Html) => "<strong>".to_string(),
        (Tag::Strong, Markup::Typst) => "bold(".to_string(),
        (Tag::Strong, Markup::Markdown) => "**".to_string(),
        (
            Tag::Link {
                link_type,
                dest_url,
                ..
            },
            _,
        ) => {
            let url = safe_url(&dest_url, link_type).ok_or_else(|| dest_url.to_string());
            let s = match (&url, markup) {
                (Err(_), _) => text("[", markup),
                (Ok(u), Markup::Html) => format!("<a href=\"{}\">", escape::html_string(u)),
                (Ok(u), Markup::Typst) => format!("url(\"{}\", ", escape::typst_literal(u)),
                (Ok(_), Markup::Markdown) => "[".to_string(),
                (Ok(u), Markup::Docx) => format!("<a href=\"{}\">", escape::xml_string(u)),
            };
            links.push(url);
            s
        }
        _ => String::new(),
    };
    out.push_str(&s);
}

fn finish(end: TagEnd, markup: Markup, links: &mut Vec<Link>, out: &mut String) {
    let s = match (end, markup) {
        (TagEnd::Emphasis, Markup::Html) => "</em>".to_string(),
        (TagEnd::Strong, Markup::Html) => "</strong>".to_string(),
        (TagEnd::Emphasis | TagEnd::Strong, Markup::Typst) => "), ".to_string(),
        (TagEnd::Emphasis, Markup::Markdown) => "*".to_string(),
        (TagEnd::Strong, Markup::Markdown) => "**".to_string(),
        (TagEnd::Emphasis, Markup::Docx) => "</i>".to_string(),
        (TagEnd::Strong, Markup::Docx) => "</b>".to_string(),
        (TagEnd::Link, _) => match (links.pop(), markup) {
            (None, _) => String::new(),
            (Some(Err(u)), _) => text(&format!("]({u})"), markup),
            (Some(Ok(_)), Markup::Html) => "</a>".to_string(),
            (Some(Ok(_)), Markup::Typst) => "), ".to_string(),
            (Some(Ok(u)), Markup::Markdown) => format!("](<{}>)", u.replace(['<', '>', '\n'], "")),
            (Some(Ok(_)), Markup::Docx) => "</a>".to_string(),
        },
        _ => String::new(),
    };
    out.push_str(&s);
}

/// Links are kept only to web and mail addresses; anything else (javascript:, data:,
/// relative paths that would point into the output folder) is shown as its text.
fn safe_url(url: &str, link_type: LinkType) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let ok = matches!(
        link_type,
        LinkType::Inline | LinkType::Autolink | LinkType::Email
    ) && (lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_control);
    ok.then(|| url.trim().to_string())
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        cur = if c == ch { cur + 1 } else { 0 };
        best = best.max(cur);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::reading::seen;

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
