<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../actgui/ui/app.py" line="84"/>
        <source>Restored what was open last time (autosaved).</source>
        <translation>已恢复上次打开的内容（自动保存）。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="88"/>
        <source>Could not restore the last session: {error}</source>
        <translation>无法恢复上次的会话：{error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../actgui/cli.py" line="52"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it looks them up through argparse._ at run time)</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="53"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="54"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="55"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="56"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="89"/>
        <source>Explore neural-network activation functions: f, f&apos;, f&apos;&apos;, parameters, properties. With no command, opens the window.</source>
        <translation>探索神经网络激活函数：f、f&apos;、f&apos;&apos;、参数与性质。不带子命令时打开窗口。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="99"/>
        <source>open the window on a saved session</source>
        <translation>打开窗口并载入已保存的会话</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="105"/>
        <location filename="../../actgui/cli.py" line="253"/>
        <source>language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="110"/>
        <source>print the catalog of activation functions</source>
        <translation>列出激活函数目录</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="112"/>
        <source>Print every activation function: id, name, family, parameters with defaults and valid ranges.</source>
        <translation>列出所有激活函数：id、名称、类别，以及参数的默认值和有效范围。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="121"/>
        <source>print JSON instead of a table</source>
        <translation>以 JSON 而非表格输出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="127"/>
        <source>also compute each function&apos;s properties at its default parameters</source>
        <translation>同时计算每个函数在默认参数下的性质</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="135"/>
        <source>write a figure (.png .svg .pdf) or a table (.csv) of f, f&apos;, f&apos;&apos;</source>
        <translation>导出 f、f&apos;、f&apos;&apos; 的图像（.png .svg .pdf）或表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="140"/>
        <source>Export curves without opening the window. The format comes from OUT&apos;s suffix: .png, .svg, .pdf or .csv. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).</source>
        <translation>无需打开窗口即可导出曲线。格式由 OUT 的后缀决定：.png、.svg、.pdf 或 .csv。SPEC 是函数目录中的 id，可带参数，例如 leaky_relu(negative_slope=0.2)。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="149"/>
        <source>file to write (.png, .svg, .pdf or .csv)</source>
        <translation>要写入的文件（.png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="157"/>
        <source>a function to export (repeatable, in this order)</source>
        <translation>要导出的函数（可重复，按给出的顺序）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="163"/>
        <source>left end of x (default -6)</source>
        <translation>x 的左端（默认 -6）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="169"/>
        <source>right end of x (default 6)</source>
        <translation>x 的右端（默认 6）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="175"/>
        <source>samples per curve, 2..1000000 (default 2000)</source>
        <translation>每条曲线的采样点数，2 到 1000000（默认 2000）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="182"/>
        <source>which of f (0), f&apos; (1), f&apos;&apos; (2) to include, e.g. 0,1,2 (default 0,1, or the session&apos;s rows)</source>
        <translation>包含 f (0)、f&apos; (1)、f&apos;&apos; (2) 中的哪些，例如 0,1,2（默认 0,1，或会话中显示的行）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="192"/>
        <source>figure width in pixels (default 1000)</source>
        <translation>图像宽度，像素（默认 1000）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="198"/>
        <source>figure height in pixels (default 700)</source>
        <translation>图像高度，像素（默认 700）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="205"/>
        <source>figure style (default publication)</source>
        <translation>图像样式（默认 publication，出版风格）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="211"/>
        <source>PNG pixel scale, e.g. 2 for 2x (default 1)</source>
        <translation>PNG 像素倍率，例如 2 表示两倍（默认 1）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="217"/>
        <source>PDF resolution: page size = pixels / dpi inches</source>
        <translation>PDF 分辨率：页面尺寸 = 像素 / dpi 英寸</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="222"/>
        <source>PNG with a transparent background</source>
        <translation>PNG 使用透明背景</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="228"/>
        <source>export what a saved session shows (its curves, range, samples and rows); -f, --x-min, --x-max, --points and --derivatives override it</source>
        <translation>导出已保存会话中显示的内容（曲线、范围、采样点和绘图行）；-f、--x-min、--x-max、--points 和 --derivatives 可覆盖它</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="240"/>
        <source>render the whole main window to a PNG (no screen needed)</source>
        <translation>将整个主窗口渲染为 PNG（无需屏幕）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="243"/>
        <source>Render the main window, as it opens, to a PNG file.</source>
        <translation>将刚打开时的主窗口渲染为 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="247"/>
        <source>PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="259"/>
        <source>window width in pixels (default 1400)</source>
        <translation>窗口宽度，像素（默认 1400）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="265"/>
        <source>window height in pixels (default 880)</source>
        <translation>窗口高度，像素（默认 880）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="271"/>
        <source>colour theme (default light)</source>
        <translation>配色主题（默认 light，浅色）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="276"/>
        <source>render the window on a saved session</source>
        <translation>渲染载入已保存会话的窗口</translation>
    </message>
    <message>
        <location filename="../../actgui/cli.py" line="285"/>
        <source>show these curves instead of the first-launch five (repeatable)</source>
        <translation>显示这些曲线，而不是首次启动时的五条（可重复）</translation>
    </message>
