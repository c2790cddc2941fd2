<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ws</name>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s), nothing was imported:
  %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) for %3 checked, no problems; nothing was written (dry run)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1 from %2 (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scenario %1 takes %n name(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::CsvImporter</name>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EditLogNames</name>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ForecastPage</name>
    <message numerus="yes">
        <source>Source of the %n selected cell(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) refused, nothing changed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste of %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) are ready to import into %1. Nothing has been written yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing will be imported until the file is fixed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::MainWindow</name>
    <message numerus="yes">
        <source>&lt;p&gt;This workbook&apos;s figures come from %n source(s), the newest published %1; the main one is &lt;i&gt;%2&lt;/i&gt;. The Sources page lists them all.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::OverviewItem</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ReportDocument</name>
    <message numerus="yes">
        <source>The table shows the %1 programs with the most AI compute wafers in %2. %Ln more program(s) are not shown: %3 units and %4 AI compute wafers in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of the workbook cite no source: the analyst&apos;s own values, listed on the Sources page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::SourcesPage</name>
    <message numerus="yes">
        <source>%n number(s) cite no source</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainScene</name>
    <message numerus="yes">
        <source>Laying out %n companies…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::Workbook</name>
    <message numerus="yes">
        <source>Cite %1 for %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::WorkbookJson</name>
    <message numerus="yes">
        <source>%n problem(s), nothing was imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
