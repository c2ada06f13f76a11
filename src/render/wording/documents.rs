//! How a change in the allocation of documents is said, in each language: "C 65 moved
//! from item 14 to item 15", "TD215/GEN Rev.1 replaces TD215/GEN", "C 88 withdrawn",
//! "C 96 added under item 12.1". Each message has the counts of the items it names, so
//! that every language words one item and several its own way.

use crate::diff::documents::{DocumentChange, Under};
use crate::lang::{Arg, Locale};
use crate::model::rich::Rich;

/// How `c` is said in the locale's language (its numbers isolated in a right-to-left one).
pub fn document_line(c: &DocumentChange, loc: &Locale) -> Rich {
    let sep = loc.text("numbers-sep", &[]);
    let list = |under: &[Under]| -> String {
        let numbers: Vec<&str> = under.iter().map(|u| u.number.as_str()).collect();
        numbers.join(&sep)
    };
    let (id, from, to, old) = match c {
        DocumentChange::Added { to, .. } => ("document-added", &[][..], &to[..], ""),
        DocumentChange::Moved { from, to, .. } => ("document-moved", &from[..], &to[..], ""),
        DocumentChange::Replaced {
            replaces, from, to, ..
        } => {
            let same = from.iter().map(|u| &u.id).eq(to.iter().map(|u| &u.id));
            let id = if same {
                "document-replaced"
            } else {
                "document-replaced-moved"
            };
            (id, &from[..], &to[..], replaces.as_str())
        }
        DocumentChange::Withdrawn { from, .. } => ("document-withdrawn", &from[..], &[][..], ""),
        DocumentChange::Removed { from, .. } => ("document-removed", &from[..], &[][..], ""),
    };
    let (from_list, to_list) = (list(from), list(to));
    loc.rich_say(
        id,
        &[
            ("number", Arg::Text(c.number())),
            ("old", Arg::Text(old)),
            ("from", Arg::Text(&from_list)),
            ("from_count", Arg::Count(from.len())),
            ("to", Arg::Text(&to_list)),
            ("to_count", Arg::Count(to.len())),
        ],
    )
}
