"use strict";
// cmsim playground: the same reading as `cmsim explain`, computed in the browser.
// Parser and feature rules: org.cmsim.explain.SentenceParser and FeatureReader; rules:
// org.cmsim.explain.Explanation; the head's forward pass: org.cmsim.attention.AttentionHead.
// Every step below follows the Java code line for line, in the same order of operations, so that
// the page's numbers equal the Java ones (tested in a real browser to 1e-9).

const DATA = JSON.parse(document.getElementById("cmsim-data").textContent);
const ROLES = ["NOUN", "VERB", "DETERMINER", "ADJECTIVE", "AUXILIARY", "ADVERB", "MARKER", "OTHER"];
const ROLE_TEXT = {NOUN: "a noun", VERB: "the verb", DETERMINER: "a determiner", ADJECTIVE: "an adjective",
  AUXILIARY: "an auxiliary", ADVERB: "an adverb or particle", MARKER: "a case marker", OTHER: "outside a simple clause"};
const NOISE_SHARE = 0.02;
const MORPHOLOGY = ["Case", "Number", "Gender", "Person", "VerbForm"];
const MAX_WORDS = 14;
const SLOTS = ["n1", "v", "n2"];
const VERB_FEATURES = ["number", "person"];
const AGREEING = ["Case", "Number", "Gender"];

function roleOf(upos) {
  switch (upos) {
    case "NOUN": case "PROPN": case "PRON": return "NOUN";
    case "VERB": return "VERB";
    case "DET": case "NUM": return "DETERMINER";
    case "ADJ": return "ADJECTIVE";
    case "AUX": return "AUXILIARY";
    case "ADV": case "PART": return "ADVERB";
    default: return "OTHER";
  }
}

class ParseError extends Error {}

// ------------------------------------------------------------------ the lexicon and the parser

function analysesOf(language, form) {
  const rows = language.lexicon ? language.lexicon[form] : undefined;
  if (!rows) return null;
  return rows.map(([upos, feats, animacy, count, lemma]) => ({upos, feats: parseFeats(feats),
    animacy: animacy === "" ? null : animacy, count, lemma: lemma === "" ? form : lemma}));
}

function parseFeats(text) {
  const feats = {};
  if (text === "") return feats;
  for (const pair of text.split("|")) {
    const eq = pair.indexOf("=");
    feats[pair.substring(0, eq)] = pair.substring(eq + 1);
  }
  return feats;
}

function tokens(language, sentence) {
  let text = sentence.replace(/\u2019/g, "'").toLowerCase().trim();
  text = text.replace(/[.!?]+$/, "").trim();
  const out = [];
  for (const piece of text.split(/\s+|(?=[,;:])|(?<=[,;:])/)) {
    const word = piece.trim().replace(/^["\u201c\u201e\u00ab(]+|["\u201d\u00bb)]+$/g, "");
    if (word === "") continue;
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && apostrophe < word.length - 1 && language.lexicon
        && language.lexicon[word.substring(0, apostrophe + 1)]) {
      out.push(word.substring(0, apostrophe + 1));
      out.push(word.substring(apostrophe + 1));
    } else {
      out.push(word);
    }
  }
  return out;
}

function readings(language, position, form) {
  const found = analysesOf(language, form);
  const byRole = {};
  if (!found) {
    byRole.NOUN = {position, form, role: "NOUN", analyses: [], known: false};
    byRole.VERB = {position, form, role: "VERB", analyses: [], known: false};
    return byRole;
  }
  const grouped = {};
  for (const a of found) {
    const role = a.upos === "ADP" && language.markers.includes(a.lemma.toLowerCase()) ? "MARKER" : roleOf(a.upos);
    (grouped[role] = grouped[role] || []).push(a);
  }
  if (Object.keys(grouped).every(r => r === "OTHER")) {
    const upos = [...new Set(found.map(a => a.upos))].join("/");
    throw new ParseError(`word ${position + 1} '${form}' is ${ROLE_TEXT.OTHER} (${upos}): a simple clause is two nouns`
      + " and a verb with their determiners, adjectives and auxiliaries");
  }
  for (const role of ROLES) {
    if (role !== "OTHER" && grouped[role]) {
      byRole[role] = {position, form, role, analyses: withoutNoise(grouped[role]), known: true};
    }
  }
  return byRole;
}

