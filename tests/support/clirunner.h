#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

// Runs the miconnect-cli binary the build produced (MICONNECT_CLI) and collects what it printed.
struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const; // stdout parsed as a JSON object (empty when it is not one)
};

QString cliPath();

// `childSetup` runs in the child between fork and exec (setrlimit and the like).
CliRun runCli(const QStringList &arguments, int timeoutMs = 120000, const std::function<void()> &childSetup = {});
// The same in `environment` (e.g. another locale) instead of this process's.
CliRun runCliIn(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs = 120000);
