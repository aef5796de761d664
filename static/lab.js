/*
 * The lab page: a CodeMirror editor per file, sample events, drafts saved on the server as the
 * learner types (kept in localStorage until the server has them, retried until it does), Run on
 * mini-lambda with the response, log, REPORT figures, cost and a timeline of environments, Submit
 * (graded on the server, polled once a second) and hints revealed one at a time.
 * Plain JavaScript, no build step.
 */
(function () {
  'use strict';
  var dataNode = document.getElementById('lab-data');
  if (!dataNode || typeof CodeMirror === 'undefined') { return; }
  var lab = JSON.parse(dataNode.textContent);
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
  var pendingKey = 'dojo.lab.' + lab.id + '.pending';
  var fileSelect = document.getElementById('lab-file');
  var eventPick = document.getElementById('lab-event-pick');
  var eventText = document.getElementById('lab-event');
  var saveState = document.getElementById('lab-save-state');
  var problemsBox = document.getElementById('lab-problems');
  var resultBox = document.getElementById('lab-result');
  var runButton = document.getElementById('lab-run');
  var submitButton = document.getElementById('lab-submit');
  var gradeBox = document.getElementById('lab-grade');
  var gradeState = document.getElementById('lab-grade-state');
  var runState = document.getElementById('lab-run-state');

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function post(url, body, keepalive) {
    return answer(fetch(url, {
      method: 'POST', credentials: 'same-origin', keepalive: !!keepalive,
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }));
  }

  function get(url) {
    return answer(fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }));
  }

  function answer(request) {
    return request.then(function (response) {
      return response.json().catch(function () { return { error: 'The server answered ' + response.status + '.' }; })
        .then(function (json) { return { ok: response.ok, status: response.status, json: json }; });
    }, function () {
      return { ok: false, status: 0, json: { error: 'Could not reach the server; check the connection and try again.' } };
    });
  }

  /* ---------- the learner's work: server draft, newer local copy, or the starter ---------- */

  var initial = { files: Object.assign({}, lab.starter), event: null };
  if (lab.draft) { initial = { files: Object.assign({}, lab.starter, lab.draft.files), event: lab.draft.event }; }
  var local = null;
  try { local = JSON.parse(localStorage.getItem(pendingKey) || 'null'); } catch (e) { local = null; }
  if (local && (!lab.draft || local.at > lab.draft.savedAt)) {
    initial = { files: Object.assign({}, lab.starter, local.work.files), event: local.work.event };
  }
  var eventNames = Object.keys(lab.events);
  eventText.value = initial.event !== null && initial.event !== undefined ? initial.event
    : (eventNames.length ? lab.events[eventNames[0]] : '{}');

  var docs = {};
  Object.keys(lab.starter).forEach(function (path) { docs[path] = CodeMirror.Doc(initial.files[path], 'text/x-java'); });
  var editor = CodeMirror.fromTextArea(document.getElementById('lab-code'), {
    mode: 'text/x-java', lineNumbers: true, matchBrackets: true, indentUnit: 4, tabSize: 4, viewportMargin: Infinity,
    gutters: ['CodeMirror-linenumbers', 'lab-error-gutter'], extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run,
      Tab: function (cm) { cm.execCommand('insertSoftTab'); }, Esc: function (cm) { cm.getInputField().blur(); } }
  });
  editor.getInputField().setAttribute('aria-label', 'Java code of ' + fileSelect.value);
  editor.getInputField().setAttribute('aria-describedby', 'lab-keys');
  editor.swapDoc(docs[fileSelect.value]);
  fileSelect.addEventListener('change', function () {
    editor.swapDoc(docs[fileSelect.value]);
    editor.getInputField().setAttribute('aria-label', 'Java code of ' + fileSelect.value);
  });
  eventPick.addEventListener('change', function () { eventText.value = lab.events[eventPick.value]; changed(); });

  function work() {
    var files = {};
    Object.keys(docs).forEach(function (path) { files[path] = docs[path].getValue(); });
    return { files: files, event: eventText.value };
  }

  /* ---------- drafts: debounced, retried, never lost ---------- */

  var timer = null, inFlight = false, dirty = false, retryMs = 1000;

  function state(text, cls) { saveState.textContent = text; saveState.className = 'save-state ' + (cls || ''); }

  function changed() {
    dirty = true;
    try { localStorage.setItem(pendingKey, JSON.stringify({ at: Date.now(), work: work() })); } catch (e) { /* full or private mode */ }
    state('not saved yet', 'unsaved');
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  }

  function save() {
    if (inFlight || !dirty) { return; }
    inFlight = true;
    dirty = false;
    post('/labs/' + lab.id + '/draft', work()).then(function (r) {
      inFlight = false;
      if (r.ok) {
        retryMs = 1000;
        if (!dirty) { localStorage.removeItem(pendingKey); state('saved', 'saved'); } else { save(); }
      } else if (r.status >= 400 && r.status < 500) {
        state('not saved: ' + r.json.error, 'unsaved');
      } else {
        dirty = true;
        state('not saved yet (offline, retrying)', 'unsaved');
        timer = setTimeout(save, retryMs);
        retryMs = Math.min(retryMs * 2, 30000);
      }
    });
  }

  editor.on('changes', changed);
  eventText.addEventListener('input', changed);
  window.addEventListener('online', function () { if (dirty) { save(); } });
  window.addEventListener('pagehide', function () {
    if (dirty) { post('/labs/' + lab.id + '/draft', work(), true); }
  });
  if (local && (!lab.draft || local.at > lab.draft.savedAt)) { dirty = true; state('not saved yet', 'unsaved'); save(); }

  document.getElementById('lab-reset').addEventListener('click', function () {
    if (!window.confirm('Replace your code in every file with the starter code? Your current code will be lost.')) { return; }
    Object.keys(docs).forEach(function (path) { docs[path].setValue(lab.starter[path]); });
    changed();
  });

  /* ---------- Run ---------- */

  var marks = [];
  function clearMarks() {
    marks.forEach(function (m) { m.doc.removeLineClass(m.line, 'background', 'lab-error-line'); m.doc.clearGutter('lab-error-gutter'); });
    marks = [];
    problemsBox.textContent = '';
  }

  function showProblems(problems) {
    var list = el('ul', 'compile-problems');
    problems.forEach(function (p) {
      var item = el('li');
      var jump = el('button', 'link', p.file + ':' + p.line + ':' + p.column);
      jump.type = 'button';
      jump.addEventListener('click', function () {
        if (docs[p.file]) { fileSelect.value = p.file; editor.swapDoc(docs[p.file]); editor.setCursor(p.line - 1, Math.max(p.column - 1, 0)); editor.focus(); }
      });
      item.appendChild(jump);
      item.appendChild(document.createTextNode(' ' + p.message));
      list.appendChild(item);
      var doc = docs[p.file];
      if (doc && p.line > 0) {
        var line = p.line - 1;
        doc.addLineClass(line, 'background', 'lab-error-line');
        var marker = el('span', 'lab-error-marker', '●');
        marker.title = p.message;
        if (doc === editor.getDoc()) { editor.setGutterMarker(line, 'lab-error-gutter', marker); }
        marks.push({ doc: doc, line: line });
      }
    });
    problemsBox.appendChild(el('p', 'problem-title', 'Does not compile:'));
    problemsBox.appendChild(list);
  }

  function run() {
    clearMarks();
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    runState.textContent = 'Compiling and running your handler…';
    clearTimeout(timer);
    dirty = false;
    post('/labs/' + lab.id + '/run', work()).then(function (r) {
      runButton.disabled = false;
      runButton.textContent = 'Run';
      if (!r.ok) { runState.textContent = ''; problemsBox.appendChild(el('p', 'problem', r.json.error)); return; }
      localStorage.removeItem(pendingKey);
      state('saved', 'saved');
      if (r.json.compileProblems.length) {
        runState.textContent = 'Run: does not compile (' + r.json.compileProblems.length + ' problem'
          + (r.json.compileProblems.length === 1 ? '' : 's') + ').';
        showProblems(r.json.compileProblems);
        resultBox.hidden = true;
      } else {
        runState.textContent = 'Run: ' + (r.json.outcome === 'SUCCESS' ? 'success' : r.json.outcome) + ', '
          + (r.json.coldStart ? 'cold start' : 'warm start') + '. The response and log are below.';
        window.DojoLabResult.show(resultBox, r.json);
      }
      addAttempt('run', r.json.outcome);
    });
  }
  runButton.addEventListener('click', run);

  /* ---------- Submit: queued on the server, polled until graded ---------- */

  function submit() {
    clearMarks();
    clearTimeout(timer);
    dirty = false;
    submitButton.disabled = true;
    submitButton.textContent = 'Grading…';
    gradeState.textContent = 'Sending your code to the grader…';
    post('/labs/' + lab.id + '/submit', work()).then(function (r) {
      if (!r.ok) { submitDone(); problemsBox.appendChild(el('p', 'problem', r.json.error)); gradeState.textContent = ''; return; }
      localStorage.removeItem(pendingKey);
      state('saved', 'saved');
      poll(r.json.poll);
    });
  }

  function poll(url) {
    get(url).then(function (r) {
      if (!r.ok && r.status !== 0) { submitDone(); gradeState.textContent = ''; problemsBox.appendChild(el('p', 'problem', r.json.error)); return; }
      if (!r.ok || r.json.state !== 'DONE') {
        if (r.ok) {
          gradeState.textContent = r.json.state === 'QUEUED' ? 'Waiting for the grader (other submissions first)… ' + r.json.seconds + ' s'
            : 'Grading: deploying and invoking your handler… ' + r.json.seconds + ' s';
        }
        setTimeout(function () { poll(url); }, 1000);
        return;
      }
      submitDone();
      var g = r.json.grade;
      gradeState.textContent = 'Graded: ' + (g.status === 'PASS' ? 'passed' : g.status === 'FAIL' ? 'not yet passing' : 'not graded')
        + (g.checks.length ? ', ' + window.DojoLabGrade.points(g.score) + ' of ' + window.DojoLabGrade.points(g.maxScore) + ' points' : '')
        + '. The checks are below.';
      if (g.compileProblems.length) { showProblems(g.compileProblems); }
      window.DojoLabGrade.show(gradeBox, g);
      addAttempt('submit', g.status, g.checks.length ? window.DojoLabGrade.points(g.score) + ' of '
        + window.DojoLabGrade.points(g.maxScore) + ' points' : '');
      gradeBox.scrollIntoView({ block: 'start' });
    });
  }

  function submitDone() { submitButton.disabled = false; submitButton.textContent = 'Submit'; }
  submitButton.addEventListener('click', submit);
  if (lab.lastGrade) { window.DojoLabGrade.show(gradeBox, lab.lastGrade); }

  /* ---------- hints, one at a time ---------- */

  var hintButton = document.getElementById('lab-hint');
  if (hintButton) {
    hintButton.addEventListener('click', function () {
      hintButton.disabled = true;
      post('/labs/' + lab.id + '/hints', {}).then(function (r) {
        hintButton.disabled = false;
        var hintState = document.getElementById('lab-hint-state');
        if (!r.ok) { hintState.textContent = r.json.error; return; }
        var item = el('li');
        item.appendChild(el('h3', null, r.json.hint.title));
        var body = el('div');
        body.innerHTML = r.json.hint.html; /* rendered by the server from the lab's own hints.md */
        item.appendChild(body);
        document.getElementById('lab-hint-list').appendChild(item);
        if (r.json.revealed >= r.json.total) {
          hintButton.hidden = true;
          hintState.textContent = 'All hints shown.';
        } else {
          hintButton.textContent = 'Show a hint (' + (r.json.revealed + 1) + ' of ' + r.json.total + ')';
        }
      });
    });
  }

  function addAttempt(kind, outcome, points) {
    var row = el('tr');
    row.appendChild(el('td', null, new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')));
    row.appendChild(el('td', null, kind));
    row.appendChild(el('td', null, outcome));
    row.appendChild(el('td', null, points || ''));
    var body = document.getElementById('lab-attempts');
    body.insertBefore(row, body.firstChild);
  }
}());
