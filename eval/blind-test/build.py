import json, sys
sys.argv=['x']
exec(open('sents.py').read().split("if __name__")[0])   # gives a (articles) and sents()

def F(v,q='EXACT'): return {'value':v,'qualifier':q}
def L(kind=None, date=None, attacker=None, target=None, places=(), weapon=None,
      launched=None, intercepted=None, suppressed=None, killed=None, wounded=None, participants=()):
    return {'relevant': kind is not None, 'kind': kind, 'date': date, 'attacker': attacker,
            'target_country': target, 'places': list(places), 'weapon': weapon,
            'launched': launched, 'intercepted': intercepted, 'suppressed': suppressed,
            'killed': killed, 'wounded': wounded, 'participants': list(participants)}
NONE=L()

# ---------- RSS labels (index into rss_sample.json; all others irrelevant) ----------
RSS={
 161: L('STRIKE','2022-04-20','RU','UA',['Kamyshevakha']),
 221: L('STRIKE',None,'RU','UA',['Kyiv'],'MISSILE'),
 226: L('STRIKE',None,'UA','RU',['Black Sea'],'MISSILE'),
 246: L('NEGOTIATION'),
 261: L('NEGOTIATION','2022-02-20',participants=['Emmanuel Macron','Vladimir Putin']),
 265: L('STRIKE','2022-04-29','RU','UA',['Kyiv'],killed=F(1)),
 273: L('NEGOTIATION','2022-07-22'),
 278: L('STRIKE',None,'RU','UA',['Kyiv'],'MISSILE'),
 280: L('STRIKE',None,'RU','UA',[],killed=F(1)),
 282: L('STRIKE',None,None,'UA',['Mariupol']),
}

# ---------- article items: index -> (title sentence idx, summary sentence idxs, label) ----------
ART={
 9:  (0,[0,1],        L('NEGOTIATION',participants=['Lavrov'])),
 15: (0,[0,1,2,3,4],  L('NEGOTIATION','2022-01-31',participants=['Boris Johnson','Vladimir Putin'])),
 35: (0,[0,1,2,3,4],  L('NEGOTIATION','2022-02-10',participants=['Sergei Lavrov','Liz Truss'])),
 47: (1,[1,2,3,4,5,6],L('NEGOTIATION','2022-02-12',participants=['Joe Biden','Vladimir Putin'])),
 53: (0,[0,1,2,3,4],  L('NEGOTIATION','2022-02-14',participants=['Olaf Scholz','Volodymyr Zelenskiy'])),
 83: (0,[0,1,2,3,4],  L('CEASEFIRE','2022-02-19')),
 91: (0,[0,1,2,3],    L('NEGOTIATION','2022-02-26',participants=['Aleksandr Lukashenko'])),
 117:(0,[0,1,2,3],    L('CEASEFIRE')),
 119:(0,[0,1,2,3],    L('NEGOTIATION','2022-04-22',participants=['Charles Michel','Vladimir Putin'])),
 123:(1,[1,2,3,6],    L('STRIKE','2022-04-25','RU','UA',['Vinnytsia region'],'MISSILE',killed=F(5,'AT_LEAST'),wounded=F(18))),
 131:(0,[0,1,2,3,4,5],L('STRIKE',None,'RU','UA',['Kyiv'],'MISSILE',launched=F(2),wounded=F(10,'AT_LEAST'))),
 133:(0,[0,1,2,3,4,5],L('NEGOTIATION','2022-04-29',participants=['Volodymyr Zelensky'])),
 165:(0,[0,1,2,3],    L('STRIKE','2022-06-26','RU','UA',['Kyiv','Kyiv region','Cherkasy','Kharkiv region'],'MISSILE',
                        launched=F(24,'AT_LEAST'),killed=F(2,'AT_LEAST'),wounded=F(6))),
 231:(0,[0,1,2,4,5],  L('NEGOTIATION',None,participants=['Narendra Modi','Vladimir Putin'])),
 255:(0,[0,1],        L('NEGOTIATION','2023-02-11',participants=['Mykhailo Podolyak'])),
 303:(0,[0,1,2,3,4],  L('NEGOTIATION','2023-04-06',participants=['XI Jinping','Emmanuel Macron','Ursula von der Leyen'])),
 321:(0,[0,1,2,3],    L('NEGOTIATION','2023-06-17',participants=['Vladimir Putin'])),
 403:(1,[1,2,3,4,5,6],L('STRIKE','2024-04-28','RU','UA',['Mykolaiv','Starokostiantyniv'],'DRONE')),
 421:(0,[0,1,2,3,4],  L('NEGOTIATION')),
}

# ---------- Kyiv Independent items (0-based item index) ----------
KI={
 0:  L('STRIKE',None,'UA','RU',['Crimea']),
 4:  L('STRIKE','2024-07-24','RU','UA',['Izmail'],'DRONE'),
 22: L('STRIKE',None,'UA','RU',['Kerch Strait']),
}

out=[]
rss=json.load(open('rss_sample.json'))
for k,x in enumerate(rss):
    f,line=x['source_ref'].rsplit(':',1)
    out.append({'id':x['id'],'published':x['published'],'title':x['title'],'summary':x['summary'],
                'label':RSS.get(k,NONE),
                'source_ref':f"{f}:{line} [draw={'random-200' if x['draw']=='random' else 'war-keyword-100'}]"})
import re
PREFIX={47: r'^Deszczyca: We are in close cooperation\s+'}
for i,(ti,si,lab) in sorted(ART.items()):
    s=sents(i)
    if i in PREFIX: s[1]=re.sub(PREFIX[i],'',s[1])
    if i==303:  # opening quote glued to the previous sentence by the splitter
        assert s[0].endswith('."') and s[1].startswith('It was'); s[0]=s[0][:-1]; s[1]='"'+s[1]
    fn=a[i]['filename']; ts=fn[:16]
    pub=f"{ts[0:4]}-{ts[4:6]}-{ts[6:8]}T{ts[9:11]}:{ts[11:13]}:{ts[13:15]}Z"
    out.append({'id':f'article-{i}','published':pub,'title':s[ti],'summary':' '.join(s[j] for j in si),
                'label':lab,'source_ref':f"key_annotated_articles.json[{i}] ({fn}); sentences {si}"})
for r in json.load(open('ki.json')):
    out.append({'id':r['id'],'published':r['published'],'title':r['title'],'summary':' '.join(r['sents'][:6]),
                'label':KI.get(r['k'],NONE),
                'source_ref':f"kyivindependent_filtered_2024-07-26_to_2024-08-23.xml item[{r['k']}] (0-based); summary = first 6 sentences of HTML-stripped description"})
ids=[o['id'] for o in out]; assert len(ids)==len(set(ids))
with open('test-full.jsonl','w') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
with open('test-labels.jsonl','w') as fh:
    for o in out: fh.write(json.dumps({k:o[k] for k in ('id','published','label','source_ref')},ensure_ascii=False)+'\n')
print(len(out))
