/*
 * Shows one Submit's grade: the verdict and points, then every check (the first failure first,
 * the others in the lab's order) with its status, points, message and evidence: the response,
 * the end of the log and the REPORT figures of each invocation behind the verdict.
 */
(function () {
  'use strict';
  var LABEL = { PASS: 'passed', FAIL: 'failed', ERROR: 'error' };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function points(n) { return Math.round(n) === n ? String(n) : n.toFixed(1); }

  function evidence(e, open) {
    var box = el('details', 'evidence');
    box.open = !!open;
    box.appendChild(el('summary', null, e.label + ' · ' + e.outcome));
    if (e.event) { box.appendChild(el('h5', null, 'Event')); box.appendChild(el('pre', 'evidence-event', e.event)); }
    box.appendChild(el('h5', null, 'Response'));
    box.appendChild(el('pre', 'evidence-response', e.response));
    if (e.log) { box.appendChild(el('h5', null, 'Log (end)')); box.appendChild(el('pre', 'evidence-log', e.log)); }
    if (e.report) { box.appendChild(el('h5', null, 'REPORT')); box.appendChild(el('pre', 'evidence-report', e.report)); }
    return box;
  }

  function check(c, first) {
    var item = el('li', 'check check-' + c.status.toLowerCase() + (first ? ' first-failure' : ''));
    item.setAttribute('data-check', c.id);
    var head = el('p', 'check-head');
    head.appendChild(el('strong', 'check-status', LABEL[c.status] || c.status));
    head.appendChild(el('span', 'check-title', c.title));
    head.appendChild(el('span', 'check-points', points(c.points) + ' / ' + points(c.maxPoints) + ' pt'));
    item.appendChild(head);
    if (first) { item.appendChild(el('p', 'first-failure-label', 'First failure: start here.')); }
    if (c.message) { item.appendChild(el('p', 'check-message', c.message)); }
    if (c.evidence.length) {
      var list = el('div', 'check-evidence');
      c.evidence.forEach(function (e, i) { list.appendChild(evidence(e, first && i === 0)); });
      item.appendChild(list);
    }
    return item;
  }

  function show(box, g) {
    box.textContent = '';
    box.hidden = false;
    var head = el('p', 'grade-head');
    var verdict = g.status === 'PASS' ? 'Passed' : g.status === 'FAIL' ? 'Not yet' : 'Not graded';
    head.appendChild(el('strong', 'grade-status grade-' + g.status.toLowerCase(), verdict));
    if (g.checks.length) { head.appendChild(el('span', 'grade-points', points(g.score) + ' of ' + points(g.maxScore) + ' points')); }
    head.appendChild(el('span', 'grade-time', (g.millis / 1000).toFixed(1) + ' s'));
    box.appendChild(head);
    if (g.message) { box.appendChild(el('p', 'grade-message', g.message)); }
    var firstFailure = null;
    g.checks.forEach(function (c) { if (!firstFailure && c.status !== 'PASS') { firstFailure = c; } });
    var ordered = firstFailure ? [firstFailure].concat(g.checks.filter(function (c) { return c !== firstFailure; })) : g.checks;
    if (ordered.length) {
      var list = el('ol', 'checks');
      ordered.forEach(function (c) { list.appendChild(check(c, c === firstFailure)); });
      box.appendChild(list);
    }
    if (g.hiddenChecks > 0) {
      box.appendChild(el('p', 'hidden-checks', g.hiddenChecks + (g.hiddenChecks === 1 ? ' more check is' : ' more checks are')
        + ' hidden until the due date.'));
    }
  }

  window.DojoLabGrade = { show: show, points: points };
}());
