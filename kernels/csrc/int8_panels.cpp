// A GGUF weight's codes regrouped for small batches of int8-coded rows (Int8Panels in loopwright.h).
//
// The block kernel (gguf_int8.cpp) sums each output along its own row of codes and pays a
// horizontal sum per output and two activation loads per block and row: from 4 rows a decode
// step there ran slower than bf16 panels (17.5 vs 11-12 ms at 4 rows on the 2-core EPYC), and
// the bf16 panels stream 2 bytes a weight where the blocks stream ~0.6. Here 16 outputs share a
// panel, one per vector lane, and each block's codes are stored as 8 groups of 4 consecutive
// weights of those 16 outputs: one `vpdpbusd` of a group against 4 of x's codes broadcast feeds
// all 16 outputs, nothing is summed across lanes, and a block's codes, unpacked once, serve up
// to kMaxRows rows held in registers. The arithmetic is the block kernel's (the same int8
// codes, residuals and units, exact integer sums per block); each output adds its blocks in
// order, so its value does not depend on the batch, the row's place in it or the threads.
//
// Every weight is a code times the block's scale plus an offset: Q4_1 w = d q + m (q in 0..15,
// nibbles as in the file's bytes, two groups a byte); Q8_0 w = d q with q in -128..127, stored
// as q + 128 (vpdpbusd multiplies unsigned bytes) with the offset -128 d.
#include <algorithm>
#include <cstring>

#include "gguf_blocks.h"
#include "thread_pool.h"

#if defined(LOOPWRIGHT_VNNI)
#include <immintrin.h>
#endif

namespace loopwright {

namespace {

constexpr int64_t kPanelOutputs = 16;  // one output per float lane of a 512-bit vector
constexpr int kGroups = kBlockWeights / 4;
constexpr int kMaxRows = 8;            // rows whose sums a pass over a panel keeps in registers

int64_t panel_bytes(int64_t kind) { return kind == kQ4_1 ? kPanelOutputs * 16 : kPanelOutputs * 32; }

// Weight j of block b of output row n, as an unsigned code (Q8_0 moved up by 128).
inline uint8_t code_of(const Packed& w, int64_t kind, int64_t n, int64_t b, int j) {
  const uint8_t* block = w.codes + (n * w.blocks + b) * code_bytes(kind);
  if (kind == kQ8_0) return static_cast<uint8_t>(static_cast<int8_t>(block[j]) + 128);
  return j < 16 ? block[j] & 0x0F : block[j - 16] >> 4;  // Q4_1: byte i holds weights i and i + 16
}

}  // namespace

Int8Panels::Int8Panels(const QuantizedWeight& weight, int64_t in_features) : kind(weight.kind), k(in_features) {
  const Packed w = packed(weight, in_features);
  n = weight.codes.size(0);
  const int64_t panels = (n + kPanelOutputs - 1) / kPanelOutputs, blocks = w.blocks, bytes = panel_bytes(kind);
  codes = at::zeros({panels, blocks, bytes}, at::kByte);
  scales = at::zeros({panels, blocks, kPanelOutputs}, at::kHalf);
  offsets = at::zeros({panels, blocks, kPanelOutputs}, at::kHalf);
  uint8_t* out = codes.data_ptr<uint8_t>();
  at::Half* out_scales = scales.data_ptr<at::Half>();
  at::Half* out_offsets = offsets.data_ptr<at::Half>();
  parallel_for(0, panels, 1, [&](int64_t p0, int64_t p1) {
    for (int64_t p = p0; p < p1; ++p)
      for (int64_t b = 0; b < blocks; ++b) {
        uint8_t* block = out + (p * blocks + b) * bytes;
        const int64_t at = (p * blocks + b) * kPanelOutputs;
        for (int64_t lane = 0; lane < kPanelOutputs && p * kPanelOutputs + lane < n; ++lane) {
          const int64_t row = p * kPanelOutputs + lane;
          for (int g = 0; g < kGroups; ++g)
            for (int t = 0; t < 4; ++t) {
              const uint8_t q = code_of(w, kind, row, b, 4 * g + t);
              if (kind == kQ8_0) block[64 * g + 4 * lane + t] = q;
              else block[64 * (g % 4) + 4 * lane + t] |= static_cast<uint8_t>(g < 4 ? q : q << 4);
            }
          const at::Half scale = w.half_scales[row * blocks + b];
          out_scales[at + lane] = scale;
          // -128 d is exact in float16 (a power of two times d) for any scale below 512
          out_offsets[at + lane] = kind == kQ4_1 ? w.half_mins[row * blocks + b] : at::Half(-128.f * static_cast<float>(scale));
        }
      }
  });
}

#if defined(LOOPWRIGHT_VNNI)

namespace {

// y[r, lane] for `Rows` rows from m0 against one panel: per block, its 8 groups of codes
// (unpacked once), then per row 16 `vpdpbusd` (codes and residuals) and the block's scale and
// offset in two FMAs. `lanes` < 16 on a last partial panel.
template <bool Nibbles, int Rows>
void panel_rows(const uint8_t* codes, const at::Half* scales, const at::Half* offsets, const Int8Rows& x, int64_t m0,
                float* y, int64_t y_stride, int64_t lanes) {
  const int64_t blocks = x.blocks, k = blocks * kBlockWeights;
  __m512 acc[Rows];
  for (int r = 0; r < Rows; ++r) acc[r] = _mm512_setzero_ps();
  const __m512i low = _mm512_set1_epi8(0x0F);
  for (int64_t b = 0; b < blocks; ++b) {
    __m512i w[kGroups];
    if constexpr (Nibbles) {
      const uint8_t* c = codes + b * kPanelOutputs * 16;
      for (int i = 0; i < 4; ++i) {
        const __m512i v = _mm512_loadu_si512(c + 64 * i);
        w[i] = _mm512_and_si512(v, low);
        w[i + 4] = _mm512_and_si512(_mm512_srli_epi16(v, 4), low);
      }
    } else {
      const uint8_t* c = codes + b * kPanelOutputs * 32;
      for (int g = 0; g < kGroups; ++g) w[g] = _mm512_loadu_si512(c + 64 * g);
    }
    const __m512 d = _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(scales + b * kPanelOutputs)));
    const __m512 m = _mm512_cvtph_ps(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(offsets + b * kPanelOutputs)));
    for (int r = 0; r < Rows; ++r) {
      const int64_t row = m0 + r;
      const int8_t* p = x.codes.data() + row * k + b * kBlockWeights;
      const int8_t* q = x.residuals.data() + row * k + b * kBlockWeights;
      __m512i ip = _mm512_setzero_si512(), iq = _mm512_setzero_si512();
      for (int g = 0; g < kGroups; ++g) {
        int32_t pg, qg;
        std::memcpy(&pg, p + 4 * g, 4);
        std::memcpy(&qg, q + 4 * g, 4);
        ip = _mm512_dpbusd_epi32(ip, w[g], _mm512_set1_epi32(pg));
        iq = _mm512_dpbusd_epi32(iq, w[g], _mm512_set1_epi32(qg));
      }
      const __m512 sums = _mm512_cvtepi32_ps(_mm512_add_epi32(_mm512_slli_epi32(ip, 7), iq));
      acc[r] = _mm512_fmadd_ps(sums, _mm512_mul_ps(d, _mm512_set1_ps(x.unit(row, b))), acc[r]);
      acc[r] = _mm512_fmadd_ps(m, _mm512_set1_ps(x.sums[row * blocks + b]), acc[r]);
    }
  }
  const __mmask16 keep = static_cast<__mmask16>((1u << lanes) - 1);
  for (int r = 0; r < Rows; ++r) _mm512_mask_storeu_ps(y + r * y_stride, keep, acc[r]);
}

