/**
 * `--help` text of the command line in Chinese (the default locale, zh-CN).
 *
 * @module
 */
import { templateHelp } from './sheets/help.js';

const COMMON = `
输入：
  文件                JSON 文件（家庭记录数组，或 { "households": [...] }）或 JSON Lines
                      （每行一户；扩展名 .jsonl/.ndjson，或按内容识别）；- 表示标准输入。
                      字段见 household.schema.json。
                      也可以是表格：.xlsx 工作簿（家庭、成员、贷款、还款、利率调整、其他教育补助
                      各一张表；lanxi-policy template 可生成空白模板）、CSV 文件（家庭.csv、
                      成员.csv……）或存放它们的文件夹，或单表格式 CSV（户表，每户一行）。
                      CSV 可为 UTF-8 或 GB18030/GBK 编码。问题按 工作表·行·列 报告。
                      详见 docs/spreadsheets.md。

选项：
  --year 年度         计算哪一年的补助（默认 2023，即方案年度）
  --set 路径=值       通过 plan.with() 修改方案参数，可重复：
                      microcredit.floorRate=0.04、vocationalGrant.amount=4000、
                      targets.perCapitaIncome=17000、effectiveFrom=2023-01-01 等
                      （全部路径：lanxi-policy --help paths）
  --locale 语言       zh-CN（默认）或 en：表头、提示和解释所用语言
  --json              输出 JSON 而不是表格（金额为精确的十进制字符串）
  --progress          即使标准错误不是终端，也显示进度条
  -h, --help          显示本帮助`;

const OUT = `
  --out 文件          同时把结果写成工作簿（.xlsx：结果、乡镇汇总、错误、说明 等表）
                      或 CSV 文件（.csv：该文件，以及同名加 .错误.csv 等的文件）；
                      此时标准输出只给一行汇总`;

const EXIT = `
退出码：0 全部记录有效；1 部分记录无效（在标准错误中逐条报告，其余照常计算输出）；
2 用法错误（选项有误、文件无法读取、--set 无效）；3 意外故障。
提示信息不会复述命令行中给出的值或文件名：只指明选项（--set microcredit.floorRate、
--values 第 3 项）或位置（第 4 个参数、输入文件）。`;

/**
 * Help of each command, and of the command line as a whole (key ''), in Chinese.
 *
 * @example
 * ```ts
 * HELP_ZH['assess']?.startsWith('用法：lanxi-policy assess'); //=> true
 * ```
 */
