#pragma once

#include "diagnosis/checkoptions.h"
#include "report/report.h"
#include "target/connectionstring.h"

#include <QPointer>
#include <QWizard>

#include <functional>

class DiagnosisRunner;
class SimulatedInstance;

// The troubleshooting wizard: where the application runs → what it connects to → the recommended path
// → the checks → what they mean → a report. Pages are one class each; the wizard owns what they share:
// the runner, the simulated instance in demo mode, the chosen path and checklist answers, and the
// remembered settings (never a secret).
class ConnectWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_Start,
        Page_Scenario,
        Page_Target,
        Page_Path,
        Page_Checks,
        Page_Findings,
        Page_Report,
    };

    explicit ConnectWizard(QWidget *parent = nullptr);
    ~ConnectWizard() override;

    // Demo mode: checks run against a simulated instance on loopback, in `profile`'s condition.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    void setDemoProfile(const QString &profile);
    QString demoProfile() const { return m_demoProfile; }
    // The host name the target page shows in demo mode.
    static QString demoHostName();

    DiagnosisRunner *runner() const { return m_runner; }
    // The last finished (or cancelled) run as a report, with the path and checklist it was judged by.
    Report report() const;

    QString scenarioId() const;
    // The connection path the user looks at: the scenario's best unless another was chosen.
    QString pathId() const { return m_pathId; }
    void setPathId(const QString &pathId) { m_pathId = pathId; }
    QHash<QString, bool> checklistAnswers() const { return m_checklistAnswers; }
    void setChecklistAnswers(const QHash<QString, bool> &answers) { m_checklistAnswers = answers; }

    // The connection and options the pages describe; in demo mode the simulated instance is started
    // (or restarted for another profile) and its names, subnet and CA filled in. False + why on failure.
    bool prepareCheck(ConnectionSettings *connection, CheckOptions *options, QString *error);

    // Where to save a file: a dialog, or the answer a test set in advance (tests never block on dialogs).
    QString askSaveFileName(const QString &title, const QString &suggestedName, const QString &filter);
    void setNextSaveFileName(const QString &path) { m_nextSaveFileName = path; }

    // The remembered last scenario, host (without any password) and options, from QSettings.
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    DiagnosisRunner *m_runner = nullptr;
    QPointer<SimulatedInstance> m_simulator;
    QString m_simulatorProfile;
    bool m_demo = false;
    QString m_demoProfile = QStringLiteral("healthy");
    QString m_pathId;
    QHash<QString, bool> m_checklistAnswers;
    QString m_nextSaveFileName;
};
