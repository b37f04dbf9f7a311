// Matmuls by AVX512-BF16 `vdpbf16ps` over weights packed as bf16 panels: y[m, n] ~= sum_k x[m, k] w[n, k]
// for batches (prefill, decode steps of 8+ rows, the LM head's among them) on CPUs with AVX512-BF16
// and no AMX tiles (Zen 4 on, Cooper Lake), where the int8 block kernels (gguf_int8.cpp) reach
// 70-130 GFLOP/s: VNNI's byte products are cheap, their per-block scales are not.
//
// Panels of a GGUF weight hold its block codes, exact in bf16 (Q4_1 0..15, Q8_0 -128..127), with
// each block's scale (and minimum) per output; x enters as two bf16 halves, hi = bf16(x) and
// lo = bf16(x - hi) (about 16 significant bits, more than the int8 path's codes and residuals),
// a block's products are summed apart and scaled once: y = sum_b d_b (q_b . (hi + lo)) + m_b
// sum(x_b). 160-210 GFLOP/s on the AVX-512 EPYC (2 threads), within 1e-5 of the exact product
// where the int8 path errs by 2e-4. Panels of a dense weight hold it rounded to bf16 and x in
// one half: 350-450 GFLOP/s at the AMX tiles' precision (the default for GGUF models since
// session 26, kernels.backends.BF16_PANELS_AUTO; LOOPWRIGHT_BF16_PANELS=codes for the codes).
//
// Every output is summed the same way whatever the batch and the thread count: one fp32 lane
// takes the products of pairs k = 0-1, 2-3, ... in order, with nothing split along k and no
// horizontal sum. So a sequence's tokens do not depend on what it is batched with or how many
// threads ran it (oneDNN's bf16 GEMM picks its k-blocking by the batch's shape and the threads,
// which changed greedy tokens between a 2-thread run and 1-CPU Ray workers).
//
// A weight is packed once into panels of 64 outputs: panel p, pair j holds [64 outputs][2] bf16
// (the pair k = 2j, 2j + 1 of each), one 64-byte register per 16 outputs. A micro-kernel takes up
// to 6 activation rows (3 for codes, which keep two accumulators per output) against one panel:
// per pair, 4 weight loads and 6 broadcasts feed 24 accumulators. Tasks are (panel, 24 rows),
// panel by panel, so a thread's panel stays in L2.
#include <c10/util/BFloat16.h>

#include <algorithm>
#include <cstdint>

#include "bf16_vectors.h"
#include "gguf_blocks.h"

#if defined(LOOPWRIGHT_BF16_PANELS)
#include <immintrin.h>
#endif

namespace loopwright {

namespace {

constexpr int kVectors = 4;                      // registers of 16 outputs per panel
constexpr int64_t kPanelWidth = 16 * kVectors;   // outputs per panel
constexpr int kMicroRows = 6;                    // activation rows per micro-kernel (rounded weights)
constexpr int kCodedMicroRows = 3;               // and for codes: 2 accumulators per output
constexpr int64_t kTaskRows = 4 * kMicroRows;    // activation rows per task
constexpr int64_t kBlockPairs = kBlockWeights / 2;

int64_t pairs_of(int64_t k) { return (k + 1) / 2; }

// Where weight (row r, input c) goes in panels of `pairs` pairs.
int64_t panel_index(int64_t r, int64_t c, int64_t pairs) {
  return (r / kPanelWidth) * pairs * kPanelWidth * 2 + (c / 2) * kPanelWidth * 2 + (r % kPanelWidth) * 2 + c % 2;
}

// A [n, blocks] float32 per-block tensor as [panels, blocks, 64] (zero past n).
at::Tensor per_panel(const at::Tensor& t) {
  const int64_t n = t.size(0), blocks = t.size(1), panels = (n + kPanelWidth - 1) / kPanelWidth;
  at::Tensor out = at::zeros({panels, blocks, kPanelWidth}, t.options());
  const float* src = t.data_ptr<float>();
  float* dst = out.data_ptr<float>();
  for (int64_t r = 0; r < n; ++r)
    for (int64_t b = 0; b < blocks; ++b)
      dst[((r / kPanelWidth) * blocks + b) * kPanelWidth + r % kPanelWidth] = src[r * blocks + b];
  return out;
}

}  // namespace

Bf16Panels::Bf16Panels(const QuantizedWeight& weight, int64_t in_features) {
  const Packed w = packed(weight, in_features);
  n = weight.codes.size(0);
  k = in_features;
  const int64_t panels = (n + kPanelWidth - 1) / kPanelWidth, pairs = k / 2, bytes = code_bytes(weight.kind);
  data = at::zeros({panels, pairs, kPanelWidth, 2}, weight.scales.options().dtype(at::kBFloat16));
  auto* dst = data.data_ptr<c10::BFloat16>();
  at::parallel_for(0, n, 64, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; ++r)
      for (int64_t b = 0; b < w.blocks; ++b) {
        const uint8_t* codes = w.codes + (r * w.blocks + b) * bytes;
        for (int64_t i = 0; i < kBlockWeights; ++i) {
          // Q4_1: low nibbles are weights 0-15 of the block, high ones 16-31
          const float q = weight.kind == kQ4_1 ? (i < 16 ? codes[i] & 0x0F : codes[i - 16] >> 4)
                                               : static_cast<float>(static_cast<int8_t>(codes[i]));
          dst[panel_index(r, b * kBlockWeights + i, pairs)] = c10::BFloat16(q);
        }
      }
  });
  scales = per_panel(weight.scales);
  if (weight.mins) mins = per_panel(*weight.mins);
}

