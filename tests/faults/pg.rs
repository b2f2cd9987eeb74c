//! A private PostgreSQL cluster for one test: its own data directory and port, stopped and
//! removed when the test ends.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct PrivatePg {
    dir: tempfile::TempDir,
    bindir: PathBuf,
    port: u16,
    /// Run the server programs as the `postgres` user (we are root, and initdb refuses root).
    as_postgres: bool,
    running: bool,
}

/// Where the PostgreSQL server programs are.
fn bindir() -> PathBuf {
    if let Ok(dir) = std::env::var("MINSHENG_PG_BINDIR") {
        return PathBuf::from(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((v, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return bin;
    }
    let out = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "the fault tests need the PostgreSQL server programs (initdb, pg_ctl): none under \
             /usr/lib/postgresql, and pg_config failed ({e}); set MINSHENG_PG_BINDIR"
            )
        });
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl PrivatePg {
    /// initdb and start a cluster on a free port.
    pub fn start() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("minsheng-faults-pg-")
            .tempdir()
            .expect("a temporary directory");
        let as_postgres = is_root();
        if as_postgres {
            let status = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("chown");
            assert!(
                status.success(),
                "cannot give the cluster directory to postgres"
            );
        }
        let mut pg = PrivatePg {
            dir,
            bindir: bindir(),
            port: free_port(),
            as_postgres,
            running: false,
        };
        let data = pg.data_dir();
        let out = pg.run(
            "initdb",
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ],
        );
        assert!(out.status.success(), "initdb failed: {}", show(&out));
        pg.start_again();
        pg
    }

    fn data_dir(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn run(&self, program: &str, args: &[&str]) -> Output {
        let exe = self.bindir.join(program);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()))
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Starts the cluster (again), waiting until it accepts connections.
    pub fn start_again(&mut self) {
        let data = self.data_dir();
        let socket_dir = self.dir.path().display().to_string();
        let options = format!(
            "-p {} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off \
             -c max_connections=60 -c shared_buffers=16MB",
            self.port
        );
        let log = Path::new(&socket_dir)
            .join("postgres.log")
            .display()
            .to_string();
        let out = self.run(
            "pg_ctl",
            &[
                "-D", &data, "-o", &options, "-l", &log, "-w", "-t", "60", "start",
            ],
        );
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}\n{}",
            show(&out),
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        self.running = true;
    }

    /// Stops the cluster: `fast` disconnects everyone and shuts down cleanly, `immediate` is a
    /// crash.
    pub fn stop(&mut self, mode: &str) {
        let data = self.data_dir();
        let out = self.run("pg_ctl", &["-D", &data, "-m", mode, "-w", "stop"]);
        assert!(out.status.success(), "pg_ctl stop failed: {}", show(&out));
        self.running = false;
    }
}

fn show(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

impl Drop for PrivatePg {
    fn drop(&mut self) {
        if self.running {
            let data = self.data_dir();
            let _ = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
        }
    }
}
