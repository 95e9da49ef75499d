//! End-to-end cost in a real pseudo-terminal: startup to the first frame, idle CPU over 10 s,
//! and CPU per keypress on a 100,000-quote briefing; the bounds on hostile input (a huge
//! source text, reloads, huge terminals); and the work off the key thread (a storm of
//! reloads, the network of thousands of actors, a quit with the store locked). A
//! measurement, not a check: it prints numbers and asserts no timing. Run with
//! `cargo test --release --test perf_e2e -- --ignored --nocapture`.

mod common;

use std::time::{Duration, Instant};

use common::pty::Pty;

/// CPU time (user + system) the process has used so far, from /proc/PID/stat.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("Linux /proc");
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    let hz = 100; // USER_HZ, 100 on Linux.
    Duration::from_millis(ticks * 1000 / hz)
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_startup_idle_and_keypress_cost() {
    let start = Instant::now();
    let mut pty = Pty::spawn(&[], 160, 50, &[]);
    pty.wait_for("Timeline 1/12");
    println!(
        "bundled briefing: first frame after {:.1} ms (wall, including process start)",
        start.elapsed().as_secs_f64() * 1000.0
    );
    pty.send(b"q");
    pty.wait_exit();

    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("perf-100k.toml");
    std::fs::write(
        &path,
        brief::synthetic::briefing(brief::synthetic::Size { quotes: 100_000 }),
    )
    .unwrap();
    let start = Instant::now();
    let mut pty = Pty::spawn(&[path.to_str().unwrap()], 160, 50, &[]);
    pty.wait_for("Timeline 1/10000");
    println!(
        "100,000 quotes: first frame after {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let pid = pty.pid();

    // The library store indexes the briefing's folder in the background after the first
    // frame: wait until that work is done, then measure the loop itself.
    let settling = cpu_time(pid);
    let mut last = settling;
    for _ in 0..120 {
        std::thread::sleep(Duration::from_millis(500));
        let now = cpu_time(pid);
        if now - last < Duration::from_millis(2) {
            break;
        }
        last = now;
    }
    println!(
        "background indexing after the first frame: {} ms of CPU",
        (last - settling).as_millis()
    );
    let before = cpu_time(pid);
    std::thread::sleep(Duration::from_secs(10));
    println!(
        "idle for 10 s: {} ms of CPU",
        (cpu_time(pid) - before).as_millis()
    );

    pty.send(b"3");
    pty.wait_for("Quotes 1/100000");
    let keys = 300;
    let before = cpu_time(pid);
    let wall = Instant::now();
    for n in 2..=keys + 1 {
        pty.send(b"j");
        pty.wait_for(&format!("Quotes {n}/100000"));
    }
    let per_key = (cpu_time(pid) - before).as_secs_f64() * 1000.0 / keys as f64;
    println!(
        "j x{keys}: {per_key:.3} ms CPU per keypress, {:.2} ms wall per key round trip",
        wall.elapsed().as_secs_f64() * 1000.0 / keys as f64
    );

    let before = cpu_time(pid);
    let back_at = format!("Quotes {}/100000", keys + 1);
    for _ in 0..100 {
        pty.send(b"\r");
        pty.wait_for_line_start("Actors ");
        pty.send(b"\x7f");
        pty.wait_for_line_start(&back_at);
    }
    println!(
        "follow + back x100: {:.3} ms CPU per keypress",
        (cpu_time(pid) - before).as_secs_f64() * 1000.0 / 200.0
    );

    let wall = Instant::now();
    pty.send(b"/");
    pty.wait_for("/▏");
    println!(
        "search prompt on screen: {:.1} ms wall",
        wall.elapsed().as_secs_f64() * 1000.0
    );
    let before = cpu_time(pid);
    std::thread::sleep(Duration::from_secs(2));
    println!(
        "folded index built after the prompt shows: {:.0} ms CPU",
        (cpu_time(pid) - before).as_secs_f64() * 1000.0
    );
    let before = cpu_time(pid);
    pty.send(b"p");
    pty.wait_for("/p▏");
    println!(
        "first search letter: {:.0} ms CPU",
        (cpu_time(pid) - before).as_secs_f64() * 1000.0
    );
    let before = cpu_time(pid);
    pty.send(b"yongyang");
    pty.wait_for("/pyongyang▏");
    println!(
        "next 8 letters: {:.1} ms CPU per keystroke",
        (cpu_time(pid) - before).as_secs_f64() * 1000.0 / 8.0
    );
    pty.send(b"\x1b");
    pty.wait_for_line_start("Quotes ");
    pty.send(b"q");
    pty.wait_exit();
}

/// Peak resident memory of process `pid` so far, from /proc/PID/status.
fn peak_memory_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("Linux /proc");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        / 1024
}

