/*
 * Live figures of content/README.md: the pricing calculator and the cost/duration-vs-memory chart.
 * Everything runs in the browser; prices come from the page's #price-sheet (the engine's sheet).
 */
(function () {
  'use strict';
  var sheetElement = document.getElementById('price-sheet');
  if (!sheetElement || !window.DojoPricing) { return; }
  var prices = JSON.parse(sheetElement.textContent);
  var P = window.DojoPricing;
  var counter = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  function field(label, input, unit) {
    var id = 'fig-' + (++counter);
    input.id = id;
    var wrap = el('div', { 'class': 'field' }, [el('label', { 'for': id, text: label }), input]);
    if (unit) {
      wrap.appendChild(el('span', { 'class': 'unit', id: id + '-unit', text: unit }));
      input.setAttribute('aria-describedby', id + '-unit'); /* a screen reader hears "Memory, 512, MB" */
    }
    return wrap;
  }

  function number(value, min, max, step) {
    return el('input', { type: 'number', value: String(value), min: String(min), max: String(max), step: String(step || 1), inputmode: 'decimal' });
  }

  function architecture(value) {
    var select = el('select', {}, ['x86_64', 'arm64'].map(function (a) { return el('option', { value: a, text: a }); }));
    select.value = value;
    return select;
  }

  function checkbox(checked) {
    var box = el('input', { type: 'checkbox' });
    box.checked = !!checked;
    return box;
  }

  function clamp(input, fallback) {
    var v = Number(input.value);
    if (!isFinite(v) || input.value === '') { return fallback; }
    return Math.min(Number(input.max), Math.max(Number(input.min), v));
  }

  function grouped(n, digits) {
    return n.toLocaleString('en-US', { maximumFractionDigits: digits === undefined ? 3 : digits });
  }

  function pricingCalculator(figure, params) {
    var memory = number(params.memoryMb, 128, 10240, 1);
    var duration = number(params.durationMs, 1, 900000, 'any');
    var invocations = number(params.invocationsPerMonth, 0, 1e10, 1);
    var arch = architecture(params.architecture);
    var free = checkbox(params.freeTier);
    var output = el('dl', { 'class': 'figure-results', 'aria-live': 'polite' });
    var controls = el('div', { 'class': 'figure-controls' }, [
      field('Memory', memory, 'MB'), field('Average duration', duration, 'ms'),
      field('Invocations a month', invocations), field('Architecture', arch), field('Apply the free tier', free)]);
    function update() {
      var bill = P.monthlyBill({
        memoryMb: clamp(memory, params.memoryMb), durationMs: clamp(duration, params.durationMs),
        invocationsPerMonth: clamp(invocations, params.invocationsPerMonth), architecture: arch.value, freeTier: free.checked
      }, prices);
      var rows = [
        ['GB-seconds', grouped(bill.gbSeconds)], ['Billable GB-seconds', grouped(bill.billableGbSeconds)],
        ['Billable requests', grouped(bill.billableRequests, 0)], ['Compute charge', P.usd(bill.computeUsd) + ' USD'],
        ['Request charge', P.usd(bill.requestUsd) + ' USD'], ['Monthly total', P.usd(bill.totalUsd) + ' USD']];
      output.textContent = '';
      rows.forEach(function (r, i) {
        output.appendChild(el('dt', { text: r[0] }));
        output.appendChild(el('dd', { text: r[1], 'class': i === rows.length - 1 ? 'total' : '' }));
      });
    }
    [memory, duration, invocations, arch, free].forEach(function (c) { c.addEventListener('input', update); c.addEventListener('change', update); });
    var body = figure.querySelector('.figure-body');
    body.textContent = '';
    body.appendChild(controls);
    body.appendChild(output);
    body.appendChild(el('p', { 'class': 'figure-note', text: 'Prices: ' + prices.region + ', as of ' + prices.asOf + ', the engine\'s price sheet.' }));
    update();
  }

  function costVsMemory(figure, params) {
    var cpu = number(params.cpuMs, 0, 900000, 'any');
    var fixed = number(params.fixedMs, 0, 900000, 'any');
    var threads = number(params.threads, 1, 6, 1);
    var arch = architecture(params.architecture);
    var free = checkbox(params.freeTier);
    var canvas = el('canvas', { role: 'img', 'aria-label': 'Duration and monthly cost by memory size' });
    var table = el('table', { 'class': 'table figure-table' });
    var details = el('details', {}, [el('summary', { text: 'The numbers as a table' }), table]);
    var controls = el('div', { 'class': 'figure-controls' }, [
      field('CPU time on one vCPU', cpu, 'ms'), field('Time not shortened by CPU', fixed, 'ms'),
      field('Busy threads', threads), field('Architecture', arch), field('Apply the free tier', free)]);
    var chart = null;
    function series() {
      var model = { cpuMs: clamp(cpu, params.cpuMs), fixedMs: clamp(fixed, params.fixedMs), threads: clamp(threads, params.threads) };
      var points = [];
      for (var m = params.memoryFromMb; m <= params.memoryToMb; m += params.memoryStepMb) {
        var ms = P.durationAt(m, model);
        var bill = P.monthlyBill({ memoryMb: m, durationMs: ms, invocationsPerMonth: params.invocationsPerMonth,
          architecture: arch.value, freeTier: free.checked }, prices);
        points.push({ memory: m, duration: ms, cost: bill.totalUsd });
      }
      return points;
    }
    function update() {
      var points = series();
      table.innerHTML = '';
      table.appendChild(el('thead', {}, [el('tr', {}, ['Memory (MB)', 'Duration (ms)', 'Monthly cost (USD)'].map(function (h) {
        return el('th', { scope: 'col', text: h });
      }))]));
      var tbody = el('tbody');
      points.forEach(function (p) {
        tbody.appendChild(el('tr', {}, [el('td', { text: String(p.memory) }), el('td', { text: grouped(p.duration, 0) }),
          el('td', { text: P.usd(p.cost) })]));
      });
      table.appendChild(tbody);
      if (!window.Chart) { return; }
      var labels = points.map(function (p) { return p.memory; });
      if (chart) {
        chart.data.labels = labels;
        chart.data.datasets[0].data = points.map(function (p) { return p.duration; });
        chart.data.datasets[1].data = points.map(function (p) { return p.cost; });
        chart.update();
        return;
      }
      chart = new window.Chart(canvas, {
        type: 'line',
        data: { labels: labels, datasets: [
          { label: 'Duration (ms)', data: points.map(function (p) { return p.duration; }), yAxisID: 'ms', borderColor: '#1f6feb', pointRadius: 0 },
          { label: 'Monthly cost (USD, ' + grouped(params.invocationsPerMonth, 0) + ' invocations)', data: points.map(function (p) { return p.cost; }),
            yAxisID: 'usd', borderColor: '#d1242f', pointRadius: 0 }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
          scales: { x: { title: { display: true, text: 'Memory (MB)' } },
            ms: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: 'ms' } },
            usd: { type: 'linear', position: 'right', beginAtZero: true, title: { display: true, text: 'USD' }, grid: { drawOnChartArea: false } } } }
      });
    }
    [cpu, fixed, threads, arch, free].forEach(function (c) { c.addEventListener('input', update); c.addEventListener('change', update); });
    var body = figure.querySelector('.figure-body');
    body.textContent = '';
    body.appendChild(controls);
    body.appendChild(el('div', { 'class': 'chart-box' }, [canvas]));
    body.appendChild(details);
    update();
  }

  document.querySelectorAll('figure.dojo-figure').forEach(function (figure) {
    var params = JSON.parse(figure.getAttribute('data-params'));
    var kind = figure.getAttribute('data-kind');
    if (kind === 'pricing-calculator') { pricingCalculator(figure, params); }
    if (kind === 'cost-vs-memory') { costVsMemory(figure, params); }
  });
})();