/** SentenceParser.withoutNoise: no misspellings, no readings below NOISE_SHARE of the role's count, no readings without morphology beside readings with it. */
function withoutNoise(analyses) {
  const total = analyses.reduce((s, a) => s + a.count, 0);
  const morphology = a => MORPHOLOGY.some(f => a.feats[f] !== undefined);
  const someMorphology = analyses.some(morphology);
  const kept = analyses.filter(a => a.feats.Typo !== "Yes" && a.count >= NOISE_SHARE * total)
    .filter(a => !someMorphology || morphology(a));
  return kept.length ? kept : analyses;
}

function share(word, all) {
  if (!word.known) return 1e-6;
  let total = 0;
  for (const role of ROLES) {
    if (all[role]) total += all[role].analyses.reduce((s, a) => s + a.count, 0);
  }
  return word.analyses.reduce((s, a) => s + a.count, 0) / total;
}

function parse(language, sentence) {
  const toks = tokens(language, sentence);
  if (toks.length === 0) throw new ParseError("the sentence is empty");
  if (toks.length > MAX_WORDS) throw new ParseError(`${toks.length} words is more than one simple clause`);
  const options = toks.map((t, i) => readings(language, i, t));
  let best = null, bestScore = -1, bestFailure = "no reading found", bestFailureScore = -1;
  const chosen = new Array(toks.length);
  (function run(i, score) {
    if (i === chosen.length) {
      const c = candidate(chosen.slice());
      if (c.failure === null && score > bestScore) { best = c; bestScore = score; }
      else if (c.failure !== null && score > bestFailureScore) { bestFailure = c.failure; bestFailureScore = score; }
      return;
    }
    for (const role of ROLES) {
      const word = options[i][role];
      if (!word) continue;
      chosen[i] = word;
      run(i + 1, score * share(word, options[i]));
    }
  })(0, 1.0);
  if (best === null) throw new ParseError(bestFailure);
  return best;
}

function candidate(words) {
  const verbs = words.filter(w => w.role === "VERB");
  const auxiliaries = words.filter(w => w.role === "AUXILIARY");
  const phrases = [];
  let failure = nounPhrases(words, phrases);
  const forms = ws => ws.map(w => w.form).join(" ");
  if (failure === null && verbs.length === 0) failure = "it has no verb";
  else if (failure === null && verbs.length > 1) failure = `it has ${verbs.length} verbs (${forms(verbs)}): one clause has one`;
  else if (failure === null && phrases.length !== 2) {
    failure = `it has ${phrases.length} noun${phrases.length === 1 ? "" : "s"}`
      + (phrases.length ? ` (${forms(phrases.map(p => p.noun))})` : "") + ": a transitive clause needs two";
  }
  if (failure !== null) return {failure};
  const verb = verbs[0];
  const [first, second] = phrases;
  const order = verb.position < first.noun.position ? "VNN" : verb.position < second.noun.position ? "NVN" : "NNV";
  return {failure: null, order, n1: first, verb, auxiliaries, n2: second, words};
}

function nounPhrases(words, phrases) {
  let determiners = [], markers = [], adjectives = [], noun = null;
  const close = () => {
    if (noun === null && (determiners.length || markers.length || adjectives.length)) {
      return `'${markers.concat(determiners, adjectives).map(w => w.form).join(" ")}' has no noun with it`;
    }
    if (noun !== null) phrases.push({noun, determiners, markers, adjectives});
    return null;
  };
  for (const w of words) {
    const startsNext = noun !== null && (w.role === "DETERMINER" || w.role === "NOUN" || w.role === "MARKER");
    const breaks = w.role === "VERB" || w.role === "AUXILIARY" || w.role === "ADVERB";
    if (startsNext || breaks) {
      const failure = close();
      if (failure !== null) return failure;
      noun = null; determiners = []; markers = []; adjectives = [];
    }
    if (w.role === "DETERMINER") determiners.push(w);
    else if (w.role === "MARKER") markers.push(w);
    else if (w.role === "ADJECTIVE") adjectives.push(w);
    else if (w.role === "NOUN") noun = w;
  }
  return close();
}

