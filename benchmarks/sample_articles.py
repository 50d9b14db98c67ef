"""A few articles written for the format fixtures and the bundled PDF, HTML and Word files.

Plain dicts (title, paragraphs, attribution) as the renderers take them, with
the fields parsing must find (``truth``); all names and events are invented.
"""

ARTICLES = [
    {
        "title": "河南省民政厅召开模范机关建设推进会",
        "paragraphs": [
            "5月16日，河南省民政厅召开模范机关建设推进会，总结前一阶段创建工作，部署下一步重点任务。厅党组书记、厅长宋建平出席会议并讲话。",
            "会议指出，要坚持以习近平新时代中国特色社会主义思想为指导，深入落实“第一议题”制度，推动机关党建和民政业务深度融合。",
            "宋建平强调，各党支部要对标模范机关建设要求，在服务困难群众、发展养老服务等工作中当先锋、作表率。",
        ],
        "attribution": "（据河南省民政厅）",
        "truth": {"province": "河南", "agency": "河南省民政厅", "date_md": "05-16", "people": ["宋建平"],
                  "slogans": ["第一议题", "模范机关", "习近平新时代中国特色社会主义思想"]},
    },
    {
        "title": "青岛市民政局开展主题党日活动",
        "paragraphs": [
            "本报讯（记者 韩立明）6月20日，青岛市民政局组织机关党员到社区开展主题党日活动，为辖区老年人提供政策咨询和助餐服务。",
            "活动中，党员们走访了12户独居老人，详细了解他们的生活需求，并现场解答低保、临时救助等方面的问题。",
            "局机关党委书记王海燕表示，要把主题党日活动与为民办实事结合起来，让党建成果惠及更多群众。",
        ],
        "attribution": "（青岛市民政局供稿）",
        "truth": {"province": "山东", "agency": "青岛市民政局", "date_md": "06-20", "people": ["韩立明", "王海燕"],
                  "slogans": []},
    },
    {
        "title": "湖南省社会组织综合党委举办党务干部培训班",
        "paragraphs": [
            "近日，湖南省社会组织综合党委在长沙举办全省性社会组织党务干部培训班，80余名党组织书记和党务工作者参加培训。",
            "培训班围绕党的二十大精神、社会组织党建工作规范等内容进行专题辅导，并组织学员开展分组讨论和经验交流。",
        ],
        "attribution": "（来源：湖南省民政厅）",
        "truth": {"province": "湖南", "agency": "湖南省社会组织综合党委", "date_md": None, "people": [],
                  "slogans": ["党的二十大精神"]},
    },
    {
        "title": "四川省民政厅组织党员干部赴红色教育基地开展党性教育",
        "paragraphs": [
            "7月4日，四川省民政厅组织厅机关党员干部赴红色教育基地开展党性教育，重温入党誓词，缅怀革命先烈。",
            "党员干部们参观了陈列馆，聆听了讲解员对革命历史的生动讲述，深刻感受到共产党人坚定的理想信念。",
            "大家纷纷表示，要坚定拥护“两个确立”、坚决做到“两个维护”，把学习成果转化为推动民政事业高质量发展的实际行动。",
        ],
        "attribution": "（据四川省民政厅）",
        "truth": {"province": "四川", "agency": "四川省民政厅", "date_md": "07-04", "people": [],
                  "slogans": ["两个确立", "两个维护", "高质量发展"]},
    },
]

# For the bundled e-paper page and Word report (benchmarks/make_archive_files.py).
HTML_ARTICLE = {
    "title": "广西壮族自治区民政厅举办青年理论学习小组读书分享会",
    "subtitle": "以青春之我践行为民宗旨",
    "paragraphs": [
        "8月22日，广西壮族自治区民政厅举办青年理论学习小组读书分享会，厅机关和直属单位40余名青年干部参加。",
        "分享会上，8名青年干部结合学习习近平新时代中国特色社会主义思想和基层调研经历，分享了读书心得和工作体会。",
        "厅党组成员、副厅长覃志刚在点评时指出，青年干部要在学思践悟中坚定理想信念，在社会救助、养老服务等一线岗位上锤炼本领。",
    ],
    "attribution": "（据广西壮族自治区民政厅）",
}

REPORT_ARTICLES = [
    {
        "title": "甘肃省民政厅召开党纪学习教育总结会",
        "paragraphs": [
            "9月3日，甘肃省民政厅召开党纪学习教育总结会，回顾学习教育开展情况，部署建立健全常态化纪律教育机制。厅党组书记、厅长马国庆出席会议并讲话。",
            "会议要求，要把党纪学习教育成果转化为推动民政工作的实际成效，持续推进清廉机关建设。",
        ],
        "attribution": "（据甘肃省民政厅）",
    },
    {
        "title": "沈阳市民政局开展“七一”走访慰问老党员活动",
        "paragraphs": [
            "6月28日，沈阳市民政局党员干部分组走访慰问生活困难老党员和在党50年老党员，送去慰问金和节日祝福。",
            "走访中，党员干部认真听取老党员对民政工作的意见建议，并对反映的困难逐一登记，及时协调解决。",
        ],
        "attribution": "（沈阳市民政局供稿）",
    },
]


def as_parsed(article: dict) -> dict:
    """Return the article's paragraphs and attribution as the parser gives them: a 本报讯 byline
    opening the lead belongs to the attribution, before the closing one (DOMAIN.md, issue 15)."""
    paragraphs = list(article["paragraphs"])
    lead = paragraphs[0] if paragraphs else ""
    byline = lead[:lead.index("）") + 1] if lead.startswith("本报讯（") and "）" in lead else ""
    if byline:
        paragraphs[0] = lead[len(byline):]
    return {**article, "paragraphs": paragraphs, "attribution": (byline + (article["attribution"] or "")) or None}
