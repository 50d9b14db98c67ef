"""Word lists and sentence templates for composed pages, written for the composer alone.

Nothing here is taken from index/: the composer must not share the parser's
tables, or a round trip would only prove that the parser agrees with itself.
The two plain fact lists (provinces, slogan terms) are read from index/parse/data,
as facts, by :func:`provinces` and :func:`slogan_terms`.
"""
from __future__ import annotations

import functools
from pathlib import Path

FACTS = Path(__file__).resolve().parent.parent / "index" / "parse" / "data"

SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 "
            "肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 "
            "方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 葛 "
            "欧阳 司马 上官 诸葛 皇甫 令狐").split()
# Characters common in given names and harmless next to a verb: none of them is a
# function word (在, 为, 和 …) that could read as the end of a name.
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 建 红 志 海 晓 "
         "宇 博 浩 鹏 嘉 欣 怡 瑞 泽 辰 琳 佳 思 雨 婷 雪 晨 凯 峰 帆 昊 睿 哲 振 庆 光 德 永 立 "
         "春 秋 松 柏 梅 荣 祥 福 禄 宁 安 骏 然 彤 璐 萍 斌 彬 旭 阳 铭 轩 航 远 腾 飞").split()
# Minority names are written with a middle dot between their parts.
DOT_FIRST = "阿布都热合曼 买买提 艾尼瓦尔 努尔兰 古丽娜尔 热依拉 吐尔洪 阿依古丽 帕尔哈提 依力哈木 巴哈古丽 米热古丽".split()
DOT_SECOND = "吐尔逊 艾力 阿不都 托合提 吾守尔 热合曼 司马义 肉孜 尼亚孜 玉素甫 卡德尔".split()

PUBLICATIONS = ("中国社会报", "公益时报", "浙江日报", "陕西日报", "民生周报")
LABELS = ("党建", "专题", "TOPIC", "视点", "机关党建", "NEWS")
EDITOR_ROLES = ("责任编辑", "美编", "校对", "版式", "责编")

# (city, province short form): facts written here for the composer.
CITIES = (("滨州市", "山东"), ("延吉市", "吉林"), ("银川市", "宁夏"), ("成都市", "四川"), ("苏州市", "江苏"),
          ("杭州市", "浙江"), ("洛阳市", "河南"), ("桂林市", "广西"), ("长沙市", "湖南"), ("宜昌市", "湖北"),
          ("赣州市", "江西"), ("遵义市", "贵州"), ("曲靖市", "云南"), ("包头市", "内蒙古"), ("拉萨市", "西藏"),
          ("西宁市", "青海"), ("天水市", "甘肃"), ("宝鸡市", "陕西"), ("大同市", "山西"), ("保定市", "河北"),
          ("大连市", "辽宁"), ("齐齐哈尔市", "黑龙江"), ("泉州市", "福建"), ("佛山市", "广东"), ("三亚市", "海南"),
          ("芜湖市", "安徽"), ("克拉玛依市", "新疆"), ("绵阳市", "四川"), ("喀什市", "新疆"), ("温州市", "浙江"))
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
UNIVERSITIES = ("省委党校", "省行政学院", "师范大学", "社会科学院")

# Events an agency holds: (verb, object); the object may carry a slogan slot {s}.
EVENTS = (
    ("召开", "主题教育工作推进会"), ("举办", "党务干部培训班"), ("召开", "党组理论学习中心组集体学习会"),
    ("开展", "“{s}”专题学习活动"), ("召开", "模范机关创建工作座谈会"), ("举办", "社会组织党组织书记示范培训班"),
    ("召开", "党风廉政建设工作会议"), ("开展", "主题党日活动"), ("举行", "新任职干部集体谈话会"),
    ("召开", "机关党建工作述职评议会"), ("举办", "“{s}”主题宣讲报告会"), ("开展", "党支部结对共建活动"),
    ("召开", "全系统党建工作会议"), ("举办", "青年干部读书分享会"), ("召开", "警示教育大会"),
)
ORG_FORMS = ("", "党组", "机关党委", "党组理论学习中心组")

# Body sentences. {s} is a slogan slot, {o} the short organiser (省民政厅), {a} the agency.
OPENERS = ("会议指出", "会议强调", "会议要求", "与会人员表示", "大家一致认为", "活动中", "培训期间", "据介绍")
CLAUSES = (
    "要深入学习贯彻{s}，把学习成果转化为推动工作的实际成效",
    "要坚持党建引领，推动机关党建和业务工作深度融合",
    "要把{s}贯穿工作全过程，不断提升服务群众的能力和水平",
    "要围绕{s}开展专题研讨，切实做到学以致用、用以促学",
    "{o}将以此次活动为契机，持续巩固拓展学习成果",
    "各级党组织要压紧压实责任，确保各项任务落地见效",
    "要聚焦群众急难愁盼问题，扎实办好民生实事",
    "全体党员干部要进一步增强政治意识，切实做到知行合一",
    "要健全完善工作机制，形成上下贯通、协同联动的良好局面",
    "要以{s}为抓手，推动基层党组织建设全面进步",
    "要持续深化{s}，以过硬作风服务民政事业发展",
    "要严格落实{s}，一以贯之推进各项工作",
    "参训学员纷纷表示将把所学所悟运用到实际工作中",
    "下一步{o}将进一步细化工作举措，推动各项部署落到实处",
    "要统筹抓好学习教育和工作落实，做到两手抓两不误",
    "习近平总书记关于民政工作的重要论述为做好新时代工作指明了方向",
)
SUBHEADINGS = ("强化政治引领", "夯实基层基础", "聚焦民生实事", "锤炼过硬作风", "深化学用结合", "抓实责任落实")
# New numbered formulations, never in the fact list: written quoted in the text.
NUMBERED = ("五个坚持", "三张清单", "四个一批", "六大行动", "双报到", "三项机制", "两个转变")
QUOTED = frozenset("两个确立 两个维护 四个意识 四个自信 两个大局 国之大者 两个结合 六个必须坚持 三会一课 "
                   "第一议题 三级联动 四风 两学一做 三严三实".split()) | {"不忘初心、牢记使命"}


