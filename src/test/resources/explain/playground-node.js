"use strict";
// Runs a playground page's compiled Java in Node, without a browser: node playground-node.js PAGE REQUESTS ANSWERS.
// PAGE is playground.html; REQUESTS a JSON file {explain: [[language, sentence], ...], evaluate: [[language,
// stimuli, weights], ...]}; ANSWERS gets {explain: [text, ...], evaluate: [text, ...], loadMillis: {language: ms}},
// each text the JSON string the page's Java returned. The script runs the page's own code: the data and the
// compiled Java are taken from the page's script elements.
const fs = require("fs");
const [page, requests, answers] = process.argv.slice(2);
const html = fs.readFileSync(page, "utf8");
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
const data = JSON.parse(scripts.find(s => s[1].includes('id="cmsim-data"'))[2]);
const compiled = scripts.find(s => s[2].includes("const cmsimJava = "))[2];
const cmsimJava = new Function(compiled + "\nreturn cmsimJava;")();

const loadMillis = {};
function load(name) {
  if (loadMillis[name] === undefined) {
    const language = data.languages.find(l => l.name === name);
    const start = Date.now();
    cmsimJava.load(JSON.stringify(language));
    loadMillis[name] = Date.now() - start;
  }
  return name;
}

const asked = JSON.parse(fs.readFileSync(requests, "utf8"));
const out = {
  explain: asked.explain.map(([language, sentence]) => cmsimJava.explain(load(language), sentence)),
  evaluate: asked.evaluate.map(([language, stimuli, weights]) =>
    cmsimJava.evaluate(load(language), JSON.stringify(stimuli), JSON.stringify(weights))),
  loadMillis
};
fs.writeFileSync(answers, JSON.stringify(out));
