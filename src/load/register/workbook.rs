//! `documents.xlsx`: the first sheet of an Excel workbook, read by `calamine`, as rows of
//! cells at their row and column (1-based, as the spreadsheet numbers them). A date cell
//! reads as YYYY-MM-DD, a whole number without decimals, so that the same register
//! exported as CSV and as a workbook reads the same.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, Reader, Xlsx};

use super::sheet::Cell;
use crate::diag::{Diagnostic, Pos, SourceFile};

/// The workbook's file (its bytes hashed, no text) and the rows of its first sheet.
pub fn read(path: &Path, diags: &mut Vec<Diagnostic>) -> (Arc<SourceFile>, Vec<Vec<Cell>>) {
    let bytes = match crate::files::read_regular(path) {
        Ok(b) => b,
        Err(e) => {
            let file = SourceFile::new(path, String::new());
            let message = format!("cannot read this file ({})", crate::files::io_reason(&e));
            diags.push(
                Diagnostic::new(&file, Pos::FILE, message)
                    .hint("the register must be a regular file the build can read"),
            );
            return (file, Vec::new());
        }
    };
    let file = SourceFile::hashed(path, String::new(), crate::files::sha256_hex(&bytes));
    let range = calamine::open_workbook_from_rs::<Xlsx<_>, _>(Cursor::new(bytes))
        .map_err(|e| e.to_string())
        .and_then(|mut book| match book.worksheet_range_at(0) {
            Some(range) => range.map_err(|e| e.to_string()),
            None => Err("it has no sheet".to_string()),
        });
    let range = match range {
        Ok(range) => range,
        Err(why) => {
            diags.push(
                Diagnostic::new(&file, Pos::FILE, format!("this workbook cannot be read ({why})"))
                    .hint("save the register as an Excel workbook (.xlsx), or export it as documents.csv (UTF-8)"),
            );
            return (file, Vec::new());
        }
    };
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range.rows().enumerate().map(|(r, row)| {
        let cells = row.iter().enumerate().map(|(c, data)| {
            let pos = Pos::new(top + r as u32 + 1, left + c as u32 + 1);
            Cell {
                text: text(data, pos, &file, diags),
                pos,
                text_col: None,
            }
        });
        cells.collect()
    });
    let rows = rows.collect();
    (file, rows)
}

/// A cell's value as text: a date as YYYY-MM-DD, a whole number without decimals; an
/// error cell is reported, and reads as empty.
fn text(data: &Data, pos: Pos, file: &Arc<SourceFile>, diags: &mut Vec<Diagnostic>) -> String {
    match data {
        // A date cell stored as ISO text: its date.
        Data::DateTimeIso(s) => s.trim().split('T').next().unwrap_or("").to_string(),
        Data::String(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        // A date: a serial day number within the years a spreadsheet can show (a larger
        // one, or a duration, reads as its number).
        Data::DateTime(d) if d.is_datetime() && (0.0..2_958_466.0).contains(&d.as_f64()) => {
            d.as_datetime().map_or_else(
                || d.as_f64().to_string(),
                |t| t.date().format("%Y-%m-%d").to_string(),
            )
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => {
            let message = format!("cell {} holds a spreadsheet error ({e})", cell_name(pos));
            diags.push(
                Diagnostic::new(file, pos, message)
                    .hint("correct the formula in the spreadsheet, or type the value itself"),
            );
            String::new()
        }
        Data::Empty => String::new(),
    }
}

/// A cell's name as a spreadsheet shows it: "D4".
pub fn cell_name(pos: Pos) -> String {
    let mut letters = Vec::new();
    let mut n = pos.col;
    while n > 0 {
        let d = (n - 1) % 26;
        letters.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), pos.line)
}
