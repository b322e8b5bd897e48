/**
 * The phone simulator: one self-contained page (no build step, no CDN). Pick a responder or a
 * member of the public, see what they received by SMS and LINE, tap a LINE button (a signed
 * postback goes to intake) or type an SMS or LINE message (signed, as the providers send them).
 * The script avoids template literals so this file can hold it in one.
 */
export const SIMULATOR_PAGE = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rescue sandbox: phone simulator</title>
<link rel="icon" href="data:,">
<style>
  :root { --line: #06c755; --sms: #1565c0; --bg: #f4f5f7; --muted: #6b7280; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Lao", sans-serif; background: var(--bg); color: #111; }
  header { display: flex; align-items: center; gap: 12px; padding: 10px 16px; background: #111827; color: #fff; }
  header h1 { font-size: 16px; margin: 0; flex: 1; }
  header button { background: #374151; color: #fff; border: 0; border-radius: 6px; padding: 6px 10px; cursor: pointer; }
  main { display: grid; grid-template-columns: 300px 1fr; height: calc(100vh - 46px); }
  aside { overflow-y: auto; border-right: 1px solid #e5e7eb; background: #fff; }
  aside h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 14px 14px 6px; }
  .person { padding: 8px 14px; cursor: pointer; border-left: 3px solid transparent; }
  .person:hover { background: #f9fafb; }
  .person.selected { background: #eef2ff; border-left-color: #4f46e5; }
  .person .name { font-weight: 600; }
  .person .meta { font-size: 12px; color: var(--muted); }
  .note { font-size: 12px; color: #b45309; margin: 4px 14px; }
  .custom { padding: 8px 14px; display: grid; gap: 6px; }
  .custom input { width: 100%; padding: 5px 7px; border: 1px solid #d1d5db; border-radius: 5px; }
  section { display: flex; flex-direction: column; min-width: 0; }
  #title { padding: 10px 16px; background: #fff; border-bottom: 1px solid #e5e7eb; }
  #title .meta { color: var(--muted); font-size: 12px; }
  #chat { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 10px; }
  .bubble { max-width: 520px; padding: 8px 11px; border-radius: 12px; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); white-space: pre-wrap; word-wrap: break-word; }
  .bubble.out { align-self: flex-end; background: #dcf8c6; }
  .bubble .tag { font-size: 11px; font-weight: 600; margin-bottom: 3px; }
  .bubble .tag.sms { color: var(--sms); } .bubble .tag.line { color: var(--line); }
  .bubble .time { font-size: 11px; color: var(--muted); margin-top: 4px; }
  .flex { border: 1px solid #e5e7eb; border-radius: 10px; overflow: hidden; margin-top: 4px; }
  .flex .head { background: #c62828; color: #fff; font-weight: 700; padding: 6px 10px; }
  .flex .body { padding: 8px 10px; }
  .flex .buttons { display: grid; gap: 6px; padding: 0 10px 10px; }
  .flex button, .quick button { padding: 7px; border-radius: 7px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; font-weight: 600; }
  .flex button.primary { background: #2e7d32; color: #fff; border-color: #2e7d32; }
  .quick { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  form#composer { display: flex; gap: 8px; padding: 10px 16px; background: #fff; border-top: 1px solid #e5e7eb; }
  form#composer select, form#composer textarea { border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 8px; font: inherit; }
  form#composer textarea { flex: 1; resize: vertical; min-height: 38px; }
  form#composer button { border: 0; border-radius: 6px; padding: 0 16px; background: #4f46e5; color: #fff; font-weight: 600; cursor: pointer; }
  #extras { display: flex; gap: 8px; padding: 0 16px 10px; background: #fff; }
  #extras button { font-size: 12px; border: 1px solid #d1d5db; background: #fff; border-radius: 6px; padding: 3px 8px; cursor: pointer; }
  #status { font-size: 12px; color: var(--muted); padding: 0 16px 8px; background: #fff; min-height: 20px; }
  #status.bad { color: #b91c1c; }
  .empty { color: var(--muted); margin: auto; text-align: center; }
</style>
</head>
<body>
<header><h1>Rescue sandbox: phone simulator</h1><button id="clear" title="DELETE /__sandbox/messages">Clear messages</button></header>
<main>
  <aside id="people"></aside>
  <section>
    <div id="title"><span class="empty">Pick someone on the left.</span></div>
    <div id="chat"></div>
    <form id="composer">
      <select id="channel"></select>
      <textarea id="text" placeholder="Type an SMS or LINE message"></textarea>
      <button type="submit">Send</button>
    </form>
    <div id="extras"><button type="button" id="follow">LINE: add friend (follow)</button><button type="button" id="location">LINE: share location (Mae Sai)</button><button type="button" id="photo">LINE: send photo</button></div>
    <div id="status"></div>
  </section>
</main>
<script>
(function () {
  var people = [];
  var selected = null;
  var lastRendered = '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else if (k.indexOf('on') === 0) node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function getJson(url) {
    return fetch(url).then(function (r) { return r.json(); });
  }

  function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; }); });
  }

  function status(text, bad) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.className = bad ? 'bad' : '';
  }

  function report(what) {
    return function (res) {
      if (!res.ok) return status(what + ': sandbox said ' + res.status + ' ' + JSON.stringify(res.body.message || res.body), true);
      var answer = typeof res.body.body === 'string' ? res.body.body : JSON.stringify(res.body.body);
      status(what + ': intake answered ' + res.body.status + (answer ? ' ' + answer.slice(0, 200) : ''), res.body.status >= 300);
      refresh();
    };
  }

  function describe(p) {
    var bits = [];
    if (p.roles && p.roles.length) bits.push(p.roles.join(', '));
    if (p.languages && p.languages.length) bits.push(p.languages.join('/'));
    if (p.sms) bits.push(p.sms);
    if (p.line) bits.push('LINE ' + p.line.slice(0, 9) + '…');
    return bits.join(' · ');
  }

  function renderPeople(data) {
    people = data.people;
    var aside = document.getElementById('people');
    aside.innerHTML = '';
    [['responder', 'Responders'], ['reporter', 'Public (reporters)']].forEach(function (group) {
      aside.appendChild(el('h2', { text: group[1] }));
      if (group[0] === 'responder' && data.directory.problem) {
        aside.appendChild(el('div', { className: 'note', text: data.directory.problem + ' (' + data.directory.file + ')' }));
      }
      people.filter(function (p) { return p.kind === group[0]; }).forEach(function (p) {
        var isSel = selected && selected.id === p.id;
        aside.appendChild(el('div', { className: 'person' + (isSel ? ' selected' : ''), onclick: function () { select(p); } }, [
          el('div', { className: 'name', text: p.name }),
          el('div', { className: 'meta', text: describe(p) }),
        ]));
      });
    });
    aside.appendChild(el('h2', { text: 'Someone else' }));
    var phone = el('input', { placeholder: 'Phone, e.g. +66810000000' });
    var line = el('input', { placeholder: 'LINE user id, e.g. U0123…' });
    aside.appendChild(el('div', { className: 'custom' }, [phone, line, el('button', {
      text: 'Use', type: 'button',
      onclick: function () {
        select({ id: 'custom:' + phone.value + ':' + line.value, name: 'Someone else', kind: 'reporter', roles: [], languages: [], sms: phone.value || undefined, line: line.value || undefined });
      },
    })]));
  }

  function select(p) {
    selected = p;
    lastRendered = '';
    document.querySelectorAll('.person').forEach(function (n) { n.classList.remove('selected'); });
    var title = document.getElementById('title');
    title.innerHTML = '';
    title.appendChild(el('div', { text: p.name }));
    title.appendChild(el('div', { className: 'meta', text: describe(p) }));
    var channel = document.getElementById('channel');
    channel.innerHTML = '';
    if (p.line) channel.appendChild(el('option', { value: 'line', text: 'LINE' }));
    if (p.sms) channel.appendChild(el('option', { value: 'sms', text: 'SMS' }));
    document.getElementById('text').placeholder = p.sample || 'Type an SMS or LINE message';
    document.getElementById('text').value = '';
    loadPeople();
    refresh();
  }

  function actionsOf(node, out) {
    if (!node || typeof node !== 'object') return out;
    if (Array.isArray(node)) { node.forEach(function (n) { actionsOf(n, out); }); return out; }
    if (node.type === 'button' && node.action) out.push({ action: node.action, style: node.style });
    else if (node.action && node.type === 'action') out.push({ action: node.action });
    else if (node.type === 'postback' && node.data) out.push({ action: node });
    Object.keys(node).forEach(function (k) { if (k !== 'action') actionsOf(node[k], out); });
    return out;
  }

  function textsOf(node, out) {
    if (!node || typeof node !== 'object') return out;
    if (Array.isArray(node)) { node.forEach(function (n) { textsOf(n, out); }); return out; }
    if (node.type === 'text' && typeof node.text === 'string') out.push(node.text);
    Object.keys(node).forEach(function (k) { if (k !== 'action') textsOf(node[k], out); });
    return out;
  }

  function tap(action) {
    if (!selected || !selected.line) return status('this person has no LINE id', true);
    if (action.type === 'postback') {
      postJson('/__sandbox/line', { from: selected.line, type: 'postback', data: action.data }).then(report('postback ' + action.data));
    } else if (action.type === 'message') {
      postJson('/__sandbox/line', { from: selected.line, type: 'message', text: action.text }).then(report('message'));
    } else if (action.uri) {
      window.open(action.uri, '_blank');
    }
  }

  function lineMessage(m) {
    var messages = (m.payload && m.payload.messages) || [];
    return messages.filter(function (x) { return (x.altText || x.text) === m.text; })[0] || messages[0];
  }

  function renderReceived(m) {
    var bubble = el('div', { className: 'bubble' }, [el('div', { className: 'tag ' + m.channel, text: m.channel === 'sms' ? 'SMS to ' + m.to : 'LINE' })]);
    var msg = m.channel === 'line' ? lineMessage(m) : null;
    if (msg && (msg.type === 'flex' || msg.type === 'template')) {
      var texts = textsOf(msg.contents || msg.template, []);
      var card = el('div', { className: 'flex' });
      if (texts.length) card.appendChild(el('div', { className: 'head', text: texts.slice(0, 2).join('  ') }));
      card.appendChild(el('div', { className: 'body', text: texts.slice(2).join('\n') || m.text }));
      var buttons = el('div', { className: 'buttons' });
      actionsOf(msg.contents || msg.template, []).forEach(function (b) {
        buttons.appendChild(el('button', { className: b.style === 'primary' ? 'primary' : '', text: b.action.label || b.action.data, onclick: function () { tap(b.action); } }));
      });
      card.appendChild(buttons);
      bubble.appendChild(card);
    } else {
      bubble.appendChild(el('div', { text: m.text }));
    }
    if (msg && msg.quickReply) {
      var quick = el('div', { className: 'quick' });
      actionsOf(msg.quickReply.items, []).forEach(function (b) {
        quick.appendChild(el('button', { text: b.action.label || b.action.text, onclick: function () { tap(b.action); } }));
      });
      bubble.appendChild(quick);
    }
    bubble.appendChild(el('div', { className: 'time', text: new Date(m.at).toLocaleTimeString() }));
    return bubble;
  }

  function renderSent(m) {
    return el('div', { className: 'bubble out' }, [
      el('div', { className: 'tag ' + m.channel, text: (m.channel === 'sms' ? 'SMS' : 'LINE') + ' sent · intake ' + (m.intakeStatus || '?') }),
      el('div', { text: m.text }),
      el('div', { className: 'time', text: new Date(m.at).toLocaleTimeString() }),
    ]);
  }

  function refresh() {
    if (!selected) return;
    var p = selected;
    var calls = [];
    [p.sms, p.line].filter(Boolean).forEach(function (addr) {
      calls.push(getJson('/__sandbox/messages?to=' + encodeURIComponent(addr)).then(function (list) { return list.map(function (m) { return { kind: 'in', m: m }; }); }));
      calls.push(getJson('/__sandbox/inbound?from=' + encodeURIComponent(addr)).then(function (list) { return list.map(function (m) { return { kind: 'out', m: m }; }); }));
    });
    Promise.all(calls).then(function (lists) {
      if (selected !== p) return;
      var all = [].concat.apply([], lists).sort(function (a, b) { return a.m.at < b.m.at ? -1 : a.m.at > b.m.at ? 1 : 0; });
      var key = JSON.stringify(all.map(function (x) { return x.m.id; }));
      if (key === lastRendered) return;
      lastRendered = key;
      var chat = document.getElementById('chat');
      chat.innerHTML = '';
      if (!all.length) chat.appendChild(el('div', { className: 'empty', text: 'No messages yet.' }));
      all.forEach(function (x) { chat.appendChild(x.kind === 'in' ? renderReceived(x.m) : renderSent(x.m)); });
      chat.scrollTop = chat.scrollHeight;
    }).catch(function (err) { status('sandbox unreachable: ' + err.message, true); });
  }

  function loadPeople() {
    return getJson('/__sandbox/people').then(renderPeople).catch(function (err) { status('cannot load people: ' + err.message, true); });
  }

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    if (!selected) return status('pick someone first', true);
    var text = document.getElementById('text').value.trim() || selected.sample || '';
    if (!text) return;
    var channel = document.getElementById('channel').value;
    var send = channel === 'sms'
      ? postJson('/__sandbox/sms', { from: selected.sms, body: text })
      : postJson('/__sandbox/line', { from: selected.line, type: 'message', text: text });
    send.then(report(channel.toUpperCase())).then(function () { document.getElementById('text').value = ''; });
  });
  document.getElementById('follow').addEventListener('click', function () {
    if (selected && selected.line) postJson('/__sandbox/line', { from: selected.line, type: 'follow' }).then(report('follow'));
  });
  document.getElementById('location').addEventListener('click', function () {
    if (selected && selected.line) {
      postJson('/__sandbox/line', { from: selected.line, type: 'message', location: { title: 'Mae Sai', address: 'Mae Sai, Chiang Rai', latitude: 20.4335, longitude: 99.8762 } }).then(report('location'));
    }
  });
  document.getElementById('photo').addEventListener('click', function () {
    if (selected && selected.line) postJson('/__sandbox/line', { from: selected.line, type: 'message', image: {} }).then(report('photo'));
  });
  document.getElementById('clear').addEventListener('click', function () {
    fetch('/__sandbox/messages', { method: 'DELETE' }).then(function () { lastRendered = ''; refresh(); status('messages cleared'); });
  });

  loadPeople();
  setInterval(refresh, 1500);
  setInterval(loadPeople, 15000);
})();
</script>
</body>
</html>
`;
