//! The `agenda` binary: all the work is in the library; see `agenda --help`.

/// Typst allocates and frees many small objects from several threads at once; mimalloc
/// does that about a tenth faster than the system allocator (see the README's figures).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(agenda::cli::run(std::env::args()));
}
