/*
 * The lesson page's behaviour: runnable Java cells, quizzes graded on the server, code
 * highlighting and diagrams. Plain JavaScript, no build step.
 */
(function () {
  'use strict';
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
  var lesson = document.querySelector('article.lesson');
  var slug = lesson ? lesson.getAttribute('data-lesson') : null;

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return { error: 'The server answered ' + response.status + '.' }; })
        .then(function (json) { return { ok: response.ok, json: json }; });
    }, function () {
      return { ok: false, json: { error: 'Could not reach the server; check the connection and try again.' } };
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /* ---------- cells ---------- */

  var cells = Array.prototype.slice.call(document.querySelectorAll('section.cell'));

  function sameOutput(expected, actual) {
    function normalized(text) {
      var lines = text.split('\n').map(function (l) { return l.replace(/\s+$/, ''); });
      while (lines.length && lines[lines.length - 1] === '') { lines.pop(); }
      return lines.join('\n');
    }
    return normalized(expected) === normalized(actual);
  }

  var STATUS = { COMPILE_ERROR: 'Does not compile', EXCEPTION: 'Exception', UNRESOLVED: 'Not usable yet', NOT_RUN: 'Not run' };

  function showRun(run) {
    var cell = cells[run.cell];
    if (!cell) { return; }
    var out = cell.querySelector('.cell-result');
    out.textContent = '';
    var stdout = '';
    var values = [];
    run.snippets.forEach(function (s) {
      stdout += s.stdout;
      if (s.stdout) { out.appendChild(el('pre', 'stdout', s.stdout)); }
      if (s.stderr) { out.appendChild(el('pre', 'stderr', s.stderr)); }
      if (s.status !== 'OK') {
        var box = el('div', 'problem');
        box.appendChild(el('strong', null, STATUS[s.status] + ' (line ' + s.line + ')'));
        box.appendChild(el('pre', null, s.problems.join('\n')));
        out.appendChild(box);
      }
      if (s.value !== null && s.value !== undefined) { values.push(s.source.split('\n')[0] + '  ⇒  ' + s.value); }
    });
    if (run.message) { out.appendChild(el('p', 'cell-message', run.message)); }
    if (values.length) {
      var details = el('details', 'values');
      details.appendChild(el('summary', null, 'Values of expressions (' + values.length + ')'));
      details.appendChild(el('pre', null, values.join('\n')));
      out.appendChild(details);
    }
    var expected = cell.querySelector('pre.expected');
    if (run.ending === 'COMPLETED') {
      if (expected) {
        var match = sameOutput(expected.textContent, stdout);
        out.appendChild(el('p', match ? 'match' : 'mismatch', match ? '✓ Matches the expected output'
          : 'Differs from the expected output (open "Expected output" below to compare)'));
      } else if (!out.childNodes.length) {
        out.appendChild(el('p', 'quiet', 'Ran; printed nothing.'));
      }
    }
  }

  function runCell(index) {
    var cell = cells[index];
    var button = cell.querySelector('.run-cell');
    var out = cell.querySelector('.cell-result');
    var above = cells.slice(0, index).map(function (c) { return c.querySelector('.cell-code').value; });
    button.disabled = true;
    out.textContent = 'Running…';
    post('/lessons/' + slug + '/cells/' + index + '/run', { code: cell.querySelector('.cell-code').value, above: above })
      .then(function (r) {
        button.disabled = false;
        if (!r.ok) {
          out.textContent = '';
          out.appendChild(el('p', 'error', r.json.error || 'The run failed.'));
          return;
        }
        r.json.runs.forEach(showRun);
      });
  }

  function resetCells(index) {
    var cell = cells[index];
    cell.querySelector('.cell-code').value = cell.querySelector('.cell-code').defaultValue;
    post('/lessons/' + slug + '/cells/reset', {}).then(function (r) {
      cells.forEach(function (c) { c.querySelector('.cell-result').textContent = ''; });
      cell.querySelector('.cell-result').textContent = r.ok ? 'Session reset: the next run starts from an empty session.'
        : (r.json.error || 'Reset failed.');
    });
  }

  cells.forEach(function (cell, index) {
    cell.querySelector('.run-cell').addEventListener('click', function () { runCell(index); });
    cell.querySelector('.reset-cell').addEventListener('click', function () { resetCells(index); });
    cell.querySelector('.cell-code').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runCell(index); }
    });
  });

  /* ---------- quizzes ---------- */

  function answerOf(form) {
    var type = form.getAttribute('data-type');
    if (type === 'numeric') {
      var text = form.querySelector('input[type="text"]').value.trim();
      return text === '' ? null : text;
    }
    var checked = Array.prototype.slice.call(form.querySelectorAll('input:checked')).map(function (i) { return Number(i.value); });
    if (!checked.length) { return null; }
    return type === 'single' ? checked[0] : checked;
  }

  document.querySelectorAll('form.quiz-question').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var feedback = form.querySelector('.quiz-feedback');
      var answer = answerOf(form);
      if (answer === null) { feedback.textContent = 'Choose or type an answer first.'; return; }
      post(form.getAttribute('action'), { answer: answer }).then(function (r) {
        feedback.textContent = '';
        form.querySelectorAll('label.choice').forEach(function (l) { l.classList.remove('correct-choice'); });
        if (!r.ok) { feedback.appendChild(el('p', 'error', r.json.error || 'Could not check the answer.')); return; }
        var g = r.json;
        form.classList.toggle('answered-right', g.correct);
        form.classList.toggle('answered-wrong', !g.correct);
        feedback.appendChild(el('p', g.correct ? 'verdict right' : 'verdict wrong', g.correct ? 'Correct.' : 'Not quite.'));
        var labels = form.querySelectorAll('label.choice');
        g.correctChoices.forEach(function (i) { if (labels[i]) { labels[i].classList.add('correct-choice'); } });
        if (g.correctChoices.length) {
          feedback.appendChild(el('p', 'key', 'Correct: ' + g.correctChoices.map(function (i) { return labels[i].textContent.trim(); }).join('; ')));
        }
        if (g.correctAnswer) { feedback.appendChild(el('p', 'key', 'The answer: ' + g.correctAnswer)); }
        var explanation = el('div', 'explanation');
        explanation.innerHTML = g.explanationHtml; // rendered by the server from the lesson's own Markdown
        feedback.appendChild(explanation);
      });
    });
  });

  /* ---------- highlighting and diagrams ---------- */

  if (window.hljs) { window.hljs.highlightAll(); }
  if (window.mermaid && document.querySelector('pre.mermaid')) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    window.mermaid.run({ querySelector: 'pre.mermaid' });
  }
})();
