//! The preview server of `agenda serve`: the output folder over HTTP on 127.0.0.1 only,
//! nothing outside it (a path that climbs out, or a link that leads out, is not found),
//! and only to requests naming this machine in their `Host` (see [`local_host`]).
//! Every HTML page gets a small script that listens to `/__agenda/events` (server-sent
//! events): `reload` after a build, or `problem` with what a failed build said, shown over
//! the page (as text, never as markup) until a build succeeds. The last good output stays
//! served meanwhile: a failed build publishes nothing.

use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::wire::{self, Request, Response};
use crate::error::Error;

/// Where pages listen for builds.
const EVENTS: &str = "/__agenda/events";

/// The script each HTML page gets: reload after a build; show a build's problems over the
/// page (as text), until the next build.
const SCRIPT: &str = r#"<script>(function(){var s=new EventSource("/__agenda/events");s.addEventListener("reload",function(){location.reload()});s.addEventListener("problem",function(e){var d=document.getElementById("agenda-problem");if(!d){d=document.createElement("pre");d.id="agenda-problem";d.setAttribute("role","alert");d.style.cssText="position:fixed;inset:0;margin:0;padding:2em;background:rgba(255,255,255,.97);color:#a00;font:14px/1.45 monospace;white-space:pre-wrap;overflow:auto;z-index:2147483647";document.body.appendChild(d)}d.textContent=JSON.parse(e.data)})})();</script>"#;

/// What the request threads share: the folder served, the pages listening, and the
/// problems of the last build, if it failed.
struct Shared {
    root: PathBuf,
    /// The port served, which a request's `Host` must name.
    port: u16,
    listeners: Mutex<Vec<Sender<String>>>,
    problem: Mutex<Option<String>>,
}

pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl Server {
    /// Serves `out` on 127.0.0.1:`port` (0: any free port), from threads of its own.
    pub fn start(out: &Path, port: u16) -> Result<Server, Error> {
        let shown = crate::diag::display_path(out);
        let io = |what: &str, e: std::io::Error| {
            Error::usage(format!("{what} ({})", crate::files::io_reason(&e)))
        };
        std::fs::create_dir_all(out).map_err(|e| io(&format!("cannot make {shown}"), e))?;
        let root = out
            .canonicalize()
            .map_err(|e| io(&format!("cannot read {shown}"), e))?;
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
            Error::with_hint(
                format!(
                    "cannot serve on 127.0.0.1:{port} ({})",
                    crate::files::io_reason(&e)
                ),
                "another program may use the port: give another with --port",
            )
        })?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::usage(format!("the server has no address ({e})")))?;
        let shared = Arc::new(Shared {
            root,
            port: addr.port(),
            listeners: Mutex::new(Vec::new()),
            problem: Mutex::new(None),
        });
        let serving = Arc::clone(&shared);
        std::thread::spawn(move || {
            wire::accept(listener, move |stream, request| {
                respond(stream, &request, &serving);
            });
        });
        Ok(Server { addr, shared })
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Tells every page what a build gave: success (reload), or what its problems are, as
    /// the command line said them.
    pub fn built(&self, problems: Option<&str>) {
        let event = match problems {
            None => "event: reload\ndata: {}\n\n".to_string(),
            Some(text) => problem_event(text),
        };
        *lock(&self.shared.problem) = problems.map(|_| event.clone());
        lock(&self.shared.listeners).retain(|l| l.send(event.clone()).is_ok());
    }
}

