// Matmul of bf16-rounded activations against a bf16 copy of the weight, by AVX512-BF16 `vdpbf16ps`:
// y[m, n] ~= sum_k x[m, k] w[n, k] for batches (prefill, decode steps of 16+ rows) on CPUs with
// AVX512-BF16 and no AMX tiles (Zen 4 on, Cooper Lake), where it is 2-4x the int8 block kernels
// from 16 rows (gguf_int8.cpp: VNNI's byte products are cheap, their per-block scales are not).
//
// Every output is summed the same way whatever the batch and the thread count: one fp32 lane
// takes the products of pairs k = 0-1, 2-3, ... in order, with nothing split along k and no
// horizontal sum. So a sequence's tokens do not depend on what it is batched with or how many
// threads ran it (oneDNN's bf16 GEMM picks its k-blocking by the batch's shape and the threads,
// which changed greedy tokens: kernels.backends.stack_dense_dtype).
//
// The weight is packed once into panels of 64 outputs: panel p, pair j holds [64 outputs][2] bf16
// (the pair k = 2j, 2j + 1 of each), one 64-byte register per 16 outputs. A micro-kernel takes up
// to 6 activation rows against one panel: per pair, 4 weight loads and 6 broadcasts feed 24
// accumulators. Tasks are (panel, 24 rows), panel by panel, so a thread's panel stays in L2.
#include <c10/util/BFloat16.h>

#include <cstdint>
#include <cstring>

#include "loopwright.h"

#if defined(LOOPWRIGHT_BF16_PANELS)
#include <immintrin.h>
#endif

namespace loopwright {

namespace {

constexpr int kVectors = 4;                      // registers of 16 outputs per panel
constexpr int64_t kPanelWidth = 16 * kVectors;   // outputs per panel
constexpr int kMicroRows = 6;                    // activation rows per micro-kernel
constexpr int64_t kTaskRows = 4 * kMicroRows;    // activation rows per task

int64_t pairs_of(int64_t k) { return (k + 1) / 2; }

}  // namespace

Bf16Panels::Bf16Panels(const at::Tensor& weight) {
  TORCH_CHECK(weight.dim() == 2, "a weight to pack must be [out_features, in_features]");
  n = weight.size(0);
  k = weight.size(1);
  const int64_t panels = (n + kPanelWidth - 1) / kPanelWidth, pairs = pairs_of(k);
  const at::Tensor w = weight.to(at::kFloat).contiguous();
  data = at::zeros({panels, pairs, kPanelWidth, 2}, w.options().dtype(at::kBFloat16));
  const float* src = w.data_ptr<float>();
  auto* dst = data.data_ptr<c10::BFloat16>();
  at::parallel_for(0, n, 64, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; ++r) {
      c10::BFloat16* panel = dst + (r / kPanelWidth) * pairs * kPanelWidth * 2 + (r % kPanelWidth) * 2;
      for (int64_t c = 0; c < k; ++c) panel[(c / 2) * kPanelWidth * 2 + c % 2] = c10::BFloat16(src[r * k + c]);
    }
  });
}

#if defined(LOOPWRIGHT_BF16_PANELS)

