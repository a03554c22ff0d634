#pragma once

#include <QHash>
#include <QHostAddress>
#include <QUdpSocket>

// A tiny authoritative DNS server on UDP port 53 for tests: CNAMEs, A and AAAA records, NXDOMAIN for
// everything else. Port 53 needs root (or CAP_NET_BIND_SERVICE); listen() says when it cannot.
class FakeDnsServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeDnsServer(QObject *parent = nullptr);

    bool listen(const QHostAddress &address, QString *error);
    void addCname(const QString &name, const QString &target);
    void addAddress(const QString &name, const QHostAddress &address);
    int queries() const { return m_queries; }

private:
    void onReadyRead();
    QByteArray answer(const QByteArray &query) const;

    QUdpSocket m_socket;
    QHash<QString, QString> m_cnames;
    QHash<QString, QList<QHostAddress>> m_addresses;
    int m_queries = 0;
};
