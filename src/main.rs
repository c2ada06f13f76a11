//! The `agenda` binary: all the work is in the library; see `agenda --help`.

fn main() {
    std::process::exit(agenda::cli::run(std::env::args()));
}
