"use strict";
// cmsim playground: the page (language, sentence, builder, sliders, conflicts, URL state). It only draws:
// reading a sentence and every number come from cmsimJava, the Java of `cmsim explain` compiled to
// JavaScript (org.cmsim.explain.PlaygroundScript). Text from the data (feature values, cue and parameter
// names, words) reaches the page as textContent, never as HTML.

const DATA = JSON.parse(document.getElementById("cmsim-data").textContent);
const SLOTS = ["n1", "v", "n2"];
// a verb carries only these, and "voice" only a verb (the listener's reader's verb features, in the page's data)
const VERB_FEATURES = DATA.verbFeatures;
const VERB_ONLY = DATA.verbOnlyFeatures;

const $ = id => document.getElementById(id);
const state = {language: null, sentence: "", stimulus: null, words: null, weights: {}, resolution: null};

// ------------------------------------------------------------------ the Java side

const loaded = new Set();

/** Hands a language's data to the Java side once (its word list can be megabytes). */
function ensureLoaded(language) {
  if (!loaded.has(language.name)) {
    cmsimJava.load(JSON.stringify(language));
    loaded.add(language.name);
  }
}

/** The Java reading of a typed sentence: {words, stimulus, resolution, explanation} or {error}. */
function explain(language, sentence) {
  ensureLoaded(language);
  return JSON.parse(cmsimJava.explain(language.name, sentence));
}

/** Each listener's reading of each stimulus, with the given weights of the sliders' rule. */
function evaluate(language, stimuli, weights) {
  ensureLoaded(language);
  return JSON.parse(cmsimJava.evaluate(language.name, JSON.stringify(stimuli), JSON.stringify(weights)));
}

// ------------------------------------------------------------------ drawing

