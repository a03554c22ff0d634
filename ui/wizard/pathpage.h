#pragma once

#include <QWizardPage>

class PathDiagramView;
class QComboBox;
class QLabel;
class QListWidget;

// The recommended connection path for the scenario as a diagram, the alternatives to switch to, and its
// prerequisites as a checklist the user can answer (yes, no, or not sure).
class PathPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PathPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void showPath();
    void storeAnswers();
    void exportDiagram(bool svg);

    PathDiagramView *m_diagram = nullptr;
    QComboBox *m_paths = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_exportStatus = nullptr;
};
