#pragma once

#include "connectattempt.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>

// ConnectAttempt on QTcpSocket: portable, but Qt reports EHOSTUNREACH, ENETUNREACH and ETIMEDOUT all
// as NetworkError, so those come out as "host unreachable" here.
class QtConnectAttempt final : public ConnectAttempt
{
    Q_OBJECT

public:
    explicit QtConnectAttempt(QObject *parent = nullptr);
    ~QtConnectAttempt() override;

    void start(const QHostAddress &address, quint16 port) override;
    void abort() override;
    double elapsedMs() const override;

private:
    void finishWith(const ConnectOutcome &outcome);
    void dropSocket();

    QPointer<QTcpSocket> m_socket;
    QElapsedTimer m_clock;
    // Bumped by every start() and abort() so that an outcome queued for an earlier attempt is dropped.
    quint64 m_generation = 0;
};
