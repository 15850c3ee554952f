// cmsim playground, part 3 of 3: the page (language, sentence, builder, sliders, conflicts, URL state).

// ------------------------------------------------------------------ the page

const $ = id => document.getElementById(id);
const state = {language: null, sentence: "", stimulus: null, words: null, weights: {}, built: false, resolution: null};

/** A language by its name (a label) or, failing that, its ISO 639-1 code ("english" or "en"). */
function languageByName(name) {
  const key = String(name).toLowerCase();
  return DATA.languages.find(l => l.name.toLowerCase() === key) || DATA.languages.find(l => l.language === key) || null;
}

function fitted(language) {
  const w = {};
  for (const s of language.multiplicative) w[s.parameter] = s.estimate;
  return w;
}

function show(id, value) {
  const el = $(id);
  el.textContent = value.toFixed(4);
  el.dataset.value = String(value);
}

function clearResults(message) {
  for (const id of ["p_n1_multiplicative", "p_n1_additive", "p_n1_hierarchy", "p_n1_attention"]) {
    $(id).textContent = "—";
    delete $(id).dataset.value;
  }
  for (const id of ["bars_multiplicative", "bars_additive", "attention_bars", "hierarchy_text", "reading"]) {
    $(id).innerHTML = "";
  }
  $("logit_multiplicative").textContent = "";
  $("parse_message").textContent = message;
  $("parse_message").className = "message";
}

function bars(container, rows, scale) {
  container.innerHTML = "";
  for (const [label, value, note, text] of rows) {
    const row = document.createElement("div");
    row.className = "bar";
    const width = Math.min(50, Math.abs(value) / scale * 50);
    const left = value >= 0 ? 50 : 50 - width;
    row.innerHTML = `<span>${escapeHtml(label)}</span><span class="track"><span class="mid"></span>`
      + `<span class="fill ${value > 0 ? "n1" : value < 0 ? "n2" : "zero"}" style="left:${left}%;width:${width}%"></span>`
      + `</span><span>${text !== undefined ? text : value.toFixed(3)}${note ? " " + note : ""}</span>`;
    row.dataset.term = label;
    row.dataset.value = String(value);
    container.appendChild(row);
  }
}