export const HELP_ZH: Readonly<Record<string, string>> = {
  '': `lanxi-policy —— 兰溪市2023年低收入农户增收行动方案的代码实现：补助、目标与政策模拟

用法：
  lanxi-policy assess 文件 [--year 2023] [--locale zh-CN|en] [--json] [--explain] [--out 结果.xlsx]
  lanxi-policy simulate 文件 [--year 2023] [--set 路径=值 ...] [--json] [--out 结果.xlsx]
  lanxi-policy compare 文件 [--year 2023] --set 路径=值 [--set ...] [--json] [--out 结果.xlsx]
  lanxi-policy sweep 文件 [--year 2023] --path 路径 --values 值1,值2,... [--json]
  lanxi-policy report 记录.json --as-of 2023-11-01 [--year 2023] [--json] [--explain]
  lanxi-policy generate [--size 1000] [--seed 1] [--year 2023] [--jsonl] > households.json
  lanxi-policy template 模板.xlsx   生成空白模板供填写（或 户表.csv：单表格式）
  lanxi-policy serve [--host 127.0.0.1] [--port 8080]   HTTP 服务（serve --help）
  lanxi-policy 命令 --help
  lanxi-policy --help paths      --set 和 --path 可用的参数
  lanxi-policy --version

命令：
  assess     逐户评估：小额信贷贴息（2.3.8）、扶智补助（2.3.4）、收入目标（一）；
             --explain 逐条款说明每个数字的由来
  simulate   按方案计算全部家庭：各项补助总额及第一部分的收入目标
  compare    方案与改革（--set）对比：成本、目标、受益户、受损户的变化
  sweep      一个参数取一组值：成本与人均收入目标的关系
  report     乡镇考评报表（3.3）：走访、搬迁、菜单式项目、补助审核、培训及 2.1 各项指标，
             每个乡镇一行另加全市合计
  generate   生成合成人口（并非真实家庭），用于试用各命令
  template   生成空白工作簿（或单表格式 CSV），供乡镇（街道）填写
${EXIT}
`,
  assess: `用法：lanxi-policy assess 文件 [选项]

逐户评估：本年度小额信贷贴息（第 2.3.8 条）、中高职扶智补助（第 2.3.4 条）、合计，以及收入与
第一部分目标的对照（人均 ≥ 16710 元、增幅 ≥ 15%、转移性收入占比 ≤ 80%、其他收入占比 ≥ 20%）。
${COMMON}
  --explain           每户之后给出解释：每个输入、参数（附条款原文）、步骤、分支和舍入${OUT}
                      （含 贷款明细：每笔贷款的天数、贴息本金、贴息利率和金额）
使用 --json 时，其他教育补助按输入顺序只列金额、是否可叠加和是否发放，不列名称
（名称为自由文本，可能含有人名）。
${EXIT}
示例：
  lanxi-policy assess 家庭.xlsx --out 结果.xlsx
`,
  simulate: `用法：lanxi-policy simulate 文件 [选项]

按方案（或经 --set 修改的方案）计算全部家庭：户数、人数、各项补助总额（2.3.8、2.3.4），
以及全体的收入指标与第一部分目标的对照（按统计口径：总收入 ÷ 总人数）。
${COMMON}${OUT}
${EXIT}
`,
  compare: `用法：lanxi-policy compare 文件 --set 路径=值 [--set 路径=值 ...] [选项]

比较方案（基线）与 --set 给出的改革：各项补助总额的变化、全体收入指标的变化、受益和受损的
户数，以及跨越人均 16710 元线的家庭。每户补助的变化计入其转移净收入（解读 I-9）。

示例：
  lanxi-policy compare pop.json --set microcredit.floorRate=0.04 --set vocationalGrant.amount=4000
${COMMON}${OUT}
                      （比较：每户改革前后；跨线：跨越人均收入线的家庭）
${EXIT}
`,
  sweep: `用法：lanxi-policy sweep 文件 --path 路径 --values 值1,值2,... [选项]

依次把一个参数设为每个值计算全体家庭：成本、与方案的差额、人均收入及各目标是否达到，每个值
一行。--set 修改基线。

示例：
  lanxi-policy sweep pop.json --path microcredit.floorRate --values 0.03,0.035,0.04
${COMMON}
  --path 路径         要变动的参数（同 --set；见 lanxi-policy --help paths）
  --values 列表       逗号分隔的取值（最多 1000 个）
${EXIT}
`,
  report: `用法：lanxi-policy report 记录.json --as-of 日期 [选项]

第 3.3 条（制定考评体系）的乡镇考评报表：16 个乡镇（街道）及全市每项任务的状态——每月走访
（2.3.1）、搬迁（2.3.2）、菜单式项目（2.3.3）、扶智补助审核（2.3.4）、技能培训（2.3.5），
以及 2.1 的指标（联办、义务教育入学、饮水安全）——达标、进行中、逾期、未达标或不适用。
记录.json 为一个 JSON 对象：{ "visits": [...], "households": [...], "relocation": [...],
"menuProjects": [...], "vocationalGrantApplications": [...], "training": [...], "indicators": [...] }
（各类均可省略；见 examples/data/township-records.json）。

选项：
  --as-of 日期        报表的截止日期（YYYY-MM-DD），必填
  --year 年度         报表年度（默认 2023）
  --locale 语言       zh-CN（默认）或 en
  --json              输出 JSON 而不是表格
  --explain           表格之后给出解释：每个未达标单元格对应的条款
  -h, --help          显示本帮助

退出码：0 报表已生成；1 记录无效（在标准错误中按路径逐条报告）；2 用法错误。

示例：
  lanxi-policy report examples/data/township-records.json --as-of 2023-11-15
`,
  generate: `用法：lanxi-policy generate [--size 1000] [--seed 1] [--year 2023] [--jsonl]

向标准输出写出一组合成的低收入家庭：由种子生成，不描述任何真实的家庭或个人（无姓名、无身份
证号）。相同的户数、种子和年度总是得到相同的家庭。

选项：
  --size 户数         生成多少户（0–1000000，默认 1000）
  --seed 种子         种子，整数（默认 1）
  --year 年度         收入年度（默认 2023）
  --jsonl             输出 JSON Lines（每行一户）而不是 JSON 数组
  -h, --help          显示本帮助

示例：
  lanxi-policy generate --size 100000 --seed 1 --jsonl > pop.jsonl
`,
  template: templateHelp('zh-CN'),
};
