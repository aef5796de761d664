/*
 * Shows one Run of a lab: outcome, cold or warm start, response, log lines, the REPORT figures,
 * the cost, and a lane chart (SVG) of the function's environments over time.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var KIND = { COLD_START: 'cold start', INVOKE: 'invoke', FROZEN: 'frozen', REAPED: 'reaped', DESTROYED: 'destroyed',
    INIT_FAILED: 'init failed' };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function figures(r) {
    var rows = [['Duration', r.durationMs.toFixed(2) + ' ms'], ['Billed duration', r.billedDurationMs + ' ms'],
      ['Memory size', r.memorySizeMb + ' MB'], ['Max memory used', r.maxMemoryUsedMb + ' MB']];
    if (r.coldStart) { rows.push(['Init duration', r.initDurationMs.toFixed(2) + ' ms']); }
    rows.push(['Cost of this invocation', r.cost + ' ' + r.currency]);
    var table = el('table', 'table report-figures');
    var caption = el('caption', null, 'REPORT');
    table.appendChild(caption);
    rows.forEach(function (row) {
      var tr = el('tr');
      tr.appendChild(el('th', null, row[0])).setAttribute('scope', 'row');
      tr.appendChild(el('td', null, row[1]));
      table.appendChild(tr);
    });
    return table;
  }

  function timeline(events) {
    var wrap = el('figure', 'timeline');
    wrap.appendChild(el('figcaption', null, 'Environments of this function over time'));
    if (!events.length) { wrap.appendChild(el('p', null, 'No environments yet.')); return wrap; }
    var lanes = [];
    events.forEach(function (e) { if (lanes.indexOf(e.environmentId) < 0) { lanes.push(e.environmentId); } });
    var start = events[0].at, end = events[events.length - 1].at;
    events.forEach(function (e) { start = Math.min(start, e.at); end = Math.max(end, e.at); });
    var span = Math.max(end - start, 1000), left = 80, width = 520, laneH = 28;
    var chart = svg('svg', { viewBox: '0 0 ' + (left + width + 20) + ' ' + (lanes.length * laneH + 30), role: 'img',
      'aria-label': lanes.length + ' environment(s), ' + events.length + ' events', class: 'timeline-chart' });
    function x(at) { return left + (at - start) / span * width; }
    lanes.forEach(function (id, i) {
      var y = 18 + i * laneH;
      var mine = events.filter(function (e) { return e.environmentId === id; });
      chart.appendChild(svg('text', { x: 0, y: y + 4, class: 'lane-label' }, 'env ' + (i + 1)));
      chart.appendChild(svg('line', { x1: x(mine[0].at), x2: x(mine[mine.length - 1].at), y1: y, y2: y, class: 'lane' }));
      mine.forEach(function (e) {
        var mark = svg('circle', { cx: x(e.at), cy: y, r: e.kind === 'INVOKE' ? 5 : 7, class: 'ev ev-' + e.kind.toLowerCase() });
        mark.appendChild(svg('title', {}, KIND[e.kind] + ' at ' + new Date(e.at).toISOString() + (e.requestId ? ' (' + e.requestId + ')' : '')));
        chart.appendChild(mark);
      });
    });
    var axisY = lanes.length * laneH + 22;
    chart.appendChild(svg('text', { x: left, y: axisY, class: 'axis' }, '0 s'));
    chart.appendChild(svg('text', { x: left + width, y: axisY, class: 'axis', 'text-anchor': 'end' }, (span / 1000).toFixed(1) + ' s'));
    wrap.appendChild(chart);
    var legend = el('ul', 'timeline-legend');
    Object.keys(KIND).forEach(function (k) {
      var item = el('li');
      item.appendChild(el('span', 'swatch ev-' + k.toLowerCase()));
      item.appendChild(document.createTextNode(KIND[k]));
      legend.appendChild(item);
    });
    wrap.appendChild(legend);
    return wrap;
  }

  function show(box, r) {
    box.textContent = '';
    box.hidden = false;
    var head = el('p', 'run-head');
    head.appendChild(el('strong', 'outcome outcome-' + r.outcome.toLowerCase(), r.outcome === 'SUCCESS' ? 'Success' : r.outcome));
    head.appendChild(el('span', 'start ' + (r.coldStart ? 'cold' : 'warm'), r.coldStart ? 'cold start' : 'warm start'));
    if (r.deployed) { head.appendChild(el('span', 'deployed', 'new code deployed')); }
    box.appendChild(head);
    box.appendChild(el('h3', null, r.errorType ? 'Error (' + r.errorType + ')' : 'Response'));
    box.appendChild(el('pre', 'lab-response', r.response));
    box.appendChild(el('h3', null, 'Log'));
    box.appendChild(el('pre', 'lab-log', r.log));
    box.appendChild(figures(r));
    box.appendChild(timeline(r.timeline));
  }

  window.DojoLabResult = { show: show };
}());
