#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
class SaveFile {
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};
} // namespace

bool openForSaving(QSaveFile &file, QString *reason)
{
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return true;
    *reason = file.errorString();
    return false;
}

bool writeAllAndCommit(QSaveFile &file, const QByteArray &bytes, QString *reason)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 step = file.write(bytes.constData() + written, bytes.size() - written);
        if (step <= 0)
            break;
        written += step;
    }
    if (written != bytes.size()) {
        *reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : SaveFile::tr("only %1 of %2 bytes could be written").arg(written).arg(bytes.size());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    return openForSaving(file, reason) && writeAllAndCommit(file, bytes, reason);
}
