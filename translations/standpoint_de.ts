<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddToSetMenu</name>
    <message>
        <source>(the store is still opening)</source>
        <translation>(die Datenbank wird noch geöffnet)</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Neue Mappe…</translation>
    </message>
    <message>
        <source>New reading set</source>
        <translation>Neue Lesemappe</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Add to a new reading set</source>
        <translation>Zu einer neuen Lesemappe hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Add annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>&quot;%1&quot; is not an annotation colour; choose one of %2</source>
        <translation>„%1“ ist keine Farbe für Anmerkungen; wählen Sie eine von %2</translation>
    </message>
    <message>
        <source>No document %1 in the store</source>
        <translation>Kein Dokument %1 in der Datenbank</translation>
    </message>
    <message>
        <source>The span %1–%2 is not inside the document&apos;s text (0–%3)</source>
        <translation>Der Bereich %1–%2 liegt nicht im Text des Dokuments (0–%3)</translation>
    </message>
    <message>
        <source>No annotation %1 in the store</source>
        <translation>Keine Anmerkung %1 in der Datenbank</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Disagrees with another source</source>
        <translation>Weicht von einer anderen Quelle ab</translation>
    </message>
    <message>
        <source>Target — %1</source>
        <translation>Ziel — %1</translation>
    </message>
    <message>
        <source>%1 (your series)</source>
        <translation>%1 (Ihre Reihe)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source> (disputed)</source>
        <translation> (umstritten)</translation>
    </message>
    <message>
        <source>about </source>
        <translation>etwa </translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (Ziel)</translation>
    </message>
    <message>
        <source>Disagreement:</source>
        <translation>Abweichung:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Click to read the quote in context.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Klicken, um das Zitat im Zusammenhang zu lesen.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>computed from the levels</source>
        <translation>aus den Absolutwerten berechnet</translation>
    </message>
    <message>
        <source>%1 (your series, from %2)</source>
        <translation>%1 (Ihre Reihe, aus %2)</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
    <message>
        <source>No chart &quot;%1&quot;; see the list with: standpoint-cli charts</source>
        <translation>Kein Diagramm „%1“; die Liste zeigt: standpoint-cli charts</translation>
    </message>
    <message>
        <source>No series of yours is called &quot;%1&quot;; see: standpoint-cli series list</source>
        <translation>Keine Ihrer Reihen heißt „%1“; siehe: standpoint-cli series list</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>quote %1 in %2 at %3–%4 no longer matches: expected &quot;%5&quot;, found &quot;%6&quot;</source>
        <translation>Zitat %1 in %2 bei %3–%4 stimmt nicht mehr: erwartet „%5“, gefunden „%6“</translation>
    </message>
    <message>
        <source>question %1 has no stance (nor &quot;not addressed&quot;) for %2</source>
        <translation>Frage %1 hat keine Haltung (auch nicht „nicht behandelt“) für %2</translation>
    </message>
    <message>
        <source>claim %1 has no quote</source>
        <translation>Aussage %1 hat kein Zitat</translation>
    </message>
    <message>
        <source>event %1 has no quote</source>
        <translation>Ereignis %1 hat kein Zitat</translation>
    </message>
    <message>
        <source>stance %1 takes a side with no quote</source>
        <translation>Haltung %1 bezieht Stellung ohne Zitat</translation>
    </message>
    <message>
        <source>%1 credits %2 with words outside their turns: &quot;%3&quot;</source>
        <translation>%1 schreibt %2 Worte außerhalb ihrer Redebeiträge zu: „%3“</translation>
    </message>
    <message>
        <source>the search index does not match the text it indexes; a search may miss or misquote passages</source>
        <translation>der Suchindex stimmt nicht mit dem Text überein, den er erschließt; eine Suche kann Stellen übersehen oder falsch zitieren</translation>
    </message>
</context>
<context>
    <name>Cleaner</name>
    <message>
        <source>cut_from needs &quot;marker&quot;</source>
        <translation>cut_from braucht „marker“</translation>
    </message>
    <message>
        <source>marker &quot;%1&quot; is not in the text</source>
        <translation>Die Marke „%1“ steht nicht im Text</translation>
    </message>
    <message>
        <source>drop_lines needs exactly one of &quot;text&quot; or &quot;pattern&quot;</source>
        <translation>drop_lines braucht genau eines von „text“ oder „pattern“</translation>
    </message>
    <message>
        <source>invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>no line matches &quot;%1&quot;</source>
        <translation>Keine Zeile passt zu „%1“</translation>
    </message>
    <message>
        <source>remove_block needs &quot;from&quot; and &quot;to&quot;</source>
        <translation>remove_block braucht „from“ und „to“</translation>
    </message>
    <message>
        <source>&quot;from&quot; text &quot;%1&quot; is not in the text</source>
        <translation>Der „from“-Text „%1“ steht nicht im Text</translation>
    </message>
    <message>
        <source>&quot;to&quot; text &quot;%1&quot; does not follow &quot;%2&quot;</source>
        <translation>Der „to“-Text „%1“ folgt nicht auf „%2“</translation>
    </message>
    <message>
        <source>join_break needs &quot;before&quot; and &quot;after&quot;</source>
        <translation>join_break braucht „before“ und „after“</translation>
    </message>
    <message>
        <source>&quot;before&quot; text &quot;%1&quot; is not in the text</source>
        <translation>Der „before“-Text „%1“ steht nicht im Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not followed, after white space only, by &quot;%2&quot;</source>
        <translation>Auf „%1“ folgt nicht, nur durch Leerraum getrennt, „%2“</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;; known: cut_from, drop_lines, remove_block, join_break, strip_markdown</source>
        <translation>Unbekannte Regel „%1“; bekannt sind: cut_from, drop_lines, remove_block, join_break, strip_markdown</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: standpoint-cli %1</source>
        <translation>Aufruf: standpoint-cli %1</translation>
    </message>
    <message>
        <source>Store ready at %1: %2 debate(s), %3 document(s).
</source>
        <translation>Datenbank bereit unter %1: %2 Debatte(n), %3 Dokument(e).
</translation>
    </message>
    <message>
        <source>pack %1 not loaded: %2</source>
        <translation>Paket %1 nicht geladen: %2</translation>
    </message>
    <message>
        <source>Loaded debate &quot;%1&quot;: %2 documents, %3 quotes, %4 claims, %5 stances, %6 events, %7 data points.
</source>
        <translation>Debatte „%1“ geladen: %2 Dokumente, %3 Zitate, %4 Aussagen, %5 Haltungen, %6 Ereignisse, %7 Datenpunkte.
</translation>
    </message>
    <message>
        <source>%1: there is no &quot;%2&quot; in the store (`standpoint-cli export-json` lists the ids)</source>
        <translation>%1: In der Datenbank gibt es kein „%2“ (`standpoint-cli export-json` listet die Kennungen)</translation>
    </message>
    <message>
        <source>--year takes years such as 2022,2024, not &quot;%1&quot;</source>
        <translation>--year nimmt Jahre wie 2022,2024, nicht „%1“</translation>
    </message>
    <message>
        <source>check failed: %1 problem(s), integrity: %2</source>
        <translation>Prüfung fehlgeschlagen: %1 Problem(e), Integrität: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation>Unbekannter Befehl „%1“; Befehle: %2</translation>
    </message>
    <message>
        <source>No results.
</source>
        <translation>Keine Ergebnisse.
</translation>
    </message>
    <message>
        <source>
Matches by kind:</source>
        <translation>
Treffer nach Art:</translation>
    </message>
    <message>
        <source>(counted over the best matches only; narrow the search to count them all)
</source>
        <translation>(nur über die besten Treffer gezählt; grenzen Sie die Suche ein, um alle zu zählen)
</translation>
    </message>
    <message>
        <source>Integrity check: %1
</source>
        <translation>Integritätsprüfung: %1
</translation>
    </message>
    <message>
        <source>Quotes verified: %1 of %2
</source>
        <translation>Geprüfte Zitate: %1 von %2
</translation>
    </message>
    <message>
        <source>Stance cells checked: %1
</source>
        <translation>Geprüfte Haltungszellen: %1
</translation>
    </message>
    <message>
        <source>Problems: %1
</source>
        <translation>Probleme: %1
</translation>
    </message>
    <message>
        <source>Discrepancies between sources: %1
</source>
        <translation>Abweichungen zwischen Quellen: %1
</translation>
    </message>
    <message>
        <source>      reference: %1
</source>
        <translation>      Referenz: %1
</translation>
    </message>
    <message>
        <source>Check passed.
</source>
        <translation>Prüfung bestanden.
</translation>
    </message>
    <message>
        <source>Check FAILED.
</source>
        <translation>Prüfung FEHLGESCHLAGEN.
</translation>
    </message>
    <message>
        <source>no store at %1; create one with: standpoint-cli --db %1 init</source>
        <translation>Keine Datenbank unter %1; anlegen mit: standpoint-cli --db %1 init</translation>
    </message>
    <message>
        <source>the command &quot;%1&quot; needs standpoint-cli-draw, which is not installed beside standpoint-cli or in ../libexec/standpoint/; reinstall Standpoint</source>
        <translation>Der Befehl „%1“ braucht standpoint-cli-draw, das weder neben standpoint-cli noch in ../libexec/standpoint/ installiert ist; installieren Sie Standpoint neu</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>No documents share passages.
</source>
        <translation>Keine Dokumente teilen Textstellen.
</translation>
    </message>
    <message>
        <source>overlap  passages  reworded  documents
</source>
        <translation> Anteil   Stellen  geändert  Dokumente
</translation>
    </message>
    <message>
        <source>Run `standpoint-cli reuse DOC DOC` to see one pair&apos;s passages and what changed.
</source>
        <translation>`standpoint-cli reuse DOK DOK` zeigt die Textstellen eines Paars und was sich geändert hat.
</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 (%4)
overlap %5, %6 shared passage(s), %7 reworded
</source>
        <translation>%1 (%2)
%3 (%4)
Anteil %5, %6 gemeinsame Textstelle(n), %7 umformuliert
</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
    <message>
        <source>--title names one document, but %1 files were given</source>
        <translation>--title benennt ein Dokument, es wurden aber %1 Dateien angegeben</translation>
    </message>
    <message>
        <source>--position takes one position, not %1</source>
        <translation>--position nimmt eine Position, nicht %1</translation>
    </message>
    <message>
        <source>--speaker takes one speaker, not %1</source>
        <translation>--speaker nimmt einen Sprecher, nicht %1</translation>
    </message>
    <message>
        <source>no file could be imported</source>
        <translation>Keine Datei konnte importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was imported (add --skip-bad to import the others)</source>
        <translation>
            <numerusform>%n Datei abgelehnt; nichts wurde importiert (mit --skip-bad werden die anderen importiert)</numerusform>
            <numerusform>%n Dateien abgelehnt; nichts wurde importiert (mit --skip-bad werden die anderen importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 as &quot;%2&quot; (%3, %4 paragraph(s), %5 block(s) removed by cleaning): %6
</source>
        <translation>%1 als „%2“ importiert (%3, %4 Absätze, %5 Blöcke durch Bereinigung entfernt): %6
</translation>
    </message>
    <message>
        <source>created the position &quot;%1&quot;
</source>
        <translation>Position „%1“ angelegt
</translation>
    </message>
    <message>
        <source>--min takes a similarity above 0 and at most 1 (such as 0.6), not &quot;%1&quot;</source>
        <translation>--min nimmt eine Ähnlichkeit über 0 und höchstens 1 (etwa 0.6), nicht „%1“</translation>
    </message>
    <message>
        <source>%1 and %2 share no passages.
</source>
        <translation>%1 und %2 teilen keine Textstellen.
</translation>
    </message>
    <message>
        <source>Standpoint&apos;s command-line tool.

Commands:
  init                 create a store holding the bundled debate
  load-pack DIR        load a debate pack folder
  export-json          print the whole store as JSON
  search QUERY         full-text search (words, &quot;phrases&quot;, prefix*, OR, NOT); narrow it with --kind,
                       --position, --speaker, --document, --theme, --year; --facets counts them
  import FILE...       import your own documents (.txt, .md, .html, .pdf, .docx) [--position ID |
                       --speaker ID | --new-position LABEL] [--title T] [--debate KEY] [--skip-bad]
  reuse [DOC DOC]      passages documents share nearly word for word [--min 0.5] [--json]
  check                verify quotes, stances and integrity; report discrepancies
  charts               list the charts
  chart ID --out FILE  draw a chart as PNG, SVG or PDF (--size WxH); or --csv for its data
  deck --charts ID,... --out FILE.pptx   a slide deck, one chart a slide
  series add FILE --title T --unit U | series list | series remove KEY   your own series
  timeline [--from YEAR --to YEAR] [--positions ID,...] --out FILE   the timeline as PNG, SVG or PDF
  set list | set create TITLE | set add SET KIND REF [--note T] | set export SET --out FILE | set import FILE
                       reading sets; export as .standpoint, .html, .md or .pdf
  annotations export --out FILE.csv|json   your annotations</source>
        <translation>Das Kommandozeilenwerkzeug von Standpoint.

Befehle:
  init                 eine Datenbank mit der mitgelieferten Debatte anlegen
  load-pack DIR        einen Ordner mit einem Debattenpaket laden
  export-json          die ganze Datenbank als JSON ausgeben
  search QUERY         Volltextsuche (Wörter, &quot;Phrasen&quot;, Präfix*, OR, NOT); eingrenzen mit --kind,
                       --position, --speaker, --document, --theme, --year; --facets zählt sie
  import FILE...       eigene Dokumente importieren (.txt, .md, .html, .pdf, .docx) [--position ID |
                       --speaker ID | --new-position LABEL] [--title T] [--debate KEY] [--skip-bad]
  reuse [DOC DOC]      Textstellen, die Dokumente fast wörtlich teilen [--min 0.5] [--json]
  check                Zitate, Haltungen und Integrität prüfen; Abweichungen melden
  charts               die Diagramme auflisten
  chart ID --out FILE  ein Diagramm als PNG, SVG oder PDF zeichnen (--size WxH); oder --csv für seine Daten
  deck --charts ID,... --out FILE.pptx   ein Foliensatz, ein Diagramm je Folie
  series add FILE --title T --unit U | series list | series remove KEY   Ihre eigenen Reihen
  timeline [--from YEAR --to YEAR] [--positions ID,...] --out FILE   die Zeitleiste als PNG, SVG oder PDF
  set list | set create TITLE | set add SET KIND REF [--note T] | set export SET --out FILE | set import FILE
                       Lesemappen; Export als .standpoint, .html, .md oder .pdf
  annotations export --out FILE.csv|json   Ihre Anmerkungen</translation>
    </message>
    <message>
        <source>The store to use.</source>
        <translation>Die zu verwendende Datenbank.</translation>
    </message>
    <message>
        <source>search: at most N results (default 20).</source>
        <translation>search: höchstens N Ergebnisse (Standard 20).</translation>
    </message>
    <message>
        <source>search: only these kinds (passage, claim, event, note).</source>
        <translation>search: nur diese Arten (passage, claim, event, note).</translation>
    </message>
    <message>
        <source>search, check: print JSON.</source>
        <translation>search, check: JSON ausgeben.</translation>
    </message>
    <message>
        <source>chart, deck: the file to write.</source>
        <translation>chart, deck: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>chart: image size in pixels (default 1920x1080).</source>
        <translation>chart: Bildgröße in Pixeln (Standard 1920x1080).</translation>
    </message>
    <message>
        <source>chart: print the data behind it as CSV.</source>
        <translation>chart: die zugrunde liegenden Daten als CSV ausgeben.</translation>
    </message>
    <message>
        <source>deck: the charts, in order.</source>
        <translation>deck: die Diagramme, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>chart, deck: add your series to time charts.</source>
        <translation>chart, deck: Ihre Reihen zu Zeitdiagrammen hinzufügen.</translation>
    </message>
    <message>
        <source>chart, deck: mark these events on time charts.</source>
        <translation>chart, deck: diese Ereignisse in Zeitdiagrammen markieren.</translation>
    </message>
    <message>
        <source>series add: the series&apos; title.</source>
        <translation>series add: der Titel der Reihe.</translation>
    </message>
    <message>
        <source>series add: the series&apos; unit.</source>
        <translation>series add: die Einheit der Reihe.</translation>
    </message>
    <message>
        <source>timeline: the first year.</source>
        <translation>timeline: das erste Jahr.</translation>
    </message>
    <message>
        <source>timeline: the last year.</source>
        <translation>timeline: das letzte Jahr.</translation>
    </message>
    <message>
        <source>timeline: only these positions&apos; lanes.</source>
        <translation>timeline: nur die Bahnen dieser Positionen.</translation>
    </message>
    <message>
        <source>set add: the item&apos;s note.</source>
        <translation>set add: die Notiz zum Eintrag.</translation>
    </message>
    <message>
        <source>search: only hits of these positions; import: credit the documents to this position.</source>
        <translation>search: nur Treffer dieser Positionen; import: die Dokumente dieser Position zuschreiben.</translation>
    </message>
    <message>
        <source>search: only hits of these speakers; import: credit the documents to this speaker.</source>
        <translation>search: nur Treffer dieser Sprecher; import: die Dokumente diesem Sprecher zuschreiben.</translation>
    </message>
    <message>
        <source>search: only hits in these documents.</source>
        <translation>search: nur Treffer in diesen Dokumenten.</translation>
    </message>
    <message>
        <source>search: only hits on these themes.</source>
        <translation>search: nur Treffer zu diesen Themen.</translation>
    </message>
    <message>
        <source>search: only hits of these years.</source>
        <translation>search: nur Treffer aus diesen Jahren.</translation>
    </message>
    <message>
        <source>search: also count the hits by position, speaker, document, theme and year.</source>
        <translation>search: die Treffer zusätzlich nach Position, Sprecher, Dokument, Thema und Jahr zählen.</translation>
    </message>
    <message>
        <source>import: create a position with this label and credit the documents to it.</source>
        <translation>import: eine Position mit dieser Bezeichnung anlegen und ihr die Dokumente zuschreiben.</translation>
    </message>
    <message>
        <source>import: import the files that can be read, and report the others.</source>
        <translation>import: die lesbaren Dateien importieren und die anderen melden.</translation>
    </message>
    <message>
        <source>reuse: the least similarity of a shared passage (default 0.5).</source>
        <translation>reuse: die geringste Ähnlichkeit einer gemeinsamen Textstelle (Standard 0.5).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>no command given; commands: %1 (see --help)</source>
        <translation>Kein Befehl angegeben; Befehle: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db braucht einen Pfad</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--limit nimmt eine ganze Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>an excerpt is DOCUMENT:START-END, such as gabuev-2024:120-240, not &quot;%1&quot;</source>
        <translation>Ein Auszug wird als DOKUMENT:START-ENDE angegeben, etwa gabuev-2024:120-240, nicht „%1“</translation>
    </message>
    <message>
        <source>No stance &quot;%1&quot;: write QUESTION/VOICE, such as q-wedge/heritage or q-wedge/speaker:berman</source>
        <translation>Keine Haltung „%1“: schreiben Sie FRAGE/STIMME, etwa q-wedge/heritage oder q-wedge/speaker:berman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; kinds: %2</source>
        <translation>„%1“ ist keine Art von Eintrag; Arten: %2</translation>
    </message>
    <message>
        <source>, imported</source>
        <translation>, importiert</translation>
    </message>
    <message>
        <source>No reading sets yet.
</source>
        <translation>Noch keine Lesemappen.
</translation>
    </message>
    <message>
        <source>Created reading set %1
</source>
        <translation>Lesemappe %1 angelegt
</translation>
    </message>
    <message>
        <source>Added item %1 to set %2
</source>
        <translation>Eintrag %1 zu Mappe %2 hinzugefügt
</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This set is already in the store (set %1); nothing was added.
</source>
        <translation>Diese Mappe ist schon in der Datenbank (Mappe %1); nichts wurde hinzugefügt.
</translation>
    </message>
    <message>
        <source>Imported set %1: %2 items (%3 orphaned), %4 annotations.
</source>
        <translation>Mappe %1 importiert: %2 Einträge (%3 verwaist), %4 Anmerkungen.
</translation>
    </message>
    <message>
        <source>  not placed: %1
</source>
        <translation>  nicht zugeordnet: %1
</translation>
    </message>
    <message>
        <source>--out must end in .csv or .json, not &quot;%1&quot;</source>
        <translation>--out muss auf .csv oder .json enden, nicht „%1“</translation>
    </message>
    <message>
        <source>Wrote %1 annotations to %2
</source>
        <translation>%1 Anmerkungen nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>No event &quot;%1&quot;; event ids are in: standpoint-cli export-json</source>
        <translation>Kein Ereignis „%1“; die Kennungen der Ereignisse stehen in: standpoint-cli export-json</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf, not &quot;%1&quot;</source>
        <translation>--out muss auf .png, .svg oder .pdf enden, nicht „%1“</translation>
    </message>
    <message>
        <source>--out must end in .pptx, not &quot;%1&quot;</source>
        <translation>--out muss auf .pptx enden, nicht „%1“</translation>
    </message>
    <message>
        <source>Standpoint charts</source>
        <translation>Standpoint-Diagramme</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 slides)
