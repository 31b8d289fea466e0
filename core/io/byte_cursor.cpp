#include "io/byte_cursor.h"

namespace samtidig {

void ByteWriter::u32le(std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        u8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::u64le(std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        u8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::varint(std::uint64_t v)
{
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
        buf[n++] = static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    buf[n++] = static_cast<char>(v);
    m_data.append(buf, n);
}

void ByteWriter::string(const QString &s)
{
    bytes(s.toUtf8());
}

void ByteWriter::bytes(QByteArrayView b)
{
    varint(static_cast<std::uint64_t>(b.size()));
    m_data.append(b);
}

ByteReader::ByteReader(QByteArrayView data, qsizetype base)
    : m_data(data.data())
    , m_end(data.size())
    , m_base(base)
{ }

void ByteReader::fail(Failure f)
{
    if (m_failure == Failure::None)
        m_failure = f;
    m_pos = m_end; // later reads fail too, and loops bounded by remaining() stop
}

std::uint8_t ByteReader::u8()
{
    if (m_pos >= m_end) {
        fail(Failure::Truncated);
        return 0;
    }
    return static_cast<std::uint8_t>(m_data[m_pos++]);
}

std::uint32_t ByteReader::u32le()
{
    if (remaining() < 4) {
        fail(Failure::Truncated);
        return 0;
    }
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= std::uint32_t(static_cast<std::uint8_t>(m_data[m_pos++])) << (8 * i);
    return v;
}

std::uint64_t ByteReader::u64le()
{
    if (remaining() < 8) {
        fail(Failure::Truncated);
        return 0;
    }
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= std::uint64_t(static_cast<std::uint8_t>(m_data[m_pos++])) << (8 * i);
    return v;
}

std::uint64_t ByteReader::varint()
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (m_pos >= m_end) {
            fail(Failure::Truncated);
            return 0;
        }
        const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
        // The tenth byte may only carry the top bit of a 64-bit value.
        if (shift == 63 && byte > 1) {
            fail(Failure::Malformed);
            return 0;
        }
        v |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
    }
    fail(Failure::Malformed);
    return 0;
}

std::int64_t ByteReader::svarint()
{
    const std::uint64_t z = varint();
    return static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
}

QByteArrayView ByteReader::bytes(qsizetype n)
{
    if (n < 0 || n > remaining()) {
        fail(Failure::Truncated);
        return {};
    }
    const QByteArrayView v(m_data + m_pos, n);
    m_pos += n;
    return v;
}

QString ByteReader::string()
{
    const std::uint64_t n = varint();
    if (failed())
        return {};
    if (n > static_cast<std::uint64_t>(remaining())) {
        fail(Failure::Truncated);
        return {};
    }
    return QString::fromUtf8(bytes(static_cast<qsizetype>(n)));
}

ByteReader ByteReader::sub(qsizetype n)
{
    const qsizetype start = m_pos;
    const QByteArrayView v = bytes(n);
    if (failed())
        return ByteReader(QByteArrayView(), offset());
    return ByteReader(v, m_base + start);
}

} // namespace samtidig
