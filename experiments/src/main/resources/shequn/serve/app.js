'use strict';
// The planning page: everything it knows comes from the server (scenarios, validation with the CLI's loader,
// runs as server-sent events); it keeps only the edits the user typed.
const T = {
  en: {
    title: 'shequn planner', scenario: 'Scenario', plan: 'Plan', fields: 'Population and behaviour',
    reset: 'Undo edits', downloadYaml: 'Download edited YAML', reps: 'Replications', pace: 'Pace',
    paceFast: 'fastest', paceNormal: 'watchable', paceSlow: 'slow', run: 'Run', pause: 'Pause', resume: 'Resume',
    stop: 'Stop', downloadZip: 'Download results (zip)', day: 'Day',
    bands: 'Monte-Carlo: original vs edited (mean, 95% band)', verdict: 'Verdict (paired, 95% CI)',
    details: 'Every KPI', response: 'Response curves', lever: 'Lever', drawCurves: 'Draw response curves',
    allLevers: 'all campaigns', edits: n => n === 0 ? 'no edits: the plan as written' : n + ' edit' + (n > 1 ? 's' : '') + ' (highlighted)',
    outline: s => `${s.name}: ${s.consumers.toLocaleString()} consumers, ${s.days} days, ${s.campaigns.length} campaigns, seed ${s.seed}`,
    field: 'field', value: 'value', live: 'replication 0 of the edited plan, day by day', running: 'running…',
    paused: 'paused', stopped: 'stopped', failed: 'failed', done: 'done', mcProgress: (d, t) => `replications ${d} / ${t}`,
    paired: (n, p, g) => `after ${n} paired replications: Δ profit ${p}, Δ GMV ${g}`, original: 'original', edited: 'edited',
    traffic: 'traffic', gmv: 'GMV', conversion: 'conversion', basket: 'basket', repeat_rate: 'repeat rate',
    ladder_none: 'no tie', ladder_aware: 'aware', ladder_weak: 'weak tie', ladder_strong: 'fans', groups_alive: 'groups alive',
    members: 'members', active_members: 'active members', wom_reach: 'word-of-mouth reach (day)', aware: 'aware households', profit: 'profit', gmvTotal: 'GMV so far',
    profitTotal: 'profit so far', ladderTitle: 'relationship ladder', groupsTitle: 'groups and word of mouth',
    ratesTitle: 'conversion and repeat rate', trafficTitle: 'traffic and GMV per day', bandsTitle: 'GMV so far (yuan)', bandsProfitTitle: 'Δ profit so far, edited − original (yuan, paired)', deltaProfit: 'Δ profit',
    responseTitle: 'Δ profit against the plan without the campaign (yuan, 95% CI)', intensity: 'intensity',
    curvesProgress: (d, t) => `replications ${d} / ${t}`, start: 'start', end: 'end', every: 'every', budget: 'budget',
    name: 'name', other: 'lever fields', optimize: 'Best budget split', objective: 'Objective', evaluations: 'Plans to try',
    findSplit: 'Find the best budget split', apply: 'Apply as edits', searching: (l, d, n) => `${l} ${d} / ${n}`,
  },
  zh: {
    title: 'shequn 策划台', scenario: '场景', plan: '方案', fields: '人群与行为',
    reset: '撤销修改', downloadYaml: '下载修改后的 YAML', reps: '重复次数', pace: '速度',
    paceFast: '最快', paceNormal: '可观看', paceSlow: '慢', run: '运行', pause: '暂停', resume: '继续',
    stop: '停止', downloadZip: '下载结果 (zip)', day: '第几天',
    bands: '蒙特卡洛：原方案与修改方案（均值，95% 区间）', verdict: '结论（配对，95% 置信区间）',
    details: '全部指标', response: '响应曲线', lever: '杠杆', drawCurves: '绘制响应曲线',
    allLevers: '全部活动', edits: n => n === 0 ? '未修改：按原方案' : `已修改 ${n} 项（已高亮）`,
    outline: s => `${s.name}：${s.consumers.toLocaleString()} 名顾客，${s.days} 天，${s.campaigns.length} 项活动，种子 ${s.seed}`,
    field: '字段', value: '取值', live: '修改方案的第 0 次重复，逐日', running: '运行中…',
    paused: '已暂停', stopped: '已停止', failed: '失败', done: '完成', mcProgress: (d, t) => `已完成重复 ${d} / ${t}`,
    paired: (n, p, g) => `${n} 次配对重复后：利润变化 ${p}，GMV 变化 ${g}`, original: '原方案', edited: '修改方案',
    traffic: '客流', gmv: 'GMV', conversion: '转化率', basket: '客单价', repeat_rate: '复购率',
    ladder_none: '无关系', ladder_aware: '知晓', ladder_weak: '弱关系', ladder_strong: '粉丝', groups_alive: '活跃社群',
    members: '群成员', active_members: '活跃成员', wom_reach: '口碑触达（当日）', aware: '知晓家庭', profit: '利润', gmvTotal: '累计 GMV',
    profitTotal: '累计利润', ladderTitle: '关系阶梯', groupsTitle: '社群与口碑',
    ratesTitle: '转化率与复购率', trafficTitle: '每日客流与 GMV', bandsTitle: '累计 GMV（元）', bandsProfitTitle: '累计利润差：修改 − 原方案（元，配对）', deltaProfit: '利润差',
    responseTitle: '相对于不做该活动的利润变化（元，95% 置信区间）', intensity: '强度',
    curvesProgress: (d, t) => `已完成重复 ${d} / ${t}`, start: '开始', end: '结束', every: '间隔', budget: '预算',
    name: '名称', other: '杠杆参数', optimize: '最优预算分配', objective: '目标', evaluations: '尝试方案数',
    findSplit: '寻找最优预算分配', apply: '作为修改应用', searching: (l, d, n) => `${l} ${d} / ${n}`,
  },
};
let lang = localStorage.getItem('shequn.lang') === 'zh' ? 'zh' : 'en';
const t = k => T[lang][k];
const $ = id => document.getElementById(id);
const state = { scenario: null, view: null, edits: {}, run: null, source: null, live: [], totals: { gmv: 0, profit: 0 } };
const charts = {};

