<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../actgui/ui/app.py" line="30"/>
        <source>set DISPLAY to open the window, or use the command line, which runs offscreen (QT_QPA_PLATFORM=offscreen) with no display: e.g. actgui export fig.png -f relu</source>
        <translation>请设置 DISPLAY 以打开窗口；命令行无需显示器，会以离屏方式运行（QT_QPA_PLATFORM=offscreen），例如 actgui export fig.png -f relu</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="63"/>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="67"/>
        <source>no display found ({variables} not set, needed by QT_QPA_PLATFORM={platform})</source>
        <translation>未找到显示器（未设置 {variables}，而 QT_QPA_PLATFORM={platform} 需要它）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="72"/>
        <source>no display found (no X server answers on DISPLAY={display})</source>
        <translation>未找到显示器（DISPLAY={display} 上没有响应的 X 服务器）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="74"/>
        <source>{problem}; {hint}</source>
        <translation>{problem}；{hint}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="76"/>
        <source>no display found (cannot connect to DISPLAY={display})</source>
        <translation>未找到显示器（无法连接到 DISPLAY={display}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="335"/>
        <source>Restored what was open last time (autosaved).</source>
        <extracomment>Chinese fonts in the order they are looked for: Microsoft YaHei (every Windows 10 and 11), SimSun, and Noto Sans CJK (what the Wine build gives its prefix).</extracomment>
        <translation>已恢复上次打开的内容（自动保存）。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/app.py" line="339"/>
        <source>Could not restore the last session: {error}</source>
        <translation>无法恢复上次的会话：{error}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="86"/>
        <source>usage: </source>
        <extracomment>the languages of the command line and of --lang (the window&apos;s, the table&apos;s, a figure&apos;s labels): English and Simplified Chinese argparse&apos;s own words (it looks them up through argparse._ at run time)</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="87"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="88"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="89"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="90"/>
        <location filename="../../actgui/cli/window.py" line="17"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="91"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="92"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="93"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项值：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="94"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="95"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="96"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="97"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="98"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="99"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="100"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="101"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式给出的值 %r</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_i18n.py" line="102"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_main.py" line="50"/>
        <source>Explore neural-network activation functions: f, f&apos;, f&apos;&apos;, parameters, properties. With no command, opens the window.</source>
        <extracomment>the subcommands in the order ``actgui --help`` lists them</extracomment>
        <translation>探索神经网络激活函数：f、f&apos;、f&apos;&apos;、参数与性质。不带子命令时打开窗口。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/window.py" line="19"/>
        <source>open the window on a saved session</source>
        <translation>打开窗口并载入已保存的会话</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="47"/>
        <location filename="../../actgui/cli/window.py" line="20"/>
        <source>language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="26"/>
        <source>print the catalog of activation functions</source>
        <translation>列出激活函数目录</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="28"/>
        <source>Print every activation function: id, name, family, parameters with defaults and valid ranges.</source>
        <translation>列出所有激活函数：id、名称、类别，以及参数的默认值和有效范围。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="37"/>
        <source>print JSON instead of a table</source>
        <translation>以 JSON 而非表格输出</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="43"/>
        <source>also compute each function&apos;s properties at its default parameters</source>
        <translation>同时计算每个函数在默认参数下的性质</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="51"/>
        <source>language of the table (default: the system&apos;s); --json is always in English</source>
        <translation>表格的语言（默认跟随系统）；--json 的输出始终为英文</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="34"/>
        <source>write a figure (.png .svg .pdf) or a table (.csv) of f, f&apos;, f&apos;&apos;</source>
        <translation>导出 f、f&apos;、f&apos;&apos; 的图像（.png .svg .pdf）或表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="46"/>
        <source>Export curves without opening the window. The format comes from OUT&apos;s suffix: .png, .svg, .pdf or .csv. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).</source>
        <translation>无需打开窗口即可导出曲线。格式由 OUT 的后缀决定：.png、.svg、.pdf 或 .csv。SPEC 是函数目录中的 id，可带参数，例如 leaky_relu(negative_slope=0.2)。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="59"/>
        <source>file to write (.png, .svg, .pdf or .csv)</source>
        <translation>要写入的文件（.png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="114"/>
        <source>write an animated .gif of PARAM running across its valid range and back (across LO..HI for a sweep spec)</source>
        <translation>写出 PARAM 在其有效范围内来回变化的动画 .gif（对扫描写法则在 LO..HI 内）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="126"/>
        <source>frames from one end of the range to the other (default 30)</source>
        <translation>从范围一端到另一端的帧数（默认 30）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/paths.py" line="19"/>
        <source>print where actgui keeps its settings and the autosaved session</source>
        <translation>显示 actgui 保存设置和自动保存会话的位置</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/paths.py" line="24"/>
        <source>Print where actgui keeps its settings (window layout, theme, language, recent sessions) and the session it saves on quitting, one per line: a name, a tab, the place.</source>
        <translation>显示 actgui 保存设置（窗口布局、主题、语言、最近的会话）的位置，以及退出时自动保存的会话的位置，每行一项：名称、制表符、位置。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="57"/>
        <source>show these curves instead of the first-launch five</source>
        <translation>显示这些曲线，而不是首次启动时的五条</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="31"/>
        <source>(-f A B or -f A -f B)</source>
        <extracomment>the sizes --figure-size accepts for a lab&apos;s figure, in pixels how -f reads, for every command that takes it</extracomment>
        <translation>（-f A B 与 -f A -f B 均可）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="33"/>
        <source>SPEC may also be a custom expression of x: &quot;expr:x*sigmoid(1.702*x)&quot;, with parameters: &quot;expr:a*x*sigmoid(b*x); a=1; b=1.702&quot;.</source>
        <extracomment>a custom expression as a SPEC</extracomment>
        <translation>SPEC 也可以是关于 x 的自定义表达式：&quot;expr:x*sigmoid(1.702*x)&quot;，或带参数：&quot;expr:a*x*sigmoid(b*x); a=1; b=1.702&quot;。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="37"/>
        <source>Several functions: -f relu tanh gelu, or -f relu -f tanh -f gelu. Put a SPEC with parentheses, spaces or ; in quotes: -f relu &quot;leaky_relu(negative_slope=0.2)&quot; &quot;expr:x*tanh(softplus(x))&quot;</source>
        <translation>多个函数：-f relu tanh gelu，或 -f relu -f tanh -f gelu。含括号、空格或 ; 的 SPEC 需加引号：-f relu &quot;leaky_relu(negative_slope=0.2)&quot; &quot;expr:x*tanh(softplus(x))&quot;</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="206"/>
        <source>{command}: one file to write, got {count}: {files}</source>
        <translation>{command}：只能写入一个文件，却给出了 {count} 个：{files}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="218"/>
        <source>{command}: {spec!r} is a file name, not a function; give one file to write ({out!r} is already that)</source>
        <translation>{command}：{spec!r} 是文件名而不是函数；只能给出一个要写入的文件（已给出 {out!r}）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_main.py" line="129"/>
        <source>actgui: error: {message}</source>
        <translation>actgui：错误：{message}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="84"/>
        <source>screenshot writes PNG files; {out!r} does not end in .png</source>
        <translation>screenshot 只写入 PNG 文件；{out!r} 的后缀不是 .png</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="95"/>
        <source>--{name} must be between {lo} and {hi} pixels, got {value}</source>
        <translation>--{name} 必须在 {lo} 到 {hi} 像素之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="65"/>
        <source>{name}={default} ({choices})</source>
        <translation>{name}={default}（可选 {choices}）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="72"/>
        <source>{name}={default} in {allowed}</source>
        <translation>{name}={default}，范围 {allowed}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="79"/>
        <source>{text}, Keras {value}</source>
        <translation>{text}，Keras 默认 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="88"/>
        <source>id</source>
        <extracomment>the table&apos;s column titles</extracomment>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="89"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="90"/>
        <source>family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="91"/>
        <source>parameters (default in range)</source>
        <translation>参数（默认值与有效范围）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="113"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="142"/>
        <source>{property}: {value}</source>
        <translation>{property}：{value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/listing.py" line="147"/>
        <source>{count} functions. Parameters: &apos;actgui list --json&apos; for machine-readable.</source>
        <translation>共 {count} 个函数。机器可读的参数信息：actgui list --json。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="145"/>
        <source>--animate and --frames write a .gif; {out!r} does not end in .gif</source>
        <translation>--animate 与 --frames 用于写 .gif；{out!r} 不以 .gif 结尾</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="154"/>
        <source>a .gif is an animation: name the parameter to animate with --animate PARAM, e.g. --animate negative_slope</source>
        <translation>.gif 是动画：请用 --animate PARAM 指定要变化的参数，例如 --animate negative_slope</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="188"/>
        <source>cannot tell the format of {out!r}: its suffix must be .png, .svg, .pdf or .csv</source>
        <translation>无法判断 {out!r} 的格式：后缀必须是 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="203"/>
        <source>nothing to export: give at least one -f SPEC (e.g. -f relu) or --session</source>
        <translation>没有可导出的内容：请至少给出一个 -f SPEC（例如 -f relu）或 --session</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="162"/>
        <location filename="../../actgui/cli/depth.py" line="208"/>
        <location filename="../../actgui/cli/export.py" line="163"/>
        <location filename="../../actgui/cli/export.py" line="220"/>
        <location filename="../../actgui/cli/export.py" line="230"/>
        <source>--{name} must be between {lo} and {hi}, got {value}</source>
        <translation>--{name} 必须在 {lo} 到 {hi} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="73"/>
        <source>left end of x (default -6)</source>
        <translation>x 的左端（默认 -6）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="80"/>
        <source>right end of x (default 6)</source>
        <translation>x 的右端（默认 6）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="64"/>
        <source>samples per curve, 2..1000000 (default 2000)</source>
        <translation>每条曲线的采样点数，2 到 1000000（默认 2000）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="69"/>
        <source>which of f (0), f&apos; (1), f&apos;&apos; (2) to include, e.g. 0,1,2 (default 0,1, or the session&apos;s rows)</source>
        <translation>包含 f (0)、f&apos; (1)、f&apos;&apos; (2) 中的哪些，例如 0,1,2（默认 0,1，或会话中显示的行）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="77"/>
        <source>figure width in pixels (default 1000)</source>
        <translation>图像宽度，像素（默认 1000）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="78"/>
        <source>figure height in pixels (default 700)</source>
        <translation>图像高度，像素（默认 700）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="85"/>
        <source>figure style (default publication)</source>
        <translation>图像样式（默认 publication，出版风格）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="92"/>
        <source>PNG pixel scale, e.g. 2 for 2x (default 1)</source>
        <translation>PNG 像素倍率，例如 2 表示两倍（默认 1）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="100"/>
        <source>PDF resolution: page size = pixels / dpi inches</source>
        <translation>PDF 分辨率：页面尺寸 = 像素 / dpi 英寸</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="101"/>
        <source>(default 96)</source>
        <translation>（默认 96）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="107"/>
        <source>PNG with a transparent background</source>
        <translation>PNG 使用透明背景</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="132"/>
        <source>export what a saved session shows (its curves, range, samples and rows); -f, --x-min, --x-max, --points and --derivatives override it</source>
        <translation>导出已保存会话中显示的内容（曲线、范围、采样点和绘图行）；-f、--x-min、--x-max、--points 和 --derivatives 可覆盖它</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="31"/>
        <source>render the whole main window to a PNG (no screen needed)</source>
        <translation>将整个主窗口渲染为 PNG（无需屏幕）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="37"/>
        <source>Render the main window, as it opens, to a PNG file.</source>
        <translation>将刚打开时的主窗口渲染为 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="45"/>
        <source>PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="50"/>
        <source>window width in pixels (default 1400)</source>
        <translation>窗口宽度，像素（默认 1400）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="51"/>
        <source>window height in pixels (default 880)</source>
        <translation>窗口高度，像素（默认 880）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="133"/>
        <source>colour theme (default light)</source>
        <translation>配色主题（默认 light，浅色）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/export.py" line="61"/>
        <source>function(s) to export, in this order</source>
        <translation>要导出的函数，按给出的顺序</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/screenshot.py" line="54"/>
        <source>render the window on a saved session</source>
        <translation>渲染载入已保存会话的窗口</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="40"/>
        <source>push a batch through a deep network: per-layer statistics (.csv) or a figure</source>
        <translation>让一批输入通过深层网络：输出逐层统计（.csv）或图像</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="47"/>
        <source>Push a batch of standard-normal inputs through a fully connected network with the given activation(s) and weight init, backpropagate a unit gradient, and write per-layer statistics (.csv, one row per function and layer, layer 0 the input) or the depth lab&apos;s figure (.png, .svg). SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).</source>
        <translation>让一批标准正态输入通过使用给定激活函数和权重初始化的全连接网络，反向传播单位梯度，然后写出逐层统计（.csv，每个函数的每一层一行，第 0 层为输入）或深度实验室的图像（.png、.svg）。SPEC 是函数目录中的 id，可带参数，例如 leaky_relu(negative_slope=0.2)。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="63"/>
        <location filename="../../actgui/cli/train.py" line="90"/>
        <source>activation(s) to compare, in this order</source>
        <translation>要比较的激活函数，按给出的顺序</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="68"/>
        <source>start from a preset ({presets}); other options override it</source>
        <translation>从预设开始（{presets}）；其他选项会覆盖预设</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="75"/>
        <source>depth, {lo}-{hi} (default 50)</source>
        <translation>网络层数，{lo}–{hi}（默认 50）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="80"/>
        <source>units per layer, {lo}-{hi} (default 512)</source>
        <translation>每层单元数，{lo}–{hi}（默认 512）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="85"/>
        <source>weight initialisation: {names} (default he_normal)</source>
        <translation>权重初始化：{names}（默认 he_normal）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="156"/>
        <source>standard deviation of the weights (needed by, and only for, --init normal)</source>
        <translation>权重的标准差（仅用于且必须用于 --init normal）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="94"/>
        <source>bias of every unit (default 0)</source>
        <translation>每个单元的偏置（默认 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="100"/>
        <source>random seed (default 0)</source>
        <translation>随机种子（默认 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="107"/>
        <source>inputs in the batch, {lo}-{hi} (default 256)</source>
        <translation>批次中的输入个数，{lo}–{hi}（默认 256）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="117"/>
        <source>run seeds SEED .. SEED+N-1, 1-{hi} (default 1); the figure shows their median and range, the CSV one row per seed</source>
        <translation>依次使用种子 SEED 到 SEED+N-1 运行，N 为 1–{hi}（默认 1）；图像显示其中位数和范围，CSV 每个种子一行</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="129"/>
        <source>|f&apos;| below this counts as saturated (default {eps})</source>
        <translation>|f&apos;| 低于此值即视为饱和（默认 {eps}）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="137"/>
        <source>layers whose activations the figure histograms, at most 3 (default: first, middle, last; 0 is the input)</source>
        <translation>图像中绘制激活值直方图的层，最多 3 个（默认：第一层、中间层、最后一层；0 表示输入）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="143"/>
        <source>file to write: .csv, .png or .svg</source>
        <translation>要写入的文件：.csv、.png 或 .svg</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="171"/>
        <source>figure size in pixels (default 1400x900)</source>
        <translation>图像尺寸，像素（默认 1400x900）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="179"/>
        <source>language of the figure&apos;s labels and of these messages</source>
        <translation>图像标签及本命令提示信息的语言</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="238"/>
        <source>--figure-size must look like 1400x900, got {text!r}</source>
        <translation>--figure-size 的格式应类似 1400x900，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/_options.py" line="246"/>
        <source>--figure-size {text}: width and height must each be between {lo} and {hi} pixels</source>
        <translation>--figure-size {text}：宽和高都必须在 {lo} 到 {hi} 像素之间</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="172"/>
        <source>unknown --init {init!r}; choose one of: {names}</source>
        <translation>未知的 --init {init!r}；可选：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="180"/>
        <source>--init normal needs --sigma SD, the standard deviation of the weights (e.g. --sigma {example})</source>
        <translation>--init normal 需要 --sigma SD，即权重的标准差（例如 --sigma {example}）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="190"/>
        <source>--sigma applies only to --init normal; --init {init} sets its own scale</source>
        <translation>--sigma 只适用于 --init normal；--init {init} 自行确定权重尺度</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="200"/>
        <source>--sigma must be above 0 and at most {hi}, got {value}</source>
        <translation>--sigma 必须大于 0 且不超过 {hi}，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="218"/>
        <source>--eps (saturation threshold on |f&apos;|) must be above 0 and at most 1, got {value}</source>
        <translation>--eps（|f&apos;| 的饱和阈值）必须大于 0 且不超过 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="236"/>
        <source>cannot tell the format of {out!r}: its suffix must be .csv, .png or .svg</source>
        <translation>无法判断 {out!r} 的格式：后缀必须是 .csv、.png 或 .svg</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/depth.py" line="248"/>
        <source>nothing to simulate: give at least one -f SPEC, e.g. -f relu</source>
        <translation>没有可模拟的内容：请至少给出一个 -f SPEC，例如 -f relu</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="64"/>
        <source>train small networks on 2-D toy data, one per activation: per-epoch table (.csv), figure or weights (.npz)</source>
        <extracomment>what the messages call each option</extracomment>
        <translation>在二维玩具数据上训练小型网络，每个激活函数一个：逐轮表格（.csv）、图或权重（.npz）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="71"/>
        <source>Train one multilayer perceptron per activation on a 2-D toy data set, all from the same initial weights and in the same data order, with backpropagation through each function&apos;s exact derivative. Write the loss, accuracies, gradient norms and learned parameters per epoch (.csv, one row per function and epoch, epoch 0 the initial network), the training lab&apos;s figure (.png, .svg, .pdf) or the trained weights (.npz). The same seed gives the same numbers.</source>
        <translation>为每个激活函数在二维玩具数据集上训练一个多层感知机，它们的初始权重和数据顺序都相同，反向传播使用各函数的精确导数。写出每轮的损失、准确率、梯度范数和学到的参数（.csv，每个函数每轮一行，第 0 轮为初始网络）、训练实验室的图（.png、.svg、.pdf）或训练好的权重（.npz）。同一种子得到同样的数字。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="95"/>
        <source>the data set (default circles)</source>
        <translation>数据集（默认 circles）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="100"/>
        <source>training points, {lo}-{hi} (default 1000)</source>
        <translation>训练点数，{lo}-{hi}（默认 1000）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="112"/>
        <source>test points, drawn apart from the training points (default 500)</source>
        <translation>测试点数，与训练点分开抽取（默认 500）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="123"/>
        <source>standard deviation of the noise added to the points, 0-{hi} (default 0.1)</source>
        <translation>加到各点上的噪声的标准差，0-{hi}（默认 0.1）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="134"/>
        <source>classes of spiral (default 2) and blobs (default 3), 2-6</source>
        <translation>spiral（默认 2）和 blobs（默认 3）的类别数，2-6</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="140"/>
        <source>hidden layers, {lo}-{hi} (default 2)</source>
        <translation>隐藏层数，{lo}-{hi}（默认 2）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="145"/>
        <source>units per hidden layer, {lo}-{hi} (default 16)</source>
        <translation>每个隐藏层的单元数，{lo}-{hi}（默认 16）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="150"/>
        <source>weight initialisation: {names} (default glorot_uniform)</source>
        <translation>权重初始化：{names}（默认 glorot_uniform）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="159"/>
        <source>SGD with momentum, or Adam (default adam)</source>
        <translation>带动量的 SGD 或 Adam（默认 adam）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="165"/>
        <source>learning rate (default 0.01 for adam, 0.1 for sgd)</source>
        <translation>学习率（adam 默认 0.01，sgd 默认 0.1）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="172"/>
        <source>momentum of sgd, 0 for plain SGD (default 0.9)</source>
        <translation>sgd 的动量，0 为普通 SGD（默认 0.9）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="178"/>
        <source>mini-batch size (default: all training points)</source>
        <translation>小批量大小（默认：全部训练点）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="186"/>
        <source>epochs, 1-{hi} (default 200)</source>
        <translation>训练轮数，1-{hi}（默认 200）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="196"/>
        <source>random seed of the data, the weights and the order (default 0)</source>
        <translation>数据、权重和顺序的随机种子（默认 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="208"/>
        <source>activation parameters to train with the weights, in every function that has them (only PReLU&apos;s slope and the parameters of ACON-C and APL are trained without it)</source>
        <translation>与权重一起训练的激活函数参数，凡有该参数的函数都训练（不指定时只训练 PReLU 的斜率以及 ACON-C 和 APL 的参数）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="215"/>
        <source>file to write: .csv, .png, .svg, .pdf or .npz</source>
        <translation>要写入的文件：.csv、.png、.svg、.pdf 或 .npz</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="233"/>
        <source>-f {spec!r} is given twice: it would train the same network twice; give it once</source>
        <translation>-f {spec!r} 给了两次：会把同一个网络训练两遍；请只给一次</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="238"/>
        <source>-f {spec!r} is the same as {first!r} (same function and parameters): it would train the same network twice; give it once</source>
        <translation>-f {spec!r} 与 {first!r} 相同（同一函数、同样的参数）：会把同一个网络训练两遍；请只给一次</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="255"/>
        <source>cannot tell the format of {out!r}: its suffix must be .csv, .png, .svg, .pdf or .npz</source>
        <translation>无法判断 {out!r} 的格式：后缀必须是 .csv、.png、.svg、.pdf 或 .npz</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/train.py" line="265"/>
        <source>nothing to train: give at least one -f SPEC, e.g. -f relu</source>
        <translation>没有要训练的内容：请至少给出一个 -f SPEC，例如 -f relu</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="39"/>
        <source>print code for the curves: PyTorch, Keras, a matplotlib script, LaTeX or pgfplots</source>
        <translation>输出曲线的代码：PyTorch、Keras、matplotlib 脚本、LaTeX 或 pgfplots</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="49"/>
        <source>Print code for the given functions: PyTorch or Keras (the framework&apos;s built-in where there is one), a matplotlib script that redraws the curves with numpy formulas (python fig.py shows the figure, python fig.py out.png saves it), the formula in LaTeX, or the curves as pgfplots coordinates. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).</source>
        <translation>输出给定函数的代码：PyTorch 或 Keras（框架有内置实现时即为内置实现）、用 numpy 公式重绘曲线的 matplotlib 脚本（python fig.py 显示图形，python fig.py out.png 保存图形）、LaTeX 公式，或 pgfplots 坐标形式的曲线。SPEC 是函数目录中的 id，可带参数，例如 leaky_relu(negative_slope=0.2)。</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="70"/>
        <source>what to print</source>
        <translation>要输出的内容</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="72"/>
        <source>function(s), in this order</source>
        <translation>函数，按给出的顺序</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="76"/>
        <source>the curves, range and rows of a saved session; -f, --x-min, --x-max, --points and --derivatives override it</source>
        <translation>使用已保存会话的曲线、范围和绘图行；-f、--x-min、--x-max、--points 和 --derivatives 可覆盖它</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="86"/>
        <source>samples per curve (default 2000 for matplotlib, 201 for pgfplots)</source>
        <translation>每条曲线的采样点数（matplotlib 默认 2000，pgfplots 默认 201）</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="95"/>
        <source>which of f (0), f&apos; (1), f&apos;&apos; (2) to include, e.g. 0,1,2 (default 0,1, or the session&apos;s rows); LaTeX has f and f&apos;</source>
        <translation>包含 f (0)、f&apos; (1)、f&apos;&apos; (2) 中的哪些，例如 0,1,2（默认 0,1，或会话中显示的行）；LaTeX 只有 f 和 f&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/cli/code.py" line="116"/>
        <source>code: nothing to write code for: give at least one -f SPEC (e.g. -f relu) or --session</source>
        <translation>code：没有可生成代码的函数：请至少给出一个 -f SPEC（例如 -f relu）或 --session</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <location filename="../../actgui/ui/canvas_legend.py" line="106"/>
        <source>Click an entry to hide or show its curve</source>
        <extracomment>a parameter family&apos;s colours, low to high: drawn as a colour bar, not a line rows the legend may add to keep its columns even (see :func:`_columns`)</extracomment>
        <translation>单击图例项可隐藏或显示对应曲线</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../actgui/ui/families.py" line="262"/>
        <source>Compare two curves</source>
        <translation>比较两条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="263"/>
        <source>Curve a</source>
        <translation>曲线 a</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="264"/>
        <source>Curve b</source>
        <translation>曲线 b</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="265"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="270"/>
        <source>Each row compares the same row of a and b: a − b, a / b, or the error of a in units in the last place of b</source>
        <translation>每一行比较 a 与 b 的同一行：a − b、a / b，或以 b 的末位单位（ulp）计的 a 的误差</translation>
    </message>
