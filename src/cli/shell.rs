//! `agenda completions SHELL`, `agenda man`, `agenda schema` and `agenda reference-docx`:
//! the shell completions and the manual pages, made from the command line's own
//! definition (clap's), the JSON Schemas, made from the loader's types, and the built-in
//! reference document: none can drift from what it describes.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Args;
use super::console::Said;
use crate::error::Error;

/// The completion script for `shell`.
pub(super) fn completions(shell: Shell) -> Result<Said, Error> {
    let mut command = Args::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "agenda", &mut script);
    Ok(Said::ok(&[], String::from_utf8_lossy(&script).into_owned()))
}

/// A manual page (roff, section 1): the main page (`agenda man > agenda.1`), or that of
/// `command` (`agenda man build > agenda-build.1`), which the main page refers to.
pub(super) fn man(command: Option<&str>) -> Result<Said, Error> {
    let mut main = Args::command();
    main.build();
    let page_of = match command {
        None => Some(main),
        // Built, a subcommand is displayed as `agenda-<name>`, which titles its page.
        Some(name) => main
            .find_subcommand(name)
            .map(|c| c.clone().version(env!("CARGO_PKG_VERSION"))),
    };
    let of = page_of.ok_or_else(|| {
        Error::usage(format!(
            "`{}` is not a command of agenda (see `agenda --help`)",
            command.unwrap_or_default()
        ))
    })?;
    let mut page = Vec::new();
    clap_mangen::Man::new(of)
        .render(&mut page)
        .map_err(|e| Error::usage(format!("cannot make the manual page ({e})")))?;
    Ok(Said::ok(&[], String::from_utf8_lossy(&page).into_owned()))
}

/// `agenda reference-docx PATH`: the built-in reference document, written where no file
/// is.
pub(super) fn reference_docx(path: &std::path::Path) -> Result<Said, Error> {
    crate::docx::Reference::write_builtin(path)?;
    let line = format!("wrote {}\n", crate::diag::display_path(path));
    Ok(Said::ok(&[], line))
}

/// `agenda schema`: the JSON Schemas of the sources written into `out`.
pub(super) fn schema(out: &std::path::Path) -> Result<Said, Error> {
    let written = crate::schema::write(out)?;
    let line = format!(
        "wrote {} ({})\n",
        crate::diag::display_path(out),
        written.join(", ")
    );
    Ok(Said::ok(&[], line))
}
