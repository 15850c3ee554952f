"use strict";
// cmsim playground, part 1 of 3: the lexicon, the parser and the feature rules. The page gives the same
// reading as `cmsim explain`, computed in the browser.
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
  const rows = language.lexicon && Object.prototype.hasOwnProperty.call(language.lexicon, form)
    ? language.lexicon[form] : undefined;
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

/** Tokenizer.tokens: spaces and , ; : split; final punctuation dropped; elision, contractions, unspaced text cut. */
function tokens(language, sentence) {
  let text = sentence.replace(/\u2019/g, "'").toLowerCase().trim();
  text = text.replace(/[.!?\u3002\uff01\uff1f]+$/, "").trim();
  const out = [];
  const contractions = language.contractions || {};
  for (const piece of text.split(/\s+|(?=[,;:])|(?<=[,;:])/)) {
    const word = piece.trim().replace(/^["\u201c\u201e\u00ab(]+|["\u201d\u00bb)]+$/g, "");
    if (word === "") continue;
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && apostrophe < word.length - 1 && language.lexicon
        && language.lexicon[word.substring(0, apostrophe + 1)]) {
      out.push(word.substring(0, apostrophe + 1));
      out.push(word.substring(apostrophe + 1));
    } else if (Object.prototype.hasOwnProperty.call(contractions, word)) {
      out.push(...contractions[word]);
    } else if (UNSPACED.test(word)) {
      out.push(...segment(language, word));
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Han, Hiragana or Katakana: scripts written without spaces (Tokenizer.unspaced). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Tokenizer.segment: the cut of unspaced text into lexicon forms with the fewest characters outside any
 * form, then the fewest pieces, over code points; on a tie the first cut found stays.
 */
function segment(language, text) {
  const cps = Array.from(text);
  const n = cps.length;
  const known = piece => !!(language.lexicon && Object.prototype.hasOwnProperty.call(language.lexicon, piece));
  const unknown = new Array(n + 1).fill(0), pieces = new Array(n + 1).fill(0), from = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    unknown[i] = Number.MAX_SAFE_INTEGER;
    for (let j = 0; j < i; j++) {
      const u = unknown[j] + (known(cps.slice(j, i).join("")) ? 0 : i - j);
      const p = pieces[j] + 1;
      if (u < unknown[i] || (u === unknown[i] && p < pieces[i])) {
        unknown[i] = u;
        pieces[i] = p;
        from[i] = j;
      }
    }
  }
  const out = [];
  for (let i = n; i > 0; i = from[i]) out.unshift(cps.slice(from[i], i).join(""));
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
      const c = candidate(chosen.slice(), language.postpositions === true);
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

function candidate(words, postpositions) {
  const verbs = words.filter(w => w.role === "VERB");
  const auxiliaries = words.filter(w => w.role === "AUXILIARY");
  const phrases = [];
  let failure = nounPhrases(words, postpositions, phrases);
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

/** SentenceParser's grouping: a preposition opens the next phrase, a postposition (Japanese) closes its noun's. */
function nounPhrases(words, postpositions, phrases) {
  let determiners = [], markers = [], adjectives = [], noun = null;
  const close = () => {
    if (noun === null && (determiners.length || markers.length || adjectives.length)) {
      return `'${markers.concat(determiners, adjectives).map(w => w.form).join(" ")}' has no noun with it`;
    }
    if (noun !== null) phrases.push({noun, determiners, markers, adjectives});
    return null;
  };
  for (const w of words) {
    if (postpositions && w.role === "MARKER") {
      if (noun === null) return `'${w.form}' has no noun before it`;
      markers.push(w);
      continue;
    }
    const startsNext = noun !== null && (w.role === "DETERMINER" || w.role === "NOUN" || w.role === "MARKER"
      || (postpositions && markers.length > 0));
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
  if (caseValue === null) {
    // NounFeatures.nounCase: the case a particle marks in the language (Japanese が nominative, を accusative)
    for (let i = 0; i < dependents.length; i++) {
      if (dependents[i].role !== "MARKER") continue;
      const particle = (language.particleCase || {})[chosen[i].lemma.toLowerCase()];
      if (particle !== undefined) { caseValue = particle; break; }
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
  let resolution = dependents.length === 0 ? "WORD_ALONE" : "AGREEMENT";
  // As FeatureReader: when no reading of the noun agrees with its determiners and one of them carries
  // case, their case decides, matched on the number and gender the noun's readings agree on.
  const carriesCase = dependents.some(w => w.analyses.some(a => a.feats.Case !== undefined));
  if (kept.length === 0 && carriesCase && phrase.noun.analyses.length > 0) {
    combine(caseless(phrase.noun.analyses), 0, []);
    resolution = "CASE_FROM_DETERMINER";
  }
  if (kept.length === 0) {
    for (const head of phrase.noun.analyses) kept.push(nounValues(language, phrase, clause.verb, head, [], []));
    resolution = dependents.length === 0 ? "WORD_ALONE" : "DEPENDENTS_IGNORED";
  }
  return {values: slotValues(language, "n1", kept), resolution};
}

/** The noun's most frequent reading without its case, with the number and gender all its readings agree on. */
function caseless(readings) {
  const first = readings[0];
  const feats = Object.assign({}, first.feats);
  delete feats.Case;
  for (const f of ["Number", "Gender"]) {
    const values = [...new Set(readings.map(r => r.feats[f]).filter(v => v !== null && v !== undefined))];
    delete feats[f];
    if (values.length === 1) feats[f] = values[0];
  }
  return Object.assign({}, first, {feats: feats});
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
  const n1 = nounReading(language, clause, clause.n1), n2 = nounReading(language, clause, clause.n2);
  return {clause, stimulus: {order, n1: n1.values, v: slotValues(language, "v", finite.values), n2: n2.values},
    words: {n1: clause.n1.noun.form, v: clause.verb.form, n2: clause.n2.noun.form},
    resolution: {n1: n1.resolution, n2: n2.resolution}};
}

