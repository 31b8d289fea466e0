#pragma once
// Little-endian, LEB128-varint encoding for the recording file. ByteWriter appends; ByteReader reads
// with every length checked against the bytes that remain, and remembers the first failure instead
// of throwing, so parsers can check once per item.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace samtidig {

class ByteWriter
{
public:
    QByteArray &data() { return m_data; }

    void u8(std::uint8_t v) { m_data.append(static_cast<char>(v)); }
    void u32le(std::uint32_t v);
    void u64le(std::uint64_t v);
    void varint(std::uint64_t v);
    void svarint(std::int64_t v)
    {
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void string(const QString &s); // varint byte length + UTF-8
    void bytes(QByteArrayView b); // varint length + raw
    void raw(QByteArrayView b) { m_data.append(b); }

private:
    QByteArray m_data;
};

class ByteReader
{
public:
    enum class Failure { None, Truncated, Malformed };

    // `base` is the offset of data[0] in the file, so that messages can name file offsets.
    ByteReader(QByteArrayView data, qsizetype base = 0);

    qsizetype remaining() const { return m_end - m_pos; }
    qsizetype offset() const { return m_base + m_pos; } // bytes consumed, as a file offset
    bool atEnd() const { return m_pos >= m_end; }
    bool failed() const { return m_failure != Failure::None; }
    Failure failure() const { return m_failure; }

    std::uint8_t u8();
    std::uint32_t u32le();
    std::uint64_t u64le();
    std::uint64_t varint(); // at most 10 bytes; an overlong value is Malformed
    std::int64_t svarint(); // zigzag
    QString string(); // varint byte length, then UTF-8
    QByteArrayView bytes(qsizetype n);
    // A reader over the next n bytes (checked), advancing this one past them.
    ByteReader sub(qsizetype n);

    void setMalformed() { fail(Failure::Malformed); }

private:
    void fail(Failure f);

    const char *m_data = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_base = 0;
    Failure m_failure = Failure::None;
};

} // namespace samtidig
