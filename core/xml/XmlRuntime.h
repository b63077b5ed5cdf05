// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QString>

namespace factora::core {

/**
 * @brief The process-wide setup of libxml2 and xmlsec1 (OpenSSL backend), done once on first use.
 *
 * initialize() initialises the libxml2 parser, the xmlsec1 library and its OpenSSL crypto backend, routes both
 * libraries' diagnostics to the log (category factora.core.xml) instead of stderr, and installs the process's
 * only external-entity loader. That loader serves files compiled into the program's Qt resources, named by
 * resourceUrl() ("resource:///factora/dte/schemas/DTE_v10.xsd" is ":/factora/dte/schemas/DTE_v10.xsd"), and
 * refuses every other URL: no file, no network. Every core class that uses libxml2 or xmlsec1 calls
 * initialize() first; after the first call it is cheap, and it is safe from any thread. Nothing is shut down at
 * exit: the libraries' global state lives as long as the process.
 */
class XmlRuntime
{
public:
    /** @brief Initialises the libraries once; returns the outcome of that one initialisation ever after. */
    static Status initialize();

    /**
     * @brief Checks that the libraries work as core relies on: the external-entity loader refuses a local file,
     * inclusive C14N gives the expected bytes, and xmlsec1 signs and verifies an RSA-SHA1 XML-DSig signature made
     * with a fresh key, and rejects it once the signed text changes. Fails naming the first check that did not hold.
     */
    static Status selfTest();

    /** @brief The versions in use, e.g. "libxml2 20914, xmlsec1 1.2.37 (openssl), OpenSSL 3.0.15 …". */
    static QString versions();

    /** @brief The URL under which the loader serves the resource @p resourcePath (":/a/b.xsd"). */
    static QString resourceUrl(const QString& resourcePath);

    /** @brief How many URLs the loader has refused since the process started (for tests and diagnostics). */
    static int refusedLoadCount();
};

} // namespace factora::core