template <bool Nibbles>
void panel_all_rows(const uint8_t* codes, const at::Half* scales, const at::Half* offsets, const Int8Rows& x,
                    int64_t rows, float* y, int64_t n, int64_t lanes) {
  for (int64_t m0 = 0; m0 < rows; m0 += kMaxRows) {
    float* ym = y + m0 * n;
    switch (std::min<int64_t>(kMaxRows, rows - m0)) {
      case 1: panel_rows<Nibbles, 1>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 2: panel_rows<Nibbles, 2>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 3: panel_rows<Nibbles, 3>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 4: panel_rows<Nibbles, 4>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 5: panel_rows<Nibbles, 5>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 6: panel_rows<Nibbles, 6>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      case 7: panel_rows<Nibbles, 7>(codes, scales, offsets, x, m0, ym, n, lanes); break;
      default: panel_rows<Nibbles, 8>(codes, scales, offsets, x, m0, ym, n, lanes); break;
    }
  }
}

}  // namespace

at::Tensor Int8Panels::matmul(const at::Tensor& x) const {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.size(1) == k, "x must be [rows, ", k, "] float32");
  const int64_t rows = x.size(0), blocks = k / kBlockWeights, panels = codes.size(0), bytes = panel_bytes(kind);
  const at::Tensor xc = x.contiguous();
  const Int8Rows xq = quantize_rows(xc.data_ptr<float>(), rows, k, false);
  at::Tensor y = at::empty({rows, n}, x.options());
  float* yp = y.data_ptr<float>();
  const uint8_t* c = codes.data_ptr<uint8_t>();
  const at::Half* s = scales.data_ptr<at::Half>();
  const at::Half* o = offsets.data_ptr<at::Half>();
  parallel_for(0, panels, parallel_grain(panels, rows * n * k, 4), [&](int64_t p0, int64_t p1) {
    for (int64_t p = p0; p < p1; ++p) {
      const int64_t lanes = std::min(kPanelOutputs, n - p * kPanelOutputs), at = p * blocks;
      if (kind == kQ4_1)
        panel_all_rows<true>(c + at * bytes, s + at * kPanelOutputs, o + at * kPanelOutputs, xq, rows,
                             yp + p * kPanelOutputs, n, lanes);
      else
        panel_all_rows<false>(c + at * bytes, s + at * kPanelOutputs, o + at * kPanelOutputs, xq, rows,
                              yp + p * kPanelOutputs, n, lanes);
    }
  });
  return y;
}

bool Int8Panels::available() { return true; }

#else

at::Tensor Int8Panels::matmul(const at::Tensor&) const {
  TORCH_CHECK(false, "int8 panels need the VNNI kernels (AVX512-VNNI CPUs)");
}

bool Int8Panels::available() { return false; }

#endif

}  // namespace loopwright
