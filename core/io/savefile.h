#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

// Every file the program writes goes through here: written beside the target and renamed over it on
// success, so a failure — an unwritable folder, a full disk, a failed rename — leaves no half file and
// no damaged old one.
//
// Unbuffered on purpose: Qt 6.4's QSaveFile::commit() does not notice when flushing its write buffer
// fails, and on a full disk it would rename a truncated file into place. Written directly, every
// write reports its own error.

// Opens `file` for writing unbuffered. False with the system's reason.
bool openForSaving(QSaveFile &file, QString *reason);

// Writes all of `bytes` to a file opened with openForSaving() and commits it. A full disk takes part
// of a write silently; the next write names the reason (ENOSPC, EFBIG), so writing goes on until all
// is written or a write fails. On failure the file is discarded and `reason` says why.
bool writeAllAndCommit(QSaveFile &file, const QByteArray &bytes, QString *reason);

// Both of the above.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *reason);
