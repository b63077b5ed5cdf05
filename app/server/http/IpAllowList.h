// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace factora::server {

/**
 * @brief The client addresses the Caja Vecina endpoints accept: a list of IPv4 and IPv6 networks in CIDR
 * notation ("200.75.7.0/24, 2001:db8::/32"; an address without "/n" is one host).
 *
 * An IPv4-mapped IPv6 client (::ffff:a.b.c.d, what a dual-stack socket reports) is matched as the IPv4 address.
 * An empty list allows nobody.
 */
class IpAllowList
{
public:
    /** @brief Reads @p text, networks separated by commas, spaces or semicolons; InvalidInput names the bad one. */
    static core::Result<IpAllowList> parse(const QString& text);

    /** @brief True when @p address (textual IPv4 or IPv6) lies in one of the networks. */
    bool allows(const QString& address) const;

    /** @brief The networks, normalised ("10.0.0.0/8"). */
    QStringList networks() const;

private:
    struct Network
    {
        std::array<std::uint8_t, 16> bytes {}; ///< IPv4 stored as IPv4-mapped IPv6
        int prefix = 0; ///< over the 128 bits
        bool v4 = false;
    };

    static bool toBytes(const QString& address, std::array<std::uint8_t, 16>& bytes, bool& v4);

    QList<Network> m_networks;
};

} // namespace factora::server
