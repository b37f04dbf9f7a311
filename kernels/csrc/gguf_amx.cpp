// Matmul of bf16-rounded activations against GGUF blocks on the AMX tiles: y[m, n] ~= sum_k x[m, k] w[n, k]
// for batches (rollout groups, concurrent sessions, prefill) on CPUs with AMX-BF16.
//
// A tile is 16 rows of 64 bytes; `tdpbf16ps` adds A [16, 32 bf16] times B [32, 16] into C [16, 16]
// fp32 (B stored as 16 rows of 16 pairs of bf16 along k). Each A row is one GGUF block of one output row
// de-quantized to bf16 (32 weights: one block is exactly one tile row, so the blocks' scales never
// reach the tiles); B holds 16 activation rows' 32 inputs as pairs; C accumulates over all of k.
// A task takes 32 output rows, de-quantizes their blocks once into a per-thread buffer and runs
// every group of 32 activation rows past them with 4 accumulators (2 A tiles x 2 B tiles), so
// de-quantizing is paid once per weight and step, whatever the batch.
//
// Precision: weights and activations are rounded to bf16 (8 significant bits), products summed in
// fp32. That is coarser than the int8 path's codes and residuals (gguf_int8.cpp), which serves
// batches below kMatrixUnitMinRows and every CPU without AMX; tests/models/test_int8_quality.py
// measures both against the exact path on the embedded model.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "amx_tiles.h"
#include "bf16_vectors.h"
#include "gguf_blocks.h"

namespace {

#if defined(LOOPWRIGHT_AMX)

using loopwright::kBlockWeights;
using loopwright::Packed;
using loopwright::amx::kTileRows;
using loopwright::amx::kTileStride;
using loopwright::amx::TileConfig;
using loopwright::amx::tiles_permitted;
using loopwright::bf16::to_bf16;

constexpr int kTileElements = kTileRows * kBlockWeights;  // bf16 per tile (1 KiB)
constexpr int kGroupRows = 2 * kTileRows;                 // output rows per task

struct Q41 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ4_1);
  static __m512i bf16_block(const uint8_t* codes, float d, float m) {
    const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes)), mask = _mm_set1_epi8(0x0F);
    const __m512 scale = _mm512_set1_ps(d), min = _mm512_set1_ps(m);
    const __m512 lo = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(raw, mask)));
    const __m512 hi = _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(raw, 4), mask)));
    return to_bf16(_mm512_fmadd_ps(lo, scale, min), _mm512_fmadd_ps(hi, scale, min));
  }
};

struct Q80 {
  static constexpr int64_t kCodeBytes = loopwright::code_bytes(loopwright::kQ8_0);
  static __m512i bf16_block(const uint8_t* codes, float d, float) {
    const __m512 scale = _mm512_set1_ps(d);
    const __m512 lo = _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codes))));
    const __m512 hi =
        _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codes + 16))));
    return to_bf16(_mm512_mul_ps(lo, scale), _mm512_mul_ps(hi, scale));
  }
};

// x [m, k] fp32 as B tiles: tile (t, g) holds rows 16g.. and inputs 32t.. as [16 pairs][16 rows][2],
// at index t * row_tiles + g, so a step's B tiles are neighbours. Rows past m stay zero.
at::Tensor activation_tiles(const at::Tensor& x, int64_t row_tiles) {
  const int64_t m = x.size(0), k = x.size(1), steps = k / kBlockWeights;
  // at::empty and memset, not at::zeros: that fills on torch's OpenMP threads, whose spinning then
  // took a core from the kernels' own workers for the rest of the matmul (2-4x slower at 32+ rows)
  at::Tensor tiles = at::empty({steps * row_tiles * kTileElements}, x.options().dtype(at::kBFloat16));
  std::memset(tiles.data_ptr(), 0, tiles.nbytes());
  auto* out = reinterpret_cast<uint32_t*>(tiles.data_ptr());  // one bf16 pair per element
  const float* xp = x.data_ptr<float>();
  for (int64_t r = 0; r < m; ++r)
    for (int64_t t = 0; t < steps; ++t) {
      const float* xb = xp + r * k + t * kBlockWeights;
      alignas(64) uint32_t pairs[kTileRows];
      _mm512_store_si512(pairs, to_bf16(_mm512_loadu_ps(xb), _mm512_loadu_ps(xb + 16)));
      uint32_t* tile = out + (t * row_tiles + r / kTileRows) * (kTileElements / 2) + r % kTileRows;
      for (int p = 0; p < kTileRows; ++p) tile[p * kTileRows] = pairs[p];
    }
  return tiles;
}

// A per-thread buffer of 64-byte aligned bf16 A tiles for one task's output rows, grown as needed.
uint16_t* weight_tiles(int64_t elements) {
  struct Free {
    void operator()(uint16_t* p) const { std::free(p); }
  };
  thread_local std::unique_ptr<uint16_t[], Free> buffer;
  thread_local int64_t capacity = 0;
  if (capacity < elements) {
    buffer.reset(static_cast<uint16_t*>(std::aligned_alloc(64, elements * sizeof(uint16_t))));
    TORCH_CHECK(buffer, "out of memory for ", elements, " bf16 weights");
    capacity = elements;
  }
  return buffer.get();
}

