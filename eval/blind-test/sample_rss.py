import json, random, re
import os
D=os.environ['LEDGER_DATA']+'/rss-entries-2022/'
FILES=['bbc_news_rss_entries_2022-02_to_2022-08.jsonl','cnn_edition_rss_entries_2022-02_to_2022-08.jsonl']
pool=[]
for f in FILES:
    with open(D+f) as fh:
        for i,line in enumerate(fh,1):
            if i%2==1:
                o=json.loads(line)
                pool.append((f,i,o))
print('odd pool',len(pool))
rng=random.Random(20261125)
draw1=rng.sample(pool,200)
kw=re.compile(r'ukrain|russia|kyiv|kharkiv|odesa|mariupol|zelensky|putin|missile|drone|shelling|ceasefire|truce|talks|corridor',re.I)
# substring match (case-insensitive), e.g. "Ukraine", "Ukrainian", "Russian"
taken={(f,i) for f,i,_ in draw1}
links={o['link'] for _,_,o in draw1}
war=[(f,i,o) for f,i,o in pool if kw.search((o.get('title') or '')+' '+(o.get('description') or '')) and (f,i) not in taken and o['link'] not in links]
print('war-keyword pool (excl draw1)',len(war))
rng2=random.Random(20261125)
draw2=rng2.sample(war,100)
def conv(d):
    # '2022-02-01 22:38:48+00:00' -> '2022-02-01T22:38:48Z'
    assert d.endswith('+00:00'),d
    return d[:-6].replace(' ','T')+'Z'
out=[]
for tag,dr in (('random',draw1),('war',draw2)):
    for f,i,o in dr:
        out.append({'id':o['link'],'published':conv(o['date_published']),'title':o['title'],'summary':o.get('description') or '','source_ref':f'{f}:{i}','draw':tag})
json.dump(out,open('rss_sample.json','w'),indent=1,ensure_ascii=False)
print(len(out), len({x['id'] for x in out}))
