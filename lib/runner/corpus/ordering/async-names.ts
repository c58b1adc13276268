// An anonymous async function takes the name JS gives it: binding, property, field, default, assignment.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const byConst = async () => {};
let byLet = async function () {};
var ownName = async function inner() {};
const obj = { prop: async () => {}, 'quoted key': async function () {}, 42: async () => {} };
class K { field = async () => {}; static staticField = async () => {}; }
function withDefault(cb = async () => {}) { return cb; }
const { fromPattern = async () => {} } = {};
let assigned;
assigned = async () => {};
let orAssigned;
orAssigned ||= async () => {};
const holder = {};
holder.member = async () => {};
const list = [async () => {}];
const names = [byConst, byLet, ownName, obj.prop, obj['quoted key'], obj[42], new K().field, K.staticField,
  withDefault(), fromPattern, assigned, orAssigned, holder.member, list[0]];
console.log(names.map((f) => JSON.stringify(f.name)).join(' '));