function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function describe(values) {
  return Object.entries(values).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k} ${v}`)
    .join(", ") || "no features known";
}

function render() {
  const language = state.language;
  $("language_name").textContent = language.name;
  if (!state.stimulus) return;
  const s = state.stimulus;
  const words = state.words || {n1: "n1", v: "verb", n2: "n2"};
  const cueRows = featureCues(language).map(c => [c.name, direction(c, s)]);
  $("reading").innerHTML = `order <b>${s.order}</b>: n1 <span class="word">${escapeHtml(words.n1)}</span>, verb `
    + `<span class="word">${escapeHtml(words.v)}</span>, n2 <span class="word">${escapeHtml(words.n2)}</span>`
    + `<table><tr><th>word</th><th>features</th></tr>`
    + SLOTS.map(slot => `<tr><td>${slot} ${escapeHtml(words[slot])}</td><td>${escapeHtml(describe(s[slot]))}</td></tr>`).join("")
    + `</table><table><tr><th>cue</th><th>direction</th></tr>`
    + cueRows.map(([n, d]) => `<tr data-cue="${n}"><td>${n}</td><td>${d > 0 ? "+1 (points to n1)" : d < 0 ? "-1 (points to n2)" : "0 (absent or neutral)"}</td></tr>`).join("")
    + `</table>`;
  const m = multiplicative(language, state.weights, s);
  show("p_n1_multiplicative", m.p);
  $("logit_multiplicative").textContent = m.sum.toFixed(4);
  $("logit_multiplicative").dataset.value = String(m.sum);
  const maxTerm = Math.max(1, ...m.terms.map(t => Math.abs(t[1])));
  bars($("bars_multiplicative"), m.terms.map(t => [t[0], t[1], t[0].startsWith("order=") ? "" : `(d=${t[2]})`]), maxTerm);
  const a = additive(language, s);
  show("p_n1_additive", a.p);
  bars($("bars_additive"), a.terms.map(t => [t[0], t[1], ""]), 1);
  const h = hierarchy(language, s);
  show("p_n1_hierarchy", h.p);
  $("hierarchy_text").innerHTML = `ranking: ${h.ranking.length ? h.ranking.join(" &gt; ") + " &gt; order" : "order decides"}`
    + `<br>${escapeHtml(h.deciding)} decides, pointing to ${h.direction > 0 ? "n1" : h.direction < 0 ? "n2" : "neither"};`
    + ` lapse ${h.lapse.toFixed(4)}`;
  const att = attention(language, s);
  show("p_n1_attention", att.p);
  // n1's weight drawn towards n1 (right), n2's towards n2 (left), as the log-odds bars are
  bars($("attention_bars"), [[`attention on n1 (${words.n1})`, att.weights[0], "", att.weights[0].toFixed(3)],
    [`attention on n2 (${words.n2})`, -att.weights[1], "", att.weights[1].toFixed(3)]], 1);
  $("attention_bars").dataset.weights = JSON.stringify(att.weights);
  renderConflicts();
}

function renderConflicts() {
  const language = state.language;
  const body = $("conflicts").querySelector("tbody");
  body.innerHTML = "";
  const base = fitted(language);
  let flips = 0;
  for (const c of language.conflicts) {
    const before = multiplicative(language, base, c).p;
    const now = multiplicative(language, state.weights, c).p;
    const flipped = (before > 0.5) !== (now > 0.5);
    flips += flipped ? 1 : 0;
    const tr = document.createElement("tr");
    if (flipped) tr.className = "flipped";
    tr.innerHTML = `<td>${c.order}</td><td>${escapeHtml(describe(c.n1))}</td><td>${escapeHtml(describe(c.v))}</td>`
      + `<td>${escapeHtml(describe(c.n2))}</td><td>${c.count}</td><td>${before.toFixed(4)}</td><td>${now.toFixed(4)}</td>`
      + `<td>${now > 0.5 ? "n1" : "n2"}${flipped ? " (flipped)" : ""}</td>`;
    body.appendChild(tr);
  }
  $("flip_count").textContent = language.conflicts.length === 0 ? "This corpus has none."
    : `${flips} of ${language.conflicts.length} flipped.`;
  $("flip_count").dataset.flips = String(flips);
}

const sliderUpdates = [];

function buildSliders() {
  const language = state.language;
  const box = $("sliders");
  box.innerHTML = "";
  sliderUpdates.length = 0;
  for (const s of language.multiplicative) {
    const span = Math.max(5, Math.ceil(Math.abs(s.estimate) + 2));
    const row = document.createElement("div");
    row.className = "slider";
    const lo = s.low === null ? -span : Math.max(-span, s.low), hi = s.high === null ? span : Math.min(span, s.high);
    const band = `left:${(lo + span) / (2 * span) * 100}%;width:${(hi - lo) / (2 * span) * 100}%`;
    row.innerHTML = `<span>${escapeHtml(s.parameter)}</span><span class="range"><span class="band" style="${band}"></span>`
      + `<input type="range" min="${-span}" max="${span}" step="0.01" value="${s.estimate}" data-parameter="${escapeHtml(s.parameter)}"></span>`
      + `<span class="value"></span>`;
    const input = row.querySelector("input");
    const label = row.querySelector(".value");
    const interval = `95% CI [${s.low === null ? "-inf" : s.low.toFixed(2)}, ${s.high === null ? "inf" : s.high.toFixed(2)}]`;
    const update = () => {
      input.value = state.weights[s.parameter];
      label.textContent = `${Number(state.weights[s.parameter]).toFixed(2)}  ${interval}`;
    };
    input.addEventListener("input", () => { state.weights[s.parameter] = Number(input.value); update(); render(); });
    sliderUpdates.push(update);
    update();
    box.appendChild(row);
  }
}

function buildBuilder() {
  const language = state.language;
  const box = $("builder");
  box.innerHTML = "";
  const order = document.createElement("fieldset");
  order.innerHTML = `<legend>word order</legend><label>order <select id="build_order">`
    + ["NVN", "NNV", "VNN"].map(o => `<option value="${o}">${o}</option>`).join("") + `</select></label>`;
  box.appendChild(order);
  for (const slot of SLOTS) {
    const set = document.createElement("fieldset");
    set.innerHTML = `<legend>${slot === "v" ? "verb" : slot}</legend>`;
    for (const f of language.features) {
      if (slot === "v" && !VERB_FEATURES.includes(f.name)) continue;
      set.innerHTML += `<label>${f.name} <select id="build_${slot}_${f.name}" data-slot="${slot}" data-feature="${f.name}">`
        + `<option value="">unknown</option>` + f.values.map(v => `<option value="${v}">${v}</option>`).join("") + `</select></label>`;
    }
    box.appendChild(set);
  }
  box.querySelectorAll("select").forEach(sel => sel.addEventListener("change", () => {
    state.stimulus = fromBuilder();
    state.resolution = null;
    state.built = true;
    $("parse_message").textContent = "built by hand: the sentence's words no longer matter, only its order and features";
    $("parse_message").className = "message ok";
    render();
  }));
}

function fromBuilder() {
  const s = {order: $("build_order").value, n1: {}, v: {}, n2: {}};
  document.querySelectorAll("#builder select[data-slot]").forEach(sel => {
    s[sel.dataset.slot][sel.dataset.feature] = sel.value === "" ? null : sel.value;
  });
  return s;
}

function toBuilder(s) {
  $("build_order").value = s.order;
  document.querySelectorAll("#builder select[data-slot]").forEach(sel => {
    const v = s[sel.dataset.slot][sel.dataset.feature];
    sel.value = v === null || v === undefined ? "" : v;
  });
}

/** The same structure in another language: features it declares keep their values. */
function carryOver(language, s) {
  const out = {order: s.order};
  for (const slot of SLOTS) {
    out[slot] = {};
    for (const f of language.features) {
      if (slot === "v" && !VERB_FEATURES.includes(f.name)) continue;
      const v = s[slot][f.name];
      out[slot][f.name] = v !== undefined && v !== null && f.values.includes(v) ? v : null;
    }
  }
  return out;
}

function readTyped() {
  const language = state.language;
  const sentence = $("sentence").value;
  state.sentence = sentence;
  try {
    if (!language.lexicon) throw new ParseError((language.language ? "this run has no lexicon for " + language.name
      : "the config of " + language.name + " names no \"language\", so its sentences cannot be read") + ": build the sentence below");
    const r = readSentence(language, sentence);
    state.stimulus = r.stimulus;
    state.words = r.words;
    state.resolution = r.resolution;
    state.built = false;
    toBuilder(r.stimulus);
    $("parse_message").textContent = `read as ${r.stimulus.order}: n1 '${r.words.n1}', verb '${r.words.v}', n2 '${r.words.n2}'`;
    $("parse_message").className = "message ok";
    render();
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    clearResults(e.message);
    state.stimulus = null;
    state.resolution = null;
  }
  saveUrl();
}

function saveUrl() {
  try {
    const params = new URLSearchParams({language: state.language.name, sentence: state.sentence});
    history.replaceState(null, "", "?" + params.toString());
  } catch (e) {
    // some browsers refuse to rewrite a file: URL; the page works the same without it
  }
}

function selectLanguage(name) {
  const previous = state.stimulus;
  const previousWords = state.words;
  state.language = languageByName(name) || DATA.languages[0];
  $("language").value = state.language.name;
  state.weights = fitted(state.language);
  buildBuilder();
  buildSliders();
  const examples = $("examples");
  examples.innerHTML = state.language.examples.length ? "Try: " : "";
  for (const ex of state.language.examples) {
    const b = document.createElement("button");
    b.textContent = ex;
    b.addEventListener("click", () => { $("sentence").value = ex; readTyped(); });
    examples.appendChild(b);
  }
  readTyped();
  if (state.stimulus === null && previous) {
    state.stimulus = carryOver(state.language, previous);
    state.words = previousWords;
    state.resolution = null;
    toBuilder(state.stimulus);
    $("parse_message").textContent = `not a ${state.language.name} sentence this page can read; the same order and`
      + ` features, as a ${state.language.name} listener reads them`;
    $("parse_message").className = "message ok";
    render();
  }
}

function init() {
  $("command").textContent = DATA.command;
  const select = $("language");
  for (const l of DATA.languages) {
    const o = document.createElement("option");
    o.value = l.name;
    o.textContent = l.name;
    select.appendChild(o);
  }
  const params = new URLSearchParams(location.search);
  const language = languageByName(params.get("language") || "") || DATA.languages[0];
  $("sentence").value = params.has("sentence") ? params.get("sentence")
    : (language.examples[0] || "");
  select.addEventListener("change", () => selectLanguage(select.value));
  $("sentence").addEventListener("input", readTyped);
  $("reset").addEventListener("click", () => {
    state.weights = fitted(state.language);
    buildSliders();
    render();
  });
  selectLanguage(language.name);
  document.body.dataset.ready = "true";
}

// Hooks for tests and for the curious: set a state and read it back without the mouse.
window.cmsim = {
  setLanguage: name => { $("language").value = name; selectLanguage(name); },
  setSentence: text => { $("sentence").value = text; readTyped(); },
  setStrength: (parameter, value) => { state.weights[parameter] = value; sliderUpdates.forEach(u => u()); render(); },
  state: () => JSON.parse(JSON.stringify({language: state.language.name, stimulus: state.stimulus, weights: state.weights,
    words: state.words, resolution: state.resolution}))
};

init();
