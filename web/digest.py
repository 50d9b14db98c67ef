"""The text and JSON of ``dangjian digest``: new articles per saved search, for a mail or a report."""
from __future__ import annotations

import json

from .pages import page_label


def _hit_dict(hit, first_indexed: str, base_url: str) -> dict:
    return {"id": hit.id, "title": hit.title, "date": hit.date, "province": hit.province, "agency": hit.agency,
            "publication": hit.publication, "issue_date": hit.issue_date, "page": hit.page,
            "first_indexed": first_indexed,
            "url": f"{base_url.rstrip('/')}/articles/{hit.id}" if base_url else None}


def format_digest(found: list[dict], since: str, base_url: str = "", as_json: bool = False) -> str:
    """Return the digest of ``newness.digest``'s answer as text (or one JSON object)."""
    items = [{"owner": f["owner"], "name": f["name"], "query": f["query"],
              "hits": [_hit_dict(h, at, base_url) for h, at in f["hits"]]} for f in found]
    if as_json:
        return json.dumps({"since": since, "saved": items}, ensure_ascii=False) + "\n"
    lines = [f"{since} 以来新编入索引的文章，按保存的检索列出", ""]
    if not items:
        lines.append("（还没有保存的检索）")
    for item in items:
        who = f" [{item['owner']}]" if item["owner"] else ""
        lines.append(f"== {item['name']}{who}：{len(item['hits'])} 篇新文章")
        for n, hit in enumerate(item["hits"], start=1):
            where = f"《{hit['publication'] or '报刊不详'}》{hit['issue_date'] or ''} {page_label(hit['page'])}".strip()
            lines.append(f"  {n}. {hit['title']}  [{hit['date'] or '日期不详'} · {hit['province'] or '—'} · {where}]")
            lines.append(f"     {hit['url'] or hit['id']}")
        lines.append("")
    return "\n".join(lines)
