//! WordprocessingML written as text: element names are the writer's own constants,
//! and every value from the sources goes through [`attr`] or [`text`].

/// `value` escaped for an attribute in double quotes.
pub fn attr(value: &str) -> String {
    let mut s = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => s.push(c),
        }
    }
    s
}

/// `value` escaped for element content.
pub fn text(value: &str) -> String {
    attr(value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            super::attr("a<b>&\"c\"\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;"
        );
    }
}
