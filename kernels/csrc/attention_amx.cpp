// Attention's two products on the AMX tiles, for heads of 64 over a bfloat16 KV cache: the scores
// q . k of a few to a hundred queries against cached positions, and the softmax weights times the
// V rows. layer_stack.cpp's paged attention calls them per task (a row's KV head and split, or a
// shared prefix's 64 positions) in place of its fp32 dot loops, and keeps the softmax itself.
//
// `tdpbf16ps` adds A [16, 32 bf16] times B [32, 16] into C [16, 16] fp32. Scores: A = 16 queries
// x 32 dims, B = 16 positions' keys as [16 dim pairs][16 positions][2] (a 16 x 16 transpose of the
// key rows read as 32-bit pairs), C = [16 queries][16 positions]. Values: A = 16 queries' weights
// x 32 positions, B = [16 position pairs][16 dims][2] (two V rows interleaved), C = [16 queries][16
// dims], four of them for 64 dims.
//
// Precision: keys and values are bf16 in the cache already; the queries and the softmax weights
// (fp32) go in as two bf16 terms each, hi + lo, so the products keep ~16 significant bits of them
// rather than 8: the tile path lands where the fp32 loops do (tests/models/test_layer_stack.py).
#include <vector>

#include "amx_tiles.h"
#include "bf16_vectors.h"

