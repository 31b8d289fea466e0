<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 holds %2 and waits for %3</source>
        <translation>%1 holder %2 og venter på %3</translation>
    </message>
    <message>
        <source>%1 takes %2, then %3</source>
        <translation>%1 tager %2 og derefter %3</translation>
    </message>
    <message>
        <source>write of %1 by %2 was overwritten by %3, which had read %4 before it</source>
        <translation>%2 skrev %1, men det blev overskrevet af %3, som havde læst %4 inden da</translation>
    </message>
    <message>
        <source>write of %1 by %2 was overwritten by %3, which had read the variable before it</source>
        <translation>%2 skrev %1, men det blev overskrevet af %3, som havde læst variablen inden da</translation>
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
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (thread %2) %3 %</source>
        <translation>%1 (tråd %2) %3 %</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message numerus="yes">
        <source>The program&apos;s first process has ended, but %n of its processes are still running: %1. The recording goes on until the last one ends, or until you press Stop.</source>
        <translation>
            <numerusform>Programmets første proces er slut, men %n af dets processer kører stadig: %1. Optagelsen fortsætter, til den sidste er slut, eller til du trykker Stop.</numerusform>
            <numerusform>Programmets første proces er slut, men %n af dets processer kører stadig: %1. Optagelsen fortsætter, til den sidste er slut, eller til du trykker Stop.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program was killed by signal %1 (SIG%2) after %3.</source>
        <translation>Programmet blev dræbt af signal %1 (SIG%2) efter %3.</translation>
    </message>
    <message>
        <source>The program ended normally (exit status 0) after %1.</source>
        <translation>Programmet sluttede normalt (exit-status 0) efter %1.</translation>
    </message>
    <message>
        <source>The program ended with exit status %1 after %2: a status other than 0 is how a program reports that something went wrong.</source>
        <translation>Programmet sluttede med exit-status %1 efter %2: en anden status end 0 er et programs måde at melde, at noget gik galt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its processes were still running when the recording was stopped: %1. Samtidig ended them, and everything they had started.</source>
        <translation>
            <numerusform>%n af dets processer kørte stadig, da optagelsen blev stoppet: %1. Samtidig afsluttede den og alt, hvad den havde startet.</numerusform>
            <numerusform>%n af dets processer kørte stadig, da optagelsen blev stoppet: %1. Samtidig afsluttede dem og alt, hvad de havde startet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No thread of the program was seen on a core.</source>
        <translation>Ingen af programmets tråde blev set på en kerne.</translation>
    </message>
    <message>
        <source>One thread did the work (%1, %2 on a core): a thread runs on one core at a time, however many the machine has.</source>
        <translation>Én tråd udførte arbejdet (%1, %2 på en kerne): en tråd kører på én kerne ad gangen, uanset hvor mange kerner maskinen har.</translation>
    </message>
    <message>
        <source>The one busy thread was</source>
        <translation>Den ene travle tråd var</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 busy threads were</source>
        <translation>
            <numerusform>%n af de %1 travle tråde var</numerusform>
            <numerusform>%n af de %1 travle tråde var</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mostly blocked: %2. A blocked thread waits for something other than a core: a lock, Python&apos;s GIL, input or output, a sleep, or another thread.</source>
        <translation>%1 for det meste blokeret: %2. En blokeret tråd venter på noget andet end en kerne: en lås, Pythons GIL, input eller output, en pause (sleep) eller en anden tråd.</translation>
    </message>
    <message>
        <source>%1 ready but waiting for a core at least as long as running: %2. Every core was taken: by more threads than this machine&apos;s %3 cores, or by other programs.</source>
        <translation>%1 klar, men ventetiden på en kerne var mindst lige så lang som køretiden: %2. Alle kerner var optaget: af flere tråde end maskinens %3 kerner eller af andre programmer.</translation>
    </message>
    <message>
        <source>Time on a core is estimated from sampling here (the kernel&apos;s records were not available), so which threads ran at the same time is approximate, and time ready or blocked is not known.</source>
        <translation>Tiden på en kerne er her anslået ud fra stikprøver (styresystemets registreringer var ikke tilgængelige), så hvilke tråde der kørte på samme tid, er omtrentligt, og tiden som klar eller blokeret kendes ikke.</translation>
    </message>
    <message>
        <source>%1 (pid %2) %3 %</source>
        <translation>%1 (pid %2) %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 busy processes were</source>
        <translation>
            <numerusform>%n af de %1 travle processer var</numerusform>
            <numerusform>%n af de %1 travle processer var</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting for Python&apos;s GIL a large part of the time: %2. Only the thread that holds the GIL runs Python code, so threads take turns, even with a core free.</source>
        <translation>%1 i en stor del af tiden i kø efter Pythons GIL: %2. Kun den tråd, der har GIL&apos;en, kører Python-kode, så trådene skiftes, selv når en kerne er ledig.</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>The program hardly used the cores: its threads were on one for %1 in all, in a run of %2. They mostly waited: for input or output, a sleep, or each other.</source>
        <translation>Programmet brugte næsten ikke kernerne: dets tråde var på en kerne i %1 i alt, i en kørsel på %2. De ventede for det meste: på input eller output, en pause (sleep) eller hinanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n processes were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n proces havde travlt, men aldrig på samme tid: højst én kerne blev brugt (%1 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n processer havde travlt, men aldrig på samme tid: højst én kerne blev brugt (%1 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads were busy, but never at the same time: at most one core was used (%1 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n tråd havde travlt, men aldrig på samme tid: højst én kerne blev brugt (%1 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n tråde havde travlt, men aldrig på samme tid: højst én kerne blev brugt (%1 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n proces havde travlt, men næsten aldrig på samme tid: de skiftedes, og to eller flere kerner arbejdede samtidig kun %1 % af tiden (%2 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n processer havde travlt, men næsten aldrig på samme tid: de skiftedes, og to eller flere kerner arbejdede samtidig kun %1 % af tiden (%2 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads were busy, but almost never at the same time: they took turns, and two or more cores were busy together only %1 % of the time (%2 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n tråd havde travlt, men næsten aldrig på samme tid: de skiftedes, og to eller flere kerner arbejdede samtidig kun %1 % af tiden (%2 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n tråde havde travlt, men næsten aldrig på samme tid: de skiftedes, og to eller flere kerner arbejdede samtidig kun %1 % af tiden (%2 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n proces kørte på %1 kerner på én gang: to eller flere kerner arbejdede samtidig %2 % af tiden (%3 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n processer kørte på %1 kerner på én gang: to eller flere kerner arbejdede samtidig %2 % af tiden (%3 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads ran on %1 cores at once: two or more cores were busy together %2 % of the time (%3 cores on average while any of them ran).</source>
        <translation>
            <numerusform>%n tråd kørte på %1 kerner på én gang: to eller flere kerner arbejdede samtidig %2 % af tiden (%3 kerner i gennemsnit, mens den kørte).</numerusform>
            <numerusform>%n tråde kørte på %1 kerner på én gang: to eller flere kerner arbejdede samtidig %2 % af tiden (%3 kerner i gennemsnit, mens nogen af dem kørte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads wanted to run, but only one may hold Python&apos;s GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average; %3 waiting for it a large part of the time: %4.</source>
        <extracomment>%n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine&apos;s cores, %3 e.g. &quot;2 of the 2 busy threads were&quot;, %4 the threads with their shares</extracomment>
        <translation>
            <numerusform>%n tråd ville køre, men kun én ad gangen må holde Pythons GIL: den kørte alene og brugte i gennemsnit %1 af maskinens %2 kerner imens; %3 i kø efter den en stor del af tiden: %4.</numerusform>
            <numerusform>%n tråde ville køre, men kun én ad gangen må holde Pythons GIL: de skiftedes, og imens brugte de i gennemsnit %1 af maskinens %2 kerner; %3 i kø efter den en stor del af tiden: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads wanted to run, but only one may hold the GIL: they took turns, and while they did, they used %1 of the machine&apos;s %2 cores on average.</source>
        <extracomment>%n threads of a Python program, %1 the cores they used on average (e.g. 1.0), %2 the machine&apos;s cores</extracomment>
        <translation>
            <numerusform>%n tråd ville køre, men kun én ad gangen må holde GIL&apos;en: den kørte alene og brugte i gennemsnit %1 af maskinens %2 kerner imens.</numerusform>
            <numerusform>%n tråde ville køre, men kun én ad gangen må holde GIL&apos;en: de skiftedes, og imens brugte de i gennemsnit %1 af maskinens %2 kerner.</numerusform>
        </translation>
    </message>
    <message>
        <source>so its locks, lock waits and deadlocks are not seen: the lanes show only the kernel&apos;s view of when its threads ran, waited for a core or were blocked.</source>
        <translation>så dets låse, ventetider på låse og deadlocks ses ikke: banerne viser kun styresystemets billede af, hvornår dets tråde kørte, ventede på en kerne eller var blokeret.</translation>
    </message>
    <message>
        <source>%1 is statically linked: the library that records locks cannot be loaded into it, %2</source>
        <translation>%1 er statisk linket: biblioteket, der registrerer låse, kan ikke indlæses i det, %2</translation>
    </message>
    <message>
        <source>%1 changes the user or the rights it runs with (setuid, setgid or file capabilities), and the system loads no extra library into such a program, %2</source>
        <translation>%1 skifter den bruger eller de rettigheder, det kører med (setuid, setgid eller file capabilities), og systemet indlæser ikke ekstra biblioteker i sådan et program, %2</translation>
    </message>
    <message>
        <source>%1 is a Go program: its mutexes and channels belong to the Go runtime, not to the C library whose locks Samtidig records, %2</source>
        <translation>%1 er et Go-program: dets mutexer og kanaler hører til Go&apos;s runtime, ikke til det C-bibliotek, hvis låse Samtidig registrerer, %2</translation>
    </message>
    <message>
        <source>The library that records locks (libsamtidig-preload.so) was not found beside Samtidig, %1</source>
        <translation>Biblioteket, der registrerer låse (libsamtidig-preload.so), blev ikke fundet ved siden af Samtidig, %1</translation>
    </message>
    <message numerus="yes">
        <source>The locks of %n process(es) were not recorded: %1. A process that runs a statically linked or setuid program, or that was started with its environment cleared, does not load the library that records them; the lanes show the kernel&apos;s view of it.</source>
        <translation>
            <numerusform>Låsene i %n proces blev ikke registreret: %1. En proces, der kører et statisk linket program eller et setuid-program, eller som blev startet med sine miljøvariabler ryddet, indlæser ikke biblioteket, der registrerer dem; banerne viser styresystemets billede af den.</numerusform>
            <numerusform>Låsene i %n processer blev ikke registreret: %1. En proces, der kører et statisk linket program eller et setuid-program, eller som blev startet med sine miljøvariabler ryddet, indlæser ikke biblioteket, der registrerer dem; banerne viser styresystemets billede af dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks were not recorded: the recording was started without them (“Record locks and the GIL” off, or --no-locks), %1</source>
        <translation>Låse blev ikke registreret: optagelsen blev startet uden dem (“Registrér låse og GIL&apos;en” slået fra, eller --no-locks), %1</translation>
    </message>
</context>
<context>
    <name>AsyncScenario</name>
    <message>
        <source>Async and await: coroutines on one thread</source>
        <translation>Async og await: coroutiner på én tråd</translation>
    </message>
    <message>
        <source>One thread runs an event loop with several C++20 coroutines, the counterpart of async functions in Python. Each coroutine computes a little and then awaits a sleep; at every await it hands the thread back to the loop, which runs the next coroutine that is ready. In the first phase, look at the coroutine lanes under the event loop thread: they take turns, never two at the same moment, and while one computes the others are awaiting. That is concurrency on one thread without any extra threads. In the second phase the same jobs run one after another with ordinary blocking sleeps, and the thread mostly sleeps; the results compare the two total times.</source>
        <translation>Én tråd kører et event loop med flere C++20-coroutiner, det der svarer til async-funktioner i Python. Hver coroutine regner lidt og afventer så en sleep; ved hver await giver den tråden tilbage til event loopet, som kører den næste coroutine, der er klar. I første fase skal du se på coroutinernes rækker under event loop-tråden: de skiftes til, aldrig to på samme tid, og mens én regner, afventer de andre. Det er concurrency på én tråd uden nogen ekstra tråde. I anden fase kører de samme job efter hinanden med almindelige blokerende sleeps, og tråden sover det meste af tiden; resultaterne sammenligner de to samlede tider.</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>Coroutiner</translation>
    </message>
    <message>
        <source>How many coroutines share the event loop&apos;s thread.</source>
        <translation>Hvor mange coroutiner der deler event loopets tråd.</translation>
    </message>
    <message>
        <source>Awaits per coroutine</source>
        <translation>Await-kald pr. coroutine</translation>
    </message>
    <message>
        <source>How many times each coroutine computes and then awaits a sleep.</source>
        <translation>Hvor mange gange hver coroutine regner og derefter afventer en sleep.</translation>
    </message>
    <message>
        <source>Work per step</source>
        <translation>Arbejde pr. skridt</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a coroutine computes before each await.</source>
        <translation>CPU-tid, som en coroutine bruger på at regne før hver await.</translation>
    </message>
    <message>
        <source>Sleep per step</source>
        <translation>Sovetid pr. skridt</translation>
    </message>
    <message>
        <source>How long each awaited sleep lasts.</source>
        <translation>Hvor længe hver sleep, der afventes, varer.</translation>
    </message>
    <message>
        <source>Async: coroutines on one thread</source>
        <translation>Async: coroutiner på én tråd</translation>
    </message>
    <message>
        <source>event loop thread</source>
        <translation>event loop-tråd</translation>
    </message>
    <message>
        <source>A coroutine failed: %1</source>
        <translation>En coroutine fejlede: %1</translation>
    </message>
    <message>
        <source>Blocking: one job after another</source>
        <translation>Blokerende: ét job efter det andet</translation>
    </message>
    <message>
        <source>blocking thread</source>
        <translation>blokerende tråd</translation>
    </message>
    <message>
        <source>its coroutines all run on one thread, the event loop&apos;s. A step stops a whole thread, so stopping one coroutine before its await would stop the loop and every other coroutine with it: they cannot be let go one at a time. Run it (F5) and watch them take turns at each await.</source>
        <translation>dets coroutiner kører alle på én tråd, event loopets. Et trin standser en hel tråd, så hvis én coroutine blev standset før sin await, ville event loopet og alle de andre coroutiner standse med den: de kan ikke slippes løs én ad gangen. Kør det (F5), og se dem skiftes til ved hver await.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Ended</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Ikke slut</translation>
    </message>
    <message>
        <source>Time waited (ms)</source>
        <translation>Ventetid (ms)</translation>
    </message>
    <message>
        <source>Core utilization over time</source>
        <translation>Kerneudnyttelse over tid</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>Belastning (%)</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>Tid siden start (s)</translation>
    </message>
    <message>
        <source>Time since start (ms)</source>
        <translation>Tid siden start (ms)</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>Kerne %1</translation>
    </message>
    <message>
        <source>No task waited for a lock in this run. The lock scenarios (mutex, deadlock, timeouts) show here how long each task waited, and for which lock.</source>
        <translation>Ingen opgave ventede på en lås i denne kørsel. Låsescenarierne (mutex, deadlock, timeouts) viser her, hvor længe hver opgave ventede, og på hvilken lås.</translation>
    </message>
    <message>
        <source>Waiting for locks, per task</source>
        <translation>Ventetid på låse, pr. opgave</translation>
    </message>
    <message>
        <source>Waiting time, per lock</source>
        <translation>Ventetid, pr. lås</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Shared counter at the end of the run</source>
        <translation>Den delte tæller ved kørslens slutning</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Tabt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Counter value</source>
        <translation>Tællerens værdi</translation>
    </message>
    <message numerus="yes">
        <source>The counter should have reached %1 but reached %2: %Ln increment(s) were lost because tasks overwrote each other&apos;s updates.</source>
        <translation>
            <numerusform>Tælleren skulle være nået op på %1, men nåede %2: %Ln optælling gik tabt, fordi opgaverne overskrev hinandens opdateringer.</numerusform>
            <numerusform>Tælleren skulle være nået op på %1, men nåede %2: %Ln optællinger gik tabt, fordi opgaverne overskrev hinandens opdateringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter reached the expected %1: no update was lost.</source>
        <translation>Tælleren nåede den forventede værdi %1: ingen opdatering gik tabt.</translation>
    </message>
    <message>
        <source>Time taken by each phase</source>
        <translation>Tid brugt i hver fase</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Varighed (ms)</translation>
    </message>
    <message>
        <source>Speedup: %1 times as fast.</source>
        <translation>Hastighedsgevinst: %1 gange så hurtigt.</translation>
    </message>
    <message>
        <source>“%1” took %2 and “%3” took %4: the slower one took %5 times as long.</source>
        <translation>“%1” tog %2, og “%3” tog %4: den langsomste tog %5 gange så lang tid.</translation>
    </message>
    <message>
        <source>The phases are still running.</source>
        <translation>Faserne kører stadig.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Threads and time</source>
        <translation>Tråde og tid</translation>
    </message>
    <message>
        <source>What your program did appears here when it ends.</source>
        <translation>Hvad dit program gjorde, vises her, når det er slut.</translation>
    </message>
    <message numerus="yes">
        <source>%n for %1</source>
        <translation>
            <numerusform>%n i %1</numerusform>
            <numerusform>%n i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cores busy at once: %1.</source>
        <translation>Kerner i arbejde på én gang: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n tråd</numerusform>
            <numerusform>%n tråde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>Started by pid %1</source>
        <translation>Startet af pid %1</translation>
    </message>
    <message>
        <source>The program&apos;s first process</source>
        <translation>Programmets første proces</translation>
    </message>
    <message>
        <source>Run a scenario to see what it measured here.</source>
        <translation>Kør et scenarie for at se, hvad det målte.</translation>
    </message>
    <message>
        <source>The scenario&apos;s results appear here when the run ends.</source>
        <translation>Scenariets resultater vises her, når kørslen slutter.</translation>
    </message>
    <message>
        <source>This trace was imported from a Chrome trace: no scenario ran, so there are no results to show.</source>
        <translation>Dette spor er importeret fra en Chrome Trace-fil: intet scenarie kørte, så der er ingen resultater at vise.</translation>
    </message>
    <message>
        <source>The run ended before the scenario could report its results.</source>
        <translation>Kørslen sluttede, før scenariet nåede at melde sine resultater.</translation>
    </message>
    <message>
        <source>What the scenario measured:</source>
        <translation>Hvad scenariet målte:</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>ender på %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>Interleavings by outcome (click a bar to replay its example)</source>
        <translation>Rækkefølger efter udfald (klik på en søjle for at afspille dens eksempel)</translation>
    </message>
    <message>
        <source>Interleavings</source>
        <translation>Rækkefølger</translation>
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
        <translation>Kør &apos;samtidig-cli --help&apos; for at se, hvordan programmet bruges.
</translation>
    </message>
    <message>
        <source>--lang needs &apos;en&apos; or &apos;da&apos;%1.</source>
        <translation>--lang skal være &apos;en&apos; eller &apos;da&apos;%1.</translation>
    </message>
    <message>
        <source> (got &apos;%1&apos;)</source>
        <translation> (du skrev &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>    %1 = %2  (%3%4) %5
</source>
        <translation>    %1 = %2  (%3%4) %5
</translation>
    </message>
    <message>
        <source>--lanes must be cores, tasks or both (got &apos;%1&apos;).</source>
        <translation>--lanes skal være cores, tasks eller both (du skrev &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--scale must be 1, 2 or 3 (got &apos;%1&apos;).</source>
        <translation>--scale skal være 1, 2 eller 3 (du skrev &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>%1 must be a whole number of pixels between 200 and 16000 (got &apos;%2&apos;).</source>
        <translation>%1 skal være et helt antal pixels mellem 200 og 16000 (du skrev &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>run needs a scenario id; &apos;samtidig-cli list&apos; shows them.</source>
        <translation>run skal have et scenarie-id; &apos;samtidig-cli list&apos; viser dem.</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;. Scenarios: %2.</source>
        <translation>ukendt scenarie &apos;%1&apos;. Scenarier: %2.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600 (got &apos;%1&apos;).</source>
        <translation>--timeout skal være et antal sekunder mellem 0 og 3600 (du skrev &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--source must be auto, kernel or estimate (got &apos;%1&apos;).</source>
        <translation>--source skal være auto, kernel eller estimate (du skrev &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Wrote %1: %2
</source>
        <translation>Skrev %1: %2
</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>spor</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>opsummering</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>optagelse</translation>
    </message>
    <message>
        <source>image</source>
        <translation>billede</translation>
    </message>
    <message>
        <source>export needs a recording file (.samtidig, or Chrome trace .json).</source>
        <translation>export skal have en optagelse (.samtidig eller en Chrome Trace-fil .json).</translation>
    </message>
    <message>
        <source>export needs at least one output: --png, --svg, --pdf, --trace or --summary.</source>
        <translation>export skal have mindst ét output: --png, --svg, --pdf, --trace eller --summary.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>kører</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>stoppet af timeout</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>gik ned</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fejlede</translation>
    </message>
    <message>
        <source>  (about %1 s with the defaults)</source>
        <translation>  (omkring %1 s med standardværdierne)</translation>
    </message>
    <message>
        <source>
Limits: at most 256 threads and 64 processes, and at most %1 s per run; values that would take longer are refused before anything starts.
</source>
        <translation>
Grænser: højst 256 tråde og 64 processer, og højst %1 s pr. kørsel; værdier, der ville tage længere tid, afvises, før noget startes.
</translation>
    </message>
    <message>
        <source>Deadlock detected after %L1 ms; the run stays stuck until --timeout (%L2 s).
</source>
        <translation>Deadlock opdaget efter %L1 ms; kørslen hænger fast indtil --timeout (%L2 s).
</translation>
    </message>
    <message>
        <source>%1: %2 in %L3 ms, %L4 events, %L5 dropped, scheduling source %6
</source>
        <translation>%1: %2 efter %L3 ms, %L4 hændelser, %L5 mistet, kilde til kernefordeling: %6
</translation>
    </message>
    <message>
        <source>a command is needed: list, run, record or export.</source>
        <translation>der mangler en kommando: list, run, record eller export.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are list, run, record and export.</source>
        <translation>ukendt kommando &apos;%1&apos;; kommandoerne er list, run, record og export.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 86400 (got &apos;%1&apos;).</source>
        <translation>--timeout skal være et antal sekunder mellem 0 og 86400 (fik &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>record needs a program to run: samtidig-cli record [OPTIONS] -- PROGRAM [ARGS...]</source>
        <translation>record skal have et program at køre: samtidig-cli record [VALG] -- PROGRAM [ARGUMENTER...]</translation>
    </message>
    <message>
        <source>--max-detail-mb must be a whole number of megabytes from 0 (no limit) to 1048576 (got &apos;%1&apos;).</source>
        <translation>--max-detail-mb skal være et helt antal megabyte fra 0 (ingen grænse) til 1048576 (fik &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Note: the kernel&apos;s context-switch records were not available (%1); on-CPU slices are estimated.
</source>
        <translation>Bemærk: styresystemets registreringer af kontekstskift var ikke tilgængelige (%1); tidsskiverne på kernerne er anslået.
</translation>
    </message>
    <message>
        <source>  The program was killed by signal %1 (%2).
</source>
        <translation>  Programmet blev dræbt af signal %1 (%2).
</translation>
    </message>
    <message>
        <source>  The program exited with status %1.
</source>
        <translation>  Programmet sluttede med status %1.
</translation>
    </message>
    <message>
        <source>--schedule and --explore work with the scenarios %1 (not &apos;%2&apos;).</source>
        <translation>--schedule og --explore virker med scenarierne %1 (ikke &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>samtidig-cli: these parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.
</source>
        <translation>samtidig-cli: disse parametre giver %L1 rækkefølger (interleavings); højst %2 kan udforskes. Prøv med færre tråde eller trin.
</translation>
    </message>
    <message>
        <source>%1: %2 interleavings explored
</source>
        <translation>%1: %2 rækkefølger (interleavings) udforsket
</translation>
    </message>
    <message>
        <source>  %1 x %2 %3, for example %4
</source>
        <translation>  %1 x %2 %3, for eksempel %4
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be stepped: %2</source>
        <extracomment>%1 the scenario id, %2 why (a sentence or two starting in lower case)</extracomment>
        <translation>&apos;%1&apos; kan ikke tages trin for trin: %2</translation>
    </message>
    <message>
        <source>Deadlock detected after %L1 ms; its waits have timeouts, so the run goes on.
</source>
        <translation>Deadlock opdaget efter %L1 ms; dens ventetider har timeouts, så kørslen fortsætter.
</translation>
    </message>
    <message>
        <source>list takes no arguments, only --json and --lang (got &apos;%1&apos;).</source>
        <translation>list tager ingen argumenter, kun --json og --lang (du skrev &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>run takes one scenario id (got %1).</source>
        <translation>run tager ét scenarie-id (du skrev %1).</translation>
    </message>
    <message>
        <source>export reads one recording at a time (got %1).</source>
        <translation>export læser én optagelse ad gangen (du skrev %1).</translation>
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
        <translation>Brug:
  samtidig-cli list [--json] [--lang en|da]
  samtidig-cli run ID [--set NAVN=VÆRDI]... [--trace FIL.json] [--summary FIL.json]
                      [--save FIL.samtidig] [--timeout SEKUNDER] [--source auto|kernel|estimate]
                      [--lossy] [--max-detail-mb N] [--lang en|da] [BILLEDVALG]
                      [--schedule 1,2,1,2] [--explore]
  samtidig-cli record [--cwd MAPPE] [--env NAVN=VÆRDI]... [--trace FIL.json] [--summary FIL.json]
                      [--save FIL.samtidig] [--timeout SEKUNDER] [--source auto|kernel|estimate]
                      [--max-detail-mb N] [--no-locks] [--lang en|da] [BILLEDVALG]
                      -- PROGRAM [ARGUMENTER...]
  samtidig-cli export OPTAGELSE (.samtidig eller Chrome .json) [--trace FIL.json]
                      [--summary FIL.json] [BILLEDVALG] [--lang en|da]
  samtidig-cli --help | --version

Kører et af Samtidigs concurrency-scenarier på rigtige tråde og processer, uden vindue, eller
optager dit eget program (et hvilket som helst Linux-program, uændret, med alle de processer og
tråde, det starter), og skriver, hvad styresystemet og arbejdet har registreret.

Valg:
  --set NAVN=VÆRDI   sæt en parameter for scenariet (se &apos;list&apos; for navne og intervaller)
  --trace FIL        skriv Chrome Trace Event-JSON (kan åbnes i Perfetto og chrome://tracing)
  --summary FIL      skriv kørslens opsummering som JSON (udfald, tider, tællere, resultater)
  --save FIL         gem optagelsen i Samtidigs eget format, så den kan åbnes i vinduet
  --timeout SEKUNDER stop kørslen efter så mange sekunder, deadlock eller ej (run: standard 60;
                     record: ingen, optagelsen slutter, når programmets sidste proces slutter)
  --max-detail-mb N  behold alle detaljer op til omkring N MB spor (standard 4096; 0: ingen grænse);
                     derefter fortsætter opgaverne, tællerne og analysen, og sporet viser, hvor
                     detaljerne stoppede
  --cwd MAPPE        record: den arbejdsmappe, programmet starter i
  --env NAVN=VÆRDI   record: en miljøvariabel til programmet (kan gentages)
  --no-locks         record: kun styresystemets billede af trådene og processerne, uden
                     låsene og Pythons GIL (intet bibliotek indlæses i programmet)
  --source KILDE     hvor tidsskiverne på kernerne kommer fra: kernel (styresystemets kontekstskift),
                     estimate (scenariets egne meldinger), auto (kernel, hvis det er tilladt; standard)
  --lossy            smid registreringer væk i stedet for at lade en skriver vente, når dens ring er fuld (tabene tælles)
  --schedule LISTE   run: tag kørslen trin for trin, og lad disse tråde gå én operation hver
                     (læs, skriv, lås, frigiv ...), i denne rækkefølge; trådene nummereres, som
                     scenariet nummererer dem. Resten af kørslen fortsætter derefter frit.
                     Virker med race, mutex, deadlock, lock-ordering, philosophers og
                     semaphore.
  --explore          run: kør alle rækkefølger (interleavings) af scenariets tråde (kun små
                     parameterværdier), og tæl udfaldene i opsummeringens results.explore
  --lang en|da       sprog for meddelelser og billeder

Billedvalg:
  --png FIL, --svg FIL, --pdf FIL      skriv tidslinjen som et billede
  --width PX, --height PX              billedets størrelse (standard 1920 bred, højden tilpasses)
  --scale N                            PNG-pixelskala 1, 2 eller 3
  --lanes cores|tasks|both             hvilke rækker der tegnes (standard both)
  --title TEKST                        billedets titel (standard: scenarie og parametre)
  --charts                             tilføj diagrammerne (udfald, kerneudnyttelse, ventetid på låse)

Afslutningsstatus:
  0  kørslen blev gennemført, eller list/export lykkedes
  2  forkert kommandolinje eller parameter; intet blev startet
  3  kørslen gik i deadlock (den blev opdaget og stoppet af --timeout)
  4  kørslen blev stoppet af --timeout uden deadlock
  5  runneren gik ned eller kunne ikke køre scenariet
  6  en uddatafil kunne ikke skrives, eller en optagelse kunne ikke læses
  7  record: optagelsen er fuldstændig, men programmet sluttede med en status forskellig fra 0
     eller blev dræbt af et signal (opsummeringens program.exit_status eller program.signal siger
     hvilket); et program, der slutter med 0, giver 0, et, der ikke kan startes, giver 2
  8  run: et trin i --schedule blev afvist (en tråd, der er blokeret eller er færdig, kan ikke
     gå videre), eller en --explore havde for mange rækkefølger eller blev stoppet
</translation>
    </message>
</context>
<context>
    <name>CounterParams</name>
    <message>
        <source>Threads</source>
        <translation>Tråde</translation>
    </message>
    <message>
        <source>How many threads increment the counter. The default is one per core, and at least two.</source>
        <translation>Hvor mange tråde der tæller tælleren op. Standard er én pr. kerne, og mindst to.</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Optællinger pr. tråd</translation>
    </message>
    <message>
        <source>How many times each thread adds one to the shared counter.</source>
        <translation>Hvor mange gange hver tråd lægger én til den delte tæller.</translation>
    </message>
    <message>
        <source>Time between read and write</source>
        <translation>Tid mellem læsning og skrivning</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Work between increments</source>
        <translation>Arbejde mellem optællinger</translation>
    </message>
</context>
<context>
    <name>DeadlockScenario</name>
    <message>
        <source>Deadlock: two threads, two locks</source>
        <translation>Deadlock: to tråde, to låse</translation>
    </message>
    <message>
        <source>Thread 1 locks mutex A and then wants mutex B; thread 2 locks B and then wants A. Each thread holds its first lock while it waits for the second, so each waits for the other to release first, and neither ever does: the program is stuck. The two threads are made to take their first lock at the same time, so this happens in every run. Watch the lock waits that never end and the cycle the deadlock detector finds; the run hangs until you stop it. The timeout and lock-ordering scenarios show two ways out.</source>
        <translation>Tråd 1 låser mutex A og vil derefter have mutex B; tråd 2 låser B og vil derefter have A. Hver tråd holder sin første lås, mens den venter på den anden, så de venter begge på, at den anden frigiver sin lås først, og det sker aldrig: programmet er låst. De to tråde bliver sat til at tage deres første lås på samme tid, så det sker i hver kørsel. Se ventetiderne på låsene, som aldrig slutter, og den cyklus, som deadlock-detektoren finder; kørslen hænger, indtil du stopper den. Scenarierne med timeouts og låserækkefølge viser to veje ud.</translation>
    </message>
    <message>
        <source>Work before the first lock</source>
        <translation>Arbejde før første lås</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU work each thread does before it takes its first lock.</source>
        <translation>CPU-arbejde, som hver tråd laver, før den tager sin første lås.</translation>
    </message>
    <message>
        <source>Work holding the first lock</source>
        <translation>Arbejde, mens første lås holdes</translation>
    </message>
    <message>
        <source>CPU work each thread does while it holds its first lock, before it asks for the second.</source>
        <translation>CPU-arbejde, som hver tråd laver, mens den holder sin første lås, før den beder om den anden.</translation>
    </message>
</context>
<context>
    <name>FidelityText</name>
    <message numerus="yes">
        <source>%n record(s) arrived after the picture had passed their time and are drawn later than they happened: the lanes and the analysis around them are not the kernel&apos;s order of events.</source>
        <translation>
            <numerusform>%n registrering kom, efter at billedet var nået forbi dens tidspunkt, og er tegnet senere, end den skete: banerne og analysen omkring den følger ikke kernens rækkefølge af hændelser.</numerusform>
            <numerusform>%n registreringer kom, efter at billedet var nået forbi deres tidspunkt, og er tegnet senere, end de skete: banerne og analysen omkring dem følger ikke kernens rækkefølge af hændelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were dropped: the picture has gaps where they were, and the analysis may miss what happened in them.</source>
        <translation>
            <numerusform>%n registrering gik tabt: billedet har et hul, hvor den skulle have været, og analysen kan overse, hvad der skete i det.</numerusform>
            <numerusform>%n registreringer gik tabt: billedet har huller, hvor de skulle have været, og analysen kan overse, hvad der skete i dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved in time</source>
        <translation>
            <numerusform>%n registrering flyttet i tid</numerusform>
            <numerusform>%n registreringer flyttet i tid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In lossless mode the writers waited %n time(s) for room in a full recording ring, %L1 ms in all: nothing was lost, but the workload ran up to that much slower than it would have without the recording.</source>
        <translation>
            <numerusform>I tabsfri tilstand ventede skriverne %n gang på plads i en fuld optagelsesring, %L1 ms i alt: intet gik tabt, men arbejdet kørte op til så meget langsommere, end det ville have gjort uden optagelsen.</numerusform>
            <numerusform>I tabsfri tilstand ventede skriverne %n gange på plads i en fuld optagelsesring, %L1 ms i alt: intet gik tabt, men arbejdet kørte op til så meget langsommere, end det ville have gjort uden optagelsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writers waited %n time(s) for the recording</source>
        <translation>
            <numerusform>skriverne ventede %n gang på optagelsen</numerusform>
            <numerusform>skriverne ventede %n gange på optagelsen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source> (the disk is full)</source>
        <translation> (disken er fuld)</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Der blev ikke angivet noget filnavn.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Kan ikke skrive &quot;%1&quot;: det er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>Kan ikke skrive &quot;%1&quot;: mappen &quot;%2&quot; findes ikke.</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder &quot;%1&quot;: %2.</source>
        <translation>Kan ikke oprette en fil i mappen &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the file is not open.</source>
        <translation>Kan ikke skrive &quot;%1&quot;: filen er ikke åben.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>Kunne ikke skrive &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: %2.</source>
        <translation>Kunne ikke erstatte &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Event %1 has a &quot;pid&quot; or &quot;tid&quot; that is neither a whole number nor a string.</source>
        <translation>Hændelse %1 har en &quot;pid&quot; eller &quot;tid&quot;, der hverken er et helt tal eller en streng.</translation>
    </message>
    <message>
        <source>Event %1 has no valid &quot;%2&quot; (a time in microseconds).</source>
        <translation>Hændelse %1 har ikke noget gyldigt &quot;%2&quot; (et tidspunkt i mikrosekunder).</translation>
    </message>
    <message>
        <source>The trace has more than %1 threads; Samtidig imports at most %1.</source>
        <translation>Sporet har mere end %1 tråde; Samtidig importerer højst %1.</translation>
    </message>
    <message>
        <source>Event %1 (&quot;%2&quot;) has a negative duration.</source>
        <translation>Hændelse %1 (&quot;%2&quot;) har en negativ varighed.</translation>
    </message>
    <message>
        <source>The trace names CPU %1; Samtidig shows CPUs 0 to %2.</source>
        <translation>Sporet nævner CPU %1; Samtidig viser CPU 0 til %2.</translation>
    </message>
    <message>
        <source>The thread &quot;%1&quot; claims an impossible Samtidig task (%2).</source>
        <translation>Tråden &quot;%1&quot; angiver en umulig Samtidig-opgave (%2).</translation>
    </message>
    <message>
        <source>The trace has too many threads.</source>
        <translation>Sporet har for mange tråde.</translation>
    </message>
    <message>
        <source>This JSON file is not a Chrome trace: it has no &quot;traceEvents&quot; list.</source>
        <translation>Denne JSON-fil er ikke en Chrome Trace-fil: den har ingen &quot;traceEvents&quot;-liste.</translation>
    </message>
    <message>
        <source>This JSON file is not a Chrome trace.</source>
        <translation>Denne JSON-fil er ikke en Chrome Trace-fil.</translation>
    </message>
    <message>
        <source>The trace has %1 events; Samtidig imports at most %2.</source>
        <translation>Sporet har %1 hændelser; Samtidig importerer højst %2.</translation>
    </message>
    <message>
        <source>Event %1 of the trace is not a JSON object.</source>
        <translation>Hændelse %1 i sporet er ikke et JSON-objekt.</translation>
    </message>
    <message>
        <source>The trace is %1 MB; Samtidig imports Chrome traces of up to %2 MB.</source>
        <translation>Sporet fylder %1 MB; Samtidig importerer Chrome Trace-filer på op til %2 MB.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 at byte %2.</source>
        <translation>Dette er ikke gyldig JSON: %1 ved byte %2.</translation>
    </message>
    <message>
        <source>imported from a Chrome trace</source>
        <translation>importeret fra en Chrome Trace-fil</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: det er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>Kan ikke importere &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description is not valid JSON (%1).</source>
        <translation>Optagelsen er beskadiget: kørselsbeskrivelsen er ikke gyldig JSON (%1).</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description&apos;s field &quot;%1&quot; has the wrong type.</source>
        <translation>Optagelsen er beskadiget: feltet &quot;%1&quot; i kørselsbeskrivelsen har en forkert type.</translation>
    </message>
    <message>
        <source>The recording is damaged: the run description&apos;s cpuCount must be a whole number from 0 to %1.</source>
        <translation>Optagelsen er beskadiget: cpuCount i kørselsbeskrivelsen skal være et helt tal fra 0 til %1.</translation>
    </message>
    <message>
        <source>The recording names an unknown scheduling source &quot;%1&quot;.</source>
        <translation>Optagelsen angiver en ukendt kilde til kernefordeling: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The recording names an unknown run outcome &quot;%1&quot;.</source>
        <translation>Optagelsen angiver et ukendt udfald af kørslen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not a Samtidig recording (it does not begin with the Samtidig signature).</source>
        <translation>Dette er ikke en Samtidig-optagelse (den begynder ikke med Samtidigs signatur).</translation>
    </message>
    <message>
        <source>The file ends after %1 bytes, inside its %2-byte header.</source>
        <translation>Filen slutter efter %1 byte, midt i dens header på %2 byte.</translation>
    </message>
    <message>
        <source>This recording was written by format version %1; this Samtidig reads versions %2 to %3.</source>
        <translation>Denne optagelse er skrevet med formatversion %1; denne version af Samtidig læser version %2 til %3.</translation>
    </message>
    <message>
        <source>This recording uses features (flags 0x%1) this Samtidig does not know.</source>
        <translation>Denne optagelse bruger funktioner (flag 0x%1), som denne version af Samtidig ikke kender.</translation>
    </message>
    <message>
        <source>The file ends after %1 bytes, inside the recording data (its header announces %2 bytes).</source>
        <translation>Filen slutter efter %1 byte, midt i optagelsens data (dens header angiver %2 byte).</translation>
    </message>
    <message>
        <source>The file has %1 unexpected bytes after the end of the recording.</source>
        <translation>Filen har %1 uventede byte efter optagelsens slutning.</translation>
    </message>
    <message>
        <source>The recording is damaged: its checksum does not match (the file was changed or only partly copied).</source>
        <translation>Optagelsen er beskadiget: dens kontrolsum passer ikke (filen er blevet ændret eller kun delvist kopieret).</translation>
    </message>
    <message>
        <source>The recording is damaged: its header gives two different sizes.</source>
        <translation>Optagelsen er beskadiget: dens header angiver to forskellige størrelser.</translation>
    </message>
    <message>
        <source>The recording is damaged: it claims %1 bytes of compressed data in %2 bytes.</source>
        <translation>Optagelsen er beskadiget: den angiver %1 byte komprimerede data i %2 byte.</translation>
    </message>
    <message>
        <source>The recording is damaged: its compressed data cannot be unpacked.</source>
        <translation>Optagelsen er beskadiget: dens komprimerede data kan ikke pakkes ud.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Kan ikke læse &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Kan ikke åbne &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The recording is damaged: a malformed number at byte %1, inside %2.</source>
        <translation>Optagelsen er beskadiget: et ugyldigt tal ved byte %1, i %2.</translation>
    </message>
    <message>
        <source>The file ends too early: its data stops after %1 bytes, inside %2.</source>
        <translation>Filen slutter for tidligt: dens data stopper efter %1 byte, midt i %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: its data stops after %1 bytes (uncompressed), inside %2.</source>
        <translation>Optagelsen er beskadiget: dens data stopper efter %1 byte (ukomprimeret), midt i %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 claims %2 entries, more than its remaining %3 bytes can hold.</source>
        <translation>Optagelsen er beskadiget: %1 angiver %2 poster, flere end de resterende %3 byte kan rumme.</translation>
    </message>
    <message>
        <source>%1 has %2 entries; this Samtidig opens at most %3.</source>
        <translation>Der er %2 poster i %1; denne version af Samtidig åbner højst %3.</translation>
    </message>
    <message>
        <source>The recording is damaged: the id %1 in %2 is out of range.</source>
        <translation>Optagelsen er beskadiget: id %1 i %2 er uden for det gyldige område.</translation>
    </message>
    <message>
        <source>The recording is damaged: expected %1 at byte %2 but found section %3.</source>
        <translation>Optagelsen er beskadiget: forventede %1 ved byte %2, men fandt afsnit %3.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 claims %2 bytes but only %3 remain.</source>
        <translation>Optagelsen er beskadiget: %1 angiver %2 byte, men der er kun %3 tilbage.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has %2 unexpected bytes at its end.</source>
        <translation>Optagelsen er beskadiget: %1 har %2 uventede byte til sidst.</translation>
    </message>
    <message>
        <source>the run description</source>
        <translation>kørselsbeskrivelsen</translation>
    </message>
    <message>
        <source>the task table</source>
        <translation>opgavetabellen</translation>
    </message>
    <message>
        <source>the name table</source>
        <translation>navnetabellen</translation>
    </message>
    <message>
        <source>the task lanes</source>
        <translation>opgavernes rækker</translation>
    </message>
    <message>
        <source>the CPU lanes</source>
        <translation>kernernes rækker</translation>
    </message>
    <message>
        <source>the instant list</source>
        <translation>listen over tidspunkter</translation>
    </message>
    <message>
        <source>the flow list</source>
        <translation>listen over forbindelser</translation>
    </message>
    <message>
        <source>the phase list</source>
        <translation>listen over faser</translation>
    </message>
    <message>
        <source>the open spans</source>
        <translation>de åbne perioder</translation>
    </message>
    <message>
        <source>the analysis results</source>
        <translation>analyseresultaterne</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>optagelsen</translation>
    </message>
    <message>
        <source>The recording is damaged: task ids in the task table are out of order or out of range (entry %1).</source>
        <translation>Optagelsen er beskadiget: opgave-id&apos;erne i opgavetabellen står i forkert rækkefølge eller er uden for det gyldige område (post %1).</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has an impossible process or thread id.</source>
        <translation>Optagelsen er beskadiget: %1 har et umuligt proces- eller tråd-id.</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has an unknown kind (%2).</source>
        <translation>Optagelsen er beskadiget: %1 er af en ukendt type (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: name ids are out of order or out of range (entry %1).</source>
        <translation>Optagelsen er beskadiget: navne-id&apos;erne står i forkert rækkefølge eller er uden for det gyldige område (post %1).</translation>
    </message>
    <message>
        <source>The recording is damaged: name %1 has an unknown kind (%2).</source>
        <translation>Optagelsen er beskadiget: navn %1 er af en ukendt type (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 starts beyond the end of time.</source>
        <translation>Optagelsen er beskadiget: periode %1 i %2 starter efter tidens slutning.</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has an unknown state (%3).</source>
        <translation>Optagelsen er beskadiget: periode %1 i %2 har en ukendt tilstand (%3).</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has a negative duration.</source>
        <translation>Optagelsen er beskadiget: periode %1 i %2 har en negativ varighed.</translation>
    </message>
    <message>
        <source>The recording is damaged: span %1 of %2 has a negative or impossible duration.</source>
        <translation>Optagelsen er beskadiget: periode %1 i %2 har en negativ eller umulig varighed.</translation>
    </message>
    <message>
        <source>Lane %1 belongs to task %2, beyond the largest task id this Samtidig accepts (%3).</source>
        <translation>Række %1 hører til opgave %2, som ligger over det største opgave-id, denne version af Samtidig accepterer (%3).</translation>
    </message>
    <message>
        <source>The recording is damaged: task %1 has two lanes.</source>
        <translation>Optagelsen er beskadiget: opgave %1 har to rækker.</translation>
    </message>
    <message>
        <source>the span table of lane %1</source>
        <translation>periodetabellen for række %1</translation>
    </message>
    <message>
        <source>The recording is damaged: CPU lane %1 names CPU %2.</source>
        <translation>Optagelsen er beskadiget: kernerække %1 angiver CPU %2.</translation>
    </message>
    <message>
        <source>the span table of CPU %1</source>
        <translation>periodetabellen for CPU %1</translation>
    </message>
    <message>
        <source>The recording is damaged: instant %1 lies beyond the end of time.</source>
        <translation>Optagelsen er beskadiget: tidspunkt %1 ligger efter tidens slutning.</translation>
    </message>
    <message>
        <source>The recording is damaged: instant %1 has an unknown kind (%2).</source>
        <translation>Optagelsen er beskadiget: tidspunkt %1 er af en ukendt type (%2).</translation>
    </message>
    <message>
        <source>The recording is damaged: open span %1 has an unknown track or state.</source>
        <translation>Optagelsen er beskadiget: den åbne periode %1 har en ukendt række eller tilstand.</translation>
    </message>
    <message>
        <source>The recording is damaged: task %1 appears twice in the waits of lock %2.</source>
        <translation>Optagelsen er beskadiget: opgave %1 optræder to gange blandt ventetiderne for lås %2.</translation>
    </message>
    <message>
        <source>The recording is damaged: lock %1 appears twice in the lock statistics.</source>
        <translation>Optagelsen er beskadiget: lås %1 optræder to gange i låsestatistikken.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>en navngiven pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>en tegnenhed</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>en blokenhed</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is %2, not a file. Samtidig opens recordings (.samtidig) and Chrome traces (.json) saved as files.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: det er %2, ikke en fil. Samtidig åbner optagelser (.samtidig) og Chrome Trace-filer (.json), der er gemt som filer.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: the file is empty.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: filen er tom.</translation>
    </message>
    <message>
        <source>a Samtidig recording (it would begin with &quot;SAMTIDIG&quot;)</source>
        <translation>en Samtidig-optagelse (den ville begynde med &quot;SAMTIDIG&quot;)</translation>
    </message>
    <message>
        <source>a Chrome trace (JSON, which would begin with &apos;{&apos; or &apos;[&apos;)</source>
        <translation>en Chrome Trace-fil (JSON, som ville begynde med &apos;{&apos; eller &apos;[&apos;)</translation>
    </message>
    <message>
        <source>a Samtidig recording (which begins with &quot;SAMTIDIG&quot;) or a Chrome trace (JSON, which begins with &apos;{&apos; or &apos;[&apos;)</source>
        <translation>en Samtidig-optagelse (som begynder med &quot;SAMTIDIG&quot;) eller en Chrome Trace-fil (JSON, som begynder med &apos;{&apos; eller &apos;[&apos;)</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: it is not %2; it begins with %3.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: det er ikke %2; filen begynder med %3.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: at %2 MB it is larger than the %3 MB Samtidig opens as %4.</source>
        <translation>Kan ikke åbne &quot;%1&quot;: med %2 MB er filen større end de %3 MB, Samtidig åbner som %4.</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>en optagelse</translation>
    </message>
    <message>
        <source>a Chrome trace</source>
        <translation>en Chrome Trace-fil</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it changed while it was read.</source>
        <translation>Kan ikke læse &quot;%1&quot;: filen blev ændret, mens den blev læst.</translation>
    </message>
    <message>
        <source>the program&apos;s output</source>
        <translation>programmets output</translation>
    </message>
    <message>
        <source>The recording is damaged: %1 has unknown flags 0x%2.</source>
        <translation>Optagelsen er beskadiget: %1 har ukendte flag 0x%2.</translation>
    </message>
</context>
<context>
    <name>KernelSched</name>
    <message>
        <source>unknown</source>
        <comment>perf_event_paranoid level</comment>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>perf_event_open refused (%1): kernel.perf_event_paranoid is %2; run as root or lower it to allow the kernel&apos;s context-switch records (%3: %4)</source>
        <translation>perf_event_open blev afvist (%1): kernel.perf_event_paranoid er %2; kør som root, eller sæt værdien ned for at give adgang til styresystemets registreringer af kontekstskift (%3: %4)</translation>
    </message>
    <message>
        <source>this kernel does not offer context-switch records (%1 failed with %2: %3)</source>
        <translation>styresystemet tilbyder ikke registreringer af kontekstskift (%1 fejlede med %2: %3)</translation>
    </message>
    <message>
        <source>no file descriptors left for the kernel&apos;s switch records (%1 failed with %2: %3)</source>
        <translation>der er ikke flere fildeskriptorer til styresystemets registreringer af kontekstskift (%1 fejlede med %2: %3)</translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <comment>system call, error name, error text</comment>
        <translation>%1 fejlede med %2: %3</translation>
    </message>
    <message>
        <source>perf_event_open not attempted: SAMTIDIG_FORCE_NO_PERF=1 is set</source>
        <translation>perf_event_open blev ikke forsøgt: SAMTIDIG_FORCE_NO_PERF=1 er sat</translation>
    </message>
    <message>
        <source>perf_event_open: no online CPU accepted the switch event</source>
        <translation>perf_event_open: ingen aktiv kerne tog imod hændelsen for kontekstskift</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Could not change to the working folder %1: %2</source>
        <translation>Kunne ikke skifte til arbejdsmappen %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Kunne ikke starte %1: %2</translation>
    </message>
</context>
<context>
    <name>LockOrderingScenario</name>
    <message>
        <source>Lock ordering: no deadlock</source>
        <translation>Låserækkefølge: ingen deadlock</translation>
    </message>
    <message>
        <source>The two threads and the two locks of the deadlock scenario, with one rule added: every thread takes the locks in the same order, first A and then B. A thread that holds A can then only wait for B, whose holder never waits for A, so the waits can never form a cycle. The threads start at the same moment and one of them waits for A; look at the hand-over when it is released. The run finishes every time, and the lock-order analysis finds no cycle to warn about.</source>
        <translation>De to tråde og de to låse fra deadlock-scenariet, men med én regel mere: alle tråde tager låsene i samme rækkefølge, først A og så B. En tråd, der holder A, kan så kun vente på B, og den, der holder B, venter aldrig på A, så trådene kan aldrig komme til at vente på hinanden i en cyklus. Trådene starter på samme tid, og den ene venter på A; se overdragelsen, når A bliver frigivet. Kørslen bliver færdig hver gang, og analysen af låserækkefølgen finder ingen cyklus at advare om.</translation>
    </message>
    <message>
        <source>Rounds per thread</source>
        <translation>Runder pr. tråd</translation>
    </message>
    <message>
        <source>How many times each thread takes both locks.</source>
        <translation>Hvor mange gange hver tråd tager begge låse.</translation>
    </message>
    <message>
        <source>Work holding a lock</source>
        <translation>Arbejde, mens låsen holdes</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU work a thread does after taking each lock.</source>
        <translation>CPU-arbejde, som en tråd laver, efter at den har taget hver lås.</translation>
    </message>
    <message>
        <source>Work between rounds</source>
        <translation>Arbejde mellem runder</translation>
    </message>
    <message>
        <source>CPU work a thread does between rounds, holding no lock.</source>
        <translation>CPU-arbejde, som en tråd laver mellem runderne uden at holde nogen lås.</translation>
    </message>
</context>
<context>
    <name>MutexScenario</name>
    <message>
        <source>Mutex: no lost updates</source>
        <translation>Mutex: ingen tabte opdateringer</translation>
    </message>
    <message>
        <source>The same threads and the same shared counter as in the race condition scenario, but now each thread locks a mutex before it reads the counter and releases it after it has written the new value. Only one thread at a time can hold the mutex, so no other thread can write between the read and the write, and no update is lost. The price is waiting: look for the lock waits in the thread lanes, the thread that held the lock meanwhile, and the hand-over when it is released. The results show an exact count together with how often and how long threads waited.</source>
        <translation>De samme tråde og den samme delte tæller som i race condition-scenariet, men nu låser hver tråd en mutex, før den læser tælleren, og frigiver den, når den har skrevet den nye værdi. Kun én tråd ad gangen kan holde mutexen, så ingen anden tråd kan skrive mellem læsningen og skrivningen, og ingen opdatering går tabt. Prisen er ventetid: se efter ventetiderne på låsen i trådenes rækker, den tråd, der holdt låsen imens, og overdragelsen, når låsen bliver frigivet. Resultaterne viser en præcis optælling sammen med, hvor tit og hvor længe trådene ventede.</translation>
    </message>
    <message>
        <source>CPU work a thread does after reading the counter and before writing it back, while it holds the mutex.</source>
        <translation>CPU-arbejde, som en tråd laver, efter at den har læst tælleren, og før den skriver den tilbage, mens den holder mutexen.</translation>
    </message>
    <message>
        <source>CPU work a thread does between two increments, without holding the mutex.</source>
        <translation>CPU-arbejde, som en tråd laver mellem to optællinger uden at holde mutexen.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>delt tæller</translation>
    </message>
</context>
<context>
    <name>ParallelVsConcurrentScenario</name>
    <message>
        <source>Parallelism versus concurrency</source>
        <translation>Parallelism vs. concurrency</translation>
    </message>
    <message>
        <source>The same CPU-bound tasks run twice, one thread each. In the first phase the kernel may spread them over all cores: that is parallelism, and the core lanes are busy at the same time. In the second phase every thread is pinned to one core: that is concurrency, and the single core lane shows short slices of one task after another, while each task lane switches between running and waiting for the core. Only one piece of code runs at any moment, but the switches are so fast that it looks almost parallel. The results compare the two wall times: the speedup is close to the number of cores when there are at least as many tasks as cores.</source>
        <translation>De samme CPU-tunge opgaver kører to gange, med én tråd hver. I første fase må styresystemet fordele dem på alle kerner: det er parallelism, og kernernes rækker er optaget på samme tid. I anden fase er hver tråd bundet til én kerne: det er concurrency, og den ene kernes række viser korte tidsskiver af én opgave efter den anden, mens hver opgaves række skifter mellem at køre og at vente på kernen. Der kører kun ét stykke kode ad gangen, men skiftene går så hurtigt, at det ser næsten parallelt ud. Resultaterne sammenligner de to faktiske tider: hastighedsgevinsten er tæt på antallet af kerner, når der er mindst lige så mange opgaver som kerner.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>How many CPU-bound threads run in each phase. The default is two per core of this machine.</source>
        <translation>Hvor mange CPU-tunge tråde der kører i hver fase. Standard er to pr. kerne på denne maskine.</translation>
    </message>
    <message>
        <source>Work per task</source>
        <translation>Arbejde pr. opgave</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each task needs; the same in both phases.</source>
        <translation>CPU-tid, som hver opgave skal bruge; den samme i begge faser.</translation>
    </message>
    <message>
        <source>task %1 (one core)</source>
        <translation>opgave %1 (én kerne)</translation>
    </message>
    <message>
        <source>task %1 (all cores)</source>
        <translation>opgave %1 (alle kerner)</translation>
    </message>
    <message>
        <source>Parallel: all cores</source>
        <translation>Parallelism: alle kerner</translation>
    </message>
    <message>
        <source>Concurrent: one core</source>
        <translation>Concurrency: én kerne</translation>
    </message>
    <message>
        <source>Could not read which cores this process may use (sched_getaffinity): %1</source>
        <translation>Kunne ikke læse, hvilke kerner processen må bruge (sched_getaffinity): %1</translation>
    </message>
    <message>
        <source>Could not pin the process to core %1 (sched_setaffinity): %2</source>
        <translation>Kunne ikke binde processen til kerne %1 (sched_setaffinity): %2</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>on or off</source>
        <translation>til eller fra</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment: write NAME=VALUE, for example threads=4.</source>
        <translation>&apos;%1&apos; er ikke en tildeling til en parameter: skriv NAVN=VÆRDI, for eksempel threads=4.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;: this scenario has no parameters.</source>
        <translation>Ukendt parameter &apos;%1&apos;: dette scenarie har ingen parametre.</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos;. Allowed: %2.</source>
        <translation>Ukendt parameter &apos;%1&apos;. Tilladt: %2.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be on or off (1/0, true/false; got &apos;%2&apos;).</source>
        <translation>Parameteren &apos;%1&apos; skal være til eller fra (1/0, true/false; du skrev &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be a whole number between %2 and %3 (got &apos;%4&apos;).</source>
        <translation>Parameteren &apos;%1&apos; skal være et helt tal mellem %2 og %3 (du skrev &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be a number between %2 and %3 (got &apos;%4&apos;).</source>
        <translation>Parameteren &apos;%1&apos; skal være et tal mellem %2 og %3 (du skrev &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; must be between %2 and %3 (got %4).</source>
        <translation>Parameteren &apos;%1&apos; skal være mellem %2 og %3 (du skrev %4).</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; has no value (allowed: %2).</source>
        <translation>Parameteren &apos;%1&apos; har ingen værdi (tilladt: %2).</translation>
    </message>
</context>
<context>
    <name>PhilosophersScenario</name>
    <message>
        <source>Dining philosophers</source>
        <translation>De spisende filosoffer</translation>
    </message>
    <message>
        <source>Philosophers sit around a table with one fork between each pair of neighbours. To eat, a philosopher locks the fork on the left and then the one on the right; between meals they think. In the first round every philosopher picks up the left fork at the same moment, so each one holds a fork and waits for the right neighbour to release the next one. The waits form a ring and nobody can ever eat: a deadlock with as many threads as philosophers. The detector draws the ring; the run hangs until you stop it.</source>
        <translation>Filosofferne sidder rundt om et bord med én gaffel mellem hvert par naboer. For at spise låser en filosof først gaflen til venstre og derefter den til højre; mellem måltiderne tænker de. I første runde tager alle filosoffer den venstre gaffel på samme tid, så hver af dem holder en gaffel og venter på, at naboen til højre frigiver den næste. Ventetiderne danner en ring, og ingen kan nogensinde spise: en deadlock med lige så mange tråde, som der er filosoffer. Detektoren tegner ringen; kørslen hænger, indtil du stopper den.</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Filosoffer</translation>
    </message>
    <message>
        <source>How many philosophers, and so how many forks, sit around the table.</source>
        <translation>Hvor mange filosoffer, og dermed hvor mange gafler, der er rundt om bordet.</translation>
    </message>
    <message>
        <source>Meals per philosopher</source>
        <translation>Måltider pr. filosof</translation>
    </message>
    <message>
        <source>How many times each philosopher wants to eat.</source>
        <translation>Hvor mange gange hver filosof vil spise.</translation>
    </message>
    <message>
        <source>Thinking time</source>
        <translation>Tænketid</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a philosopher sleeps between meals, varied at random by up to half.</source>
        <translation>Hvor længe en filosof sover mellem måltiderne, tilfældigt varieret med op til det halve.</translation>
    </message>
    <message>
        <source>Eating time</source>
        <translation>Spisetid</translation>
    </message>
    <message>
        <source>CPU work a philosopher does while holding both forks.</source>
        <translation>CPU-arbejde, som en filosof laver, mens den holder begge gafler.</translation>
    </message>
    <message>
        <source>Force the deadlock</source>
        <translation>Fremtving deadlocken</translation>
    </message>
    <message>
        <source>Everybody takes the left fork at the same moment in the first round, so the deadlock happens in every run. Turn it off to let the timing decide.</source>
        <translation>Alle tager den venstre gaffel på samme tid i første runde, så deadlocken sker i hver kørsel. Slå det fra for at lade timingen afgøre det.</translation>
    </message>
</context>
<context>
    <name>ProcessesScenario</name>
    <message>
        <source>Processes on several cores</source>
        <translation>Processer på flere kerner</translation>
    </message>
    <message>
        <source>The runner forks several processes that each do the same CPU-bound work. Look at the core lanes: with more than one core, the processes run at the same time on different cores. Each process increments a global counter, but processes do not share memory: after fork every child has its own copy, so each child counts only its own increments and the parent&apos;s copy stays at 0. Compare with the threads scenario, where all threads share one counter.</source>
        <translation>Runneren starter flere processer med fork, og de laver hver især det samme CPU-tunge arbejde. Se på kernernes rækker: med mere end én kerne kører processerne på samme tid på forskellige kerner. Hver proces tæller en global tæller op, men processer deler ikke hukommelse: efter fork har hver børneproces sin egen kopi, så hver af dem tæller kun sine egne optællinger, og forælderprocessens kopi bliver ved med at være 0. Sammenlign med tråde-scenariet, hvor alle tråde deler én tæller.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>How many child processes to fork. The default is one per core of this machine.</source>
        <translation>Hvor mange børneprocesser der startes med fork. Standard er én pr. kerne på denne maskine.</translation>
    </message>
    <message>
        <source>Work per process</source>
        <translation>Arbejde pr. proces</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each process spends working.</source>
        <translation>CPU-tid, som hver proces bruger på at arbejde.</translation>
    </message>
    <message>
        <source>Increments per process</source>
        <translation>Optællinger pr. proces</translation>
    </message>
    <message>
        <source>How many times each process increments its counter.</source>
        <translation>Hvor mange gange hver proces tæller sin tæller op.</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>tæller</translation>
    </message>
    <message>
        <source>Could not map the page the children report their counters through (mmap: %1).</source>
        <translation>Kunne ikke mappe den side, som børneprocesserne melder deres tællere gennem (mmap: %1).</translation>
    </message>
</context>
<context>
    <name>ProducerConsumerScenario</name>
    <message>
        <source>Producers and consumers: a bounded buffer</source>
        <translation>Producent-forbruger: begrænset buffer</translation>
    </message>
    <message>
        <source>Producer threads make items and put them into a buffer with room for only a few; consumer threads take them out and process them. A mutex protects the buffer, and two condition variables let a thread wait without using the CPU: a producer waits until the buffer is not full, a consumer until it is not empty. In the first half of the run the producers are faster, so the buffer fills up and the producer lanes show waits for the condition &quot;not full&quot;. Halfway through, the producers slow down, and now the consumers wait for &quot;not empty&quot;. After a wait a thread must also get the mutex back, which is why a short lock wait can follow the condition wait.</source>
        <translation>Producenttråde laver elementer og lægger dem i en buffer med plads til kun nogle få; forbrugertråde tager dem ud og behandler dem. En mutex beskytter bufferen, og to betingelsesvariabler lader en tråd vente uden at bruge CPU: en producent venter, til bufferen ikke er fuld, en forbruger, til den ikke er tom. I første halvdel af kørslen er producenterne hurtigst, så bufferen bliver fyldt op, og producenternes rækker viser ventetid på betingelsen &quot;ikke fuld&quot;. Halvvejs sætter producenterne farten ned, og nu venter forbrugerne på &quot;ikke tom&quot;. Efter en ventetid skal en tråd også have mutexen tilbage, og derfor kan en kort ventetid på mutexen følge efter ventetiden på betingelsen.</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producenter</translation>
    </message>
    <message>
        <source>How many threads make items.</source>
        <translation>Hvor mange tråde der laver elementer.</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Forbrugere</translation>
    </message>
    <message>
        <source>How many threads take items out of the buffer.</source>
        <translation>Hvor mange tråde der tager elementer ud af bufferen.</translation>
    </message>
    <message>
        <source>Buffer capacity</source>
        <translation>Bufferens kapacitet</translation>
    </message>
    <message>
        <source>How many items fit in the buffer at once.</source>
        <translation>Hvor mange elementer der kan være i bufferen på én gang.</translation>
    </message>
    <message>
        <source>Items per producer</source>
        <translation>Elementer pr. producent</translation>
    </message>
    <message>
        <source>How many items each producer makes.</source>
        <translation>Hvor mange elementer hver producent laver.</translation>
    </message>
    <message>
        <source>Time to make an item</source>
        <translation>Tid til at lave et element</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a producer needs per item in the first half; in the second half it needs four times as long.</source>
        <translation>CPU-tid, som en producent skal bruge pr. element i første halvdel; i anden halvdel skal den bruge fire gange så lang tid.</translation>
    </message>
    <message>
        <source>Time to process an item</source>
        <translation>Tid til at behandle et element</translation>
    </message>
    <message>
        <source>CPU time a consumer needs per item.</source>
        <translation>CPU-tid, som en forbruger skal bruge pr. element.</translation>
    </message>
    <message>
        <source>buffer lock</source>
        <translation>bufferlås</translation>
    </message>
    <message>
        <source>not full</source>
        <translation>ikke fuld</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>ikke tom</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message>
        <source>No program was given: name a program to record, e.g. python3 or ./my-program.</source>
        <translation>Der blev ikke angivet noget program: skriv navnet på det program, der skal optages, fx python3 eller ./mit-program.</translation>
    </message>
    <message>
        <source>The working folder &apos;%1&apos; does not exist.</source>
        <translation>Arbejdsmappen &apos;%1&apos; findes ikke.</translation>
    </message>
    <message>
        <source>The environment variable &apos;%1&apos; must be written NAME=VALUE.</source>
        <translation>Miljøvariablen &apos;%1&apos; skal skrives NAVN=VÆRDI.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a program.</source>
        <translation>&apos;%1&apos; er en mappe, ikke et program.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not executable (chmod +x %1 makes it so, or run it with its interpreter, e.g. python3 %1).</source>
        <translation>&apos;%1&apos; kan ikke køres (chmod +x %1 gør den kørbar, eller kør den med sin fortolker, fx python3 %1).</translation>
    </message>
    <message>
        <source>The program &apos;%1&apos; does not exist.</source>
        <translation>Programmet &apos;%1&apos; findes ikke.</translation>
    </message>
    <message>
        <source>The program &apos;%1&apos; was not found in any folder of PATH.</source>
        <translation>Programmet &apos;%1&apos; blev ikke fundet i nogen af mapperne i PATH.</translation>
    </message>
</context>
<context>
    <name>ProgramExamples</name>
    <message>
        <source>Python threads doing CPU work</source>
        <translation>Python-tråde med CPU-arbejde</translation>
    </message>
    <message>
        <source>The threads take turns (the GIL): at most one core counts at a time.</source>
        <translation>Trådene skiftes til (GIL&apos;en): højst én kerne regner ad gangen.</translation>
    </message>
    <message>
        <source>Python processes doing CPU work</source>
        <translation>Python-processer med CPU-arbejde</translation>
    </message>
    <message>
        <source>The same work with multiprocessing: each process has its own GIL, all cores count at once.</source>
        <translation>Det samme arbejde med multiprocessing: hver proces har sin egen GIL, og alle kerner regner på samme tid.</translation>
    </message>
    <message>
        <source>Python threads waiting on I/O</source>
        <translation>Python-tråde der venter på I/O</translation>
    </message>
    <message>
        <source>Threads that sleep let go of the GIL: four waits of a second overlap and take about one.</source>
        <translation>Tråde der sover, frigiver GIL&apos;en: fire ventetider på et sekund overlapper og tager omkring ét i alt.</translation>
    </message>
    <message>
        <source>asyncio: many waits in one thread</source>
        <translation>asyncio: mange ventetider i én tråd</translation>
    </message>
    <message>
        <source>Coroutines wait at the same time in a single thread: concurrency without parallelism.</source>
        <translation>Coroutiner venter på samme tid i en enkelt tråd: concurrency uden parallelism.</translation>
    </message>
    <message>
        <source>C threads on all cores</source>
        <translation>C-tråde på alle kerner</translation>
    </message>
    <message>
        <source>One POSIX thread per core, no GIL: every core is busy at once. Compiled with cc when picked.</source>
        <translation>Én POSIX-tråd pr. kerne og ingen GIL: alle kerner arbejder på samme tid. Oversættes med cc, når du vælger det.</translation>
    </message>
    <message>
        <source>C deadlock: two mutexes</source>
        <translation>C-deadlock: to mutexer</translation>
    </message>
    <message>
        <source>Two threads take two mutexes in opposite orders and wait for each other for ever: a deadlock, found while the program hangs. Press Stop to end it. Compiled with cc when picked.</source>
        <translation>To tråde låser to mutexer i modsat rækkefølge og venter på hinanden for altid: en deadlock, som findes, mens programmet hænger. Tryk Stop for at afslutte det. Oversættes med cc, når du vælger det.</translation>
    </message>
</context>
<context>
    <name>RaceScenario</name>
    <message>
        <source>Race condition: lost updates</source>
        <translation>Race condition: tabte opdateringer</translation>
    </message>
    <message>
        <source>Several threads add one to the same shared counter, many times each. Every increment is two steps: the thread reads the counter, works a little, and then writes back the value it read plus one. When another thread writes the counter between those two steps, that write is overwritten and its update is lost: whoever writes last wins. The marked writes in the chart are the lost ones, each linked to the write that overwrote it. The results compare the expected total with the actual one; the mutex scenario shows the fix.</source>
        <translation>Flere tråde lægger én til den samme delte tæller, mange gange hver. Hver optælling er to trin: tråden læser tælleren, arbejder lidt og skriver så den læste værdi plus én tilbage. Når en anden tråd skriver til tælleren mellem de to trin, bliver den skrivning overskrevet, og dens opdatering går tabt: den, der skriver sidst, vinder. De markerede skrivninger i diagrammet er de tabte, hver forbundet med den skrivning, der overskrev den. Resultaterne sammenligner den forventede sum med den faktiske; mutex-scenariet viser løsningen.</translation>
    </message>
    <message>
        <source>CPU work a thread does after reading the counter and before writing it back. A wider window loses more updates.</source>
        <translation>CPU-arbejde, som en tråd laver, efter at den har læst tælleren, og før den skriver den tilbage. Jo bredere vinduet er, desto flere opdateringer går tabt.</translation>
    </message>
    <message>
        <source>CPU work a thread does between two increments, outside the read and write.</source>
        <translation>CPU-arbejde, som en tråd laver mellem to optællinger, uden for læsningen og skrivningen.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>delt tæller</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <source>Lock acquisitions</source>
        <translation>Låsninger</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Faktisk værdi</translation>
    </message>
    <message>
        <source>Async time (ms)</source>
        <translation>Tid med async (ms)</translation>
    </message>
    <message>
        <source>Async time / blocking time</source>
        <translation>Tid med async / blokerende tid</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Blocking time (ms)</source>
        <translation>Blokerende tid (ms)</translation>
    </message>
    <message>
        <source>Buffer capacity</source>
        <translation>Bufferens kapacitet</translation>
    </message>
    <message>
        <source>Every item taken exactly once</source>
        <translation>Hvert element taget præcis én gang</translation>
    </message>
    <message>
        <source>Each child&apos;s counter</source>
        <translation>Tælleren i hver børneproces</translation>
    </message>
    <message>
        <source>Child exit status</source>
        <translation>Børneprocessens afslutningsstatus</translation>
    </message>
    <message>
        <source>Child started</source>
        <translation>Børneproces startet</translation>
    </message>
    <message>
        <source>Child killed by signal</source>
        <translation>Børneproces dræbt af signal</translation>
    </message>
    <message>
        <source>Child task</source>
        <translation>Børneprocessens opgave</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Condition waits</source>
        <translation>Ventetider på betingelser</translation>
    </message>
    <message>
        <source>Consumer waits</source>
        <translation>Forbrugernes ventetider</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Forbrugere</translation>
    </message>
    <message>
        <source>Cores used (one core)</source>
        <translation>Kerner brugt (én kerne)</translation>
    </message>
    <message>
        <source>Cores used (parallel)</source>
        <translation>Kerner brugt (parallelt)</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>Coroutiner</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerner</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Exclusion violations</source>
        <translation>Brud på gensidig udelukkelse</translation>
    </message>
    <message>
        <source>Exit statuses</source>
        <translation>Afslutningsstatusser</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Forventet værdi</translation>
    </message>
    <message>
        <source>Expected per child</source>
        <translation>Forventet pr. børneproces</translation>
    </message>
    <message>
        <source>Expected suspensions</source>
        <translation>Forventede suspenderinger</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Optællinger pr. tråd</translation>
    </message>
    <message>
        <source>Items consumed</source>
        <translation>Elementer forbrugt</translation>
    </message>
    <message>
        <source>Items expected</source>
        <translation>Elementer forventet</translation>
    </message>
    <message>
        <source>Items produced</source>
        <translation>Elementer produceret</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Ventetid på låse</translation>
    </message>
    <message>
        <source>Event loop idle (ms)</source>
        <translation>Event loop i tomgang (ms)</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Tabte opdateringer</translation>
    </message>
    <message>
        <source>Most holders at once</source>
        <translation>Flest holdere på én gang</translation>
    </message>
    <message>
        <source>Most readers at once</source>
        <translation>Flest læsere på én gang</translation>
    </message>
    <message>
        <source>Fullest buffer</source>
        <translation>Flest elementer i bufferen</translation>
    </message>
    <message>
        <source>Longest wait (ns)</source>
        <translation>Længste ventetid (ns)</translation>
    </message>
    <message>
        <source>Meals eaten</source>
        <translation>Måltider spist</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <source>Parent&apos;s counter</source>
        <translation>Forælderprocessens tæller</translation>
    </message>
    <message>
        <source>Per thread</source>
        <translation>Pr. tråd</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Tilladelser</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Filosoffer</translation>
    </message>
    <message>
        <source>Pinned core</source>
        <translation>Bundet til kerne</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>Producer waits</source>
        <translation>Producenternes ventetider</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producenter</translation>
    </message>
    <message>
        <source>Reader waits</source>
        <translation>Læsernes ventetider</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Læsere</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Læsninger</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nye forsøg</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Rounds completed</source>
        <translation>Runder gennemført</translation>
    </message>
    <message>
        <source>Seen by each thread</source>
        <translation>Set af hver tråd</translation>
    </message>
    <message>
        <source>Shared counter</source>
        <translation>Delt tæller</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Hastighedsgevinst</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspenderinger</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>CPU time per thread (ns)</source>
        <translation>CPU-tid pr. tråd (ns)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Tråde</translation>
    </message>
    <message>
        <source>Threads used</source>
        <translation>Tråde brugt</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>Torn reads</source>
        <translation>Læsninger af halvskrevet tabel</translation>
    </message>
    <message>
        <source>Total wait (ms)</source>
        <translation>Samlet ventetid (ms)</translation>
    </message>
    <message>
        <source>Total wait (ns)</source>
        <translation>Samlet ventetid (ns)</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Ventetider</translation>
    </message>
    <message>
        <source>Wall time on one core (ms)</source>
        <translation>Faktisk tid på én kerne (ms)</translation>
    </message>
    <message>
        <source>Wall time in parallel (ms)</source>
        <translation>Faktisk tid parallelt (ms)</translation>
    </message>
    <message>
        <source>Work (ms)</source>
        <translation>Arbejde (ms)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbejdere</translation>
    </message>
    <message>
        <source>Writer wait (ms)</source>
        <translation>Skriverens ventetid (ms)</translation>
    </message>
    <message>
        <source>Writer waits</source>
        <translation>Skrivernes ventetider</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Skrivninger</translation>
    </message>
    <message>
        <source>Cores each child ran on</source>
        <translation>Kerner brugt af hver børneproces</translation>
    </message>
    <message>
        <source>Lock order seen</source>
        <translation>Låserækkefølge set</translation>
    </message>
    <message>
        <source>Cycles in the lock order</source>
        <translation>Cykler i låserækkefølgen</translation>
    </message>
    <message>
        <source>Most philosophers eating at once</source>
        <translation>Flest filosoffer, der spiste på én gang</translation>
    </message>
    <message>
        <source>Neighbours eating at the same time</source>
        <translation>Naboer, der spiste på samme tid</translation>
    </message>
    <message>
        <source>Timeouts that broke a deadlock</source>
        <translation>Timeouts, der brød en deadlock</translation>
    </message>
    <message>
        <source>Deadlocks formed</source>
        <translation>Deadlocks dannet</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Could not start the process %1 (fork): %2</source>
        <translation>Kunne ikke starte processen %1 (fork): %2</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>A run is already in progress; stop it first.</source>
        <translation>En kørsel er allerede i gang; stop den først.</translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Ukendt scenarie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>estimate chosen by the user</source>
        <translation>anslået efter brugerens valg</translation>
    </message>
    <message>
        <source>The kernel&apos;s context-switch records are not available: %1</source>
        <translation>Styresystemets registreringer af kontekstskift er ikke tilgængelige: %1</translation>
    </message>
    <message>
        <source>The runner stopped before the run began (%1).</source>
        <translation>Runneren stoppede, før kørslen begyndte (%1).</translation>
    </message>
    <message>
        <source>The runner did not start within 10 seconds.</source>
        <translation>Runneren startede ikke inden for 10 sekunder.</translation>
    </message>
    <message>
        <source>The runner %1.</source>
        <translation>Runneren %1.</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; cannot be taken step by step; these can: %2.</source>
        <translation>Scenariet &apos;%1&apos; kan ikke tages trin for trin; det kan disse: %2.</translation>
    </message>
</context>
<context>
    <name>RunTimeLimit</name>
    <message>
        <source>With %1, a run would take about %2 s on this machine when it is idle (cores: %3); the limit is %4 s. Lower one of these values.</source>
        <translation>Med %1 ville en kørsel tage omkring %2 s på denne maskine, når den er ledig (kerner: %3); grænsen er %4 s. Sæt en af disse værdier lavere.</translation>
    </message>
</context>
<context>
    <name>RunnerHost</name>
    <message>
        <source>Could not create the shared memory for the run: %1</source>
        <translation>Kunne ikke oprette den delte hukommelse til kørslen: %1</translation>
    </message>
    <message>
        <source>Could not make a pipe for the program&apos;s output: %1</source>
        <translation>Kunne ikke lave en pipe til programmets uddata: %1</translation>
    </message>
</context>
<context>
    <name>RunnerProcess</name>
    <message>
        <source>Could not start the runner %1: %2</source>
        <translation>Kunne ikke starte runneren %1: %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>kører stadig</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>blev dræbt af signal %1 (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>sluttede med status %1</translation>
    </message>
    <message>
        <source>Processes of run %1 were still alive after %2 ms</source>
        <translation>Processer fra kørsel %1 levede stadig efter %2 ms</translation>
    </message>
</context>
<context>
    <name>RunnerResults</name>
    <message>
        <source>The scenario&apos;s results are larger than %1 KiB.</source>
        <translation>Scenariets resultater er større end %1 KiB.</translation>
    </message>
    <message>
        <source>The runner&apos;s results are damaged: their size is given as %1 bytes, but the results block holds at most %2.</source>
        <translation>Runnerens resultater er beskadigede: deres størrelse er angivet som %1 byte, men resultatblokken rummer højst %2.</translation>
    </message>
    <message>
        <source>The runner&apos;s results are damaged: they are not a JSON object (%1).</source>
        <translation>Runnerens resultater er beskadigede: de er ikke et JSON-objekt (%1).</translation>
    </message>
</context>
<context>
    <name>RwLockScenario</name>
    <message>
        <source>Reader-writer lock</source>
        <translation>Læser-skriver-lås</translation>
    </message>
    <message>
        <source>Several reader threads and a writer share a table protected by a reader-writer lock. Readers only look at the table, so they may hold the lock at the same time: in the lock rows of the reader lanes, the held spans overlap. A writer changes the table, so it must hold the lock alone: while it writes, no reader is inside, and it has to wait until every reader has left. On Linux the standard library lets new readers in even while a writer waits, so with many busy readers a writer can wait for a long time. The results count the most readers inside at once and check that no reader ever saw a half-written table.</source>
        <translation>Flere læsetråde og en skriver deler en tabel, der er beskyttet af en læser-skriver-lås. Læsere kigger kun på tabellen, så de må holde låsen på samme tid: i låselinjerne i læsernes rækker overlapper de perioder, hvor låsen holdes. En skriver ændrer tabellen, så den skal holde låsen alene: mens den skriver, er ingen læser inde, og den må vente, til alle læsere er gået ud. På Linux lukker standardbiblioteket nye læsere ind, selv mens en skriver venter, så med mange travle læsere kan en skriver komme til at vente længe. Resultaterne tæller det største antal læsere inde på én gang og tjekker, at ingen læser nogensinde så en halvt skrevet tabel.</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Læsere</translation>
    </message>
    <message>
        <source>How many threads read the table.</source>
        <translation>Hvor mange tråde der læser tabellen.</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>How many threads change the table.</source>
        <translation>Hvor mange tråde der ændrer tabellen.</translation>
    </message>
    <message>
        <source>Reads per reader</source>
        <translation>Læsninger pr. læser</translation>
    </message>
    <message>
        <source>How many times each reader reads the table.</source>
        <translation>Hvor mange gange hver læser læser tabellen.</translation>
    </message>
    <message>
        <source>Writes per writer</source>
        <translation>Skrivninger pr. skriver</translation>
    </message>
    <message>
        <source>How many times each writer changes the table.</source>
        <translation>Hvor mange gange hver skriver ændrer tabellen.</translation>
    </message>
    <message>
        <source>Time to read</source>
        <translation>Tid til at læse</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a reader spends inside the lock per read.</source>
        <translation>CPU-tid, som en læser bruger inde i låsen pr. læsning.</translation>
    </message>
    <message>
        <source>Time to write</source>
        <translation>Tid til at skrive</translation>
    </message>
    <message>
        <source>CPU time a writer spends inside the lock per write.</source>
        <translation>CPU-tid, som en skriver bruger inde i låsen pr. skrivning.</translation>
    </message>
</context>
<context>
    <name>ScheduleExplorer</name>
    <message>
        <source>These parameters have more than %1 interleavings, too many to explore; try fewer threads or steps.</source>
        <translation>Disse parametre giver mere end %1 rækkefølger (interleavings), for mange til at udforske; prøv med færre tråde eller trin.</translation>
    </message>
    <message>
        <source>The exploration was stopped after %1 schedules.</source>
        <translation>Udforskningen blev stoppet efter %1 rækkefølger.</translation>
    </message>
    <message>
        <source>The schedule %1 did not complete: %2</source>
        <translation>Rækkefølgen %1 blev ikke gennemført: %2</translation>
    </message>
</context>
<context>
    <name>SchedulingSourceText</name>
    <message>
        <source>kernel</source>
        <comment>scheduling source</comment>
        <translation>fra styresystemet</translation>
    </message>
    <message>
        <source>cores from the kernel&apos;s context switches</source>
        <translation>kerner fra styresystemets kontekstskift</translation>
    </message>
    <message>
        <source>Cores: kernel context switches</source>
        <translation>Kerner: styresystemets kontekstskift</translation>
    </message>
    <message>
        <source>Which core ran which task comes from the kernel&apos;s own context-switch records.</source>
        <translation>Hvilken kerne der kørte hvilken opgave, kommer fra styresystemets egne registreringer af kontekstskift.</translation>
    </message>
    <message>
        <source>estimated</source>
        <comment>scheduling source</comment>
        <translation>anslået</translation>
    </message>
    <message>
        <source>cores estimated from work chunks</source>
        <translation>kerner anslået ud fra arbejdsstykker</translation>
    </message>
    <message>
        <source>Cores: estimated from work chunks</source>
        <translation>Kerner: anslået ud fra arbejdsstykker</translation>
    </message>
    <message>
        <source>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on.</source>
        <translation>Hvilken kerne der kørte hvilken opgave, er anslået: scenariet melder selv sine arbejdsstykker og den kerne, de kørte på.</translation>
    </message>
    <message>
        <source>Which core ran which task is estimated: the workload reports its own work slices with the core it ran on. Why not the kernel&apos;s context-switch records: %1.</source>
        <translation>Hvilken kerne der kørte hvilken opgave, er anslået: scenariet melder selv sine arbejdsstykker og den kerne, de kørte på. Hvorfor ikke styresystemets registreringer af kontekstskift: %1.</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>scheduling source</comment>
        <translation>importeret</translation>
    </message>
    <message>
        <source>imported from a Chrome trace</source>
        <translation>importeret fra en Chrome Trace-fil</translation>
    </message>
    <message>
        <source>Imported from a Chrome trace</source>
        <translation>Importeret fra en Chrome Trace-fil</translation>
    </message>
    <message>
        <source>This trace was imported from a Chrome trace that another program recorded: its slices are shown as that program wrote them, and Samtidig does not know how it measured them or how many CPUs the machine had.</source>
        <translation>Dette spor er importeret fra en Chrome Trace-fil, som et andet program har optaget: dets stykker vises, sådan som programmet skrev dem, og Samtidig ved ikke, hvordan det målte dem, eller hvor mange CPU&apos;er maskinen havde.</translation>
    </message>
</context>
<context>
    <name>SemaphoreScenario</name>
    <message>
        <source>Semaphore: at most K at a time</source>
        <translation>Semafor: højst K ad gangen</translation>
    </message>
    <message>
        <source>A semaphore is a counter of permits: a thread takes a permit before it uses a shared resource and gives it back afterwards, and when no permit is left it waits. Here several workers want to use a pool that only K of them may use at the same time, like a limited number of database connections. In the chart, at most K worker lanes hold the semaphore at any moment and the others wait for it; each time one worker gives its permit back, a waiting worker gets it. A mutex is the special case K = 1. The results show the most holders seen at once, which is never more than K.</source>
        <translation>En semafor er en tæller af tilladelser: en tråd tager en tilladelse, før den bruger en delt ressource, og giver den tilbage bagefter, og når der ikke er flere tilladelser tilbage, venter den. Her vil flere arbejdere bruge en pulje, som kun K af dem må bruge på samme tid, ligesom et begrænset antal databaseforbindelser. I diagrammet holder højst K arbejderrækker semaforen på noget tidspunkt, og de andre venter på den; hver gang en arbejder giver sin tilladelse tilbage, får en ventende arbejder den. En mutex er specialtilfældet K = 1. Resultaterne viser det største antal holdere på én gang, og det er aldrig mere end K.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbejdere</translation>
    </message>
    <message>
        <source>How many threads want to use the pool.</source>
        <translation>Hvor mange tråde der vil bruge puljen.</translation>
    </message>
    <message>
        <source>Permits (K)</source>
        <translation>Tilladelser (K)</translation>
    </message>
    <message>
        <source>How many workers may use the pool at the same time.</source>
        <translation>Hvor mange arbejdere der må bruge puljen på samme tid.</translation>
    </message>
    <message>
        <source>Uses per worker</source>
        <translation>Brug pr. arbejder</translation>
    </message>
    <message>
        <source>How many times each worker uses the pool.</source>
        <translation>Hvor mange gange hver arbejder bruger puljen.</translation>
    </message>
    <message>
        <source>Time per use</source>
        <translation>Tid pr. brug</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time a worker spends while it holds a permit.</source>
        <translation>CPU-tid, som en arbejder bruger, mens den holder en tilladelse.</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pulje</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>The arguments have a %1 that is never closed.</source>
        <translation>Argumenterne har et %1, der aldrig bliver lukket.</translation>
    </message>
</context>
<context>
    <name>SpinScenario</name>
    <message>
        <source>CPU-bound threads</source>
        <translation>CPU-tunge tråde</translation>
    </message>
    <message>
        <source>Several threads that only compute. Unpinned, the kernel spreads them over the cores and the core lanes are full. Pinned to one core, they must share it: the core lane shows their slices one after another, and each thread&apos;s lane alternates between running and runnable (ready, but waiting for the core). Each thread&apos;s measured CPU time is in the results, so you can check the slices against it.</source>
        <translation>Flere tråde, der kun regner. Uden binding fordeler styresystemet dem på kernerne, og kernernes rækker er fulde. Bundet til én kerne må de dele den: kernens række viser deres tidsskiver efter hinanden, og hver tråds række skifter mellem at køre og at være klar (klar, men venter på kernen). Hver tråds målte CPU-tid står i resultaterne, så du kan holde tidsskiverne op mod den.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Tråde</translation>
    </message>
    <message>
        <source>How many CPU-bound threads to start.</source>
        <translation>Hvor mange CPU-tunge tråde der startes.</translation>
    </message>
    <message>
        <source>Work per thread</source>
        <translation>Arbejde pr. tråd</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each thread spends working.</source>
        <translation>CPU-tid, som hver tråd bruger på at arbejde.</translation>
    </message>
    <message>
        <source>Pin to core</source>
        <translation>Bind til kerne</translation>
    </message>
    <message>
        <source>Run every thread on this core only; -1 lets the kernel choose.</source>
        <translation>Kør alle tråde på kun denne kerne; -1 lader styresystemet vælge.</translation>
    </message>
    <message>
        <source>Pin to core (pin_cpu) is %1, but this machine has only cores 0 to %2.</source>
        <translation>Bind til kerne (pin_cpu) er %1, men denne maskine har kun kernerne 0 til %2.</translation>
    </message>
</context>
<context>
    <name>StepDriver</name>
    <message>
        <source>Step %1 of the schedule names thread %2, but this run has threads 1 to %3.</source>
        <translation>Trin %1 i rækkefølgen nævner tråd %2, men denne kørsel har tråd 1 til %3.</translation>
    </message>
    <message>
        <source>Step %1 of the schedule cannot be taken: thread %2 cannot move, it waits for &apos;%3&apos;, which another thread holds.</source>
        <translation>Trin %1 i rækkefølgen kan ikke tages: tråd %2 kan ikke gå videre, den venter på &apos;%3&apos;, som en anden tråd holder.</translation>
    </message>
    <message>
        <source>Step %1 of the schedule cannot be taken: thread %2 has finished.</source>
        <translation>Trin %1 i rækkefølgen kan ikke tages: tråd %2 er færdig.</translation>
    </message>
    <message>
        <source>--schedule must be thread numbers separated by commas, such as 1,2,1,2; each between 1 and %1 (got &apos;%2&apos;).</source>
        <translation>--schedule skal være trådnumre adskilt af kommaer, som 1,2,1,2; hvert mellem 1 og %1 (du skrev &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starte</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>læse %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skrive %1</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>låse %1</translation>
    </message>
    <message>
        <source>try to lock %1</source>
        <translation>prøve at låse %1</translation>
    </message>
    <message>
        <source>try to lock %1 for a while</source>
        <translation>prøve at låse %1 i et stykke tid</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>frigive %1</translation>
    </message>
    <message>
        <source>lock %1 for reading</source>
        <translation>låse %1 for at læse</translation>
    </message>
    <message>
        <source>release %1 after reading</source>
        <translation>frigive %1 efter læsning</translation>
    </message>
    <message>
        <source>wait for %1</source>
        <translation>vente på %1</translation>
    </message>
    <message>
        <source>notify %1</source>
        <translation>give %1 besked</translation>
    </message>
    <message>
        <source>acquire %1</source>
        <translation>tage %1</translation>
    </message>
    <message>
        <source>thread %1 will %2</source>
        <translation>tråd %1 vil %2</translation>
    </message>
    <message>
        <source>thread %1 waits for %2</source>
        <translation>tråd %1 venter på %2</translation>
    </message>
    <message>
        <source>thread %1 has finished</source>
        <translation>tråd %1 er færdig</translation>
    </message>
    <message>
        <source>thread %1 is running</source>
        <translation>tråd %1 kører</translation>
    </message>
    <message>
        <source>The threads are still moving; wait for them to stop at their next step.</source>
        <translation>Trådene er stadig i gang; vent, til de standser ved deres næste trin.</translation>
    </message>
    <message>
        <source>There is no thread %1; this run has threads 1 to %2.</source>
        <translation>Der er ingen tråd %1; denne kørsel har tråd 1 til %2.</translation>
    </message>
    <message>
        <source>Thread %1 cannot move: it waits for &apos;%2&apos;, which another thread holds.</source>
        <translation>Tråd %1 kan ikke gå videre: den venter på &apos;%2&apos;, som en anden tråd holder.</translation>
    </message>
    <message>
        <source>Thread %1 cannot move: it has finished.</source>
        <translation>Tråd %1 kan ikke gå videre: den er færdig.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Processes and threads</source>
        <translation>Processer og tråde</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Parallelism and concurrency</source>
        <translation>Parallelism og concurrency</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
</context>
<context>
    <name>ThreadsScenario</name>
    <message>
        <source>Threads sharing memory</source>
        <translation>Tråde, der deler hukommelse</translation>
    </message>
    <message>
        <source>One process starts several threads; the main thread works too and has its own lane. All of them belong to the same process, run in parallel on the cores and share its memory. Each thread adds to one shared counter (an atomic increment, so no update is lost), and at the end every thread sees the same total. Compare with the processes scenario, where every process has its own copy, and with the race condition scenario, where the increments are not atomic.</source>
        <translation>Én proces starter flere tråde; main-tråden arbejder også og har sin egen række. De hører alle til den samme proces, kører parallelt på kernerne og deler dens hukommelse. Hver tråd lægger til én delt tæller (en atomisk optælling, så ingen opdatering går tabt), og til sidst ser alle tråde den samme sum. Sammenlign med processer-scenariet, hvor hver proces har sin egen kopi, og med race condition-scenariet, hvor optællingerne ikke er atomiske.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Tråde</translation>
    </message>
    <message>
        <source>How many threads to start besides the main thread. The default is one per core.</source>
        <translation>Hvor mange tråde der startes ud over main-tråden. Standard er én pr. kerne.</translation>
    </message>
    <message>
        <source>Work per thread</source>
        <translation>Arbejde pr. tråd</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>CPU time each thread spends working.</source>
        <translation>CPU-tid, som hver tråd bruger på at arbejde.</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Optællinger pr. tråd</translation>
    </message>
    <message>
        <source>How many times each thread adds one to the shared counter.</source>
        <translation>Hvor mange gange hver tråd lægger én til den delte tæller.</translation>
    </message>
    <message>
        <source>shared counter</source>
        <translation>delt tæller</translation>
    </message>
</context>
<context>
    <name>TimeoutScenario</name>
    <message>
        <source>Timeouts: breaking the deadlock</source>
        <translation>Timeouts: deadlocken brydes</translation>
    </message>
    <message>
        <source>Rounds per thread</source>
        <translation>Runder pr. tråd</translation>
    </message>
    <message>
        <source>How many times each thread must get both locks before it is done.</source>
        <translation>Hvor mange gange hver tråd skal have begge låse, før den er færdig.</translation>
    </message>
    <message>
        <source>Lock timeout</source>
        <translation>Timeout for lås</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a thread waits for a lock before it gives up.</source>
        <translation>Hvor længe en tråd venter på en lås, før den giver op.</translation>
    </message>
    <message>
        <source>Longest back-off</source>
        <translation>Længste pause før nyt forsøg</translation>
    </message>
    <message>
        <source>After a timeout a thread sleeps for a random time of up to this long before it tries again.</source>
        <translation>Efter en timeout sover en tråd i et tilfældigt tidsrum på op til så længe, før den prøver igen.</translation>
    </message>
    <message>
        <source>Work holding a lock</source>
        <translation>Arbejde, mens låsen holdes</translation>
    </message>
    <message>
        <source>CPU work a thread does after taking each lock.</source>
        <translation>CPU-arbejde, som en tråd laver, efter at den har taget hver lås.</translation>
    </message>
    <message>
        <source>Work between rounds</source>
        <translation>Arbejde mellem runder</translation>
    </message>
    <message>
        <source>CPU work a thread does before each attempt, holding no lock.</source>
        <translation>CPU-arbejde, som en tråd laver før hvert forsøg uden at holde nogen lås.</translation>
    </message>
    <message>
        <source>The same two threads and locks as in the deadlock scenario: thread 1 wants A and then B, thread 2 wants B and then A, and in the first round both take their first lock at the same time. This time a thread waits for a lock only for a limited time. When the time is up, it gives up, releases the lock it holds, since it is probably the one the other thread is waiting for, waits a random while and tries again. Thread 2 also lets thread 1 finish its round before it tries again, so a retry cannot run into the same deadlock however long the locks are held. Look for the timed-out lock attempts, the back-off sleeps and the retries that succeed: the run finishes. The lock order is still unsafe, so the analysis warns about it.</source>
        <translation>De samme to tråde og låse som i deadlock-scenariet: tråd 1 vil have A og så B, tråd 2 vil have B og så A, og i første runde tager begge deres første lås på samme tid. Denne gang venter en tråd kun på en lås i begrænset tid. Når tiden er gået, giver den op og frigiver den lås, den holder, fordi den nok er den, som den anden tråd venter på; så venter den et tilfældigt stykke tid og prøver igen. Tråd 2 lader også tråd 1 gøre sin runde færdig, før den prøver igen, så et nyt forsøg kan ikke løbe ind i den samme deadlock, hvor længe låsene end holdes. Se efter låseforsøgene, der fik timeout, pauserne før nye forsøg og de nye forsøg, der lykkes: kørslen bliver færdig. Låserækkefølgen er stadig usikker, så analysen advarer om den.</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>task %1</source>
        <translation>opgave %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proces %1</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>tråd %1</translation>
    </message>
</context>
<context>
    <name>samtidig::CommandLine</name>
    <message>
        <source>Samtidig runs real threads, processes, locks and coroutines and draws what every core and every task does, live.</source>
        <translation>Samtidig kører rigtige tråde, processer, låse og coroutiner og tegner live, hvad hver kerne og hver opgave laver.</translation>
    </message>
    <message>
        <source>Start with scenario &lt;id&gt; selected (one of: %1).</source>
        <translation>Start med scenariet &lt;id&gt; valgt (et af: %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Set a parameter of the scenario, for example threads=4. May be repeated.</source>
        <translation>Sæt en parameter for scenariet, for eksempel threads=4. Kan gentages.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>navn=værdi</translation>
    </message>
    <message>
        <source>Start running the scenario at once.</source>
        <translation>Start kørslen af scenariet med det samme.</translation>
    </message>
    <message>
        <source>Language of the window: da (Danish) or en (English).</source>
        <translation>Vinduets sprog: da (dansk) eller en (engelsk).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>%1
Run &apos;samtidig --help&apos; to see the options.</source>
        <translation>%1
Kør &apos;samtidig --help&apos; for at se valgmulighederne.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use da (Danish) or en (English).</source>
        <translation>Ukendt sprog &apos;%1&apos;: brug da (dansk) eller en (engelsk).</translation>
    </message>
    <message>
        <source>--set needs --scenario: parameters belong to one scenario.</source>
        <translation>--set kræver --scenario: parametre hører til ét scenarie.</translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;. Known scenarios: %2.</source>
        <translation>Ukendt scenarie &apos;%1&apos;. Kendte scenarier: %2.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: there is no such file.</source>
        <translation>Kan ikke åbne &apos;%1&apos;: filen findes ikke.</translation>
    </message>
    <message>
        <source>--run starts a new run, which would replace the file &apos;%1&apos;: open a file or run a scenario, not both.</source>
        <translation>--run starter en ny kørsel, som ville erstatte filen &apos;%1&apos;: åbn en fil eller kør et scenarie, ikke begge dele.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: it is a folder; give a recording (.samtidig) or a Chrome trace (.json).</source>
        <translation>Kan ikke åbne &apos;%1&apos;: det er en mappe; angiv en optagelse (.samtidig) eller et Chrome-trace (.json).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: you have no permission to read it.</source>
        <translation>Kan ikke åbne &apos;%1&apos;: du har ikke tilladelse til at læse den.</translation>
    </message>
    <message>
        <source>Print how long it took from the start of the process to the window&apos;s first painted frame, then quit.</source>
        <translation>Skriv hvor lang tid der gik fra processens start til vinduets første tegnede billede, og afslut så.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>A recording (.samtidig) or Chrome trace (.json) to open.</source>
        <translation>En optagelse (.samtidig) eller et Chrome-trace (.json), der skal åbnes.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fil]</translation>
    </message>
    <message>
        <source>Only one file can be opened at a time (got %1: %2). Run &apos;samtidig --help&apos; to see the options.</source>
        <translation>Der kan kun åbnes én fil ad gangen (fik %1: %2). Kør &apos;samtidig --help&apos; for at se mulighederne.</translation>
    </message>
    <message>
        <source>--set is for Samtidig&apos;s scenarios; --scenario program opens the form for your own program, which has no parameters.</source>
        <translation>--set er til Samtidigs scenarier; --scenario program åbner formularen til dit eget program, som ikke har nogen parametre.</translation>
    </message>
</context>
<context>
    <name>samtidig::ExploreDialog</name>
    <message numerus="yes">
        <source>Exploring every interleaving of %1: %n run so far…</source>
        <translation>
            <numerusform>Udforsker alle rækkefølger af %1: %n kørt indtil nu …</numerusform>
            <numerusform>Udforsker alle rækkefølger af %1: %n kørt indtil nu …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interleaving(s) of %1: %2. Click a bar to take its example schedule step by step.</source>
        <translation>
            <numerusform>%n rækkefølge af %1: %2. Klik på en søjle for at tage dens eksempel trin for trin.</numerusform>
            <numerusform>%n rækkefølger af %1: %2. Klik på en søjle for at tage dens eksempel trin for trin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explore Every Interleaving</source>
        <translation>Udforsk alle rækkefølger</translation>
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
        <translation>En udforskning kører allerede.</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; cannot be taken step by step, so its interleavings cannot be explored.</source>
        <translation>Scenariet &apos;%1&apos; kan ikke tages trin for trin, så dets rækkefølger kan ikke udforskes.</translation>
    </message>
    <message>
        <source>These parameters have %L1 interleavings; at most %2 can be explored. Try fewer threads or steps.</source>
        <translation>Disse parametre giver %L1 rækkefølger (interleavings); højst %2 kan udforskes. Prøv med færre tråde eller trin.</translation>
    </message>
</context>
<context>
    <name>samtidig::ExportDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <translation>Eksportér billede af tidslinjen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Indhold:</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Tidsrum:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Størrelse:</translation>
    </message>
    <message>
        <source>Custom size (px):</source>
        <translation>Egen størrelse (px):</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farver:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-billede</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG-vektortegning</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>CPU cores and tasks</source>
        <translation>CPU-kerner og opgaver</translation>
    </message>
    <message>
        <source>CPU cores only</source>
        <translation>Kun CPU-kerner</translation>
    </message>
    <message>
        <source>Tasks only</source>
        <translation>Kun opgaver</translation>
    </message>
    <message>
        <source>The visible window</source>
        <translation>Det synlige udsnit</translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation>Hele kørslen</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggende</translation>
    </message>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>16:9-dias (1920 × 1080)</translation>
    </message>
    <message>
        <source>Custom pixels</source>
        <translation>Eget antal pixels</translation>
    </message>
    <message>
        <source>1× (normal)</source>
        <translation>1× (normal)</translation>
    </message>
    <message>
        <source>2× (sharp on high-resolution screens)</source>
        <translation>2× (skarpt på skærme med høj opløsning)</translation>
    </message>
    <message>
        <source>3× (for printing)</source>
        <translation>3× (til udskrift)</translation>
    </message>
    <message>
        <source>Light, for printing</source>
        <translation>Lyse, til udskrift</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>Som på skærmen</translation>
    </message>
    <message>
        <source>fit lanes</source>
        <translation>tilpas til rækkerne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>A drawing of %1 × %2 pixels; text stays text.</source>
        <translation>En tegning på %1 × %2 pixels; tekst forbliver tekst.</translation>
    </message>
    <message>
        <source>One A4 landscape page.</source>
        <translation>Én liggende A4-side.</translation>
    </message>
    <message>
        <source>One page of %1 × %2 mm.</source>
        <translation>Én side på %1 × %2 mm.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Diagrammer:</translation>
    </message>
    <message>
        <source>Add the charts under the lanes</source>
        <translation>Tilføj diagrammerne under rækkerne</translation>
    </message>
    <message>
        <source>The scenario&apos;s outcome, the cores&apos; utilization and the lock waits, as in the window&apos;s chart panel.</source>
        <translation>Scenariets udfald, kernernes udnyttelse og ventetiden på låse, som i vinduets diagrampanel.</translation>
    </message>
    <message>
        <source>This run has nothing to chart.</source>
        <translation>Denne kørsel har intet at vise i diagrammer.</translation>
    </message>
    <message>
        <source>4:3 slide (1440 × 1080)</source>
        <translation>4:3-dias (1440 × 1080)</translation>
    </message>
</context>
<context>
    <name>samtidig::FirstFrameReport</name>
    <message>
        <source>samtidig: first frame painted %1 ms after the process started (CLOCK_MONOTONIC %2 ns)
</source>
        <translation>samtidig: første billede tegnet %1 ms efter processens start (CLOCK_MONOTONIC %2 ns)
</translation>
    </message>
    <message>
        <source>samtidig: first frame painted; the process start time could not be read (CLOCK_MONOTONIC %1 ns)
</source>
        <translation>samtidig: første billede tegnet; processens starttid kunne ikke læses (CLOCK_MONOTONIC %1 ns)
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
        <translation>Importeret spor</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenarie %1</translation>
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
        <translation>Eksporteret fra Samtidig den %1 · Kerner: %2 · %3</translation>
    </message>
    <message>
        <source>Could not render the image for &apos;%1&apos;.</source>
        <translation>Kunne ikke tegne billedet til &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Your program: %1</source>
        <translation>Dit program: %1</translation>
    </message>
    <message>
        <source>Exported from Samtidig %1 · %2</source>
        <comment>caption under the title: date, source</comment>
        <translation>Eksporteret fra Samtidig %1 · %2</translation>
    </message>
</context>
<context>
    <name>samtidig::MainWindow</name>
    <message>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Ukendt scenarie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Samtidig: threads, processes and locks, live</source>
        <translation>Samtidig: tråde, processer og låse, live</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kør</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Sprog / Language</source>
        <translation>&amp;Sprog / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Kørselsknapper</translation>
    </message>
    <message>
        <source>Run the selected scenario with these parameters (F5)</source>
        <translation>Kør det valgte scenarie med disse parametre (F5)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Let the stopped processes and threads go on (F6)</source>
        <translation>Lad processerne og trådene på pause køre videre (F6)</translation>
    </message>
    <message>
        <source>Stop every process and thread of the run where it is (F6)</source>
        <translation>Sæt alle kørslens processer og tråde på pause, lige hvor de er (F6)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>End the run now, even in a deadlock; no process is left behind (Shift+F5)</source>
        <translation>Afslut kørslen nu, også i en deadlock; ingen proces bliver efterladt (Shift+F5)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Kør &amp;igen</translation>
    </message>
    <message>
        <source>Run the last scenario again with the same parameters (Ctrl+R)</source>
        <translation>Kør det sidste scenarie igen med de samme parametre (Ctrl+R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Tilpas zoom</translation>
    </message>
    <message>
        <source>Show the whole run (Ctrl+0)</source>
        <translation>Vis hele kørslen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Return to &amp;Live</source>
        <translation>Tilbage til &amp;live</translation>
    </message>
    <message>
        <source>Follow the newest events again (Ctrl+L)</source>
        <translation>Følg de nyeste hændelser igen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Rækker</translation>
    </message>
    <message>
        <source>Cores &amp;and Tasks</source>
        <translation>&amp;Kerner og opgaver</translation>
    </message>
    <message>
        <source>&amp;Cores Only</source>
        <translation>Kun k&amp;erner</translation>
    </message>
    <message>
        <source>&amp;Tasks Only</source>
        <translation>Kun &amp;opgaver</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagrammer</translation>
    </message>
    <message>
        <source>&amp;Explanation and Findings</source>
        <translation>&amp;Forklaring og observationer</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Værktøjslinje</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters to Defaults</source>
        <translation>&amp;Nulstil parametre til standard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Samtidig</source>
        <translation>&amp;Om Samtidig</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Samtidig</source>
        <translation>Om Samtidig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samtidig %1&lt;/h3&gt;&lt;p&gt;Samtidig (Danish for “at the same time”) runs real threads, processes, locks and coroutines and draws, live, what every core and every task does: parallel work, interleaving on one core, lock waits, race conditions and deadlocks.&lt;/p&gt;&lt;p&gt;Every picture is what this machine actually did, recorded while it happened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samtidig %1&lt;/h3&gt;&lt;p&gt;Samtidig kører rigtige tråde, processer, låse og coroutiner og tegner live, hvad hver kerne og hver opgave laver: parallelt arbejde, skift mellem opgaver på én kerne, ventetid på låse, race conditions og deadlocks.&lt;/p&gt;&lt;p&gt;Hvert billede viser, hvad denne maskine faktisk gjorde, optaget mens det skete.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Kørsel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bygget med Qt %1, kører på Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</source>
        <translation>Kører: “%1”. Tidslinjen, diagrammerne og fundene viser denne kørsel, ikke det scenarie, der er valgt til venstre.</translation>
    </message>
    <message>
        <source>Last run: “%1”. The timeline, the charts and the findings show this run, not the scenario selected on the left.</source>
        <translation>Sidste kørsel: “%1”. Tidslinjen, diagrammerne og fundene viser denne kørsel, ikke det scenarie, der er valgt til venstre.</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Dit eget program</translation>
    </message>
    <message>
        <source>your program %1</source>
        <translation>dit program %1</translation>
    </message>
    <message>
        <source>&amp;Mouse and Keys</source>
        <translation>&amp;Mus og taster</translation>
    </message>
    <message>
        <source>Mouse and Keys</source>
        <translation>Mus og taster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The timeline&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wheel&lt;/b&gt;: zoom in or out where the mouse is; &lt;b&gt;Shift+wheel&lt;/b&gt;: scroll the lanes up and down; a sideways wheel or &lt;b&gt;drag&lt;/b&gt;: move along the time axis.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Click&lt;/b&gt; a span or a mark: its details appear on the right, under “Selected in the timeline”; &lt;b&gt;Esc&lt;/b&gt; clears it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F&lt;/b&gt; or &lt;b&gt;Ctrl+0&lt;/b&gt;: show the whole run (zoom to fit); &lt;b&gt;L&lt;/b&gt; or &lt;b&gt;Ctrl+L&lt;/b&gt;: follow the newest events again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl++&lt;/b&gt; and &lt;b&gt;Ctrl+−&lt;/b&gt;: zoom in and out.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Running&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: run the selected scenario; &lt;b&gt;F6&lt;/b&gt;: pause or resume; &lt;b&gt;Shift+F5&lt;/b&gt;: stop; &lt;b&gt;Ctrl+R&lt;/b&gt;: run the last scenario again.&lt;/li&gt;&lt;li&gt;In the scenario list, the &lt;b&gt;arrow keys&lt;/b&gt; choose a scenario and &lt;b&gt;Enter&lt;/b&gt; runs it. What each scenario shows, and what to look for, is on the right when it is selected.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Tidslinjen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hjulet&lt;/b&gt;: zoom ind eller ud, hvor musen er; &lt;b&gt;Shift+hjul&lt;/b&gt;: rul rækkerne op og ned; sidelæns hjul eller &lt;b&gt;træk&lt;/b&gt;: flyt langs tidsaksen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Klik&lt;/b&gt; på et stykke eller et mærke: detaljerne vises til højre under “Valgt i tidslinjen”; &lt;b&gt;Esc&lt;/b&gt; fjerner dem.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F&lt;/b&gt; eller &lt;b&gt;Ctrl+0&lt;/b&gt;: vis hele kørslen (tilpas zoom); &lt;b&gt;L&lt;/b&gt; eller &lt;b&gt;Ctrl+L&lt;/b&gt;: følg de nyeste hændelser igen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl++&lt;/b&gt; og &lt;b&gt;Ctrl+−&lt;/b&gt;: zoom ind og ud.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Kørsel&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: kør det valgte scenarie; &lt;b&gt;F6&lt;/b&gt;: pause eller fortsæt; &lt;b&gt;Shift+F5&lt;/b&gt;: stop; &lt;b&gt;Ctrl+R&lt;/b&gt;: kør det sidste scenarie igen.&lt;/li&gt;&lt;li&gt;I listen over scenarier vælger &lt;b&gt;piletasterne&lt;/b&gt; et scenarie, og &lt;b&gt;Enter&lt;/b&gt; kører det. Hvad hvert scenarie viser, og hvad du skal se efter, står til højre, når det er valgt.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Scenarios and Parameters</source>
        <translation>&amp;Scenarier og parametre</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Præsentationstilstand</translation>
    </message>
    <message>
        <source>Full screen with larger text, for a projector (F11 or Ctrl+Shift+P)</source>
        <translation>Fuld skærm med større tekst, til en projektor (F11 eller Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Step by Step</source>
        <translation>Trin for trin</translation>
    </message>
    <message>
        <source>S&amp;tep by Step</source>
        <translation>&amp;Trin for trin</translation>
    </message>
    <message>
        <source>Run the selected scenario one operation at a time: you choose which thread goes next (F7). For %1.</source>
        <translation>Kør det valgte scenarie én operation ad gangen: du vælger, hvilken tråd der går videre (F7). For %1.</translation>
    </message>
    <message>
        <source>Re&amp;play Schedule</source>
        <translation>Afspil &amp;rækkefølgen igen</translation>
    </message>
    <message>
        <source>Run the shown run&apos;s scenario again, taking the same steps in the same order, then go on by hand</source>
        <translation>Kør den viste kørsels scenarie igen med de samme trin i samme rækkefølge, og fortsæt så selv</translation>
    </message>
    <message>
        <source>&amp;Step by Step Panel</source>
        <translation>&amp;Trin for trin-panel</translation>
    </message>
    <message>
        <source>E&amp;xplore Every Interleaving</source>
        <translation>&amp;Udforsk alle rækkefølger</translation>
    </message>
    <message>
        <source>Run every order of the selected scenario&apos;s steps, each on real threads, and count the outcomes (small parameter values only)</source>
        <translation>Kør hver rækkefølge af det valgte scenaries trin, hver på rigtige tråde, og tæl udfaldene (kun små parameterværdier)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Step by step&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F7&lt;/b&gt;: take the selected scenario step by step; &lt;b&gt;Shift+F7&lt;/b&gt;: explore every interleaving.&lt;/li&gt;&lt;li&gt;In a stepped run, &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; let that thread take its next step.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Trin for trin&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F7&lt;/b&gt;: tag det valgte scenarie trin for trin; &lt;b&gt;Shift+F7&lt;/b&gt;: udforsk alle rækkefølger.&lt;/li&gt;&lt;li&gt;I en kørsel trin for trin lader &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; den tråd tage sit næste trin.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F11&lt;/b&gt; or &lt;b&gt;Ctrl+Shift+P&lt;/b&gt;: presentation mode, for a projector: full screen, with larger text on the lanes, the explanation, the findings and the charts; on a small screen the charts fold away to give the lanes room (View → Charts brings them back). The same keys end it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F9&lt;/b&gt;: fold the scenarios and parameters away, or bring them back; &lt;b&gt;Shift+F9&lt;/b&gt;: the same for the explanation and findings. The window remembers which are folded.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Vinduet&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;F11&lt;/b&gt; eller &lt;b&gt;Ctrl+Shift+P&lt;/b&gt;: præsentationstilstand, til en projektor: fuld skærm med større tekst på banerne, i forklaringen, observationerne og diagrammerne; på en lille skærm foldes diagrammerne væk, så banerne får plads (Vis → Diagrammer henter dem frem igen). De samme taster afslutter den.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F9&lt;/b&gt;: fold scenarierne og parametrene væk, eller hent dem frem igen; &lt;b&gt;Shift+F9&lt;/b&gt;: det samme for forklaringen og observationerne. Vinduet husker, hvad der er foldet væk.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Run the last scenario again step by step with the same parameters, from the first step (Ctrl+R)</source>
        <translation>Kør det sidste scenarie trin for trin igen med de samme parametre, fra første trin (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scheduling on this machine: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kernefordeling på denne maskine: %1&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Tilladt: %2. Standard: %3. På kommandolinjen: &lt;code&gt;--set %4=VÆRDI&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>This scenario has no parameters.</source>
        <translation>Dette scenarie har ingen parametre.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Nulstil til standard</translation>
    </message>
    <message>
        <source>Set every parameter back to the value the scenario suggests.</source>
        <translation>Sæt alle parametre tilbage til de værdier, scenariet foreslår.</translation>
    </message>
    <message>
        <source>&lt;b&gt;About %1 s on this machine (cores: %2): longer than the limit of %3 s.&lt;/b&gt; Run refuses these values; lower one of them.</source>
        <translation>&lt;b&gt;Omkring %1 s på denne maskine (kerner: %2): længere end grænsen på %3 s.&lt;/b&gt; Kør afviser disse værdier; sæt en af dem lavere.</translation>
    </message>
    <message>
        <source>About %1 s on this machine (cores: %2); a run may take at most %3 s.</source>
        <translation>Omkring %1 s på denne maskine (kerner: %2); en kørsel må højst tage %3 s.</translation>
    </message>
    <message>
        <source>Hangs on purpose: after about %1 s (cores: %2) the deadlock can happen, and then the run waits until you press Stop.</source>
        <translation>Hænger med vilje: efter ca. %1 s (kerner: %2) kan deadlocken opstå, og så venter kørslen, til du trykker på Stop.</translation>
    </message>
    <message>
        <source>The machine is busy now (load %1 a core): the run may take up to about %1 times as long.</source>
        <translation>Maskinen er travl lige nu (belastning %1 pr. kerne): kørslen kan tage op til omkring %1 gange så lang tid.</translation>
    </message>
</context>
<context>
    <name>samtidig::ParseOptions</name>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>ukendt valg &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2.</source>
        <translation>ukendt valg &apos;%1&apos; til %2.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 skal have en værdi.</translation>
    </message>
    <message>
        <source>%1 takes no value (got &apos;%2&apos;).</source>
        <translation>%1 tager ingen værdi (du skrev &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>samtidig::ProgramOutputPane</name>
    <message>
        <source>Output of “%1”: the program wrote more than %2 MiB; only the first %2 MiB is shown.</source>
        <translation>Output fra “%1”: programmet skrev mere end %2 MiB; kun de første %2 MiB vises.</translation>
    </message>
    <message>
        <source>Output of “%1” (standard output and error; the first %2 MiB is kept)</source>
        <translation>Output fra “%1” (standard output og standard error; de første %2 MiB gemmes)</translation>
    </message>
</context>
<context>
    <name>samtidig::ProgramPanel</name>
    <message>
        <source>The example programs were not found: they are installed in share/samtidig/examples beside Samtidig, or set SAMTIDIG_EXAMPLES_DIR to their folder.</source>
        <translation>Eksempelprogrammerne blev ikke fundet: de installeres i share/samtidig/examples ved siden af Samtidig, eller sæt SAMTIDIG_EXAMPLES_DIR til deres mappe.</translation>
    </message>
    <message>
        <source>The example &apos;%1&apos; is not in %2.</source>
        <translation>Eksemplet &apos;%1&apos; findes ikke i %2.</translation>
    </message>
    <message>
        <source>No temporary folder could be made to compile &apos;%1&apos; in: %2.</source>
        <translation>Der kunne ikke oprettes en midlertidig mappe at oversætte &apos;%1&apos; i: %2.</translation>
    </message>
    <message>
        <source>Compiling %1 with cc…</source>
        <translation>Oversætter %1 med cc…</translation>
    </message>
    <message>
        <source>cc could not compile %1 (exit status %2): %3</source>
        <translation>cc kunne ikke oversætte %1 (exit-status %2): %3</translation>
    </message>
    <message>
        <source>The C compiler &apos;cc&apos; could not be started (%1), so %2 cannot be built. Install it with: sudo apt install gcc libc6-dev</source>
        <translation>C-oversætteren &apos;cc&apos; kunne ikke startes (%1), så %2 kan ikke bygges. Installér den med: sudo apt install gcc libc6-dev</translation>
    </message>
    <message>
        <source>Choose a program to record</source>
        <translation>Vælg et program at optage</translation>
    </message>
    <message>
        <source>Choose the folder the program starts in</source>
        <translation>Vælg den mappe, programmet starter i</translation>
    </message>
    <message>
        <source>Record any program: every thread and process it starts appears on the lanes, from the kernel&apos;s own records. Press Run to start it.</source>
        <translation>Optag et hvilket som helst program: hver tråd og proces, det starter, vises i rækkerne ud fra styresystemets egne registreringer. Tryk på Kør for at starte det.</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>e.g. python3 or ./my-program</source>
        <translation>f.eks. python3 eller ./mit-program</translation>
    </message>
    <message>
        <source>A path, or a name looked up in PATH</source>
        <translation>En sti eller et navn, der slås op i PATH</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>e.g. my_script.py 4</source>
        <translation>f.eks. mit_script.py 4</translation>
    </message>
    <message>
        <source>Split into words as a shell would; quote a word that holds spaces</source>
        <translation>Deles i ord, som en shell gør; sæt anførselstegn om et ord med mellemrum</translation>
    </message>
    <message>
        <source>Working folder:</source>
        <translation>Arbejdsmappe:</translation>
    </message>
    <message>
        <source>Samtidig&apos;s own</source>
        <translation>Samtidigs egen</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line</source>
        <translation>NAVN=VÆRDI, én pr. linje</translation>
    </message>
    <message>
        <source>Added to the environment Samtidig was started with (or replacing a variable of the same name)</source>
        <translation>Lægges til det miljø, Samtidig blev startet med (eller erstatter en variabel med samme navn)</translation>
    </message>
    <message>
        <source>Examples to start from</source>
        <translation>Eksempler at starte med</translation>
    </message>
    <message>
        <source>Recent programs</source>
        <translation>Seneste programmer</translation>
    </message>
    <message>
        <source>Record locks and the GIL</source>
        <translation>Registrér låse og GIL&apos;en</translation>
    </message>
    <message>
        <source>Loads a small library into the program that records its lock waits, their holders and Python&apos;s GIL. Off: only the kernel&apos;s view of its threads and processes, which costs the program the least.</source>
        <translation>Indlæser et lille bibliotek i programmet, der registrerer dets ventetider på låse, hvem der holder låsene, og Pythons GIL. Slået fra: kun styresystemets billede af dets tråde og processer, hvilket koster programmet mindst.</translation>
    </message>
</context>
<context>
    <name>samtidig::QtChartsPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Core utilization</source>
        <translation>Kerneudnyttelse</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Ventetid på låse</translation>
    </message>
    <message>
        <source>What the scenario measured, and what it means.</source>
        <translation>Hvad scenariet målte, og hvad det betyder.</translation>
    </message>
    <message>
        <source>How busy each core was over the run.</source>
        <translation>Hvor travlt hver kerne havde i løbet af kørslen.</translation>
    </message>
    <message>
        <source>How long tasks waited for locks, per task and per lock.</source>
        <translation>Hvor længe opgaverne ventede på låse, pr. opgave og pr. lås.</translation>
    </message>
</context>
<context>
    <name>samtidig::RecordedNames</name>
    <message>
        <source>thread %1</source>
        <translation>tråd %1</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proces %1</translation>
    </message>
    <message>
        <source>fork %1</source>
        <translation>gaffel %1</translation>
    </message>
    <message>
        <source>philosopher %1</source>
        <translation>filosof %1</translation>
    </message>
    <message>
        <source>writer %1</source>
        <translation>skriver %1</translation>
    </message>
    <message>
        <source>reader %1</source>
        <translation>læser %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>arbejder %1</translation>
    </message>
    <message>
        <source>coroutine %1</source>
        <translation>coroutine %1</translation>
    </message>
    <message>
        <source>producer %1</source>
        <translation>producent %1</translation>
    </message>
    <message>
        <source>consumer %1</source>
        <translation>forbruger %1</translation>
    </message>
    <message>
        <source>counter lock</source>
        <translation>tællerlås</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>mutex at %1</source>
        <translation>mutex i %1</translation>
    </message>
    <message>
        <source>rwlock at %1</source>
        <translation>læser-skriver-lås i %1</translation>
    </message>
    <message>
        <source>semaphore at %1</source>
        <translation>semafor i %1</translation>
    </message>
    <message>
        <source>condition at %1</source>
        <translation>betingelsesvariabel i %1</translation>
    </message>
</context>
<context>
    <name>samtidig::RecordingActions</name>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>&amp;Åbn optagelse…</translation>
    </message>
    <message>
        <source>Open a saved Samtidig recording or a Chrome trace JSON file.</source>
        <translation>Åbn en gemt Samtidig-optagelse eller en Chrome Trace-fil (JSON).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;nylige</translation>
    </message>
    <message>
        <source>&amp;Save Recording…</source>
        <translation>&amp;Gem optagelse…</translation>
    </message>
    <message>
        <source>Save the finished run with its tasks, events and analysis.</source>
        <translation>Gem den færdige kørsel med dens opgaver, hændelser og analyse.</translation>
    </message>
    <message>
        <source>Export &amp;Chrome Trace (JSON)…</source>
        <translation>Eksportér &amp;Chrome Trace (JSON)…</translation>
    </message>
    <message>
        <source>Write the run for Perfetto or chrome://tracing.</source>
        <translation>Skriv kørslen ud, så den kan åbnes i Perfetto eller chrome://tracing.</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>&amp;Eksportér billede…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF for notes and slides.</source>
        <translation>Gem tidslinjen som PNG, SVG eller PDF til noter og præsentationer.</translation>
    </message>
    <message>
        <source>Cop&amp;y Image</source>
        <translation>&amp;Kopiér billede</translation>
    </message>
    <message>
        <source>Copy the visible part of the timeline as a picture.</source>
        <translation>Kopiér den synlige del af tidslinjen som et billede.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ingen nylige filer</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Åbn optagelse</translation>
    </message>
    <message>
        <source>Recordings (*.samtidig *.json);;Samtidig recordings (*.samtidig);;Chrome trace JSON (*.json)</source>
        <translation>Optagelser (*.samtidig *.json);;Samtidig-optagelser (*.samtidig);;Chrome Trace-JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no finished run to save.</source>
        <translation>Der er ingen færdig kørsel at gemme.</translation>
    </message>
    <message>
        <source>There is no finished run to export.</source>
        <translation>Der er ingen færdig kørsel at eksportere.</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Gem optagelse</translation>
    </message>
    <message>
        <source>Samtidig recordings (*.samtidig)</source>
        <translation>Samtidig-optagelser (*.samtidig)</translation>
    </message>
    <message>
        <source>Export Chrome Trace</source>
        <translation>Eksportér Chrome Trace</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome Trace-JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the recording to %1.</source>
        <translation>Optagelsen er gemt i %1.</translation>
    </message>
    <message>
        <source>Wrote the Chrome trace to %1.</source>
        <translation>Chrome Trace-filen er skrevet til %1.</translation>
    </message>
    <message>
        <source>Exported the timeline to %1.</source>
        <translation>Tidslinjen er eksporteret til %1.</translation>
    </message>
    <message>
        <source>Copied the timeline to the clipboard as a picture.</source>
        <translation>Tidslinjen er kopieret til udklipsholderen som et billede.</translation>
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
        <translation>Klar</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Gik ned</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>The run is in progress.</source>
        <translation>Kørslen er i gang.</translation>
    </message>
    <message>
        <source>The run completed in %1.</source>
        <translation>Kørslen blev gennemført på %1.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 while it hung in a deadlock.</source>
        <translation>Kørslen blev stoppet efter %1, mens den hang i en deadlock.</translation>
    </message>
    <message>
        <source>The run was stopped after %1 because it took too long.</source>
        <translation>Kørslen blev stoppet efter %1, fordi den tog for lang tid.</translation>
    </message>
    <message>
        <source>The run crashed after %1.</source>
        <translation>Kørslen gik ned efter %1.</translation>
    </message>
    <message>
        <source>The run crashed after %1: %2</source>
        <translation>Kørslen gik ned efter %1: %2</translation>
    </message>
    <message>
        <source>You stopped the run after %1.</source>
        <translation>Du stoppede kørslen efter %1.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Kørslen mislykkedes.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Kørslen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Deadlock: %1. Each task waits for a lock that the next one holds, so none of them can go on; unless a timeout breaks the cycle, the run hangs until you press Stop.</source>
        <translation>Deadlock: %1. Hver opgave venter på en lås, som den næste holder, så ingen af dem kan komme videre; medmindre en timeout bryder cyklussen, hænger kørslen, indtil du trykker på Stop.</translation>
    </message>
</context>
<context>
    <name>samtidig::ScenarioBrowser</name>
    <message>
        <source>%1 (hangs on purpose: press Stop to end it). On the command line: --scenario %2</source>
        <translation>%1 (hænger med vilje: tryk på Stop for at afslutte). På kommandolinjen: --scenario %2</translation>
    </message>
    <message>
        <source>%1. On the command line: --scenario %2</source>
        <translation>%1. På kommandolinjen: --scenario %2</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Dit eget program</translation>
    </message>
    <message>
        <source>Record any program: its threads and processes on the lanes. On the command line: samtidig-cli record -- PROGRAM [ARGS]</source>
        <translation>Optag et hvilket som helst program: dets tråde og processer i rækkerne. På kommandolinjen: samtidig-cli record -- PROGRAM [ARGUMENTER]</translation>
    </message>
</context>
<context>
    <name>samtidig::ScenarioInfoPanel</name>
    <message>
        <source>No scenario selected</source>
        <translation>Intet scenarie valgt</translation>
    </message>
    <message>
        <source>Choose a scenario on the left to read what it shows, then press Run to watch it happen on the real cores of this machine.</source>
        <translation>Vælg et scenarie til venstre for at læse, hvad det viser, og tryk så på Kør for at se det ske på de rigtige kerner i denne maskine.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>Selected in the timeline</source>
        <translation>Valgt i tidslinjen</translation>
    </message>
    <message>
        <source>Potential deadlock: %1. Taking locks in opposite orders can hang another run.</source>
        <translation>Mulig deadlock: %1. Når låse tages i modsat rækkefølge, kan en anden kørsel hænge.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lost update(s)&lt;/b&gt; on shared variables:</source>
        <translation>
            <numerusform>&lt;b&gt;%n tabt opdatering&lt;/b&gt; i delte variabler:</numerusform>
            <numerusform>&lt;b&gt;%n tabte opdateringer&lt;/b&gt; i delte variabler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks used: %1. Acquisitions that had to wait: %2. Timeouts: %3.</source>
        <translation>Låse brugt: %1. Låseforsøg, der måtte vente: %2. Timeouts: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) waiting for a lock right now.</source>
        <translation>
            <numerusform>%n opgave venter på en lås lige nu.</numerusform>
            <numerusform>%n opgaver venter på en lås lige nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %1 %2%</source>
        <translation>kerne %1 i %2 %</translation>
    </message>
    <message>
        <source>%1 during “%2”</source>
        <translation>%1 under “%2”</translation>
    </message>
    <message>
        <source>Other programs used the cores too: %1.</source>
        <translation>Andre programmer brugte også kernerne: %1.</translation>
    </message>
    <message>
        <source>Other programs used the cores too: %1 of the run.</source>
        <translation>Andre programmer brugte også kernerne: %1 af kørslen.</translation>
    </message>
    <message>
        <source>Your tasks had to wait for a CPU meanwhile, so they took longer than on an idle machine.</source>
        <translation>Dine opgaver måtte imens vente på en kerne, så de tog længere tid, end de ville have gjort på en maskine uden andet arbejde.</translation>
    </message>
    <message>
        <source>Your tasks still found a free CPU whenever they were ready to run.</source>
        <translation>Dine opgaver fandt alligevel en ledig kerne, hver gang de var klar til at køre.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Kører: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Sidste kørsel: %1</translation>
    </message>
    <message>
        <source>Your own program</source>
        <translation>Dit eget program</translation>
    </message>
    <message>
        <source>Any Linux program, unmodified: Samtidig starts it, and the kernel&apos;s context-switch records show every thread and process it creates on the cores, from its first instruction. Pick an example or name a program on the left, then press Run.</source>
        <translation>Et hvilket som helst Linux-program, uændret: Samtidig starter det, og styresystemets registreringer af kontekstskift viser hver tråd og proces, det opretter, på kernerne fra dets første instruktion. Vælg et eksempel eller skriv et program til venstre, og tryk så på Kør.</translation>
    </message>
    <message>
        <source>Locks used: %1. Times a task had to wait for a lock: %2, of which %3 not ended. Timeouts: %4.</source>
        <translation>Låse brugt: %1. Gange en opgave måtte vente på en lås: %2, heraf %3 ikke slut. Timeouts: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) never got the lock they waited for: the run ended while they waited.</source>
        <translation>
            <numerusform>%n opgave fik aldrig den lås, den ventede på: kørslen sluttede, mens den ventede.</numerusform>
            <numerusform>%n opgaver fik aldrig den lås, de ventede på: kørslen sluttede, mens de ventede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Lost updates %1–%2 of %3.</source>
        <translation>Tabte opdateringer %1–%2 af %3.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Kommando: %1</translation>
    </message>
</context>
<context>
    <name>samtidig::StatusPanel</name>
    <message>
        <source>Elapsed: %1</source>
        <translation>Forløbet tid: %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Hændelser: %1</translation>
    </message>
    <message>
        <source>Records the workload has written and the window has read.</source>
        <translation>Registreringer, som scenariet har skrevet, og vinduet har læst.</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Mistet: %1</translation>
    </message>
    <message>
        <source>Some records were lost because a recording ring was full; the picture has gaps where they were.</source>
        <translation>Nogle registreringer gik tabt, fordi en ringbuffer til optagelsen var fuld; billedet har huller, hvor de skulle have været.</translation>
    </message>
    <message>
        <source>No record was lost.</source>
        <translation>Ingen registreringer gik tabt.</translation>
    </message>
    <message>
        <source>Scheduling: %1</source>
        <translation>Kernefordeling: %1</translation>
    </message>
    <message>
        <source>Scheduling: not known yet</source>
        <translation>Kernefordeling: endnu ukendt</translation>
    </message>
    <message>
        <source>Which core ran which task comes from the kernel when it allows it, otherwise it is estimated.</source>
        <translation>Hvilken kerne der kørte hvilken opgave, kommer fra styresystemet, når det tillader det; ellers bliver det anslået.</translation>
    </message>
    <message>
        <source>Events: %1 (detail capped at %2)</source>
        <translation>Hændelser: %1 (detaljer stoppet ved %2)</translation>
    </message>
    <message>
        <source>The trace reached its memory limit: from there on the lanes show no detail, while the counters and the analysis still cover the whole run.</source>
        <translation>Sporet nåede sin grænse for hukommelse: derfra viser rækkerne ingen detaljer, mens tællerne og analysen stadig dækker hele kørslen.</translation>
    </message>
    <message>
        <source>Deadlock detected</source>
        <translation>Deadlock opdaget</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Kørslen mislykkedes</translation>
    </message>
    <message>
        <source>Elapsed: %1 (paused %2)</source>
        <translation>Forløbet tid: %1 (heraf på pause %2)</translation>
    </message>
    <message>
        <source>Wall-clock time since the workload started, as on the timeline&apos;s axis. Time the run stood paused counts, and the timeline marks it as paused.</source>
        <translation>Faktisk tid, siden scenariet startede, som på tidslinjens akse. Tid, hvor kørslen var sat på pause, tæller med, og tidslinjen markerer den som pause.</translation>
    </message>
    <message>
        <source>The program cannot be started</source>
        <translation>Programmet kan ikke startes</translation>
    </message>
</context>
<context>
    <name>samtidig::StepChallengeBar</name>
    <message>
        <source>Met! %1</source>
        <translation>Klaret! %1</translation>
    </message>
    <message>
        <source>Not met this time: try another order (F7).</source>
        <translation>Ikke klaret denne gang: prøv en anden rækkefølge (F7).</translation>
    </message>
    <message>
        <source>Challenge:</source>
        <translation>Udfordring:</translation>
    </message>
    <message>
        <source>Show a Solution</source>
        <translation>Vis en løsning</translation>
    </message>
    <message>
        <source>Run the challenge&apos;s parameters and take one order of steps that meets it</source>
        <translation>Kør med udfordringens parametre, og tag en rækkefølge af trin, der klarer den</translation>
    </message>
</context>
<context>
    <name>samtidig::StepChallenges</name>
    <message>
        <source>Make the counter end at 1 with 2 threads that add 1 each.</source>
        <translation>Få tælleren til at ende på 1 med 2 tråde, der lægger 1 til hver.</translation>
    </message>
    <message>
        <source>Both threads read the counter before either wrote it, so the second write overwrote the first.</source>
        <translation>Begge tråde læste tælleren, før nogen af dem skrev den, så den anden skrivning overskrev den første.</translation>
    </message>
    <message>
        <source>With 3 threads that add 1 each, lose two updates: make the counter end at 1.</source>
        <translation>Med 3 tråde, der lægger 1 til hver, skal du miste to opdateringer: få tælleren til at ende på 1.</translation>
    </message>
    <message>
        <source>All three read 0 before any of them wrote: every write after the first overwrote one.</source>
        <translation>Alle tre læste 0, før nogen af dem skrev: hver skrivning efter den første overskrev en anden.</translation>
    </message>
    <message>
        <source>Try to lose an update with the mutex: let thread 2 ask for the lock while thread 1 holds it. Why can&apos;t you?</source>
        <translation>Prøv at miste en opdatering med mutexen: lad tråd 2 bede om låsen, mens tråd 1 holder den. Hvorfor kan du ikke?</translation>
    </message>
    <message>
        <source>Thread 2 had to wait for the lock, so it read the counter only after thread 1 had written it: no update is lost.</source>
        <translation>Tråd 2 måtte vente på låsen, så den læste først tælleren, efter at tråd 1 havde skrevet den: ingen opdatering går tabt.</translation>
    </message>
    <message>
        <source>Make the two threads deadlock.</source>
        <translation>Få de to tråde i deadlock.</translation>
    </message>
    <message>
        <source>Each thread holds one lock and waits for the other&apos;s: neither can ever go on.</source>
        <translation>Hver tråd holder én lås og venter på den andens: ingen af dem kan nogensinde komme videre.</translation>
    </message>
    <message>
        <source>Let both threads finish: find an order without a deadlock.</source>
        <translation>Lad begge tråde blive færdige: find en rækkefølge uden deadlock.</translation>
    </message>
    <message>
        <source>One thread took both locks and gave them back before the other took its first.</source>
        <translation>Den ene tråd tog begge låse og frigav dem igen, før den anden tog sin første.</translation>
    </message>
    <message>
        <source>Make the two philosophers deadlock.</source>
        <translation>Få de to filosoffer i deadlock.</translation>
    </message>
    <message>
        <source>Each philosopher holds the left fork and waits for the right one, which the other holds.</source>
        <translation>Hver filosof holder den venstre gaffel og venter på den højre, som den anden holder.</translation>
    </message>
    <message>
        <source>Try to make the two threads deadlock. Why can&apos;t you?</source>
        <translation>Prøv at få de to tråde i deadlock. Hvorfor kan du ikke?</translation>
    </message>
    <message>
        <source>Both threads take A before B: the one that waits holds nothing the other needs, so it only waits.</source>
        <translation>Begge tråde tager A før B: den, der venter, holder intet, som den anden skal bruge, så den venter bare.</translation>
    </message>
    <message>
        <source>With 3 workers and 2 permits, make a worker wait for a permit.</source>
        <translation>Med 3 arbejdere og 2 tilladelser skal du få en arbejder til at vente på en tilladelse.</translation>
    </message>
    <message>
        <source>Two workers held the two permits, so the third had to wait until one was released.</source>
        <translation>To arbejdere holdt de to tilladelser, så den tredje måtte vente, til en blev frigivet.</translation>
    </message>
    <message>
        <source>Make a timeout break a deadlock: let each thread take its first lock, then ask for the other&apos;s. Both threads must still finish.</source>
        <translation>Lad en timeout bryde en deadlock: lad hver tråd tage sin første lås og derefter bede om den andens. Begge tråde skal stadig blive færdige.</translation>
    </message>
    <message>
        <source>Each thread held one lock and waited for the other&apos;s: a deadlock, until the timeout ended the wait, the thread gave its lock back and tried again.</source>
        <translation>Hver tråd holdt én lås og ventede på den andens: en deadlock, indtil timeouten afbrød ventetiden, tråden frigav sin lås og prøvede igen.</translation>
    </message>
    <message>
        <source>Make the consumer (thread 2) wait for an item: let it look into the buffer before the producer (thread 1) has put one there.</source>
        <translation>Få forbrugeren (tråd 2) til at vente på et element: lad den kigge i bufferen, før producenten (tråd 1) har lagt et element i den.</translation>
    </message>
    <message>
        <source>The consumer found the buffer empty and waited on the condition “not empty” until the producer&apos;s notify woke it.</source>
        <translation>Forbrugeren fandt bufferen tom og ventede på betingelsen “ikke tom”, indtil producentens notify vækkede den.</translation>
    </message>
</context>
<context>
    <name>samtidig::StepLog</name>
    <message>
        <source>%1 overwrites the %2 that %3 wrote: an update is lost</source>
        <extracomment>%1 the task that wrote without having read the newest value, %2 the value lost, %3 its writer</extracomment>
        <translation>%1 overskriver det %2, som %3 skrev: en opdatering går tabt</translation>
    </message>
    <message>
        <source>closes the cycle: every thread in it waits for another (deadlock)</source>
        <translation>lukker kredsen: hver tråd i den venter på en anden (deadlock)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Tråd</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>By Step Number</source>
        <translation>Efter trinnummer</translation>
    </message>
    <message>
        <source>One column per step: the order of the operations reads left to right</source>
        <translation>Én kolonne pr. trin: operationernes rækkefølge læses fra venstre mod højre</translation>
    </message>
</context>
<context>
    <name>samtidig::StepPanel</name>
    <message>
        <source>No run is being taken step by step: choose a scenario and press Step by Step (F7).</source>
        <translation>Ingen kørsel tages trin for trin: vælg et scenarie, og tryk på Trin for trin (F7).</translation>
    </message>
    <message>
        <source>The run is paused; resume it (F6) to take a step.</source>
        <translation>Kørslen er sat på pause; fortsæt den (F6) for at tage et trin.</translation>
    </message>
    <message>
        <source>No thread can move.</source>
        <translation>Ingen tråd kan gå videre.</translation>
    </message>
    <message>
        <source>Stop Playing</source>
        <translation>Stop afspilning</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspil</translation>
    </message>
    <message>
        <source>The run is starting…</source>
        <translation>Kørslen starter …</translation>
    </message>
    <message numerus="yes">
        <source>After %n step(s): %1</source>
        <translation>
            <numerusform>Efter %n trin: %1</numerusform>
            <numerusform>Efter %n trin: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter ended at %1; %2 was expected.</source>
        <translation>Tælleren endte på %1; %2 var forventet.</translation>
    </message>
    <message>
        <source>Choose a scenario that can be taken step by step (race, mutex, deadlock, …) and press Step by Step (F7).</source>
        <translation>Vælg et scenarie, der kan tages trin for trin (race, mutex, deadlock, …), og tryk på Trin for trin (F7).</translation>
    </message>
    <message>
        <source>Running freely: the gates are open and the threads go at full speed.</source>
        <translation>Kører frit: portene er åbne, og trådene kører med fuld fart.</translation>
    </message>
    <message>
        <source>The run is paused; resume it (F6) to take more steps.</source>
        <translation>Kørslen er sat på pause; fortsæt den (F6) for at tage flere trin.</translation>
    </message>
    <message>
        <source>No thread can move: each one waits for a lock that another holds. This is a deadlock; Stop (Shift+F5) ends the run.</source>
        <translation>Ingen tråd kan gå videre: hver venter på en lås, som en anden holder. Det er en deadlock; Stop (Shift+F5) afslutter kørslen.</translation>
    </message>
    <message>
        <source>Step %1: choose the thread that goes next (keys 1–9), or let Samtidig pick.</source>
        <translation>Trin %1: vælg den tråd, der går videre (tasterne 1–9), eller lad Samtidig vælge.</translation>
    </message>
    <message>
        <source>Step by step: you are the scheduler</source>
        <translation>Trin for trin: du er scheduleren</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Samtidig picks one of the threads that can move, as a scheduler would</source>
        <translation>Samtidig vælger en af de tråde, der kan gå videre, som en scheduler ville</translation>
    </message>
    <message>
        <source>Take a step at this pace, Samtidig picking, until no thread can move</source>
        <translation>Tag et trin i dette tempo, valgt af Samtidig, indtil ingen tråd kan gå videre</translation>
    </message>
    <message>
        <source>steps a second</source>
        <translation>trin i sekundet</translation>
    </message>
    <message>
        <source>Run Freely</source>
        <translation>Kør frit</translation>
    </message>
    <message>
        <source>Open the gates: the rest of the run goes at full speed, no more steps</source>
        <translation>Åbn portene: resten af kørslen kører med fuld fart, uden flere trin</translation>
    </message>
    <message>
        <source>Explore All Orders…</source>
        <translation>Udforsk alle rækkefølger …</translation>
    </message>
    <message>
        <source>Run every order of the steps, each on real threads, and count the outcomes</source>
        <translation>Kør hver rækkefølge af trinene, hver på rigtige tråde, og tæl udfaldene</translation>
    </message>
    <message>
        <source>“%1” cannot be taken step by step: %2</source>
        <extracomment>%1 the scenario&apos;s name, %2 why (a sentence or two starting in lower case)</extracomment>
        <translation>“%1” kan ikke tages trin for trin: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be taken step by step: only a scenario whose threads use Samtidig&apos;s own locks, shared variables, conditions and semaphores can stop them before each operation (%2).</source>
        <extracomment>%1 the scenario&apos;s name, %2 the ids of those that can: &quot;race, mutex, deadlock, …&quot;</extracomment>
        <translation>“%1” kan ikke tages trin for trin: kun et scenarie, hvis tråde bruger Samtidigs egne låse, delte variabler, betingelsesvariabler og semaforer, kan standse dem før hver operation (%2).</translation>
    </message>
</context>
<context>
    <name>samtidig::StepThreadRows</name>
    <message>
        <source>%1 (held by %2: the try fails)</source>
        <extracomment>%1 &quot;thread 1 will try to lock A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1 (holdes af %2: forsøget mislykkes)</translation>
    </message>
    <message>
        <source>%1 (held by %2: it will wait)</source>
        <extracomment>%1 &quot;thread 1 will lock A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1 (holdes af %2: den kommer til at vente)</translation>
    </message>
    <message>
        <source>%1, which %2 holds</source>
        <extracomment>%1 &quot;thread 1 waits for A&quot;, %2 &quot;thread 2&quot;</extracomment>
        <translation>%1, som %2 holder</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>Let thread %1 take its next step (key %1)</source>
        <translation>Lad tråd %1 tage sit næste trin (tasten %1)</translation>
    </message>
    <message>
        <source>Let thread %1 take its next step</source>
        <translation>Lad tråd %1 tage sit næste trin</translation>
    </message>
</context>
<context>
    <name>samtidig::TimelineText</name>
    <message>
        <source>%1 gave up waiting for %2 after %3.</source>
        <translation>%1 opgav at vente på %2 efter %3.</translation>
    </message>
    <message>
        <source>%1 read %2 = %3.</source>
        <translation>%1 læste %2 = %3.</translation>
    </message>
    <message>
        <source>%1 wrote %2 = %3.</source>
        <translation>%1 skrev %2 = %3.</translation>
    </message>
    <message>
        <source>Marker: %1</source>
        <translation>Markør: %1</translation>
    </message>
    <message>
        <source>%1 forked %2 (pid %3).</source>
        <translation>%1 startede %2 med fork (pid %3).</translation>
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 sluttede med status %2.</translation>
    </message>
    <message>
        <source>Recording stalled for %1.</source>
        <translation>Optagelsen stod stille i %1.</translation>
    </message>
    <message>
        <source>%1 notified %2.</source>
        <translation>%1 gav besked via %2.</translation>
    </message>
    <message>
        <source>Lost update: %1 (%2 later).</source>
        <extracomment>%1 is the analysis&apos; sentence (&quot;write of 42 by thread 2 was overwritten by thread 3, ...&quot;), %2 a duration</extracomment>
        <translation>Tabt opdatering: %1 (%2 senere).</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Tidspunkt: %1</translation>
    </message>
    <message>
        <source>pid %1, tid %2</source>
        <translation>pid %1, tid %2</translation>
    </message>
    <message>
        <source>Mostly: %1</source>
        <translation>For det meste: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>Kerne: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Varighed: %1</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Lås: %1</translation>
    </message>
    <message>
        <source>Condition variable: %1</source>
        <translation>Betingelsesvariabel: %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holdes af: %1</translation>
    </message>
    <message>
        <source>waits for %1 (held by %2)</source>
        <translation>venter på %1 (holdes af %2)</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>venter på %1</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Ingen hændelser optaget endnu.</translation>
    </message>
    <message>
        <source>Wait-for graph</source>
        <translation>Ventegraf</translation>
    </message>
    <message>
        <source>Time since the start of each phase</source>
        <translation>Tid siden starten af hver fase</translation>
    </message>
    <message>
        <source>Deadlock: %1.</source>
        <extracomment>%1 is the analysis&apos; sentence, e.g. &quot;T1 holds A and waits for B; T2 holds B and waits for A&quot;</extracomment>
        <translation>Deadlock: %1.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Ready, waiting for a CPU</source>
        <translation>Klar, venter på en kerne</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokeret</translation>
    </message>
    <message>
        <source>Waiting for a lock</source>
        <translation>Venter på en lås</translation>
    </message>
    <message>
        <source>Holding a lock</source>
        <translation>Holder en lås</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sover</translation>
    </message>
    <message>
        <source>Awaiting (coroutine suspended)</source>
        <translation>Afventer (coroutine sat på pause)</translation>
    </message>
    <message>
        <source>Waiting on a condition variable</source>
        <translation>Venter på en betingelsesvariabel</translation>
    </message>
    <message>
        <source>Recording stalled</source>
        <translation>Optagelsen stod stille</translation>
    </message>
    <message>
        <source>Working (estimated)</source>
        <translation>Arbejder (anslået)</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Waiting on a condition</source>
        <translation>Venter på en betingelse</translation>
    </message>
    <message>
        <source>Many short slices</source>
        <translation>Mange korte tidsskiver</translation>
    </message>
    <message>
        <source>Lock handed over</source>
        <translation>Lås overdraget</translation>
    </message>
    <message>
        <source>Lock attempt timed out</source>
        <translation>Låseforsøg fik timeout</translation>
    </message>
    <message>
        <source>Lost update</source>
        <translation>Tabt opdatering</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>Shared variable written</source>
        <translation>Delt variabel skrevet</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markør</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>process · pid %1</source>
        <translation>proces · pid %1</translation>
    </message>
    <message>
        <source>thread · tid %1</source>
        <translation>tråd · tid %1</translation>
    </message>
    <message>
        <source>coroutine · on tid %1</source>
        <translation>coroutine · på tid %1</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>Kerne %1</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-kerner</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n short slices</source>
        <translation>
            <numerusform>%n kort tidsskive</numerusform>
            <numerusform>%n korte tidsskiver</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a scenario to see its timeline here.</source>
        <translation>Kør et scenarie for at se dets tidslinje her.</translation>
    </message>
    <message>
        <source>Detail capped here: the trace reached its memory limit. The lanes stop; the counters and the analysis cover the whole run.</source>
        <translation>Detaljerne stopper her: sporet nåede sin grænse for hukommelse. Rækkerne slutter; tællerne og analysen dækker hele kørslen.</translation>
    </message>
    <message>
        <source>Wait-for graph (hover for full names)</source>
        <translation>Ventegraf (hold musen over for hele navne)</translation>
    </message>
    <message>
        <source>Shared variable read</source>
        <translation>Delt variabel læst</translation>
    </message>
    <message>
        <source>Write that overwrote it</source>
        <translation>Skrivning, der overskrev den</translation>
    </message>
    <message>
        <source>Notified a waiting task</source>
        <translation>Vækkede en ventende opgave</translation>
    </message>
    <message>
        <source>Process forked</source>
        <translation>Ny proces (fork)</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Waits for the lock&apos;s holder</source>
        <translation>Venter på låsens indehaver</translation>
    </message>
    <message>
        <source>Lost: %1 wrote %2 = %3 at %4.</source>
        <translation>Tabt: %1 skrev %2 = %3 ved %4.</translation>
    </message>
    <message>
        <source>Overwritten by: %1, which read %2 at %3 and wrote %4 at %5.</source>
        <translation>Overskrevet af: %1, som læste %2 ved %3 og skrev %4 ved %5.</translation>
    </message>
    <message>
        <source>This mark: the write that was lost.</source>
        <translation>Dette mærke: skrivningen, der gik tabt.</translation>
    </message>
    <message>
        <source>This mark: the write that overwrote it.</source>
        <translation>Dette mærke: skrivningen, der overskrev den.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlock of %n tasks in a ring: %1; …; %2.</source>
        <extracomment>%1 the first two tasks&apos; &quot;T1 holds A and waits for B&quot;, %2 the last one&apos;s</extracomment>
        <translation>
            <numerusform>Deadlock mellem %n opgave i en ring: %1; …; %2.</numerusform>
            <numerusform>Deadlock mellem %n opgaver i en ring: %1; …; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <extracomment>stands for the part of a long deadlock ring not drawn; %n how many tasks and locks</extracomment>
        <translation>
            <numerusform>… %n til</numerusform>
            <numerusform>… %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Nothing has run yet. Pick a scenario on the left and press Run (F5): every thread will appear here, live, on the cores that run it.</source>
        <translation>Intet er kørt endnu. Vælg et scenarie til venstre, og tryk på Kør (F5): hver tråd vises her, live, på de kerner, der kører den.</translation>
    </message>
    <message>
        <source>Holds the GIL</source>
        <translation>Holder GIL&apos;en</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <source>Waiting for its step</source>
        <translation>Venter på sit trin</translation>
    </message>
    <message>
        <source>Waits for the GIL</source>
        <translation>Venter på GIL&apos;en</translation>
    </message>
    <message>
        <source>Paused (the whole run stood still)</source>
        <translation>På pause (hele kørslen stod stille)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
</context>
</TS>
