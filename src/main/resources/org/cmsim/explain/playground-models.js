// cmsim playground, part 2 of 3: cue directions (model/ContrastCue, AgreementCue), the three rules
// (explain/Explanation) and the attention head's forward pass (attention/AttentionHead).

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

