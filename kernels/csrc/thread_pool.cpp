// The spinning worker pool behind loopwright::parallel_for (see thread_pool.h for why).
#include "thread_pool.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <unistd.h>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#endif

namespace loopwright {
namespace {

// How long an idle worker polls before it sleeps: longer than the gaps between a step's
// regions (a few microseconds) and the Python between two decode steps (~1 ms), short enough
// that an engine at rest gives its core back at once.
constexpr auto kSpinWindow = std::chrono::microseconds(2000);

// Chunks a thread's share is cut into: a worker the OS has not scheduled (the sandboxes share
// these cores) leaves its unclaimed chunks to the caller instead of holding up the step.
constexpr int64_t kChunksPerThread = 4;

// A worker the OS takes off its core in the middle of a chunk holds up its region until it runs
// again, a timeslice later, and so does every region it is preempted in. On these 2-core
// machines that is whenever anything else wants a core (dockerd, the sandboxes' commands, the
// agents' Python): an 8-row decode step took 18.5 ms alone, 42.7 ms beside one busy process,
// and 30 ms on one thread either way. So a caller that waited for the workers longer than
// kStallChunks of its own chunks (and at least kStallFloorUs, thread_pool.h) counts a stall,
// and the regions of the next kSoloFirst run on the caller alone. A stall less than
// kStallMemory solo periods after the last one ended doubles the next (up to kSoloLongest):
// beside a process that keeps a core busy, stalls came every ~25 ms, so the caller ends up
// alone but for one region in 64 ms (the step: 31 ms).
constexpr auto kSoloFirst = std::chrono::milliseconds(2);
constexpr auto kSoloLongest = std::chrono::milliseconds(64);
constexpr int kStallMemory = 16;

using Clock = std::chrono::steady_clock;

inline void cpu_relax() {
#if defined(__x86_64__) || defined(_M_X64)
  _mm_pause();
#endif
}

thread_local bool in_part = false;  // set while a thread runs a part: nested calls run inline

class SpinPool {
 public:
  explicit SpinPool(int threads) {
    for (int id = 1; id < threads; ++id) workers_.emplace_back([this] { work(); });
  }

  ~SpinPool() {
    {
      std::lock_guard<std::mutex> lock(sleep_mutex_);
      stop_.store(true);
    }
    sleep_cv_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  int threads() const { return static_cast<int>(workers_.size()) + 1; }

  // Spinning workers sleep at their next poll instead of at the end of their window; the next
  // run() wakes them as usual.
  void rest() { resting_.store(true, std::memory_order_relaxed); }

  // chunk(c) for c in [0, chunks), claimed in turn by the caller and whichever workers are
  // awake; returns once every claimed chunk is done, with whether the caller waited for a
  // worker longer than `floor` plus `per_chunk` of its own chunks (a stall).
  bool run(int64_t chunks, const std::function<void(int64_t)>& chunk, Clock::duration floor, int64_t per_chunk) {
    resting_.store(false, std::memory_order_relaxed);
    job_ = &chunk;
    chunks_ = chunks;
    next_.store(0, std::memory_order_relaxed);
    // open before announced: a worker that sees the new generation must find it open, else it
    // skips the region as one already done (with announce-then-open it did, in ~1% of short
    // regions: 32-row decode steps were ~10% slower)
    const uint64_t generation = generation_.load(std::memory_order_relaxed) + 1;  // one caller at a time
    open_.store(generation, std::memory_order_seq_cst);
    generation_.store(generation, std::memory_order_seq_cst);
    if (sleepers_.load(std::memory_order_seq_cst) > 0) {
      std::lock_guard<std::mutex> lock(sleep_mutex_);  // a worker between its check and its wait
      sleep_cv_.notify_all();
    }
    const auto began = Clock::now();
    const int64_t taken = take_chunks();
    const auto done = Clock::now();
    // closed: a worker that wakes from now on leaves this job alone; wait for those inside it
    open_.store(0, std::memory_order_seq_cst);
    while (active_.load(std::memory_order_acquire) != 0) cpu_relax();
    const auto waited = Clock::now() - done;
    job_ = nullptr;
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
    return waited >= floor + (done - began) * per_chunk / std::max<int64_t>(taken, 1);
  }

 private:
  // Runs unclaimed chunks until none is left; returns how many this thread ran.
  int64_t take_chunks() {
    in_part = true;
    int64_t taken = 0;
    for (int64_t c; (c = next_.fetch_add(1, std::memory_order_relaxed)) < chunks_; ++taken) {
      try {
        (*job_)(c);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex_);
        if (!error_) error_ = std::current_exception();
      }
    }
    in_part = false;
    return taken;
  }

