#pragma once

#include <QWizardPage>

class QComboBox;
class QRadioButton;

class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    QRadioButton *m_newDiagnosis = nullptr;
    QRadioButton *m_demo = nullptr;
    QComboBox *m_profile = nullptr;
};
