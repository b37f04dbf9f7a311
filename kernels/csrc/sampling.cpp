// Next-token choice for a whole step's rows in one call (models/sampler.py calls it for CPU
// logits; its PyTorch code is the reference and the path for other devices).
//
// PyTorch spent ~1 ms a row here (a softmax, a candidate sort and a seeded noise draw, each a
// few tensor ops): a quarter of an 8-sample decode step. This is one pass for the maximum and
// the exponentials, one for the top-p candidates, a quickselect on their mass, and a Gumbel race.
// The race's noise is a hash of (row key, token id), the key drawn by Python from the row's own
// seeded generator: a row's token depends on its seed and its logits only, never on the other
// rows of the batch or on which tokens the truncation kept.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <tuple>
#include <vector>

#include "loopwright.h"

namespace loopwright {
namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();

// Wellons' lowbias32 hash: 32-bit multiplies, so the race's loop is vectorised on AVX2 too.
inline uint32_t mix(uint32_t z) {
  z ^= z >> 16;
  z *= 0x7FEB352Du;
  z ^= z >> 15;
  z *= 0x846CA68Bu;
  return z ^ (z >> 16);
}

inline float as_float(int32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

inline int32_t as_bits(float f) {
  int32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  return bits;
}

// exp(x) for x <= 0 (relative error ~1.4e-6): 2^round * kExp2Poly(f), in plain C so that the
// loops over a row (49k tokens) vectorise in every build, the portable one included.
inline float exp_of(float x) {
  const float y = std::max(x, -87.f) * 1.44269504088896341f, whole = std::floor(y + 0.5f), f = y - whole;
  float p = kExp2Poly[0];
  for (int c = 1; c < 7; ++c) p = p * f + kExp2Poly[c];
  return as_float(as_bits(p) + (static_cast<int32_t>(whole) << 23));
}

// log(u) for a normal u > 0 (absolute error ~2e-6): exponent * ln 2 + 2 atanh((m - 1) / (m + 1)).
inline float log_of(float u) {
  const int32_t bits = as_bits(u);
  const float m = as_float((bits & 0x7FFFFF) | 0x3F800000), t = (m - 1.f) / (m + 1.f), t2 = t * t;
  const float series = t * (2.f + t2 * (2.f / 3 + t2 * (2.f / 5 + t2 * (2.f / 7 + t2 * (2.f / 9)))));
  return static_cast<float>((bits >> 23) - 127) * 0.693147180559945f + series;
}

// Exp(1) noise -log u of one token under one key (two rounds of the hash, one per key half),
// u uniform in (0, 1) on 24 bits as a float uniform. The argmax over the kept tokens of
// exp(logit - top) / noise is the argmax of logit + Gumbel noise: a draw from their softmax.
inline float exponential(uint64_t key, int64_t token) {
  const uint32_t bits = mix(mix(static_cast<uint32_t>(token) + static_cast<uint32_t>(key)) ^
                            static_cast<uint32_t>(key >> 32)) >> 8;
  return -log_of((static_cast<float>(static_cast<int32_t>(bits)) + 0.5f) * 0x1p-24f);
}

// The first index of the largest of v[0, n) (as torch.argmax): a vector max, then a search
// for it chunk by chunk (the scalar search over all of a 49k row cost more than the rest).
int64_t first_max(const float* v, int64_t n) {
  float top = kNegInf;
#pragma omp simd reduction(max : top)
  for (int64_t i = 0; i < n; ++i) top = std::max(top, v[i]);
  constexpr int64_t kChunk = 256;
  for (int64_t begin = 0; begin < n; begin += kChunk) {
    const int64_t end = std::min(n, begin + kChunk);
    int hit = 0;
#pragma omp simd reduction(| : hit)
    for (int64_t i = begin; i < end; ++i) hit |= v[i] == top;
    if (hit) return std::find(v + begin, v + end, top) - v;
  }
  return 0;
}

using Candidates = std::vector<int32_t>;

// Orders `candidates` (token ids weighted by e) just enough for top-p: [begin, sure) are the
// heaviest, all inside the nucleus (their mass < `nucleus`), and [sure, end) follows them sorted
// heaviest first and holds the token whose mass crosses `nucleus`; the rest are out. A
// quickselect on mass: a flat row (high temperature) has ~15k candidates, whose full sort
// cost ~1 ms. Ties go by token id, so the order never depends on the sort's internals.
std::pair<Candidates::iterator, Candidates::iterator> nucleus_bounds(Candidates& candidates, const float* e,
                                                                      double nucleus) {
  const auto heavier = [e](int32_t a, int32_t b) { return e[a] > e[b] || (e[a] == e[b] && a < b); };
  auto lo = candidates.begin(), hi = candidates.end();
  double above = 0.0;  // mass of [begin, lo)
  while (hi - lo > 64) {
    const int32_t pivot = *(lo + (hi - lo) / 2);
    const auto mid = std::partition(lo, hi, [&](int32_t i) { return heavier(i, pivot); });
    std::iter_swap(mid, std::find(mid, hi, pivot));  // [lo, mid) heavier, then the pivot, then lighter
    double upper = 0.0;
    for (auto it = lo; it != mid; ++it) upper += e[*it];
    if (above + upper >= nucleus) {
      hi = mid;  // the crossing token is among the heavier ones; the pivot and the rest are out
    } else if (above + upper + e[pivot] >= nucleus) {
      above += upper;  // the pivot crosses: it is the last token in
      lo = mid, hi = mid + 1;
    } else {
      above += upper + e[pivot];  // the heavier ones and the pivot are in; go on below it
      lo = mid + 1;
    }
  }
  std::sort(lo, hi, heavier);
  return {lo, hi};
}

// A row's settings, as models/sampler.py's `truncate` applies them (top-k, then top-p on the
// renormalised rest, then min-p); `key` < 0 takes the argmax.
struct RowRule {
  int64_t top_k;
  float top_p, min_p;
  int64_t key;
};

// The per-thread scratch of one row: the temperature-scaled logits, exponentials, a copy of
// the logits (top-k) or the race's scores, and top-p's candidate token ids.
struct Scratch {
  std::vector<float> scaled, exps, values;
  std::vector<int32_t> candidates;
};

// (token, logsumexp of the whole row) for one row of temperature-scaled logits.
std::pair<int64_t, float> choose_row(const float* x, int64_t vocab, const RowRule& rule, Scratch& scratch) {
  const int64_t best = first_max(x, vocab);
  const float top = x[best];
  if (top == kNegInf) return {best, kNegInf};  // every token masked: nothing to sample from
  scratch.exps.resize(vocab);
  float* __restrict e = scratch.exps.data();
#pragma omp simd  // a masked token (-inf) weighs exp(-87), ~1e-38
  for (int64_t i = 0; i < vocab; ++i) e[i] = exp_of(x[i] - top);
  float total = 0.f;
#pragma omp simd reduction(+ : total)
  for (int64_t i = 0; i < vocab; ++i) total += e[i];
  const float lse = top + std::log(total);
  if (rule.key < 0) return {best, lse};

  // tokens below the cut are out: masked ones (-inf) always, and past the k-th largest logit
  // for top-k (ties with it are kept, as in PyTorch)
  float cut = std::numeric_limits<float>::lowest();
  double mass = total;
  if (rule.top_k > 0 && rule.top_k < vocab) {
    scratch.values.assign(x, x + vocab);
    auto kth = scratch.values.begin() + (rule.top_k - 1);
    std::nth_element(scratch.values.begin(), kth, scratch.values.end(), std::greater<float>());
    cut = *kth;
    mass = 0.0;
    for (int64_t i = 0; i < vocab; ++i) {
      if (x[i] >= cut) mass += e[i];
    }
  }
  // min-p keeps exponentials >= min_p times the largest, which is exp(0) = 1
  const float floor_min_p = rule.min_p;
  const uint64_t key = static_cast<uint64_t>(rule.key);
  if (rule.top_p < 1.f) {
    // only tokens of probability >= (1 - p) / vocab can be in the nucleus: the others hold < 1 - p
    const float floor = static_cast<float>((1.0 - rule.top_p) / static_cast<double>(vocab) * mass);
    std::vector<int32_t>& candidates = scratch.candidates;
    candidates.clear();
    for (int64_t i = 0; i < vocab; ++i) {
      if (x[i] >= cut && e[i] >= floor) candidates.push_back(static_cast<int32_t>(i));
    }
    const double nucleus = rule.top_p * mass;
    const auto [sure, end] = nucleus_bounds(candidates, e, nucleus);
    double before = 0.0;  // mass of the candidates ahead: a token is kept while that is < p
    int64_t winner = best;
    float winning = 0.f;
    for (auto it = candidates.begin(); it != end; ++it) {
      const int32_t i = *it;
      if (it >= sure && before >= nucleus) break;
      before += e[i];
      const float score = e[i] >= floor_min_p ? e[i] / exponential(key, i) : 0.f;
      if (score > winning) winning = score, winner = i;
    }
    return {winner, lse};
  }
  // every token may be kept: score them all in one vector loop, then take the best
  scratch.values.resize(vocab);
  float* __restrict scores = scratch.values.data();
#pragma omp simd
  for (int64_t i = 0; i < vocab; ++i) {  // kept as a factor: GCC 12 vectorises no select here
    const float kept = std::min(x[i] >= cut ? 1.f : 0.f, e[i] >= floor_min_p ? 1.f : 0.f);
    scores[i] = kept * e[i] / exponential(key, i);
  }
  return {first_max(scores, vocab), lse};
}

}  // namespace

std::tuple<at::Tensor, at::Tensor> sample_rows(const at::Tensor& logits, const at::Tensor& temperature,
                                               const at::Tensor& top_k, const at::Tensor& top_p,
                                               const at::Tensor& min_p, const at::Tensor& keys) {
  TORCH_CHECK(logits.dim() == 2 && logits.scalar_type() == at::kFloat && logits.device().is_cpu(),
              "sample_rows: logits must be a [rows, vocab] float32 CPU tensor");
  const int64_t rows = logits.size(0), vocab = logits.size(1);
  for (const at::Tensor* t : {&temperature, &top_k, &top_p, &min_p, &keys}) {
    TORCH_CHECK(t->dim() == 1 && t->size(0) == rows, "sample_rows: one setting per row of logits");
  }
  const at::Tensor x = logits.contiguous();
  const at::Tensor k = top_k.to(at::kLong).contiguous(), key = keys.to(at::kLong).contiguous();
  const at::Tensor p = top_p.to(at::kFloat).contiguous(), mp = min_p.to(at::kFloat).contiguous();
  const at::Tensor t = temperature.to(at::kFloat).contiguous();
  at::Tensor tokens = at::empty({rows}, at::kLong), logprobs = at::empty({rows}, at::kFloat);
  int64_t* token_out = tokens.data_ptr<int64_t>();
  float* logprob_out = logprobs.data_ptr<float>();
  parallel_for(0, rows, parallel_grain(rows, rows * vocab * 8, 1), [&](int64_t r0, int64_t r1) {
    thread_local Scratch scratch;
    for (int64_t r = r0; r < r1; ++r) {
      const float* row = x.data_ptr<float>() + r * vocab;
      const float temp = t.data_ptr<float>()[r];
      if (temp > 0.f && temp != 1.f) {  // greedy rows (<= 0) keep the unscaled logits
        scratch.scaled.resize(vocab);
        float* __restrict scaled = scratch.scaled.data();
#pragma omp simd
        for (int64_t i = 0; i < vocab; ++i) scaled[i] = row[i] / temp;
        row = scaled;
      }
      const RowRule rule{k.data_ptr<int64_t>()[r], p.data_ptr<float>()[r], mp.data_ptr<float>()[r],
                         key.data_ptr<int64_t>()[r]};
      const auto [token, lse] = choose_row(row, vocab, rule, scratch);
      token_out[r] = token;
      logprob_out[r] = row[token] - lse;
    }
  });
  return {tokens, logprobs};
}

}  // namespace loopwright
