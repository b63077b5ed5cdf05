// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionState.h"

#include <QCoreApplication>

namespace factora::core {

namespace CessionStates {

    namespace {
        using S = CessionState;

        struct Edge
        {
            S from;
            S to;
        };

        // Every allowed transition, and only these.
        constexpr Edge Edges[] = {
            { S::Built, S::Signed },
            { S::Signed, S::Submitting },
            // The upload's answer: received with a TRACKID, or refused (STATUS ≠ 0).
            { S::Submitting, S::Submitted },
            { S::Submitting, S::Rejected },
            // The upload certainly never reached the SII (e.g. no token): back to signed, to be sent again.
            { S::Submitting, S::Signed },
            // Recovery found the cession already in the registry.
            { S::Submitting, S::Annotated },
            { S::Submitted, S::Received },
            { S::Submitted, S::Annotated },
            { S::Submitted, S::Rejected },
            { S::Submitted, S::Annulled },
            { S::Received, S::Annotated },
            { S::Received, S::Rejected },
            { S::Received, S::Annulled },
            { S::Annotated, S::Annulled },
            // Only by a user's explicit resubmission.
            { S::Rejected, S::Submitting },
        };
    } // namespace

    const QList<CessionState>& all()
    {
        static const QList<CessionState> states { S::Built,    S::Signed,    S::Submitting, S::Submitted,
                                                  S::Received, S::Annotated, S::Rejected,   S::Annulled };
        return states;
    }

    QString name(CessionState state)
    {
        switch (state) {
        case S::Built:
            return QStringLiteral("built");
        case S::Signed:
            return QStringLiteral("signed");
        case S::Submitting:
            return QStringLiteral("submitting");
        case S::Submitted:
            return QStringLiteral("submitted");
        case S::Received:
            return QStringLiteral("received");
        case S::Annotated:
            return QStringLiteral("annotated");
        case S::Rejected:
            return QStringLiteral("rejected");
        case S::Annulled:
            return QStringLiteral("annulled");
        }
        return {};
    }

    std::optional<CessionState> fromName(const QString& text)
    {
        for (const CessionState state : all()) {
            if (name(state) == text)
                return state;
        }
        return std::nullopt;
    }

    QString description(CessionState state)
    {
        switch (state) {
        case S::Built:
            return QCoreApplication::translate("CessionStates", "armada, sin firmar");
        case S::Signed:
            return QCoreApplication::translate("CessionStates", "firmada, sin enviar");
        case S::Submitting:
            return QCoreApplication::translate("CessionStates", "envío al SII en curso o interrumpido");
        case S::Submitted:
            return QCoreApplication::translate("CessionStates", "recibida por el SII");
        case S::Received:
            return QCoreApplication::translate("CessionStates", "en revisión en el SII");
        case S::Annotated:
            return QCoreApplication::translate("CessionStates", "anotada en el registro del SII");
        case S::Rejected:
            return QCoreApplication::translate("CessionStates", "rechazada");
        case S::Annulled:
            return QCoreApplication::translate("CessionStates", "anulada");
        }
        return {};
    }

    bool canTransition(CessionState from, CessionState to)
    {
        for (const Edge& edge : Edges) {
            if (edge.from == from && edge.to == to)
                return true;
        }
        return false;
    }

    Status checkTransition(CessionState from, CessionState to)
    {
        if (canTransition(from, to))
            return {};
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionStates", "Una cesión en estado «%1» no puede pasar a «%2».")
                         .arg(name(from), name(to)));
    }

    QList<CessionState> successors(CessionState from)
    {
        QList<CessionState> result;
        for (const Edge& edge : Edges) {
            if (edge.from == from)
                result << edge.to;
        }
        return result;
    }

    bool isAwaitingSii(CessionState state)
    {
        return state == S::Submitted || state == S::Received;
    }

    std::optional<CessionState> forEnvioCode(const QString& code)
    {
        const QString c = code.trimmed();
        if (c == QLatin1String("UPL"))
            return S::Submitted;
        for (const char* intermediate : { "RCP", "SOK", "FSO", "COK", "VDC", "VCS" }) {
            if (c == QLatin1String(intermediate))
                return S::Received;
        }
        if (c == QLatin1String("EOK"))
            return S::Annotated;
        for (const char* rejection : { "RSC", "RFS", "RCR", "RDC", "RCS" }) {
            if (c == QLatin1String(rejection))
                return S::Rejected;
        }
        if (c == QLatin1String("EAN"))
            return S::Annulled;
        return std::nullopt;
    }

} // namespace CessionStates

} // namespace factora::core
