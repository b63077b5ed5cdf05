// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionPartiesPage.h"

#include "BackgroundTask.h"
#include "CessionQueries.h"
#include "CessionWizard.h"
#include "aec/AecBuilder.h"
#include "storage/Database.h"
#include "types/Rut.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    struct PartyDefaults
    {
        std::optional<core::Company> factoring;
        std::optional<core::Company> cedente;
        QString error;
    };

    bool looksLikeEmail(const QString& text)
    {
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        return at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' ')) && text.size() >= 6;
    }
} // namespace

CessionPartiesPage::CessionPartiesPage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_cedenteLabel(new QLabel(this))
    , m_cedenteEmailLineEdit(new QLineEdit(this))
    , m_cedenteAddressLineEdit(new QLineEdit(this))
    , m_cesionarioRutLineEdit(new QLineEdit(this))
    , m_cesionarioNameLineEdit(new QLineEdit(this))
    , m_cesionarioAddressLineEdit(new QLineEdit(this))
    , m_cesionarioEmailLineEdit(new QLineEdit(this))
    , m_emailNotifLineEdit(new QLineEdit(this))
    , m_recibosLabel(new QLabel(this))
    , m_declarationText(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("cessionPartiesPage"));
    setTitle(tr("Datos de la cesión"));
    setSubTitle(tr("Revise a quién se cede (por omisión, la factoring) y los datos de contacto que van en el AEC."));
    m_cedenteLabel->setObjectName(QStringLiteral("cedenteLabel"));
    m_cedenteLabel->setWordWrap(true);
    m_cedenteEmailLineEdit->setObjectName(QStringLiteral("cedenteEmailLineEdit"));
    m_cedenteAddressLineEdit->setObjectName(QStringLiteral("cedenteAddressLineEdit"));
    m_cedenteAddressLineEdit->setPlaceholderText(tr("La dirección de origen del DTE"));
    m_cesionarioRutLineEdit->setObjectName(QStringLiteral("cesionarioRutLineEdit"));
    m_cesionarioNameLineEdit->setObjectName(QStringLiteral("cesionarioNameLineEdit"));
    m_cesionarioAddressLineEdit->setObjectName(QStringLiteral("cesionarioAddressLineEdit"));
    m_cesionarioEmailLineEdit->setObjectName(QStringLiteral("cesionarioEmailLineEdit"));
    m_emailNotifLineEdit->setObjectName(QStringLiteral("emailNotifLineEdit"));
    m_recibosLabel->setObjectName(QStringLiteral("recibosLabel"));
    m_recibosLabel->setWordWrap(true);
    m_declarationText->setObjectName(QStringLiteral("declaracionJuradaText"));
    m_declarationText->setReadOnly(true);
    m_declarationText->setMaximumHeight(120);
    m_problemLabel->setObjectName(QStringLiteral("partiesProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* cedente = new QGroupBox(tr("Cedente"), this);
    auto* cedenteForm = new QFormLayout(cedente);
    cedenteForm->addRow(m_cedenteLabel);
    cedenteForm->addRow(tr("Correo del cedente:"), m_cedenteEmailLineEdit);
    cedenteForm->addRow(tr("Dirección del cedente:"), m_cedenteAddressLineEdit);
    auto* cesionario = new QGroupBox(tr("Cesionario"), this);
    auto* cesionarioForm = new QFormLayout(cesionario);
    cesionarioForm->addRow(tr("RUT:"), m_cesionarioRutLineEdit);
    cesionarioForm->addRow(tr("Razón social:"), m_cesionarioNameLineEdit);
    cesionarioForm->addRow(tr("Dirección:"), m_cesionarioAddressLineEdit);
    cesionarioForm->addRow(tr("Correo:"), m_cesionarioEmailLineEdit);
    auto* notif = new QFormLayout;
    notif->addRow(tr("Respuestas del SII a:"), m_emailNotifLineEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(cedente);
    layout->addWidget(cesionario);
    layout->addLayout(notif);
    layout->addWidget(m_recibosLabel);
    layout->addWidget(m_declarationText);
    layout->addWidget(m_problemLabel);

    for (QLineEdit* edit : { m_cesionarioRutLineEdit, m_cesionarioNameLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &CessionPartiesPage::updateDeclaration);
    connect(m_cedenteEmailLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_emailNotifLineEdit->isModified())
            return;
        m_emailNotifLineEdit->setText(text);
    });
}

void CessionPartiesPage::initializePage()
{
    const QList<core::DteRecord>& dtes = m_wizard->state().dtes;
    QStringList emitters;
    for (const core::DteRecord& dte : dtes) {
        const QString emitter = tr("%1 (RUT %2)").arg(dte.emitterName, dte.emitterRut);
        if (!emitters.contains(emitter))
            emitters << emitter;
    }
    m_cedenteLabel->setText(
        tr("Cede: %1. El cedente de cada AEC es el emisor de su factura.").arg(emitters.join(u", ")));
    m_recibosLabel->setText(tr("Factora no tiene Recibos electrónicos (Ley 19.983) de estas facturas: cada AEC "
                               "incluye la declaración jurada del SII, con este texto:"));
    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    const QString emitterRut = dtes.isEmpty() ? QString() : dtes.first().emitterRut;
    BackgroundTask::run<PartyDefaults>(
        this,
        [database, emitterRut](auto&) {
            PartyDefaults defaults;
            auto factoring = CessionQueries::factoringCompany(*database);
            auto cedente = CessionQueries::companyByRut(*database, emitterRut);
            database->releaseThreadConnection();
            if (!factoring)
                defaults.error = factoring.error().message();
            else
                defaults.factoring = factoring.value();
            if (cedente)
                defaults.cedente = cedente.value();
            return defaults;
        },
        [this](const PartyDefaults& defaults) {
            if (!defaults.error.isEmpty())
                m_problemLabel->setText(defaults.error);
            if (defaults.factoring && m_cesionarioRutLineEdit->text().isEmpty()) {
                const core::Company& company = *defaults.factoring;
                m_cesionarioRutLineEdit->setText(company.rut);
                m_cesionarioNameLineEdit->setText(company.razonSocial);
                m_cesionarioAddressLineEdit->setText(
                    company.comuna.isEmpty() ? company.direccion : tr("%1, %2").arg(company.direccion, company.comuna));
                m_cesionarioEmailLineEdit->setText(company.email);
            }
            if (defaults.cedente && m_cedenteEmailLineEdit->text().isEmpty()) {
                m_cedenteEmailLineEdit->setText(defaults.cedente->email);
                if (!m_emailNotifLineEdit->isModified())
                    m_emailNotifLineEdit->setText(defaults.cedente->email);
            }
            updateDeclaration();
        });
    updateDeclaration();
}

void CessionPartiesPage::updateDeclaration()
{
    const QList<core::DteRecord>& dtes = m_wizard->state().dtes;
    if (dtes.isEmpty()) {
        m_declarationText->clear();
        return;
    }
    const core::DteRecord& first = dtes.first();
    QString text = core::AecBuilder::declaracionJurada(
        first.emitterName, first.emitterRut, m_cesionarioNameLineEdit->text().trimmed(),
        m_cesionarioRutLineEdit->text().trimmed(), first.receiverName, first.receiverRut);
    if (dtes.size() > 1)
        text += QStringLiteral("\n\n") + tr("(En cada AEC, con el emisor y el deudor de su factura.)");
    m_declarationText->setPlainText(text);
}

QString CessionPartiesPage::problem() const
{
    auto rut = core::Rut::parse(m_cesionarioRutLineEdit->text().trimmed());
    if (!rut)
        return tr("RUT del cesionario: %1").arg(rut.error().message());
    if (m_cesionarioNameLineEdit->text().trimmed().isEmpty())
        return tr("Falta la razón social del cesionario.");
    if (m_cesionarioAddressLineEdit->text().trimmed().size() < 5)
        return tr("La dirección del cesionario debe tener al menos 5 caracteres.");
    if (!looksLikeEmail(m_cesionarioEmailLineEdit->text().trimmed()))
        return tr("El correo del cesionario «%1» no es una dirección de correo.")
            .arg(m_cesionarioEmailLineEdit->text());
    if (!looksLikeEmail(m_cedenteEmailLineEdit->text().trimmed()))
        return tr("El correo del cedente «%1» no es una dirección de correo.").arg(m_cedenteEmailLineEdit->text());
    const QString address = m_cedenteAddressLineEdit->text().trimmed();
    if (!address.isEmpty() && address.size() < 5)
        return tr("La dirección del cedente debe tener al menos 5 caracteres, o quedar vacía para usar la del DTE.");
    if (!looksLikeEmail(m_emailNotifLineEdit->text().trimmed()))
        return tr("El correo para las respuestas del SII «%1» no es una dirección de correo.")
            .arg(m_emailNotifLineEdit->text());
    return {};
}

bool CessionPartiesPage::validatePage()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    if (!why.isEmpty())
        return false;
    CessionWizardState& state = m_wizard->state();
    state.cesionario
        = core::AecParty { core::Rut::parse(m_cesionarioRutLineEdit->text().trimmed())->toString(),
                           m_cesionarioNameLineEdit->text().trimmed(), m_cesionarioAddressLineEdit->text().trimmed(),
                           m_cesionarioEmailLineEdit->text().trimmed() };
    state.cedente = core::AecParty { QString(), QString(), m_cedenteAddressLineEdit->text().trimmed(),
                                     m_cedenteEmailLineEdit->text().trimmed() };
    state.emailNotif = m_emailNotifLineEdit->text().trimmed();
    state.declaracionJurada = true;
    return true;
}

} // namespace factora::ui