function fmt(x, digits) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return Number(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits ?? 0 });
}
const pct = x => (x === null || x === undefined) ? '–' : fmt(100 * x, 1) + '%';
const ci = e => e && e.mean !== null && e.mean !== undefined
  ? `${fmt(e.mean)} [${fmt(e.low)}, ${fmt(e.high)}]` : '–';

function translate() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
  $('lang-en').classList.toggle('on', lang === 'en');
  $('lang-zh').classList.toggle('on', lang === 'zh');
  if (state.view) { renderPlan(); }
  drawLive(); redrawBands(); redrawResponse();
}

function setLang(l) { lang = l; localStorage.setItem('shequn.lang', l); translate(); }

async function getJson(url) {
  const r = await fetch(url);
  return r.json();
}

function query(extra) {
  const p = new URLSearchParams();
  p.set('scenario', state.scenario);
  Object.entries(state.edits).forEach(([k, v]) => p.append('set', k + '=' + v));
  Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
  return p.toString();
}

async function loadScenarios() {
  const r = await getJson('/api/scenarios');
  const sel = $('scenario');
  sel.innerHTML = '';
  r.scenarios.forEach(s => { const o = document.createElement('option'); o.value = s.id; o.textContent = s.label; sel.appendChild(o); });
  const preferred = r.scenarios.find(s => s.label.endsWith('store-plus-community.yaml') && !s.label.startsWith('library/'))
    || r.scenarios.find(s => !s.label.startsWith('library/')) || r.scenarios.find(s => s.label.endsWith('store-plus-community.yaml')) || r.scenarios[0];
  if (preferred) { sel.value = preferred.id; await pick(preferred.id); }
}

async function pick(id) {
  state.scenario = id;
  state.edits = {};
  const v = await getJson('/api/scenario?' + query());
  if (!v.ok) {
    // a scenario the loader refuses (with the server's --set): its message, and no plan to edit or run
    state.view = null; state.original = null;
    ['levers', 'fields'].forEach(id => $(id).querySelectorAll('tbody, thead').forEach(x => { x.innerHTML = ''; }));
    $('outline').textContent = '';
    showProblem(v.message); return;
  }
  state.view = v;
  state.original = v;
  showProblem(null);
  renderPlan();
}