</context>
<context>
    <name>CopyCodeRow</name>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="110"/>
        <source>Copy as matplotlib</source>
        <translation>复制 matplotlib 脚本</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="113"/>
        <source>A Python script that redraws the figure (every curve shown) with numpy formulas and matplotlib; run it with a file name to save the figure</source>
        <translation>用 numpy 公式和 matplotlib 重绘图形（所有显示的曲线）的 Python 脚本；运行时给出文件名即可保存图形</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="117"/>
        <source>Copy as LaTeX</source>
        <translation>复制 LaTeX 公式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="118"/>
        <source>The formula of f and f′ with these parameters</source>
        <translation>f 与 f′ 的公式，含当前参数值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="119"/>
        <source>Copy as pgfplots</source>
        <translation>复制 pgfplots 代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/copy_code.py" line="121"/>
        <source>The curves shown as pgfplots axes with coordinates, for a LaTeX paper</source>
        <translation>把显示的曲线写成带坐标的 pgfplots 图，用于 LaTeX 论文</translation>
    </message>
</context>
<context>
    <name>CustomFunctionDialog</name>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="133"/>
        <source>New custom function</source>
        <extracomment>preview and message colours per theme True while the preview shows an earlier, valid expression</extracomment>
        <translation>新建自定义函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="134"/>
        <source>e.g. quick GELU</source>
        <translation>例如：quick GELU</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="136"/>
        <source>Functions: </source>
        <translation>可用函数：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="138"/>
        <source>; and any catalog id, e.g. gelu(x), leaky_relu(x, negative_slope=0.2)</source>
        <translation>；以及任意函数目录 id，例如 gelu(x)、leaky_relu(x, negative_slope=0.2)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="140"/>
        <source>one per line, e.g.
a = 1.0 in [0, 5]</source>
        <translation>每行一个，例如
a = 1.0 in [0, 5]</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="141"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="142"/>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="143"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="178"/>
        <source>last valid expression (the text above has an error)</source>
        <translation>上一个有效表达式（上方输入有误）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="216"/>
        <source>parameters: </source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="226"/>
        <source>Type an expression in x, e.g. </source>
        <translation>输入关于 x 的表达式，例如 </translation>
    </message>
    <message>
        <location filename="../../actgui/ui/custom_dialog.py" line="254"/>
        <source>OK: f′ and f″ are computed exactly.</source>
        <translation>正确：f′ 与 f″ 将被精确计算。</translation>
    </message>
