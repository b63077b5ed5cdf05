// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FixedAuthenticator.h"
#include "main/NavigationModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace factora;
using factora::ui::NavigationModel;
using factora::ui::Section;

namespace {

QStringList titles(const NavigationModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(Qt::DisplayRole).toString());
    return result;
}

} // namespace

class TestNavigationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("admin") << int(core::Role::Admin)
                               << QStringList { QStringLiteral("Inicio"), QStringLiteral("Cobranza"),
                                                QStringLiteral("Despacho"), QStringLiteral("Administración"),
                                                QStringLiteral("Auditoría") };
        QTest::newRow("ejecutivo") << int(core::Role::Ejecutivo)
                                   << QStringList { QStringLiteral("Inicio"),      QStringLiteral("DTEs"),
                                                    QStringLiteral("Operaciones"), QStringLiteral("Cesiones"),
                                                    QStringLiteral("Cobranza"),    QStringLiteral("Despacho") };
        QTest::newRow("cedente") << int(core::Role::Cedente)
                                 << QStringList { QStringLiteral("Inicio"), QStringLiteral("DTEs"),
                                                  QStringLiteral("Operaciones"), QStringLiteral("Cesiones") };
    }

    void sectionsPerRole()
    {
        QFETCH(int, role);
        QFETCH(QStringList, expected);
        NavigationModel model(ui::test::sessionFor(static_cast<core::Role>(role)));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model), expected);
    }

    void sectionsPerPermission_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QList<Section>>("expected");
        const auto row = [](QLatin1StringView permission, QList<Section> sections) {
            QTest::newRow(permission.data()) << QString(permission) << sections;
        };
        using namespace core;
        row(Permission::CompaniesRead, { Section::Home });
        row(Permission::CompaniesReadAll, { Section::Home });
        row(Permission::DteImport, { Section::Home, Section::Dtes, Section::Operations });
        row(Permission::DteApprove, { Section::Home, Section::Dtes, Section::Operations, Section::Cessions });
        row(Permission::CessionSign, { Section::Home, Section::Cessions });
        row(Permission::CollectionsRead, { Section::Home, Section::Collections, Section::Dispatch });
        row(Permission::CompaniesManage, { Section::Home, Section::Administration });
        row(Permission::UsersManage, { Section::Home, Section::Administration });
        row(Permission::SettingsManage, { Section::Home, Section::Administration });
        row(Permission::AuditRead, { Section::Home, Section::Audit });
    }

    void sectionsPerPermission()
    {
        QFETCH(QString, permission);
        QFETCH(QList<Section>, expected);
        const core::UserSession session(1, QStringLiteral("u"), QStringLiteral("U"), core::Role::Cedente,
                                        { permission }, {});
        NavigationModel model(session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.sections(), expected);
        for (Section section : ui::allSections())
            QCOMPARE(model.rowOf(section), int(expected.indexOf(section)));
    }

    void rowsCarryTheirSection()
    {
        NavigationModel model(ui::test::sessionFor(core::Role::Ejecutivo));
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex cessions = model.index(model.rowOf(Section::Cessions));
        QCOMPARE(cessions.data(Qt::DisplayRole).toString(), QStringLiteral("Cesiones"));
        QCOMPARE(cessions.data(NavigationModel::SectionRole).toInt(), int(Section::Cessions));
        QVERIFY(cessions.data(Qt::ToolTipRole).toString().contains(QStringLiteral("AEC")));
        QVERIFY(!cessions.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.roleNames().value(NavigationModel::SectionRole), QByteArrayLiteral("section"));
        QVERIFY(!model.index(6).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }
};

QTEST_MAIN(TestNavigationModel)
#include "TestNavigationModel.moc"