</source>
        <translation>%1 geschrieben (%2 Folien)
</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>You have added no series yet.
</source>
        <translation>Sie haben noch keine Reihe hinzugefügt.
</translation>
    </message>
    <message>
        <source>Added your series &quot;%1&quot;; draw it with: standpoint-cli chart trade-turnover --with %1 --out FILE
</source>
        <translation>Ihre Reihe „%1“ wurde hinzugefügt; zeichnen mit: standpoint-cli chart trade-turnover --with %1 --out DATEI
</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;
</source>
        <translation>„%1“ entfernt
</translation>
    </message>
    <message>
        <source>%1 takes a year such as 2014, not &quot;%2&quot;</source>
        <translation>%1 nimmt ein Jahr wie 2014, nicht „%2“</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to muss nach --from kommen</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 events)
</source>
        <translation>%1 geschrieben (%2 Ereignisse)
</translation>
    </message>
    <message>
        <source>Search index: matches the text it indexes
</source>
        <translation>Suchindex: stimmt mit dem indizierten Text überein
</translation>
    </message>
    <message>
        <source>Search index: does not match the text it indexes
</source>
        <translation>Suchindex: stimmt nicht mit dem indizierten Text überein
</translation>
    </message>
    <message>
        <source>Search index: not checked: %1
</source>
        <translation>Suchindex: nicht geprüft: %1
</translation>
    </message>
    <message>
        <source>Check passed, but the search index was not checked.
</source>
        <translation>Prüfung bestanden, aber der Suchindex wurde nicht geprüft.
</translation>
    </message>
    <message>
        <source>import: the debate to import into (default: the first); search and set add: the debate whose ids are given (default: the only one).</source>
        <translation>import: die Debatte, in die importiert wird (Standard: die erste); search und set add: die Debatte, deren IDs angegeben sind (Standard: die einzige).</translation>
    </message>
    <message>
        <source>%1; see: standpoint-cli set list</source>
        <translation>%1; siehe: standpoint-cli set list</translation>
    </message>
    <message>
        <source>left out of the deck: %1</source>
        <translation>nicht in den Foliensatz aufgenommen: %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Standpoint store, or it is damaged (%2)</source>
        <translation>%1 ist keine Standpoint-Datenbank oder ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>Cannot switch the store %1 to write-ahead logging (it stayed in %2 mode); another program may be using it</source>
        <translation>Die Datenbank %1 kann nicht auf Write-Ahead-Logging umgestellt werden (sie blieb im Modus %2); vielleicht benutzt sie ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1:%2: a quote character inside an unquoted field</source>
        <translation>%1:%2: ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row</source>
        <translation>%1: Die Datei ist leer; sie braucht eine Kopfzeile</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, but the header has %4</source>
        <translation>%1:%2: %3 Felder, die Kopfzeile hat aber %4</translation>
    </message>
</context>
<context>
    <name>DebateLookup</name>
    <message>
        <source>No document &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Kein Dokument „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No position &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Keine Position „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No speaker &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Kein Sprecher „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No theme &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Kein Thema „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No question &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Keine Frage „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No claim &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Keine Behauptung „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No event &quot;%1&quot; in debate &quot;%2&quot;</source>
        <translation>Kein Ereignis „%1“ in der Debatte „%2“</translation>
    </message>
    <message>
        <source>No debate &quot;%1&quot; in the store</source>
        <translation>Keine Debatte „%1“ in der Datenbank</translation>
    </message>
    <message>
        <source>The store holds no debate yet</source>
        <translation>Die Datenbank enthält noch keine Debatte</translation>
    </message>
    <message>
        <source>The store holds %1 debates; name one with --debate: %2</source>
        <translation>Die Datenbank enthält %1 Debatten; nennen Sie eine mit --debate: %2</translation>
    </message>
    <message>
        <source>No stance of &quot;%1&quot; on question &quot;%2&quot; in debate &quot;%3&quot;</source>
        <translation>Keine Haltung von „%1“ zur Frage „%2“ in der Debatte „%3“</translation>
    </message>
    <message>
        <source>No document %1 in the store</source>
        <translation>Kein Dokument %1 in der Datenbank</translation>
    </message>
    <message>
        <source>No event %1 in the store</source>
        <translation>Kein Ereignis %1 in der Datenbank</translation>
    </message>
</context>
<context>
    <name>DebateReader</name>
    <message>
        <source>Moderator; %1</source>
        <translation>Moderation; %1</translation>
    </message>
    <message>
        <source>The store holds no debate yet</source>
        <translation>Die Datenbank enthält noch keine Debatte</translation>
    </message>
    <message>
        <source>No debate &quot;%1&quot; in the store</source>
        <translation>Keine Debatte „%1“ in der Datenbank</translation>
    </message>
    <message>
        <source>No document %1 in the store</source>
        <translation>Kein Dokument %1 in der Datenbank</translation>
    </message>
    <message>
        <source>The store holds a stance valued &quot;%1&quot;, which is none of %2</source>
        <translation>Die Datenbank enthält eine Haltung mit dem Wert „%1“, der keiner von %2 ist</translation>
    </message>
</context>
<context>
    <name>DeckBuilder</name>
    <message>
        <source>Sources: %1. Full citations in the notes.</source>
        <translation>Quellen: %1. Vollständige Angaben in den Notizen.</translation>
    </message>
    <message>
        <source>%1%2: %3 %4 — “%5” (%6, “%7”)</source>
        <translation>%1%2: %3 %4 — „%5“ (%6, „%7“)</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
</context>
<context>
    <name>DeckExport</name>
    <message>
        <source>Where each position stands</source>
        <translation>Wo jede Position steht</translation>
    </message>
    <message>
        <source>Stances and paraphrases: Standpoint&apos;s reading of the documents; each rests on quotes.</source>
        <translation>Haltungen und Paraphrasen: Standpoints Lesart der Dokumente; jede stützt sich auf Zitate.</translation>
    </message>
    <message>
        <source>Each cell is a stance with its quotes; open the Compare view in Standpoint to read them.</source>
        <translation>Jede Zelle ist eine Haltung mit ihren Zitaten; öffnen Sie die Ansicht „Vergleichen“ in Standpoint, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>DiscrepancyFinder</name>
    <message>
        <source>%1 gives %2 %3</source>
        <translation>%1 nennt %2 %3</translation>
    </message>
    <message>
        <source>%1, %2: the documents disagree: %3</source>
        <translation>%1, %2: Die Dokumente widersprechen sich: %3</translation>
    </message>
    <message>
        <source>%1 sets %2 for %3</source>
        <translation>%1 setzt %2 für %3</translation>
    </message>
    <message>
        <source>%1 sets it for %2</source>
        <translation>%1 setzt es für %2</translation>
    </message>
    <message>
        <source>%1: the target of %2 %3 is set for different years: %4</source>
        <translation>%1: Das Ziel von %2 %3 wird für verschiedene Jahre gesetzt: %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 gives %4 %5; the reference series has %6</source>
        <translation>%1, %2: %3 nennt %4 %5; die Referenzreihe hat %6</translation>
    </message>
    <message>
        <source>; from the levels the documents cite (%1 %2 in %3, %4 %5 in %6): %7%</source>
        <translation>; aus den Absolutwerten, die die Dokumente nennen (%1 %2 in %3, %4 %5 in %6): %7 %</translation>
    </message>
    <message>
        <source>%1 growth as claimed by %2: %3%; the reference series: %4%%5</source>
        <translation>Wachstum %1 laut %2: %3 %; die Referenzreihe: %4 %%5</translation>
    </message>
    <message>
        <source>reworded between %1 and %2 (%3% alike): %4</source>
        <translation>umformuliert zwischen %1 und %2 (%3 % ähnlich): %4</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