</context>
<context>
    <name>CustomFunctionDialog</name>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="41"/>
        <source>New custom function</source>
        <translation>新建自定义函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="46"/>
        <source>e.g. quick GELU</source>
        <translation>例如：quick GELU</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="51"/>
        <source>Functions: </source>
        <translation>可用函数：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="53"/>
        <source>; and any catalog id, e.g. gelu(x), leaky_relu(x, negative_slope=0.2)</source>
        <translation>；以及任意函数目录 id，例如 gelu(x)、leaky_relu(x, negative_slope=0.2)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="57"/>
        <source>one per line, e.g.
a = 1.0 in [0, 5]</source>
        <translation>每行一个，例如
a = 1.0 in [0, 5]</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="80"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="81"/>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="82"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="101"/>
        <source>parameters: </source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="110"/>
        <source>Type an expression in x, e.g. </source>
        <translation>输入关于 x 的表达式，例如 </translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="131"/>
        <source>OK: f′ and f″ are computed exactly.</source>
        <translation>正确：f′ 与 f″ 将被精确计算。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="31"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="32"/>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="33"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="34"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="73"/>
        <source>As on screen</source>
        <translation>与屏幕显示一致</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="74"/>
        <source>Publication (white, thick lines, large text)</source>
        <translation>出版用（白底、粗线条、大字号）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="93"/>
        <source>PNG pixels per layout pixel: 2 gives a sharp figure for print</source>
        <translation>每个布局像素对应的 PNG 像素数：设为 2 可得到适合打印的清晰图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="98"/>
        <source>PDF page size is width / dpi by height / dpi inches</source>
        <translation>PDF 页面尺寸为（宽度 / dpi）×（高度 / dpi）英寸</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="99"/>
        <source>Transparent background (PNG)</source>
        <translation>透明背景（PNG）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="120"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="121"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="122"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="123"/>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="124"/>
        <source>PDF dpi</source>
        <translation>PDF 分辨率（dpi）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="126"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="155"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="170"/>
        <source>the file name must end in .png, .svg, .pdf or .csv, not {got}</source>
        <translation>文件名必须以 .png、.svg、.pdf 或 .csv 结尾，而不是 {got}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="191"/>
        <source>Could not export: </source>
        <translation>无法导出：</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="31"/>
        <source>Sigmoidal</source>
        <translation>S 型</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="32"/>
        <source>ReLU family</source>
        <translation>ReLU 系列</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="33"/>
        <source>Smooth gated</source>
        <translation>平滑门控</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="34"/>
        <source>Hard / piecewise</source>
        <translation>硬近似 / 分段</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="35"/>
        <source>Shrink</source>
        <translation>收缩</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="36"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FunctionList</name>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="50"/>
        <source>Filter functions…</source>
        <extracomment>a function was clicked (id): select its curve or show its description</extracomment>
        <translation>筛选函数…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="153"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="60"/>
        <source>Property</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="60"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="78"/>
        <source>Copy as PyTorch</source>
        <translation>复制 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="79"/>
        <source>Copy as Keras</source>
        <translation>复制 Keras 代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="96"/>
        <source>Properties (current parameters)</source>
        <translation>性质（当前参数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="99"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="163"/>
        <source>Custom function: f′ and f″ are computed exactly from the expression.</source>
        <translation>自定义函数：f′ 与 f″ 由表达式精确求出。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="198"/>
        <source>no built-in</source>
        <translation>无内置实现</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="208"/>
        <source>Copied: </source>
        <translation>已复制：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="227"/>
        <source>f is undefined somewhere on the real line</source>
        <translation>f 在实数轴上某些位置无定义</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="231"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="281"/>
        <source>Curves</source>
        <extracomment>where the state is saved a few seconds after each change and on exit</extracomment>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="282"/>
        <location filename="../../actgui/ui/main_window.py" line="560"/>
        <source>Depth lab</source>
        <translation>深度实验室</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="285"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="285"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="285"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="285"/>
        <source>Readout</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="291"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="292"/>
        <source>Show the x range and fit the y axes</source>
        <translation>显示设定的 x 范围，并让 y 轴适配曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="295"/>
        <source>Show or hide the row of {row}</source>
        <translation>显示或隐藏 {row} 绘图行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="299"/>
        <source>Overlay derivatives</source>
        <translation>叠加导数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="300"/>
        <source>Draw f′ dashed and f″ dotted in the value plot</source>
        <translation>在函数值图中以虚线绘制 f′，以点线绘制 f″</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="301"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="303"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="304"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="307"/>
        <source>Shade saturation |f′| &lt; ε</source>
        <translation>标出饱和区 |f′| &lt; ε</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="308"/>
        <source>Shade where the selected curve&apos;s gradient is tiny</source>
        <translation>用阴影标出所选曲线梯度极小的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="309"/>
        <source>Saturation</source>
        <translation>饱和区</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="313"/>
        <source>Shade dead zones (f′ = 0)</source>
        <translation>标出死区（f′ = 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="314"/>
        <source>Shade where the selected curve&apos;s gradient is exactly zero</source>
        <translation>用阴影标出所选曲线梯度恰好为零的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="315"/>
        <source>Dead zones</source>
        <translation>死区</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="319"/>
        <source>New custom function…</source>
        <translation>新建自定义函数…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="320"/>
        <source>Type an expression in x; f′ and f″ are computed exactly</source>
        <translation>输入关于 x 的表达式；f′ 与 f″ 将被精确计算</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="322"/>
        <source>Remove selected curve</source>
        <translation>移除所选曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="323"/>
        <source>Open session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="323"/>
        <source>Open a saved session (.actgui.json)</source>
        <translation>打开已保存的会话（.actgui.json）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="326"/>
        <location filename="../../actgui/ui/main_window.py" line="700"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="327"/>
        <source>Save curves, parameters, range and options to a file</source>
        <translation>将曲线、参数、范围和选项保存到文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="329"/>
        <source>Save session as…</source>
        <translation>会话另存为…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="332"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="333"/>
        <source>Save the figure (PNG, SVG, PDF) or the curves&apos; values (CSV)</source>
        <translation>保存图像（PNG、SVG、PDF）或曲线数值（CSV）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="337"/>
        <source>Copy figure</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="338"/>
        <source>Copy the plots to the clipboard as an image</source>
        <translation>将图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="340"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="343"/>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="344"/>
        <source>Bring back every panel at its default place and size</source>
        <translation>将所有面板恢复到默认位置和大小</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="346"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="347"/>
        <location filename="../../actgui/ui/main_window.py" line="782"/>
        <source>About actgui</source>
        <translation>关于 actgui</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="348"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="349"/>
        <source>Recent sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="350"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="351"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="353"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="354"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="355"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="359"/>
        <source>&amp;Curve</source>
        <translation>曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="358"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="360"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="361"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="362"/>
        <source>samples</source>
        <translation>采样点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="363"/>
        <source>Samples per curve over the visible x range</source>
        <translation>每条曲线在可见 x 范围内的采样点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="364"/>
        <source>Saturation threshold: shade where |f′(x)| &lt; ε</source>
        <translation>饱和阈值：用阴影标出 |f′(x)| &lt; ε 的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="373"/>
        <source>Activation function explorer</source>
        <translation>激活函数浏览器</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="441"/>
        <source>Autosave failed: </source>
        <translation>自动保存失败：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="613"/>
        <source>Custom function</source>
        <translation>自定义函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="670"/>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="676"/>
        <source>Opened </source>
        <translation>已打开：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="684"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="686"/>
        <source>actgui sessions (*.actgui.json *.json)</source>
        <translation>actgui 会话 (*.actgui.json *.json)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="702"/>
        <source>actgui sessions (*.actgui.json)</source>
        <translation>actgui 会话 (*.actgui.json)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="711"/>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="716"/>
        <source>Saved </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="741"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="749"/>
        <source>Exported </source>
        <translation>已导出：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="758"/>
        <source>Figure copied to the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="763"/>
        <source>actgui help</source>
        <translation>actgui 帮助</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="765"/>
        <source>&lt;p&gt;&lt;b&gt;Tick&lt;/b&gt; a function in the list to plot it; untick to remove it. Click a curve&apos;s name to edit its parameters; &lt;b&gt;Add another curve&lt;/b&gt; plots the same function with other parameters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mouse:&lt;/b&gt; drag to pan, wheel to zoom (curves are re-sampled for the visible range), right-drag to zoom one axis. The crosshair reads exact values of every curve; type an x in the readout for a value at an exact point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Ctrl+E export, Ctrl+Shift+C copy figure, Ctrl+0 reset view, Ctrl+1/2/3 rows f, f′, f″, Ctrl+D overlay derivatives, Ctrl+G grid, Ctrl+L legend, Delete remove the selected curve, F1 this help.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在列表中&lt;b&gt;勾选&lt;/b&gt;一个函数即可绘制它，取消勾选即可移除。点击曲线名称可编辑其参数；&lt;b&gt;添加另一条曲线&lt;/b&gt;会用另一组参数绘制同一个函数。&lt;/p&gt;&lt;p&gt;&lt;b&gt;鼠标：&lt;/b&gt;拖动可平移，滚轮可缩放（曲线会按可见范围重新采样），右键拖动可只缩放一个坐标轴。十字准线读出每条曲线的精确值；在读数面板中输入 x，即可得到该点的精确值。&lt;/p&gt;&lt;p&gt;&lt;b&gt;快捷键：&lt;/b&gt;Ctrl+E 导出，Ctrl+Shift+C 复制图像，Ctrl+0 重置视图，Ctrl+1/2/3 显示或隐藏 f、f′、f″ 行，Ctrl+D 叠加导数，Ctrl+G 网格，Ctrl+L 图例，Delete 移除所选曲线，F1 显示本帮助。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="785"/>
        <source>&lt;p&gt;A desktop explorer for neural-network activation functions: {n} functions with exact f, f′ and f″, their parameters and properties.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一款探索神经网络激活函数的桌面工具：收录 {n} 个函数，给出精确的 f、f′ 和 f″，以及它们的参数与性质。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="77"/>
        <source>no upper bound (Keras: None)</source>
        <translation>无上限（Keras：None）</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="30"/>
        <source>allowed: {range}</source>
        <extracomment>where the slider stops for a parameter with no upper bound (Keras max_value)</extracomment>
        <translation>允许范围：{range}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="138"/>
        <source>The curve whose parameters are edited below</source>
        <translation>下方正在编辑其参数的曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="140"/>
        <source>Add another curve</source>
        <translation>添加另一条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="142"/>
        <source>Another curve of the same function, with its own parameters and colour</source>
        <translation>为同一函数再添加一条曲线，拥有独立的参数和颜色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="145"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="146"/>
        <source>Remove the selected curve</source>
        <translation>移除所选曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="148"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="154"/>
        <source>Whose default parameters to use where PyTorch and Keras differ</source>
        <translation>PyTorch 与 Keras 的默认参数不同时，采用哪一方的默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="163"/>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="173"/>
        <source>Defaults:</source>
        <translation>默认值：</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="41"/>
        <source>range</source>
        <extracomment>the run-time words of Properties.as_rows, listed for lupdate</extracomment>
        <translation>值域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="42"/>
        <source>bounded below</source>
        <translation>有下界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="43"/>
        <source>bounded above</source>
        <translation>有上界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="44"/>
        <source>monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="45"/>
        <source>zero-centred (f(0) = 0, both signs)</source>
        <translation>零中心（f(0) = 0，正负值皆有）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="46"/>
        <source>symmetry</source>
        <translation>对称性</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="47"/>
        <source>smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="48"/>
        <source>global minimum</source>
        <translation>全局最小值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="49"/>
        <source>global maximum</source>
        <translation>全局最大值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="50"/>
        <source>saturates (f′ → 0)</source>
        <translation>饱和（f′ → 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="51"/>
        <source>dead zone (f′ = 0)</source>
        <translation>死区（f′ = 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="52"/>
        <source>≈ identity near 0</source>
        <translation>0 附近 ≈ 恒等映射</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="53"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="54"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="55"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="56"/>
        <source>increasing</source>
        <translation>严格递增</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="57"/>
        <source>non-decreasing</source>
        <translation>单调不减</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="58"/>
        <source>decreasing</source>
        <translation>严格递减</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="59"/>
        <source>non-increasing</source>
        <translation>单调不增</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="60"/>
        <source>odd</source>
        <translation>奇函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="61"/>
        <source>even</source>
        <translation>偶函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="62"/>
        <source>odd about (0, f(0))</source>
        <translation>关于点 (0, f(0)) 中心对称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="63"/>
        <source>discontinuous</source>
        <translation>不连续</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="64"/>
        <source>C² or smoother</source>
        <translation>C² 或更光滑</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="65"/>
        <source>{value} at x = {where}</source>
        <translation>{value}（x = {where} 处）</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../actgui/ui/readout.py" line="46"/>
        <source>type x, Enter</source>
        <extracomment>the user typed an x: move the crosshair there</extracomment>
        <translation>输入 x 后回车</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="47"/>
        <source>Read exact values at this x (any float, e.g. 1e-3)</source>
        <translation>读取该 x 处的精确值（任意浮点数，例如 1e-3）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="53"/>
        <source>curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="89"/>
        <source>not a finite number: </source>
        <translation>不是有限数：</translation>
    </message>
</context>
</TS>
