//! The register as a spreadsheet: `documents.csv` (UTF-8, comma-, semicolon- or
//! tab-separated, as spreadsheets export it) or the first sheet of `documents.xlsx`. The
//! first row names the columns; the one mapping of columns to fields, matched whatever
//! the case and spacing, is:
//!
//! | column | field |
//! | --- | --- |
//! | `Number` | the document's number (required) |
//! | `Title` | its title (required) |
//! | `Source` | who submitted it |
//! | `Date` | when it was registered, YYYY-MM-DD (or a date cell) |
//! | `Link` | where it can be read |
//! | `For` | the groups it is for, separated by commas or semicolons |
//! | `Status` | `submitted`, `revised` or `withdrawn` |
//! | `Withdrawn` | when it was withdrawn |
//!
//! Other columns are left alone (exports carry many); an empty row is skipped.

use std::path::Path;
use std::sync::Arc;

use super::{Entry, Register};
use crate::diag::{Diagnostic, Pos, SourceFile};
use crate::load::model::List;
use crate::load::spanned::Sp;

/// The columns a register's sheet may have, as its header names them.
pub const COLUMNS: [&str; 8] = [
    "number",
    "title",
    "source",
    "date",
    "link",
    "for",
    "status",
    "withdrawn",
];

/// A cell of a sheet: its text (trimmed) and where it stands.
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub pos: Pos,
    /// In a text (CSV), the column its trimmed text starts at on the cell's line, so that
    /// a part of it can be pointed at; none in a workbook (whose columns are cells).
    pub text_col: Option<u32>,
}

/// `documents.csv`.
pub fn csv(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Register> {
    let source = crate::load::read_text(path, diags);
    let (file, ok) = source;
    let rows = if ok {
        read_csv(&file, diags)
    } else {
        Vec::new()
    };
    let entries = entries(&file, rows, diags);
    Some(Register {
        file,
        entries,
        cells: false,
    })
}

/// `documents.xlsx`: the first sheet of the workbook.
pub fn workbook(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Register> {
    let (file, rows) = super::workbook::read(path, diags);
    let entries = entries(&file, rows, diags);
    Some(Register {
        file,
        entries,
        cells: true,
    })
}

/// The rows of a CSV text, each cell at the line and column where it starts.
fn read_csv(file: &Arc<SourceFile>, diags: &mut Vec<Diagnostic>) -> Vec<Vec<Cell>> {
    let text = &file.text;
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = delimiter(first);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let start = record.position().map_or(0, |p| p.byte() as usize);
                let starts = field_starts(text, start, delimiter);
                let cells = record.iter().zip(starts).map(|(t, (pos, quoted))| {
                    let lead = t.chars().take_while(|c| c.is_whitespace()).count() as u32;
                    Cell {
                        text: t.trim().to_string(),
                        pos: Pos {
                            len: t.chars().count().max(1) as u32,
                            ..pos
                        },
                        text_col: Some(pos.col + u32::from(quoted) + lead),
                    }
                });
                rows.push(cells.collect());
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as u32);
                diags.push(
                    Diagnostic::new(file, Pos::new(line.max(1), 1), format!("this CSV row cannot be read ({e})"))
                        .hint("check the quotes of this row: a quoted cell ends with a quote, and a quote inside it is doubled (\"\")"),
                );
                break;
            }
        }
    }
    rows
}

/// The separator of a CSV file, from its first line: the one Excel's `sep=;` line
/// names, else the most frequent, outside quotes, of comma, semicolon (spreadsheets in
/// languages that write decimal commas) and tab.
fn delimiter(header: &str) -> u8 {
    if let Some(sep) = header.trim().strip_prefix("sep=")
        && let [b] = sep.as_bytes()
    {
        return *b;
    }
    let mut quoted = false;
    let outside: String = header
        .chars()
        .filter(|c| {
            if *c == '"' {
                quoted = !quoted;
            }
            !quoted
        })
        .collect();
    let count = |c: char| outside.matches(c).count();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (count(*d as char), *d == b','))
        .unwrap_or(b',')
}

/// Where each field of the record starting at byte `start` of `text` starts (1-based
/// line and column), and whether it is quoted, read as CSV reads it: a quoted field may
/// hold separators, doubled quotes and line breaks.
fn field_starts(text: &str, start: usize, delimiter: u8) -> Vec<(Pos, bool)> {
    // The reader may give a record's start at the line break before it (after a CR).
    let start = start.min(text.len());
    let start =
        start + (text[start..].len() - text[start..].trim_start_matches(['\r', '\n']).len());
    let before = &text[..start];
    let mut line = before.matches('\n').count() as u32 + 1;
    let mut col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    let mut out = vec![(Pos::new(line, col), false)];
    let (mut quoted, mut at_start) = (false, true);
    let mut chars = text[before.len()..].chars().peekable();
    while let Some(c) = chars.next() {
        let mut next_col = col + 1;
        match c {
            '"' if at_start => {
                quoted = true;
                if let Some(last) = out.last_mut() {
                    last.1 = true;
                }
            }
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                next_col += 1;
            }
            '"' if quoted => quoted = false,
            '\n' if quoted => (line, next_col) = (line + 1, 1),
            '\r' if quoted => next_col = col,
            '\n' | '\r' => break,
            c if c as u32 == u32::from(delimiter) && !quoted => {
                out.push((Pos::new(line, next_col), false));
                (col, at_start) = (next_col, true);
                continue;
            }
            _ => {}
        }
        (col, at_start) = (next_col, false);
    }
    out
}