</context>
<context>
    <name>FigureOutput</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>&quot;%1&quot; is not a size: write WIDTHxHEIGHT in pixels, such as 1920x1080</source>
        <translation>„%1“ ist keine Größe: schreiben Sie BREITExHÖHE in Pixeln, etwa 1920x1080</translation>
    </message>
    <message>
        <source>The size %1×%2 is out of range: each side from %3 to %4 pixels</source>
        <translation>Die Größe %1×%2 liegt außerhalb des Bereichs: jede Seite von %3 bis %4 Pixel</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Dotted: your own series, from a file you added; not from the debate&apos;s documents.</source>
        <translation>Gepunktet: Ihre eigene Reihe, aus einer von Ihnen hinzugefügten Datei; nicht aus den Dokumenten der Debatte.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>This passage no longer matches the document&apos;s text here; it is shown as it was shared.</source>
        <translation>Diese Textstelle stimmt hier nicht mehr mit dem Text des Dokuments überein; sie wird so gezeigt, wie sie geteilt wurde.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>Made with Standpoint on %1. Quotes are the documents&apos; exact text; summaries are the set author&apos;s and Standpoint&apos;s words.</source>
        <translation>Erstellt mit Standpoint am %1. Zitate sind der genaue Text der Dokumente; Zusammenfassungen sind Worte der Mappen-Autorin oder des Mappen-Autors und von Standpoint.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the charts</source>
        <translation>Der Ordner %1 für die Diagramme kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Export a set as .standpoint (to share), or a handout as .html, .pdf or .md, not &quot;%1&quot;</source>
        <translation>Exportieren Sie eine Mappe als .standpoint (zum Teilen) oder ein Handout als .html, .pdf oder .md, nicht „%1“</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>angehalten, bevor es vollständig war</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>page furniture after the text: &quot;%1&quot; and what follows</source>
        <translation>Seitenelemente nach dem Text: „%1“ und was folgt</translation>
    </message>
    <message>
        <source>a page number</source>
        <translation>eine Seitenzahl</translation>
    </message>
    <message>
        <source>a copyright line</source>
        <translation>eine Copyright-Zeile</translation>
    </message>
    <message>
        <source>a sharing, subscription or navigation prompt</source>
        <translation>eine Aufforderung zum Teilen, Abonnieren oder Navigieren</translation>
    </message>
    <message>
        <source>repeated %1 times, like a running header or footer</source>
        <translation>%1-mal wiederholt, wie eine Kopf- oder Fußzeile</translation>
    </message>
    <message>
        <source>%1: the title is empty; give the document a title</source>
        <translation>%1: Der Titel ist leer; geben Sie dem Dokument einen Titel</translation>
    </message>
    <message>
        <source>%1: the cleaned text is empty; keep at least one paragraph</source>
        <translation>%1: Der bereinigte Text ist leer; behalten Sie mindestens einen Absatz</translation>
    </message>
    <message>
        <source>%1: the date &quot;%2&quot; is not one Standpoint reads (%3)</source>
        <translation>%1: Das Datum „%2“ kann Standpoint nicht lesen (%3)</translation>
    </message>
    <message>
        <source>%1: credit the document to one position or one speaker, not several</source>
        <translation>%1: Schreiben Sie das Dokument einer Position oder einem Sprecher zu, nicht mehreren</translation>
    </message>
    <message>
        <source>%1: there is no position &quot;%2&quot; in this debate; run `standpoint-cli export-json` to see the positions, or create a new one</source>
        <translation>%1: In dieser Debatte gibt es keine Position „%2“; `standpoint-cli export-json` zeigt die Positionen, oder legen Sie eine neue an</translation>
    </message>
    <message>
        <source>%1: there is no speaker &quot;%2&quot; in this debate</source>
        <translation>%1: In dieser Debatte gibt es keinen Sprecher „%2“</translation>
    </message>
    <message>
        <source>The store holds no debate to import into; load a debate pack first</source>
        <translation>Die Datenbank enthält keine Debatte, in die importiert werden kann; laden Sie zuerst ein Debattenpaket</translation>
    </message>
    <message>
        <source>The store holds no debate &quot;%1&quot;</source>
        <translation>Die Datenbank enthält keine Debatte „%1“</translation>
    </message>
    <message>
        <source>There is nothing to import: no files were given</source>
        <translation>Es gibt nichts zu importieren: Es wurden keine Dateien angegeben</translation>
    </message>
    <message>
        <source>%1: the Word document has no %2 part; it may be damaged</source>
        <translation>%1: Dem Word-Dokument fehlt der Teil %2; es ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked (%3)</source>
        <translation>%1: Der Teil %2 kann nicht entpackt werden (%3)</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged</source>
        <translation>%1: Der Teil %2 ist beschädigt</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB; it is refused</source>
        <translation>%1: Der Teil %2 wird entpackt größer als %3 MB; er wird abgelehnt</translation>
    </message>
    <message>
        <source>%1: the Word document cannot be opened as a ZIP archive (error %2); it may be damaged</source>
        <translation>%1: Das Word-Dokument lässt sich nicht als ZIP-Archiv öffnen (Fehler %2); es ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>%1: the document&apos;s text (word/document.xml) is not well-formed XML at line %2: %3</source>
        <translation>%1: Der Text des Dokuments (word/document.xml) ist in Zeile %2 kein wohlgeformtes XML: %3</translation>
    </message>
    <message numerus="yes">
        <source>Read %n table(s) cell by cell, one paragraph per cell.</source>
        <translation>
            <numerusform>%n Tabelle Zelle für Zelle gelesen, ein Absatz je Zelle.</numerusform>
            <numerusform>%n Tabellen Zelle für Zelle gelesen, ein Absatz je Zelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>an old Word or Office file</source>
        <translation>eine alte Word- oder Office-Datei</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>ein RTF-Dokument</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>its UTF-16 text is broken (an odd number of bytes or an unpaired surrogate)</source>
        <translation>Sein UTF-16-Text ist fehlerhaft (eine ungerade Zahl von Bytes oder ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 text (line %1, byte %2 is 0x%3); save it as UTF-8 and import it again</source>
        <translation>Es ist kein gültiger UTF-8-Text (Zeile %1, Byte %2 ist 0x%3); speichern Sie ihn als UTF-8 und importieren Sie ihn erneut</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is %1, not a document Standpoint can read (text, Markdown, HTML, PDF or DOCX)</source>
        <translation>Die Datei ist %1, kein Dokument, das Standpoint lesen kann (Text, Markdown, HTML, PDF oder DOCX)</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not a Word document (it has no word/document.xml)</source>
        <translation>Die Datei ist ein ZIP-Archiv, aber kein Word-Dokument (ihr fehlt word/document.xml)</translation>
    </message>
    <message>
        <source>the name ends in .pdf but the file is not a PDF (it does not begin with %PDF-)</source>
        <translation>Der Name endet auf .pdf, die Datei ist aber kein PDF (sie beginnt nicht mit %PDF-)</translation>
    </message>
    <message>
        <source>the name ends in .docx but the file is not a Word document (it is not a ZIP archive)</source>
        <translation>Der Name endet auf .docx, die Datei ist aber kein Word-Dokument (sie ist kein ZIP-Archiv)</translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the file is %3; read as %3</source>
        <translation>%1: Der Name endet auf .%2, die Datei ist aber %3; als %3 gelesen</translation>
    </message>
    <message>
        <source>the file is binary, not text (it holds a zero byte at byte %1)</source>
        <translation>Die Datei ist binär, kein Text (bei Byte %1 steht ein Nullbyte)</translation>
    </message>
    <message>
        <source>%1: the file holds HTML; read as HTML</source>
        <translation>%1: Die Datei enthält HTML; als HTML gelesen</translation>
    </message>
    <message>
        <source>%1: the extension &quot;%2&quot; is not one Standpoint knows; read as plain text</source>
        <translation>%1: Die Endung „%2“ kennt Standpoint nicht; als reiner Text gelesen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>Das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is %1 MB; Standpoint imports files up to %2 MB</source>
        <translation>Die Datei ist %1 MB groß; Standpoint importiert Dateien bis %2 MB</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>Sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n script, style or media element(s): they hold no text to quote.</source>
        <translation>
            <numerusform>%n Skript-, Stil- oder Medienelement entfernt: Es enthält keinen zitierbaren Text.</numerusform>
            <numerusform>%n Skript-, Stil- oder Medienelemente entfernt: Sie enthalten keinen zitierbaren Text.</numerusform>
        </translation>
    </message>
    <message>
        <source>site navigation</source>
        <translation>Website-Navigation</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>Fußzeile der Seite</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>Kopfzeile der Seite</translation>
    </message>
    <message>
        <source>a sidebar</source>
        <translation>eine Seitenleiste</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>ein Formular</translation>
    </message>
    <message>
        <source>page furniture (role &quot;%1&quot;)</source>
        <translation>Seitenelement (Rolle „%1“)</translation>
    </message>
    <message>
        <source>page furniture (marked &quot;%1&quot;)</source>
        <translation>Seitenelement (markiert als „%1“)</translation>
    </message>
    <message>
        <source>%1: PDF import is not available in this build</source>
        <translation>%1: Der PDF-Import ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: there is no text in the file to import</source>
        <translation>%1: Die Datei enthält keinen Text zum Importieren</translation>
    </message>
    <message>
        <source>%1: cleaning would remove all of its text; there is nothing left to import</source>
        <translation>%1: Die Bereinigung würde den ganzen Text entfernen; es bliebe nichts zu importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: the PDF has no text layer (%n page(s) of images only, perhaps a scan); run it through text recognition (OCR) first</source>
        <translation>
            <numerusform>%1: Das PDF hat keine Textebene (%n Seite nur aus Bildern, vielleicht ein Scan); lassen Sie zuerst eine Texterkennung (OCR) darüber laufen</numerusform>
            <numerusform>%1: Das PDF hat keine Textebene (%n Seiten nur aus Bildern, vielleicht ein Scan); lassen Sie zuerst eine Texterkennung (OCR) darüber laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>a running header or footer, on %1 pages</source>
        <translation>eine Kopf- oder Fußzeile, auf %1 Seiten</translation>
    </message>
    <message numerus="yes">
        <source>Joined %n paragraph(s) that a page break had cut in two.</source>
        <translation>
            <numerusform>%n Absatz zusammengefügt, den ein Seitenumbruch geteilt hatte.</numerusform>
            <numerusform>%n Absätze zusammengefügt, die ein Seitenumbruch geteilt hatte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the title, authors and date from the Markdown front matter.</source>
        <translation>Titel, Autoren und Datum aus dem Markdown-Vorspann gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n image(s): only their text can be quoted.</source>
        <translation>
            <numerusform>%n Bild entfernt: Nur Text kann zitiert werden.</numerusform>
            <numerusform>%n Bilder entfernt: Nur Text kann zitiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the PDF cannot be read; it is damaged or not really a PDF</source>
        <translation>%1: Das PDF kann nicht gelesen werden; es ist beschädigt oder gar kein PDF</translation>
    </message>
    <message>
        <source>%1: the PDF is encrypted with a password; open it in a PDF reader, save an unprotected copy, and import that</source>
        <translation>%1: Das PDF ist mit einem Passwort verschlüsselt; öffnen Sie es in einem PDF-Betrachter, speichern Sie eine ungeschützte Kopie und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1: the PDF has %2 pages; Standpoint imports PDFs of up to %3 pages</source>
        <translation>%1: Das PDF hat %2 Seiten; Standpoint importiert PDFs mit bis zu %3 Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was imported</source>
        <translation>
            <numerusform>%n Datei abgelehnt; nichts wurde importiert</numerusform>
            <numerusform>%n Dateien abgelehnt; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No file could be imported</source>
        <translation>Keine Datei konnte importiert werden</translation>
    </message>
</context>
<context>
    <name>MatrixExporter</name>
    <message>
        <source>Sources: </source>
        <translation>Quellen: </translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one question and one column.</source>
        <translation>Es gibt nichts zu exportieren: Wählen Sie mindestens eine Frage und eine Spalte.</translation>
    </message>
    <message>
        <source>Where each position stands, question by question</source>
        <translation>Wo jede Position steht, Frage für Frage</translation>
    </message>
    <message>
        <source>Stances and paraphrases are Standpoint&apos;s reading; each rests on quotes from the source.</source>
        <translation>Haltungen und Paraphrasen sind Standpoints Lesart; jede stützt sich auf Zitate aus der Quelle.</translation>
    </message>
    <message>
        <source>The image size %1×%2 is out of range (200 to 10000 pixels a side)</source>
        <translation>Die Bildgröße %1×%2 liegt außerhalb des Bereichs (200 bis 10000 Pixel je Seite)</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>migration file %1 is not named NNN_name.sql</source>
        <translation>Die Migrationsdatei %1 heißt nicht NNN_name.sql</translation>
    </message>
    <message>
        <source>cannot read migration %1: %2</source>
        <translation>Die Migration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migration %1 breaks the numbering: expected %2</source>
        <translation>Die Migration %1 bricht die Nummerierung: erwartet %2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Standpoint (schema %2; this version knows up to %3). It was not changed. Open it with a newer Standpoint, or choose another store.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Standpoint geschrieben (Schema %2; diese Version kennt bis %3). Sie wurde nicht verändert. Öffnen Sie sie mit einem neueren Standpoint, oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Die Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>OverlayRule</name>
    <message>
        <source>Your series can be drawn only on a time chart; &quot;%1&quot; (%2) is a bar chart</source>
        <translation>Ihre Reihe kann nur in ein Zeitdiagramm gezeichnet werden; „%1“ (%2) ist ein Balkendiagramm</translation>
    </message>
    <message>
        <source>Your series &quot;%1&quot; is in %2, but the chart &quot;%3&quot; is in %4: drawn on one axis they would mislead</source>
        <translation>Ihre Reihe „%1“ ist in %2, das Diagramm „%3“ aber in %4: auf einer Achse gezeichnet würden sie in die Irre führen</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>%1 is not a debate pack: it has no pack.json</source>
        <translation>%1 ist kein Debattenpaket: Es hat keine pack.json</translation>
    </message>
</context>
<context>
    <name>PackPaths</name>
    <message>
        <source>&quot;%1&quot; must be a relative path inside the pack folder</source>
        <translation>„%1“ muss ein relativer Pfad im Paketordner sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside the pack folder</source>
        <translation>„%1“ zeigt aus dem Paketordner hinaus</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is binary, not text</source>
        <translation>%1: Die Datei ist binär, kein Text</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1: Die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>Unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Das Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list of strings</source>
        <translation>Das Feld „%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>Das Feld „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation>Das Feld „%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;occurrence&quot; must be a whole number from 1</source>
        <translation>„occurrence“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>a quote must be a string or an object with &quot;text&quot;</source>
        <translation>Ein Zitat muss eine Zeichenkette sein oder ein Objekt mit „text“</translation>
    </message>
    <message>
        <source>the quote names no document: give &quot;doc&quot; on the quote or on its entry</source>
        <translation>Das Zitat nennt kein Dokument: Geben Sie „doc“ am Zitat oder an seinem Eintrag an</translation>
    </message>
    <message>
        <source>give exactly one of &quot;position&quot; or &quot;speaker&quot;</source>
        <translation>Geben Sie genau eines von „position“ oder „speaker“ an</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a number</source>
        <translation>„value“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>field &quot;quote&quot; is missing: every data point needs its quote</source>
        <translation>Das Feld „quote“ fehlt: Jeder Datenpunkt braucht sein Zitat</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: JSON syntax error: %3</source>
        <translation>%1:%2: JSON-Syntaxfehler: %3</translation>
    </message>
    <message>
        <source>%1:1: the file must hold a JSON object</source>
        <translation>%1:1: Die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing or not a number</source>
        <translation>Das Feld „format“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>pack format %1 is newer than this version of Standpoint reads (%2); update Standpoint</source>
        <translation>Das Paketformat %1 ist neuer, als diese Version von Standpoint lesen kann (%2); aktualisieren Sie Standpoint</translation>
    </message>
    <message>
        <source>field &quot;debate&quot; is missing or not an object</source>
        <translation>Das Feld „debate“ fehlt oder ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>claim id &quot;%1&quot; is used twice</source>
        <translation>Die Aussagen-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>a claim needs at least one quote</source>
        <translation>Eine Aussage braucht mindestens ein Zitat</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>Unbekannte Frage „%1“</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>„value“ muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>a stance needs at least one quote, or the value &quot;not_addressed&quot;</source>
        <translation>Eine Haltung braucht mindestens ein Zitat oder den Wert „not_addressed“</translation>
    </message>
    <message>
        <source>a second stance for the same question and voice</source>
        <translation>Eine zweite Haltung für dieselbe Frage und Stimme</translation>
    </message>
    <message>
        <source>event id &quot;%1&quot; is used twice</source>
        <translation>Die Ereignis-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>an event needs at least one quote</source>
        <translation>Ein Ereignis braucht mindestens ein Zitat</translation>
    </message>
    <message>
        <source>&quot;end&quot; %1 comes before &quot;date&quot; %2</source>
        <translation>„end“ %1 liegt vor „date“ %2</translation>
    </message>
    <message>
        <source>reference id &quot;%1&quot; is used twice</source>
        <translation>Die Referenz-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1:1: the header needs a &quot;year&quot; or &quot;period&quot; column and a value column</source>
        <translation>%1:1: Die Kopfzeile braucht eine Spalte „year“ oder „period“ und eine Wertespalte</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a number in column &quot;%4&quot;</source>
        <translation>%1:%2: „%3“ ist keine Zahl in der Spalte „%4“</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a number in column &quot;yoy_pct&quot;</source>
        <translation>%1:%2: „%3“ ist keine Zahl in der Spalte „yoy_pct“</translation>
    </message>
    <message>
        <source>series id &quot;%1&quot; is used twice</source>
        <translation>Die Reihen-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;compare_to&quot; names an unknown reference &quot;%1&quot;</source>
        <translation>„compare_to“ nennt eine unbekannte Referenz „%1“</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be &quot;level&quot; or &quot;growth&quot; when &quot;compare_to&quot; is given</source>
        <translation>„compare“ muss „level“ oder „growth“ sein, wenn „compare_to“ angegeben ist</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>„kind“ muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>chart id &quot;%1&quot; is used twice</source>
        <translation>Die Diagramm-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;time&quot; or &quot;bars&quot;, not &quot;%1&quot;</source>
        <translation>„kind“ muss „time“ oder „bars“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a chart needs at least one series</source>
        <translation>Ein Diagramm braucht mindestens eine Reihe</translation>
    </message>
    <message>
        <source>&quot;reference&quot; names an unknown reference &quot;%1&quot;</source>
        <translation>„reference“ nennt eine unbekannte Referenz „%1“</translation>
    </message>
    <message>
        <source>&quot;reference_mode&quot; must be &quot;level&quot; or &quot;growth&quot; when &quot;reference&quot; is given</source>
        <translation>„reference_mode“ muss „level“ oder „growth“ sein, wenn „reference“ angegeben ist</translation>
    </message>
    <message>
        <source>unknown series &quot;%1&quot;</source>
        <translation>Unbekannte Reihe „%1“</translation>
    </message>
    <message>
        <source>era id &quot;%1&quot; is used twice</source>
        <translation>Die Epochen-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>Unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>the debate &quot;%1&quot; is already in this store</source>
        <translation>Die Debatte „%1“ ist schon in dieser Datenbank</translation>
    </message>
    <message>
        <source>theme id &quot;%1&quot; is used twice</source>
        <translation>Die Themen-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>Unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>question id &quot;%1&quot; is used twice</source>
        <translation>Die Fragen-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;revision_of&quot; names an unknown document &quot;%1&quot;</source>
        <translation>„revision_of“ nennt ein unbekanntes Dokument „%1“</translation>
    </message>
    <message>
        <source>document id &quot;%1&quot; is used twice</source>
        <translation>Die Dokument-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>the document file %1 is empty</source>
        <translation>Die Dokumentdatei %1 ist leer</translation>
    </message>
    <message>
        <source>speaker id &quot;%1&quot; is used twice</source>
        <translation>Die Sprecher-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be &quot;speaker&quot; or &quot;moderator&quot;, not &quot;%1&quot;</source>
        <translation>„role“ muss „speaker“ oder „moderator“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>turn start: %1</source>
        <translation>Beginn des Redebeitrags: %1</translation>
    </message>
    <message>
        <source>turn end &quot;%1&quot; does not follow its start</source>
        <translation>Das Ende des Redebeitrags „%1“ folgt nicht auf seinen Beginn</translation>
    </message>
    <message>
        <source>position id &quot;%1&quot; is used twice</source>
        <translation>Die Positions-Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>a cited-only position has no documents of its own; list them under &quot;cited_in&quot;</source>
        <translation>Eine nur zitierte Position hat keine eigenen Dokumente; führen Sie sie unter „cited_in“ auf</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;</source>
        <translation>Unbekanntes Dokument „%1“</translation>
    </message>
    <message>
        <source>unknown speaker &quot;%1&quot;</source>
        <translation>Unbekannter Sprecher „%1“</translation>
    </message>
    <message>
        <source>the quote names an unknown document &quot;%1&quot;</source>
        <translation>Das Zitat nennt ein unbekanntes Dokument „%1“</translation>
    </message>
    <message>
        <source>in document &quot;%1&quot;, %2</source>
        <translation>im Dokument „%1“, %2</translation>
    </message>
    <message>
        <source>the quote &quot;%1&quot; is not inside the turns of speaker &quot;%2&quot;</source>
        <translation>Das Zitat „%1“ liegt nicht in den Redebeiträgen des Sprechers „%2“</translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;</source>
        <translation>Unbekannte Position „%1“</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, a decade such as 1960s, or a century such as 13C</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie JJJJ-MM-TT, JJJJ-MM, JJJJ, ein Jahrzehnt wie 1960s oder ein Jahrhundert wie 13C</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>the zip archive could not be started (zip error %1)</source>
        <translation>Das ZIP-Archiv konnte nicht begonnen werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>%1 could not be added (zip error %2)</source>
        <translation>%1 konnte nicht hinzugefügt werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>%1 could not be written (zip error %2)</source>
        <translation>%1 konnte nicht geschrieben werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the zip archive could not be finished (zip error %1)</source>
        <translation>Das ZIP-Archiv konnte nicht abgeschlossen werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>Could not write %1: there is nothing to export (no slides).</source>
        <translation>%1 konnte nicht geschrieben werden: Es gibt nichts zu exportieren (keine Folien).</translation>
    </message>
    <message>
        <source>Could not write %1: the picture for slide %2 is not a PNG image.</source>
        <translation>%1 konnte nicht geschrieben werden: Das Bild für Folie %2 ist kein PNG-Bild.</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>angehalten, bevor er vollständig war</translation>
    </message>
</context>
<context>
    <name>QuoteResolver</name>
    <message>
        <source>the quote is empty</source>
        <translation>Das Zitat ist leer</translation>
    </message>
    <message>
        <source>context not found in the document&apos;s text: &quot;%1&quot;</source>
        <translation>Kontext nicht im Text des Dokuments gefunden: „%1“</translation>
    </message>
    <message>
        <source>context occurs %1 times in the document&apos;s text: &quot;%2&quot;</source>
        <translation>Der Kontext kommt %1-mal im Text des Dokuments vor: „%2“</translation>
    </message>
    <message>
        <source>the context does not contain the quote &quot;%1&quot;</source>
        <translation>Der Kontext enthält das Zitat „%1“ nicht</translation>
    </message>
    <message>
        <source>quote not found in the document&apos;s text: &quot;%1&quot;</source>
        <translation>Zitat nicht im Text des Dokuments gefunden: „%1“</translation>
    </message>
    <message>
        <source>occurrence %1 asked, but the quote occurs %2 times: &quot;%3&quot;</source>
        <translation>Vorkommen %1 verlangt, das Zitat kommt aber %2-mal vor: „%3“</translation>
    </message>
    <message>
        <source>quote is ambiguous, it occurs %1 times (give &quot;occurrence&quot; or &quot;context&quot;): &quot;%2&quot;</source>
        <translation>Das Zitat ist mehrdeutig, es kommt %1-mal vor (geben Sie „occurrence“ oder „context“ an): „%2“</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>This SQLite has no full-text search (FTS5)</source>
        <translation>Diesem SQLite fehlt die Volltextsuche (FTS5)</translation>
    </message>
</context>
<context>
    <name>ReadingSets</name>
    <message>
        <source>No %1 %2 in the store</source>
        <translation>Nichts der Art %1 mit der Nummer %2 in der Datenbank</translation>
    </message>
    <message>
        <source>No document %1 in the store</source>
        <translation>Kein Dokument %1 in der Datenbank</translation>
    </message>
    <message>
        <source>The excerpt %1–%2 is not inside the document&apos;s text</source>
        <translation>Der Auszug %1–%2 liegt nicht im Text des Dokuments</translation>
    </message>
    <message>
        <source>No chart &quot;%1&quot; in the store</source>
        <translation>Kein Diagramm „%1“ in der Datenbank</translation>
    </message>
    <message>
        <source>Not found in this store: it was shared from a store that holds it.</source>
        <translation>In dieser Datenbank nicht gefunden: Es wurde aus einer Datenbank geteilt, die es enthält.</translation>
    </message>
    <message>
        <source>The whole document: %1</source>
        <translation>Das ganze Dokument: %1</translation>
    </message>
    <message>
        <source>Excerpt from “%1”</source>
        <translation>Auszug aus „%1“</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Claim — %1</source>
        <translation>Aussage — %1</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 zu „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chart — %1</source>
        <translation>Diagramm — %1</translation>
    </message>
    <message>
        <source>A reading set needs a title</source>
        <translation>Eine Lesemappe braucht einen Titel</translation>
    </message>
    <message>
        <source>No reading set %1 in the store</source>
        <translation>Keine Lesemappe %1 in der Datenbank</translation>
    </message>
    <message>
        <source>No reading-set item %1 in the store</source>
        <translation>Kein Mappeneintrag %1 in der Datenbank</translation>
    </message>
    <message>
        <source>Position %1 is outside the set (0–%2)</source>
        <translation>Position %1 liegt außerhalb der Mappe (0–%2)</translation>
    </message>
    <message>
        <source>No reading set numbered, identified or titled &quot;%1&quot;</source>
        <translation>Keine Lesemappe mit der Nummer, Kennung oder dem Titel „%1“</translation>
    </message>
    <message>
        <source>Reading set %1 holds an item of kind &quot;%2&quot;, which is none of %3</source>
        <translation>Die Lesemappe %1 enthält einen Eintrag der Art „%2“, die keine von %3 ist</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx)</source>
        <translation>PowerPoint-Foliensätze (*.pptx)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Standpoint sets (*.standpoint)</source>
        <translation>Standpoint-Mappen (*.standpoint)</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>The search &quot;%1&quot; is not valid (%2). %3</source>
        <translation>Die Suche „%1“ ist ungültig (%2). %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>The result limit must be at least 1, not %1</source>
        <translation>Die Höchstzahl der Ergebnisse muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; choose from %2</source>
        <translation>Unbekannte Art „%1“; wählen Sie aus %2</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an operator or bracket is out of place</source>
        <translation>ein Operator oder eine Klammer steht an der falschen Stelle</translation>
    </message>
    <message>
        <source>Write words to find all of them, &quot;a phrase&quot; in double quotes, a prefix with * (energ*), and OR or NOT between words.</source>
        <translation>Schreiben Sie Wörter, um Stellen mit allen zu finden, &quot;eine Phrase&quot; in doppelten Anführungszeichen, einen Wortanfang mit * (energ*) und OR oder NOT zwischen Wörtern.</translation>
    </message>
