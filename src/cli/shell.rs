//! `agenda completions SHELL`, `agenda man` and `agenda schema`: the shell completions and
//! the manual pages, made from the command line's own definition (clap's), and the JSON
//! Schemas, made from the loader's types: none can drift from what it describes.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Args, ExitCode, console};

/// Writes the completion script for `shell` to standard output.
pub(super) fn completions(shell: Shell) -> ExitCode {
    let mut command = Args::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "agenda", &mut script);
    write(&script)
}

/// Writes a manual page (roff, section 1) to standard output: the main page
/// (`agenda man > agenda.1`), or that of `command` (`agenda man build > agenda-build.1`),
/// which the main page refers to.
pub(super) fn man(command: Option<&str>) -> ExitCode {
    let mut main = Args::command();
    main.build();
    let page_of = match command {
        None => Some(main),
        // Built, a subcommand is displayed as `agenda-<name>`, which titles its page.
        Some(name) => main
            .find_subcommand(name)
            .map(|c| c.clone().version(env!("CARGO_PKG_VERSION"))),
    };
    let Some(of) = page_of else {
        return console::usage(&format!(
            "`{}` is not a command of agenda (see `agenda --help`)",
            command.unwrap_or_default()
        ));
    };
    let mut page = Vec::new();
    let rendered = clap_mangen::Man::new(of).render(&mut page);
    if let Err(e) = rendered {
        return console::usage(&format!("cannot make the manual page ({e})"));
    }
    write(&page)
}

fn write(bytes: &[u8]) -> ExitCode {
    match console::stdout(&String::from_utf8_lossy(bytes)) {
        Ok(()) => ExitCode::Ok,
        Err(code) => code,
    }
}

/// `agenda reference-docx PATH`: the built-in reference document, written where no file
/// is (a file left half written by a failure is removed).
pub(super) fn reference_docx(path: &std::path::Path) -> ExitCode {
    use std::io::Write;
    let shown = crate::diag::display_path(path);
    let bytes = match crate::docx::Reference::builtin_docx() {
        Ok(b) => b,
        Err(reason) => {
            return console::usage(&format!("cannot make the reference document ({reason})"));
        }
    };
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    let written = file.and_then(|mut f| f.write_all(&bytes).and_then(|()| f.sync_all()));
    match written {
        Ok(()) => console::stdout(&format!("wrote {shown}\n"))
            .err()
            .unwrap_or(ExitCode::Ok),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => console::usage(&format!(
            "{shown} exists; name another file, or remove it first"
        )),
        Err(e) => {
            let _ = std::fs::remove_file(path);
            console::usage(&format!(
                "cannot write {shown} ({})",
                crate::files::io_reason(&e)
            ))
        }
    }
}

/// Writes the JSON Schemas of the sources into `out` (made if need be; the schemas there
/// are replaced).
pub(super) fn schema(out: &std::path::Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(out) {
        let shown = crate::diag::display_path(out);
        return console::usage(&format!(
            "cannot make {shown} ({})",
            crate::files::io_reason(&e)
        ));
    }
    let mut written = Vec::new();
    for (name, text) in crate::schema::schemas() {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            let shown = crate::diag::display_path(&path);
            return console::usage(&format!(
                "cannot write {shown} ({})",
                crate::files::io_reason(&e)
            ));
        }
        written.push(name);
    }
    let line = format!(
        "wrote {} ({})\n",
        crate::diag::display_path(out),
        written.join(", ")
    );
    console::stdout(&line).err().unwrap_or(ExitCode::Ok)
}
