// AVX-512 pieces the bf16 kernels share (bf16_panels.cpp, attention_bf16.cpp, and the AMX ones,
// gguf_amx.cpp and attention_amx.cpp): masks, bf16 <-> fp32, fp32 as two bf16 terms, a 16 x 16
// transpose of 32-bit pairs, prefetching scattered cache rows, per-thread scratch.
#pragma once

#include "loopwright.h"

#if defined(LOOPWRIGHT_BF16_ATTENTION)
#include <c10/util/BFloat16.h>
#include <immintrin.h>

#include <cstdint>
#include <vector>

namespace loopwright::bf16 {

// Lanes [0, count) of 16.
inline __mmask16 first_lanes(int64_t count) { return count >= 16 ? 0xFFFF : count <= 0 ? 0 : (1u << count) - 1; }

// 16 bf16 as 16 fp32 (a bf16 is the top half of a float).
inline __m512 widen(__m256i bf16) { return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(bf16), 16)); }

// One bf16 pair (32 bits) in all 16 lanes: the operand `vdpbf16ps` multiplies a lane of pairs by.
inline __m512bh broadcast_pair(uint32_t pair) {
  return reinterpret_cast<__m512bh>(_mm512_set1_epi32(static_cast<int>(pair)));
}

// 32 fp32 (two registers) as 32 bf16, rounded to nearest even, `lo`'s first.
inline __m512i to_bf16(__m512 lo, __m512 hi) { return reinterpret_cast<__m512i>(_mm512_cvtne2ps_pbh(hi, lo)); }

// 32 fp32 (a's 16, then b's) as two bf16 terms: hi, the nearest bf16, and lo, the nearest bf16 to
// what hi misses; a product with hi + lo keeps ~16 significant bits of the fp32 value, not 8.
inline void split_bf16(__m512 a, __m512 b, __m512i& hi, __m512i& lo) {
  const __m256i ha = reinterpret_cast<__m256i>(_mm512_cvtneps_pbh(a));
  const __m256i hb = reinterpret_cast<__m256i>(_mm512_cvtneps_pbh(b));
  hi = _mm512_inserti64x4(_mm512_castsi256_si512(ha), hb, 1);
  lo = to_bf16(_mm512_sub_ps(a, widen(ha)), _mm512_sub_ps(b, widen(hb)));
}

// r[i] (16 x 16 32-bit elements) transposed in place: r[c] becomes column c. Keys read as bf16
// pairs become [dim pair][16 positions], the layout both the tiles and `vdpbf16ps` multiply.
inline void transpose16(__m512i r[16]) {
  __m512i t[16], u[16];
  for (int i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_epi32(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_unpackhi_epi32(r[2 * i], r[2 * i + 1]);
  }
  // u[4i + k], lane L (128 bits): column 4L + k of rows 4i .. 4i + 3
  for (int i = 0; i < 4; ++i) {
    u[4 * i] = _mm512_unpacklo_epi64(t[4 * i], t[4 * i + 2]);
    u[4 * i + 1] = _mm512_unpackhi_epi64(t[4 * i], t[4 * i + 2]);
    u[4 * i + 2] = _mm512_unpacklo_epi64(t[4 * i + 1], t[4 * i + 3]);
    u[4 * i + 3] = _mm512_unpackhi_epi64(t[4 * i + 1], t[4 * i + 3]);
  }
  // a 4 x 4 transpose of 128-bit lanes for each k
  for (int k = 0; k < 4; ++k) {
    const __m512i a = _mm512_shuffle_i32x4(u[k], u[4 + k], 0x44), b = _mm512_shuffle_i32x4(u[k], u[4 + k], 0xEE);
    const __m512i c = _mm512_shuffle_i32x4(u[8 + k], u[12 + k], 0x44), d = _mm512_shuffle_i32x4(u[8 + k], u[12 + k], 0xEE);
    r[k] = _mm512_shuffle_i32x4(a, c, 0x88);
    r[4 + k] = _mm512_shuffle_i32x4(a, c, 0xDD);
    r[8 + k] = _mm512_shuffle_i32x4(b, d, 0x88);
    r[12 + k] = _mm512_shuffle_i32x4(b, d, 0xDD);
  }
}

// The next rows' 128 bytes into the cache while this block's are worked on: an attention task
// reads one KV head's 128 bytes of each cached position, and the blocks lie anywhere, which the
// hardware prefetcher cannot guess (the loads were most of the tiles' attention time before).
inline void prefetch_rows(const c10::BFloat16* const* rows, int64_t count) {
  for (int64_t i = 0; i < count; ++i) {
    _mm_prefetch(reinterpret_cast<const char*>(rows[i]), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char*>(rows[i]) + 64, _MM_HINT_T0);
  }
}

// A thread's scratch of at least n elements, kept between calls (loaded unaligned).
template <typename T>
T* scratch(std::vector<T>& buffer, int64_t n) {
  if (static_cast<int64_t>(buffer.size()) < n) buffer.resize(n);
  return buffer.data();
}

}  // namespace loopwright::bf16

#endif
