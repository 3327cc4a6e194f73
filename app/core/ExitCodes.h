// Process exit codes of the command-line tools; documented in --help and the README.
#pragma once

namespace LightAgent {

enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1, // a bug or an unexpected failure
    ExitUsage = 2, // wrong command line
    ExitInvalidInput = 3, // a malformed or unverifiable key file, code or answer
    ExitRefused = 4, // refused by the key-store rules or the license level
    ExitIo = 5, // a file could not be read or written
    ExitStore = 6, // the state database could not be opened or changed
    ExitBusy = 7, // another process is changing the state; try again
    ExitNetwork = 8, // the service could not be reached securely
    ExitService = 9, // the service refused or answered outside the contract
    ExitCancelled = 10, // the administrator declined
    // a key the service issued was kept as received, not applied: applying it would
    // remove a valid key or shorten the license, and that was not confirmed
    ExitNotApplied = 11,
};

} // namespace LightAgent
