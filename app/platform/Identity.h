// The persisted identity of this installation and of its SVM: UUIDs made once
// and kept in the state database.
#pragma once

#include "core/Result.h"

#include <memory>

namespace LightAgent {

class StateDatabase;

class Identity
{
public:
    explicit Identity(std::shared_ptr<StateDatabase> database);

    Result<QString> installationId();
    Result<QString> svmId();

private:
    Result<QString> getOrCreate(const QString &name);
    std::shared_ptr<StateDatabase> m_database;
};

} // namespace LightAgent
