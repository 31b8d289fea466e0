#pragma once
// Writes a file so that the target path holds either the old content or the complete new one, never
// a half-written file: data goes to a temporary file in the same folder, is fsync'ed, then renamed
// over the target. Used for recordings and exports; failures carry a translated message naming the
// path and the system's reason.

#include <QByteArrayView>
#include <QString>

namespace samtidig {

class AtomicFile
{
public:
    explicit AtomicFile(QString path);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the temporary file next to the target. An existing target is replaced on commit.
    bool open(QString *error);
    // Appends data to the temporary file (unbuffered: callers batch their writes).
    bool write(QByteArrayView data, QString *error);
    // fsync, rename over the target, fsync the folder. After this the temporary file is gone.
    bool commit(QString *error);
    // Drops the temporary file; the target is untouched.
    void discard();

    const QString &path() const { return m_path; }

private:
    bool fail(QString *error, const QString &message);

    QString m_path;
    QByteArray m_tempPath; // local 8-bit, for the system calls
    int m_fd = -1;
};

// One-shot form: the whole content at once.
bool writeFileAtomically(const QString &path, QByteArrayView data, QString *error);

// Whether `path` can be written, without writing it: creates and drops the temporary file a write
// would use. False with *error naming the path and why (no name, a folder, no such folder, no
// permission): the one check for output paths, run before the work that produces the content.
bool checkWritable(const QString &path, QString *error);

} // namespace samtidig