#if defined(LOOPWRIGHT_BF16_PANELS)

namespace {

using bf16::broadcast_pair;
using bf16::first_lanes;
using bf16::widen;

// x [m, k] fp32 as bf16 pairs [m, pairs] (rounded to nearest even; an odd k's last pair ends in
// 0), and where `lo` is given the rounding errors as pairs too, x - hi rounded again.
void activation_pairs(const at::Tensor& x, int64_t pairs, uint32_t* hi, uint32_t* lo) {
  const int64_t m = x.size(0), k = x.size(1);
  const float* xp = x.data_ptr<float>();
  for (int64_t r = 0; r < m; ++r)
    for (int64_t c = 0; c < k; c += 32) {
      const int64_t left = k - c;
      const float* src = xp + r * k + c;
      const __m512 a = _mm512_maskz_loadu_ps(first_lanes(left), src), b = _mm512_maskz_loadu_ps(first_lanes(left - 16), src + 16);
      const __m512bh rounded = _mm512_cvtne2ps_pbh(b, a);
      const __mmask16 stored = first_lanes((std::min<int64_t>(left, 32) + 1) / 2);
      _mm512_mask_storeu_epi32(hi + r * pairs + c / 2, stored, reinterpret_cast<__m512i>(rounded));
      if (lo == nullptr) continue;
      // the rounded values back in fp32 (a bf16 is the top half of a float): a's in the low 256 bits
      const __m512i bits = reinterpret_cast<__m512i>(rounded);
      const __m512 a_hi = widen(_mm512_castsi512_si256(bits)), b_hi = widen(_mm512_extracti64x4_epi64(bits, 1));
      const __m512bh rest = _mm512_cvtne2ps_pbh(_mm512_sub_ps(b, b_hi), _mm512_sub_ps(a, a_hi));
      _mm512_mask_storeu_epi32(lo + r * pairs + c / 2, stored, reinterpret_cast<__m512i>(rest));
    }
}

// R rows of outputs [0, width) of a panel into y.
template <int R>
void store_rows(const __m512 (&acc)[R][kVectors], float* y, int64_t y_stride, int64_t width) {
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) _mm512_mask_storeu_ps(y + r * y_stride + 16 * v, first_lanes(width - 16 * v), acc[r][v]);
}

template <int R>
void zero(__m512 (&acc)[R][kVectors]) {
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) acc[r][v] = _mm512_setzero_ps();
}

// acc[r] += the products of pairs [j0, j1) of the panel and of x's R rows (pairs apart), in each
// of x's `Halves` halves (hi, then lo) pair by pair.
template <int R, int Halves>
void add_pairs(__m512 (&acc)[R][kVectors], const uint32_t* const (&x)[Halves], int64_t pairs, const __m512bh* panel,
               int64_t j0, int64_t j1) {
  for (int64_t j = j0; j < j1; ++j) {
    const __m512bh* w = panel + j * kVectors;
    const __m512bh w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 2
      for (int half = 0; half < Halves; ++half) {
        const __m512bh b = broadcast_pair(x[half][r * pairs + j]);
        acc[r][0] = _mm512_dpbf16_ps(acc[r][0], b, w0);
        acc[r][1] = _mm512_dpbf16_ps(acc[r][1], b, w1);
        acc[r][2] = _mm512_dpbf16_ps(acc[r][2], b, w2);
        acc[r][3] = _mm512_dpbf16_ps(acc[r][3], b, w3);
      }
  }
}