const SHARED = ['lever', 'start', 'end', 'every', 'budget'];
function renderPlan() {
  const v = state.original;
  $('outline').textContent = t('outline')(state.view || v);
  const head = $('levers').querySelector('thead');
  head.innerHTML = '<tr><th>#</th>' + SHARED.map(k => `<th>${k === 'lever' ? t('lever') : t(k)}</th>`).join('') + `<th>${t('other')}</th></tr>`;
  const body = $('levers').querySelector('tbody');
  body.innerHTML = '';
  v.campaigns.forEach((c, i) => {
    const tr = document.createElement('tr');
    tr.appendChild(cell(String(i)));
    tr.appendChild(cell(c.name !== c.lever ? c.lever + ' (' + c.name + ')' : c.kol ? c.lever + ' (' + c.kol + ')' : c.lever));
    ['start', 'end', 'every', 'budget'].forEach(k => { const td = document.createElement('td'); td.appendChild(input(`campaigns[${i}].${k}`, c[k])); tr.appendChild(td); });
    const other = document.createElement('td');
    other.className = 'other';
    Object.entries(c).filter(([k, x]) => !SHARED.includes(k) && !['name', 'store', 'group', 'kol'].includes(k) && (typeof x === 'number' || typeof x === 'boolean'))
      .forEach(([k, x]) => { const l = document.createElement('label'); l.textContent = k + ' '; l.appendChild(input(`campaigns[${i}].${k}`, x)); other.appendChild(l); });
    tr.appendChild(other);
    body.appendChild(tr);
  });
  const fb = $('fields').querySelector('tbody');
  fb.innerHTML = '';
  v.fields.forEach(f => {
    const tr = document.createElement('tr');
    tr.appendChild(cell(f.path));
    const td = document.createElement('td'); td.appendChild(input(f.path, f.value)); tr.appendChild(td);
    fb.appendChild(tr);
  });
  const sel = $('response-lever');
  sel.innerHTML = `<option value="-1">${t('allLevers')}</option>` + v.campaigns.map((c, i) => `<option value="${i}">campaigns[${i}] ${escapeHtml(c.name)}</option>`).join('');
  updateEdits();
}

function escapeHtml(s) { return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }
function cell(text) { const td = document.createElement('td'); td.textContent = text ?? ''; return td; }

function input(path, value) {
  const el = document.createElement('input');
  el.dataset.path = path;
  el.dataset.orig = value === null || value === undefined ? '' : String(value);
  el.value = path in state.edits ? state.edits[path] : el.dataset.orig;
  el.placeholder = value === null || value === undefined ? '—' : '';
  el.addEventListener('input', () => edited(el));
  return el;
}

let validateTimer = null;
function edited(el) {
  const v = el.value.trim();
  if (v === el.dataset.orig || v === '') { delete state.edits[el.dataset.path]; } else { state.edits[el.dataset.path] = v; }
  updateEdits();
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, 250);
}

function updateEdits() {
  document.querySelectorAll('input[data-path]').forEach(el => el.classList.toggle('edited', el.dataset.path in state.edits));
  $('edits').textContent = t('edits')(Object.keys(state.edits).length);
  $('download-yaml').href = '/api/yaml?' + query();
}

async function validate() {
  const v = await getJson('/api/scenario?' + query());
  if (v.ok) { state.view = v; showProblem(null); $('outline').textContent = t('outline')(v); } else { showProblem(v.message); }
}

function showProblem(message) {
  const p = $('problem');
  p.hidden = !message;
  p.textContent = message || '';
  document.querySelectorAll('input[data-path]').forEach(el => el.classList.toggle('bad', !!message && message.includes(el.dataset.path + ':')));
  $('run').disabled = !!message || state.run !== null || !state.original;
  $('download-yaml').classList.toggle('disabled', !!message);
}

