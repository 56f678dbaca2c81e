//! Sending bytes to a printer: a network printer on raw TCP (port 9100) or a
//! device file. A printer that is off, out of paper or slow never holds
//! anything up for longer than the timeout.
//!
//! A device target must be a character device (`/dev/usb/lp0`, or a symlink
//! to one). Anything else — a regular file, a directory, a FIFO — is refused
//! before a byte is written: a mistyped target such as `/etc/passwd` on a
//! server with the rights to write it would otherwise be overwritten.

use crate::PrintError;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where a kiosk's printer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `host:port` of a raw TCP printer (usually port 9100).
    Tcp(String),
    /// A device file such as `/dev/usb/lp0`.
    Device(PathBuf),
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Tcp(a) => write!(f, "tcp://{a}"),
            Target::Device(p) => write!(f, "{}", p.display()),
        }
    }
}

/// `DLE EOT 4`: ask the paper roll sensor. Bits 5 and 6 set mean paper end.
const PAPER_STATUS: [u8; 3] = [0x10, 0x04, 0x04];

/// Sends `bytes`. Over TCP the printer's paper sensor is asked first; a
/// printer that reports no paper is refused before anything is sent. A
/// printer that does not answer the status request is printed to anyway.
pub fn send(target: &Target, bytes: &[u8], timeout: Duration) -> Result<(), PrintError> {
    match target {
        Target::Tcp(addr) => send_tcp(addr, bytes, timeout),
        Target::Device(path) => send_device(path.clone(), bytes.to_vec(), timeout),
    }
}

fn send_tcp(addr: &str, bytes: &[u8], timeout: Duration) -> Result<(), PrintError> {
    let target = format!("tcp://{addr}");
    let unreachable = |reason: String| PrintError::PrinterUnreachable { target: target.clone(), reason };
    let addrs: Vec<SocketAddr> = addr.to_socket_addrs().map_err(|e| unreachable(e.to_string()))?.collect();
    let first = addrs.first().ok_or_else(|| unreachable("no address".into()))?;
    let mut stream = TcpStream::connect_timeout(first, timeout).map_err(|e| match e.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => PrintError::PrinterTimeout { target: target.clone() },
        _ => unreachable(e.to_string()),
    })?;
    stream.set_write_timeout(Some(timeout)).map_err(|e| unreachable(e.to_string()))?;
    stream.set_read_timeout(Some(Duration::from_millis(500).min(timeout))).map_err(|e| unreachable(e.to_string()))?;
    let io = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => PrintError::PrinterTimeout { target: target.clone() },
        _ => PrintError::PrinterUnreachable { target: target.clone(), reason: e.to_string() },
    };
    stream.write_all(&PAPER_STATUS).map_err(io)?;
    let mut status = [0u8; 1];
    if let Ok(1) = stream.read(&mut status)
        && status[0] & 0x60 == 0x60
    {
        return Err(PrintError::PrinterUnreachable { target: target.clone(), reason: "out of paper".into() });
    }
    stream.write_all(bytes).map_err(io)?;
    stream.flush().map_err(io)?;
    Ok(())
}

/// Why `path` cannot be a printer device, or `None` when it is a character
/// device. Symlinks are followed: `/dev/printer` → `/dev/usb/lp0` is fine, a
/// link to a regular file is not. A missing path is an I/O error (a USB
/// printer that is unplugged); the caller decides what that means.
pub fn device_refusal(path: &Path) -> std::io::Result<Option<String>> {
    let meta = std::fs::metadata(path)?;
    Ok(refusal(&meta.file_type()))
}

fn refusal(t: &std::fs::FileType) -> Option<String> {
    let what = if t.is_char_device() {
        return None;
    } else if t.is_file() {
        "a regular file"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "not a device"
    };
    Some(format!("{what}, not a character device; only printer devices (such as /dev/usb/lp0) or tcp://HOST:PORT are used"))
}

