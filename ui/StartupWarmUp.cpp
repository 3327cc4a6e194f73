#include "StartupWarmUp.h"

#include "core/Crypto.h"

#include <fontconfig/fontconfig.h>

#include <system_error>

namespace LightAgent {

StartupWarmUp::StartupWarmUp()
{
    try {
        m_thread = std::thread([] {
            Crypto::warmUp();
            FcInit(); // what Qt's font database calls first; later calls find it loaded
        });
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): the main thread loads both as it goes.
    }
}

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
