<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 holds %2 and waits for %3</source>
        <translation>%1 holds %2 and waits for %3</translation>
    </message>
    <message>
        <source>%1 takes %2, then %3</source>
        <translation>%1 takes %2, then %3</translation>
    </message>
    <message>
        <source>write of %1 by %2 was overwritten by %3, which had read %4 before it</source>
        <translation>write of %1 by %2 was overwritten by %3, which had read %4 before it</translation>
    </message>
    <message>
        <source>write of %1 by %2 was overwritten by %3, which had read the variable before it</source>
        <translation>write of %1 by %2 was overwritten by %3, which had read the variable before it</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (thread %2) %3 %</source>
        <translation>%1 (thread %2) %3 %</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message numerus="yes">
        <source>The program&apos;s first process has ended, but %n of its processes are still running: %1. The recording goes on until the last one ends, or until you press Stop.</source>
        <translation>
            <numerusform>The program&apos;s first process has ended, but %n of its processes is still running: %1. The recording goes on until the last one ends, or until you press Stop.</numerusform>
            <numerusform>The program&apos;s first process has ended, but %n of its processes are still running: %1. The recording goes on until the last one ends, or until you press Stop.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program was killed by signal %1 (SIG%2) after %3.</source>
        <translation>The program was killed by signal %1 (SIG%2) after %3.</translation>
    </message>
    <message>
        <source>The program ended normally (exit status 0) after %1.</source>
        <translation>The program ended normally (exit status 0) after %1.</translation>
    </message>
    <message>
        <source>The program ended with exit status %1 after %2: a status other than 0 is how a program reports that something went wrong.</source>
        <translation>The program ended with exit status %1 after %2: a status other than 0 is how a program reports that something went wrong.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its processes were still running when the recording was stopped: %1. Samtidig ended them, and everything they had started.</source>
        <translation>
            <numerusform>%n of its processes was still running when the recording was stopped: %1. Samtidig ended it, and everything it had started.</numerusform>
            <numerusform>%n of its processes were still running when the recording was stopped: %1. Samtidig ended them, and everything they had started.</numerusform>
        </translation>
    </message>
    <message>
        <source>No thread of the program was seen on a core.</source>
        <translation>No thread of the program was seen on a core.</translation>
    </message>
    <message>
        <source>One thread did the work (%1, %2 on a core): a thread runs on one core at a time, however many the machine has.</source>
        <translation>One thread did the work (%1, %2 on a core): a thread runs on one core at a time, however many the machine has.</translation>
    </message>
    <message>
        <source>The one busy thread was</source>
        <translation>The one busy thread was</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 busy threads were</source>
        <translation>
            <numerusform>%n of the %1 busy threads was</numerusform>
            <numerusform>%n of the %1 busy threads were</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mostly blocked: %2. A blocked thread waits for something other than a core: a lock, Python&apos;s GIL, input or output, a sleep, or another thread.</source>
        <translation>%1 mostly blocked: %2. A blocked thread waits for something other than a core: a lock, Python&apos;s GIL, input or output, a sleep, or another thread.</translation>
    </message>
    <message>
        <source>%1 ready but waiting for a core at least as long as running: %2. Every core was taken: by more threads than this machine&apos;s %3 cores, or by other programs.</source>
        <translation>%1 ready but waiting for a core at least as long as running: %2. Every core was taken: by more threads than this machine&apos;s %3 cores, or by other programs.</translation>
    </message>
    <message>
        <source>Time on a core is estimated from sampling here (the kernel&apos;s records were not available), so which threads ran at the same time is approximate, and time ready or blocked is not known.</source>
        <translation>Time on a core is estimated from sampling here (the kernel&apos;s records were not available), so which threads ran at the same time is approximate, and time ready or blocked is not known.</translation>
    </message>
    <message>
        <source>%1 (pid %2) %3 %</source>
        <translation>%1 (pid %2) %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 busy processes were</source>
        <translation>
            <numerusform>%n of the %1 busy processes was</numerusform>
            <numerusform>%n of the %1 busy processes were</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting for Python&apos;s GIL a large part of the time: %2. Only the thread that holds the GIL runs Python code, so threads take turns, even with a core free.</source>
        <translation>%1 waiting for Python&apos;s GIL a large part of the time: %2. Only the thread that holds the GIL runs Python code, so threads take turns, even with a core free.</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>The program hardly used the cores: its threads were on one for %1 in all, in a run of %2. They mostly waited: for input or output, a sleep, or each other.</source>
        <translation>The program hardly used the cores: its threads were on one for %1 in all, in a run of %2. They mostly waited: for input or output, a sleep, or each other.</translation>
    </message>
    <message numerus="yes">
        <source>%n processes were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n process was busy, but never at the same time: at most one core was used (%1 cores on average while it ran).</numerusform>
            <numerusform>%n processes were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n thread was busy, but never at the same time: at most one core was used (%1 cores on average while it ran).</numerusform>
            <numerusform>%n threads were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n process was busy, but almost never at the same time as another: two or more cores were busy together only %1 % of the time (%2 cores on average while it ran).</numerusform>
            <numerusform>%n processes were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n thread was busy, but almost never at the same time as another: two or more cores were busy together only %1 % of the time (%2 cores on average while it ran).</numerusform>
            <numerusform>%n threads were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n process ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while it ran).</numerusform>
            <numerusform>%n processes ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n thread ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while it ran).</numerusform>
            <numerusform>%n threads ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads wanted to run, but only one may hold Python&apos;s GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average; %3 waiting for it a large part of the time: %4.</source>
        <extracomment>%n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine&apos;s cores, %3 e.g. &quot;2 of the 2 busy threads were&quot;, %4 the threads with their shares</extracomment>
        <translation>
            <numerusform>%n thread wanted to run, but only one may hold Python&apos;s GIL: it ran alone, and meanwhile used %1 of the machine&apos;s %2 cores on average; %3 waiting for it a large part of the time: %4.</numerusform>
            <numerusform>%n threads wanted to run, but only one may hold Python&apos;s GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average; %3 waiting for it a large part of the time: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads wanted to run, but only one may hold the GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average.</source>
        <extracomment>%n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine&apos;s cores</extracomment>
        <translation>
            <numerusform>%n thread wanted to run, but only one may hold the GIL: it ran alone, and meanwhile used %1 of the machine&apos;s %2 cores on average.</numerusform>
            <numerusform>%n threads wanted to run, but only one may hold the GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average.</numerusform>
        </translation>
    </message>
    <message>
        <source>so its locks, lock waits and deadlocks are not seen: the lanes show only the kernel&apos;s view of when its threads ran, waited for a core or were blocked.</source>
        <translation>so its locks, lock waits and deadlocks are not seen: the lanes show only the kernel&apos;s view of when its threads ran, waited for a core or were blocked.</translation>
    </message>
    <message>
        <source>%1 is statically linked: the library that records locks cannot be loaded into it, %2</source>
        <translation>%1 is statically linked: the library that records locks cannot be loaded into it, %2</translation>
    </message>
    <message>
        <source>%1 changes the user or the rights it runs with (setuid, setgid or file capabilities), and the system loads no extra library into such a program, %2</source>
        <translation>%1 changes the user or the rights it runs with (setuid, setgid or file capabilities), and the system loads no extra library into such a program, %2</translation>
    </message>
    <message>
        <source>%1 is a Go program: its mutexes and channels belong to the Go runtime, not to the C library whose locks Samtidig records, %2</source>
        <translation>%1 is a Go program: its mutexes and channels belong to the Go runtime, not to the C library whose locks Samtidig records, %2</translation>
    </message>
    <message>
        <source>The library that records locks (libsamtidig-preload.so) was not found beside Samtidig, %1</source>
        <translation>The library that records locks (libsamtidig-preload.so) was not found beside Samtidig, %1</translation>
    </message>
    <message numerus="yes">
        <source>The locks of %n process(es) were not recorded: %1. A process that runs a statically linked or setuid program, or that was started with its environment cleared, does not load the library that records them; the lanes show the kernel&apos;s view of it.</source>
        <translation>
            <numerusform>The locks of %n process was not recorded: %1. A process that runs a statically linked or setuid program, or that was started with its environment cleared, does not load the library that records them; the lanes show the kernel&apos;s view of it.</numerusform>
            <numerusform>The locks of %n processes were not recorded: %1. A process that runs a statically linked or setuid program, or that was started with its environment cleared, does not load the library that records them; the lanes show the kernel&apos;s view of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks were not recorded: the recording was started without them (“Record locks and the GIL” off, or --no-locks), %1</source>
        <translation>Locks were not recorded: the recording was started without them (“Record locks and the GIL” off, or --no-locks), %1</translation>
    </message>
</context>
<context>
    <name>AsyncScenario</name>
    <message>
        <source>Async and await: coroutines on one thread</source>
        <translation>Async and await: coroutines on one thread</translation>
    </message>
    <message>
        <source>One thread runs an event loop with several C++20 coroutines, the counterpart of async functions in Python. Each coroutine computes a little and then awaits a sleep; at every await it hands the thread back to the loop, which runs the next coroutine that is ready. In the first phase, look at the coroutine lanes under the event loop thread: they take turns, never two at the same moment, and while one computes the others are awaiting. That is concurrency on one thread without any extra threads. In the second phase the same jobs run one after another with ordinary blocking sleeps, and the thread mostly sleeps; the results compare the two total times.</source>
        <translation>One thread runs an event loop with several C++20 coroutines, the counterpart of async functions in Python. Each coroutine computes a little and then awaits a sleep; at every await it hands the thread back to the loop, which runs the next coroutine that is ready. In the first phase, look at the coroutine lanes under the event loop thread: they take turns, never two at the same moment, and while one computes the others are awaiting. That is concurrency on one thread without any extra threads. In the second phase the same jobs run one after another with ordinary blocking sleeps, and the thread mostly sleeps; the results compare the two total times.</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>Coroutines</translation>
    </message>
    <message>
        <source>How many coroutines share the event loop&apos;s thread.</source>
        <translation>How many coroutines share the event loop&apos;s thread.</translation>
    </message>
    <message>
        <source>Awaits per coroutine</source>
        <translation>Awaits per coroutine</translation>
    </message>
    <message>
        <source>How many times each coroutine computes and then awaits a sleep.</source>
        <translation>How many times each coroutine computes and then awaits a sleep.</translation>
    </message>
    <message>
        <source>Work per step</source>
        <translation>Work per step</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a coroutine computes before each await.</source>
        <translation>CPU time a coroutine computes before each await.</translation>
    </message>
    <message>
        <source>Sleep per step</source>
        <translation>Sleep per step</translation>
    </message>
    <message>
        <source>How long each awaited sleep lasts.</source>
        <translation>How long each awaited sleep lasts.</translation>
    </message>
    <message>
        <source>Async: coroutines on one thread</source>
        <translation>Async: coroutines on one thread</translation>
    </message>
    <message>
        <source>event loop thread</source>
        <translation>event loop thread</translation>
    </message>
    <message>
        <source>A coroutine failed: %1</source>
        <translation>A coroutine failed: %1</translation>
    </message>
    <message>
        <source>Blocking: one job after another</source>
        <translation>Blocking: one job after another</translation>
    </message>
    <message>
        <source>blocking thread</source>
        <translation>blocking thread</translation>
    </message>
    <message>
        <source>its coroutines all run on one thread, the event loop&apos;s. A step stops a whole thread, so stopping one coroutine before its await would stop the loop and every other coroutine with it: they cannot be let go one at a time. Run it (F5) and watch them take turns at each await.</source>
        <translation>its coroutines all run on one thread, the event loop&apos;s. A step stops a whole thread, so stopping one coroutine before its await would stop the loop and every other coroutine with it: they cannot be let go one at a time. Run it (F5) and watch them take turns at each await.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Not ended</translation>
    </message>
    <message>
        <source>Time waited (ms)</source>
        <translation>Time waited (ms)</translation>
    </message>
    <message>
        <source>Core utilization over time</source>
        <translation>Core utilization over time</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>Busy (%)</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>Time since start (s)</translation>
    </message>
    <message>
        <source>Time since start (ms)</source>
        <translation>Time since start (ms)</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>Core %1</translation>
    </message>
    <message>
        <source>No task waited for a lock in this run. The lock scenarios (mutex, deadlock, timeouts) show here how long each task waited, and for which lock.</source>
        <translation>No task waited for a lock in this run. The lock scenarios (mutex, deadlock, timeouts) show here how long each task waited, and for which lock.</translation>
    </message>
    <message>
        <source>Waiting for locks, per task</source>
        <translation>Waiting for locks, per task</translation>
    </message>
    <message>
        <source>Waiting time, per lock</source>
        <translation>Waiting time, per lock</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Shared counter at the end of the run</source>
        <translation>Shared counter at the end of the run</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Lost updates</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counter value</source>
        <translation>Counter value</translation>
    </message>
    <message numerus="yes">
        <source>The counter should have reached %1 but reached %2: %Ln increment(s) were lost because tasks overwrote each other&apos;s updates.</source>
        <translation>
            <numerusform>The counter should have reached %1 but reached %2: %Ln increment was lost because tasks overwrote each other&apos;s updates.</numerusform>
            <numerusform>The counter should have reached %1 but reached %2: %Ln increments were lost because tasks overwrote each other&apos;s updates.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter reached the expected %1: no update was lost.</source>
        <translation>The counter reached the expected %1: no update was lost.</translation>
    </message>
    <message>
        <source>Time taken by each phase</source>
        <translation>Time taken by each phase</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <source>Speedup: %1 times as fast.</source>
        <translation>Speedup: %1 times as fast.</translation>
    </message>
    <message>
        <source>“%1” took %2 and “%3” took %4: the slower one took %5 times as long.</source>
        <translation>“%1” took %2 and “%3” took %4: the slower one took %5 times as long.</translation>
    </message>
    <message>
        <source>The phases are still running.</source>
        <translation>The phases are still running.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Threads and time</source>
        <translation>Threads and time</translation>
    </message>
    <message>
        <source>What your program did appears here when it ends.</source>
        <translation>What your program did appears here when it ends.</translation>
    </message>
    <message numerus="yes">
        <source>%n for %1</source>
        <translation>
            <numerusform>%n for %1</numerusform>
            <numerusform>%n for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cores busy at once: %1.</source>
        <translation>Cores busy at once: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Started by pid %1</source>
        <translation>Started by pid %1</translation>
    </message>
    <message>
        <source>The program&apos;s first process</source>
        <translation>The program&apos;s first process</translation>
    </message>
    <message>
        <source>Run a scenario to see what it measured here.</source>
        <translation>Run a scenario to see what it measured here.</translation>
    </message>
    <message>
        <source>The scenario&apos;s results appear here when the run ends.</source>
        <translation>The scenario&apos;s results appear here when the run ends.</translation>
    </message>
    <message>
        <source>This trace was imported from a Chrome trace: no scenario ran, so there are no results to show.</source>
        <translation>This trace was imported from a Chrome trace: no scenario ran, so there are no results to show.</translation>
    </message>
    <message>
        <source>The run ended before the scenario could report its results.</source>
        <translation>The run ended before the scenario could report its results.</translation>
    </message>
    <message>
        <source>What the scenario measured:</source>
        <translation>What the scenario measured:</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>ends at %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Interleavings by outcome (click a bar to replay its example)</source>
        <translation>Interleavings by outcome (click a bar to replay its example)</translation>
    </message>
    <message>
        <source>Interleavings</source>
        <translation>Interleavings</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>samtidig-cli: %1
</source>
        <translation>samtidig-cli: %1
</translation>
    </message>
    <message>
        <source>Run &apos;samtidig-cli --help&apos; for usage.
</source>
        <translation>Run &apos;samtidig-cli --help&apos; for usage.