fn send_device(path: PathBuf, bytes: Vec<u8>, timeout: Duration) -> Result<(), PrintError> {
    let target = path.display().to_string();
    // A device write can block forever (printer off); do it on a thread and
    // stop waiting after the timeout.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(write_device(&path, &bytes));
    });
    match rx.recv_timeout(timeout) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(PrintError::PrinterUnreachable { target, reason: e.to_string() }),
        Err(_) => Err(PrintError::PrinterTimeout { target }),
    }
}

/// Writes to a character device, checked before opening (so that opening a
/// FIFO cannot block and nothing else is opened for writing at all) and
/// again on the opened file (the path may have changed in between). The file
/// is opened without `O_CREAT` and without truncating.
fn write_device(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let refused = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
    if let Some(why) = device_refusal(path)? {
        return Err(refused(why));
    }
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    if let Some(why) = refusal(&f.metadata()?.file_type()) {
        return Err(refused(why));
    }
    f.write_all(bytes)?;
    f.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn bytes_reach_a_real_tcp_listener() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr").to_string();
        let server = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().expect("accept");
            let mut got = Vec::new();
            let _ = s.read_to_end(&mut got);
            got
        });
        send(&Target::Tcp(addr), b"\x1b@hello", Duration::from_secs(2)).expect("sent");
        let got = server.join().expect("join");
        assert_eq!(&got[..3], &PAPER_STATUS);
        assert_eq!(&got[3..], b"\x1b@hello");
    }

    #[test]
    fn a_printer_out_of_paper_is_refused() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr").to_string();
        let server = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().expect("accept");
            let mut q = [0u8; 3];
            s.read_exact(&mut q).expect("status request");
            s.write_all(&[0x72]).expect("answer paper end");
        });
        let e = send(&Target::Tcp(addr), b"ticket", Duration::from_secs(2)).expect_err("no paper");
        assert!(e.to_string().contains("out of paper"), "{e}");
        server.join().expect("join");
    }

    #[test]
    fn nobody_listening_is_a_clear_error_not_a_hang() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr").to_string();
        drop(listener);
        let started = std::time::Instant::now();
        let e = send(&Target::Tcp(addr), b"ticket", Duration::from_secs(2)).expect_err("refused");
        assert!(matches!(e, PrintError::PrinterUnreachable { .. }), "{e}");
        assert!(started.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn a_missing_device_is_a_clear_error() {
        let e = send(&Target::Device("/nonexistent/lp0".into()), b"x", Duration::from_secs(1)).expect_err("missing");
        assert!(e.to_string().contains("/nonexistent/lp0"), "{e}");
    }

    /// A regular file and a symlink to one are refused and left as they
    /// were; /dev/null, a character device, takes the bytes.
    #[test]
    fn only_character_devices_are_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("passwd");
        std::fs::write(&file, b"root:x:0:0\n").expect("write");
        let link = dir.path().join("lp0");
        std::os::unix::fs::symlink(&file, &link).expect("symlink");
        for target in [&file, &link, &dir.path().to_path_buf()] {
            let e = send(&Target::Device(target.clone()), b"\x1b@ticket", Duration::from_secs(2)).expect_err("refused");
            assert!(e.to_string().contains("not a character device"), "{e}");
        }
        assert_eq!(std::fs::read(&file).expect("read"), b"root:x:0:0\n");
        assert!(device_refusal(&file).expect("stat").is_some());
        send(&Target::Device("/dev/null".into()), b"\x1b@ticket", Duration::from_secs(2)).expect("/dev/null is a character device");
        assert!(device_refusal(Path::new("/dev/null")).expect("stat").is_none());
    }

    /// Nothing is created where no device exists.
    #[test]
    fn a_missing_device_is_not_created() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("lp9");
        assert!(send(&Target::Device(missing.clone()), b"x", Duration::from_secs(1)).is_err());
        assert!(!missing.exists());
    }
}