</context>
<context>
    <name>SetCommands</name>
    <message>
        <source>Create reading set</source>
        <translation>Lesemappe anlegen</translation>
    </message>
    <message>
        <source>Rename reading set</source>
        <translation>Lesemappe umbenennen</translation>
    </message>
    <message>
        <source>Delete reading set</source>
        <translation>Lesemappe löschen</translation>
    </message>
    <message>
        <source>Add to reading set</source>
        <translation>Zur Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from reading set</source>
        <translation>Aus der Lesemappe entfernen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Eintrag verschieben</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit discussion questions</source>
        <translation>Diskussionsfragen bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetFile</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a set file may be at most 32 MB</source>
        <translation>%1: Die Datei ist %2 MB groß; eine Mappendatei darf höchstens 32 MB groß sein</translation>
    </message>
    <message>
        <source>%1:%2: not a Standpoint set file: %3</source>
        <translation>%1:%2: keine Standpoint-Mappendatei: %3</translation>
    </message>
    <message>
        <source>%1: not a Standpoint set file (its &quot;format&quot; is not &quot;standpoint-set&quot;)</source>
        <translation>%1: keine Standpoint-Mappendatei (ihr „format“ ist nicht „standpoint-set“)</translation>
    </message>
    <message>
        <source>%1: written by a newer Standpoint (set format %2); update Standpoint to open it</source>
        <translation>%1: von einem neueren Standpoint geschrieben (Mappenformat %2); aktualisieren Sie Standpoint, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1: %2.kind: &quot;%3&quot; is not a kind of item</source>
        <translation>%1: %2.kind: „%3“ ist keine Art von Eintrag</translation>
    </message>
    <message>
        <source>%1: document &quot;%2&quot; is not in this store</source>
        <translation>%1: Das Dokument „%2“ ist nicht in dieser Datenbank</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 u. a.</translation>
    </message>
</context>
<context>
    <name>StanceStyle</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Leans yes</source>
        <translation>Eher ja</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Leans no</source>
        <translation>Eher nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Nicht behandelt</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Kein Eintrag</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full, so the change was not saved; nothing already saved was lost. Free some space and try again (%1)</source>
        <translation>Der Datenträger ist voll, deshalb wurde die Änderung nicht gespeichert; bereits Gespeichertes ging nicht verloren. Schaffen Sie Platz und versuchen Sie es erneut (%1)</translation>
    </message>
    <message>
        <source>The store is locked by another program that is writing to it (another Standpoint window or standpoint-cli); nothing was changed. Try again when it has finished (%1)</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt, das gerade in sie schreibt (ein anderes Standpoint-Fenster oder standpoint-cli); nichts wurde verändert. Versuchen Sie es erneut, wenn es fertig ist (%1)</translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only; nothing was changed (%1)</source>
        <translation>In die Datenbank kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt; nichts wurde verändert (%1)</translation>
    </message>
    <message>
        <source>The store is damaged (%1); Standpoint can restore it from a backup</source>
        <translation>Die Datenbank ist beschädigt (%1); Standpoint kann sie aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1); nothing was changed</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden (%1); nichts wurde verändert</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not back up the store to %1: %2</source>
        <translation>Die Datenbank konnte nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>Could not finish the backup %1</source>
        <translation>Die Sicherung %1 konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Die Sicherung %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The store %1 is already open in another Standpoint window (process %2 on %3); close it there, or open another store with --db</source>
        <translation>Die Datenbank %1 ist schon in einem anderen Standpoint-Fenster geöffnet (Prozess %2 auf %3); schließen Sie sie dort, oder öffnen Sie mit --db eine andere Datenbank</translation>
    </message>
    <message>
        <source>Cannot lock the store %1: its folder cannot be written</source>
        <translation>Die Datenbank %1 kann nicht gesperrt werden: In ihren Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The store %1 does not exist</source>
        <translation>Die Datenbank %1 existiert nicht</translation>
    </message>
    <message>
        <source>The store %1 is read-only, so Standpoint cannot save to it; make it writable, or copy it to a folder of yours and open the copy with --db</source>
        <translation>Die Datenbank %1 ist schreibgeschützt, daher kann Standpoint nicht in ihr speichern; machen Sie sie beschreibbar, oder kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie mit --db</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Standpoint cannot save the store %2 there; choose another folder with --db</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann Standpoint die Datenbank %2 dort nicht speichern; wählen Sie mit --db einen anderen Ordner</translation>
    </message>
    <message>
        <source>%1 is not a Standpoint store (%2)</source>
        <translation>%1 ist keine Standpoint-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Standpoint store; it was not changed</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Standpoint-Datenbank; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The store %1 needs an upgrade; open it once for writing</source>
        <translation>Die Datenbank %1 muss aktualisiert werden; öffnen Sie sie einmal zum Schreiben</translation>
    </message>
    <message>
        <source>Cannot write to the store %1: %2</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The store %1 needs an upgrade, but it could not be backed up first, so it was left as it was: %2</source>
        <translation>Die Datenbank %1 muss aktualisiert werden, konnte aber vorher nicht gesichert werden und blieb deshalb unverändert: %2</translation>
    </message>
    <message>
        <source>The bundled debate could not be loaded: %1</source>
        <translation>Die mitgelieferte Debatte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>nichts wurde geändert</translation>
    </message>
    <message>
        <source>these could not be put back and keep the store&apos;s data: %1</source>
        <translation>diese konnten nicht zurückgelegt werden und enthalten die Daten der Datenbank: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside, so the backup was not restored; %2</source>
        <translation>%1 kann nicht beiseitegelegt werden, daher wurde die Sicherung nicht wiederhergestellt; %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Could not restore %1: %2; %3</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2; %3</translation>
    </message>
    <message>
        <source>The store %1 holds an unfinished import that could not be taken back: %2</source>
        <translation>Die Datenbank %1 enthält einen unvollendeten Import, der nicht zurückgenommen werden konnte: %2</translation>
    </message>
