#include "clirunner.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString cliPath()
{
    return qEnvironmentVariable("MICONNECT_CLI");
}

namespace {
CliRun runProcess(const QStringList &arguments, int timeoutMs, const std::function<void()> &childSetup,
                  const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(cliPath(), arguments);
    process.closeWriteChannel(); // standard input at its end, as for a command run from a script
    CliRun run;
    // A test thread may block on a child process: the code under test runs in that child.
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.exitCode = process.exitCode();
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

CliRun runCli(const QStringList &arguments, int timeoutMs, const std::function<void()> &childSetup)
{
    return runProcess(arguments, timeoutMs, childSetup, QProcessEnvironment::systemEnvironment());
}

CliRun runCliIn(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs)
{
    return runProcess(arguments, timeoutMs, {}, environment);
}
