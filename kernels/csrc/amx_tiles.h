// What the AMX kernels share (gguf_amx.cpp's matmul, attention_amx.cpp's attention): the OS's
// permission to use the tiles and the tile configuration.
#pragma once

#include "loopwright.h"

#if defined(LOOPWRIGHT_AMX)
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace loopwright::amx {

constexpr int kTileRows = 16;        // rows per tile
constexpr int64_t kTileStride = 64;  // bytes per tile row: 32 bf16 or 16 fp32

// Linux hands out the 8 KiB of tile state only to a process that asks (arch_prctl, once for all its
// threads); a kernel that refuses (too old, or a VM hiding the state) leaves the other paths in charge.
inline bool tiles_permitted() {
  constexpr int kArchReqXcompPerm = 0x1023, kXfeatureXtiledata = 18;
  static const bool permitted = syscall(SYS_arch_prctl, kArchReqXcompPerm, kXfeatureXtiledata) == 0;
  return permitted;
}

// Palette 1 with tiles 0-7 all 16 rows x 64 bytes. Loaded by every thread that runs tiles (the
// configuration is per thread) before each use, since torch's oneDNN may use the tiles in between,
// and released when its part is done.
struct alignas(64) TileConfig {
  uint8_t palette = 1, start_row = 0, reserved[14] = {};
  uint16_t colsb[16] = {};
  uint8_t rows[16] = {};
  TileConfig() {
    for (int t = 0; t < 8; ++t) {
      colsb[t] = kTileStride;
      rows[t] = kTileRows;
    }
  }
};

}  // namespace loopwright::amx

#endif