</context>
<context>
    <name>TextReuse</name>
    <message>
        <source>Name two documents to compare, or none for every pair</source>
        <translation>Nennen Sie zwei Dokumente zum Vergleichen, oder keines für alle Paare</translation>
    </message>
    <message>
        <source>There is no document &quot;%1&quot;; `standpoint-cli export-json` lists them</source>
        <translation>Es gibt kein Dokument „%1“; `standpoint-cli export-json` listet sie auf</translation>
    </message>
    <message>
        <source>Name two different documents, not &quot;%1&quot; twice</source>
        <translation>Nennen Sie zwei verschiedene Dokumente, nicht zweimal „%1“</translation>
    </message>
    <message>
        <source>The least similarity must be above 0 and at most 1, not %1</source>
        <translation>Die geringste Ähnlichkeit muss über 0 und höchstens 1 sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>en</source>
        <comment>the locale whose month names dates use, such as de</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day, in QDate format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month, in QDate format</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1st century</source>
        <translation>%1. Jahrhundert</translation>
    </message>
    <message>
        <source>%1nd century</source>
        <translation>%1. Jahrhundert</translation>
    </message>
    <message>
        <source>%1rd century</source>
        <translation>%1. Jahrhundert</translation>
    </message>
    <message>
        <source>%1th century</source>
        <translation>%1. Jahrhundert</translation>
    </message>
    <message>
        <source>The store holds no debate yet</source>
        <translation>Die Datenbank enthält noch keine Debatte</translation>
    </message>
    <message>
        <source>No event falls in this range and these lanes.</source>
        <translation>In diesem Zeitraum und diesen Bahnen liegt kein Ereignis.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>No lane &quot;%1&quot; on the timeline; lanes: %2</source>
        <translation>Keine Bahn „%1“ auf der Zeitleiste; Bahnen: %2</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis passt zu den Filtern.</translation>
    </message>
    <message>
        <source>scale broken: %1–%2 left out</source>
        <translation>Skala unterbrochen: %1–%2 ausgelassen</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Bars: events known only to the year (or longer); diamonds: dated to the month or day. Dotted lines join one event cited in several lanes. Shaded bands are eras.</source>
        <translation>Balken: Ereignisse, die nur aufs Jahr (oder gröber) bekannt sind; Rauten: auf Monat oder Tag datiert. Gepunktete Linien verbinden ein Ereignis, das in mehreren Bahnen zitiert wird. Schattierte Bänder sind Epochen.</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf, not &quot;%1&quot;</source>
        <translation>--out muss auf .png, .svg oder .pdf enden, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>UserSeries</name>
    <message>
        <source>%1:1: the columns are separated by semicolons; write them with commas: year,value,note</source>
        <translation>%1:1: Die Spalten sind durch Semikolons getrennt; trennen Sie sie mit Kommas: year,value,note</translation>
    </message>
    <message>
        <source>%1:1: the header must name the columns year and value (and optionally note), not &quot;%2&quot;</source>
        <translation>%1:1: Die Kopfzeile muss die Spalten year und value (und wahlweise note) nennen, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: there are no rows under the header</source>
        <translation>%1: Unter der Kopfzeile stehen keine Zeilen</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a year (write it as four digits, such as 2021)</source>
        <translation>%1:%2: „%3“ ist kein Jahr (schreiben Sie es vierstellig, etwa 2021)</translation>
    </message>
    <message>
        <source>%1:%2: the year %3 is given twice</source>
        <translation>%1:%2: Das Jahr %3 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a number (use a point for decimals, no thousands separators)</source>
        <translation>%1:%2: „%3“ ist keine Zahl (Dezimalpunkt verwenden, keine Tausendertrennzeichen)</translation>
    </message>
    <message>
        <source>Give the series a title</source>
        <translation>Geben Sie der Reihe einen Titel</translation>
    </message>
    <message>
        <source>Give the series a unit, such as &quot;USD bn&quot; or &quot;%&quot;</source>
        <translation>Geben Sie der Reihe eine Einheit, etwa „Mrd. USD“ oder „%“</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 KB; a series file may be at most 1024 KB</source>
        <translation>%1: Die Datei ist %2 KB groß; eine Reihendatei darf höchstens 1024 KB groß sein</translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text</source>
        <translation>%1: Die Datei ist binär, kein CSV-Text</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1: Die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>No series of yours is called &quot;%1&quot;</source>
        <translation>Keine Ihrer Reihen heißt „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Standpoint: a desktop explorer for policy debates.</source>
        <translation>Standpoint: ein Desktop-Programm zum Erkunden politischer Debatten.</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Die zu öffnende Datenbank.</translation>
    </message>
    <message>
        <source>Render each main view at 1600×1000 into DIR/&lt;view&gt;.png and exit.</source>
        <translation>Jede Hauptansicht mit 1600×1000 als DIR/&lt;Ansicht&gt;.png ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Farben: system, light oder dark.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is first painted, and print when that was (a benchmark).</source>
        <translation>Beenden, sobald das Fenster zum ersten Mal gezeichnet ist, und ausgeben, wann das war (ein Benchmark).</translation>
    </message>
    <message>
        <source>Quit once the debate is shown, and print when that was (a benchmark).</source>
        <translation>Beenden, sobald die Debatte angezeigt wird, und ausgeben, wann das war (ein Benchmark).</translation>
    </message>
    <message>
        <source>A reading set (.standpoint) to import and show.</source>
        <translation>Eine Lesemappe (.standpoint) zum Importieren und Anzeigen.</translation>
    </message>
    <message>
        <source>The language of the window: %1 (this run only; View → Language keeps a choice).</source>
        <translation>Die Sprache des Fensters: %1 (nur für diesen Start; Ansicht → Sprache merkt sich eine Wahl).</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;</source>
        <translation>--language nimmt einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>Unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--palette takes system, light or dark, not &quot;%1&quot;</source>
        <translation>--palette nimmt system, light oder dark, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>standpoint::app::AboutDialog</name>
    <message>
        <source>About Standpoint</source>
        <translation>Über Standpoint</translation>
    </message>
    <message>
        <source>About Standpoint and the licences of its libraries</source>
        <translation>Über Standpoint und die Lizenzen seiner Bibliotheken</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, SVG)</source>
        <translation>Qt 6 (Core, GUI, Widgets, SVG)</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or GPL-2.0)</source>
        <translation>LGPL-3.0 (oder GPL-2.0)</translation>
    </message>
    <message>
        <source>The Qt Company; its open-source edition.</source>
        <translation>The Qt Company; ihre Open-Source-Ausgabe.</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>GPL-3.0 (or later)</source>
        <translation>GPL-3.0 (oder später)</translation>
    </message>
    <message>
        <source>In Qt&apos;s open-source edition Qt Charts is offered under the GPL only, not the LGPL.</source>
        <translation>In der Open-Source-Ausgabe von Qt wird Qt Charts nur unter der GPL angeboten, nicht unter der LGPL.</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>D. Richard Hipp and others.</source>
        <translation>D. Richard Hipp und andere.</translation>
    </message>
    <message>
        <source>QuaZip</source>
        <translation>QuaZip</translation>
    </message>
    <message>
        <source>LGPL-2.1 (or later) with a static linking exception</source>
        <translation>LGPL-2.1 (oder später) mit einer Ausnahme für statisches Linken</translation>
    </message>
    <message>
        <source>Its copy of minizip is under the zlib licence.</source>
        <translation>Die mitgelieferte Kopie von minizip steht unter der zlib-Lizenz.</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib-Lizenz</translation>
    </message>
    <message>
        <source>Jean-loup Gailly and Mark Adler.</source>
        <translation>Jean-loup Gailly und Mark Adler.</translation>
    </message>
    <message>
        <source>gumbo-parser</source>
        <translation>gumbo-parser</translation>
    </message>
    <message>
        <source>Apache-2.0</source>
        <translation>Apache-2.0</translation>
    </message>
    <message>
        <source>Google; the HTML5 parser used to import web pages.</source>
        <translation>Google; der HTML5-Parser, mit dem Webseiten importiert werden.</translation>
    </message>
    <message>
        <source>Poppler (poppler-qt6)</source>
        <translation>Poppler (poppler-qt6)</translation>
    </message>
    <message>
        <source>GPL-2.0 or GPL-3.0</source>
        <translation>GPL-2.0 oder GPL-3.0</translation>
    </message>
    <message>
        <source>Reads PDFs for import. Poppler derives from Xpdf; its own contributions are GPL-2.0 or later.</source>
        <translation>Liest PDFs für den Import. Poppler stammt von Xpdf ab; seine eigenen Beiträge stehen unter GPL-2.0 oder später.</translation>
    </message>
    <message>
        <source>Standpoint %1</source>
        <translation>Standpoint %1</translation>
    </message>
    <message>
        <source>A desktop explorer for policy debates: positions side by side, every claim one click from the sentence that makes it.</source>
        <translation>Ein Desktop-Programm zum Erkunden politischer Debatten: Positionen nebeneinander, jede Aussage einen Klick von dem Satz entfernt, der sie trifft.</translation>
    </message>
    <message>
        <source>Standpoint&apos;s own code is under the MIT licence (see the LICENSE file that comes with it). Copyright © 2026 The Standpoint authors.</source>
        <translation>Der eigene Code von Standpoint steht unter der MIT-Lizenz (siehe die mitgelieferte Datei LICENSE). Copyright © 2026 The Standpoint authors.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Because the program links Qt Charts (GPL-3.0) and Poppler (GPL-2.0 or GPL-3.0), the program as built is distributed under the GNU General Public License, version 3; whoever distributes it must offer its source code. The licence texts are in /usr/share/common-licenses and in each package&apos;s /usr/share/doc/&lt;package&gt;/copyright.</source>
        <translation>Weil das Programm Qt Charts (GPL-3.0) und Poppler (GPL-2.0 oder GPL-3.0) linkt, wird das Programm in dieser Form unter der GNU General Public License, Version 3, verbreitet; wer es weitergibt, muss seinen Quellcode anbieten. Die Lizenztexte stehen in /usr/share/common-licenses und in /usr/share/doc/&lt;Paket&gt;/copyright jedes Pakets.</translation>
    </message>
</context>
<context>
    <name>standpoint::app::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 and %2 never take a stance on the same question.</source>
        <translation>%1 und %2 beziehen nie zur selben Frage Stellung.</translation>
    </message>
    <message>
        <source>%1 and %2 land on the same side on %3 of the %4 questions both address.
Click to list where they differ.</source>
        <translation>%1 und %2 stehen bei %3 der %4 Fragen, die beide behandeln, auf derselben Seite.
Klicken, um aufzulisten, wo sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, with itself</source>
        <translation>%1, mit sich selbst</translation>
    </message>
    <message>
        <source>%1 and %2: no question in common</source>
        <translation>%1 und %2: keine gemeinsame Frage</translation>
    </message>
    <message>
        <source>%1 and %2: agree on %3%</source>
        <translation>%1 und %2: stimmen zu %3 % überein</translation>
    </message>
</context>
<context>
    <name>standpoint::app::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anmerken</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>comma-separated, e.g. energy, week 3</source>
        <translation>durch Kommas getrennt, z. B. Energie, Woche 3</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>standpoint::app::AnnotationTableModel</name>
    <message>
        <source>[orphaned] </source>
        <translation>[verwaist] </translation>
    </message>
    <message>
        <source>[from a shared set] </source>
        <translation>[aus einer geteilten Mappe] </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>standpoint::app::AnnotationsPanel</name>
    <message>
        <source>Filter by document</source>
        <translation>Nach Dokument filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Nach Farbe filtern</translation>
    </message>
    <message>
        <source>Filter by words in the text or note</source>
        <translation>Nach Wörtern in Text oder Notiz filtern</translation>
    </message>
    <message>
        <source>Words in the text or note</source>
        <translation>Wörter in Text oder Notiz</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Exported %1 annotations to %2</source>
        <translation>%1 Anmerkungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>standpoint::app::BackgroundExport</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Nothing was written: stopped</source>
        <translation>Nichts wurde geschrieben: angehalten</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ClaimListModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Claim by %1: %2. Themes: %3</source>
        <translation>Aussage von %1: %2. Themen: %3</translation>
    </message>
</context>
<context>
    <name>standpoint::app::CompareModel</name>
    <message>
        <source>%1, moderator</source>
        <translation>%1, Moderation</translation>
    </message>
    <message>
        <source>%1 — moderator, %2</source>
        <translation>%1 — Moderation, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stance recorded.</source>
        <translation>Keine Haltung erfasst.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Click or press Enter to read the quote in context.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Klicken oder Eingabetaste drücken, um das Zitat im Zusammenhang zu lesen.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes: %1
No: %2
Themes: %3</source>
        <translation>Ja: %1
Nein: %2
Themen: %3</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Question: %1. %n quote(s); Enter opens the first in the Reader.</source>
        <translation>
            <numerusform>Frage: %1. %n Zitat; die Eingabetaste öffnet es in der Leseansicht.</numerusform>
            <numerusform>Frage: %1. %n Zitate; die Eingabetaste öffnet das erste in der Leseansicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question: %1. No quote.</source>
        <translation>Frage: %1. Kein Zitat.</translation>
    </message>
</context>
<context>
    <name>standpoint::app::CompareView</name>
    <message>
        <source>Filter questions by theme</source>
        <translation>Fragen nach Thema filtern</translation>
    </message>
    <message>
        <source>Showing %1 of %2 questions</source>
        <translation>%1 von %2 Fragen angezeigt</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Die anzuzeigenden Spalten wählen</translation>
    </message>
    <message>
        <source>Chips only, so every column fits on screen; the paraphrase and quotes show on hover</source>
        <translation>Nur Chips, damit jede Spalte auf den Bildschirm passt; Paraphrase und Zitate erscheinen beim Darüberfahren</translation>
    </message>
    <message>
        <source>Compact matrix</source>
        <translation>Kompakte Matrix</translation>
    </message>
    <message>
        <source>Show or hide the heat map of how often each pair agrees</source>
        <translation>Die Heatmap, wie oft jedes Paar übereinstimmt, zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show the agreement heat map</source>
        <translation>Die Heatmap der Übereinstimmung zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Die Matrix exportieren</translation>
    </message>
    <message>
        <source>As PNG image (1920×1080)…</source>
        <translation>Als PNG-Bild (1920×1080)…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>Drag a column title to reorder the columns</source>
        <translation>Ziehen Sie einen Spaltentitel, um die Spalten umzuordnen</translation>
    </message>
    <message>
        <source>Stances by question and position</source>
        <translation>Haltungen nach Frage und Position</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Enter opens the quote behind a cell.</source>
        <translation>Die Pfeiltasten wechseln zwischen Zellen; die Eingabetaste öffnet das Zitat hinter einer Zelle.</translation>
    </message>
    <message>
        <source>Agreement between positions</source>
        <translation>Übereinstimmung zwischen Positionen</translation>
    </message>
    <message>
        <source>Each cell is the share of questions on which two positions land on the same side.</source>
        <translation>Jede Zelle ist der Anteil der Fragen, bei denen zwei Positionen auf derselben Seite stehen.</translation>
    </message>
    <message>
        <source>Questions on which the chosen pair differs</source>
        <translation>Fragen, bei denen sich das gewählte Paar unterscheidet</translation>
    </message>
    <message>
        <source>Click a pair in the heat map to list the questions on which they differ.</source>
        <translation>Klicken Sie ein Paar in der Heatmap an, um die Fragen aufzulisten, bei denen es sich unterscheidet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How often they agree&lt;/b&gt;&lt;br/&gt;&lt;small&gt;Share of the questions both address on which they land on the same side&lt;/small&gt;</source>
        <translation>&lt;b&gt;Wie oft sie übereinstimmen&lt;/b&gt;&lt;br/&gt;&lt;small&gt;Anteil der von beiden behandelten Fragen, bei denen sie auf derselben Seite stehen&lt;/small&gt;</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Keep at least two columns to compare.</source>
        <translation>Behalten Sie mindestens zwei Spalten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
    <message>
        <source>%1 and %2 never address the same question.</source>
        <translation>%1 und %2 behandeln nie dieselbe Frage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; differ on %3 of the %4 questions both address:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; unterscheiden sich bei %3 der %4 Fragen, die beide behandeln:</translation>
    </message>
    <message>
        <source>%1
%2: %3 · %4: %5</source>
        <translation>%1
%2: %3 · %4: %5</translation>
    </message>
    <message>
        <source>%1 does not address this question: there is no quote to open.</source>
        <translation>%1 behandelt diese Frage nicht: Es gibt kein Zitat zu öffnen.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>Die Matrix als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the matrix as PDF</source>
        <translation>Die Matrix als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Die Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Com&amp;pact</source>
        <translation>&amp;Kompakt</translation>
    </message>
    <message>
        <source>Agreeme&amp;nt</source>
        <translation>Übe&amp;reinstimmung</translation>
    </message>
</context>
<context>
    <name>standpoint::app::DraftEditor</name>
    <message>
        <source>Separate several authors with commas.</source>
        <translation>Trennen Sie mehrere Autoren durch Kommas.</translation>
    </message>
    <message>
        <source>A year (2024), a month (2024-04) or a day (2024-04-09).</source>
        <translation>Ein Jahr (2024), ein Monat (2024-04) oder ein Tag (2024-04-09).</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>A new position…</source>
        <translation>Eine neue Position…</translation>
    </message>
    <message>
        <source>The new position&apos;s name</source>
        <translation>Der Name der neuen Position</translation>
    </message>
    <message>
        <source>Use for &amp;all files</source>
        <translation>Für &amp;alle Dateien verwenden</translation>
    </message>
    <message>
        <source>Credit every file in this import the same way.</source>
        <translation>Jede Datei dieses Imports gleich zuschreiben.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Speaks for:</source>
        <translation>&amp;Spricht für:</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>Zu importierender Text</translation>
    </message>
    <message>
        <source>The cleaned text; edit it freely before importing.</source>
        <translation>Der bereinigte Text; bearbeiten Sie ihn vor dem Import nach Belieben.</translation>
    </message>
    <message>
        <source>What cleaning removes</source>
        <translation>Was die Bereinigung entfernt</translation>
    </message>
    <message>
        <source>You edited the text by hand, so what cleaning removes is fixed. Reset the text to change it.</source>
        <translation>Sie haben den Text von Hand bearbeitet, daher steht fest, was die Bereinigung entfernt. Setzen Sie den Text zurück, um das zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation>Text &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drop your edits and show the text as cleaning leaves it.</source>
        <translation>Ihre Änderungen verwerfen und den Text so zeigen, wie die Bereinigung ihn lässt.</translation>
    </message>
    <message>
        <source>Ticked paragraphs are left out. Untick one to keep it.</source>
        <translation>Angehakte Absätze werden weggelassen. Entfernen Sie den Haken, um einen zu behalten.</translation>
    </message>
    <message>
        <source>Te&amp;xt to import</source>
        <translation>Zu importierender Te&amp;xt</translation>
    </message>
    <message>
        <source>Removed by cleaning</source>
        <translation>Durch Bereinigung entfernt</translation>
    </message>
    <message>
        <source>Re&amp;moved by cleaning (%1)</source>
        <translation>Durch &amp;Bereinigung entfernt (%1)</translation>
    </message>
    <message>
        <source>The file&apos;s text, and what cleaning removes</source>
        <translation>Der Text der Datei und was die Bereinigung entfernt</translation>
    </message>
