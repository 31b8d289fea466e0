// samtidig-runner: hosts one scenario run in its own process group (started by samtidig or samtidig-cli).
#include "runner/runner_entry.h"

int main(int argc, char **argv)
{
    return samtidig::runnerMain(argc, argv);
}