</context>
<context>
    <name>DepthLab</name>
    <message>
        <location filename="../../actgui/ui/depth_lab/_common.py" line="46"/>
        <source>Glorot/Xavier uniform</source>
        <extracomment>a log plot&apos;s y range: this many decades of margin around its positive values ... ... and at least this many decades in all exact zeros (a dead network) are drawn this far above the bottom edge (part of the span) a histogram bin this many times higher than everything else is a spike: the y axis stops above the rest and the spike&apos;s height is written at the top the colour of an error message, readable on each theme&apos;s window colour spikes are cut when they rise this many times above the highest other bin headroom above the highest bin shown y range of the fractions row: room for the labels of 0 and 1 in a low row the initialisations&apos; names (depth.INIT_NAMES), for Qt Linguist</extracomment>
        <translation>Glorot/Xavier 均匀</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_common.py" line="47"/>
        <source>Glorot/Xavier normal</source>
        <translation>Glorot/Xavier 正态</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_common.py" line="48"/>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 正态</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_common.py" line="49"/>
        <source>LeCun normal</source>
        <translation>LeCun 正态</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_common.py" line="50"/>
        <source>orthogonal</source>
        <translation>正交</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="306"/>
        <source>Some saved settings were not valid and are back to their defaults: {names}.</source>
        <extracomment>the lab&apos;s settings in QSettings: &quot;depth/&lt;key&gt;&quot; the functions before anything was saved a run ended: its results are shown, or it failed, or it was cancelled</extracomment>
        <translation>部分已保存的设置无效，已恢复为默认值：{names}。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="312"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="313"/>
        <source>(your own settings)</source>
        <translation>（自定义设置）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="315"/>
        <source>Settings of your own: change any control</source>
        <translation>自己的设置：可改动任一控件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="322"/>
        <source>A classic experiment: choosing one sets the controls and runs it</source>
        <translation>经典实验：选择后自动设置各项并运行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="324"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="327"/>
        <source>Pick a function, or type a catalog id with parameters: leaky_relu(negative_slope=0.2)</source>
        <translation>选择一个函数，或输入带参数的目录 id：leaky_relu(negative_slope=0.2)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="332"/>
        <source>Double-click a function to edit its id and parameters</source>
        <translation>双击函数可编辑其 id 和参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="334"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="335"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="336"/>
        <source>Remove the selected function (or the last one)</source>
        <translation>移除选中的函数（未选中时移除最后一个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="338"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="339"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="340"/>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="341"/>
        <source>σ (init normal)</source>
        <translation>σ（normal 初始化）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="342"/>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="343"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="344"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="345"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="346"/>
        <source>Saturated if |f′| &lt;</source>
        <translation>饱和阈值 |f′| &lt;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="347"/>
        <source>Histogram layers</source>
        <translation>直方图层</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="348"/>
        <source>Mean/std of</source>
        <translation>均值/标准差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="351"/>
        <source>Number of hidden layers, {lo} to {hi}</source>
        <translation>隐藏层数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="354"/>
        <source>Units per layer, {lo} to {hi}</source>
        <translation>每层单元数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="357"/>
        <source>How the weights are drawn</source>
        <translation>权重的随机抽取方式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="358"/>
        <source>Standard deviation of the weights (init N(0, σ²) only)</source>
        <translation>权重的标准差（仅用于 N(0, σ²) 初始化）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="359"/>
        <source>The bias of every unit</source>
        <translation>每个单元的偏置</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="360"/>
        <source>Random seed of the weights and inputs</source>
        <translation>权重和输入的随机种子</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="361"/>
        <source>Inputs pushed through the network, {lo} to {hi}</source>
        <translation>送入网络的输入个数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="364"/>
        <source>Runs with seeds seed, seed+1, …: the plots show median and range</source>
        <translation>依次用种子 seed、seed+1、… 运行：图中显示中位数与范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="365"/>
        <source>A unit counts as saturated where |f′| is below this</source>
        <translation>|f′| 低于此值的单元计为饱和</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="366"/>
        <source>Up to 3 layers, e.g. 0, 10, 50 (0 is the input)</source>
        <translation>最多 3 层，例如 0, 10, 50（0 为输入）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="367"/>
        <source>Plot mean and standard deviation before or after the activation</source>
        <translation>绘制激活函数之前或之后的均值与标准差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="375"/>
        <source>first, middle, last</source>
        <translation>第一层、中间层、最后一层</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="376"/>
        <source>activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="377"/>
        <source>pre-activations</source>
        <translation>预激活</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="378"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="380"/>
        <source>Push a batch through the network and plot what happens</source>
        <translation>让一批输入通过网络，并画出各层的变化</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="382"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="383"/>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="593"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="384"/>
        <source>Save the plots (PNG, SVG) or the numbers (CSV)</source>
        <translation>保存图（PNG、SVG）或数据（CSV）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="385"/>
        <source>Choose activations and press Run</source>
        <translation>选择激活函数，然后点击“运行”</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="388"/>
        <source>Or pick a preset: it sets the controls, runs at once and explains what the plots show.</source>
        <translation>或选择一个预设：它会设置各项参数、立即运行，并解释图中显示的内容。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="500"/>
        <source>Add at least one function, e.g. relu.</source>
        <translation>请至少添加一个函数，例如 relu。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="526"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="544"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="563"/>
        <source>1 run in {seconds:.2f} s.</source>
        <translation>1 次运行，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="565"/>
        <source>{n} runs in {seconds:.2f} s.</source>
        <translation>{n} 次运行，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="569"/>
        <source>Values beyond ±1e100 were clamped (exploding signal) at {n} layer(s).</source>
        <translation>有 {n} 层的数值超过 ±1e100，已截断（信号爆炸）。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_lab.py" line="596"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>DepthPlots</name>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="204"/>
        <source>layer</source>
        <extracomment>the values given to each line (zeros as they are), for plotted() lines of the log rows, drawn once their row&apos;s range is known per log row: its y range in decades (log10), fitted to the positive values per log row: whether a line reaches exactly 0 (drawn at the bottom edge) the markers and lines of exact zeros, per line per histogram plot: (top of the y axis, whether a spike is cut there) per histogram plot: the notes of cut spikes (function index, x, height)</extracomment>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="206"/>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="210"/>
        <source>activations: mean (solid), standard deviation (dashed)</source>
        <translation>激活：均值（实线）、标准差（虚线）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="212"/>
        <source>pre-activations: mean (solid), standard deviation (dashed)</source>
        <translation>预激活：均值（实线）、标准差（虚线）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="208"/>
        <source>mean square of the activations, E[h²] (log)</source>
        <translation>激活的均方值 E[h²]（对数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="214"/>
        <source>gradient norm w.r.t. activations (solid) and weights (dashed) (log)</source>
        <translation>梯度范数：对激活（实线）、对权重（虚线）（对数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="215"/>
        <source>dead units (solid), saturated |f′| &lt; ε (dashed)</source>
        <translation>死亡单元（实线）、饱和 |f′| &lt; ε（虚线）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="219"/>
        <source>▼┈ 0 (dead): drawn at the bottom edge</source>
        <translation>▼┈ 恰为 0（已死亡）：画在底边</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="226"/>
        <source>activations at layer {layer}</source>
        <translation>第 {layer} 层的激活</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="241"/>
        <source>{init} init · {layers} layers × {width} units · bias {bias} · batch {batch} · seed {seed}</source>
        <translation>{init} 初始化 · {layers} 层 × {width} 个单元 · 偏置 {bias} · 批大小 {batch} · 种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/depth_lab/_plots.py" line="252"/>
        <source> · {n} seeds: median and range</source>
        <translation> · {n} 个种子：中位数与范围</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../actgui/ui/edit_menu.py" line="107"/>
        <source>&amp;Edit</source>
        <extracomment>the events :class:`_Gestures` looks at; PySide gives every event its own class (undo text, redo text, language) the actions show: a change that leaves them as they are (every step of a slider drag) touches no QAction</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/edit_menu.py" line="112"/>
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/edit_menu.py" line="113"/>
        <source>&amp;Redo {action}</source>
        <translation>重做{action}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/edit_menu.py" line="115"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/edit_menu.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="49"/>
        <source>PNG image</source>
        <extracomment>the name the format box shows for each suffix (the suffixes: the core&apos;s EXPORT_SUFFIXES)</extracomment>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="50"/>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="51"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="52"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="276"/>
        <source>Export</source>
        <extracomment>characters that stand for others in a file dialog&apos;s name field: never part of a name while the dialog is open; closed when it finishes</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="279"/>
        <source>As on screen</source>
        <translation>与屏幕显示一致</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="280"/>
        <source>Publication (white, thick lines, large text)</source>
        <translation>出版用（白底、粗线条、大字号）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="288"/>
        <source>PNG pixels per layout pixel: 2 gives a sharp figure for print</source>
        <translation>每个布局像素对应的 PNG 像素数：设为 2 可得到适合打印的清晰图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="290"/>
        <source>PDF page size is width / dpi by height / dpi inches</source>
        <translation>PDF 页面尺寸为（宽度 / dpi）×（高度 / dpi）英寸</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="291"/>
        <source>Transparent background (PNG)</source>
        <translation>透明背景（PNG）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="292"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="281"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="282"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="283"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="284"/>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="285"/>
        <source>PDF dpi</source>
        <translation>PDF 分辨率（dpi）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="286"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="293"/>
        <source>Create folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="294"/>
        <source>Create the missing folder, then save</source>
        <translation>创建缺失的文件夹，然后保存</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="296"/>
        <source>Folder and file name, e.g. {example}</source>
        <translation>文件夹和文件名，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="346"/>
        <source>The folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="350"/>
        <location filename="../../actgui/ui/export_dialog.py" line="574"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="353"/>
        <location filename="../../actgui/ui/export_dialog.py" line="564"/>
        <source>{path} is a folder: add a file name</source>
        <translation>{path} 是一个文件夹：请加上文件名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="356"/>
        <source>A file name cannot hold * or ?</source>
        <translation>文件名不能含有 * 或 ?</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="362"/>
        <source>{name} exists in {folder} and will be replaced</source>
        <translation>{folder} 中已有 {name}，保存时将被替换</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="367"/>
        <source>Saves {name} in {folder}</source>
        <translation>将 {name} 保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="384"/>
        <source>Could not create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="415"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="436"/>
        <source>The file name {name} holds * or ?, which stand for other characters: choose a name without them</source>
        <translation>文件名 {name} 含有 * 或 ?，它们代表其他字符：请换一个不含它们的文件名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="457"/>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} 像素</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="459"/>
        <source>{w} × {h} (SVG units at 96 dpi)</source>
        <translation>{w} × {h}（SVG 单位，96 dpi）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="462"/>
        <source>page {w:.2f} × {h:.2f} in ({wm:.0f} × {hm:.0f} mm)</source>
        <translation>页面 {w:.2f} × {h:.2f} 英寸（{wm:.0f} × {hm:.0f} 毫米）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="469"/>
        <source>{columns} columns (x, then {curves} curves × {orders} orders), {rows} rows</source>
        <translation>{columns} 列（x，然后 {curves} 条曲线 × {orders} 阶），{rows} 行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="474"/>
        <source>{size}; rows: {rows}</source>
        <translation>{size}；行：{rows}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="497"/>
        <source>CSV table

{columns}</source>
        <translation>CSV 表格

{columns}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="513"/>
        <source>No preview: {error}</source>
        <translation>无法预览：{error}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="541"/>
        <location filename="../../actgui/ui/export_dialog.py" line="542"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="543"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="544"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="545"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="546"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="547"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="548"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="559"/>
        <source>Enter a file name, e.g. {example}</source>
        <translation>请输入文件名，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="431"/>
        <source>The file name must end in .png, .svg, .pdf or .csv, not {got}</source>
        <translation>文件名必须以 .png、.svg、.pdf 或 .csv 结尾，不能是 {got}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="571"/>
        <source>The folder {folder} does not exist: choose another with Browse…, or press Create folder</source>
        <translation>文件夹 {folder} 不存在：请用“浏览…”选择其他文件夹，或点击“新建文件夹”</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="577"/>
        <source>The folder {folder} is not writable: choose another folder</source>
        <translation>文件夹 {folder} 不可写：请选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="585"/>
        <source>A {w} × {h} pixel PNG is too large: at most {side} pixels a side and {mp} megapixels; lower the size or the PNG scale</source>
        <translation>{w} × {h} 像素的 PNG 太大：每边最多 {side} 像素、总共最多 {mp} 百万像素；请减小尺寸或 PNG 缩放</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="616"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/export_dialog.py" line="623"/>
        <source>Could not export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="38"/>
        <source>Sigmoidal</source>
        <translation>S 型</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="39"/>
        <source>ReLU family</source>
        <translation>ReLU 系列</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="40"/>
        <source>Smooth gated</source>
        <translation>平滑门控</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="41"/>
        <source>Hard / piecewise</source>
        <translation>硬近似 / 分段</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="42"/>
        <source>Shrink</source>
        <translation>收缩</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="43"/>
        <source>Gated (GLU)</source>
        <translation>门控单元（GLU）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="44"/>
        <source>Oscillating</source>
        <translation>振荡型</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="45"/>
        <source>Learnable</source>
        <translation>可学习</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="46"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <location filename="../../actgui/ui/families.py" line="338"/>
        <source>Sweep a parameter…</source>
        <translation>扫描参数…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="340"/>
        <source>Draw the selected curve at several values of one parameter, as one family</source>
        <translation>把选中的曲线按某个参数的多个取值画成一族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="342"/>
        <source>Remove the family</source>
        <translation>移除这一族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="343"/>
        <source>Compare two curves…</source>
        <translation>比较两条曲线…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="345"/>
        <source>Draw the difference, the ratio or the error in ulps of two curves</source>
        <translation>画出两条曲线的差、比或以 ulp 计的误差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="347"/>
        <source>Remove the comparisons</source>
        <translation>移除比较</translation>
    </message>
</context>
<context>
    <name>FunctionList</name>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="200"/>
        <source>Filter functions…</source>
        <extracomment>the (colour, style) its line sample shows, to redraw only on a change a group header&apos;s key in the settings: the family&apos;s value, or &quot;custom&quot; the settings key of the collapsed groups (a list of family values and &quot;custom&quot;) the curve&apos;s line style as Qt draws it (the plot uses the same names) size of a line sample: wide enough to show a dash-dot pattern a function was clicked (id): select its curve or show its description said when the filter hides every function function id -&gt; the alias the filter matched (shown beside the name) groups the user collapsed (family values, &quot;custom&quot;), as saved in the settings expanding or collapsing from code (filter, selection): not the user&apos;s choice the filter was not empty at the last apply_filter the item whose box the current click toggled (its click is not a selection)</extracomment>
        <translation>筛选函数…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="202"/>
        <source>Type part of a name, id or alias (e.g. swish); Esc clears the filter</source>
        <translation>输入名称、ID 或别名的一部分（例如 swish）；按 Esc 清除筛选</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="215"/>
        <source>also: {aliases}</source>
        <translation>又名：{aliases}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="221"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="224"/>
        <source>{family} ({count})</source>
        <translation>{family}（{count}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="225"/>
        <source>{family} ({shown} of {count})</source>
        <translation>{family}（{shown}/{count}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/function_list.py" line="472"/>
        <source>No function matches “{text}”. Esc clears the filter.</source>
        <translation>没有与“{text}”匹配的函数。按 Esc 清除筛选。</translation>
    </message>