/// A briefing of one quote naming `source` as its source text.
fn briefing_naming(source: &str) -> String {
    format!(
        "format = 1\n[briefing]\nid = \"t\"\ntitle = \"T\"\nsummary = \"s\"\n\
         [[briefing.sources]]\ntitle = \"A\"\nfile = \"{source}\"\n\
         [[actors]]\nid = \"a\"\nname = \"Ann Lee\"\nkind = \"person\"\n\
         [[quotes]]\nid = \"q\"\nspeaker = \"a\"\ntext = \"word0 word1 word2\"\n"
    )
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_hostile_bounds() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("perf-hostile");
    std::fs::create_dir_all(&dir).unwrap();
    // Text of many distinct words, so the quote index has real work to do.
    let text = |bytes: usize| {
        let mut out = String::with_capacity(bytes + 16);
        let mut n = 0u64;
        while out.len() < bytes {
            n = n
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            out.push_str(&format!("word{} ", n >> 50));
            if n.is_multiple_of(97) {
                out.push_str("\n\n");
            }
        }
        out
    };
    std::fs::write(dir.join("huge.txt"), text(60_000_000)).unwrap();
    std::fs::write(dir.join("large.txt"), text(8_000_000)).unwrap();
    for (name, source) in [("huge", "huge.txt"), ("large", "large.txt")] {
        let path = dir.join(format!("{name}.toml"));
        std::fs::write(&path, briefing_naming(source)).unwrap();
        let start = Instant::now();
        let mut pty = Pty::spawn(&[path.to_str().unwrap()], 100, 30, &[]);
        pty.wait_for("Timeline");
        println!(
            "{source} ({} MB) named: first frame after {:.0} ms",
            std::fs::metadata(dir.join(source)).unwrap().len() / 1_000_000,
            start.elapsed().as_secs_f64() * 1000.0
        );
        pty.send(b"3 ");
        pty.wait_for("Quotes · detail");
        let found = pty.wait_for_any(&["In the source", "Not verbatim", "unavailable"]);
        println!(
            "  source {}",
            ["read", "read (a misquote)", "refused"][found]
        );
        println!(
            "  source read and matched after {:.0} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
        pty.send(b" ");
        pty.wait_for_line_start("Quotes 1/1");
        // A reload (here: the file touched) reads the briefing and the source again on
        // workers; keys answer meanwhile.
        std::fs::write(&path, briefing_naming(source)).unwrap();
        std::thread::sleep(Duration::from_millis(200));
        let start = Instant::now();
        pty.send(b"1");
        pty.wait_for_line_start("Timeline");
        println!(
            "  a key during the reload answered after {:.1} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
        pty.send(b"q");
        pty.wait_exit();
    }

    for (cols, rows) in [(3000u16, 3000u16), (10_000, 10_000)] {
        let mut pty = Pty::spawn(&[], 100, 30, &[]);
        pty.wait_for("Timeline 1/12");
        pty.resize_window(cols, rows);
        std::thread::sleep(Duration::from_secs(2));
        pty.send(b"jjj");
        std::thread::sleep(Duration::from_secs(1));
        println!(
            "terminal of {cols}x{rows}: peak memory {} MB",
            peak_memory_mb(pty.pid())
        );
        pty.send(b"q");
        assert_eq!(pty.wait_exit(), 0);
    }
}

/// Waits until process `pid` has used almost no CPU for two seconds (its background work,
/// such as indexing the library, is done); returns how long that took.
fn wait_until_idle(pid: u32) -> Duration {
    let start = Instant::now();
    let mut last = cpu_time(pid);
    let mut quiet = 0;
    while quiet < 4 {
        std::thread::sleep(Duration::from_millis(500));
        let now = cpu_time(pid);
        quiet = if now - last <= Duration::from_millis(10) {
            quiet + 1
        } else {
            0
        };
        last = now;
    }
    start.elapsed().saturating_sub(Duration::from_secs(2))
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_a_large_library_and_a_long_query() {
    // 4,965 briefings of realistic size and six of 100,000 quotes (55 MB each), made once.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("perf-library");
    let library = dir.join("library");
    if !library.join("zz-large-5.toml").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        brief::synthetic::write_library(&library, 4_965).unwrap();
        let large = brief::synthetic::briefing(brief::synthetic::Size { quotes: 100_000 });
        for n in 0..6 {
            std::fs::write(library.join(format!("zz-large-{n}.toml")), &large).unwrap();
        }
    }
    let config = library_config(&dir, &library);
    let config = config.to_str().unwrap();
    let store = dir.join("store.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", store.display()));
    }
    let store = store.to_str().unwrap();

    let start = Instant::now();
    let mut pty = Pty::spawn(&["--config", config], 120, 40, &[("BRIEF_STORE", store)]);
    pty.wait_for("brief: reading");
    println!(
        "library of 4,971 files (six of 55 MB), new store: picker's first frame after {:.2} s",
        start.elapsed().as_secs_f64()
    );
    pty.wait_for("4972 shown");
    println!(
        "  its briefings listed in it after {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let indexed = wait_until_idle(pty.pid());
    println!(
        "  library indexed {:.0} s later; peak memory {} MB",
        indexed.as_secs_f64(),
        peak_memory_mb(pty.pid())
    );
    pty.send(b"q");
    pty.wait_exit();

    let words = [
        "support",
        "Kursk",
        "statement",
        "ministry",
        "community",
        "pact",
    ];
    let query: Vec<&str> = (0..800).map(|n| words[n * 7 % words.len()]).collect();
    let start = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["--config", config, "search", &query.join(" ")])
        .env("BRIEF_STORE", store)
        .output()
        .unwrap();
    println!(
        "brief search of 800 words: {:.2} s, {} hits; {}",
        start.elapsed().as_secs_f64(),
        String::from_utf8_lossy(&out.stdout).lines().count(),
        String::from_utf8_lossy(&out.stderr).trim()
    );
}