// Output rows [n0, n0 + 32) de-quantized as A tiles: step t's two tiles at [t][2][16 rows][32];
// rows past n are zero.
template <typename Q>
void dequantize_group(const Packed& w, int64_t n0, int64_t n, uint16_t* tiles) {
  const int64_t steps = w.blocks;
  for (int r = 0; r < kGroupRows; ++r) {
    const int64_t row = n0 + r;
    uint16_t* dst = tiles + (r / kTileRows) * kTileElements + (r % kTileRows) * kBlockWeights;
    for (int64_t t = 0; t < steps; ++t) {
      const int64_t b = row * steps + t;
      const __m512i block = row < n ? Q::bf16_block(w.codes + b * Q::kCodeBytes, w.scales[b], w.mins ? w.mins[b] : 0.f)
                                    : _mm512_setzero_si512();
      _mm512_store_si512(dst + t * 2 * kTileElements, block);
    }
  }
}

// C tile (16 output rows from n0, 16 activation rows from m0) into y [m, n], transposed.
void store_transposed(const float* c, float* y, int64_t m0, int64_t m, int64_t n0, int64_t n) {
  for (int64_t i = 0; i < kTileRows && m0 + i < m; ++i)
    for (int64_t j = 0; j < kTileRows && n0 + j < n; ++j) y[(m0 + i) * n + n0 + j] = c[j * kTileRows + i];
}

template <typename Q>
at::Tensor matmul(const at::Tensor& x, const loopwright::QuantizedWeight& weight) {
  const int64_t m = x.size(0), k = x.size(1), n = weight.codes.size(0);
  const Packed w = loopwright::packed(weight, k);
  const int64_t steps = w.blocks, row_tiles = (m + kTileRows - 1) / kTileRows, groups = (n + kGroupRows - 1) / kGroupRows;
  const at::Tensor activations = activation_tiles(x.contiguous(), row_tiles);
  const auto* b_tiles = static_cast<const uint16_t*>(activations.data_ptr());
  at::Tensor y = at::empty({m, n}, x.options());
  float* yp = y.data_ptr<float>();
  loopwright::parallel_for(0, groups, loopwright::parallel_grain(groups, m * n * k, 1), [&](int64_t g0, int64_t g1) {
    static const TileConfig config;  // loaded each time: torch's oneDNN may use the tiles in between
    _tile_loadconfig(&config);
    uint16_t* a_tiles = weight_tiles(steps * 2 * kTileElements);
    alignas(64) float c[4][kTileRows * kTileRows];
    for (int64_t g = g0; g < g1; ++g) {
      const int64_t n0 = g * kGroupRows;
      dequantize_group<Q>(w, n0, n, a_tiles);
      for (int64_t rt = 0; rt < row_tiles; rt += 2) {
        const bool pair = rt + 1 < row_tiles;  // a second B tile of activation rows
        _tile_zero(0);
        _tile_zero(1);
        _tile_zero(2);
        _tile_zero(3);
        for (int64_t t = 0; t < steps; ++t) {
          const uint16_t* a = a_tiles + t * 2 * kTileElements;
          const uint16_t* b = b_tiles + (t * row_tiles + rt) * kTileElements;
          _tile_loadd(4, a, kTileStride);
          _tile_loadd(5, a + kTileElements, kTileStride);
          _tile_loadd(6, b, kTileStride);
          _tile_dpbf16ps(0, 4, 6);
          _tile_dpbf16ps(2, 5, 6);
          if (pair) {
            _tile_loadd(7, b + kTileElements, kTileStride);
            _tile_dpbf16ps(1, 4, 7);
            _tile_dpbf16ps(3, 5, 7);
          }
        }
        _tile_stored(0, c[0], kTileStride);
        _tile_stored(2, c[2], kTileStride);
        store_transposed(c[0], yp, rt * kTileRows, m, n0, n);
        store_transposed(c[2], yp, rt * kTileRows, m, n0 + kTileRows, n);
        if (pair) {
          _tile_stored(1, c[1], kTileStride);
          _tile_stored(3, c[3], kTileStride);
          store_transposed(c[1], yp, (rt + 1) * kTileRows, m, n0, n);
          store_transposed(c[3], yp, (rt + 1) * kTileRows, m, n0 + kTileRows, n);
        }
      }
    }
    _tile_release();
  });
  return y;
}

#endif

}  // namespace

namespace loopwright {

bool matrix_unit_serves(int64_t rows) {
#if defined(LOOPWRIGHT_AMX)
  return rows >= kMatrixUnitMinRows && tiles_permitted();
#else
  (void)rows;
  return false;
#endif
}

#if defined(LOOPWRIGHT_AMX)
at::Tensor gguf_matmul_amx(const at::Tensor& x, const QuantizedWeight& weight) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat, "x must be [rows, in_features] float32");
  return weight.kind == kQ4_1 ? matmul<Q41>(x, weight) : matmul<Q80>(x, weight);
}
#endif

}  // namespace loopwright
