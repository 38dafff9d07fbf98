#!/usr/bin/env python3
"""Independent expectations for the index tests, straight from the Sigma rule files.

Usage: sigma-expectations.py RULES_DIR < queries
Queries, one per line (tab-separated):
  T <technique>                       -> T <technique> <rules, with roll-up>
  I <technique> <field> <op> <value>  -> I ... <rulesHere> <corpusReach>  (positive polarity)
  X <technique> <field> <op> <value>  -> X ... <rules excluding it>
  R <id>                              -> R <id> <title> <level> <tags, comma-separated>
Shares no code with the Swift index: its own YAML loader (PyYAML), condition parser and
op classification, following PREDICATES.md.
"""
import fnmatch, os, re, sys
import yaml

def classify(pattern):
    """(op, value) of a glob pattern after implied wildcards (PREDICATES.md)."""
    toks, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == '\\' and i + 1 < len(pattern) and pattern[i + 1] in '*?\\':
            toks.append(('lit', pattern[i:i + 2])); i += 2; continue
        toks.append(('wild' if c in '*?' else 'lit', c)); i += 1
    lead = bool(toks) and toks[0] == ('wild', '*')
    trail = len(toks) > 1 and toks[-1] == ('wild', '*')
    inner = toks[1 if lead else 0:len(toks) - (1 if trail else 0)]
    if any(k == 'wild' for k, _ in inner) or (lead and len(toks) == 1):
        return 'wildcard', pattern
    value = ''.join(v for _, v in inner)
    value = value.replace('\\*', '*').replace('\\?', '?').replace('\\\\', '\\')
    if lead and trail: return 'match', value
    if lead: return 'ends_with', value
    if trail: return 'starts_with', value
    return 'eq', value

def predicates(selection):
    out = []
    items = selection if isinstance(selection, list) else [selection]
    for item in items:
        if not isinstance(item, dict):
            continue
        for key, vals in item.items():
            parts = key.split('|')
            field, mods = parts[0], parts[1:]
            for v in (vals if isinstance(vals, list) else [vals]):
                if v is None:
                    out.append((field, 'is_null', '')); continue
                if isinstance(v, bool): v = 'true' if v else 'false'
                v = str(v)
                if 're' in mods: out.append((field, 'regex_match', v)); continue
                if 'cidr' in mods: out.append((field, 'cidr_match', v)); continue
                if 'exists' in mods: out.append((field, 'exists', v.lower())); continue
                cmp = [m for m in mods if m in ('gt', 'gte', 'lt', 'lte')]
                if cmp: out.append((field, cmp[0], v)); continue
                if 'contains' in mods: v = '*' + v + '*'
                elif 'startswith' in mods: v = v + '*'
                elif 'endswith' in mods: v = '*' + v
                op, value = classify(v)
                out.append((field, op, value))
    return out

TOKEN = re.compile(r'\(|\)|[^\s()]+')

def polarities(condition, names):
    """name -> set of polarities, for every selection the condition references."""
    toks = TOKEN.findall(condition)
    pos = [0]
    def peek(): return toks[pos[0]].lower() if pos[0] < len(toks) else None
    def take(): pos[0] += 1; return toks[pos[0] - 1]
    def expand(word):
        if word.lower() == 'them': return [n for n in names if not n.startswith('_')]
        return [n for n in names if fnmatch.fnmatchcase(n, word)]
    # Tree: ('and', [..]) ('or', [..]) ('not', x) ('leaf', name)
    def primary():
        t = peek()
        if t == '(':
            take(); e = orexpr(); take(); return e
        if t == 'not':
            take(); return ('not', primary())
        if t in ('1', 'all') and pos[0] + 1 < len(toks) and toks[pos[0] + 1].lower() == 'of':
            kind = take().lower(); take(); members = expand(take())
            leaves = [('leaf', m) for m in members]
            if len(leaves) == 1: return leaves[0]
            return ('or' if kind == '1' else 'and', leaves)
        return ('leaf', take())
    def andexpr():
        items = [primary()]
        while peek() == 'and': take(); items.append(primary())
        return items[0] if len(items) == 1 else ('and', items)
    def orexpr():
        items = [andexpr()]
        while peek() == 'or': take(); items.append(andexpr())
        return items[0] if len(items) == 1 else ('or', items)
    tree = orexpr()
    def flat(n):
        if n[0] in ('and', 'or'):
            items = []
            for c in n[1]:
                c = flat(c)
                if c[0] == n[0]: items.extend(c[1])
                else: items.append(c)
            return (n[0], items) if len(items) > 1 else items[0]
        if n[0] == 'not': return ('not', flat(n[1]))
        return n
    out = {}
    def walk(n, parent_and, inherited):
        if n[0] == 'leaf': out.setdefault(n[1], set()).add(inherited)
        elif n[0] in ('and', 'or'):
            for c in n[1]: walk(c, n[0] == 'and', inherited)
        else:
            pol = inherited if inherited != 'positive' else ('exclusion' if parent_and else 'negated')
            walk(n[1], False, pol)
    walk(flat(tree), False, 'positive')
    return out

def load(root):
    rules, seen = [], set()
    paths = []
    for d, _, fs in os.walk(root):
        paths += [os.path.join(d, f) for f in fs if f.endswith(('.yml', '.yaml'))]
    for path in sorted(paths, key=lambda p: p.encode()):
        with open(path, encoding='utf-8') as fh:
            docs = [x for x in yaml.safe_load_all(fh) if isinstance(x, dict)]
        for doc in docs:
            if not ('correlation' in doc or ('detection' in doc and 'logsource' in doc)): continue
            rid = str(doc.get('id'))
            if rid in seen: continue
            seen.add(rid)
            if str(doc.get('status', '')).lower() in ('deprecated', 'unsupported'): continue
            tags = [str(t).lower() for t in doc.get('tags') or []]
            techs = set()
            for t in tags:
                m = re.fullmatch(r'attack\.(t\d{4})(\.\d{3})?', t)
                if m:
                    techs.add((m.group(1) + (m.group(2) or '')).upper()); techs.add(m.group(1).upper())
            preds = set()
            det = doc.get('detection') or {}
            conds = det.get('condition') if isinstance(det, dict) else None
            if conds is not None:
                names = [k for k in det if k != 'condition']
                for cond in (conds if isinstance(conds, list) else [conds]):
                    for name, pols in polarities(str(cond), names).items():
                        for (f, op, v) in predicates(det.get(name)):
                            for pol in pols:
                                preds.add((f, op, v if op == 'regex_match' else v.lower(), pol))
            rules.append(dict(id=rid, title=doc.get('title'), level=doc.get('level'), techs=techs, preds=preds, tags=tags))
    return rules

def main():
    rules = load(sys.argv[1])
    for line in sys.stdin:
        q = line.rstrip('\n').split('\t')
        if q[0] == 'T':
            print('\t'.join(q + [str(sum(1 for r in rules if q[1] in r['techs']))]))
        elif q[0] in ('I', 'X'):
            _, tech, field, op, value = q
            pol = 'positive' if q[0] == 'I' else 'exclusion'
            key = (field, op, value if op == 'regex_match' else value.lower(), pol)
            here = sum(1 for r in rules if tech in r['techs'] and key in r['preds'])
            reach = sum(1 for r in rules if key in r['preds'])
            print('\t'.join(q + [str(here), str(reach)]))
        elif q[0] == 'R':
            r = next((r for r in rules if r['id'] == q[1]), None)
            print('\t'.join(q + ([r['title'], str(r['level']), ','.join(r['tags'])] if r else ['-', '-', '-'])))

main()