// ---- charts ----
function chart(id) {
  if (!charts[id]) { charts[id] = echarts.init($(id), { textStyle: { fontFamily: 'system-ui, "Noto Sans SC", sans-serif' } }, { renderer: 'svg' }); }
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

function line(name, data, extra) { return Object.assign({ name, type: 'line', showSymbol: false, data }, extra || {}); }

function drawLive() {
  const days = state.live.map(d => d.day);
  const col = k => state.live.map(d => d[k]);
  const base = (title) => ({ animation: false, title: { text: title, textStyle: { fontSize: 12 } }, tooltip: { trigger: 'axis' },
    legend: { top: 18, type: 'scroll', textStyle: { fontSize: 10 } }, grid: { top: 50, left: 10, right: 10, bottom: 10, containLabel: true }, xAxis: { type: 'category', data: days } });
  chart('chart-traffic').setOption(Object.assign(base(t('trafficTitle')), {
    yAxis: [{ type: 'value' }, { type: 'value' }],
    series: [line(t('traffic'), col('traffic')), line(t('gmv'), col('gmv'), { yAxisIndex: 1 })] }), true);
  chart('chart-rates').setOption(Object.assign(base(t('ratesTitle')), {
    yAxis: [{ type: 'value', axisLabel: { formatter: x => Math.round(100 * x) + '%' } }, { type: 'value' }],
    series: [line(t('conversion'), col('conversion')), line(t('repeat_rate'), col('repeat_rate')),
      line(t('basket'), col('basket'), { yAxisIndex: 1 })] }), true);
  chart('chart-ladder').setOption(Object.assign(base(t('ladderTitle')), {
    yAxis: { type: 'value' },
    series: ['ladder_none', 'ladder_aware', 'ladder_weak', 'ladder_strong'].map(k => line(t(k), col(k), { stack: 'l', areaStyle: {} })) }), true);
  chart('chart-groups').setOption(Object.assign(base(t('groupsTitle')), {
    yAxis: [{ type: 'value' }, { type: 'value' }],
    series: [line(t('members'), col('members')), line(t('active_members'), col('active_members')),
      line(t('aware'), col('aware')), line(t('wom_reach'), col('wom_reach')),
      line(t('groups_alive'), col('groups_alive'), { yAxisIndex: 1 })] }), true);
  const last = state.live[state.live.length - 1] || {};
  const tiles = [['traffic', fmt(last.traffic)], ['conversion', pct(last.conversion)], ['basket', fmt(last.basket, 1)],
    ['repeat_rate', pct(last.repeat_rate)], ['gmvTotal', fmt(state.totals.gmv)], ['profitTotal', fmt(state.totals.profit)],
    ['ladder_strong', fmt(last.ladder_strong)], ['groups_alive', fmt(last.groups_alive)], ['aware', fmt(last.aware)],
    ['wom_reach', fmt(last.wom_reach)]];
  $('tiles').innerHTML = tiles.map(([k, v]) => `<div class="tile"><b>${v}</b><span>${t(k)}</span></div>`).join('');
}

let lastBands = null;
function bandSeries(name, g, color) {
  return [line(name, g.mean, { color }),
    line(name + ' low', g.low, { stack: name, lineStyle: { opacity: 0 }, color, tooltip: { show: false } }),
    line(name + ' 95%', g.high.map((h, d) => h === null || g.low[d] === null ? null : h - g.low[d]),
      { stack: name, lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.25, color }, color, tooltip: { show: false } })];
}