@functools.cache
def provinces() -> tuple[tuple[str, str], ...]:
    """Return (short, full) for every mainland province-level division, from the fact list."""
    rows = [ln.split("\t") for ln in (FACTS / "provinces.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    return tuple((r[0], r[1]) for r in rows if len(r) >= 2 and r[0] not in ("台湾", "香港", "澳门"))


@functools.cache
def slogan_terms() -> tuple[str, ...]:
    """Return the slogan terms of the fact list."""
    lines = (FACTS / "slogans.txt").read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


# ---- Words of the other publications' styles (DOMAIN.md, "Publications differ"), for benchmarks.styles ----

BRIEF_MARKERS = ("■", "◆", "●", "★")
# Column and section labels: furniture, never a title; some hold a slogan term, which is still no slogan.
COLUMN_LABELS = ("【党建引领】", "基层党建·经验交流", "党建快讯", "理论周刊", "【基层动态】", "【主题教育进行时】",
                 "模范机关·创建进行时", "【清廉机关建设】", "一线传真", "【工作交流】")
KICKERS = ("坚持党建引领 服务民生大局", "聚焦主题教育走深走实", "深化模范机关建设", "推动党建与业务深度融合",
           "以学铸魂 以学促干", "把支部建在服务一线")
SUBTITLES = ("——{}党建工作纪实", "——{}推进机关党建工作综述", "——来自{}的调查", "——{}创建模范机关侧记")
# Universities that name no province: a theory piece names none (DOMAIN.md).
AUTHOR_UNITS = ("中国人民大学马克思主义学院", "清华大学马克思主义学院", "南开大学周恩来政府管理学院",
                "中山大学马克思主义学院", "复旦大学国际关系与公共事务学院", "中国社会科学院马克思主义研究院")
AUTHOR_TITLES = ("教授", "副教授", "研究员", "讲师")
# Theory and commentary sentences: no date, no place, no agency. {s} is a slogan slot.
THEORY = (
    "党的建设是推进各项事业的根本保证，必须把{s}贯穿始终",
    "机关党建要走在前、作表率，推动理论学习同工作实践紧密结合",
    "要坚持问题导向，把{s}落实到服务群众的具体行动中",
    "基层党组织是党的全部工作和战斗力的基础，必须抓紧抓实",
    "要以{s}为引领，推动党建工作与业务工作同谋划、同部署、同落实",
    "党员干部要在学思践悟中坚定理想信念，在知行合一中担当使命",
    "作风建设永远在路上，必须持之以恒、久久为功",
    "要把学习成效转化为推动高质量发展的实际行动",
)
INTERVIEW_TITLES = ("让党建引领成为发展的“红色引擎”", "把支部建在群众身边", "以高质量党建护航民生事业",
                    "让党旗在服务一线高高飘扬")
QUESTIONS = ("近年来，在机关党建方面做了哪些探索？", "如何把党建优势转化为发展优势？", "下一步有哪些打算？",
             "在推动党建和业务融合上有什么经验？")
ANSWERS = ("我们坚持把{s}作为首要任务，推动党建工作和业务工作深度融合",
           "关键是抓住党支部这个基本单元，让每一名党员都成为一面旗帜",
           "下一步将进一步完善工作机制，推动各项任务落地见效",
           "我们探索建立联系点制度，班子成员带头联系基层、解决问题")
HONOUR_HEADINGS = ("先进基层党组织", "优秀共产党员", "优秀党务工作者")
HONOUR_UNITS = ("机关第一党支部", "社会福利院党支部", "救助管理站党支部", "养老服务中心党支部", "婚姻登记处党支部",
                "儿童福利院党支部", "殡葬管理所党支部")
# County-level names and their provinces: a county name identifies its province (DOMAIN.md).
COUNTIES = (("莘县", "山东"), ("歙县", "安徽"), ("凤凰县", "湖南"), ("婺源县", "江西"), ("安吉县", "浙江"),
            ("兰考县", "河南"), ("正定县", "河北"), ("宁化县", "福建"), ("昭苏县", "新疆"), ("德钦县", "云南"),
            ("米脂县", "陕西"), ("平遥县", "山西"))
DISTRIBUTION = ("报：{p}委办公室，{p}人民政府办公室。", "送：{p}委组织部，{p}直机关工委。",
                "发：各乡镇（街道）民政所，局机关各股室。")
# What OCR makes of a running head's characters: digits misread as brackets and letters, 6月 as 明.
OCR_MISREADS = (("1", "]"), ("1", "l"), ("0", "O"), ("6月", "明"), ("8", "B"))
