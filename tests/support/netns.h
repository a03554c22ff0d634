#pragma once

#include <QString>
#include <QStringList>

// Tests that need a network of their own move the whole test process into a fresh, anonymous
// network namespace: it holds only a loopback interface, nothing sent there can leave the machine,
// and it vanishes with the process however the test ends. Needs root.
namespace TestNetns {

// Call first thing in main(), before any thread exists. Returns false and says why when it cannot.
bool enterPrivateNetwork(QString *why);

// Runs a command (ip, iptables) inside the namespace; returns false and says why on failure.
bool run(const QString &program, const QStringList &arguments, QString *why);

bool isRoot();

} // namespace TestNetns
