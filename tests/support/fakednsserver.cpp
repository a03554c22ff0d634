#include "fakednsserver.h"

#include <QNetworkDatagram>
#include <QtEndian>

namespace {

constexpr quint16 typeA = 1;
constexpr quint16 typeCname = 5;
constexpr quint16 typeAaaa = 28;

void appendName(QByteArray &packet, const QString &name)
{
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1();
        packet.append(char(bytes.size()));
        packet.append(bytes);
    }
    packet.append('\0');
}

void appendU16(QByteArray &packet, quint16 value)
{
    packet.append(char(value >> 8));
    packet.append(char(value & 0xff));
}

void appendRecord(QByteArray &packet, const QString &name, quint16 type, const QByteArray &data)
{
    appendName(packet, name);
    appendU16(packet, type);
    appendU16(packet, 1); // class IN
    packet.append(QByteArray::fromHex("0000003c")); // TTL 60
    appendU16(packet, quint16(data.size()));
    packet.append(data);
}

} // namespace

FakeDnsServer::FakeDnsServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &FakeDnsServer::onReadyRead);
}

bool FakeDnsServer::listen(const QHostAddress &address, QString *error)
{
    if (!m_socket.bind(address, 53)) {
        *error = m_socket.errorString();
        return false;
    }
    return true;
}

void FakeDnsServer::addCname(const QString &name, const QString &target)
{
    m_cnames.insert(name.toLower(), target);
}

void FakeDnsServer::addAddress(const QString &name, const QHostAddress &address)
{
    m_addresses[name.toLower()].append(address);
}

void FakeDnsServer::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        ++m_queries;
        const QByteArray reply = answer(datagram.data());
        // Not makeReply(): that pins the source through IP_PKTINFO, which Linux then ignores, and a
        // resolver drops answers that do not come from the address it asked. The socket is bound to
        // one address, so a plain reply leaves from it.
        if (!reply.isEmpty())
            m_socket.writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

QByteArray FakeDnsServer::answer(const QByteArray &query) const
{
    // Header (12 bytes), one question: name, type, class.
    if (query.size() < 12)
        return {};
    QString name;
    qsizetype pos = 12;
    while (pos < query.size() && query.at(pos) != 0) {
        const int length = quint8(query.at(pos));
        if (length > 63 || pos + 1 + length > query.size())
            return {};
        if (!name.isEmpty())
            name += QLatin1Char('.');
        name += QString::fromLatin1(query.mid(pos + 1, length));
        pos += 1 + length;
    }
    if (pos + 5 > query.size())
        return {};
    const quint16 type = qFromBigEndian<quint16>(query.constData() + pos + 1);
    const QByteArray question = query.mid(12, pos + 5 - 12);

    QByteArray answers;
    int count = 0;
    QString current = name.toLower();
    for (int hop = 0; hop < 8 && m_cnames.contains(current); ++hop) {
        QByteArray target;
        appendName(target, m_cnames.value(current));
        appendRecord(answers, current, typeCname, target);
        ++count;
        current = m_cnames.value(current).toLower();
    }
    const bool known = m_addresses.contains(current) || count > 0;
    for (const QHostAddress &address : m_addresses.value(current)) {
        if (type == typeA && address.protocol() == QAbstractSocket::IPv4Protocol) {
            QByteArray data(4, '\0');
            qToBigEndian(address.toIPv4Address(), data.data());
            appendRecord(answers, current, typeA, data);
            ++count;
        } else if (type == typeAaaa && address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            appendRecord(answers, current, typeAaaa, QByteArray(reinterpret_cast<const char *>(bytes.c), 16));
            ++count;
        }
    }

    QByteArray reply = query.left(2); // id
    const quint16 rcode = known ? 0 : 3; // NXDOMAIN for names it does not know
    appendU16(reply, quint16(0x8400 | rcode)); // response, authoritative
    appendU16(reply, 1);
    appendU16(reply, quint16(count));
    appendU16(reply, 0);
    appendU16(reply, 0);
    reply.append(question);
    reply.append(answers);
    return reply;
}
