#include "netns.h"

#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <unistd.h>
#endif

namespace TestNetns {

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

bool enterPrivateNetwork(QString *why)
{
#ifdef Q_OS_LINUX
    if (!isRoot()) {
        *why = QStringLiteral("needs root to create a network namespace");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
        *why = QStringLiteral("needs the ip command (iproute2)");
        return false;
    }
    if (::unshare(CLONE_NEWNET) != 0) {
        *why = QStringLiteral("unshare(CLONE_NEWNET) failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}, why);
#else
    *why = QStringLiteral("network namespaces need Linux");
    return false;
#endif
}

bool run(const QString &program, const QStringList &arguments, QString *why)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed: %3")
                   .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace TestNetns
