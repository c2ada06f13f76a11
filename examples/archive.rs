//! Writes a synthetic archive of meetings shaped like the sample, for measuring a build
//! at scale with public tools:
//!
//! ```sh
//! cargo run --release --example archive -- 200 /tmp/archive
//! /usr/bin/time -v target/release/agenda build /tmp/archive -o /tmp/archive-out
//! ```

#[path = "../benches/support/archive.rs"]
mod archive;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: archive N FOLDER   (writes N meetings into FOLDER)");
        std::process::exit(2);
    };
    let dirs = archive::Vocab::sample().write_archive(&PathBuf::from(dir), n);
    println!("wrote {} meetings under {dir}", dirs.len());
}
