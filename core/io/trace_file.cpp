#include "io/trace_file.h"

#include "io/chrome_trace.h"
#include "io/io_text.h"
#include "io/recording_file.h"
#include "io/recording_format.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace samtidig {

namespace {

// Enough to see past a byte order mark and the white space a JSON writer may put first.
constexpr qsizetype kHeadBytes = 4096;

// Closes the descriptor it holds.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd = -1;
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Io::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return Io::tr("a character device");
    if (S_ISBLK(mode))
        return Io::tr("a block device");
    if (S_ISSOCK(mode))
        return Io::tr("a socket");
    return Io::tr("not a file");
}

// Reads up to `n` bytes at the file's current offset; fewer only at its end.
bool readUpTo(int fd, char *into, qsizetype n, qsizetype *got, int *err)
{
    *got = 0;
    while (*got < n) {
        const ssize_t r = ::read(fd, into + *got, static_cast<std::size_t>(n - *got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            *err = errno;
            return false;
        }
        if (r == 0)
            break;
        *got += r;
    }
    return true;
}

// The first bytes, shown so a user can see what the file is: printable ASCII as is, the rest in hex.
QString describeBytes(QByteArrayView head)
{
    QString text;
    for (qsizetype i = 0; i < std::min<qsizetype>(head.size(), 12); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        text += c >= 0x21 && c < 0x7f ? QString(QLatin1Char(static_cast<char>(c)))
                                      : QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return text;
}

} // namespace

TraceFileKind traceFileKindOf(QByteArrayView head)
{
    const QByteArrayView magic(recording::kMagic, sizeof recording::kMagic);
    if (head.size() >= magic.size() ? head.first(magic.size()) == magic
                                    : (!head.empty() && magic.startsWith(head)))
        return TraceFileKind::Recording;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    for (const char c : head) {
        if (c == '{' || c == '[')
            return TraceFileKind::ChromeJson;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return TraceFileKind::Neither;
    }
    return TraceFileKind::Neither;
}

bool readTraceFileBytes(const QString &path, TraceFileKind want, const ChromeImportLimits &limits,
                        TraceFileKind *kind, QByteArray *bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    const FileDescriptor fd(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0)
        return fail(Io::tr("Cannot open \"%1\": %2.").arg(path, errnoText(errno)));
    struct stat st {
    };
    if (::fstat(fd.get(), &st) != 0)
        return fail(Io::tr("Cannot open \"%1\": %2.").arg(path, errnoText(errno)));
    if (S_ISDIR(st.st_mode))
        return fail(Io::tr("Cannot open \"%1\": it is a folder, not a file.").arg(path));
    if (!S_ISREG(st.st_mode))
        return fail(
            Io::tr("Cannot open \"%1\": it is %2, not a file. Samtidig opens recordings (.samtidig) and "
                   "Chrome traces (.json) saved as files.")
                .arg(path, fileTypeName(st.st_mode)));
    const qint64 size = st.st_size;
    if (size == 0)
        return fail(Io::tr("Cannot open \"%1\": the file is empty.").arg(path));

    QByteArray head(static_cast<qsizetype>(std::min<qint64>(size, kHeadBytes)), Qt::Uninitialized);
    qsizetype got = 0;
    int err = 0;
    if (!readUpTo(fd.get(), head.data(), head.size(), &got, &err))
        return fail(Io::tr("Cannot read \"%1\": %2.").arg(path, errnoText(err)));
    head.truncate(got);
    const TraceFileKind found = traceFileKindOf(head);
    if (found == TraceFileKind::Neither || (want != TraceFileKind::Neither && found != want)) {
        const QString what = want == TraceFileKind::Recording
            ? Io::tr("a Samtidig recording (it would begin with \"SAMTIDIG\")")
            : want == TraceFileKind::ChromeJson
            ? Io::tr("a Chrome trace (JSON, which would begin with '{' or '[')")
            : Io::tr(
                "a Samtidig recording (which begins with \"SAMTIDIG\") or a Chrome trace (JSON, which begins "
                "with '{' or '[')");
        return fail(Io::tr("Cannot open \"%1\": it is not %2; it begins with %3.")
                        .arg(path, what, describeBytes(head)));
    }
    const qint64 limit = found == TraceFileKind::Recording ? static_cast<qint64>(recording::kMaxDataBytes)
                                                           : limits.maxFileBytes;
    if (size > limit)
        return fail(
            Io::tr("Cannot open \"%1\": at %2 MB it is larger than the %3 MB Samtidig opens as %4.")
                .arg(path)
                .arg(size >> 20)
                .arg(limit >> 20)
                .arg(found == TraceFileKind::Recording ? Io::tr("a recording") : Io::tr("a Chrome trace")));

    // One byte more than the size said: a file that grows while it is read is not read to its end.
    QByteArray all(static_cast<qsizetype>(size) + 1, Qt::Uninitialized);
    std::memcpy(all.data(), head.constData(), static_cast<std::size_t>(head.size()));
    qsizetype rest = 0;
    if (!readUpTo(fd.get(), all.data() + head.size(), all.size() - head.size(), &rest, &err))
        return fail(Io::tr("Cannot read \"%1\": %2.").arg(path, errnoText(err)));
    if (head.size() + rest != size)
        return fail(Io::tr("Cannot read \"%1\": it changed while it was read.").arg(path));
    all.truncate(static_cast<qsizetype>(size));
    *kind = found;
    *bytes = std::move(all);
    return true;
}

bool openTraceFile(const QString &path, Trace *out, QString *error)
{
    TraceFileKind kind = TraceFileKind::Neither;
    QByteArray bytes;
    if (!readTraceFileBytes(path, TraceFileKind::Neither, ChromeImportLimits {}, &kind, &bytes, error))
        return false;
    QString why;
    const bool ok = kind == TraceFileKind::Recording ? readRecordingFromBytes(bytes, out, &why)
                                                     : importChromeTraceFromBytes(bytes, out, &why);
    if (!ok && error)
        *error = kind == TraceFileKind::Recording ? Io::tr("Cannot open \"%1\": %2").arg(path, why)
                                                  : Io::tr("Cannot import \"%1\": %2").arg(path, why);
    return ok;
}

} // namespace samtidig