namespace {

// x [m, k] fp32 as bf16 pairs [m, pairs] (rounded to nearest even; an odd k's last pair ends in 0).
at::Tensor activation_pairs(const at::Tensor& x, int64_t pairs) {
  const int64_t m = x.size(0), k = x.size(1);
  at::Tensor out = at::empty({m, pairs}, x.options().dtype(at::kInt));
  const float* xp = x.data_ptr<float>();
  auto* op = reinterpret_cast<uint32_t*>(out.data_ptr<int32_t>());
  for (int64_t r = 0; r < m; ++r)
    for (int64_t c = 0; c < k; c += 32) {
      const int64_t left = std::min<int64_t>(32, k - c);
      const __mmask16 lo = left >= 16 ? 0xFFFF : (1u << left) - 1, hi = left >= 32 ? 0xFFFF : left <= 16 ? 0 : (1u << (left - 16)) - 1;
      const float* src = xp + r * k + c;
      const __m512i both = reinterpret_cast<__m512i>(
          _mm512_cvtne2ps_pbh(_mm512_maskz_loadu_ps(hi, src + 16), _mm512_maskz_loadu_ps(lo, src)));
      const int64_t count = (left + 1) / 2;
      _mm512_mask_storeu_epi32(op + r * pairs + c / 2, count >= 16 ? 0xFFFF : (1u << count) - 1, both);
    }
  return out;
}

// y[r, 0..width) for R rows of x (pairs apart) against one panel (pairs of [64][2] bf16).
template <int R>
void micro_kernel(const uint32_t* x, int64_t pairs, const __m512bh* panel, float* y, int64_t y_stride, int64_t width) {
  __m512 acc[R][kVectors];
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) acc[r][v] = _mm512_setzero_ps();
  for (int64_t j = 0; j < pairs; ++j) {
    const __m512bh* w = panel + j * kVectors;
    const __m512bh w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) {
      const __m512bh b = reinterpret_cast<__m512bh>(_mm512_set1_epi32(static_cast<int>(x[r * pairs + j])));
      acc[r][0] = _mm512_dpbf16_ps(acc[r][0], b, w0);
      acc[r][1] = _mm512_dpbf16_ps(acc[r][1], b, w1);
      acc[r][2] = _mm512_dpbf16_ps(acc[r][2], b, w2);
      acc[r][3] = _mm512_dpbf16_ps(acc[r][3], b, w3);
    }
  }
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) {
      const int64_t left = width - 16 * v;
      if (left >= 16) _mm512_storeu_ps(y + r * y_stride + 16 * v, acc[r][v]);
      else if (left > 0) _mm512_mask_storeu_ps(y + r * y_stride + 16 * v, (1u << left) - 1, acc[r][v]);
    }
}

using MicroKernel = void (*)(const uint32_t*, int64_t, const __m512bh*, float*, int64_t, int64_t);
constexpr MicroKernel kMicroKernels[kMicroRows + 1] = {nullptr,          micro_kernel<1>, micro_kernel<2>, micro_kernel<3>,
                                                       micro_kernel<4>, micro_kernel<5>, micro_kernel<6>};

}  // namespace

bool Bf16Panels::available() { return true; }

at::Tensor Bf16Panels::matmul(const at::Tensor& x) const {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.size(1) == k, "x must be [rows, ", k, "] float32");
  const at::Tensor xc = x.contiguous();
  const int64_t m = xc.size(0), pairs = pairs_of(k), panels = data.size(0);
  const at::Tensor activations = activation_pairs(xc, pairs);
  const auto* xp = reinterpret_cast<const uint32_t*>(activations.data_ptr<int32_t>());
  const auto* wp = reinterpret_cast<const __m512bh*>(data.data_ptr<c10::BFloat16>());
  at::Tensor y = at::empty({m, n}, xc.options());
  float* yp = y.data_ptr<float>();
  const int64_t row_tasks = (m + kTaskRows - 1) / kTaskRows, tasks = panels * row_tasks;
  parallel_for(0, tasks, parallel_grain(tasks, m * n * k, 1), [&](int64_t t0, int64_t t1) {
    for (int64_t t = t0; t < t1; ++t) {
      const int64_t p = t / row_tasks, first = (t % row_tasks) * kTaskRows, last = std::min(m, first + kTaskRows);
      const int64_t n0 = p * kPanelWidth, width = std::min(kPanelWidth, n - n0);
      const __m512bh* panel = wp + p * pairs * kVectors;
      for (int64_t r = first; r < last; r += kMicroRows) {
        const int rows = static_cast<int>(std::min<int64_t>(kMicroRows, last - r));
        kMicroKernels[rows](xp + r * pairs, pairs, panel, yp + r * n + n0, n, width);
      }
    }
  });
  return y;
}

#else

bool Bf16Panels::available() { return false; }

at::Tensor Bf16Panels::matmul(const at::Tensor&) const {
  TORCH_CHECK(false, "bf16 panels need the avx512_bf16 build of the CPU kernels (AVX512-BF16, no AMX)");
}

#endif

}  // namespace loopwright