function bandChart(id, title, parts) {
  if (!lastBands) { chart(id).clear(); return; }
  const series = parts.flatMap(([name, g, color]) => bandSeries(name, g, color));
  const days = (parts[0][1].mean || []).map((_, d) => d);
  chart(id).setOption({ animation: false, title: { text: title, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' }, legend: { top: 18, data: parts.map(p => p[0]) },
    grid: { top: 50, left: 10, right: 15, bottom: 10, containLabel: true }, xAxis: { type: 'category', data: days },
    yAxis: { type: 'value' }, series }, true);
}

function redrawBands() {
  const b = lastBands;
  if (b) {
    bandChart('chart-bands', t('bandsTitle'), [[t('original'), b.scenarios[0].cum_gmv, '#888'], [t('edited'), b.scenarios[1].cum_gmv, '#1f6fb2']]);
    bandChart('chart-bands-profit', t('bandsProfitTitle'), [[t('deltaProfit'), b.paired.cum_profit, '#2e8b57']]);
  } else {
    bandChart('chart-bands'); bandChart('chart-bands-profit');
  }
  $('mc').textContent = b ? t('mcProgress')(b.done, b.total) + ' · ' + t('paired')(b.paired.n, ci(b.paired.profit), ci(b.paired.gmv)) : '';
}

let lastCurves = null;
function redrawResponse() {
  const c = lastCurves;
  if (!c) { chart('chart-response').clear(); return; }
  const byCampaign = {};
  c.rows.forEach(r => { (byCampaign[r.name] = byCampaign[r.name] || []).push(r); });
  const series = [];
  Object.entries(byCampaign).forEach(([name, rows]) => {
    series.push({ name, type: 'line', data: rows.map(r => [r.intensity, r.d_profit]), symbolSize: rows.map(r => r.current ? 10 : 5) });
    series.push({ name, type: 'custom', renderItem: (params, api) => {
      const lo = api.coord([api.value(0), api.value(1)]); const hi = api.coord([api.value(0), api.value(2)]);
      return { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: { stroke: api.visual('color') } };
    }, data: rows.map(r => [r.intensity, r.d_profit_lo, r.d_profit_hi]), tooltip: { show: false } });
  });
  chart('chart-response').setOption({ animation: false, title: { text: t('responseTitle'), textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'item' }, legend: { top: 18, type: 'scroll' }, grid: { top: 50, left: 10, right: 15, bottom: 10, containLabel: true },
    xAxis: { type: 'value', name: t('intensity') }, yAxis: { type: 'value' }, series }, true);
}

// ---- runs ----
function closeStream() { if (state.source) { state.source.close(); state.source = null; } }

function running(on) {
  $('run').disabled = on; $('response').disabled = on; $('optimize').disabled = on; $('pause').disabled = !on; $('stop').disabled = !on;
  $('pause').textContent = t('pause'); $('pause').dataset.t = 'pause';
}

function startRun() {
  closeStream();
  state.live = []; state.totals = { gmv: 0, profit: 0 }; lastBands = null;
  $('verdict').innerHTML = ''; $('table').textContent = ''; $('download-zip').hidden = true;
  $('day').textContent = '0 / ' + (state.view ? state.view.days : '?');
  $('status').textContent = t('running');
  drawLive(); redrawBands();
  const src = new EventSource('/api/run?' + query({ reps: $('reps').value, pace: $('pace').value, lang }));
  state.source = src; state.run = -1; running(true);
  let pending = false;
  src.addEventListener('start', e => { state.run = JSON.parse(e.data).run; });
  src.addEventListener('day', e => {
    const d = JSON.parse(e.data);
    state.live.push(d); state.totals.gmv += d.gmv || 0; state.totals.profit += d.profit || 0;
    $('day').textContent = (d.day + 1) + ' / ' + d.days;
    if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; drawLive(); }); }
  });
  src.addEventListener('bands', e => { $('pause').disabled = true; lastBands = JSON.parse(e.data); $('status').textContent = t('mcProgress')(lastBands.done, lastBands.total); redrawBands(); });
  src.addEventListener('verdict', e => {
    const v = JSON.parse(e.data);
    $('verdict').innerHTML = v.lines.map(l => `<li>${escapeHtml(l)}</li>`).join('');
    $('table').textContent = v.table;
  });
  src.addEventListener('problem', e => showProblem(JSON.parse(e.data).message));
  src.addEventListener('failure', e => showProblem(JSON.parse(e.data).message));
  src.onerror = () => lost(src);
  src.addEventListener('end', e => {
    const d = JSON.parse(e.data);
    closeStream(); drawLive();
    $('status').textContent = t(d.state === 'done' ? 'done' : d.state === 'stopped' ? 'stopped' : 'failed');
    if (d.state === 'done' && d.run) { const z = $('download-zip'); z.href = '/api/results.zip?run=' + d.run; z.hidden = false; }
    state.run = null; running(false); showProblem($('problem').hidden ? null : $('problem').textContent);
  });
}

async function control(action) {
  if (state.run === null || state.run < 0) return;
  await fetch(`/api/control?run=${state.run}&action=${action}`, { method: 'POST' });
}

function togglePause() {
  const b = $('pause');
  const pausing = b.dataset.t === 'pause';
  control(pausing ? 'pause' : 'resume');
  b.dataset.t = pausing ? 'resume' : 'pause';
  b.textContent = t(b.dataset.t);
  $('status').textContent = t(pausing ? 'paused' : 'running');
}