namespace loopwright {

#if defined(LOOPWRIGHT_AMX)

namespace {

using amx::kTileRows;
using amx::kTileStride;
using bf16::prefetch_rows;
using bf16::scratch;
using bf16::split_bf16;
using bf16::transpose16;

constexpr int64_t kDim = 64;                      // the head size served
constexpr int64_t kTileBf16 = kTileRows * 32;     // bf16 per tile
constexpr int64_t kPositions = 2 * kTileRows;     // positions per tile of weights

// Tiles by number (the intrinsics take literals). Scores: C 0, query terms hi (dims 0-31, 32-63)
// 1-2 and lo 3-4, keys 5-6. Values: C 0-3 (dims 0-15 .. 48-63), weight terms hi 4 and lo 5,
// values 6-7.

}  // namespace

bool bf16_attention_serves(int64_t head_dim) { return head_dim == kDim && amx::tiles_permitted(); }

void bf16_scores(const float* const* queries, int64_t count, const c10::BFloat16* const* keys, int64_t n, float scale,
                 float* scores) {
  const int64_t blocks = (count + kTileRows - 1) / kTileRows;
  // queries as A tiles: [block][hi0, hi1, lo0, lo1][16 queries][32 dims]; missing queries zero
  thread_local std::vector<uint16_t> query_buffer;
  uint16_t* q_tiles = scratch(query_buffer, blocks * 4 * kTileBf16);
  std::fill_n(q_tiles, blocks * 4 * kTileBf16, uint16_t{0});
  for (int64_t q = 0; q < count; ++q)
    for (int half = 0; half < 2; ++half) {
      const float* x = queries[q] + 32 * half;
      __m512i hi, lo;
      split_bf16(_mm512_loadu_ps(x), _mm512_loadu_ps(x + 16), hi, lo);
      uint16_t* block = q_tiles + (q / kTileRows) * 4 * kTileBf16 + (q % kTileRows) * 32;
      _mm512_storeu_si512(block + half * kTileBf16, hi);
      _mm512_storeu_si512(block + (2 + half) * kTileBf16, lo);
    }
  static const amx::TileConfig config;
  _tile_loadconfig(&config);
  alignas(64) uint32_t k_tiles[2][kTileRows * kTileRows];  // [dims 0-31, 32-63][dim pair][position]
  alignas(64) float c[kTileRows * kTileRows];
  for (int64_t p0 = 0; p0 < n; p0 += kTileRows) {
    const int64_t rows = std::min<int64_t>(kTileRows, n - p0);
    prefetch_rows(keys + p0 + kTileRows, std::min<int64_t>(kTileRows, n - p0 - kTileRows));
    for (int half = 0; half < 2; ++half) {
      __m512i r[16];
      for (int i = 0; i < kTileRows; ++i)
        r[i] = i < rows ? _mm512_loadu_si512(keys[p0 + i] + 32 * half) : _mm512_setzero_si512();
      transpose16(r);
      for (int i = 0; i < kTileRows; ++i) _mm512_store_si512(k_tiles[half] + i * kTileRows, r[i]);
    }
    _tile_loadd(5, k_tiles[0], kTileStride);
    _tile_loadd(6, k_tiles[1], kTileStride);
    const __mmask16 columns = static_cast<__mmask16>((1u << rows) - 1);
    for (int64_t b = 0; b < blocks; ++b) {
      const uint16_t* block = q_tiles + b * 4 * kTileBf16;
      _tile_zero(0);
      _tile_loadd(1, block, kTileStride);
      _tile_loadd(2, block + kTileBf16, kTileStride);
      _tile_loadd(3, block + 2 * kTileBf16, kTileStride);
      _tile_loadd(4, block + 3 * kTileBf16, kTileStride);
      _tile_dpbf16ps(0, 1, 5);
      _tile_dpbf16ps(0, 2, 6);
      _tile_dpbf16ps(0, 3, 5);
      _tile_dpbf16ps(0, 4, 6);
      _tile_stored(0, c, kTileStride);
      const __m512 s = _mm512_set1_ps(scale);
      for (int64_t q = b * kTileRows; q < std::min(count, (b + 1) * kTileRows); ++q)
        _mm512_mask_storeu_ps(scores + q * n + p0, columns, _mm512_mul_ps(_mm512_load_ps(c + (q % kTileRows) * kTileRows), s));
    }
  }
  _tile_release();
}

void bf16_weighted_values(const float* weights, int64_t count, const c10::BFloat16* const* values, int64_t n,
                          float* out, int64_t out_stride) {
  const int64_t groups = (n + kPositions - 1) / kPositions, blocks = (count + kTileRows - 1) / kTileRows;
  // values as B tiles: [group][4 dim quarters][16 position pairs][16 dims][2]; missing positions zero
  thread_local std::vector<uint16_t> value_buffer, weight_buffer;
  uint16_t* v_tiles = scratch(value_buffer, groups * 4 * kTileBf16);
  alignas(64) uint16_t interleave[32];  // a[0], b[0], a[1], b[1], ... a[15], b[15] (b's elements are 32 on)
  for (uint16_t j = 0; j < 16; ++j) interleave[2 * j] = j, interleave[2 * j + 1] = 32 + j;
  const __m512i low_dims = _mm512_load_si512(interleave);
  const __m512i high_dims = _mm512_add_epi16(low_dims, _mm512_set1_epi16(16));
  for (int64_t g = 0; g < groups; ++g) {
    prefetch_rows(values + (g + 1) * kPositions, std::min<int64_t>(kPositions, n - (g + 1) * kPositions));
    for (int i = 0; i < kTileRows; ++i) {
      const int64_t p = g * kPositions + 2 * i;
      for (int half = 0; half < 2; ++half) {  // dims 0-31, 32-63
        const __m512i a = p < n ? _mm512_loadu_si512(values[p] + 32 * half) : _mm512_setzero_si512();
        const __m512i b = p + 1 < n ? _mm512_loadu_si512(values[p + 1] + 32 * half) : _mm512_setzero_si512();
        uint16_t* tile = v_tiles + (g * 4 + 2 * half) * kTileBf16 + i * 32;
        _mm512_storeu_si512(tile, _mm512_permutex2var_epi16(a, low_dims, b));
        _mm512_storeu_si512(tile + kTileBf16, _mm512_permutex2var_epi16(a, high_dims, b));
      }
    }
  }
  // per block of 16 queries: their weights as A tiles [group][hi, lo][16 queries][32 positions]
  uint16_t* p_tiles = scratch(weight_buffer, groups * 2 * kTileBf16);
  static const amx::TileConfig config;
  _tile_loadconfig(&config);
  alignas(64) float c[kTileRows * kDim];  // [16 queries][64 dims]
  for (int64_t b = 0; b < blocks; ++b) {
    const int64_t first = b * kTileRows, last = std::min(count, first + kTileRows);
    for (int64_t g = 0; g < groups; ++g)
      for (int64_t q = first; q < first + kTileRows; ++q) {
        __m512i hi = _mm512_setzero_si512(), lo = _mm512_setzero_si512();
        if (q < last) {
          const int64_t p = g * kPositions, left = std::min<int64_t>(kPositions, n - p);
          const __mmask16 m0 = static_cast<__mmask16>(left >= 16 ? 0xFFFF : (1u << left) - 1);
          const __mmask16 m1 = static_cast<__mmask16>(left >= 32 ? 0xFFFF : left > 16 ? (1u << (left - 16)) - 1 : 0);
          split_bf16(_mm512_maskz_loadu_ps(m0, weights + q * n + p), _mm512_maskz_loadu_ps(m1, weights + q * n + p + 16),
                     hi, lo);
        }
        uint16_t* row = p_tiles + g * 2 * kTileBf16 + (q - first) * 32;
        _mm512_storeu_si512(row, hi);
        _mm512_storeu_si512(row + kTileBf16, lo);
      }
    _tile_zero(0);
    _tile_zero(1);
    _tile_zero(2);
    _tile_zero(3);
    for (int64_t g = 0; g < groups; ++g) {
      const uint16_t* v = v_tiles + g * 4 * kTileBf16;
      _tile_loadd(4, p_tiles + g * 2 * kTileBf16, kTileStride);
      _tile_loadd(5, p_tiles + (g * 2 + 1) * kTileBf16, kTileStride);
      _tile_loadd(6, v, kTileStride);
      _tile_dpbf16ps(0, 4, 6);
      _tile_dpbf16ps(0, 5, 6);
      _tile_loadd(7, v + kTileBf16, kTileStride);
      _tile_dpbf16ps(1, 4, 7);
      _tile_dpbf16ps(1, 5, 7);
      _tile_loadd(6, v + 2 * kTileBf16, kTileStride);
      _tile_dpbf16ps(2, 4, 6);
      _tile_dpbf16ps(2, 5, 6);
      _tile_loadd(7, v + 3 * kTileBf16, kTileStride);
      _tile_dpbf16ps(3, 4, 7);
      _tile_dpbf16ps(3, 5, 7);
    }
    _tile_stored(0, c, kDim * sizeof(float));
    _tile_stored(1, c + 16, kDim * sizeof(float));
    _tile_stored(2, c + 32, kDim * sizeof(float));
    _tile_stored(3, c + 48, kDim * sizeof(float));
    for (int64_t q = first; q < last; ++q) std::copy_n(c + (q - first) * kDim, kDim, out + q * out_stride);
  }
  _tile_release();
}

#endif

}  // namespace loopwright
