//! WordprocessingML written as text: element names are the writer's own constants,
//! and every value from the sources (in element content or in an attribute in double
//! quotes) goes through [`escaped`].

/// `value` escaped for XML content and double-quoted attributes (with
/// [`crate::render::escape::entity`]), without what no output keeps
/// ([`crate::render::escape::dropped`]: the characters XML 1.0 forbids among them).
/// Unlike the rich texts' escaping, it leaves line breaks as they are.
pub fn escaped(value: &str) -> String {
    let mut s = String::with_capacity(value.len());
    for c in value.chars() {
        match (crate::render::escape::entity(c), c) {
            (Some(e), _) => s.push_str(e),
            (None, c) if c != '\r' && crate::render::escape::dropped(c) => {}
            (None, c) => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            super::escaped("a<b>&\"c\"\u{1}\u{FFFF}"),
            "a&lt;b&gt;&amp;&quot;c&quot;"
        );
    }
}