// ------------------------------------------------------------------ features, by the import's rules
// (conllu/NounFeatures and FiniteVerb, through explain/FeatureReader)

const number = ud => ud === "Sing" ? "sg" : ud === "Plur" ? "pl" : null;
const gender = ud => ud === "Masc" ? "m" : ud === "Fem" ? "f" : ud === "Neut" ? "n" : null;
const person = ud => ud === "1" || ud === "2" || ud === "3" ? ud : null;
const single = v => v === undefined || v === null || v.indexOf(",") >= 0 ? null : v;

function annotatedAnimacy(a) {
  const ud = a.feats.Animacy;
  if (ud === "Anim" || ud === "Hum" || ud === "Nhum") return "animate";
  if (ud === "Inan") return "inanimate";
  const p = a.feats.Person;
  return a.upos === "PRON" && (p === "1" || p === "2") ? "animate" : null;
}

function agree(a, b) {
  for (const f of AGREEING) {
    const x = a.feats[f], y = b.feats[f];
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return true;
}

/** NounFeatures.of for one reading: the noun, its dependents (determiners, then markers) and the verb. */
function nounValues(language, phrase, verb, head, dependents, chosen) {
  let caseValue = single(head.feats.Case);
  if (caseValue === null) {
    for (const d of chosen) {
      const v = single(d.feats.Case);
      if (v !== null) { caseValue = v; break; }
    }
  }
  let p = person(head.feats.Person);
  if (p === null && (head.upos === "NOUN" || head.upos === "PROPN")) p = "3";
  let marker = "none";
  for (let i = 0; i < dependents.length; i++) {
    if (dependents[i].role === "MARKER") {
      const lemma = chosen[i].lemma === "_" ? dependents[i].form : chosen[i].lemma;
      marker = lemma.toLowerCase();
      break;
    }
  }
  let clitic = null;
  if (language.hasClitics) {
    const isClitic = head.upos === "PRON" && language.clitics.includes(phrase.noun.form.toLowerCase());
    clitic = isClitic && phrase.noun.position < verb.position ? "yes" : "no";
  }
  return {animacy: head.animacy !== null ? head.animacy : annotatedAnimacy(head),
    case: caseValue === null ? null : caseValue.toLowerCase(), gender: gender(head.feats.Gender),
    number: number(head.feats.Number), person: p, marker, clitic};
}

function nounReading(language, clause, phrase) {
  const dependents = phrase.determiners.concat(phrase.markers);
  const kept = [];
  const combine = (head, i, chosen) => {
    if (i === dependents.length) { kept.push(nounValues(language, phrase, clause.verb, head, dependents, chosen)); return; }
    for (const dep of dependents[i].analyses) {
      if (agree(head, dep) && chosen.every(other => agree(other, dep))) {
        chosen.push(dep);
        combine(head, i + 1, chosen);
        chosen.pop();
      }
    }
  };
  for (const head of phrase.noun.analyses) combine(head, 0, []);
  if (kept.length === 0) for (const head of phrase.noun.analyses) kept.push(nounValues(language, phrase, clause.verb, head, [], []));
  return slotValues(language, "n1", kept);
}

const isFinite = a => a.feats.VerbForm !== undefined && a.feats.VerbForm.split(",").includes("Fin");
const verbValues = a => ({number: number(a.feats.Number), person: person(a.feats.Person)});

/** Clause rule 3 over ambiguous forms: the first auxiliary with a finite reading, else the verb's finite readings. */
function finiteVerb(clause) {
  for (const aux of clause.auxiliaries) {
    const finite = aux.analyses.filter(isFinite);
    if (finite.length) return {word: aux, values: finite.map(verbValues)};
  }
  const own = clause.verb.analyses.filter(a => isFinite(a) || a.feats.Person !== undefined);
  return {word: clause.verb, values: own.map(verbValues)};
}

/** Per declared feature: the one value every kept reading gives, else unknown (null). */
function slotValues(language, slot, kept) {
  const out = {};
  for (const f of language.features) {
    if (slot === "v" && !VERB_FEATURES.includes(f.name)) continue;
    const seen = new Set(kept.map(m => m[f.name]).filter(v => v !== null && v !== undefined));
    out[f.name] = seen.size === 1 && f.values.includes([...seen][0]) ? [...seen][0] : null;
  }
  return out;
}

function readSentence(language, sentence) {
  const clause = parse(language, sentence);
  for (const [slot, word] of [["n1", clause.n1.noun], ["v", clause.verb], ["n2", clause.n2.noun]]) {
    if (!word.known) {
      throw new ParseError(`'${word.form}' is not in this page's lexicon (read as ${slot}); build the sentence`
        + " below, or give its features to cmsim explain --feature");
    }
  }
  const finite = finiteVerb(clause);
  const at = finite.word.position;
  const order = at < clause.n1.noun.position ? "VNN" : at < clause.n2.noun.position ? "NVN" : "NNV";
  return {clause, stimulus: {order, n1: nounReading(language, clause, clause.n1),
    v: slotValues(language, "v", finite.values), n2: nounReading(language, clause, clause.n2)},
    words: {n1: clause.n1.noun.form, v: clause.verb.form, n2: clause.n2.noun.form}};
}

// ------------------------------------------------------------------ cues and the three rules

function direction(cue, s) {
  const val = (slot, f) => { const v = s[slot][f]; return v === undefined ? null : v; };
  if (cue.kind === "contrast") {
    const first = val("n1", cue.feature), second = val("n2", cue.feature);
    if (first === null || second === null || first === second) return 0;
    // +1: n1 has the value (and n2 another known value), -1: n2 has it; a patient marker points away
    const bearer = first === cue.value ? +1 : second === cue.value ? -1 : 0;
    return cue.marks === "patient" ? -bearer : bearer;
  }
  if (cue.kind === "agreement") {
    let marked = false;
    for (const f of cue.features) marked = marked || val("v", f) !== null;
    if (!marked) return 0;
    const agrees = n => cue.features.every(f => val("v", f) === null || val(n, f) === val("v", f));
    const disagrees = n => cue.features.some(f => val("v", f) !== null && val(n, f) !== null && val(n, f) !== val("v", f));
    if (agrees("n1") && disagrees("n2")) return +1;
    if (agrees("n2") && disagrees("n1")) return -1;
    return 0;
  }
  return 0;
}

function featureCues(language) {
  return language.cues.filter(c => c.kind !== "order");
}

/** term_j = parameter_j x x_j, the order level first, then each cue in config order (Explanation.terms). */
function terms(language, parameters, s) {
  const level = "order=" + s.order;
  const out = [];
  if (parameters[level] !== undefined && parameters[level] !== null) out.push([level, parameters[level], 1]);
  for (const cue of featureCues(language)) {
    const d = direction(cue, s);
    const w = parameters[cue.name] === undefined || parameters[cue.name] === null ? 0.0 : parameters[cue.name];
    out.push([cue.name, w * d, d]);
  }
  return out;
}

function logistic(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function sum(ts) {
  let total = 0;
  for (const t of ts) total += t[1];
  return total;
}

function multiplicative(language, weights, s) {
  const ts = terms(language, weights, s);
  const logit = sum(ts);
  return {terms: ts, sum: logit, p: logistic(logit)};
}

function additive(language, s) {
  const ts = terms(language, language.additive, s);
  const total = sum(ts);
  return {terms: ts, sum: total, p: 0.5 + total / 2};
}

function hierarchy(language, s) {
  const params = language.hierarchy;
  const lapse = params.lapse;
  const cues = featureCues(language);
  const ranking = cues.map(c => c.name).filter(c => params[c] !== undefined && params[c] !== null)
    .sort((a, b) => params[a] - params[b]);
  for (const name of ranking) {
    const d = direction(cues.find(c => c.name === name), s);
    if (d !== 0) return {ranking, deciding: name, direction: d, lapse, p: d > 0 ? 1 - lapse / 2 : lapse / 2};
  }
  const level = "order=" + s.order;
  const v = params[level] === undefined || params[level] === null ? 0 : params[level];
  const d = Math.sign(v);
  return {ranking, deciding: level, direction: d, lapse, p: d > 0 ? 1 - lapse / 2 : d < 0 ? lapse / 2 : 0.5};
}

// ------------------------------------------------------------------ the attention head (AttentionHead.forward)

function position(order, slot) {
  if (order === "NVN") return slot === "n1" ? 0 : slot === "v" ? 1 : 2;
  if (order === "NNV") return slot === "n1" ? 0 : slot === "n2" ? 1 : 2;
  return slot === "v" ? 0 : slot === "n1" ? 1 : 2;
}

function tokenRows(language, s, slot) {
  const rows = [slot === "v" ? "verb" : "noun"];
  for (const f of language.features) {
    const v = s[slot][f.name];
    rows.push(f.name + "=" + (v === undefined || v === null ? "unknown" : v));
  }
  rows.push("position=" + position(s.order, slot));
  return rows;
}

function embed(head, rows) {
  const d = head.embeddings[rows[0]].length;
  const out = new Array(d).fill(0);
  for (const row of rows) {
    const e = head.embeddings[row];
    for (let i = 0; i < d; i++) out[i] += e[i];
  }
  return out;
}

function multiply(matrix, vector) {
  return matrix.map(row => { let s = 0; for (let i = 0; i < row.length; i++) s += row[i] * vector[i]; return s; });
}

function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function attention(language, s) {
  const head = language.head;
  const rows = SLOTS.map(slot => tokenRows(language, s, slot));
  const x = rows.map(r => embed(head, r));                                  // (3, dModel)
  let q;
  if (head.query === "learned") q = head.queryVector;
  else if (head.query === "verb-blind") q = multiply(head.W_Q, embed(head, [rows[1][0], rows[1][rows[1].length - 1]]));
  else q = multiply(head.W_Q, x[1]);                                        // (dK, dModel) x (dModel) -> (dK)
  const k1 = multiply(head.W_K, x[0]), k2 = multiply(head.W_K, x[2]);
  const scale = 1 / Math.sqrt(head.dK);
  const s1 = dot(q, k1) * scale, s2 = dot(q, k2) * scale;
  const a1 = logistic(s1 - s2);
  let logit;
  if (head.readout === "pointer") {
    logit = s1 - s2;
  } else {
    const a2 = 1 - a1;
    const v1 = multiply(head.W_V, x[0]), v2 = multiply(head.W_V, x[2]);
    const o = v1.map((v, i) => a1 * v + a2 * v2[i]);
    logit = dot(o, head.w) + head.b;
  }
  return {weights: [logistic(s1 - s2), 1 - logistic(s1 - s2)], logit, p: logistic(logit)};
}

// ------------------------------------------------------------------ the page

const $ = id => document.getElementById(id);
const state = {language: null, sentence: "", stimulus: null, words: null, weights: {}, built: false};

function languageByName(name) {
  return DATA.languages.find(l => l.name.toLowerCase() === String(name).toLowerCase()) || null;
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
    if (!language.lexicon) throw new ParseError("this run has no lexicon for " + language.name + ": build the sentence below");
    const r = readSentence(language, sentence);
    state.stimulus = r.stimulus;
    state.words = r.words;
    state.built = false;
    toBuilder(r.stimulus);
    $("parse_message").textContent = `read as ${r.stimulus.order}: n1 '${r.words.n1}', verb '${r.words.v}', n2 '${r.words.n2}'`;
    $("parse_message").className = "message ok";
    render();
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    clearResults(e.message);
    state.stimulus = null;
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
  state: () => JSON.parse(JSON.stringify({language: state.language.name, stimulus: state.stimulus, weights: state.weights}))
};

init();