// Rounded weights: R rows of x against one panel (pairs of [64][2] bf16).
template <int R>
void rounded_kernel(const uint32_t* x, int64_t pairs, const __m512bh* panel, float* y, int64_t y_stride, int64_t width) {
  __m512 acc[R][kVectors];
  zero<R>(acc);
  const uint32_t* const halves[1] = {x};
  add_pairs<R, 1>(acc, halves, pairs, panel, 0, pairs);
  store_rows<R>(acc, y, y_stride, width);
}

// GGUF codes: R rows of x (hi and lo pairs, block sums) against one panel of codes, its blocks'
// scales and minimums ([blocks][64] each; no minimums for Q8_0).
template <int R>
void coded_kernel(const uint32_t* hi, const uint32_t* lo, const float* sums, int64_t pairs, const __m512bh* panel,
                  const float* scales, const float* mins, float* y, int64_t y_stride, int64_t width) {
  const int64_t blocks = pairs / kBlockPairs;
  const uint32_t* const halves[2] = {hi, lo};
  __m512 total[R][kVectors];
  zero<R>(total);
  for (int64_t blk = 0; blk < blocks; ++blk) {
    __m512 acc[R][kVectors];
    zero<R>(acc);
    add_pairs<R, 2>(acc, halves, pairs, panel, blk * kBlockPairs, (blk + 1) * kBlockPairs);
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) {
      const __m512 d = _mm512_loadu_ps(scales + blk * kPanelWidth + 16 * v);
#pragma GCC unroll 8
      for (int r = 0; r < R; ++r) total[r][v] = _mm512_fmadd_ps(acc[r][v], d, total[r][v]);
      if (mins == nullptr) continue;
      const __m512 m = _mm512_loadu_ps(mins + blk * kPanelWidth + 16 * v);
#pragma GCC unroll 8
      for (int r = 0; r < R; ++r) total[r][v] = _mm512_fmadd_ps(m, _mm512_set1_ps(sums[r * blocks + blk]), total[r][v]);
    }
  }
  store_rows<R>(total, y, y_stride, width);
}

using RoundedKernel = void (*)(const uint32_t*, int64_t, const __m512bh*, float*, int64_t, int64_t);
constexpr RoundedKernel kRoundedKernels[kMicroRows + 1] = {
    nullptr, rounded_kernel<1>, rounded_kernel<2>, rounded_kernel<3>, rounded_kernel<4>, rounded_kernel<5>, rounded_kernel<6>};
using CodedKernel = void (*)(const uint32_t*, const uint32_t*, const float*, int64_t, const __m512bh*, const float*,
                             const float*, float*, int64_t, int64_t);
constexpr CodedKernel kCodedKernels[kCodedMicroRows + 1] = {nullptr, coded_kernel<1>, coded_kernel<2>, coded_kernel<3>};

// Each row's sum over each block of 32 inputs [m, k / 32], in one fixed order.
at::Tensor block_sums(const at::Tensor& x) {
  const int64_t m = x.size(0), blocks = x.size(1) / kBlockWeights;
  at::Tensor out = at::empty({m, blocks}, x.options());
  const float* xp = x.data_ptr<float>();
  float* op = out.data_ptr<float>();
  for (int64_t i = 0; i < m * blocks; ++i)
    op[i] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_loadu_ps(xp + i * kBlockWeights), _mm512_loadu_ps(xp + i * kBlockWeights + 16)));
  return out;
}

// Rows [r0, r0 + 16) of w [n, k] rounded into the panels (rows past n stay zero): 16 pairs of
// each row at a time as one register of bf16 pairs, transposed so that each pair's 16 rows are
// one 64-byte store: the LM head of SmolLM2-135M (49152 x 576) in 28 ms where an element at a
// time took 41 (2 threads); the stack's first build 0.57 -> 0.38 s, most of the rest being
// `contiguous()` on the model's [in, out]-stored weights.
void pack_rounded_rows(const float* w, int64_t n, int64_t k, int64_t r0, uint32_t* panels) {
  const int64_t pairs = pairs_of(k);
  uint32_t* panel = panels + (r0 / kPanelWidth) * pairs * kPanelWidth + r0 % kPanelWidth;
  for (int64_t j0 = 0; j0 < pairs; j0 += 16) {
    __m512i rows[16];
    const int64_t c = 2 * j0, left = k - c;
    for (int64_t i = 0; i < 16; ++i) {
      const float* src = w + (r0 + i) * k + c;
      rows[i] = r0 + i < n ? bf16::to_bf16(_mm512_maskz_loadu_ps(first_lanes(left), src),
                                           _mm512_maskz_loadu_ps(first_lanes(left - 16), src + 16))
                           : _mm512_setzero_si512();
    }
    bf16::transpose16(rows);
    for (int64_t j = j0; j < std::min(pairs, j0 + 16); ++j) _mm512_storeu_si512(panel + j * kPanelWidth, rows[j - j0]);
  }
}

}  // namespace