fn problem_event(report: &str) -> String {
    let data = serde_json::to_string(report).unwrap_or_default();
    format!("event: problem\ndata: {data}\n\n")
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn respond(stream: TcpStream, request: &Request, shared: &Shared) {
    let head_only = request.method == "HEAD";
    let response = if !local_host(request, shared.port) {
        Response::text(
            421,
            "misdirected request: this preview answers only to 127.0.0.1, localhost and [::1]\n",
        )
    } else if !head_only && request.method != "GET" {
        Response::text(405, "only GET and HEAD are served\n")
    } else if request.path == EVENTS && !head_only {
        return listen(stream, shared);
    } else {
        let found =
            file_for(&shared.root, &request.path).and_then(|f| Some((std::fs::read(&f).ok()?, f)));
        match found {
            Some((bytes, file)) => page(bytes, &file),
            None => Response::text(404, "not found\n"),
        }
    };
    let _ = wire::write(&stream, &response, head_only);
}

/// Whether the request is for this machine: its `Host` is `127.0.0.1`, `localhost` or
/// `[::1]` with the port served (or absent, as only a client that is no browser sends).
/// A page of another site whose name was made to lead to 127.0.0.1 (DNS rebinding) sends
/// its own name, and is refused: the preview's unpublished drafts stay the chair's.
fn local_host(request: &Request, port: u16) -> bool {
    let mut hosts = request.hosts.iter();
    match (hosts.next(), hosts.next()) {
        (None, _) => true,
        (Some(host), None) => is_local(host, port),
        (Some(_), Some(_)) => false,
    }
}

/// Whether `host` (a `Host` header's value) names this machine on `port` (a name without
/// a port is on port 80, as browsers leave it out there).
fn is_local(host: &str, port: u16) -> bool {
    let host = host.trim();
    let (name, given) = match host.rsplit_once(':') {
        Some((name, given)) if !host.ends_with(']') => (name, given),
        _ => (host, "80"),
    };
    let name = name.to_ascii_lowercase();
    given == port.to_string() && ["127.0.0.1", "localhost", "[::1]"].contains(&name.as_str())
}

/// A file of the output, HTML pages with the script that reloads them.
fn page(bytes: Vec<u8>, file: &Path) -> Response {
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let kind = match ext {
        "html" => "text/html; charset=utf-8",
        "md" | "typ" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "ics" => "text/calendar; charset=utf-8",
        "atom" => "application/atom+xml",
        "json" => "application/json",
        _ => "application/octet-stream",
    };
    let body = match ext {
        "html" => with_script(bytes),
        _ => bytes,
    };
    Response {
        status: 200,
        kind,
        body,
    }
}

fn with_script(bytes: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&bytes);
    match text.rfind("</body>") {
        Some(at) => format!("{}{SCRIPT}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{SCRIPT}").into_bytes(),
    }
}

/// The file a URL path names inside `root`: percent-decoded, `..` refused, a folder's
/// `index.html`, and only if it lies inside `root` once links are followed.
fn file_for(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decoded(url_path)?;
    let mut path = root.to_path_buf();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p if p.contains(['\\', '\0', ':']) => return None,
            p => path.push(p),
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    let real = path.canonicalize().ok()?;
    (real.starts_with(root) && real.is_file()).then_some(real)
}

fn percent_decoded(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A page listening for builds: the last build's problems first, if it failed, then
/// events as they come, each sent at once; a comment every 15 s notices a page gone.
fn listen(mut out: TcpStream, shared: &Shared) {
    let (tx, rx) = mpsc::channel();
    if let Some(problem) = lock(&shared.problem).clone() {
        let _ = tx.send(problem);
    }
    lock(&shared.listeners).push(tx);
    // Flushed event by event; a page that stops reading is let go once a write times out.
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    let mut send = |text: &str| out.write_all(text.as_bytes()).and_then(|()| out.flush());
    if send(head).is_err() {
        return;
    }
    loop {
        let text = match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(event) => event,
            Err(RecvTimeoutError::Timeout) => ": still here\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if send(&text).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{file_for, is_local};

    #[test]
    fn only_this_machine_is_answered() {
        for host in [
            "127.0.0.1:8000",
            "localhost:8000",
            "LocalHost:8000",
            "[::1]:8000",
        ] {
            assert!(is_local(host, 8000), "{host}");
        }
        assert!(is_local("localhost", 80) && is_local("[::1]", 80));
        for host in [
            "evil.example.com",
            "attacker.rebind.network:8000",
            "127.0.0.1",
            "127.0.0.1:8001",
            "127.0.0.1:08000",
            "localhost.evil.com:8000",
            "127.0.0.1.nip.io:8000",
            "[::1]:80",
            "",
        ] {
            assert!(!is_local(host, 8000), "{host}");
        }
    }

    #[test]
    fn nothing_outside_the_output_is_served() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = tmp.path().join("out");
        std::fs::create_dir_all(root.join("m")).unwrap_or_default();
        std::fs::write(root.join("index.html"), "i").unwrap_or_default();
        std::fs::write(root.join("m/a b.html"), "a").unwrap_or_default();
        std::fs::write(tmp.path().join("secret"), "s").unwrap_or_default();
        let root = root.canonicalize().unwrap_or_default();
        assert_eq!(file_for(&root, "/"), Some(root.join("index.html")));
        assert_eq!(
            file_for(&root, "/m/a%20b.html"),
            Some(root.join("m/a b.html"))
        );
        for bad in [
            "/../secret",
            "/m/../../secret",
            "/%2e%2e/secret",
            "/..%2fsecret",
            "/m\\..\\..\\secret",
            "/nothing",
        ] {
            assert_eq!(file_for(&root, bad), None, "{bad}");
        }
    }
}
