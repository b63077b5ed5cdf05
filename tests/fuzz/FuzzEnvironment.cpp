// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FuzzEnvironment.h"

#include "xml/XmlRuntime.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace factora::core {

namespace {
    // Qt aborts after a fatal message whatever the handler does; everything else is dropped.
    void dropMessage(QtMsgType /*type*/, const QMessageLogContext& /*context*/, const QString& /*message*/) { }

    void abortWith(const char* what, const Status& status)
    {
        std::fprintf(stderr, "FuzzEnvironment: %s: %s\n", what, qUtf8Printable(status.error().message()));
        std::abort();
    }
} // namespace

void FuzzEnvironment::setUp()
{
    if (qEnvironmentVariableIntValue("FACTORA_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(dropMessage);
    if (const Status initialized = XmlRuntime::initialize(); !initialized.ok())
        abortWith("XmlRuntime::initialize", initialized);
    if (const Status tested = XmlRuntime::selfTest(); !tested.ok())
        abortWith("XmlRuntime::selfTest", tested);
}

QByteArray FuzzEnvironment::input(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace factora::core