function startResponse() {
  closeStream();
  lastCurves = null; redrawResponse(); $('response-table').textContent = ''; $('download-zip').hidden = true;
  const src = new EventSource('/api/response?' + query({ lever: $('response-lever').value, reps: $('response-reps').value, lang }));
  state.source = src; state.run = -1; running(true);
  src.addEventListener('progress', e => { const p = JSON.parse(e.data); $('response-status').textContent = t('curvesProgress')(p.done, p.total); });
  src.addEventListener('curves', e => { lastCurves = JSON.parse(e.data); $('response-table').textContent = lastCurves.table; redrawResponse(); });
  src.addEventListener('problem', e => showProblem(JSON.parse(e.data).message));
  src.addEventListener('end', e => {
    const d = JSON.parse(e.data); closeStream(); state.run = null; running(false);
    $('response-status').textContent = t(d.state === 'done' ? 'done' : d.state === 'stopped' ? 'stopped' : 'failed');
    if (d.state === 'done' && d.run) { const z = $('download-zip'); z.href = '/api/results.zip?run=' + d.run; z.hidden = false; }
  });
  src.addEventListener('start', e => { state.run = JSON.parse(e.data).run; });
  src.onerror = () => lost(src);
}

// The stream broke without its end (server stopped): never let EventSource reconnect, which would start the run again.
function lost(src) {
  if (state.source !== src) return;
  closeStream(); state.run = null; running(false);
  $('status').textContent = t('failed');
}

let lastSplit = null;
function startOptimize() {
  closeStream();
  lastSplit = null; $('apply').hidden = true; $('optimize-table').textContent = ''; $('split').querySelector('tbody').innerHTML = '';
  $('download-zip').hidden = true;
  const src = new EventSource('/api/optimize?' + query({ objective: $('objective').value, evaluations: $('evaluations').value, reps: 4,
    validation_reps: $('reps').value, lang }));
  state.source = src; state.run = -1; running(true);
  src.addEventListener('start', e => { state.run = JSON.parse(e.data).run; });
  src.addEventListener('progress', e => { const p = JSON.parse(e.data); $('optimize-status').textContent = t('searching')(p.label, p.done, p.total); });
  src.addEventListener('optimized', e => {
    lastSplit = JSON.parse(e.data);
    $('optimize-table').textContent = lastSplit.table;
    $('split').querySelector('tbody').innerHTML = lastSplit.rows.map(r =>
      `<tr><td>campaigns[${r.campaign}]</td><td>${escapeHtml(r.name)}</td><td>${fmt(r.budget)}</td></tr>`).join('');
    $('apply').hidden = false;
  });
  src.addEventListener('problem', e => showProblem(JSON.parse(e.data).message));
  src.addEventListener('failure', e => showProblem(JSON.parse(e.data).message));
  src.addEventListener('end', e => {
    const d = JSON.parse(e.data); closeStream(); state.run = null; running(false);
    $('optimize-status').textContent = t(d.state === 'done' ? 'done' : d.state === 'stopped' ? 'stopped' : 'failed');
    if (d.state === 'done' && d.run) { const z = $('download-zip'); z.href = '/api/results.zip?run=' + d.run; z.hidden = false; }
  });
  src.onerror = () => lost(src);
}

// The best plan's settings become the page's edits: the budgets show in the plan table, ready to run and compare.
function applySplit() {
  if (!lastSplit) return;
  lastSplit.overrides.forEach(o => { const i = o.indexOf('='); state.edits[o.slice(0, i)] = o.slice(i + 1); });
  renderPlan(); validate();
}

window.addEventListener('beforeunload', closeStream);
$('optimize').addEventListener('click', startOptimize);
$('apply').addEventListener('click', applySplit);
$('scenario').addEventListener('change', e => pick(e.target.value));
$('lang-en').addEventListener('click', () => setLang('en'));
$('lang-zh').addEventListener('click', () => setLang('zh'));
$('run').addEventListener('click', startRun);
$('pause').addEventListener('click', togglePause);
$('stop').addEventListener('click', () => control('stop'));
$('reset').addEventListener('click', () => { state.edits = {}; renderPlan(); validate(); });
$('response').addEventListener('click', startResponse);
translate();
loadScenarios();
