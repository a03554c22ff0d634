#pragma once

#include <QObject>

// Turns SIGINT and SIGTERM (on Windows, Ctrl+C, Ctrl+Break and closing the console) into a Qt signal
// on the event loop, so a long scan can stop cleanly and still print what it found.
class InterruptWatcher : public QObject {
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();
};
