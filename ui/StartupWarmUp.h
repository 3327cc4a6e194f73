// Start-up work done on a second core beside the main thread, instead of in sequence on
// it: OpenSSL's configuration and Ed25519 implementation (the vendor profile's keys need
// them a few milliseconds into main()) and fontconfig's configuration and font cache
// (the first text the window measures needs them, and reading them is the largest single
// step of a Qt start-up). Both libraries are thread-safe and keep what they loaded for
// the whole process, so the main thread finds it ready.
#pragma once

#include <thread>

namespace LightAgent {

class StartupWarmUp
{
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    // Before the first font is measured: fontconfig would otherwise load its
    // configuration a second time, in parallel, and keep only one of the two.
    void wait();

private:
    std::thread m_thread;
};

} // namespace LightAgent