</context>
<context>
    <name>standpoint::app::FacetModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>%1 (none among the matches)</source>
        <translation>%1 (keine unter den Treffern)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n chosen)</source>
        <translation>
            <numerusform>%1 (%n gewählt)</numerusform>
            <numerusform>%1 (%n gewählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n match(es)</source>
        <translation>
            <numerusform>%1: %2, %n Treffer</numerusform>
            <numerusform>%1: %2, %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing only matches with %1 %2; untick to show all</source>
        <translation>Nur Treffer mit %1 %2 werden gezeigt; Haken entfernen, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Show only matches with %1 %2</source>
        <translation>Nur Treffer mit %1 %2 zeigen</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>standpoint::app::FiguresView</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>Wo Quellen abweichen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export as a 1920×1080 PNG image</source>
        <translation>Als PNG-Bild mit 1920×1080 exportieren</translation>
    </message>
    <message>
        <source>PNG ×2</source>
        <translation>PNG ×2</translation>
    </message>
    <message>
        <source>Export as a 3840×2160 PNG image</source>
        <translation>Als PNG-Bild mit 3840×2160 exportieren</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the data behind the chart as CSV</source>
        <translation>Die Daten hinter dem Diagramm als CSV exportieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Das Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Slide deck…</source>
        <translation>Foliensatz…</translation>
    </message>
    <message>
        <source>Export charts to a PowerPoint deck</source>
        <translation>Diagramme in einen PowerPoint-Foliensatz exportieren</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Events to mark on the chart</source>
        <translation>Im Diagramm zu markierende Ereignisse</translation>
    </message>
    <message>
        <source>Your series to draw beside the chart</source>
        <translation>Ihre Reihen, die neben dem Diagramm gezeichnet werden</translation>
    </message>
    <message>
        <source>A CSV file with the columns year, value and (optionally) note</source>
        <translation>Eine CSV-Datei mit den Spalten year, value und (wahlweise) note</translation>
    </message>
    <message>
        <source>Remove the selected series</source>
        <translation>Die gewählte Reihe entfernen</translation>
    </message>
    <message>
        <source>Remove your series</source>
        <translation>Ihre Reihe entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the store?</source>
        <translation>„%1“ aus der Datenbank entfernen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark events&lt;/b&gt; (time charts)</source>
        <translation>&lt;b&gt;Ereignisse markieren&lt;/b&gt; (Zeitdiagramme)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your series&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Reihen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet. Add one from a CSV file with the columns year, value and (optionally) note; it is drawn dotted beside the documents&apos; figures.</source>
        <translation>Noch keine. Fügen Sie eine aus einer CSV-Datei mit den Spalten year, value und (wahlweise) note hinzu; sie wird gepunktet neben den Zahlen der Dokumente gezeichnet.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 years, from %2</source>
        <translation>%1 Jahre, aus %2</translation>
    </message>
    <message>
        <source>Added your series; it is drawn on time charts while ticked.</source>
        <translation>Ihre Reihe wurde hinzugefügt; sie wird in Zeitdiagrammen gezeichnet, solange sie angehakt ist.</translation>
    </message>
    <message>
        <source>Disagreement:</source>
        <translation>Abweichung:</translation>
    </message>
    <message>
        <source>There is no chart to export yet</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>Export as .png, .svg, .pdf or .csv, not &quot;%1&quot;</source>
        <translation>Exportieren Sie als .png, .svg, .pdf oder .csv, nicht „%1“</translation>
    </message>
    <message>
        <source>Drawing the slides…</source>
        <translation>Die Folien werden gezeichnet…</translation>
    </message>
    <message>
        <source>No chart &quot;%1&quot;</source>
        <translation>Kein Diagramm „%1“</translation>
    </message>
    <message>
        <source>Standpoint charts</source>
        <translation>Standpoint-Diagramme</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Das Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Das Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>Das Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Die Daten des Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>Copied the chart as a 1920×1080 image</source>
        <translation>Das Diagramm als Bild mit 1920×1080 kopiert</translation>
    </message>
    <message>
        <source>Export a slide deck</source>
        <translation>Einen Foliensatz exportieren</translation>
    </message>
    <message>
        <source>Slides to include</source>
        <translation>Aufzunehmende Folien</translation>
    </message>
    <message>
        <source>The Compare matrix</source>
        <translation>Die Vergleichsmatrix</translation>
    </message>
    <message>
        <source>One 16:9 slide each; the quotes go in the speaker notes.</source>
        <translation>Je eine 16:9-Folie; die Zitate kommen in die Sprechernotizen.</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Wählen Sie mindestens eine Folie.</translation>
    </message>
    <message>
        <source>Export the slide deck</source>
        <translation>Den Foliensatz exportieren</translation>
    </message>
    <message>
        <source>Slide deck</source>
        <translation>Foliensatz</translation>
    </message>
    <message>
        <source>Add a series from a CSV file</source>
        <translation>Eine Reihe aus einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your series</source>
        <translation>Ihre Reihe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Left and Right move from point to point; Enter opens the point&apos;s quote.</source>
        <translation>Links und Rechts wechseln von Punkt zu Punkt; die Eingabetaste öffnet das Zitat des Punkts.</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Punkt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Point %1 of %2; Enter opens its quote</source>
        <translation>Punkt %1 von %2; die Eingabetaste öffnet sein Zitat</translation>
    </message>
    <message>
        <source>A&amp;dd a series from CSV…</source>
        <translation>&amp;Reihe aus CSV hinzufügen…</translation>
    </message>
    <message>
        <source>Not drawn:</source>
        <translation>Nicht gezeichnet:</translation>
    </message>
    <message>
        <source>Exported %1, without these series of yours:</source>
        <translation>%1 exportiert, ohne diese Ihrer Reihen:</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ImportDialog</name>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Tick the files to import; select one to preview and edit it.</source>
        <translation>Haken Sie die zu importierenden Dateien an; wählen Sie eine aus, um sie anzusehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stop reading or importing; nothing is written to the store.</source>
        <translation>Lesen oder Importieren anhalten; nichts wird in die Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) can be imported.</source>
        <translation>
            <numerusform>Importierbar: %1 von %n Datei.</numerusform>
            <numerusform>Importierbar: %1 von %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The other files can still be imported; this one is left out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diese Datei kann nicht importiert werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die anderen Dateien können trotzdem importiert werden; diese wird weggelassen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n document(s)</source>
        <translation>
            <numerusform>%n Dokument &amp;importieren</numerusform>
            <numerusform>%n Dokumente &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved; finishing the search index…</source>
        <translation>
            <numerusform>%n Datei gespeichert; der Suchindex wird abgeschlossen …</numerusform>
            <numerusform>%n Dateien gespeichert; der Suchindex wird abgeschlossen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standpoint::app::MainWindow</name>
    <message>
        <source>&amp;Restore the Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Standpoint</source>
        <translation>Standpoint</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>Zahl&amp;en</translation>
    </message>
    <message>
        <source>Reading &amp;sets</source>
        <translation>Lese&amp;mappen</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Re&amp;use</source>
        <translation>&amp;Wiederverwendung</translation>
    </message>
    <message>
        <source>Passages that documents share nearly word for word</source>
        <translation>Textstellen, die Dokumente fast wörtlich teilen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Status of the store</source>
        <translation>Status der Datenbank</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Put the backup %1 in place of the damaged store?

The damaged store is kept beside it under a new name; nothing is deleted.</source>
        <translation>Die Sicherung %1 an die Stelle der beschädigten Datenbank setzen?

Die beschädigte Datenbank wird unter neuem Namen daneben aufbewahrt; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Puts the newest good backup in the damaged store&apos;s place; the damaged file is kept.</source>
        <translation>Setzt die neueste gute Sicherung an die Stelle der beschädigten Datenbank; die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Navigator: debate, positions, documents and speakers</source>
        <translation>Navigator: Debatte, Positionen, Dokumente und Sprecher</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>The store in use</source>
        <translation>Die verwendete Datenbank</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing in it was changed. Start Standpoint with &lt;tt&gt;--db PATH&lt;/tt&gt; to use another store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Datenbank konnte nicht geöffnet werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nichts darin wurde verändert. Starten Sie Standpoint mit &lt;tt&gt;--db PFAD&lt;/tt&gt;, um eine andere Datenbank zu verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store is already open&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Datenbank ist schon geöffnet&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store is open in another window.</source>
        <translation>Die Datenbank ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store is damaged&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The store was not changed. A good backup from %2 can take its place; the damaged file will be kept beside it. Work done after that backup is not in it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Datenbank ist beschädigt&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die Datenbank wurde nicht verändert. Eine gute Sicherung vom %2 kann an ihre Stelle treten; die beschädigte Datei wird daneben aufbewahrt. Was nach dieser Sicherung getan wurde, ist darin nicht enthalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing in it was changed, and there is no good backup of it to restore. Start Standpoint with &lt;tt&gt;--db PATH&lt;/tt&gt; to use another store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Datenbank konnte nicht geöffnet werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nichts darin wurde verändert, und es gibt keine gute Sicherung zum Wiederherstellen. Starten Sie Standpoint mit &lt;tt&gt;--db PFAD&lt;/tt&gt;, um eine andere Datenbank zu verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store is damaged.</source>
        <translation>Die Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Opening the restored store…</source>
        <translation>Die wiederhergestellte Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Restored the backup; the damaged store was kept as %1</source>
        <translation>Die Sicherung wurde wiederhergestellt; die beschädigte Datenbank wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>Add your own texts, Markdown, web pages, PDFs or Word files to the debate</source>
        <translation>Eigene Texte, Markdown, Webseiten, PDFs oder Word-Dateien zur Debatte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export the Compare matrix</source>
        <translation>Vergleichsmatrix &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;PNG image…</source>
        <translation>Als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>Als P&amp;DF…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl &amp;anmerken…</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>Im Dokument &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Back to Compare</source>
        <translation>Zu&amp;rück zum Vergleich</translation>
    </message>
    <message>
        <source>Reading &amp;Sets</source>
        <translation>Lese&amp;mappen</translation>
    </message>
    <message>
        <source>S&amp;earch Everything</source>
        <translation>Alles &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>What each view does, how to import, make reading sets, export charts and search</source>
        <translation>Was jede Ansicht tut; wie man importiert, Lesemappen anlegt, Diagramme exportiert und sucht</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the menus and of each view</source>
        <translation>Alle Tastenkürzel der Menüs und jeder Ansicht</translation>
    </message>
    <message>
        <source>&amp;About Standpoint</source>
        <translation>Über &amp;Standpoint</translation>
    </message>
    <message>
        <source>The version, and the licences of Standpoint and its libraries</source>
        <translation>Die Version und die Lizenzen von Standpoint und seinen Bibliotheken</translation>
    </message>
    <message>
        <source>%1 — Standpoint</source>
        <translation>%1 — Standpoint</translation>
    </message>
    <message>
        <source>%1 questions, %2 positions and speakers, %3 documents</source>
        <translation>%1 Fragen, %2 Positionen und Sprecher, %3 Dokumente</translation>
    </message>
    <message>
        <source>This event is not on the Timeline and no document quotes it</source>
        <translation>Dieses Ereignis ist nicht auf der Zeitleiste, und kein Dokument zitiert es</translation>
    </message>
    <message>
        <source>Add This Stance to Reading Set</source>
        <translation>Diese Haltung zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Add event to reading set</source>
        <translation>Ereignis in Lesemappe aufnehmen</translation>
    </message>
    <message>
        <source>(choose an event first)</source>
        <translation>(zuerst ein Ereignis wählen)</translation>
    </message>
    <message>
        <source>Add chart to reading set</source>
        <translation>Diagramm in Lesemappe aufnehmen</translation>
    </message>
    <message>
        <source>Add Event to Reading Set</source>
        <translation>Ereignis zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Add Chart to Reading Set</source>
        <translation>Diagramm zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumente (%1);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading sets are unavailable: the store could not be opened for writing.</source>
        <translation>Lesemappen sind nicht verfügbar: Die Datenbank konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the reading set %1</source>
        <translation>Die Lesemappe %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Reading Set</source>
        <translation>Lesemappe öffnen</translation>
    </message>
    <message>
        <source>Could not open the reading set %1.</source>
        <translation>Die Lesemappe %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1

Nothing in the store was changed.</source>
        <translation>%1

