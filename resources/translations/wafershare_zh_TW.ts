<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情境(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Vendor shares by year</source>
        <translation>各廠商逐年占比</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unknown format &apos;.%1&apos;: use .png, .svg, .pdf or .graphml</source>
        <translation>未知的格式「.%1」：請使用 .png、.svg、.pdf 或 .graphml</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>無法編碼影像</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>WaferShare · %1</source>
        <translation>WaferShare · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>no section was chosen</source>
        <translation>未選擇任何章節</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>匯出已取消</translation>
    </message>
    <message>
        <source>the GraphML could not be written</source>
        <translation>無法寫入 GraphML</translation>
    </message>
    <message>
        <source>the OpenDocument text could not be made</source>
        <translation>無法產生 OpenDocument 文字文件</translation>
    </message>
    <message>
        <source>AI compute wafers in %1, scenario %2</source>
        <translation>%1 年 AI 運算晶圓，情境 %2</translation>
    </message>
</context>
<context>
    <name>ws</name>
    <message>
        <source>Ranks the companies of the supply chain by how many wafers&apos; worth of the vendors&apos; growth reaches them: Σ over vendors of exposure (the summed products of relation weights along supplier → customer paths) × the vendor&apos;s change in wafers.</source>
        <translation>依各晶片廠商成長所換算的晶圓量有多少傳遞到各公司，為供應鏈中的公司排名：對所有廠商加總 Σ 曝險度（沿供應商 → 客戶路徑之關係權重乘積的總和）× 該廠商的晶圓變化量。</translation>
    </message>
    <message>
        <source>The scenario &lt;name&gt; (default: Base).</source>
        <translation>情境 &lt;name&gt;（預設：Base）。</translation>
    </message>
    <message>
        <source>The year &lt;year&gt; (default: 2026).</source>
        <translation>年份 &lt;year&gt;（預設：2026）。</translation>
    </message>
    <message>
        <source>Count only this vendor&apos;s change, any letter case (default: all vendors).</source>
        <translation>只計入此廠商的變化，不分大小寫（預設：所有廠商）。</translation>
    </message>
    <message>
        <source>yoy: the change from the year before; base: the change from the root scenario in the same year (default: yoy).</source>
        <translation>yoy：與前一年相比的變化；base：與同年根情境相比的變化（預設：yoy）。</translation>
    </message>
    <message>
        <source>The most relations a counted path may have, 1 to 10 (default: 6).</source>
        <translation>計入的路徑最多可含的關係數，1 到 10（預設：6）。</translation>
    </message>
    <message>
        <source>--against must be yoy or base, not &apos;%1&apos;</source>
        <translation>--against 必須是 yoy 或 base，而非「%1」</translation>
    </message>
    <message>
        <source>--depth must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--depth 必須是 1 到 %1 的整數，而非「%2」</translation>
    </message>
    <message>
        <source>--vendor: %1 has no vendor named &apos;%2&apos; (it has: %3)</source>
        <translation>--vendor：%1 中沒有名為「%2」的廠商（現有：%3）</translation>
    </message>
    <message>
        <source>scenario %1 has no year %2 (it has: %3)</source>
        <translation>情境 %1 沒有 %2 年（現有：%3）</translation>
    </message>
    <message>
        <source>--against yoy: scenario %1 has no year %2 to compare %3 with (it has: %4); choose a later year or --against base</source>
        <translation>--against yoy：情境 %1 沒有可與 %3 比較的 %2 年（現有：%4）；請選擇較晚的年份，或使用 --against base</translation>
    </message>
    <message>
        <source>scenario %1 cannot be computed:
  %2</source>
        <translation>無法計算情境 %1：
  %2</translation>
    </message>
    <message>
        <source>--against base: scenario %1 has no year %2 (it has: %3)</source>
        <translation>--against base：情境 %1 沒有 %2 年（現有：%3）</translation>
    </message>
    <message>
        <source>%1: the supply chain cannot be read: %2</source>
        <translation>%1：無法讀取供應鏈：%2</translation>
    </message>
    <message>
        <source>the supply chain has cycles, counted without going round them:</source>
        <translation>供應鏈含有循環，計算時不沿循環繞行：</translation>
    </message>
    <message>
        <source>Draws a chart of the forecast to a PNG, SVG or PDF file, as the Charts page shows it. No display is needed.</source>
        <translation>將預測圖表繪製成 PNG、SVG 或 PDF 檔案，與「圖表」頁面所示相同。不需要顯示器。</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>圖表：%1。</translation>
    </message>
    <message>
        <source>The &lt;file&gt; to write: .png, .svg or .pdf.</source>
        <translation>要寫入的檔案 &lt;file&gt;：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>The scenario &lt;name&gt; (default: Base); repeat it to compare scenarios.</source>
        <translation>情境 &lt;name&gt;（預設：Base）；可重複指定以比較多個情境。</translation>
    </message>
    <message>
        <source>The year of the donut, comparison and tornado (default: 2026).</source>
        <translation>環圈圖、比較圖與龍捲風圖的年份（預設：2026）。</translation>
    </message>
    <message>
        <source>Wafers instead of shares.</source>
        <translation>顯示晶圓數而非占比。</translation>
    </message>
    <message>
        <source>The tornado&apos;s vendor (default: AWS).</source>
        <translation>龍捲風圖的廠商（預設：AWS）。</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light（預設）或 dark。</translation>
    </message>
    <message>
        <source>--type must be one of %1, not &apos;%2&apos;</source>
        <translation>--type 必須是 %1 其中之一，而非「%2」</translation>
    </message>
    <message>
        <source>chart needs --out FILE.png, .svg or .pdf</source>
        <translation>chart 需要 --out FILE.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers of pixels from 100 to 20000</source>
        <translation>--width 與 --height 必須是 100 到 20000 之間的整數像素值</translation>
    </message>
    <message>
        <source>--palette must be light or dark, not &apos;%1&apos;</source>
        <translation>--palette 必須是 light 或 dark，而非「%1」</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos;</source>
        <translation>沒有名為「%1」的情境</translation>
    </message>
    <message>
        <source>the forecast has no year %1</source>
        <translation>預測中沒有 %1 年</translation>
    </message>
    <message>
        <source>there is no vendor named &apos;%1&apos;</source>
        <translation>沒有名為「%1」的廠商</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3×%4)</source>
        <translation>已寫入 %1（%2，%3×%4）</translation>
    </message>
    <message>
        <source>Checks a workbook: schema version, integrity, references, row counts and the Base forecast.</source>
        <translation>檢查工作簿：結構描述版本、完整性、參照、列數與 Base 預測。</translation>
    </message>
    <message>
        <source>workbook: %1</source>
        <translation>工作簿：%1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program writes %2)</source>
        <translation>結構描述版本：%1（本程式寫入 %2）</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>rows:</source>
        <translation>列數：</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>情境 %1：%2</translation>
    </message>
    <message>
        <source>scenarios: %1</source>
        <translation>情境：%1</translation>
    </message>
    <message>
        <source>%1 has problems:
  %2</source>
        <translation>%1 有問題：
  %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>已將 %1 寫入 %2</translation>
    </message>
    <message>
        <source>The table or result to export.</source>
        <translation>要匯出的資料表或結果。</translation>
    </message>
    <message>
        <source>The &lt;file&gt; to write (default: standard output).</source>
        <translation>要寫入的檔案 &lt;file&gt;（預設：標準輸出）。</translation>
    </message>
    <message>
        <source>The scenario &lt;name&gt;: for assumptions, only its own cells; for results, the scenario computed (default: Base).</source>
        <translation>情境 &lt;name&gt;：用於假設時，僅含該情境本身的儲存格；用於結果時，為要計算的情境（預設：Base）。</translation>
    </message>
    <message>
        <source>For results: the &lt;year&gt;.</source>
        <translation>用於結果：年份 &lt;year&gt;。</translation>
    </message>
    <message>
        <source>export takes one of %1, or --all</source>
        <translation>export 需要 %1 其中之一，或 --all</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>there is nothing named &apos;%1&apos; to export (tables and results: %2)</source>
        <translation>沒有名為「%1」的項目可匯出（資料表與結果：%2）</translation>
    </message>
    <message>
        <source>--scenario applies to the assumption table and to computed results</source>
        <translation>--scenario 適用於 assumption 資料表及計算結果</translation>
    </message>
    <message>
        <source>Draws the supply-chain graph to PNG, SVG or PDF, or writes it as GraphML. No display is needed.</source>
        <translation>將供應鏈圖繪製成 PNG、SVG 或 PDF，或寫出為 GraphML。不需要顯示器。</translation>
    </message>
    <message>
        <source>layered (default) or force.</source>
        <translation>layered（預設）或 force。</translation>
    </message>
    <message>
        <source>The &lt;file&gt;: .png, .svg, .pdf or .graphml.</source>
        <translation>檔案 &lt;file&gt;：.png、.svg、.pdf 或 .graphml。</translation>
    </message>
    <message>
        <source>Only the chain up- and downstream of the &lt;company&gt; (English or Chinese name, or ticker).</source>
        <translation>僅顯示公司 &lt;company&gt; 的上下游供應鏈（英文或中文名稱，或股票代號）。</translation>
    </message>
    <message>
        <source>PNG pixels per point (default: 2).</source>
        <translation>PNG 每點的像素數（預設：2）。</translation>
    </message>
    <message>
        <source>--layout must be layered or force, not &apos;%1&apos;</source>
        <translation>--layout 必須是 layered 或 force，而非「%1」</translation>
    </message>
    <message>
        <source>graph needs --out FILE.png, .svg, .pdf or .graphml</source>
        <translation>graph 需要 --out FILE.png、.svg、.pdf 或 .graphml</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.25 to 8</source>
        <translation>--scale 必須是 0.25 到 8 之間的數字</translation>
    </message>
    <message>
        <source>Supply chain, %1 layout</source>
        <translation>供應鏈，%1 版面配置</translation>
    </message>
    <message>
        <source>there is no company named &apos;%1&apos;</source>
        <translation>沒有名為「%1」的公司</translation>
    </message>
    <message>
        <source>Supply chain of %1, %2 layout</source>
        <translation>%1 的供應鏈，%2 版面配置</translation>
    </message>
    <message>
        <source>wrote %1 (%2 companies, %3 layout)</source>
        <translation>已寫入 %1（%2 家公司，%3 版面配置）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le or utf-16be, not &apos;%1&apos;</source>
        <translation>--encoding 必須是 utf-8、utf-8-bom、utf-16le 或 utf-16be，而非「%1」</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab, not &apos;%1&apos;</source>
        <translation>--delimiter 必須是 comma、semicolon 或 tab，而非「%1」</translation>
    </message>
    <message>
        <source>--header must be yes or no, not &apos;%1&apos;</source>
        <translation>--header 必須是 yes 或 no，而非「%1」</translation>
    </message>
    <message>
        <source>import --all needs --db NEW_FILE, the workbook to create</source>
        <translation>import --all 需要 --db NEW_FILE，即要建立的工作簿</translation>
    </message>
    <message>
        <source>%1 is not a JSON workbook export: %2 at byte %3</source>
        <translation>%1 不是 JSON 工作簿匯出檔：%2（位於位元組 %3）</translation>
    </message>
    <message>
        <source>cannot start the import</source>
        <translation>無法開始匯入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot save the import</source>
        <translation>無法儲存匯入結果</translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation>已從 %2 建立 %1</translation>
    </message>
    <message>
        <source>the new workbook has problems:
  %1</source>
        <translation>新工作簿有問題：
  %1</translation>
    </message>
    <message>
        <source>The table to import into.</source>
        <translation>要匯入的目標資料表。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 檔案。</translation>
    </message>
    <message>
        <source>For assumptions: the scenario &lt;name&gt; the rows belong to; the file may then leave out scenario_id.</source>
        <translation>用於假設：這些列所屬的情境 &lt;name&gt;；此時檔案可省略 scenario_id。</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>檢查所有內容，但不寫入任何資料。</translation>
    </message>
    <message>
        <source>Import a whole-workbook JSON export.</source>
        <translation>匯入整個工作簿的 JSON 匯出檔。</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom, utf-16le or utf-16be (default: detected).</source>
        <translation>utf-8、utf-8-bom、utf-16le 或 utf-16be（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: detected).</source>
        <translation>comma、semicolon 或 tab（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>yes or no: whether the first line names the columns (default: detected).</source>
        <translation>yes 或 no：第一行是否為欄名（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>import --all takes one JSON file</source>
        <translation>import --all 只接受一個 JSON 檔案</translation>
    </message>
    <message>
        <source>import needs a table and a file: wafershare import TABLE FILE</source>
        <translation>import 需要資料表與檔案：wafershare import TABLE FILE</translation>
    </message>
    <message>
        <source>there is no table named &apos;%1&apos; (tables: %2)</source>
        <translation>沒有名為「%1」的資料表（資料表：%2）</translation>
    </message>
    <message>
        <source>--scenario applies only to the assumption table</source>
        <translation>--scenario 僅適用於 assumption 資料表</translation>
    </message>
    <message>
        <source>%1 %2; nothing was imported</source>
        <translation>%1 %2；未匯入任何資料</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported</source>
        <translation>%1 為唯讀；未匯入任何資料</translation>
    </message>
    <message>
        <source>%1, %2 delimiter, %3</source>
        <translation>%1，分隔符號：%2，%3</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有標題列</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>無標題列</translation>
    </message>
    <message>
        <source>Print on the CUPS &lt;queue&gt; instead, with no dialog.</source>
        <translation>改為直接在 CUPS 佇列 &lt;queue&gt; 上列印，不顯示對話方塊。</translation>
    </message>
    <message>
        <source>The report&apos;s year (default: 2026).</source>
        <translation>報告的年份（預設：2026）。</translation>
    </message>
    <message>
        <source>Comma-separated sections in order (default: %1).</source>
        <translation>以逗號分隔的章節，依序排列（預設：%1）。</translation>
    </message>
    <message>
        <source>The report&apos;s &lt;title&gt;.</source>
        <translation>報告標題 &lt;title&gt;。</translation>
    </message>
    <message>
        <source>The &lt;author&gt; on the title page.</source>
        <translation>標題頁上的作者 &lt;author&gt;。</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4（預設）或 Letter。</translation>
    </message>
    <message>
        <source>Landscape pages.</source>
        <translation>橫向頁面。</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size 必須是 A4 或 Letter，而非「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section; use %2</source>
        <translation>「%1」不是章節；請使用 %2</translation>
    </message>
    <message>
        <source>there is no print queue named &apos;%1&apos; (queues: %2)</source>
        <translation>沒有名為「%1」的列印佇列（佇列：%2）</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>Lists and changes scenarios:
  scenario list
  scenario new NAME [--from SCENARIO]   a child that stores only its overrides
  scenario rename OLD NEW
  scenario delete NAME                  (not the root scenario)</source>
        <translation>列出及變更情境：
  scenario list
  scenario new NAME [--from SCENARIO]   僅儲存覆寫值的子情境
  scenario rename OLD NEW
  scenario delete NAME                  （根情境除外）</translation>
    </message>
    <message>
        <source>With new: the parent &lt;scenario&gt; (default: Base).</source>
        <translation>搭配 new 使用：父情境 &lt;scenario&gt;（預設：Base）。</translation>
    </message>
    <message>
        <source>list, new, rename or delete</source>
        <translation>list、new、rename 或 delete</translation>
    </message>
    <message>
        <source>scenario needs an action: list, new NAME, rename OLD NEW or delete NAME</source>
        <translation>scenario 需要指定動作：list、new NAME、rename OLD NEW 或 delete NAME</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos; to start from</source>
        <translation>沒有名為「%1」的情境可作為起點</translation>
    </message>
    <message>
        <source>scenario %1: done</source>
        <translation>scenario %1：完成</translation>
    </message>
    <message>
        <source>Moves each input of each shipping program down and up by a step, one at a time, and prints how much each move changes one vendor&apos;s share in one year, largest swing first (the rows of a tornado chart).</source>
        <translation>將每條出貨中產品線的每項輸入逐一下調及上調一個步幅，並列出每次調整使某一廠商在某一年的占比變動多少，依變動幅度由大到小排列（即龍捲風圖的各列）。</translation>
    </message>
    <message>
        <source>The vendor whose share is watched, any letter case (default: AWS).</source>
        <translation>要觀察其占比的廠商，不分大小寫（預設：AWS）。</translation>
    </message>
    <message>
        <source>How far each input moves, in percent: above 0, at most 100 (default: 20).</source>
        <translation>每項輸入的調整幅度（百分比）：大於 0，最多 100（預設：20）。</translation>
    </message>
    <message>
        <source>--step must be a percentage above 0 and at most 100, such as 20, not &apos;%1&apos;</source>
        <translation>--step 必須是大於 0 且不超過 100 的百分比（例如 20），而非「%1」</translation>
    </message>
    <message>
        <source>Sets one assumption of a scenario, with the same checks as the Forecast page. In a child scenario the value is stored as an override.</source>
        <translation>設定情境的一項假設，檢查規則與「預測」頁面相同。在子情境中，此值會儲存為覆寫值。</translation>
    </message>
    <message>
        <source>The chip program &lt;name&gt;.</source>
        <translation>晶片產品線名稱 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>The &lt;year&gt;.</source>
        <translation>年份 &lt;year&gt;。</translation>
    </message>
    <message>
        <source>set needs --%1</source>
        <translation>set 需要 --%1</translation>
    </message>
    <message>
        <source>--field must be one of %1, not &apos;%2&apos;</source>
        <translation>--field 必須是 %1 其中之一，而非「%2」</translation>
    </message>
    <message>
        <source>there is no program named &apos;%1&apos; (programs: %2)</source>
        <translation>沒有名為「%1」的產品線（產品線：%2）</translation>
    </message>
    <message>
        <source>%1 %2 %3 not changed: %4</source>
        <translation>%1 %2 %3 未變更：%4</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 -&gt; %5 (scenario %6)</source>
        <translation>%1 %2 %3：%4 -&gt; %5（情境 %6）</translation>
    </message>
    <message>
        <source>Prints the modelled wafers and shares of a scenario.</source>
        <translation>列出情境的模型推估晶圓數與占比。</translation>
    </message>
    <message>
        <source>Only the year &lt;year&gt; (default: every year).</source>
        <translation>僅限年份 &lt;year&gt;（預設：所有年份）。</translation>
    </message>
    <message>
        <source>One row per vendor or per program (default: vendor).</source>
        <translation>每個廠商或每條產品線一列（預設：vendor）。</translation>
    </message>
    <message>
        <source>--by must be vendor or program, not &apos;%1&apos;</source>
        <translation>--by 必須是 vendor 或 program，而非「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yield model; use poisson, murphy, seeds or negative_binomial.</source>
        <translation>「%1」不是良率模型；請使用 poisson、murphy、seeds 或 negative_binomial。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <source>%1 mm² is above the %2 mm² reticle limit: one die that large cannot be exposed; check that this is not several dies in one package.</source>
        <translation>%1 mm² 超過 %2 mm² 的光罩上限：這麼大的單一晶粒無法曝光；請確認這不是同一封裝中的多個晶粒。</translation>
    </message>
    <message>
        <source>line %1: the bytes at offset %2 are not valid %3 text; save the file as UTF-8 or UTF-16 and import it again</source>
        <translation>第 %1 行：位移 %2 處的位元組不是有效的 %3 文字；請將檔案另存為 UTF-8 或 UTF-16 後再重新匯入</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（含 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>no %1 has id %2</source>
        <translation>沒有 id 為 %2 的 %1</translation>
    </message>
    <message>
        <source>another row already has this %1</source>
        <translation>已有其他列使用此 %1</translation>
    </message>
    <message>
        <source>cannot start loading the default data: %1</source>
        <translation>無法開始載入預設資料：%1</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cannot save the default data: %1</source>
        <translation>無法儲存預設資料：%1</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必須填入值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>「%1」不是整數</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour of the form #RRGGBB</source>
        <translation>「%1」不是 #RRGGBB 格式的色彩</translation>
    </message>
    <message>
        <source>cannot be checked: the field column holds &apos;%1&apos;, which is not an assumption field</source>
        <translation>無法檢查：field 欄的值為「%1」，不是假設欄位</translation>
    </message>
    <message>
        <source>not a column of this table (columns: %1)</source>
        <translation>不是此資料表的欄（欄：%1）</translation>
    </message>
    <message>
        <source>required, but no field of the file is mapped to it</source>
        <translation>此為必要欄位，但檔案中沒有任何欄位對應至此</translation>
    </message>
    <message>
        <source>field %1 of the file is mapped to both %2 and %3</source>
        <translation>檔案的欄位 %1 同時對應至 %2 與 %3</translation>
    </message>
    <message>
        <source>there is no table named %1</source>
        <translation>沒有名為 %1 的資料表</translation>
    </message>
    <message>
        <source>%1 fields where the first record has %2</source>
        <translation>有 %1 個欄位，而第一筆記錄有 %2 個</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 個欄位，而標題列有 %2 個</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from %2, the value asked for</source>
        <translation>「%1」與所要求的值 %2 不同</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>the workbook is locked by another program that is writing it (waited %1 s). Nothing was changed; try again when it has finished.</source>
        <translation>工作簿已被另一個正在寫入的程式鎖定（已等待 %1 秒）。未做任何變更；請待其完成後再試一次。</translation>
    </message>
    <message>
        <source>the workbook file is read-only. Nothing was changed; save a copy with File ▸ Save As to edit it.</source>
        <translation>工作簿檔案為唯讀。未做任何變更；若要編輯，請使用「檔案 ▸ 另存新檔」儲存副本。</translation>
    </message>
    <message>
        <source>the disk is full. Nothing was changed.</source>
        <translation>磁碟已滿。未做任何變更。</translation>
    </message>
    <message>
        <source>scenario %1 refused: %2; nothing was changed</source>
        <translation>scenario %1 遭拒：%2；未做任何變更</translation>
    </message>
    <message>
        <source>units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>dies per package</source>
        <translation>每封裝晶粒數</translation>
    </message>
    <message>
        <source>die area</source>
        <translation>晶粒面積</translation>
    </message>
    <message>
        <source>defect density</source>
        <translation>缺陷密度</translation>
    </message>
    <message>
        <source>the negative-binomial alpha</source>
        <translation>負二項模型的 alpha 值</translation>
    </message>
    <message>
        <source>interposer area</source>
        <translation>中介層面積</translation>
    </message>
    <message>
        <source>packaging yield</source>
        <translation>封裝良率</translation>
    </message>
    <message>
        <source>yield model</source>
        <translation>良率模型</translation>
    </message>
    <message>
        <source>%1 must be a finite number (got %2).</source>
        <translation>%1必須是有限數值（輸入值為 %2）。</translation>
    </message>
    <message>
        <source>above %1 and at most %2</source>
        <translation>大於 %1 且不超過 %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>介於 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 must be %2%3 (got %4).</source>
        <translation>%1必須%2%3（輸入值為 %4）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got %2).</source>
        <translation>%1必須是整數（輸入值為 %2）。</translation>
    </message>
    <message>
        <source>%1× the %2 of %3</source>
        <translation>%3 年數值 %2 的 %1 倍</translation>
    </message>
    <message>
        <source>%1× the %2 of the parent scenario %3</source>
        <translation>上層情境 %3 數值 %2 的 %1 倍</translation>
    </message>
    <message>
        <source>%1 of %2 is %3; check that no digit or suffix is wrong.</source>
        <translation>%1為 %2，相當於%3；請確認數字與後綴都沒有打錯。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a number is needed here; the cell was left empty.</source>
        <translation>此處必須填入數字，但儲存格是空白的。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a lowercase m could mean milli or million; write M for million or the whole number.</source>
        <translation>「%1」：小寫 m 可能表示 milli（千分之一）或 million（百萬）；百萬請寫成 M，或寫出完整數字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: a suffix k, M or B follows a plain number, as in 1.5M.</source>
        <translation>「%1」不是數字：後綴 k、M 或 B 須接在一般數字之後，例如 1.5M。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Write digits with %2 as the decimal point and %3 between thousands (%4), a power of ten (2.5e6) or a suffix k, M or B (1.5M).</source>
        <translation>「%1」不是數字。請輸入以 %2 作為小數點、以 %3 作為千位分隔符號的數字（%4），或使用 10 的次方（2.5e6），或加上後綴 k、M 或 B（1.5M）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number: it is too large or not a number at all.</source>
        <translation>「%1」不是有限數值：數值過大，或根本不是數字。</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was imported. Free some space, then import again.</source>
        <translation>存放 %1 的磁碟已滿；未匯入任何資料。請釋出一些空間，然後再匯入一次。</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error (%2); nothing was imported. Check the disk, then import again.</source>
        <translation>存放 %1 的磁碟回報輸入/輸出錯誤（%2）；未匯入任何資料。請檢查磁碟，然後再匯入一次。</translation>
    </message>
    <message>
        <source>cannot write to %1: %2; nothing was imported</source>
        <translation>無法寫入 %1：%2；未匯入任何資料</translation>
    </message>
    <message>
        <source>scenario %1 is its own ancestor (parent_id leads %2); give one of them no parent or another one</source>
        <translation>情境 %1 是自己的祖先（parent_id 的路徑為 %2）；請將其中一個情境改為沒有父情境，或指定其他父情境</translation>
    </message>
    <message>
        <source>the disk holding %1 is full. Nothing was changed; free some space, then try again.</source>
        <translation>存放 %1 的磁碟已滿。未做任何變更；請釋出一些空間，然後再試一次。</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error. Nothing was changed; check the disk, then try again.</source>
        <translation>存放 %1 的磁碟回報輸入/輸出錯誤。未做任何變更；請檢查磁碟，然後再試一次。</translation>
    </message>
    <message>
        <source>Prints each published figure beside the value the scenario models for it, like with like: a vendor&apos;s total, the market&apos;s total (vendor &quot;All vendors&quot;) or the programs of a named scope. Columns: %1. The residual is modelled − published (points for shares); residual_percent is the residual in percent of a published volume.</source>
        <translation>列出每筆已公布數據及情境對其的模型推估值，並以相同基準比較：廠商總計、市場總計（廠商為「所有廠商」），或指定範圍內的產品線。欄位：%1。殘差為模型推估值 − 已公布值（占比以百分點計）；residual_percent 為殘差占已公布數量的百分比。</translation>
    </message>
    <message>
        <source>Only the figures of one edition of a report, such as &quot;Morgan Stanley, October 2025&quot; (any letter case; default: every vintage).</source>
        <translation>僅限某份報告單一版次的數據，例如「Morgan Stanley, October 2025」（不分大小寫；預設：所有版次）。</translation>
    </message>
    <message>
        <source>csv, json or table (default: csv).</source>
        <translation>csv、json 或 table（預設：csv）。</translation>
    </message>
    <message>
        <source>--format must be csv, json or table, not &apos;%1&apos;</source>
        <translation>--format 必須是 csv、json 或 table，而非「%1」</translation>
    </message>
    <message>
        <source>--vintage: %1 has no published figure of vintage &apos;%2&apos; (it has: %3)</source>
        <translation>--vintage：%1 中沒有版次為「%2」的已公布數據（現有：%3）</translation>
    </message>
    <message>
        <source>Wrote the calibration of %1 to %2</source>
        <translation>已將 %1 的校準結果寫入 %2</translation>
    </message>
    <message>
        <source>Fits units to the shares and volumes one vintage (edition) of a report published, by weighted least squares: %1 per percentage point of a share residual, %2 per percent of a volume residual, plus λ = %3 × (ln(new ÷ old))² per program divided by the number of its vendor&apos;s programs. Prints the preview as CSV: the units cells it would change, every figure&apos;s residual before and after, and the weighted cost. Writes nothing unless --apply is given; then the change is one step the desktop&apos;s Edit ▸ Undo takes back while the workbook is open.</source>
        <translation>以加權最小平方法，將出貨量擬合至某份報告單一版次（版本）所公布的占比與數量：占比殘差每個百分點權重為 %1，數量殘差每 1 % 權重為 %2，另加上每條產品線的 λ = %3 × (ln(新 ÷ 舊))²，再除以其廠商的產品線數。以 CSV 列出預覽：將變更的出貨量儲存格、每筆數據擬合前後的殘差，以及加權成本。除非指定 --apply，否則不會寫入任何資料；指定後，此變更為單一步驟，在工作簿開啟期間可透過桌面版的「編輯 ▸ 復原」撤銷。</translation>
    </message>
    <message>
        <source>The vintage &lt;name&gt; whose figures to fit, as the published figures record it.</source>
        <translation>要擬合其數據的版次 &lt;name&gt;，寫法須與已公布數據中記錄的相同。</translation>
    </message>
    <message>
        <source>Only the year &lt;year&gt; (default: every year the vintage covers).</source>
        <translation>僅限年份 &lt;year&gt;（預設：該版次涵蓋的所有年份）。</translation>
    </message>
    <message>
        <source>Write the fit into the scenario.</source>
        <translation>將擬合結果寫入情境。</translation>
    </message>
    <message>
        <source>calibration fit needs --vintage</source>
        <translation>calibration fit 需要 --vintage</translation>
    </message>
    <message>
        <source>scenario %1 is incomplete: %2</source>
        <translation>情境 %1 不完整：%2</translation>
    </message>
    <message>
        <source>no published figure has the vintage &apos;%1&apos; (vintages: %2)</source>
        <translation>沒有版次為「%1」的已公布數據（版次：%2）</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>nothing to apply: %1</source>
        <translation>沒有可套用的內容：%1</translation>
    </message>
    <message>
        <source>a preview only; add --apply to write these %1 cells.</source>
        <translation>這僅是預覽；加上 --apply 即可寫入這 %1 個儲存格。</translation>
    </message>
    <message>
        <source>the fit was not applied: %1</source>
        <translation>未套用擬合結果：%1</translation>
    </message>
    <message>
        <source>applied: %1 units cells of scenario %2.</source>
        <translation>已套用：情境 %2 的 %1 個出貨量儲存格。</translation>
    </message>
    <message>
        <source>reported_value row %1, %2: %3</source>
        <translation>reported_value 第 %1 列，%2：%3</translation>
    </message>
    <message>
        <source>The assumption: %1. A die kind of a package takes units and the CoWoS fields from its package.</source>
        <translation>假設欄位：%1。封裝內的晶粒類型沿用其封裝的出貨量與 CoWoS 欄位。</translation>
    </message>
    <message>
        <source>The new &lt;value&gt;. yield_model: poisson, murphy, seeds or negative_binomial; packaging: cowos or none (no CoWoS wafers); harvest_fraction: the share of defective dies sold as a lower bin, 0 to 1; packages_per_cowos_wafer: a published figure, or none to clear it and use the interposer area again.</source>
        <translation>新的值 &lt;value&gt;。yield_model：poisson、murphy、seeds 或 negative_binomial；packaging：cowos 或 none（不使用 CoWoS 晶圓）；harvest_fraction：瑕疵晶粒降規為較低等級出售的比例，0 到 1；packages_per_cowos_wafer：已公布的數值，或以 none 清除並改回使用中介層面積。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a packaging; use cowos or none (a package without CoWoS).</source>
        <translation>「%1」不是有效的封裝方式；請使用 cowos 或 none（不採用 CoWoS 的封裝）。</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>廠商 %1</translation>
    </message>
    <message>
        <source>%1: the model does not produce this metric.</source>
        <translation>%1：模型不會產生此指標。</translation>
    </message>
    <message>
        <source>%1: the scenario has no such vendor.</source>
        <translation>%1：情境中沒有此廠商。</translation>
    </message>
    <message>
        <source>%1: the published value is not a number.</source>
        <translation>%1：已公布值不是數字。</translation>
    </message>
    <message>
        <source>%1: a share is fitted only for a vendor&apos;s total.</source>
        <translation>%1：占比僅能針對廠商總計進行擬合。</translation>
    </message>
    <message>
        <source>%1: a volume of zero or less has no residual in percent.</source>
        <translation>%1：數量為零或負值時，無法計算百分比殘差。</translation>
    </message>
    <message>
        <source>%1: the scope names no programs.</source>
        <translation>%1：此範圍未指定任何產品線。</translation>
    </message>
    <message>
        <source>%1: none of the scope&apos;s programs is in the scenario.</source>
        <translation>%1：此範圍的產品線均不在情境中。</translation>
    </message>
    <message>
        <source>%1: the scenario has no forecast for this year.</source>
        <translation>%1：情境中沒有此年份的預測。</translation>
    </message>
    <message>
        <source>no published figure of this vintage for %1 can be compared with the model.</source>
        <translation>此版次中沒有 %1 年的已公布數據可與模型比較。</translation>
    </message>
    <message>
        <source>no published figure of this vintage can be compared with the model.</source>
        <translation>此版次中沒有可與模型比較的已公布數據。</translation>
    </message>
    <message>
        <source>no change of units lowers the weighted cost (%1), so the fit proposes nothing.</source>
        <translation>任何出貨量變更都無法降低加權成本（%1），因此擬合未提出任何變更。</translation>
    </message>
    <message>
        <source>packages per CoWoS wafer</source>
        <translation>每片 CoWoS 晶圓封裝數</translation>
    </message>
    <message>
        <source>packaging</source>
        <translation>封裝方式</translation>
    </message>
    <message>
        <source>harvest fraction</source>
        <translation>降規回收比例</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a die role; use compute or io</source>
        <translation>「%1」不是有效的晶粒角色；請使用 compute 或 io</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of ids separated by &apos;;&apos; (such as 8;9): &apos;%2&apos; is not an id</source>
        <translation>「%1」不是以「;」分隔的 ID 清單（例如 8;9）：「%2」不是 ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lists id %2 twice</source>
        <translation>「%1」重複列出 ID %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of title: write title (the publication&apos;s own title) or description (a description standing in for one)</source>
        <translation>「%1」不是有效的標題類型：請填寫 title（刊物本身的標題）或 description（代替標題的描述）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date precision: write day, month, year or unknown</source>
        <translation>「%1」不是有效的日期精確度：請填寫 day、month、year 或 unknown</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or leave it empty when the date is unknown</source>
        <translation>「%1」不是日期：請填寫 YYYY-MM-DD、YYYY-MM 或 YYYY；日期不明時請留空</translation>
    </message>
    <message>
        <source>a date precision needs the date it describes: add a published_on column</source>
        <translation>日期精確度需要其所描述的日期：請新增 published_on 欄</translation>
    </message>
    <message>
        <source>Width of the chart&apos;s layout in pixels at 96 dpi (default: 1200).</source>
        <translation>圖表版面的寬度，以 96 dpi 下的像素計（預設：1200）。</translation>
    </message>
    <message>
        <source>Height of the chart&apos;s layout in pixels at 96 dpi (default: 800).</source>
        <translation>圖表版面的高度，以 96 dpi 下的像素計（預設：800）。</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 24 to 1200 (default: 96): the same layout with dpi/96 times the pixels each way, so --dpi 300 makes a 1200×800 chart 3750×2500 pixels. SVG and PDF are vectors and ignore it.</source>
        <translation>PNG 的解析度，24 到 1200（預設：96）：版面不變，長寬各為 dpi/96 倍的像素，因此 --dpi 300 會使 1200×800 的圖表成為 3750×2500 像素。SVG 與 PDF 為向量格式，會忽略此選項。</translation>
    </message>
    <message>
        <source>Kept for older scripts: every vendor is drawn on its own.</source>
        <translation>為相容舊版指令碼而保留：每家廠商都會個別繪製。</translation>
    </message>
    <message>
        <source>--dpi must be a number from 24 to 1200, not &apos;%1&apos;</source>
        <translation>--dpi 必須是 24 到 1200 之間的數字，而非「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s), nothing was imported:
  %3</source>
        <translation>
            <numerusform>%1（%2）：%n 個問題，未匯入任何資料：
  %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s) for %3 checked, no problems; nothing was written (dry run)</source>
        <translation>
            <numerusform>%1（%2）：已檢查要匯入 %3 的 %n 列，沒有問題；未寫入任何資料（試執行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1 from %2 (%3)</source>
        <translation>
            <numerusform>已從 %2（%3）匯入 %n 列至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the analyst report as a PDF or an OpenDocument text, or prints it on a print queue. No display is needed.</source>
        <translation>將分析師報告寫成 PDF 或 OpenDocument 文字文件，或送至列印佇列列印。不需要顯示器。</translation>
    </message>
    <message>
        <source>The &lt;file&gt; to write: .pdf, or .odt for an OpenDocument text.</source>
        <translation>要寫入的檔案 &lt;file&gt;：.pdf，或 .odt（OpenDocument 文字文件）。</translation>
    </message>
    <message>
        <source>The report&apos;s scenario &lt;name&gt; (default: Base); repeat it to add the scenarios to compare with the reference.</source>
        <translation>報告的情境 &lt;name&gt;（預設：Base）；可重複指定，以加入要與參考情境比較的情境。</translation>
    </message>
    <message>
        <source>The scenario &lt;name&gt; the others are compared with (default: the root scenario).</source>
        <translation>供其他情境比較的參考情境 &lt;name&gt;（預設：根情境）。</translation>
    </message>
    <message>
        <source>report needs either --out FILE.pdf (or .odt) or --print QUEUE</source>
        <translation>report 需要 --out FILE.pdf（或 .odt）或 --print QUEUE</translation>
    </message>
    <message>
        <source>--out must name a .pdf or an .odt (OpenDocument text) file, not &apos;%1&apos;</source>
        <translation>--out 必須指定 .pdf 或 .odt（OpenDocument 文字文件）檔案，而非「%1」</translation>
    </message>
    <message>
        <source>%1: there is no scenario named &apos;%2&apos; (scenarios: %3)</source>
        <translation>%1：沒有名為「%2」的情境（情境：%3）</translation>
    </message>
    <message numerus="yes">
        <source>scenario %1 takes %n name(s)</source>
        <translation>
            <numerusform>scenario %1 需要 %n 個名稱</numerusform>
        </translation>
    </message>
    <message>
        <source>printed %1 pages on %2</source>
        <translation>已在 %2 列印 %1 頁</translation>
    </message>
    <message>
        <source>sent %1 pages to %2; the print service is still working on them</source>
        <translation>已將 %1 頁送至 %2；列印服務仍在處理中</translation>
    </message>
    <message>
        <source>With --format csv --out: no UTF-8 byte order mark at the start of the file. By default the file begins with one, so that Excel reads its Chinese text as UTF-8; standard output never has one.</source>
        <translation>搭配 --format csv --out 時：檔案開頭不加 UTF-8 位元組順序標記（BOM）。預設情況下檔案開頭會有此標記，讓 Excel 以 UTF-8 讀取其中的中文文字；標準輸出一律不含此標記。</translation>
    </message>
    <message>
        <source>%1 has no scenario named &apos;%2&apos; (it has: %3)</source>
        <translation>%1 中沒有名為 &apos;%2&apos; 的情境（現有：%3）</translation>
    </message>
    <message>
        <source>--year: the impact compares %3 with %2, and scenario %1 lacks one of them (it has: %4)</source>
        <translation>--year：影響是比較 %3 年與 %2 年，而情境 %1 缺少其中一年（現有：%4）</translation>
    </message>
    <message>
        <source>GraphML: the scenario &lt;name&gt; whose impact the companies carry (default: Base).</source>
        <translation>GraphML：各公司所附影響值採用的情境 &lt;name&gt;（預設：Base）。</translation>
    </message>
    <message>
        <source>GraphML: the &lt;year&gt; of that impact, against the year before (default: 2026).</source>
        <translation>GraphML：該影響值的年份 &lt;year&gt;，與前一年相比（預設：2026）。</translation>
    </message>
    <message>
        <source>the GraphML carries no impact: %1</source>
        <translation>GraphML 未包含影響值：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …; CSV keeps them whole.</source>
        <translation>
            <numerusform>有 %n 段文字超過 Excel 單一儲存格 %1 個字元的上限，已截斷至上限並以 … 結尾；CSV 則保留完整內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports a table of the workbook as CSV in the columns `import` reads, or a computed result (shares, programs, sensitivity, ranking, calibration); with --all, the whole workbook as JSON. With --out FILE.xlsx, an Excel workbook instead: numbers as numbers, one sheet, or with --all one sheet per table and per result of the scenario and year and a sheet of the sources. A CSV file written with --out begins with a UTF-8 byte order mark, so that Excel shows Chinese text rightly (--no-bom leaves it out); standard output never has one, for scripts. What: %1.</source>
        <translation>將工作簿的資料表匯出為 CSV（欄位與 `import` 讀取的相同），或匯出計算結果（shares、programs、sensitivity、ranking、calibration）；使用 --all 時，將整個工作簿匯出為 JSON。使用 --out FILE.xlsx 時，改為匯出 Excel 活頁簿：數字以數值儲存，只有一個工作表；若使用 --all，則每個資料表、該情境與年份的每項結果各占一個工作表，另加一個來源工作表。以 --out 寫入的 CSV 檔案開頭會有 UTF-8 位元組順序標記（BOM），讓 Excel 正確顯示中文文字（--no-bom 可省略此標記）；為方便指令碼處理，標準輸出一律不含此標記。可匯出項目：%1。</translation>
    </message>
    <message>
        <source>The whole workbook: JSON, or Excel when --out ends in .xlsx.</source>
        <translation>整個工作簿：JSON 格式；若 --out 以 .xlsx 結尾則為 Excel。</translation>
    </message>
    <message>
        <source>No UTF-8 byte order mark at the start of a CSV file.</source>
        <translation>CSV 檔案開頭不加 UTF-8 位元組順序標記（BOM）。</translation>
    </message>
    <message>
        <source>--year does not apply to %1</source>
        <translation>--year 不適用於 %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；未匯入任何資料</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), nothing was imported:
  %2</source>
        <translation>
            <numerusform>%1：%n 個問題，未匯入任何資料：
  %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) checked, no problems; nothing was written (dry run)</source>
        <translation>
            <numerusform>%1：已檢查 %n 項變更，沒有問題；未寫入任何資料（試執行）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no changes; nothing was written</source>
        <translation>%1：沒有變更；未寫入任何資料</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from %1</source>
        <translation>
            <numerusform>已從 %1 匯入 %n 項變更</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the supply chain&apos;s companies and relations from a GraphML &lt;file&gt;.</source>
        <translation>從 GraphML 檔案 &lt;file&gt; 匯入供應鏈的公司與關係。</translation>
    </message>
    <message>
        <source>import --graphml FILE takes no table and no other file</source>
        <translation>import --graphml FILE 不接受資料表，也不接受其他檔案</translation>
    </message>
    <message>
        <source>cannot read the results&apos; status of %1: %2</source>
        <translation>無法讀取 %1 的結果狀態：%2</translation>
    </message>
    <message>
        <source>results: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>computed at: %1 by WaferShare %2</source>
        <translation>計算時間：%1，由 WaferShare %2 計算</translation>
    </message>
    <message>
        <source>data version of the results: %1; of the workbook: %2</source>
        <translation>結果的資料版本：%1；工作簿的資料版本：%2</translation>
    </message>
    <message>
        <source>Says whether the computed results stored for SQL clients (the tables result_share and result_program) are current; with --refresh, computes every scenario and rewrites them in one transaction.</source>
        <translation>說明為 SQL 用戶端儲存的計算結果（資料表 result_share 與 result_program）是否為最新；使用 --refresh 時，會計算每個情境，並在單一交易中重寫這些結果。</translation>
    </message>
    <message>
        <source>Compute every scenario and rewrite the result tables.</source>
        <translation>計算每個情境並重寫結果資料表。</translation>
    </message>
    <message>
        <source>the results of %1 were not refreshed:
  %2</source>
        <translation>%1 的結果未更新：
  %2</translation>
    </message>
    <message>
        <source>results refreshed: %1 scenarios, %2 rows in result_share, %3 rows in result_program, data version %4, in %5 ms</source>
        <translation>已更新結果：%1 個情境，result_share 中 %2 列，result_program 中 %3 列，資料版本 %4，耗時 %5 毫秒</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight: write a number from 0 to 1</source>
        <translation>「%1」不是有效的權重：請填寫 0 到 1 之間的數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier: write one of %2</source>
        <translation>「%1」不是有效的層級：請填寫下列其中之一：%2</translation>
    </message>
    <message>
        <source>company %1 cannot supply itself</source>
        <translation>公司 %1 不能供應給自己</translation>
    </message>
    <message>
        <source>Copies a whole workbook, row for row with its ids, between a file and a PostgreSQL server (either way, or file to file) in one transaction. The target is a new file, or a server workbook set up with `wafershare server init` that holds no rows yet; --replace replaces what it holds.</source>
        <translation>在單一交易中，於檔案與 PostgreSQL 伺服器之間（任一方向皆可，或檔案對檔案）逐列複製整個工作簿，並保留其 ID。目標須為新檔案，或以 `wafershare server init` 設定且尚無任何資料列的伺服器工作簿；--replace 會取代目標現有的內容。</translation>
    </message>
    <message>
        <source>The workbook to copy: a file, or a server address (postgresql://user@host:port/dbname or a libpq key/value string).</source>
        <translation>要複製的工作簿：檔案，或伺服器位址（postgresql://user@host:port/dbname 或 libpq 鍵/值字串）。</translation>
    </message>
    <message>
        <source>Where the copy goes: a file or a server address.</source>
        <translation>副本的目的地：檔案或伺服器位址。</translation>
    </message>
    <message>
        <source>Replace a workbook that is already at the target.</source>
        <translation>取代目標中已有的工作簿。</translation>
    </message>
    <message>
        <source>copy needs --from and --to</source>
        <translation>copy 需要 --from 與 --to</translation>
    </message>
    <message>
        <source>the source and the target are the same workbook %1; nothing was changed</source>
        <translation>來源與目標是同一個工作簿 %1；未做任何變更</translation>
    </message>
    <message>
        <source>%1 cannot take the copy: %2. Nothing was changed.</source>
        <translation>%1 無法接收副本：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>未將 %1 複製到 %2：%3</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed. Copy with --replace to replace it.</source>
        <translation>%1 已存在；未做任何變更。若要取代，請加上 --replace 進行複製。</translation>
    </message>
    <message>
        <source>copied %1 rows from %2 to %3 in %4 ms</source>
        <translation>已將 %1 列從 %2 複製到 %3，耗時 %4 毫秒</translation>
    </message>
    <message>
        <source>server init ADDRESS: sets up a team workbook in an existing PostgreSQL database (createdb NAME): the schema, and the roles wafershare_analyst, who may edit, and wafershare_reader, who may only read. Run it as the database&apos;s owner; running it again grants the roles anew and leaves the rows alone.</source>
        <translation>server init ADDRESS：在現有的 PostgreSQL 資料庫（createdb NAME）中設定團隊工作簿：建立結構描述，以及角色 wafershare_analyst（可編輯）與 wafershare_reader（僅能讀取）。請以資料庫擁有者的身分執行；再次執行時會重新授予角色權限，資料列則保持不變。</translation>
    </message>
    <message>
        <source>The one action: init.</source>
        <translation>唯一的動作：init。</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/dbname, or a libpq key/value string. A password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>postgresql://user@host:port/dbname，或 libpq 鍵/值字串。密碼取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>server needs an action: init ADDRESS</source>
        <translation>server 需要指定動作：init ADDRESS</translation>
    </message>
    <message>
        <source>unknown server action &apos;%1&apos;</source>
        <translation>未知的 server 動作「%1」</translation>
    </message>
    <message>
        <source>server init needs one server address, such as postgresql://user@host:5432/dbname</source>
        <translation>server init 需要一個伺服器位址，例如 postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>%1 holds a WaferShare workbook of schema version %2.
Roles: %3 may edit, %4 may only read. Give a colleague one with
  psql -c &quot;GRANT %3 TO name&quot;
Fill it from a file with
  wafershare copy --from FILE --to %1
or open it in WaferShare, which fills it from the default data set.</source>
        <translation>%1 含有結構描述版本 %2 的 WaferShare 工作簿。
角色：%3 可編輯，%4 僅能讀取。若要授予同事其中一個角色，請執行
  psql -c &quot;GRANT %3 TO name&quot;
若要從檔案填入資料，請執行
  wafershare copy --from FILE --to %1
或在 WaferShare 中開啟，程式會以預設資料集填入。</translation>
    </message>
    <message>
        <source>your server role may only read this workbook. Nothing was changed; ask the workbook&apos;s owner for the role %1 to edit it.</source>
        <translation>您的伺服器角色只能讀取此工作簿。未做任何變更；若要編輯，請向工作簿的擁有者申請角色 %1。</translation>
    </message>
    <message>
        <source>another user was changing the same rows at the same moment. Nothing was changed; try again.</source>
        <translation>另一位使用者正同時變更相同的資料列。未做任何變更；請再試一次。</translation>
    </message>
    <message>
        <source>the server stopped the statement because it ran longer than the server allows (statement_timeout). Nothing was changed.</source>
        <translation>陳述式的執行時間超過伺服器允許的上限（statement_timeout），已遭伺服器中止。未做任何變更。</translation>
    </message>
    <message>
        <source>the connection to the server was lost. Nothing was changed; try again when the server is back.</source>
        <translation>與伺服器的連線已中斷。未做任何變更；請待伺服器恢復後再試一次。</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full. Nothing was changed.</source>
        <translation>伺服器的磁碟已滿。未做任何變更。</translation>
    </message>
    <message>
        <source>Imports a CSV file into a table of the workbook, all or nothing: every problem is listed by line and column, and then nothing is written. Tables: %1.
With --all, creates the new workbook --db from a JSON export: a new file, or a server workbook set up with `wafershare server init` that holds no rows yet.
With --graphml, imports the companies and relations of a GraphML graph (from WaferShare, Gephi, Cytoscape, yEd or networkx), all or nothing: a node is the company of its id (c12 or an id attribute), else of its name; an edge the relation of its id (r5), else of its supplier, customer and kind; the others are added. Attributes the file leaves out keep their values, and companies and relations the file does not have are kept, never removed.</source>
        <translation>將 CSV 檔案匯入工作簿的資料表，採全有或全無方式：所有問題都會依行與欄列出，且不會寫入任何資料。資料表：%1。
使用 --all 時，從 JSON 匯出檔建立新工作簿 --db：新檔案，或以 `wafershare server init` 設定、尚無任何資料列的伺服器工作簿。
使用 --graphml 時，從 GraphML 圖形（來自 WaferShare、Gephi、Cytoscape、yEd 或 networkx）匯入公司與關係，採全有或全無方式：節點依其 ID（c12 或 id 屬性）對應至公司，否則依其名稱；邊依其 ID（r5）對應至關係，否則依其供應商、客戶與類型；其餘則新增。檔案未提供的屬性保留原值，檔案中沒有的公司與關係也會保留，絕不會被移除。</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>匯入已取消，未匯入任何資料</translation>
    </message>
</context>
<context>
    <name>ws::AddRemoveCompany</name>
    <message>
        <source>Add company %1</source>
        <translation>新增公司 %1</translation>
    </message>
    <message>
        <source>Remove company %1</source>
        <translation>移除公司 %1</translation>
    </message>
</context>
<context>
    <name>ws::AddRemoveProgram</name>
    <message>
        <source>Add program %1</source>
        <translation>新增產品線 %1</translation>
    </message>
    <message>
        <source>Remove program %1</source>
        <translation>移除產品線 %1</translation>
    </message>
</context>
<context>
    <name>ws::AddRemoveRelation</name>
    <message>
        <source>Add relation %1</source>
        <translation>新增關係 %1</translation>
    </message>
    <message>
        <source>Remove relation %1</source>
        <translation>移除關係 %1</translation>
    </message>
</context>
<context>
    <name>ws::AddRemoveScenario</name>
    <message>
        <source>Create scenario %1</source>
        <translation>建立情境 %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>刪除情境 %1</translation>
    </message>
</context>
<context>
    <name>ws::AssumptionDelegate</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Keep this value?</source>
        <translation>要保留此值嗎？</translation>
    </message>
    <message>
        <source>%1 to %2%3. Type 2500000, %4, 2.5e6 or 2.5M (k, M, B).</source>
        <translation>%1 到 %2%3。可輸入 2500000、%4、2.5e6 或 2.5M（k、M、B）。</translation>
    </message>
    <message>
        <source>kept the earlier value (%1)</source>
        <translation>已保留原先的值（%1）</translation>
    </message>
</context>
<context>
    <name>ws::BenefitsModel</name>
    <message>
        <source>%1 wafers in all; %2 through %3</source>
        <translation>共 %1 片晶圓；其中 %2 經由 %3</translation>
    </message>
    <message>
        <source>Wafers&apos; worth of the vendors&apos; change reaching the company: Σ exposure × change</source>
        <translation>廠商變化所換算的晶圓量中傳遞到該公司的部分：Σ 曝險度 × 變化量</translation>
    </message>
    <message>
        <source>Σ over supply paths to the driving vendor of the product of the relations&apos; weights</source>
        <translation>Σ（沿所有通往驅動廠商的供應路徑）各關係權重的乘積</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>曝險度</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>驅動廠商</translation>
    </message>
</context>
<context>
    <name>ws::CalibrationChart</name>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>modelled = published</source>
        <translation>模型推估 = 已公布</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>已公布占比</translation>
    </message>
    <message>
        <source>Modelled share</source>
        <translation>模型推估占比</translation>
    </message>
    <message>
        <source>&lt;b&gt;Modelled against published %1 shares&lt;/b&gt;&lt;br&gt;points on the dashed line agree · %2</source>
        <translation>&lt;b&gt;模型推估與已公布 %1 占比對照&lt;/b&gt;&lt;br&gt;落在虛線上的點表示兩者一致 · %2</translation>
    </message>
    <message>
        <source>AI compute wafer</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafer</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>%1, %2: published %3, modelled %4 (%5)
Source: %6%7%8</source>
        <translation>%1，%2：已公布 %3，模型推估 %4（%5）
來源：%6%7%8</translation>
    </message>
    <message>
        <source>
Vintage: %1</source>
        <translation>
版次：%1</translation>
    </message>
    <message>
        <source>all logic wafer</source>
        <translation>所有邏輯晶圓</translation>
    </message>
</context>
<context>
    <name>ws::CalibrationModel</name>
    <message>
        <source>source %1</source>
        <translation>來源 %1</translation>
    </message>
    <message>
        <source>Compute-wafer share</source>
        <translation>運算晶圓占比</translation>
    </message>
    <message>
        <source>CoWoS share</source>
        <translation>CoWoS 占比</translation>
    </message>
    <message>
        <source>Compute wafers</source>
        <translation>運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>公開數據</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>模型推估</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>殘差</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Residual %</source>
        <translation>殘差 %</translation>
    </message>
</context>
<context>
    <name>ws::CalibrationPage</name>
    <message>
        <source>CoWoS demand of the scenario against recorded capacity</source>
        <translation>情境的 CoWoS 需求與已記錄產能對照</translation>
    </message>
    <message>
        <source>No fit — %1</source>
        <translation>未擬合 — %1</translation>
    </message>
    <message>
        <source>&amp;Fit Units to Published Figures…</source>
        <translation>依已公布數據擬合出貨量(&amp;F)…</translation>
    </message>
    <message>
        <source>Fit the units of the programs to the shares and volumes one edition of a report published. A preview shows every change and residual first; nothing changes until you apply it, and Edit ▸ Undo takes it back.</source>
        <translation>將各產品線的出貨量擬合至某份報告單一版次所公布的占比與數量。預覽會先列出每項變更與殘差；在您套用之前不會做任何變更，且可透過「編輯 ▸ 復原」撤銷。</translation>
    </message>
    <message>
        <source>Show the figures of one edition of a report, or of every edition</source>
        <translation>顯示某份報告單一版次的數據，或所有版次的數據</translation>
    </message>
    <message>
        <source>&amp;Vintage:</source>
        <translation>版次(&amp;V)：</translation>
    </message>
    <message>
        <source>Published shares (residual in percentage points)</source>
        <translation>已公布占比（殘差以百分點計）</translation>
    </message>
    <message>
        <source>Published volumes: wafers and units of a vendor, of all vendors or of named programs</source>
        <translation>已公布數量：單一廠商、所有廠商或指定產品線的晶圓數與出貨量</translation>
    </message>
    <message>
        <source>Units of %1 fitted to %2: weighted cost %3 → %4. Edit ▸ Undo takes the fit back.</source>
        <translation>已將情境 %1 的出貨量擬合至 %2：加權成本 %3 → %4。使用「編輯 ▸ 復原」即可撤銷此次擬合。</translation>
    </message>
    <message>
        <source>the figures without a vintage</source>
        <translation>未標示版次的數據</translation>
    </message>
    <message>
        <source>All vintages</source>
        <translation>所有版次</translation>
    </message>
</context>
<context>
    <name>ws::CapacityChart</name>
    <message>
        <source>%1: CoWoS demand %2 wafers, capacity %3 wafers</source>
        <translation>%1：CoWoS 需求 %2 片晶圓，產能 %3 片晶圓</translation>
    </message>
    <message>
        <source> (%1 used)
Capacity: %2</source>
        <translation> （使用率 %1）
產能：%2</translation>
    </message>
    <message>
        <source>Capacity on record</source>
        <translation>已記錄產能</translation>
    </message>
    <message>
        <source>CoWoS wafers per year</source>
        <translation>每年 CoWoS 晶圓數</translation>
    </message>
    <message>
        <source>&lt;b&gt;CoWoS demand against capacity&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;CoWoS 需求與產能對照&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;CoWoS demand against capacity&lt;/b&gt;&lt;br&gt;%1 · demand exceeds capacity in %2</source>
        <translation>&lt;b&gt;CoWoS 需求與產能對照&lt;/b&gt;&lt;br&gt;%1 · 需求超過產能的年份：%2</translation>
    </message>
</context>
<context>
    <name>ws::CapacityModel</name>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Demand (wafers)</source>
        <translation>需求（晶圓）</translation>
    </message>
    <message>
        <source>Capacity (wafers)</source>
        <translation>產能（晶圓）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>ws::CellDetailsPanel</name>
    <message>
        <source>Cell details</source>
        <translation>儲存格詳細資訊</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cell of the Forecast grid to see where its number comes from: the scenario that stores it, its source, its note and its changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在「預測」表格中選取一個儲存格，即可查看其數字的出處：儲存它的情境、來源、備註及變更紀錄。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 (%2), %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1（%2），%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1：&lt;/b&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computed from the inputs: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;由輸入值計算而得：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scenario stores this cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;沒有情境儲存此儲存格。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stored by scenario %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;由情境 %1 儲存。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inherited: scenario %1 stores it; %2 does not override it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;繼承而來：由情境 %1 儲存；%2 未覆寫此值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;來源：&lt;/b&gt;%1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; none cited (right-click the cell ▸ Cite Source…)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;來源：&lt;/b&gt;未引用（在儲存格上按右鍵 ▸ 引用來源…）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;備註：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changes&lt;/h4&gt;&lt;p&gt;None since the workbook was made.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;變更紀錄&lt;/h4&gt;&lt;p&gt;自建立工作簿以來沒有變更。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1, %2 (%3): %4 → %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1，%2（%3）：%4 → %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changes&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;變更紀錄&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ws::ChangeCompany</name>
    <message>
        <source>Edit company %1</source>
        <translation>編輯公司 %1</translation>
    </message>
</context>
<context>
    <name>ws::ChangeFeed</name>
    <message>
        <source>the server does not answer</source>
        <translation>伺服器沒有回應</translation>
    </message>
</context>
<context>
    <name>ws::ChangeRelation</name>
    <message>
        <source>Edit relation %1</source>
        <translation>編輯關係 %1</translation>
    </message>
</context>
<context>
    <name>ws::ChangeSource</name>
    <message>
        <source>Add source %1</source>
        <translation>新增來源 %1</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>移除來源 %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>編輯來源 %1</translation>
    </message>
</context>
<context>
    <name>ws::ChartExporter</name>
    <message>
        <source>Cannot export to “%1”: the file name must end in .png, .svg or .pdf.</source>
        <translation>無法匯出至「%1」：檔名必須以 .png、.svg 或 .pdf 結尾。</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>沒有可匯出的圖表。</translation>
    </message>
    <message>
        <source>Cannot export a chart of %1 × %2 pixels at %3 dpi.</source>
        <translation>無法以 %3 dpi 匯出 %1 × %2 像素的圖表。</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>SVG 寫入器無法啟動</translation>
    </message>
    <message>
        <source>the PDF writer refused a page of %1 × %2 points</source>
        <translation>PDF 寫入器拒絕了 %1 × %2 點的頁面</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF 寫入器無法啟動</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written.</source>
        <translation>無法寫入「%1」：%2。未寫入任何資料。</translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels at %3 dpi would be a PNG of %4 × %5 pixels, more than the %6 pixels (and %7 on a side) a PNG may have here. Choose a smaller size or resolution.</source>
        <translation>以 %3 dpi 輸出 %1 × %2 像素的圖表，會產生 %4 × %5 像素的 PNG，超過此處 PNG 允許的 %6 像素（單邊上限 %7）。請選擇較小的尺寸或解析度。</translation>
    </message>
    <message>
        <source>the SVG writer could not finish</source>
        <translation>SVG 寫入器無法完成</translation>
    </message>
</context>
<context>
    <name>ws::ChartModels</name>
    <message>
        <source>Scenario %1 · published figures up to %2 · %3</source>
        <translation>情境 %1 · 已公布數據截至 %2 · %3</translation>
    </message>
</context>
<context>
    <name>ws::ChartType</name>
    <message>
        <source>Share over years</source>
        <translation>歷年占比</translation>
    </message>
    <message>
        <source>Wafer volumes</source>
        <translation>晶圓量</translation>
    </message>
    <message>
        <source>Share in one year</source>
        <translation>單一年度占比</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>情境比較</translation>
    </message>
    <message>
        <source>CoWoS demand and capacity</source>
        <translation>CoWoS 需求與產能</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>敏感度（龍捲風圖）</translation>
    </message>
    <message>
        <source>Modelled against published</source>
        <translation>模型推估與已公布數據對照</translation>
    </message>
</context>
<context>
    <name>ws::ChartsPage</name>
    <message>
        <source>&lt;b&gt;Chart&lt;/b&gt;</source>
        <translation>&lt;b&gt;圖表&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Wafers, not shares</source>
        <translation>顯示晶圓數而非占比(&amp;W)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Y&amp;ear shown:</source>
        <translation>顯示年份(&amp;E)：</translation>
    </message>
    <message>
        <source>Tornado &amp;vendor:</source>
        <translation>龍捲風圖廠商(&amp;V)：</translation>
    </message>
    <message>
        <source>Tornado &amp;step:</source>
        <translation>龍捲風圖變動幅度(&amp;S)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios compared&lt;/b&gt;</source>
        <translation>&lt;b&gt;比較的情境&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick the scenarios the comparison shows; none ticked: the root scenario and the current one</source>
        <translation>勾選要在比較中顯示的情境；若未勾選任何情境，則顯示根情境與目前情境</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vendors shown&lt;/b&gt;</source>
        <translation>&lt;b&gt;顯示的廠商&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>The chart was not exported: %1</source>
        <translation>圖表未匯出：%1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>結束年份</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>比較的情境</translation>
    </message>
    <message>
        <source>Vendors shown</source>
        <translation>顯示的廠商</translation>
    </message>
    <message>
        <source>All logic wafers (I/O dies included)</source>
        <translation>所有邏輯晶圓（含 I/O 晶粒）</translation>
    </message>
    <message>
        <source>Count unticked vendors in &amp;Others</source>
        <translation>將未勾選的廠商計入「其他」(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ws::CommandLine</name>
    <message>
        <source>Run &apos;wafershare help&apos; for the commands and their options.</source>
        <translation>執行 &apos;wafershare help&apos; 以查看所有命令及其選項。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>非預期的引數 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no scenario named &apos;%2&apos; (it has: %3)</source>
        <translation>%1 中沒有名為 &apos;%2&apos; 的情境（現有：%3）</translation>
    </message>
    <message>
        <source>scenario %1 cannot be computed:
  %2</source>
        <translation>無法計算情境 %1：
  %2</translation>
    </message>
    <message>
        <source>--%1 must be a year such as 2026, not &apos;%2&apos;</source>
        <translation>--%1 必須是年份（例如 2026），而非 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv 或 json（預設：csv）。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format 必須是 csv 或 json，而非 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知的命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compute_wafers (the accelerators&apos; leading-edge compute dies), all_logic_wafers (every die, I/O dies included) or cowos_wafers (default: compute_wafers).</source>
        <translation>compute_wafers（加速器的先進製程運算晶粒）、all_logic_wafers（所有晶粒，含 I/O 晶粒）或 cowos_wafers（預設：compute_wafers）。</translation>
    </message>
    <message>
        <source>--metric must be one of %1, not &apos;%2&apos;</source>
        <translation>--metric 必須是 %1 其中之一，而非 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The workbook &lt;file&gt;; created from the default data set when it does not exist. A PostgreSQL server address (postgresql://user@host:port/dbname) opens a team workbook. Default: the app&apos;s own workbook.</source>
        <translation>工作簿檔案 &lt;file&gt;；若不存在，則以預設資料集建立。若指定 PostgreSQL 伺服器位址（postgresql://user@host:port/dbname），則開啟團隊工作簿。預設：應用程式本身的工作簿。</translation>
    </message>
    <message>
        <source>Usage:
  wafershare [FILE | --db FILE] [--page NAME] [--scenario NAME] [--palette P]
                                         open the desktop application
  wafershare shares [--db FILE] [--scenario NAME] [--year Y]
                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                    [--by vendor|program] [--format csv|json]
                                         print modelled wafers and shares
  wafershare sensitivity [--db FILE] [--scenario NAME] [--vendor V] [--year Y]
                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                    [--step PCT]
                    [--format csv|json]
                                         how far each input moves a share
  wafershare calibration [--db FILE] [--scenario S] [--vintage V]
                    [--format csv|json|table] [--out FILE] [--no-bom]
                                         published figures beside the modelled ones
  wafershare check [--db FILE]           check a workbook and count its rows
  wafershare results [--refresh] [--db FILE]
                                         whether the results stored for SQL clients
                                         are current; --refresh computes them again
  wafershare set [--db FILE] [--scenario S] --program P --year Y --field F
                 --value V               change one assumption (validated)
  wafershare scenario list|new NAME [--from S]|rename OLD NEW|delete NAME
                 [--db FILE]             list, add, rename or delete scenarios
  wafershare chart --type share|volume|donut|scenarios|capacity|tornado|calibration
                   --out FILE.png|.svg|.pdf [--scenario S ...] [--metric M]
                   [--year Y] [--width W --height H] [--dpi D] [--db FILE]
                   [--absolute] [--vendor V] [--palette light|dark]
                                         draw a chart of the forecast
  wafershare graph --out FILE.png|.svg|.pdf|.graphml [--db FILE]
                   [--layout layered|force] [--focus COMPANY] [--scale S]
                   [--scenario S] [--year Y]
                                         draw the supply chain, or write GraphML
  wafershare benefits [--db FILE] [--scenario S] [--year Y] [--vendor V]
                      [--against yoy|base]
                      [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                      [--depth N] [--format csv|json]
                                         rank the companies the vendors&apos; growth reaches
  wafershare report --out FILE.pdf|.odt | --print QUEUE [--db FILE]
                    [--scenario S ...] [--reference S] [--year Y]
                    [--sections LIST] [--title T] [--author A]
                    [--page-size A4|Letter] [--landscape]
                                         write or print the analyst report
  wafershare import TABLE FILE.csv [--db FILE] [--scenario S] [--dry-run]
                    [--encoding E] [--delimiter D] [--header yes|no]
                                         import a CSV file, all or nothing
  wafershare import --all FILE.json --db NEW_FILE
                                         a new workbook from a JSON export
  wafershare import --graphml FILE [--db FILE] [--dry-run]
                                         the supply chain from a GraphML file
  wafershare export TABLE|shares|programs|sensitivity|ranking|calibration
                    [--out FILE.csv|.xlsx] [--db FILE] [--scenario S] [--year Y]
                    [--no-bom]           a table or a result as CSV or Excel
  wafershare export --all --out FILE.json|.xlsx [--scenario S] [--year Y]
                                         the whole workbook as JSON or Excel
  wafershare calibration fit --vintage V [--year Y] [--db FILE] [--scenario S]
                    [--apply]            preview (CSV) a fit of units to one
                                         vintage&apos;s figures; write it with --apply
  wafershare copy --from WORKBOOK --to WORKBOOK [--replace]
                                         copy a workbook between a file and a
                                         PostgreSQL server, all or nothing
  wafershare server init ADDRESS         set up a team workbook on a PostgreSQL
                                         server, with its analyst and reader roles
  wafershare COMMAND --help              the options of one command
A workbook (--db, FILE) may be a PostgreSQL server address:
  postgresql://user@host:port/dbname, or a libpq key/value string.
Exit codes: 0 success, 1 usage error, 2 bad data or a refused file.
</source>
        <translation>用法：
  wafershare [FILE | --db FILE] [--page NAME] [--scenario NAME] [--palette P]
                                         開啟桌面應用程式
  wafershare shares [--db FILE] [--scenario NAME] [--year Y]
                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                    [--by vendor|program] [--format csv|json]
                                         列出模型推估的晶圓數與占比
  wafershare sensitivity [--db FILE] [--scenario NAME] [--vendor V] [--year Y]
                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                    [--step PCT]
                    [--format csv|json]
                                         每項輸入使占比變動的幅度
  wafershare calibration [--db FILE] [--scenario S] [--vintage V]
                    [--format csv|json|table] [--out FILE] [--no-bom]
                                         已公布數據與模型推估值並列
  wafershare check [--db FILE]           檢查工作簿並計算其列數
  wafershare results [--refresh] [--db FILE]
                                         為 SQL 用戶端儲存的結果是否為最新；
                                         --refresh 會重新計算這些結果
  wafershare set [--db FILE] [--scenario S] --program P --year Y --field F
                 --value V               變更一項假設（經過驗證）
  wafershare scenario list|new NAME [--from S]|rename OLD NEW|delete NAME
                 [--db FILE]             列出、新增、重新命名或刪除情境
  wafershare chart --type share|volume|donut|scenarios|capacity|tornado|calibration
                   --out FILE.png|.svg|.pdf [--scenario S ...] [--metric M]
                   [--year Y] [--width W --height H] [--dpi D] [--db FILE]
                   [--absolute] [--vendor V] [--palette light|dark]
                                         繪製預測圖表
  wafershare graph --out FILE.png|.svg|.pdf|.graphml [--db FILE]
                   [--layout layered|force] [--focus COMPANY] [--scale S]
                   [--scenario S] [--year Y]
                                         繪製供應鏈圖，或寫出 GraphML
  wafershare benefits [--db FILE] [--scenario S] [--year Y] [--vendor V]
                      [--against yoy|base]
                      [--metric compute_wafers|all_logic_wafers|cowos_wafers]
                      [--depth N] [--format csv|json]
                                         依廠商成長所傳遞到的程度為公司排名
  wafershare report --out FILE.pdf|.odt | --print QUEUE [--db FILE]
                    [--scenario S ...] [--reference S] [--year Y]
                    [--sections LIST] [--title T] [--author A]
                    [--page-size A4|Letter] [--landscape]
                                         寫出或列印分析師報告
  wafershare import TABLE FILE.csv [--db FILE] [--scenario S] [--dry-run]
                    [--encoding E] [--delimiter D] [--header yes|no]
                                         匯入 CSV 檔案，採全有或全無方式
  wafershare import --all FILE.json --db NEW_FILE
                                         從 JSON 匯出檔建立新工作簿
  wafershare import --graphml FILE [--db FILE] [--dry-run]
                                         從 GraphML 檔案匯入供應鏈
  wafershare export TABLE|shares|programs|sensitivity|ranking|calibration
                    [--out FILE.csv|.xlsx] [--db FILE] [--scenario S] [--year Y]
                    [--no-bom]           將資料表或結果匯出為 CSV 或 Excel
  wafershare export --all --out FILE.json|.xlsx [--scenario S] [--year Y]
                                         將整個工作簿匯出為 JSON 或 Excel
  wafershare calibration fit --vintage V [--year Y] [--db FILE] [--scenario S]
                    [--apply]            預覽（CSV）將出貨量擬合至單一版次
                                         數據的結果；以 --apply 寫入
  wafershare copy --from WORKBOOK --to WORKBOOK [--replace]
                                         在檔案與 PostgreSQL 伺服器之間複製
                                         工作簿，採全有或全無方式
  wafershare server init ADDRESS         在 PostgreSQL 伺服器上設定團隊工作簿，
                                         並建立其分析師與讀者角色
  wafershare COMMAND --help              單一命令的選項
工作簿（--db、FILE）可以是 PostgreSQL 伺服器位址：
  postgresql://user@host:port/dbname，或 libpq 鍵/值字串。
結束代碼：0 成功，1 用法錯誤，2 資料有誤或檔案遭拒。
</translation>
    </message>
</context>
<context>
    <name>ws::CompanyModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ws::CsvImporter</name>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>已匯入 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1；未匯入任何資料</translation>
    </message>
</context>
<context>
    <name>ws::CsvTable</name>
    <message>
        <source>line %1: a quote inside an unquoted field; quote the whole field and double the inner quotes</source>
        <translation>第 %1 行：未加引號的欄位中含有引號；請以引號括住整個欄位，並將欄位內的引號重複兩次</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>第 %1 行：欄位的結尾引號之後還有文字</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：加引號的欄位缺少結尾引號</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>檔案是空的；第一行必須列出欄名</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
</context>
<context>
    <name>ws::Database</name>
    <message>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>%1 第 %2 列參照了 %3 中不存在的列</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; on Debian install the package libqt6sql6-sqlite.</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式（QSQLITE）；在 Debian 上請安裝 libqt6sql6-sqlite 套件。</translation>
    </message>
    <message>
        <source>%1 is empty and cannot be replaced by a new workbook.</source>
        <translation>%1 是空的，無法以新工作簿取代。</translation>
    </message>
    <message>
        <source>it was written by an older WaferShare and needs an upgrade, which a read-only file cannot take; make it writable or open a copy</source>
        <translation>此檔案由較舊版的 WaferShare 寫入，需要升級，但唯讀檔案無法升級；請將檔案設為可寫入，或開啟其副本</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>無法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; a new workbook needs a new file name. The file was left unchanged.</source>
        <translation>%1 已存在；新工作簿需要新的檔名。檔案未做任何變更。</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for a new workbook.</source>
        <translation>無法為新工作簿建立資料夾 %1。</translation>
    </message>
    <message>
        <source>cannot move the new workbook into place</source>
        <translation>無法將新工作簿移至目標位置</translation>
    </message>
    <message>
        <source>cannot create a new workbook at %1: %2</source>
        <translation>無法在 %1 建立新工作簿：%2</translation>
    </message>
    <message>
        <source>the result would not be a WaferShare workbook</source>
        <translation>重播後的結果將不是 WaferShare 工作簿</translation>
    </message>
    <message>
        <source>the result would have schema version %1</source>
        <translation>重播後的結構描述版本將為 %1</translation>
    </message>
    <message>
        <source>no memory to check the log</source>
        <translation>記憶體不足，無法檢查記錄檔</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是一般檔案</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>無法讀取此檔案</translation>
    </message>
    <message>
        <source>the workbook cannot be read</source>
        <translation>無法讀取工作簿</translation>
    </message>
    <message>
        <source>the workbook is not in WAL mode, so no log of its own can exist</source>
        <translation>工作簿並非處於 WAL 模式，因此不可能有屬於它的記錄檔</translation>
    </message>
    <message>
        <source>the log&apos;s pages are %1 bytes, the workbook&apos;s %2</source>
        <translation>記錄檔的頁面大小為 %1 位元組，工作簿則為 %2</translation>
    </message>
    <message>
        <source>it claims %1 pages, more than the workbook and the log hold</source>
        <translation>它宣稱有 %1 頁，多於工作簿與記錄檔實際所含的頁數</translation>
    </message>
    <message>
        <source>replaying it would leave: %1</source>
        <translation>重播此記錄檔將導致：%1</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>檔案為唯讀</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written, so SQLite cannot keep its journal beside it</source>
        <translation>其所在資料夾 %1 無法寫入，因此 SQLite 無法在檔案旁保存其日誌檔</translation>
    </message>
    <message>
        <source>%1 was not opened: the log %2 beside it does not belong to it (%3). SQLite would replay it into the workbook. Both files were left unchanged; move %2 out of this folder and open the workbook again.</source>
        <translation>未開啟 %1：旁邊的記錄檔 %2 不屬於此工作簿（%3）。SQLite 會將其重播至工作簿中。兩個檔案皆未做任何變更；請將 %2 移出此資料夾，然後再次開啟工作簿。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder cannot be written, so SQLite cannot create the -wal and -shm files it keeps beside the workbook. The workbook is not damaged and was left unchanged; copy it to a folder you can write, or make this folder writable.</source>
        <translation>無法開啟 %1：其所在資料夾無法寫入，因此 SQLite 無法在工作簿旁建立其所需的 -wal 與 -shm 檔案。工作簿並未損壞，也未做任何變更；請將其複製到您可寫入的資料夾，或將此資料夾設為可寫入。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk that holds it is full, so SQLite cannot create the -wal and -shm files it keeps beside the workbook. The workbook is not damaged and was left unchanged; free some space on that disk and open it again.</source>
        <translation>無法開啟 %1：存放它的磁碟已滿，因此 SQLite 無法在工作簿旁建立其所需的 -wal 與 -shm 檔案。工作簿並未損壞，也未做任何變更；請在該磁碟上釋出一些空間，然後再次開啟。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It was left unchanged.</source>
        <translation>無法開啟 %1：%2。檔案未做任何變更。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity_check reports %2. It was left unchanged; restore it from a backup.</source>
        <translation>%1 已損壞：SQLite 的 integrity_check 回報 %2。檔案未做任何變更；請從備份還原。</translation>
    </message>
    <message>
        <source>%1 was not opened: its schema is not the one WaferShare creates, and objects someone else added could change or delete rows when it is edited:
  %2
It was left unchanged. Remove or restore these objects with the sqlite3 shell (for example DROP TRIGGER name), or open a backup.</source>
        <translation>未開啟 %1：其結構描述與 WaferShare 建立的不同，而他人新增的物件可能在編輯時變更或刪除資料列：
  %2
檔案未做任何變更。請使用 sqlite3 shell 移除或還原這些物件（例如 DROP TRIGGER name），或開啟備份。</translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation>無法將副本移至目標位置</translation>
    </message>
    <message>
        <source>there is no workbook %1 to copy</source>
        <translation>沒有可複製的工作簿 %1</translation>
    </message>
    <message>
        <source>your server role %1 may only read it</source>
        <translation>您的伺服器角色 %1 只能讀取此工作簿</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動程式（QPSQL）；在 Debian 上請安裝 libqt6sql6-psql 套件。</translation>
    </message>
    <message>
        <source>cannot connect to the workbook server %1: %2</source>
        <translation>無法連線至工作簿伺服器 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no WaferShare workbook yet. Set it up once with: wafershare server init %1</source>
        <translation>%1 尚未含有 WaferShare 工作簿。請先執行一次以下命令進行設定：wafershare server init %1</translation>
    </message>
    <message>
        <source>%1 is not a WaferShare workbook: it holds tables without WaferShare&apos;s application id in its setting table. It was left unchanged.</source>
        <translation>%1 不是 WaferShare 工作簿：其中含有資料表，但其 setting 資料表中沒有 WaferShare 的應用程式 ID。資料庫未做任何變更。</translation>
    </message>
    <message>
        <source>%1 was written by a newer WaferShare (schema version %2; this program reads up to %3). It was left unchanged.</source>
        <translation>%1 由較新版的 WaferShare 寫入（結構描述版本 %2；本程式最高只能讀取版本 %3）。資料庫未做任何變更。</translation>
    </message>
    <message>
        <source>%1 has schema version %2, which this program does not upgrade on a server. It was left unchanged.</source>
        <translation>%1 的結構描述版本為 %2，本程式不會在伺服器上升級此版本。資料庫未做任何變更。</translation>
    </message>
    <message>
        <source>%1 was not opened: its schema is not the one WaferShare creates, and objects someone else added could change or delete rows when it is edited:
  %2
It was left unchanged. Remove these objects with psql (for example DROP TRIGGER name ON table).</source>
        <translation>未開啟 %1：其結構描述與 WaferShare 建立的不同，而他人新增的物件可能在編輯時變更或刪除資料列：
  %2
資料庫未做任何變更。請使用 psql 移除這些物件（例如 DROP TRIGGER name ON table）。</translation>
    </message>
    <message>
        <source>%1 could not be filled with the default data: %2</source>
        <translation>無法以預設資料填入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not set up: %2</source>
        <translation>未能設定 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be changed, because %2. It was left unchanged.</source>
        <translation>%1 無法變更，因為%2。其內容未做任何更動。</translation>
    </message>
    <message>
        <source>%1 already holds a workbook; a new workbook needs an empty one (set up with wafershare server init). It was left unchanged.</source>
        <translation>%1 已有一本工作簿；新工作簿需要一個空的伺服器工作簿（以 wafershare server init 設定）。其內容未做任何更動。</translation>
    </message>
    <message>
        <source>%1 was left unchanged: %2</source>
        <translation>%1 未做任何更動：%2</translation>
    </message>
</context>
<context>
    <name>ws::DatabaseFileInfo</name>
    <message>
        <source>%1 was written by a newer WaferShare (schema version %2; this program reads up to %3). It was left unchanged; open it with a newer WaferShare.</source>
        <translation>%1 由較新版的 WaferShare 寫入（結構描述版本 %2；本程式最高只能讀取版本 %3）。檔案未做任何變更；請使用較新版的 WaferShare 開啟。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a WaferShare workbook (application id %2). It was left unchanged.</source>
        <translation>%1 是其他程式的 SQLite 資料庫，而非 WaferShare 工作簿（應用程式 ID %2）。檔案未做任何變更。</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so it cannot be a WaferShare workbook. It was left unchanged.</source>
        <translation>%1 不是 SQLite 資料庫，因此不可能是 WaferShare 工作簿。檔案未做任何變更。</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is a folder or you lack permission to read it.</source>
        <translation>無法讀取 %1：它是資料夾，或您沒有讀取權限。</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>具名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字元裝置</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>區塊裝置</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>something other than a regular file</source>
        <translation>某種非一般檔案的項目</translation>
    </message>
    <message>
        <source>%1 is %2, not a workbook file. Nothing was read from it; give the path of a .sqlite workbook instead.</source>
        <translation>%1 是%2，而不是工作簿檔案。未從中讀取任何資料；請改為提供 .sqlite 工作簿的路徑。</translation>
    </message>
</context>
<context>
    <name>ws::Desktop</name>
    <message>
        <source>AI compute wafer share analytics. Commands for scripts: wafershare shares|check --help.</source>
        <translation>AI 運算晶圓占比分析。供指令碼使用的命令：wafershare shares|check --help。</translation>
    </message>
    <message>
        <source>Open or create the workbook &lt;file&gt;.</source>
        <translation>開啟或建立工作簿 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Open on the page &lt;name&gt; (overview, forecast).</source>
        <translation>啟動時開啟頁面 &lt;name&gt;（overview 或 forecast）。</translation>
    </message>
    <message>
        <source>Show the scenario &lt;name&gt; first.</source>
        <translation>啟動時先顯示情境 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>Colours: system (default), light or dark.</source>
        <translation>色彩：system（預設）、light 或 dark。</translation>
    </message>
    <message>
        <source>WaferShare</source>
        <translation>WaferShare</translation>
    </message>
    <message>
        <source>The workbook to open, as with --db.</source>
        <translation>要開啟的工作簿，與 --db 相同。</translation>
    </message>
    <message>
        <source>Give one workbook, either as FILE or with --db FILE.</source>
        <translation>請只指定一個工作簿，以 FILE 或 --db FILE 其中一種方式指定。</translation>
    </message>
</context>
<context>
    <name>ws::EditLogModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>By</source>
        <translation>變更者</translation>
    </message>
</context>
<context>
    <name>ws::EditLogNames</name>
    <message>
        <source>Assumption</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Published figure</source>
        <translation>已公布數據</translation>
    </message>
    <message>
        <source>CoWoS capacity</source>
        <translation>CoWoS 產能</translation>
    </message>
    <message>
        <source>Graph layout</source>
        <translation>圖形版面配置</translation>
    </message>
    <message>
        <source>%1: source</source>
        <translation>%1：來源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Kind of title</source>
        <translation>標題類型</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布單位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>日期精確度</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>已移動 %n 家公司</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>寬度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解析度(&amp;R)：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 繪圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file must end in .png, .svg or .pdf; that decides the format.</source>
        <translation>檔名必須以 .png、.svg 或 .pdf 結尾；副檔名決定匯出格式。</translation>
    </message>
    <message>
        <source>For PNG: the chart keeps its layout and gets dpi/96 times the pixels each way, so at 192 dpi a 1200 × 800 chart is 2400 × 1600 pixels. SVG and PDF are vectors and ignore it.</source>
        <translation>用於 PNG：圖表維持原有版面，長寬各為 dpi/96 倍的像素，因此在 192 dpi 下，1200 × 800 的圖表會是 2400 × 1600 像素。SVG 與 PDF 為向量格式，會忽略此設定。</translation>
    </message>
</context>
<context>
    <name>ws::FitPreviewDialog</name>
    <message>
        <source>Compute-wafer share</source>
        <translation>運算晶圓占比</translation>
    </message>
    <message>
        <source>CoWoS share</source>
        <translation>CoWoS 占比</translation>
    </message>
    <message>
        <source>Compute wafers</source>
        <translation>運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>(figures without a vintage)</source>
        <translation>（未標示版次的數據）</translation>
    </message>
    <message>
        <source>Fit Units to Published Figures</source>
        <translation>依已公布數據擬合出貨量</translation>
    </message>
    <message>
        <source>&amp;Vintage:</source>
        <translation>版次(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The fit changes the units of the programs that ship in the chosen years so that the vintage&apos;s shares and volumes are met together, by least squares. Weights: %1 per percentage point of a share residual, %2 per percent of a volume residual; the cost is the sum of the squared weighted residuals plus λ = %3 × (ln(new ÷ old))² per program, divided by the number of its vendor&apos;s programs, which keeps units close to today&apos;s where the figures do not decide. Units are rounded to whole packages; a program with none keeps none.</source>
        <translation>擬合會以最小平方法調整所選年份中有出貨之產品線的出貨量，使其同時符合該版次的占比與數量。權重：占比殘差每個百分點為 %1，數量殘差每 1 % 為 %2；成本為加權殘差的平方和，加上每條產品線的 λ = %3 × (ln(新 ÷ 舊))² 再除以其廠商的產品線數，讓數據無法決定之處的出貨量維持接近目前值。出貨量會四捨五入為整數個封裝；原本沒有出貨的產品線維持為零。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Units now</source>
        <translation>目前出貨量</translation>
    </message>
    <message>
        <source>Units after</source>
        <translation>擬合後出貨量</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>Units the fit would change</source>
        <translation>擬合將變更的出貨量</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Modelled now</source>
        <translation>目前模型推估</translation>
    </message>
    <message>
        <source>Modelled after</source>
        <translation>擬合後模型推估</translation>
    </message>
    <message>
        <source>Residual now</source>
        <translation>目前殘差</translation>
    </message>
    <message>
        <source>Residual after</source>
        <translation>擬合後殘差</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Published figures with their residuals before and after</source>
        <translation>已公布數據及其擬合前後的殘差</translation>
    </message>
    <message>
        <source>Units it would change</source>
        <translation>將變更的出貨量</translation>
    </message>
    <message>
        <source>Published figures: residual in points for shares, in percent of the published value for volumes</source>
        <translation>已公布數據：占比的殘差以百分點計，數量的殘差以占已公布值的百分比計</translation>
    </message>
    <message>
        <source>&amp;Apply Fit</source>
        <translation>套用擬合(&amp;A)</translation>
    </message>
    <message>
        <source>Writes the units shown as one step: Edit ▸ Undo takes it back.</source>
        <translation>以單一步驟寫入所示的出貨量：可透過「編輯 ▸ 復原」撤銷。</translation>
    </message>
    <message>
        <source>Every year it covers</source>
        <translation>涵蓋的所有年份</translation>
    </message>
    <message>
        <source>the workbook holds no published figures.</source>
        <translation>工作簿中沒有任何已公布數據。</translation>
    </message>
    <message>
        <source>Nothing to apply: %1</source>
        <translation>沒有可套用的內容：%1</translation>
    </message>
    <message>
        <source>Units cells of %1 to change: %2. Weighted cost %3 → %4 (of which %5 for moving units away from today&apos;s).</source>
        <translation>情境 %1 中要變更的出貨量儲存格：%2 個。加權成本 %3 → %4（其中 %5 來自出貨量偏離目前值）。</translation>
    </message>
    <message>
        <source>Left out of the fit: %1</source>
        <translation>未納入擬合：%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>%1 per point</source>
        <translation>每百分點 %1</translation>
    </message>
    <message>
        <source>%1 per percent</source>
        <translation>每百分比 %1</translation>
    </message>
</context>
<context>
    <name>ws::ForecastBuilder</name>
    <message>
        <source>program %1 names vendor id %2, which does not exist.</source>
        <translation>產品線 %1 指定的廠商 ID %2 不存在。</translation>
    </message>
    <message>
        <source>an assumption names program id %1, which does not exist.</source>
        <translation>某項假設指定的產品線 ID %1 不存在。</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>%1 %2 ships units but has no %3.</source>
        <translation>%1 %2 有出貨量，但沒有 %3。</translation>
    </message>
</context>
<context>
    <name>ws::ForecastModel</name>
    <message>
        <source>%1 overrides this cell; %2 has %3. Right-click to revert.</source>
        <translation>%1 覆寫了此儲存格；%2 的值為 %3。按右鍵可還原。</translation>
    </message>
    <message>
        <source>the parent</source>
        <translation>上層情境</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>No source cited (right-click ▸ Cite Source…)</source>
        <translation>未引用來源（按右鍵 ▸ 引用來源…）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Dies per 300 mm wafer: floor(π·R²/S − π·2R/√(2S)), R = 147 mm</source>
        <translation>每片 300 mm 晶圓的晶粒數：floor(π·R²/S − π·2R/√(2S))，R = 147 mm</translation>
    </message>
    <message>
        <source>Share of good dies under the chosen yield model</source>
        <translation>所選良率模型下的良品晶粒比例</translation>
    </message>
    <message>
        <source>units × dies per package ÷ (gross dies × yield)</source>
        <translation>出貨量 × 每封裝晶粒數 ÷ (毛晶粒數 × 良率)</translation>
    </message>
    <message>
        <source>units ÷ (interposers per wafer × packaging yield)</source>
        <translation>出貨量 ÷ (每片晶圓中介層數 × 封裝良率)</translation>
    </message>
    <message>
        <source>Computed by the wafer engine (read-only)</source>
        <translation>由晶圓運算引擎計算（唯讀）</translation>
    </message>
    <message>
        <source>Assumption of the current scenario (editable; bold where it overrides the parent scenario)</source>
        <translation>目前情境的假設（可編輯；覆寫上層情境的值以粗體顯示）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>Dies / pkg</source>
        <translation>晶粒數/封裝</translation>
    </message>
    <message>
        <source>Die mm²</source>
        <translation>晶粒 mm²</translation>
    </message>
    <message>
        <source>D0 /cm²</source>
        <translation>D0 /cm²</translation>
    </message>
    <message>
        <source>Yield model</source>
        <translation>良率模型</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Interposer mm²</source>
        <translation>中介層 mm²</translation>
    </message>
    <message>
        <source>Pkg yield</source>
        <translation>封裝良率</translation>
    </message>
    <message>
        <source>Gross dies</source>
        <translation>毛晶粒數</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>良率</translation>
    </message>
    <message>
        <source>Good dies</source>
        <translation>良品晶粒數</translation>
    </message>
    <message>
        <source>Logic wafers</source>
        <translation>邏輯晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2 年，%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>units ÷ (packages per CoWoS wafer × packaging yield)</source>
        <translation>出貨量 ÷ (每片 CoWoS 晶圓封裝數 × 封裝良率)</translation>
    </message>
    <message>
        <source>No CoWoS: packaging none, or a die kind, whose package holds them</source>
        <translation>無 CoWoS：封裝方式為 none，或為晶粒類型（由其所屬封裝計入）</translation>
    </message>
    <message>
        <source>The share of defective dies still sold as a lower bin: sellable dies per wafer = gross dies × (Y + h × (1 − Y))</source>
        <translation>仍降規為較低等級出售的瑕疵晶粒比例：每片晶圓可售晶粒數 = 毛晶粒數 × (Y + h × (1 − Y))</translation>
    </message>
    <message>
        <source>A published packages-per-CoWoS-wafer figure; when given, the interposer area is not used. Clear the cell to use the interposer area again.</source>
        <translation>已公布的每片 CoWoS 晶圓封裝數；填入後即不使用中介層面積。清除此儲存格即可改回使用中介層面積。</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>降規回收</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>封裝方式</translation>
    </message>
    <message>
        <source>Pkgs / CoWoS wafer</source>
        <translation>封裝數/CoWoS 晶圓</translation>
    </message>
</context>
<context>
    <name>ws::ForecastPage</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情境(&amp;S)：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Create a scenario based on the current one; it stores only the cells you change</source>
        <translation>以目前情境為基礎建立新情境；只會儲存您變更的儲存格</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>建立副本…</translation>
    </message>
    <message>
        <source>Copy the current scenario beside it</source>
        <translation>建立目前情境的副本，與其並列</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>重新命名目前情境</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the current scenario (undoable)</source>
        <translation>刪除目前情境（可復原）</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>廠商(&amp;V)：</translation>
    </message>
    <message>
        <source>Add program…</source>
        <translation>新增產品線…</translation>
    </message>
    <message>
        <source>Add a chip program</source>
        <translation>新增晶片產品線</translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation>移除產品線</translation>
    </message>
    <message>
        <source>Remove the selected program from every scenario</source>
        <translation>從所有情境中移除所選產品線</translation>
    </message>
    <message>
        <source>Not changed — %1</source>
        <translation>未變更 — %1</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>Revert to the parent scenario&apos;s value</source>
        <translation>還原為上層情境的值</translation>
    </message>
    <message>
        <source>Cite &amp;Source…</source>
        <translation>引用來源(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove program %1</source>
        <translation>移除產品線 %1</translation>
    </message>
    <message>
        <source>No source cited — %1</source>
        <translation>未引用來源 — %1</translation>
    </message>
    <message>
        <source>Cite Source</source>
        <translation>引用來源</translation>
    </message>
    <message numerus="yes">
        <source>Source of the %n selected cell(s):</source>
        <translation>
            <numerusform>所選 %n 個儲存格的來源：</numerusform>
        </translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新增情境</translation>
    </message>
    <message>
        <source>Name of the scenario based on %1:</source>
        <translation>以 %1 為基礎的情境名稱：</translation>
    </message>
    <message>
        <source>No scenario created — %1</source>
        <translation>未建立情境 — %1</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>建立情境副本</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名稱：</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>No copy made — %1</source>
        <translation>未建立副本 — %1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Not renamed — %1</source>
        <translation>未重新命名 — %1</translation>
    </message>
    <message>
        <source>Deleted %1. Edit ▸ Undo brings it back.</source>
        <translation>已刪除 %1。使用「編輯 ▸ 復原」即可復原。</translation>
    </message>
    <message>
        <source>Not deleted — %1</source>
        <translation>未刪除 — %1</translation>
    </message>
    <message>
        <source>Add Program</source>
        <translation>新增產品線</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>廠商：</translation>
    </message>
    <message>
        <source>Program name:</source>
        <translation>產品線名稱：</translation>
    </message>
    <message>
        <source>Added %1 with no units: set its units and die in the grid.</source>
        <translation>已新增 %1，尚無出貨量：請在表格中設定其出貨量與晶粒。</translation>
    </message>
    <message>
        <source>No program added — %1</source>
        <translation>未新增產品線 — %1</translation>
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings it back.</source>
        <translation>已移除 %1。使用「編輯 ▸ 復原」即可復原。</translation>
    </message>
    <message>
        <source>Not removed — %1</source>
        <translation>未移除 — %1</translation>
    </message>
    <message>
        <source>Assumptions and computed wafers by program and year</source>
        <translation>各產品線逐年的假設與推算晶圓數</translation>
    </message>
    <message>
        <source>Keep these values?</source>
        <translation>要保留這些值嗎？</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>the clipboard holds no cells.</source>
        <translation>剪貼簿中沒有任何儲存格。</translation>
    </message>
    <message>
        <source>choose the cell where the block&apos;s top left cell goes, then paste again.</source>
        <translation>請選擇要放置區塊左上角儲存格的位置，然後再貼上一次。</translation>
    </message>
    <message>
        <source>Nothing pasted — %1</source>
        <translation>未貼上任何內容 — %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 列，第 %2 欄</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;): beyond the grid&apos;s last row or column</source>
        <translation>%1（「%2」）：超出表格的最後一列或最後一欄</translation>
    </message>
    <message>
        <source>%1 (%2, &apos;%3&apos;): this cell cannot be edited</source>
        <translation>%1（%2，「%3」）：此儲存格無法編輯</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (%2, &apos;%3&apos;): %4</source>
        <translation>%1（%2，「%3」）：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) refused, nothing changed: %1</source>
        <translation>
            <numerusform>%n 個儲存格遭拒，未做任何變更：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste these values?
%1</source>
        <translation>要貼上這些值嗎？
%1</translation>
    </message>
    <message>
        <source>you kept the earlier values.</source>
        <translation>已保留原先的值。</translation>
    </message>
    <message numerus="yes">
        <source>Paste of %n cell(s)</source>
        <translation>
            <numerusform>貼上 %n 個儲存格</numerusform>
        </translation>
    </message>
    <message>
        <source>A new program (package) of a vendor</source>
        <translation>廠商的新產品線（封裝）</translation>
    </message>
    <message>
        <source>A die kind inside %1</source>
        <translation>%1 內的晶粒類型</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>I/O die (counted in all logic wafers only)</source>
        <translation>I/O 晶粒（僅計入所有邏輯晶圓）</translation>
    </message>
    <message>
        <source>Compute die (counted in AI compute wafers too)</source>
        <translation>運算晶粒（亦計入 AI 運算晶圓）</translation>
    </message>
    <message>
        <source>Add Die Kind</source>
        <translation>新增晶粒類型</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Die kind name:</source>
        <translation>晶粒類型名稱：</translation>
    </message>
    <message>
        <source>I/O die</source>
        <translation>I/O 晶粒</translation>
    </message>
    <message>
        <source>Process node:</source>
        <translation>製程節點：</translation>
    </message>
    <message>
        <source>Added %1: set its dies per package and die area in the grid.</source>
        <translation>已新增 %1：請在表格中設定其每封裝晶粒數與晶粒面積。</translation>
    </message>
    <message>
        <source>No die kind added — %1</source>
        <translation>未新增晶粒類型 — %1</translation>
    </message>
</context>
<context>
    <name>ws::ForecastRepository</name>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation>無法讀取工作簿：%1</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlImportResult</name>
    <message>
        <source>companies: %1 added, %2 updated, %3 unchanged; relations: %4 added, %5 updated, %6 unchanged</source>
        <translation>公司：新增 %1、更新 %2、未變更 %3；關係：新增 %4、更新 %5、未變更 %6</translation>
    </message>
    <message>
        <source>; attributes ignored: %1</source>
        <translation>；已忽略的屬性：%1</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlImportWizard</name>
    <message>
        <source>Import Supply Chain from GraphML</source>
        <translation>從 GraphML 匯入供應鏈</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml *.xml);;All files (*)</source>
        <translation>GraphML 檔案 (*.graphml *.xml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Every node and edge is checked against the workbook before anything is written. One problem means nothing is imported.</source>
        <translation>寫入任何資料前，每個節點與邊都會先與工作簿比對檢查。只要有一個問題，就不會匯入任何資料。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Node or edge</source>
        <translation>節點或邊</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s)</source>
        <translation>
            <numerusform>%1：%n 個節點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n edge(s).</source>
        <translation>
            <numerusform>，%n 條邊。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are ready to import: %1. Nothing has been written yet.</source>
        <translation>
            <numerusform>已有 %n 項變更可匯入：%1。目前尚未寫入任何資料。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing will be imported until the file is fixed:</source>
        <translation>
            <numerusform>%1 有 %n 個問題；修正檔案之前不會匯入任何資料：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>未匯入任何資料</translation>
    </message>
    <message>
        <source>Choose a GraphML file of the supply chain, as Gephi, Cytoscape, yEd or networkx save it.</source>
        <translation>選擇供應鏈的 GraphML 檔案，例如由 Gephi、Cytoscape、yEd 或 networkx 儲存的檔案。</translation>
    </message>
    <message>
        <source>A node is the company of its id (c12) or else of its name, an edge the relation of its id or else of its supplier, customer and kind; they are updated with the attributes the file gives, the others are added. Nothing the file leaves out is removed.</source>
        <translation>節點依其 ID（c12）對應至公司，否則依其名稱；邊依其 ID 對應至關係，否則依其供應商、客戶與類型；這些項目會以檔案提供的屬性更新，其餘則新增。檔案中未包含的項目都不會被移除。</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlImporter</name>
    <message>
        <source>yEd label &apos;%1&apos;</source>
        <translation>yEd 標籤「%1」</translation>
    </message>
    <message>
        <source>the names it gives differ (%1); make them the same, or keep one</source>
        <translation>其提供的名稱不一致（%1）；請改成相同的名稱，或只保留一個</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>節點 %1</translation>
    </message>
    <message>
        <source>it is company %1 (%2), as %3 is already; a company can be in the file once</source>
        <translation>此節點是公司 %1（%2），而 %3 已對應到這家公司；同一家公司在檔案中只能出現一次</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>邊 %1 → %2</translation>
    </message>
    <message>
        <source>edge %1</source>
        <translation>邊 %1</translation>
    </message>
    <message>
        <source>the edge is undirected, but a relation goes from its supplier (source) to its customer (target): write the graph with edgedefault=&quot;directed&quot; or the edge with directed=&quot;true&quot;</source>
        <translation>此邊為無向邊，但關係是由供應商（source）指向客戶（target）：請以 edgedefault=&quot;directed&quot; 寫出圖形，或以 directed=&quot;true&quot; 寫出此邊</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no node of the file</source>
        <translation>「%1」不是檔案中的節點</translation>
    </message>
    <message>
        <source>it is relation %1, as %2 is already; a relation can be in the file once</source>
        <translation>此邊是關係 %1，而 %2 已對應到這個關係；同一個關係在檔案中只能出現一次</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlProblem</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlReader</name>
    <message>
        <source>the file has %1 MB; a GraphML import takes at most %2 MB</source>
        <translation>檔案大小為 %1 MB；GraphML 匯入最多只接受 %2 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
</context>
<context>
    <name>ws::GraphMlReader::Parser</name>
    <message>
        <source>this is not well-formed XML, at column %1: %2</source>
        <translation>這不是格式正確的 XML，位於第 %1 欄：%2</translation>
    </message>
    <message>
        <source>the file has a document type declaration (&lt;!DOCTYPE …&gt;), which GraphML does not use; it is refused so that no entity it declares is expanded</source>
        <translation>檔案含有文件類型宣告（&lt;!DOCTYPE …&gt;），但 GraphML 不使用此宣告；為避免展開其中宣告的任何實體，此檔案遭拒</translation>
    </message>
    <message>
        <source>the file holds no XML element; it is not GraphML</source>
        <translation>檔案不含任何 XML 元素；這不是 GraphML</translation>
    </message>
    <message>
        <source>the file&apos;s root element is &lt;%1&gt;, not &lt;graphml&gt;: it is not a GraphML file</source>
        <translation>檔案的根元素是 &lt;%1&gt;，而不是 &lt;graphml&gt;：這不是 GraphML 檔案</translation>
    </message>
    <message>
        <source>the file holds more than one &lt;graph&gt;; import them one at a time</source>
        <translation>檔案含有多個 &lt;graph&gt;；請一次匯入一個</translation>
    </message>
    <message>
        <source>the file holds no &lt;graph&gt;</source>
        <translation>檔案不含 &lt;graph&gt;</translation>
    </message>
    <message>
        <source>a &lt;key&gt; has no id</source>
        <translation>有一個 &lt;key&gt; 沒有 id</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; has attr.type &apos;%2&apos;; GraphML&apos;s types are %3</source>
        <translation>key「%1」的 attr.type 為「%2」；GraphML 的型別為 %3</translation>
    </message>
    <message>
        <source>the graph has a &lt;hyperedge&gt;, an edge joining more than two nodes; a relation joins one supplier to one customer: replace it by edges</source>
        <translation>圖形含有 &lt;hyperedge&gt;，即連接兩個以上節點的邊；但一個關係只連接一個供應商與一個客戶：請以多條邊取代</translation>
    </message>
    <message>
        <source>the graph is kept in another file (&lt;locator&gt;); import that file</source>
        <translation>圖形存放在另一個檔案中（&lt;locator&gt;）；請匯入該檔案</translation>
    </message>
    <message>
        <source>a &lt;graph&gt; inside the graph: nested graphs cannot be imported</source>
        <translation>圖形內含 &lt;graph&gt;：無法匯入巢狀圖形</translation>
    </message>
    <message>
        <source>%1 holds a graph of its own (a nested graph, or a group in yEd); only one flat graph can be imported: ungroup it first</source>
        <translation>%1 含有自己的圖形（巢狀圖形，或 yEd 中的群組）；只能匯入單一平面圖形：請先取消群組</translation>
    </message>
    <message>
        <source>%1 refers to a graph in another file (&lt;locator&gt;), which cannot be imported</source>
        <translation>%1 參照另一個檔案中的圖形（&lt;locator&gt;），無法匯入</translation>
    </message>
    <message>
        <source>a &lt;node&gt; has no id</source>
        <translation>有一個 &lt;node&gt; 沒有 id</translation>
    </message>
    <message>
        <source>node id &apos;%1&apos; is given twice (lines %2 and %3)</source>
        <translation>節點 id「%1」出現兩次（第 %2 行與第 %3 行）</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>節點 %1</translation>
    </message>
    <message>
        <source>an &lt;edge&gt; needs both a source and a target</source>
        <translation>&lt;edge&gt; 必須同時有 source 與 target</translation>
    </message>
    <message>
        <source>edge %1</source>
        <translation>邊 %1</translation>
    </message>
    <message>
        <source>a &lt;data&gt; has no key</source>
        <translation>有一個 &lt;data&gt; 沒有 key</translation>
    </message>
    <message>
        <source>a &lt;data&gt; refers to key &apos;%1&apos;, which no &lt;key&gt; declares</source>
        <translation>有一個 &lt;data&gt; 參照了 key「%1」，但沒有任何 &lt;key&gt; 宣告它</translation>
    </message>
</context>
<context>
    <name>ws::GuideWindow</name>
    <message>
        <source>WaferShare User Guide</source>
        <translation>WaferShare 使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>ws::HistoryPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Revert Selected Change</source>
        <translation>還原所選變更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>資料表(&amp;T)：</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>欄位(&amp;I)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>結束(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除篩選條件(&amp;C)</translation>
    </message>
    <message>
        <source>Reverted. Edit ▸ Undo takes the revert back.</source>
        <translation>已還原。使用「編輯 ▸ 復原」即可撤銷此次還原。</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有資料表</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>所有欄位</translation>
    </message>
    <message>
        <source>Select a change to revert.</source>
        <translation>請選取要還原的變更。</translation>
    </message>
    <message>
        <source>Put back the value this change replaced, as a new change.</source>
        <translation>以新變更的形式，放回此變更所取代的值。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>ws::ImportProblem</name>
    <message>
        <source>column %1: %2</source>
        <translation>欄 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，欄 %2：%3</translation>
    </message>
</context>
<context>
    <name>ws::ImportWizard</name>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Reported values</source>
        <translation>公開數據</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>產能</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>File and table</source>
        <translation>檔案與資料表</translation>
    </message>
    <message>
        <source>Choose a CSV file and the table its rows go into. Rows whose key is already in the workbook are updated; the others are added.</source>
        <translation>選擇 CSV 檔案，以及其資料列要匯入的資料表。工作簿中已有相同索引鍵的列會被更新；其餘則新增。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>As the file says (scenario_id column)</source>
        <translation>依檔案內容（scenario_id 欄）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>資料表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Scenario of the rows:</source>
        <translation>資料列所屬情境(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt *.tsv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Format and columns</source>
        <translation>格式與欄</translation>
    </message>
    <message>
        <source>Check how the file is read and which field fills each column.</source>
        <translation>檢查檔案的讀取方式，以及每一欄由哪個欄位填入。</translation>
    </message>
    <message>
        <source>First line names the &amp;columns</source>
        <translation>第一行為欄名(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符號(&amp;D)：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Every row is checked against the workbook before anything is written. One problem means nothing is imported.</source>
        <translation>寫入任何資料前，每一列都會先與工作簿比對檢查。只要有一個問題，就不會匯入任何資料。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1: %2 bytes.</source>
        <translation>%1：%2 位元組。</translation>
    </message>
    <message>
        <source>Detected: %1, %2 delimiter, %3.</source>
        <translation>偵測結果：%1、分隔符號 %2、%3。</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>含標題列</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>無標題列</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>欄位 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（檔案中沒有）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready to import into %1. Nothing has been written yet.</source>
        <translation>
            <numerusform>已有 %n 列可匯入 %1。目前尚未寫入任何資料。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing will be imported until the file is fixed:</source>
        <translation>
            <numerusform>%1 有 %n 個問題；修正檔案之前不會匯入任何資料：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>未匯入任何資料</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ws::InteractiveChartView</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重設縮放</translation>
    </message>
</context>
<context>
    <name>ws::LayoutJob</name>
    <message>
        <source>Laying out %1 companies…</source>
        <translation>正在為 %1 家公司配置版面…</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>已取消版面配置。</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>版面配置失敗：%1</translation>
    </message>
    <message>
        <source>Laid out %1 companies in %2 s.</source>
        <translation>已完成 %1 家公司的版面配置，耗時 %2 秒。</translation>
    </message>
</context>
<context>
    <name>ws::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>復原歷程</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Workbook as JSON…</source>
        <translation>將工作簿匯出為 JSON(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>復原歷程(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About WaferShare</source>
        <translation>關於 WaferShare(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Open Workbook</source>
        <translation>無法開啟工作簿</translation>
    </message>
    <message>
        <source>Open Workbook</source>
        <translation>開啟工作簿</translation>
    </message>
    <message>
        <source>New Workbook</source>
        <translation>新增工作簿</translation>
    </message>
    <message>
        <source>Cannot Create Workbook</source>
        <translation>無法建立工作簿</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>目前沒有開啟的工作簿。</translation>
    </message>
    <message>
        <source>The copy was written but cannot be opened.</source>
        <translation>複本已寫入，但無法開啟。</translation>
    </message>
    <message>
        <source>Save Workbook As</source>
        <translation>工作簿另存新檔</translation>
    </message>
    <message>
        <source>Cannot Save Workbook</source>
        <translation>無法儲存工作簿</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
    <message>
        <source>Imported into %1</source>
        <translation>已匯入 %1</translation>
    </message>
    <message>
        <source>Export Workbook as JSON</source>
        <translation>將工作簿匯出為 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Workbook</source>
        <translation>無法匯出工作簿</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>About WaferShare</source>
        <translation>關於 WaferShare</translation>
    </message>
    <message>
        <source>Scenario %1 · recomputed in %2 ms</source>
        <translation>情境 %1 · 重新計算耗時 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 — WaferShare</source>
        <translation>%1 — WaferShare</translation>
    </message>
    <message>
        <source>WaferShare</source>
        <translation>WaferShare</translation>
    </message>
    <message>
        <source>Tool Bar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This workbook&apos;s figures come from %n source(s), the newest published %1; the main one is &lt;i&gt;%2&lt;/i&gt;. The Sources page lists them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;此工作簿的數據來自 %n 個來源，最新一筆發布於 %1；主要來源為&lt;i&gt;%2&lt;/i&gt;。「來源」頁面列出全部來源。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;WaferShare %1&lt;/h3&gt;&lt;p&gt;Who consumes the world&apos;s AI compute wafers, computed bottom-up from assumptions you can check and change, beside the figures analysts have published.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WaferShare %1&lt;/h3&gt;&lt;p&gt;誰在消耗全球 AI 運算晶圓：由您可檢查、可修改的假設自下而上推估，並與分析師已公布的數據並列。&lt;/p&gt;%2&lt;p&gt;以 Qt %3 建置（執行於 Qt %4）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check Workbook</source>
        <translation>檢查工作簿</translation>
    </message>
    <message>
        <source>%1 is sound: SQLite&apos;s integrity check and the foreign keys find nothing wrong.</source>
        <translation>%1 狀態良好：SQLite 的完整性檢查與外鍵檢查皆未發現問題。</translation>
    </message>
    <message>
        <source>%1 has problems:
%2</source>
        <translation>%1 有問題：
%2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Page</source>
        <translation>上一頁(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>工具列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check Workbook</source>
        <translation>檢查工作簿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sources and Unsourced Numbers</source>
        <translation>來源與未引用來源的數據(&amp;S)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>新增情境(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>建立副本(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>色彩(&amp;C)</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>跟隨系統(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Cell Details</source>
        <translation>儲存格詳細資訊</translation>
    </message>
    <message>
        <source>Cell &amp;Details</source>
        <translation>儲存格詳細資訊(&amp;D)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>復原歷程</translation>
    </message>
    <message>
        <source>WaferShare will use %1 from its next start. Restart now? Your work is already saved in the workbook.</source>
        <translation>WaferShare 將於下次啟動時使用%1。要立即重新啟動嗎？您的工作已儲存在工作簿中。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be changed, because %2. Edits are refused; File ▸ Save As makes an editable copy.</source>
        <translation>唯讀：無法變更 %1，因為%2。編輯將遭拒；使用「檔案 ▸ 另存新檔」可建立可編輯的副本。</translation>
    </message>
    <message>
        <source>&amp;Fit Units to Published Figures…</source>
        <translation>依已公布數據擬合出貨量(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF or OpenDocument)…</source>
        <translation>匯出報告（PDF 或開放文件格式）(&amp;R)…</translation>
    </message>
    <message>
        <source>Import Supply Chain from GraphML</source>
        <translation>從 GraphML 匯入供應鏈</translation>
    </message>
    <message>
        <source>Imported the supply chain from GraphML</source>
        <translation>已從 GraphML 匯入供應鏈</translation>
    </message>
    <message>
        <source>Export Workbook as Excel</source>
        <translation>將工作簿匯出為 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) longer than Excel&apos;s limit of %1 characters in a cell were cut to it, ending in …. CSV and JSON exports keep them whole.</source>
        <translation>
            <numerusform>有 %n 段文字超過 Excel 單一儲存格 %1 個字元的上限，已截斷至上限並以 … 結尾。CSV 與 JSON 匯出則保留完整內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Supply Chain from &amp;GraphML…</source>
        <translation>從 GraphML 匯入供應鏈(&amp;G)…</translation>
    </message>
    <message>
        <source>Export Workbook as E&amp;xcel…</source>
        <translation>將工作簿匯出為 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新連線至伺服器。</translation>
    </message>
    <message>
        <source>Connection lost: %1 cannot be reached (%2). Edits are refused until it is back; WaferShare connects again by itself.</source>
        <translation>連線中斷：無法連線至 %1（%2）。恢復連線之前，編輯將遭拒；WaferShare 會自動重新連線。</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be changed, because %2. Edits are refused; ask the workbook&apos;s owner for the role wafershare_analyst to edit it.</source>
        <translation>唯讀：無法變更 %1，因為%2。編輯將遭拒；若要編輯，請向工作簿的擁有者申請角色 wafershare_analyst。</translation>
    </message>
    <message>
        <source>Open Server Workbook</source>
        <translation>開啟伺服器工作簿</translation>
    </message>
    <message>
        <source>Address of the team workbook on a PostgreSQL server, for example postgresql://ana@db.example.com:5432/desk
A password comes from PGPASSWORD or ~/.pgpass and is never saved by WaferShare.</source>
        <translation>PostgreSQL 伺服器上團隊工作簿的位址，例如 postgresql://ana@db.example.com:5432/desk
密碼取自 PGPASSWORD 或 ~/.pgpass，WaferShare 絕不會儲存密碼。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. It starts with postgresql:// or is a libpq key/value string such as host=db dbname=desk.</source>
        <translation>%1 不是 PostgreSQL 位址。位址須以 postgresql:// 開頭，或為 libpq 鍵/值字串，例如 host=db dbname=desk。</translation>
    </message>
    <message>
        <source>Open Ser&amp;ver Workbook…</source>
        <translation>開啟伺服器工作簿(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ws::Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>無法讀取資料庫結構版本：%1</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>無法開始遷移 %1：%2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>遷移 %1 失敗：%2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>無法提交遷移 %1：%2</translation>
    </message>
</context>
<context>
    <name>ws::NodeItem</name>
    <message>
        <source>unlisted</source>
        <translation>未上市</translation>
    </message>
</context>
<context>
    <name>ws::OutputFile</name>
    <message>
        <source>the open workbook</source>
        <translation>目前開啟的工作簿</translation>
    </message>
    <message>
        <source>the write-ahead log of the open workbook</source>
        <translation>目前開啟之工作簿的預寫式記錄檔</translation>
    </message>
    <message>
        <source>the shared-memory file of the open workbook</source>
        <translation>目前開啟之工作簿的共用記憶體檔案</translation>
    </message>
    <message>
        <source>%1 is %2 (%3); writing there would destroy the workbook. Nothing was written; choose another file name.</source>
        <translation>%1 是%2（%3）；寫入該處會損毀工作簿。未寫入任何資料；請選擇其他檔名。</translation>
    </message>
    <message>
        <source>the disk holding %1 is full. Nothing was written and an earlier file of that name is unchanged; free some space or choose another place, then try again.</source>
        <translation>存放 %1 的磁碟已滿。未寫入任何資料，同名的既有檔案也未變更；請釋出一些空間或選擇其他位置，然後再試一次。</translation>
    </message>
    <message>
        <source>you may not write %1 (permission denied). Nothing was written; choose another folder, or get write permission for this one.</source>
        <translation>您沒有寫入 %1 的權限（權限遭拒）。未寫入任何資料；請選擇其他資料夾，或取得此資料夾的寫入權限。</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. Nothing was written; choose another place.</source>
        <translation>%1 位於唯讀檔案系統上。未寫入任何資料；請選擇其他位置。</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error. Nothing was written and an earlier file of that name is unchanged; check the disk, then try again.</source>
        <translation>存放 %1 的磁碟回報輸入/輸出錯誤。未寫入任何資料，同名的既有檔案也未變更；請檢查磁碟，然後再試一次。</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist. Nothing was written; choose an existing folder.</source>
        <translation>%1 所在的資料夾不存在。未寫入任何資料；請選擇現有的資料夾。</translation>
    </message>
    <message>
        <source>%1 is a folder. Nothing was written; choose a file name.</source>
        <translation>%1 是資料夾。未寫入任何資料；請選擇檔名。</translation>
    </message>
    <message>
        <source>cannot write %1: %2. Nothing was written and an earlier file of that name is unchanged.</source>
        <translation>無法寫入 %1：%2。未寫入任何資料，同名的既有檔案也未變更。</translation>
    </message>
</context>
<context>
    <name>ws::OverviewItem</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::OverviewPage</name>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>Some assumptions of this scenario are missing or invalid, so their wafers are not counted: %1</source>
        <translation>此情境有部分假設缺漏或無效，因此其晶圓未計入：%1</translation>
    </message>
    <message>
        <source>All logic wafers (I/O dies included)</source>
        <translation>所有邏輯晶圓（含 I/O 晶粒）</translation>
    </message>
</context>
<context>
    <name>ws::PackageCheck</name>
    <message>
        <source>scenario %1: %2</source>
        <translation>情境 %1：%2</translation>
    </message>
</context>
<context>
    <name>ws::PackageRules</name>
    <message>
        <source>%1 is a package, whose own dies are compute dies; die_role io belongs to a die kind (a row with a package_id).</source>
        <translation>%1 是封裝，其本身的晶粒為運算晶粒；die_role io 僅適用於晶粒類型（具有 package_id 的列）。</translation>
    </message>
    <message>
        <source>%1 names itself as its package.</source>
        <translation>%1 將自己指定為其所屬封裝。</translation>
    </message>
    <message>
        <source>%1 names package id %2, which is not a program.</source>
        <translation>%1 指定的封裝 ID %2 不是產品線。</translation>
    </message>
    <message>
        <source>%1 names %2 as its package, but %2 is itself a die kind of another package; a die kind belongs to a package row.</source>
        <translation>%1 將 %2 指定為其所屬封裝，但 %2 本身是另一個封裝的晶粒類型；晶粒類型必須隸屬於封裝列。</translation>
    </message>
    <message>
        <source>%1 is a die kind of %2, a package of another vendor; a die kind has its package&apos;s vendor.</source>
        <translation>%1 是 %2 的晶粒類型，但 %2 是另一家廠商的封裝；晶粒類型的廠商須與其封裝相同。</translation>
    </message>
    <message>
        <source>%1 is a die kind; it takes its %2 from its package, so set it there.</source>
        <translation>%1 是晶粒類型，其 %2 沿用自所屬封裝，請改在封裝上設定。</translation>
    </message>
    <message>
        <source>%1 %2: an interposer of %3 mm² cannot hold the %4 mm² of logic dies placed on it (dies per package × die area over its die kinds); give at least %4 mm², or a packages_per_cowos_wafer figure.</source>
        <translation>%1 %2：%3 mm² 的中介層容納不下置於其上的 %4 mm² 邏輯晶粒（各晶粒類型的每封裝晶粒數 × 晶粒面積總和）；請填入至少 %4 mm²，或提供 packages_per_cowos_wafer 數值。</translation>
    </message>
</context>
<context>
    <name>ws::Packaging</name>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>CoWoS</source>
        <translation>CoWoS</translation>
    </message>
</context>
<context>
    <name>ws::PdfFinisher</name>
    <message>
        <source>the PDF has no cross-reference table this program reads</source>
        <translation>PDF 中沒有本程式可讀取的交互參照表</translation>
    </message>
    <message>
        <source>the PDF has no objects</source>
        <translation>PDF 中沒有任何物件</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table does not match its objects</source>
        <translation>PDF 的交互參照表與其物件不符</translation>
    </message>
</context>
<context>
    <name>ws::ProvenanceRepository</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), weight</source>
        <translation>%1 → %2（%3），權重</translation>
    </message>
</context>
<context>
    <name>ws::RelationModel</name>
    <message>
        <source>(missing %1)</source>
        <translation>（缺少 %1）</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>there is no company named &apos;%1&apos;.</source>
        <translation>沒有名為「%1」的公司。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; a weight is from 0 to 1.</source>
        <translation>「%1」不是數字；權重須介於 0 到 1 之間。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a source.</source>
        <translation>「%1」不是來源的 ID。</translation>
    </message>
</context>
<context>
    <name>ws::RenameScenario</name>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>將情境 %1 重新命名為 %2</translation>
    </message>
</context>
<context>
    <name>ws::ReportDocument</name>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>%1 · scenario %2 · year %3</source>
        <translation>%1 · 情境 %2 · %3 年</translation>
    </message>
    <message>
        <source>Published figures up to %1; modelled bottom-up from the workbook %2.</source>
        <translation>已公布數據截至 %1；其餘依工作簿 %2 自下而上模型推估。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The forecast has no year %1.</source>
        <translation>預測中沒有 %1 年。</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source> (%1 points on %2)</source>
        <translation> （相較 %2 %1 個百分點）</translation>
    </message>
    <message>
        <source>; published %1 % %2</source>
        <translation>；已公布 %1 % %2</translation>
    </message>
    <message>
        <source>In %1, under scenario %2, the AI compute wafers split: %3.</source>
        <translation>%1 年在情境 %2 下，AI 運算晶圓的占比分布為：%3。</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1 %2 個百分點</translation>
    </message>
    <message>
        <source>Against %1, the biggest movers in %2: %3.</source>
        <translation>相較於 %1，%2 變動最大的是：%3。</translation>
    </message>
    <message>
        <source>CoWoS: the scenario needs %1 wafers in %2 against %3 of recorded capacity (%4 %)%5.</source>
        <translation>CoWoS：此情境在 %2 需要 %1 片晶圓，而已記錄產能為 %3（%4 %）%5。</translation>
    </message>
    <message>
        <source> — demand exceeds capacity</source>
        <translation> — 需求超過產能</translation>
    </message>
    <message>
        <source>%1 %2 (%3 wafers)</source>
        <translation>%1 %2（%3 片晶圓）</translation>
    </message>
    <message>
        <source>Top beneficiaries in %1 against %2: %3.</source>
        <translation>%1 相較於 %2 的主要受惠者：%3。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>AI compute wafer share by vendor; squares mark published shares</source>
        <translation>各晶片廠商的 AI 運算晶圓占比；方塊標示已公布的占比</translation>
    </message>
    <message>
        <source>AI compute wafer share in %1</source>
        <translation>AI 運算晶圓占比（%1）</translation>
    </message>
    <message>
        <source>Scenarios compared in %1</source>
        <translation>情境比較（%1）</translation>
    </message>
    <message>
        <source>What moves AWS&apos;s share most in %1</source>
        <translation>對 AWS 占比影響最大的因素（%1）</translation>
    </message>
    <message>
        <source>CoWoS demand against TSMC&apos;s recorded capacity</source>
        <translation>CoWoS 需求與 TSMC 已記錄產能對照</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Shares by vendor and year</source>
        <translation>依晶片廠商與年份的占比</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>晶片廠商</translation>
    </message>
    <message>
        <source> (pub. %1 %2)</source>
        <translation> （已公布 %1 %2）</translation>
    </message>
    <message>
        <source>Assumptions of scenario %1</source>
        <translation>情境 %1 的假設</translation>
    </message>
    <message>
        <source>Cells marked * are overridden in this scenario; the others come from its parent. The last column cites the sources of the row&apos;s values.</source>
        <translation>標示 * 的儲存格已在此情境中覆寫，其餘沿用其父情境。最後一欄列出該列數值的來源。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>Dies</source>
        <translation>晶粒數</translation>
    </message>
    <message>
        <source>Die mm²</source>
        <translation>晶粒 mm²</translation>
    </message>
    <message>
        <source>D0</source>
        <translation>D0</translation>
    </message>
    <message>
        <source>Yield model</source>
        <translation>良率模型</translation>
    </message>
    <message>
        <source>Interposer mm²</source>
        <translation>中介層 mm²</translation>
    </message>
    <message>
        <source>Pkg yield</source>
        <translation>封裝良率</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Who benefits in %1</source>
        <translation>誰受惠（%1）</translation>
    </message>
    <message>
        <source>Impact: a company&apos;s exposure to each vendor (the product of the supply weights along its paths) times that vendor&apos;s change in AI compute wafers from %1 to %2.</source>
        <translation>影響：公司對各晶片廠商的曝險度（沿其各路徑的供應權重乘積），乘以該廠商從 %1 到 %2 的 AI 運算晶圓變化量。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Impact (wafers)</source>
        <translation>影響（晶圓）</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>驅動因素</translation>
    </message>
    <message>
        <source>The supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>Companies by tier, supplier → customer; line width is the supplier&apos;s dependence on the customer %1</source>
        <translation>依層級排列的公司，供應商 → 客戶；線寬代表供應商對客戶的依存度 %1</translation>
    </message>
    <message>
        <source>No published figure is cited in the sections chosen.</source>
        <translation>所選章節未引用任何已公布數據。</translation>
    </message>
    <message>
        <source>Every number of the workbook cites a source.</source>
        <translation>工作簿中的每個數字都有引用來源。</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of the workbook cite no source: the analyst&apos;s own values, listed on the Sources page.</source>
        <translation>
            <numerusform>工作簿中有 %n 個數字未引用來源：這些是分析師自行設定的數值，列於「來源」頁面。</numerusform>
        </translation>
    </message>
    <message>
        <source>die kind of %1</source>
        <translation>%1 的晶粒類型</translation>
    </message>
    <message>
        <source>%1 packages per wafer</source>
        <translation>每片晶圓 %1 個封裝</translation>
    </message>
    <message>
        <source>interposer area</source>
        <translation>中介層面積</translation>
    </message>
    <message>
        <source>no CoWoS</source>
        <translation>無 CoWoS</translation>
    </message>
    <message>
        <source>Published figures beside the model</source>
        <translation>已公布數據與模型推估對照</translation>
    </message>
    <message>
        <source>Each figure is compared like with like: a vendor&apos;s total, all vendors together, or only the programs its scope names. The residual is modelled − published, in percentage points (pp) for shares; for wafers and units also in percent of the published figure. One table per vintage, the edition of the report a figure comes from.</source>
        <translation>每筆數據皆以相同基準比較：廠商總計、所有廠商合計，或僅限其範圍所指定的產品線。殘差為模型推估值 − 已公布值，占比以百分點（pp）計；晶圓數與出貨量另以占已公布數據的百分比表示。每個版次（即數據所出自的報告版本）各一張表格。</translation>
    </message>
    <message>
        <source>Vintage not recorded</source>
        <translation>未記錄版次</translation>
    </message>
    <message>
        <source>Vintage: %1</source>
        <translation>版次：%1</translation>
    </message>
    <message>
        <source>The workbook holds no published figure the scenario models.</source>
        <translation>工作簿中沒有此情境所模型推估的已公布數據。</translation>
    </message>
    <message>
        <source>CoWoS basis</source>
        <translation>CoWoS 計算基礎</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>source %1, no longer in the workbook</source>
        <translation>來源 %1，已不在工作簿中</translation>
    </message>
    <message>
        <source>AI compute wafers in %1, scenario %2</source>
        <translation>%1 年 AI 運算晶圓，情境 %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Wafers</source>
        <translation>晶圓數</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>This is the reference scenario; the others are compared with it.</source>
        <translation>此為參考情境；其他情境皆與其比較。</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the %1 programs with the most AI compute wafers in %2. %Ln more program(s) are not shown: %3 units and %4 AI compute wafers in %2.</source>
        <translation>
            <numerusform>下表列出 %2 年 AI 運算晶圓最多的 %1 條產品線。另有 %Ln 條產品線未列出：%2 年出貨量 %3、AI 運算晶圓 %4 片。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 programs together: %2 units and %3 AI compute wafers in %4.</source>
        <translation>全部 %1 條產品線合計：%4 年出貨量 %2、AI 運算晶圓 %3 片。</translation>
    </message>
    <message>
        <source>The full table, every program and year, is written beside the report as a CSV file when the report is exported to a file.</source>
        <translation>將報告匯出為檔案時，涵蓋所有產品線與年份的完整表格會以 CSV 檔案寫在報告旁。</translation>
    </message>
    <message>
        <source>The full table, every program and year, is in the CSV file %1 beside this report.</source>
        <translation>涵蓋所有產品線與年份的完整表格，位於本報告旁的 CSV 檔案 %1 中。</translation>
    </message>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>Overridden in this scenario</source>
        <translation>在此情境中覆寫</translation>
    </message>
    <message>
        <source>Differences from %1</source>
        <translation>與 %1 的差異</translation>
    </message>
    <message>
        <source>Only %1, the reference, is chosen: choose another scenario to compare with it.</source>
        <translation>只選擇了參考情境 %1：請再選擇一個情境與其比較。</translation>
    </message>
    <message>
        <source>AI compute wafer shares in %1 under each chosen scenario, and the difference from %2 in percentage points.</source>
        <translation>各所選情境下 %1 年的 AI 運算晶圓占比，以及與 %2 的差異（百分點）。</translation>
    </message>
    <message>
        <source>%1 − %2 (points)</source>
        <translation>%1 − %2（百分點）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Part %1 of %2 (left to right, then top to bottom). %3</source>
        <translation>第 %1 部分，共 %2 部分（由左至右，再由上而下）。%3</translation>
    </message>
</context>
<context>
    <name>ws::ReportPage</name>
    <message>
        <source>Title page</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Shares by vendor and year</source>
        <translation>依晶片廠商與年份的占比</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Who benefits</source>
        <translation>誰受惠</translation>
    </message>
    <message>
        <source>Supply-chain graph</source>
        <translation>供應鏈圖</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>橫向(&amp;L)</translation>
    </message>
    <message>
        <source>Tick the sections to include; drag them to change their order</source>
        <translation>勾選要納入的章節；拖曳可調整順序</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>章節(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>頁面大小(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>未能寫入報告：%1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在寫入報告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在寫入第 %1 頁，共 %2 頁…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告預覽</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>報告的章節</translation>
    </message>
    <message>
        <source>Published figures beside the model</source>
        <translation>已公布數據與模型推估對照</translation>
    </message>
    <message>
        <source>Differences from the reference</source>
        <translation>與參考情境的差異</translation>
    </message>
    <message>
        <source>Scenarios compared with the reference</source>
        <translation>與參考情境比較的情境</translation>
    </message>
    <message>
        <source>The scenario the others are compared with under Differences</source>
        <translation>在「與參考情境的差異」章節中，供其他情境比較的情境</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>美式信紙</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情境(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>參考情境(&amp;R)：</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>比較(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report as a PDF or an OpenDocument text</source>
        <translation>將報告匯出為 PDF 或 OpenDocument 文字文件</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文字文件 (*.odt)</translation>
    </message>
    <message>
        <source>no workbook is open</source>
        <translation>沒有開啟的工作簿</translation>
    </message>
    <message>
        <source>%1 is neither a PDF (.pdf) nor an OpenDocument text (.odt)</source>
        <translation>%1 既不是 PDF（.pdf），也不是 OpenDocument 文字文件（.odt）</translation>
    </message>
</context>
<context>
    <name>ws::ReportSettings</name>
    <message>
        <source>AI compute wafers: who consumes them, who benefits</source>
        <translation>AI 運算晶圓：誰在消耗，誰受惠</translation>
    </message>
</context>
<context>
    <name>ws::ReportedScope</name>
    <message>
        <source>the named scope &apos;%1&apos; lists no program; give the ids of the programs it counts (such as 8;9), or leave the scope empty for a total</source>
        <translation>指定的範圍「%1」未列出任何產品線；請填入其計入之產品線的 ID（例如 8;9），或將範圍留空以表示總計</translation>
    </message>
    <message>
        <source>a total (empty scope) counts every program of its vendor and lists none; name the scope or leave programs empty</source>
        <translation>總計（範圍留空）會計入該廠商的所有產品線，因此不列出任何產品線；請為範圍命名，或將 programs 留空</translation>
    </message>
    <message>
        <source>program %1 (%2) belongs to %3, not to %4, the vendor of this figure</source>
        <translation>產品線 %1（%2）屬於 %3，而非此數據的廠商 %4</translation>
    </message>
</context>
<context>
    <name>ws::ScenarioComparisonChart</name>
    <message>
        <source>%1, scenario %2, %3: %4 % (%5 wafers)
%6 points against %7</source>
        <translation>%1，情境 %2，%3：%4 %（%5 片晶圓）
相較 %7 %6 個百分點</translation>
    </message>
    <message>
        <source>%1 (Δ %2 pt)</source>
        <translation>%1（Δ %2 個百分點）</translation>
    </message>
    <message>
        <source>Wafers in %1</source>
        <translation>晶圓數（%1）</translation>
    </message>
    <message>
        <source>Share in %1</source>
        <translation>占比（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 by scenario, %2&lt;/b&gt;&lt;br&gt;bars: each scenario; tooltips: difference to %3 · %4</source>
        <translation>&lt;b&gt;各情境的%1，%2&lt;/b&gt;&lt;br&gt;長條：各情境；工具提示：與 %3 的差異 · %4</translation>
    </message>
    <message>
        <source>AI compute wafer share</source>
        <translation>AI 運算晶圓占比</translation>
    </message>
    <message>
        <source>CoWoS wafer share</source>
        <translation>CoWoS 晶圓占比</translation>
    </message>
    <message>
        <source>all logic wafer share</source>
        <translation>所有邏輯晶圓占比</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 by scenario, %2&lt;/b&gt;&lt;br&gt;Δ under each vendor: difference to %3 in points&lt;br&gt;%4</source>
        <translation>&lt;b&gt;各情境的%1，%2&lt;/b&gt;&lt;br&gt;各廠商下方的 Δ：與 %3 的差異（百分點）&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>ws::ScenarioComparisonModel</name>
    <message>
        <source>%1, %2, %3: %4 % (%5 wafers), %6 points against the root scenario</source>
        <translation>%1，%2，%3：%4 %（%5 片晶圓），相較根情境 %6 個百分點</translation>
    </message>
</context>
<context>
    <name>ws::SchemaAudit</name>
    <message>
        <source>the list of schema objects (sqlite_master) cannot be read</source>
        <translation>無法讀取結構描述物件清單（sqlite_master）</translation>
    </message>
    <message>
        <source>%1 %2: not created by WaferShare</source>
        <translation>%1 %2：並非由 WaferShare 建立</translation>
    </message>
    <message>
        <source>%1 %2 on %3: not created by WaferShare</source>
        <translation>%1 %2（位於 %3）：並非由 WaferShare 建立</translation>
    </message>
    <message>
        <source>%1 %2: its definition differs from the one WaferShare creates</source>
        <translation>%1 %2：其定義與 WaferShare 建立的不同</translation>
    </message>
    <message>
        <source>%1 %2: missing</source>
        <translation>%1 %2：不存在</translation>
    </message>
</context>
<context>
    <name>ws::SensitivityModel</name>
    <message>
        <source>units</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>dies per package</source>
        <translation>每封裝晶粒數</translation>
    </message>
    <message>
        <source>die area (mm²)</source>
        <translation>晶粒面積（mm²）</translation>
    </message>
    <message>
        <source>defect density (per cm²)</source>
        <translation>缺陷密度（每 cm²）</translation>
    </message>
    <message>
        <source>yield model</source>
        <translation>良率模型</translation>
    </message>
    <message>
        <source>yield alpha</source>
        <translation>良率 alpha</translation>
    </message>
    <message>
        <source>interposer area (mm²)</source>
        <translation>中介層面積（mm²）</translation>
    </message>
    <message>
        <source>packaging yield</source>
        <translation>封裝良率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 in %3 → %4&apos;s share</source>
        <translation>%1，%2（%3）→ %4 的占比</translation>
    </message>
    <message>
        <source>−%1 %: %2 → %3 %</source>
        <translation>−%1 %：%2 → %3 %</translation>
    </message>
    <message>
        <source>as modelled: %1 → %2 %</source>
        <translation>模型推估值：%1 → %2 %</translation>
    </message>
    <message>
        <source>+%1 %: %2 → %3 %</source>
        <translation>+%1 %：%2 → %3 %</translation>
    </message>
    <message>
        <source>(capped at 1)</source>
        <translation>（上限為 1）</translation>
    </message>
    <message>
        <source>swing: %1%2 percentage points</source>
        <translation>變動幅度：%1%2 個百分點</translation>
    </message>
    <message>
        <source>Share at high minus share at low, in percentage points</source>
        <translation>高值時占比減去低值時占比，單位為百分點</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>產品線</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入項</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低值</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高值</translation>
    </message>
    <message>
        <source>Share at low</source>
        <translation>低值時占比</translation>
    </message>
    <message>
        <source>Share at high</source>
        <translation>高值時占比</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>變動幅度</translation>
    </message>
    <message>
        <source>packages per CoWoS wafer</source>
        <translation>每片 CoWoS 晶圓封裝數</translation>
    </message>
    <message>
        <source>packaging</source>
        <translation>封裝方式</translation>
    </message>
    <message>
        <source>harvest fraction</source>
        <translation>降規回收比例</translation>
    </message>
</context>
<context>
    <name>ws::SensitivityPage</name>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>晶片廠商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步幅(&amp;S)：</translation>
    </message>
    <message>
        <source>How far each input moves the vendor&apos;s share</source>
        <translation>各輸入值對該廠商占比的影響幅度</translation>
    </message>
    <message>
        <source>All logic wafers (I/O dies included)</source>
        <translation>所有邏輯晶圓（含 I/O 晶粒）</translation>
    </message>
</context>
<context>
    <name>ws::ServerRecordWriter</name>
    <message>
        <source>another row already has this %1</source>
        <translation>已有其他列使用此 %1</translation>
    </message>
    <message>
        <source>the file has another row with the same key; a row is written once per import</source>
        <translation>檔案中另有一列具有相同的鍵；每次匯入中每一列只寫入一次</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1；未匯入任何資料</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>匯入已取消，未匯入任何資料</translation>
    </message>
</context>
<context>
    <name>ws::ServerSchema</name>
    <message>
        <source>the database already holds tables that are not a WaferShare workbook; use an empty database (createdb NAME) or another schema</source>
        <translation>資料庫中已有不屬於 WaferShare 工作簿的資料表；請使用空白資料庫（createdb NAME）或其他結構描述</translation>
    </message>
    <message>
        <source>the database holds a workbook of schema version %1, newer than this program&apos;s %2</source>
        <translation>資料庫中工作簿的結構描述版本為 %1，比本程式的版本 %2 更新</translation>
    </message>
    <message>
        <source>the database holds a workbook of schema version %1, which this program does not upgrade on a server yet</source>
        <translation>資料庫中工作簿的結構描述版本為 %1，本程式目前尚無法在伺服器上升級此版本</translation>
    </message>
</context>
<context>
    <name>ws::ShareDonutChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 share, %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1占比，%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI compute wafer</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafer</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>all logic wafer</source>
        <translation>所有邏輯晶圓</translation>
    </message>
</context>
<context>
    <name>ws::ShareHistoryChart</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Share of wafers</source>
        <translation>晶圓占比</translation>
    </message>
    <message>
        <source>%1 (published)</source>
        <translation>%1（已公布）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 share by year&lt;/b&gt; — lines: modelled; squares: published</source>
        <translation>&lt;b&gt;%1逐年占比&lt;/b&gt; — 線條：模型推估；方塊：已公布</translation>
    </message>
    <message>
        <source>AI compute wafer</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafer</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>all logic wafer</source>
        <translation>所有邏輯晶圓</translation>
    </message>
    <message>
        <source>%1, %2: published %3 %
Source: %4
Modelled: %5</source>
        <translation>%1，%2：已公布 %3 %
來源：%4
模型推估：%5</translation>
    </message>
</context>
<context>
    <name>ws::SourceCitation</name>
    <message>
        <source>[%1]</source>
        <comment>a description standing in for a title</comment>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>ws::SourceDate</name>
    <message>
        <source>January</source>
        <translation>1 月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2 月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3 月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4 月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5 月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6 月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7 月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8 月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9 月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10 月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11 月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12 月</translation>
    </message>
    <message>
        <source>a day source needs its date as YYYY-MM-DD; when the day is not known, give the month (YYYY-MM) or the year with that precision</source>
        <translation>精確度為 day 的來源須以 YYYY-MM-DD 填寫日期；不知道確切日期時，請改填月份（YYYY-MM）或年份，並設定相應的精確度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a calendar day of the form YYYY-MM-DD, which precision &quot;day&quot; asks for; when the day is not known, give the month or the year with that precision</source>
        <translation>「%1」不是 YYYY-MM-DD 格式的日曆日期，而精確度 &quot;day&quot; 要求此格式；不知道確切日期時，請改填月份或年份，並設定相應的精確度</translation>
    </message>
    <message>
        <source>a month source needs its date as YYYY-MM</source>
        <translation>精確度為 month 的來源須以 YYYY-MM 填寫日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month of the form YYYY-MM, which precision &quot;month&quot; asks for</source>
        <translation>「%1」不是 YYYY-MM 格式的月份，而精確度 &quot;month&quot; 要求此格式</translation>
    </message>
    <message>
        <source>a year source needs its date as YYYY</source>
        <translation>精確度為 year 的來源須以 YYYY 填寫日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year of the form YYYY, which precision &quot;year&quot; asks for</source>
        <translation>「%1」不是 YYYY 格式的年份，而精確度 &quot;year&quot; 要求此格式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a date, but the precision is &quot;unknown&quot;: leave the date empty, or give the precision it has (day, month or year)</source>
        <translation>「%1」是日期，但精確度為 &quot;unknown&quot;：請將日期留空，或設定其實際的精確度（day、month 或 year）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不明</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month name, year</comment>
        <translation>%3 年 %2 %1 日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2 年 %1</translation>
    </message>
</context>
<context>
    <name>ws::SourceDelegate</name>
    <message>
        <source>(no source)</source>
        <translation>（無來源）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ws::SourceModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布單位</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Checked: the publication&apos;s title was not recorded, and the title column describes the source instead; it is cited in square brackets.</source>
        <translation>勾選時：表示未記錄刊物的標題，標題欄改為描述此來源；引用時會以方括號標示。</translation>
    </message>
    <message>
        <source>Type the date as far as it is known: YYYY-MM-DD, YYYY-MM, YYYY, or nothing.</source>
        <translation>依已知的程度輸入日期：YYYY-MM-DD、YYYY-MM、YYYY，或留空。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: type YYYY-MM-DD, YYYY-MM or YYYY, as far as the date is known, or leave it empty when it is not known.</source>
        <translation>「%1」不是日期：請依已知的程度輸入 YYYY-MM-DD、YYYY-MM 或 YYYY；日期不明時請留空。</translation>
    </message>
</context>
<context>
    <name>ws::SourcesPage</name>
    <message>
        <source>&amp;Add Source</source>
        <translation>新增來源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Source</source>
        <translation>移除來源(&amp;R)</translation>
    </message>
    <message>
        <source>A source that numbers still cite cannot be removed; point them at another source first.</source>
        <translation>仍有數據引用的來源無法移除；請先將這些數據改為引用其他來源。</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Assumptions cite a source from the Forecast page (right-click ▸ Cite Source…), relations from their Source column.</source>
        <translation>按兩下儲存格即可編輯。假設在「預測」頁面引用來源（按右鍵 ▸ 引用來源…），關係則在其「來源」欄中引用。</translation>
    </message>
    <message>
        <source>Every number cites a source.</source>
        <translation>每個數據都有引用來源。</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) cite no source</source>
        <translation>
            <numerusform>%n 個數據未引用來源</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新來源</translation>
    </message>
    <message>
        <source>Select the source to remove.</source>
        <translation>請選取要移除的來源。</translation>
    </message>
    <message>
        <source>Numbers citing no source</source>
        <translation>未引用來源的數據</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>ws::SqlDialect</name>
    <message>
        <source>your server role may not advance the ids of the table %1; ask the workbook&apos;s owner to run wafershare server init ADDRESS again, which grants it</source>
        <translation>您的伺服器角色無法推進資料表 %1 的 ID；請工作簿的擁有者再次執行 wafershare server init ADDRESS，以授予此權限</translation>
    </message>
</context>
<context>
    <name>ws::SqlResults</name>
    <message>
        <source>scenario %1 cannot be computed:
  %2</source>
        <translation>無法計算情境 %1：
  %2</translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainAnalysis</name>
    <message>
        <source>%1 has no year before it in the forecast; compare with Base instead.</source>
        <translation>%1 在預測中沒有前一年；請改與 Base 比較。</translation>
    </message>
    <message>
        <source>the forecast has no year %1</source>
        <translation>預測中沒有 %1 年</translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainPage</name>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>Who benefits</source>
        <translation>誰受惠</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a company to see its relations, its exposure to each chip vendor with the paths that make it up, and its sources. Double-click to show only its chain; hover to light its neighbours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按一下公司即可查看其關係、對各晶片廠商的曝險度及構成曝險度的路徑，以及其來源。按兩下可僅顯示其供應鏈；滑鼠停留可醒目標示其相鄰節點。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed — %1</source>
        <translation>未變更 — %1</translation>
    </message>
    <message>
        <source>Layered by tier</source>
        <translation>依層級分層</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>力導向</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重設版面配置</translation>
    </message>
    <message>
        <source>Forget the positions you dragged in this layout and compute it again (undoable)</source>
        <translation>捨棄您在此版面配置中拖曳的位置並重新計算（可復原）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Cancel layout</source>
        <translation>取消版面配置</translation>
    </message>
    <message>
        <source>Stop the layout being computed; the graph keeps its positions</source>
        <translation>停止計算中的版面配置；圖形保留目前位置</translation>
    </message>
    <message>
        <source>Find a company (English, 中文, ticker)</source>
        <translation>尋找公司（英文、中文、股票代號）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Show only the chain of one vendor</source>
        <translation>僅顯示單一廠商的供應鏈</translation>
    </message>
    <message>
        <source>Size by:</source>
        <translation>大小依據：</translation>
    </message>
    <message>
        <source>against the year before</source>
        <translation>與前一年比較</translation>
    </message>
    <message>
        <source>against Base</source>
        <translation>與 Base 比較</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Graph as PNG, SVG, PDF or GraphML…</source>
        <translation>圖形（PNG、SVG、PDF 或 GraphML）…</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>表格（CSV）…</translation>
    </message>
    <message>
        <source>Print the graph…</source>
        <translation>列印圖形…</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;.</source>
        <translation>找不到名為「%1」的公司。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>中文名:</source>
        <translation>中文名稱：</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>股票代號(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>國家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>層級(&amp;I)：</translation>
    </message>
    <message>
        <source>Add company…</source>
        <translation>新增公司…</translation>
    </message>
    <message>
        <source>Remove company</source>
        <translation>移除公司</translation>
    </message>
    <message>
        <source>Removed. Edit ▸ Undo brings it back with its relations.</source>
        <translation>已移除。執行「編輯 ▸ 復原」即可連同其關係一併恢復。</translation>
    </message>
    <message>
        <source>Add relation…</source>
        <translation>新增關係…</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>移除關係</translation>
    </message>
    <message>
        <source>Removed. Edit ▸ Undo brings it back.</source>
        <translation>已移除。執行「編輯 ▸ 復原」即可恢復。</translation>
    </message>
    <message>
        <source>Weight: the supplier&apos;s dependence on the customer, from 0 to 1. Double-click a cell to edit.</source>
        <translation>權重：供應商對該客戶的依賴程度，介於 0 到 1。按兩下儲存格即可編輯。</translation>
    </message>
    <message>
        <source>Every chain</source>
        <translation>所有供應鏈</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>impact (wafers)</source>
        <translation>影響（晶圓）</translation>
    </message>
    <message>
        <source>%1&apos;s chain</source>
        <translation>%1 的供應鏈</translation>
    </message>
    <message>
        <source>exposure to %1</source>
        <translation>對 %1 的曝險度</translation>
    </message>
    <message>
        <source>Node size: impact — the extra wafers&apos; worth of business a company&apos;s chain brings it in %1 %2 (exposure × each vendor&apos;s change in AI compute wafers).</source>
        <translation>節點大小：影響 — 在 %1 %2，公司的供應鏈為其帶來的額外業務量（以晶圓計；曝險度 × 各廠商 AI 運算晶圓的變化量）。</translation>
    </message>
    <message>
        <source>%1 wafers</source>
        <translation>%1 片晶圓</translation>
    </message>
    <message>
        <source>Node size: exposure to %1 — the sum over supply paths of the product of the weights (how much of a company&apos;s business depends on it).</source>
        <translation>節點大小：對 %1 的曝險度 — 所有供應路徑上權重乘積的總和（公司業務有多少比例依賴於它）。</translation>
    </message>
    <message>
        <source>exposure %1</source>
        <translation>曝險度 %1</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>未上市</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2 (weight %3)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 — %2（權重 %3）&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Supplies&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;供應給&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Buys from&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;採購自&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;：%2&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Exposure&lt;/h4&gt;&lt;p&gt;No supply path to a chip vendor.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;曝險度&lt;/h4&gt;&lt;p&gt;沒有通往晶片廠商的供應路徑。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Exposure&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;曝險度&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Impact&lt;/h4&gt;&lt;p&gt;%1 wafers&apos; worth in %2 %3%4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;影響&lt;/h4&gt;&lt;p&gt;在 %2 %3 相當於 %1 片晶圓的業務量%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, driven by %1</source>
        <translation>，由 %1 帶動</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Sources&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;來源&lt;/h4&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Showing the chain of %1 only; double-click it again to show everything.</source>
        <translation>僅顯示 %1 的供應鏈；再按兩下即可顯示全部。</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>Focus on its chain</source>
        <translation>聚焦於其供應鏈</translation>
    </message>
    <message>
        <source>Add a relation from %1…</source>
        <translation>從 %1 新增關係…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>縮放至符合視窗</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Add Company</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名稱：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>層級：</translation>
    </message>
    <message>
        <source>Added %1; fill in its details in the Companies tab.</source>
        <translation>已新增 %1；請在「公司」分頁填寫其詳細資訊。</translation>
    </message>
    <message>
        <source>Not added — %1</source>
        <translation>未新增 — %1</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>新增關係</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供應商：</translation>
    </message>
    <message>
        <source>%1 supplies:</source>
        <translation>%1 供應給：</translation>
    </message>
    <message>
        <source>Weight — how much of %1&apos;s business depends on %2 (0 to 1):</source>
        <translation>權重 — %1 的業務有多少比例依賴 %2（0 到 1）：</translation>
    </message>
    <message>
        <source>Added %1 → %2.</source>
        <translation>已新增 %1 → %2。</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>匯出圖形</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png);;GraphML (*.graphml)</source>
        <translation>SVG 向量圖 (*.svg);;PDF 文件 (*.pdf);;PNG 影像 (*.png);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>The graph was not exported: %1</source>
        <translation>圖形未匯出：%1</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>將表格匯出為 CSV</translation>
    </message>
    <message>
        <source>Wrote companies.csv, relations.csv and who-benefits.csv to %1.</source>
        <translation>已將 companies.csv、relations.csv 和 who-benefits.csv 寫入 %1。</translation>
    </message>
    <message>
        <source>Not exported — %1</source>
        <translation>未匯出 — %1</translation>
    </message>
    <message>
        <source>Graph layout</source>
        <translation>圖形版面配置</translation>
    </message>
    <message>
        <source>Find a company</source>
        <translation>尋找公司</translation>
    </message>
    <message>
        <source>Vendor chain</source>
        <translation>廠商供應鏈</translation>
    </message>
    <message>
        <source>Size nodes by</source>
        <translation>節點大小依據</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比較基準</translation>
    </message>
    <message>
        <source>Computing the layout</source>
        <translation>正在計算版面配置</translation>
    </message>
    <message>
        <source>Supply-chain graph</source>
        <translation>供應鏈圖</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>公司詳細資訊</translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainRules</name>
    <message>
        <source>a company needs an English name.</source>
        <translation>公司必須有英文名稱。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier; use one of %2.</source>
        <translation>「%1」不是有效的層級；請使用下列其中之一：%2。</translation>
    </message>
    <message>
        <source>a company named &apos;%1&apos; exists already.</source>
        <translation>已有名為「%1」的公司。</translation>
    </message>
    <message>
        <source>a weight is the supplier&apos;s dependence on the customer, from 0 to 1 (got %1).</source>
        <translation>權重是供應商對該客戶的依賴程度，須介於 0 到 1（目前為 %1）。</translation>
    </message>
    <message>
        <source>the supplier (company id %1) does not exist.</source>
        <translation>供應商（公司 ID %1）不存在。</translation>
    </message>
    <message>
        <source>the customer (company id %1) does not exist.</source>
        <translation>客戶（公司 ID %1）不存在。</translation>
    </message>
    <message>
        <source>%1 cannot supply itself.</source>
        <translation>%1 不能供應給自己。</translation>
    </message>
    <message>
        <source>%1 already supplies %2 (%3); edit that relation instead.</source>
        <translation>%1 已供應給 %2（%3）；請改為編輯該關係。</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>無類型</translation>
    </message>
</context>
<context>
    <name>ws::SupplyChainScene</name>
    <message numerus="yes">
        <source>Laying out %n companies…</source>
        <translation>
            <numerusform>正在為 %n 家公司配置版面…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout cancelled; the previous positions stay.</source>
        <translation>已取消版面配置；保留先前的位置。</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>版面配置失敗：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;weight %4 (the supplier&apos;s dependence on this customer)</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;權重 %4（供應商對此客戶的依賴程度）</translation>
    </message>
</context>
<context>
    <name>ws::TextRules</name>
    <message>
        <source>character %1 is the control character %2, which cannot be shown; remove it</source>
        <translation>第 %1 個字元是無法顯示的控制字元 %2；請將其移除</translation>
    </message>
    <message>
        <source>a name may be at most %1 characters long, and this one has %2; shorten it</source>
        <translation>名稱最多只能有 %1 個字元，而此名稱有 %2 個；請縮短</translation>
    </message>
    <message>
        <source>a name cannot be empty; type at least one character</source>
        <translation>名稱不可為空白；請至少輸入一個字元</translation>
    </message>
    <message>
        <source>a note may be at most %1 characters long, and this one has %2; shorten it</source>
        <translation>備註最多只能有 %1 個字元，而此備註有 %2 個；請縮短</translation>
    </message>
</context>
<context>
    <name>ws::Tier</name>
    <message>
        <source>Chip design</source>
        <translation>晶片設計</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>晶圓代工</translation>
    </message>
    <message>
        <source>Packaging and test</source>
        <translation>封裝測試</translation>
    </message>
    <message>
        <source>Substrates and PCBs</source>
        <translation>載板與 PCB</translation>
    </message>
    <message>
        <source>Servers and racks</source>
        <translation>伺服器與機櫃</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>網通</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>散熱</translation>
    </message>
    <message>
        <source>Cables and connectors</source>
        <translation>線材與連接器</translation>
    </message>
    <message>
        <source>Rails</source>
        <translation>滑軌</translation>
    </message>
    <message>
        <source>Chip vendors</source>
        <translation>晶片廠商</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
</context>
<context>
    <name>ws::TornadoChart</name>
    <message>
        <source>No input moves %1&apos;s share</source>
        <translation>沒有任何輸入會影響 %1 的占比</translation>
    </message>
    <message>
        <source>input −%1 %</source>
        <translation>輸入 −%1 %</translation>
    </message>
    <message>
        <source>input +%1 %</source>
        <translation>輸入 +%1 %</translation>
    </message>
    <message>
        <source>Change in %1 share, percentage points</source>
        <translation>%1 占比變化（百分點）</translation>
    </message>
    <message>
        <source>AI compute wafer</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafer</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>&lt;b&gt;What moves %1&apos;s %2 share in %3&lt;/b&gt;&lt;br&gt;each input moved ±%4 % on its own; 0 = the modelled share of %5 %</source>
        <translation>&lt;b&gt;影響 %1 於 %3 %2 占比的因素&lt;/b&gt;&lt;br&gt;各項輸入分別單獨變動 ±%4 %；0 = 模型推估占比 %5 %</translation>
    </message>
    <message>
        <source>all logic wafer</source>
        <translation>所有邏輯晶圓</translation>
    </message>
</context>
<context>
    <name>ws::UnsourcedModel</name>
    <message>
        <source>Assumption</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數據</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ws::VendorGroups</name>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Others (with %1)</source>
        <translation>其他（含 %1）</translation>
    </message>
</context>
<context>
    <name>ws::VendorShareModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2: %3 % of %4 (%5 wafers)</source>
        <translation>%1，%2：占 %4 的 %3 %（%5 片晶圓）</translation>
    </message>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>Published: %1 %</source>
        <translation>已公布：%1 %</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>all logic wafers</source>
        <translation>所有邏輯晶圓</translation>
    </message>
</context>
<context>
    <name>ws::VendorStackChart</name>
    <message>
        <source>%1, %2: %3 % of %4 (%5 wafers)
Scenario %6</source>
        <translation>%1，%2：占 %4 的 %3 %（%5 片晶圓）
情境 %6</translation>
    </message>
    <message>
        <source>AI compute wafers</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafers</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>Published: %1 % — %2</source>
        <translation>已公布：%1 % — %2</translation>
    </message>
    <message>
        <source>%1 (published)</source>
        <translation>%1（已公布）</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 占比</translation>
    </message>
    <message>
        <source>AI compute (logic) wafers per year</source>
        <translation>每年 AI 運算（邏輯）晶圓數</translation>
    </message>
    <message>
        <source>CoWoS wafers per year</source>
        <translation>每年 CoWoS 晶圓數</translation>
    </message>
    <message>
        <source>AI compute wafer</source>
        <translation>AI 運算晶圓</translation>
    </message>
    <message>
        <source>CoWoS wafer</source>
        <translation>CoWoS 晶圓</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 share by vendor&lt;/b&gt;&lt;br&gt;%2 — squares: published shares</source>
        <translation>&lt;b&gt;各廠商 %1 占比&lt;/b&gt;&lt;br&gt;%2 — 方塊：已公布占比</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 volumes by vendor&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;各廠商 %1 數量&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>all logic wafers</source>
        <translation>所有邏輯晶圓</translation>
    </message>
    <message>
        <source>All logic wafers per year (I/O dies included)</source>
        <translation>每年所有邏輯晶圓數（含 I/O 晶粒）</translation>
    </message>
    <message>
        <source>all logic wafer</source>
        <translation>所有邏輯晶圓</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;i&gt;Hidden: %2. The other shares are not re-normalised: each stays a share of all vendors&apos; wafers.&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;&lt;i&gt;已隱藏：%2。其餘占比不會重新正規化：各自仍為占所有廠商晶圓的比例。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ws::Workbook</name>
    <message>
        <source>%1 is read-only, so nothing was changed. Save a copy with File ▸ Save As to edit it.</source>
        <translation>%1 為唯讀，因此未做任何變更。請使用「檔案 ▸ 另存新檔」儲存副本後再編輯。</translation>
    </message>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation>無法讀取工作簿：%1</translation>
    </message>
    <message>
        <source>there is no program %1 in %2</source>
        <translation>%2 中沒有產品線 %1</translation>
    </message>
    <message>
        <source>Edited on %1; was %2.</source>
        <translation>於 %1 編輯；原為 %2。</translation>
    </message>
    <message>
        <source>%1 on %2; was %3.</source>
        <translation>%1 於 %2；原為 %3。</translation>
    </message>
    <message>
        <source>Set %1 %2 %3 to %4</source>
        <translation>將 %1 %2 %3 設為 %4</translation>
    </message>
    <message>
        <source>this cell is not overridden in %1</source>
        <translation>此儲存格在 %1 中未被覆寫</translation>
    </message>
    <message>
        <source>Revert %1 %2 %3 to the parent&apos;s %4</source>
        <translation>將 %1 %2 %3 還原為上層情境的 %4</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>情境必須有名稱</translation>
    </message>
    <message>
        <source>a scenario named &apos;%1&apos; exists already</source>
        <translation>已有名為「%1」的情境</translation>
    </message>
    <message>
        <source>Based on %1.</source>
        <translation>以 %1 為基礎。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be created</source>
        <translation>無法建立「%1」</translation>
    </message>
    <message>
        <source>Copy of %1.</source>
        <translation>%1 的副本。</translation>
    </message>
    <message>
        <source>there is no such scenario</source>
        <translation>沒有此情境</translation>
    </message>
    <message>
        <source>%1 is the root scenario every other is based on; it cannot be deleted</source>
        <translation>%1 是所有其他情境所依據的根情境，無法刪除</translation>
    </message>
    <message>
        <source>%1 is based on %2; delete it first</source>
        <translation>%1 以 %2 為基礎；請先刪除 %1</translation>
    </message>
    <message>
        <source>%1 could not be deleted</source>
        <translation>無法刪除 %1</translation>
    </message>
    <message>
        <source>a program needs a name</source>
        <translation>產品線必須有名稱</translation>
    </message>
    <message>
        <source>a program named &apos;%1&apos; exists already</source>
        <translation>已有名為「%1」的產品線</translation>
    </message>
    <message>
        <source>there is no vendor with id %1</source>
        <translation>沒有 ID 為 %1 的廠商</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>於 %1 新增。</translation>
    </message>
    <message>
        <source>Assumption: starting value of a new program; edit it.</source>
        <translation>假設：新產品線的初始值；請自行編輯。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be added</source>
        <translation>無法新增「%1」</translation>
    </message>
    <message>
        <source>there is no program with id %1</source>
        <translation>沒有 ID 為 %1 的產品線</translation>
    </message>
    <message>
        <source>the program could not be removed</source>
        <translation>無法移除產品線</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>來源必須有標題</translation>
    </message>
    <message>
        <source>there is no source with id %1</source>
        <translation>沒有 ID 為 %1 的來源</translation>
    </message>
    <message>
        <source>%1 %2 has no stored value to cite a source for</source>
        <translation>%1 %2 沒有已儲存的值可供引用來源</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>無來源</translation>
    </message>
    <message numerus="yes">
        <source>Cite %1 for %n cell(s)</source>
        <translation>
            <numerusform>為 %n 個儲存格引用 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be reverted row by row; import the earlier file again.</source>
        <translation>匯入無法逐列還原；請重新匯入先前的檔案。</translation>
    </message>
    <message>
        <source>This line of the audit trail does not name a cell.</source>
        <translation>稽核軌跡的這一行未指明儲存格。</translation>
    </message>
    <message>
        <source>The scenario of this change no longer exists.</source>
        <translation>此變更所屬的情境已不存在。</translation>
    </message>
    <message>
        <source>The cell is no longer stored, so there is no source to set.</source>
        <translation>此儲存格已不再儲存，因此無法設定來源。</translation>
    </message>
    <message>
        <source>Adding or removing a scenario is undone with Edit ▸ Undo, not here.</source>
        <translation>新增或移除情境須以「編輯 ▸ 復原」復原，無法在此處還原。</translation>
    </message>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>此情境已不存在。</translation>
    </message>
    <message>
        <source>Adding or removing a company is undone with Edit ▸ Undo, not here.</source>
        <translation>新增或移除公司須以「編輯 ▸ 復原」復原，無法在此處還原。</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>此公司已不存在。</translation>
    </message>
    <message>
        <source>Adding or removing a relation is undone with Edit ▸ Undo, not here.</source>
        <translation>新增或移除關係須以「編輯 ▸ 復原」復原，無法在此處還原。</translation>
    </message>
    <message>
        <source>The relation no longer exists.</source>
        <translation>此關係已不存在。</translation>
    </message>
    <message>
        <source>Adding or removing a source is undone with Edit ▸ Undo, not here.</source>
        <translation>新增或移除來源須以「編輯 ▸ 復原」復原，無法在此處還原。</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>此來源已不存在。</translation>
    </message>
    <message>
        <source>Changes to %1 cannot be reverted here; use Edit ▸ Undo.</source>
        <translation>%1 的變更無法在此處還原；請使用「編輯 ▸ 復原」。</translation>
    </message>
    <message>
        <source>Revert %1 of %2 to %3</source>
        <translation>將 %2 的 %1 還原為 %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Company field %1 cannot be reverted here.</source>
        <translation>公司欄位 %1 無法在此處還原。</translation>
    </message>
    <message>
        <source>Relation field %1 cannot be reverted here.</source>
        <translation>關係欄位 %1 無法在此處還原。</translation>
    </message>
    <message>
        <source>Source field %1 cannot be reverted here.</source>
        <translation>來源欄位 %1 無法在此處還原。</translation>
    </message>
    <message>
        <source>there is no company with id %1</source>
        <translation>沒有 ID 為 %1 的公司</translation>
    </message>
    <message>
        <source>there is no relation with id %1</source>
        <translation>沒有 ID 為 %1 的關係</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移動 %1</translation>
    </message>
    <message>
        <source>Move %1 companies</source>
        <translation>移動 %1 家公司</translation>
    </message>
    <message>
        <source>Reset the %1 layout</source>
        <translation>重設「%1」版面配置</translation>
    </message>
    <message>
        <source>Assumption: starting value of a new die kind; edit it.</source>
        <translation>假設：新晶粒類型的初始值；請自行編輯。</translation>
    </message>
    <message>
        <source>%1 holds the die kinds %2; remove them first</source>
        <translation>%1 含有晶粒類型 %2；請先移除這些晶粒類型</translation>
    </message>
    <message>
        <source>the fit proposes no change</source>
        <translation>擬合未提出任何變更</translation>
    </message>
    <message>
        <source>the units changed since the fit was previewed; preview it again</source>
        <translation>預覽擬合之後出貨量已有變動；請重新預覽</translation>
    </message>
    <message>
        <source>figures without a vintage</source>
        <translation>未標示版次的數據</translation>
    </message>
    <message>
        <source>Fit %1 units to %2</source>
        <translation>將 %1 年出貨量擬合至 %2</translation>
    </message>
    <message>
        <source>Fit units to %1</source>
        <translation>將出貨量擬合至 %1</translation>
    </message>
    <message>
        <source>CoWoS demand of %1 exceeds the recorded capacity in %2: %3 k wafers needed, %4 k available (%5 %).</source>
        <translation>情境 %1 在 %2 年的 CoWoS 需求超過已記錄產能：需要 %3 千片晶圓，可用 %4 千片（%5 %）。</translation>
    </message>
    <message>
        <source>the connection to the server is lost (%1), so nothing was changed. Edits are taken again as soon as it is back.</source>
        <translation>與伺服器的連線已中斷（%1），因此未做任何變更。連線恢復後即可再次編輯。</translation>
    </message>
    <message>
        <source>A colleague replaced the workbook on the server; it was read again.</source>
        <translation>有同事取代了伺服器上的工作簿；已重新讀取。</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4</source>
        <translation>情境 %4 的 %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%2 %3 的 %1</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 變更了 %2。</translation>
    </message>
    <message>
        <source>%1 set %2 to %3.</source>
        <translation>%1 將 %2 設為 %3。</translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s) in all)</source>
        <translation>
            <numerusform>（共 %n 項變更）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: %2, so nothing was changed. Ask the workbook&apos;s owner for the role wafershare_analyst to edit it.</source>
        <translation>%1 為唯讀：%2，因此未做任何變更。若要編輯，請向工作簿的擁有者申請角色 wafershare_analyst。</translation>
    </message>
    <message>
        <source>%1 %2 %3 was changed by %4 after you read it; their value %5 is shown now. Nothing was changed; enter %6 again to replace it.</source>
        <translation>%1 %2 %3 在您讀取後已由 %4 變更；目前顯示的是對方的值 %5。未做任何變更；若要取代，請再次輸入 %6。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>（繼承值）</translation>
    </message>
    <message>
        <source>%1 imported %2 into %3 (%4).</source>
        <translation>%1 將 %2 匯入 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>ws::WorkbookCopy</name>
    <message>
        <source>the target has no column %1.%2</source>
        <translation>目標沒有 %1.%2 欄</translation>
    </message>
    <message>
        <source>cannot copy the table %1: %2</source>
        <translation>無法複製資料表 %1：%2</translation>
    </message>
    <message>
        <source>the target already holds a workbook; nothing was changed. Copy with --replace to replace it.</source>
        <translation>目標已有一本工作簿；未做任何變更。要取代它，請加上 --replace 再複製。</translation>
    </message>
</context>
<context>
    <name>ws::WorkbookFileDialog</name>
    <message>
        <source>WaferShare workbooks (*.wafershare *.sqlite *.db)</source>
        <translation>WaferShare 工作簿 (*.wafershare *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ws::WorkbookJson</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>this JSON file is not a WaferShare workbook export (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>此 JSON 檔案不是 WaferShare 工作簿匯出檔（其 &quot;format&quot; 不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the export was written by a newer WaferShare (schema version %1; this program reads up to %2)</source>
        <translation>此匯出檔由較新版的 WaferShare 寫入（結構描述版本 %1；本程式最高僅能讀取 %2）</translation>
    </message>
    <message>
        <source>the export has a table &apos;%1&apos;, which a workbook does not have</source>
        <translation>匯出檔含有資料表「%1」，但工作簿中沒有此資料表</translation>
    </message>
    <message>
        <source>table %1: &apos;%2&apos; is not one of its columns</source>
        <translation>資料表 %1：「%2」不是其欄位之一</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>資料表 %1：%2</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 values for %4 columns</source>
        <translation>資料表 %1，第 %2 列：%4 個欄位卻有 %3 個值</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: a value must be a number, text or null</source>
        <translation>資料表 %1，第 %2 列，欄位 %3：值必須是數字、文字或 null</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>資料表 %1，第 %2 列：%3</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>資料表 %1，第 %2 列，欄位 %3：%4</translation>
    </message>
    <message>
        <source>the export has no whole-number &quot;schema_version&quot;; export the workbook again with `wafershare export --all`</source>
        <translation>匯出檔中沒有整數的 &quot;schema_version&quot;；請使用 `wafershare export --all` 重新匯出工作簿</translation>
    </message>
    <message>
        <source>schema version %1 is none that WaferShare writes; this program reads versions 1 to %2</source>
        <translation>結構描述版本 %1 不是 WaferShare 會寫入的版本；本程式可讀取版本 1 到 %2</translation>
    </message>
    <message>
        <source>the export has no &quot;tables&quot; object</source>
        <translation>匯出檔中沒有 &quot;tables&quot; 物件</translation>
    </message>
    <message>
        <source>the export lacks the table(s) %1, which schema version %2 has; export the workbook again with `wafershare export --all`</source>
        <translation>匯出檔缺少結構描述版本 %2 所含的資料表 %1；請使用 `wafershare export --all` 重新匯出工作簿</translation>
    </message>
    <message>
        <source>table scenario: %1</source>
        <translation>資料表 scenario：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), nothing was imported:</source>
        <translation>
            <numerusform>%n 個問題，未匯入任何資料：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1, row id %2: refers to a row of %3 that is not in the export</source>
        <translation>資料表 %1，id 為 %2 的列：參照了 %3 中不在匯出檔內的列</translation>
    </message>
    <message>
        <source>table source: %1</source>
        <translation>資料表 source：%1</translation>
    </message>
    <message>
        <source>table program: %1</source>
        <translation>資料表 program：%1</translation>
    </message>
    <message>
        <source>table assumption: %1</source>
        <translation>資料表 assumption：%1</translation>
    </message>
    <message>
        <source>table reported_value, row id %1, column %2: %3</source>
        <translation>資料表 reported_value，id 為 %1 的列，欄位 %2：%3</translation>
    </message>
</context>
<context>
    <name>ws::WorkbookTables</name>
    <message>
        <source>the scenario has no year %1 (it has: %2)</source>
        <translation>情境沒有 %1 年（現有：%2）</translation>
    </message>
    <message>
        <source>the supply chain cannot be read: %1</source>
        <translation>無法讀取供應鏈：%1</translation>
    </message>
</context>
<context>
    <name>ws::WorkbookWriter</name>
    <message>
        <source>cannot save the change: %1</source>
        <translation>無法儲存變更：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a scenario named &apos;%1&apos; exists already</source>
        <translation>已有名為「%1」的情境</translation>
    </message>
    <message>
        <source>other scenarios are based on it; delete those first</source>
        <translation>有其他情境以此為基礎；請先刪除那些情境</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>沒有 ID 為 %1 的情境</translation>
    </message>
    <message>
        <source>a program named &apos;%1&apos; exists already</source>
        <translation>已有名為「%1」的產品線</translation>
    </message>
    <message>
        <source>there is no program with id %1</source>
        <translation>沒有 ID 為 %1 的產品線</translation>
    </message>
    <message>
        <source>there is no company with id %1</source>
        <translation>沒有 ID 為 %1 的公司</translation>
    </message>
    <message>
        <source>there is no relation with id %1</source>
        <translation>沒有 ID 為 %1 的關係</translation>
    </message>
    <message>
        <source>numbers still cite this source; point them at another one first</source>
        <translation>仍有數據引用此來源；請先將其改為引用其他來源</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 於 %2</translation>
    </message>
    <message>
        <source>inherited from the parent scenario</source>
        <translation>繼承自上層情境</translation>
    </message>
    <message>
        <source>it was changed by someone else after you read it (it is now %1); nothing was changed</source>
        <translation>此值在您讀取後已由其他人變更（目前為 %1）；未做任何變更</translation>
    </message>
    <message>
        <source>it was changed by %1 after you read it (it is now %2); nothing was changed</source>
        <translation>此值在您讀取後已由 %1 變更（目前為 %2）；未做任何變更</translation>
    </message>
    <message>
        <source>someone at %1</source>
        <translation>某人於 %1</translation>
    </message>
    <message>
        <source>a company named &apos;%1&apos; exists already</source>
        <translation>已有名為「%1」的公司</translation>
    </message>
    <message>
        <source>The company %1</source>
        <translation>公司 %1</translation>
    </message>
    <message>
        <source>The relation %1</source>
        <translation>關係 %1</translation>
    </message>
    <message>
        <source>The place of company %1 in the %2 layout</source>
        <translation>公司 %1 在「%2」版面配置中的位置</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you read it; nothing was changed</source>
        <translation>%1 在您讀取後已由其他人變更；未做任何變更</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you read it; nothing was changed</source>
        <translation>%1 在您讀取後已由 %2 變更；未做任何變更</translation>
    </message>
    <message>
        <source>someone else added a %1 with the id %2 at the same moment; nothing was changed. Try again.</source>
        <translation>其他人同時新增了 ID 為 %2 的 %1；未做任何變更。請再試一次。</translation>
    </message>
    <message>
        <source>The scenario %1</source>
        <translation>情境 %1</translation>
    </message>
    <message>
        <source>The program %1</source>
        <translation>產品線 %1</translation>
    </message>
    <message>
        <source>The source %1</source>
        <translation>來源 %1</translation>
    </message>
</context>
<context>
    <name>ws::XlsxFile</name>
    <message>
        <source>cannot start an Excel file in %1</source>
        <translation>無法在 %1 中開始建立 Excel 檔案</translation>
    </message>
    <message>
        <source>Excel refused the sheet name %1</source>
        <translation>Excel 拒絕了工作表名稱 %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows, more than the %3 an Excel sheet holds</source>
        <translation>%1 有 %2 列，超過 Excel 工作表可容納的 %3 列</translation>
    </message>
    <message>
        <source>the Excel file being made in %1</source>
        <translation>正在 %1 中建立的 Excel 檔案</translation>
    </message>
    <message>
        <source>the Excel file cannot be made: %1</source>
        <translation>無法建立 Excel 檔案：%1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the Excel file: %1. Nothing was written.</source>
        <translation>無法為 Excel 檔案建立暫存資料夾：%1。未寫入任何資料。</translation>
    </message>
    <message>
        <source>%1. Nothing was written.</source>
        <translation>%1。未寫入任何資料。</translation>
    </message>
    <message>
        <source>cannot read back the Excel file just made: %1. Nothing was written.</source>
        <translation>無法讀回剛建立的 Excel 檔案：%1。未寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>ws::YieldModel</name>
    <message>
        <source>Poisson</source>
        <translation>卜瓦松</translation>
    </message>
    <message>
        <source>Murphy</source>
        <translation>Murphy</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Negative binomial</source>
        <translation>負二項</translation>
    </message>
</context>
</TS>
