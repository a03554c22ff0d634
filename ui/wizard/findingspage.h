#pragma once

#include <QWizardPage>

class PathDiagramView;
class QTextBrowser;

// What the checks mean: the path diagram coloured by the results, and the findings, most likely root
// cause first, with severity, explanation, remedy steps and sources.
class FindingsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    PathDiagramView *m_diagram = nullptr;
    QTextBrowser *m_findings = nullptr;
};