/// The register's entries from the rows of a sheet, the first of which names the columns.
pub fn entries(
    file: &Arc<SourceFile>,
    rows: Vec<Vec<Cell>>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Entry> {
    // Excel's `sep=;` line, which names the separator, is no row.
    let sep_line = |r: &Vec<Cell>| {
        r.first().is_some_and(|c| c.text.starts_with("sep="))
            && r.iter().skip(1).all(|c| c.text.is_empty())
    };
    let mut rows = (rows.into_iter())
        .filter(|r| r.iter().any(|c| !c.text.is_empty()))
        .skip_while(sep_line);
    let Some(header) = rows.next() else {
        diags.push(Diagnostic::new(file, Pos::FILE, "this register has no rows").hint(
            "its first row names the columns (Number, Title, Source, Date, Link, For, Status, Withdrawn), and each row after it is a document",
        ));
        return Vec::new();
    };
    let Some(columns) = columns(file, &header, diags) else {
        return Vec::new();
    };
    rows.map(|row| entry(&columns, row)).collect()
}

/// Which column of the header holds each field (by the index of [`COLUMNS`]); none if a
/// required one is missing.
fn columns(
    file: &Arc<SourceFile>,
    header: &[Cell],
    diags: &mut Vec<Diagnostic>,
) -> Option<[Option<usize>; 8]> {
    let name = |c: &Cell| c.text.to_lowercase().split_whitespace().collect::<String>();
    let mut found = [None; 8];
    for (i, cell) in header.iter().enumerate() {
        if let Some(field) = COLUMNS.iter().position(|f| *f == name(cell)) {
            found[field].get_or_insert(i);
        }
    }
    let mut ok = true;
    for field in [0, 1].into_iter().filter(|f| found[*f].is_none()) {
        ok = false;
        let wanted = COLUMNS[field];
        let names: Vec<String> = header.iter().map(name).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let hint = match crate::hints::closest(wanted, &names) {
            Some(near) => format!(
                "name a column `{wanted}` in the first row (did you mean to rename `{near}`?)"
            ),
            None => format!(
                "add a column named `{wanted}` to the first row; the columns are {}",
                COLUMNS.join(", ")
            ),
        };
        let at = header.first().map_or(Pos::FILE, |c| c.pos);
        diags.push(
            Diagnostic::new(file, at, format!("the register has no column `{wanted}`")).hint(hint),
        );
    }
    ok.then_some(found)
}

/// One row as an entry: each field from its column.
fn entry(columns: &[Option<usize>; 8], row: Vec<Cell>) -> Entry {
    let first = row.first().map_or(Pos::FILE, |c| c.pos);
    let cell = |field: usize| -> Option<Sp<String>> {
        let cell = row.get(columns[field]?)?;
        (!cell.text.is_empty()).then(|| Sp::new(cell.text.clone(), cell.pos))
    };
    let required = |field: usize| {
        let at = columns[field]
            .and_then(|i| row.get(i))
            .map_or(first, |c| c.pos);
        cell(field).unwrap_or(Sp::new(String::new(), at))
    };
    let groups = columns[5]
        .and_then(|i| row.get(i))
        .map_or_else(Vec::new, groups);
    Entry {
        number: required(0),
        title: required(1),
        source: cell(2),
        date: cell(3),
        link: cell(4),
        groups: List(groups),
        status: cell(6),
        withdrawn: cell(7),
    }
}

/// The groups of a `For` cell, separated by commas or semicolons: each where it stands
/// in a text, at the cell in a workbook.
fn groups(cell: &Cell) -> Vec<Sp<String>> {
    let mut out = Vec::new();
    let mut offset = 0u32;
    for part in cell.text.split([',', ';']) {
        let lead = part.chars().take_while(|c| c.is_whitespace()).count() as u32;
        let name = part.trim();
        if !name.is_empty() {
            let pos = match cell.text_col {
                Some(col) => Pos::new(cell.pos.line, col + offset + lead),
                None => cell.pos,
            };
            out.push(Sp::new(name.to_string(), pos));
        }
        offset += part.chars().count() as u32 + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<Entry>, Vec<Diagnostic>) {
        let file = SourceFile::new("documents.csv", text.to_string());
        let mut diags = Vec::new();
        let rows = read_csv(&file, &mut diags);
        (entries(&file, rows, &mut diags), diags)
    }

    #[test]
    fn a_quoted_line_break_keeps_the_cells_after_it() {
        let (entries, diags) =
            read("Number,Title,Source\r\nC 1,\"line one\r\nline two\",ACME\r\nC 2,T,B\r\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            entries[0].source.as_ref().map(|s| s.value.as_str()),
            Some("ACME")
        );
        assert_eq!(
            entries[0].source.as_ref().map(|s| (s.pos.line, s.pos.col)),
            Some((3, 11))
        );
        assert_eq!(
            (entries[1].number.pos.line, entries[1].number.pos.col),
            (4, 1)
        );
    }

    #[test]
    fn excel_s_separator_line_names_the_separator() {
        let (entries, diags) = read("sep=;\nNumber;Title\nC 1;A title, with a comma\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(entries[0].title.value, "A title, with a comma");
        let (entries, _) = read("\n\"Number\";\"Title, long, short\"\nC 1;T\n");
        assert_eq!(
            entries.len(),
            0,
            "no column `title`: the header names `Title, long, short`"
        );
    }
}