/** A new element with attributes, and children given as elements or as text (set as text, never parsed). */
function el(tag, attributes, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (k === "class") e.className = v;
    else if (k === "style") e.style.cssText = v;
    else if (k.startsWith("data-")) e.dataset[k.substring(5).replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = v;
    else e[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** A language by its name (a label) or, failing that, its ISO 639-1 code ("english" or "en"). */
function languageByName(name) {
  const key = String(name).toLowerCase();
  return DATA.languages.find(l => l.name.toLowerCase() === key) || DATA.languages.find(l => l.language === key) || null;
}

function fitted(language) {
  const w = {};
  for (const s of language.sliders.strengths) w[s.parameter] = s.estimate;
  return w;
}

/** A rule's reading of one stimulus, by the rule's name. */
function ruleReading(verdicts, name) {
  return verdicts.rules.find(rule => rule.name === name);
}

function show(id, value) {
  const e = $(id);
  e.textContent = value.toFixed(4);
  e.dataset.value = String(value);
}

function clearResults(message) {
  const rules = state.language.rules;
  for (const id of [...rules.map(rule => `p_n1_${rule.name}`), "p_n1_attention"]) {
    $(id).textContent = "—";
    delete $(id).dataset.value;
  }
  for (const id of [...rules.map(rule => rule.reader === "ranking" ? `${rule.name}_text` : `bars_${rule.name}`),
    "attention_bars", "reading"]) {
    $(id).replaceChildren();
  }
  for (const rule of rules.filter(rule => rule.reader === "logistic")) $(`logit_${rule.name}`).textContent = "";
  $("parse_message").textContent = message;
  $("parse_message").className = "message";
}

/** One bar per row [label, value, note, text]: right of the middle towards n1, left towards n2. */
function bars(container, rows, scale) {
  container.replaceChildren();
  for (const [label, value, note, text] of rows) {
    const width = Math.min(50, Math.abs(value) / scale * 50);
    const left = value >= 0 ? 50 : 50 - width;
    const fill = el("span", {class: `fill ${value > 0 ? "n1" : value < 0 ? "n2" : "zero"}`,
      style: `left:${left}%;width:${width}%`});
    container.append(el("div", {class: "bar", "data-term": label, "data-value": String(value)},
      el("span", {}, label), el("span", {class: "track"}, el("span", {class: "mid"}), fill),
      el("span", {}, (text !== undefined ? text : value.toFixed(3)) + (note ? " " + note : ""))));
  }
}

/**
 * One card per choice rule, in the data's order (the registry's), before the head's. Element ids come from
 * the rule's name: p_n1_NAME, and by its reader bars_NAME (terms) with logit_NAME (log-odds), or NAME_text.
 */
function buildCards(language) {
  const cards = $("cards");
  cards.querySelectorAll(".card[data-rule]").forEach(card => card.remove());
  for (const rule of language.rules) {
    const title = rule.name.charAt(0).toUpperCase() + rule.name.substring(1) + " rule";
    const card = el("div", {class: "card", "data-rule": rule.name}, el("h3", {}, title),
      el("div", {class: "p"}, "P(n1) = ", el("span", {id: `p_n1_${rule.name}`})));
    const sub = text => el("sub", {}, text);
    if (rule.reader === "logistic") {
      card.append(el("div", {class: "formula"}, "logit P(n1) = w", sub("order"), " + \u03a3 w", sub("c"), " d", sub("c"),
        " = ", el("span", {id: `logit_${rule.name}`})), el("div", {id: `bars_${rule.name}`, class: "bars"}));
    } else if (rule.reader === "linear") {
      card.append(el("div", {class: "formula"}, "P(n1) = 0.5 + (a", sub("order"), " + \u03a3 a", sub("c"), " d", sub("c"),
        ") / 2"), el("div", {id: `bars_${rule.name}`, class: "bars"}));
    } else if (rule.reader === "ranking") {
      card.append(el("div", {id: `${rule.name}_text`, class: "formula"}));
    } else {
      throw new Error(`no drawing for the reader ${rule.reader} of the rule ${rule.name}`);
    }
    cards.insertBefore(card, $("attention_card"));
  }
}

function describe(values) {
  return Object.entries(values).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k} ${v}`)
    .join(", ") || "no features known";
}

function table(header, rows, rowAttributes) {
  return el("table", {}, el("tr", {}, ...header.map(h => el("th", {}, h))),
    ...rows.map((cells, i) => el("tr", rowAttributes ? rowAttributes(i) : {}, ...cells.map(c => el("td", {}, c)))));
}

function render() {
  const language = state.language;
  $("language_name").textContent = language.name;
  if (!state.stimulus) return;
  const s = state.stimulus;
  const words = state.words || {n1: "n1", v: "verb", n2: "n2"};
  const r = evaluate(language, [s], state.weights)[0];
  const direction = new Map(r.cues);
  $("reading").replaceChildren("order ", el("b", {}, s.order), ": n1 ", el("span", {class: "word"}, words.n1),
    ", verb ", el("span", {class: "word"}, words.v), ", n2 ", el("span", {class: "word"}, words.n2),
    table(["word", "features"], SLOTS.map(slot => [`${slot} ${words[slot]}`, describe(s[slot])])),
    table(["cue", "direction"], r.cues.map(([n, d]) => [n, d > 0 ? "+1 (points to n1)" : d < 0 ? "-1 (points to n2)"
      : "0 (absent or neutral)"]), i => ({"data-cue": r.cues[i][0]})));
  for (const rule of r.rules) {
    show(`p_n1_${rule.name}`, rule.p);
    if (rule.reader === "logistic") {
      $(`logit_${rule.name}`).textContent = rule.sum.toFixed(4);
      $(`logit_${rule.name}`).dataset.value = String(rule.sum);
      const maxTerm = Math.max(1, ...rule.terms.map(t => Math.abs(t[1])));
      bars($(`bars_${rule.name}`), rule.terms.map(([name, term]) => [name, term,
        direction.has(name) ? `(d=${direction.get(name)})` : ""]), maxTerm);
    } else if (rule.reader === "linear") {
      bars($(`bars_${rule.name}`), rule.terms.map(([name, term]) => [name, term, ""]), 1);
    } else if (rule.reader === "ranking") {
      $(`${rule.name}_text`).replaceChildren(`ranking: ${rule.ranking.length ? rule.ranking.join(" > ") + " > order"
        : "order decides"}`, el("br"), `${rule.deciding} decides, pointing to ${rule.direction > 0 ? "n1"
        : rule.direction < 0 ? "n2" : "neither"}; lapse ${rule.lapse.toFixed(4)}`);
    }
  }
  const a = r.attention;
  show("p_n1_attention", a.p);
  // n1's weight drawn towards n1 (right), n2's towards n2 (left), as the log-odds bars are
  bars($("attention_bars"), [[`attention on n1 (${words.n1})`, a.weights[0], "", a.weights[0].toFixed(3)],
    [`attention on n2 (${words.n2})`, -a.weights[1], "", a.weights[1].toFixed(3)]], 1);
  $("attention_bars").dataset.weights = JSON.stringify(a.weights);
  renderConflicts();
}

const fittedConflicts = new Map();   // language name -> each conflict sentence's readings under the fitted strengths

function renderConflicts() {
  const language = state.language;
  const body = $("conflicts").querySelector("tbody");
  body.replaceChildren();
  if (!fittedConflicts.has(language.name)) {
    fittedConflicts.set(language.name, evaluate(language, language.conflicts, fitted(language)));
  }
  const before = fittedConflicts.get(language.name);
  const now = evaluate(language, language.conflicts, state.weights);
  let flips = 0;
  language.conflicts.forEach((c, i) => {
    const rule = language.sliders.rule;
    const p0 = ruleReading(before[i], rule).p, p = ruleReading(now[i], rule).p;
    const flipped = (p0 > 0.5) !== (p > 0.5);
    flips += flipped ? 1 : 0;
    body.append(el("tr", flipped ? {class: "flipped"} : {}, ...[c.order, describe(c.n1), describe(c.v), describe(c.n2),
      c.count, p0.toFixed(4), p.toFixed(4), `${p > 0.5 ? "n1" : "n2"}${flipped ? " (flipped)" : ""}`]
      .map(text => el("td", {}, text))));
  });
  $("flip_count").textContent = language.conflicts.length === 0 ? "This corpus has none."
    : `${flips} of ${language.conflicts.length} flipped.`;
  $("flip_count").dataset.flips = String(flips);
}

const sliderUpdates = [];

function buildSliders() {
  const language = state.language;
  const box = $("sliders");
  box.replaceChildren();
  sliderUpdates.length = 0;
  for (const s of language.sliders.strengths) {
    const span = Math.max(5, Math.ceil(Math.abs(s.estimate) + 2));
    const lo = s.low === null ? -span : Math.max(-span, s.low), hi = s.high === null ? span : Math.min(span, s.high);
    const band = `left:${(lo + span) / (2 * span) * 100}%;width:${(hi - lo) / (2 * span) * 100}%`;
    const input = el("input", {type: "range", min: -span, max: span, step: 0.01, value: s.estimate,
      "data-parameter": s.parameter});
    const label = el("span", {class: "value"});
    box.append(el("div", {class: "slider"}, el("span", {}, s.parameter),
      el("span", {class: "range"}, el("span", {class: "band", style: band}), input), label));
    const interval = `95% CI [${s.low === null ? "-inf" : s.low.toFixed(2)}, ${s.high === null ? "inf" : s.high.toFixed(2)}]`;
    const update = () => {
      input.value = state.weights[s.parameter];
      label.textContent = `${Number(state.weights[s.parameter]).toFixed(2)}  ${interval}`;
    };
    input.addEventListener("input", () => { state.weights[s.parameter] = Number(input.value); update(); render(); });
    sliderUpdates.push(update);
    update();
  }
}

function buildBuilder() {
  const language = state.language;
  const box = $("builder");
  box.replaceChildren();
  const select = (attributes, values) => el("select", attributes, el("option", {value: ""}, "unknown"),
    ...values.map(v => el("option", {value: v}, v)));
  box.append(el("fieldset", {}, el("legend", {}, "word order"), el("label", {}, "order ",
    el("select", {id: "build_order"}, ...["NVN", "NNV", "VNN"].map(o => el("option", {value: o}, o))))));
  for (const slot of SLOTS) {
    const set = el("fieldset", {}, el("legend", {}, slot === "v" ? "verb" : slot));
    for (const f of language.features) {
      if (slot === "v" ? !VERB_FEATURES.includes(f.name) : VERB_ONLY.includes(f.name)) continue;
      set.append(el("label", {}, f.name + " ",
        select({id: `build_${slot}_${f.name}`, "data-slot": slot, "data-feature": f.name}, f.values)));
    }
    box.append(set);
  }
  box.querySelectorAll("select").forEach(sel => sel.addEventListener("change", () => {
    state.stimulus = fromBuilder();
    state.resolution = null;
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
    const value = v === null || v === undefined ? "" : v;
    // a set the form allows ("nom|acc") is offered as it was read
    if (value !== "" && ![...sel.options].some(o => o.value === value)) {
      sel.append(el("option", {value: value}, value));
    }
    sel.value = value;
  });
}

/** The same structure in another language: features it declares keep their values. */
function carryOver(language, s) {
  const out = {order: s.order};
  for (const slot of SLOTS) {
    out[slot] = {};
    for (const f of language.features) {
      if (slot === "v" ? !VERB_FEATURES.includes(f.name) : VERB_ONLY.includes(f.name)) continue;
      const v = s[slot][f.name];
      out[slot][f.name] = v !== undefined && v !== null && String(v).split("|").every(x => f.values.includes(x))
        ? v : null;
    }
  }
  return out;
}

function readTyped() {
  const language = state.language;
  const sentence = $("sentence").value;
  state.sentence = sentence;
  const r = explain(language, sentence);
  if (r.error !== undefined) {
    clearResults(r.error);
    state.stimulus = null;
    state.resolution = null;
  } else {
    state.stimulus = r.stimulus;
    state.words = r.words;
    state.resolution = r.resolution;
    toBuilder(r.stimulus);
    $("parse_message").textContent = `read as ${r.stimulus.order}: n1 '${r.words.n1}', verb '${r.words.v}', n2 '${r.words.n2}'`;
    $("parse_message").className = "message ok";
    render();
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
  $("language_name").textContent = state.language.name;
  state.weights = fitted(state.language);
  $("sliders_rule").textContent = state.language.sliders.rule;
  buildCards(state.language);
  buildBuilder();
  buildSliders();
  const examples = $("examples");
  examples.replaceChildren(state.language.examples.length ? "Try: " : "");
  for (const ex of state.language.examples) {
    const b = el("button", {}, ex);
    b.addEventListener("click", () => { $("sentence").value = ex; readTyped(); });
    examples.append(b);
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
  const count = DATA.languages.length ? DATA.languages[0].rules.length : 0;
  $("rule_count").textContent = ["no", "one", "two", "three", "four", "five", "six"][count] || String(count);
  const select = $("language");
  for (const l of DATA.languages) select.append(el("option", {value: l.name}, l.name));
  const params = new URLSearchParams(location.search);
  const language = languageByName(params.get("language") || "") || DATA.languages[0];
  $("sentence").value = params.has("sentence") ? params.get("sentence") : (language.examples[0] || "");
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
  explain: (sentence, language) => explain(language ? languageByName(language) : state.language, sentence),
  state: () => JSON.parse(JSON.stringify({language: state.language.name, stimulus: state.stimulus, weights: state.weights,
    words: state.words, resolution: state.resolution}))
};

init();
