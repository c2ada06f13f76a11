//! WordprocessingML written as text: element names are the writer's own constants,
//! and every value from the sources (in element content or in an attribute in double
//! quotes) goes through [`escaped`].

/// `value` escaped for XML content and double-quoted attributes, without the characters
/// XML 1.0 does not allow at all.
pub fn escaped(value: &str) -> String {
    let mut s = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => s.push(c),
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
