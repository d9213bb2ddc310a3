import sys
# A golden file is daily.csv, then daily_breakdown.csv (from its own "day,dimension" header).
# Every column of the old daily table must be byte-identical in the new one, and the breakdown
# byte-identical; prints the new columns.
def split(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    k = next(i for i, l in enumerate(lines) if i > 0 and l.startswith('day,'))
    return [l.split(',') for l in lines[:k]], '\n'.join(lines[k:])
old, new = sys.argv[1], sys.argv[2]
(o, ob), (n, nb) = split(old), split(new)
assert ob == nb, "breakdown differs"
assert len(o) == len(n), "daily row counts differ"
oh, nh = o[0], n[0]
assert all(c in nh for c in oh), [c for c in oh if c not in nh]
for c in oh:
    i, j = oh.index(c), nh.index(c)
    for r in range(1, len(o)):
        assert o[r][i] == n[r][j], (c, r, o[r][i], n[r][j])
print(old.split('/')[-1], "ok:", len(oh), "old columns byte-identical over", len(o) - 1, "days, breakdown identical; new:",
      [c for c in nh if c not in oh])
