//! End-to-end cost in a real pseudo-terminal: startup to the first frame, idle CPU over 10 s,
//! and CPU per keypress on a 100,000-quote briefing. A measurement, not a check: it prints
//! numbers and asserts no timing. Run with
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

    let before = cpu_time(pid);
    pty.send(b"/p");
    pty.wait_for("/p▏");
    println!(
        "first search letter (builds the folded index): {:.0} ms CPU",
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
