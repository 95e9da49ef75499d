//! Work the loop hands to a thread of its own, one job at a time, where only the latest job of
//! each key counts: a new job replaces the one of its key still waiting and makes the one of
//! its key already running stale (it drops its result, and stops early where it can check). A
//! storm of requests (reloads, library reads, resizes) so runs once or twice, never once
//! each, and never more than one job of a kind holds memory at a time.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

/// A job: given a way to ask whether it has become stale.
type Job<K> = Box<dyn FnOnce(&Stale<K>) + Send>;

/// A thread that runs the latest job of each key, in the order their keys were first asked.
pub(super) struct Jobs<K> {
    name: &'static str,
    shared: Arc<Shared<K>>,
    started: bool,
}

struct Shared<K> {
    state: Mutex<State<K>>,
    wake: Condvar,
}

struct State<K> {
    /// Jobs waiting, with their generation, at most one per key.
    waiting: VecDeque<(K, u64, Job<K>)>,
    /// The latest generation asked of each key, while a job of it waits or runs: a key whose
    /// last job is done is forgotten, so the map holds no more keys than jobs in hand (the
    /// exports and openers ask each job under a key of its own).
    latest: HashMap<K, u64>,
    next: u64,
    /// The loop is gone: stop after the job in hand.
    closed: bool,
}

/// What a running job asks: whether a newer job of its key was asked since, or the loop is
/// gone.
pub(super) struct Stale<K> {
    shared: Arc<Shared<K>>,
    key: K,
    generation: u64,
}

impl<K: Eq + Hash> Stale<K> {
    /// True when the job's result is no longer wanted.
    pub(super) fn is_stale(&self) -> bool {
        let state = lock(&self.shared);
        state.closed || state.latest.get(&self.key) != Some(&self.generation)
    }
}

fn lock<K>(shared: &Shared<K>) -> MutexGuard<'_, State<K>> {
    shared.state.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<K: Clone + Eq + Hash + Send + 'static> Jobs<K> {
    /// No thread yet: it starts with the first job, named `name`.
    pub(super) fn new(name: &'static str) -> Jobs<K> {
        Jobs {
            name,
            shared: Arc::new(Shared {
                state: Mutex::new(State {
                    waiting: VecDeque::new(),
                    latest: HashMap::new(),
                    next: 0,
                    closed: false,
                }),
                wake: Condvar::new(),
            }),
            started: false,
        }
    }

    /// Asks for `job` under `key`: it replaces a job of that key still waiting, and a job of
    /// that key already running becomes stale.
    pub(super) fn submit(&mut self, key: K, job: impl FnOnce(&Stale<K>) + Send + 'static) {
        {
            let mut state = lock(&self.shared);
            state.next += 1;
            let generation = state.next;
            state.latest.insert(key.clone(), generation);
            let job: Job<K> = Box::new(job);
            match state.waiting.iter_mut().find(|(k, ..)| *k == key) {
                // The replaced job (and whatever it holds) is dropped here.
                Some(slot) => *slot = (key, generation, job),
                None => state.waiting.push_back((key, generation, job)),
            }
        }
        self.shared.wake.notify_one();
        if !self.started {
            let shared = Arc::clone(&self.shared);
            self.started = std::thread::Builder::new()
                .name(self.name.into())
                .spawn(move || serve(&shared))
                .is_ok();
        }
    }
}

impl<K> Drop for Jobs<K> {
    fn drop(&mut self) {
        lock(&self.shared).closed = true;
        self.shared.wake.notify_one();
    }
}

/// The thread's loop: the next waiting job, run, until the loop is gone.
fn serve<K: Clone + Eq + Hash>(shared: &Arc<Shared<K>>) {
    loop {
        let (key, generation, job) = {
            let mut state = lock(shared);
            loop {
                if state.closed {
                    return;
                }
                if let Some(next) = state.waiting.pop_front() {
                    break next;
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let stale = Stale {
            shared: Arc::clone(shared),
            key,
            generation,
        };
        job(&stale);
        let mut state = lock(shared);
        if state.latest.get(&stale.key) == Some(&generation) {
            state.latest.remove(&stale.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn a_storm_runs_the_job_in_hand_and_the_latest_only() {
        let mut jobs = Jobs::new("test-jobs");
        let (tx, rx) = mpsc::channel();
        let (release, gate) = mpsc::channel::<()>();
        let (started, running) = mpsc::channel::<()>();
        let first = tx.clone();
        jobs.submit(0u8, move |stale: &Stale<u8>| {
            let _ = started.send(());
            let _ = gate.recv();
            let _ = first.send((1, stale.is_stale()));
        });
        running.recv_timeout(Duration::from_secs(10)).unwrap();
        for n in 2..=10 {
            let tx = tx.clone();
            jobs.submit(0, move |stale: &Stale<u8>| {
                let _ = tx.send((n, stale.is_stale()));
            });
        }
        release.send(()).unwrap();
        let wait = || rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!(wait(), (1, true), "the first ran on, told it is stale");
        assert_eq!(wait(), (10, false), "then only the latest");
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
    }

    #[test]
    fn a_job_under_a_key_of_its_own_leaves_no_key_behind_once_done() {
        let mut jobs = Jobs::new("test-jobs");
        let (tx, rx) = mpsc::channel();
        for n in 0..100u64 {
            let tx = tx.clone();
            jobs.submit(n, move |_: &Stale<u64>| {
                let _ = tx.send(n);
            });
        }
        let done: Vec<u64> = (0..100)
            .map(|_| rx.recv_timeout(Duration::from_secs(10)).unwrap())
            .collect();
        assert_eq!(
            done,
            (0..100).collect::<Vec<_>>(),
            "every job ran, in order"
        );
        // The last job's key is forgotten just after it ran.
        let forgotten = (0..1000).any(|_| {
            std::thread::sleep(Duration::from_millis(10));
            lock(&jobs.shared).latest.is_empty()
        });
        assert!(forgotten, "{} keys kept", lock(&jobs.shared).latest.len());
    }
}
