#pragma once

#include "connectattempt.h"

#include <QElapsedTimer>
#include <QSocketNotifier>

// ConnectAttempt on the POSIX socket API: socket(), non-blocking connect(), SO_ERROR.
class NativeConnectAttempt final : public ConnectAttempt
{
    Q_OBJECT

public:
    explicit NativeConnectAttempt(QObject *parent = nullptr);
    ~NativeConnectAttempt() override;

    void start(const QHostAddress &address, quint16 port) override;
    void abort() override;
    double elapsedMs() const override;

private:
    void onWritable();
    void finishLater(const ConnectOutcome &outcome);
    void closeSocket();

    qintptr m_fd = -1;
    QSocketNotifier m_writable{QSocketNotifier::Write, this};
    QElapsedTimer m_clock;
    // Bumped by every start() and abort() so that an outcome queued for an earlier attempt is dropped.
    quint64 m_generation = 0;
};
