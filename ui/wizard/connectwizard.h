#pragma once

#include "diagnosis/checkoptions.h"
#include "target/connectionstring.h"

#include <QPointer>
#include <QWizard>

class DiagnosisRunner;
class SimulatedInstance;

// The troubleshooting wizard: where the application runs → what it connects to → the checks →
// what they mean. Pages are one class each; the wizard owns what they share (the runner, and the
// simulated instance in demo mode).
class ConnectWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_Start,
        Page_Scenario,
        Page_Target,
        Page_Checks,
        Page_Findings,
    };

    explicit ConnectWizard(QWidget *parent = nullptr);
    ~ConnectWizard() override;

    // Demo mode: checks run against a simulated instance on loopback.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    DiagnosisRunner *runner() const { return m_runner; }

    // The target and options the pages describe; in demo mode the simulated instance is started
    // (once) and its names and subnet are filled in. Returns false and says why when it cannot.
    bool prepareCheck(ConnectionSettings *connection, CheckOptions *options, QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    DiagnosisRunner *m_runner = nullptr;
    QPointer<SimulatedInstance> m_simulator;
    bool m_demo = false;
};