Nichts in der Datenbank wurde verändert.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language: %1. It applies from the next start of Standpoint.</source>
        <translation>Sprache: %1. Sie gilt ab dem nächsten Start von Standpoint.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Zahl&amp;en</translation>
    </message>
    <message>
        <source>Read Si&amp;de by Side</source>
        <translation>&amp;Nebeneinander lesen</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Nächs&amp;te Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>V&amp;orige Ansicht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store is damaged&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Looking for a good backup…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Datenbank ist beschädigt&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Suche nach einer intakten Sicherung…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The backup could not be restored&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Sicherung konnte nicht wiederhergestellt werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>standpoint::app::NavigatorModel</name>
    <message>
        <source>Debate</source>
        <translation>Debatte</translation>
    </message>
    <message>
        <source>%1 (cited only)</source>
        <translation>%1 (nur zitiert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>cited in: %1</source>
        <translation>zitiert in: %1</translation>
    </message>
    <message>
        <source>%1 (moderator)</source>
        <translation>%1 (Moderation)</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ReaderPane</name>
    <message>
        <source>&amp;Document:</source>
        <translation>Dok&amp;ument:</translation>
    </message>
    <message>
        <source>Document to read</source>
        <translation>Zu lesendes Dokument</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Im Dokument suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Removed by cleaning</source>
        <translation>Durch Bereinigung entfernt</translation>
    </message>
    <message>
        <source>Show what cleaning removed</source>
        <translation>Zeigen, was die Bereinigung entfernt hat</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Show or hide the list of claims beside the text</source>
        <translation>Die Liste der Aussagen neben dem Text zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show the list of claims</source>
        <translation>Die Liste der Aussagen zeigen</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <source>Claims are highlighted by theme; the list beside the text names them.</source>
        <translation>Aussagen sind nach Thema hervorgehoben; die Liste neben dem Text nennt sie.</translation>
    </message>
    <message>
        <source>Claims in this document</source>
        <translation>Aussagen in diesem Dokument</translation>
    </message>
    <message>
        <source>Choose a claim to scroll the text to its quote.</source>
        <translation>Wählen Sie eine Aussage, um den Text zu ihrem Zitat zu blättern.</translation>
    </message>
    <message>
        <source>What cleaning removed, and why</source>
        <translation>Was die Bereinigung entfernt hat, und warum</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 u. a.</translation>
    </message>
    <message>
        <source>Select a passage of the document&apos;s text to annotate it.</source>
        <translation>Markieren Sie eine Textstelle des Dokuments, um sie anzumerken.</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl &amp;anmerken…</translation>
    </message>
    <message>
        <source>Add Selection to Reading Set</source>
        <translation>Auswahl zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Add This Document to Reading Set</source>
        <translation>Dieses Dokument zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Add Claim to Reading Set</source>
        <translation>Aussage zu einer Lesemappe hinzufügen</translation>
    </message>
    <message>
        <source>Removed by cleaning (%1)</source>
        <translation>Bereinigung (%1)</translation>
    </message>
    <message>
        <source>That passage is not in this document&apos;s text.</source>
        <translation>Diese Textstelle steht nicht im Text dieses Dokuments.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standpoint::app::ReaderView</name>
    <message>
        <source>S&amp;ynchronise scrolling</source>
        <translation>S&amp;ynchron blättern</translation>
    </message>
    <message>
        <source>Back to Compare</source>
        <translation>Zurück zum Vergleich</translation>
    </message>
    <message>
        <source>Back to the Compare cell (Alt+Left)</source>
        <translation>Zurück zur Zelle im Vergleich (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous quote</source>
        <translation>Vorheriges Zitat</translation>
    </message>
    <message>
        <source>Next quote</source>
        <translation>Nächstes Zitat</translation>
    </message>
    <message>
        <source>The stance whose quotes are shown</source>
        <translation>Die Haltung, deren Zitate gezeigt werden</translation>
    </message>
    <message>
        <source>Synchronise scrolling of the two documents</source>
        <translation>Die beiden Dokumente synchron blättern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;i&gt;%2&lt;/i&gt;&lt;br/&gt;%3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zu &lt;i&gt;%2&lt;/i&gt;&lt;br/&gt;%3: %4</translation>
    </message>
    <message>
        <source>Quote %1 of %2</source>
        <translation>Zitat %1 von %2</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ReadingSetsView</name>
    <message>
        <source>Reading sets</source>
        <translation>Lesemappen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the set</source>
        <translation>Die Mappe exportieren</translation>
    </message>
    <message>
        <source>To share (.standpoint)…</source>
        <translation>Zum Teilen (.standpoint)…</translation>
    </message>
    <message>
        <source>Handout as HTML…</source>
        <translation>Handout als HTML…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Handout als PDF…</translation>
    </message>
    <message>
        <source>Handout as Markdown…</source>
        <translation>Handout als Markdown…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading sets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lesemappen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Items of the set</source>
        <translation>Einträge der Mappe</translation>
    </message>
    <message>
        <source>Drag to reorder, or Ctrl+Up and Ctrl+Down; Enter opens an item.</source>
        <translation>Ziehen zum Umordnen, oder Strg+Hoch und Strg+Runter; die Eingabetaste öffnet einen Eintrag.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — add them from the Reader, Compare, Timeline and Figures (right-click, or the “Add to reading set” buttons)</source>
        <translation>&lt;b&gt;Einträge&lt;/b&gt; — fügen Sie sie aus Lesen, Vergleich, Zeitleiste und Zahlen hinzu (Rechtsklick oder die Schaltflächen „Zu einer Lesemappe hinzufügen“)</translation>
    </message>
    <message>
        <source>Your note on this item, for the handout</source>
        <translation>Ihre Notiz zu diesem Eintrag, für das Handout</translation>
    </message>
    <message>
        <source>Note on the item</source>
        <translation>Notiz zum Eintrag</translation>
    </message>
    <message>
        <source>Discussion questions, one a line</source>
        <translation>Diskussionsfragen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt; (kept as you leave the field)</source>
        <translation>&lt;b&gt;Notiz&lt;/b&gt; (gespeichert, sobald Sie das Feld verlassen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussion questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diskussionsfragen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source> — shared</source>
        <translation> — geteilt</translation>
    </message>
    <message>
        <source>Choose an item to see it and write your note.</source>
        <translation>Wählen Sie einen Eintrag, um ihn anzusehen und Ihre Notiz zu schreiben.</translation>
    </message>
    <message>
        <source>Create a set with New…, or import one a colleague shared.</source>
        <translation>Legen Sie mit Neu… eine Mappe an, oder importieren Sie eine, die jemand geteilt hat.</translation>
    </message>
    <message>
        <source>This anchor no longer matches the document&apos;s text; shown as it was shared.

</source>
        <translation>Dieser Anker stimmt nicht mehr mit dem Text des Dokuments überein; so gezeigt, wie er geteilt wurde.

</translation>
    </message>
    <message>
        <source>New reading set</source>
        <translation>Neue Lesemappe</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename reading set</source>
        <translation>Lesemappe umbenennen</translation>
    </message>
    <message>
        <source>Deleted the set; Undo (Ctrl+Z) brings it back.</source>
        <translation>Die Mappe wurde gelöscht; Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Import a reading set</source>
        <translation>Eine Lesemappe importieren</translation>
    </message>
    <message>
        <source>Standpoint sets (*.standpoint);;All files (*)</source>
        <translation>Standpoint-Mappen (*.standpoint);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1: a folder, not a set file</source>
        <translation>%1: ein Ordner, keine Mappendatei</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>That set is already here; nothing was added.</source>
        <translation>Diese Mappe ist schon hier; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported %1 items (%2 orphaned) and %3 annotations.</source>
        <translation>%1 Einträge (%2 verwaist) und %3 Anmerkungen importiert.</translation>
    </message>
    <message>
        <source>Choose a reading set first</source>
        <translation>Wählen Sie zuerst eine Lesemappe</translation>
    </message>
    <message>
        <source>Export the reading set</source>
        <translation>Die Lesemappe exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Das Handout wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>standpoint::app::RemovedModel</name>
    <message>
        <source>(line break)</source>
        <translation>(Zeilenumbruch)</translation>
    </message>
    <message>
        <source>Rule: %1
At character %2 of the text as received

%3</source>
        <translation>Regel: %1
Bei Zeichen %2 des Texts, wie er ankam

%3</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>Was entfernt wurde</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ReuseView</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Pairs of documents that share text</source>
        <translation>Dokumentpaare, die Text teilen</translation>
    </message>
    <message>
        <source>How much of the shorter document the two share, weighted by how alike the passages are.</source>
        <translation>Wie viel des kürzeren Dokuments beide teilen, gewichtet danach, wie ähnlich die Textstellen sind.</translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation>Gemeinsame Textstellen</translation>
    </message>
    <message>
        <source>The passage in the first document</source>
        <translation>Die Textstelle im ersten Dokument</translation>
    </message>
    <message>
        <source>The passage in the second document</source>
        <translation>Die Textstelle im zweiten Dokument</translation>
    </message>
    <message>
        <source>Struck through: words only the first document has. Underlined: words only the second has.</source>
        <translation>Durchgestrichen: Wörter, die nur das erste Dokument hat. Unterstrichen: Wörter, die nur das zweite hat.</translation>
    </message>
    <message>
        <source>Looking for passages the documents share…</source>
        <translation>Textstellen, die die Dokumente teilen, werden gesucht…</translation>
    </message>
    <message>
        <source>Could not compare the documents: %1</source>
        <translation>Die Dokumente konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>No two documents share passages.</source>
        <translation>Keine zwei Dokumente teilen Textstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of documents share passages nearly word for word. Pick a pair, then a passage, to see what changed.</source>
        <translation>
            <numerusform>%n Dokumentpaar teilt Textstellen fast wörtlich. Wählen Sie ein Paar, dann eine Textstelle, um zu sehen, was sich geändert hat.</numerusform>
            <numerusform>%n Dokumentpaare teilen Textstellen fast wörtlich. Wählen Sie ein Paar, dann eine Textstelle, um zu sehen, was sich geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>%1 alike</source>
        <translation>%1 ähnlich</translation>
    </message>
    <message>
        <source>Open the first document&apos;s passage in the Reader</source>
        <translation>Die Textstelle des ersten Dokuments in der Leseansicht öffnen</translation>
    </message>
    <message>
        <source>Open the second document&apos;s passage in the Reader</source>
        <translation>Die Textstelle des zweiten Dokuments in der Leseansicht öffnen</translation>
    </message>
    <message>
        <source>Open &amp;in Reader</source>
        <translation>&amp;In der Leseansicht öffnen</translation>
    </message>
    <message>
        <source>Open in Rea&amp;der</source>
        <translation>In der Leseansicht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ScreenshotRunner</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The Reader did not show its quote in time</source>
        <translation>Die Leseansicht hat ihr Zitat nicht rechtzeitig gezeigt</translation>
    </message>
    <message>
        <source>The side-by-side Reader did not load in time</source>
        <translation>Die Leseansicht nebeneinander wurde nicht rechtzeitig geladen</translation>
    </message>
    <message>
        <source>The Timeline view did not load in time</source>
        <translation>Die Zeitleiste wurde nicht rechtzeitig geladen</translation>
    </message>
    <message>
        <source>The Figures view did not load in time</source>
        <translation>Die Ansicht Zahlen wurde nicht rechtzeitig geladen</translation>
    </message>
    <message>
        <source>The Search view did not answer in time</source>
        <translation>Die Suche hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The Search view did not show its hint in time</source>
        <translation>Die Suche hat ihren Hinweis nicht rechtzeitig gezeigt</translation>
    </message>
    <message>
        <source>The Reuse view did not answer in time</source>
        <translation>Die Ansicht Wiederverwendung hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The import dialog did not read its files in time</source>
        <translation>Der Importdialog hat seine Dateien nicht rechtzeitig gelesen</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>standpoint::app::SearchResultsModel</name>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (%2; the best %3 shown)</source>
        <translation>%1 (%2; die besten %3 gezeigt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>standpoint::app::SearchView</name>
    <message>
        <source>Clear f&amp;ilters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Search &amp;words:</source>
        <translation>Such&amp;text:</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, a prefix* — in passages, claims, events and notes (Ctrl+Shift+F)</source>
        <translation>Wörter, &quot;eine Phrase&quot;, ein Wortanfang* — in Textstellen, Aussagen, Ereignissen und Notizen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Search passages, claims, events and notes</source>
        <translation>Textstellen, Aussagen, Ereignisse und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>How to write a search</source>
        <translation>Wie man eine Suche schreibt</translation>
    </message>
    <message>
        <source>Words find passages holding all of them · &quot;a phrase&quot; in double quotes · energ* for words that begin so · OR, NOT between words</source>
        <translation>Wörter finden Stellen, die alle enthalten · &quot;eine Phrase&quot; in doppelten Anführungszeichen · energ* für Wörter, die so beginnen · OR, NOT zwischen Wörtern</translation>
    </message>
    <message>
        <source>Problem with the search</source>
        <translation>Problem mit der Suche</translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation>Zusammenfassung der Suchergebnisse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Search the whole debate&lt;/h3&gt;&lt;p&gt;Type to search every passage of the documents, the claims, the events of the timeline and your own notes at once. Results come as you type, grouped by kind; narrow them by position, speaker, document, theme or year with the ticks on the left.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;energy&amp;nbsp;security&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words, anywhere in a passage&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;junior&amp;nbsp;partner&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the exact phrase, in double quotes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;pipelin*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words that begin with &lt;i&gt;pipelin&lt;/i&gt;: pipeline, pipelines…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sanctions&amp;nbsp;OR&amp;nbsp;tariffs&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Russia&amp;nbsp;NOT&amp;nbsp;energy&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the first word without the second&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Down moves from the box into the results; Enter or a double-click opens a passage, claim or note in the Reader and an event on the Timeline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die ganze Debatte durchsuchen&lt;/h3&gt;&lt;p&gt;Tippen Sie, um alle Textstellen der Dokumente, die Aussagen, die Ereignisse der Zeitleiste und Ihre eigenen Notizen auf einmal zu durchsuchen. Die Ergebnisse erscheinen beim Tippen, nach Art gruppiert; grenzen Sie sie links mit den Haken nach Position, Sprecher, Dokument, Thema oder Jahr ein.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;energy&amp;nbsp;security&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;beide Wörter, irgendwo in einer Textstelle&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;junior&amp;nbsp;partner&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;genau diese Phrase, in doppelten Anführungszeichen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;pipelin*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;Wörter, die mit &lt;i&gt;pipelin&lt;/i&gt; beginnen: pipeline, pipelines…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sanctions&amp;nbsp;OR&amp;nbsp;tariffs&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;eines der beiden Wörter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;Russia&amp;nbsp;NOT&amp;nbsp;energy&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;das erste Wort ohne das zweite&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Die Pfeiltaste nach unten führt vom Suchfeld in die Ergebnisse; die Eingabetaste oder ein Doppelklick öffnet eine Textstelle, Aussage oder Notiz in der Leseansicht und ein Ereignis auf der Zeitleiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Wie man sucht</translation>
    </message>
    <message>
        <source>Narrow the results by position, speaker, document, theme and year</source>
        <translation>Die Ergebnisse nach Position, Sprecher, Dokument, Thema und Jahr eingrenzen</translation>
    </message>
    <message>
        <source>Clear every facet filter</source>
        <translation>Alle Facettenfilter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Narrow by</source>
        <translation>Ei&amp;ngrenzen nach</translation>
    </message>
    <message>
        <source>Search results by kind</source>
        <translation>Suchergebnisse nach Art</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <source>No results: the search above cannot run as written. See the note under the box.</source>
        <translation>Keine Ergebnisse: Die Suche oben kann so nicht ausgeführt werden. Siehe den Hinweis unter dem Suchfeld.</translation>
    </message>
    <message>
        <source>The search is not valid</source>
        <translation>Die Suche ist ungültig</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot; with the filters ticked on the left. Untick some, or clear them.</source>
        <translation>Nichts passt zu „%1“ mit den links angehakten Filtern. Entfernen Sie einige Haken oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Check the spelling, use fewer words, or end a word with * to find the words that begin with it.</source>
        <translation>Nichts passt zu „%1“. Prüfen Sie die Schreibung, verwenden Sie weniger Wörter, oder beenden Sie ein Wort mit *, um die Wörter zu finden, die so beginnen.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> — only %1</source>
        <translation> — nur %1</translation>
    </message>
    <message>
        <source> (counted over the best %L1 matches)</source>
        <translation> (über die besten %L1 Treffer gezählt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; quotes no document, so there is nothing to open in the Reader</source>
        <translation>„%1“ zitiert kein Dokument, daher gibt es in der Leseansicht nichts zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>standpoint::app::SetItemsModel</name>
    <message>
        <source>%1. %2%3
%4</source>
        <translation>%1. %2%3
%4</translation>
    </message>
    <message>
        <source>[orphaned] </source>
        <translation>[verwaist] </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>standpoint::app::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Reading sets</source>
        <translation>Lesemappen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next / previous control</source>
        <translation>Zum nächsten / vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Go to that control, view or menu</source>
        <translation>Zu diesem Bedienelement, dieser Ansicht oder diesem Menü</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>Zwischen Zellen wechseln</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Eingabetaste oder Leertaste</translation>
    </message>
    <message>
        <source>Open the quote behind a cell in the Reader</source>
        <translation>Das Zitat hinter einer Zelle in der Leseansicht öffnen</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Select text, to annotate it or add it to a reading set</source>
        <translation>Text markieren (zum Anmerken oder für eine Lesemappe)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Eingabetaste / Umschalt+Eingabetaste</translation>
    </message>
    <message>
        <source>In the find box: next / previous match</source>
        <translation>Im Suchfeld: nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find box</source>
        <translation>Das Suchfeld schließen</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>Previous / next event in date order</source>
        <translation>Vorheriges / nächstes Ereignis in zeitlicher Folge</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Vergrößern / Verkleinern</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Umschalt+Links / Umschalt+Rechts</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Show every event</source>
        <translation>Alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>On the chart: previous / next point, with its quote</source>
        <translation>Im Diagramm: vorheriger / nächster Punkt, mit seinem Zitat</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>On the chart: open the point&apos;s quote in the Reader</source>
        <translation>Im Diagramm: das Zitat des Punkts in der Leseansicht öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down</source>
        <translation>Strg+Hoch / Strg+Runter</translation>
    </message>
    <message>
        <source>Move the chosen item up / down</source>
        <translation>Den gewählten Eintrag nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Remove the chosen item</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Open the chosen item</source>
        <translation>Den gewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>From the box into the results</source>
        <translation>Vom Suchfeld in die Ergebnisse</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>From the first result back to the box</source>
        <translation>Vom ersten Ergebnis zurück ins Suchfeld</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>Das Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Clear the box</source>
        <translation>Das Suchfeld leeren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Grouped by menu and by view; each row gives the keys, then what they do.</source>
        <translation>Nach Menü und Ansicht gruppiert; jede Zeile nennt die Tasten, dann ihre Wirkung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menütaste</translation>
    </message>
    <message>
        <source>Context menu: add the chosen cell, claim, text or event to a reading set</source>
        <translation>Kontextmenü: das Gewählte zu einer Lesemappe hinzufügen</translation>
    </message>
</context>
<context>
    <name>standpoint::app::StanceLegend</name>
    <message>
        <source>Stance scale</source>
        <translation>Skala der Haltungen</translation>
    </message>
</context>
<context>
    <name>standpoint::app::StoreSession</name>
    <message>
        <source>The store is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>standpoint::app::TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Left and Right move from event to event; + and − zoom; Shift+Left and Shift+Right pan; Home shows everything.</source>
        <translation>Links und Rechts wechseln von Ereignis zu Ereignis; + und − vergrößern und verkleinern; Umschalt+Links und Umschalt+Rechts verschieben; Pos1 zeigt alles.</translation>
    </message>
    <message>
        <source>Click to read its quotes</source>
        <translation>Klicken, um seine Zitate zu lesen</translation>
    </message>
    <message>
        <source>Chosen: %1, %2. %3</source>
        <translation>Gewählt: %1, %2. %3</translation>
    </message>
</context>
<context>
    <name>standpoint::app::TimelineView</name>
    <message>
        <source>Mark on the trade chart</source>
        <translation>Im Handelsdiagramm markieren</translation>
    </message>
    <message>
        <source>Show events of one theme</source>
        <translation>Ereignisse eines Themas zeigen</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>Bah&amp;nen</translation>
    </message>
    <message>
        <source>Choose the positions shown</source>
        <translation>Die gezeigten Positionen wählen</translation>
    </message>
    <message>
        <source>Find events</source>
        <translation>Ereignisse finden</translation>
    </message>
    <message>
        <source>Find events by words in their title or description</source>
        <translation>Ereignisse nach Wörtern in Titel oder Beschreibung finden</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>Alle Ereignisse zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the timeline as shown</source>
        <translation>Die Zeitleiste so exportieren, wie sie gezeigt wird</translation>
    </message>
    <message>
        <source>As PNG image (1920×1080)…</source>
        <translation>Als PNG-Bild (1920×1080)…</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>Als SVG…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Choose an event (click it, or Left and Right) to read what the texts say of it.</source>
        <translation>Wählen Sie ein Ereignis (anklicken, oder Links und Rechts), um zu lesen, was die Texte darüber sagen.</translation>
    </message>
    <message>
        <source>Quotes that mention the event</source>
        <translation>Zitate, die das Ereignis erwähnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quotes&lt;/b&gt; (Enter or double-click opens the Reader)</source>
        <translation>&lt;b&gt;Zitate&lt;/b&gt; (Eingabetaste oder Doppelklick öffnet die Leseansicht)</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n Ereignis gezeigt</numerusform>
            <numerusform>%n Ereignisse gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>cited by %1</source>
        <translation>zitiert von %1</translation>
    </message>
    <message>
        <source>The timeline has not loaded yet</source>
        <translation>Die Zeitleiste ist noch nicht geladen</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Die Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Thema:</translation>
    </message>
</context>
<context>
    <name>standpoint::app::UserGuideDialog</name>
    <message>
        <source>Standpoint User Guide</source>
        <translation>Benutzerhandbuch von Standpoint</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Arrow keys and Page Up and Page Down scroll; Tab moves between the links of the contents.</source>
        <translation>Pfeiltasten sowie Bild auf und Bild ab blättern; Tab wechselt zwischen den Links des Inhaltsverzeichnisses.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Figures and exporting charts</source>
        <translation>Zahlen und Diagramme exportieren</translation>
    </message>
    <message>
        <source>Annotations and reading sets</source>
        <translation>Anmerkungen und Lesemappen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Wiederverwendung</translation>
    </message>
    <message>
        <source>Importing your own documents</source>
        <translation>Eigene Dokumente importieren</translation>
    </message>
    <message>
        <source>Using the keyboard</source>
        <translation>Mit der Tastatur arbeiten</translation>
    </message>
    <message>
        <source>Standpoint puts the positions of a policy debate side by side, question by question, and keeps every claim one click from the sentence that makes it. The views are tabs across the top of the window; the navigator on the left lists the debate&apos;s positions, speakers and documents.</source>
        <translation>Standpoint stellt die Positionen einer politischen Debatte Frage für Frage nebeneinander und hält jede Aussage einen Klick von dem Satz entfernt, der sie trifft. Die Ansichten sind Reiter oben im Fenster; der Navigator links listet die Positionen, Sprecher und Dokumente der Debatte auf.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>The debate&apos;s questions run down the side, the positions and speakers across the top. Each cell is a stance on one scale: &lt;i&gt;Yes&lt;/i&gt;, &lt;i&gt;Leans yes&lt;/i&gt;, &lt;i&gt;Mixed&lt;/i&gt;, &lt;i&gt;Leans no&lt;/i&gt;, &lt;i&gt;No&lt;/i&gt; or &lt;i&gt;Not addressed&lt;/i&gt;, always written out on its chip, with a one-line paraphrase.</source>
        <translation>Die Fragen der Debatte stehen an der Seite, die Positionen und Sprecher oben. Jede Zelle ist eine Haltung auf einer Skala: &lt;i&gt;Ja&lt;/i&gt;, &lt;i&gt;Eher ja&lt;/i&gt;, &lt;i&gt;Gemischt&lt;/i&gt;, &lt;i&gt;Eher nein&lt;/i&gt;, &lt;i&gt;Nein&lt;/i&gt; oder &lt;i&gt;Nicht behandelt&lt;/i&gt;, immer ausgeschrieben auf ihrem Chip, mit einer einzeiligen Paraphrase.</translation>
    </message>
    <message>
        <source>Hover a cell for its quotes; click it, or press Enter, to open the Reader at the quote. Alt+Left brings you back to the same cell. &lt;b&gt;Columns&lt;/b&gt; chooses the voices shown (drag a column title to move it), &lt;b&gt;Theme&lt;/b&gt; filters the questions, &lt;b&gt;Compact&lt;/b&gt; shows the chips alone and &lt;b&gt;Agreement&lt;/b&gt; shows or hides the heat map of how often each pair lands on the same side; choose a pair in it to list the questions on which they part. &lt;b&gt;Export&lt;/b&gt; writes the matrix as PNG, PDF or CSV.</source>
        <translation>Fahren Sie über eine Zelle, um ihre Zitate zu sehen; klicken Sie sie an oder drücken Sie die Eingabetaste, um die Leseansicht beim Zitat zu öffnen. Alt+Links bringt Sie zur selben Zelle zurück. &lt;b&gt;Spalten&lt;/b&gt; wählt die gezeigten Stimmen (ziehen Sie einen Spaltentitel, um ihn zu verschieben), &lt;b&gt;Thema&lt;/b&gt; filtert die Fragen, &lt;b&gt;Kompakt&lt;/b&gt; zeigt nur die Chips und &lt;b&gt;Übereinstimmung&lt;/b&gt; zeigt oder verbirgt die Heatmap, wie oft jedes Paar auf derselben Seite steht; wählen Sie darin ein Paar, um die Fragen aufzulisten, bei denen es auseinandergeht. &lt;b&gt;Exportieren&lt;/b&gt; schreibt die Matrix als PNG, PDF oder CSV.</translation>
    </message>
    <message>
        <source>A document&apos;s cleaned text, with its headings and speaker turns. Every claim is highlighted and listed beside the text with its author and theme; choose one to jump to it. Ctrl+F finds words in the document, and &lt;b&gt;Removed by cleaning&lt;/b&gt; shows what was taken out of the original and why.</source>
        <translation>Der bereinigte Text eines Dokuments, mit Überschriften und Redebeiträgen. Jede Aussage ist hervorgehoben und neben dem Text mit Autor und Thema aufgeführt; wählen Sie eine, um zu ihr zu springen. Strg+F findet Wörter im Dokument, und &lt;b&gt;Bereinigung&lt;/b&gt; zeigt, was aus dem Original herausgenommen wurde und warum.</translation>
    </message>
    <message>
        <source>View → Read Side by Side (Ctrl+Shift+2) puts two documents next to each other, scrolling together.</source>
        <translation>Ansicht → Nebeneinander lesen (Strg+Umschalt+2) stellt zwei Dokumente nebeneinander, die gemeinsam blättern.</translation>
    </message>
    <message>
        <source>Every dated event the documents mention, on one axis, in a lane for each position and speaker that cites it. Long empty stretches are collapsed and marked as breaks in the scale.</source>
        <translation>Jedes datierte Ereignis, das die Dokumente erwähnen, auf einer Achse, in einer Bahn für jede Position und jeden Sprecher, die es zitieren. Lange leere Abschnitte werden zusammengefasst und als Unterbrechungen der Skala markiert.</translation>
    </message>
    <message>
        <source>Zoom with the wheel or + and −, pan by dragging or with Shift+Left and Shift+Right, and press Home to see everything. Left and Right step from event to event; the chosen event&apos;s description and quotes show beside the timeline, and Enter on a quote opens it in the Reader. Filter by theme, by lane and by words; &lt;b&gt;Export&lt;/b&gt; writes the timeline as shown.</source>
        <translation>Vergrößern Sie mit dem Mausrad oder + und −, verschieben Sie durch Ziehen oder mit Umschalt+Links und Umschalt+Rechts, und drücken Sie Pos1, um alles zu sehen. Links und Rechts wechseln von Ereignis zu Ereignis; Beschreibung und Zitate des gewählten Ereignisses erscheinen neben der Zeitleiste, und die Eingabetaste auf einem Zitat öffnet es in der Leseansicht. Filtern Sie nach Thema, Bahn und Wörtern; &lt;b&gt;Exportieren&lt;/b&gt; schreibt die Zeitleiste so, wie sie gezeigt wird.</translation>
    </message>
    <message>
        <source>Tick events to mark them on time charts, and add your own series from a CSV file with the columns year, value and (optionally) note.</source>
        <translation>Haken Sie Ereignisse an, um sie in Zeitdiagrammen zu markieren, und fügen Sie eigene Reihen aus einer CSV-Datei mit den Spalten year, value und (wahlweise) note hinzu.</translation>
    </message>
    <message>
        <source>To export a chart, choose it in the list and use the buttons above it: PNG (1920×1080, or ×2), SVG, PDF, the data as CSV, or Copy for the clipboard. &lt;b&gt;Slide deck…&lt;/b&gt; writes one PowerPoint file with a slide for each chart you choose, the quotes in the speaker notes.</source>
        <translation>Um ein Diagramm zu exportieren, wählen Sie es in der Liste und verwenden Sie die Schaltflächen darüber: PNG (1920×1080 oder ×2), SVG, PDF, die Daten als CSV oder Kopieren für die Zwischenablage. &lt;b&gt;Foliensatz…&lt;/b&gt; schreibt eine PowerPoint-Datei mit einer Folie für jedes gewählte Diagramm, die Zitate in den Sprechernotizen.</translation>
    </message>
    <message>
        <source>Select a passage in the Reader and press Ctrl+M to annotate it with a colour, tags and a note. View → Annotations (Ctrl+Shift+A) lists them all, with filters, and exports them.</source>
        <translation>Markieren Sie eine Textstelle in der Leseansicht und drücken Sie Strg+M, um sie mit einer Farbe, Schlagwörtern und einer Notiz anzumerken. Ansicht → Anmerkungen (Strg+Umschalt+A) listet alle auf, mit Filtern, und exportiert sie.</translation>
    </message>
    <message>
        <source>A reading set is an ordered list of excerpts, documents, claims, stances, events and charts, each with a note, plus discussion questions. Make one in Reading sets (Ctrl+5) with &lt;b&gt;New…&lt;/b&gt;, then add to it from any view: right-click a Compare cell, selected text or a claim in the Reader, or use &lt;b&gt;Add … to reading set&lt;/b&gt; under a timeline event or a chart. Reorder items by dragging or with Ctrl+Up and Ctrl+Down.</source>
        <translation>Eine Lesemappe ist eine geordnete Liste von Auszügen, Dokumenten, Aussagen, Haltungen, Ereignissen und Diagrammen, jeweils mit einer Notiz, dazu Diskussionsfragen. Legen Sie unter Lesemappen (Strg+5) mit &lt;b&gt;Neu…&lt;/b&gt; eine an und fügen Sie dann aus jeder Ansicht etwas hinzu: Rechtsklick auf eine Zelle im Vergleich, auf markierten Text oder eine Aussage in der Leseansicht, oder &lt;b&gt;… zu einer Lesemappe hinzufügen&lt;/b&gt; unter einem Ereignis der Zeitleiste oder einem Diagramm. Ordnen Sie Einträge durch Ziehen oder mit Strg+Hoch und Strg+Runter um.</translation>
    </message>
    <message>
        <source>To hand a set out, use &lt;b&gt;Export&lt;/b&gt;: a handout as HTML, PDF or Markdown for reading, or a &lt;i&gt;.standpoint&lt;/i&gt; file that another Standpoint opens (with &lt;b&gt;Import…&lt;/b&gt;, or by double-clicking it) as a set of its own. Every change can be undone with Ctrl+Z.</source>
        <translation>Um eine Mappe weiterzugeben, verwenden Sie &lt;b&gt;Exportieren&lt;/b&gt;: ein Handout als HTML, PDF oder Markdown zum Lesen, oder eine &lt;i&gt;.standpoint&lt;/i&gt;-Datei, die ein anderes Standpoint (mit &lt;b&gt;Importieren…&lt;/b&gt; oder per Doppelklick) als eigene Mappe öffnet. Jede Änderung lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>One box over every passage, claim, event and note (Ctrl+Shift+F). Results come as you type, grouped by kind with the matched words marked; narrow them by position, speaker, document, theme and year. Press Down to move into the results and Enter to open one.</source>
        <translation>Ein Suchfeld über alle Textstellen, Aussagen, Ereignisse und Notizen (Strg+Umschalt+F). Die Ergebnisse erscheinen beim Tippen, nach Art gruppiert und mit markierten Fundwörtern; grenzen Sie sie nach Position, Sprecher, Dokument, Thema und Jahr ein. Die Pfeiltaste nach unten führt in die Ergebnisse, die Eingabetaste öffnet eines.</translation>
    </message>
    <message>
        <source>For example: &lt;tt&gt;energy pipeline&lt;/tt&gt; finds passages with both words, &lt;tt&gt;&quot;junior partner&quot;&lt;/tt&gt; the phrase, &lt;tt&gt;sanction*&lt;/tt&gt; sanction, sanctions and sanctioned, &lt;tt&gt;gas OR oil&lt;/tt&gt; either word and &lt;tt&gt;trade NOT yuan&lt;/tt&gt; trade without yuan.</source>
        <translation>Zum Beispiel findet &lt;tt&gt;energy pipeline&lt;/tt&gt; Textstellen mit beiden Wörtern, &lt;tt&gt;&quot;junior partner&quot;&lt;/tt&gt; die Phrase, &lt;tt&gt;sanction*&lt;/tt&gt; sanction, sanctions und sanctioned, &lt;tt&gt;gas OR oil&lt;/tt&gt; eines der beiden Wörter und &lt;tt&gt;trade NOT yuan&lt;/tt&gt; trade ohne yuan.</translation>
    </message>
    <message>
        <source>Pairs of documents that share passages nearly word for word. Choose a pair, then a passage, to see both versions: words only the first has are struck through, words only the second has are underlined.</source>
        <translation>Dokumentpaare, die Textstellen fast wörtlich teilen. Wählen Sie ein Paar, dann eine Textstelle, um beide Fassungen zu sehen: Wörter, die nur die erste hat, sind durchgestrichen, Wörter, die nur die zweite hat, unterstrichen.</translation>
    </message>
    <message>
        <source>File → Import Documents (Ctrl+I) adds plain text, Markdown, HTML, PDF and Word (DOCX) files. Each file is previewed: correct its title, authors, date and publisher, say whom it speaks for (a position, a speaker or a new position), and check the cleaned text. The second tab lists what cleaning proposes to remove and why; untick a paragraph to keep it.</source>
        <translation>Datei → Dokumente importieren (Strg+I) fügt reinen Text, Markdown, HTML, PDF und Word-Dateien (DOCX) hinzu. Jede Datei wird in einer Vorschau gezeigt: Korrigieren Sie Titel, Autoren, Datum und Herausgeber, geben Sie an, für wen sie spricht (eine Position, ein Sprecher oder eine neue Position), und prüfen Sie den bereinigten Text. Der zweite Reiter listet, was die Bereinigung entfernen will und warum; entfernen Sie den Haken bei einem Absatz, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Files that cannot be imported are listed with the reason and left out. The import is written in one go: Stop, or any error, leaves the store as it was.</source>
        <translation>Dateien, die nicht importiert werden können, werden mit dem Grund aufgeführt und weggelassen. Der Import wird in einem Zug geschrieben: Stopp oder ein Fehler lässt die Datenbank, wie sie war.</translation>
    </message>
    <message>
        <source>Charts of the numbers the documents cite, beside reference data; each document&apos;s figures have a marker shape of their own. Hover a point for its quote; click it to read the quote in context. From the keyboard, Tab to the chart, then Left and Right choose a point and Enter opens its quote. A ringed point disagrees with another source, and the note under the chart says how.</source>
        <translation>Diagramme der Zahlen, die die Dokumente nennen, neben Referenzdaten; die Zahlen jedes Dokuments haben eine eigene Markierungsform. Fahren Sie über einen Punkt, um sein Zitat zu sehen; klicken Sie ihn an, um das Zitat im Zusammenhang zu lesen. Mit der Tastatur: Tab bis zum Diagramm, dann wählen Links und Rechts einen Punkt, und die Eingabetaste öffnet sein Zitat. Ein umkreister Punkt weicht von einer anderen Quelle ab, und die Notiz unter dem Diagramm sagt, wie.</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard. Tab and Shift+Tab move between controls, Alt with an underlined letter reaches a control or view directly, Ctrl+1 to Ctrl+7 open the views in the order of their tabs, and Ctrl+Tab and Ctrl+Shift+Tab step from view to view. The Menu key opens the context menu of the chosen cell, claim or event. Help → Keyboard Shortcuts lists every shortcut.</source>
        <translation>Alles lässt sich mit der Tastatur erledigen. Tab und Umschalt+Tab wechseln zwischen Bedienelementen, Alt mit einem unterstrichenen Buchstaben erreicht ein Bedienelement oder eine Ansicht direkt, Strg+1 bis Strg+7 öffnen die Ansichten in der Reihenfolge ihrer Reiter, und Strg+Tab und Strg+Umschalt+Tab wechseln von Ansicht zu Ansicht. Die Menütaste öffnet das Kontextmenü der gewählten Zelle, Aussage oder des gewählten Ereignisses. Hilfe → Tastenkürzel listet alle Tastenkürzel auf.</translation>
    </message>
</context>
<context>
    <name>standpoint::app::UserWork</name>
    <message>
        <source>The store is not open, so the change was not saved</source>
        <translation>Die Datenbank ist nicht geöffnet, daher wurde die Änderung nicht gespeichert</translation>
    </message>
</context>
</TS>
