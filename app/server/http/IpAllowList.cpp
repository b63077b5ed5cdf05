// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "IpAllowList.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace factora::server {

bool IpAllowList::toBytes(const QString& address, std::array<std::uint8_t, 16>& bytes, bool& v4)
{
    // Dotted quads only: QHostAddress would also read shorthand such as "10.1" as an IPv4 address.
    if (!address.contains(u':') && address.count(u'.') != 3)
        return false;
    QHostAddress host;
    if (!host.setAddress(address) || !host.scopeId().isEmpty())
        return false;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ipv4 = host.toIPv4Address();
        bytes = {};
        bytes[10] = 0xff;
        bytes[11] = 0xff;
        bytes[12] = static_cast<std::uint8_t>(ipv4 >> 24);
        bytes[13] = static_cast<std::uint8_t>(ipv4 >> 16);
        bytes[14] = static_cast<std::uint8_t>(ipv4 >> 8);
        bytes[15] = static_cast<std::uint8_t>(ipv4);
        v4 = true;
        return true;
    }
    const Q_IPV6ADDR ipv6 = host.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        bytes[static_cast<std::size_t>(i)] = ipv6[i];
    // ::ffff:a.b.c.d (what a dual-stack socket reports for an IPv4 client) is that IPv4 address.
    v4 = std::all_of(bytes.begin(), bytes.begin() + 10, [](std::uint8_t b) { return b == 0; }) && bytes[10] == 0xff
        && bytes[11] == 0xff;
    return true;
}

core::Result<IpAllowList> IpAllowList::parse(const QString& text)
{
    IpAllowList list;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList items = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const auto invalid = [&item]() {
            return core::Error(core::ErrorCode::InvalidInput,
                               QCoreApplication::translate("IpAllowList",
                                                           "«%1» no es una red IPv4 o IPv6 en notación CIDR "
                                                           "(p. ej. 200.75.7.0/24 o 2001:db8::/32)")
                                   .arg(item));
        };
        const qsizetype slash = item.indexOf(u'/');
        Network network;
        if (!toBytes(slash < 0 ? item : item.left(slash), network.bytes, network.v4))
            return invalid();
        const int maximum = network.v4 ? 32 : 128;
        int prefix = maximum;
        if (slash >= 0) {
            const QString prefixText = item.mid(slash + 1);
            bool ok = false;
            prefix = prefixText.toInt(&ok);
            if (!ok || prefixText.isEmpty() || !prefixText.front().isDigit() || prefix < 0 || prefix > maximum)
                return invalid();
        }
        network.prefix = network.v4 ? prefix + 96 : prefix;
        // Clear the host bits, so "10.1.2.3/8" means 10.0.0.0/8.
        for (int bit = network.prefix; bit < 128; ++bit)
            network.bytes[static_cast<std::size_t>(bit / 8)] &= static_cast<std::uint8_t>(~(0x80u >> (bit % 8)));
        list.m_networks << network;
    }
    return list;
}

bool IpAllowList::allows(const QString& address) const
{
    std::array<std::uint8_t, 16> bytes {};
    bool v4 = false;
    if (!toBytes(address, bytes, v4))
        return false;
    for (const Network& network : m_networks) {
        if (network.v4 != v4)
            continue;
        const int fullBytes = network.prefix / 8;
        bool match = std::equal(bytes.begin(), bytes.begin() + fullBytes, network.bytes.begin());
        const int restBits = network.prefix % 8;
        if (match && restBits != 0) {
            const auto mask = static_cast<std::uint8_t>(0xffu << (8 - restBits));
            match = (bytes[static_cast<std::size_t>(fullBytes)] & mask)
                == network.bytes[static_cast<std::size_t>(fullBytes)];
        }
        if (match)
            return true;
    }
    return false;
}

QStringList IpAllowList::networks() const
{
    QStringList result;
    for (const Network& network : m_networks) {
        Q_IPV6ADDR raw;
        for (int i = 0; i < 16; ++i)
            raw[i] = network.bytes[static_cast<std::size_t>(i)];
        QHostAddress host(raw);
        if (network.v4)
            host = QHostAddress(host.toIPv4Address());
        result << host.toString() + u'/' + QString::number(network.v4 ? network.prefix - 96 : network.prefix);
    }
    return result;
}

} // namespace factora::server
