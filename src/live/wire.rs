//! HTTP/1 as the preview server speaks it, with its costs bounded: at most [`MAX_OPEN`]
//! connections at once (one thread each; more are answered 503 at once), a request's head
//! read up to [`MAX_HEAD`] bytes (431 beyond), all of it within [`IDLE`] (a client that
//! sends nothing, or trickles, is let go), one request per connection (`Connection: close`), and GET and HEAD
//! only. `tiny_http`, used before, buffered a head of any size and started a thread for
//! every connection, however many.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The most connections served at once (pages, their event streams, a PDF viewer's).
pub const MAX_OPEN: usize = 64;
/// The most bytes a request's head (its line and headers) may have.
pub const MAX_HEAD: usize = 16 << 10;
/// How long a client may take to send its request, or to take a response.
pub const IDLE: Duration = Duration::from_secs(10);

/// A request, as far as the preview needs it.
pub struct Request {
    pub method: String,
    /// The path asked for, without its query.
    pub path: String,
    /// Every `Host` header's value (a browser sends one).
    pub hosts: Vec<String>,
}

/// A response: status, content type, body.
pub struct Response {
    pub status: u16,
    pub kind: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(status: u16, text: &str) -> Response {
        Response {
            status,
            kind: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
        }
    }
}

/// Accepts connections on `listener` for ever, serving each with `serve` on a thread of
/// its own while fewer than [`MAX_OPEN`] are open.
pub fn accept<F>(listener: TcpListener, serve: F)
where
    F: Fn(TcpStream, Request) + Send + Sync + 'static,
{
    let serve = Arc::new(serve);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        if open.fetch_add(1, Ordering::AcqRel) >= MAX_OPEN {
            open.fetch_sub(1, Ordering::AcqRel);
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let busy = Response::text(503, "busy: too many connections to the preview\n");
            let _ = write(&stream, &busy, false);
            continue;
        }
        let slot = Slot(Arc::clone(&open));
        let serve = Arc::clone(&serve);
        let started = std::thread::Builder::new().spawn(move || {
            let _slot = slot;
            if let Some(request) = read_request(&stream) {
                serve(stream, request);
            }
        });
        // A thread that cannot be started drops its connection (and its slot).
        drop(started);
    }
}

/// A connection's place among the [`MAX_OPEN`]: given back when dropped.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Reads a request's head from `stream`, answering one that is too large (431) or not
/// HTTP (400); none if the client sent nothing in time or went away.
fn read_request(mut stream: &TcpStream) -> Option<Request> {
    // The whole head within IDLE, however slowly it trickles in.
    let deadline = Instant::now() + IDLE;
    let _ = stream.set_write_timeout(Some(IDLE));
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .ok()?;
        let n = match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => n,
        };
        // Only the new bytes (and the three before them) can end the head.
        let from = head.len().saturating_sub(3);
        head.extend_from_slice(&chunk[..n]);
        if head[from..].windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
        if head.len() > MAX_HEAD {
            let refused = Response::text(431, "request header fields too large\n");
            let _ = write(stream, &refused, false);
            return None;
        }
    }
    let parsed = parse(&String::from_utf8_lossy(&head));
    if parsed.is_none() {
        let _ = write(stream, &Response::text(400, "bad request\n"), false);
    }
    parsed
}

/// The request line and the `Host` headers of a request's head.
fn parse(head: &str) -> Option<Request> {
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target, version) = (first.next()?, first.next()?, first.next()?);
    if !version.starts_with("HTTP/1.") || !target.starts_with('/') {
        return None;
    }
    let hosts = lines
        .filter_map(|l| l.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("host"))
        .map(|(_, value)| value.trim().to_string())
        .collect();
    Some(Request {
        method: method.to_string(),
        path: target
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string(),
        hosts,
    })
}

/// Writes `response` (its head alone for a HEAD request) and closes the connection.
pub fn write(mut stream: &TcpStream, response: &Response, head_only: bool) -> std::io::Result<()> {
    let reason = match response.status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        _ => "Service Unavailable",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        response.status,
        response.kind,
        response.body.len()
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn a_request_head_is_read_as_far_as_needed() {
        let r = parse("GET /m/a%20b.html?x=1 HTTP/1.1\r\nHost: localhost:8000\r\nhost: b\r\n\r\n")
            .unwrap();
        assert_eq!(
            (r.method.as_str(), r.path.as_str()),
            ("GET", "/m/a%20b.html")
        );
        assert_eq!(r.hosts, ["localhost:8000", "b"]);
        assert!(parse("GET / FTP/1.0\r\n\r\n").is_none());
        assert!(parse("GET http://x/ HTTP/1.1\r\n\r\n").is_none());
        assert!(parse("nonsense\r\n\r\n").is_none());
    }
}
