#include "io/atomic_file.h"

#include "io/io_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace samtidig {

namespace {

QString systemReason(int err)
{
    QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        reason += Io::tr(" (the disk is full)");
    return reason;
}

// The mode a newly created file would get: 0666 minus the umask. Read from /proc so that no other
// thread ever sees a temporarily changed umask.
mode_t newFileMode()
{
    mode_t mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint v = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    mask = static_cast<mode_t>(v);
            }
        }
    }
    return static_cast<mode_t>(0666 & ~mask);
}

} // namespace

AtomicFile::AtomicFile(QString path)
    : m_path(std::move(path))
{ }

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    discard();
    return false;
}

bool AtomicFile::open(QString *error)
{
    discard();
    if (m_path.isEmpty())
        return fail(error, Io::tr("No file name was given."));
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(error, Io::tr("Cannot write \"%1\": it is a folder, not a file.").arg(m_path));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(error,
                    Io::tr("Cannot write \"%1\": the folder \"%2\" does not exist.").arg(m_path, folder));

    // Same folder as the target, so that rename() is atomic (same file system).
    m_tempPath = QFile::encodeName(folder + QLatin1Char('/') + QLatin1Char('.') + info.fileName()
                                   + QStringLiteral(".XXXXXX"));
    m_fd = ::mkostemp(m_tempPath.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int err = errno;
        m_tempPath.clear();
        return fail(error,
                    Io::tr("Cannot create a file in the folder \"%1\": %2.").arg(folder, systemReason(err)));
    }
    // mkostemp makes 0600; keep an existing file's mode, else what a normal create would give.
    struct stat st {
    };
    const mode_t mode
        = ::stat(QFile::encodeName(m_path).constData(), &st) == 0 ? (st.st_mode & 07777) : newFileMode();
    ::fchmod(m_fd, mode);
    return true;
}

bool AtomicFile::write(QByteArrayView data, QString *error)
{
    if (m_fd < 0)
        return fail(error, Io::tr("Cannot write \"%1\": the file is not open.").arg(m_path));
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, static_cast<std::size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            return fail(error, Io::tr("Could not write \"%1\": %2.").arg(m_path, systemReason(err)));
        }
        p += n;
        left -= n;
    }
    return true;
}

bool AtomicFile::commit(QString *error)
{
    if (m_fd < 0)
        return fail(error, Io::tr("Cannot write \"%1\": the file is not open.").arg(m_path));
    // Data must be on disk before the rename makes it visible, or a crash could leave an empty file.
    if (::fsync(m_fd) != 0) {
        const int err = errno;
        return fail(error, Io::tr("Could not write \"%1\": %2.").arg(m_path, systemReason(err)));
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int err = errno;
        return fail(error, Io::tr("Could not write \"%1\": %2.").arg(m_path, systemReason(err)));
    }
    const QByteArray target = QFile::encodeName(m_path);
    if (::rename(m_tempPath.constData(), target.constData()) != 0) {
        const int err = errno;
        return fail(error, Io::tr("Could not replace \"%1\": %2.").arg(m_path, systemReason(err)));
    }
    m_tempPath.clear();
    // Make the rename itself durable; failure here loses nothing already visible, so it is ignored.
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        ::unlink(m_tempPath.constData());
        m_tempPath.clear();
    }
}

bool writeFileAtomically(const QString &path, QByteArrayView data, QString *error)
{
    AtomicFile file(path);
    return file.open(error) && file.write(data, error) && file.commit(error);
}

bool checkWritable(const QString &path, QString *error)
{
    if (path.trimmed().isEmpty()) {
        if (error)
            *error = Io::tr("No file name was given.");
        return false;
    }
    AtomicFile probe(path);
    if (!probe.open(error))
        return false;
    probe.discard();
    return true;
}

} // namespace samtidig
