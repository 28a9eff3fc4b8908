import json,re,sys
a=json.load(open(__import__('os').environ['LEDGER_DATA']+'/news-articles-ua-war/key_annotated_articles.json'))
BOIL=[r'NEW You can now listen to Fox News articles!',r'JOIN US ON TELEGRAM! Follow our coverage of the war on the @Kyivpost_official\.',r'\bADVERTISEMENT\b',r'Subscribe to us Twitter']
def sents(i):
    c=a[i]['content']
    for b in BOIL: c=re.sub(b,' ',c)
    c=re.sub(r'\s+',' ',c).strip()
    # split on sentence end followed by space+capital/quote, or glued ".Capital"
    c=re.sub(r'([.!?][”"’)]?)\s+(?=[“"A-Z0-9‘(\-–])',r'\1\n',c)
    c=re.sub(r'(?<=[a-z)][.!?])(?=[A-Z])','\n',c)
    c=re.sub(r'(?<=[.!?]["”])(?=[A-Z])','\n',c)
    parts=c.split('\n')
    out=[]
    for p in parts:
        p=p.strip()
        if not p: continue
        if out and re.search(r'(\b(St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.[A-Z]\.|\b[A-Z]\.)$',out[-1]):
            out[-1]+=' '+p
        else: out.append(p)
    return out
if __name__=='__main__':
    n=int(sys.argv[1]) if len(sys.argv)>1 else 7
    for i in map(int,sys.argv[2:]):
        s=sents(i)
        print('##',i,a[i]['filename'][:16])
        for k,x in enumerate(s[:n]): print('  [%d]'%k,x)
