//! `agenda serve` with a test client (plain HTTP over a socket): a saved edit reloads the
//! page with the new text, a mistake shows as a problem naming its file:line:col until it
//! is fixed, and nothing outside the output folder is served.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::{copy_meeting, edit, mini};

/// The server, stopped when the test ends (passing or not).
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `GET path` over HTTP/1.0: the status and the body.
fn get(addr: &str, path: &str) -> (u16, String) {
    get_from(addr, path, addr)
}

/// `GET path` over HTTP/1.0 as a page of `host` would send it.
fn get_from(addr: &str, path: &str, host: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The events a page would receive, one per message: "reload", or the problem's text.
fn listen(addr: &str) -> mpsc::Receiver<String> {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET /__agenda/events HTTP/1.1\r\nHost: {addr}\r\n\r\n"
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut event = String::new();
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if let Some(name) = line.strip_prefix("event: ") {
                event = name.to_string();
            } else if let Some(data) = line.strip_prefix("data: ") {
                let text: String = serde_json::from_str(data).unwrap_or_default();
                let said = if event == "problem" {
                    text
                } else {
                    event.clone()
                };
                if tx.send(said).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

fn next(events: &mpsc::Receiver<String>) -> String {
    events
        .recv_timeout(Duration::from_secs(30))
        .expect("an event within 30 s")
}

/// `agenda serve m -o out --port 0` in `dir`: the server, its process id and its address
/// (`127.0.0.1:PORT`, from the line it starts with).
fn serving(dir: &std::path::Path) -> (Serving, u32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["serve", "m", "-o", "out", "--port", "0"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(
        first.starts_with("serving out on http://127.0.0.1:"),
        "{first}"
    );
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|a| a.split('/').next())
        .unwrap_or_default()
        .to_string();
    let pid = child.id();
    (Serving(child), pid, addr)
}

#[test]
fn serve_reloads_shows_problems_and_serves_only_the_output() {
    let tmp = copy_meeting(&mini());
    let (_serving, _, addr) = serving(tmp.path());
    // The first build is in once the index is served.
    for _ in 0..300 {
        if get(&addr, "/").0 == 200 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let events = listen(&addr);
    std::thread::sleep(Duration::from_millis(300));
    let agenda = tmp.path().join("m/agenda.yaml");
    edit(
        &agenda,
        "Opening of the *meeting*",
        "Opening of the *session*",
    );
    assert_eq!(next(&events), "reload");
    let (status, page) = get(&addr, "/m/en/draft.html");
    assert_eq!(status, 200);
    assert!(page.contains("Opening of the <em>session</em>"), "{page}");
    assert!(page.contains("new EventSource(\"/__agenda/events\")"));
    edit(&agenda, "heading:", "headng:");
    let problem = next(&events);
    assert!(
        problem.starts_with("error: unknown key `headng`\n --> m/agenda.yaml:1:1\n"),
        "{problem}"
    );
    // The last good output is still served.
    assert!(
        get(&addr, "/m/en/draft.html")
            .1
            .contains("Opening of the <em>session</em>")
    );
    edit(&agenda, "headng:", "heading:");
    assert_eq!(next(&events), "reload");
    // A burst of saves, then a save by renaming a new file over the old: one build each.
    let text = std::fs::read_to_string(&agenda).unwrap();
    for n in 0..5 {
        std::fs::write(
            &agenda,
            text.replace("Opening of the", &format!("Opening {n} of the")),
        )
        .unwrap();
    }
    assert_eq!(next(&events), "reload");
    let renamed = tmp.path().join("m/.agenda.yaml.swp");
    std::fs::write(
        &renamed,
        text.replace("Opening of the", "Opening (renamed) of the"),
    )
    .unwrap();
    std::fs::rename(&renamed, &agenda).unwrap();
    assert_eq!(next(&events), "reload");
    assert!(
        get(&addr, "/m/en/draft.html")
            .1
            .contains("Opening (renamed) of the")
    );
    assert!(
        events.recv_timeout(Duration::from_millis(800)).is_err(),
        "one build each"
    );
    // A page of another site, its name made to lead here (DNS rebinding), gets nothing.
    let port = addr.rsplit(':').next().unwrap();
    for host in [
        "evil.example.com",
        &format!("attacker.rebind.network:{port}"),
    ] {
        for path in [
            "/",
            "/m/en/draft.html",
            "/m/manifest.json",
            "/__agenda/events",
        ] {
            let (status, body) = get_from(&addr, path, host);
            assert_eq!(status, 421, "{host}{path}");
            assert!(!body.contains("Opening"), "{body}");
        }
    }
    assert_eq!(get_from(&addr, "/", &format!("localhost:{port}")).0, 200);
    for outside in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/m/../../m/agenda.yaml",
    ] {
        assert_eq!(get(&addr, outside).0, 404, "{outside}");
    }
}

/// `agenda watch` builds, then builds again after a save, saying what each build says.
#[test]
fn watch_builds_again_after_a_save() {
    let tmp = copy_meeting(&mini());
    let mut child = Command::new(env!("CARGO_BIN_EXE_agenda"))
        .args(["watch", "m", "-o", "out", "--format", "md"])
        .current_dir(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let _watching = Serving(child);
    assert_eq!(lines.next().unwrap().unwrap(), "wrote out/m (3 files)");
    std::thread::sleep(Duration::from_millis(300));
    edit(
        &tmp.path().join("m/agenda.yaml"),
        "Opening of the *meeting*",
        "Opening",
    );
    assert_eq!(lines.next().unwrap().unwrap(), "wrote out/m (3 files)");
    let md = std::fs::read_to_string(tmp.path().join("out/m/en/draft.md")).unwrap();
    assert!(md.contains("1. Opening\n"), "{md}");
}

/// A folder that is not there is said as `agenda build` says it, before anything starts.
#[test]
fn watching_or_serving_nothing_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for command in ["watch", "serve"] {
        let run = crate::common::agenda(
            tmp.path(),
            &[command, "nowhere", "--port", "0"][..if command == "watch" { 2 } else { 4 }],
        );
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (
                2,
                "error: no such file or folder: nowhere (give the folder that holds the meetings, e.g. agendas/)\n"
            ),
            "{command}"
        );
    }
}

/// `agenda watch ARGS` in `dir`, its standard output written to `log` (a file in `dir`)
/// or, with none, read line by line.
fn watching(dir: &std::path::Path, args: &[&str], log: Option<&str>) -> Serving {
    let stdout = match log {
        Some(name) => Stdio::from(std::fs::File::create(dir.join(name)).unwrap()),
        None => Stdio::piped(),
    };
    let child = Command::new(env!("CARGO_BIN_EXE_agenda"))
        .arg("watch")
        .args(args)
        .current_dir(dir)
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Serving(child)
}

/// How many builds the watcher's log `log` has said after `wait`.
fn builds_after(log: &std::path::Path, wait: Duration) -> usize {
    std::thread::sleep(wait);
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let said = |l: &&str| l.starts_with("wrote ") || l.starts_with("unchanged ");
    text.lines().filter(said).count()
}

/// The watcher's own writes start no build: its output folder given through `..` or a
/// link into the watched folder, its log written inside it.
#[test]
fn the_watchers_own_writes_start_no_build() {
    let tmp = copy_meeting(&mini());
    let dir = tmp.path();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::create_dir(dir.join("out-real")).unwrap();
    std::os::unix::fs::symlink("out-real", dir.join("out-link")).unwrap();
    for (n, out) in ["sub/../out3", "out-link"].iter().enumerate() {
        let log = format!("watch{n}.log");
        let _watching = watching(dir, &[".", "-o", out, "--format", "md"], Some(&log));
        let builds = builds_after(&dir.join(&log), Duration::from_millis(2500));
        assert_eq!(builds, 1, "-o {out}: one build, then none");
    }
}

/// A watched folder removed and put back is watched again: the next build reads it.
#[test]
fn a_watched_folder_replaced_is_watched_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    crate::common::copy_dir(&mini(), &dir.join("agendas/m"));
    let _watching = watching(
        dir,
        &["agendas", "-o", "out", "--format", "md"],
        Some("w.log"),
    );
    let log = dir.join("w.log");
    assert_eq!(builds_after(&log, Duration::from_millis(1500)), 1);
    std::fs::rename(dir.join("agendas"), dir.join("kept")).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    crate::common::copy_dir(&dir.join("kept"), &dir.join("agendas"));
    edit(
        &dir.join("agendas/m/agenda.yaml"),
        "Opening of the *meeting*",
        "Opening again",
    );
    let mut builds = 0;
    for _ in 0..100 {
        builds = builds_after(&log, Duration::from_millis(100));
        let md = std::fs::read_to_string(dir.join("out/m/en/draft.md")).unwrap_or_default();
        if md.contains("Opening again") {
            break;
        }
    }
    let md = std::fs::read_to_string(dir.join("out/m/en/draft.md")).unwrap();
    assert!(md.contains("Opening again"), "{builds} builds: {md}");
    // Edited once more: the new watch sees it.
    edit(
        &dir.join("agendas/m/agenda.yaml"),
        "Opening again",
        "Opening thrice",
    );
    for _ in 0..100 {
        std::thread::sleep(Duration::from_millis(100));
        let md = std::fs::read_to_string(dir.join("out/m/en/draft.md")).unwrap();
        if md.contains("Opening thrice") {
            return;
        }
    }
    panic!("the edit after the folder was put back was not built");
}

/// The threads of process `pid`.
fn threads(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("Threads:")).unwrap();
    line[8..].trim().parse().unwrap()
}

/// Connections that send nothing, or a head of a megabyte, cost the server a bounded
/// number of threads and little memory; the chair's page is served again once they go.
#[test]
fn the_preview_server_bounds_what_clients_cost() {
    let tmp = copy_meeting(&mini());
    let (_serving, pid, addr) = serving(tmp.path());
    let before = threads(pid);
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let during = threads(pid);
    assert!(during <= before + 64 + 1, "{before} threads, then {during}");
    drop(idle);
    // A head of a megabyte is refused without being read whole.
    let mut stream = TcpStream::connect(&addr).unwrap();
    let padding = format!("X-Padding: {}\r\n", "a".repeat(1 << 20));
    let _ = write!(stream, "GET / HTTP/1.1\r\nHost: {addr}\r\n{padding}\r\n");
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    assert!(
        response.starts_with("HTTP/1.1 431 "),
        "{}",
        &response[..response.len().min(100)]
    );
    let served = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        get(&addr, "/").0 == 200
    });
    assert!(served, "the page is served again");
}