  void work() {
    uint64_t seen = 0;
    while (true) {
      uint64_t now = generation_.load(std::memory_order_acquire);
      const auto spin_until = std::chrono::steady_clock::now() + kSpinWindow;
      for (int polls = 0; now == seen && !stop_.load(std::memory_order_relaxed); ++polls) {
        cpu_relax();
        if (polls % 256 == 255 &&
            (resting_.load(std::memory_order_relaxed) || std::chrono::steady_clock::now() > spin_until)) {
          std::unique_lock<std::mutex> lock(sleep_mutex_);
          sleepers_.fetch_add(1, std::memory_order_seq_cst);
          sleep_cv_.wait(lock, [&] { return generation_.load(std::memory_order_seq_cst) != seen || stop_.load(); });
          sleepers_.fetch_sub(1, std::memory_order_relaxed);
        }
        now = generation_.load(std::memory_order_acquire);
      }
      if (stop_.load()) return;
      seen = now;
      active_.fetch_add(1, std::memory_order_seq_cst);
      if (open_.load(std::memory_order_seq_cst) == now) take_chunks();  // else: done without us
      active_.fetch_sub(1, std::memory_order_release);
    }
  }

  std::vector<std::thread> workers_;
  const std::function<void(int64_t)>* job_ = nullptr;
  int64_t chunks_ = 0;
  std::atomic<int64_t> next_{0};      // the next unclaimed chunk
  std::atomic<uint64_t> generation_{0};
  std::atomic<uint64_t> open_{0};     // the generation of the job still handing out chunks, else 0
  std::atomic<int> active_{0};        // workers inside a job
  std::atomic<int> sleepers_{0};
  std::atomic<bool> stop_{false};
  std::atomic<bool> resting_{false};  // rest(): sleep now, not after the spin window
  std::mutex sleep_mutex_, error_mutex_;
  std::condition_variable sleep_cv_;
  std::exception_ptr error_;
};

std::mutex pool_mutex;           // one job at a time; a second caller runs inline
std::unique_ptr<SpinPool> pool;  // sized to at::get_num_threads(), rebuilt when that changes
pid_t pool_pid = 0;              // the process that started its workers: a forked child has none

// The stall rule in force (set_stall_rule changes it for tests) and the solo period it set.
Clock::duration stall_floor = std::chrono::microseconds(kStallFloorUs);
int64_t stall_chunks = kStallChunks;
Clock::duration solo_length = kSoloFirst;  // the last solo period's (under pool_mutex)
std::atomic<Clock::rep> solo_until{0};     // regions before this time run inline
std::atomic<int64_t> split_regions{0}, solo_regions{0}, stalls{0};

// A stall: the next regions run on the caller alone, longer if the last solo period ended
// less than kStallMemory of its own length ago; the workers sleep now rather than spin beside
// them.
void go_solo(SpinPool& spin) {
  const auto now = Clock::now();
  const Clock::time_point last_end{Clock::duration{solo_until.load(std::memory_order_relaxed)}};
  const bool recurring = now - last_end < kStallMemory * solo_length;
  solo_length = recurring ? std::min<Clock::duration>(2 * solo_length, kSoloLongest) : Clock::duration{kSoloFirst};
  solo_until.store((now + solo_length).time_since_epoch().count(), std::memory_order_relaxed);
  stalls.fetch_add(1, std::memory_order_relaxed);
  spin.rest();
}

}  // namespace

void parallel_for(int64_t begin, int64_t end, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
  if (end <= begin) return;
  const int threads = std::max(1, at::get_num_threads());
  // about kChunksPerThread chunks a thread, each whole multiples of the grain
  grain = std::max<int64_t>(grain, 1);
  const int64_t wanted = (end - begin + threads * kChunksPerThread - 1) / (threads * kChunksPerThread);
  const int64_t size = std::max<int64_t>(1, (wanted + grain - 1) / grain) * grain;
  const int64_t chunks = (end - begin + size - 1) / size;
  if (threads == 1 || chunks == 1 || in_part) return fn(begin, end);
  if (Clock::now().time_since_epoch().count() < solo_until.load(std::memory_order_relaxed)) {
    solo_regions.fetch_add(1, std::memory_order_relaxed);
    return fn(begin, end);
  }
  std::unique_lock<std::mutex> lock(pool_mutex, std::try_to_lock);
  if (!lock.owns_lock()) return fn(begin, end);
  if (pool && pool_pid != getpid()) (void)pool.release();  // a fork's copy: its workers never ran here
  if (!pool || pool->threads() != threads) {
    pool.reset();
    pool = std::make_unique<SpinPool>(threads);
    pool_pid = getpid();
  }
  split_regions.fetch_add(1, std::memory_order_relaxed);
  const bool stalled = pool->run(
      chunks, [&](int64_t c) { fn(begin + c * size, std::min(end, begin + (c + 1) * size)); }, stall_floor,
      stall_chunks);
  if (stalled) go_solo(*pool);
}

void set_stall_rule(int64_t floor_us, int64_t chunks) {
  std::lock_guard<std::mutex> lock(pool_mutex);
  stall_floor = std::chrono::microseconds(floor_us);
  stall_chunks = chunks;
  solo_length = kSoloFirst;
  solo_until.store(0, std::memory_order_relaxed);
}

PoolCounters pool_counters() {
  return {split_regions.load(std::memory_order_relaxed), solo_regions.load(std::memory_order_relaxed),
          stalls.load(std::memory_order_relaxed)};
}

void rest_workers() {
  std::unique_lock<std::mutex> lock(pool_mutex, std::try_to_lock);
  if (lock.owns_lock() && pool && pool_pid == getpid()) pool->rest();
}

}  // namespace loopwright