</translation>
    </message>
    <message>
        <source>--lang needs &apos;en&apos; or &apos;da&apos;%1.</source>
        <translation>--lang needs &apos;en&apos; or &apos;da&apos;%1.</translation>
    </message>
    <message>
        <source> (got &apos;%1&apos;)</source>
        <translation> (got &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>    %1 = %2  (%3%4) %5
</source>
        <translation>    %1 = %2  (%3%4) %5
</translation>
    </message>
    <message>
        <source>--lanes must be cores, tasks or both (got &apos;%1&apos;).</source>
        <translation>--lanes must be cores, tasks or both (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--scale must be 1, 2 or 3 (got &apos;%1&apos;).</source>
        <translation>--scale must be 1, 2 or 3 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>%1 must be a whole number of pixels between 200 and 16000 (got &apos;%2&apos;).</source>
        <translation>%1 must be a whole number of pixels between 200 and 16000 (got &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>run needs a scenario id; &apos;samtidig-cli list&apos; shows them.</source>
        <translation>run needs a scenario id; &apos;samtidig-cli list&apos; shows them.</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;. Scenarios: %2.</source>
        <translation>unknown scenario &apos;%1&apos;. Scenarios: %2.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600 (got &apos;%1&apos;).</source>
        <translation>--timeout must be a number of seconds between 0 and 3600 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--source must be auto, kernel or estimate (got &apos;%1&apos;).</source>
        <translation>--source must be auto, kernel or estimate (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Wrote %1: %2
</source>
        <translation>Wrote %1: %2
</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>export needs a recording file (.samtidig, or Chrome trace .json).</source>
        <translation>export needs a recording file (.samtidig, or Chrome trace .json).</translation>
    </message>
    <message>
        <source>export needs at least one output: --png, --svg, --pdf, --trace or --summary.</source>
        <translation>export needs at least one output: --png, --svg, --pdf, --trace or --summary.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>  (about %1 s with the defaults)</source>
        <translation>  (about %1 s with the defaults)</translation>
    </message>
    <message>
        <source>
Limits: at most 256 threads and 64 processes, and at most %1 s per run; values that would take longer are refused before anything starts.
</source>
        <translation>
Limits: at most 256 threads and 64 processes, and at most %1 s per run; values that would take longer are refused before anything starts.
</translation>
    </message>
    <message>
        <source>Deadlock detected after %L1 ms; the run stays stuck until --timeout (%L2 s).
</source>
        <translation>Deadlock detected after %L1 ms; the run stays stuck until --timeout (%L2 s).
</translation>
    </message>
    <message>
        <source>%1: %2 in %L3 ms, %L4 events, %L5 dropped, scheduling source %6
</source>
        <translation>%1: %2 in %L3 ms, %L4 events, %L5 dropped, scheduling source %6
</translation>
    </message>
    <message>
        <source>a command is needed: list, run, record or export.</source>
        <translation>a command is needed: list, run, record or export.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are list, run, record and export.</source>
        <translation>unknown command &apos;%1&apos;; the commands are list, run, record and export.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 86400 (got &apos;%1&apos;).</source>
        <translation>--timeout must be a number of seconds between 0 and 86400 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>record needs a program to run: samtidig-cli record [OPTIONS] -- PROGRAM [ARGS...]</source>
        <translation>record needs a program to run: samtidig-cli record [OPTIONS] -- PROGRAM [ARGS...]</translation>
    </message>
    <message>
        <source>--max-detail-mb must be a whole number of megabytes from 0 (no limit) to 1048576 (got &apos;%1&apos;).</source>
        <translation>--max-detail-mb must be a whole number of megabytes from 0 (no limit) to 1048576 (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Note: the kernel&apos;s context-switch records were not available (%1); on-CPU slices are estimated.
</source>
        <translation>Note: the kernel&apos;s context-switch records were not available (%1); on-CPU slices are estimated.
</translation>
    </message>
    <message>
        <source>  The program was killed by signal %1 (%2).
</source>
        <translation>  The program was killed by signal %1 (%2).
</translation>
    </message>
    <message>
        <source>  The program exited with status %1.
</source>
        <translation>  The program exited with status %1.
</translation>
    </message>
    <message>
        <source>--schedule and --explore work with the scenarios %1 (not &apos;%2&apos;).</source>
        <translation>--schedule and --explore work with the scenarios %1 (not &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>samtidig-cli: these parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.
</source>
        <translation>samtidig-cli: these parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.
</translation>
    </message>
    <message>
        <source>%1: %2 interleavings explored
</source>
        <translation>%1: %2 interleavings explored
</translation>
    </message>
    <message>
        <source>  %1 x %2 %3, for example %4
</source>
        <translation>  %1 x %2 %3, for example %4
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be stepped: %2</source>
        <extracomment>%1 the scenario id, %2 why (a sentence or two starting in lower case)</extracomment>
        <translation>&apos;%1&apos; cannot be stepped: %2</translation>
    </message>
    <message>
        <source>Deadlock detected after %L1 ms; its waits have timeouts, so the run goes on.
</source>
        <translation>Deadlock detected after %L1 ms; its waits have timeouts, so the run goes on.
</translation>
    </message>
    <message>
        <source>list takes no arguments, only --json and --lang (got &apos;%1&apos;).</source>
        <translation>list takes no arguments, only --json and --lang (got &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>run takes one scenario id (got %1).</source>
        <translation>run takes one scenario id (got %1).</translation>
    </message>
    <message>
        <source>export reads one recording at a time (got %1).</source>
        <translation>export reads one recording at a time (got %1).</translation>
    </message>
    <message>
        <source>Usage:
  samtidig-cli list [--json] [--lang en|da]
  samtidig-cli run ID [--set NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]
                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]
                      [--lossy] [--max-detail-mb N] [--lang en|da] [IMAGE OPTIONS]
                      [--schedule 1,2,1,2] [--explore]
  samtidig-cli record [--cwd DIR] [--env NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]
                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]
                      [--max-detail-mb N] [--no-locks] [--lang en|da] [IMAGE OPTIONS]
                      -- PROGRAM [ARGS...]
  samtidig-cli export RECORDING (.samtidig or Chrome .json) [--trace FILE.json]
                      [--summary FILE.json] [IMAGE OPTIONS] [--lang en|da]
  samtidig-cli --help | --version

Runs one of Samtidig&apos;s concurrency scenarios on real threads and processes, headless, or
records your own program (any Linux program, unmodified, every process and thread it starts),
and writes what the kernel and the workload recorded.

Options:
  --set NAME=VALUE   set a scenario parameter (see &apos;list&apos; for names and ranges)
  --trace FILE       write Chrome Trace Event JSON (opens in Perfetto and chrome://tracing)
  --summary FILE     write the run&apos;s summary as JSON (outcome, times, counters, results)
  --save FILE        save the recording in Samtidig&apos;s own format, to open in the window
  --timeout SECONDS  stop the run after this many seconds, deadlocked or not (run: default 60;
                     record: none, the recording ends when the program&apos;s last process does)
  --max-detail-mb N  keep full detail up to about N MB of trace (default 4096; 0: no limit);
                     after that the tasks, counters and analysis go on and the trace says
                     where detail stopped
  --cwd DIR          record: the working folder the program starts in
  --env NAME=VALUE   record: an environment variable for the program (repeatable)
  --no-locks         record: the kernel&apos;s view of the threads and processes only, without
                     the locks and Python&apos;s GIL (no library is loaded into the program)
  --source SOURCE    where on-CPU slices come from: kernel (context-switch records),
                     estimate (the workload&apos;s own reports), auto (kernel if allowed; default)
  --lossy            drop records instead of stalling a writer whose ring is full (drops are counted)
  --schedule LIST    run: take the run step by step, letting these threads go one operation each
                     (read, write, lock, release ...), in this order; threads are numbered as
                     the scenario numbers them. The rest of the run then continues freely.
                     Works with race, mutex, deadlock, lock-ordering, philosophers and
                     semaphore.
  --explore          run: run every interleaving of the scenario&apos;s threads (small parameter
                     values only) and count the outcomes in the summary&apos;s results.explore
  --lang en|da       language of messages and images

Image options:
  --png FILE, --svg FILE, --pdf FILE   write the timeline as an image
  --width PX, --height PX              image size (default 1920 wide, height to fit)
  --scale N                            PNG pixel scale 1, 2 or 3
  --lanes cores|tasks|both             which lanes to draw (default both)
  --title TEXT                         image title (default: scenario and parameters)
  --charts                             add the charts (outcome, core utilization, lock waits)

Exit status:
  0  the run completed, or list/export succeeded
  2  bad command line or parameter; nothing was started
  3  the run deadlocked (it was detected, and stopped by --timeout)
  4  the run was stopped by --timeout without a deadlock
  5  the runner crashed or could not run the scenario
  6  an output file could not be written, or a recording could not be read
  7  record: the recording is complete, but the program exited with a non-zero status or was
     killed by a signal (the summary&apos;s program.exit_status or program.signal says which);
     a program that exits with 0 gives 0, one that cannot be started gives 2
  8  run: a --schedule step was refused (a thread that is blocked or has finished cannot
     move), or an --explore had too many interleavings or was stopped
</source>
        <translation>Usage:
  samtidig-cli list [--json] [--lang en|da]
  samtidig-cli run ID [--set NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]
                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]
                      [--lossy] [--max-detail-mb N] [--lang en|da] [IMAGE OPTIONS]
                      [--schedule 1,2,1,2] [--explore]
  samtidig-cli record [--cwd DIR] [--env NAME=VALUE]... [--trace FILE.json] [--summary FILE.json]
                      [--save FILE.samtidig] [--timeout SECONDS] [--source auto|kernel|estimate]
                      [--max-detail-mb N] [--no-locks] [--lang en|da] [IMAGE OPTIONS]
                      -- PROGRAM [ARGS...]
  samtidig-cli export RECORDING (.samtidig or Chrome .json) [--trace FILE.json]
                      [--summary FILE.json] [IMAGE OPTIONS] [--lang en|da]
  samtidig-cli --help | --version

Runs one of Samtidig&apos;s concurrency scenarios on real threads and processes, headless, or
records your own program (any Linux program, unmodified, every process and thread it starts),
and writes what the kernel and the workload recorded.

Options:
  --set NAME=VALUE   set a scenario parameter (see &apos;list&apos; for names and ranges)
  --trace FILE       write Chrome Trace Event JSON (opens in Perfetto and chrome://tracing)
  --summary FILE     write the run&apos;s summary as JSON (outcome, times, counters, results)
  --save FILE        save the recording in Samtidig&apos;s own format, to open in the window
  --timeout SECONDS  stop the run after this many seconds, deadlocked or not (run: default 60;
                     record: none, the recording ends when the program&apos;s last process does)
  --max-detail-mb N  keep full detail up to about N MB of trace (default 4096; 0: no limit);
                     after that the tasks, counters and analysis go on and the trace says
                     where detail stopped
  --cwd DIR          record: the working folder the program starts in
  --env NAME=VALUE   record: an environment variable for the program (repeatable)
  --no-locks         record: the kernel&apos;s view of the threads and processes only, without
                     the locks and Python&apos;s GIL (no library is loaded into the program)
  --source SOURCE    where on-CPU slices come from: kernel (context-switch records),
                     estimate (the workload&apos;s own reports), auto (kernel if allowed; default)
  --lossy            drop records instead of stalling a writer whose ring is full (drops are counted)
  --schedule LIST    run: take the run step by step, letting these threads go one operation each
                     (read, write, lock, release ...), in this order; threads are numbered as
                     the scenario numbers them. The rest of the run then continues freely.
                     Works with race, mutex, deadlock, lock-ordering, philosophers and
                     semaphore.
  --explore          run: run every interleaving of the scenario&apos;s threads (small parameter
                     values only) and count the outcomes in the summary&apos;s results.explore
  --lang en|da       language of messages and images

Image options:
  --png FILE, --svg FILE, --pdf FILE   write the timeline as an image
  --width PX, --height PX              image size (default 1920 wide, height to fit)
  --scale N                            PNG pixel scale 1, 2 or 3
  --lanes cores|tasks|both             which lanes to draw (default both)
  --title TEXT                         image title (default: scenario and parameters)
  --charts                             add the charts (outcome, core utilization, lock waits)

Exit status:
  0  the run completed, or list/export succeeded
  2  bad command line or parameter; nothing was started
  3  the run deadlocked (it was detected, and stopped by --timeout)
  4  the run was stopped by --timeout without a deadlock
  5  the runner crashed or could not run the scenario
  6  an output file could not be written, or a recording could not be read
  7  record: the recording is complete, but the program exited with a non-zero status or was
     killed by a signal (the summary&apos;s program.exit_status or program.signal says which);
     a program that exits with 0 gives 0, one that cannot be started gives 2
  8  run: a --schedule step was refused (a thread that is blocked or has finished cannot
     move), or an --explore had too many interleavings or was stopped
</translation>
    </message>
</context>
<context>
    <name>CounterParams</name>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>How many threads increment the counter. The default is one per core, and at least two.</source>
        <translation>How many threads increment the counter. The default is one per core, and at least two.</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Increments per thread</translation>
    </message>
    <message>
        <source>How many times each thread adds one to the shared counter.</source>
        <translation>How many times each thread adds one to the shared counter.</translation>
    </message>
    <message>
        <source>Time between read and write</source>
        <translation>Time between read and write</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Work between increments</source>
        <translation>Work between increments</translation>
    </message>
</context>
<context>
    <name>DeadlockScenario</name>
    <message>
        <source>Deadlock: two threads, two locks</source>
        <translation>Deadlock: two threads, two locks</translation>
    </message>
    <message>
        <source>Thread 1 locks mutex A and then wants mutex B; thread 2 locks B and then wants A. Each thread holds its first lock while it waits for the second, so each waits for the other to release first, and neither ever does: the program is stuck. The two threads are made to take their first lock at the same time, so this happens in every run. Watch the lock waits that never end and the cycle the deadlock detector finds; the run hangs until you stop it. The timeout and lock-ordering scenarios show two ways out.</source>
        <translation>Thread 1 locks mutex A and then wants mutex B; thread 2 locks B and then wants A. Each thread holds its first lock while it waits for the second, so each waits for the other to release first, and neither ever does: the program is stuck. The two threads are made to take their first lock at the same time, so this happens in every run. Watch the lock waits that never end and the cycle the deadlock detector finds; the run hangs until you stop it. The timeout and lock-ordering scenarios show two ways out.</translation>
    </message>
    <message>
        <source>Work before the first lock</source>
        <translation>Work before the first lock</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU work each thread does before it takes its first lock.</source>
        <translation>CPU work each thread does before it takes its first lock.</translation>
    </message>
    <message>
        <source>Work holding the first lock</source>
        <translation>Work holding the first lock</translation>
    </message>
    <message>
        <source>CPU work each thread does while it holds its first lock, before it asks for the second.</source>
        <translation>CPU work each thread does while it holds its first lock, before it asks for the second.</translation>
    </message>
</context>
<context>
    <name>FidelityText</name>
    <message numerus="yes">
        <source>%n record(s) arrived after the picture had passed their time and are drawn later than they happened: the lanes and the analysis around them are not the kernel&apos;s order of events.</source>
        <translation>
            <numerusform>%n record arrived after the picture had passed its time and is drawn later than it happened: the lanes and the analysis around it are not the kernel&apos;s order of events.</numerusform>
            <numerusform>%n records arrived after the picture had passed their time and are drawn later than they happened: the lanes and the analysis around them are not the kernel&apos;s order of events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were dropped: the picture has gaps where they were, and the analysis may miss what happened in them.</source>
        <translation>
            <numerusform>%n record was dropped: the picture has a gap where it was, and the analysis may miss what happened in it.</numerusform>
            <numerusform>%n records were dropped: the picture has gaps where they were, and the analysis may miss what happened in them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved in time</source>
        <translation>
            <numerusform>%n record moved in time</numerusform>
            <numerusform>%n records moved in time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In lossless mode the writers waited %n time(s) for room in a full recording ring, %L1 ms in all: nothing was lost, but the workload ran up to that much slower than it would have without the recording.</source>
        <translation>
            <numerusform>In lossless mode the writers waited %n time for room in a full recording ring, %L1 ms in all: nothing was lost, but the workload ran up to that much slower than it would have without the recording.</numerusform>
            <numerusform>In lossless mode the writers waited %n times for room in a full recording ring, %L1 ms in all: nothing was lost, but the workload ran up to that much slower than it would have without the recording.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writers waited %n time(s) for the recording</source>
        <translation>
            <numerusform>writers waited %n time for the recording</numerusform>
            <numerusform>writers waited %n times for the recording</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source> (the disk is full)</source>
        <translation> (the disk is full)</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No file name was given.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Cannot write &quot;%1&quot;: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>Cannot write &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder &quot;%1&quot;: %2.</source>
        <translation>Cannot create a file in the folder &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the file is not open.</source>
        <translation>Cannot write &quot;%1&quot;: the file is not open.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>Could not write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: %2.</source>
        <translation>Could not replace &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Event %1 has a &quot;pid&quot; or &quot;tid&quot; that is neither a whole number nor a string.</source>
        <translation>Event %1 has a &quot;pid&quot; or &quot;tid&quot; that is neither a whole number nor a string.</translation>
    </message>
    <message>
        <source>Event %1 has no valid &quot;%2&quot; (a time in microseconds).</source>
        <translation>Event %1 has no valid &quot;%2&quot; (a time in microseconds).</translation>
    </message>
    <message>
        <source>The trace has more than %1 threads; Samtidig imports at most %1.</source>
        <translation>The trace has more than %1 threads; Samtidig imports at most %1.</translation>
    </message>
    <message>
        <source>Event %1 (&quot;%2&quot;) has a negative duration.</source>
        <translation>Event %1 (&quot;%2&quot;) has a negative duration.</translation>
    </message>
    <message>
        <source>The trace names CPU %1; Samtidig shows CPUs 0 to %2.</source>
        <translation>The trace names CPU %1; Samtidig shows CPUs 0 to %2.</translation>
    </message>
    <message>
        <source>The thread &quot;%1&quot; claims an impossible Samtidig task (%2).</source>
        <translation>The thread &quot;%1&quot; claims an impossible Samtidig task (%2).</translation>
    </message>
    <message>
        <source>The trace has too many threads.</source>
        <translation>The trace has too many threads.</translation>
    </message>
    <message>
        <source>This JSON file is not a Chrome trace: it has no &quot;traceEvents&quot; list.</source>
        <translation>This JSON file is not a Chrome trace: it has no &quot;traceEvents&quot; list.</translation>
    </message>
    <message>
        <source>This JSON file is not a Chrome trace.</source>
        <translation>This JSON file is not a Chrome trace.</translation>
    </message>
    <message>
        <source>The trace has %1 events; Samtidig imports at most %2.</source>
        <translation>The trace has %1 events; Samtidig imports at most %2.</translation>
    </message>
    <message>
        <source>Event %1 of the trace is not a JSON object.</source>
        <translation>Event %1 of the trace is not a JSON object.</translation>
    </message>
    <message>
        <source>The trace is %1 MB; Samtidig imports Chrome traces of up to %2 MB.</source>
        <translation>The trace is %1 MB; Samtidig imports Chrome traces of up to %2 MB.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 at byte %2.</source>
        <translation>This is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>imported from a Chrome trace</source>
        <translation>imported from a Chrome trace</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Cannot open &quot;%1&quot;: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Cannot open &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>Cannot import &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description is not valid JSON (%1).</source>
        <translation>The recording is damaged: the run description is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description&apos;s field &quot;%1&quot; has the wrong type.</source>
        <translation>The recording is damaged: the run description&apos;s field &quot;%1&quot; has the wrong type.</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description&apos;s cpuCount must be a whole number from 0 to %1.</source>
        <translation>The recording is damaged: the run description&apos;s cpuCount must be a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>The recording names an unknown scheduling source &quot;%1&quot;.</source>
        <translation>The recording names an unknown scheduling source &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The recording names an unknown run outcome &quot;%1&quot;.</source>
        <translation>The recording names an unknown run outcome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not a Samtidig recording (it does not begin with the Samtidig signature).</source>
        <translation>This is not a Samtidig recording (it does not begin with the Samtidig signature).</translation>
    </message>
    <message>
        <source>The file ends after %1 bytes, inside its %2-byte header.</source>
        <translation>The file ends after %1 bytes, inside its %2-byte header.</translation>
    </message>
    <message>
        <source>This recording was written by format version %1; this Samtidig reads versions %2 to %3.</source>
        <translation>This recording was written by format version %1; this Samtidig reads versions %2 to %3.</translation>
    </message>
    <message>
        <source>This recording uses features (flags 0x%1) this Samtidig does not know.</source>
        <translation>This recording uses features (flags 0x%1) this Samtidig does not know.</translation>
    </message>
    <message>
        <source>The file ends after %1 bytes, inside the recording data (its header announces %2 bytes).</source>
        <translation>The file ends after %1 bytes, inside the recording data (its header announces %2 bytes).</translation>
    </message>
    <message>
        <source>The file has %1 unexpected bytes after the end of the recording.</source>
        <translation>The file has %1 unexpected bytes after the end of the recording.</translation>
    </message>
    <message>
        <source>The recording is damaged: its checksum does not match (the file was changed or only partly copied).</source>
        <translation>The recording is damaged: its checksum does not match (the file was changed or only partly copied).</translation>
    </message>
    <message>
        <source>The recording is damaged: its header gives two different sizes.</source>
        <translation>The recording is damaged: its header gives two different sizes.</translation>
    </message>
    <message>
        <source>The recording is damaged: it claims %1 bytes of compressed data in %2 bytes.</source>
        <translation>The recording is damaged: it claims %1 bytes of compressed data in %2 bytes.</translation>
    </message>
    <message>
        <source>The recording is damaged: its compressed data cannot be unpacked.</source>
        <translation>The recording is damaged: its compressed data cannot be unpacked.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recording is damaged: a malformed number at byte %1, inside %2.</source>
        <translation>The recording is damaged: a malformed number at byte %1, inside %2.</translation>
    </message>
    <message>
        <source>The file ends too early: its data stops after %1 bytes, inside %2.</source>
        <translation>The file ends too early: its data stops after %1 bytes, inside %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: its data stops after %1 bytes (uncompressed), inside %2.</source>
        <translation>The recording is damaged: its data stops after %1 bytes (uncompressed), inside %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 claims %2 entries, more than its remaining %3 bytes can hold.</source>
        <translation>The recording is damaged: %1 claims %2 entries, more than its remaining %3 bytes can hold.</translation>
    </message>
    <message>
        <source>%1 has %2 entries; this Samtidig opens at most %3.</source>
        <translation>%1 has %2 entries; this Samtidig opens at most %3.</translation>
    </message>
    <message>
        <source>The recording is damaged: the id %1 in %2 is out of range.</source>
        <translation>The recording is damaged: the id %1 in %2 is out of range.</translation>
    </message>
    <message>
        <source>The recording is damaged: expected %1 at byte %2 but found section %3.</source>
        <translation>The recording is damaged: expected %1 at byte %2 but found section %3.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 claims %2 bytes but only %3 remain.</source>
        <translation>The recording is damaged: %1 claims %2 bytes but only %3 remain.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has %2 unexpected bytes at its end.</source>
        <translation>The recording is damaged: %1 has %2 unexpected bytes at its end.</translation>
    </message>
    <message>
        <source>the run description</source>
        <translation>the run description</translation>
    </message>
    <message>
        <source>the task table</source>
        <translation>the task table</translation>
    </message>
    <message>
        <source>the name table</source>
        <translation>the name table</translation>
    </message>
    <message>
        <source>the task lanes</source>
        <translation>the task lanes</translation>
    </message>
    <message>
        <source>the CPU lanes</source>
        <translation>the CPU lanes</translation>
    </message>
    <message>
        <source>the instant list</source>
        <translation>the instant list</translation>
    </message>
    <message>
        <source>the flow list</source>
        <translation>the flow list</translation>
    </message>
    <message>
        <source>the phase list</source>
        <translation>the phase list</translation>
    </message>
    <message>
        <source>the open spans</source>
        <translation>the open spans</translation>
    </message>
    <message>
        <source>the analysis results</source>
        <translation>the analysis results</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>the recording</translation>
    </message>
    <message>
        <source>The recording is damaged: task ids in the task table are out of order or out of range (entry %1).</source>
        <translation>The recording is damaged: task ids in the task table are out of order or out of range (entry %1).</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has an impossible process or thread id.</source>
        <translation>The recording is damaged: %1 has an impossible process or thread id.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has an unknown kind (%2).</source>
        <translation>The recording is damaged: %1 has an unknown kind (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: name ids are out of order or out of range (entry %1).</source>
        <translation>The recording is damaged: name ids are out of order or out of range (entry %1).</translation>
    </message>
    <message>
        <source>The recording is damaged: name %1 has an unknown kind (%2).</source>
        <translation>The recording is damaged: name %1 has an unknown kind (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 starts beyond the end of time.</source>
        <translation>The recording is damaged: span %1 of %2 starts beyond the end of time.</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has an unknown state (%3).</source>
        <translation>The recording is damaged: span %1 of %2 has an unknown state (%3).</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has a negative duration.</source>
        <translation>The recording is damaged: span %1 of %2 has a negative duration.</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has a negative or impossible duration.</source>
        <translation>The recording is damaged: span %1 of %2 has a negative or impossible duration.</translation>
    </message>
    <message>
        <source>Lane %1 belongs to task %2, beyond the largest task id this Samtidig accepts (%3).</source>
        <translation>Lane %1 belongs to task %2, beyond the largest task id this Samtidig accepts (%3).</translation>
    </message>
    <message>
        <source>The recording is damaged: task %1 has two lanes.</source>
        <translation>The recording is damaged: task %1 has two lanes.</translation>
    </message>
    <message>
        <source>the span table of lane %1</source>
        <translation>the span table of lane %1</translation>
    </message>
    <message>
        <source>The recording is damaged: CPU lane %1 names CPU %2.</source>
        <translation>The recording is damaged: CPU lane %1 names CPU %2.</translation>
    </message>
    <message>
        <source>the span table of CPU %1</source>
        <translation>the span table of CPU %1</translation>
    </message>
    <message>
        <source>The recording is damaged: instant %1 lies beyond the end of time.</source>
        <translation>The recording is damaged: instant %1 lies beyond the end of time.</translation>
    </message>
    <message>
        <source>The recording is damaged: instant %1 has an unknown kind (%2).</source>
        <translation>The recording is damaged: instant %1 has an unknown kind (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: open span %1 has an unknown track or state.</source>
        <translation>The recording is damaged: open span %1 has an unknown track or state.</translation>
    </message>
    <message>
        <source>The recording is damaged: task %1 appears twice in the waits of lock %2.</source>
        <translation>The recording is damaged: task %1 appears twice in the waits of lock %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: lock %1 appears twice in the lock statistics.</source>
        <translation>The recording is damaged: lock %1 appears twice in the lock statistics.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is %2, not a file. Samtidig opens recordings (.samtidig) and Chrome traces (.json) saved as files.</source>
        <translation>Cannot open &quot;%1&quot;: it is %2, not a file. Samtidig opens recordings (.samtidig) and Chrome traces (.json) saved as files.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is empty.</source>
        <translation>Cannot open &quot;%1&quot;: the file is empty.</translation>
    </message>
    <message>
        <source>a Samtidig recording (it would begin with &quot;SAMTIDIG&quot;)</source>
        <translation>a Samtidig recording (it would begin with &quot;SAMTIDIG&quot;)</translation>
    </message>
    <message>
        <source>a Chrome trace (JSON, which would begin with &apos;{&apos; or &apos;[&apos;)</source>
        <translation>a Chrome trace (JSON, which would begin with &apos;{&apos; or &apos;[&apos;)</translation>
    </message>
    <message>
        <source>a Samtidig recording (which begins with &quot;SAMTIDIG&quot;) or a Chrome trace (JSON, which begins with &apos;{&apos; or &apos;[&apos;)</source>
        <translation>a Samtidig recording (which begins with &quot;SAMTIDIG&quot;) or a Chrome trace (JSON, which begins with &apos;{&apos; or &apos;[&apos;)</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is not %2; it begins with %3.</source>
        <translation>Cannot open &quot;%1&quot;: it is not %2; it begins with %3.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: at %2 MB it is larger than the %3 MB Samtidig opens as %4.</source>
        <translation>Cannot open &quot;%1&quot;: at %2 MB it is larger than the %3 MB Samtidig opens as %4.</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>a recording</translation>
    </message>
    <message>
        <source>a Chrome trace</source>
        <translation>a Chrome trace</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it changed while it was read.</source>
        <translation>Cannot read &quot;%1&quot;: it changed while it was read.</translation>
    </message>
    <message>
        <source>the program&apos;s output</source>
        <translation>the program&apos;s output</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has unknown flags 0x%2.</source>
        <translation>The recording is damaged: %1 has unknown flags 0x%2.</translation>
    </message>
</context>
<context>
    <name>KernelSched</name>
    <message>
        <source>unknown</source>
        <comment>perf_event_paranoid level</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>perf_event_open refused (%1): kernel.perf_event_paranoid is %2; run as root or lower it to allow the kernel&apos;s context-switch records (%3: %4)</source>
        <translation>perf_event_open refused (%1): kernel.perf_event_paranoid is %2; run as root or lower it to allow the kernel&apos;s context-switch records (%3: %4)</translation>
    </message>
    <message>
        <source>this kernel does not offer context-switch records (%1 failed with %2: %3)</source>
        <translation>this kernel does not offer context-switch records (%1 failed with %2: %3)</translation>
    </message>
    <message>
        <source>no file descriptors left for the kernel&apos;s switch records (%1 failed with %2: %3)</source>
        <translation>no file descriptors left for the kernel&apos;s switch records (%1 failed with %2: %3)</translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <comment>system call, error name, error text</comment>
        <translation>%1 failed with %2: %3</translation>
    </message>
    <message>
        <source>perf_event_open not attempted: SAMTIDIG_FORCE_NO_PERF=1 is set</source>
        <translation>perf_event_open not attempted: SAMTIDIG_FORCE_NO_PERF=1 is set</translation>
    </message>
    <message>
        <source>perf_event_open: no online CPU accepted the switch event</source>
        <translation>perf_event_open: no online CPU accepted the switch event</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Could not change to the working folder %1: %2</source>
        <translation>Could not change to the working folder %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
</context>
<context>
    <name>LockOrderingScenario</name>
    <message>
        <source>Lock ordering: no deadlock</source>
        <translation>Lock ordering: no deadlock</translation>
    </message>
    <message>
        <source>The two threads and the two locks of the deadlock scenario, with one rule added: every thread takes the locks in the same order, first A and then B. A thread that holds A can then only wait for B, whose holder never waits for A, so the waits can never form a cycle. The threads start at the same moment and one of them waits for A; look at the hand-over when it is released. The run finishes every time, and the lock-order analysis finds no cycle to warn about.</source>
        <translation>The two threads and the two locks of the deadlock scenario, with one rule added: every thread takes the locks in the same order, first A and then B. A thread that holds A can then only wait for B, whose holder never waits for A, so the waits can never form a cycle. The threads start at the same moment and one of them waits for A; look at the hand-over when it is released. The run finishes every time, and the lock-order analysis finds no cycle to warn about.</translation>
    </message>
    <message>
        <source>Rounds per thread</source>
        <translation>Rounds per thread</translation>
    </message>
    <message>
        <source>How many times each thread takes both locks.</source>
        <translation>How many times each thread takes both locks.</translation>
    </message>
    <message>
        <source>Work holding a lock</source>
        <translation>Work holding a lock</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU work a thread does after taking each lock.</source>
        <translation>CPU work a thread does after taking each lock.</translation>
    </message>
    <message>
        <source>Work between rounds</source>
        <translation>Work between rounds</translation>
    </message>
    <message>
        <source>CPU work a thread does between rounds, holding no lock.</source>
        <translation>CPU work a thread does between rounds, holding no lock.</translation>
    </message>
</context>
<context>
    <name>MutexScenario</name>
    <message>
        <source>Mutex: no lost updates</source>
        <translation>Mutex: no lost updates</translation>
    </message>
    <message>
        <source>The same threads and the same shared counter as in the race condition scenario, but now each thread locks a mutex before it reads the counter and releases it after it has written the new value. Only one thread at a time can hold the mutex, so no other thread can write between the read and the write, and no update is lost. The price is waiting: look for the lock waits in the thread lanes, the thread that held the lock meanwhile, and the hand-over when it is released. The results show an exact count together with how often and how long threads waited.</source>
        <translation>The same threads and the same shared counter as in the race condition scenario, but now each thread locks a mutex before it reads the counter and releases it after it has written the new value. Only one thread at a time can hold the mutex, so no other thread can write between the read and the write, and no update is lost. The price is waiting: look for the lock waits in the thread lanes, the thread that held the lock meanwhile, and the hand-over when it is released. The results show an exact count together with how often and how long threads waited.</translation>
    </message>
    <message>
        <source>CPU work a thread does after reading the counter and before writing it back, while it holds the mutex.</source>
        <translation>CPU work a thread does after reading the counter and before writing it back, while it holds the mutex.</translation>
    </message>
    <message>
        <source>CPU work a thread does between two increments, without holding the mutex.</source>
        <translation>CPU work a thread does between two increments, without holding the mutex.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>shared counter</translation>
    </message>
</context>
<context>
    <name>ParallelVsConcurrentScenario</name>
    <message>
        <source>Parallelism versus concurrency</source>
        <translation>Parallelism versus concurrency</translation>
    </message>
    <message>
        <source>The same CPU-bound tasks run twice, one thread each. In the first phase the kernel may spread them over all cores: that is parallelism, and the core lanes are busy at the same time. In the second phase every thread is pinned to one core: that is concurrency, and the single core lane shows short slices of one task after another, while each task lane switches between running and waiting for the core. Only one piece of code runs at any moment, but the switches are so fast that it looks almost parallel. The results compare the two wall times: the speedup is close to the number of cores when there are at least as many tasks as cores.</source>
        <translation>The same CPU-bound tasks run twice, one thread each. In the first phase the kernel may spread them over all cores: that is parallelism, and the core lanes are busy at the same time. In the second phase every thread is pinned to one core: that is concurrency, and the single core lane shows short slices of one task after another, while each task lane switches between running and waiting for the core. Only one piece of code runs at any moment, but the switches are so fast that it looks almost parallel. The results compare the two wall times: the speedup is close to the number of cores when there are at least as many tasks as cores.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>How many CPU-bound threads run in each phase. The default is two per core of this machine.</source>
        <translation>How many CPU-bound threads run in each phase. The default is two per core of this machine.</translation>
    </message>
    <message>
        <source>Work per task</source>
        <translation>Work per task</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each task needs; the same in both phases.</source>
        <translation>CPU time each task needs; the same in both phases.</translation>
    </message>
    <message>
        <source>task %1 (one core)</source>
        <translation>task %1 (one core)</translation>
    </message>
    <message>
        <source>task %1 (all cores)</source>
        <translation>task %1 (all cores)</translation>
    </message>
    <message>
        <source>Parallel: all cores</source>
        <translation>Parallel: all cores</translation>
    </message>
    <message>
        <source>Concurrent: one core</source>
        <translation>Concurrent: one core</translation>
    </message>
    <message>
        <source>Could not read which cores this process may use (sched_getaffinity): %1</source>
        <translation>Could not read which cores this process may use (sched_getaffinity): %1</translation>
    </message>
    <message>
        <source>Could not pin the process to core %1 (sched_setaffinity): %2</source>
        <translation>Could not pin the process to core %1 (sched_setaffinity): %2</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>on or off</source>
        <translation>on or off</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment: write NAME=VALUE, for example threads=4.</source>
        <translation>&apos;%1&apos; is not a parameter assignment: write NAME=VALUE, for example threads=4.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;: this scenario has no parameters.</source>
        <translation>Unknown parameter &apos;%1&apos;: this scenario has no parameters.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;. Allowed: %2.</source>
        <translation>Unknown parameter &apos;%1&apos;. Allowed: %2.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be on or off (1/0, true/false; got &apos;%2&apos;).</source>
        <translation>Parameter &apos;%1&apos; must be on or off (1/0, true/false; got &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be a whole number between %2 and %3 (got &apos;%4&apos;).</source>
        <translation>Parameter &apos;%1&apos; must be a whole number between %2 and %3 (got &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be a number between %2 and %3 (got &apos;%4&apos;).</source>
        <translation>Parameter &apos;%1&apos; must be a number between %2 and %3 (got &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be between %2 and %3 (got %4).</source>
        <translation>Parameter &apos;%1&apos; must be between %2 and %3 (got %4).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; has no value (allowed: %2).</source>
        <translation>Parameter &apos;%1&apos; has no value (allowed: %2).</translation>
    </message>
</context>
<context>
    <name>PhilosophersScenario</name>
    <message>
        <source>Dining philosophers</source>
        <translation>Dining philosophers</translation>
    </message>
    <message>
        <source>Philosophers sit around a table with one fork between each pair of neighbours. To eat, a philosopher locks the fork on the left and then the one on the right; between meals they think. In the first round every philosopher picks up the left fork at the same moment, so each one holds a fork and waits for the right neighbour to release the next one. The waits form a ring and nobody can ever eat: a deadlock with as many threads as philosophers. The detector draws the ring; the run hangs until you stop it.</source>
        <translation>Philosophers sit around a table with one fork between each pair of neighbours. To eat, a philosopher locks the fork on the left and then the one on the right; between meals they think. In the first round every philosopher picks up the left fork at the same moment, so each one holds a fork and waits for the right neighbour to release the next one. The waits form a ring and nobody can ever eat: a deadlock with as many threads as philosophers. The detector draws the ring; the run hangs until you stop it.</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Philosophers</translation>
    </message>
    <message>
        <source>How many philosophers, and so how many forks, sit around the table.</source>
        <translation>How many philosophers, and so how many forks, sit around the table.</translation>
    </message>
    <message>
        <source>Meals per philosopher</source>
        <translation>Meals per philosopher</translation>
    </message>
    <message>
        <source>How many times each philosopher wants to eat.</source>
        <translation>How many times each philosopher wants to eat.</translation>
    </message>
    <message>
        <source>Thinking time</source>
        <translation>Thinking time</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a philosopher sleeps between meals, varied at random by up to half.</source>
        <translation>How long a philosopher sleeps between meals, varied at random by up to half.</translation>
    </message>
    <message>
        <source>Eating time</source>
        <translation>Eating time</translation>
    </message>
    <message>
        <source>CPU work a philosopher does while holding both forks.</source>
        <translation>CPU work a philosopher does while holding both forks.</translation>
    </message>
    <message>
        <source>Force the deadlock</source>
        <translation>Force the deadlock</translation>
    </message>
    <message>
        <source>Everybody takes the left fork at the same moment in the first round, so the deadlock happens in every run. Turn it off to let the timing decide.</source>
        <translation>Everybody takes the left fork at the same moment in the first round, so the deadlock happens in every run. Turn it off to let the timing decide.</translation>
    </message>
</context>
<context>
    <name>ProcessesScenario</name>
    <message>
        <source>Processes on several cores</source>
        <translation>Processes on several cores</translation>
    </message>
    <message>
        <source>The runner forks several processes that each do the same CPU-bound work. Look at the core lanes: with more than one core, the processes run at the same time on different cores. Each process increments a global counter, but processes do not share memory: after fork every child has its own copy, so each child counts only its own increments and the parent&apos;s copy stays at 0. Compare with the threads scenario, where all threads share one counter.</source>
        <translation>The runner forks several processes that each do the same CPU-bound work. Look at the core lanes: with more than one core, the processes run at the same time on different cores. Each process increments a global counter, but processes do not share memory: after fork every child has its own copy, so each child counts only its own increments and the parent&apos;s copy stays at 0. Compare with the threads scenario, where all threads share one counter.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>How many child processes to fork. The default is one per core of this machine.</source>
        <translation>How many child processes to fork. The default is one per core of this machine.</translation>
    </message>
    <message>
        <source>Work per process</source>
        <translation>Work per process</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each process spends working.</source>
        <translation>CPU time each process spends working.</translation>
    </message>
    <message>
        <source>Increments per process</source>
        <translation>Increments per process</translation>
    </message>
    <message>
        <source>How many times each process increments its counter.</source>
        <translation>How many times each process increments its counter.</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>Could not map the page the children report their counters through (mmap: %1).</source>
        <translation>Could not map the page the children report their counters through (mmap: %1).</translation>
    </message>
</context>
<context>
    <name>ProducerConsumerScenario</name>
    <message>
        <source>Producers and consumers: a bounded buffer</source>
        <translation>Producers and consumers: a bounded buffer</translation>
    </message>
    <message>
        <source>Producer threads make items and put them into a buffer with room for only a few; consumer threads take them out and process them. A mutex protects the buffer, and two condition variables let a thread wait without using the CPU: a producer waits until the buffer is not full, a consumer until it is not empty. In the first half of the run the producers are faster, so the buffer fills up and the producer lanes show waits for the condition &quot;not full&quot;. Halfway through, the producers slow down, and now the consumers wait for &quot;not empty&quot;. After a wait a thread must also get the mutex back, which is why a short lock wait can follow the condition wait.</source>
        <translation>Producer threads make items and put them into a buffer with room for only a few; consumer threads take them out and process them. A mutex protects the buffer, and two condition variables let a thread wait without using the CPU: a producer waits until the buffer is not full, a consumer until it is not empty. In the first half of the run the producers are faster, so the buffer fills up and the producer lanes show waits for the condition &quot;not full&quot;. Halfway through, the producers slow down, and now the consumers wait for &quot;not empty&quot;. After a wait a thread must also get the mutex back, which is why a short lock wait can follow the condition wait.</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>How many threads make items.</source>
        <translation>How many threads make items.</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumers</translation>
    </message>
    <message>
        <source>How many threads take items out of the buffer.</source>
        <translation>How many threads take items out of the buffer.</translation>
    </message>
    <message>
        <source>Buffer capacity</source>
        <translation>Buffer capacity</translation>
    </message>
    <message>
        <source>How many items fit in the buffer at once.</source>
        <translation>How many items fit in the buffer at once.</translation>
    </message>
    <message>
        <source>Items per producer</source>
        <translation>Items per producer</translation>
    </message>
    <message>
        <source>How many items each producer makes.</source>
        <translation>How many items each producer makes.</translation>
    </message>
    <message>
        <source>Time to make an item</source>
        <translation>Time to make an item</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a producer needs per item in the first half; in the second half it needs four times as long.</source>
        <translation>CPU time a producer needs per item in the first half; in the second half it needs four times as long.</translation>
    </message>
    <message>
        <source>Time to process an item</source>
        <translation>Time to process an item</translation>
    </message>
    <message>
        <source>CPU time a consumer needs per item.</source>
        <translation>CPU time a consumer needs per item.</translation>
    </message>
    <message>
        <source>buffer lock</source>
        <translation>buffer lock</translation>
    </message>
    <message>
        <source>not full</source>
        <translation>not full</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>not empty</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message>
        <source>No program was given: name a program to record, e.g. python3 or ./my-program.</source>
        <translation>No program was given: name a program to record, e.g. python3 or ./my-program.</translation>
    </message>
    <message>
        <source>The working folder &apos;%1&apos; does not exist.</source>
        <translation>The working folder &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>The environment variable &apos;%1&apos; must be written NAME=VALUE.</source>
        <translation>The environment variable &apos;%1&apos; must be written NAME=VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a program.</source>
        <translation>&apos;%1&apos; is a folder, not a program.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not executable (chmod +x %1 makes it so, or run it with its interpreter, e.g. python3 %1).</source>
        <translation>&apos;%1&apos; is not executable (chmod +x %1 makes it so, or run it with its interpreter, e.g. python3 %1).</translation>
    </message>
    <message>
        <source>The program &apos;%1&apos; does not exist.</source>
        <translation>The program &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>The program &apos;%1&apos; was not found in any folder of PATH.</source>
        <translation>The program &apos;%1&apos; was not found in any folder of PATH.</translation>
    </message>
</context>
<context>
    <name>ProgramExamples</name>
    <message>
        <source>Python threads doing CPU work</source>
        <translation>Python threads doing CPU work</translation>
    </message>
    <message>
        <source>The threads take turns (the GIL): at most one core counts at a time.</source>
        <translation>The threads take turns (the GIL): at most one core counts at a time.</translation>
    </message>
    <message>
        <source>Python processes doing CPU work</source>
        <translation>Python processes doing CPU work</translation>
    </message>
    <message>
        <source>The same work with multiprocessing: each process has its own GIL, all cores count at once.</source>
        <translation>The same work with multiprocessing: each process has its own GIL, all cores count at once.</translation>
    </message>
    <message>
        <source>Python threads waiting on I/O</source>
        <translation>Python threads waiting on I/O</translation>
    </message>
    <message>
        <source>Threads that sleep let go of the GIL: four waits of a second overlap and take about one.</source>
        <translation>Threads that sleep let go of the GIL: four waits of a second overlap and take about one.</translation>
    </message>
    <message>
        <source>asyncio: many waits in one thread</source>
        <translation>asyncio: many waits in one thread</translation>
    </message>
    <message>
        <source>Coroutines wait at the same time in a single thread: concurrency without parallelism.</source>
        <translation>Coroutines wait at the same time in a single thread: concurrency without parallelism.</translation>
    </message>
    <message>
        <source>C threads on all cores</source>
        <translation>C threads on all cores</translation>
    </message>
    <message>
        <source>One POSIX thread per core, no GIL: every core is busy at once. Compiled with cc when picked.</source>
        <translation>One POSIX thread per core, no GIL: every core is busy at once. Compiled with cc when picked.</translation>
    </message>
    <message>
        <source>C deadlock: two mutexes</source>
        <translation>C deadlock: two mutexes</translation>
    </message>
    <message>
        <source>Two threads take two mutexes in opposite orders and wait for each other for ever: a deadlock, found while the program hangs. Press Stop to end it. Compiled with cc when picked.</source>
        <translation>Two threads take two mutexes in opposite orders and wait for each other for ever: a deadlock, found while the program hangs. Press Stop to end it. Compiled with cc when picked.</translation>
    </message>
</context>
<context>
    <name>RaceScenario</name>
    <message>
        <source>Race condition: lost updates</source>
        <translation>Race condition: lost updates</translation>
    </message>
    <message>
        <source>Several threads add one to the same shared counter, many times each. Every increment is two steps: the thread reads the counter, works a little, and then writes back the value it read plus one. When another thread writes the counter between those two steps, that write is overwritten and its update is lost: whoever writes last wins. The marked writes in the chart are the lost ones, each linked to the write that overwrote it. The results compare the expected total with the actual one; the mutex scenario shows the fix.</source>
        <translation>Several threads add one to the same shared counter, many times each. Every increment is two steps: the thread reads the counter, works a little, and then writes back the value it read plus one. When another thread writes the counter between those two steps, that write is overwritten and its update is lost: whoever writes last wins. The marked writes in the chart are the lost ones, each linked to the write that overwrote it. The results compare the expected total with the actual one; the mutex scenario shows the fix.</translation>
    </message>
    <message>
        <source>CPU work a thread does after reading the counter and before writing it back. A wider window loses more updates.</source>
        <translation>CPU work a thread does after reading the counter and before writing it back. A wider window loses more updates.</translation>
    </message>
    <message>
        <source>CPU work a thread does between two increments, outside the read and write.</source>
        <translation>CPU work a thread does between two increments, outside the read and write.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>shared counter</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <source>Lock acquisitions</source>
        <translation>Lock acquisitions</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>Async time (ms)</source>
        <translation>Async time (ms)</translation>
    </message>
    <message>
        <source>Async time / blocking time</source>
        <translation>Async time / blocking time</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Blocking time (ms)</source>
        <translation>Blocking time (ms)</translation>
    </message>
    <message>
        <source>Buffer capacity</source>
        <translation>Buffer capacity</translation>
    </message>
    <message>
        <source>Every item taken exactly once</source>
        <translation>Every item taken exactly once</translation>
    </message>
    <message>
        <source>Each child&apos;s counter</source>
        <translation>Each child&apos;s counter</translation>
    </message>
    <message>
        <source>Child exit status</source>
        <translation>Child exit status</translation>
    </message>
    <message>
        <source>Child started</source>
        <translation>Child started</translation>
    </message>
    <message>
        <source>Child killed by signal</source>
        <translation>Child killed by signal</translation>
    </message>
    <message>
        <source>Child task</source>
        <translation>Child task</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Condition waits</source>
        <translation>Condition waits</translation>
    </message>
    <message>
        <source>Consumer waits</source>
        <translation>Consumer waits</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumers</translation>
    </message>
    <message>
        <source>Cores used (one core)</source>
        <translation>Cores used (one core)</translation>
    </message>
    <message>
        <source>Cores used (parallel)</source>
        <translation>Cores used (parallel)</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>Coroutines</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Exclusion violations</source>
        <translation>Exclusion violations</translation>
    </message>
    <message>
        <source>Exit statuses</source>
        <translation>Exit statuses</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Expected value</translation>
    </message>
    <message>
        <source>Expected per child</source>
        <translation>Expected per child</translation>
    </message>
    <message>
        <source>Expected suspensions</source>
        <translation>Expected suspensions</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Increments per thread</translation>
    </message>
    <message>
        <source>Items consumed</source>
        <translation>Items consumed</translation>
    </message>
    <message>
        <source>Items expected</source>
        <translation>Items expected</translation>
    </message>
    <message>
        <source>Items produced</source>
        <translation>Items produced</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Lock waits</translation>
    </message>
    <message>
        <source>Event loop idle (ms)</source>
        <translation>Event loop idle (ms)</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Lost updates</translation>
    </message>
    <message>
        <source>Most holders at once</source>
        <translation>Most holders at once</translation>
    </message>
    <message>
        <source>Most readers at once</source>
        <translation>Most readers at once</translation>
    </message>
    <message>
        <source>Fullest buffer</source>
        <translation>Fullest buffer</translation>
    </message>
    <message>
        <source>Longest wait (ns)</source>
        <translation>Longest wait (ns)</translation>
    </message>
    <message>
        <source>Meals eaten</source>
        <translation>Meals eaten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Parent&apos;s counter</source>
        <translation>Parent&apos;s counter</translation>
    </message>
    <message>
        <source>Per thread</source>
        <translation>Per thread</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Philosophers</translation>
    </message>
    <message>
        <source>Pinned core</source>
        <translation>Pinned core</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Producer waits</source>
        <translation>Producer waits</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producers</translation>
    </message>
    <message>
        <source>Reader waits</source>
        <translation>Reader waits</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Rounds completed</source>
        <translation>Rounds completed</translation>
    </message>
    <message>
        <source>Seen by each thread</source>
        <translation>Seen by each thread</translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation>Shared counter</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>CPU time per thread (ns)</source>
        <translation>CPU time per thread (ns)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Threads used</source>
        <translation>Threads used</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Torn reads</source>
        <translation>Torn reads</translation>
    </message>
    <message>
        <source>Total wait (ms)</source>
        <translation>Total wait (ms)</translation>
    </message>
    <message>
        <source>Total wait (ns)</source>
        <translation>Total wait (ns)</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Waits</translation>
    </message>
    <message>
        <source>Wall time on one core (ms)</source>
        <translation>Wall time on one core (ms)</translation>
    </message>
    <message>
        <source>Wall time in parallel (ms)</source>
        <translation>Wall time in parallel (ms)</translation>
    </message>
    <message>
        <source>Work (ms)</source>
        <translation>Work (ms)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Writer wait (ms)</source>
        <translation>Writer wait (ms)</translation>
    </message>
    <message>
        <source>Writer waits</source>
        <translation>Writer waits</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Writers</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Writes</translation>
    </message>
    <message>
        <source>Cores each child ran on</source>
        <translation>Cores each child ran on</translation>
    </message>
    <message>
        <source>Lock order seen</source>
        <translation>Lock order seen</translation>
    </message>
    <message>
        <source>Cycles in the lock order</source>
        <translation>Cycles in the lock order</translation>
    </message>
    <message>
        <source>Most philosophers eating at once</source>
        <translation>Most philosophers eating at once</translation>
    </message>
    <message>
        <source>Neighbours eating at the same time</source>
        <translation>Neighbours eating at the same time</translation>
    </message>
    <message>
        <source>Timeouts that broke a deadlock</source>
        <translation>Timeouts that broke a deadlock</translation>
    </message>
    <message>
        <source>Deadlocks formed</source>
        <translation>Deadlocks formed</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Could not start the process %1 (fork): %2</source>
        <translation>Could not start the process %1 (fork): %2</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>A run is already in progress; stop it first.</source>
        <translation>A run is already in progress; stop it first.</translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Unknown scenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>estimate chosen by the user</source>
        <translation>estimate chosen by the user</translation>
    </message>
    <message>
        <source>The kernel&apos;s context-switch records are not available: %1</source>
        <translation>The kernel&apos;s context-switch records are not available: %1</translation>
    </message>
    <message>
        <source>The runner stopped before the run began (%1).</source>
        <translation>The runner stopped before the run began (%1).</translation>
    </message>
    <message>
        <source>The runner did not start within 10 seconds.</source>
        <translation>The runner did not start within 10 seconds.</translation>
    </message>
    <message>
        <source>The runner %1.</source>
        <translation>The runner %1.</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; cannot be taken step by step; these can: %2.</source>
        <translation>The scenario &apos;%1&apos; cannot be taken step by step; these can: %2.</translation>
    </message>
</context>
<context>
    <name>RunTimeLimit</name>
    <message>
        <source>With %1, a run would take about %2 s on this machine when it is idle (cores: %3); the limit is %4 s. Lower one of these values.</source>
        <translation>With %1, a run would take about %2 s on this machine when it is idle (cores: %3); the limit is %4 s. Lower one of these values.</translation>
    </message>
</context>
<context>
    <name>RunnerHost</name>
    <message>
        <source>Could not create the shared memory for the run: %1</source>
        <translation>Could not create the shared memory for the run: %1</translation>
    </message>
    <message>
        <source>Could not make a pipe for the program&apos;s output: %1</source>
        <translation>Could not make a pipe for the program&apos;s output: %1</translation>
    </message>
</context>
<context>
    <name>RunnerProcess</name>
    <message>
        <source>Could not start the runner %1: %2</source>
        <translation>Could not start the runner %1: %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>killed by signal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <source>Processes of run %1 were still alive after %2 ms</source>
        <translation>Processes of run %1 were still alive after %2 ms</translation>
    </message>
</context>
<context>
    <name>RunnerResults</name>
    <message>
        <source>The scenario&apos;s results are larger than %1 KiB.</source>
        <translation>The scenario&apos;s results are larger than %1 KiB.</translation>
    </message>
    <message>
        <source>The runner&apos;s results are damaged: their size is given as %1 bytes, but the results block holds at most %2.</source>
        <translation>The runner&apos;s results are damaged: their size is given as %1 bytes, but the results block holds at most %2.</translation>
    </message>
    <message>
        <source>The runner&apos;s results are damaged: they are not a JSON object (%1).</source>
        <translation>The runner&apos;s results are damaged: they are not a JSON object (%1).</translation>
    </message>
</context>
<context>
    <name>RwLockScenario</name>
    <message>
        <source>Reader-writer lock</source>
        <translation>Reader-writer lock</translation>
    </message>
    <message>
        <source>Several reader threads and a writer share a table protected by a reader-writer lock. Readers only look at the table, so they may hold the lock at the same time: in the lock rows of the reader lanes, the held spans overlap. A writer changes the table, so it must hold the lock alone: while it writes, no reader is inside, and it has to wait until every reader has left. On Linux the standard library lets new readers in even while a writer waits, so with many busy readers a writer can wait for a long time. The results count the most readers inside at once and check that no reader ever saw a half-written table.</source>
        <translation>Several reader threads and a writer share a table protected by a reader-writer lock. Readers only look at the table, so they may hold the lock at the same time: in the lock rows of the reader lanes, the held spans overlap. A writer changes the table, so it must hold the lock alone: while it writes, no reader is inside, and it has to wait until every reader has left. On Linux the standard library lets new readers in even while a writer waits, so with many busy readers a writer can wait for a long time. The results count the most readers inside at once and check that no reader ever saw a half-written table.</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>How many threads read the table.</source>
        <translation>How many threads read the table.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Writers</translation>
    </message>
    <message>
        <source>How many threads change the table.</source>
        <translation>How many threads change the table.</translation>
    </message>
    <message>
        <source>Reads per reader</source>
        <translation>Reads per reader</translation>
    </message>
    <message>
        <source>How many times each reader reads the table.</source>
        <translation>How many times each reader reads the table.</translation>
    </message>
    <message>
        <source>Writes per writer</source>
        <translation>Writes per writer</translation>
    </message>
    <message>
        <source>How many times each writer changes the table.</source>
        <translation>How many times each writer changes the table.</translation>
    </message>
    <message>
        <source>Time to read</source>
        <translation>Time to read</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a reader spends inside the lock per read.</source>
        <translation>CPU time a reader spends inside the lock per read.</translation>
    </message>
    <message>
        <source>Time to write</source>
        <translation>Time to write</translation>
    </message>
    <message>
        <source>CPU time a writer spends inside the lock per write.</source>
        <translation>CPU time a writer spends inside the lock per write.</translation>
    </message>
</context>
<context>
    <name>ScheduleExplorer</name>
    <message>
        <source>These parameters have more than %1 interleavings, too many to explore; try fewer threads or steps.</source>
        <translation>These parameters have more than %1 interleavings, too many to explore; try fewer threads or steps.</translation>
    </message>
    <message>
        <source>The exploration was stopped after %1 schedules.</source>
        <translation>The exploration was stopped after %1 schedules.</translation>
    </message>
    <message>
        <source>The schedule %1 did not complete: %2</source>
        <translation>The schedule %1 did not complete: %2</translation>
    </message>
</context>
<context>
    <name>SchedulingSourceText</name>
    <message>
        <source>kernel</source>
        <comment>scheduling source</comment>
        <translation>kernel</translation>
    </message>
    <message>
        <source>cores from the kernel&apos;s context switches</source>
        <translation>cores from the kernel&apos;s context switches</translation>
    </message>
    <message>
        <source>Cores: kernel context switches</source>
        <translation>Cores: kernel context switches</translation>
    </message>
    <message>
        <source>Which core ran which task comes from the kernel&apos;s own context-switch records.</source>
        <translation>Which core ran which task comes from the kernel&apos;s own context-switch records.</translation>
    </message>
    <message>
        <source>estimated</source>
        <comment>scheduling source</comment>
        <translation>estimated</translation>
    </message>
    <message>
        <source>cores estimated from work chunks</source>
        <translation>cores estimated from work chunks</translation>
    </message>
    <message>
        <source>Cores: estimated from work chunks</source>
        <translation>Cores: estimated from work chunks</translation>
    </message>
    <message>
        <source>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on.</source>
        <translation>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on.</translation>
    </message>
    <message>
        <source>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on. Why not the kernel&apos;s context-switch records: %1.</source>
        <translation>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on. Why not the kernel&apos;s context-switch records: %1.</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>scheduling source</comment>
        <translation>imported</translation>
    </message>
    <message>
        <source>imported from a Chrome trace</source>
        <translation>imported from a Chrome trace</translation>
    </message>
    <message>
        <source>Imported from a Chrome trace</source>
        <translation>Imported from a Chrome trace</translation>
    </message>
    <message>
        <source>This trace was imported from a Chrome trace that another program recorded: its slices are shown as that program wrote them, and Samtidig does not know how it measured them or how many CPUs the machine had.</source>
        <translation>This trace was imported from a Chrome trace that another program recorded: its slices are shown as that program wrote them, and Samtidig does not know how it measured them or how many CPUs the machine had.</translation>
    </message>
</context>
<context>
    <name>SemaphoreScenario</name>
    <message>
        <source>Semaphore: at most K at a time</source>
        <translation>Semaphore: at most K at a time</translation>
    </message>
    <message>
        <source>A semaphore is a counter of permits: a thread takes a permit before it uses a shared resource and gives it back afterwards, and when no permit is left it waits. Here several workers want to use a pool that only K of them may use at the same time, like a limited number of database connections. In the chart, at most K worker lanes hold the semaphore at any moment and the others wait for it; each time one worker gives its permit back, a waiting worker gets it. A mutex is the special case K = 1. The results show the most holders seen at once, which is never more than K.</source>
        <translation>A semaphore is a counter of permits: a thread takes a permit before it uses a shared resource and gives it back afterwards, and when no permit is left it waits. Here several workers want to use a pool that only K of them may use at the same time, like a limited number of database connections. In the chart, at most K worker lanes hold the semaphore at any moment and the others wait for it; each time one worker gives its permit back, a waiting worker gets it. A mutex is the special case K = 1. The results show the most holders seen at once, which is never more than K.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>How many threads want to use the pool.</source>
        <translation>How many threads want to use the pool.</translation>
    </message>
    <message>
        <source>Permits (K)</source>
        <translation>Permits (K)</translation>
    </message>
    <message>
        <source>How many workers may use the pool at the same time.</source>
        <translation>How many workers may use the pool at the same time.</translation>
    </message>
    <message>
        <source>Uses per worker</source>
        <translation>Uses per worker</translation>
    </message>
    <message>
        <source>How many times each worker uses the pool.</source>
        <translation>How many times each worker uses the pool.</translation>
    </message>
    <message>
        <source>Time per use</source>
        <translation>Time per use</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a worker spends while it holds a permit.</source>
        <translation>CPU time a worker spends while it holds a permit.</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>The arguments have a %1 that is never closed.</source>
        <translation>The arguments have a %1 that is never closed.</translation>
    </message>
</context>
<context>
    <name>SpinScenario</name>
    <message>
        <source>CPU-bound threads</source>
        <translation>CPU-bound threads</translation>
    </message>
    <message>
        <source>Several threads that only compute. Unpinned, the kernel spreads them over the cores and the core lanes are full. Pinned to one core, they must share it: the core lane shows their slices one after another, and each thread&apos;s lane alternates between running and runnable (ready, but waiting for the core). Each thread&apos;s measured CPU time is in the results, so you can check the slices against it.</source>
        <translation>Several threads that only compute. Unpinned, the kernel spreads them over the cores and the core lanes are full. Pinned to one core, they must share it: the core lane shows their slices one after another, and each thread&apos;s lane alternates between running and runnable (ready, but waiting for the core). Each thread&apos;s measured CPU time is in the results, so you can check the slices against it.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>How many CPU-bound threads to start.</source>
        <translation>How many CPU-bound threads to start.</translation>
    </message>
    <message>
        <source>Work per thread</source>
        <translation>Work per thread</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each thread spends working.</source>
        <translation>CPU time each thread spends working.</translation>
    </message>
    <message>
        <source>Pin to core</source>
        <translation>Pin to core</translation>
    </message>
    <message>
        <source>Run every thread on this core only; -1 lets the kernel choose.</source>
        <translation>Run every thread on this core only; -1 lets the kernel choose.</translation>
    </message>
    <message>
        <source>Pin to core (pin_cpu) is %1, but this machine has only cores 0 to %2.</source>
        <translation>Pin to core (pin_cpu) is %1, but this machine has only cores 0 to %2.</translation>
    </message>
</context>
<context>
    <name>StepDriver</name>
    <message>
        <source>Step %1 of the schedule names thread %2, but this run has threads 1 to %3.</source>
        <translation>Step %1 of the schedule names thread %2, but this run has threads 1 to %3.</translation>
    </message>
    <message>
        <source>Step %1 of the schedule cannot be taken: thread %2 cannot move, it waits for &apos;%3&apos;, which another thread holds.</source>
        <translation>Step %1 of the schedule cannot be taken: thread %2 cannot move, it waits for &apos;%3&apos;, which another thread holds.</translation>
    </message>
    <message>
        <source>Step %1 of the schedule cannot be taken: thread %2 has finished.</source>
        <translation>Step %1 of the schedule cannot be taken: thread %2 has finished.</translation>
    </message>
    <message>
        <source>--schedule must be thread numbers separated by commas, such as 1,2,1,2; each between 1 and %1 (got &apos;%2&apos;).</source>
        <translation>--schedule must be thread numbers separated by commas, such as 1,2,1,2; each between 1 and %1 (got &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>read %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>write %1</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>lock %1</translation>
    </message>
    <message>
        <source>try to lock %1</source>
        <translation>try to lock %1</translation>
    </message>
    <message>
        <source>try to lock %1 for a while</source>
        <translation>try to lock %1 for a while</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>release %1</translation>
    </message>
    <message>
        <source>lock %1 for reading</source>
        <translation>lock %1 for reading</translation>
    </message>
    <message>
        <source>release %1 after reading</source>
        <translation>release %1 after reading</translation>
    </message>
    <message>
        <source>wait for %1</source>
        <translation>wait for %1</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>notify %1</translation>
    </message>
    <message>
        <source>acquire %1</source>
        <translation>acquire %1</translation>
    </message>
    <message>
        <source>thread %1 will %2</source>
        <translation>thread %1 will %2</translation>
    </message>
    <message>
        <source>thread %1 waits for %2</source>
        <translation>thread %1 waits for %2</translation>
    </message>
    <message>
        <source>thread %1 has finished</source>
        <translation>thread %1 has finished</translation>
    </message>
    <message>
        <source>thread %1 is running</source>
        <translation>thread %1 is running</translation>
    </message>
    <message>
        <source>The threads are still moving; wait for them to stop at their next step.</source>
        <translation>The threads are still moving; wait for them to stop at their next step.</translation>
    </message>
    <message>
        <source>There is no thread %1; this run has threads 1 to %2.</source>
        <translation>There is no thread %1; this run has threads 1 to %2.</translation>
    </message>
    <message>
        <source>Thread %1 cannot move: it waits for &apos;%2&apos;, which another thread holds.</source>
        <translation>Thread %1 cannot move: it waits for &apos;%2&apos;, which another thread holds.</translation>
    </message>
    <message>
        <source>Thread %1 cannot move: it has finished.</source>
        <translation>Thread %1 cannot move: it has finished.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Processes and threads</source>
        <translation>Processes and threads</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Parallelism and concurrency</source>
        <translation>Parallelism and concurrency</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>ThreadsScenario</name>
    <message>
        <source>Threads sharing memory</source>
        <translation>Threads sharing memory</translation>
    </message>
    <message>
        <source>One process starts several threads; the main thread works too and has its own lane. All of them belong to the same process, run in parallel on the cores and share its memory. Each thread adds to one shared counter (an atomic increment, so no update is lost), and at the end every thread sees the same total. Compare with the processes scenario, where every process has its own copy, and with the race condition scenario, where the increments are not atomic.</source>
        <translation>One process starts several threads; the main thread works too and has its own lane. All of them belong to the same process, run in parallel on the cores and share its memory. Each thread adds to one shared counter (an atomic increment, so no update is lost), and at the end every thread sees the same total. Compare with the processes scenario, where every process has its own copy, and with the race condition scenario, where the increments are not atomic.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>How many threads to start besides the main thread. The default is one per core.</source>
        <translation>How many threads to start besides the main thread. The default is one per core.</translation>
    </message>
    <message>
        <source>Work per thread</source>
        <translation>Work per thread</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each thread spends working.</source>
        <translation>CPU time each thread spends working.</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Increments per thread</translation>
    </message>
    <message>
        <source>How many times each thread adds one to the shared counter.</source>
        <translation>How many times each thread adds one to the shared counter.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>shared counter</translation>
    </message>
</context>
<context>
    <name>TimeoutScenario</name>
    <message>
        <source>Timeouts: breaking the deadlock</source>
        <translation>Timeouts: breaking the deadlock</translation>
    </message>
    <message>
        <source>Rounds per thread</source>
        <translation>Rounds per thread</translation>
    </message>
    <message>
        <source>How many times each thread must get both locks before it is done.</source>
        <translation>How many times each thread must get both locks before it is done.</translation>
    </message>
    <message>
        <source>Lock timeout</source>
        <translation>Lock timeout</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a thread waits for a lock before it gives up.</source>
        <translation>How long a thread waits for a lock before it gives up.</translation>
    </message>
    <message>
        <source>Longest back-off</source>
        <translation>Longest back-off</translation>
    </message>
    <message>
        <source>After a timeout a thread sleeps for a random time of up to this long before it tries again.</source>
        <translation>After a timeout a thread sleeps for a random time of up to this long before it tries again.</translation>
    </message>
    <message>
        <source>Work holding a lock</source>
        <translation>Work holding a lock</translation>
    </message>
    <message>
        <source>CPU work a thread does after taking each lock.</source>
        <translation>CPU work a thread does after taking each lock.</translation>
    </message>
    <message>
        <source>Work between rounds</source>
        <translation>Work between rounds</translation>
    </message>
    <message>
        <source>CPU work a thread does before each attempt, holding no lock.</source>
        <translation>CPU work a thread does before each attempt, holding no lock.</translation>
    </message>
    <message>
        <source>The same two threads and locks as in the deadlock scenario: thread 1 wants A and then B, thread 2 wants B and then A, and in the first round both take their first lock at the same time. This time a thread waits for a lock only for a limited time. When the time is up, it gives up, releases the lock it holds, since it is probably the one the other thread is waiting for, waits a random while and tries again. Thread 2 also lets thread 1 finish its round before it tries again, so a retry cannot run into the same deadlock however long the locks are held. Look for the timed-out lock attempts, the back-off sleeps and the retries that succeed: the run finishes. The lock order is still unsafe, so the analysis warns about it.</source>
        <translation>The same two threads and locks as in the deadlock scenario: thread 1 wants A and then B, thread 2 wants B and then A, and in the first round both take their first lock at the same time. This time a thread waits for a lock only for a limited time. When the time is up, it gives up, releases the lock it holds, since it is probably the one the other thread is waiting for, waits a random while and tries again. Thread 2 also lets thread 1 finish its round before it tries again, so a retry cannot run into the same deadlock however long the locks are held. Look for the timed-out lock attempts, the back-off sleeps and the retries that succeed: the run finishes. The lock order is still unsafe, so the analysis warns about it.</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>task %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>thread %1</translation>
    </message>
</context>
<context>
    <name>samtidig::CommandLine</name>
    <message>
        <source>Samtidig runs real threads, processes, locks and coroutines and draws what every core and every task does, live.</source>
        <translation>Samtidig runs real threads, processes, locks and coroutines and draws what every core and every task does, live.</translation>
    </message>
    <message>
        <source>Start with scenario &lt;id&gt; selected (one of: %1).</source>
        <translation>Start with scenario &lt;id&gt; selected (one of: %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Set a parameter of the scenario, for example threads=4. May be repeated.</source>
        <translation>Set a parameter of the scenario, for example threads=4. May be repeated.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>Start running the scenario at once.</source>
        <translation>Start running the scenario at once.</translation>
    </message>
    <message>
        <source>Language of the window: da (Danish) or en (English).</source>
        <translation>Language of the window: da (Danish) or en (English).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>%1
Run &apos;samtidig --help&apos; to see the options.</source>
        <translation>%1
Run &apos;samtidig --help&apos; to see the options.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use da (Danish) or en (English).</source>
        <translation>Unknown language &apos;%1&apos;: use da (Danish) or en (English).</translation>
    </message>
    <message>
        <source>--set needs --scenario: parameters belong to one scenario.</source>
        <translation>--set needs --scenario: parameters belong to one scenario.</translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;. Known scenarios: %2.</source>
        <translation>Unknown scenario &apos;%1&apos;. Known scenarios: %2.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: there is no such file.</source>
        <translation>Cannot open &apos;%1&apos;: there is no such file.</translation>
    </message>
    <message>
        <source>--run starts a new run, which would replace the file &apos;%1&apos;: open a file or run a scenario, not both.</source>
        <translation>--run starts a new run, which would replace the file &apos;%1&apos;: open a file or run a scenario, not both.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: it is a folder; give a recording (.samtidig) or a Chrome trace (.json).</source>
        <translation>Cannot open &apos;%1&apos;: it is a folder; give a recording (.samtidig) or a Chrome trace (.json).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: you have no permission to read it.</source>
        <translation>Cannot open &apos;%1&apos;: you have no permission to read it.</translation>
    </message>
    <message>
        <source>Print how long it took from the start of the process to the window&apos;s first painted frame, then quit.</source>
        <translation>Print how long it took from the start of the process to the window&apos;s first painted frame, then quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A recording (.samtidig) or Chrome trace (.json) to open.</source>
        <translation>A recording (.samtidig) or Chrome trace (.json) to open.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>Only one file can be opened at a time (got %1: %2). Run &apos;samtidig --help&apos; to see the options.</source>
        <translation>Only one file can be opened at a time (got %1: %2). Run &apos;samtidig --help&apos; to see the options.</translation>
    </message>
    <message>
        <source>--set is for Samtidig&apos;s scenarios; --scenario program opens the form for your own program, which has no parameters.</source>
        <translation>--set is for Samtidig&apos;s scenarios; --scenario program opens the form for your own program, which has no parameters.</translation>
    </message>
</context>
<context>
    <name>samtidig::ExploreDialog</name>
    <message numerus="yes">
        <source>Exploring every interleaving of %1: %n run so far…</source>
        <translation>
            <numerusform>Exploring every interleaving of %1: %n run so far…</numerusform>
            <numerusform>Exploring every interleaving of %1: %n run so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interleaving(s) of %1: %2. Click a bar to take its example schedule step by step.</source>
        <translation>
            <numerusform>%n interleaving of %1: %2. Click a bar to take its example schedule step by step.</numerusform>
            <numerusform>%n interleavings of %1: %2. Click a bar to take its example schedule step by step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explore Every Interleaving</source>
        <translation>Explore Every Interleaving</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>samtidig::ExploreJob</name>
    <message>
        <source>An exploration is already running.</source>
        <translation>An exploration is already running.</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; cannot be taken step by step, so its interleavings cannot be explored.</source>
        <translation>The scenario &apos;%1&apos; cannot be taken step by step, so its interleavings cannot be explored.</translation>
    </message>
    <message>
        <source>These parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.</source>
        <translation>These parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.</translation>
    </message>
</context>
<context>
    <name>samtidig::ExportDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <translation>Export Timeline Image</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Time range:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Custom size (px):</source>
        <translation>Custom size (px):</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG vector drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>CPU cores and tasks</source>
        <translation>CPU cores and tasks</translation>
    </message>
    <message>
        <source>CPU cores only</source>
        <translation>CPU cores only</translation>
    </message>
    <message>
        <source>Tasks only</source>
        <translation>Tasks only</translation>
    </message>
    <message>
        <source>The visible window</source>
        <translation>The visible window</translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation>The whole run</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>16:9 slide (1920 × 1080)</translation>
    </message>
    <message>
        <source>Custom pixels</source>
        <translation>Custom pixels</translation>
    </message>
    <message>
        <source>1× (normal)</source>
        <translation>1× (normal)</translation>
    </message>
    <message>
        <source>2× (sharp on high-resolution screens)</source>
        <translation>2× (sharp on high-resolution screens)</translation>
    </message>
    <message>
        <source>3× (for printing)</source>
        <translation>3× (for printing)</translation>
    </message>
    <message>
        <source>Light, for printing</source>
        <translation>Light, for printing</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>As on screen</translation>
    </message>
    <message>
        <source>fit lanes</source>
        <translation>fit lanes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>A drawing of %1 × %2 pixels; text stays text.</source>
        <translation>A drawing of %1 × %2 pixels; text stays text.</translation>
    </message>
    <message>
        <source>One A4 landscape page.</source>
        <translation>One A4 landscape page.</translation>
    </message>
    <message>
        <source>One page of %1 × %2 mm.</source>
        <translation>One page of %1 × %2 mm.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Charts:</translation>
    </message>
    <message>
        <source>Add the charts under the lanes</source>
        <translation>Add the charts under the lanes</translation>
    </message>
    <message>
        <source>The scenario&apos;s outcome, the cores&apos; utilization and the lock waits, as in the window&apos;s chart panel.</source>
        <translation>The scenario&apos;s outcome, the cores&apos; utilization and the lock waits, as in the window&apos;s chart panel.</translation>
    </message>
    <message>
        <source>This run has nothing to chart.</source>
        <translation>This run has nothing to chart.</translation>
    </message>
    <message>
        <source>4:3 slide (1440 × 1080)</source>
        <translation>4:3 slide (1440 × 1080)</translation>
    </message>
</context>
<context>
    <name>samtidig::FirstFrameReport</name>
    <message>
        <source>samtidig: first frame painted %1 ms after the process started (CLOCK_MONOTONIC %2 ns)
</source>
        <translation>samtidig: first frame painted %1 ms after the process started (CLOCK_MONOTONIC %2 ns)
</translation>
    </message>
    <message>
        <source>samtidig: first frame painted; the process start time could not be read (CLOCK_MONOTONIC %1 ns)
</source>
        <translation>samtidig: first frame painted; the process start time could not be read (CLOCK_MONOTONIC %1 ns)
</translation>
    </message>
</context>
<context>
    <name>samtidig::ImageExport</name>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Imported trace</source>
        <translation>Imported trace</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>parameter name and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scenario name and its parameters</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between parameters</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Exported from Samtidig %1 · CPUs: %2 · %3</source>
        <comment>caption under the title</comment>
        <translation>Exported from Samtidig %1 · CPUs: %2 · %3</translation>
    </message>
    <message>
        <source>Could not render the image for &apos;%1&apos;.</source>
        <translation>Could not render the image for &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Your program: %1</source>
        <translation>Your program: %1</translation>
    </message>
    <message>
        <source>Exported from Samtidig %1 · %2</source>
        <comment>caption under the title: date, source</comment>
        <translation>Exported from Samtidig %1 · %2</translation>
    </message>
</context>
<context>
    <name>samtidig::MainWindow</name>
    <message>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Unknown scenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Samtidig: threads, processes and locks, live</source>
        <translation>Samtidig: threads, processes and locks, live</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sprog / Language</source>
        <translation>&amp;Sprog / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Run controls</translation>
    </message>
    <message>
        <source>Run the selected scenario with these parameters (F5)</source>
        <translation>Run the selected scenario with these parameters (F5)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Let the stopped processes and threads go on (F6)</source>
        <translation>Let the stopped processes and threads go on (F6)</translation>
    </message>
    <message>
        <source>Stop every process and thread of the run where it is (F6)</source>
        <translation>Stop every process and thread of the run where it is (F6)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>End the run now, even in a deadlock; no process is left behind (Shift+F5)</source>
        <translation>End the run now, even in a deadlock; no process is left behind (Shift+F5)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Run &amp;Again</translation>
    </message>
    <message>
        <source>Run the last scenario again with the same parameters (Ctrl+R)</source>
        <translation>Run the last scenario again with the same parameters (Ctrl+R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>Show the whole run (Ctrl+0)</source>
        <translation>Show the whole run (Ctrl+0)</translation>
    </message>
    <message>
        <source>Return to &amp;Live</source>
        <translation>Return to &amp;Live</translation>
    </message>
    <message>
        <source>Follow the newest events again (Ctrl+L)</source>
        <translation>Follow the newest events again (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Lanes</translation>
    </message>
    <message>
        <source>Cores &amp;and Tasks</source>
        <translation>Cores &amp;and Tasks</translation>
    </message>
    <message>
        <source>&amp;Cores Only</source>
        <translation>&amp;Cores Only</translation>
    </message>
    <message>
        <source>&amp;Tasks Only</source>
        <translation>&amp;Tasks Only</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Explanation and Findings</source>
        <translation>&amp;Explanation and Findings</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Tool Bar</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters to Defaults</source>
        <translation>Reset &amp;Parameters to Defaults</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Samtidig</source>
        <translation>&amp;About Samtidig</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Samtidig</source>
        <translation>About Samtidig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samtidig %1&lt;/h3&gt;&lt;p&gt;Samtidig (Danish for “at the same time”) runs real threads, processes, locks and coroutines and draws, live, what every core and every task does: parallel work, interleaving on one core, lock waits, race conditions and deadlocks.&lt;/p&gt;&lt;p&gt;Every picture is what this machine actually did, recorded while it happened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samtidig %1&lt;/h3&gt;&lt;p&gt;Samtidig (Danish for “at the same time”) runs real threads, processes, locks and coroutines and draws, live, what every core and every task does: parallel work, interleaving on one core, lock waits, race conditions and deadlocks.&lt;/p&gt;&lt;p&gt;Every picture is what this machine actually did, recorded while it happened.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</source>
        <translation>Running: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</translation>
    </message>
    <message>
        <source>Last run: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</source>
        <translation>Last run: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Your own program</translation>
    </message>
    <message>
        <source>your program %1</source>
        <translation>your program %1</translation>
    </message>
    <message>
        <source>&amp;Mouse and Keys</source>
        <translation>&amp;Mouse and Keys</translation>
    </message>
    <message>
        <source>Mouse and Keys</source>
        <translation>Mouse and Keys</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The timeline&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wheel&lt;/b&gt;: zoom in or out where the mouse is; &lt;b&gt;Shift+wheel&lt;/b&gt;: scroll the lanes up and down; a sideways wheel or &lt;b&gt;drag&lt;/b&gt;: move along the time axis.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Click&lt;/b&gt; a span or a mark: its details appear on the right, under “Selected in the timeline”; &lt;b&gt;Esc&lt;/b&gt; clears it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F&lt;/b&gt; or &lt;b&gt;Ctrl+0&lt;/b&gt;: show the whole run (zoom to fit); &lt;b&gt;L&lt;/b&gt; or &lt;b&gt;Ctrl+L&lt;/b&gt;: follow the newest events again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl++&lt;/b&gt; and &lt;b&gt;Ctrl+−&lt;/b&gt;: zoom in and out.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Running&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: run the selected scenario; &lt;b&gt;F6&lt;/b&gt;: pause or resume; &lt;b&gt;Shift+F5&lt;/b&gt;: stop; &lt;b&gt;Ctrl+R&lt;/b&gt;: run the last scenario again.&lt;/li&gt;&lt;li&gt;In the scenario list, the &lt;b&gt;arrow keys&lt;/b&gt; choose a scenario and &lt;b&gt;Enter&lt;/b&gt; runs it. What each scenario shows, and what to look for, is on the right when it is selected.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;The timeline&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wheel&lt;/b&gt;: zoom in or out where the mouse is; &lt;b&gt;Shift+wheel&lt;/b&gt;: scroll the lanes up and down; a sideways wheel or &lt;b&gt;drag&lt;/b&gt;: move along the time axis.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Click&lt;/b&gt; a span or a mark: its details appear on the right, under “Selected in the timeline”; &lt;b&gt;Esc&lt;/b&gt; clears it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F&lt;/b&gt; or &lt;b&gt;Ctrl+0&lt;/b&gt;: show the whole run (zoom to fit); &lt;b&gt;L&lt;/b&gt; or &lt;b&gt;Ctrl+L&lt;/b&gt;: follow the newest events again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl++&lt;/b&gt; and &lt;b&gt;Ctrl+−&lt;/b&gt;: zoom in and out.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Running&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: run the selected scenario; &lt;b&gt;F6&lt;/b&gt;: pause or resume; &lt;b&gt;Shift+F5&lt;/b&gt;: stop; &lt;b&gt;Ctrl+R&lt;/b&gt;: run the last scenario again.&lt;/li&gt;&lt;li&gt;In the scenario list, the &lt;b&gt;arrow keys&lt;/b&gt; choose a scenario and &lt;b&gt;Enter&lt;/b&gt; runs it. What each scenario shows, and what to look for, is on the right when it is selected.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Scenarios and Parameters</source>
        <translation>&amp;Scenarios and Parameters</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentation Mode</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector (F11 or Ctrl+Shift+P)</source>
        <translation>Full screen with larger text, for a projector (F11 or Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Step by Step</source>
        <translation>Step by Step</translation>
    </message>
    <message>
        <source>S&amp;tep by Step</source>
        <translation>S&amp;tep by Step</translation>
    </message>
    <message>
        <source>Run the selected scenario one operation at a time: you choose which thread goes next (F7). For %1.</source>
        <translation>Run the selected scenario one operation at a time: you choose which thread goes next (F7). For %1.</translation>
    </message>
    <message>
        <source>Re&amp;play Schedule</source>
        <translation>Re&amp;play Schedule</translation>
    </message>
    <message>
        <source>Run the shown run&apos;s scenario again, taking the same steps in the same order, then go on by hand</source>
        <translation>Run the shown run&apos;s scenario again, taking the same steps in the same order, then go on by hand</translation>
    </message>
    <message>
        <source>&amp;Step by Step Panel</source>
        <translation>&amp;Step by Step Panel</translation>
    </message>
    <message>
        <source>E&amp;xplore Every Interleaving</source>
        <translation>E&amp;xplore Every Interleaving</translation>
    </message>
    <message>
        <source>Run every order of the selected scenario&apos;s steps, each on real threads, and count the outcomes (small parameter values only)</source>
        <translation>Run every order of the selected scenario&apos;s steps, each on real threads, and count the outcomes (small parameter values only)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Step by step&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F7&lt;/b&gt;: take the selected scenario step by step; &lt;b&gt;Shift+F7&lt;/b&gt;: explore every interleaving.&lt;/li&gt;&lt;li&gt;In a stepped run, &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; let that thread take its next step.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Step by step&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F7&lt;/b&gt;: take the selected scenario step by step; &lt;b&gt;Shift+F7&lt;/b&gt;: explore every interleaving.&lt;/li&gt;&lt;li&gt;In a stepped run, &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; let that thread take its next step.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Ctrl+Shift+P&lt;/b&gt;: presentation mode, for a projector: full screen, with larger text on the lanes, the explanation, the findings and the charts; on a small screen the charts fold away to give the lanes room (View → Charts brings them back). The same keys end it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F9&lt;/b&gt;: fold the scenarios and parameters away, or bring them back; &lt;b&gt;Shift+F9&lt;/b&gt;: the same for the explanation and findings. The window remembers which are folded.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;The window&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Ctrl+Shift+P&lt;/b&gt;: presentation mode, for a projector: full screen, with larger text on the lanes, the explanation, the findings and the charts; on a small screen the charts fold away to give the lanes room (View → Charts brings them back). The same keys end it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F9&lt;/b&gt;: fold the scenarios and parameters away, or bring them back; &lt;b&gt;Shift+F9&lt;/b&gt;: the same for the explanation and findings. The window remembers which are folded.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Run the last scenario again step by step with the same parameters, from the first step (Ctrl+R)</source>
        <translation>Run the last scenario again step by step with the same parameters, from the first step (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scheduling on this machine: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scheduling on this machine: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>samtidig::ParameterForm</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Allowed: %2. Default: %3. On the command line: &lt;code&gt;--set %4=VALUE&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Allowed: %2. Default: %3. On the command line: &lt;code&gt;--set %4=VALUE&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>This scenario has no parameters.</source>
        <translation>This scenario has no parameters.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>Set every parameter back to the value the scenario suggests.</source>
        <translation>Set every parameter back to the value the scenario suggests.</translation>
    </message>
    <message>
        <source>&lt;b&gt;About %1 s on this machine (cores: %2): longer than the limit of %3 s.&lt;/b&gt; Run refuses these values; lower one of them.</source>
        <translation>&lt;b&gt;About %1 s on this machine (cores: %2): longer than the limit of %3 s.&lt;/b&gt; Run refuses these values; lower one of them.</translation>
    </message>
    <message>
        <source>About %1 s on this machine (cores: %2); a run may take at most %3 s.</source>
        <translation>About %1 s on this machine (cores: %2); a run may take at most %3 s.</translation>
    </message>
    <message>
        <source>Hangs on purpose: after about %1 s (cores: %2) the deadlock can happen, and then the run waits until you press Stop.</source>
        <translation>Hangs on purpose: after about %1 s (cores: %2) the deadlock can happen, and then the run waits until you press Stop.</translation>
    </message>
    <message>
        <source>The machine is busy now (load %1 a core): the run may take up to about %1 times as long.</source>
        <translation>The machine is busy now (load %1 a core): the run may take up to about %1 times as long.</translation>
    </message>
</context>
<context>
    <name>samtidig::ParseOptions</name>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2.</source>
        <translation>unknown option &apos;%1&apos; for %2.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 takes no value (got &apos;%2&apos;).</source>
        <translation>%1 takes no value (got &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>samtidig::ProgramOutputPane</name>
    <message>
        <source>Output of “%1”: the program wrote more than %2 MiB; only the first %2 MiB is shown.</source>
        <translation>Output of “%1”: the program wrote more than %2 MiB; only the first %2 MiB is shown.</translation>
    </message>
    <message>
        <source>Output of “%1” (standard output and error; the first %2 MiB is kept)</source>
        <translation>Output of “%1” (standard output and error; the first %2 MiB is kept)</translation>
    </message>
</context>
<context>
    <name>samtidig::ProgramPanel</name>
    <message>
        <source>The example programs were not found: they are installed in share/samtidig/examples beside Samtidig, or set SAMTIDIG_EXAMPLES_DIR to their folder.</source>
        <translation>The example programs were not found: they are installed in share/samtidig/examples beside Samtidig, or set SAMTIDIG_EXAMPLES_DIR to their folder.</translation>
    </message>
    <message>
        <source>The example &apos;%1&apos; is not in %2.</source>
        <translation>The example &apos;%1&apos; is not in %2.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to compile &apos;%1&apos; in: %2.</source>
        <translation>No temporary folder could be made to compile &apos;%1&apos; in: %2.</translation>
    </message>
    <message>
        <source>Compiling %1 with cc…</source>
        <translation>Compiling %1 with cc…</translation>
    </message>
    <message>
        <source>cc could not compile %1 (exit status %2): %3</source>
        <translation>cc could not compile %1 (exit status %2): %3</translation>
    </message>
    <message>
        <source>The C compiler &apos;cc&apos; could not be started (%1), so %2 cannot be built. Install it with: sudo apt install gcc libc6-dev</source>
        <translation>The C compiler &apos;cc&apos; could not be started (%1), so %2 cannot be built. Install it with: sudo apt install gcc libc6-dev</translation>
    </message>
    <message>
        <source>Choose a program to record</source>
        <translation>Choose a program to record</translation>
    </message>
    <message>
        <source>Choose the folder the program starts in</source>
        <translation>Choose the folder the program starts in</translation>
    </message>
    <message>
        <source>Record any program: every thread and process it starts appears on the lanes, from the kernel&apos;s own records. Press Run to start it.</source>
        <translation>Record any program: every thread and process it starts appears on the lanes, from the kernel&apos;s own records. Press Run to start it.</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>e.g. python3 or ./my-program</source>
        <translation>e.g. python3 or ./my-program</translation>
    </message>
    <message>
        <source>A path, or a name looked up in PATH</source>
        <translation>A path, or a name looked up in PATH</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>e.g. my_script.py 4</source>
        <translation>e.g. my_script.py 4</translation>
    </message>
    <message>
        <source>Split into words as a shell would; quote a word that holds spaces</source>
        <translation>Split into words as a shell would; quote a word that holds spaces</translation>
    </message>
    <message>
        <source>Working folder:</source>
        <translation>Working folder:</translation>
    </message>
    <message>
        <source>Samtidig&apos;s own</source>
        <translation>Samtidig&apos;s own</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line</source>
        <translation>NAME=VALUE, one per line</translation>
    </message>
    <message>
        <source>Added to the environment Samtidig was started with (or replacing a variable of the same name)</source>
        <translation>Added to the environment Samtidig was started with (or replacing a variable of the same name)</translation>
    </message>
    <message>
        <source>Examples to start from</source>
        <translation>Examples to start from</translation>
    </message>
    <message>
        <source>Recent programs</source>
        <translation>Recent programs</translation>
    </message>
    <message>
        <source>Record locks and the GIL</source>
        <translation>Record locks and the GIL</translation>
    </message>
    <message>
        <source>Loads a small library into the program that records its lock waits, their holders and Python&apos;s GIL. Off: only the kernel&apos;s view of its threads and processes, which costs the program the least.</source>
        <translation>Loads a small library into the program that records its lock waits, their holders and Python&apos;s GIL. Off: only the kernel&apos;s view of its threads and processes, which costs the program the least.</translation>
    </message>
</context>
<context>
    <name>samtidig::QtChartsPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Core utilization</source>
        <translation>Core utilization</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Lock waits</translation>
    </message>
    <message>
        <source>What the scenario measured, and what it means.</source>
        <translation>What the scenario measured, and what it means.</translation>
    </message>
    <message>
        <source>How busy each core was over the run.</source>
        <translation>How busy each core was over the run.</translation>
    </message>
    <message>
        <source>How long tasks waited for locks, per task and per lock.</source>
        <translation>How long tasks waited for locks, per task and per lock.</translation>
    </message>
</context>
<context>
    <name>samtidig::RecordedNames</name>
    <message>
        <source>thread %1</source>
        <translation>thread %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>fork %1</source>
        <translation>fork %1</translation>
    </message>
    <message>
        <source>philosopher %1</source>
        <translation>philosopher %1</translation>
    </message>
    <message>
        <source>writer %1</source>
        <translation>writer %1</translation>
    </message>
    <message>
        <source>reader %1</source>
        <translation>reader %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>coroutine %1</source>
        <translation>coroutine %1</translation>
    </message>
    <message>
        <source>producer %1</source>
        <translation>producer %1</translation>
    </message>
    <message>
        <source>consumer %1</source>
        <translation>consumer %1</translation>
    </message>
    <message>
        <source>counter lock</source>
        <translation>counter lock</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>mutex at %1</source>
        <translation>mutex at %1</translation>
    </message>
    <message>
        <source>rwlock at %1</source>
        <translation>rwlock at %1</translation>
    </message>
    <message>
        <source>semaphore at %1</source>
        <translation>semaphore at %1</translation>
    </message>
    <message>
        <source>condition at %1</source>
        <translation>condition at %1</translation>
    </message>
</context>
<context>
    <name>samtidig::RecordingActions</name>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>&amp;Open Recording…</translation>
    </message>
    <message>
        <source>Open a saved Samtidig recording or a Chrome trace JSON file.</source>
        <translation>Open a saved Samtidig recording or a Chrome trace JSON file.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save Recording…</source>
        <translation>&amp;Save Recording…</translation>
    </message>
    <message>
        <source>Save the finished run with its tasks, events and analysis.</source>
        <translation>Save the finished run with its tasks, events and analysis.</translation>
    </message>
    <message>
        <source>Export &amp;Chrome Trace (JSON)…</source>
        <translation>Export &amp;Chrome Trace (JSON)…</translation>
    </message>
    <message>
        <source>Write the run for Perfetto or chrome://tracing.</source>
        <translation>Write the run for Perfetto or chrome://tracing.</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>&amp;Export Image…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF for notes and slides.</source>
        <translation>Save the timeline as PNG, SVG or PDF for notes and slides.</translation>
    </message>
    <message>
        <source>Cop&amp;y Image</source>
        <translation>Cop&amp;y Image</translation>
    </message>
    <message>
        <source>Copy the visible part of the timeline as a picture.</source>
        <translation>Copy the visible part of the timeline as a picture.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Open Recording</translation>
    </message>
    <message>
        <source>Recordings (*.samtidig *.json);;Samtidig recordings (*.samtidig);;Chrome trace JSON (*.json)</source>
        <translation>Recordings (*.samtidig *.json);;Samtidig recordings (*.samtidig);;Chrome trace JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation>There is no finished run to save.</translation>
    </message>
    <message>
        <source>There is no finished run to export.</source>
        <translation>There is no finished run to export.</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Save Recording</translation>
    </message>
    <message>
        <source>Samtidig recordings (*.samtidig)</source>
        <translation>Samtidig recordings (*.samtidig)</translation>
    </message>
    <message>
        <source>Export Chrome Trace</source>
        <translation>Export Chrome Trace</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome trace JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the recording to %1.</source>
        <translation>Saved the recording to %1.</translation>
    </message>
    <message>
        <source>Wrote the Chrome trace to %1.</source>
        <translation>Wrote the Chrome trace to %1.</translation>
    </message>
    <message>
        <source>Exported the timeline to %1.</source>
        <translation>Exported the timeline to %1.</translation>
    </message>
    <message>
        <source>Copied the timeline to the clipboard as a picture.</source>
        <translation>Copied the timeline to the clipboard as a picture.</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <comment>number, file name, when it was saved</comment>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>samtidig::RunTexts</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Crashed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>The run is in progress.</source>
        <translation>The run is in progress.</translation>
    </message>
    <message>
        <source>The run completed in %1.</source>
        <translation>The run completed in %1.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 while it hung in a deadlock.</source>
        <translation>The run was stopped after %1 while it hung in a deadlock.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 because it took too long.</source>
        <translation>The run was stopped after %1 because it took too long.</translation>
    </message>
    <message>
        <source>The run crashed after %1.</source>
        <translation>The run crashed after %1.</translation>
    </message>
    <message>
        <source>The run crashed after %1: %2</source>
        <translation>The run crashed after %1: %2</translation>
    </message>
    <message>
        <source>You stopped the run after %1.</source>
        <translation>You stopped the run after %1.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>The run failed.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>The run failed: %1</translation>
    </message>
    <message>
        <source>Deadlock: %1. Each task waits for a lock that the next one holds, so none of them can go on; unless a timeout breaks the cycle, the run hangs until you press Stop.</source>
        <translation>Deadlock: %1. Each task waits for a lock that the next one holds, so none of them can go on; unless a timeout breaks the cycle, the run hangs until you press Stop.</translation>
    </message>
</context>
<context>
    <name>samtidig::ScenarioBrowser</name>
    <message>
        <source>%1 (hangs on purpose: press Stop to end it). On the command line: --scenario %2</source>
        <translation>%1 (hangs on purpose: press Stop to end it). On the command line: --scenario %2</translation>
    </message>
    <message>
        <source>%1. On the command line: --scenario %2</source>
        <translation>%1. On the command line: --scenario %2</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Your own program</translation>
    </message>
    <message>
        <source>Record any program: its threads and processes on the lanes. On the command line: samtidig-cli record -- PROGRAM [ARGS]</source>
        <translation>Record any program: its threads and processes on the lanes. On the command line: samtidig-cli record -- PROGRAM [ARGS]</translation>
    </message>
</context>
<context>
    <name>samtidig::ScenarioInfoPanel</name>
    <message>
        <source>No scenario selected</source>
        <translation>No scenario selected</translation>
    </message>
    <message>
        <source>Choose a scenario on the left to read what it shows, then press Run to watch it happen on the real cores of this machine.</source>
        <translation>Choose a scenario on the left to read what it shows, then press Run to watch it happen on the real cores of this machine.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Selected in the timeline</source>
        <translation>Selected in the timeline</translation>
    </message>
    <message>
        <source>Potential deadlock: %1. Taking locks in opposite orders can hang another run.</source>
        <translation>Potential deadlock: %1. Taking locks in opposite orders can hang another run.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lost update(s)&lt;/b&gt; on shared variables:</source>
        <translation>
            <numerusform>&lt;b&gt;%n lost update&lt;/b&gt; on shared variables:</numerusform>
            <numerusform>&lt;b&gt;%n lost updates&lt;/b&gt; on shared variables:</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks used: %1. Acquisitions that had to wait: %2. Timeouts: %3.</source>
        <translation>Locks used: %1. Acquisitions that had to wait: %2. Timeouts: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) waiting for a lock right now.</source>
        <translation>
            <numerusform>%n task waiting for a lock right now.</numerusform>
            <numerusform>%n tasks waiting for a lock right now.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %1 %2%</source>
        <translation>CPU %1 %2%</translation>
    </message>
    <message>
        <source>%1 during “%2”</source>
        <translation>%1 during “%2”</translation>
    </message>
    <message>
        <source>Other programs used the cores too: %1.</source>
        <translation>Other programs used the cores too: %1.</translation>
    </message>
    <message>
        <source>Other programs used the cores too: %1 of the run.</source>
        <translation>Other programs used the cores too: %1 of the run.</translation>
    </message>
    <message>
        <source>Your tasks had to wait for a CPU meanwhile, so they took longer than on an idle machine.</source>
        <translation>Your tasks had to wait for a CPU meanwhile, so they took longer than on an idle machine.</translation>
    </message>
    <message>
        <source>Your tasks still found a free CPU whenever they were ready to run.</source>
        <translation>Your tasks still found a free CPU whenever they were ready to run.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Running: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Last run: %1</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Your own program</translation>
    </message>
    <message>
        <source>Any Linux program, unmodified: Samtidig starts it, and the kernel&apos;s context-switch records show every thread and process it creates on the cores, from its first instruction. Pick an example or name a program on the left, then press Run.</source>
        <translation>Any Linux program, unmodified: Samtidig starts it, and the kernel&apos;s context-switch records show every thread and process it creates on the cores, from its first instruction. Pick an example or name a program on the left, then press Run.</translation>
    </message>
    <message>
        <source>Locks used: %1. Times a task had to wait for a lock: %2, of which %3 not ended. Timeouts: %4.</source>
        <translation>Locks used: %1. Times a task had to wait for a lock: %2, of which %3 not ended. Timeouts: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) never got the lock they waited for: the run ended while they waited.</source>
        <translation>
            <numerusform>%n task never got the lock it waited for: the run ended while it waited.</numerusform>
            <numerusform>%n tasks never got the lock they waited for: the run ended while they waited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Lost updates %1–%2 of %3.</source>
        <translation>Lost updates %1–%2 of %3.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Command: %1</translation>
    </message>
</context>
<context>
    <name>samtidig::StatusPanel</name>
    <message>
        <source>Elapsed: %1</source>
        <translation>Elapsed: %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>Records the workload has written and the window has read.</source>
        <translation>Records the workload has written and the window has read.</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Dropped: %1</translation>
    </message>
    <message>
        <source>Some records were lost because a recording ring was full; the picture has gaps where they were.</source>
        <translation>Some records were lost because a recording ring was full; the picture has gaps where they were.</translation>
    </message>
    <message>
        <source>No record was lost.</source>
        <translation>No record was lost.</translation>
    </message>
    <message>
        <source>Scheduling: %1</source>
        <translation>Scheduling: %1</translation>
    </message>
    <message>
        <source>Scheduling: not known yet</source>
        <translation>Scheduling: not known yet</translation>
    </message>
    <message>
        <source>Which core ran which task comes from the kernel when it allows it, otherwise it is estimated.</source>
        <translation>Which core ran which task comes from the kernel when it allows it, otherwise it is estimated.</translation>
    </message>
    <message>
        <source>Events: %1 (detail capped at %2)</source>
        <translation>Events: %1 (detail capped at %2)</translation>
    </message>
    <message>
        <source>The trace reached its memory limit: from there on the lanes show no detail, while the counters and the analysis still cover the whole run.</source>
        <translation>The trace reached its memory limit: from there on the lanes show no detail, while the counters and the analysis still cover the whole run.</translation>
    </message>
    <message>
        <source>Deadlock detected</source>
        <translation>Deadlock detected</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>The run failed</translation>
    </message>
    <message>
        <source>Elapsed: %1 (paused %2)</source>
        <translation>Elapsed: %1 (paused %2)</translation>
    </message>
    <message>
        <source>Wall-clock time since the workload started, as on the timeline&apos;s axis. Time the run stood paused counts, and the timeline marks it as paused.</source>
        <translation>Wall-clock time since the workload started, as on the timeline&apos;s axis. Time the run stood paused counts, and the timeline marks it as paused.</translation>
    </message>
    <message>
        <source>The program cannot be started</source>
        <translation>The program cannot be started</translation>
    </message>
</context>
<context>
    <name>samtidig::StepChallengeBar</name>
    <message>
        <source>Met! %1</source>
        <translation>Met! %1</translation>
    </message>
    <message>
        <source>Not met this time: try another order (F7).</source>
        <translation>Not met this time: try another order (F7).</translation>
    </message>
    <message>
        <source>Challenge:</source>
        <translation>Challenge:</translation>
    </message>
    <message>
        <source>Show a Solution</source>
        <translation>Show a Solution</translation>
    </message>
    <message>
        <source>Run the challenge&apos;s parameters and take one order of steps that meets it</source>
        <translation>Run the challenge&apos;s parameters and take one order of steps that meets it</translation>
    </message>
</context>
<context>
    <name>samtidig::StepChallenges</name>
    <message>
        <source>Make the counter end at 1 with 2 threads that add 1 each.</source>
        <translation>Make the counter end at 1 with 2 threads that add 1 each.</translation>
    </message>
    <message>
        <source>Both threads read the counter before either wrote it, so the second write overwrote the first.</source>
        <translation>Both threads read the counter before either wrote it, so the second write overwrote the first.</translation>
    </message>
    <message>
        <source>With 3 threads that add 1 each, lose two updates: make the counter end at 1.</source>
        <translation>With 3 threads that add 1 each, lose two updates: make the counter end at 1.</translation>
    </message>
    <message>
        <source>All three read 0 before any of them wrote: every write after the first overwrote one.</source>
        <translation>All three read 0 before any of them wrote: every write after the first overwrote one.</translation>
    </message>
    <message>
        <source>Try to lose an update with the mutex: let thread 2 ask for the lock while thread 1 holds it. Why can&apos;t you?</source>
        <translation>Try to lose an update with the mutex: let thread 2 ask for the lock while thread 1 holds it. Why can&apos;t you?</translation>
    </message>
    <message>
        <source>Thread 2 had to wait for the lock, so it read the counter only after thread 1 had written it: no update is lost.</source>
        <translation>Thread 2 had to wait for the lock, so it read the counter only after thread 1 had written it: no update is lost.</translation>
    </message>
    <message>
        <source>Make the two threads deadlock.</source>
        <translation>Make the two threads deadlock.</translation>
    </message>
    <message>
        <source>Each thread holds one lock and waits for the other&apos;s: neither can ever go on.</source>
        <translation>Each thread holds one lock and waits for the other&apos;s: neither can ever go on.</translation>
    </message>
    <message>
        <source>Let both threads finish: find an order without a deadlock.</source>
        <translation>Let both threads finish: find an order without a deadlock.</translation>
    </message>
    <message>
        <source>One thread took both locks and gave them back before the other took its first.</source>
        <translation>One thread took both locks and gave them back before the other took its first.</translation>
    </message>
    <message>
        <source>Make the two philosophers deadlock.</source>
        <translation>Make the two philosophers deadlock.</translation>
    </message>
    <message>
        <source>Each philosopher holds the left fork and waits for the right one, which the other holds.</source>
        <translation>Each philosopher holds the left fork and waits for the right one, which the other holds.</translation>
    </message>
    <message>
        <source>Try to make the two threads deadlock. Why can&apos;t you?</source>
        <translation>Try to make the two threads deadlock. Why can&apos;t you?</translation>
    </message>
    <message>
        <source>Both threads take A before B: the one that waits holds nothing the other needs, so it only waits.</source>
        <translation>Both threads take A before B: the one that waits holds nothing the other needs, so it only waits.</translation>
    </message>
    <message>
        <source>With 3 workers and 2 permits, make a worker wait for a permit.</source>
        <translation>With 3 workers and 2 permits, make a worker wait for a permit.</translation>
    </message>
    <message>
        <source>Two workers held the two permits, so the third had to wait until one was released.</source>
        <translation>Two workers held the two permits, so the third had to wait until one was released.</translation>
    </message>
    <message>
        <source>Make a timeout break a deadlock: let each thread take its first lock, then ask for the other&apos;s. Both threads must still finish.</source>
        <translation>Make a timeout break a deadlock: let each thread take its first lock, then ask for the other&apos;s. Both threads must still finish.</translation>
    </message>
    <message>
        <source>Each thread held one lock and waited for the other&apos;s: a deadlock, until the timeout ended the wait, the thread gave its lock back and tried again.</source>
        <translation>Each thread held one lock and waited for the other&apos;s: a deadlock, until the timeout ended the wait, the thread gave its lock back and tried again.</translation>
    </message>
    <message>
        <source>Make the consumer (thread 2) wait for an item: let it look into the buffer before the producer (thread 1) has put one there.</source>
        <translation>Make the consumer (thread 2) wait for an item: let it look into the buffer before the producer (thread 1) has put one there.</translation>
    </message>
    <message>
        <source>The consumer found the buffer empty and waited on the condition “not empty” until the producer&apos;s notify woke it.</source>
        <translation>The consumer found the buffer empty and waited on the condition “not empty” until the producer&apos;s notify woke it.</translation>
    </message>
</context>
<context>
    <name>samtidig::StepLog</name>
    <message>
        <source>%1 overwrites the %2 that %3 wrote: an update is lost</source>
        <extracomment>%1 the task that wrote without having read the newest value, %2 the value lost, %3 its writer</extracomment>
        <translation>%1 overwrites the %2 that %3 wrote: an update is lost</translation>
    </message>
    <message>
        <source>closes the cycle: every thread in it waits for another (deadlock)</source>
        <translation>closes the cycle: every thread in it waits for another (deadlock)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>By Step Number</source>
        <translation>By Step Number</translation>
    </message>
    <message>
        <source>One column per step: the order of the operations reads left to right</source>
        <translation>One column per step: the order of the operations reads left to right</translation>
    </message>
</context>
<context>
    <name>samtidig::StepPanel</name>
    <message>
        <source>No run is being taken step by step: choose a scenario and press Step by Step (F7).</source>
        <translation>No run is being taken step by step: choose a scenario and press Step by Step (F7).</translation>
    </message>
    <message>
        <source>The run is paused; resume it (F6) to take a step.</source>
        <translation>The run is paused; resume it (F6) to take a step.</translation>
    </message>
    <message>
        <source>No thread can move.</source>
        <translation>No thread can move.</translation>
    </message>
    <message>
        <source>Stop Playing</source>
        <translation>Stop Playing</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>The run is starting…</source>
        <translation>The run is starting…</translation>
    </message>
    <message numerus="yes">
        <source>After %n step(s): %1</source>
        <translation>
            <numerusform>After %n step: %1</numerusform>
            <numerusform>After %n steps: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter ended at %1; %2 was expected.</source>
        <translation>The counter ended at %1; %2 was expected.</translation>
    </message>
    <message>
        <source>Choose a scenario that can be taken step by step (race, mutex, deadlock, …) and press Step by Step (F7).</source>
        <translation>Choose a scenario that can be taken step by step (race, mutex, deadlock, …) and press Step by Step (F7).</translation>
    </message>
    <message>
        <source>Running freely: the gates are open and the threads go at full speed.</source>
        <translation>Running freely: the gates are open and the threads go at full speed.</translation>
    </message>
    <message>
        <source>The run is paused; resume it (F6) to take more steps.</source>
        <translation>The run is paused; resume it (F6) to take more steps.</translation>
    </message>
    <message>
        <source>No thread can move: each one waits for a lock that another holds. This is a deadlock; Stop (Shift+F5) ends the run.</source>
        <translation>No thread can move: each one waits for a lock that another holds. This is a deadlock; Stop (Shift+F5) ends the run.</translation>
    </message>
    <message>
        <source>Step %1: choose the thread that goes next (keys 1–9), or let Samtidig pick.</source>
        <translation>Step %1: choose the thread that goes next (keys 1–9), or let Samtidig pick.</translation>
    </message>
    <message>
        <source>Step by step: you are the scheduler</source>
        <translation>Step by step: you are the scheduler</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Samtidig picks one of the threads that can move, as a scheduler would</source>
        <translation>Samtidig picks one of the threads that can move, as a scheduler would</translation>
    </message>
    <message>
        <source>Take a step at this pace, Samtidig picking, until no thread can move</source>
        <translation>Take a step at this pace, Samtidig picking, until no thread can move</translation>
    </message>
    <message>
        <source>steps a second</source>
        <translation>steps a second</translation>
    </message>
    <message>
        <source>Run Freely</source>
        <translation>Run Freely</translation>
    </message>
    <message>
        <source>Open the gates: the rest of the run goes at full speed, no more steps</source>
        <translation>Open the gates: the rest of the run goes at full speed, no more steps</translation>
    </message>
    <message>
        <source>Explore All Orders…</source>
        <translation>Explore All Orders…</translation>
    </message>
    <message>
        <source>Run every order of the steps, each on real threads, and count the outcomes</source>
        <translation>Run every order of the steps, each on real threads, and count the outcomes</translation>
    </message>
    <message>
        <source>“%1” cannot be taken step by step: %2</source>
        <extracomment>%1 the scenario&apos;s name, %2 why (a sentence or two starting in lower case)</extracomment>
        <translation>“%1” cannot be taken step by step: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be taken step by step: only a scenario whose threads use Samtidig&apos;s own locks, shared variables, conditions and semaphores can stop them before each operation (%2).</source>
        <extracomment>%1 the scenario&apos;s name, %2 the ids of those that can: &quot;race, mutex, deadlock, …&quot;</extracomment>
        <translation>“%1” cannot be taken step by step: only a scenario whose threads use Samtidig&apos;s own locks, shared variables, conditions and semaphores can stop them before each operation (%2).</translation>
    </message>
</context>
<context>
    <name>samtidig::StepThreadRows</name>
    <message>
        <source>%1 (held by %2: the try fails)</source>
        <extracomment>%1 &quot;thread 1 will try to lock A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1 (held by %2: the try fails)</translation>
    </message>
    <message>
        <source>%1 (held by %2: it will wait)</source>
        <extracomment>%1 &quot;thread 1 will lock A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1 (held by %2: it will wait)</translation>
    </message>
    <message>
        <source>%1, which %2 holds</source>
        <extracomment>%1 &quot;thread 1 waits for A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1, which %2 holds</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Let thread %1 take its next step (key %1)</source>
        <translation>Let thread %1 take its next step (key %1)</translation>
    </message>
    <message>
        <source>Let thread %1 take its next step</source>
        <translation>Let thread %1 take its next step</translation>
    </message>
</context>
<context>
    <name>samtidig::TimelineText</name>
    <message>
        <source>%1 gave up waiting for %2 after %3.</source>
        <translation>%1 gave up waiting for %2 after %3.</translation>
    </message>
    <message>
        <source>%1 read %2 = %3.</source>
        <translation>%1 read %2 = %3.</translation>
    </message>
    <message>
        <source>%1 wrote %2 = %3.</source>
        <translation>%1 wrote %2 = %3.</translation>
    </message>
    <message>
        <source>Marker: %1</source>
        <translation>Marker: %1</translation>
    </message>
    <message>
        <source>%1 forked %2 (pid %3).</source>
        <translation>%1 forked %2 (pid %3).</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 exited with status %2.</translation>
    </message>
    <message>
        <source>Recording stalled for %1.</source>
        <translation>Recording stalled for %1.</translation>
    </message>
    <message>
        <source>%1 notified %2.</source>
        <translation>%1 notified %2.</translation>
    </message>
    <message>
        <source>Lost update: %1 (%2 later).</source>
        <extracomment>%1 is the analysis&apos; sentence (&quot;write of 42 by thread 2 was overwritten by thread 3, ...&quot;), %2 a duration</extracomment>
        <translation>Lost update: %1 (%2 later).</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>pid %1, tid %2</source>
        <translation>pid %1, tid %2</translation>
    </message>
    <message>
        <source>Mostly: %1</source>
        <translation>Mostly: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Lock: %1</translation>
    </message>
    <message>
        <source>Condition variable: %1</source>
        <translation>Condition variable: %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>waits for %1 (held by %2)</source>
        <translation>waits for %1 (held by %2)</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>waits for %1</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>No events recorded yet.</translation>
    </message>
    <message>
        <source>Wait-for graph</source>
        <translation>Wait-for graph</translation>
    </message>
    <message>
        <source>Time since the start of each phase</source>
        <translation>Time since the start of each phase</translation>
    </message>
    <message>
        <source>Deadlock: %1.</source>
        <extracomment>%1 is the analysis&apos; sentence, e.g. &quot;T1 holds A and waits for B; T2 holds B and waits for A&quot;</extracomment>
        <translation>Deadlock: %1.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Ready, waiting for a CPU</source>
        <translation>Ready, waiting for a CPU</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Waiting for a lock</source>
        <translation>Waiting for a lock</translation>
    </message>
    <message>
        <source>Holding a lock</source>
        <translation>Holding a lock</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Awaiting (coroutine suspended)</source>
        <translation>Awaiting (coroutine suspended)</translation>
    </message>
    <message>
        <source>Waiting on a condition variable</source>
        <translation>Waiting on a condition variable</translation>
    </message>
    <message>
        <source>Recording stalled</source>
        <translation>Recording stalled</translation>
    </message>
    <message>
        <source>Working (estimated)</source>
        <translation>Working (estimated)</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Awaiting</translation>
    </message>
    <message>
        <source>Waiting on a condition</source>
        <translation>Waiting on a condition</translation>
    </message>
    <message>
        <source>Many short slices</source>
        <translation>Many short slices</translation>
    </message>
    <message>
        <source>Lock handed over</source>
        <translation>Lock handed over</translation>
    </message>
    <message>
        <source>Lock attempt timed out</source>
        <translation>Lock attempt timed out</translation>
    </message>
    <message>
        <source>Lost update</source>
        <translation>Lost update</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Shared variable written</source>
        <translation>Shared variable written</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>process · pid %1</source>
        <translation>process · pid %1</translation>
    </message>
    <message>
        <source>thread · tid %1</source>
        <translation>thread · tid %1</translation>
    </message>
    <message>
        <source>coroutine · on tid %1</source>
        <translation>coroutine · on tid %1</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU cores</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n short slices</source>
        <translation>
            <numerusform>%n short slice</numerusform>
            <numerusform>%n short slices</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a scenario to see its timeline here.</source>
        <translation>Run a scenario to see its timeline here.</translation>
    </message>
    <message>
        <source>Detail capped here: the trace reached its memory limit. The lanes stop; the counters and the analysis cover the whole run.</source>
        <translation>Detail capped here: the trace reached its memory limit. The lanes stop; the counters and the analysis cover the whole run.</translation>
    </message>
    <message>
        <source>Wait-for graph (hover for full names)</source>
        <translation>Wait-for graph (hover for full names)</translation>
    </message>
    <message>
        <source>Shared variable read</source>
        <translation>Shared variable read</translation>
    </message>
    <message>
        <source>Write that overwrote it</source>
        <translation>Write that overwrote it</translation>
    </message>
    <message>
        <source>Notified a waiting task</source>
        <translation>Notified a waiting task</translation>
    </message>
    <message>
        <source>Process forked</source>
        <translation>Process forked</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Waits for the lock&apos;s holder</source>
        <translation>Waits for the lock&apos;s holder</translation>
    </message>
    <message>
        <source>Lost: %1 wrote %2 = %3 at %4.</source>
        <translation>Lost: %1 wrote %2 = %3 at %4.</translation>
    </message>
    <message>
        <source>Overwritten by: %1, which read %2 at %3 and wrote %4 at %5.</source>
        <translation>Overwritten by: %1, which read %2 at %3 and wrote %4 at %5.</translation>
    </message>
    <message>
        <source>This mark: the write that was lost.</source>
        <translation>This mark: the write that was lost.</translation>
    </message>
    <message>
        <source>This mark: the write that overwrote it.</source>
        <translation>This mark: the write that overwrote it.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlock of %n tasks in a ring: %1; …; %2.</source>
        <extracomment>%1 the first two tasks&apos; &quot;T1 holds A and waits for B&quot;, %2 the last one&apos;s</extracomment>
        <translation>
            <numerusform>Deadlock of %n task in a ring: %1; …; %2.</numerusform>
            <numerusform>Deadlock of %n tasks in a ring: %1; …; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <extracomment>stands for the part of a long deadlock ring not drawn; %n how many tasks and locks</extracomment>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Nothing has run yet. Pick a scenario on the left and press Run (F5): every thread will appear here, live, on the cores that run it.</source>
        <translation>Nothing has run yet. Pick a scenario on the left and press Run (F5): every thread will appear here, live, on the cores that run it.</translation>
    </message>
    <message>
        <source>Holds the GIL</source>
        <translation>Holds the GIL</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Waiting for its step</source>
        <translation>Waiting for its step</translation>
    </message>
    <message>
        <source>Waits for the GIL</source>
        <translation>Waits for the GIL</translation>
    </message>
    <message>
        <source>Paused (the whole run stood still)</source>
        <translation>Paused (the whole run stood still)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
</TS>