Bf16Panels::Bf16Panels(const at::Tensor& weight) {
  TORCH_CHECK(weight.dim() == 2, "a weight to pack must be [out_features, in_features]");
  n = weight.size(0);
  k = weight.size(1);
  const int64_t panels = (n + kPanelWidth - 1) / kPanelWidth;
  const at::Tensor w = weight.to(at::kFloat).contiguous();
  data = at::zeros({panels, pairs_of(k), kPanelWidth, 2}, w.options().dtype(at::kBFloat16));
  auto* dst = reinterpret_cast<uint32_t*>(data.data_ptr<c10::BFloat16>());
  const float* src = w.data_ptr<float>();
  at::parallel_for(0, (n + 15) / 16, 4, [&](int64_t g0, int64_t g1) {
    for (int64_t g = g0; g < g1; ++g) pack_rounded_rows(src, n, k, 16 * g, dst);
  });
}

bool Bf16Panels::available() { return true; }

at::Tensor Bf16Panels::matmul(const at::Tensor& x) const {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.size(1) == k, "x must be [rows, ", k, "] float32");
  const at::Tensor xc = x.contiguous();
  const int64_t m = xc.size(0), pairs = pairs_of(k), panels = data.size(0);
  const bool coded = scales.has_value();
  at::Tensor halves = at::empty({coded ? 2 : 1, m, pairs}, xc.options().dtype(at::kInt));
  auto* hi = reinterpret_cast<uint32_t*>(halves.data_ptr<int32_t>());
  uint32_t* lo = coded ? hi + m * pairs : nullptr;
  activation_pairs(xc, pairs, hi, lo);
  const at::Tensor sums = coded && mins ? block_sums(xc) : at::Tensor();
  const auto* wp = reinterpret_cast<const __m512bh*>(data.data_ptr<c10::BFloat16>());
  at::Tensor y = at::empty({m, n}, xc.options());
  float* yp = y.data_ptr<float>();
  const int64_t blocks = k / kBlockWeights, row_tasks = (m + kTaskRows - 1) / kTaskRows, tasks = panels * row_tasks;
  const int step = coded ? kCodedMicroRows : kMicroRows;
  parallel_for(0, tasks, parallel_grain(tasks, m * n * k * (coded ? 2 : 1), 1), [&](int64_t t0, int64_t t1) {
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t p = t / row_tasks, first = (t % row_tasks) * kTaskRows, last = std::min(m, first + kTaskRows);
      const int64_t n0 = p * kPanelWidth, width = std::min(kPanelWidth, n - n0);
      const __m512bh* panel = wp + p * pairs * kVectors;
      for (int64_t r = first; r < last; r += step) {
        const int rows = static_cast<int>(std::min<int64_t>(step, last - r));
        if (!coded) {
          kRoundedKernels[rows](hi + r * pairs, pairs, panel, yp + r * n + n0, n, width);
          continue;
        }
        const float* panel_mins = mins ? mins->data_ptr<float>() + p * blocks * kPanelWidth : nullptr;
        kCodedKernels[rows](hi + r * pairs, lo + r * pairs, sums.defined() ? sums.data_ptr<float>() + r * blocks : nullptr,
                            pairs, panel, scales->data_ptr<float>() + p * blocks * kPanelWidth, panel_mins,
                            yp + r * n + n0, n, width);
      }
    }
  });
  return y;
}

#else

Bf16Panels::Bf16Panels(const at::Tensor&) {
  TORCH_CHECK(false, "bf16 panels need the avx512_bf16 build of the CPU kernels (AVX512-BF16, no AMX)");
}

bool Bf16Panels::available() { return false; }

at::Tensor Bf16Panels::matmul(const at::Tensor&) const {
  TORCH_CHECK(false, "bf16 panels need the avx512_bf16 build of the CPU kernels (AVX512-BF16, no AMX)");
}

#endif

}  // namespace loopwright
