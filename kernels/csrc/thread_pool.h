// The kernels' own thread pool: workers that spin between the parallel regions of a step.
//
// A decode step of a small model is ~150 parallel regions of 5-50 microseconds each. Torch's
// OpenMP regions cost more than that to start on the 2-vCPU VMs here (a sleeping thread is
// woken through the hypervisor), so a second thread made decoding slower, not faster. These
// workers instead poll an atomic generation counter for a short while after each region, so
// the next region of the same step starts in well under a microsecond; past the spin window
// they sleep, and an idle engine burns no CPU that the sandboxes need.
#pragma once

#include <cstdint>
#include <functional>

namespace loopwright {

// fn(b0, b1) over [begin, end) cut into chunks of whole multiples of `grain` (the last takes
// the rest), about four per thread of at::get_num_threads(), which the caller and the workers
// claim in turn. Runs inline when one chunk results, when called from inside a chunk, or when
// another thread holds the pool (two engines stepping at once); an exception is rethrown.
void parallel_for(int64_t begin, int64_t end, int64_t grain, const std::function<void(int64_t, int64_t)>& fn);

// Regions split over the workers, regions run inline because a recent one stalled (a worker
// preempted in the middle of its chunk), and stalls, since the process started.
struct PoolCounters {
  int64_t split_regions, solo_regions, stalls;
};
PoolCounters pool_counters();

// The shipped stall rule (thread_pool.cpp says why): the caller waited for the workers at least
// kStallFloorUs plus kStallChunks of its own mean chunk time.
constexpr int64_t kStallFloorUs = 200;
constexpr int64_t kStallChunks = 4;

// What counts as a stall: the caller waited for the workers at least `floor_us` plus `chunks`
// of its own mean chunk time. Tests set 0, 0 (every split region stalls) or a huge floor (none
// does); also ends a solo period in progress.
void set_stall_rule(int64_t floor_us, int64_t chunks);

// Sends the spinning workers to sleep now rather than at the end of their spin window: called
// before work that another pool spreads over every core (torch's OpenMP threads in MKL's sgemm
// for a prefill's dense matmuls), which a spinning worker would otherwise share a core with.
// The next parallel_for wakes them. Does nothing while another thread holds the pool.
void rest_workers();

}  // namespace loopwright
