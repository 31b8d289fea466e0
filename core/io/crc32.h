#pragma once
// CRC-32 (IEEE 802.3, as zlib and PNG use it) over the recording's data, so a damaged or partly
// copied file is reported as damaged instead of being read as a different run.

#include <QByteArrayView>

#include <cstdint>

namespace samtidig {

std::uint32_t crc32(QByteArrayView data, std::uint32_t crc = 0);

} // namespace samtidig
