#pragma once

#include <QWizardPage>

class QListWidget;

class ScenarioPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY scenarioChanged)

public:
    explicit ScenarioPage(QWidget *parent = nullptr);

    QString scenarioId() const;

signals:
    void scenarioChanged();

private:
    QListWidget *m_list = nullptr;
};
