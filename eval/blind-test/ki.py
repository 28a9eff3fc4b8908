import xml.etree.ElementTree as ET, html, re, json
from email.utils import parsedate_to_datetime
exec(open('sents.py').read().split("a=json.load")[0])
def split(c):
    c=re.sub(r'\s+',' ',c).strip()
    c=re.sub(r'([.!?][”"’)]?)\s+(?=[“"A-Z0-9‘(\-–])',r'\1\n',c)
    out=[]
    for p in c.split('\n'):
        p=p.strip()
        if not p: continue
        if out and re.search(r'(\b(St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.[A-Z]\.|\b[A-Z]\.)$',out[-1]):
            out[-1]+=' '+p
        else: out.append(p)
    return out
t=ET.parse(__import__('os').environ['LEDGER_DATA']+'/rss-feeds/kyivindependent_filtered_2024-07-26_to_2024-08-23.xml')
items=t.getroot().findall('./channel/item')
res=[]
for k,it in enumerate(items):
    d=it.findtext('description') or ''
    txt=html.unescape(re.sub(r'<[^>]+>',' ',html.unescape(d)))
    s=split(txt)
    pub=parsedate_to_datetime(it.findtext('pubDate')).strftime('%Y-%m-%dT%H:%M:%SZ')
    res.append({'k':k,'id':it.findtext('link'),'published':pub,'title':it.findtext('title'),'sents':s[:6]})
json.dump(res,open('ki.json','w'),indent=1,ensure_ascii=False)
