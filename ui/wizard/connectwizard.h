#pragma once

#include "diagnosis/checkoptions.h"
#include "report/report.h"
#include "target/connectionstring.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <optional>

class DiagnosisRunner;
class SimulatedInstance;

// The troubleshooting wizard: where the application runs → what it connects to → the recommended path
// → the checks → what they mean → a report. Pages are one class each; the wizard owns what they share:
// the runner, the simulated instance in demo mode, the chosen path and checklist answers, and the
// remembered settings (never a secret).
class ConnectWizard : public QWizard {
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
    // The last finished (or cancelled) run as a report, with the path and checklist it was judged by;
    // in the viewer, the report being viewed.
    Report report() const;

    // The viewer: a saved report shown read-only on the Path, Checks, Findings and Report pages, as the
    // customer saw it. Opening one stops any running checks and goes to its Path page; a report that
    // cannot be read leaves the wizard on the Start page saying why. Nothing of it reaches QSettings.
    bool openReportFile(const QString &path);
    void showReport(const Report &report, const QString &sourceName);
    // Reads a report into the viewer without moving between pages (the Start page's Next does that).
    bool loadReportFile(const QString &path);
    void setViewedReport(const Report &report, const QString &sourceName);
    void closeReport();
    bool isViewingReport() const { return m_viewed.has_value(); }
    QString viewedReportName() const { return m_viewedName; }
    // Why the last openReportFile() failed (empty after a success).
    QString openError() const { return m_openError; }

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
    // Which file to open: a dialog, or the answer a test set in advance.
    QString askOpenFileName(const QString &title, const QString &filter);
    void setNextOpenFileName(const QString &path) { m_nextOpenFileName = path; }
    // Asks for a report file and opens it in the viewer (Ctrl+O, the Start page's button).
    void chooseReportToOpen();

    // The language chosen on the Start page: "en", "de", "ja", or empty for the system's. Remembered in
    // QSettings; main() installs it before the wizard exists, --lang overrides it for one run.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString &language);

    // The remembered last scenario, host (without any password) and options, from QSettings.
    void restoreSettings();
    void saveSettings() const;

signals:
    void viewedReportChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    DiagnosisRunner *m_runner = nullptr;
    QPointer<SimulatedInstance> m_simulator;
    QString m_simulatorProfile;
    bool m_demo = false;
    QString m_demoProfile = QStringLiteral("healthy");
    QString m_pathId;
    QHash<QString, bool> m_checklistAnswers;
    QString m_nextSaveFileName;
    QString m_nextOpenFileName;
    std::optional<Report> m_viewed;
    QString m_viewedName;
    QString m_openError;
    void updateWindowTitle();
    void fitSubTitle();
};