</context>
<context>
    <name>InfoFormula</name>
    <message>
        <location filename="../../actgui/ui/info_latex.py" line="61"/>
        <source>if</source>
        <translation>若</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_latex.py" line="62"/>
        <source>otherwise</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="152"/>
        <source>Property</source>
        <extracomment>the choice parameters&apos; values shown (a formula per variant: GELU&apos;s approximate) what f&apos; and f&apos;&apos; are at kinks (after the sources) fits its columns itself whenever its width changes (see PropertyTable) a module to paste where PyTorch has no built-in</extracomment>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="152"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="153"/>
        <source>Copy as PyTorch</source>
        <translation>复制 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="154"/>
        <source>Copy as Keras</source>
        <translation>复制 Keras 代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="155"/>
        <source>Properties (current parameters)</source>
        <translation>性质（当前参数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="156"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="157"/>
        <source>Copy BibTeX</source>
        <translation>复制 BibTeX</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="159"/>
        <source>Copy the BibTeX entries of this function&apos;s sources to the clipboard</source>
        <translation>将此函数出处文献的 BibTeX 条目复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="162"/>
        <source>PyTorch has no built-in for this function: a module to paste</source>
        <translation>PyTorch 没有此函数的内置实现：这是可直接粘贴使用的模块代码</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="241"/>
        <source>Custom function: f′ and f″ are computed exactly from the expression.</source>
        <translation>自定义函数：f′ 与 f″ 由表达式精确求出。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="279"/>
        <source>Pros</source>
        <translation>优点</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="279"/>
        <source>Cons</source>
        <translation>缺点</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="279"/>
        <source>Typical uses</source>
        <translation>典型用途</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="279"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="286"/>
        <source>At kinks</source>
        <translation>拐点约定</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="304"/>
        <source>See also</source>
        <translation>另见</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="317"/>
        <source>{first} &amp; {second}</source>
        <translation>{first} 与 {second}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="319"/>
        <source>{first} et al.</source>
        <translation>{first} 等</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="339"/>
        <source>Copied: BibTeX entry</source>
        <translation>已复制：BibTeX 条目</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="341"/>
        <source>Copied: {n} BibTeX entries</source>
        <translation>已复制：{n} 条 BibTeX 条目</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="359"/>
        <source>no built-in</source>
        <translation>无内置实现</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="360"/>
        <source>module below (no built-in)</source>
        <translation>见下方模块代码（无内置实现）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="372"/>
        <location filename="../../actgui/ui/info_panel.py" line="384"/>
        <source>Copied: </source>
        <translation>已复制：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="405"/>
        <source>f is undefined somewhere on the real line</source>
        <translation>f 在实数轴上某些位置无定义</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="409"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="417"/>
        <source>learnable parameters</source>
        <translation>可学习参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/info_panel.py" line="424"/>
        <source>Trained with the network&apos;s weights in the paper; the values set here are where training starts</source>
        <translation>论文中这些参数与网络权重一同训练；此处设定的值是训练的初始值</translation>
    </message>
