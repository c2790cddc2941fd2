<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ws</name>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s), nothing was imported:
  %3</source>
        <translation>
            <numerusform>%1 (%2): %n problem, nothing was imported:
  %3</numerusform>
            <numerusform>%1 (%2): %n problems, nothing was imported:
  %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) for %3 checked, no problems; nothing was written (dry run)</source>
        <translation>
            <numerusform>%1 (%2): %n row for %3 checked, no problems; nothing was written (dry run)</numerusform>
            <numerusform>%1 (%2): %n rows for %3 checked, no problems; nothing was written (dry run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1 from %2 (%3)</source>
        <translation>
            <numerusform>Imported %n row into %1 from %2 (%3)</numerusform>
            <numerusform>Imported %n rows into %1 from %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scenario %1 takes %n name(s)</source>
        <translation>
            <numerusform>scenario %1 takes %n name</numerusform>
            <numerusform>scenario %1 takes %n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …; CSV keeps them whole.</source>
        <translation>
            <numerusform>%n text longer than Excel&apos;s limit of %1 characters in a cell was cut to it, ending in …; CSV keeps it whole.</numerusform>
            <numerusform>%n texts longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …; CSV keeps them whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), nothing was imported:
  %2</source>
        <translation>
            <numerusform>%1: %n problem, nothing was imported:
  %2</numerusform>
            <numerusform>%1: %n problems, nothing was imported:
  %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) checked, no problems; nothing was written (dry run)</source>
        <translation>
            <numerusform>%1: %n change checked, no problems; nothing was written (dry run)</numerusform>
            <numerusform>%1: %n changes checked, no problems; nothing was written (dry run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from %1</source>
        <translation>
            <numerusform>Imported %n change from %1</numerusform>
            <numerusform>Imported %n changes from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::CsvImporter</name>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EditLogNames</name>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ForecastPage</name>
    <message numerus="yes">
        <source>Source of the %n selected cell(s):</source>
        <translation>
            <numerusform>Source of the %n selected cell:</numerusform>
            <numerusform>Source of the %n selected cells:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) refused, nothing changed: %1</source>
        <translation>
            <numerusform>%n cell refused, nothing changed: %1</numerusform>
            <numerusform>%n cells refused, nothing changed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste of %n cell(s)</source>
        <translation>
            <numerusform>Paste of %n cell</numerusform>
            <numerusform>Paste of %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::GraphMlImportWizard</name>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation>
            <numerusform>%1: %n node</numerusform>
            <numerusform>%1: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n edge(s).</source>
        <translation>
            <numerusform>, %n edge.</numerusform>
            <numerusform>, %n edges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are ready to import: %1. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n change is ready to import: %1. Nothing has been written yet.</numerusform>
            <numerusform>%n changes are ready to import: %1. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing will be imported until the file is fixed:</source>
        <translation>
            <numerusform>%n problem in %1; nothing will be imported until the file is fixed:</numerusform>
            <numerusform>%n problems in %1; nothing will be imported until the file is fixed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) are ready to import into %1. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n row is ready to import into %1. Nothing has been written yet.</numerusform>
            <numerusform>%n rows are ready to import into %1. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing will be imported until the file is fixed:</source>
        <translation>
            <numerusform>%n problem in %1; nothing will be imported until the file is fixed:</numerusform>
            <numerusform>%n problems in %1; nothing will be imported until the file is fixed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::MainWindow</name>
    <message numerus="yes">
        <source>&lt;p&gt;This workbook&apos;s figures come from %n source(s), the newest published %1; the main one is &lt;i&gt;%2&lt;/i&gt;. The Sources page lists them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;This workbook&apos;s figures come from %n source, published %1: &lt;i&gt;%2&lt;/i&gt;. The Sources page lists it.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;This workbook&apos;s figures come from %n sources, the newest published %1; the main one is &lt;i&gt;%2&lt;/i&gt;. The Sources page lists them all.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …. CSV and JSON exports keep them whole.</source>
        <translation>
            <numerusform>%n text longer than Excel&apos;s limit of %1 characters in a cell was cut to it, ending in …. CSV and JSON exports keep it whole.</numerusform>
            <numerusform>%n texts longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …. CSV and JSON exports keep them whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::OverviewItem</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ReportDocument</name>
    <message numerus="yes">
        <source>The table shows the %1 programs with the most AI compute wafers in %2. %Ln more program(s) are not shown: %3 units and %4 AI compute wafers in %2.</source>
        <translation>
            <numerusform>The table shows the %1 programs with the most AI compute wafers in %2. %Ln more program is not shown: %3 units and %4 AI compute wafers in %2.</numerusform>
            <numerusform>The table shows the %1 programs with the most AI compute wafers in %2. %Ln more programs are not shown: %3 units and %4 AI compute wafers in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of the workbook cite no source: the analyst&apos;s own values, listed on the Sources page.</source>
        <translation>
            <numerusform>%n number of the workbook cites no source: the analyst&apos;s own value, listed on the Sources page.</numerusform>
            <numerusform>%n numbers of the workbook cite no source: the analyst&apos;s own values, listed on the Sources page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::SourcesPage</name>
    <message numerus="yes">
        <source>%n number(s) cite no source</source>
        <translation>
            <numerusform>%n number cites no source</numerusform>
            <numerusform>%n numbers cite no source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainScene</name>
    <message numerus="yes">
        <source>Laying out %n companies…</source>
        <translation>
            <numerusform>Laying out %n company…</numerusform>
            <numerusform>Laying out %n companies…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::Workbook</name>
    <message numerus="yes">
        <source>Cite %1 for %n cell(s)</source>
        <translation>
            <numerusform>Cite %1 for %n cell</numerusform>
            <numerusform>Cite %1 for %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s) in all)</source>
        <translation>
            <numerusform>(%n change in all)</numerusform>
            <numerusform>(%n changes in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::WorkbookJson</name>
    <message numerus="yes">
        <source>%n problem(s), nothing was imported:</source>
        <translation>
            <numerusform>%n problem, nothing was imported:</numerusform>
            <numerusform>%n problems, nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
