#pragma once

#include <QObject>

// Turns SIGINT and SIGTERM into a Qt signal on the event loop, so a long scan can stop cleanly and
// still print what it found. Unix only; elsewhere the default handling stays.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();
};
