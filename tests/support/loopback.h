#pragma once

#include <QHostAddress>
#include <QRandomGenerator>

// A loopback address of its own for each test, so tests running in parallel never share a port.
// Linux answers on all of 127.0.0.0/8.
inline QHostAddress uniqueLoopbackAddress()
{
    QRandomGenerator *random = QRandomGenerator::global();
    const quint32 address = (127u << 24) | ((20u + random->bounded(70u)) << 16) | (random->bounded(256u) << 8)
        | (1u + random->bounded(254u));
    return QHostAddress(address);
}