/// The `brief` binary whose drafting is measured: `BRIEF_DRAFT_BIN` when set (to measure an
/// older build with the same articles), else this build's.
fn draft_binary() -> std::ffi::OsString {
    std::env::var_os("BRIEF_DRAFT_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_brief").into())
}

/// Wall time, CPU time and peak resident memory (MB) of `brief draft FILE` run to its end
/// under a 4 GiB address-space ceiling (a blow-up stops there), and whether it succeeded. The
/// peak counts what the child shared with this process between fork and exec (a few MB).
fn draft_cost(path: &std::path::Path) -> (Duration, Duration, u64, bool) {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(draft_binary());
    command
        .arg("draft")
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: only setrlimit, which is async-signal-safe, runs between fork and exec.
    unsafe {
        command.pre_exec(|| {
            let ceiling = libc::rlimit {
                rlim_cur: 4 << 30,
                rlim_max: 4 << 30,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &ceiling) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
    let start = Instant::now();
    // Reaped by wait4 below, which also gives its resource usage (Child::wait does not).
    #[allow(clippy::zombie_processes)]
    let child = command.spawn().expect("run brief draft");
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for the child it reaps.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child and writes only into `status` and `usage`.
    let reaped = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(reaped > 0, "wait4 failed");
    let wall = start.elapsed();
    let time =
        |t: libc::timeval| Duration::from_micros(t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64);
    let cpu = time(usage.ru_utime) + time(usage.ru_stime);
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (wall, cpu, usage.ru_maxrss as u64 / 1024, ok)
}

/// Plain prose of about `bytes` bytes on one line: the corpus articles next to the repository,
/// joined and repeated; None when they are not there.
fn corpus_prose(bytes: usize) -> Option<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut texts: Vec<_> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let joined: String = texts
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['\n', '\r'], " ");
    if joined.is_empty() {
        return None;
    }
    let mut prose = joined.repeat(bytes / joined.len() + 1);
    prose.truncate(brief::text::floor_char_boundary(&prose, bytes));
    Some(prose)
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_draft_bounds() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("perf-draft");
    std::fs::create_dir_all(&dir).unwrap();
    // Each article is made, written and dropped before `brief draft` starts, so the memory
    // the child shares with this process until it executes stays small.
    type Make = Box<dyn Fn() -> Option<String>>;
    let mut articles: Vec<(String, Make)> = Vec::new();
    // A news article's size: the time a user waits for `brief draft`.
    let make: Make = Box::new(|| Some(corpus_prose(10_000)?.replace(". ", ".\n\n")));
    articles.push(("10 KB of prose in paragraphs".into(), make));
    for n in [25_000, 50_000, 100_000] {
        let make: Make = Box::new(move || Some("“x ".repeat(n)));
        articles.push((format!("“x ” x {n} (unclosed marks)"), make));
    }
    for n in [500, 1_000, 2_000] {
        let make: Make = Box::new(move || Some("word said \"quote here\" by Smith ".repeat(n)));
        articles.push((format!("attribution x {n}, one paragraph"), make));
    }
    for mb in [1, 2, 5] {
        let make: Make = Box::new(move || corpus_prose(mb * 1_000_000));
        articles.push((format!("{mb} MB of prose on one line"), make));
    }
    let make: Make = Box::new(|| Some(corpus_prose(4_000_000)?.replace(". ", ".\n\n")));
    articles.push(("4 MB of prose in paragraphs".into(), make));
    let make: Make = Box::new(|| Some(corpus_prose(4_000_000)?.replace(['.', '?', '!'], " ")));
    articles.push(("4 MB of prose, no full stop".into(), make));
    for (name, make) in &articles {
        let Some(article) = make() else {
            println!("draft of {name}: skipped (no corpus next to the repository)");
            continue;
        };
        let path = dir.join("article.txt");
        std::fs::write(&path, &article).unwrap();
        let size = article.len() / 1000;
        drop(article);
        let (wall, cpu, peak, ok) = draft_cost(&path);
        println!(
            "draft of {name} ({size} KB): {:.3} s wall, {:.3} s CPU, peak memory {peak} MB{}",
            wall.as_secs_f64(),
            cpu.as_secs_f64(),
            if ok {
                ""
            } else {
                ", FAILED (killed or out of memory)"
            }
        );
    }
}

/// A number field of /proc/PID/status (`Threads:`, or `VmRSS:` and `VmHWM:` in KiB).
fn proc_status(pid: u32, field: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("Linux /proc");
    text.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Waits until the process has used no CPU for half a second; returns the most threads seen
/// meanwhile.
fn until_idle(pid: u32) -> u64 {
    let mut most = proc_status(pid, "Threads:");
    let mut last = (cpu_time(pid), Instant::now());
    loop {
        std::thread::sleep(Duration::from_millis(10));
        most = most.max(proc_status(pid, "Threads:"));
        let used = cpu_time(pid);
        if used != last.0 {
            last = (used, Instant::now());
        } else if last.1.elapsed() > Duration::from_millis(500) {
            return most;
        }
    }
}

/// A fresh folder for one measurement, with a store of its own in it.
fn perf_dir(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_a_storm_of_reloads() {
    let dir = perf_dir("perf-reloads");
    let store = dir.join("store.sqlite3");
    let env = [("BRIEF_STORE", store.to_str().unwrap())];
    let big = dir.join("big.toml");
    let text = brief::synthetic::briefing(brief::synthetic::Size { quotes: 27_000 });
    std::fs::write(&big, &text).unwrap();
    let mut pty = Pty::spawn(&[big.to_str().unwrap()], 160, 50, &env);
    pty.wait_for("Timeline 1/2700");
    let pid = pty.pid();
    until_idle(pid);
    pty.send(b"r");
    pty.wait_for("Reloaded");
    until_idle(pid);
    let (one_rss, one_peak) = (proc_status(pid, "VmRSS:"), proc_status(pid, "VmHWM:"));
    pty.send(&[b'r'; 30]);
    let threads = until_idle(pid);
    println!(
        "15 MB briefing ({} bytes): after one reload RSS {} MB, peak {} MB; 30 r at once: \
         peak {} MB, {threads} threads at most, RSS {} MB once idle",
        text.len(),
        one_rss / 1024,
        one_peak / 1024,
        proc_status(pid, "VmHWM:") / 1024,
        proc_status(pid, "VmRSS:") / 1024,
    );
    pty.send(b"q");
    pty.wait_exit();
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_the_network_at_size() {
    let dir = perf_dir("perf-network");
    let store = dir.join("store.sqlite3");
    let env = [("BRIEF_STORE", store.to_str().unwrap())];
    // 5,000 actors at the largest drawn area, then ten resizes.
    let network = dir.join("network.toml");
    std::fs::write(&network, brief::synthetic::network(5_000)).unwrap();
    let (cols, rows) = (brief::terminal::MAX_COLUMNS, brief::terminal::MAX_ROWS);
    let mut pty = Pty::spawn(&[network.to_str().unwrap()], cols, rows, &env);
    pty.wait_for("Timeline 1/");
    until_idle(pty.pid());
    let start = Instant::now();
    pty.send(b"6?");
    pty.wait_for("Keys (q or Esc closes)");
    let answered = start.elapsed();
    pty.wait_for("actors shown");
    println!(
        "6 then ? on 5,000 actors at {cols}x{rows}: ? answered after {:.0} ms, the network \
         shown after {:.0} ms",
        answered.as_secs_f64() * 1000.0,
        start.elapsed().as_secs_f64() * 1000.0
    );
    pty.send(b"q");
    pty.wait_without("Keys (q or Esc closes)");
    let start = Instant::now();
    for n in 0..10 {
        pty.resize(cols - 40 * (n % 2), rows - 20 * (n % 2));
        std::thread::sleep(Duration::from_millis(100));
    }
    pty.send(b"?");
    pty.wait_for("Keys (q or Esc closes)");
    println!(
        "ten resizes 100 ms apart, then ?: answered {:.0} ms after the last resize",
        (start.elapsed().as_secs_f64() - 1.0) * 1000.0
    );
    pty.send(b"q");
    pty.wait_without("Keys (q or Esc closes)");
    pty.send(b"q");
    pty.wait_exit();

    // The network as SVG, from the command line (the load included).
    for actors in [5_000, 20_000] {
        let path = dir.join(format!("network-{actors}.toml"));
        std::fs::write(&path, brief::synthetic::network(actors)).unwrap();
        let start = Instant::now();
        let out = common::cli::run(&[
            "export",
            "--format",
            "svg",
            "--view",
            "network",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", common::cli::stderr(&out));
        println!(
            "brief export --format svg --view network, {actors} actors: {:.2} s ({} KB)",
            start.elapsed().as_secs_f64(),
            out.stdout.len() / 1000
        );
    }
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_a_locked_store() {
    let dir = perf_dir("perf-locked");
    let store = dir.join("store.sqlite3");
    let env = [("BRIEF_STORE", store.to_str().unwrap())];
    // Make the store, then lock it.
    let mut pty = Pty::spawn(&[], 120, 40, &env);
    pty.wait_for("Timeline 1/12");
    until_idle(pty.pid());
    pty.send(b"q");
    pty.wait_exit();
    let lock = rusqlite::Connection::open(&store).unwrap();
    lock.busy_timeout(Duration::from_secs(20)).unwrap();
    lock.execute_batch("BEGIN EXCLUSIVE").unwrap();

    // Locked from the start: how soon the status line names it, and a quit at once.
    let start = Instant::now();
    let mut pty = Pty::spawn(&[], 120, 40, &env);
    pty.wait_for("Timeline 1/12");
    let first = start.elapsed();
    pty.wait_for("locked by another process");
    println!(
        "store locked from the start: first frame after {:.0} ms, the lock named after {:.0} ms",
        first.as_secs_f64() * 1000.0,
        start.elapsed().as_secs_f64() * 1000.0
    );
    let mut pty = Pty::spawn(&[], 120, 40, &env);
    pty.wait_for("Timeline 1/12");
    let start = Instant::now();
    pty.send(b"q");
    pty.wait_exit();
    println!(
        "store locked from the start, q at the first frame: exited after {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    drop(lock);

    // Locked while reading, with a mark made after: the quit names it.
    let mut pty = Pty::spawn(&[], 120, 40, &env);
    pty.wait_for("Timeline 1/12");
    until_idle(pty.pid());
    let lock = rusqlite::Connection::open(&store).unwrap();
    lock.busy_timeout(Duration::from_secs(20)).unwrap();
    lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let start = Instant::now();
    pty.send(b"3jm");
    pty.wait_for("locked by another process");
    println!(
        "store locked while reading: the lock named {:.0} ms after m",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let start = Instant::now();
    pty.send(b"q");
    pty.wait_exit();
    println!(
        "q with a mark waiting for the lock: exited after {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    drop(lock);
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_keys_with_no_item_new_and_with_every_item_new() {
    let dir = perf_dir("perf-new");
    let big = dir.join("big.toml");
    let text = brief::synthetic::briefing(brief::synthetic::Size { quotes: 100_000 });
    // The same briefing (its id) with 100 quotes: read first, it leaves all but those new.
    let small = brief::synthetic::briefing(brief::synthetic::Size { quotes: 100 })
        .replace("id = \"synthetic-100\"", "id = \"synthetic-100000\"");
    let keys = 300;
    let per_key = |store: &std::path::Path, first: Option<&str>| {
        let env = [("BRIEF_STORE", store.to_str().unwrap())];
        if let Some(first) = first {
            std::fs::write(&big, first).unwrap();
            let mut pty = Pty::spawn(&[big.to_str().unwrap()], 160, 50, &env);
            pty.wait_for("Timeline 1/10");
            until_idle(pty.pid());
            pty.send(b"q");
            pty.wait_exit();
        }
        std::fs::write(&big, &text).unwrap();
        let mut pty = Pty::spawn(&[big.to_str().unwrap()], 160, 50, &env);
        pty.wait_for("Timeline 1/10000");
        let pid = pty.pid();
        until_idle(pid);
        pty.send(b"3");
        pty.wait_for("Quotes 1/100000");
        let before = cpu_time(pid);
        for n in 2..=keys + 1 {
            pty.send(b"j");
            pty.wait_for(&format!("Quotes {n}/100000"));
        }
        let spent = cpu_time(pid) - before;
        pty.send(b"q");
        pty.wait_exit();
        spent.as_secs_f64() * 1000.0 / keys as f64
    };
    let none = per_key(&dir.join("none.sqlite3"), None);
    let every = per_key(&dir.join("every.sqlite3"), Some(&small));
    println!(
        "j x{keys} on 100,000 quotes, CPU per key of the whole process (store worker included): \
         no item new {none:.3} ms, every item new {every:.3} ms ({:.2}x)",
        every / none
    );
}

#[test]
#[ignore = "a measurement: run it by name with --ignored --nocapture"]
fn measure_brief_id_on_a_large_library() {
    // 5,000 briefings of realistic size (about 27 KB each) and the hotline fixture.
    let dir = perf_dir("perf-id");
    let library = dir.join("library");
    brief::synthetic::write_library(&library, 5_000).unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/library/trilateral-hotline.toml");
    std::fs::copy(fixture, library.join("zz-hotline.toml")).unwrap();
    let config = library_config(&dir, &library);
    let config = config.to_str().unwrap();
    let store = dir.join("store.sqlite3");
    let env = [("BRIEF_STORE", store.to_str().unwrap())];
    // A new store (the library indexed meanwhile), then the store that run left.
    for store in ["new store", "store indexed"] {
        let start = Instant::now();
        let mut pty = Pty::spawn(&["--config", config, "trilateral-hotline"], 120, 40, &env);
        pty.wait_for("brief: finding");
        let first = start.elapsed();
        pty.wait_for("Timeline 1/3");
        println!(
            "brief ID, 5,001 files, {store}: first frame after {:.2} s, the briefing in \
             the reader after {:.2} s",
            first.as_secs_f64(),
            start.elapsed().as_secs_f64()
        );
        wait_until_idle(pty.pid());
        pty.send(b"q");
        pty.wait_exit();
    }
    let start = Instant::now();
    let mut pty = Pty::spawn(&["--config", config, "no-such-briefing"], 120, 40, &env);
    pty.wait_for("brief: finding");
    let first = start.elapsed();
    pty.wait_for("no briefing with id");
    println!(
        "brief UNKNOWN-ID, store indexed: first frame after {:.2} s, the picker saying so \
         after {:.2} s",
        first.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

/// Writes `dir/config.toml`, whose library is `library` alone (no data folder); returns its
/// path.
fn library_config(dir: &std::path::Path, library: &std::path::Path) -> std::path::PathBuf {
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "library = [{:?}]\ndata_dir = false\n",
            library.to_str().unwrap()
        ),
    )
    .unwrap();
    config
}
