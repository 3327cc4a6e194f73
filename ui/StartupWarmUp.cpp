#include "StartupWarmUp.h"

#include "core/Crypto.h"

#include <fontconfig/fontconfig.h>

namespace LightAgent {

StartupWarmUp::StartupWarmUp()
    : m_thread([] {
        Crypto::warmUp();
        FcInit(); // what Qt's font database calls first; later calls find it loaded
    })
{ }

StartupWarmUp::~StartupWarmUp()
{
    wait();
}

void StartupWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace LightAgent