</context>
<context>
    <name>LabBase</name>
    <message>
        <location filename="../../actgui/ui/lab_common.py" line="509"/>
        <source>The file name {name} holds * or ?, which stand for other characters: choose a name without them</source>
        <extracomment>where a lab&apos;s function list keeps an item&apos;s spec (its text is the function&apos;s name) set by the worker when the run ended (finished, failed or cancelled) the worker thread the Qt Linguist context of the lab&apos;s texts (&quot;DepthLab&quot;, &quot;TrainingLab&quot;) what the message line says, made again in a new language; and whether an error</extracomment>
        <translation>文件名 {name} 含有 * 或 ?，它们代表其他字符：请换一个不含它们的文件名</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="231"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="431"/>
        <location filename="../../actgui/ui/window_actions.py" line="232"/>
        <source>Depth lab</source>
        <translation>深度实验室</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="450"/>
        <location filename="../../actgui/ui/window_actions.py" line="233"/>
        <source>Training lab</source>
        <translation>训练实验室</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="237"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="238"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="239"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="240"/>
        <source>Readout</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="247"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="248"/>
        <source>Show the x range and fit the y axes</source>
        <translation>显示设定的 x 范围，并让 y 轴适配曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="254"/>
        <source>Show or hide the row of {row}</source>
        <translation>显示或隐藏 {row} 绘图行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="261"/>
        <source>Overlay derivatives</source>
        <translation>叠加导数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="262"/>
        <source>Draw f′ dashed and f″ dotted in the value plot</source>
        <translation>在函数值图中以虚线绘制 f′，以点线绘制 f″</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="265"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="267"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="268"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="271"/>
        <source>Shade saturation |f′| &lt; ε</source>
        <translation>标出饱和区 |f′| &lt; ε</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="272"/>
        <source>Shade where the selected curve&apos;s gradient is tiny</source>
        <translation>用阴影标出所选曲线梯度极小的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="275"/>
        <source>Saturation</source>
        <translation>饱和区</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="279"/>
        <source>Shade dead zones (f′ = 0)</source>
        <translation>标出死区（f′ = 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="280"/>
        <source>Shade where the selected curve&apos;s gradient is exactly zero</source>
        <translation>用阴影标出所选曲线梯度恰好为零的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="283"/>
        <source>Dead zones</source>
        <translation>死区</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="287"/>
        <source>New custom function…</source>
        <translation>新建自定义函数…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="288"/>
        <source>Type an expression in x; f′ and f″ are computed exactly</source>
        <translation>输入关于 x 的表达式；f′ 与 f″ 将被精确计算</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="292"/>
        <source>Remove selected curve</source>
        <translation>移除所选曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="295"/>
        <source>Open session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="296"/>
        <source>Open a saved session (.actgui.json)</source>
        <translation>打开已保存的会话（.actgui.json）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="615"/>
        <location filename="../../actgui/ui/window_actions.py" line="300"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="301"/>
        <source>Save curves, parameters, range and options to a file</source>
        <translation>将曲线、参数、范围和选项保存到文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="305"/>
        <source>Save session as…</source>
        <translation>会话另存为…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="308"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="309"/>
        <source>Save the figure (PNG, SVG, PDF) or the curves&apos; values (CSV)</source>
        <translation>保存图像（PNG、SVG、PDF）或曲线数值（CSV）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="315"/>
        <source>Copy figure</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="316"/>
        <source>Copy the plots to the clipboard as an image</source>
        <translation>将图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="318"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="321"/>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="322"/>
        <source>Bring back every panel at its default place and size</source>
        <translation>将所有面板恢复到默认位置和大小</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="326"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="710"/>
        <location filename="../../actgui/ui/window_actions.py" line="327"/>
        <source>About actgui</source>
        <translation>关于 actgui</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="328"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="329"/>
        <source>Recent sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="330"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="331"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="333"/>
        <location filename="../../actgui/ui/window_actions.py" line="340"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="334"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="335"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="342"/>
        <source>&amp;Curve</source>
        <translation>曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="338"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="343"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="344"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="345"/>
        <source>samples</source>
        <translation>采样点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="347"/>
        <source>Samples per curve over the visible x range</source>
        <translation>每条曲线在可见 x 范围内的采样点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/window_actions.py" line="350"/>
        <source>Saturation threshold: shade where |f′(x)| &lt; ε</source>
        <translation>饱和阈值：用阴影标出 |f′(x)| &lt; ε 的区域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="171"/>
        <source>Activation function explorer</source>
        <extracomment>the labs&apos; tabs: the curve docks and toolbar are hidden there below this window height the readout starts at five rows (the first launch&apos;s five curves; the plots need the rest of the room) where the state is saved a few seconds after each change and on exit undo/redo of every change of the state (Edit menu) F11, View &gt; Presentation mode: full screen for a projector the readout&apos;s row count when last looked at (_follow_readout_rows) whether the readout showed every row when the curves last changed</extracomment>
        <translation>激活函数探索器</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="247"/>
        <source>Autosave failed: </source>
        <translation>自动保存失败：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="412"/>
        <source>pointer in {row}: x = {x}, y = {y}</source>
        <translation>指针位于 {row} 图：x = {x}，y = {y}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="516"/>
        <source>Custom function</source>
        <translation>自定义函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="582"/>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="591"/>
        <source>Opened </source>
        <translation>已打开：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="599"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="601"/>
        <source>actgui sessions (*.actgui.json *.json)</source>
        <translation>actgui 会话 (*.actgui.json *.json)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="617"/>
        <source>actgui sessions (*.actgui.json)</source>
        <translation>actgui 会话 (*.actgui.json)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="627"/>
        <location filename="../../actgui/ui/main_window.py" line="637"/>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="629"/>
        <source>The file name {name} holds * or ?, which stand for other characters: choose a name without them</source>
        <translation>文件名 {name} 含有 * 或 ?，它们代表其他字符：请换一个不含它们的文件名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="642"/>
        <source>Saved </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="667"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="675"/>
        <source>Exported </source>
        <translation>已导出：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="684"/>
        <source>Figure copied to the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="689"/>
        <source>actgui help</source>
        <translation>actgui 帮助</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="691"/>
        <source>&lt;p&gt;&lt;b&gt;Tick&lt;/b&gt; a function in the list to plot it; untick to remove it. Click a curve&apos;s name to edit its parameters; &lt;b&gt;Add another curve&lt;/b&gt; plots the same function with other parameters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mouse:&lt;/b&gt; drag to pan, wheel to zoom (curves are re-sampled for the visible range), right-drag to zoom one axis. The crosshair reads exact values of every curve; type an x in the readout for a value at an exact point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Ctrl+E export, Ctrl+Shift+C copy figure, Ctrl+0 reset view, Ctrl+1/2/3 rows f, f′, f″, Ctrl+D overlay derivatives, Ctrl+G grid, Ctrl+L legend, Delete remove the selected curve, F1 this help.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在列表中&lt;b&gt;勾选&lt;/b&gt;一个函数即可绘制它，取消勾选即可移除。点击曲线名称可编辑其参数；&lt;b&gt;添加另一条曲线&lt;/b&gt;会用另一组参数绘制同一个函数。&lt;/p&gt;&lt;p&gt;&lt;b&gt;鼠标：&lt;/b&gt;拖动可平移，滚轮可缩放（曲线会按可见范围重新采样），右键拖动可只缩放一个坐标轴。十字准线读出每条曲线的精确值；在读数面板中输入 x，即可得到该点的精确值。&lt;/p&gt;&lt;p&gt;&lt;b&gt;快捷键：&lt;/b&gt;Ctrl+E 导出，Ctrl+Shift+C 复制图像，Ctrl+0 重置视图，Ctrl+1/2/3 显示或隐藏 f、f′、f″ 行，Ctrl+D 叠加导数，Ctrl+G 网格，Ctrl+L 图例，Delete 移除所选曲线，F1 显示本帮助。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="713"/>
        <source>&lt;p&gt;A desktop explorer for neural-network activation functions: {n} functions with exact f, f′ and f″, their parameters and properties.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一款探索神经网络激活函数的桌面工具：收录 {n} 个函数，给出精确的 f、f′ 和 f″，以及它们的参数与性质。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="89"/>
        <source>NaN is not a number it can take</source>
        <extracomment>the templates of the core&apos;s error messages (actgui.core.messages.message), for lupdate; a translation keeps every {field} of its template</extracomment>
        <translation>NaN 不是有效的取值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="90"/>
        <source>an infinite value is not allowed</source>
        <translation>不允许无穷大的值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="91"/>
        <source>it is below the valid range</source>
        <translation>低于有效范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="92"/>
        <source>it is above the valid range</source>
        <translation>高于有效范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="93"/>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="95"/>
        <source>custom function ids start with &apos;custom:&apos;, got {id}</source>
        <translation>自定义函数的 id 必须以 &apos;custom:&apos; 开头，实际为 {id}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="96"/>
        <source>unknown function {name}; did you mean {names}? (run &apos;actgui list&apos; for all {count} ids)</source>
        <translation>未知函数 {name}；你是不是想输入 {names}？（运行 &apos;actgui list&apos; 可查看全部 {count} 个 id）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="100"/>
        <source>unknown function {name} (run &apos;actgui list&apos; for all {count} ids)</source>
        <translation>未知函数 {name}（运行 &apos;actgui list&apos; 可查看全部 {count} 个 id）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="103"/>
        <source>{function}: parameter {name} must be a number in {allowed}, got {value}</source>
        <translation>{function}：参数 {name} 必须是 {allowed} 中的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="106"/>
        <source>{function}: parameter {name} must be a number in {allowed}, got {type} {value}</source>
        <translation>{function}：参数 {name} 必须是 {allowed} 中的数，实际为 {type} {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="109"/>
        <source>{function}: parameter {name} = {value} is not allowed ({reason}); allowed: {allowed}</source>
        <translation>{function}：参数 {name} = {value} 不允许（{reason}）；允许范围：{allowed}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="113"/>
        <source>{function}: parameter {name} = {value} is not allowed; allowed: {allowed}</source>
        <translation>{function}：参数 {name} = {value} 不允许；允许的取值：{allowed}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="116"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="117"/>
        <source>{function}: unknown parameter {name}; its parameters are: {names}</source>
        <translation>{function}：未知参数 {name}；它的参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="120"/>
        <source>{function}: parameter {low_name} = {low} must be less than {high_name} = {high}</source>
        <translation>{function}：参数 {low_name} = {low} 必须小于 {high_name} = {high}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="124"/>
        <source>{function}: parameter {low_name} = {low} must be at most {high_name} = {high}</source>
        <translation>{function}：参数 {low_name} = {low} 不能大于 {high_name} = {high}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="127"/>
        <source>derivative order must be 0, 1 or 2, got {order}</source>
        <translation>导数阶数必须是 0、1 或 2，实际为 {order}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="128"/>
        <source>empty function spec; expected an id such as {first} or {second}</source>
        <translation>函数描述为空；应为 id，例如 {first} 或 {second}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="131"/>
        <source>function spec is too long (more than {limit} characters)</source>
        <translation>函数描述过长（超过 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="132"/>
        <source>cannot read function spec {spec}; expected id(name=value, ...), for example {example}</source>
        <translation>无法读取函数描述 {spec}；应为 id(name=value, ...) 的形式，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="136"/>
        <source>cannot read function spec {spec}; expected id(name=value, ...) with keyword arguments only, for example {example}</source>
        <translation>无法读取函数描述 {spec}；应为 id(name=value, ...) 的形式，且只能使用关键字参数，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="140"/>
        <source>{function}: &apos;**&apos; is not allowed in a function spec</source>
        <translation>{function}：函数描述中不允许使用 &apos;**&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="141"/>
        <source>{function}: parameter {name} is given twice ({first} and {second}); give it once</source>
        <translation>{function}：参数 {name} 给出了两次（{first} 和 {second}）；只能给出一次</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="145"/>
        <source>{function}: parameter {name} must be a plain number or name</source>
        <translation>{function}：参数 {name} 必须是普通的数或名称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="146"/>
        <source>framework must be &apos;pytorch&apos; or &apos;keras&apos;, got {framework}</source>
        <translation>框架必须是 &apos;pytorch&apos; 或 &apos;keras&apos;，实际为 {framework}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="148"/>
        <source>{reason}: {hint}</source>
        <translation>{reason}：{hint}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="149"/>
        <source>{reason} at column {column}: {hint}</source>
        <translation>第 {column} 列：{reason}。{hint}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="150"/>
        <source>{reason} at column {column}</source>
        <translation>第 {column} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="151"/>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="152"/>
        <source>indeterminate overflow (inf - inf, 0 * inf or inf / inf in float64)</source>
        <translation>中间结果溢出，得到不定式（float64 中的 inf - inf、0 * inf 或 inf / inf）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="155"/>
        <source>log of a number &lt;= 0</source>
        <translation>对 &lt;= 0 的数取对数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="156"/>
        <source>log1p of a number &lt;= -1</source>
        <translation>对 &lt;= -1 的数求 log1p</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="157"/>
        <source>sqrt of a negative number</source>
        <translation>对负数开平方</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="158"/>
        <source>sqrt is not differentiable at 0</source>
        <translation>sqrt 在 0 处不可导</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="159"/>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="160"/>
        <source>0 to a negative power</source>
        <translation>0 的负数次幂</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="161"/>
        <source>a negative number to a non-integer power</source>
        <translation>负数的非整数次幂</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="162"/>
        <source>a power with a variable exponent needs a positive base</source>
        <translation>指数含变量的幂要求底数为正</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="163"/>
        <source>the power is not differentiable at 0</source>
        <translation>该幂在 0 处不可导</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="164"/>
        <source>invalid parameters for {function}</source>
        <translation>{function} 的参数无效</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="165"/>
        <source>strings are not allowed</source>
        <translation>不允许使用字符串</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="166"/>
        <source>comments (`#`) are not allowed</source>
        <translation>不允许使用注释（`#`）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="167"/>
        <source>a backslash is not allowed</source>
        <translation>不允许使用反斜杠</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="168"/>
        <source>`;` separates parameter declarations and cannot appear inside the expression</source>
        <translation>`;` 用于分隔参数声明，不能出现在表达式中</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="171"/>
        <source>the parameter declaration must be text, got {type}</source>
        <translation>参数声明必须是文本，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="172"/>
        <source>the expression must be text, got {type}</source>
        <translation>表达式必须是文本，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="173"/>
        <source>the parameter declaration is too long ({size} characters; at most {limit})</source>
        <translation>参数声明过长（{size} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="176"/>
        <source>the expression is too long ({size} characters; at most {limit})</source>
        <translation>表达式过长（{size} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="179"/>
        <source>NUL byte (U+0000)</source>
        <translation>空字节（U+0000）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="180"/>
        <source>control character {char} is not allowed</source>
        <translation>不允许使用控制字符 {char}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="181"/>
        <source>character {char} is not allowed</source>
        <translation>不允许使用字符 {char}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="182"/>
        <source>use plain ASCII</source>
        <translation>请只用普通 ASCII 字符</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="183"/>
        <source>brackets are nested too deeply (more than {limit} levels)</source>
        <translation>括号嵌套过深（超过 {limit} 层）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="184"/>
        <source>unmatched `{bracket}`</source>
        <translation>`{bracket}` 没有配对的开括号</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="185"/>
        <source>unclosed `{bracket}`</source>
        <translation>`{bracket}` 没有闭合</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="186"/>
        <source>invalid syntax</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="187"/>
        <source>invalid decimal literal</source>
        <translation>无效的十进制数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="188"/>
        <source>invalid hexadecimal literal</source>
        <translation>无效的十六进制数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="189"/>
        <source>invalid octal literal</source>
        <translation>无效的八进制数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="190"/>
        <source>invalid binary literal</source>
        <translation>无效的二进制数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="191"/>
        <source>positional argument follows keyword argument</source>
        <translation>位置参数出现在关键字参数之后</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="192"/>
        <source>cannot use starred expression here</source>
        <translation>此处不能使用星号展开</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="193"/>
        <source>cannot use double starred expression here</source>
        <translation>此处不能使用双星号展开</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="194"/>
        <source>leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers</source>
        <translation>十进制整数不能以 0 开头；八进制整数请使用 0o 前缀</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="198"/>
        <source>invalid digit &apos;{digit}&apos; in binary literal</source>
        <translation>二进制数中的数字 &apos;{digit}&apos; 无效</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="199"/>
        <source>invalid digit &apos;{digit}&apos; in octal literal</source>
        <translation>八进制数中的数字 &apos;{digit}&apos; 无效</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="200"/>
        <source>the expression is empty: type something like {example}</source>
        <translation>表达式为空：请输入类似 {example} 的内容</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="201"/>
        <source>the expression ends too early</source>
        <translation>表达式不完整</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="202"/>
        <source>a number has too many digits</source>
        <translation>数的位数过多</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="203"/>
        <source>cannot read the expression ({reason})</source>
        <translation>无法读取表达式（{reason}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="204"/>
        <source>the expression is too complex (nested more than {limit} levels deep)</source>
        <translation>表达式过于复杂（嵌套超过 {limit} 层）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="207"/>
        <source>the expression is too large (more than {limit} operations)</source>
        <translation>表达式过大（超过 {limit} 个运算）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="208"/>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation>表达式嵌套过深（超过 {limit} 层）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="209"/>
        <source>`^` is not a power here: use ** (x**2)</source>
        <translation>`^` 在这里不表示乘方：请用 **（x**2）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="210"/>
        <source>`%` is not supported</source>
        <translation>不支持 `%`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="211"/>
        <source>`//` is not supported: use /</source>
        <translation>不支持 `//`：请用 /</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="212"/>
        <source>`@` is not supported</source>
        <translation>不支持 `@`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="213"/>
        <source>`&amp;` is not supported: chain comparisons inside where, e.g. where(0 &lt; x &lt; 1, ...)</source>
        <translation>不支持 `&amp;`：请在 where 中使用连续比较，例如 where(0 &lt; x &lt; 1, ...)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="217"/>
        <source>`|` is not supported: nest where(...) instead</source>
        <translation>不支持 `|`：请改用嵌套的 where(...)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="218"/>
        <source>`&lt;&lt;` is not supported</source>
        <translation>不支持 `&lt;&lt;`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="219"/>
        <source>`&gt;&gt;` is not supported</source>
        <translation>不支持 `&gt;&gt;`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="220"/>
        <source>indexing with [...] is not allowed</source>
        <translation>不允许使用 [...] 索引</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="221"/>
        <source>lambda is not allowed</source>
        <translation>不允许使用 lambda</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="222"/>
        <source>comprehensions are not allowed</source>
        <translation>不允许使用推导式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="223"/>
        <source>generator expressions are not allowed</source>
        <translation>不允许使用生成器表达式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="224"/>
        <source>`*` unpacking is not allowed</source>
        <translation>不允许使用 `*` 展开</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="225"/>
        <source>assignment (`:=`) is not allowed</source>
        <translation>不允许使用赋值（`:=`）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="226"/>
        <source>`a if c else b` is not allowed: use where(c, a, b)</source>
        <translation>不允许使用 `a if c else b`：请用 where(c, a, b)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="227"/>
        <source>`and`/`or` are not allowed: chain comparisons (0 &lt; x &lt; 1) or nest where(...)</source>
        <translation>不允许使用 `and`/`or`：请使用连续比较（0 &lt; x &lt; 1）或嵌套的 where(...)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="230"/>
        <source>a comma here makes a tuple, which is not allowed</source>
        <translation>这里的逗号构成了元组，这是不允许的</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="231"/>
        <source>lists are not allowed</source>
        <translation>不允许使用列表</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="232"/>
        <source>sets are not allowed</source>
        <translation>不允许使用集合</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="233"/>
        <source>dictionaries are not allowed</source>
        <translation>不允许使用字典</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="234"/>
        <source>await is not allowed</source>
        <translation>不允许使用 await</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="235"/>
        <source>yield is not allowed</source>
        <translation>不允许使用 yield</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="236"/>
        <source>slices are not allowed</source>
        <translation>不允许使用切片</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="237"/>
        <source>name `{name}` is not allowed (no names with leading or double `_`)</source>
        <translation>不允许使用名称 `{name}`（名称不能以 `_` 开头，也不能含有 `__`）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="240"/>
        <source>unknown name `{name}`</source>
        <translation>未知名称 `{name}`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="241"/>
        <source>did you mean `{name}`?</source>
        <translation>你是不是想输入 `{name}`？</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="242"/>
        <source>declare it as a parameter ({name} = 1.0) or use x</source>
        <translation>请将它声明为参数（{name} = 1.0），或使用 x</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="243"/>
        <source>`{operator}` is not supported</source>
        <translation>不支持 `{operator}`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="244"/>
        <source>a comparison is only allowed as the first argument of where(...)</source>
        <translation>比较只能作为 where(...) 的第一个参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="247"/>
        <source>`{syntax}` is not allowed in an expression</source>
        <translation>表达式中不允许使用 `{syntax}`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="248"/>
        <source>attribute access (`.{name}`) is not allowed</source>
        <translation>不允许访问属性（`.{name}`）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="249"/>
        <source>`{value}` is not a number</source>
        <translation>`{value}` 不是数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="250"/>
        <source>bytes are not allowed</source>
        <translation>不允许使用字节串</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="251"/>
        <source>complex numbers are not allowed</source>
        <translation>不允许使用复数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="252"/>
        <source>this constant is not allowed</source>
        <translation>不允许使用该常量</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="253"/>
        <source>the number is too large for float64 (at most 1.797e308)</source>
        <translation>该数超出 float64 的范围（最大为 1.797e308）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="254"/>
        <source>`{name}` is a function</source>
        <translation>`{name}` 是函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="255"/>
        <source>call it, as in {example}</source>
        <translation>请调用它，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="256"/>
        <source>this operator is not supported</source>
        <translation>不支持该运算符</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="257"/>
        <source>the exponent {value} is too large (constant exponents are limited to |p| &lt;= {limit})</source>
        <translation>指数 {value} 过大（常数指数限于 |p| &lt;= {limit}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="261"/>
        <source>only named functions can be called, as in {example}</source>
        <translation>只能调用有名称的函数，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="262"/>
        <source>`**` unpacking is not allowed</source>
        <translation>不允许使用 `**` 展开</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="263"/>
        <source>{name} takes two or more arguments</source>
        <translation>{name} 需要两个或更多参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="264"/>
        <source>{form}, e.g. {example}</source>
        <translation>{form}，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="265"/>
        <source>`{name}` is not a function</source>
        <translation>`{name}` 不是函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="266"/>
        <source>{name} takes 1 argument, got {count}</source>
        <translation>{name} 需要 1 个参数，实际给了 {count} 个</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="267"/>
        <source>{name} takes {k} arguments, got {count}</source>
        <translation>{name} 需要 {k} 个参数，实际给了 {count} 个</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="268"/>
        <source>{name} takes no keyword arguments</source>
        <translation>{name} 不接受关键字参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="269"/>
        <source>where takes 3 arguments (cond, a, b), got {count}</source>
        <translation>where 需要 3 个参数（cond, a, b），实际给了 {count} 个</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="270"/>
        <source>the first argument of where must be a comparison</source>
        <translation>where 的第一个参数必须是比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="271"/>
        <source>only &lt; &lt;= &gt; &gt;= == != can compare numbers</source>
        <translation>只有 &lt; &lt;= &gt; &gt;= == != 可以比较数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="272"/>
        <source>{function} takes one argument (an expression in x) and keyword parameters, got {count} arguments</source>
        <translation>{function} 接受一个参数（关于 x 的表达式）和若干关键字参数，实际给了 {count} 个参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="276"/>
        <source>its parameters: {names}</source>
        <translation>它的参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="277"/>
        <source>{function} has no parameter `{name}`</source>
        <translation>{function} 没有参数 `{name}`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="278"/>
        <source>{function}: parameter {name} is given twice ({first} and {second})</source>
        <translation>{function}：参数 {name} 给出了两次（{first} 和 {second}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="281"/>
        <source>give it once</source>
        <translation>只能给出一次</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="282"/>
        <source>{function}: parameter `{name}` must be one of {choices} (a bare word, as in {example})</source>
        <translation>{function}：参数 `{name}` 必须是 {choices} 之一（写成不加引号的单词，例如 {example}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="286"/>
        <source>{function}: parameter `{name}` accepts {allowed}, but `{param}` ranges over {range}</source>
        <translation>{function}：参数 `{name}` 的允许范围是 {allowed}，但 `{param}` 的取值范围是 {range}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="290"/>
        <source>declare {param} within {allowed}</source>
        <translation>请把 {param} 声明在 {allowed} 之内</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="291"/>
        <source>{function}: parameter `{name}` must be a number or a declared parameter name</source>
        <translation>{function}：参数 `{name}` 必须是数或已声明的参数名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="294"/>
        <source>`{source}` is undefined ({reason})</source>
        <translation>`{source}` 无定义（{reason}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="295"/>
        <source>`{source}` overflows float64</source>
        <translation>`{source}` 超出 float64 的范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="296"/>
        <source>parameter name `{name}` must be a letter followed by up to 31 letters, digits or `_`</source>
        <translation>参数名 `{name}` 必须以字母开头，后接最多 31 个字母、数字或 `_`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="300"/>
        <source>parameter name `{name}` must not contain `__`</source>
        <translation>参数名 `{name}` 不能含有 `__`</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="301"/>
        <source>`{name}` cannot be a parameter name</source>
        <translation>`{name}` 不能用作参数名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="302"/>
        <source>`{name}` is a function name and cannot be a parameter name</source>
        <translation>`{name}` 是函数名，不能用作参数名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="303"/>
        <source>parameter `{name}`: default and range must be numbers</source>
        <translation>参数 `{name}`：默认值和范围必须是数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="304"/>
        <source>parameter `{name}`: the default must be a finite number</source>
        <translation>参数 `{name}`：默认值必须是有限的数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="305"/>
        <source>parameter `{name}`: the range needs lower &lt; upper, got [{low}, {high}]</source>
        <translation>参数 `{name}`：范围的下界必须小于上界，实际为 [{low}, {high}]</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="308"/>
        <source>parameter `{name}`: the default {value} is outside {allowed}</source>
        <translation>参数 `{name}`：默认值 {value} 不在 {allowed} 之内</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="309"/>
        <source>parameter `{name}`: the step must be a positive number</source>
        <translation>参数 `{name}`：步长必须是正数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="310"/>
        <source>the parameter declaration is too long (at most {limit} characters)</source>
        <translation>参数声明过长（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="313"/>
        <source>cannot read the parameter declaration</source>
        <translation>无法读取参数声明</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="314"/>
        <source>write it as name = value, optionally followed by in [low, high] and step s</source>
        <translation>请写成 name = value，后面可接 in [low, high] 和 step s</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="317"/>
        <source>the definition must be text, got {type}</source>
        <translation>定义必须是文本，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="318"/>
        <source>the definition is too long ({size} characters; at most {limit})</source>
        <translation>定义过长（{size} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="321"/>
        <source>too many parameters (at most {limit})</source>
        <translation>参数过多（最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="322"/>
        <source>parameter `{name}`: give a default or (default, low, high)</source>
        <translation>参数 `{name}`：请给出默认值或 (default, low, high)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="323"/>
        <source>parameter `{name}` is declared twice</source>
        <translation>参数 `{name}` 声明了两次</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="324"/>
        <source>undefined</source>
        <translation>无定义</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="325"/>
        <source>{reason} (column {column})</source>
        <translation>{reason}（第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="326"/>
        <source>{order} undefined at {count} of {total} points in [{low}, {high}]: {reason}</source>
        <translation>{order} 在 {total} 个点中有 {count} 个无定义（位于 [{low}, {high}]）：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="329"/>
        <source>a custom function must be a mapping</source>
        <translation>自定义函数必须是映射</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="330"/>
        <source>unknown custom function version {version}</source>
        <translation>未知的自定义函数版本 {version}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="331"/>
        <source>a custom function needs text, name and a list of params</source>
        <translation>自定义函数需要 text、name 和参数列表 params</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="332"/>
        <source>each parameter needs a name</source>
        <translation>每个参数都需要名称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="333"/>
        <source>parameter {name}: {reason}</source>
        <translation>参数 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="334"/>
        <source>the name must be text</source>
        <translation>名称必须是文本</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="335"/>
        <source>the name must be at most {limit} printable characters</source>
        <translation>名称最多只能有 {limit} 个可打印字符</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="336"/>
        <source>the expression is too complex</source>
        <translation>表达式过于复杂</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="338"/>
        <source>a different custom function is already called {name}; choose another name</source>
        <translation>已有另一个名为 {name} 的自定义函数；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="341"/>
        <source>no curve with id {uid}</source>
        <translation>没有 id 为 {uid} 的曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="342"/>
        <source>x range must be finite numbers, got [{x_min}, {x_max}]</source>
        <translation>x 范围必须是有限的数，实际为 [{x_min}, {x_max}]</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="343"/>
        <source>x min ({x_min}) must be less than x max ({x_max})</source>
        <translation>x 最小值（{x_min}）必须小于 x 最大值（{x_max}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="344"/>
        <source>x range must lie within [-{limit}, {limit}]</source>
        <translation>x 范围必须在 [-{limit}, {limit}] 之内</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="345"/>
        <source>x range is narrower than {span}</source>
        <translation>x 范围的宽度小于 {span}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="346"/>
        <source>sample count must be a whole number, got {value}</source>
        <translation>采样点数必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="347"/>
        <source>sample count must be in [{low}, {high}], got {value}</source>
        <translation>采样点数必须在 [{low}, {high}] 之内，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="348"/>
        <source>row must be 0 (f), 1 (f&apos;) or 2 (f&apos;&apos;), got {value}</source>
        <translation>绘图行必须是 0 (f)、1 (f&apos;) 或 2 (f&apos;&apos;)，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="349"/>
        <source>saturation threshold ε must be in (0, 1], got {value}</source>
        <translation>饱和阈值 ε 必须在 (0, 1] 之内，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="350"/>
        <source>unknown option {name}</source>
        <translation>未知选项 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="352"/>
        <source>overlay derivatives</source>
        <translation>叠加导数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="353"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="354"/>
        <source>legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="355"/>
        <source>saturation shading</source>
        <translation>饱和区标示</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="356"/>
        <source>dead-zone shading</source>
        <translation>死区标示</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="357"/>
        <source>open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="358"/>
        <source>add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="359"/>
        <source>add {count} curves</source>
        <translation>添加 {count} 条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="360"/>
        <source>remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="361"/>
        <source>remove {count} curves</source>
        <translation>移除 {count} 条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="362"/>
        <source>switch to {preset} defaults</source>
        <translation>切换到 {preset} 默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="363"/>
        <source>define a custom function</source>
        <translation>定义自定义函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="364"/>
        <source>change {param} of {name}</source>
        <translation>修改 {name} 的 {param}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="365"/>
        <source>change the parameters of {name}</source>
        <translation>修改 {name} 的参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="366"/>
        <source>show {name}</source>
        <translation>显示 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="367"/>
        <source>hide {name}</source>
        <translation>隐藏 {name}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="368"/>
        <source>change the look of {name}</source>
        <translation>修改 {name} 的外观</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="369"/>
        <source>change {count} curves</source>
        <translation>修改 {count} 条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="370"/>
        <source>replace the curves</source>
        <translation>替换曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="371"/>
        <source>sweep {param} of {name}</source>
        <translation>扫描 {name} 的 {param}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="372"/>
        <source>remove a family</source>
        <translation>移除曲线族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="373"/>
        <source>show the family of {name}</source>
        <translation>显示 {name} 的曲线族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="374"/>
        <source>hide the family of {name}</source>
        <translation>隐藏 {name} 的曲线族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="375"/>
        <source>compare {a} and {b}</source>
        <translation>比较 {a} 与 {b}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="376"/>
        <source>remove a comparison</source>
        <translation>移除一项比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="377"/>
        <source>change a comparison&apos;s mode</source>
        <translation>更改比较方式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="378"/>
        <source>show a comparison</source>
        <translation>显示一项比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="379"/>
        <source>hide a comparison</source>
        <translation>隐藏一项比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="380"/>
        <source>change the x range</source>
        <translation>修改 x 范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="381"/>
        <source>change the sample count</source>
        <translation>修改采样点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="382"/>
        <source>show the {row} row</source>
        <translation>显示 {row} 绘图行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="383"/>
        <source>hide the {row} row</source>
        <translation>隐藏 {row} 绘图行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="384"/>
        <source>change the rows</source>
        <translation>修改绘图行</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="385"/>
        <source>change ε</source>
        <translation>修改 ε</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="386"/>
        <source>turn on {option}</source>
        <translation>打开{option}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="387"/>
        <source>turn off {option}</source>
        <translation>关闭{option}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="388"/>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="390"/>
        <source>no formula is known for {function}</source>
        <translation>没有 {function} 的公式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="391"/>
        <source>unknown target {target}; choose one of {targets}</source>
        <translation>未知的目标 {target}；可选：{targets}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="393"/>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="394"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应有用双引号括起的属性名</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="395"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应有分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="396"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应有分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="397"/>
        <source>Unterminated string starting at</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="398"/>
        <source>Invalid control character at</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="399"/>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="400"/>
        <source>{where}: {what}</source>
        <translation>{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="401"/>
        <source>expected a number, got {value}</source>
        <translation>应为数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="402"/>
        <source>expected a finite number, got {value}</source>
        <translation>应为有限的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="403"/>
        <source>expected true or false, got {value}</source>
        <translation>应为 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="404"/>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="405"/>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="406"/>
        <source>not an actgui session (expected {format})</source>
        <translation>不是 actgui 会话（应为 {format}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="407"/>
        <source>expected a whole number, got {value}</source>
        <translation>应为整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="408"/>
        <source>this session has schema version {version}, made by a newer actgui; this one reads versions up to {supported}</source>
        <translation>此会话的格式版本为 {version}，由更新版本的 actgui 创建；当前版本最多只能读取版本 {supported}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="412"/>
        <source>unknown schema version {version}</source>
        <translation>未知的格式版本 {version}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="413"/>
        <source>expected [min, max], got {value}</source>
        <translation>应为 [min, max]，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="414"/>
        <source>expected a whole number in [{low}, {high}], got {value}</source>
        <translation>应为 [{low}, {high}] 之内的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="415"/>
        <source>expected [lo, hi] or null, got {value}</source>
        <translation>应为 [lo, hi] 或 null，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="416"/>
        <source>lo ({lo}) must be less than hi ({hi})</source>
        <translation>lo（{lo}）必须小于 hi（{hi}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="417"/>
        <source>expected three booleans, got {value}</source>
        <translation>应为三个布尔值，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="418"/>
        <source>expected &apos;pytorch&apos; or &apos;keras&apos;, got {value}</source>
        <translation>应为 &apos;pytorch&apos; 或 &apos;keras&apos;，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="419"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="420"/>
        <source>expected a number in (0, 1], got {value}</source>
        <translation>应为 (0, 1] 之内的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="421"/>
        <source>unknown option</source>
        <translation>未知选项</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="422"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="423"/>
        <source>at most {limit} custom functions, got {count}</source>
        <translation>最多 {limit} 个自定义函数，实际为 {count} 个</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="424"/>
        <source>at most {limit} curves, got {count}</source>
        <translation>最多 {limit} 条曲线，实际为 {count} 条</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="425"/>
        <source>expected a function id, got {value}</source>
        <translation>应为函数 id，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="426"/>
        <source>expected a colour like {example}, got {value}</source>
        <translation>应为类似 {example} 的颜色，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="427"/>
        <source>expected one of {choices}, got {value}</source>
        <translation>应为 {choices} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="428"/>
        <source>expected an index into curves or null, got {value}</source>
        <translation>应为曲线的序号或 null，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="429"/>
        <source>not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="430"/>
        <source>not a session: JSON nested too deeply</source>
        <translation>不是会话：JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="431"/>
        <source>{name} is not allowed in a session (numbers must be finite)</source>
        <translation>会话中不允许出现 {name}（数必须是有限的）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="432"/>
        <source>{size} bytes is too large for a session (at most {limit})</source>
        <translation>{size} 字节，对会话文件来说过大（最多 {limit} 字节）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="433"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="434"/>
        <source>not a UTF-8 text file</source>
        <translation>不是 UTF-8 文本文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="436"/>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="437"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="438"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="439"/>
        <source>read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="440"/>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="441"/>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="442"/>
        <source>the name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="443"/>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="444"/>
        <source>cannot write {path}: {folder} is not a directory</source>
        <translation>无法写入 {path}：{folder} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="445"/>
        <source>cannot write {path}: it is a directory</source>
        <translation>无法写入 {path}：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="446"/>
        <source>cannot write {path}: {reason} (folder {folder})</source>
        <translation>无法写入 {path}：{reason}（文件夹 {folder}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="447"/>
        <source>--derivatives must be a comma-separated subset of 0,1,2, got {text!r}</source>
        <translation>--derivatives 必须是 0,1,2 中若干项、以逗号分隔，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="450"/>
        <source>--x-min ({x_min}) must be less than --x-max ({x_max})</source>
        <translation>--x-min（{x_min}）必须小于 --x-max（{x_max}）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="451"/>
        <source>--points must be between {lo} and {hi}, got {value}</source>
        <translation>--points 必须在 {lo} 到 {hi} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="453"/>
        <source>LO and HI are equal</source>
        <translation>LO 与 HI 相等</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="454"/>
        <source>N = {n} is out of range</source>
        <translation>N = {n} 超出范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="455"/>
        <source>N {value} is not a whole number</source>
        <translation>N {value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="456"/>
        <source>N, the number of curves, is missing</source>
        <translation>缺少曲线条数 N</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="457"/>
        <source>a sweep has {low} to {high} curves, got {value}</source>
        <translation>一组扫描有 {low} 到 {high} 条曲线，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="458"/>
        <source>cannot read the range</source>
        <translation>无法读取范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="459"/>
        <source>choose two different curves to compare</source>
        <translation>请选择两条不同的曲线进行比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="460"/>
        <source>comparison must be one of {choices}, got {value}</source>
        <translation>比较方式须为 {choices} 之一，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="461"/>
        <source>difference</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="462"/>
        <source>error in ulps</source>
        <translation>以 ulp 计的误差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="463"/>
        <source>ratio</source>
        <translation>比</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="464"/>
        <source>expected a parameter name, got {value}</source>
        <translation>应为参数名，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="465"/>
        <source>expected a whole number above 0, not used before, got {value}</source>
        <translation>应为大于 0 且未用过的整数，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="466"/>
        <source>expected an index into curves, got {value}</source>
        <translation>应为 curves 中的下标，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="467"/>
        <source>expected the id of one of the sweeps, got {value}</source>
        <translation>应为 sweeps 中某一项的 id，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="468"/>
        <source>log spacing needs LO &gt; 0 and HI &gt; 0</source>
        <translation>对数间距要求 LO &gt; 0 且 HI &gt; 0</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="469"/>
        <source>only one parameter may be given as a range</source>
        <translation>只能有一个参数写成范围</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="470"/>
        <source>{a} / {b}</source>
        <translation>{a} / {b}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="471"/>
        <source>{a} vs {b} (ulps)</source>
        <translation>{a} 对比 {b}（ulp）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="472"/>
        <source>{a} − {b}</source>
        <translation>{a} − {b}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="473"/>
        <source>{function} has no number parameter {name} to animate; its number parameters are: {names}</source>
        <translation>{function} 没有可做动画的数值参数 {name}；它的数值参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="477"/>
        <source>{function}: no value of {name} is allowed with the other parameters as they are</source>
        <translation>{function}：其他参数保持当前值时，{name} 没有任何允许的取值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="481"/>
        <source>{name} is not a number parameter of {function}</source>
        <translation>{name} 不是 {function} 的数值参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="482"/>
        <source>{name}: {param} {lo} … {hi} ({count})</source>
        <translation>{name}：{param} {lo} … {hi}（{count} 条）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="483"/>
        <source>{spec}: {why}; a sweep is written {form} or with &apos;:log&apos; after N, N from {low} to {high}, e.g. {example}</source>
        <translation>{spec}：{why}；扫描写作 {form}，或在 N 后加 &apos;:log&apos;，N 为 {low} 到 {high}，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="487"/>
        <source>{value} after N is not &apos;:log&apos;</source>
        <translation>N 后的 {value} 不是 &apos;:log&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="488"/>
        <source>{what} must be a finite number</source>
        <translation>{what} 必须是有限数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="489"/>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} 不是数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="490"/>
        <source>--frames must be between {lo} and {hi}, got {value}</source>
        <translation>--frames 须在 {lo} 与 {hi} 之间，得到 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="491"/>
        <source>--animate {name}: none of the curves has a number parameter {name}; theirs are: {names}</source>
        <translation>--animate {name}：没有曲线有数值参数 {name}；它们的数值参数有：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="496"/>
        <source>{name} must be in {interval}, got {value}</source>
        <translation>{name} 必须在 {interval} 之内，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="497"/>
        <source>{name} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>{name} 必须是 {lo} 到 {hi} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="498"/>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 必须是有限的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="499"/>
        <source>unknown {name} {value}; choose one of: {allowed}</source>
        <translation>未知的{name} {value}；可选：{allowed}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="500"/>
        <source>init &apos;normal&apos; needs {name}, the standard deviation of the weights</source>
        <translation>初始化 &apos;normal&apos; 需要 {name}，即权重的标准差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="503"/>
        <source>a sigmoid output needs two classes; {data} has {classes}: use softmax</source>
        <translation>sigmoid 输出只适用于两类；{data} 有 {classes} 类：请用 softmax</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="506"/>
        <source>{function}: cannot learn {name} = {value}: a learned parameter must start at a finite number</source>
        <translation>{function}：不能学习 {name} = {value}：可学习参数的初始值必须是有限的数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="510"/>
        <source>{option} {name}: none of the functions has such a parameter; their parameters: {names}</source>
        <translation>{option} {name}：没有哪个函数有这个参数；它们的参数是：{names}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="514"/>
        <source>no function to train: give at least one, e.g. &apos;relu&apos;</source>
        <translation>没有要训练的函数：请至少给出一个，例如 &apos;relu&apos;</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="515"/>
        <source>at most {limit} functions can be trained side by side, got {count}</source>
        <translation>最多可以并排训练 {limit} 个函数，实际给了 {count} 个</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="135"/>
        <source>no upper bound (Keras: None)</source>
        <extracomment>(parameter, on): the play button next to the slider was pressed</extracomment>
        <translation>无上限（Keras：None）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="148"/>
        <source>Stop the animation</source>
        <translation>停止动画</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="150"/>
        <source>Play: run {name} across its range and back</source>
        <translation>播放：让 {name} 在其范围内来回变化</translation>
    </message>
</context>
<context>
    <name>ParamDoc</name>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="17"/>
        <source>0 gives x, 1 gives e^x; the paper trains it (its alpha &lt; 0 branch is not shown)</source>
        <translation>0 得到 x，1 得到 e^x；论文中训练此参数（未显示其 alpha &lt; 0 的分支）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="21"/>
        <source>amplitude of the sine term (learned)</source>
        <translation>正弦项的振幅（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="22"/>
        <source>bias added everywhere (learned)</source>
        <translation>处处加上的偏置（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="23"/>
        <source>centre: f(mu) = 1/2</source>
        <translation>中心：f(mu) = 1/2</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="24"/>
        <source>curvature for x &gt; 0: alpha_p x^2 (learned)</source>
        <translation>x &gt; 0 时的曲率：alpha_p x^2（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="25"/>
        <source>deformation of the exponential (t = 1 is ELU)</source>
        <translation>指数部分的形变（t = 1 即 ELU）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="26"/>
        <source>factor on the negative side: a*tanh(x) for x &lt;= 0</source>
        <translation>负半轴的系数：x &lt;= 0 时为 a*tanh(x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="27"/>
        <source>frequency of the sine term (learned)</source>
        <translation>正弦项的频率（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="28"/>
        <source>frequency w0 of sin(w0 x); SIREN uses 30</source>
        <translation>sin(w0 x) 的频率 w0；SIREN 取 30</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="29"/>
        <source>gate scale: erf(alpha * exp(beta x))</source>
        <translation>门控缩放：erf(alpha * exp(beta x))</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="30"/>
        <source>gate scale: erf(gamma * softplus(delta x))</source>
        <translation>门控缩放：erf(gamma * softplus(delta x))</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="31"/>
        <source>gate steepness: exp(beta * x)</source>
        <translation>门控陡度：exp(beta * x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="32"/>
        <source>gate steepness: softplus(delta * x)</source>
        <translation>门控陡度：softplus(delta * x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="33"/>
        <source>half-width of the quadratic joint (beta -&gt; 0 is ReLU)</source>
        <translation>二次过渡段的半宽（beta -&gt; 0 即 ReLU）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="34"/>
        <source>initial coefficients: the fit of a leaky ReLU of slope 0.01, 0.2, 0.25, 0.3, -0.5</source>
        <translation>初始系数：对斜率为 0.01、0.2、0.25、0.3、-0.5 的 Leaky ReLU 的拟合</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="38"/>
        <source>learned bias: the output for x &lt;= 0</source>
        <translation>可学习的偏置：x &lt;= 0 时的输出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="39"/>
        <source>length scale of the approach to -c on the left</source>
        <translation>左侧趋近 -c 的长度尺度</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="40"/>
        <source>length scale of the approach to a on the right</source>
        <translation>右侧趋近 a 的长度尺度</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="41"/>
        <source>lower limit: f tends to -c as x falls</source>
        <translation>下限：x 减小时 f 趋于 -c</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="42"/>
        <source>offset added to tanh: (alpha + tanh)</source>
        <translation>加在 tanh 上的偏移：(alpha + tanh)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="43"/>
        <source>output scale</source>
        <translation>输出缩放</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="44"/>
        <source>output scale: beta * x * sigmoid(x) (the paper tries 1 to 2)</source>
        <translation>输出缩放：beta * x * sigmoid(x)（论文尝试了 1 到 2）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="45"/>
        <source>position of the first hinge (learned)</source>
        <translation>第一个折点的位置（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="46"/>
        <source>position of the second hinge (learned)</source>
        <translation>第二个折点的位置（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="47"/>
        <source>power: max(0, x)^p (2: squared ReLU)</source>
        <translation>幂次：max(0, x)^p（2 即平方 ReLU）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="48"/>
        <source>rate of the exponential for x &lt; 0 (learned)</source>
        <translation>x &lt; 0 时指数的速率（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="49"/>
        <source>rounding radius: f(0) = mu/2; small mu approaches the kinked max</source>
        <translation>圆角半径：f(0) = mu/2；mu 越小越接近带折角的 max</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="52"/>
        <source>saturation value -a for x -&gt; -inf (learned)</source>
        <translation>x -&gt; -inf 时的饱和值 -a（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="53"/>
        <source>saturation value -alpha (learned)</source>
        <translation>饱和值 -alpha（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="54"/>
        <source>scale inside the log: ln(beta x + 1)</source>
        <translation>对数内的缩放：ln(beta x + 1)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="55"/>
        <source>scale of relu(x)^2 (learned)</source>
        <translation>relu(x)^2 的缩放（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="56"/>
        <source>scale of the exponential decay; slope a/b for x &gt; 0</source>
        <translation>指数衰减的尺度；x &gt; 0 时斜率为 a/b</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="57"/>
        <source>sharpness: large alpha approaches clip(x, 0, 1)</source>
        <translation>锐度：alpha 越大越接近 clip(x, 0, 1)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="58"/>
        <source>sharpness: large mu approaches the kinked max</source>
        <translation>锐度：mu 越大越接近带折角的 max</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="59"/>
        <source>slope at 0 (fixed at 0.5 in the paper)</source>
        <translation>0 处的斜率（论文中固定为 0.5）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="60"/>
        <source>slope change of the first hinge (learned)</source>
        <translation>第一个折点处的斜率变化（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="61"/>
        <source>slope change of the second hinge (learned)</source>
        <translation>第二个折点处的斜率变化（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="62"/>
        <source>slope for large negative (p1-p2)x</source>
        <translation>(p1-p2)x 很负时的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="63"/>
        <source>slope for large positive (p1-p2)x</source>
        <translation>(p1-p2)x 很大时的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="64"/>
        <source>slope for x &lt; 0 of the max(x, alpha x) it smooths</source>
        <translation>所平滑的 max(x, alpha x) 在 x &lt; 0 时的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="65"/>
        <source>slope of the line b = k a along which the two-input unit is drawn</source>
        <translation>绘制双输入单元所沿直线 b = k a 的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="68"/>
        <source>steepness of the gate&apos;s swish: b sigmoid(beta b)</source>
        <translation>门控中 swish 的陡度：b sigmoid(beta b)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="69"/>
        <source>steepness of the gate: sigmoid(beta * x)</source>
        <translation>门控的陡度：sigmoid(beta * x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="70"/>
        <source>steepness of the tanh: tanh(beta * x)</source>
        <translation>tanh 的陡度：tanh(beta * x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="71"/>
        <source>switching sharpness; 0 gives a line</source>
        <translation>切换的锐度；0 时为直线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="72"/>
        <source>the gate&apos;s GELU: &apos;none&apos; exact b*Phi(b), &apos;tanh&apos; PyTorch&apos;s tanh form</source>
        <translation>门控中的 GELU：&apos;none&apos; 为精确的 b*Phi(b)，&apos;tanh&apos; 为 PyTorch 的 tanh 形式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="75"/>
        <source>upper limit: f tends to a as x grows</source>
        <translation>上限：x 增大时 f 趋于 a</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="76"/>
        <source>weight of the exponential for x &lt;= 0 (learned)</source>
        <translation>x &lt;= 0 时指数项的权重（可学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="77"/>
        <source>width of the step (a standard deviation)</source>
        <translation>台阶的宽度（一个标准差）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="78"/>
        <source>&apos;none&apos;: exact x*Phi(x); &apos;tanh&apos;: PyTorch&apos;s tanh approximation</source>
        <translation>&apos;none&apos;：精确的 x*Phi(x)；&apos;tanh&apos;：PyTorch 的 tanh 近似</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="79"/>
        <source>above beta*x = threshold the output is x (PyTorch)</source>
        <translation>beta*x 超过此阈值时输出即为 x（PyTorch）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="80"/>
        <source>curvature at 0 (b = 0 is ReLU)</source>
        <translation>0 处的曲率（b = 0 即为 ReLU）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="81"/>
        <source>f tends to +-1/sqrt(alpha)</source>
        <translation>f 趋于 ±1/sqrt(alpha)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="82"/>
        <source>frequency of the periodic term</source>
        <translation>周期项的频率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="83"/>
        <source>half-width of the interval [-lambd, lambd] mapped to 0</source>
        <translation>映射为 0 的区间 [-lambd, lambd] 的半宽</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="84"/>
        <source>initial slope for x &lt; 0 (learned in training)</source>
        <translation>x &lt; 0 时的初始斜率（训练中学习）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="85"/>
        <source>largest output (inf = no limit, Keras&apos; None)</source>
        <translation>最大输出（inf 表示无上限，即 Keras 的 None）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="86"/>
        <source>left knee</source>
        <translation>左折点</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="87"/>
        <source>lower bound of the random slope</source>
        <translation>随机斜率的下界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="88"/>
        <source>lower end of the linear region</source>
        <translation>线性区的下端</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="89"/>
        <source>output for x &lt;= threshold</source>
        <translation>x &lt;= threshold 时的输出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="90"/>
        <source>rate of e^{-bx} in the numerator</source>
        <translation>分子中 e^{-bx} 的指数系数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="91"/>
        <source>rate of e^{-dx} in the denominator</source>
        <translation>分母中 e^{-dx} 的指数系数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="92"/>
        <source>rate of e^{ax} in the numerator</source>
        <translation>分子中 e^{ax} 的指数系数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="93"/>
        <source>rate of e^{cx} in the denominator</source>
        <translation>分母中 e^{cx} 的指数系数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="94"/>
        <source>right knee</source>
        <translation>右折点</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="95"/>
        <source>saturation value -1/sqrt(alpha) for x -&gt; -inf</source>
        <translation>x -&gt; -inf 时的饱和值 -1/sqrt(alpha)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="96"/>
        <source>saturation value -alpha and scale of the negative part</source>
        <translation>饱和值 -alpha，也是负半轴部分的缩放系数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="97"/>
        <source>saturation value -alpha for x -&gt; -inf</source>
        <translation>x -&gt; -inf 时的饱和值 -alpha</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="98"/>
        <source>sharpness: (1/beta) log(1 + exp(beta x))</source>
        <translation>锐度：(1/beta) log(1 + exp(beta x))</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="99"/>
        <source>slope left of t_left</source>
        <translation>t_left 左侧的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="100"/>
        <source>slope of the line below the threshold</source>
        <translation>阈值以下直线的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="101"/>
        <source>slope of the line for x &lt; 0</source>
        <translation>x &lt; 0 部分直线的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="102"/>
        <source>slope right of t_right</source>
        <translation>t_right 右侧的斜率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="103"/>
        <source>steepness of the gate: x * sigmoid(beta * x)</source>
        <translation>门控的陡峭程度：x * sigmoid(beta * x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="104"/>
        <source>upper bound of the random slope</source>
        <translation>随机斜率的上界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="105"/>
        <source>upper end of the linear region</source>
        <translation>线性区的上端</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="106"/>
        <source>x above this is passed through</source>
        <translation>大于此值的 x 原样输出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/param_docs.py" line="107"/>
        <source>x at or below which the output is 0 (or the leaky line)</source>
        <translation>x 小于或等于此值时输出为 0（或取泄漏直线）</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="42"/>
        <source>allowed: one of {choices}</source>
        <extracomment>seconds for an animated parameter to cross its range once, at speed 1× where the slider stops for a parameter with no upper bound (Keras max_value)</extracomment>
        <translation>允许值：{choices} 之一</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="45"/>
        <source>allowed: {range}</source>
        <translation>允许范围：{range}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="306"/>
        <source>The curve whose parameters are edited below</source>
        <extracomment>True when a play button starts running a parameter, False when it stops (the Edit menu makes a whole run one undo step) the animated parameter (name), its range, and where it is in it (0..2: there and back) the refused edit (parameter, value) whose message is shown, said again in a new language</extracomment>
        <translation>下方正在编辑其参数的曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="307"/>
        <source>Add another curve</source>
        <translation>添加另一条曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="309"/>
        <source>Another curve of the same function, with its own parameters and colour</source>
        <translation>为同一函数再添加一条曲线，拥有独立的参数和颜色</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="311"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="312"/>
        <source>Remove the selected curve</source>
        <translation>移除所选曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="313"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="315"/>
        <source>Set every parameter of the selected curve back to its default</source>
        <translation>将所选曲线的所有参数恢复为默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="319"/>
        <source>Whose default parameters to use where PyTorch and Keras differ</source>
        <translation>PyTorch 与 Keras 的默认参数不同时，采用哪一方的默认值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="323"/>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="324"/>
        <source>Sweep…</source>
        <translation>扫描…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="326"/>
        <source>Draw the selected curve at several values of one parameter, as one family</source>
        <translation>把选中的曲线按某个参数的多个取值画成一族</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="328"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="330"/>
        <source>Draw the difference, the ratio or the error in ulps of two curves</source>
        <translation>画出两条曲线的差、比或以 ulp 计的误差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="332"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="333"/>
        <source>How fast the play buttons run a parameter</source>
        <translation>播放按钮让参数变化的快慢</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/parameter_editor.py" line="321"/>
        <source>Defaults:</source>
        <translation>默认值：</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../actgui/ui/presentation.py" line="265"/>
        <source>Presentation mode</source>
        <extracomment>tick labels, axis labels and legend text, times their size on screen curve widths, times their width on screen readout rows shown in the overlay at most (then &quot;…&quot;) after the last change of curves or zoom, the overlay looks for its corner again the x it shows (named so as not to hide QWidget.x()) R hides the overlay while presenting (and shows it again) (overlay size, canvas size) it was last placed for: a crosshair move keeps it put</extracomment>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/presentation.py" line="268"/>
        <source>Full screen with large fonts and lines and the readout over the plot; Page Up/Down step through saved sessions, R hides the readout, Esc leaves</source>
        <translation>全屏显示，放大字体与线条，读数叠加在图上；Page Up/Down 在已保存的会话间切换，R 隐藏或显示读数，Esc 退出</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/presentation.py" line="405"/>
        <source>No saved sessions to step through: open one first</source>
        <translation>没有可切换的已保存会话：请先打开一个会话</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/presentation.py" line="411"/>
        <source>Last saved view</source>
        <translation>已是最后一个保存的视图</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/presentation.py" line="411"/>
        <source>First saved view</source>
        <translation>已是第一个保存的视图</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="51"/>
        <source>range</source>
        <extracomment>the run-time words of Properties.as_rows, listed for lupdate</extracomment>
        <translation>值域</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="52"/>
        <source>bounded below</source>
        <translation>有下界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="53"/>
        <source>bounded above</source>
        <translation>有上界</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="54"/>
        <source>monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="55"/>
        <source>zero-centred (f(0) = 0, both signs)</source>
        <translation>零中心（f(0) = 0，正负值皆有）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="56"/>
        <source>symmetry</source>
        <translation>对称性</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="57"/>
        <source>smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="58"/>
        <source>global minimum</source>
        <translation>全局最小值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="59"/>
        <source>global maximum</source>
        <translation>全局最大值</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="60"/>
        <source>saturates (f′ → 0)</source>
        <translation>饱和（f′ → 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="61"/>
        <source>dead zone (f′ = 0)</source>
        <translation>死区（f′ = 0）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="62"/>
        <source>≈ identity near 0</source>
        <translation>0 附近 ≈ 恒等映射</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="63"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="64"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="65"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="66"/>
        <source>increasing</source>
        <translation>严格递增</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="67"/>
        <source>non-decreasing</source>
        <translation>单调不减</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="68"/>
        <source>decreasing</source>
        <translation>严格递减</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="69"/>
        <source>non-increasing</source>
        <translation>单调不增</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="70"/>
        <source>odd</source>
        <translation>奇函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="71"/>
        <source>even</source>
        <translation>偶函数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="72"/>
        <source>odd about (0, f(0))</source>
        <translation>关于点 (0, f(0)) 中心对称</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="73"/>
        <source>discontinuous</source>
        <translation>不连续</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="74"/>
        <source>C² or smoother</source>
        <translation>C² 或更光滑</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="75"/>
        <source>{value} at x = {where}</source>
        <translation>{value}（x = {where} 处）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="76"/>
        <source>implementation note</source>
        <translation>实现说明</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="77"/>
        <source>the code switches formula at x = {where}; the curve steps by {size} there</source>
        <translation>代码在 x = {where} 处切换公式；曲线在该处有 {size} 的台阶</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="81"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="554"/>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s own file dialog texts that Qt 6.11 writes with a mnemonic (&quot;&amp;Look in:&quot;) while its Chinese catalog (qtbase_zh_CN) still has them without one (&quot;Look in:&quot;), so the dialog showed them in English: actgui&apos;s catalog carries them (Qt asks it too)</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="555"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../actgui/ui/readout.py" line="128"/>
        <source>type x, Enter</source>
        <extracomment>rows shown without a scroll bar; more curves than this scroll the widest texts fmt() writes (16 characters: sign, 10 digits or an exponent) the user typed an x: move the crosshair there the x the table shows (NaN: none) how many times show_x has filled the table (a typed x fills it once) the text of the last refused x entry (&quot;&quot; when none), said again in a new language the labels shown (the curve column is sized to them) (label, colour, style, visible) of each row as last styled</extracomment>
        <translation>输入 x 后回车</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="129"/>
        <source>Read exact values at this x (any float, e.g. 1e-3)</source>
        <translation>读取该 x 处的精确值（任意浮点数，例如 1e-3）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="131"/>
        <source>curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="272"/>
        <source>not a finite number: {text} (type a number such as 0.5, -2 or 1e-3)</source>
        <translation>不是有限数：{text}（请输入数字，例如 0.5、-2 或 1e-3）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/readout.py" line="343"/>
        <source>{label}: hidden in the plot</source>
        <translation>{label}：已在图中隐藏</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../actgui/ui/families.py" line="169"/>
        <source>Sweep a parameter</source>
        <extracomment>a family is visible when a member&apos;s f or f′ is this share of the first member&apos;s span (over the x range shown) away from the first member&apos;s somewhere a log-spaced default covers at most this many decades, down from the top</extracomment>
        <translation>扫描参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="170"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="171"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="172"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="173"/>
        <source>Curves</source>
        <translation>曲线条数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="174"/>
        <source>Log spacing</source>
        <translation>对数间距</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/families.py" line="175"/>
        <source>Space the values evenly on a log scale (both ends &gt; 0)</source>
        <translation>在对数尺度上均匀取值（两端须 &gt; 0）</translation>
    </message>
</context>
<context>
    <name>TrainingLab</name>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="319"/>
        <source>At most {n} functions train side by side.</source>
        <extracomment>a run ended: finished, failed or cancelled specs of the activations with their learned values, for the Curves tab</extracomment>
        <translation>最多可并排训练 {n} 个函数。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="385"/>
        <source>Some saved settings were not valid and are back to their defaults: {names}.</source>
        <translation>部分已保存的设置无效，已恢复为默认值：{names}。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="395"/>
        <source>Activations (up to 6)</source>
        <translation>激活函数（最多 6 个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="396"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="397"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="398"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="403"/>
        <source>Also learn</source>
        <translation>一并学习</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="404"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="405"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="406"/>
        <source>Test points</source>
        <translation>测试点数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="407"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="408"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="409"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="410"/>
        <source>Hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="411"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="412"/>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="413"/>
        <source>σ (init normal)</source>
        <translation>σ（正态初始化）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="414"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="415"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="416"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="417"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="418"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="422"/>
        <source>Activation parameters trained with the weights, e.g. beta, alpha (without it only PReLU&apos;s slope and the parameters of ACON-C and APL are)</source>
        <translation>与权重一起训练的激活函数参数，例如 beta、alpha（不填时只训练 PReLU 的斜率以及 ACON-C 和 APL 的参数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="425"/>
        <source>The two-dimensional toy data the networks learn to classify</source>
        <translation>网络要学习分类的二维玩具数据</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="426"/>
        <source>Training points, {lo} to {hi}</source>
        <translation>训练点数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="429"/>
        <source>Test points, drawn apart from the training points</source>
        <translation>测试点数，与训练点分开抽取</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="430"/>
        <source>Standard deviation of the noise added to the points</source>
        <translation>加到各点上的噪声的标准差</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="431"/>
        <source>Number of classes (spiral and blobs)</source>
        <translation>类别数（spiral 和 blobs）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="432"/>
        <source>Random seed of the data, the weights and the order of the batches</source>
        <translation>数据、权重和批次顺序的随机种子</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="433"/>
        <source>Hidden layers, {lo} to {hi}</source>
        <translation>隐藏层数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="436"/>
        <source>Units per hidden layer, {lo} to {hi}</source>
        <translation>每个隐藏层的单元数，{lo} 到 {hi}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="439"/>
        <source>How the weights are drawn; every network starts from the same ones</source>
        <translation>权重的抽取方式；每个网络都从相同的权重开始</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="440"/>
        <source>Standard deviation of the weights (init N(0, σ²) only)</source>
        <translation>权重的标准差（仅用于 N(0, σ²) 初始化）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="441"/>
        <source>Adam, or SGD with momentum (momentum 0: plain SGD)</source>
        <translation>Adam，或带动量的 SGD（动量为 0：普通 SGD）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="442"/>
        <source>Step size of the optimiser</source>
        <translation>优化器的步长</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="443"/>
        <source>Momentum of SGD</source>
        <translation>SGD 的动量</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="444"/>
        <source>Points per step; all: the whole training set (full batch)</source>
        <translation>每步使用的点数；全部：整个训练集（全批量）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="445"/>
        <source>Passes over the training set</source>
        <translation>遍历训练集的次数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="451"/>
        <source>e.g. beta</source>
        <translation>例如 beta</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="456"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="457"/>
        <source>SGD (momentum)</source>
        <translation>SGD（动量）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="458"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="461"/>
        <source>Pick a function, or type a catalog id with parameters, e.g. elu(alpha=0.5), or a custom expr:</source>
        <translation>选择一个函数，或输入带参数的目录 id，例如 elu(alpha=0.5)，或自定义的 expr:</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="466"/>
        <source>Double-click a function to edit its id and parameters</source>
        <translation>双击函数可编辑其 id 和参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="468"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="469"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="470"/>
        <source>Remove the selected function (or the last one)</source>
        <translation>移除选中的函数（或最后一个）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="471"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="473"/>
        <source>Train one network per activation, from the same weights, side by side</source>
        <translation>为每个激活函数训练一个网络，从相同的权重开始，并排比较</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="475"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="476"/>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="654"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="479"/>
        <source>Save the figure (PNG, SVG, PDF), the numbers per epoch (CSV) or the weights (NPZ)</source>
        <translation>保存图（PNG、SVG、PDF）、逐轮数字（CSV）或权重（NPZ）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="482"/>
        <source>Show learned curves</source>
        <translation>显示学到的曲线</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="484"/>
        <source>Add each activation with its learned parameter values to the Curves tab</source>
        <translation>把每个激活函数连同学到的参数值添加到“曲线”标签页</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="486"/>
        <source>Choose activations and press Train</source>
        <translation>选择激活函数，然后按“训练”</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="489"/>
        <source>Each activation gets its own network, trained from the same initial weights on the same data: watch their decision boundaries and learning curves.</source>
        <translation>每个激活函数各有一个网络，从相同的初始权重在相同的数据上训练：观察它们的决策边界和学习曲线。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="510"/>
        <source>Add at least one function, e.g. relu.</source>
        <translation>请至少添加一个函数，例如 relu。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="528"/>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="565"/>
        <source>Cancelled after {epochs} epochs.</source>
        <translation>已在 {epochs} 轮后取消。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="575"/>
        <source>{n} networks, {epochs} epochs in {seconds:.1f} s.</source>
        <translation>{n} 个网络，{epochs} 轮，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="580"/>
        <source>Diverged (loss no longer finite; try a smaller learning rate): {names}.</source>
        <translation>已发散（损失不再有限；请试用更小的学习率）：{names}。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="625"/>
        <source>Added to the Curves tab: {names}.</source>
        <translation>已添加到“曲线”标签页：{names}。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="633"/>
        <source>Nothing to export yet: train first.</source>
        <translation>还没有可导出的内容：请先训练。</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="646"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="647"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="648"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="649"/>
        <source>CSV table, per epoch (*.csv)</source>
        <translation>CSV 逐轮表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="650"/>
        <source>NumPy weights (*.npz)</source>
        <translation>NumPy 权重 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="657"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="72"/>
        <location filename="../../actgui/ui/training_plots.py" line="380"/>
        <source>circles</source>
        <extracomment>the lab&apos;s settings in QSettings: &quot;train/&lt;key&gt;&quot; activations trained side by side in the window: the core&apos;s limit the interpreter&apos;s thread switch interval while training: the window gets the GIL back within this after each call into Qt (Python&apos;s default, 5 ms, made every redraw slow) the data sets&apos; names, for Qt Linguist</extracomment>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="73"/>
        <location filename="../../actgui/ui/training_plots.py" line="381"/>
        <source>XOR</source>
        <translation>异或</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="74"/>
        <location filename="../../actgui/ui/training_plots.py" line="382"/>
        <source>two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="75"/>
        <location filename="../../actgui/ui/training_plots.py" line="383"/>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_lab/_lab.py" line="76"/>
        <location filename="../../actgui/ui/training_plots.py" line="384"/>
        <source>Gaussian blobs</source>
        <translation>高斯团</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="300"/>
        <source>loss: train (solid), test (dashed) (log)</source>
        <extracomment>class colours of the data and the boundary images (Tableau: orange, blue, then others) how strongly an image shows the predicted class: from unsure to sure pixels per side of a decision boundary image y range of the accuracy plot: room for the labels of 0 and 1 per network: RESOLUTION x RESOLUTION x classes probabilities (row 0 at the bottom) a number per run: a new run&apos;s snapshot redraws the data points leave out the learned parameters&apos; plot when no network learns any (a figure for a paper carries no empty panel; the other plots take the room) the name of each learned parameter at the end of its line</extracomment>
        <translation>损失：训练（实线）、测试（虚线）（对数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="301"/>
        <source>accuracy: train (solid), test (dashed)</source>
        <translation>准确率：训练（实线）、测试（虚线）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="302"/>
        <source>gradient norm per layer: now (solid), at the start (dashed) (log)</source>
        <translation>各层梯度范数：当前（实线）、开始时（虚线）（对数）</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="303"/>
        <source>learned activation parameters</source>
        <translation>学到的激活函数参数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="307"/>
        <source>learned activation parameters: none</source>
        <translation>学到的激活函数参数：无</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="311"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="312"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="324"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="326"/>
        <source>SGD, momentum {m}</source>
        <translation>SGD，动量 {m}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="329"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="329"/>
        <source>batch {n}</source>
        <translation>批量 {n}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="332"/>
        <source>{data}: {points} points (test {test}), noise {noise} · {layers} × {width} units, {init} · {optimiser}, lr {lr}, {batch} · {epochs} epochs · seed {seed}</source>
        <translation>{data}：{points} 个点（测试 {test}），噪声 {noise} · {layers} × {width} 个单元，{init} · {optimiser}，学习率 {lr}，{batch} · {epochs} 轮 · 种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="367"/>
        <source>diverged at epoch {epoch}</source>
        <translation>第 {epoch} 轮发散</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/training_plots.py" line="369"/>
        <source>test {accuracy}</source>
        <translation>测试 {accuracy}</translation>
    </message>
</context>
</TS>
